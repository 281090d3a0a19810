//! `_operator`: the operators as functions, with CPython's argument messages. The Python
//! module `operator` (modules/python/operator.py) re-exports them and adds `attrgetter`,
//! `itemgetter` and `methodcaller`.

use crate::builtins::define;
use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::types::function::Args;

pub fn install(interp: &Interp, dict: &ObjRef) {
    for (name, f) in FUNCTIONS {
        define(interp, dict, name, *f);
    }
}

fn is_type_error(interp: &Interp, e: &crate::runtime::PyErr) -> bool {
    interp.isinstance(&Value::Obj(e.exc.clone()), &interp.exc.type_error)
}

fn no_keywords(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("_operator.{name}() takes no keyword arguments")))
    }
}

/// The arguments of a fixed-arity function ("add expected 2 arguments, got 1").
fn exactly<'a>(interp: &Interp, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(interp, args, name)?;
    if args.pos.len() != n {
        return Err(interp.type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(&args.pos)
}

/// The single argument of a one-argument function (CPython's METH_O message).
fn single<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    no_keywords(interp, args, name)?;
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

macro_rules! binary {
    ($($fname:ident, $name:literal, $op:expr;)*) => {$(
        fn $fname(interp: &Interp, args: Args) -> PyResult<Value> {
            let a = exactly(interp, &args, $name, 2)?;
            interp.binary_op($op, &a[0], &a[1])
        }
    )*};
}

macro_rules! inplace {
    ($($fname:ident, $name:literal, $op:expr;)*) => {$(
        fn $fname(interp: &Interp, args: Args) -> PyResult<Value> {
            let a = exactly(interp, &args, $name, 2)?;
            interp.inplace_op($op, &a[0], &a[1])
        }
    )*};
}

macro_rules! compare {
    ($($fname:ident, $name:literal, $op:expr;)*) => {$(
        fn $fname(interp: &Interp, args: Args) -> PyResult<Value> {
            let a = exactly(interp, &args, $name, 2)?;
            interp.compare($op, &a[0], &a[1])
        }
    )*};
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $op:expr;)*) => {$(
        fn $fname(interp: &Interp, args: Args) -> PyResult<Value> {
            let v = single(interp, &args, $name)?;
            interp.unary_op($op, v)
        }
    )*};
}

binary! {
    op_add, "add", BinOp::Add;
    op_sub, "sub", BinOp::Sub;
    op_mul, "mul", BinOp::Mult;
    op_matmul, "matmul", BinOp::MatMult;
    op_truediv, "truediv", BinOp::Div;
    op_floordiv, "floordiv", BinOp::FloorDiv;
    op_mod, "mod", BinOp::Mod;
    op_pow, "pow", BinOp::Pow;
    op_lshift, "lshift", BinOp::LShift;
    op_rshift, "rshift", BinOp::RShift;
    op_or, "or_", BinOp::BitOr;
    op_xor, "xor", BinOp::BitXor;
    op_and, "and_", BinOp::BitAnd;
}

inplace! {
    op_iadd, "iadd", BinOp::Add;
    op_isub, "isub", BinOp::Sub;
    op_imul, "imul", BinOp::Mult;
    op_imatmul, "imatmul", BinOp::MatMult;
    op_itruediv, "itruediv", BinOp::Div;
    op_ifloordiv, "ifloordiv", BinOp::FloorDiv;
    op_imod, "imod", BinOp::Mod;
    op_ipow, "ipow", BinOp::Pow;
    op_ilshift, "ilshift", BinOp::LShift;
    op_irshift, "irshift", BinOp::RShift;
    op_ior, "ior", BinOp::BitOr;
    op_ixor, "ixor", BinOp::BitXor;
    op_iand, "iand", BinOp::BitAnd;
}

compare! {
    op_lt, "lt", CmpOp::Lt;
    op_le, "le", CmpOp::LtE;
    op_eq, "eq", CmpOp::Eq;
    op_ne, "ne", CmpOp::NotEq;
    op_gt, "gt", CmpOp::Gt;
    op_ge, "ge", CmpOp::GtE;
    op_is, "is_", CmpOp::Is;
    op_is_not, "is_not", CmpOp::IsNot;
}

