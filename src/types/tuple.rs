//! `tuple`: an immutable sequence. A dying tuple releases its items last to first
//! (CPython: Objects/tupleobject.c `tupledealloc`).

use crate::object::Value;

pub struct PyTuple {
    pub items: Vec<Value>,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        super::list::release_backwards(&mut self.items);
    }
}

// ---------------------------------------------------------------- methods

use crate::builtins::{method, one_arg, pos_args, receiver};
use crate::object::Payload;
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `tuple`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("count", tuple_count),
        ("index", tuple_index),
        ("__len__", tuple_len),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.tuple, name, "tuple", *f);
    }
}

fn is_tuple(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)))
}

fn items<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a [Value]> {
    match receiver(interp, args, "tuple", name, is_tuple)? {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => Ok(&t.items),
            _ => unreachable!("checked tuple"),
        },
        _ => unreachable!("checked tuple"),
    }
}

fn tuple_len(interp: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(items(interp, &args, "__len__")?.len() as i64))
}

fn tuple_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let items = items(interp, &args, "count")?;
    let x = one_arg(interp, &args, "tuple.count")?;
    let mut n = 0;
    for item in items {
        if crate::runtime::ops::same(item, x) || interp.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(interp: &Interp, args: Args) -> PyResult<Value> {
    let items = items(interp, &args, "index")?;
    let rest = pos_args(interp, &args, "index", 1, 3)?;
    let len = items.len() as i64;
    let clamp = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        let Some(v) = v else { return Ok(d) };
        let i = crate::builtins::index_arg(interp, v).map_err(|_| {
            interp.type_error("slice indices must be integers or have an __index__ method")
        })?;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let lo = clamp(rest.get(1), 0)?;
    let hi = clamp(rest.get(2), len)?;
    let mut i = lo;
    while i < hi {
        let item = &items[i as usize];
        if crate::runtime::ops::same(item, &rest[0]) || interp.eq(item, &rest[0])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(interp.err(&interp.exc.value_error, "tuple.index(x): x not in tuple"))
}
