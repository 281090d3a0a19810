//! Printing exceptions as CPython 3.11 does (`Python/traceback.c`, `Python/pythonrun.c`):
//! the traceback entries with their source lines and PEP 657 caret lines, runs of repeated
//! entries collapsed, chained exceptions ("During handling of the above exception, another
//! exception occurred:"), the final `Type: message` line with its "Did you mean" hint, and
//! the "Exception ignored in" report of an exception that cannot propagate.

use super::interp::Interp;
use crate::object::{ObjRef, Payload, Value};
use crate::source::{SourceFile, Span};
use crate::syntax::ast::{ExprKind, StmtKind};

/// `sys.tracebacklimit`'s default: only the innermost entries are printed.
const TRACEBACK_LIMIT: usize = 1000;
/// More identical consecutive entries than this are collapsed into one line.
const RECURSIVE_CUTOFF: usize = 3;
/// The indentation of a source line under its `File ...` line.
const SOURCE_INDENT: i64 = 4;

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
    if let Some(tb) = traceback_of(exc) {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(interp, &tb, out);
    }
    out.push_str(&exception_line(interp, exc));
}

fn traceback_of(exc: &ObjRef) -> Option<ObjRef> {
    match exc.payload() {
        Payload::Instance(i) => i.exc.as_ref().and_then(|e| e.borrow().traceback.clone()),
        _ => None,
    }
}

/// The entries of a traceback, outermost first (CPython: `tb_printinternal`).
pub fn format_tb(interp: &Interp, tb: &ObjRef, out: &mut String) {
    let mut entries: Vec<(ObjRef, Span)> = Vec::new();
    let mut next = Some(tb.clone());
    while let Some(t) = next {
        let Payload::Traceback(entry) = t.payload() else {
            break;
        };
        entries.push((entry.frame.clone(), entry.span));
        next = entry.next.borrow().clone();
    }
    let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
    let with_source = !interp.finalizing.get();
    let mut last: Option<(usize, usize, String)> = None;
    let mut count = 0;
    for (frame, span) in &entries[skip..] {
        let Payload::Frame(f) = frame.payload() else {
            continue;
        };
        let file = &f.code.file;
        if file.name.starts_with(crate::modules::NATIVE_FILE_PREFIX) {
            continue;
        }
        let line = file.line_of(span.start as usize);
        let key = (
            std::rc::Rc::as_ptr(file) as usize,
            line,
            f.code.name.to_string(),
        );
        if last.as_ref() != Some(&key) {
            repeated(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            out.push_str(&format!(
                "  File \"{}\", line {line}, in {}\n",
                file.name, f.code.name
            ));
            if with_source {
                source_lines(file, *span, out);
            }
        }
    }
    repeated(out, count);
}

fn repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n > 1 { "s" } else { "" }
        ));
    }
}

