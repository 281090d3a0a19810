//! Raw tokens (logos). Placeholder until the lexer lands.

use super::error::SyntaxError;

/// Decodes the backslash escapes of a (non-raw) str literal body found at byte `start`.
pub fn decode_str_escapes(text: &str, start: usize) -> Result<String, SyntaxError> {
    let _ = start;
    Ok(text.to_string())
}
