//! Subclasses of the built-in types `int`, `float`, `str`, `tuple`, `list`, `dict`, `set`
//! and `frozenset`. An instance of such a class is an ordinary instance (attributes,
//! `__del__`, its class's methods) that also carries a value of the built-in type: its
//! *native value*, made by the built-in `__new__` and never handed to the program.
//!
//! CPython gives every built-in type slot functions that a subclass inherits. refpy's
//! built-in types take fast paths on their own payloads instead, so this module puts the
//! same special methods (`__add__`, `__eq__`, `__getitem__`, `__iter__`, `__repr__`, ...)
//! into the built-in classes' namespaces. Plain values never reach them (the fast paths
//! come first); instances of subclasses find them through the MRO after any override, and
//! `super().__add__(x)` works as in CPython. Each one applies the built-in operation to
//! the native value.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::class::{as_class, NativeKind};
use crate::types::function::{Args, NativeFn};

/// The native value of an instance of a built-in type's subclass.
#[inline]
pub fn native_value(v: &Value) -> Option<&Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Instance(i) => i.base.as_deref(),
            _ => None,
        },
        _ => None,
    }
}

/// Takes a value about to become a native value out of the collector's lists: the
/// instance traverses and clears it. Left in the lists, an empty dict (which CPython would
/// not track, but refpy lists) would count as referenced from outside and keep every
/// cycle through the instance alive.
fn detach_native(value: Value) -> Value {
    if let Value::Obj(o) = &value {
        if crate::object::gc::in_lists(o) {
            crate::object::gc::untrack_object(o);
        }
    }
    value
}

/// `v`, or its native value when it has one.
fn unwrap(v: &Value) -> &Value {
    native_value(v).unwrap_or(v)
}

impl Interp {
    /// The built-in types a class statement may derive from, with a native value.
    fn is_subclassable(&self, k: &ObjRef) -> bool {
        let t = &self.types;
        [
            &t.int,
            &t.float,
            &t.str_,
            &t.tuple,
            &t.list,
            &t.dict,
            &t.set,
            &t.frozenset,
        ]
        .iter()
        .any(|b| b.is(k))
    }

    /// The built-in type whose values instances of `class` carry (`list` for a subclass of
    /// list), or `None` for classes without one.
    pub fn native_type_of(&self, class: &ObjRef) -> Option<ObjRef> {
        let c = as_class(class);
        if c.native != NativeKind::Builtin {
            return None;
        }
        c.lookup_order(class)
            .find(|k| self.is_subclassable(k))
            .cloned()
    }

    /// The class that fixes an instance layout for `k` (CPython's `solid_base`): the
    /// nearest built-in type other than `object` (exceptions share BaseException's), or a
    /// Python class that adds `__slots__`.
    fn solid_base(&self, k: &ObjRef) -> ObjRef {
        for c in as_class(k).lookup_order(k) {
            let cc = as_class(c);
            if cc.is_heap() {
                if !cc.slots.is_empty() {
                    return c.clone();
                }
                continue;
            }
            if c.is(&self.types.object) {
                break;
            }
            if cc.native == NativeKind::Exception {
                return self.exc.base_exception.clone();
            }
            return c.clone();
        }
        self.types.object.clone()
    }