fn is_whitespace(c: u8) -> bool {
    c == b' ' || c == b'\t' || c == b'\x0c'
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`.
fn byte_to_char(line: &str, col: usize) -> i64 {
    let bytes = line.as_bytes();
    let col = col.min(bytes.len());
    String::from_utf8_lossy(&bytes[..col]).chars().count() as i64
}

/// The source line of an entry, stripped of its indentation, and the caret line that marks
/// the failing instruction when it does not cover the whole line (CPython: `tb_displayline`).
fn source_lines(file: &SourceFile, span: Span, out: &mut String) {
    if file.name.starts_with('<') && file.name.ends_with('>') {
        return;
    }
    let start_line = file.line_of(span.start as usize);
    let end_line = file.line_of(span.end as usize);
    let line = file.line_text(start_line);
    let indent = line
        .chars()
        .take_while(|&c| c == ' ' || c == '\t' || c == '\x0c')
        .count();
    let stripped: String = line.chars().skip(indent).collect();
    out.push_str(&format!("    {stripped}\n"));

    let line_len = line.chars().count() as i64;
    let start_col = span.start as usize - file.line_start(start_line);
    let start = byte_to_char(line, start_col);
    let (end, anchors) = if start_line == end_line {
        let end_col = span.end as usize - file.line_start(end_line);
        let end = byte_to_char(line, end_col);
        (end, extract_anchors(line, start, end))
    } else {
        // A range over several lines is marked up to the last non-blank character of its
        // first line (CPython mixes characters and bytes here; so does this).
        let bytes = line.as_bytes();
        let mut i = line_len;
        loop {
            i -= 1;
            if i < 0 || !bytes.get(i as usize).copied().is_some_and(is_whitespace) {
                break;
            }
        }
        (i + 1, None)
    };
    let truncation = indent as i64 - SOURCE_INDENT;
    let stripped_len = line_len - indent as i64;
    if end - start == stripped_len && anchors.is_none() {
        return;
    }
    let (primary, secondary, left, right) = match anchors {
        Some((l, r)) => ('~', '^', l, r),
        None => ('^', '^', -1, -1),
    };
    let mut offset = truncation;
    let mut caret = String::new();
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        caret.push(if offset <= start {
            ' '
        } else if anchors.is_some() && left < offset && offset <= right {
            secondary
        } else {
            primary
        });
    }
    out.push_str(&caret);
    out.push('\n');
}

/// For a binary operation or a subscript, the character range of the operator or of
/// `[index]` within the line (CPython: `extract_anchors_from_line`).
fn extract_anchors(line: &str, start: i64, end: i64) -> Option<(i64, i64)> {
    if start < 0 || end < start {
        return None;
    }
    let segment: String = line
        .chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect();
    let source = SourceFile::new("<segment>", segment.clone());
    let module = crate::syntax::parse_module(&source).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr(e) = &module.body[0].kind else {
        return None;
    };
    let seg = segment.as_bytes();
    let (l, r) = match &e.kind {
        ExprKind::BinOp { left, right, .. } => {
            let mut found = None;
            let mut i = left.span.end as usize;
            let right_start = right.span.start as usize;
            while i < right_start {
                if is_whitespace(seg[i]) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < right_start && !is_whitespace(seg[i + 1]) {
                    r += 1;
                }
                found = Some((i, r));
                if i + 1 < right_start && seg[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            found?
        }
        ExprKind::Subscript { value, index } => {
            (value.span.end as usize, index.span.end as usize + 1)
        }
        _ => return None,
    };
    Some((
        byte_to_char(&segment, l) + start,
        byte_to_char(&segment, r) + start,
    ))
}

/// `Type: message`, or just `Type` when the message is empty.
pub fn exception_line(interp: &Interp, exc: &ObjRef) -> String {
    let name = qualified_type_name(interp, exc);
    let hint = super::suggestions::offer(interp, exc);
    let v = Value::Obj(exc.clone());
    let mut line = match interp.str(&v) {
        Ok(s) if s.is_empty() => name,
        Ok(s) => format!("{name}: {s}"),
        Err(_) => format!("{name}: <exception str() failed>"),
    };
    if let Some(hint) = hint {
        line.push_str(&format!(". Did you mean: '{hint}'?"));
    }
    line.push('\n');
    line
}

fn qualified_type_name(interp: &Interp, exc: &ObjRef) -> String {
    let v = Value::Obj(exc.clone());
    let class = interp.type_of(&v);
    let c = crate::types::class::as_class(&class);
    let module = c
        .dict
        .get_str("__module__")
        .and_then(|m| super::ops::str_of(&m).map(str::to_string));
    match module.as_deref() {
        None | Some("builtins") | Some("__main__") => c.qualname.borrow().to_string(),
        Some(m) => format!("{m}.{}", c.qualname.borrow()),
    }
}

/// Prints an uncaught exception to stderr.
pub fn print_uncaught(interp: &Interp, exc: &ObjRef) {
    let text = format_exception(interp, exc);
    interp.write_stderr(&text);
}

/// The report of an exception that cannot propagate, such as one escaping `__del__`
/// (CPython: the default `sys.unraisablehook`): only this exception, without its chain or
/// hint, and `Type: ` even when the message is empty.
pub fn format_unraisable(interp: &Interp, exc: &ObjRef, what: &str) -> String {
    let mut out = format!("Exception ignored in: {what}\n");
    if let Some(tb) = traceback_of(exc) {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(interp, &tb, &mut out);
    }
    out.push_str(&qualified_type_name(interp, exc));
    let v = Value::Obj(exc.clone());
    match interp.str(&v) {
        Ok(s) => out.push_str(&format!(": {s}\n")),
        Err(_) => out.push_str(": <exception str() failed>\n"),
    }
    out
}
