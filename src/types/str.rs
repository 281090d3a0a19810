//! `str`: immutable text with a cached hash.

use std::cell::Cell;

pub struct PyStr {
    pub text: StrText,
    /// The hash, computed on first use.
    pub hash: Cell<Option<i64>>,
    /// The length in characters, counted on first use (`UNKNOWN` until then); equal to the
    /// byte length exactly when the text is ASCII, which indexing and searching rely on.
    chars: Cell<usize>,
}

const UNKNOWN: usize = usize::MAX;

/// The longest text kept inside the object itself.
const INLINE: usize = 38;

/// A str's UTF-8 text. Short text, most of a program's strings, lives inside the object,
/// so that such a str is one allocation from the object pool, as CPython's compact strings
/// are one block; longer text has a block of its own.
pub struct StrText(TextRepr);

enum TextRepr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

// A str stays within the object box (with its hash and length).
const _: () = assert!(std::mem::size_of::<StrText>() == 40);

impl StrText {
    #[inline]
    fn new<T: AsRef<str> + Into<Box<str>>>(text: T) -> StrText {
        let s = text.as_ref();
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            return StrText(TextRepr::Inline {
                len: s.len() as u8,
                bytes,
            });
        }
        StrText(TextRepr::Heap(text.into()))
    }
}

impl std::ops::Deref for StrText {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match &self.0 {
            TextRepr::Inline { len, bytes } => {
                // SAFETY: the bytes were copied from a `str`, whole.
                unsafe { std::str::from_utf8_unchecked(bytes.get_unchecked(..*len as usize)) }
            }
            TextRepr::Heap(b) => b,
        }
    }
}

impl AsRef<str> for StrText {
    #[inline]
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for StrText {
    #[inline]
    fn borrow(&self) -> &str {
        self
    }
}

impl std::fmt::Display for StrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl std::fmt::Debug for StrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl PyStr {
    /// The length in characters (`len()`), counted once.
    #[inline]
    pub fn char_len(&self) -> usize {
        let n = self.chars.get();
        if n != UNKNOWN {
            return n;
        }
        let n = if self.text.is_ascii() {
            self.text.len()
        } else {
            self.text.chars().count()
        };
        self.chars.set(n);
        n
    }

    /// Whether every character is ASCII, so that character and byte positions agree.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.text.len()
    }

    /// The character at a Python index (negative counts from the end); ASCII text, the
    /// common case, is indexed by byte without walking the string.
    pub fn char_at(&self, index: i64) -> Option<char> {
        let text = &*self.text;
        if self.is_ascii() {
            let len = text.len() as i64;
            let i = if index < 0 { index + len } else { index };
            return (0..len)
                .contains(&i)
                .then(|| text.as_bytes()[i as usize] as char);
        }
        if index >= 0 {
            text.chars().nth(usize::try_from(index).ok()?)
        } else {
            text.chars().rev().nth(usize::try_from(-(index + 1)).ok()?)
        }
    }

    pub fn new<T: AsRef<str> + Into<Box<str>>>(text: T) -> PyStr {
        PyStr {
            text: StrText::new(text),
            hash: Cell::new(None),
            chars: Cell::new(UNKNOWN),
        }
    }
}

/// CPython's `repr` of a str: single quotes unless the text has single and no double quotes.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------- methods

use crate::builtins::{bind, index_arg, method, no_args, one_arg, pos_args, receiver};
use crate::object::{Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::ops::str_of;
use crate::runtime::{PyErr, PyResult};
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `str`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("format", str_format),
        ("encode", crate::types::bytes::str_encode),
        ("join", str_join),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("zfill", str_zfill),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("expandtabs", str_expandtabs),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__len__", str_len),
        ("__contains__", str_contains),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.str_, name, "str", *f);
    }
}

fn is_str(v: &Value) -> bool {
    str_of(v).is_some()
}

fn this<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a str> {
    Ok(str_of(receiver(interp, args, "str", name, is_str)?).unwrap_or(""))
}

