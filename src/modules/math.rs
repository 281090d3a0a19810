//! `math`: CPython 3.11's `mathmodule.c` behaviour: floating-point functions with its domain
//! and range errors, exact integer functions on arbitrary-precision ints, and the
//! `__floor__`/`__ceil__`/`__trunc__` hooks of user classes.

use crate::builtins::{define, set};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::ops::to_big;
use crate::runtime::PyResult;
use crate::types::class::class_lookup;
use crate::types::function::Args;
use crate::types::int::from_big;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn install(interp: &Interp, dict: &ObjRef) {
    set(interp, dict, "pi", Value::Float(std::f64::consts::PI));
    set(interp, dict, "e", Value::Float(std::f64::consts::E));
    set(interp, dict, "tau", Value::Float(std::f64::consts::TAU));
    set(interp, dict, "inf", Value::Float(f64::INFINITY));
    set(interp, dict, "nan", Value::Float(f64::NAN));
    define(interp, dict, "sqrt", math_sqrt);
    define(interp, dict, "exp", math_exp);
    define(interp, dict, "exp2", math_exp2);
    define(interp, dict, "expm1", math_expm1);
    define(interp, dict, "log1p", math_log1p);
    define(interp, dict, "sin", math_sin);
    define(interp, dict, "cos", math_cos);
    define(interp, dict, "tan", math_tan);
    define(interp, dict, "asin", math_asin);
    define(interp, dict, "acos", math_acos);
    define(interp, dict, "atan", math_atan);
    define(interp, dict, "sinh", math_sinh);
    define(interp, dict, "cosh", math_cosh);
    define(interp, dict, "tanh", math_tanh);
    define(interp, dict, "asinh", math_asinh);
    define(interp, dict, "acosh", math_acosh);
    define(interp, dict, "atanh", math_atanh);
    define(interp, dict, "cbrt", math_cbrt);
    define(interp, dict, "fabs", math_fabs);
    define(interp, dict, "erf", math_erf);
    define(interp, dict, "erfc", math_erfc);
    define(interp, dict, "gamma", math_gamma);
    define(interp, dict, "lgamma", math_lgamma);
    define(interp, dict, "degrees", math_degrees);
    define(interp, dict, "radians", math_radians);
    define(interp, dict, "isnan", math_isnan);
    define(interp, dict, "isinf", math_isinf);
    define(interp, dict, "isfinite", math_isfinite);
    define(interp, dict, "ulp", math_ulp);
    define(interp, dict, "log", math_log);
    define(interp, dict, "log2", math_log2);
    define(interp, dict, "log10", math_log10);
    define(interp, dict, "pow", math_pow);
    define(interp, dict, "atan2", math_atan2);
    define(interp, dict, "fmod", math_fmod);
    define(interp, dict, "remainder", math_remainder);
    define(interp, dict, "copysign", math_copysign);
    define(interp, dict, "nextafter", math_nextafter);
    define(interp, dict, "ldexp", math_ldexp);
    define(interp, dict, "frexp", math_frexp);
    define(interp, dict, "modf", math_modf);
    define(interp, dict, "hypot", math_hypot);
    define(interp, dict, "dist", math_dist);
    define(interp, dict, "fsum", math_fsum);
    define(interp, dict, "prod", math_prod);
    define(interp, dict, "isclose", math_isclose);
    define(interp, dict, "floor", math_floor);
    define(interp, dict, "ceil", math_ceil);
    define(interp, dict, "trunc", math_trunc);
    define(interp, dict, "factorial", math_factorial);
    define(interp, dict, "gcd", math_gcd);
    define(interp, dict, "lcm", math_lcm);
    define(interp, dict, "isqrt", math_isqrt);
    define(interp, dict, "comb", math_comb);
    define(interp, dict, "perm", math_perm);
}

// ---------------------------------------------------------------- argument handling

fn domain_error(interp: &Interp) -> crate::runtime::PyErr {
    interp.err(&interp.exc.value_error, "math domain error")
}

fn range_error(interp: &Interp) -> crate::runtime::PyErr {
    interp.err(&interp.exc.overflow_error, "math range error")
}