    /// The checks `type.__new__` makes on the bases before computing the MRO (CPython's
    /// `best_base`): every base may be subclassed, and their layouts are compatible.
    pub fn check_bases(&self, bases: &[ObjRef]) -> PyResult<()> {
        let mut winner: Option<ObjRef> = None;
        for b in bases {
            let c = as_class(b);
            // `type` is subclassed by metaclasses (`runtime/metaclass.rs`).
            if !c.is_heap()
                && c.native == NativeKind::Builtin
                && !self.is_subclassable(b)
                && !b.is(&self.types.type_)
            {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    c.name.borrow()
                )));
            }
            let solid = self.solid_base(b);
            winner = match winner {
                None => Some(solid),
                Some(w) if self.is_subclass(&w, &solid) => Some(w),
                Some(w) if self.is_subclass(&solid, &w) => Some(solid),
                Some(_) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"))
                }
            };
        }
        Ok(())
    }

    /// `[0] + MyList(...)`: a built-in left operand whose type has no reflected method
    /// still accepts a subclass instance on the right (CPython's `sq_concat` and number
    /// slots check with `PyList_Check` and friends, which subclasses pass).
    pub fn native_binary_fallback(
        &self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if native_value(a).is_none() && native_value(b).is_none() {
            return Ok(None);
        }
        self.builtin_binary_slot(op, unwrap(a), unwrap(b))
    }

    /// A new instance of `class` carrying `value` (made by the built-in type's
    /// constructor). The value is part of the instance: the collector sees its contents
    /// through the instance, as CPython sees one object.
    fn new_native_instance(&self, class: &ObjRef, value: Value) -> Value {
        let value = detach_native(value);
        let mut inst = crate::types::instance::PyInstance::new(class.clone());
        inst.base = Some(Box::new(value));
        Value::Obj(ObjRef::new(Payload::Instance(inst)))
    }

    /// A tuple of `class` (a subclass of tuple) whose items are also attributes, as
    /// CPython's struct sequences (`sys.version_info`) are.
    pub fn struct_sequence(&self, class: &ObjRef, fields: &[&str], items: Vec<Value>) -> Value {
        let value = detach_native(self.new_tuple(items.clone()));
        // The fields are stored before the native value is attached: they stand for
        // CPython's member descriptors, not for a `__dict__`.
        let mut inst = crate::types::instance::PyInstance::new(class.clone());
        for (name, v) in fields.iter().zip(items) {
            drop(inst.set_attr(name, v));
        }
        inst.base = Some(Box::new(value));
        Value::Obj(ObjRef::new(Payload::Instance(inst)))
    }

    /// `T.__new__(cls, ...)` for a built-in type `T`.
    fn native_new(&self, ty: &ObjRef, args: Args) -> PyResult<Value> {
        let tname = as_class(ty).name.borrow().clone();
        let Some(cls_value) = args.pos.first() else {
            return Err(self.type_error(format!("{tname}.__new__(): not enough arguments")));
        };
        let Some(cls) = cls_value
            .as_obj()
            .filter(|c| matches!(c.payload(), Payload::Class(_)))
            .cloned()
        else {
            return Err(self.type_error(format!(
                "{tname}.__new__(X): X is not a type object ({})",
                self.type_name(cls_value)
            )));
        };
        if !self.is_subclass(&cls, ty) {
            let name = as_class(&cls).name.borrow().clone();
            return Err(self.type_error(format!(
                "{tname}.__new__({name}): {name} is not a subtype of {tname}"
            )));
        }
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw,
        };
        let t = &self.types;
        // The mutable types fill their value in `__init__`; their `__new__` ignores its
        // arguments for subclasses.
        let mutable = ty.is(&t.list) || ty.is(&t.dict) || ty.is(&t.set);
        if cls.is(ty) {
            let value = crate::builtins::construct_builtin(self, ty, &rest)?;
            return Ok(value.unwrap_or(Value::None));
        }
        let ctor_args = if mutable {
            Args::positional(vec![])
        } else {
            rest
        };
        let value = crate::builtins::construct_builtin(self, ty, &ctor_args)?;
        let value = value.unwrap_or(Value::None);
        Ok(self.new_native_instance(&cls, value))
    }

    /// `list.__init__`, `dict.__init__`, `set.__init__` on a subclass instance: refill the
    /// native value from the arguments.
    fn native_init(&self, ty: &ObjRef, args: Args) -> PyResult<Value> {
        let tname = as_class(ty).name.borrow().clone();
        let Some(this) = args.pos.first().and_then(native_value).cloned() else {
            return Err(self.type_error(format!(
                "descriptor '__init__' requires a '{tname}' object but received '{}'",
                args.pos
                    .first()
                    .map_or_else(|| "NoneType".into(), |v| self.type_name(v))
            )));
        };
        let Value::Obj(o) = &this else {
            return Ok(Value::None);
        };
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw,
        };
        let fresh = crate::builtins::construct_builtin(self, ty, &rest)?.unwrap_or(Value::None);
        let Some(Value::Obj(f)) = Some(&fresh) else {
            return Ok(Value::None);
        };
        match (o.payload(), f.payload()) {
            (Payload::List(l), Payload::List(n)) => {
                let items = std::mem::take(&mut *n.items.borrow_mut());
                let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
                crate::types::list::release_backwards(&mut { old });
            }
            (Payload::Dict(d), Payload::Dict(n)) => {
                let entries = std::mem::take(&mut *n.map.borrow_mut());
                let old = std::mem::replace(&mut *d.map.borrow_mut(), entries);
                crate::types::dict::release_entries(old);
            }
            (Payload::Set(_), Payload::Set(_)) => {
                crate::types::set::replace_contents(o, f);
            }
            _ => {}
        }
        drop(fresh);
        Ok(Value::None)
    }
}

