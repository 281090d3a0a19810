//! `mappingproxy` (CPython's `types.MappingProxyType`): a read-only view of a mapping. A
//! class's `__dict__` is one over the class namespace, which lives inside the class object
//! rather than in a dict object of its own, so such a view reads the class each time and
//! sees later changes (`C.x = 1`); its dict views and iterators read the class too
//! (`dict::viewed_dict`). Views of other mappings (`mappingproxy(d)`, used by
//! `enum` and `dataclasses`) forward to the mapping.

use crate::builtins::{method, no_args, pos_args, receiver};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::Args;
use crate::types::iter::DictView;

pub struct PyMappingProxy {
    /// A class (its namespace is the mapping) or any other mapping object.
    pub mapping: ObjRef,
}

/// The view of a class's namespace (`C.__dict__`).
pub fn class_view(class: &ObjRef) -> Value {
    Value::Obj(ObjRef::new(Payload::MappingProxy(PyMappingProxy {
        mapping: class.clone(),
    })))
}

impl PyMappingProxy {
    /// The mapping the view reads. For the operations that make something new from the
    /// whole mapping at once (repr, str, ==, |, copy) a class namespace is copied into a
    /// new dict, so that they can forward to a dict; item access, `in`, `len`, iteration
    /// and the key/value/item views read the namespace itself.
    pub fn target(&self, interp: &Interp) -> Value {
        match self.mapping.payload() {
            Payload::Class(c) => {
                let d = interp.new_dict();
                if let Payload::Dict(copy) = d.payload() {
                    for (k, v) in c.dict.map.borrow().iter() {
                        if let Some(key) = k.key.as_obj() {
                            drop(copy.set_str(key.clone(), v.clone()));
                        }
                    }
                }
                Value::Obj(d)
            }
            _ => Value::Obj(self.mapping.clone()),
        }
    }

    /// `view[key]` without a copy when the view is of a class and the key a str.
    pub fn getitem(&self, interp: &Interp, key: &Value) -> PyResult<Value> {
        if let (Payload::Class(c), Some(text)) = (
            self.mapping.payload(),
            crate::runtime::ops::str_of(key).filter(|_| is_exact_str(key)),
        ) {
            return c.dict.get_str(text).ok_or_else(|| {
                crate::runtime::PyErr::new(
                    interp.new_exception(&interp.exc.key_error, vec![key.clone()]),
                )
            });
        }
        interp.getitem(&self.target(interp), key)
    }

    /// `key in view`, without a copy when the view is of a class and the key a str.
    pub fn contains(&self, interp: &Interp, key: &Value) -> PyResult<bool> {
        if let (Payload::Class(c), Some(text)) = (
            self.mapping.payload(),
            crate::runtime::ops::str_of(key).filter(|_| is_exact_str(key)),
        ) {
            return Ok(c.dict.get_str(text).is_some());
        }
        interp.contains(&self.target(interp), key)
    }

    /// What iterating the view iterates: a live keys view of a class namespace (which
    /// raises if the class changes size meanwhile, as CPython's dict iterator does), or
    /// the mapping itself.
    pub fn live_keys(&self) -> Value {
        match self.mapping.payload() {
            Payload::Class(_) => self.view(DictView::Keys),
            _ => Value::Obj(self.mapping.clone()),
        }
    }

    fn view(&self, what: DictView) -> Value {
        Value::Obj(ObjRef::new(Payload::DictView(
            crate::types::dict::PyDictView {
                dict: self.mapping.clone(),
                what,
            },
        )))
    }

    pub fn len(&self, interp: &Interp) -> PyResult<usize> {
        match self.mapping.payload() {
            Payload::Class(c) => Ok(c.dict.map.borrow().len()),
            _ => interp.len(&self.target(interp)),
        }
    }
}

fn is_exact_str(v: &Value) -> bool {
    matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Str(_)))
}

/// The mapping behind `v` when it is a mappingproxy (a snapshot dict for a class view).
pub fn unwrap(interp: &Interp, v: &Value) -> Option<Value> {
    match v.as_obj().map(ObjRef::payload) {
        Some(Payload::MappingProxy(p)) => Some(p.target(interp)),
        _ => None,
    }
}

/// `mappingproxy(mapping)`: anything with `__getitem__` except lists and tuples (CPython's
/// `mappingproxy_check_mapping`).
pub fn construct(interp: &Interp, args: &Args) -> PyResult<Value> {
    let mapping = match (args.pos.as_slice(), args.kw.as_slice()) {
        ([m], []) => m.clone(),
        ([], [(k, m)]) if &**k == "mapping" => m.clone(),
        ([], []) | ([], [_]) => {
            return Err(
                interp.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")
            )
        }
        (pos, kw) => {
            return Err(interp.type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                pos.len() + kw.len()
            )))
        }
    };
    let is_mapping = match &mapping {
        Value::Obj(o) => match o.payload() {
            Payload::List(_) | Payload::Tuple(_) => false,
            Payload::Dict(_) | Payload::MappingProxy(_) => true,
            Payload::Instance(i) => {
                crate::types::class::class_lookup(&i.class, "__getitem__").is_some()
            }
            _ => crate::types::class::class_lookup(&interp.type_of(&mapping), "__getitem__")
                .is_some(),
        },
        _ => false,
    };
    if !is_mapping {
        return Err(interp.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            interp.type_name(&mapping)
        )));
    }
    let Value::Obj(mapping) = mapping else {
        unreachable!("checked mapping")
    };
    Ok(Value::Obj(ObjRef::new(Payload::MappingProxy(
        PyMappingProxy { mapping },
    ))))
}

