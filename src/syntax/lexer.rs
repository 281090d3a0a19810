//! Raw tokens (logos). Placeholder until the lexer lands; only `decode_source` exists, as a
//! plain UTF-8 check.

use super::error::SyntaxError;
use crate::source::Span;

/// Turns the bytes of a program into its text: strips a UTF-8 byte order mark and rejects
/// bytes that are not UTF-8.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let at = e.valid_up_to();
            Err(SyntaxError::syntax(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}', but no encoding declared",
                    bytes[at]
                ),
                Span::new(at, at),
            ))
        }
    }
}
