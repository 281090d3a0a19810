//! Printing exceptions as CPython 3.11 does: the traceback entries, chained exceptions
//! ("During handling of the above exception, another exception occurred:"), and the final
//! `Type: message` line.

use super::interp::Interp;
use crate::object::{ObjRef, Payload, Value};

/// The full report of an exception, as `traceback.print_exception` writes it.
pub fn format_exception(interp: &Interp, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(interp, exc, &mut out, &mut seen);
    out
}

fn format_chain(interp: &Interp, exc: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    if let Payload::Instance(i) = exc.payload() {
        if let Some(state) = &i.exc {
            let (cause, context, suppress) = {
                let s = state.borrow();
                (s.cause.clone(), s.context.clone(), s.suppress_context)
            };
            if let Some(Value::Obj(c)) = cause {
                if !seen.contains(&c.addr()) {
                    format_chain(interp, &c, out, seen);
                    out.push_str(
                        "\nThe above exception was the direct cause of the following exception:\n\n",
                    );
                }
            } else if let (Some(Value::Obj(c)), false) = (context, suppress) {
                if !seen.contains(&c.addr()) {
                    format_chain(interp, &c, out, seen);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
    }
    format_one(interp, exc, out);
}

fn format_one(interp: &Interp, exc: &ObjRef, out: &mut String) {
    let tb = match exc.payload() {
        Payload::Instance(i) => i.exc.as_ref().and_then(|e| e.borrow().traceback.clone()),
        _ => None,
    };
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        let mut next = Some(tb);
        while let Some(t) = next {
            let Payload::Traceback(entry) = t.payload() else {
                break;
            };
            if let Payload::Frame(f) = entry.frame.payload() {
                let file = &f.code.file;
                let line = file.line_of(entry.span.start as usize);
                out.push_str(&format!(
                    "  File \"{}\", line {line}, in {}\n",
                    file.name, f.code.name
                ));
                let text = file.line_text(line).trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
            next = entry.next.borrow().clone();
        }
    }
    out.push_str(&exception_line(interp, exc));
}

/// `Type: message`, or just `Type` when the message is empty.
pub fn exception_line(interp: &Interp, exc: &ObjRef) -> String {
    let v = Value::Obj(exc.clone());
    let class = interp.type_of(&v);
    let c = crate::types::class::as_class(&class);
    let module = c
        .dict
        .get_str("__module__")
        .and_then(|m| super::ops::str_of(&m).map(str::to_string));
    let name = match module.as_deref() {
        None | Some("builtins") | Some("__main__") => c.qualname.borrow().to_string(),
        Some(m) => format!("{m}.{}", c.qualname.borrow()),
    };
    let msg = match interp.str(&v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    }
}

/// Prints an uncaught exception to stderr.
pub fn print_uncaught(interp: &Interp, exc: &ObjRef) {
    let text = format_exception(interp, exc);
    interp.write_stderr(&text);
}
