//! `sys`: made once per interpreter, so that `sys.last_value`, `sys.modules` and the
//! recursion limit are shared by every importer.

use crate::builtins::{define, set};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::{new_module, Interp};
use crate::runtime::PyResult;
use crate::types::function::Args;

/// The `sys` module. Returns a new reference.
pub fn module(interp: &Interp) -> ObjRef {
    if let Some(m) = interp.sys.borrow().clone() {
        return m;
    }
    let dict = interp.new_dict();
    set(interp, &dict, "__name__", interp.new_str("sys"));
    set(interp, &dict, "maxsize", Value::Int(i64::MAX));
    let argv = interp.argv.iter().map(|a| interp.new_str(&**a)).collect();
    set(interp, &dict, "argv", interp.new_list(argv));
    set(
        interp,
        &dict,
        "modules",
        Value::Obj(interp.sys_modules.clone()),
    );
    set(interp, &dict, "byteorder", interp.new_str("little"));
    set(interp, &dict, "platform", interp.new_str("linux"));
    let path = interp
        .script_dir
        .iter()
        .map(|d| interp.new_str(d.to_string_lossy().as_ref()))
        .collect();
    set(interp, &dict, "path", interp.new_list(path));
    if let Ok(stream_class) = stream_class(interp) {
        for (name, fd) in [("stdout", 1), ("stderr", 2)] {
            let stream = new_stream(interp, &stream_class, name, fd);
            set(interp, &dict, name, stream.clone());
            set(interp, &dict, &format!("__{name}__"), stream);
        }
    }
    let implementation = interp.new_str("refpy");
    set(interp, &dict, "_implementation_name", implementation);
    define(interp, &dict, "getrefcount", sys_getrefcount);
    define(interp, &dict, "exc_info", sys_exc_info);
    define(interp, &dict, "exception", sys_exception);
    define(interp, &dict, "getrecursionlimit", sys_getrecursionlimit);
    define(interp, &dict, "setrecursionlimit", sys_setrecursionlimit);
    define(interp, &dict, "exit", sys_exit);
    define(
        interp,
        &dict,
        "get_int_max_str_digits",
        sys_get_int_max_str_digits,
    );
    define(
        interp,
        &dict,
        "set_int_max_str_digits",
        sys_set_int_max_str_digits,
    );
    define(interp, &dict, "intern", sys_intern);
    define(
        interp,
        &dict,
        "set_asyncgen_hooks",
        crate::runtime::async_gen::sys_set_asyncgen_hooks,
    );
    define(
        interp,
        &dict,
        "get_asyncgen_hooks",
        crate::runtime::async_gen::sys_get_asyncgen_hooks,
    );
    let m = new_module("sys", dict);
    *interp.sys.borrow_mut() = Some(m.clone());
    m
}

/// CPython's message for a METH_NOARGS function given arguments.
fn no_args(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(());
    }
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("sys.{name}() takes no keyword arguments")));
    }
    Err(interp.type_error(format!(
        "sys.{name}() takes no arguments ({} given)",
        args.pos.len()
    )))
}

fn sys_getrefcount(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "sys.getrefcount() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    // CPython counts the reference its argument slot holds. A built-in call in refpy gets
    // its own copy of the arguments while the caller keeps its one, so one is not counted.
    Ok(Value::Int(match args.pos.first() {
        Some(Value::Obj(o)) => o.refcount() as i64 - 1,
        _ => 1_000_000_000,
    }))
}

fn sys_exc_info(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "exc_info")?;
    let current = interp.handling.borrow().last().cloned();
    Ok(match current {
        Some(exc) => {
            let class = Value::Obj(interp.type_of(&exc));
            let tb = interp
                .lookup_attr(&exc, "__traceback__")?
                .unwrap_or(Value::None);
            interp.new_tuple(vec![class, exc, tb])
        }
        None => interp.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn sys_exception(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "exception")?;
    Ok(interp
        .handling
        .borrow()
        .last()
        .cloned()
        .unwrap_or(Value::None))
}

fn sys_getrecursionlimit(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "getrecursionlimit")?;
    Ok(Value::Int(interp.recursion_limit.get() as i64))
}

