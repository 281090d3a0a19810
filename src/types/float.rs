//! `float`: always an immediate (`Value::Float`). `repr` is the shortest text that round-trips,
//! as CPython prints it.

/// CPython's `repr(float)`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's `{:e}` gives the shortest round-tripping digits; CPython switches to exponent
    // notation when the exponent is below -4 or at least 16.
    let sci = format!("{x:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = closest_digits(x.abs(), digits, exp);
    let sign = if negative { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let point = exp as usize + 1;
    if digits.len() <= point {
        let zeros = "0".repeat(point - digits.len());
        format!("{sign}{digits}{zeros}.0")
    } else {
        format!("{sign}{}.{}", &digits[..point], &digits[point..])
    }
}

/// Among the shortest digit strings that read back as `x`, the one closest to `x` (the
/// even one on a tie), as CPython's `repr` chooses; Rust's shortest form may pick the other.
fn closest_digits(x: f64, digits: String, exp: i32) -> String {
    use num_bigint::BigInt;
    let n = digits.len();
    if n < 2 {
        return digits;
    }
    let Ok(c) = digits.parse::<u64>() else {
        return digits;
    };
    let scale = exp - (n as i32 - 1);
    let reads_back =
        |cand: u64| -> bool { format!("{cand}e{scale}").parse::<f64>().ok() == Some(x) };
    let others: Vec<u64> = [c - 1, c + 1]
        .into_iter()
        .filter(|cand| cand.to_string().len() == n && reads_back(*cand))
        .collect();
    if others.is_empty() {
        return digits;
    }
    // x = m * 2^e exactly.
    let bits = x.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (m, e) = if raw_exp == 0 {
        (bits & ((1 << 52) - 1), -1074)
    } else {
        ((bits & ((1 << 52) - 1)) | (1 << 52), raw_exp - 1075)
    };
    // Distances scaled by 2^-min(e,0) * 10^-min(scale,0) to stay integral.
    let distance = |cand: u64| -> BigInt {
        let mut a = BigInt::from(cand);
        let mut b = BigInt::from(m);
        if scale >= 0 {
            a *= num_traits::pow(BigInt::from(10), scale as usize);
        } else {
            b *= num_traits::pow(BigInt::from(10), (-scale) as usize);
        }
        if e >= 0 {
            b <<= e as usize;
        } else {
            a <<= (-e) as usize;
        }
        num_traits::Signed::abs(&(a - b))
    };
    let mut best = c;
    let mut best_d = distance(c);
    for cand in others {
        let d = distance(cand);
        if d < best_d || (d == best_d && cand % 2 == 0 && best % 2 == 1) {
            best = cand;
            best_d = d;
        }
    }
    best.to_string()
}

/// CPython's hash of a float (Python/pyhash.c `_Py_HashDouble`), for integral values and
/// exact fractions alike.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return super::int::small_int_hash(x as i64);
    }
    const BITS: u32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e as u32 % BITS
    } else {
        BITS - 1 - ((-1 - e) as u32 % BITS)
    };
    h = ((h << e) & MODULUS) | (h >> (BITS - e));
    let mut h = h as i64;
    if x < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Parses the text of `float(text)`: whitespace, sign, inf/nan, single underscores between
/// digits.
pub fn parse_float(text: &str) -> Option<f64> {
    // Decimal digits of other scripts count as their ASCII digits.
    let ascii: String = text
        .chars()
        .map(|c| match super::int::digit_value(c) {
            Some(d) if !c.is_ascii() && d < 10 => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    let s = ascii.trim_matches(super::str::py_isspace);
    let (sign, body) = match s.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, s.strip_prefix('+').unwrap_or(s)),
    };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let chars: Vec<char> = body.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '_' {
            let ok = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !ok {
                return None;
            }
        } else if !(c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
            return None;
        }
    }
    let cleaned: String = chars.iter().filter(|c| **c != '_').collect();
    if cleaned.starts_with(['+', '-']) {
        return None;
    }
    cleaned.parse::<f64>().ok().map(|x| sign * x)
}

// ---------------------------------------------------------------- methods

use crate::builtins::{method, no_args, receiver};
use crate::object::Value;
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `float`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.float, name, "float", *f);
    }
}

fn this(interp: &Interp, args: &Args, name: &str) -> PyResult<f64> {
    match receiver(interp, args, "float", name, |v| {
        matches!(v, Value::Float(_))
    })? {
        Value::Float(x) => Ok(*x),
        _ => unreachable!("checked float"),
    }
}

fn float_is_integer(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = this(interp, &args, "is_integer")?;
    no_args(interp, &args, "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = this(interp, &args, "as_integer_ratio")?;
    no_args(interp, &args, "float.as_integer_ratio")?;
    if x.is_nan() {
        return Err(interp.err(
            &interp.exc.value_error,
            "cannot convert NaN to integer ratio",
        ));
    }
    if x.is_infinite() {
        return Err(interp.err(
            &interp.exc.overflow_error,
            "cannot convert Infinity to integer ratio",
        ));
    }
    let (mut m, mut e) = frexp(x);
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let num: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(m).unwrap_or_default();
    let (num, den) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(interp.new_tuple(vec![super::int::from_big(num), super::int::from_big(den)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_like_cpython() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(123456789012345.0), "123456789012345.0");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(0.00001), "1e-05");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
    }

    #[test]
    fn hash_like_cpython() {
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.1), 230584300921369408);
    }
}
