//! `int`: values that fit 64 bits are immediates (`Value::Int`); larger ones are `BigInt`
//! payloads. Arithmetic overflows into big integers and big results that fit come back.

use crate::object::{ObjRef, Payload, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;

thread_local! {
    /// `sys.set_int_max_str_digits`: the most decimal digits a conversion between int and
    /// str may handle (0: no limit). CPython 3.11's default is 4300.
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(4300) };
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(Cell::get)
}

pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|m| m.set(n));
}

/// The ValueError message for an int too large to convert to decimal text.
pub fn to_str_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    )
}

/// Decimal text of a big int, or `None` when it has more digits than the limit allows.
pub fn decimal_text(n: &BigInt) -> Option<String> {
    let limit = max_str_digits();
    if limit > 0 {
        // A number with this many bits has more digits than the limit: refused before the
        // (quadratic) conversion.
        let bits = n.bits() as f64;
        if bits * std::f64::consts::LOG10_2 > (limit + 1) as f64 {
            return None;
        }
    }
    let text = n.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if limit > 0 && digits > limit {
        return None;
    }
    Some(text)
}

/// For `int(text, base)`: the number of digits when text in a base that is not a power
/// of two has more than the limit (CPython checks the run of digits before anything after
/// it, so `'1' * 5000 + 'x'` is refused for its length).
pub fn digits_over_limit(text: &str, base: u32) -> Option<usize> {
    let limit = max_str_digits();
    if limit == 0 {
        return None;
    }
    let s = text.trim_start_matches(super::str::py_isspace);
    let s = s
        .strip_prefix('-')
        .or_else(|| s.strip_prefix('+'))
        .unwrap_or(s);
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    let prefixed = matches!(lower.as_deref(), Some("0x" | "0o" | "0b"));
    let base = match (base, prefixed) {
        (0, true) => return None,
        (0, false) => 10,
        (b, _) => b,
    };
    if base.is_power_of_two() {
        return None;
    }
    let digits = s
        .chars()
        .take_while(|&c| c == '_' || digit_value(c).is_some_and(|d| d < base))
        .filter(|&c| c != '_')
        .count();
    (digits > limit).then_some(digits)
}

/// An int value from a big integer, as an immediate when it fits.
pub fn from_big(n: BigInt) -> Value {
    match n.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(ObjRef::new(Payload::BigInt(n))),
    }
}

/// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
pub fn int_hash(n: &BigInt) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let m = (n.magnitude() % (MODULUS as u64)).to_i64().unwrap_or(0);
    let h = if n.sign() == num_bigint::Sign::Minus {
        -m
    } else {
        m
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn small_int_hash(i: i64) -> i64 {
    const MODULUS: i64 = (1 << 61) - 1;
    let h = if i >= 0 {
        i % MODULUS
    } else {
        -((i.unsigned_abs() % MODULUS as u64) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The value of a decimal digit character (ASCII or another script's digits).
pub fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii_alphanumeric() {
        return c.to_digit(36);
    }
    let n = c as u32;
    for zero in [
        0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50,
        0xed0, 0xf20, 0x1040, 0xff10,
    ] {
        if (zero..zero + 10).contains(&n) {
            return Some(n - zero);
        }
    }
    None
}

/// Parses the text of `int(text, base)` as CPython does: surrounding whitespace, a sign,
/// a base prefix (base 0 or matching), single underscores between digits.
/// `int(text)` of a plain decimal of at most 18 digits with an optional sign, what most
/// conversions see: it fits an i64, so no big-integer arithmetic is needed. `None` sends
/// anything else (spaces, underscores, longer numbers, errors) to `parse_int`.
#[inline]
pub fn parse_short_decimal(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &c in digits {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + i64::from(c - b'0');
    }
    Some(if neg { -v } else { v })
}

pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let s = text.trim_matches(super::str::py_isspace);
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let base0 = base == 0;
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    let prefix_base = match lower.as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let (base, digits, prefixed) = match (base, prefix_base) {
        (0, Some(b)) => (b, &s[2..], true),
        (0, None) => (10, s, false),
        (b, Some(p)) if b == p => (b, &s[2..], true),
        (b, _) => (b, s, false),
    };
    let mut value = BigInt::from(0);
    let mut prev_underscore = !prefixed;
    let mut count = 0;
    let mut first_nonzero = false;
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = digit_value(c).filter(|d| *d < base)?;
        if d != 0 {
            first_nonzero = true;
        }
        value = value * base + d;
        count += 1;
    }
    if count == 0 || prev_underscore {
        return None;
    }
    // Base 0 rejects leading zeros in a nonzero decimal ("017").
    if base0 && !prefixed && count > 1 && digits.starts_with('0') && first_nonzero {
        return None;
    }
    Some(if neg { -value } else { value })
}

// ---------------------------------------------------------------- methods

use crate::builtins::{method, no_args, receiver};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `int`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("to_bytes", int_to_bytes),
        ("from_bytes", int_from_bytes),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.int, name, "int", *f);
    }
}