fn sys_get_int_max_str_digits(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "get_int_max_str_digits")?;
    Ok(Value::Int(crate::types::int::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 turns the limit off; otherwise at least 640.
fn sys_set_int_max_str_digits(interp: &Interp, args: Args) -> PyResult<Value> {
    let value = match (args.pos.as_slice(), args.kw.as_slice()) {
        ([v], []) => v.clone(),
        ([], [(k, v)]) if &**k == "maxdigits" => v.clone(),
        _ => {
            return Err(interp.type_error(format!(
                "set_int_max_str_digits() takes exactly one argument ({} given)",
                args.pos.len() + args.kw.len()
            )))
        }
    };
    let n = crate::builtins::index_arg(interp, &value)?;
    if n != 0 && n < 640 {
        return Err(interp.err(
            &interp.exc.value_error,
            "maxdigits must be 0 or larger than 640",
        ));
    }
    crate::types::int::set_max_str_digits(n.max(0) as usize);
    Ok(Value::None)
}

fn sys_setrecursionlimit(interp: &Interp, args: Args) -> PyResult<Value> {
    let limit = match args.pos.first() {
        Some(Value::Int(i)) => *i,
        Some(v) => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
        None => {
            return Err(
                interp.type_error("sys.setrecursionlimit() takes exactly one argument (0 given)")
            )
        }
    };
    if limit < 1 {
        return Err(interp.err(
            &interp.exc.value_error,
            "recursion limit must be greater or equal than 1",
        ));
    }
    let depth = interp.depth.get() as i64;
    if limit <= depth {
        return Err(interp.err(
            &interp.exc.recursion_error,
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    interp
        .recursion_limit
        .set(limit.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

fn sys_exit(interp: &Interp, args: Args) -> PyResult<Value> {
    let exc = interp.new_exception(&interp.exc.system_exit, args.pos);
    Err(crate::runtime::PyErr::new(exc))
}

fn sys_intern(interp: &Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => Ok(v.clone()),
        Some(v) => Err(interp.type_error(format!(
            "intern() argument must be str, not {}",
            interp.type_name(v)
        ))),
        None => Err(interp.type_error("sys.intern() takes exactly one argument (0 given)")),
    }
}

/// The class of `sys.stdout` and `sys.stderr` (CPython's `_io.TextIOWrapper`).
fn stream_class(interp: &Interp) -> PyResult<ObjRef> {
    let ns = crate::types::dict::PyDict::new();
    let class = interp.new_class("TextIOWrapper".into(), "TextIOWrapper".into(), vec![], ns)?;
    set(interp, &class, "__module__", interp.new_str("_io"));
    define(interp, &class, "write", stream_write);
    define(interp, &class, "flush", stream_flush);
    Ok(class)
}

fn new_stream(interp: &Interp, class: &ObjRef, name: &str, fd: i64) -> Value {
    let inst = crate::types::instance::PyInstance::new(class.clone());
    drop(inst.set_attr("name", interp.new_str(format!("<{name}>"))));
    drop(inst.set_attr("_fd", Value::Int(fd)));
    Value::Obj(ObjRef::new(Payload::Instance(inst)))
}

fn stream_fd(args: &Args) -> i64 {
    match args
        .pos
        .first()
        .and_then(Value::as_obj)
        .map(ObjRef::payload)
    {
        Some(Payload::Instance(i)) => match i.get_attr("_fd") {
            Some(Value::Int(fd)) => fd,
            _ => 1,
        },
        _ => 1,
    }
}

/// `stream.write(text)`: returns the number of characters written.
fn stream_write(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(text) = args.pos.get(1) else {
        return Err(interp.type_error("TextIOWrapper.write() takes exactly one argument (0 given)"));
    };
    let Some(s) = crate::runtime::ops::str_of(text) else {
        return Err(interp.type_error(format!(
            "write() argument must be str, not {}",
            interp.type_name(text)
        )));
    };
    if stream_fd(&args) == 2 {
        interp.write_stderr(s);
    } else {
        use std::io::Write as _;
        let _ = interp.stdout.borrow_mut().write_all(s.as_bytes());
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(interp: &Interp, _: Args) -> PyResult<Value> {
    interp.flush_stdout();
    Ok(Value::None)
}