fn no_keywords(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("math.{name}() takes no keyword arguments")))
    }
}

/// The single argument of a one-argument function (CPython's METH_O message).
fn one_arg<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    no_keywords(interp, args, name)?;
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

/// The arguments of a fixed-arity function (CPython's `_PyArg_CheckPositional` message).
fn exact_args<'a>(interp: &Interp, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(interp, args, name)?;
    if args.pos.len() != n {
        return Err(interp.type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.pos.len()
        )));
    }
    Ok(&args.pos)
}

/// A method of `v`'s type, for the special-method hooks of user classes.
fn type_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Instance(i) => class_lookup(&i.class, name),
            _ => None,
        },
        _ => None,
    }
}

fn call_hook(interp: &Interp, method: &Value, v: &Value) -> PyResult<Value> {
    interp.call(method, Args::positional(vec![v.clone()]))
}

fn big_to_f64(interp: &Interp, n: &BigInt) -> PyResult<f64> {
    match n.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(interp.err(
            &interp.exc.overflow_error,
            "int too large to convert to float",
        )),
    }
}

/// A "real number" argument as a float: float, int, or an object with `__float__` or
/// `__index__`.
fn to_f64(interp: &Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => {
            if let Some(n) = to_big(v) {
                return big_to_f64(interp, &n);
            }
            if let Some(m) = type_method(v, "__float__") {
                return match call_hook(interp, &m, v)? {
                    Value::Float(x) => Ok(x),
                    r => Err(interp.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        interp.type_name(v),
                        interp.type_name(&r)
                    ))),
                };
            }
            if type_method(v, "__index__").is_some() {
                let n = to_int(interp, v)?;
                return big_to_f64(interp, &n);
            }
            Err(interp.type_error(format!("must be real number, not {}", interp.type_name(v))))
        }
    }
}

/// An integer argument: int, or an object with `__index__`.
fn to_int(interp: &Interp, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = to_big(v) {
        return Ok(n);
    }
    if let Some(m) = type_method(v, "__index__") {
        let r = call_hook(interp, &m, v)?;
        return match to_big(&r) {
            Some(n) if !matches!(r, Value::Bool(_)) => Ok(n),
            _ => Err(interp.type_error(format!(
                "__index__ returned non-int (type {})",
                interp.type_name(&r)
            ))),
        };
    }
    Err(interp.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        interp.type_name(v)
    )))
}

/// CPython's `math_1`: a NaN result from a non-NaN argument is a domain error; an infinite
/// result from a finite argument is a range error when the function can overflow, a
/// domain error otherwise (a pole such as `log(0)`).
fn math_1(
    interp: &Interp,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, args, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(interp));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(interp)
        } else {
            domain_error(interp)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($fname:ident, $name:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $fname(interp: &Interp, args: Args) -> PyResult<Value> {
            math_1(interp, &args, $name, $f, $overflow)
        }
    )*};
}

unary! {
    math_sqrt, "sqrt", f64::sqrt, false;
    math_exp, "exp", f64::exp, true;
    math_exp2, "exp2", m_exp2, true;
    math_expm1, "expm1", m_expm1, true;
    math_log1p, "log1p", log1p, false;
    math_sin, "sin", f64::sin, false;
    math_cos, "cos", f64::cos, false;
    math_tan, "tan", m_tan, false;
    math_asin, "asin", m_asin, false;
    math_acos, "acos", m_acos, false;
    math_atan, "atan", m_atan, false;
    math_sinh, "sinh", m_sinh, true;
    math_cosh, "cosh", m_cosh, true;
    math_tanh, "tanh", m_tanh, false;
    math_asinh, "asinh", m_asinh, false;
    math_acosh, "acosh", m_acosh, false;
    math_atanh, "atanh", atanh, false;
    math_cbrt, "cbrt", m_cbrt, false;
    math_fabs, "fabs", f64::abs, false;
    math_erf, "erf", erf, false;
    math_erfc, "erfc", erfc, false;
}

