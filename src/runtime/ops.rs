//! The object protocols: hashing, equality, truth, `repr`/`str`, attributes, operators,
//! comparisons, containers and iteration. Built-in types take fast paths; instances of
//! Python classes go through their special methods, found on the type as CPython does.

use super::interp::Interp;
use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::class::{as_class, class_lookup};
use crate::types::function::{Annotations, Args, Body, PyFunction};
use crate::types::iter::{DictView, IterState, PyIter};
use crate::types::{float, int};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::hash::Hasher;
use std::rc::Rc;

/// The hash of a str. CPython randomizes it per process; refpy's is fixed.
pub fn str_hash(text: &str) -> i64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(text.as_bytes());
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// The text of an exact str (not a subclass instance): what name lookups compare, kept
/// as small as possible for the dict probes of globals and attributes.
#[inline]
pub fn exact_str_of(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(&s.text),
            _ => None,
        },
        _ => None,
    }
}

/// The text of a str value, including an instance of a str subclass.
pub fn str_of(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => str_of_obj(o),
        _ => None,
    }
}

pub fn str_of_obj(o: &ObjRef) -> Option<&str> {
    match o.payload() {
        Payload::Str(s) => Some(&s.text),
        // An instance of a str subclass: its text.
        Payload::Instance(i) => native_str(i),
        _ => None,
    }
}

/// The text of a str subclass instance's native value. Out of line and not recursive, so
/// that `str_of` stays small enough to inline everywhere.
#[cold]
#[inline(never)]
fn native_str(i: &crate::types::instance::PyInstance) -> Option<&str> {
    match i.base.as_deref()? {
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(&s.text),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an int subclass instance, as a big integer.
#[cold]
#[inline(never)]
fn native_big(i: &crate::types::instance::PyInstance) -> Option<BigInt> {
    match i.base.as_deref()? {
        Value::Int(n) => Some(BigInt::from(*n)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an int or float subclass instance, as a float.
#[cold]
#[inline(never)]
fn native_f64(i: &crate::types::instance::PyInstance) -> Option<f64> {
    match i.base.as_deref()? {
        Value::Float(x) => Some(*x),
        Value::Int(n) => Some(*n as f64),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => b.to_f64(),
            _ => None,
        },
        _ => None,
    }
}

/// An int value as a big integer (bools count as ints).
pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(b.clone()),
            Payload::Instance(i) => native_big(i),
            _ => None,
        },
        _ => None,
    }
}

fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// A slice bound: a small int, or the value of an int subclass instance.
fn small_index(v: &Value) -> Option<i64> {
    small_int(super::native_base::native_value(v).unwrap_or(v))
}

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(*x),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => b.to_f64(),
            Payload::Instance(i) => native_f64(i),
            _ => None,
        },
        _ => None,
    }
}

/// Whether CPython gives objects like `v` sequence methods (`tp_as_sequence`): the
/// built-in containers and every class defined in Python (heap types always have them).
fn has_sequence_methods(interp: &Interp, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    match o.payload() {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Tuple(_)
        | Payload::List(_)
        | Payload::Dict(_)
        | Payload::Range(_)
        | Payload::Set(_)
        | Payload::DictView(_)
        | Payload::MappingProxy(_) => true,
        Payload::Instance(_) | Payload::Class(_) => as_class(&interp.type_of(v)).is_heap(),
        _ => false,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)))
}

/// Equality of dict keys. Runs `__eq__` of instances through the interpreter; an exception
/// there counts as "not equal" (refpy does not yet propagate it out of a dict lookup).
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if x.is(y) {
            return true;
        }
    }
    super::interp::with(|interp| interp.eq(a, b).unwrap_or(false))
}

