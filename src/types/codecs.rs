//! The text codecs refpy knows: UTF-8, ASCII and Latin-1, with CPython's error handlers
//! and its UnicodeEncodeError/UnicodeDecodeError messages (`str.encode`, `bytes.decode`,
//! `bytes(str, encoding)`, `str(bytes, encoding)`).

use crate::object::Value;
use crate::runtime::interp::Interp;
use crate::runtime::{PyErr, PyResult};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec's name as CPython's error messages print it.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// The first code point the codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => u32::MAX,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Looks a codec up by any of the names CPython accepts for it (case, `-`, `_` and spaces
/// do not matter); LookupError otherwise.
pub fn lookup(interp: &Interp, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .chars()
        .map(|c| match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Ok(Codec::Latin1),
        _ => Err(interp.err(
            &interp.exc.lookup_error,
            format!("unknown encoding: {name}"),
        )),
    }
}

/// An error handler named in `errors=`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Resolves a handler name; CPython looks it up only when an error occurs, so this is
/// called at the first error.
fn handler(interp: &Interp, name: &str, encoding: bool) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if encoding => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" | "xmlcharrefreplace" => {
            return Err(interp.err(
                &interp.exc.lookup_error,
                format!("error handler '{name}' is not supported by refpy"),
            ))
        }
        _ => {
            return Err(interp.err(
                &interp.exc.lookup_error,
                format!("unknown error handler name '{name}'"),
            ))
        }
    })
}

fn unicode_error(interp: &Interp, class: &str, message: String) -> PyErr {
    let cls = interp
        .exc
        .others
        .iter()
        .find(|(n, _)| *n == class)
        .map(|(_, c)| c.clone())
        .unwrap_or_else(|| interp.exc.value_error.clone());
    interp.err(&cls, message)
}

/// How CPython's messages show one character: `'\xe9'`, `'\u20ac'`, `'\U0001f600'`.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("'\\x{n:02x}'")
    } else if n <= 0xffff {
        format!("'\\u{n:04x}'")
    } else {
        format!("'\\U{n:08x}'")
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode(interp: &Interp, text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The error covers the whole stretch of characters the codec cannot encode.
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        match handler(interp, errors, true)? {
            Handler::Strict => {
                let what = if i - start == 1 {
                    format!("character {} in position {start}", char_escape(c))
                } else {
                    format!("characters in position {start}-{}", i - 1)
                };
                return Err(unicode_error(
                    interp,
                    "UnicodeEncodeError",
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', i - start)),
            Handler::BackslashReplace => {
                for &c in &chars[start..i] {
                    let n = c as u32;
                    let esc = if n <= 0xff {
                        format!("\\x{n:02x}")
                    } else if n <= 0xffff {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..i] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
    }
    Ok(out)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(interp: &Interp, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if data.is_ascii() {
                // SAFETY-free: ASCII is valid UTF-8.
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                    continue;
                }
                decode_error(interp, &mut out, data, i, i + 1, codec, errors, || {
                    "ordinal not in range(128)"
                })?;
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut rest = data;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let start = offset + good;
                        // Rust's and CPython's decoders both reject the maximal invalid
                        // prefix of a sequence as one error.
                        let (len, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let b = rest[good];
                                let reason = if (0x80..0xc2).contains(&b) || b >= 0xf5 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (n, reason)
                            }
                        };
                        decode_error(
                            interp,
                            &mut out,
                            data,
                            start,
                            start + len,
                            codec,
                            errors,
                            || reason,
                        )?;
                        rest = &rest[good + len..];
                        offset = start + len;
                    }
                }
            }
        }
    }
}

/// Applies the error handler to the undecodable `data[start..end]`.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    interp: &Interp,
    out: &mut String,
    data: &[u8],
    start: usize,
    end: usize,
    codec: Codec,
    errors: &str,
    reason: impl Fn() -> &'static str,
) -> PyResult<()> {
    match handler(interp, errors, false)? {
        Handler::Strict => {
            let what = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", data[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            Err(unicode_error(
                interp,
                "UnicodeDecodeError",
                format!("'{}' codec can't decode {what}: {}", codec.name(), reason()),
            ))
        }
        Handler::Ignore => Ok(()),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(())
        }
        Handler::BackslashReplace | Handler::XmlCharRefReplace => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
    }
}

/// The `encoding` and `errors` arguments as strs, with CPython's TypeError naming the
/// function and argument otherwise.
pub fn codec_args<'a>(
    interp: &Interp,
    fname: &str,
    encoding: Option<&'a Value>,
    errors: Option<&'a Value>,
) -> PyResult<(Codec, &'a str)> {
    let text = |v: Option<&'a Value>, what: &str, default: &'a str| -> PyResult<&'a str> {
        match v {
            None => Ok(default),
            Some(v) => crate::runtime::ops::str_of(v).ok_or_else(|| {
                // Argument Clinic names None itself, other objects by their type.
                let ty = match v {
                    Value::None => "None".into(),
                    v => interp.type_name(v),
                };
                interp.type_error(format!("{fname}() argument '{what}' must be str, not {ty}"))
            }),
        }
    };
    let enc = text(encoding, "encoding", "utf-8")?;
    let errs = text(errors, "errors", "strict")?;
    Ok((lookup(interp, enc)?, errs))
}
