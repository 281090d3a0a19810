//! NEWLINE / INDENT / DEDENT synthesis. Placeholder until the layout pass lands.
use super::error::SyntaxError;
use super::token::Tok;

/// The token stream of `text` (found at byte `base` of its file), with layout tokens.
/// In `expression_mode` (an f-string field) newlines are insignificant and no layout tokens
/// are made.
pub fn tokens(
    text: &str,
    base: usize,
    expression_mode: bool,
) -> impl Iterator<Item = Result<(usize, Tok, usize), SyntaxError>> {
    let _ = (text, base, expression_mode);
    std::iter::empty()
}