// ---------------------------------------------------------------- slot functions

fn self_and_other(interp: &Interp, args: &Args) -> PyResult<(Value, Value)> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

fn binary_slot(interp: &Interp, args: Args, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (a, b) = self_and_other(interp, &args)?;
    let (x, y) = if reflected {
        (unwrap(&b), unwrap(&a))
    } else {
        (unwrap(&a), unwrap(&b))
    };
    Ok(interp
        .builtin_binary_slot(op, x, y)?
        .unwrap_or_else(|| interp.not_implemented.clone()))
}

fn compare_slot(interp: &Interp, args: Args, op: CmpOp) -> PyResult<Value> {
    let (a, b) = self_and_other(interp, &args)?;
    Ok(
        match interp.builtin_compare_slot(op, unwrap(&a), unwrap(&b))? {
            Some(r) => Value::Bool(r),
            None => interp.not_implemented.clone(),
        },
    )
}

fn only_self(interp: &Interp, args: &Args) -> PyResult<Value> {
    if args.pos.len() != 1 || !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "expected 0 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    Ok(args.pos[0].clone())
}

macro_rules! binary_slots {
    ($($name:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $name(interp: &Interp, args: Args) -> PyResult<Value> {
                binary_slot(interp, args, $op, false)
            }
            fn $rname(interp: &Interp, args: Args) -> PyResult<Value> {
                binary_slot(interp, args, $op, true)
            }
        )*
    };
}

binary_slots! {
    slot_add, slot_radd => BinOp::Add;
    slot_sub, slot_rsub => BinOp::Sub;
    slot_mul, slot_rmul => BinOp::Mult;
    slot_truediv, slot_rtruediv => BinOp::Div;
    slot_floordiv, slot_rfloordiv => BinOp::FloorDiv;
    slot_mod, slot_rmod => BinOp::Mod;
    slot_pow, slot_rpow => BinOp::Pow;
    slot_lshift, slot_rlshift => BinOp::LShift;
    slot_rshift, slot_rrshift => BinOp::RShift;
    slot_and, slot_rand => BinOp::BitAnd;
    slot_or, slot_ror => BinOp::BitOr;
    slot_xor, slot_rxor => BinOp::BitXor;
}

macro_rules! compare_slots {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(interp: &Interp, args: Args) -> PyResult<Value> {
                compare_slot(interp, args, $op)
            }
        )*
    };
}

compare_slots! {
    slot_eq => CmpOp::Eq;
    slot_ne => CmpOp::NotEq;
    slot_lt => CmpOp::Lt;
    slot_le => CmpOp::LtE;
    slot_gt => CmpOp::Gt;
    slot_ge => CmpOp::GtE;
}

macro_rules! unary_slots {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(interp: &Interp, args: Args) -> PyResult<Value> {
                let v = only_self(interp, &args)?;
                interp.unary_op($op, unwrap(&v))
            }
        )*
    };
}

unary_slots! {
    slot_neg => UnaryOp::Neg;
    slot_pos => UnaryOp::Pos;
    slot_invert => UnaryOp::Invert;
}

fn slot_abs(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    match unwrap(&v) {
        Value::Float(x) => Ok(Value::Float(x.abs())),
        x => match crate::runtime::ops::to_big(x) {
            Some(b) => Ok(crate::types::int::from_big(num_traits::Signed::abs(&b))),
            None => Ok(interp.not_implemented.clone()),
        },
    }
}

fn slot_round(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos;
    if let Some(first) = pos.first_mut() {
        *first = unwrap(first).clone();
    }
    crate::builtins::builtin_round(interp, Args { pos, kw: args.kw })
}

fn slot_bool(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    Ok(Value::Bool(interp.truthy(unwrap(&v))?))
}

fn slot_int(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    let int = interp.types.int.clone();
    interp.call(&Value::Obj(int), Args::positional(vec![unwrap(&v).clone()]))
}

fn slot_float(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    let float = interp.types.float.clone();
    interp.call(
        &Value::Obj(float),
        Args::positional(vec![unwrap(&v).clone()]),
    )
}