fn this(interp: &Interp, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = receiver(interp, args, "int", name, |v| {
        crate::runtime::ops::to_big(v).is_some()
    })?;
    Ok(crate::runtime::ops::to_big(v).unwrap_or_default())
}

fn int_bit_length(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = this(interp, &args, "bit_length")?;
    no_args(interp, &args, "int.bit_length")?;
    Ok(Value::Int(n.magnitude().bits() as i64))
}

fn int_bit_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = this(interp, &args, "bit_count")?;
    no_args(interp, &args, "int.bit_count")?;
    Ok(Value::Int(n.magnitude().count_ones() as i64))
}

/// The `byteorder` and keyword-only `signed` arguments shared by to_bytes and from_bytes.
fn order_and_sign(
    interp: &Interp,
    fname: &str,
    order: Option<&Value>,
    signed: Option<&Value>,
) -> PyResult<(bool, bool)> {
    let little = match order {
        None => false,
        Some(v) => match crate::runtime::ops::str_of(v) {
            Some("little") => true,
            Some("big") => false,
            Some(_) => {
                return Err(interp.err(
                    &interp.exc.value_error,
                    "byteorder must be either 'little' or 'big'",
                ))
            }
            None => {
                return Err(interp.type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {}",
                    interp.type_name(v)
                )))
            }
        },
    };
    let signed = match signed {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    Ok((little, signed))
}

