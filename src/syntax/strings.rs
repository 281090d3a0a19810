//! String literals: finding where one ends (CPython's tokenizer rules) and decoding its body
//! (escape sequences, raw and bytes forms) with CPython 3.11's error messages. f-string bodies
//! are returned undecoded; `fstring.rs` parses them.

use super::error::SyntaxError;
use super::token::{StrKind, StrLit};
use crate::source::Span;
use std::rc::Rc;

/// The prefix letters of a string literal, case-insensitive: `r`, `b`, `u`, `f` and the
/// two-letter pairs of r with b or f.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl Prefix {
    pub fn parse(letters: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in letters.chars() {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'f' => p.fstring = true,
                _ => {}
            }
        }
        p
    }
}

/// Finds the end of a string literal whose body starts at byte `body` of `text`, with the
/// opening quote `quote` repeated `quote_len` times. Returns the offset just after the closing
/// quotes, or the 1-based line (relative to `text`) where the literal was found unterminated.
pub fn scan_end(text: &[u8], body: usize, quote: u8, quote_len: usize) -> Result<usize, usize> {
    let mut i = body;
    let mut run = 0;
    while run != quote_len {
        let Some(&c) = text.get(i) else {
            return Err(line_number(text, text.len().saturating_sub(1)));
        };
        if quote_len == 1 && (c == b'\n' || c == b'\r') {
            return Err(line_number(text, i));
        }
        i += 1;
        if c == quote {
            run += 1;
        } else {
            run = 0;
            if c == b'\\' {
                // The escaped character, a CRLF counting as one.
                if text.get(i) == Some(&b'\r') && text.get(i + 1) == Some(&b'\n') {
                    i += 2;
                } else if i < text.len() {
                    i += 1;
                }
            }
        }
    }
    Ok(i)
}

/// The 1-based line of byte `offset`, counting `\n`, `\r\n` and a lone `\r` as line ends.
pub fn line_number(text: &[u8], offset: usize) -> usize {
    let end = offset.min(text.len());
    let mut line = 1;
    for (i, &c) in text[..end].iter().enumerate() {
        if c == b'\n' || (c == b'\r' && text.get(i + 1) != Some(&b'\n')) {
            line += 1;
        }
    }
    line
}

/// Builds the token payload of a literal spanning `start..end` (absolute offsets) whose body
/// is `body`, found at absolute offset `body_start`.
pub fn literal(
    prefix: Prefix,
    body: &str,
    body_start: usize,
    quote_len: u8,
    start: usize,
    end: usize,
) -> Result<StrLit, SyntaxError> {
    let (kind, value) = if prefix.fstring {
        (StrKind::FString, Rc::from(body))
    } else if prefix.bytes {
        if !body.is_ascii() {
            return Err(SyntaxError::syntax(
                "bytes can only contain ASCII literal characters",
                Span::new(start, end),
            ));
        }
        let body = normalize_newlines(body);
        let value = if prefix.raw {
            body.into_owned()
        } else {
            decode_bytes(&body).map_err(|m| SyntaxError::syntax(m, Span::new(end, end)))?
        };
        (StrKind::Bytes, Rc::from(value))
    } else {
        let body = normalize_newlines(body);
        let value = if prefix.raw {
            body.into_owned()
        } else {
            decode_str(&body, end)?
        };
        (StrKind::Str, Rc::from(value))
    };
    Ok(StrLit {
        kind,
        raw: prefix.raw,
        value,
        body_start: body_start as u32,
        quote_len,
    })
}

/// CPython's tokenizer reads every line ending as `\n`, inside literals too.
fn normalize_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    if body.contains('\r') {
        std::borrow::Cow::Owned(body.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(body)
    }
}

/// The value of one of the simple one-letter escapes shared by str and bytes.
fn simple_escape(c: char) -> Option<char> {
    Some(match c {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        _ => return None,
    })
}

/// Reads up to three octal digits after a backslash; `first` is the first one.
fn octal(first: char, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> (u32, usize) {
    let mut value = first.to_digit(8).unwrap_or(0);
    let mut extra = 0;
    while extra < 2 {
        match chars.peek().and_then(|c| c.to_digit(8)) {
            Some(d) => {
                value = value * 8 + d;
                chars.next();
                extra += 1;
            }
            None => break,
        }
    }
    (value, extra)
}

/// Decodes a non-raw str body. Error positions are those CPython reports: offsets into the body
/// after each non-ASCII character has been rewritten as a 10-byte `\UXXXXXXXX` escape (and a
/// backslash before one as `\u005c`), which is how `decode_unicode_with_escapes` feeds the
/// codec. The error is placed at `end`, the end of the literal.
pub fn decode_str(body: &str, end: usize) -> Result<String, SyntaxError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    // Position in CPython's rewritten buffer.
    let mut pos = 0usize;
    let width = |c: char| if c.is_ascii() { 1 } else { 10 };
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            pos += width(c);
            continue;
        }
        let start = pos;
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        if !e.is_ascii() {
            // Not an escape: the backslash stays (a DeprecationWarning in CPython).
            out.push('\\');
            out.push(e);
            pos += 6 + 10;
            continue;
        }
        pos += 2;
        if let Some(v) = simple_escape(e) {
            out.push(v);
            continue;
        }
        match e {
            '\n' => {}
            '0'..='7' => {
                let (v, extra) = octal(e, &mut chars);
                pos += extra;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (count, message) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value: u32 = 0;
                for _ in 0..count {
                    match chars.peek().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            value = value.wrapping_mul(16).wrapping_add(d);
                            chars.next();
                            pos += 1;
                        }
                        None => return Err(unicode_error(start, pos, message, end)),
                    }
                }
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    // A surrogate: refpy's strings cannot hold one.
                    None if value <= 0x10FFFF => {
                        return Err(SyntaxError::not_supported(
                            "surrogate code points in string literals",
                            Span::new(end, end),
                        ))
                    }
                    None => {
                        return Err(unicode_error(start, pos, "illegal Unicode character", end))
                    }
                }
            }
            'N' => {
                return Err(SyntaxError::not_supported(
                    "\\N{...} escapes",
                    Span::new(end, end),
                ))
            }
            _ => {
                // An invalid escape such as `\d` keeps its backslash.
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

fn unicode_error(start: usize, endinpos: usize, message: &str, end: usize) -> SyntaxError {
    let position = if endinpos - start == 1 {
        format!("byte 0x5c in position {start}")
    } else {
        format!("bytes in position {start}-{}", endinpos - 1)
    };
    SyntaxError::syntax(
        format!("(unicode error) 'unicodeescape' codec can't decode {position}: {message}"),
        Span::new(end, end),
    )
}

/// Decodes a non-raw bytes body (ASCII only); each byte becomes one char U+0000..U+00FF.
fn decode_bytes(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        i += 1;
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = bytes.get(i) else {
            out.push('\\');
            break;
        };
        let e = e as char;
        i += 1;
        if let Some(v) = simple_escape(e) {
            out.push(v);
            continue;
        }
        match e {
            '\n' => {}
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match bytes.get(i).and_then(|&d| (d as char).to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                out.push(char::from((value & 0xFF) as u8));
            }
            'x' => {
                let hex = |k: usize| bytes.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(a), Some(b)) => {
                        out.push(char::from((a * 16 + b) as u8));
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            _ => {
                out.push('\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}