fn slot_hash(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    Ok(Value::Int(interp.hash(unwrap(&v))?))
}

fn slot_repr(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    let inner = unwrap(&v);
    // set and frozenset name the subclass: MySet({1, 2}).
    if let Some(Payload::Set(s)) = inner.as_obj().map(ObjRef::payload) {
        if native_value(&v).is_some() {
            let text = interp.repr(inner)?;
            let name = interp.type_name(&v);
            let body = if s.is_empty() {
                String::new()
            } else if s.frozen {
                text["frozenset(".len()..text.len() - 1].to_string()
            } else {
                text
            };
            return Ok(interp.new_str(format!("{name}({body})")));
        }
    }
    Ok(interp.new_str(interp.repr(inner)?))
}

fn slot_str(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    Ok(interp.new_str(interp.str(unwrap(&v))?))
}

/// `int.__format__` and friends: an empty spec is `str(self)`, which a subclass may
/// override; any other spec formats the value.
fn slot_format(interp: &Interp, args: Args) -> PyResult<Value> {
    let (v, spec) = self_and_other(interp, &args)?;
    let Some(spec) = crate::runtime::ops::str_of(&spec) else {
        return Err(interp.type_error(format!(
            "argument to __format__ must be str, not {}",
            interp.type_name(&spec)
        )));
    };
    if spec.is_empty() && native_value(&v).is_some() {
        return Ok(interp.new_str(interp.str(&v)?));
    }
    Ok(interp.new_str(crate::builtins::format_value(interp, unwrap(&v), spec)?))
}

fn slot_iter(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    interp.iter(unwrap(&v))
}

fn slot_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let (v, item) = self_and_other(interp, &args)?;
    Ok(Value::Bool(interp.contains(unwrap(&v), &item)?))
}

fn slot_getitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let (v, key) = self_and_other(interp, &args)?;
    interp.getitem(unwrap(&v), unwrap(&key))
}

fn slot_setitem(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(interp.type_error(format!(
            "expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let key = unwrap(&args.pos[1]).clone();
    interp.setitem(unwrap(&args.pos[0]), key, args.pos[2].clone())?;
    Ok(Value::None)
}

fn slot_delitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let (v, key) = self_and_other(interp, &args)?;
    interp.delitem(unwrap(&v), unwrap(&key))?;
    Ok(Value::None)
}

/// `list.__iadd__`, `list.__imul__`, `set.__ior__`, ...: change the value in place and
/// return the instance itself.
fn inplace_slot(interp: &Interp, args: Args, op: BinOp) -> PyResult<Value> {
    let (v, other) = self_and_other(interp, &args)?;
    let inner = unwrap(&v).clone();
    let Value::Obj(o) = &inner else {
        return Ok(interp.not_implemented.clone());
    };
    match (o.payload(), op) {
        (Payload::List(l), BinOp::Add) => {
            let items = interp.collect(&other)?;
            l.items.borrow_mut().extend(items);
        }
        (Payload::List(l), BinOp::Mult) => {
            let n = crate::builtins::index_arg(interp, unwrap(&other))?.max(0) as usize;
            let items = l.items.borrow().clone();
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            let old = std::mem::replace(&mut *l.items.borrow_mut(), out);
            crate::types::list::release_backwards(&mut { old });
        }
        (Payload::Set(_), _) => {
            if crate::types::set::inplace(interp, op, &inner, unwrap(&other))?.is_none() {
                return Ok(interp.not_implemented.clone());
            }
        }
        _ => return Ok(interp.not_implemented.clone()),
    }
    Ok(v)
}

fn slot_iadd(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::Add)
}
fn slot_imul(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::Mult)
}
fn slot_ior(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::BitOr)
}
fn slot_iand(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::BitAnd)
}
fn slot_isub(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::Sub)
}
fn slot_ixor(interp: &Interp, args: Args) -> PyResult<Value> {
    inplace_slot(interp, args, BinOp::BitXor)
}

macro_rules! per_type {
    ($($new:ident, $init:ident => $field:ident;)*) => {
        $(
            fn $new(interp: &Interp, args: Args) -> PyResult<Value> {
                let ty = interp.types.$field.clone();
                interp.native_new(&ty, args)
            }
            fn $init(interp: &Interp, args: Args) -> PyResult<Value> {
                let ty = interp.types.$field.clone();
                interp.native_init(&ty, args)
            }
        )*
    };
}