/// Python's whitespace (`str.isspace`): Unicode White_Space plus the separators \x1c-\x1f.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn str_value(interp: &Interp, v: &Value, what: &str) -> PyResult<String> {
    match (str_of(v), v) {
        (Some(s), _) => Ok(s.to_string()),
        // Argument Clinic's messages name None itself, the older ones its type.
        (None, Value::None) if what.contains("argument") => {
            Err(interp.type_error(format!("{what}, not None")))
        }
        (None, _) => Err(interp.type_error(format!("{what}, not {}", interp.type_name(v)))),
    }
}

fn bools(interp: &Interp, args: &Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(interp, args, name)?;
    no_args_checked(interp, args, name)?;
    Ok(Value::Bool(f(s)))
}

fn mapped(interp: &Interp, args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(interp, args, name)?;
    no_args_checked(interp, args, name)?;
    Ok(interp.new_str(f(s)))
}

/// `no_args` for `str.{name}`, whose qualified name is built only for the error.
#[inline]
fn no_args_checked(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() && args.pos.len() <= 1 {
        return Ok(());
    }
    no_args(interp, args, &format!("str.{name}"))
}

/// Whether `needle` occurs in `text`: a one-byte needle is found with `memchr`, and a
/// short text is scanned directly, without building the two-way searcher.
#[inline]
pub fn text_contains(text: &str, needle: &str) -> bool {
    let (t, n) = (text.as_bytes(), needle.as_bytes());
    match n.len() {
        0 => true,
        1 => t.contains(&n[0]),
        len if t.len() <= 64 => t.windows(len).any(|w| w == n),
        _ => text.contains(needle),
    }
}

fn str_len(interp: &Interp, args: Args) -> PyResult<Value> {
    let text = this(interp, &args, "__len__")?;
    match args.pos.first() {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Str(s) => Ok(Value::Int(s.char_len() as i64)),
            // A str subclass instance: its text is the native value.
            _ => Ok(Value::Int(text.chars().count() as i64)),
        },
        _ => Ok(Value::Int(text.chars().count() as i64)),
    }
}

fn str_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let text = this(interp, &args, "__contains__")?;
    let v = one_arg(interp, &args, "str.__contains__")?;
    match str_of(v) {
        Some(t) => Ok(Value::Bool(text_contains(text, t))),
        None => Err(interp.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            interp.type_name(v)
        ))),
    }
}

fn str_upper(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "upper", str::to_uppercase)
}

fn str_lower(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "lower", str::to_lowercase)
}

fn str_casefold(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "casefold", |s| {
        s.to_lowercase().replace('ß', "ss")
    })
}

/// Title case of one character (`ǅ` for `Ǆ`), as str.title and capitalize use.
fn titlecase(c: char, out: &mut String) {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        'ß' => out.push_str("Ss"),
        'ŉ' => out.push_str("ʼN"),
        c => out.extend(c.to_uppercase()),
    }
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn str_title(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                titlecase(c, &mut out);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn str_capitalize(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "capitalize", |s| {
        if s.is_ascii() {
            let mut out = s.to_ascii_lowercase();
            out[..1.min(s.len())].make_ascii_uppercase();
            return out;
        }
        let mut out = String::new();
        let mut chars = s.chars();
        if let Some(c) = chars.next() {
            titlecase(c, &mut out);
        }
        for c in chars {
            out.extend(c.to_lowercase());
        }
        out
    })
}

fn str_swapcase(interp: &Interp, args: Args) -> PyResult<Value> {
    mapped(interp, &args, "swapcase", |s| {
        let mut out = String::new();
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
        || (c.is_numeric() && c.is_ascii_digit())
        || matches!(c as u32, 0x660..=0x669 | 0x6f0..=0x6f9 | 0x966..=0x96f | 0xff10..=0xff19)
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x2070..=0x2079 | 0x2080..=0x2089)
}

fn str_isdigit(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isdigit", |s| {
        !s.is_empty() && s.chars().all(is_digit)
    })
}

