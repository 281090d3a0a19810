//! `_types`: the built-in types that CPython's `types` module names (`FunctionType`,
//! `GeneratorType`, ...), given to refpy's `types` module (`modules/python/types.py`)
//! without making an object of each kind, and the constructors of the two that programs
//! call: `types.MethodType(func, obj)` and `types.ModuleType(name, doc=None)`.

use crate::builtins::{bind, set};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::{new_module, Interp};
use crate::runtime::PyResult;
use crate::types::function::{Args, PyMethod};

pub fn install(interp: &Interp, dict: &ObjRef) {
    let t = &interp.types;
    let named = [
        ("FunctionType", &t.function),
        ("MethodType", &t.method),
        ("BuiltinFunctionType", &t.builtin_function),
        ("GeneratorType", &t.generator),
        ("CoroutineType", &t.coroutine),
        ("AsyncGeneratorType", &t.async_generator),
        ("ModuleType", &t.module),
        ("CodeType", &t.code),
        ("CellType", &t.cell),
        ("FrameType", &t.frame),
        ("TracebackType", &t.traceback),
        ("NoneType", &t.none),
        ("NotImplementedType", &t.not_implemented_type),
        ("EllipsisType", &t.ellipsis_type),
        ("MappingProxyType", &t.mappingproxy),
    ];
    for (name, class) in named {
        set(interp, dict, name, Value::Obj(class.clone()));
    }
}

/// `types.MethodType(function, instance)` (CPython: `method_new`).
pub fn new_method(interp: &Interp, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("method() takes no keyword arguments"));
    }
    let [func, this] = &args.pos[..] else {
        return Err(interp.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len()
        )));
    };
    if !crate::builtins::is_callable(func) {
        return Err(interp.type_error("first argument must be callable"));
    }
    if matches!(this, Value::None) {
        return Err(interp.type_error("instance must not be None"));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Method(Box::new(
        PyMethod {
            func: func.clone(),
            this: this.clone(),
        },
    )))))
}

/// `types.ModuleType(name, doc=None)`: an empty module with CPython's five names.
pub fn new_module_object(interp: &Interp, args: &Args) -> PyResult<Value> {
    let a = bind(interp, args, "module", 0, 1, &["name", "doc"])?;
    let name = a[0].clone().unwrap_or(Value::None);
    let Some(text) = crate::runtime::ops::str_of(&name) else {
        return Err(interp.type_error(format!(
            "module() argument 'name' must be str, not {}",
            interp.type_name(&name)
        )));
    };
    let dict = interp.new_dict();
    set(interp, &dict, "__name__", name.clone());
    set(
        interp,
        &dict,
        "__doc__",
        a[1].clone().unwrap_or(Value::None),
    );
    for key in ["__package__", "__loader__", "__spec__"] {
        set(interp, &dict, key, Value::None);
    }
    Ok(Value::Obj(new_module(text, dict)))
}

/// Calls of the other built-in types `types` names: the singletons' types give their value,
/// `CellType([value])` makes a cell, and `FunctionType`, `CodeType` and `TracebackType`,
/// which CPython can call, are outside refpy's subset. `None` for the types that CPython
/// cannot call either.
pub fn construct(interp: &Interp, class: &ObjRef, args: &Args) -> Option<PyResult<Value>> {
    let t = &interp.types;
    let no_args = |name: &str, value: Value| {
        if args.pos.is_empty() && args.kw.is_empty() {
            Ok(value)
        } else {
            Err(interp.type_error(format!("{name} takes no arguments")))
        }
    };
    Some(if class.is(&t.none) {
        no_args("NoneType", Value::None)
    } else if class.is(&t.not_implemented_type) {
        no_args("NotImplementedType", interp.not_implemented.clone())
    } else if class.is(&t.ellipsis_type) {
        no_args("EllipsisType", interp.ellipsis.clone())
    } else if class.is(&t.cell) {
        if !args.kw.is_empty() {
            return Some(Err(interp.type_error("cell() takes no keyword arguments")));
        }
        if args.pos.len() > 1 {
            return Some(Err(interp.type_error(format!(
                "cell expected at most 1 argument, got {}",
                args.pos.len()
            ))));
        }
        Ok(Value::Obj(ObjRef::new(Payload::Cell(
            crate::types::function::PyCell {
                value: std::cell::RefCell::new(args.pos.first().cloned()),
            },
        ))))
    } else if class.is(&t.function) || class.is(&t.code) || class.is(&t.traceback) {
        let name = crate::types::class::as_class(class).name.borrow().clone();
        Err(interp.unsupported(&format!("creating '{name}' objects by calling their type")))
    } else {
        return None;
    })
}
