//! `bytes`: an immutable sequence of byte values with a cached hash. Indexing and iteration
//! give ints; the methods are the ASCII-only counterparts of str's, with CPython's
//! messages.

use std::cell::Cell;

pub struct PyBytes {
    pub data: Box<[u8]>,
    /// The hash, computed on first use.
    pub hash: Cell<Option<i64>>,
}

use crate::builtins::{bind, index_arg, method, no_args, one_arg, pos_args, receiver};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::ops::str_of;
use crate::runtime::PyResult;
use crate::syntax::ast::BinOp;
use crate::types::codecs;
use crate::types::function::{Args, NativeFn};

/// A new bytes object.
pub fn new_bytes(data: impl Into<Box<[u8]>>) -> Value {
    Value::Obj(ObjRef::new(Payload::Bytes(PyBytes {
        data: data.into(),
        hash: Cell::new(None),
    })))
}

/// The contents of a bytes value.
pub fn bytes_of(v: &Value) -> Option<&[u8]> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Bytes(b) => Some(&b.data),
            _ => None,
        },
        _ => None,
    }
}

/// The hash of a bytes object. CPython randomizes it per process (as for str); refpy's
/// is fixed, and equal to the hash of the str with the same ASCII text.
pub fn bytes_hash(b: &PyBytes) -> i64 {
    if let Some(h) = b.hash.get() {
        return h;
    }
    let mut h = rustc_hash::FxHasher::default();
    std::hash::Hasher::write(&mut h, &b.data);
    let v = std::hash::Hasher::finish(&h) as i64;
    let v = if v == -1 { -2 } else { v };
    b.hash.set(Some(v));
    v
}

/// CPython's `repr` of bytes: `b'...'`, double quotes only when the data has a single and
/// no double quote, and `\xhh` for everything outside printable ASCII.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
    out
}

/// `+`, `*` and `%` with a bytes operand; `None` for other operand types.
pub fn binary(interp: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => match (bytes_of(a), bytes_of(b)) {
            (Some(x), Some(y)) => Ok(Some(new_bytes([x, y].concat()))),
            // CPython's bytes concatenation names the buffer protocol.
            (Some(_), None) if !is_instance(b) => {
                Err(interp.type_error(format!("can't concat {} to bytes", interp.type_name(b))))
            }
            _ => Ok(None),
        },
        BinOp::Mult => {
            let (data, n) = match (bytes_of(a), bytes_of(b)) {
                (Some(x), None) => (x, b),
                (None, Some(y)) => (y, a),
                _ => return Ok(None),
            };
            let n = match n {
                Value::Int(i) => *i,
                Value::Bool(b) => *b as i64,
                n if bytes_of(a).is_some()
                    && !is_instance(n)
                    && !matches!(n, Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_))) =>
                {
                    return Err(interp.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        interp.type_name(n)
                    )))
                }
                _ => return Ok(None),
            };
            let n = n.max(0) as usize;
            if n > 0
                && data
                    .len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
            {
                return Err(interp.err(&interp.exc.overflow_error, "repeated bytes are too long"));
            }
            Ok(Some(new_bytes(data.repeat(n))))
        }
        BinOp::Mod => match bytes_of(a) {
            Some(fmt) => percent_format(interp, fmt, b).map(|r| Some(new_bytes(r))),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

fn is_instance(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Instance(_)))
}