fn str_isdecimal(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(is_decimal)
    })
}

fn str_isnumeric(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(char::is_numeric)
    })
}

fn str_isalpha(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}

fn str_isalnum(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || c.is_numeric())
    })
}

fn str_isspace(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isspace", |s| {
        !s.is_empty() && s.chars().all(py_isspace)
    })
}

fn str_isupper(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isupper", |s| {
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_lowercase() || is_titlecase(c))
    })
}

fn str_islower(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "islower", |s| {
        s.chars().any(is_cased) && !s.chars().any(|c| c.is_uppercase() || is_titlecase(c))
    })
}

fn str_istitle(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "istitle", |s| {
        let mut prev_cased = false;
        let mut cased = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
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

fn str_isidentifier(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isidentifier", |s| {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {}
            _ => return false,
        }
        chars.all(|c| c == '_' || c.is_alphanumeric())
    })
}

/// Whether CPython's `str.isprintable` holds for a character (what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if (0x20..0x7f).contains(&n) {
        return true;
    }
    let table = super::printable::NOT_PRINTABLE;
    let i = table.partition_point(|&(_, hi)| hi < n);
    !(i < table.len() && table[i].0 <= n)
}

fn str_isprintable(interp: &Interp, args: Args) -> PyResult<Value> {
    bools(interp, &args, "isprintable", |s| {
        s.chars().all(is_printable)
    })
}

// ------------------------------------------------ strip, split, join

fn strip_chars(interp: &Interp, args: &Args, name: &str) -> PyResult<(String, Option<String>)> {
    let s = this(interp, args, name)?.to_string();
    let rest = pos_args(interp, args, name, 0, 1)?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => match str_of(v) {
            Some(c) => Some(c.to_string()),
            None => return Err(interp.type_error(format!("{name} arg must be None or str"))),
        },
    };
    Ok((s, chars))
}

fn strip_impl(interp: &Interp, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, chars) = strip_chars(interp, &args, name)?;
    let test = |c: char| match &chars {
        None => py_isspace(c),
        Some(set) => set.contains(c),
    };
    let mut t: &str = &s;
    if left {
        t = t.trim_start_matches(test);
    }
    if right {
        t = t.trim_end_matches(test);
    }
    Ok(interp.new_str(t))
}

fn str_strip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "strip", true, true)
}

fn str_lstrip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "lstrip", true, false)
}

fn str_rstrip(interp: &Interp, args: Args) -> PyResult<Value> {
    strip_impl(interp, args, "rstrip", false, true)
}

fn split_args<'a>(
    interp: &Interp,
    args: &'a Args,
    name: &str,
) -> PyResult<(&'a str, Option<String>, i64)> {
    let s = this(interp, args, name)?;
    let a = bind(interp, args, name, 1, 0, &["sep", "maxsplit"])?;
    let max = match &a[1] {
        None => -1,
        Some(v) => index_arg(interp, v)?,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = str_value(interp, v, "must be str or None")?;
            if sep.is_empty() {
                return Err(interp.err(&interp.exc.value_error, "empty separator"));
            }
            Some(sep)
        }
    };
    Ok((s, sep, max))
}

fn str_split(interp: &Interp, args: Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(interp, &args, "split")?;
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&str> = Vec::new();
    match &sep {
        // A one-byte separator is ASCII, found with `memchr`.
        Some(sep) => match sep.as_bytes() {
            &[b] => parts.extend(s.splitn(max.saturating_add(1), b as char)),
            _ => parts.extend(s.splitn(max.saturating_add(1), sep.as_str())),
        },
        None => {
            let mut rest: &str = s;
            loop {
                rest = rest.trim_start_matches(py_isspace);
                if rest.is_empty() {
                    break;
                }
                if max == 0 {
                    parts.push(rest);
                    break;
                }
                let end = rest.find(py_isspace).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = &rest[end..];
                max -= 1;
            }
        }
    }
    let items = parts.into_iter().map(|p| interp.new_str(p)).collect();
    Ok(interp.new_list(items))
}

