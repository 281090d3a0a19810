//! Turns LALRPOP's errors into CPython's SyntaxError messages.
use super::error::SyntaxError;
use super::token::Tok;
use crate::source::Span;
use lalrpop_util::ParseError;

pub type Spanned = (usize, Tok, usize);

/// Wraps the token stream and remembers what the parser has consumed, for messages that
/// depend on context.
pub struct Recorder<I> {
    inner: I,
    pub last: Vec<Spanned>,
    pub pending_error: Option<SyntaxError>,
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Recorder<I> {
    pub fn new(inner: I) -> Self {
        Recorder {
            inner,
            last: Vec::new(),
            pending_error: None,
        }
    }
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Iterator for Recorder<I> {
    type Item = Result<Spanned, SyntaxError>;
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        if let Ok(t) = &item {
            self.last.push(t.clone());
        }
        Some(item)
    }
}

pub fn convert<I>(
    err: ParseError<usize, Tok, SyntaxError>,
    _text: &str,
    base: usize,
    _rec: &Recorder<I>,
) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::syntax("invalid syntax", Span::new(location, location + 1))
        }
        ParseError::UnrecognizedEof { location, .. } => {
            SyntaxError::syntax("invalid syntax", Span::new(location, location))
        }
        ParseError::UnrecognizedToken {
            token: (s, _, e), ..
        }
        | ParseError::ExtraToken { token: (s, _, e) } => {
            SyntaxError::syntax("invalid syntax", Span::new(s.max(base), e))
        }
    }
}