/// `bytes % args` (CPython's `_PyBytes_FormatEx`): `%s`/`%b` insert bytes, `%r`/`%a` an
/// ASCII repr, `%c` one byte, and the numeric conversions format as str's `%` does.
fn percent_format(interp: &Interp, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let values: Vec<Value> = match args.as_obj().map(ObjRef::payload) {
        Some(Payload::Tuple(t)) => t.items.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = matches!(
        args.as_obj().map(ObjRef::payload),
        Some(Payload::Dict(_) | Payload::Instance(_))
    );
    let mut next = 0;
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        let c = fmt[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        // The conversion spec: flags, width, precision (all as literal text).
        let spec_start = i;
        if fmt.get(i) == Some(&b'(') || fmt.get(i) == Some(&b'*') {
            return Err(interp.err(
                &interp.exc.not_implemented_error,
                "mapping keys and '*' in bytes % formatting are not supported by refpy",
            ));
        }
        while i < fmt.len() && b"-+ #0123456789.".contains(&fmt[i]) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(interp.err(&interp.exc.value_error, "incomplete format"));
        };
        i += 1;
        let spec = String::from_utf8_lossy(&fmt[spec_start..i - 1]).into_owned();
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let Some(arg) = values.get(next).cloned() else {
            return Err(interp.type_error("not enough arguments for format string"));
        };
        next += 1;
        let (width, precision, left) = {
            let left = spec.contains('-');
            let digits = spec.trim_start_matches(['-', '+', ' ', '#', '0']);
            let (w, p) = match digits.split_once('.') {
                Some((w, p)) => (w, Some(p.parse::<usize>().unwrap_or(0))),
                None => (digits, None),
            };
            (w.parse::<usize>().unwrap_or(0), p, left)
        };
        let pad = |mut piece: Vec<u8>, out: &mut Vec<u8>, precision: Option<usize>| {
            if let Some(p) = precision {
                piece.truncate(p);
            }
            let fill = width.saturating_sub(piece.len());
            if !left {
                out.extend(std::iter::repeat_n(b' ', fill));
            }
            out.extend_from_slice(&piece);
            if left {
                out.extend(std::iter::repeat_n(b' ', fill));
            }
        };
        match conv {
            b's' | b'b' => {
                let piece = match bytes_of(&arg) {
                    Some(b) => b.to_vec(),
                    None => match dunder_bytes(interp, &arg)? {
                        Some(b) => b,
                        None => {
                            return Err(interp.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                interp.type_name(&arg)
                            )))
                        }
                    },
                };
                pad(piece, &mut out, precision);
            }
            b'r' | b'a' => {
                let r = crate::builtins::ascii_of(&interp.repr(&arg)?);
                pad(r.into_bytes(), &mut out, precision);
            }
            b'c' => {
                let byte = match (&arg, bytes_of(&arg)) {
                    (_, Some(b)) if b.len() == 1 => b[0],
                    (Value::Int(n), _) if (0..256).contains(n) => *n as u8,
                    (Value::Int(_), _) => {
                        return Err(
                            interp.err(&interp.exc.overflow_error, "%c arg not in range(256)")
                        )
                    }
                    _ => {
                        return Err(interp
                            .type_error("%c requires an integer in range(256) or a single byte"))
                    }
                };
                pad(vec![byte], &mut out, None);
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let one = format!("%{spec}{}", conv as char);
                let text =
                    crate::builtins::percent_format(interp, &one, &interp.new_tuple(vec![arg]))?;
                out.extend_from_slice(text.as_bytes());
            }
            c => {
                return Err(interp.err(
                    &interp.exc.value_error,
                    format!(
                        "unsupported format character '{}' (0x{:x}) at index {}",
                        c as char,
                        c,
                        i - 1
                    ),
                ))
            }
        }
    }
    if next < values.len() && !is_mapping {
        return Err(interp.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

/// `obj.__bytes__()` for instances that define it.
fn dunder_bytes(interp: &Interp, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if !is_instance(v) {
        return Ok(None);
    }
    let Some(m) = interp.lookup_attr(v, "__bytes__")? else {
        return Ok(None);
    };
    let r = interp.call(&m, Args::positional(vec![]))?;
    match bytes_of(&r) {
        Some(b) => Ok(Some(b.to_vec())),
        None => Err(interp.type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            interp.type_name(&r)
        ))),
    }
}

