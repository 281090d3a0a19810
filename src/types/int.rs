//! `int`: values that fit 64 bits are immediates (`Value::Int`); larger ones are `BigInt`
//! payloads. Arithmetic overflows into big integers and big results that fit come back.

use crate::object::{ObjRef, Payload, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

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