unary! {
    op_neg, "neg", UnaryOp::Neg;
    op_pos, "pos", UnaryOp::Pos;
    op_invert, "invert", UnaryOp::Invert;
    op_inv, "inv", UnaryOp::Invert;
    op_not, "not_", UnaryOp::Not;
}

fn op_truth(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = single(interp, &args, "truth")?;
    Ok(Value::Bool(interp.truthy(v)?))
}

fn call_builtin(interp: &Interp, name: &str, args: Vec<Value>) -> PyResult<Value> {
    match crate::builtins::lookup_builtin(interp, name) {
        Some(f) => interp.call(&f, Args::positional(args)),
        None => Err(interp.type_error(format!("{name} is missing"))),
    }
}

fn op_abs(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = single(interp, &args, "abs")?;
    call_builtin(interp, "abs", vec![v.clone()])
}

/// `index(a)`: `a.__index__()`, ints as they are.
fn op_index(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = single(interp, &args, "index")?;
    if let Value::Bool(b) = v {
        return Ok(Value::Int(*b as i64));
    }
    if crate::runtime::ops::to_big(v).is_some() {
        return Ok(v.clone());
    }
    if let Some(Value::Obj(o)) = Some(v) {
        if let crate::object::Payload::Instance(i) = o.payload() {
            if let Some(m) = crate::types::class::class_lookup(&i.class, "__index__") {
                return interp.call(&m, Args::positional(vec![v.clone()]));
            }
        }
    }
    Err(interp.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        interp.type_name(v)
    )))
}

/// Whether `v` is a sequence for `concat` (it has `__getitem__`, as CPython's
/// `PySequence_Check` asks).
fn is_sequence(interp: &Interp, v: &Value) -> PyResult<bool> {
    use crate::object::Payload;
    Ok(match v {
        Value::Obj(o) => match o.payload() {
            Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) => true,
            Payload::Dict(_) | Payload::Set(_) => false,
            Payload::Instance(i) => {
                crate::types::class::class_lookup(&i.class, "__getitem__").is_some()
            }
            _ => interp.lookup_attr(v, "__getitem__")?.is_some(),
        },
        _ => false,
    })
}

fn concat(interp: &Interp, args: &Args, name: &str, inplace: bool) -> PyResult<Value> {
    let a = exactly(interp, args, name, 2)?;
    if !is_sequence(interp, &a[0])? {
        return Err(interp.type_error(format!(
            "'{}' object can't be concatenated",
            interp.type_name(&a[0])
        )));
    }
    if inplace {
        interp.inplace_op(BinOp::Add, &a[0], &a[1])
    } else {
        interp.binary_op(BinOp::Add, &a[0], &a[1])
    }
}

fn op_concat(interp: &Interp, args: Args) -> PyResult<Value> {
    concat(interp, &args, "concat", false)
}

fn op_iconcat(interp: &Interp, args: Args) -> PyResult<Value> {
    concat(interp, &args, "iconcat", true)
}

fn op_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "contains", 2)?;
    Ok(Value::Bool(interp.contains(&a[0], &a[1])?))
}

/// Iterates `seq` for `countOf`/`indexOf`, with their message for a non-iterable.
fn seq_iter(interp: &Interp, seq: &Value) -> PyResult<Value> {
    interp.iter(seq).map_err(|e| {
        if is_type_error(interp, &e) {
            interp.type_error(format!(
                "argument of type '{}' is not iterable",
                interp.type_name(seq)
            ))
        } else {
            e
        }
    })
}