/// `bytes(source=b'', encoding=None, errors=None)`.
pub fn construct(interp: &Interp, args: &Args) -> PyResult<Value> {
    let a = bind(
        interp,
        args,
        "bytes",
        0,
        0,
        &["source", "encoding", "errors"],
    )?;
    let Some(src) = &a[0] else {
        if a[1].is_some() || a[2].is_some() {
            let which = if a[1].is_some() { "encoding" } else { "errors" };
            return Err(interp.type_error(format!("{which} without a string argument")));
        }
        return Ok(new_bytes(Vec::new()));
    };
    if let Some(text) = str_of(src) {
        if a[1].is_none() {
            return Err(interp.type_error("string argument without an encoding"));
        }
        let (codec, errors) = codecs::codec_args(interp, "bytes", a[1].as_ref(), a[2].as_ref())?;
        return Ok(new_bytes(codecs::encode(interp, text, codec, errors)?));
    }
    if a[1].is_some() {
        return Err(interp.type_error("encoding without a string argument"));
    }
    if a[2].is_some() {
        return Err(interp.type_error("errors without a string argument"));
    }
    if bytes_of(src).is_some() {
        return Ok(src.clone());
    }
    if let Some(b) = dunder_bytes(interp, src)? {
        return Ok(new_bytes(b));
    }
    match src {
        Value::Int(n) => {
            if *n < 0 {
                return Err(interp.err(&interp.exc.value_error, "negative count"));
            }
            return Ok(new_bytes(vec![0u8; *n as usize]));
        }
        Value::Bool(b) => return Ok(new_bytes(vec![0u8; *b as usize])),
        Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => {
            return Err(interp.err(
                &interp.exc.overflow_error,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {}
    }
    from_object(interp, src)
}

/// CPython's `PyObject_Bytes` for what is not bytes and has no `__bytes__`: an iterable of
/// ints in range(256); str and other objects cannot convert.
pub fn from_object(interp: &Interp, src: &Value) -> PyResult<Value> {
    if bytes_of(src).is_some() {
        return Ok(src.clone());
    }
    if let Some(b) = dunder_bytes(interp, src)? {
        return Ok(new_bytes(b));
    }
    let iterable = str_of(src).is_none()
        && matches!(src, Value::Obj(o) if !matches!(o.payload(), Payload::Builtin(_) | Payload::Function(_)))
        && interp.iter(src).is_ok();
    if !iterable {
        return Err(interp.type_error(format!(
            "cannot convert '{}' object to bytes",
            interp.type_name(src)
        )));
    }
    let items = interp.collect(src)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(interp, item)?);
    }
    Ok(new_bytes(out))
}

/// An int in range(256), as bytes() and `in` take one.
fn byte_value(interp: &Interp, v: &Value) -> PyResult<u8> {
    let n = index_arg(interp, v)?;
    u8::try_from(n)
        .map_err(|_| interp.err(&interp.exc.value_error, "bytes must be in range(0, 256)"))
}

/// `int in bytes` or `bytes in bytes`.
pub fn contains(interp: &Interp, data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = bytes_of(item) {
        return Ok(find(data, sub, 0, data.len()).is_some());
    }
    match item {
        Value::Int(_) | Value::Bool(_) => {
            let b = byte_value(interp, item).map_err(|_| {
                interp.err(&interp.exc.value_error, "byte must be in range(0, 256)")
            })?;
            Ok(data.contains(&b))
        }
        _ if crate::runtime::ops::to_big(item).is_some() => {
            Err(interp.err(&interp.exc.value_error, "byte must be in range(0, 256)"))
        }
        _ => Err(interp.type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.type_name(item)
        ))),
    }
}

/// The first position of `sub` in `data[lo..hi]`.
fn find(data: &[u8], sub: &[u8], lo: usize, hi: usize) -> Option<usize> {
    if lo > hi || hi > data.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(lo);
    }
    data[lo..hi]
        .windows(sub.len())
        .position(|w| w == sub)
        .map(|p| p + lo)
}

fn rfind(data: &[u8], sub: &[u8], lo: usize, hi: usize) -> Option<usize> {
    if lo > hi || hi > data.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(hi);
    }
    data[lo..hi]
        .windows(sub.len())
        .rposition(|w| w == sub)
        .map(|p| p + lo)
}

