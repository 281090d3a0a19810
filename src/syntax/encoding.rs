//! Source bytes to text: refpy reads programs as UTF-8 (PEP 3120), dropping a leading BOM.

use super::error::SyntaxError;
use crate::source::Span;

/// Decodes a program file. A UTF-8 byte order mark is stripped.
///
/// Invalid UTF-8 gives CPython 3.11's message for a file with no encoding declaration,
/// "Non-UTF-8 code starting with '\xff' in file PATH on line N, but no encoding declared; see
/// https://peps.python.org/pep-0263/ for details", because that is what `python3 file.py`
/// prints for such a file (the "(unicode error) 'utf-8' codec can't decode ..." form only
/// appears for byte strings compiled in memory). CPython raises it while reading the file,
/// before it has a line to show, so it prints just `SyntaxError: <message>` with no
/// `File "..."` header: callers should print the message that way. The error carries the
/// line (`line`) and the byte's offset (`span`, in the undecoded bytes) for `--pretty-errors`.
pub fn decode_source(bytes: &[u8], display_path: &str) -> Result<String, SyntaxError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let line = super::strings::line_number(body, at);
            let offset = at + (bytes.len() - body.len());
            Err(SyntaxError::syntax(
                format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {display_path} on line \
                     {line}, but no encoding declared; see https://peps.python.org/pep-0263/ \
                     for details",
                    body[at]
                ),
                Span::new(offset, offset + 1),
            )
            .at_line(line)
            .without_carets()
            .without_location())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_and_bom() {
        assert_eq!(decode_source(b"x = 1\n", "t.py").unwrap(), "x = 1\n");
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = '\xc3\xa9'\n", "t.py").unwrap(),
            "x = '\u{e9}'\n"
        );
    }

    #[test]
    fn invalid_utf8() {
        let e = decode_source(b"x = 1\ny = \"ab\xe9\"\n", "/tmp/b.py").unwrap_err();
        assert_eq!(
            e.message,
            "Non-UTF-8 code starting with '\\xe9' in file /tmp/b.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(e.line, Some(2));
        let e = decode_source(b"x = \"\xff\"\n", "/tmp/b.py").unwrap_err();
        assert!(e
            .message
            .starts_with("Non-UTF-8 code starting with '\\xff' in file /tmp/b.py on line 1,"));
    }
}