/// `repr(view)`: `mappingproxy(` and the mapping's repr.
pub fn repr(interp: &Interp, p: &PyMappingProxy) -> PyResult<String> {
    Ok(format!("mappingproxy({})", interp.repr(&p.target(interp))?))
}

// ---------------------------------------------------------------- methods

pub fn register(interp: &Interp) {
    let methods: &[(&'static str, crate::types::function::NativeFn)] = &[
        ("get", mp_get),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("copy", mp_copy),
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
        ("__reversed__", mp_reversed),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.mappingproxy, name, "mappingproxy", *f);
    }
}

fn is_proxy(v: &Value) -> bool {
    matches!(
        v.as_obj().map(ObjRef::payload),
        Some(Payload::MappingProxy(_))
    )
}

fn this<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a PyMappingProxy> {
    let v = receiver(interp, args, "mappingproxy", name, is_proxy)?;
    match v.as_obj().map(ObjRef::payload) {
        Some(Payload::MappingProxy(p)) => Ok(p),
        _ => unreachable!("checked mappingproxy"),
    }
}

/// Calls `name` on the mapping behind the view (CPython forwards these methods).
fn forward(interp: &Interp, args: &Args, name: &str, rest: Vec<Value>) -> PyResult<Value> {
    let p = this(interp, args, name)?;
    let target = p.target(interp);
    let m = interp.getattr(&target, name)?;
    interp.call(&m, Args::positional(rest))
}

fn mp_get(interp: &Interp, args: Args) -> PyResult<Value> {
    let rest = pos_args(interp, &args, "get", 1, 2)?.to_vec();
    forward(interp, &args, "get", rest)
}

/// `keys()`, `values()`, `items()`: live views of a class namespace, or the mapping's own.
fn view_method(interp: &Interp, args: Args, name: &str, what: DictView) -> PyResult<Value> {
    no_args(interp, &args, &format!("mappingproxy.{name}"))?;
    let p = this(interp, &args, name)?;
    match p.mapping.payload() {
        Payload::Class(_) => Ok(p.view(what)),
        _ => forward(interp, &args, name, vec![]),
    }
}

fn mp_keys(interp: &Interp, args: Args) -> PyResult<Value> {
    view_method(interp, args, "keys", DictView::Keys)
}

fn mp_values(interp: &Interp, args: Args) -> PyResult<Value> {
    view_method(interp, args, "values", DictView::Values)
}

fn mp_items(interp: &Interp, args: Args) -> PyResult<Value> {
    view_method(interp, args, "items", DictView::Items)
}

fn mp_copy(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "mappingproxy.copy")?;
    let p = this(interp, &args, "copy")?;
    match p.mapping.payload() {
        // The snapshot is already a new dict.
        Payload::Class(_) => Ok(p.target(interp)),
        _ => forward(interp, &args, "copy", vec![]),
    }
}

fn mp_getitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let key = crate::builtins::one_arg(interp, &args, "__getitem__")?.clone();
    this(interp, &args, "__getitem__")?.getitem(interp, &key)
}

fn mp_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let key = crate::builtins::one_arg(interp, &args, "__contains__")?.clone();
    Ok(Value::Bool(
        this(interp, &args, "__contains__")?.contains(interp, &key)?,
    ))
}

fn mp_len(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "mappingproxy.__len__")?;
    Ok(Value::Int(
        this(interp, &args, "__len__")?.len(interp)? as i64
    ))
}

fn mp_iter(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "mappingproxy.__iter__")?;
    let p = this(interp, &args, "__iter__")?;
    interp.iter(&p.live_keys())
}

fn mp_reversed(interp: &Interp, args: Args) -> PyResult<Value> {
    no_args(interp, &args, "mappingproxy.__reversed__")?;
    this(interp, &args, "__reversed__")?;
    let reversed = crate::builtins::lookup_builtin(interp, "reversed").expect("builtin");
    interp.call(&reversed, Args::positional(vec![args.pos[0].clone()]))
}

/// `view | other` and `other | view`: the operation on the mapping (CPython:
/// `mappingproxy_or`), so the result is a new dict.
pub fn binary_or(interp: &Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (ua, ub) = (unwrap(interp, a), unwrap(interp, b));
    if ua.is_none() && ub.is_none() {
        return Ok(None);
    }
    let a = ua.unwrap_or_else(|| a.clone());
    let b = ub.unwrap_or_else(|| b.clone());
    interp
        .binary_op(crate::syntax::ast::BinOp::BitOr, &a, &b)
        .map(Some)
}