// ---------------------------------------------------------------- methods

/// Registers the methods of `bytes`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("fromhex", bytes_fromhex),
        ("count", bytes_count),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("join", bytes_join),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("replace", bytes_replace),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("capitalize", bytes_capitalize),
        ("title", bytes_title),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("isupper", bytes_isupper),
        ("islower", bytes_islower),
        ("istitle", bytes_istitle),
        ("isascii", bytes_isascii),
        ("center", bytes_center),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("zfill", bytes_zfill),
        ("expandtabs", bytes_expandtabs),
        ("maketrans", bytes_maketrans),
        ("translate", bytes_translate),
        ("__len__", bytes_len),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.bytes, name, "bytes", *f);
    }
}

fn is_bytes(v: &Value) -> bool {
    bytes_of(v).is_some()
}

fn this<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a [u8]> {
    Ok(bytes_of(receiver(interp, args, "bytes", name, is_bytes)?).unwrap_or(&[]))
}

/// A bytes argument, with the buffer protocol's TypeError otherwise.
fn bytes_arg<'a>(interp: &Interp, v: &'a Value) -> PyResult<&'a [u8]> {
    bytes_of(v).ok_or_else(|| {
        interp.type_error(format!(
            "a bytes-like object is required, not '{}'",
            interp.type_name(v)
        ))
    })
}

fn bytes_len(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "__len__")?;
    no_args(interp, &args, "bytes.__len__")?;
    Ok(Value::Int(b.len() as i64))
}

fn bytes_decode(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "decode")?;
    let a = bind(interp, &args, "decode", 1, 0, &["encoding", "errors"])?;
    let (codec, errors) = codecs::codec_args(interp, "decode", a[0].as_ref(), a[1].as_ref())?;
    Ok(interp.new_str(codecs::decode(interp, b, codec, errors)?))
}

fn bytes_hex(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "hex")?;
    let a = bind(interp, &args, "hex", 1, 0, &["sep", "bytes_per_sep"])?;
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            let s: Vec<u8> = match (str_of(v), bytes_of(v)) {
                (Some(s), _) => s.as_bytes().to_vec(),
                (_, Some(b)) => b.to_vec(),
                _ => {
                    return Err(interp.type_error(format!(
                        "object of type '{}' has no len()",
                        interp.type_name(v)
                    )))
                }
            };
            if s.len() != 1 {
                return Err(interp.err(&interp.exc.value_error, "sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(interp.err(&interp.exc.value_error, "sep must be ASCII."));
            }
            Some(s[0] as char)
        }
    };
    let per = match &a[1] {
        Some(v) => index_arg(interp, v)?,
        None => 1,
    };
    let hex: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(interp.new_str(hex.concat()));
    };
    // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = b.len() % n;
        if first > 0 {
            groups.push(hex[..first].concat());
        }
        groups.extend(hex[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(hex.chunks(n).map(|c| c.concat()));
    }
    Ok(interp.new_str(groups.join(&sep.to_string())))
}