/// Splits `length, byteorder, *, signed` (or `bytes, byteorder, *, signed`) as Argument
/// Clinic does, with its messages.
fn clinic_args(
    interp: &Interp,
    args: &Args,
    fname: &str,
    first: &str,
    required: bool,
) -> PyResult<[Option<Value>; 3]> {
    let pos = &args.pos[1.min(args.pos.len())..];
    let total = pos.len() + args.kw.len();
    if total > 3 {
        return Err(interp.type_error(format!(
            "{fname}() takes at most 3 arguments ({total} given)"
        )));
    }
    if pos.len() > 2 {
        return Err(interp.type_error(format!(
            "{fname}() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    let mut out = [pos.first().cloned(), pos.get(1).cloned(), None];
    for (k, v) in &args.kw {
        let i = match &**k {
            k if k == first => 0,
            "byteorder" => 1,
            "signed" => 2,
            _ => {
                return Err(interp.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        };
        if out[i].is_some() {
            return Err(interp.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    if required && out[0].is_none() {
        return Err(interp.type_error(format!(
            "{fname}() missing required argument '{first}' (pos 1)"
        )));
    }
    Ok(out)
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(interp: &Interp, args: Args) -> PyResult<Value> {
    use num_traits::{Signed, Zero};
    let n = this(interp, &args, "to_bytes")?;
    let [length, order, signed] = clinic_args(interp, &args, "to_bytes", "length", false)?;
    let length = match &length {
        Some(v) => crate::builtins::index_arg(interp, v)?,
        None => 1,
    };
    let (little, signed) = order_and_sign(interp, "to_bytes", order.as_ref(), signed.as_ref())?;
    if length < 0 {
        return Err(interp.err(
            &interp.exc.value_error,
            "length argument must be non-negative",
        ));
    }
    if n.is_negative() && !signed {
        return Err(interp.err(
            &interp.exc.overflow_error,
            "can't convert negative int to unsigned",
        ));
    }
    let length = length as usize;
    // Minimal big-endian bytes; zero needs none.
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(interp.err(&interp.exc.overflow_error, "int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(crate::types::bytes::new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`, a class method: a subclass
/// gets its own instance (`bool.from_bytes` gives a bool).
fn int_from_bytes(interp: &Interp, args: Args) -> PyResult<Value> {
    let [data, order, signed] = clinic_args(interp, &args, "from_bytes", "bytes", true)?;
    let data = data.unwrap_or(Value::None);
    let (little, signed) = order_and_sign(interp, "from_bytes", order.as_ref(), signed.as_ref())?;
    let data = crate::types::bytes::from_object(interp, &data)?;
    let mut bytes = crate::types::bytes::bytes_of(&data).unwrap_or(&[]).to_vec();
    if little {
        bytes.reverse();
    }
    let n = if bytes.is_empty() {
        BigInt::default()
    } else if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes)
    };
    let result = from_big(n);
    match args.pos.first() {
        Some(Value::Obj(c)) if c.is(&interp.types.bool_) => {
            Ok(Value::Bool(interp.truthy(&result)?))
        }
        Some(Value::Obj(c))
            if matches!(c.payload(), Payload::Class(_)) && !c.is(&interp.types.int) =>
        {
            interp.call(&Value::Obj(c.clone()), Args::positional(vec![result]))
        }
        _ => Ok(result),
    }
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`; `None` when the
/// result is too large for a float. `b` is not zero.
pub fn true_divide(a: &BigInt, b: &BigInt) -> Option<f64> {
    use num_traits::{Signed, Zero};
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Some(x as f64 / y as f64);
        }
    }
    if a.is_zero() {
        return Some(if b.is_negative() { -0.0 } else { 0.0 });
    }
    let negative = a.is_negative() != b.is_negative();
    let (mut n, mut d) = (a.abs(), b.abs());
    let shift = n.bits() as i64 - d.bits() as i64 - 55;
    if shift < 0 {
        n <<= (-shift) as usize;
    } else {
        d <<= shift as usize;
    }
    let (q, r) = num_integer::Integer::div_rem(&n, &d);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    // q has 55 or 56 bits; round it to 53 significant bits by hand (half to even with the
    // sticky bit), then scale.
    let bits = 64 - q.leading_zeros() as i64;
    // Keep 53 significant bits, fewer when the result is subnormal (its lowest bit is
    // worth at least 2^-1074).
    let extra = (bits - 53).max(-1074 - shift).min(100);
    let q = q as u128;
    let (mut m, rest, half) = if extra >= 1 {
        (q >> extra, q & ((1u128 << extra) - 1), 1u128 << (extra - 1))
    } else {
        (q, 0, 1)
    };
    if rest > half || (rest == half && m & 1 == 1) {
        m += 1;
    }
    let exp = shift + extra;
    let value = scale2(m as f64, exp);
    if value.is_infinite() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// `m * 2^k`, exact when the result is representable.
fn scale2(m: f64, k: i64) -> f64 {
    let pow = |k: i64| -> f64 {
        if k >= -1022 {
            f64::from_bits(((k + 1023) as u64) << 52)
        } else {
            f64::from_bits(1u64 << (k + 1074))
        }
    };
    if k > 1100 {
        f64::INFINITY
    } else if k > 1023 {
        m * pow(k - 100) * pow(100)
    } else if k < -1074 {
        0.0
    } else {
        m * pow(k)
    }
}
