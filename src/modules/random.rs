//! `_random`: the Mersenne Twister (MT19937) as CPython's `_randommodule.c` runs it, so
//! that a seeded `random` module produces CPython's sequence. The generator state is an
//! ordinary Python list (624 words and the position) owned by each `random.Random`, which
//! keeps `getstate`/`setstate` plain and needs no native object type.

use crate::builtins::define;
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::ops::to_big;
use crate::runtime::PyResult;
use crate::types::function::Args;
use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub fn install(interp: &Interp, dict: &ObjRef) {
    define(interp, dict, "seed", random_seed);
    define(interp, dict, "random", random_random);
    define(interp, dict, "getrandbits", random_getrandbits);
    define(interp, dict, "randbelow", random_randbelow);
    define(interp, dict, "str_seed", random_str_seed);
}

/// The generator, working in place on the state list's values: words 0..624, then the
/// index of the next word.
struct Mt<'a> {
    items: &'a mut [Value],
}

impl Mt<'_> {
    #[inline]
    fn get(&self, i: usize) -> u32 {
        match self.items[i] {
            Value::Int(w) => w as u32,
            _ => 0,
        }
    }

    #[inline]
    fn set(&mut self, i: usize, w: u32) {
        // Replacing an int releases nothing that could run code.
        self.items[i] = Value::Int(w as i64);
    }

    fn index(&self) -> usize {
        self.get(N) as usize
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        for i in 1..N {
            let prev = self.get(i - 1);
            let w = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
            self.set(i, w);
        }
        self.set(N, N as u32);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.get(i - 1);
            let w = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            self.set(i, w);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.get(i - 1);
            let w = (self.get(i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            self.set(i, w);
            i += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
    }

    fn next_u32(&mut self) -> u32 {
        let mut index = self.index();
        if index >= N {
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - 1 {
                let y = (self.get(kk) & UPPER_MASK) | (self.get(kk + 1) & LOWER_MASK);
                let w = self.get((kk + M) % N) ^ (y >> 1) ^ mag(y);
                self.set(kk, w);
            }
            let y = (self.get(N - 1) & UPPER_MASK) | (self.get(0) & LOWER_MASK);
            let w = self.get(M - 1) ^ (y >> 1) ^ mag(y);
            self.set(N - 1, w);
            index = 0;
        }
        let mut y = self.get(index);
        self.set(N, index as u32 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits as a non-negative int, filled from the least significant word.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k as u32));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }
}

/// Runs `f` on the generator kept in the state list `v`.
fn with_state<R>(interp: &Interp, v: &Value, f: impl FnOnce(&mut Mt) -> R) -> PyResult<R> {
    let Some(Payload::List(list)) = v.as_obj().map(ObjRef::payload) else {
        return Err(interp.type_error("random state must be a list"));
    };
    let mut items = list.items.borrow_mut();
    // `Random.setstate` checks the words; here only what indexing relies on.
    let valid =
        items.len() == N + 1 && matches!(items[N], Value::Int(i) if (0..=N as i64).contains(&i));
    if !valid {
        return Err(interp.err(&interp.exc.value_error, "invalid state"));
    }
    Ok(f(&mut Mt { items: &mut items }))
}

fn arg<'a>(interp: &Interp, args: &'a Args, i: usize) -> PyResult<&'a Value> {
    args.pos
        .get(i)
        .ok_or_else(|| interp.type_error("missing argument"))
}

/// `seed(state, n)`: seeds with the non-negative int `n`, split into 32-bit words.
fn random_seed(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = to_big(arg(interp, &args, 1)?).unwrap_or_default();
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    with_state(interp, arg(interp, &args, 0)?, |mt| mt.init_by_array(&key))?;
    Ok(Value::None)
}

fn random_random(interp: &Interp, args: Args) -> PyResult<Value> {
    let r = with_state(interp, arg(interp, &args, 0)?, |mt| mt.random())?;
    Ok(Value::Float(r))
}

fn bit_count(interp: &Interp, v: &Value) -> PyResult<u64> {
    let k = match to_big(v) {
        Some(k) => k,
        None => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
    };
    if k.sign() == Sign::Minus {
        return Err(interp.err(
            &interp.exc.value_error,
            "number of bits must be non-negative",
        ));
    }
    num_traits::ToPrimitive::to_u64(&k)
        .filter(|k| *k <= 1 << 32)
        .ok_or_else(|| {
            interp.err(
                &interp.exc.overflow_error,
                "Python int too large to convert to C int",
            )
        })
}