/// `bytes.fromhex(string)`: pairs of hex digits, with ASCII whitespace between pairs.
fn bytes_fromhex(interp: &Interp, args: Args) -> PyResult<Value> {
    let rest = exactly_one(interp, &args, "fromhex")?;
    let Some(text) = str_of(&rest[0]) else {
        return Err(interp.type_error(format!(
            "fromhex() argument must be str, not {}",
            interp.type_name(&rest[0])
        )));
    };
    let s = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |pos: usize| {
        interp.err(
            &interp.exc.value_error,
            format!("non-hexadecimal number found in fromhex() arg at position {pos}"),
        )
    };
    while i < s.len() {
        if s[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (s[i] as char).to_digit(16).ok_or_else(|| bad(i))?;
        let lo = match s.get(i + 1) {
            Some(&c) => (c as char).to_digit(16).ok_or_else(|| bad(i + 1))?,
            None => return Err(bad(i + 1)),
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(new_bytes(out))
}

/// The one argument after the receiver, with CPython's message for METH_O-style methods.
fn exactly_one<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("bytes.{name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1.min(args.pos.len())..];
    if rest.len() != 1 {
        return Err(interp.type_error(format!(
            "bytes.{name}() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    Ok(rest)
}

/// The positional arguments after the receiver, with the messages of CPython's
/// `PyArg_ParseTuple`-style methods ("count() takes at least 1 argument (0 given)").
fn clinic_arity<'a>(
    interp: &Interp,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("bytes.{name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1.min(args.pos.len())..];
    let n = rest.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(interp.type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(interp.type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )));
    }
    Ok(rest)
}

/// The `sub[, start[, end]]` arguments of count/find/index: the needle (bytes or an int)
/// and the clamped range.
fn search_args(
    interp: &Interp,
    args: &Args,
    name: &str,
    len: usize,
) -> PyResult<(Vec<u8>, usize, usize)> {
    let rest = clinic_arity(interp, args, name, 1, 3)?;
    let sub = match bytes_of(&rest[0]) {
        Some(b) => b.to_vec(),
        None => match &rest[0] {
            Value::Int(_) | Value::Bool(_) => vec![byte_value(interp, &rest[0]).map_err(|_| {
                interp.err(&interp.exc.value_error, "byte must be in range(0, 256)")
            })?],
            v => {
                return Err(interp.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    interp.type_name(v)
                )))
            }
        },
    };
    // The start may lie past the end (nothing is found there, not even b''); the end is
    // clamped.
    let bound = |v: Option<&Value>, default: usize, cap: i64| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = index_arg(interp, v).map_err(|_| {
                    interp.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                let len = len as i64;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(cap) } as usize)
            }
        }
    };
    let lo = bound(rest.get(1), 0, i64::MAX / 2)?;
    let hi = bound(rest.get(2), len, len as i64)?;
    Ok((sub, lo, hi))
}

fn bytes_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "count")?;
    let (sub, lo, hi) = search_args(interp, &args, "count", b.len())?;
    if lo > hi {
        return Ok(Value::Int(0));
    }
    let hay = &b[lo..hi];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut i = 0;
        while let Some(p) = find(hay, &sub, i, hay.len()) {
            n += 1;
            i = p + sub.len();
        }
        n
    };
    Ok(Value::Int(n as i64))
}

fn find_impl(interp: &Interp, args: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let b = this(interp, args, name)?;
    let (sub, lo, hi) = search_args(interp, args, name, b.len())?;
    Ok(if rev {
        rfind(b, &sub, lo, hi)
    } else {
        find(b, &sub, lo, hi)
    })
}

fn bytes_find(interp: &Interp, args: Args) -> PyResult<Value> {
    let r = find_impl(interp, &args, "find", false)?;
    Ok(Value::Int(r.map_or(-1, |p| p as i64)))
}

fn bytes_rfind(interp: &Interp, args: Args) -> PyResult<Value> {
    let r = find_impl(interp, &args, "rfind", true)?;
    Ok(Value::Int(r.map_or(-1, |p| p as i64)))
}

fn bytes_index(interp: &Interp, args: Args) -> PyResult<Value> {
    match find_impl(interp, &args, "index", false)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(interp.err(&interp.exc.value_error, "subsection not found")),
    }
}

fn bytes_rindex(interp: &Interp, args: Args) -> PyResult<Value> {
    match find_impl(interp, &args, "rindex", true)? {
        Some(p) => Ok(Value::Int(p as i64)),
        None => Err(interp.err(&interp.exc.value_error, "subsection not found")),
    }
}