/// Functions CPython takes from the C library: the same library gives the same last bits.
macro_rules! libm {
    ($($name:ident => $c:ident),*) => {$(
        fn $name(x: f64) -> f64 {
            // SAFETY: a pure C math function.
            unsafe { $c(x) }
        }
    )*};
}

libm!(m_acosh => acosh, m_asinh => asinh, m_expm1 => expm1, m_exp2 => exp2,
      m_sinh => sinh, m_cosh => cosh, m_tanh => tanh, m_atan => atan, m_asin => asin,
      m_acos => acos, m_tan => tan);

/// The C library's cbrt. Rust links its own `cbrt` ahead of the C library's, and the two
/// differ in the last bit, so this one is looked up in libm by name.
fn m_cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = CBRT.get_or_init(|| {
        // SAFETY: dlopen/dlsym with NUL-terminated names; the symbol has cbrt's C type.
        unsafe {
            let lib = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_LAZY);
            if lib.is_null() {
                return None;
            }
            let sym = libc::dlsym(lib, c"cbrt".as_ptr());
            (!sym.is_null())
                .then(|| std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(sym))
        }
    });
    match f {
        Some(f) => f(x),
        None => x.cbrt(),
    }
}

fn log1p(x: f64) -> f64 {
    if x == -1.0 {
        f64::NEG_INFINITY
    } else if x < -1.0 {
        f64::NAN
    } else {
        // SAFETY: a pure C math function.
        unsafe { c_log1p(x) }
    }
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        // atanh(±1) is a pole, which CPython reports as a domain error.
        f64::NAN
    } else {
        // SAFETY: a pure C math function.
        unsafe { c_atanh(x) }
    }
}

fn erf(x: f64) -> f64 {
    // SAFETY: a pure C math function.
    unsafe { libc_erf(x) }
}

fn erfc(x: f64) -> f64 {
    // SAFETY: a pure C math function.
    unsafe { libc_erfc(x) }
}

extern "C" {
    fn acosh(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    fn expm1(x: f64) -> f64;
    #[link_name = "log1p"]
    fn c_log1p(x: f64) -> f64;
    fn exp2(x: f64) -> f64;
    fn sinh(x: f64) -> f64;
    fn cosh(x: f64) -> f64;
    fn tanh(x: f64) -> f64;
    fn atan(x: f64) -> f64;
    fn asin(x: f64) -> f64;
    fn acos(x: f64) -> f64;
    fn tan(x: f64) -> f64;
    #[link_name = "erf"]
    fn libc_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn libc_erfc(x: f64) -> f64;
}

// CPython computes gamma and lgamma itself, with a Lanczos approximation (g = 6.0246...,
// 13 terms, as in Boost), rather than the C library's; the same steps give the same bits.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// The Lanczos rational sum, evaluated in the direction that keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Gamma; `Err(true)` is a range error, `Err(false)` a domain error.
fn tgamma(x: f64) -> Result<f64, bool> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(false)
        };
    }
    if x == 0.0 {
        return Err(false);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(false);
        }
        if x <= 23.0 {
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(true) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(true)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the power below.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(true);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, bool> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(false) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = PI.ln() - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(true);
    }
    Ok(r)
}

fn math_gamma(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "gamma")?)?;
    match tgamma(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(range_error(interp)),
        Err(false) => Err(domain_error(interp)),
    }
}

fn math_lgamma(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "lgamma")?)?;
    match lgamma(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => Err(range_error(interp)),
        Err(false) => Err(domain_error(interp)),
    }
}

/// `degrees` and `radians` multiply without any range check, as CPython's do.
fn math_degrees(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "degrees")?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "radians")?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn math_isnan(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "isnan")?)?;
    Ok(Value::Bool(x.is_nan()))
}

