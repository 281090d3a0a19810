//! `tuple`: an immutable sequence. A dying tuple releases its items last to first
//! (CPython: Objects/tupleobject.c `tupledealloc`).

use crate::object::Value;

pub struct PyTuple {
    pub items: TupleItems,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.items);
        match items.0 {
            Repr::Inline(len, mut vals) => {
                for v in vals[..len as usize].iter_mut().rev() {
                    drop(std::mem::replace(v, Value::None));
                }
            }
            Repr::Heap(vals) => super::list::release_backwards(&mut vals.into_vec()),
        }
    }
}

/// Items a tuple keeps inside its own object instead of in an allocation of their own:
/// most tuples are pairs and triples (dict items, `zip` results, `divmod`, a returned
/// `a, b`), and the separate block cost them 32 to 48 bytes more each.
const INLINE: usize = 3;

/// A tuple's items: up to three inside the object, more in one boxed slice.
#[derive(Clone)]
pub struct TupleItems(Repr);

#[derive(Clone)]
enum Repr {
    /// The items, then `Value::None` padding (an immediate: nothing to release).
    Inline(u8, [Value; INLINE]),
    Heap(Box<[Value]>),
}

impl Default for TupleItems {
    fn default() -> TupleItems {
        TupleItems(Repr::Inline(0, [Value::None, Value::None, Value::None]))
    }
}

impl From<Vec<Value>> for TupleItems {
    #[inline]
    fn from(mut v: Vec<Value>) -> TupleItems {
        if v.len() > INLINE {
            return TupleItems(Repr::Heap(v.into_boxed_slice()));
        }
        let len = v.len() as u8;
        let mut vals = [Value::None, Value::None, Value::None];
        for (slot, item) in vals.iter_mut().zip(v.drain(..)) {
            *slot = item;
        }
        TupleItems(Repr::Inline(len, vals))
    }
}

impl TupleItems {
    /// The items as a vector (new references).
    pub fn to_vec(&self) -> Vec<Value> {
        (**self).to_vec()
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match &self.0 {
            Repr::Inline(len, vals) => &vals[..*len as usize],
            Repr::Heap(vals) => vals,
        }
    }
}

impl std::ops::DerefMut for TupleItems {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match &mut self.0 {
            Repr::Inline(len, vals) => &mut vals[..*len as usize],
            Repr::Heap(vals) => vals,
        }
    }
}

impl<'a> IntoIterator for &'a TupleItems {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
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
