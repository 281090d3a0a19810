//! `str`: immutable text with a cached hash.

use std::cell::Cell;

pub struct PyStr {
    pub text: Box<str>,
    /// The hash, computed on first use.
    pub hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        PyStr {
            text: text.into(),
            hash: Cell::new(None),
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
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