fn op_count_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "countOf", 2)?;
    let it = seq_iter(interp, &a[0])?;
    let mut n = 0;
    while let Some(x) = interp.next(&it)? {
        if crate::runtime::ops::same(&x, &a[1]) || interp.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn op_index_of(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "indexOf", 2)?;
    let it = seq_iter(interp, &a[0])?;
    let mut i = 0;
    while let Some(x) = interp.next(&it)? {
        if crate::runtime::ops::same(&x, &a[1]) || interp.eq(&x, &a[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(interp.err(
        &interp.exc.value_error,
        "sequence.index(x): x not in sequence",
    ))
}

fn op_getitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "getitem", 2)?;
    interp.getitem(&a[0], &a[1])
}

fn op_setitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "setitem", 3)?;
    interp.setitem(&a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn op_delitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exactly(interp, &args, "delitem", 2)?;
    interp.delitem(&a[0], &a[1])?;
    Ok(Value::None)
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`, else default.
fn op_length_hint(interp: &Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, &args, "length_hint")?;
    let n = args.pos.len();
    if n == 0 {
        return Err(interp.type_error("length_hint expected at least 1 argument, got 0"));
    }
    if n > 2 {
        return Err(interp.type_error(format!("length_hint expected at most 2 arguments, got {n}")));
    }
    let default = match args.pos.get(1) {
        None => 0,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
    };
    let obj = &args.pos[0];
    let has_len = match obj {
        Value::Obj(o) => match o.payload() {
            crate::object::Payload::Instance(i) => {
                crate::types::class::class_lookup(&i.class, "__len__").is_some()
            }
            crate::object::Payload::Iter(_) | crate::object::Payload::Generator(_) => false,
            _ => true,
        },
        _ => false,
    };
    if has_len {
        match interp.len(obj) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if is_type_error(interp, &e) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(m) = interp.lookup_attr(obj, "__length_hint__")? {
        let r = interp.call(&m, Args::positional(vec![]))?;
        return match r {
            Value::Int(i) if i >= 0 => Ok(Value::Int(i)),
            Value::Int(_) => Err(interp.err(
                &interp.exc.value_error,
                "__length_hint__() should return >= 0",
            )),
            ref v if interp.eq(v, &interp.not_implemented)? => Ok(Value::Int(default)),
            v => Err(interp.type_error(format!(
                "__length_hint__ must be an integer, not {}",
                interp.type_name(&v)
            ))),
        };
    }
    Ok(Value::Int(default))
}

type Entry = (&'static str, crate::types::function::NativeFn);

const FUNCTIONS: &[Entry] = &[
    ("add", op_add),
    ("sub", op_sub),
    ("mul", op_mul),
    ("matmul", op_matmul),
    ("truediv", op_truediv),
    ("floordiv", op_floordiv),
    ("mod", op_mod),
    ("pow", op_pow),
    ("lshift", op_lshift),
    ("rshift", op_rshift),
    ("or_", op_or),
    ("xor", op_xor),
    ("and_", op_and),
    ("iadd", op_iadd),
    ("isub", op_isub),
    ("imul", op_imul),
    ("imatmul", op_imatmul),
    ("itruediv", op_itruediv),
    ("ifloordiv", op_ifloordiv),
    ("imod", op_imod),
    ("ipow", op_ipow),
    ("ilshift", op_ilshift),
    ("irshift", op_irshift),
    ("ior", op_ior),
    ("ixor", op_ixor),
    ("iand", op_iand),
    ("lt", op_lt),
    ("le", op_le),
    ("eq", op_eq),
    ("ne", op_ne),
    ("gt", op_gt),
    ("ge", op_ge),
    ("is_", op_is),
    ("is_not", op_is_not),
    ("neg", op_neg),
    ("pos", op_pos),
    ("invert", op_invert),
    ("inv", op_inv),
    ("not_", op_not),
    ("truth", op_truth),
    ("abs", op_abs),
    ("index", op_index),
    ("concat", op_concat),
    ("iconcat", op_iconcat),
    ("contains", op_contains),
    ("countOf", op_count_of),
    ("indexOf", op_index_of),
    ("getitem", op_getitem),
    ("setitem", op_setitem),
    ("delitem", op_delitem),
    ("length_hint", op_length_hint),
];