fn str_rsplit(interp: &Interp, args: Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(interp, &args, "rsplit")?;
    let mut max = if max < 0 { usize::MAX } else { max as usize };
    let mut parts: Vec<&str> = Vec::new();
    match &sep {
        Some(sep) => {
            let mut rest: &str = s;
            while max > 0 {
                match rest.rfind(sep.as_str()) {
                    Some(i) => {
                        parts.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                        max -= 1;
                    }
                    None => break,
                }
            }
            parts.push(rest);
        }
        None => {
            let mut rest: &str = s;
            loop {
                rest = rest.trim_end_matches(py_isspace);
                if rest.is_empty() {
                    break;
                }
                if max == 0 {
                    parts.push(rest);
                    break;
                }
                let start = rest
                    .char_indices()
                    .rev()
                    .find(|(_, c)| py_isspace(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                parts.push(&rest[start..]);
                rest = &rest[..start];
                max -= 1;
            }
        }
    }
    parts.reverse();
    let items = parts.into_iter().map(|p| interp.new_str(p)).collect();
    Ok(interp.new_list(items))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "splitlines")?.to_string();
    let a = bind(interp, &args, "splitlines", 1, 0, &["keepends"])?;
    let keep = match &a[0] {
        Some(v) => index_arg(interp, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if is_line_break(c) {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(interp.new_str(if keep { &s[start..end] } else { &s[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(interp.new_str(&s[start..]));
    }
    Ok(interp.new_list(out))
}

fn str_join(interp: &Interp, args: Args) -> PyResult<Value> {
    let sep = this(interp, &args, "join")?;
    let iterable = one_arg(interp, &args, "str.join")?;
    let items = match interp.collect(iterable) {
        Ok(items) => items,
        Err(e) if interp.isinstance(&Value::Obj(e.exc.clone()), &interp.exc.type_error) => {
            if interp.iter(iterable).is_err() {
                return Err(interp.type_error("can only join an iterable"));
            }
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        match str_of(item) {
            Some(s) => {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(s);
            }
            None => {
                return Err(interp.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    interp.type_name(item)
                )))
            }
        }
    }
    Ok(interp.new_str(out))
}

fn str_replace(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "replace")?;
    let rest = pos_args(interp, &args, "replace", 2, 3)?;
    let old = str_value(interp, &rest[0], "replace() argument 1 must be str")?;
    let new = str_value(interp, &rest[1], "replace() argument 2 must be str")?;
    let count = match rest.get(2) {
        Some(v) => index_arg(interp, v)?,
        None => -1,
    };
    if count < 0 {
        return Ok(interp.new_str(s.replace(&old, &new)));
    }
    let mut count = count as usize;
    if old.is_empty() {
        let mut out = String::new();
        for c in s.chars() {
            if count > 0 {
                out.push_str(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count > 0 {
            out.push_str(&new);
        }
        return Ok(interp.new_str(out));
    }
    Ok(interp.new_str(s.replacen(&old, &new, count)))
}

// ------------------------------------------------ searching

/// Clamps `start`/`end` as CPython's ADJUST_INDICES does (in characters).
fn adjust(interp: &Interp, v: Option<&Value>, default: i64, len: i64) -> PyResult<i64> {
    let i = match v {
        None | Some(Value::None) => return Ok(default),
        Some(v) => index_arg(interp, v).map_err(|_| {
            interp.type_error("slice indices must be integers or None or have an __index__ method")
        })?,
    };
    Ok(if i < 0 { (i + len).max(0) } else { i })
}

/// A search of `sub` in the characters `start..end` of `hay`, as byte offsets.
struct Search<'a> {
    hay: &'a str,
    sub: String,
    start: usize,
    end: usize,
    /// `hay` is ASCII: byte offsets are character positions.
    ascii: bool,
}

impl Search<'_> {
    /// The character position of a byte offset found in `hay`.
    fn position(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.hay[..byte].chars().count()
        }
    }
}

/// The byte offset of character position `i` (clamped to the end).
fn byte_offset(text: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        i.min(text.len())
    } else {
        text.char_indices().nth(i).map_or(text.len(), |(b, _)| b)
    }
}

fn search_args<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<Option<Search<'a>>> {
    this(interp, args, name)?;
    let Some(Value::Obj(o)) = args.pos.first() else {
        return Ok(None);
    };
    let Payload::Str(ps) = o.payload() else {
        return Ok(None);
    };
    no_keywords_msg(interp, args, &format!("str.{name}"))?;
    let rest = &args.pos[1..];
    if rest.is_empty() || rest.len() > 3 {
        return Err(interp.type_error(format!(
            "{name}() takes {} ({} given)",
            if rest.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            rest.len()
        )));
    }
    let len = ps.char_len() as i64;
    let start = adjust(interp, rest.get(1), 0, len)?;
    let end = adjust(interp, rest.get(2), len, len)?.min(len);
    let sub = str_value(interp, &rest[0], "must be str")?;
    if end - start < sub.chars().count() as i64 {
        return Ok(None);
    }
    let ascii = ps.is_ascii();
    let hay = &*ps.text;
    Ok(Some(Search {
        start: byte_offset(hay, ascii, start as usize),
        end: byte_offset(hay, ascii, end as usize),
        hay,
        sub,
        ascii,
    }))
}

fn find_impl(interp: &Interp, args: &Args, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let Some(s) = search_args(interp, args, name)? else {
        return Ok(None);
    };
    let window = &s.hay[s.start..s.end];
    let found = if rev {
        window.rfind(&*s.sub)
    } else {
        window.find(&*s.sub)
    };
    Ok(found.map(|b| s.position(s.start + b)))
}

fn str_find(interp: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(interp, &args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn str_rfind(interp: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(interp, &args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn not_found(interp: &Interp) -> PyErr {
    interp.err(&interp.exc.value_error, "substring not found")
}

fn str_index(interp: &Interp, args: Args) -> PyResult<Value> {
    match find_impl(interp, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_found(interp)),
    }
}

fn str_rindex(interp: &Interp, args: Args) -> PyResult<Value> {
    match find_impl(interp, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_found(interp)),
    }
}

fn str_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(s) = search_args(interp, &args, "count")? else {
        return Ok(Value::Int(0));
    };
    let window = &s.hay[s.start..s.end];
    if s.sub.is_empty() {
        let chars = if s.ascii {
            window.len()
        } else {
            window.chars().count()
        };
        return Ok(Value::Int(chars as i64 + 1));
    }
    Ok(Value::Int(window.matches(&*s.sub).count() as i64))
}

fn affix_impl(interp: &Interp, args: Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(interp, &args, name)?;
    no_keywords_msg(interp, &args, &format!("str.{name}"))?;
    let n = args.pos.len() - 1;
    if n < 1 {
        return Err(interp.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if n > 3 {
        return Err(interp.type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    let hay: Vec<char> = s.chars().collect();
    let len = hay.len() as i64;
    let start = adjust(interp, args.pos.get(2), 0, len)?;
    let end = adjust(interp, args.pos.get(3), len, len)?.min(len);
    let candidates: Vec<Value> = match &args.pos[1] {
        v if is_str(v) => vec![v.clone()],
        Value::Obj(o) if matches!(o.payload(), crate::object::Payload::Tuple(_)) => {
            let crate::object::Payload::Tuple(t) = o.payload() else {
                unreachable!("checked")
            };
            for item in &t.items {
                if !is_str(item) {
                    return Err(interp.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        interp.type_name(item)
                    )));
                }
            }
            t.items.to_vec()
        }
        v => {
            return Err(interp.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                interp.type_name(v)
            )))
        }
    };
    for c in &candidates {
        let p: Vec<char> = str_of(c).unwrap_or("").chars().collect();
        let plen = p.len() as i64;
        if end - start < plen || start > len {
            continue;
        }
        let (lo, hi) = (start as usize, end as usize);
        let hit = if suffix {
            hay[hi - p.len()..hi] == p[..]
        } else {
            hay[lo..lo + p.len()] == p[..]
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn no_keywords_msg(interp: &Interp, args: &Args, name: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn str_startswith(interp: &Interp, args: Args) -> PyResult<Value> {
    affix_impl(interp, args, "startswith", false)
}

fn str_endswith(interp: &Interp, args: Args) -> PyResult<Value> {
    affix_impl(interp, args, "endswith", true)
}

// ------------------------------------------------ padding

fn fill_args(interp: &Interp, args: &Args, name: &str) -> PyResult<(String, usize, char)> {
    let s = this(interp, args, name)?.to_string();
    let rest = pos_args(interp, args, name, 1, 2)?;
    let width = index_arg(interp, &rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => ' ',
        Some(v) => {
            let f = str_value(interp, v, "The fill character must be a unicode character")?;
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        interp.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    Ok((s, width, fill))
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn str_center(interp: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = fill_args(interp, &args, "center")?;
    let len = s.chars().count();
    if width <= len {
        return Ok(interp.new_str(s));
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    Ok(interp.new_str(pad(&s, left, marg - left, fill)))
}

fn str_ljust(interp: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = fill_args(interp, &args, "ljust")?;
    let len = s.chars().count();
    Ok(interp.new_str(pad(&s, 0, width.saturating_sub(len), fill)))
}

fn str_rjust(interp: &Interp, args: Args) -> PyResult<Value> {
    let (s, width, fill) = fill_args(interp, &args, "rjust")?;
    let len = s.chars().count();
    Ok(interp.new_str(pad(&s, width.saturating_sub(len), 0, fill)))
}

fn str_zfill(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "zfill")?;
    let width = index_arg(interp, one_arg(interp, &args, "str.zfill")?)?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(interp.new_str(s));
    }
    let zeros = "0".repeat(width - len);
    Ok(interp.new_str(match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    }))
}

fn str_expandtabs(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "expandtabs")?;
    let a = bind(interp, &args, "expandtabs", 1, 0, &["tabsize"])?;
    let size = match &a[0] {
        Some(v) => index_arg(interp, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(interp.new_str(out))
}

// ------------------------------------------------ partition, affixes

fn partition_impl(interp: &Interp, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    let s = this(interp, &args, name)?;
    let sep = str_value(
        interp,
        one_arg(interp, &args, &format!("str.{name}"))?,
        "must be str",
    )?;
    if sep.is_empty() {
        return Err(interp.err(&interp.exc.value_error, "empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(i) => [&s[..i], &sep[..], &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    Ok(interp.new_tuple(parts.iter().map(|p| interp.new_str(*p)).collect()))
}

fn str_partition(interp: &Interp, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}

fn str_rpartition(interp: &Interp, args: Args) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

fn str_removeprefix(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "removeprefix")?;
    let p = str_value(
        interp,
        one_arg(interp, &args, "str.removeprefix")?,
        "removeprefix() argument must be str",
    )?;
    Ok(interp.new_str(s.strip_prefix(p.as_str()).unwrap_or(s)))
}

fn str_removesuffix(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "removesuffix")?;
    let p = str_value(
        interp,
        one_arg(interp, &args, "str.removesuffix")?,
        "removesuffix() argument must be str",
    )?;
    Ok(interp.new_str(s.strip_suffix(p.as_str()).unwrap_or(s)))
}

// ------------------------------------------------ str.format

struct Formatter<'a> {
    args: &'a Args,
    auto: Option<usize>,
    manual: bool,
}

impl Formatter<'_> {
    fn field_value(&mut self, interp: &Interp, field: &str) -> PyResult<Value> {
        let end = field.find(['.', '[']).unwrap_or(field.len());
        let (first, mut rest) = field.split_at(end);
        let mut value = if first.is_empty() {
            if self.manual {
                return Err(interp.err(
                    &interp.exc.value_error,
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let i = self.auto.unwrap_or(0);
            self.auto = Some(i + 1);
            self.positional(interp, i)?
        } else if let Ok(i) = first.parse::<usize>() {
            if self.auto.is_some() {
                return Err(interp.err(
                    &interp.exc.value_error,
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            self.positional(interp, i)?
        } else {
            match self.args.kw.iter().find(|(k, _)| &**k == first) {
                Some((_, v)) => v.clone(),
                None => {
                    return Err(PyErr::new(
                        interp.new_exception(&interp.exc.key_error, vec![interp.new_str(first)]),
                    ))
                }
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(
                        interp.err(&interp.exc.value_error, "Empty attribute in format string")
                    );
                }
                value = interp.getattr(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(close) = r.find(']') else {
                    return Err(interp.err(&interp.exc.value_error, "Missing ']' in format string"));
                };
                let key = &r[..close];
                let k = match key.parse::<i64>() {
                    Ok(i) if !key.starts_with(['-', '+']) => Value::Int(i),
                    _ => interp.new_str(key),
                };
                value = interp.getitem(&value, &k)?;
                rest = &r[close + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                break;
            }
        }
        Ok(value)
    }

    fn positional(&self, interp: &Interp, i: usize) -> PyResult<Value> {
        self.args.pos.get(i + 1).cloned().ok_or_else(|| {
            interp.err(
                &interp.exc.index_error,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })
    }

    fn render(&mut self, interp: &Interp, template: &str, depth: usize) -> PyResult<String> {
        if depth > 2 {
            return Err(interp.err(&interp.exc.value_error, "Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(interp.err(
                    &interp.exc.value_error,
                    "Single '}' encountered in format string",
                ));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // A replacement field, up to the matching '}'.
            let mut level = 1;
            let mut j = i + 1;
            let mut in_bracket = false;
            while j < chars.len() {
                match chars[j] {
                    '[' => in_bracket = true,
                    ']' => in_bracket = false,
                    '{' if !in_bracket => level += 1,
                    '}' if !in_bracket => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(interp.err(
                    &interp.exc.value_error,
                    if i + 1 >= chars.len() {
                        "Single '{' encountered in format string"
                    } else {
                        "expected '}' before end of string"
                    },
                ));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // Split name / conversion / spec, ignoring '!' and ':' inside brackets.
            let mut name_end = field.len();
            let mut in_b = false;
            for (k, ch) in field.char_indices() {
                match ch {
                    '[' => in_b = true,
                    ']' => in_b = false,
                    '!' | ':' if !in_b => {
                        name_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let name = &field[..name_end];
            let mut tail = &field[name_end..];
            let mut conv = None;
            if let Some(t) = tail.strip_prefix('!') {
                let mut it = t.chars();
                let c = it.next();
                let after = it.as_str();
                if !(after.is_empty() || after.starts_with(':')) {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        "expected ':' after conversion specifier",
                    ));
                }
                conv = c;
                tail = after;
            }
            let spec = tail.strip_prefix(':').unwrap_or("");
            let value = self.field_value(interp, name)?;
            let value = match conv {
                None => value,
                Some('r') => interp.new_str(interp.repr(&value)?),
                Some('s') => interp.new_str(interp.str(&value)?),
                Some('a') => interp.new_str(crate::builtins::ascii_of(&interp.repr(&value)?)),
                Some(c) => {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        format!("Unknown conversion specifier {c}"),
                    ))
                }
            };
            let spec = if spec.contains('{') {
                self.render(interp, spec, depth + 1)?
            } else {
                spec.to_string()
            };
            out.push_str(&crate::builtins::format_value(interp, &value, &spec)?);
        }
        Ok(out)
    }
}

fn str_format(interp: &Interp, args: Args) -> PyResult<Value> {
    let template = this(interp, &args, "format")?.to_string();
    let mut f = Formatter {
        args: &args,
        auto: None,
        manual: false,
    };
    let out = f.render(interp, &template, 0)?;
    Ok(interp.new_str(out))
}