impl Interp {
    // ---------------------------------------------------------------- hashing, equality

    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f5e_1000,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => int::small_int_hash(*i),
            Value::Float(x) => float::float_hash(*x),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => match s.hash.get() {
                    Some(h) => h,
                    None => {
                        let h = str_hash(&s.text);
                        s.hash.set(Some(h));
                        h
                    }
                },
                Payload::BigInt(b) => int::int_hash(b),
                Payload::Bytes(b) => crate::types::bytes::bytes_hash(b),
                Payload::Tuple(t) => {
                    // CPython's tuplehash (xxHash-based, 3.8+).
                    const P1: u64 = 11400714785074694791;
                    const P2: u64 = 14029467366897019727;
                    const P5: u64 = 2870177450012600261;
                    let mut acc = P5;
                    for item in &t.items {
                        let lane = self.hash(item)? as u64;
                        acc = acc.wrapping_add(lane.wrapping_mul(P2));
                        acc = acc.rotate_left(31);
                        acc = acc.wrapping_mul(P1);
                    }
                    acc = acc.wrapping_add((t.items.len() as u64) ^ (P5 ^ 3527539));
                    if acc == u64::MAX {
                        1546275796
                    } else {
                        acc as i64
                    }
                }
                Payload::Set(s) if s.frozen => s.frozen_hash(),
                Payload::Weakref(w) => crate::types::weakref::weakref_hash(self, w)?,
                // Slices are unhashable in 3.11 (hashable from 3.12).
                Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::Slice(_)
                | Payload::MappingProxy(_) => {
                    return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
                }
                Payload::Instance(i) => {
                    if let Some(h) = class_lookup(&i.class, "__hash__") {
                        if matches!(h, Value::None) {
                            return Err(self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v))));
                        }
                        let r = self.call(&h, Args::positional(vec![v.clone()]))?;
                        return match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            _ => Err(self.type_error(
                                "__hash__ method should return an integer".to_string(),
                            )),
                        };
                    }
                    if class_lookup(&i.class, "__eq__").is_some() {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                    identity_hash(o)
                }
                _ => identity_hash(o),
            },
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare(CmpOp::Eq, a, b)?;
        self.truthy(&r)
    }

    // ---------------------------------------------------------------- truth

    /// Truth of a value; immediates (the bools of comparisons above all) are decided
    /// inline at every test.
    #[inline(always)]
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => Ok(false),
            Value::Bool(b) => Ok(*b),
            Value::Int(i) => Ok(*i != 0),
            Value::Float(x) => Ok(*x != 0.0),
            Value::Obj(o) => self.truthy_obj(v, o),
        }
    }

    /// Truth of an object; `v` is `o` as a value.
    #[inline(never)]
    fn truthy_obj(&self, v: &Value, o: &ObjRef) -> PyResult<bool> {
        Ok(match o.payload() {
            Payload::Str(s) => !s.text.is_empty(),
            Payload::Bytes(b) => !b.data.is_empty(),
            Payload::BigInt(b) => !b.is_zero(),
            Payload::Tuple(t) => !t.items.is_empty(),
            Payload::List(l) => !l.items.borrow().is_empty(),
            Payload::Dict(d) => !d.map.borrow().is_empty(),
            Payload::Set(s) => !s.is_empty(),
            Payload::Range(r) => !r.is_empty(),
            Payload::MappingProxy(p) => p.len(self)? != 0,
            Payload::DictView(dv) => !crate::types::dict::viewed_dict(&dv.dict)
                .map
                .borrow()
                .is_empty(),
            Payload::Instance(i) => {
                if let Some(m) = class_lookup(&i.class, "__bool__") {
                    let r = self.call(&m, Args::positional(vec![v.clone()]))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if class_lookup(&i.class, "__len__").is_some() {
                    return Ok(self.len(v)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    // ---------------------------------------------------------------- repr and str

    /// Decimal text of a big int, or CPython's ValueError past the digit limit
    /// (`sys.set_int_max_str_digits`).
    pub(crate) fn decimal_text(&self, n: &BigInt) -> PyResult<String> {
        int::decimal_text(n)
            .ok_or_else(|| self.err(&self.exc.value_error, int::to_str_limit_message()))
    }

    pub fn repr(&self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(x) => float::float_repr(*x),
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => crate::types::str::str_repr(&s.text),
                Payload::Bytes(b) => crate::types::bytes::bytes_repr(&b.data),
                Payload::BigInt(b) => self.decimal_text(b)?,
                Payload::Tuple(t) => {
                    let parts = self.reprs(&t.items)?;
                    if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
                Payload::List(l) => {
                    let items = l.items.borrow().clone();
                    if items.is_empty() {
                        return Ok("[]".into());
                    }
                    let Some(_guard) = self.repr_enter(o) else {
                        return Ok("[...]".into());
                    };
                    format!("[{}]", self.reprs(&items)?.join(", "))
                }
                Payload::MappingProxy(p) => {
                    // A class namespace is shown through a fresh copy: the guard is on
                    // the class, as CPython's is on the namespace dict.
                    if matches!(p.mapping.payload(), Payload::Class(_)) {
                        let Some(_guard) = self.repr_enter(&p.mapping) else {
                            return Ok("mappingproxy({...})".into());
                        };
                        return crate::types::mappingproxy::repr(self, p);
                    }
                    crate::types::mappingproxy::repr(self, p)?
                }
                Payload::Member(m) => m.repr(),
                Payload::DictView(dv) => {
                    let items = crate::types::dict::view_items(self, dv);
                    let Some(_guard) = self.repr_enter(o) else {
                        return Ok("...".into());
                    };
                    format!("{}([{}])", dv.type_name(), self.reprs(&items)?.join(", "))
                }
                Payload::Dict(d) => {
                    if d.map.borrow().is_empty() {
                        return Ok("{}".into());
                    }
                    let Some(_guard) = self.repr_enter(o) else {
                        return Ok("{...}".into());
                    };
                    let entries = d.entries();
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, v) in &entries {
                        parts.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                Payload::Set(s) => {
                    let Some(_guard) = self.repr_enter(o) else {
                        return Ok(format!("{}(...)", s.type_name()));
                    };
                    if s.is_empty() {
                        return Ok(format!("{}()", s.type_name()));
                    }
                    let keys: Vec<Value> = s.entries().into_iter().map(|(k, _)| k).collect();
                    let inner = self.reprs(&keys)?.join(", ");
                    if s.frozen {
                        format!("frozenset({{{inner}}})")
                    } else {
                        format!("{{{inner}}}")
                    }
                }
                Payload::Function(f) => {
                    format!("<function {} at {:#x}>", f.qualname.borrow(), o.addr())
                }
                Payload::Builtin(b) => match b.owner {
                    Some(owner) => format!("<method '{}' of '{owner}' objects>", b.name),
                    None => format!("<built-in function {}>", b.name),
                },
                Payload::Method(m) => {
                    let name = match &m.func {
                        Value::Obj(f) => match f.payload() {
                            Payload::Function(f) => f.qualname.borrow().to_string(),
                            Payload::Builtin(b) => b.name.to_string(),
                            _ => "?".into(),
                        },
                        _ => "?".into(),
                    };
                    if let Value::Obj(f) = &m.func {
                        if let Payload::Builtin(b) = f.payload() {
                            return Ok(format!(
                                "<built-in method {} of {} object at {:#x}>",
                                b.name,
                                self.type_name(&m.this),
                                m.this.as_obj().map_or(0, ObjRef::addr)
                            ));
                        }
                    }
                    format!("<bound method {name} of {}>", self.repr(&m.this)?)
                }
                Payload::Class(c) => {
                    if c.ext.metaclass.borrow().is_some() {
                        if let Some(r) = self.call_metaclass_special(o, "__repr__", vec![])? {
                            return match str_of(&r) {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error(format!(
                                    "__repr__ returned non-string (type {})",
                                    self.type_name(&r)
                                ))),
                            };
                        }
                    }
                    let module = c
                        .dict
                        .get_str("__module__")
                        .and_then(|m| str_of(&m).map(str::to_string));
                    match module {
                        Some(m) if m != "builtins" => {
                            format!("<class '{m}.{}'>", c.qualname.borrow())
                        }
                        _ => format!("<class '{}'>", c.qualname.borrow()),
                    }
                }
                Payload::Module(m) => format!("<module '{}'>", m.name),
                Payload::Cell(_) => format!("<cell at {:#x}>", o.addr()),
                Payload::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Payload::Singleton(name) => name.to_string(),
                Payload::Super(sup) => format!(
                    "<super: {}, {}>",
                    self.repr(&Value::Obj(sup.class.clone()))?,
                    match &sup.obj {
                        Value::Obj(_) => format!("<{} object>", self.type_name(&sup.obj)),
                        _ => "NULL".into(),
                    }
                ),
                Payload::Slice(sl) => format!(
                    "slice({}, {}, {})",
                    self.repr(&sl.start)?,
                    self.repr(&sl.stop)?,
                    self.repr(&sl.step)?
                ),
                Payload::Instance(i) => {
                    if let Some(m) = class_lookup(&i.class, "__repr__") {
                        let r = self.call(&m, Args::positional(vec![v.clone()]))?;
                        return match str_of(&r) {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if i.exc.is_some() {
                        return self.exception_repr(o);
                    }
                    self.object_repr(o)
                }
                Payload::Frame(f) => format!(
                    "<frame at {:#x}, file '{}', code {}>",
                    o.addr(),
                    f.code.file.name,
                    f.code.name
                ),
                Payload::Traceback(_) => format!("<traceback object at {:#x}>", o.addr()),
                Payload::Weakref(w) => crate::types::weakref::weakref_repr(self, o, w),
                Payload::Generator(g) => format!(
                    "<{} object {} at {:#x}>",
                    g.kind.type_name(),
                    g.qualname(),
                    o.addr()
                ),
                Payload::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name,
                    o.addr(),
                    c.file.name,
                    c.first_line
                ),
                Payload::Iter(it) => format!("<{} object at {:#x}>", it.type_name, o.addr()),
                #[cfg(test)]
                Payload::Probe(_) => "<probe>".into(),
            },
        })
    }

    /// Marks a container's `repr` as in progress; `None` when it already is (a cycle).
    fn repr_enter(&self, o: &ObjRef) -> Option<ReprGuard<'_>> {
        let addr = o.addr();
        let mut stack = self.repr_stack.borrow_mut();
        if stack.contains(&addr) {
            return None;
        }
        stack.push(addr);
        Some(ReprGuard { interp: self, addr })
    }

    fn reprs(&self, items: &[Value]) -> PyResult<Vec<String>> {
        items.iter().map(|v| self.repr(v)).collect()
    }

    /// `repr` of an exception without a custom `__repr__`: `ValueError('x')`.
    fn exception_repr(&self, o: &ObjRef) -> PyResult<String> {
        let v = Value::Obj(o.clone());
        let name = self.type_name(&v);
        let args = self.exception_args(o);
        let parts = self.reprs(&args)?;
        Ok(if parts.len() == 1 {
            format!("{name}({})", parts[0])
        } else {
            format!("{name}({})", parts.join(", "))
        })
    }

    /// The `args` of an exception instance, as a vector.
    pub fn exception_args(&self, o: &ObjRef) -> Vec<Value> {
        if let Payload::Instance(i) = o.payload() {
            if let Some(exc) = &i.exc {
                if let Some(Value::Obj(t)) = &exc.borrow().args {
                    if let Payload::Tuple(t) = t.payload() {
                        return t.items.to_vec();
                    }
                }
            }
        }
        Vec::new()
    }

    pub fn str(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match o.payload() {
                Payload::Str(s) => Ok(s.text.to_string()),
                // CPython's mappingproxy_str: the mapping's str, guarded like `repr`.
                Payload::MappingProxy(p) => {
                    if matches!(p.mapping.payload(), Payload::Class(_)) {
                        let Some(_guard) = self.repr_enter(&p.mapping) else {
                            return Ok("{...}".into());
                        };
                        return self.str(&p.target(self));
                    }
                    self.str(&p.target(self))
                }
                Payload::Instance(i) => {
                    if let Some(m) = class_lookup(&i.class, "__str__") {
                        let r = self.call(&m, Args::positional(vec![v.clone()]))?;
                        return match str_of(&r) {
                            Some(s) => Ok(s.to_string()),
                            None => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&r)
                            ))),
                        };
                    }
                    if i.exc.is_none() {
                        if let Some(m) = class_lookup(&i.class, "__repr__") {
                            let r = self.call(&m, Args::positional(vec![v.clone()]))?;
                            return match str_of(&r) {
                                Some(s) => Ok(s.to_string()),
                                None => Err(self.type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(&r)
                                ))),
                            };
                        }
                    }
                    if i.exc.is_some() {
                        let args = self.exception_args(o);
                        // KeyError shows its key as a repr (CPython: KeyError_str).
                        if args.len() == 1 && self.is_subclass(&i.class, &self.exc.key_error) {
                            return self.repr(&args[0]);
                        }
                        return match args.len() {
                            0 => Ok(String::new()),
                            // KeyError shows its key as a repr (CPython: `KeyError_str`).
                            1 if self.isinstance(v, &self.exc.key_error) => self.repr(&args[0]),
                            1 => self.str(&args[0]),
                            _ => self.repr(&self.new_tuple(args)),
                        };
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    // ---------------------------------------------------------------- attributes

    /// `obj.name` (CPython: `PyObject_GetAttr`). Returns a new reference.
    pub fn getattr(&self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.lookup_attr(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.attribute_error_for_hint(obj, name)),
            Err(e) => Err(self.with_attribute_context(e, obj, name)),
        }
    }

    /// The AttributeError of a failed lookup, carrying `name` and `obj` for the "Did you
    /// mean" hint.
    pub fn attribute_error_for_hint(&self, obj: &Value, name: &str) -> PyErr {
        let err = self.attribute_error(obj, name);
        self.with_attribute_context(err, obj, name)
    }

    /// Gives an AttributeError leaving an attribute lookup the `name` and `obj` it lacks,
    /// whoever raised it (CPython: `set_attribute_error_context`).
    pub fn with_attribute_context(&self, err: PyErr, obj: &Value, name: &str) -> PyErr {
        if !self.isinstance(&Value::Obj(err.exc.clone()), &self.exc.attribute_error) {
            return err;
        }
        if let Payload::Instance(i) = err.exc.payload() {
            let set = |v: Option<Value>| v.is_some_and(|v| !matches!(v, Value::None));
            if set(i.get_attr("name")) || set(i.get_attr("obj")) {
                return err;
            }
            drop(i.set_attr("name", self.new_str(name)));
            drop(i.set_attr("obj", obj.clone()));
        }
        err
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`.
    pub fn object_repr(&self, o: &ObjRef) -> String {
        let class = self.type_of(&Value::Obj(o.clone()));
        let c = as_class(&class);
        let module = c
            .dict
            .get_str("__module__")
            .and_then(|m| str_of(&m).map(str::to_string))
            .unwrap_or_else(|| if c.is_heap() { "__main__" } else { "builtins" }.into());
        // CPython leaves out the module `builtins` (and then shows the type's
        // `__name__`): the prelude's `async_generator_asend` is one such class.
        if module == "builtins" {
            format!("<{} object at {:#x}>", c.name.borrow(), o.addr())
        } else {
            format!(
                "<{module}.{} object at {:#x}>",
                c.qualname.borrow(),
                o.addr()
            )
        }
    }

    pub fn attribute_error(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Obj(o) => match o.payload() {
                Payload::Class(c) => {
                    format!(
                        "type object '{}' has no attribute '{name}'",
                        c.name.borrow()
                    )
                }
                Payload::Module(m) => format!("module '{}' has no attribute '{name}'", m.name),
                _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
            },
            _ => format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        };
        self.err(&self.exc.attribute_error, msg)
    }

    /// `obj.name`, or `None` when there is no such attribute.
    pub fn lookup_attr(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            if let Some(Payload::Instance(i)) = obj.as_obj().map(ObjRef::payload) {
                if as_class(&i.class).has_getattr_hook() {
                    let class = i.class.clone();
                    return self.getattribute_hook(obj, &class, name);
                }
            }
            return Ok(Some(Value::Obj(self.type_of(obj))));
        }
        // The numeric data attributes of int, bool and float.
        if is_int(obj) || matches!(obj, Value::Float(_)) {
            let as_int = |v: &Value| match v {
                Value::Bool(b) => Value::Int(*b as i64),
                v => v.clone(),
            };
            match (name, obj) {
                ("real", Value::Float(_)) => return Ok(Some(obj.clone())),
                ("imag", Value::Float(_)) => return Ok(Some(Value::Float(0.0))),
                ("real" | "numerator", v) if is_int(v) => return Ok(Some(as_int(v))),
                ("imag", v) if is_int(v) => return Ok(Some(Value::Int(0))),
                ("denominator", v) if is_int(v) => return Ok(Some(Value::Int(1))),
                _ => {}
            }
        }
        if let Value::Obj(o) = obj {
            match o.payload() {
                Payload::Instance(i) => {
                    if as_class(&i.class).has_getattr_hook() {
                        // A clone: the hook runs Python code, which may assign
                        // `__class__`.
                        let class = i.class.clone();
                        return self.getattribute_hook(obj, &class, name);
                    }
                    if name == "__class__" {
                        return Ok(Some(Value::Obj(i.class.clone())));
                    }
                    if name == "__dict__" && i.accepts("__dict__") {
                        let d = i.materialize_dict(super::interp::with_key);
                        return Ok(Some(Value::Obj(d)));
                    }
                    if let Some(exc) = &i.exc {
                        let e = exc.borrow();
                        let special = match name {
                            "args" => {
                                Some(e.args.clone().unwrap_or_else(|| self.new_tuple(vec![])))
                            }
                            "__traceback__" => {
                                Some(e.traceback.clone().map_or(Value::None, Value::Obj))
                            }
                            "__cause__" => Some(e.cause.clone().unwrap_or(Value::None)),
                            "__context__" => Some(e.context.clone().unwrap_or(Value::None)),
                            "__suppress_context__" => Some(Value::Bool(e.suppress_context)),
                            // StopIteration.value and SystemExit.code: the first argument.
                            "value" | "code"
                                if (name == "value"
                                    && self.is_subclass(&i.class, &self.exc.stop_iteration))
                                    || (name == "code"
                                        && self.is_subclass(&i.class, &self.exc.system_exit)) =>
                            {
                                let args = match &e.args {
                                    Some(Value::Obj(t)) => match t.payload() {
                                        Payload::Tuple(t) => t.items.to_vec(),
                                        _ => vec![],
                                    },
                                    _ => vec![],
                                };
                                Some(match args.len() {
                                    0 => Value::None,
                                    1 => args[0].clone(),
                                    _ if name == "code" => self.new_tuple(args),
                                    _ => args[0].clone(),
                                })
                            }
                            _ => None,
                        };
                        if special.is_some() {
                            return Ok(special);
                        }
                    }
                    let class_attr = class_lookup(&i.class, name);
                    if let Some(attr) = &class_attr {
                        if let Some(r) = self.data_descriptor_get(attr, obj)? {
                            return Ok(Some(r));
                        }
                    }
                    if let Some(v) = i.get_attr(name) {
                        return Ok(Some(v));
                    }
                    if let Some(attr) = class_attr {
                        return Ok(Some(self.bind(attr, obj)?));
                    }
                    if let Some(m) = super::object_slots::default_method(self, name) {
                        return Ok(Some(self.bind(m, obj)?));
                    }
                    if let Some(ga) = class_lookup(&i.class, "__getattr__") {
                        let n = self.new_str(name);
                        return self
                            .call(&ga, Args::positional(vec![obj.clone(), n]))
                            .map(Some);
                    }
                    return Ok(None);
                }
                Payload::Class(c) => {
                    match name {
                        // A built-in type's name may carry its module (`weakref.ReferenceType`).
                        "__name__" => {
                            let name = c.name.borrow();
                            return Ok(Some(self.new_str(name.rsplit('.').next().unwrap_or(""))));
                        }
                        "__qualname__" => {
                            let (name, qualname) = (c.name.borrow(), c.qualname.borrow());
                            let shown = if *name == *qualname {
                                name.rsplit('.').next().unwrap_or("")
                            } else {
                                &**qualname
                            };
                            return Ok(Some(self.new_str(shown)));
                        }
                        "__mro__" => {
                            let mut items = vec![obj.clone()];
                            items.extend(c.mro.iter().map(|k| Value::Obj(k.clone())));
                            return Ok(Some(self.new_tuple(items)));
                        }
                        "__dict__" => {
                            return Ok(Some(crate::types::mappingproxy::class_view(o)));
                        }
                        "__doc__" => {
                            return Ok(Some(c.dict.get_str("__doc__").unwrap_or(Value::None)));
                        }
                        "__base__" => {
                            return Ok(Some(
                                c.bases.first().cloned().map_or(Value::None, Value::Obj),
                            ));
                        }
                        "__bases__" => {
                            let items = c.bases.iter().map(|k| Value::Obj(k.clone())).collect();
                            return Ok(Some(self.new_tuple(items)));
                        }
                        _ => {}
                    }
                    return match class_lookup(o, name) {
                        Some(attr) => self.bind_to_class(attr, o).map(Some),
                        // `object`'s methods that live in the evaluator (`C.__hash__`).
                        None if super::object_slots::default_method(self, name).is_some() => {
                            Ok(super::object_slots::default_method(self, name))
                        }
                        // Then the metaclass (`type` unless the class says otherwise):
                        // `C.mro()`.
                        None => match class_lookup(&self.type_of(obj), name) {
                            Some(attr) => self.bind(attr, obj).map(Some),
                            // Last, the metaclass's `__getattr__`.
                            None => match self.metaclass_special(o, "__getattr__") {
                                Some(ga) => {
                                    let args = vec![obj.clone(), self.new_str(name)];
                                    self.call(&ga, Args::positional(args)).map(Some)
                                }
                                None => Ok(None),
                            },
                        },
                    };
                }
                Payload::Module(m) => {
                    if let Payload::Dict(d) = m.dict.payload() {
                        if let Some(v) = d.get_str(name) {
                            return Ok(Some(v));
                        }
                    }
                    if name == "__dict__" {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    return Ok(None);
                }
                Payload::Function(f) => {
                    match name {
                        "__name__" => return Ok(Some(self.new_str(&**f.name.borrow()))),
                        "__qualname__" => return Ok(Some(self.new_str(&**f.qualname.borrow()))),
                        "__doc__" => return Ok(Some(f.doc.borrow().clone())),
                        "__module__" => return Ok(Some(f.module.borrow().clone())),
                        "__defaults__" => {
                            let d = f.defaults.borrow();
                            return Ok(Some(if d.is_empty() {
                                Value::None
                            } else {
                                self.new_tuple(d.clone())
                            }));
                        }
                        "__kwdefaults__" => {
                            let kw = f.kwdefaults.borrow();
                            if kw.is_empty() {
                                return Ok(Some(Value::None));
                            }
                            let d = self.new_dict();
                            for (k, v) in kw.iter() {
                                self.dict_set(&d, self.new_str(&**k), v.clone())?;
                            }
                            return Ok(Some(Value::Obj(d)));
                        }
                        "__closure__" => {
                            return Ok(Some(if f.closure.is_empty() {
                                Value::None
                            } else {
                                self.new_tuple(f.closure.iter().cloned().map(Value::Obj).collect())
                            }));
                        }
                        "__code__" => {
                            return Ok(Some(Value::Obj(ObjRef::new(Payload::Code(
                                f.code.clone(),
                            )))));
                        }
                        "__dict__" => {
                            let mut slot = f.dict.borrow_mut();
                            let d = slot.get_or_insert_with(|| self.new_dict()).clone();
                            return Ok(Some(Value::Obj(d)));
                        }
                        "__annotations__" => return self.function_annotations(f).map(Some),
                        _ => {}
                    }
                    if let Some(d) = &*f.dict.borrow() {
                        if let Payload::Dict(d) = d.payload() {
                            if let Some(v) = d.get_str(name) {
                                return Ok(Some(v));
                            }
                        }
                    }
                }
                Payload::Super(sup) => {
                    // A class bound as a class (its own or a base's classmethod) walks its
                    // own MRO; otherwise the MRO of the object's type: a class seen by a
                    // method of its metaclass walks the metaclass's.
                    let class_itself = match sup.obj.as_obj() {
                        Some(c) if matches!(c.payload(), Payload::Class(_)) => {
                            self.is_subclass(c, &sup.class)
                        }
                        _ => false,
                    };
                    let start = if class_itself {
                        sup.obj.as_obj().cloned().expect("class")
                    } else {
                        self.type_of(&sup.obj)
                    };
                    let c = as_class(&start);
                    let mut after = false;
                    for k in c.lookup_order(&start) {
                        if after {
                            if let Some(attr) = as_class(k).dict.get_str(name) {
                                let on_class = class_itself;
                                // A built-in class method such as object.__init_subclass__.
                                let builtin = matches!(
                                    attr.as_obj().map(ObjRef::payload),
                                    Some(Payload::Builtin(_))
                                );
                                return Ok(Some(
                                    if on_class && builtin && name == "__init_subclass__" {
                                        Value::Obj(ObjRef::new(Payload::Method(Box::new(
                                            crate::types::function::PyMethod {
                                                func: attr,
                                                this: sup.obj.clone(),
                                            },
                                        ))))
                                    } else if on_class {
                                        self.bind_to_class(attr, &start)?
                                    } else {
                                        self.bind(attr, &sup.obj)?
                                    },
                                ));
                            }
                        }
                        if k.is(&sup.class) {
                            after = true;
                        }
                    }
                    return Ok(None);
                }
                Payload::Weakref(w) if name == "__callback__" => {
                    return Ok(Some(w.callback.borrow().clone().unwrap_or(Value::None)));
                }
                Payload::Weakref(w) if name == "key" && w.key.is_some() => {
                    return Ok(w.key.clone());
                }
                Payload::Method(m) => match name {
                    "__func__" => return Ok(Some(m.func.clone())),
                    "__self__" => return Ok(Some(m.this.clone())),
                    _ => return self.lookup_attr(&m.func.clone(), name),
                },
                Payload::Member(m) => {
                    if let Some(v) = crate::types::member::attribute(self, m, name) {
                        return Ok(Some(v));
                    }
                }
                Payload::Range(r) if matches!(name, "start" | "stop" | "step") => {
                    return Ok(Some(Value::Int(match name {
                        "start" => r.start,
                        "stop" => r.stop,
                        _ => r.step,
                    })));
                }
                Payload::Builtin(b) if name == "__name__" => {
                    return Ok(Some(self.new_str(b.name)));
                }
                Payload::Cell(c) if name == "cell_contents" => {
                    return match c.value.borrow().clone() {
                        Some(v) => Ok(Some(v)),
                        None => Err(self.err(&self.exc.value_error, "Cell is empty")),
                    };
                }
                Payload::Traceback(tb) => match name {
                    "tb_frame" => return Ok(Some(Value::Obj(tb.frame.clone()))),
                    "tb_next" => {
                        return Ok(Some(
                            tb.next.borrow().clone().map_or(Value::None, Value::Obj),
                        ))
                    }
                    "tb_lineno" => {
                        if let Payload::Frame(f) = tb.frame.payload() {
                            return Ok(Some(Value::Int(
                                f.code.file.line_of(tb.span.start as usize) as i64,
                            )));
                        }
                    }
                    _ => {}
                },
                Payload::Frame(f) => match name {
                    "f_code" => {
                        return Ok(Some(Value::Obj(ObjRef::new(Payload::Code(f.code.clone())))))
                    }
                    "f_globals" => return Ok(Some(Value::Obj(f.globals.clone()))),
                    "f_lineno" => {
                        return Ok(Some(Value::Int(
                            f.code.file.line_of(f.span.get().start as usize) as i64,
                        )))
                    }
                    "f_locals" => {
                        self.frames.borrow_mut().push(o.clone());
                        let r = crate::builtins::frame_locals(self);
                        self.frames.borrow_mut().pop();
                        return r.map(Some);
                    }
                    "f_back" => {
                        if let Some(back) = f.back() {
                            return Ok(Some(Value::Obj(back)));
                        }
                        let frames = self.frames.borrow();
                        let back = frames
                            .iter()
                            .position(|x| x.is(o))
                            .and_then(|i| i.checked_sub(1))
                            .map(|i| frames[i].clone());
                        return Ok(Some(back.map_or(Value::None, Value::Obj)));
                    }
                    _ => {}
                },
                Payload::Generator(g) => {
                    match crate::runtime::generator::attribute_name(g.kind, name) {
                        "gi_yieldfrom" => return Ok(Some(self.gen_yieldfrom(g))),
                        "gi_frame" => {
                            let done =
                                g.state.get() == crate::runtime::generator::GenState::Finished;
                            return Ok(Some(if done {
                                Value::None
                            } else {
                                Value::Obj(g.frame().clone())
                            }));
                        }
                        "gi_running" => {
                            // An async generator's `ag_running` says whether one of its
                            // awaitables is in progress (CPython's `ag_running_async`).
                            let running =
                                if g.kind == crate::runtime::generator::GenKind::AsyncGenerator {
                                    crate::runtime::async_gen::is_running_async(g)
                                } else {
                                    g.state.get() == crate::runtime::generator::GenState::Running
                                };
                            return Ok(Some(Value::Bool(running)));
                        }
                        "gi_suspended" => {
                            return Ok(Some(Value::Bool(g.needs_close())));
                        }
                        "gi_code" => {
                            if let Payload::Frame(f) = g.frame().payload() {
                                return Ok(Some(Value::Obj(ObjRef::new(Payload::Code(
                                    f.code.clone(),
                                )))));
                            }
                        }
                        "__name__" => return Ok(Some(self.new_str(&*g.name()))),
                        "__qualname__" => return Ok(Some(self.new_str(&*g.qualname()))),
                        _ => {}
                    }
                }
                Payload::Code(c) => match name {
                    "co_name" => return Ok(Some(self.new_str(&*c.name))),
                    "co_qualname" => return Ok(Some(self.new_str(&*c.qualname))),
                    "co_filename" => return Ok(Some(self.new_str(&*c.file.name))),
                    "co_firstlineno" => return Ok(Some(Value::Int(c.first_line as i64))),
                    _ => {}
                },
                _ => {}
            }
        }
        let class = self.type_of(obj);
        if matches!(name, "__repr__" | "__str__") && class_lookup(&class, name).is_none() {
            let f = ObjRef::new(Payload::Builtin(Box::new(
                crate::types::function::PyBuiltin {
                    name: if name == "__repr__" {
                        "__repr__"
                    } else {
                        "__str__"
                    },
                    owner: Some("object"),
                    func: if name == "__repr__" {
                        |interp, args| {
                            let v = args.pos.first().cloned().unwrap_or(Value::None);
                            Ok(interp.new_str(interp.repr(&v)?))
                        }
                    } else {
                        |interp, args| {
                            let v = args.pos.first().cloned().unwrap_or(Value::None);
                            Ok(interp.new_str(interp.str(&v)?))
                        }
                    },
                },
            )));
            return self.bind(Value::Obj(f), obj).map(Some);
        }
        match class_lookup(&class, name) {
            Some(attr) => self.bind(attr, obj).map(Some),
            None => Ok(None),
        }
    }

    /// A class attribute seen through an instance: functions become bound methods.
    pub(crate) fn bind(&self, attr: Value, obj: &Value) -> PyResult<Value> {
        if is_builtin_classmethod(&attr) {
            return self.bind_to_class(attr, &self.type_of(obj));
        }
        if let Value::Obj(a) = &attr {
            match a.payload() {
                Payload::Function(_) | Payload::Builtin(_) => {
                    return Ok(Value::Obj(ObjRef::new(Payload::Method(Box::new(
                        crate::types::function::PyMethod {
                            func: attr,
                            this: obj.clone(),
                        },
                    )))));
                }
                Payload::Instance(i) => {
                    let class = &i.class;
                    if let Some(kind) = self.builtin_descriptor_kind(class) {
                        return Ok(self.apply_descriptor(kind, a, obj));
                    }
                    if let Some(get) = class_lookup(class, "__get__") {
                        let owner = Value::Obj(self.type_of(obj));
                        return self.call(
                            &get,
                            Args::positional(vec![attr.clone(), obj.clone(), owner]),
                        );
                    }
                }
                _ => {}
            }
        }
        Ok(attr)
    }

    /// A class attribute seen through the class itself: classmethods bind to the class,
    /// staticmethods unwrap, other descriptors get `__get__(None, class)`.
    fn bind_to_class(&self, attr: Value, class: &ObjRef) -> PyResult<Value> {
        if is_builtin_classmethod(&attr) {
            return Ok(Value::Obj(ObjRef::new(Payload::Method(Box::new(
                crate::types::function::PyMethod {
                    func: attr,
                    this: Value::Obj(class.clone()),
                },
            )))));
        }
        if let Value::Obj(a) = &attr {
            if let Payload::Instance(i) = a.payload() {
                match self.builtin_descriptor_kind(&i.class) {
                    Some("classmethod") => {
                        if let Some(f) = i.get_attr("__func__") {
                            return Ok(Value::Obj(ObjRef::new(Payload::Method(Box::new(
                                crate::types::function::PyMethod {
                                    func: f,
                                    this: Value::Obj(class.clone()),
                                },
                            )))));
                        }
                    }
                    Some(_) => return Ok(i.get_attr("__func__").unwrap_or(Value::None)),
                    None => {
                        if let Some(get) = class_lookup(&i.class, "__get__") {
                            let args = vec![attr.clone(), Value::None, Value::Obj(class.clone())];
                            return self.call(&get, Args::positional(args));
                        }
                    }
                }
            }
        }
        Ok(attr)
    }

    /// Whether a class is one of the built-in descriptor classes defined in Python by
    /// `builtins.rs` (property, classmethod, staticmethod); they are recognised by name.
    fn builtin_descriptor_kind(&self, class: &ObjRef) -> Option<&'static str> {
        let c = as_class(class);
        let module = c.dict.get_str("__module__");
        if module.as_ref().and_then(str_of) != Some("builtins") {
            return None;
        }
        match &**c.name.borrow() {
            "classmethod" => Some("classmethod"),
            "staticmethod" => Some("staticmethod"),
            _ => None,
        }
    }

    fn apply_descriptor(&self, kind: &str, desc: &ObjRef, obj: &Value) -> Value {
        let Payload::Instance(i) = desc.payload() else {
            return Value::Obj(desc.clone());
        };
        let func = i.get_attr("__func__").unwrap_or(Value::None);
        match kind {
            "classmethod" => Value::Obj(ObjRef::new(Payload::Method(Box::new(
                crate::types::function::PyMethod {
                    func,
                    this: Value::Obj(self.type_of(obj)),
                },
            )))),
            _ => func,
        }
    }

    /// A data descriptor (a class attribute whose type has `__get__` and `__set__`, such as
    /// `property`) takes precedence over the instance's own attributes.
    pub(crate) fn data_descriptor_get(&self, attr: &Value, obj: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(a) = attr else {
            return Ok(None);
        };
        if let Payload::Member(m) = a.payload() {
            return crate::types::member::get(self, m, obj).map(Some);
        }
        let Payload::Instance(i) = a.payload() else {
            return Ok(None);
        };
        let Some(get) = class_lookup(&i.class, "__get__") else {
            return Ok(None);
        };
        let is_data = class_lookup(&i.class, "__set__").is_some()
            || class_lookup(&i.class, "__delete__").is_some();
        if !is_data {
            // A non-data descriptor loses to the instance's own attributes; `bind` calls it.
            return Ok(None);
        }
        let owner = Value::Obj(self.type_of(obj));
        self.call(
            &get,
            Args::positional(vec![attr.clone(), obj.clone(), owner]),
        )
        .map(Some)
    }

    /// `obj.name = value` (CPython: `PyObject_SetAttr`).
    pub fn setattr(&self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match o.payload() {
                Payload::Instance(i) => {
                    if let Some(sa) = class_lookup(&i.class, "__setattr__") {
                        // object.__setattr__ itself: no call needed.
                        let is_object_slot = matches!(
                            sa.as_obj().map(ObjRef::payload),
                            Some(Payload::Builtin(b)) if b.owner == Some("object")
                        );
                        if !is_object_slot {
                            let n = self.new_str(name);
                            self.call(&sa, Args::positional(vec![obj.clone(), n, value]))?;
                            return Ok(());
                        }
                    }
                    return self.object_setattr(o, name, value);
                }
                Payload::Class(_) if name == "__class__" => {
                    return super::class_assign::set_class_of_builtin(self, &value);
                }
                Payload::Class(c) => {
                    if c.ext.metaclass.borrow().is_some() {
                        if let Some(sa) = self.metaclass_special(o, "__setattr__") {
                            let n = self.new_str(name);
                            self.call(&sa, Args::positional(vec![obj.clone(), n, value]))?;
                            return Ok(());
                        }
                    }
                    if !c.is_heap() {
                        return Err(self.immutable_type_error(o, name));
                    }
                    return self.class_setattr(o, name, value);
                }
                Payload::Generator(g) if name == "__name__" || name == "__qualname__" => {
                    let Some(text) = str_of(&value) else {
                        return Err(
                            self.type_error(format!("{name} must be set to a string object"))
                        );
                    };
                    if name == "__name__" {
                        g.set_name(text.into());
                    } else {
                        g.set_qualname(text.into());
                    }
                    return Ok(());
                }
                Payload::Function(f) => {
                    match name {
                        "__name__" | "__qualname__" => {
                            let Some(s) = str_of(&value) else {
                                return Err(self.type_error(format!(
                                    "__{}__ must be set to a string object",
                                    name.trim_matches('_')
                                )));
                            };
                            let slot = if name == "__name__" {
                                &f.name
                            } else {
                                &f.qualname
                            };
                            *slot.borrow_mut() = s.into();
                            return Ok(());
                        }
                        "__doc__" => {
                            let old = std::mem::replace(&mut *f.doc.borrow_mut(), value);
                            drop(old);
                            return Ok(());
                        }
                        "__module__" => {
                            let old = std::mem::replace(&mut *f.module.borrow_mut(), value);
                            drop(old);
                            return Ok(());
                        }
                        "__annotations__" => {
                            let new = match value.as_obj() {
                                None if matches!(value, Value::None) => Annotations::Unset,
                                Some(d) if is_dict_like(&value) => Annotations::Dict(d.clone()),
                                _ => {
                                    return Err(self.type_error(
                                        "__annotations__ must be set to a dict object",
                                    ))
                                }
                            };
                            std::mem::replace(&mut *f.annotations.borrow_mut(), new).release();
                            return Ok(());
                        }
                        "__defaults__" => {
                            let new = match &value {
                                Value::None => Vec::new(),
                                v => match v.as_obj().map(ObjRef::payload) {
                                    Some(Payload::Tuple(t)) => t.items.to_vec(),
                                    _ => {
                                        return Err(self.type_error(
                                            "__defaults__ must be set to a tuple object",
                                        ))
                                    }
                                },
                            };
                            let old = std::mem::replace(&mut *f.defaults.borrow_mut(), new);
                            drop(old);
                            return Ok(());
                        }
                        _ => {}
                    }
                    let d = f
                        .dict
                        .borrow_mut()
                        .get_or_insert_with(|| self.new_dict())
                        .clone();
                    if let Payload::Dict(d) = d.payload() {
                        let key = self.new_str(name);
                        let old = d.set_str(key.as_obj().cloned().expect("str"), value);
                        drop(old);
                    }
                    return Ok(());
                }
                Payload::Module(m) => {
                    if let Payload::Dict(d) = m.dict.payload() {
                        let key = self.new_str(name);
                        let old = d.set_str(key.as_obj().cloned().expect("str"), value);
                        drop(old);
                    }
                    return Ok(());
                }
                _ => {}
            }
        }
        if name == "__class__" {
            return super::class_assign::set_class_of_builtin(self, &value);
        }
        if let Some(Payload::Member(m)) = obj.as_obj().map(ObjRef::payload) {
            if let Some(e) = crate::types::member::readonly_error(self, m, name) {
                return Err(e);
            }
        }
        Err(self.err(
            &self.exc.attribute_error,
            format!("'{}' object has no attribute '{name}'", self.type_name(obj)),
        ))
    }

    /// `object.__setattr__`: data descriptors first, then the instance's own table.
    /// Stores into a class's namespace (CPython: `type_setattro`).
    pub fn class_setattr(&self, o: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let c = as_class(o);
        if name == "__name__" || name == "__qualname__" {
            let Some(text) = str_of(&value) else {
                return Err(self.type_error(format!(
                    "can only assign string to {}.{name}, not '{}'",
                    c.name.borrow(),
                    self.type_name(&value)
                )));
            };
            if name == "__name__" && text.contains('\0') {
                return Err(self.err(
                    &self.exc.value_error,
                    "type name must not contain null characters",
                ));
            }
            let slot = if name == "__name__" {
                &c.name
            } else {
                &c.qualname
            };
            *slot.borrow_mut() = text.into();
            return Ok(());
        }
        if name == "__del__" {
            c.has_del.set(true);
        }
        let key = self.new_str(name);
        let old = c.dict.set_str(key.as_obj().cloned().expect("str"), value);
        crate::types::class::class_changed();
        if crate::types::class_ext::is_hook_name(name) {
            crate::types::class_ext::refresh_flags(o);
        }
        drop(old);
        Ok(())
    }

    pub fn object_setattr(&self, o: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let Payload::Instance(i) = o.payload() else {
            return Err(self.type_error("object.__setattr__ on a non-instance"));
        };
        if name == "__class__" {
            return super::class_assign::set_class(self, o, value);
        }
        if let Some(Value::Obj(a)) = class_lookup(&i.class, name) {
            if let Payload::Member(m) = a.payload() {
                return crate::types::member::set(self, m, &Value::Obj(o.clone()), Some(value));
            }
            if let Payload::Instance(d) = a.payload() {
                if let Some(set) = class_lookup(&d.class, "__set__") {
                    let obj = Value::Obj(o.clone());
                    self.call(
                        &set,
                        Args::positional(vec![Value::Obj(a.clone()), obj, value]),
                    )?;
                    return Ok(());
                }
            }
        }
        if let Some(exc) = &i.exc {
            let mut e = exc.borrow_mut();
            let is_exception_or_none = match &value {
                Value::None => true,
                Value::Obj(v) => matches!(v.payload(), Payload::Instance(x) if x.exc.is_some()),
                _ => false,
            };
            if matches!(name, "__cause__" | "__context__") && !is_exception_or_none {
                let what = if name == "__cause__" {
                    "cause"
                } else {
                    "context"
                };
                drop(e);
                return Err(self.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            let slot = match name {
                "__cause__" => {
                    e.suppress_context = true;
                    Some(&mut e.cause)
                }
                "__context__" => Some(&mut e.context),
                "args" => Some(&mut e.args),
                "__suppress_context__" => {
                    drop(e);
                    return self.set_suppress_context(i, value);
                }
                "__traceback__" => {
                    let tb = match value {
                        Value::None => None,
                        Value::Obj(t) if matches!(t.payload(), Payload::Traceback(_)) => Some(t),
                        _ => {
                            drop(e);
                            return Err(
                                self.type_error("__traceback__ must be a traceback or None")
                            );
                        }
                    };
                    let old = std::mem::replace(&mut e.traceback, tb);
                    drop(e);
                    drop(old);
                    return Ok(());
                }
                _ => None,
            };
            if let Some(slot) = slot {
                let old = slot.replace(value);
                drop(e);
                drop(old);
                return Ok(());
            }
        }
        if name == "__dict__" {
            let Some(d) = value
                .as_obj()
                .filter(|d| matches!(d.payload(), Payload::Dict(_)))
            else {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(&value)
                )));
            };
            let old = i.replace_dict(d.clone());
            drop(old);
            return Ok(());
        }
        if !i.accepts(name) {
            return Err(self.err(
                &self.exc.attribute_error,
                format!(
                    "'{}' object has no attribute '{name}'",
                    as_class(&i.class).name.borrow()
                ),
            ));
        }
        let old = i.set_attr(name, value);
        drop(old);
        Ok(())
    }

    /// `del obj.name`.
    pub fn delattr(&self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            match o.payload() {
                Payload::Instance(i) => {
                    if let Some(da) = class_lookup(&i.class, "__delattr__") {
                        let is_object_slot = matches!(
                            da.as_obj().map(ObjRef::payload),
                            Some(Payload::Builtin(b)) if b.owner == Some("object")
                        );
                        if !is_object_slot {
                            let n = self.new_str(name);
                            self.call(&da, Args::positional(vec![obj.clone(), n]))?;
                            return Ok(());
                        }
                    }
                    if let Some(Value::Obj(a)) = class_lookup(&i.class, name) {
                        if let Payload::Member(m) = a.payload() {
                            return crate::types::member::set(self, m, obj, None);
                        }
                        if let Payload::Instance(d) = a.payload() {
                            if let Some(delete) = class_lookup(&d.class, "__delete__") {
                                let args = vec![Value::Obj(a.clone()), obj.clone()];
                                self.call(&delete, Args::positional(args))?;
                                return Ok(());
                            }
                        }
                    }
                    if let Some(old) = i.del_attr(name) {
                        drop(old);
                        return Ok(());
                    }
                }
                Payload::Function(f) => {
                    if name == "__annotations__" {
                        std::mem::take(&mut *f.annotations.borrow_mut()).release();
                        return Ok(());
                    }
                    // A member slot: deleting it leaves None (CPython: T_OBJECT).
                    if name == "__module__" {
                        drop(std::mem::replace(&mut *f.module.borrow_mut(), Value::None));
                        return Ok(());
                    }
                    let removed = f.dict.borrow().as_ref().and_then(|d| match d.payload() {
                        Payload::Dict(d) => d.remove_str(name),
                        _ => None,
                    });
                    if let Some(entry) = removed {
                        drop(entry);
                        return Ok(());
                    }
                }
                Payload::Module(m) => {
                    if let Payload::Dict(d) = m.dict.payload() {
                        if let Some(entry) = d.remove_str(name) {
                            drop(entry);
                            return Ok(());
                        }
                    }
                    // CPython's generic attribute deletion names the type only.
                    return Err(self.err(
                        &self.exc.attribute_error,
                        format!("'module' object has no attribute '{name}'"),
                    ));
                }
                Payload::Class(c) => {
                    if c.ext.metaclass.borrow().is_some() {
                        if let Some(da) = self.metaclass_special(o, "__delattr__") {
                            let n = self.new_str(name);
                            self.call(&da, Args::positional(vec![obj.clone(), n]))?;
                            return Ok(());
                        }
                    }
                    return self.class_delattr(o, name);
                }
                _ => {}
            }
        }
        if name == "__class__" {
            return Err(self.type_error("can't delete __class__ attribute"));
        }
        Err(self.attribute_error(obj, name))
    }

    /// Removes from a class's namespace (CPython: `type_setattro` with no value).
    /// Built-in types refuse assignment and deletion of their attributes.
    fn immutable_type_error(&self, o: &ObjRef, name: &str) -> PyErr {
        self.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            as_class(o).name.borrow()
        ))
    }

    pub fn class_delattr(&self, o: &ObjRef, name: &str) -> PyResult<()> {
        if !as_class(o).is_heap() {
            return Err(self.immutable_type_error(o, name));
        }
        // The names live in the type itself, never in its namespace (CPython's wording).
        if name == "__name__" || name == "__qualname__" {
            return Err(self.type_error(format!(
                "cannot delete '{name}' attribute of immutable type '{}'",
                as_class(o).name.borrow()
            )));
        }
        if let Some(entry) = as_class(o).dict.remove_str(name) {
            crate::types::class::class_changed();
            if crate::types::class_ext::is_hook_name(name) {
                crate::types::class_ext::refresh_flags(o);
            }
            drop(entry);
            return Ok(());
        }
        Err(self.attribute_error(&Value::Obj(o.clone()), name))
    }

    // ---------------------------------------------------------------- operators

    /// Calls a special method of `obj`'s type, if it has one.
    fn call_special(&self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Some(m) = class_lookup(&class, name) else {
            return Ok(None);
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend(args);
        self.call(&m, Args::positional(all)).map(Some)
    }

    pub(crate) fn is_not_implemented(&self, v: &Value) -> bool {
        matches!((v, &self.not_implemented), (Value::Obj(a), Value::Obj(b)) if a.is(b))
    }

    /// A binary operation: small ints inline at every use, the rest out of line.
    #[inline(always)]
    pub fn binary_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = small_int_binary(op, a, b) {
            return Ok(r);
        }
        self.binary_op_general(op, a, b)
    }

    #[inline(never)]
    fn binary_op_general(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op_as(op, a, b, false)
    }

    /// The built-in part of a binary operation, for the slot functions of
    /// `native_base.rs`. Out of line, so that the copy inlined into `binary_op_as` is the
    /// only other one.
    #[inline(never)]
    pub(crate) fn builtin_binary_slot(
        &self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        self.builtin_binary(op, a, b)
    }

    /// The built-in part of a comparison, for the slot functions of `native_base.rs`.
    #[inline(never)]
    pub(crate) fn builtin_compare_slot(
        &self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<bool>> {
        self.builtin_compare(op, a, b)
    }

    /// A binary operation; `inplace` names the operator `op=` in the error message.
    fn binary_op_as(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        if let Some(r) = self.builtin_binary(op, a, b)? {
            return Ok(r);
        }
        let (name, rname) = dunder_names(op);
        let a_user = matches!(a, Value::Obj(o) if matches!(o.payload(), Payload::Instance(_)));
        let b_user = matches!(b, Value::Obj(o) if matches!(o.payload(), Payload::Instance(_)));
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        // A right operand whose type subclasses the left's and overrides the reflected
        // method goes first (CPython: binary_op1).
        if b_user
            && !ta.is(&tb)
            && self.is_subclass(&tb, &ta)
            && as_class(&tb).dict.get_str(rname).is_some()
        {
            if let Some(r) = self.call_special(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if a_user {
            if let Some(r) = self.call_special(a, name, vec![b.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if b_user && !ta.is(&tb) {
            if let Some(r) = self.call_special(b, rname, vec![a.clone()])? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.native_binary_fallback(op, a, b)? {
            return Ok(r);
        }
        if a_user {
            if let Some(r) = crate::types::set::view_binary(self, op, a, b, true)? {
                return Ok(r);
            }
        }
        Err(self.binary_type_error(op, a, b, inplace))
    }

    fn binary_type_error(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        // Messages from a sequence's own concat or repeat name the built-in type.
        let native = |v: &Value, t: Rc<str>| match super::native_base::native_value(v) {
            Some(n) => self.type_name(n),
            None => t,
        };
        let (na, nb) = (native(a, ta.clone()), native(b, tb.clone()));
        let seq = |t: &str| matches!(t, "str" | "list" | "tuple");
        if op == BinOp::Add && seq(&na) {
            return self.type_error(format!("can only concatenate {na} (not \"{tb}\") to {na}"));
        }
        if op == BinOp::Mult && (seq(&na) || seq(&nb)) {
            let other = if seq(&na) { &tb } else { &ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        if op == BinOp::Mult && (seq(&ta) || seq(&tb)) {
            let other = if seq(&ta) { &tb } else { &ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}{}: '{ta}' and '{tb}'",
            op.symbol(),
            match (inplace, op) {
                (true, _) => "=",
                (false, BinOp::Pow) => " or pow()",
                _ => "",
            }
        ))
    }

    /// `a op= b`: the in-place method if the type has one, else the plain operator. Small
    /// ints inline at every use (loop counters and running totals), the rest out of line.
    #[inline(always)]
    pub fn inplace_op(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = small_int_binary(op, a, b) {
            return Ok(r);
        }
        self.inplace_op_general(op, a, b)
    }

    #[inline(never)]
    fn inplace_op_general(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = a {
            if let Some(r) = crate::types::set::inplace(self, op, a, b)? {
                return Ok(r);
            }
            if let (Payload::MappingProxy(_), BinOp::BitOr) = (o.payload(), op) {
                return Err(
                    self.type_error("'|=' is not supported by mappingproxy; use '|' instead")
                );
            }
            if let (Payload::List(l), BinOp::Add) = (o.payload(), op) {
                let items = self.collect(b)?;
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            if let Payload::Instance(_) = o.payload() {
                if let Some(r) = self.call_special(a, inplace_dunder(op), vec![b.clone()])? {
                    if !self.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
        self.binary_op_as(op, a, b, true)
    }

    // Private and with a single other caller (the out-of-line `builtin_binary_slot`), so
    // that it stays inlined into `binary_op_as`.
    #[inline(always)]
    fn builtin_binary(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
            if let Some(r) = self.small_int_op(op, x, y)? {
                return Ok(Some(r));
            }
        }
        if is_int(a) && is_int(b) {
            let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
            return self.big_int_op(op, x, y).map(Some);
        }
        let numeric = |v: &Value| matches!(v, Value::Float(_)) || is_int(v);
        if numeric(a) && numeric(b) {
            let (x, y) = (as_f64(a).unwrap_or(f64::NAN), as_f64(b).unwrap_or(f64::NAN));
            return self.float_op(op, x, y);
        }
        if op == BinOp::Mod {
            // Exact str only: a subclass may override `__mod__`.
            if let Some(text) = a
                .as_obj()
                .filter(|o| matches!(o.payload(), Payload::Str(_)))
                .and_then(str_of_obj)
            {
                return Ok(Some(
                    self.new_str(crate::builtins::percent_format(self, text, b)?),
                ));
            }
        }
        if let Some(r) = crate::types::set::binary(self, op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::types::set::view_binary(self, op, a, b, false)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::types::bytes::binary(self, op, a, b)? {
            return Ok(Some(r));
        }
        if op == BinOp::BitOr {
            if let Some(r) = crate::types::mappingproxy::binary_or(self, a, b)? {
                return Ok(Some(r));
            }
        }
        let (Value::Obj(oa), Value::Obj(ob)) = (a, b) else {
            return self.sequence_repeat(op, a, b);
        };
        Ok(match (oa.payload(), ob.payload(), op) {
            (Payload::Str(x), Payload::Str(y), BinOp::Add) => {
                let mut s = String::with_capacity(x.text.len() + y.text.len());
                s.push_str(&x.text);
                s.push_str(&y.text);
                Some(self.new_str(s))
            }
            (Payload::List(x), Payload::List(y), BinOp::Add) => {
                let mut items = x.items.borrow().clone();
                items.extend(y.items.borrow().iter().cloned());
                Some(self.new_list(items))
            }
            (Payload::Tuple(x), Payload::Tuple(y), BinOp::Add) => {
                let mut items = x.items.to_vec();
                items.extend(y.items.iter().cloned());
                Some(self.new_tuple(items))
            }
            // `dict | dict` (PEP 584): a copy of the left updated from the right.
            (Payload::Dict(_), Payload::Dict(_), BinOp::BitOr) => {
                let d = self.new_dict();
                crate::types::dict::update_from(self, &d, a)?;
                crate::types::dict::update_from(self, &d, b)?;
                Some(Value::Obj(d))
            }
            _ => None,
        })
    }

    fn sequence_repeat(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if op != BinOp::Mult {
            return Ok(None);
        }
        let (seq, n) = match (a, b) {
            (Value::Obj(_), n) if small_int(n).is_some() => (a, small_int(n).unwrap_or(0)),
            (n, Value::Obj(_)) if small_int(n).is_some() => (b, small_int(n).unwrap_or(0)),
            _ => return Ok(None),
        };
        let n = n.max(0) as usize;
        let Value::Obj(o) = seq else { return Ok(None) };
        Ok(match o.payload() {
            Payload::Str(s) => Some(self.new_str(s.text.repeat(n))),
            Payload::List(l) => {
                let items = l.items.borrow();
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                Some(self.new_list(out))
            }
            Payload::Tuple(t) => {
                let mut out = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    out.extend(t.items.iter().cloned());
                }
                Some(self.new_tuple(out))
            }
            _ => None,
        })
    }

    fn small_int_op(&self, op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
        let zero = || {
            self.err(
                &self.exc.zero_division_error,
                "integer division or modulo by zero",
            )
        };
        Ok(match op {
            BinOp::Add => x.checked_add(y).map(Value::Int),
            BinOp::Sub => x.checked_sub(y).map(Value::Int),
            BinOp::Mult => x.checked_mul(y).map(Value::Int),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(zero());
                }
                x.checked_div_euclid(y).map(|_| Value::Int(floor_div(x, y)))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.err(&self.exc.zero_division_error, "integer modulo by zero"));
                }
                x.checked_rem_euclid(y).map(|_| Value::Int(floor_mod(x, y)))
            }
            BinOp::Div => {
                if y == 0 {
                    return Err(self.err(&self.exc.zero_division_error, "division by zero"));
                }
                match int::true_divide(&BigInt::from(x), &BigInt::from(y)) {
                    Some(r) => Some(Value::Float(r)),
                    None => {
                        return Err(self.err(
                            &self.exc.overflow_error,
                            "integer division result too large for a float",
                        ))
                    }
                }
            }
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            BinOp::LShift if y < 0 => {
                return Err(self.err(&self.exc.value_error, "negative shift count"))
            }
            BinOp::LShift => (y < 63)
                .then(|| x.checked_shl(y as u32))
                .flatten()
                .filter(|r| r >> y == x)
                .map(Value::Int),
            BinOp::RShift if y < 0 => {
                return Err(self.err(&self.exc.value_error, "negative shift count"))
            }
            BinOp::RShift => Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })),
            BinOp::Pow if y < 0 => {
                if x == 0 {
                    return Err(self.err(
                        &self.exc.zero_division_error,
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                Some(Value::Float((x as f64).powf(y as f64)))
            }
            BinOp::Pow => u32::try_from(y)
                .ok()
                .and_then(|y| x.checked_pow(y))
                .map(Value::Int),
            BinOp::MatMult => None,
        })
    }

    fn big_int_op(&self, op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
        use num_integer::Integer;
        let zero = || {
            self.err(
                &self.exc.zero_division_error,
                "integer division or modulo by zero",
            )
        };
        Ok(int::from_big(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(zero());
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(&self.exc.zero_division_error, "integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.err(&self.exc.zero_division_error, "division by zero"));
                }
                return match int::true_divide(&x, &y) {
                    Some(r) => Ok(Value::Float(r)),
                    None => Err(self.err(
                        &self.exc.overflow_error,
                        "integer division result too large for a float",
                    )),
                };
            }
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            BinOp::BitXor => x ^ y,
            BinOp::LShift | BinOp::RShift if y.sign() == num_bigint::Sign::Minus => {
                return Err(self.err(&self.exc.value_error, "negative shift count"));
            }
            BinOp::LShift => {
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                x << y.to_usize().ok_or_else(|| {
                    self.err(&self.exc.overflow_error, "too many digits in integer")
                })?
            }
            BinOp::RShift => match y.to_usize() {
                Some(n) if n < (1 << 40) => x >> n,
                _ => BigInt::from(if x.sign() == num_bigint::Sign::Minus {
                    -1
                } else {
                    0
                }),
            },
            BinOp::Pow => {
                let Some(e) = y.to_u32() else {
                    if y.sign() == num_bigint::Sign::Minus {
                        let (fx, fy) = (
                            x.to_f64().unwrap_or(f64::INFINITY),
                            y.to_f64().unwrap_or(f64::NEG_INFINITY),
                        );
                        return self
                            .float_op(BinOp::Pow, fx, fy)
                            .map(|r| r.unwrap_or(Value::None));
                    }
                    if x.is_zero() || x == BigInt::from(1) {
                        return Ok(int::from_big(x));
                    }
                    if x == BigInt::from(-1) {
                        let odd = (&y % 2u32) == BigInt::from(1);
                        return Ok(Value::Int(if odd { -1 } else { 1 }));
                    }
                    return Err(self.err(&self.exc.overflow_error, "too many digits in integer"));
                };
                num_traits::Pow::pow(x, e)
            }
            BinOp::MatMult => {
                return Err(self.binary_type_error(op, &Value::Int(0), &Value::Int(0), false))
            }
        }))
    }

    fn float_op(&self, op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
        let zde = |m: &str| self.err(&self.exc.zero_division_error, m.to_string());
        Ok(Some(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(zde("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(zde("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(zde("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 && y.is_finite() {
                    return Err(zde("0.0 cannot be raised to a negative power"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(PyErr::new(self.new_exception(
                        &self.exc.overflow_error,
                        vec![
                            Value::Int(34),
                            self.new_str("Numerical result out of range"),
                        ],
                    )));
                }
                r
            }
            _ => return Ok(None),
        })))
    }

    pub fn unary_op(&self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match op {
            UnaryOp::Not => return Ok(Value::Bool(!self.truthy(v)?)),
            UnaryOp::Neg => match v {
                Value::Int(i) => {
                    return Ok(i
                        .checked_neg()
                        .map_or_else(|| int::from_big(-BigInt::from(*i)), Value::Int))
                }
                Value::Bool(b) => return Ok(Value::Int(-(*b as i64))),
                Value::Float(x) => return Ok(Value::Float(-x)),
                _ => {
                    if let Some(b) = to_big(v) {
                        return Ok(int::from_big(-b));
                    }
                }
            },
            UnaryOp::Pos => match v {
                Value::Int(_) | Value::Float(_) => return Ok(v.clone()),
                Value::Bool(b) => return Ok(Value::Int(*b as i64)),
                _ => {
                    if to_big(v).is_some() {
                        return Ok(v.clone());
                    }
                }
            },
            UnaryOp::Invert => {
                if let Some(b) = to_big(v) {
                    return Ok(int::from_big(!b));
                }
            }
        }
        let name = match op {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
            UnaryOp::Not => unreachable!("handled above"),
        };
        if let Some(r) = self.call_special(v, name, vec![])? {
            return Ok(r);
        }
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(v)
        )))
    }

    // ---------------------------------------------------------------- comparisons

    /// A comparison: two ints inline at every use, the rest out of line.
    #[inline(always)]
    pub fn compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            let r = match op {
                CmpOp::Eq => Some(x == y),
                CmpOp::NotEq => Some(x != y),
                CmpOp::Lt => Some(x < y),
                CmpOp::LtE => Some(x <= y),
                CmpOp::Gt => Some(x > y),
                CmpOp::GtE => Some(x >= y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Bool(r));
            }
        }
        self.compare_general(op, a, b)
    }

    #[inline(never)]
    fn compare_general(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(same(a, b))),
            CmpOp::IsNot => return Ok(Value::Bool(!same(a, b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        // A mappingproxy compares as its mapping (CPython: mappingproxy_richcompare).
        if let Some(m) = crate::types::mappingproxy::unwrap(self, a) {
            return self.compare(op, &m, b);
        }
        if let Some(m) = crate::types::mappingproxy::unwrap(self, b) {
            // The reflected comparison of the view, on its mapping.
            return self.compare(op.reflected(), &m, a);
        }
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let (name, swapped) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!("handled above"),
        };
        // The right operand goes first when its type is a subclass of the left's that
        // overrides the reflected method (CPython: do_richcompare).
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        let right_first = !ta.is(&tb)
            && self.is_subclass(&tb, &ta)
            && as_class(&tb).dict.get_str(swapped).is_some();
        let attempts = if right_first {
            [(b, swapped, a), (a, name, b)]
        } else {
            [(a, name, b), (b, swapped, a)]
        };
        for (x, method, y) in attempts {
            if let Some(r) = self.rich_compare_one(x, method, y)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(same(a, b))),
            CmpOp::NotEq => Ok(Value::Bool(!same(a, b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// One side's comparison method; `None` when it has none or it returned NotImplemented.
    /// Without `__ne__`, `!=` inverts `__eq__` (object.__ne__).
    fn rich_compare_one(&self, x: &Value, method: &str, y: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.call_special(x, method, vec![y.clone()])? {
            return Ok((!self.is_not_implemented(&r)).then_some(r));
        }
        if method == "__ne__" {
            if let Some(r) = self.call_special(x, "__eq__", vec![y.clone()])? {
                if self.is_not_implemented(&r) {
                    return Ok(None);
                }
                return Ok(Some(Value::Bool(!self.truthy(&r)?)));
            }
        }
        Ok(None)
    }

    #[inline(always)]
    fn builtin_compare(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
            Some(x.cmp(&y))
        } else if is_int(a) && is_int(b) {
            Some(to_big(a).cmp(&to_big(b)))
        } else if let (true, Value::Float(y)) = (is_int(a), b) {
            match cmp_int_float(&to_big(a).unwrap_or_default(), *y) {
                Some(o) => Some(o),
                None => return Ok(Some(op == CmpOp::NotEq)),
            }
        } else if let (Value::Float(x), true) = (a, is_int(b)) {
            match cmp_int_float(&to_big(b).unwrap_or_default(), *x) {
                Some(o) => Some(o.reverse()),
                None => return Ok(Some(op == CmpOp::NotEq)),
            }
        } else if (matches!(a, Value::Float(_)) || is_int(a))
            && (matches!(b, Value::Float(_)) || is_int(b))
        {
            let (x, y) = (as_f64(a).unwrap_or(f64::NAN), as_f64(b).unwrap_or(f64::NAN));
            match x.partial_cmp(&y) {
                Some(o) => Some(o),
                None => return Ok(Some(op == CmpOp::NotEq)),
            }
        } else {
            match (a, b) {
                (Value::None, Value::None) => {
                    Some(Ordering::Equal).filter(|_| matches!(op, CmpOp::Eq | CmpOp::NotEq))
                }
                (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
                    (Payload::Str(s), Payload::Str(t)) => Some(s.text.cmp(&t.text)),
                    (Payload::Bytes(s), Payload::Bytes(t)) => Some(s.data.cmp(&t.data)),
                    (Payload::Set(_), Payload::Set(_)) => {
                        return crate::types::set::compare(self, op, x, y).map(Some)
                    }
                    (Payload::DictView(dv), Payload::Set(_)) if dv.what != DictView::Values => {
                        return self.view_compare(op, a, b).map(Some)
                    }
                    (Payload::Set(_), Payload::DictView(dv)) if dv.what != DictView::Values => {
                        return self.view_compare(op.reflected(), b, a).map(Some);
                    }
                    (Payload::Tuple(s), Payload::Tuple(t)) => {
                        return self.sequence_compare(op, &s.items, &t.items).map(Some)
                    }
                    (Payload::List(s), Payload::List(t)) => {
                        let (s, t) = (s.items.borrow().clone(), t.items.borrow().clone());
                        return self.sequence_compare(op, &s, &t).map(Some);
                    }
                    (Payload::Dict(_), Payload::Dict(_))
                        if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                    {
                        let eq = self.dict_equal(x, y)?;
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    (Payload::Range(r), Payload::Range(s))
                        if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                    {
                        let (n, m) = (r.len(), s.len());
                        let eq = n == m
                            && (n == 0 || (r.start == s.start && (n == 1 || r.step == s.step)));
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    (Payload::DictView(s), Payload::DictView(t))
                        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
                            && s.what == t.what
                            && s.what != DictView::Values =>
                    {
                        let eq = self.view_set_equal(a, s, b)?;
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    // Bound methods are equal when they bind the same function to the
                    // same object (identity of `__self__`, as in 3.8+).
                    (Payload::Method(m), Payload::Method(n))
                        if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                    {
                        let eq = same(&m.this, &n.this) && self.eq(&m.func, &n.func)?;
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    (Payload::Weakref(_), Payload::Weakref(_))
                        if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                    {
                        let eq = crate::types::weakref::weakrefs_equal(self, x, y)?;
                        return Ok(Some(eq == (op == CmpOp::Eq)));
                    }
                    (Payload::Instance(_), _) | (_, Payload::Instance(_)) => None,
                    _ if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                        return Ok(Some(x.is(y) == (op == CmpOp::Eq)))
                    }
                    _ => None,
                },
                (Value::Obj(o), _) | (_, Value::Obj(o))
                    if matches!(o.payload(), Payload::Instance(_)) =>
                {
                    None
                }
                _ if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                    return Ok(Some((op == CmpOp::NotEq) ^ same(a, b)))
                }
                _ => None,
            }
        };
        Ok(ord.map(|o| match op {
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::NotEq => o != Ordering::Equal,
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::LtE => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::GtE => o != Ordering::Less,
            _ => false,
        }))
    }

    /// A dict keys or items view compared with a set (`dictview_richcompare`).
    fn view_compare(&self, op: CmpOp, view: &Value, other: &Value) -> PyResult<bool> {
        let (n, m) = (self.len(view)?, self.len(other)?);
        let all_in = |x: &Value, y: &Value| -> PyResult<bool> {
            for item in self.collect(x)? {
                if !self.contains(y, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => n == m && all_in(view, other)?,
            CmpOp::NotEq => !(n == m && all_in(view, other)?),
            CmpOp::Lt => n < m && all_in(view, other)?,
            CmpOp::LtE => n <= m && all_in(view, other)?,
            CmpOp::Gt => n > m && all_in(other, view)?,
            CmpOp::GtE => n >= m && all_in(other, view)?,
            _ => false,
        })
    }

    fn sequence_compare(&self, op: CmpOp, s: &[Value], t: &[Value]) -> PyResult<bool> {
        for (x, y) in s.iter().zip(t) {
            if !same(x, y) && !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(op, x, y)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (a, b) = (s.len(), t.len());
        Ok(match op {
            CmpOp::Eq => a == b,
            CmpOp::NotEq => a != b,
            CmpOp::Lt => a < b,
            CmpOp::LtE => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::GtE => a >= b,
            _ => false,
        })
    }

    /// Equality of two keys or items views: the same length and every element of one in
    /// the other, as sets compare.
    fn view_set_equal(
        &self,
        a: &Value,
        s: &crate::types::dict::PyDictView,
        b: &Value,
    ) -> PyResult<bool> {
        if self.len(a)? != self.len(b)? {
            return Ok(false);
        }
        for item in crate::types::dict::view_items(self, s) {
            if !self.contains(b, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_equal(&self, x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
        let (Payload::Dict(a), Payload::Dict(b)) = (x.payload(), y.payload()) else {
            return Ok(false);
        };
        if a.map.borrow().len() != b.map.borrow().len() {
            return Ok(false);
        }
        let entries = a.entries();
        for (k, v) in entries {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ---------------------------------------------------------------- containers

    pub fn dict_get(&self, dict: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let d = match dict.payload() {
            Payload::Dict(d) => d,
            // A class namespace, through a view of a class's `__dict__`.
            Payload::Class(c) => &c.dict,
            _ => return Ok(None),
        };
        let hash = self.hash(key)?;
        let probe = crate::types::dict::DictKey {
            hash,
            key: key.clone(),
        };
        let r = d.map.borrow().get(&probe).cloned();
        Ok(r)
    }

    /// `d[key] = value`; the old value is released after the store.
    pub fn dict_set(&self, dict: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let Payload::Dict(d) = dict.payload() else {
            return Ok(());
        };
        let hash = self.hash(&key)?;
        crate::object::gc::dict_store(dict, &key, &value);
        let k = crate::types::dict::DictKey { hash, key };
        let old = {
            let mut map = d.map.borrow_mut();
            match map.get_mut(&k) {
                Some(slot) => Some(std::mem::replace(slot, value)),
                None => {
                    map.insert(k, value);
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            match o.payload() {
                Payload::Str(s) => return Ok(s.char_len()),
                Payload::Bytes(b) => return Ok(b.data.len()),
                Payload::Tuple(t) => return Ok(t.items.len()),
                Payload::List(l) => return Ok(l.items.borrow().len()),
                Payload::Dict(d) => return Ok(d.map.borrow().len()),
                Payload::Set(s) => return Ok(s.len()),
                Payload::Range(r) => return Ok(r.len() as usize),
                Payload::MappingProxy(p) => return p.len(self),
                Payload::DictView(dv) => {
                    return Ok(crate::types::dict::viewed_dict(&dv.dict).map.borrow().len())
                }
                Payload::Instance(_) | Payload::Class(_) => {
                    if let Some(r) = self.call_special(v, "__len__", vec![])? {
                        return match r {
                            Value::Int(i) if i >= 0 => Ok(i as usize),
                            Value::Int(_) => {
                                Err(self.err(&self.exc.value_error, "__len__() should return >= 0"))
                            }
                            _ => Err(self.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(&r)
                            ))),
                        };
                    }
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    pub fn contains(&self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match o.payload() {
                Payload::Str(s) => {
                    return match str_of(item) {
                        Some(t) => Ok(crate::types::str::text_contains(&s.text, t)),
                        None => Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        ))),
                    }
                }
                Payload::Dict(_) => return Ok(self.dict_get(o, item)?.is_some()),
                Payload::MappingProxy(p) => return p.contains(self, item),
                Payload::Bytes(b) => return crate::types::bytes::contains(self, &b.data, item),
                Payload::Set(s) => return crate::types::set::contains(self, s, item),
                Payload::Range(r) if matches!(item, Value::Int(_) | Value::Bool(_)) => {
                    return Ok(r.position(small_int(item).unwrap_or(0)).is_some())
                }
                Payload::DictView(dv) if dv.what == DictView::Keys => {
                    return Ok(self.dict_get(&dv.dict, item)?.is_some())
                }
                Payload::DictView(dv) if dv.what == DictView::Items => {
                    let kv = match item.as_obj().map(ObjRef::payload) {
                        Some(Payload::Tuple(t)) if t.items.len() == 2 => t.items.clone(),
                        _ => return Ok(false),
                    };
                    return match self.dict_get(&dv.dict, &kv[0])? {
                        Some(v) => Ok(same(&v, &kv[1]) || self.eq(&v, &kv[1])?),
                        None => Ok(false),
                    };
                }
                Payload::Instance(_) | Payload::Class(_) => {
                    if let Some(r) =
                        self.call_special(container, "__contains__", vec![item.clone()])?
                    {
                        return self.truthy(&r);
                    }
                }
                _ => {}
            }
        }
        let iter = self.iter(container).map_err(|_| {
            self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            ))
        })?;
        while let Some(x) = self.next(&iter)? {
            if same(&x, item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`. Returns a new reference to an iterator.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::Obj(o) => match o.payload() {
                Payload::MappingProxy(p) => return self.iter(&p.live_keys()),
                Payload::List(_) => Some((
                    IterState::Seq {
                        seq: o.clone(),
                        index: 0,
                    },
                    "list_iterator",
                )),
                Payload::Tuple(_) => Some((
                    IterState::Seq {
                        seq: o.clone(),
                        index: 0,
                    },
                    "tuple_iterator",
                )),
                Payload::Str(_) => Some((
                    IterState::Str {
                        s: o.clone(),
                        offset: 0,
                    },
                    "str_ascii_iterator",
                )),
                Payload::Bytes(_) => Some((
                    IterState::Seq {
                        seq: o.clone(),
                        index: 0,
                    },
                    "bytes_iterator",
                )),
                Payload::Range(r) => Some((
                    IterState::Range {
                        next: r.start,
                        stop: r.stop,
                        step: r.step,
                    },
                    "range_iterator",
                )),
                Payload::Dict(d) => Some((
                    IterState::Dict {
                        dict: o.clone(),
                        index: 0,
                        what: DictView::Keys,
                        size: d.map.borrow().len(),
                    },
                    "dict_keyiterator",
                )),
                Payload::DictView(dv) => Some((
                    IterState::Dict {
                        dict: dv.dict.clone(),
                        index: 0,
                        what: dv.what,
                        size: crate::types::dict::viewed_dict(&dv.dict).map.borrow().len(),
                    },
                    match dv.what {
                        DictView::Keys => "dict_keyiterator",
                        DictView::Values => "dict_valueiterator",
                        DictView::Items => "dict_itemiterator",
                    },
                )),
                Payload::Set(s) => Some((
                    IterState::Set {
                        set: o.clone(),
                        pos: 0,
                        used: Some(s.len()),
                    },
                    "set_iterator",
                )),
                Payload::Iter(_) => return Ok(v.clone()),
                Payload::Generator(g)
                    if g.kind == crate::runtime::generator::GenKind::Generator =>
                {
                    return Ok(v.clone())
                }
                Payload::Instance(_) => {
                    if let Some(r) = self.call_special(v, "__iter__", vec![])? {
                        return self.checked_iterator(r);
                    }
                    self.getitem_iter(v)
                }
                Payload::Class(_) => match self.call_metaclass_special(o, "__iter__", vec![])? {
                    Some(r) => return self.checked_iterator(r),
                    None => None,
                },
                _ => None,
            },
            _ => None,
        };
        match state {
            Some((state, type_name)) => {
                Ok(Value::Obj(ObjRef::new(Payload::Iter(Box::new(PyIter {
                    state: RefCell::new(state),
                    type_name,
                })))))
            }
            None => Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        }
    }

    /// The next item of an iterator, `None` when it is exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if let Payload::Iter(i) = o.payload() {
                return self.builtin_next(i);
            }
            if let Payload::Generator(g) = o.payload() {
                if g.kind == crate::runtime::generator::GenKind::Generator {
                    return self.gen_next(o);
                }
            }
            if let Payload::Instance(_) = o.payload() {
                return match self.call_special(it, "__next__", vec![]) {
                    Ok(Some(v)) => Ok(Some(v)),
                    Ok(None) => Err(self.type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    ))),
                    Err(e)
                        if self
                            .isinstance(&Value::Obj(e.exc.clone()), &self.exc.stop_iteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not an iterator",
            self.type_name(it)
        )))
    }

    /// `next` of the iterators that run Python code (map, filter, enumerate, zip): the
    /// state is not borrowed while that code runs. `None` when `it` is another kind.
    fn lazy_next(&self, it: &PyIter) -> Option<PyResult<Option<Value>>> {
        enum Step {
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Enumerate(Value, i64),
            Zip(Vec<Value>, bool),
            Callable(Value, Value),
            GetItem(Value, i64),
        }
        let step = match &*it.state.borrow() {
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Step::Filter(func.clone(), iter.clone()),
            IterState::Enumerate { iter, next, .. } => Step::Enumerate(iter.clone(), *next),
            IterState::Zip { iters, strict, .. } => Step::Zip(iters.clone(), *strict),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            IterState::GetItem { obj, index } => Step::GetItem(obj.clone(), *index),
            _ => return None,
        };
        if let Step::GetItem(obj, index) = step {
            return Some(self.getitem_iter_next(it, obj, index));
        }
        Some((|| match step {
            Step::Callable(func, sentinel) => self.callable_iter_next(it, func, sentinel),
            Step::Map(func, iters) => {
                let mut items = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, Args::positional(items)).map(Some)
            }
            Step::Filter(func, iter) => loop {
                let Some(item) = self.next(&iter)? else {
                    return Ok(None);
                };
                let keep = if matches!(func, Value::None) {
                    self.truthy(&item)?
                } else {
                    let r = self.call(&func, Args::positional(vec![item.clone()]))?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(item));
                }
            },
            Step::Enumerate(iter, n) => {
                let Some(item) = self.next(&iter)? else {
                    return Ok(None);
                };
                if let IterState::Enumerate { next, .. } = &mut *it.state.borrow_mut() {
                    *next = n + 1;
                }
                let t = self.new_tuple(vec![Value::Int(n), item]);
                Ok(Some(cache_result(it, t)))
            }
            Step::GetItem(..) => Ok(None),
            Step::Zip(iters, strict) => {
                if iters.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(iters.len());
                for (k, i) in iters.iter().enumerate() {
                    match self.next(i)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if k > 0 {
                                    return Err(self.err(
                                        &self.exc.value_error,
                                        format!(
                                            "zip() argument {} is shorter than argument{} {}",
                                            k + 1,
                                            if k == 1 { "" } else { "s" },
                                            if k == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{k}")
                                            }
                                        ),
                                    ));
                                }
                                for (j, rest) in iters.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        return Err(self.err(
                                            &self.exc.value_error,
                                            format!(
                                                "zip() argument {} is longer than argument{} {}",
                                                j + 1,
                                                if j == 1 { "" } else { "s" },
                                                if j == 1 {
                                                    "1".to_string()
                                                } else {
                                                    format!("1-{j}")
                                                }
                                            ),
                                        ));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                let t = self.new_tuple(items);
                Ok(Some(cache_result(it, t)))
            }
        })())
    }

    /// One step of `iter(callable, sentinel)` (CPython's `calliter_iternext`): the
    /// iterator lets go of both once the sentinel comes back or StopIteration is raised.
    fn callable_iter_next(
        &self,
        it: &PyIter,
        func: Value,
        sentinel: Value,
    ) -> PyResult<Option<Value>> {
        // The callable dies before the sentinel, as CPython clears them.
        let finish = |func: Value, sentinel: Value| {
            drop(std::mem::replace(
                &mut *it.state.borrow_mut(),
                IterState::Exhausted,
            ));
            drop(func);
            drop(sentinel);
        };
        match self.call(&func, Args::positional(vec![])) {
            Ok(v) => {
                if same(&sentinel, &v) || self.eq(&sentinel, &v)? {
                    drop(v);
                    finish(func, sentinel);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Err(e) if self.isinstance(&Value::Obj(e.exc.clone()), &self.exc.stop_iteration) => {
                drop(e);
                finish(func, sentinel);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn builtin_next(&self, it: &PyIter) -> PyResult<Option<Value>> {
        if let Some(r) = self.lazy_next(it) {
            return r;
        }
        let mut state = it.state.borrow_mut();
        let item = match &mut *state {
            IterState::Seq { seq, index } => {
                let item = match seq.payload() {
                    Payload::List(l) => l.items.borrow().get(*index).cloned(),
                    Payload::Tuple(t) => t.items.get(*index).cloned(),
                    Payload::Bytes(b) => b.data.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                *index += 1;
                item
            }
            IterState::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if more {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::Str { s, offset } => {
                let text = str_of_obj(s).unwrap_or("");
                match text[*offset..].chars().next() {
                    Some(c) => {
                        *offset += c.len_utf8();
                        Some(self.new_str(c.to_string()))
                    }
                    None => None,
                }
            }
            IterState::Dict {
                dict,
                index,
                what,
                size,
            } => {
                let d = match dict.payload() {
                    Payload::Dict(d) => d,
                    Payload::Class(c) => &c.dict,
                    _ => return Ok(None),
                };
                let map = d.map.borrow();
                if map.len() != *size {
                    drop(map);
                    *state = IterState::Exhausted;
                    drop(state);
                    return Err(self.err(
                        &self.exc.runtime_error,
                        "dictionary changed size during iteration",
                    ));
                }
                let entry = map.next_from(*index).map(|(i, k, v)| {
                    *index = i;
                    (k.key.clone(), v.clone())
                });
                *index += 1;
                drop(map);
                entry.map(|(k, v)| match what {
                    DictView::Keys => k,
                    DictView::Values => v,
                    DictView::Items => self.new_tuple(vec![k, v]),
                })
            }
            IterState::Set { set, pos, used } => {
                let s = crate::types::set::set_of(set);
                let t = s.table.borrow();
                if *used != Some(t.used) {
                    drop(t);
                    *used = None;
                    drop(state);
                    return Err(
                        self.err(&self.exc.runtime_error, "Set changed size during iteration")
                    );
                }
                let mut i = *pos;
                while i < t.slots.len()
                    && !matches!(t.slots[i], crate::types::set_table::Slot::Active { .. })
                {
                    i += 1;
                }
                *pos = i + 1;
                let item = match t.slots.get(i) {
                    Some(crate::types::set_table::Slot::Active { key, .. }) => Some(key.clone()),
                    _ => None,
                };
                drop(t);
                item
            }
            IterState::SeqRev { seq, index } => {
                let item = match seq.payload() {
                    Payload::List(l) => {
                        let items = l.items.borrow();
                        if *index > 0 && *index <= items.len() {
                            *index -= 1;
                            Some(items[*index].clone())
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                item
            }
            IterState::Map { .. }
            | IterState::Callable { .. }
            | IterState::Filter { .. }
            | IterState::Enumerate { .. }
            | IterState::Zip { .. }
            | IterState::GetItem { .. } => None,
            IterState::Values { items, index } => {
                let item = items.get(*index).cloned();
                *index += 1;
                item
            }
            IterState::Exhausted => None,
        };
        if item.is_none() {
            // Drop the iterated object now, as CPython's exhausted iterators do.
            let old = std::mem::replace(&mut *state, IterState::Exhausted);
            drop(state);
            drop(old);
        }
        Ok(item)
    }

    /// All items of an iterable.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            match o.payload() {
                Payload::List(l) => return Ok(l.items.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.items.to_vec()),
                _ => {}
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `seq[index]` for the built-in sequences: an int picks one item (`item` maps a Python
    /// index to it, or to `None` when out of range), a slice makes a new sequence, anything
    /// else is CPython's TypeError for that type.
    fn index_or_slice(
        &self,
        container: &Value,
        index: &Value,
        what: &str,
        item: impl FnOnce(i64) -> Option<Value>,
    ) -> PyResult<Value> {
        if let Some(i) = small_int(index) {
            return item(i).ok_or_else(|| {
                self.err(&self.exc.index_error, format!("{what} index out of range"))
            });
        }
        if let Some(r) = self.slice_of(container, index)? {
            return Ok(r);
        }
        if let Some(i) = super::native_base::native_value(index).and_then(small_int) {
            return item(i).ok_or_else(|| {
                self.err(&self.exc.index_error, format!("{what} index out of range"))
            });
        }
        let ty = self.type_name(index);
        Err(self.type_error(if what == "string" {
            format!("string indices must be integers, not '{ty}'")
        } else {
            format!("{what} indices must be integers or slices, not {ty}")
        }))
    }

    pub fn getitem(&self, container: &Value, index: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = container {
            match o.payload() {
                Payload::MappingProxy(p) => return p.getitem(self, index),
                Payload::List(l) => {
                    return self.index_or_slice(container, index, "list", |i| {
                        let items = l.items.borrow();
                        normalize_index(i, items.len()).map(|i| items[i].clone())
                    });
                }
                Payload::Tuple(t) => {
                    return self.index_or_slice(container, index, "tuple", |i| {
                        normalize_index(i, t.items.len()).map(|i| t.items[i].clone())
                    });
                }
                Payload::Str(s) => {
                    return self.index_or_slice(container, index, "string", |i| {
                        s.char_at(i).map(|c| self.new_str(c.to_string()))
                    });
                }
                Payload::Bytes(b) => {
                    if let Some(i) = small_int(index) {
                        return normalize_index(i, b.data.len())
                            .map(|i| Value::Int(b.data[i] as i64))
                            .ok_or_else(|| self.err(&self.exc.index_error, "index out of range"));
                    }
                    if to_big(index).is_some() && !matches!(index, Value::Bool(_)) {
                        return Err(self.err(
                            &self.exc.index_error,
                            "cannot fit 'int' into an index-sized integer",
                        ));
                    }
                    return self.index_or_slice(container, index, "byte", |_| None);
                }
                Payload::Dict(_) => {
                    return match self.dict_get(o, index)? {
                        Some(v) => Ok(v),
                        None => Err(PyErr::new(
                            self.new_exception(&self.exc.key_error, vec![index.clone()]),
                        )),
                    };
                }
                Payload::Range(r) => {
                    // An int subclass (an IntEnum member) indexes by its int value.
                    if let Some(Payload::Instance(inst)) = index.as_obj().map(ObjRef::payload) {
                        if let Some(base) = inst.base.as_deref() {
                            if small_int(base).is_some() || to_big(base).is_some() {
                                let base = base.clone();
                                return self.getitem(container, &base);
                            }
                        }
                    }
                    if let Some(i) = small_int(index) {
                        return match normalize_index(i, r.len() as usize) {
                            Some(i) => Ok(Value::Int(r.start + r.step * i as i64)),
                            None => {
                                Err(self
                                    .err(&self.exc.index_error, "range object index out of range"))
                            }
                        };
                    }
                    if crate::builtins::slice_parts(index).is_some() {
                        let (lo, hi, step, _) =
                            crate::types::list::slice_indices(self, index, r.len() as usize)?;
                        return Ok(Value::Obj(ObjRef::new(Payload::Range(Box::new(
                            crate::types::iter::PyRange {
                                start: r.start + lo * r.step,
                                stop: r.start + hi * r.step,
                                step: step * r.step,
                            },
                        )))));
                    }
                    return Err(self.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        self.type_name(index)
                    )));
                }
                Payload::Instance(_) => {
                    if let Some(r) =
                        self.call_special(container, "__getitem__", vec![index.clone()])?
                    {
                        return Ok(r);
                    }
                }
                Payload::Class(_) => {
                    if let Some(r) =
                        self.call_metaclass_special(o, "__getitem__", vec![index.clone()])?
                    {
                        return Ok(r);
                    }
                    if let Some(m) = class_lookup(o, "__class_getitem__") {
                        let f = self.bind_to_class(m, o)?;
                        return self.call(&f, Args::positional(vec![index.clone()]));
                    }
                    return Err(self.class_not_subscriptable(o));
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(container)
        )))
    }

    /// Subscripting a class without `__class_getitem__` or a metaclass `__getitem__`.
    #[cold]
    #[inline(never)]
    fn class_not_subscriptable(&self, o: &ObjRef) -> PyErr {
        // CPython's built-in generic classes make a `types.GenericAlias`.
        let t = &self.types;
        let generic = [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_];
        let class = as_class(o);
        if std::iter::once(o)
            .chain(class.mro.iter())
            .any(|k| generic.iter().any(|g| k.is(g)))
        {
            return self.unsupported(&format!("'{}[...]' (a generic alias)", class.name.borrow()));
        }
        // A class whose metaclass has no `__getitem__` (CPython names the class).
        self.type_error(format!(
            "type '{}' is not subscriptable",
            class.name.borrow()
        ))
    }

    /// `seq[a:b:c]` for the built-in sequences; `None` when `index` is not a slice.
    fn slice_of(&self, seq: &Value, index: &Value) -> PyResult<Option<Value>> {
        let Some((start, stop, step)) = crate::builtins::slice_parts(index) else {
            return Ok(None);
        };
        let Value::Obj(o) = seq else { return Ok(None) };
        let pick = |len: usize| -> PyResult<Vec<usize>> {
            let step = match step {
                Value::None => 1,
                ref v => small_index(v).ok_or_else(|| {
                    self.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?,
            };
            if step == 0 {
                return Err(self.err(&self.exc.value_error, "slice step cannot be zero"));
            }
            let len = len as i64;
            let bound = |v: &Value, default: i64| -> PyResult<i64> {
                match v {
                    Value::None => Ok(default),
                    v => {
                        // Bounds beyond 64 bits clamp like any bound past the end.
                        let i = small_index(v)
                            .or_else(|| to_big(v).map(|b| if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }))
                            .ok_or_else(|| self.type_error("slice indices must be integers or None or have an __index__ method"))?;
                        Ok(if i < 0 {
                            (i + len).max(if step < 0 { -1 } else { 0 })
                        } else {
                            i.min(if step < 0 { len - 1 } else { len })
                        })
                    }
                }
            };
            let (lo, hi) = if step > 0 {
                (bound(&start, 0)?, bound(&stop, len)?)
            } else {
                (bound(&start, len - 1)?, bound(&stop, -1)?)
            };
            let mut out = Vec::new();
            let mut i = lo;
            while (step > 0 && i < hi) || (step < 0 && i > hi) {
                out.push(i as usize);
                i += step;
            }
            Ok(out)
        };
        Ok(Some(match o.payload() {
            Payload::List(l) => {
                let items = l.items.borrow();
                let idx = pick(items.len())?;
                self.new_list(idx.into_iter().map(|i| items[i].clone()).collect())
            }
            Payload::Tuple(t) => {
                let idx = pick(t.items.len())?;
                self.new_tuple(idx.into_iter().map(|i| t.items[i].clone()).collect())
            }
            Payload::Bytes(b) => {
                let idx = pick(b.data.len())?;
                // bytes are immutable: a slice of everything is the object itself.
                if idx.len() == b.data.len() && idx.first().is_none_or(|&i| i == 0) {
                    return Ok(Some(seq.clone()));
                }
                crate::types::bytes::new_bytes(
                    idx.into_iter().map(|i| b.data[i]).collect::<Vec<u8>>(),
                )
            }
            Payload::Str(s) => {
                let chars: Vec<char> = s.text.chars().collect();
                let idx = pick(chars.len())?;
                self.new_str(idx.into_iter().map(|i| chars[i]).collect::<String>())
            }
            _ => return Ok(None),
        }))
    }

    pub fn setitem(&self, container: &Value, index: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match o.payload() {
                Payload::List(l) => {
                    if let Some(i) = small_int(&index) {
                        let len = l.items.borrow().len();
                        let Some(i) = normalize_index(i, len) else {
                            return Err(self
                                .err(&self.exc.index_error, "list assignment index out of range"));
                        };
                        let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                        drop(old);
                        return Ok(());
                    }
                    if crate::builtins::slice_parts(&index).is_some() {
                        return crate::types::list::assign_slice(self, o, &index, Some(&value));
                    }
                    return Err(self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(&index)
                    )));
                }
                Payload::Dict(_) => return self.dict_set(o, index, value),
                Payload::Instance(_)
                    if self
                        .call_special(container, "__setitem__", vec![index.clone(), value.clone()])?
                        .is_some() =>
                {
                    return Ok(());
                }
                _ => {}
            }
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        )))
    }

    pub fn delitem(&self, container: &Value, index: &Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match o.payload() {
                Payload::List(l) => {
                    if let Some(i) = small_int(index) {
                        let len = l.items.borrow().len();
                        let Some(i) = normalize_index(i, len) else {
                            return Err(self
                                .err(&self.exc.index_error, "list assignment index out of range"));
                        };
                        let old = l.items.borrow_mut().remove(i);
                        drop(old);
                        return Ok(());
                    }
                    if crate::builtins::slice_parts(index).is_some() {
                        return crate::types::list::assign_slice(self, o, index, None);
                    }
                }
                Payload::Dict(d) => {
                    let hash = self.hash(index)?;
                    let probe = crate::types::dict::DictKey {
                        hash,
                        key: index.clone(),
                    };
                    let removed = d.map.borrow_mut().remove_entry(&probe);
                    drop(probe);
                    return match removed {
                        Some((k, v)) => {
                            drop(k);
                            drop(v);
                            Ok(())
                        }
                        None => Err(PyErr::new(
                            self.new_exception(&self.exc.key_error, vec![index.clone()]),
                        )),
                    };
                }
                Payload::Instance(_)
                    if self
                        .call_special(container, "__delitem__", vec![index.clone()])?
                        .is_some() =>
                {
                    return Ok(());
                }
                // A mapping without item deletion; CPython's sequence path words an index
                // key's error differently.
                Payload::MappingProxy(_) if !is_int(index) => {
                    return Err(
                        self.type_error("'mappingproxy' object does not support item deletion")
                    );
                }
                _ => {}
            }
        }
        // CPython words the error by the path it takes: types with sequence methods try
        // an index key as a sequence position ("doesn't"), the rest fail generically.
        let phrase = if is_int(index) && has_sequence_methods(self, container) {
            "doesn't"
        } else {
            "does not"
        };
        Err(self.type_error(format!(
            "'{}' object {phrase} support item deletion",
            self.type_name(container)
        )))
    }
}

struct ReprGuard<'a> {
    interp: &'a Interp,
    addr: usize,
}

impl Drop for ReprGuard<'_> {
    fn drop(&mut self) {
        let mut stack = self.interp.repr_stack.borrow_mut();
        if let Some(i) = stack.iter().rposition(|a| *a == self.addr) {
            stack.remove(i);
        }
    }
}

/// Built-in methods that bind to the class, like classmethods (`dict.fromkeys`).
fn is_builtin_classmethod(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(),
        Payload::Builtin(b) if matches!((b.owner, b.name),
            (Some("dict"), "fromkeys")
                | (Some("bytes"), "fromhex" | "maketrans")
                | (Some("int"), "from_bytes"))))
}

