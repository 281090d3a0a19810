//! f-string bodies. The lexer hands over the raw text between the quotes; this module splits
//! it into literal text and replacement fields `{expr!c:spec}` and parses each expression with
//! the expression entry of the grammar, reporting errors as CPython 3.11 does.

use super::ast::{FStringPart, FormattedValue};
use super::error::SyntaxError;
use super::lexer;
use super::token::StrLit;
use crate::source::Span;

/// Splits one f-string literal into parts.
pub fn parse(lit: &StrLit) -> Result<Vec<FStringPart>, SyntaxError> {
    let body = &*lit.value;
    let start = lit.body_start as usize;
    // Scanner errors point just past the closing quote, as CPython's do.
    let token_end = start + body.len() + lit.quote_len as usize;
    let mut scanner = Scanner {
        body,
        start,
        raw: lit.raw,
        at_end: Span::new(token_end, token_end),
    };
    let (parts, pos) = scanner.parts(0, 0)?;
    debug_assert_eq!(pos, body.len());
    Ok(parts)
}

struct Scanner<'a> {
    body: &'a str,
    start: usize,
    raw: bool,
    at_end: Span,
}

impl Scanner<'_> {
    fn error(&self, message: &str) -> SyntaxError {
        SyntaxError::syntax(message, self.at_end)
    }

    /// Literal text and fields from `pos` up to the end of the body or, inside a format spec
    /// (`depth` > 0), up to the `}` that closes the field.
    fn parts(
        &mut self,
        mut pos: usize,
        depth: u32,
    ) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
        let bytes = self.body.as_bytes();
        let mut parts = Vec::new();
        let mut literal_start = pos;
        let mut literal = String::new();
        while pos < bytes.len() {
            match bytes[pos] {
                b'{' if bytes.get(pos + 1) == Some(&b'{') && depth == 0 => {
                    self.flush(&mut literal, literal_start, pos + 1)?;
                    pos += 2;
                    literal_start = pos;
                }
                b'}' if bytes.get(pos + 1) == Some(&b'}') && depth == 0 => {
                    self.flush(&mut literal, literal_start, pos + 1)?;
                    pos += 2;
                    literal_start = pos;
                }
                b'{' => {
                    self.flush(&mut literal, literal_start, pos)?;
                    push_literal(&mut parts, &mut literal);
                    if depth >= 2 {
                        return Err(self.error("f-string: expressions nested too deeply"));
                    }
                    let (field, end) = self.field(pos + 1, depth)?;
                    parts.push(FStringPart::Field(Box::new(field)));
                    pos = end;
                    literal_start = pos;
                }
                b'}' if depth > 0 => {
                    self.flush(&mut literal, literal_start, pos)?;
                    push_literal(&mut parts, &mut literal);
                    return Ok((parts, pos));
                }
                b'}' => return Err(self.error("f-string: single '}' is not allowed")),
                _ => pos += 1,
            }
        }
        if depth > 0 {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.flush(&mut literal, literal_start, pos)?;
        push_literal(&mut parts, &mut literal);
        Ok((parts, pos))
    }

    /// Decodes the literal text `literal_start..end` onto `literal`.
    fn flush(
        &self,
        literal: &mut String,
        literal_start: usize,
        end: usize,
    ) -> Result<(), SyntaxError> {
        let text = &self.body[literal_start..end];
        if self.raw || !text.contains('\\') {
            literal.push_str(text);
        } else {
            literal.push_str(&lexer::decode_str_escapes(
                text,
                self.start + literal_start,
            )?);
        }
        Ok(())
    }

    /// One replacement field starting after its `{`; returns it and the offset after its `}`.
    fn field(&mut self, open: usize, depth: u32) -> Result<(FormattedValue, usize), SyntaxError> {
        let bytes = self.body.as_bytes();
        let mut pos = open;
        let mut nesting: Vec<u8> = Vec::new();
        let mut quote: Option<u8> = None;
        let expr_end;
        let mut debug = false;
        loop {
            let Some(&c) = bytes.get(pos) else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                pos += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.error("f-string expression part cannot include a backslash"))
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => nesting.push(c),
                b')' | b']' | b'}' if !nesting.is_empty() => {
                    nesting.pop();
                }
                b')' | b']' => {
                    return Err(self.error(&format!("f-string: unmatched '{}'", c as char)))
                }
                b'}' | b':' if nesting.is_empty() => {
                    expr_end = pos;
                    break;
                }
                b'!' if nesting.is_empty() && bytes.get(pos + 1) != Some(&b'=') => {
                    expr_end = pos;
                    break;
                }
                b'=' if nesting.is_empty()
                    && bytes.get(pos + 1) != Some(&b'=')
                    && !matches!(
                        bytes.get(pos.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    )
                    && pos > open =>
                {
                    debug = true;
                    expr_end = pos;
                    pos += 1;
                    break;
                }
                _ => {}
            }
            pos += 1;
        }
        let expr_text = &self.body[open..expr_end];
        if expr_text.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = self.expression(expr_text, self.start + open)?;
        let debug_text = debug.then(|| self.body[open..pos].into());
        if !debug {
            pos = expr_end;
        }
        let mut conversion = None;
        if bytes.get(pos) == Some(&b'!') {
            match bytes.get(pos + 1) {
                Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                None => return Err(self.error("f-string: expecting '}'")),
                Some(_) => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
            pos += 2;
        }
        let mut format_spec = None;
        match bytes.get(pos) {
            Some(b':') => {
                let (spec, end) = self.parts(pos + 1, depth + 1)?;
                format_spec = Some(spec);
                pos = end;
            }
            Some(b'}') => {}
            _ => return Err(self.error("f-string: expecting '}'")),
        }
        if bytes.get(pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        // `f"{x=}"` shows the repr unless a conversion or spec says otherwise.
        if debug && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok((
            FormattedValue {
                value,
                conversion,
                format_spec,
                debug_text,
            },
            pos + 1,
        ))
    }

    /// Parses a field's expression; CPython 3.11 reports errors in it against the text
    /// `(expr)` with an "f-string: " prefix.
    fn expression(&self, text: &str, base: usize) -> Result<super::ast::Expr, SyntaxError> {
        super::parse_expression(text, base).map_err(|mut e| {
            let col = (e.span.start as usize).saturating_sub(base) + 1;
            let end = ((e.span.end as usize).saturating_sub(base) + 1).max(col + 1);
            e.message = format!("f-string: {}", e.message);
            e.snippet = Some((format!("({text})"), col, end));
            e
        })
    }
}

fn push_literal(parts: &mut Vec<FStringPart>, literal: &mut String) {
    if !literal.is_empty() {
        super::actions::push_part(parts, FStringPart::Literal(std::mem::take(literal).into()));
    }
}
