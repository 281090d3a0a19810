//! `atexit`: handlers run at interpreter exit, last registered first (`Interp::run_atexit`).

use crate::builtins::define;
use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::Args;

pub fn install(interp: &Interp, dict: &ObjRef) {
    define(interp, dict, "register", atexit_register);
    define(interp, dict, "unregister", atexit_unregister);
}

fn atexit_register(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let Some(func) = pos.next() else {
        return Err(interp.type_error("register() takes at least 1 argument (0 given)"));
    };
    interp.atexit.borrow_mut().push((
        func.clone(),
        Args {
            pos: pos.collect(),
            kw: args.kw,
        },
    ));
    Ok(func)
}

fn atexit_unregister(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(func) = args.pos.first() else {
        return Err(interp.type_error("unregister() takes exactly one argument (0 given)"));
    };
    let mut kept = Vec::new();
    let handlers = std::mem::take(&mut *interp.atexit.borrow_mut());
    for (f, a) in handlers {
        if !interp.eq(&f, func)? {
            kept.push((f, a));
        }
    }
    *interp.atexit.borrow_mut() = kept;
    Ok(Value::None)
}