fn affix(interp: &Interp, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let b = this(interp, &args, name)?;
    let rest = clinic_arity(interp, &args, name, 1, 3)?;
    let candidates: Vec<Value> = match rest[0].as_obj().map(ObjRef::payload) {
        Some(Payload::Tuple(t)) => t.items.to_vec(),
        _ if is_bytes(&rest[0]) => vec![rest[0].clone()],
        _ => {
            return Err(interp.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                interp.type_name(&rest[0])
            )))
        }
    };
    let len = b.len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = index_arg(interp, v).map_err(|_| {
                    interp.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                })?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let (lo, hi) = (bound(rest.get(1), 0)?, bound(rest.get(2), len)?);
    for c in &candidates {
        let Some(p) = bytes_of(c) else {
            return Err(interp.type_error(format!(
                "a bytes-like object is required, not '{}'",
                interp.type_name(c)
            )));
        };
        if lo > len || hi - lo < p.len() as i64 {
            continue;
        }
        let window = &b[lo as usize..hi.max(lo) as usize];
        if (suffix && window.ends_with(p)) || (!suffix && window.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bytes_startswith(interp: &Interp, args: Args) -> PyResult<Value> {
    affix(interp, args, "startswith", false)
}

fn bytes_endswith(interp: &Interp, args: Args) -> PyResult<Value> {
    affix(interp, args, "endswith", true)
}

fn bytes_join(interp: &Interp, args: Args) -> PyResult<Value> {
    let sep = this(interp, &args, "join")?;
    let iterable = one_arg(interp, &args, "bytes.join")?;
    let items = match interp.collect(iterable) {
        Ok(items) => items,
        Err(e) if interp.iter(iterable).is_err() => {
            drop(e);
            return Err(interp.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_of(item) else {
            return Err(interp.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                interp.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(new_bytes(out))
}

/// `sep=None, maxsplit=-1` of split and rsplit.
fn split_args(interp: &Interp, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = bind(interp, args, name, 1, 0, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_arg(interp, v)?;
            if s.is_empty() {
                return Err(interp.err(&interp.exc.value_error, "empty separator"));
            }
            Some(s.to_vec())
        }
    };
    let max = match &a[1] {
        None => -1,
        Some(v) => index_arg(interp, v)?,
    };
    Ok((sep, max))
}

fn bytes_split(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "split")?;
    let (sep, max) = split_args(interp, &args, "split")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut start = 0;
            while parts.len() < max {
                match find(b, &sep, start, b.len()) {
                    Some(p) => {
                        parts.push(new_bytes(&b[start..p]));
                        start = p + sep.len();
                    }
                    None => break,
                }
            }
            parts.push(new_bytes(&b[start..]));
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if parts.len() >= max {
                    parts.push(new_bytes(&b[i..]));
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(new_bytes(&b[start..i]));
            }
        }
    }
    Ok(interp.new_list(parts))
}

fn bytes_rsplit(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "rsplit")?;
    let (sep, max) = split_args(interp, &args, "rsplit")?;
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<Value> = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = b.len();
            while parts.len() < max {
                match rfind(b, &sep, 0, end) {
                    Some(p) => {
                        parts.push(new_bytes(&b[p + sep.len()..end]));
                        end = p;
                    }
                    None => break,
                }
            }
            parts.push(new_bytes(&b[..end]));
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if parts.len() >= max {
                    parts.push(new_bytes(&b[..i]));
                    break;
                }
                let end = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                parts.push(new_bytes(&b[i..end]));
            }
        }
    }
    parts.reverse();
    Ok(interp.new_list(parts))
}

/// ASCII whitespace as bytes methods see it (includes \x0b, unlike Rust's).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn bytes_splitlines(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "splitlines")?;
    let a = bind(interp, &args, "splitlines", 1, 0, &["keepends"])?;
    let keep = match &a[0] {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(new_bytes(&b[start..end]));
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(new_bytes(&b[start..]));
    }
    Ok(interp.new_list(parts))
}

fn strip_impl(interp: &Interp, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(interp, &args, name)?;
    let rest = pos_args(interp, &args, name, 0, 1)?;
    let chars: Option<&[u8]> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(interp, v)?),
    };
    let strip = |c: u8| match chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let (mut lo, mut hi) = (0, b.len());
    if left {
        while lo < hi && strip(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip(b[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(new_bytes(&b[lo..hi]))
}

fn bytes_strip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "strip", true, true)
}

fn bytes_lstrip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "lstrip", true, false)
}