fn math_isinf(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "isinf")?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn math_isfinite(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "isfinite")?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn math_ulp(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "ulp")?)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = f64::from_bits(x.to_bits() + 1);
    if next.is_infinite() {
        let prev = f64::from_bits(x.to_bits() - 1);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

// ---------------------------------------------------------------- logarithms

/// The natural logarithm of an int of any size (CPython's `loghelper`): huge ints are
/// scaled down by a power of two first, so `log(10**1000)` is finite.
fn log_of(interp: &Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if !matches!(v, Value::Float(_)) {
        if let Some(n) = to_big(v) {
            if !n.is_positive() {
                return Err(domain_error(interp));
            }
            if let Some(x) = n.to_f64().filter(|x| x.is_finite()) {
                return Ok(f(x));
            }
            // n = m * 2**e with m in [0.5, 1), m rounded to 53 bits (CPython's
            // `_PyLong_Frexp`): 55 bits kept, the lowest one sticky for the rounding.
            let e = n.bits() as i64;
            let shift = (e - 55) as usize;
            let mut top = &n >> shift;
            if (&top << shift) != n {
                top |= BigInt::one();
            }
            let m = top.to_f64().unwrap_or(1.0) / 2f64.powi(55);
            return Ok(f(m) + (e as f64) * f(2.0));
        }
    }
    let x = to_f64(interp, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error(interp));
    }
    Ok(f(x))
}