fn random_getrandbits(interp: &Interp, args: Args) -> PyResult<Value> {
    let k = bit_count(interp, arg(interp, &args, 1)?)?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let r = with_state(interp, arg(interp, &args, 0)?, |mt| mt.getrandbits(k))?;
    Ok(crate::types::int::from_big(r))
}

/// `randbelow(state, n)`: Random._randbelow_with_getrandbits for n > 0: draws
/// `n.bit_length()` bits until the value is below n.
fn random_randbelow(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = to_big(arg(interp, &args, 1)?).unwrap_or_default();
    let k = n.bits();
    let r = with_state(interp, arg(interp, &args, 0)?, |mt| loop {
        let r = mt.getrandbits(k);
        if r < n {
            break r;
        }
    })?;
    Ok(crate::types::int::from_big(r))
}

/// `str_seed(text)`: the int `random.seed` makes of a str (version 2): the UTF-8 bytes
/// followed by their SHA-512 digest, read as one big-endian number.
fn random_str_seed(interp: &Interp, args: Args) -> PyResult<Value> {
    let text = crate::runtime::ops::str_of(arg(interp, &args, 0)?).unwrap_or("");
    let mut bytes = text.as_bytes().to_vec();
    bytes.extend_from_slice(&sha512(text.as_bytes()));
    Ok(crate::types::int::from_big(BigInt::from_bytes_be(
        Sign::Plus,
        &bytes,
    )))
}

/// SHA-512 (FIPS 180-4).
fn sha512(data: &[u8]) -> [u8; 64] {
    const K: [u64; 80] = [
        0x428a2f98d728ae22,
        0x7137449123ef65cd,
        0xb5c0fbcfec4d3b2f,
        0xe9b5dba58189dbbc,
        0x3956c25bf348b538,
        0x59f111f1b605d019,
        0x923f82a4af194f9b,
        0xab1c5ed5da6d8118,
        0xd807aa98a3030242,
        0x12835b0145706fbe,
        0x243185be4ee4b28c,
        0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f,
        0x80deb1fe3b1696b1,
        0x9bdc06a725c71235,
        0xc19bf174cf692694,
        0xe49b69c19ef14ad2,
        0xefbe4786384f25e3,
        0x0fc19dc68b8cd5b5,
        0x240ca1cc77ac9c65,
        0x2de92c6f592b0275,
        0x4a7484aa6ea6e483,
        0x5cb0a9dcbd41fbd4,
        0x76f988da831153b5,
        0x983e5152ee66dfab,
        0xa831c66d2db43210,
        0xb00327c898fb213f,
        0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2,
        0xd5a79147930aa725,
        0x06ca6351e003826f,
        0x142929670a0e6e70,
        0x27b70a8546d22ffc,
        0x2e1b21385c26c926,
        0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df,
        0x650a73548baf63de,
        0x766a0abb3c77b2a8,
        0x81c2c92e47edaee6,
        0x92722c851482353b,
        0xa2bfe8a14cf10364,
        0xa81a664bbc423001,
        0xc24b8b70d0f89791,
        0xc76c51a30654be30,
        0xd192e819d6ef5218,
        0xd69906245565a910,
        0xf40e35855771202a,
        0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8,
        0x1e376c085141ab53,
        0x2748774cdf8eeb99,
        0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63,
        0x4ed8aa4ae3418acb,
        0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc,
        0x78a5636f43172f60,
        0x84c87814a1f0ab72,
        0x8cc702081a6439ec,
        0x90befffa23631e28,
        0xa4506cebde82bde9,
        0xbef9a3f7b2c67915,
        0xc67178f2e372532b,
        0xca273eceea26619c,
        0xd186b8c721c0c207,
        0xeada7dd6cde0eb1e,
        0xf57d4f7fee6ed178,
        0x06f067aa72176fba,
        0x0a637dc5a2c898a6,
        0x113f9804bef90dae,
        0x1b710b35131c471b,
        0x28db77f523047d84,
        0x32caab7b40c72493,
        0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6,
        0x597f299cfc657e2a,
        0x5fcb6fab3ad6faec,
        0x6c44198c4a475817,
    ];
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (i, word) in block.chunks(8).enumerate() {
            w[i] = u64::from_be_bytes(word.try_into().unwrap_or([0; 8]));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}