fn bytes_rstrip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "rstrip", false, true)
}

fn bytes_replace(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "replace")?;
    let rest = pos_args(interp, &args, "replace", 2, 3)?;
    let old = bytes_arg(interp, &rest[0])?;
    let new = bytes_arg(interp, &rest[1])?;
    let count = match rest.get(2) {
        Some(v) => index_arg(interp, v)?,
        None => -1,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (i, &c) in b.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(c);
            let _ = i;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return Ok(new_bytes(out));
    }
    let mut i = 0;
    while left > 0 {
        match find(b, old, i, b.len()) {
            Some(p) => {
                out.extend_from_slice(&b[i..p]);
                out.extend_from_slice(new);
                i = p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(new_bytes(out))
}

fn partition_impl(interp: &Interp, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let b = this(interp, &args, name)?;
    let sep = bytes_arg(interp, one_arg(interp, &args, &format!("bytes.{name}"))?)?;
    if sep.is_empty() {
        return Err(interp.err(&interp.exc.value_error, "empty separator"));
    }
    let found = if rev {
        rfind(b, sep, 0, b.len())
    } else {
        find(b, sep, 0, b.len())
    };
    let parts = match found {
        Some(p) => vec![
            new_bytes(&b[..p]),
            new_bytes(sep),
            new_bytes(&b[p + sep.len()..]),
        ],
        None if rev => vec![new_bytes(Vec::new()), new_bytes(Vec::new()), new_bytes(b)],
        None => vec![new_bytes(b), new_bytes(Vec::new()), new_bytes(Vec::new())],
    };
    Ok(interp.new_tuple(parts))
}

fn bytes_partition(interp: &Interp, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}

fn bytes_rpartition(interp: &Interp, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

fn bytes_removeprefix(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "removeprefix")?;
    let p = bytes_arg(interp, one_arg(interp, &args, "bytes.removeprefix")?)?;
    Ok(new_bytes(b.strip_prefix(p).unwrap_or(b)))
}

fn bytes_removesuffix(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "removesuffix")?;
    let p = bytes_arg(interp, one_arg(interp, &args, "bytes.removesuffix")?)?;
    Ok(new_bytes(b.strip_suffix(p).unwrap_or(b)))
}

fn mapped(interp: &Interp, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(interp, args, name)?;
    no_args(interp, args, &format!("bytes.{name}"))?;
    Ok(new_bytes(f(b)))
}

fn bytes_upper(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "upper", <[u8]>::to_ascii_uppercase)
}

fn bytes_lower(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "lower", <[u8]>::to_ascii_lowercase)
}

fn bytes_swapcase(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "swapcase", |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn bytes_capitalize(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn bytes_title(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn bools(interp: &Interp, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(interp, args, name)?;
    no_args(interp, args, &format!("bytes.{name}"))?;
    Ok(Value::Bool(f(b)))
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn bytes_isdigit(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isdigit", |b| {
        all_nonempty(b, u8::is_ascii_digit)
    })
}

fn bytes_isalpha(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isalpha", |b| {
        all_nonempty(b, u8::is_ascii_alphabetic)
    })
}

fn bytes_isalnum(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isalnum", |b| {
        all_nonempty(b, u8::is_ascii_alphanumeric)
    })
}

fn bytes_isspace(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isspace", |b| {
        all_nonempty(b, |c| is_space(*c))
    })
}

fn bytes_isascii(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isascii", <[u8]>::is_ascii)
}