fn math_log(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(interp.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(interp, &args.pos[0], f64::ln)?;
    match args.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(interp, b, f64::ln)?;
            if den == 0.0 {
                return Err(interp.err(&interp.exc.zero_division_error, "float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn math_log2(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, &args, "log2")?;
    Ok(Value::Float(log_of(interp, v, f64::log2)?))
}

fn math_log10(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, &args, "log10")?;
    Ok(Value::Float(log_of(interp, v, f64::log10)?))
}

// ---------------------------------------------------------------- two-argument functions

fn two_floats(interp: &Interp, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = exact_args(interp, args, name, 2)?;
    Ok((to_f64(interp, &a[0])?, to_f64(interp, &a[1])?))
}

fn math_pow(interp: &Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(interp, &args, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        // IEEE 754 special values; only a negative power of zero... cannot arise here.
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain_error(interp));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error(interp));
    }
    if r.is_infinite() {
        return Err(range_error(interp));
    }
    Ok(Value::Float(r))
}

fn math_atan2(interp: &Interp, args: Args) -> PyResult<Value> {
    let (y, x) = two_floats(interp, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn math_fmod(interp: &Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(interp, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(interp));
    }
    Ok(Value::Float(r))
}

fn math_remainder(interp: &Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(interp, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error(interp));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE 754 remainder: x - n*y with n the integer nearest x/y, ties to even.
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn math_copysign(interp: &Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(interp, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn math_nextafter(interp: &Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(interp, &args, "nextafter")?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    };
    Ok(Value::Float(r))
}

fn math_ldexp(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exact_args(interp, &args, "ldexp", 2)?;
    let x = to_f64(interp, &a[0])?;
    let e = match to_big(&a[1]) {
        Some(n) => n
            .to_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }),
        None => {
            return Err(interp.type_error("Expected an int as second argument to ldexp."));
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.clamp(-10_000, 10_000) as i32;
    // Scale in steps so that intermediate powers of two stay finite.
    let mut r = x;
    let mut left = e;
    while left != 0 {
        let step = left.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        left -= step;
    }
    if r.is_infinite() {
        return Err(range_error(interp));
    }
    Ok(Value::Float(r))
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn math_frexp(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "frexp")?)?;
    let (m, e) = frexp(x);
    Ok(interp.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn math_modf(interp: &Interp, args: Args) -> PyResult<Value> {
    let x = to_f64(interp, one_arg(interp, &args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(interp.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

// ---------------------------------------------------------------- sums and norms

/// The Euclidean norm of `coords`, finite inputs scaled to avoid overflow; any infinity
/// wins over NaN as in CPython's `vector_norm`.
fn vector_norm(coords: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in coords {
        let a = x.abs();
        found_nan |= a.is_nan();
        if a > max {
            max = a;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for &x in coords {
        let y = (x / max) * (x / max) - comp;
        let t = sum + y;
        comp = (t - sum) - y;
        sum = t;
    }
    max * sum.sqrt()
}

fn math_hypot(interp: &Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, &args, "hypot")?;
    let coords = args
        .pos
        .iter()
        .map(|v| to_f64(interp, v))
        .collect::<PyResult<Vec<f64>>>()?;
    if coords.len() == 2 {
        return Ok(Value::Float(coords[0].hypot(coords[1])));
    }
    Ok(Value::Float(vector_norm(&coords)))
}

fn math_dist(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exact_args(interp, &args, "dist", 2)?;
    let p = interp.collect(&a[0])?;
    let q = interp.collect(&a[1])?;
    if p.len() != q.len() {
        return Err(interp.err(
            &interp.exc.value_error,
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(to_f64(interp, x)? - to_f64(interp, y)?);
    }
    if diffs.len() == 2 {
        return Ok(Value::Float(diffs[0].hypot(diffs[1])));
    }
    Ok(Value::Float(vector_norm(&diffs)))
}

/// `fsum`: the correctly rounded sum, by Shewchuk's exact partial sums (the algorithm
/// CPython's `math_fsum` uses), with its errors for infinities and overflow.
fn math_fsum(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, &args, "fsum")?;
    let it = interp.iter(v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = interp.next(&it)? {
        let mut x = to_f64(interp, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(
                        interp.err(&interp.exc.overflow_error, "intermediate overflow in fsum")
                    );
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(interp.err(&interp.exc.value_error, "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn math_prod(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in &args.kw {
        if &**k == "start" {
            acc = v.clone();
        } else {
            return Err(
                interp.type_error(format!("prod() got an unexpected keyword argument '{k}'"))
            );
        }
    }
    let it = interp.iter(&args.pos[0])?;
    while let Some(item) = interp.next(&it)? {
        acc = interp.binary_op(crate::syntax::ast::BinOp::Mult, &acc, &item)?;
    }
    Ok(acc)
}

fn math_isclose(interp: &Interp, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if args.pos.len() > 2 {
        return Err(interp.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut vals: [Option<Value>; 4] = [None, None, None, None];
    for (i, v) in args.pos.iter().enumerate() {
        vals[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match NAMES.iter().position(|n| **n == **k) {
            Some(i) if vals[i].is_none() => vals[i] = Some(v.clone()),
            Some(i) => {
                return Err(interp.type_error(format!(
                    "argument for isclose() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(interp.type_error(format!(
                    "'{k}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    for i in 0..2 {
        if vals[i].is_none() {
            return Err(interp.type_error(format!(
                "isclose() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            )));
        }
    }
    let get = |i: usize, default: f64| -> PyResult<f64> {
        match &vals[i] {
            Some(v) => to_f64(interp, v),
            None => Ok(default),
        }
    };
    let a = get(0, 0.0)?;
    let b = get(1, 0.0)?;
    let rel_tol = get(2, 1e-9)?;
    let abs_tol = get(3, 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(interp.err(&interp.exc.value_error, "tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        (diff <= (rel_tol * b).abs()) || (diff <= (rel_tol * a).abs()) || diff <= abs_tol,
    ))
}

// ---------------------------------------------------------------- rounding to ints

fn float_to_int(interp: &Interp, x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(interp.err(
            &interp.exc.value_error,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(interp.err(
            &interp.exc.overflow_error,
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(from_big(
        num_traits::FromPrimitive::from_f64(x).unwrap_or_default(),
    ))
}

/// `floor` and `ceil`: ints are returned as they are, a user class's hook is called,
/// anything else is converted to a float first.
fn round_with(
    interp: &Interp,
    args: &Args,
    name: &str,
    hook: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(interp, args, name)?;
    match v {
        Value::Float(x) => float_to_int(interp, f(*x)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if to_big(v).is_some() => Ok(v.clone()),
        _ => match type_method(v, hook) {
            Some(m) => call_hook(interp, &m, v),
            None => float_to_int(interp, f(to_f64(interp, v)?)),
        },
    }
}

fn math_floor(interp: &Interp, args: Args) -> PyResult<Value> {
    round_with(interp, &args, "floor", "__floor__", f64::floor)
}

fn math_ceil(interp: &Interp, args: Args) -> PyResult<Value> {
    round_with(interp, &args, "ceil", "__ceil__", f64::ceil)
}

fn math_trunc(interp: &Interp, args: Args) -> PyResult<Value> {
    let v = one_arg(interp, &args, "trunc")?;
    match v {
        Value::Float(x) => float_to_int(interp, x.trunc()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if to_big(v).is_some() => Ok(v.clone()),
        _ => match type_method(v, "__trunc__") {
            Some(m) => call_hook(interp, &m, v),
            None => Err(interp.type_error(format!(
                "type {} doesn't define __trunc__ method",
                interp.type_name(v)
            ))),
        },
    }
}

// ---------------------------------------------------------------- integer functions

fn math_factorial(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = to_int(interp, one_arg(interp, &args, "factorial")?)?;
    if n.is_negative() {
        return Err(interp.err(
            &interp.exc.value_error,
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 1_000_000) else {
        return Err(interp.err(
            &interp.exc.overflow_error,
            "factorial() argument should not exceed 9223372036854775807",
        ));
    };
    Ok(from_big(product(1, n + 1)))
}

/// The product of `lo..hi`, split in halves so that the big multiplications are balanced.
fn product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = k;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product(lo, mid) * product(mid, hi)
}

fn int_args(interp: &Interp, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    no_keywords(interp, args, name)?;
    args.pos.iter().map(|v| to_int(interp, v)).collect()
}

fn math_gcd(interp: &Interp, args: Args) -> PyResult<Value> {
    let ns = int_args(interp, &args, "gcd")?;
    let mut g = BigInt::zero();
    for n in ns {
        g = g.gcd(&n);
    }
    Ok(from_big(g))
}

fn math_lcm(interp: &Interp, args: Args) -> PyResult<Value> {
    let ns = int_args(interp, &args, "lcm")?;
    let mut l = BigInt::one();
    for n in ns {
        if n.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    Ok(from_big(l.abs()))
}

fn math_isqrt(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = to_int(interp, one_arg(interp, &args, "isqrt")?)?;
    if n.is_negative() {
        return Err(interp.err(
            &interp.exc.value_error,
            "isqrt() argument must be nonnegative",
        ));
    }
    Ok(from_big(n.sqrt()))
}

fn non_negative(interp: &Interp, v: &Value, which: &str) -> PyResult<BigInt> {
    let n = to_int(interp, v)?;
    if n.sign() == Sign::Minus {
        return Err(interp.err(
            &interp.exc.value_error,
            format!("{which} must be a non-negative integer"),
        ));
    }
    Ok(n)
}

/// n! / (n-k)!, the falling product of k factors from n, on big ints.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    acc
}

fn count_limit(interp: &Interp, k: &BigInt) -> PyResult<u64> {
    k.to_u64().filter(|k| *k <= 10_000_000).ok_or_else(|| {
        interp.err(
            &interp.exc.overflow_error,
            format!("min(n - k, k) must not exceed {}", i64::MAX),
        )
    })
}

fn math_comb(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = exact_args(interp, &args, "comb", 2)?;
    let n = non_negative(interp, &a[0], "n")?;
    let k = non_negative(interp, &a[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = (&n - &k).min(k);
    let k = count_limit(interp, &k)?;
    let num = falling(&n, k);
    Ok(from_big(num / product(1, k + 1)))
}

fn math_perm(interp: &Interp, args: Args) -> PyResult<Value> {
    no_keywords(interp, &args, "perm")?;
    match args.pos.len() {
        0 => {
            return Err(interp.type_error("perm expected at least 1 argument, got 0"));
        }
        1 | 2 => {}
        n => {
            return Err(interp.type_error(format!("perm expected at most 2 arguments, got {n}")));
        }
    }
    let n = non_negative(interp, &args.pos[0], "n")?;
    let k = match args.pos.get(1) {
        None | Some(Value::None) => n.clone(),
        Some(v) => non_negative(interp, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = count_limit(interp, &k)?;
    Ok(from_big(falling(&n, k)))
}