/// Keeps a zip or enumerate result as CPython's reused result tuple does: when the cached
/// tuple is held by the iterator alone, the new result takes its place (the old one is
/// released after the store); otherwise the cache stays as it is.
fn cache_result(it: &PyIter, t: Value) -> Value {
    let old = {
        let mut state = it.state.borrow_mut();
        let slot = match &mut *state {
            IterState::Zip { result, .. } | IterState::Enumerate { result, .. } => result,
            _ => return t,
        };
        let reusable = match slot {
            None => true,
            Some(Value::Obj(o)) => o.refcount() == 1,
            Some(_) => false,
        };
        if !reusable {
            return t;
        }
        slot.replace(t.clone())
    };
    drop(old);
    t
}

/// CPython's `float_divmod`: floor quotient and remainder with the divisor's sign.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Exact comparison of an int with a float (CPython compares without rounding the int).
fn cmp_int_float(i: &BigInt, x: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = x.floor();
    let f: BigInt = num_traits::FromPrimitive::from_f64(fl).unwrap_or_default();
    match i.cmp(&f) {
        Ordering::Equal if x > fl => Some(Ordering::Less),
        o => Some(o),
    }
}

/// `is`: identity for objects, value for immediates (see docs/divergences.md).
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(x), Value::Obj(y)) => x.is(y),
        _ => false,
    }
}

fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

fn floor_mod(x: i64, y: i64) -> i64 {
    let m = x % y;
    if m != 0 && ((m < 0) != (y < 0)) {
        m + y
    } else {
        m
    }
}

fn dunder_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

/// The in-place method of an operator (`+=` calls `__iadd__`).
fn inplace_dunder(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mult => "__imul__",
        BinOp::MatMult => "__imatmul__",
        BinOp::Div => "__itruediv__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::LShift => "__ilshift__",
        BinOp::RShift => "__irshift__",
        BinOp::BitOr => "__ior__",
        BinOp::BitXor => "__ixor__",
        BinOp::BitAnd => "__iand__",
    }
}

/// The hash of an object by identity (CPython's `_Py_HashPointer`: the address without its
/// always-zero low bits), for objects that define no `__hash__` of their own.
pub(crate) fn identity_hash(o: &ObjRef) -> i64 {
    (o.addr() >> 4) as i64
}

/// `a op b` for two small ints when the result is a small int too: the common case of
/// every loop counter and index, done without the general dispatch.
#[inline(always)]
fn small_int_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    let r = match op {
        BinOp::Add => x.checked_add(*y)?,
        BinOp::Sub => x.checked_sub(*y)?,
        BinOp::Mult => x.checked_mul(*y)?,
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

/// A dict, or an instance of a subclass of dict (CPython: `PyDict_Check`).
fn is_dict_like(v: &Value) -> bool {
    let v = super::native_base::native_value(v).unwrap_or(v);
    matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Dict(_)))
}

impl Interp {
    /// `f.__annotations__`: made on first read from the values the `def` evaluated (an
    /// empty dict for a function without annotations) and kept, as CPython does.
    fn function_annotations(&self, f: &PyFunction) -> PyResult<Value> {
        let mut slot = f.annotations.borrow_mut();
        let values = match std::mem::take(&mut *slot) {
            Annotations::Dict(d) => {
                *slot = Annotations::Dict(d.clone());
                return Ok(Value::Obj(d));
            }
            Annotations::Values(v) => v,
            Annotations::Unset => Vec::new(),
        };
        let d = self.new_dict();
        if let Body::Def(def) = f.code.body {
            for ((name, _), v) in def.annotations().zip(values) {
                self.dict_set(&d, self.new_str(name), v)?;
            }
        }
        *slot = Annotations::Dict(d.clone());
        Ok(Value::Obj(d))
    }
}
