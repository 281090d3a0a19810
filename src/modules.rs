//! Built-in modules, one file each under `modules/`. `import` asks `builtin_module` first,
//! then looks for a `.py` file next to the main script (`runtime/import.rs`).

pub mod atexit;
pub mod gc;
pub mod sys;
pub mod weakref;

use crate::builtins::set;
use crate::object::ObjRef;
use crate::runtime::interp::{new_module, Interp};

/// A built-in module by name, or `None` when refpy does not provide it.
pub fn builtin_module(interp: &Interp, name: &str) -> Option<ObjRef> {
    match name {
        "builtins" => Some(new_module(name, interp.builtins.clone())),
        "sys" => Some(sys::module(interp)),
        _ => {
            let install: fn(&Interp, &ObjRef) = match name {
                "atexit" => atexit::install,
                "gc" => gc::install,
                "weakref" => weakref::install,
                _ => return None,
            };
            let dict = interp.new_dict();
            set(interp, &dict, "__name__", interp.new_str(name));
            install(interp, &dict);
            Some(new_module(name, dict))
        }
    }
}