per_type! {
    int_new, int_init => int;
    float_new, float_init => float;
    str_new, str_init => str_;
    tuple_new, tuple_init => tuple;
    list_new, list_init => list;
    dict_new, dict_init => dict;
    set_new, set_init => set;
    frozenset_new, frozenset_init => frozenset;
}

/// `dict.__getitem__`'s fallback for subclasses (CPython's `dict_subscript`): the class's
/// `__missing__`, called with the instance and the key.
pub fn missing_hook(interp: &Interp, this: &Value, key: &Value) -> Option<PyResult<Value>> {
    let Value::Obj(o) = this else { return None };
    let Payload::Instance(i) = o.payload() else {
        return None;
    };
    let m = crate::types::class::class_lookup(&i.class, "__missing__")?;
    Some(interp.call(&m, Args::positional(vec![this.clone(), key.clone()])))
}

fn real_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    interp.getattr(unwrap(&v), "real")
}
fn imag_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    interp.getattr(unwrap(&v), "imag")
}
fn numerator_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    interp.getattr(unwrap(&v), "numerator")
}
fn denominator_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = only_self(interp, &args)?;
    interp.getattr(unwrap(&v), "denominator")
}

/// The data attributes of int and float (`real`, `imag`, ...) as properties, so that
/// subclass instances find them; plain numbers answer them before any lookup. Runs after
/// the prelude has defined `property`.
pub fn register_properties(interp: &Interp) {
    let Some(property) = crate::builtins::lookup_builtin(interp, "property") else {
        return;
    };
    let t = &interp.types;
    let table: &[(&'static str, NativeFn, bool, &str)] = &[
        ("real", real_of, true, "the real part of a complex number"),
        (
            "imag",
            imag_of,
            true,
            "the imaginary part of a complex number",
        ),
        (
            "numerator",
            numerator_of,
            false,
            "the numerator of a rational number in lowest terms",
        ),
        (
            "denominator",
            denominator_of,
            false,
            "the denominator of a rational number in lowest terms",
        ),
    ];
    for (name, getter, on_float, doc) in table {
        let f = Value::Obj(ObjRef::new(Payload::Builtin(Box::new(
            crate::types::function::PyBuiltin {
                name,
                owner: Some("int"),
                func: *getter,
            },
        ))));
        let none = Value::None;
        let args = vec![f, none.clone(), none, interp.new_str(*doc)];
        let Ok(prop) = interp.call(&property, Args::positional(args)) else {
            continue;
        };
        crate::builtins::set(interp, &t.int, name, prop.clone());
        if *on_float {
            crate::builtins::set(interp, &t.float, name, prop);
        }
    }
}

/// Puts the special methods into the built-in classes' namespaces.
pub fn register(interp: &Interp) {
    use crate::builtins::method;
    let t = &interp.types;
    let arith: &[(&'static str, NativeFn)] = &[
        ("__add__", slot_add),
        ("__radd__", slot_radd),
        ("__sub__", slot_sub),
        ("__rsub__", slot_rsub),
        ("__mul__", slot_mul),
        ("__rmul__", slot_rmul),
        ("__truediv__", slot_truediv),
        ("__rtruediv__", slot_rtruediv),
        ("__floordiv__", slot_floordiv),
        ("__rfloordiv__", slot_rfloordiv),
        ("__mod__", slot_mod),
        ("__rmod__", slot_rmod),
        ("__pow__", slot_pow),
        ("__rpow__", slot_rpow),
        ("__neg__", slot_neg),
        ("__pos__", slot_pos),
        ("__abs__", slot_abs),
        ("__bool__", slot_bool),
        ("__int__", slot_int),
        ("__float__", slot_float),
        ("__format__", slot_format),
        ("__round__", slot_round),
    ];
    let bits: &[(&'static str, NativeFn)] = &[
        ("__lshift__", slot_lshift),
        ("__rlshift__", slot_rlshift),
        ("__rshift__", slot_rshift),
        ("__rrshift__", slot_rrshift),
        ("__and__", slot_and),
        ("__rand__", slot_rand),
        ("__or__", slot_or),
        ("__ror__", slot_ror),
        ("__xor__", slot_xor),
        ("__rxor__", slot_rxor),
        ("__invert__", slot_invert),
        ("__index__", slot_int),
    ];
    let order: &[(&'static str, NativeFn)] = &[
        ("__eq__", slot_eq),
        ("__ne__", slot_ne),
        ("__lt__", slot_lt),
        ("__le__", slot_le),
        ("__gt__", slot_gt),
        ("__ge__", slot_ge),
    ];
    let hashable: &[(&'static str, NativeFn)] = &[("__hash__", slot_hash)];
    let repr: &[(&'static str, NativeFn)] = &[("__repr__", slot_repr)];
    let seq: &[(&'static str, NativeFn)] = &[
        ("__iter__", slot_iter),
        ("__contains__", slot_contains),
        ("__getitem__", slot_getitem),
    ];
    let concat: &[(&'static str, NativeFn)] = &[
        ("__add__", slot_add),
        ("__mul__", slot_mul),
        ("__rmul__", slot_rmul),
    ];
    let mutable_seq: &[(&'static str, NativeFn)] =
        &[("__setitem__", slot_setitem), ("__delitem__", slot_delitem)];
    let set_ops: &[(&'static str, NativeFn)] = &[
        ("__or__", slot_or),
        ("__ror__", slot_ror),
        ("__and__", slot_and),
        ("__rand__", slot_rand),
        ("__sub__", slot_sub),
        ("__rsub__", slot_rsub),
        ("__xor__", slot_xor),
        ("__rxor__", slot_rxor),
        ("__iter__", slot_iter),
    ];
    let put = |class: &ObjRef, owner: &'static str, table: &[(&'static str, NativeFn)]| {
        for (name, f) in table {
            // Methods a type already defines (list.__len__, dict.__getitem__) stay.
            if as_class(class).dict.get_str(name).is_none() {
                method(interp, class, name, owner, *f);
            }
        }
    };
    for (class, owner) in [(&t.int, "int"), (&t.float, "float")] {
        put(class, owner, arith);
        put(class, owner, order);
        put(class, owner, hashable);
        put(class, owner, repr);
    }
    put(&t.int, "int", bits);
    for (class, owner) in [(&t.str_, "str"), (&t.tuple, "tuple"), (&t.list, "list")] {
        put(class, owner, concat);
        put(class, owner, order);
        put(class, owner, repr);
        put(class, owner, seq);
    }
    put(
        &t.str_,
        "str",
        &[("__mod__", slot_mod), ("__rmod__", slot_rmod)],
    );
    put(
        &t.str_,
        "str",
        &[("__str__", slot_str), ("__format__", slot_format)],
    );
    put(&t.str_, "str", hashable);
    put(&t.tuple, "tuple", hashable);
    put(&t.list, "list", mutable_seq);
    put(
        &t.list,
        "list",
        &[("__iadd__", slot_iadd), ("__imul__", slot_imul)],
    );
    put(&t.dict, "dict", mutable_seq);
    put(&t.dict, "dict", repr);
    put(&t.dict, "dict", &[("__eq__", slot_eq), ("__ne__", slot_ne)]);
    put(&t.dict, "dict", &[("__iter__", slot_iter)]);
    for (class, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        put(class, owner, set_ops);
        put(class, owner, order);
        put(class, owner, repr);
    }
    put(&t.frozenset, "frozenset", hashable);
    put(
        &t.set,
        "set",
        &[
            ("__ior__", slot_ior),
            ("__iand__", slot_iand),
            ("__isub__", slot_isub),
            ("__ixor__", slot_ixor),
        ],
    );
    // Mutable containers are unhashable: `__hash__` is None, as in CPython.
    for class in [&t.list, &t.dict, &t.set] {
        crate::builtins::set(interp, class, "__hash__", Value::None);
    }
    let ctors: &[(&ObjRef, &'static str, NativeFn, NativeFn)] = &[
        (&t.int, "int", int_new, int_init),
        (&t.float, "float", float_new, float_init),
        (&t.str_, "str", str_new, str_init),
        (&t.tuple, "tuple", tuple_new, tuple_init),
        (&t.list, "list", list_new, list_init),
        (&t.dict, "dict", dict_new, dict_init),
        (&t.set, "set", set_new, set_init),
        (&t.frozenset, "frozenset", frozenset_new, frozenset_init),
    ];
    for (class, owner, new, init) in ctors {
        method(interp, class, "__new__", owner, *new);
        // The immutable types keep object.__init__, which ignores the arguments.
        if [&t.list, &t.dict, &t.set].iter().any(|k| k.is(class)) {
            method(interp, class, "__init__", owner, *init);
        }
    }
}
