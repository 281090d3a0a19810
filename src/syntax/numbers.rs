//! Numeric literals: a port of the number scanner in CPython's tokenizer (so that errors and
//! their carets match), and conversion of the literal text to a value.

use super::token::IntLit;
use num_bigint::BigInt;
use std::rc::Rc;

pub fn parse_int(text: &str, radix: u32) -> IntLit {
    let digits: String = text
        .get(if radix == 10 { 0 } else { 2 }..)
        .unwrap_or("")
        .chars()
        .filter(|&c| c != '_')
        .collect();
    match i64::from_str_radix(&digits, radix) {
        Ok(v) => IntLit::Small(v),
        Err(_) => IntLit::Big(Rc::new(
            BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default(),
        )),
    }
}

#[derive(Debug, PartialEq)]
pub enum NumberKind {
    Int(u32),
    Float,
    Imaginary,
}

#[derive(Debug, PartialEq)]
pub enum NumberError {
    /// Reported at the character before this read position.
    At(usize, String),
    /// Reported over a byte range.
    Range(usize, usize, String),
}

/// A port of the number part of CPython's `tok_get`: a cursor with `next` and `backup`, so
/// that errors land where CPython's caret does. EOF reads as byte 0.
struct Cursor<'b> {
    text: &'b [u8],
    cur: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        let c = self.text.get(self.cur).copied().unwrap_or(0);
        self.cur += 1;
        c
    }
    fn backup(&mut self) {
        self.cur -= 1;
    }
    fn peek_is(&self, rest: &str) -> bool {
        self.text
            .get(self.cur..)
            .is_some_and(|t| t.starts_with(rest.as_bytes()))
    }
    fn err(&self, message: impl Into<String>) -> NumberError {
        NumberError::At(self.cur, message.into())
    }
    /// Digits and single underscores between digits; returns the first other byte, read.
    fn decimal_tail(&mut self) -> Result<u8, NumberError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.err("invalid decimal literal"));
            }
        }
    }
    /// CPython's `verify_end_of_number`: a letter straight after a number is an error unless
    /// it starts one of the keywords that may follow a number (a warning in CPython).
    fn end_of_number(&mut self, c: u8, kind: &str) -> Result<(), NumberError> {
        let keyword = match c {
            b'a' => self.peek_is("nd"),
            b'e' => self.peek_is("lse"),
            b'f' => self.peek_is("or"),
            b'i' => self.peek_is("f") || self.peek_is("n") || self.peek_is("s"),
            b'o' => self.peek_is("r"),
            b'n' => self.peek_is("ot"),
            _ => false,
        };
        // A non-ASCII character ends the number and is checked as a name of its own.
        if !keyword && (c.is_ascii_alphanumeric() || c == b'_') {
            self.backup();
            return Err(self.err(format!("invalid {kind} literal")));
        }
        Ok(())
    }
    /// Hex, octal or binary digits after the prefix; returns the first other byte, read.
    fn radix_digits(&mut self, radix: u32, name: &str) -> Result<u8, NumberError> {
        let mut c = self.next();
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !(c as char).is_digit(radix) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(
                        self.err(format!("invalid digit '{}' in {name} literal", c as char))
                    );
                }
                self.backup();
                return Err(self.err(format!("invalid {name} literal")));
            }
            loop {
                c = self.next();
                if !(c as char).is_digit(radix) {
                    break;
                }
            }
            if c != b'_' {
                break;
            }
        }
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.err(format!("invalid digit '{}' in {name} literal", c as char)));
        }
        Ok(c)
    }
}

/// Scans a number starting at `start` (a digit, or `.` before a digit). Returns its end.
pub fn scan_number(text: &[u8], start: usize) -> Result<(usize, NumberKind), NumberError> {
    let mut t = Cursor { text, cur: start };
    let first = t.next();
    let mut c;
    if first == b'.' {
        c = t.next();
        return fraction(&mut t, c);
    }
    if first == b'0' {
        c = t.next();
        let radix = match c {
            b'x' | b'X' => Some((16, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix {
            let c = t.radix_digits(radix, name)?;
            t.end_of_number(c, name)?;
            t.backup();
            return Ok((t.cur, NumberKind::Int(radix)));
        }
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = t.next();
                if !c.is_ascii_digit() {
                    t.backup();
                    return Err(t.err("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = t.next();
        }
        let zeros_end = t.cur;
        if c.is_ascii_digit() {
            nonzero = true;
            c = t.decimal_tail()?;
        }
        match c {
            b'.' => {
                c = t.next();
                return fraction(&mut t, c);
            }
            b'e' | b'E' => return exponent(&mut t, c, NumberKind::Int(10)),
            b'j' | b'J' => return imaginary(&mut t),
            _ if nonzero => {
                return Err(NumberError::Range(
                    start,
                    zeros_end - 1,
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                        .into(),
                ))
            }
            _ => {}
        }
        t.end_of_number(c, "decimal")?;
        t.backup();
        return Ok((t.cur, NumberKind::Int(10)));
    }
    t.backup();
    c = t.decimal_tail()?;
    match c {
        b'.' => {
            c = t.next();
            fraction(&mut t, c)
        }
        b'e' | b'E' => exponent(&mut t, c, NumberKind::Int(10)),
        b'j' | b'J' => imaginary(&mut t),
        _ => {
            t.end_of_number(c, "decimal")?;
            t.backup();
            Ok((t.cur, NumberKind::Int(10)))
        }
    }
}

/// After the `.`; `c` is the byte after it, read.
fn fraction(t: &mut Cursor<'_>, mut c: u8) -> Result<(usize, NumberKind), NumberError> {
    if c.is_ascii_digit() {
        t.backup();
        c = t.decimal_tail()?;
    }
    match c {
        b'e' | b'E' => exponent(t, c, NumberKind::Float),
        b'j' | b'J' => imaginary(t),
        _ => {
            t.end_of_number(c, "decimal")?;
            t.backup();
            Ok((t.cur, NumberKind::Float))
        }
    }
}

/// `e` is the exponent letter, read; `before` is the kind of the number if `e` turns out to
/// start a keyword (`1else`).
fn exponent(
    t: &mut Cursor<'_>,
    e: u8,
    before: NumberKind,
) -> Result<(usize, NumberKind), NumberError> {
    let mut c = t.next();
    if c == b'+' || c == b'-' {
        c = t.next();
        if !c.is_ascii_digit() {
            t.backup();
            return Err(t.err("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        t.backup();
        t.end_of_number(e, "decimal")?;
        t.backup();
        return Ok((t.cur, before));
    }
    t.backup();
    c = t.decimal_tail()?;
    if c == b'j' || c == b'J' {
        return imaginary(t);
    }
    t.end_of_number(c, "decimal")?;
    t.backup();
    Ok((t.cur, NumberKind::Float))
}

/// After the `j`, read.
fn imaginary(t: &mut Cursor<'_>) -> Result<(usize, NumberKind), NumberError> {
    let c = t.next();
    t.end_of_number(c, "imaginary")?;
    t.backup();
    Ok((t.cur, NumberKind::Imaginary))
}