fn bytes_isupper(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn bytes_islower(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn bytes_istitle(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "istitle", |b| {
        let mut cased = false;
        let mut prev_cased = false;
        for &c in b {
            if c.is_ascii_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

/// `width[, fillchar]` of center/ljust/rjust.
fn fill_args(interp: &Interp, args: &Args, name: &str) -> PyResult<(usize, u8)> {
    let rest = pos_args(interp, args, name, 1, 2)?;
    let width = index_arg(interp, &rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match bytes_of(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(interp.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    interp.type_name(v)
                )))
            }
        },
    };
    Ok((width, fill))
}

fn padded(b: &[u8], left: usize, right: usize, fill: u8) -> Value {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    new_bytes(out)
}

fn bytes_center(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "center")?;
    let (width, fill) = fill_args(interp, &args, "center")?;
    let total = width.saturating_sub(b.len());
    // CPython puts the odd byte on the left when the width is odd.
    let left = total / 2 + (total & width & 1);
    Ok(padded(b, left, total - left, fill))
}

fn bytes_ljust(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "ljust")?;
    let (width, fill) = fill_args(interp, &args, "ljust")?;
    Ok(padded(b, 0, width.saturating_sub(b.len()), fill))
}

fn bytes_rjust(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "rjust")?;
    let (width, fill) = fill_args(interp, &args, "rjust")?;
    Ok(padded(b, width.saturating_sub(b.len()), 0, fill))
}

fn bytes_zfill(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "zfill")?;
    let rest = exactly_one(interp, &args, "zfill")?;
    let width = index_arg(interp, &rest[0])?.max(0) as usize;
    if width <= b.len() {
        return Ok(new_bytes(b));
    }
    let fill = width - b.len();
    let mut out = Vec::with_capacity(width);
    let body = match b.first() {
        Some(&s @ (b'+' | b'-')) => {
            out.push(s);
            &b[1..]
        }
        _ => b,
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(new_bytes(out))
}

fn bytes_expandtabs(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "expandtabs")?;
    let a = bind(interp, &args, "expandtabs", 1, 0, &["tabsize"])?;
    let size = match &a[0] {
        Some(v) => index_arg(interp, v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut column = 0i64;
    for &c in b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(new_bytes(out))
}

/// `bytes.maketrans(frm, to)`, a static method bound here like a class method: the
/// 256-byte table that maps each byte of `frm` to the byte of `to` at the same place.
fn bytes_maketrans(interp: &Interp, args: Args) -> PyResult<Value> {
    let rest = pos_args(interp, &args, "maketrans", 2, 2)?;
    let frm = bytes_arg(interp, &rest[0])?;
    let to = bytes_arg(interp, &rest[1])?;
    if frm.len() != to.len() {
        return Err(interp.err(
            &interp.exc.value_error,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

/// `bytes.translate(table, /, delete=b'')`.
fn bytes_translate(interp: &Interp, args: Args) -> PyResult<Value> {
    let b = this(interp, &args, "translate")?;
    let rest = &args.pos[1..];
    if rest.len() > 2 || rest.len() + args.kw.len() > 2 {
        return Err(interp.type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            rest.len() + args.kw.len()
        )));
    }
    let mut delete: Option<&Value> = rest.get(1);
    for (k, v) in &args.kw {
        if &**k == "delete" && delete.is_none() {
            delete = Some(v);
        } else {
            return Err(interp.type_error(format!(
                "'{k}' is an invalid keyword argument for translate()"
            )));
        }
    }
    let Some(table) = rest.first() else {
        return Err(interp.type_error("translate() takes at least 1 positional argument (0 given)"));
    };
    let table = match table {
        Value::None => None,
        v => {
            let t = bytes_arg(interp, v)?;
            if t.len() != 256 {
                return Err(interp.err(
                    &interp.exc.value_error,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(v) => bytes_arg(interp, v)?,
        None => &[],
    };
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    Ok(new_bytes(out))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(interp: &Interp, args: Args) -> PyResult<Value> {
    let text = match args.pos.first() {
        Some(v) if str_of(v).is_some() => str_of(v).unwrap_or(""),
        _ => {
            receiver(interp, &args, "str", "encode", |v| str_of(v).is_some())?;
            ""
        }
    };
    let a = bind(interp, &args, "encode", 1, 0, &["encoding", "errors"])?;
    let (codec, errors) = codecs::codec_args(interp, "encode", a[0].as_ref(), a[1].as_ref())?;
    Ok(new_bytes(codecs::encode(interp, text, codec, errors)?))
}
