//! NEWLINE / INDENT / DEDENT synthesis over the raw tokens of `lexer.rs`, with CPython's
//! indentation rules (tabs included) and its bracket checks.

use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{Lexer, Spanned, UNEXPECTED_EOF};
use super::token::Tok;
use crate::source::Span;
use std::collections::VecDeque;

/// CPython's MAXLEVEL: deeper bracket nesting is "too many nested parentheses".
const MAX_BRACKETS: usize = 200;
/// CPython's tab size for the indentation width (the alternative width counts a tab as 1).
const TAB_SIZE: usize = 8;

/// The token stream of `text` (found at byte `base` of its file), with layout tokens.
/// In `expression_mode` (an f-string field) newlines are insignificant and no layout tokens
/// are made.
pub fn tokens(
    text: &str,
    base: usize,
    expression_mode: bool,
) -> impl Iterator<Item = Result<(usize, Tok, usize), SyntaxError>> + '_ {
    Layout {
        lexer: Lexer::new(text, base),
        text,
        base,
        expression_mode,
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        pending: VecDeque::new(),
        at_line_start: true,
        line_start: base,
        line_has_tokens: false,
        done: false,
    }
}

struct Layout<'a> {
    lexer: Lexer<'a>,
    text: &'a str,
    base: usize,
    expression_mode: bool,
    /// Open indentation levels as (width with tabs to multiples of 8, width with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the opening character and its absolute offset.
    brackets: Vec<(char, usize)>,
    pending: VecDeque<Result<Spanned, SyntaxError>>,
    /// Whether the next token starts a logical line (and so has its indentation measured).
    at_line_start: bool,
    /// Absolute offset of the current physical line.
    line_start: usize,
    /// Whether the current logical line has produced a token (and so needs a NEWLINE).
    line_has_tokens: bool,
    done: bool,
}

impl Layout<'_> {
    fn line_number(&self, offset: usize) -> usize {
        super::strings::line_number(self.text.as_bytes(), offset - self.base)
    }

    /// Compares the indentation before `tok_start` with the open levels, queueing INDENT or
    /// DEDENTs, as CPython's tokenizer does at the start of a line.
    fn indentation(&mut self, tok_start: usize) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0, 0);
        for b in self.text.as_bytes()[self.line_start - self.base..tok_start - self.base].iter() {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Span::new(self.line_start, self.line_start),
            )
            .without_carets()
        };
        let &(top, top_alt) = self.indents.last().expect("the base level is never popped");
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.pending
                .push_back(Ok((self.line_start, Tok::Indent, tok_start)));
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                self.indents.pop();
                self.pending
                    .push_back(Ok((self.line_start, Tok::Dedent, self.line_start)));
            }
            let &(top, top_alt) = self.indents.last().expect("the base level is never popped");
            if col != top {
                // CPython's caret sits at the end of the offending line.
                let rest = &self.text[tok_start - self.base..];
                let end = tok_start + rest.find(['\n', '\r']).unwrap_or(rest.len());
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span::new(end, end),
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn bracket(&mut self, tok: &Tok, start: usize) -> Result<(), SyntaxError> {
        let close = match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(SyntaxError::syntax(
                        "too many nested parentheses",
                        Span::new(start, start + 1),
                    ));
                }
                let c = match tok {
                    Tok::Lpar => '(',
                    Tok::Lsqb => '[',
                    _ => '{',
                };
                self.brackets.push((c, start));
                return Ok(());
            }
            Tok::Rpar => ')',
            Tok::Rsqb => ']',
            Tok::Rbrace => '}',
            _ => return Ok(()),
        };
        let span = Span::new(start, start + 1);
        let Some((open, open_at)) = self.brackets.pop() else {
            return Err(SyntaxError::syntax(format!("unmatched '{close}'"), span));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if close != expected {
            let open_line = self.line_number(open_at);
            let message = if open_line != self.line_number(start) {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}' \
                     on line {open_line}"
                )
            } else {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            };
            return Err(SyntaxError::syntax(message, span));
        }
        Ok(())
    }

    fn never_closed(&self) -> Option<SyntaxError> {
        let &(open, at) = self.brackets.last()?;
        Some(SyntaxError::syntax(
            format!("'{open}' was never closed"),
            Span::new(at, at + 1),
        ))
    }

    fn end_of_input(&mut self) {
        if let Some(e) = self.never_closed() {
            self.pending.push_back(Err(e));
            return;
        }
        let end = self.base + self.text.len();
        if self.line_has_tokens && !self.expression_mode {
            self.pending.push_back(Ok((end, Tok::Newline, end)));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending.push_back(Ok((end, Tok::Dedent, end)));
        }
    }

    /// Handles one raw token, queueing what it produces.
    fn step(&mut self, raw: Spanned) -> Result<(), SyntaxError> {
        let (start, tok, end) = raw;
        if tok == Tok::Newline {
            if self.expression_mode || !self.brackets.is_empty() {
                return Ok(());
            }
            if self.line_has_tokens {
                self.pending.push_back(Ok((start, Tok::Newline, end)));
                self.line_has_tokens = false;
            }
            self.at_line_start = true;
            self.line_start = end;
            return Ok(());
        }
        if self.at_line_start && !self.expression_mode {
            self.indentation(start)?;
        }
        self.at_line_start = false;
        self.line_has_tokens = true;
        self.bracket(&tok, start)?;
        self.pending.push_back(Ok((start, tok, end)));
        Ok(())
    }
}

impl Iterator for Layout<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                if item.is_err() {
                    self.pending.clear();
                    self.done = true;
                }
                return Some(item);
            }
            if self.done {
                return None;
            }
            match self.lexer.next() {
                None => {
                    self.done = true;
                    self.end_of_input();
                }
                Some(Err(mut e)) => {
                    if e.message == UNEXPECTED_EOF {
                        if let Some(closed) = self.never_closed() {
                            e = closed;
                        }
                    }
                    self.pending.push_back(Err(e));
                }
                Some(Ok(raw)) => {
                    if let Err(e) = self.step(raw) {
                        self.pending.push_back(Err(e));
                    }
                }
            }
        }
    }
}

/// A readable token dump, one token per line as `line:col-line:col KIND text` (1-based lines,
/// 0-based character columns), for `--dump-tokens` and the snapshot tests. An error ends the
/// dump with an `ERROR` line.
pub fn dump(src: &crate::source::SourceFile) -> String {
    use std::fmt::Write;
    let pos = |o: usize| format!("{}:{}", src.line_of(o), src.column_of(o));
    let mut out = String::new();
    for item in tokens(&src.text, 0, false) {
        match item {
            Ok((s, tok, e)) => {
                let (kind, text) = describe(&tok, &src.text[s..e]);
                let _ = writeln!(out, "{}-{} {kind} {text}", pos(s), pos(e));
            }
            Err(err) => {
                let _ = writeln!(
                    out,
                    "{}-{} ERROR {}: {}",
                    pos(err.span.start as usize),
                    pos(err.span.end as usize),
                    err.kind.class_name(),
                    err.message
                );
            }
        }
    }
    out
}

fn describe(tok: &Tok, source: &str) -> (String, String) {
    use super::token::{IntLit, StrKind};
    match tok {
        Tok::Name(n) => ("NAME".into(), n.to_string()),
        Tok::Int(IntLit::Small(v)) => ("INT".into(), v.to_string()),
        Tok::Int(IntLit::Big(v)) => ("BIGINT".into(), v.to_string()),
        Tok::Float(v) => ("FLOAT".into(), format!("{v:?}")),
        Tok::Imaginary => ("IMAGINARY".into(), source.into()),
        Tok::String(s) => {
            let kind = match s.kind {
                StrKind::Str => "STR",
                StrKind::Bytes => "BYTES",
                StrKind::FString => "FSTRING",
            };
            (kind.into(), format!("{:?}", s.value))
        }
        Tok::Newline => ("NEWLINE".into(), String::new()),
        Tok::Indent => ("INDENT".into(), String::new()),
        Tok::Dedent => ("DEDENT".into(), String::new()),
        t if t.is_keyword() => ("KEYWORD".into(), source.into()),
        _ => ("OP".into(), source.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// Kinds of the token stream, without spans.
    fn kinds(text: &str) -> Vec<Tok> {
        tokens(text, 0, false)
            .map(|t| t.expect("no error").1)
            .collect()
    }

    fn kinds_both(text: &str) -> Vec<Tok> {
        let lf = kinds(text);
        assert_eq!(
            lf,
            kinds(&text.replace('\n', "\r\n")),
            "CRLF changes {text:?}"
        );
        assert_eq!(lf, kinds(&text.replace('\n', "\r")), "CR changes {text:?}");
        lf
    }

    fn layout_only(text: &str) -> String {
        kinds_both(text)
            .iter()
            .map(|t| match t {
                Tok::Newline => "NL ",
                Tok::Indent => "IN ",
                Tok::Dedent => "DE ",
                _ => "x ",
            })
            .collect::<String>()
            .trim_end()
            .to_string()
    }

    /// The error as (class, message, line, 0-based caret column).
    fn error(text: &str) -> (&'static str, String, usize, usize) {
        let src = SourceFile::new("t.py", text);
        let e = tokens(text, 0, false)
            .find_map(Result::err)
            .unwrap_or_else(|| panic!("no error for {text:?}"));
        let line = e.line_number(&src);
        (
            e.kind.class_name(),
            e.message.clone(),
            line,
            src.column_of(e.span.start as usize),
        )
    }

    /// Expected values come from CPython 3.11's `compile()` (offset minus one).
    #[test]
    fn errors_match_cpython() {
        let cases: &[(&str, &str, &str, usize, usize)] = &[
        ("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 4),
        ("x = 1_\n", "SyntaxError", "invalid decimal literal", 1, 5),
        ("x = 1__0\n", "SyntaxError", "invalid decimal literal", 1, 5),
        ("x = 1e+\n", "SyntaxError", "invalid decimal literal", 1, 6),
        ("x = 1.5j_\n", "SyntaxError", "invalid imaginary literal", 1, 7),
        ("x = 0x\n", "SyntaxError", "invalid hexadecimal literal", 1, 5),
        ("x = 0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 6),
        ("x = 0o8\n", "SyntaxError", "invalid digit '8' in octal literal", 1, 6),
        ("x = 0o17a\n", "SyntaxError", "invalid octal literal", 1, 7),
        ("x = 0o\n", "SyntaxError", "invalid octal literal", 1, 5),
        ("x = 0b12\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7),
        ("x = 0b\n", "SyntaxError", "invalid binary literal", 1, 5),
        ("x = 0012 + 1\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4),
        ("x = 0_7\n", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4),
        ("x = 0o1_\n", "SyntaxError", "invalid octal literal", 1, 7),
        ("x = 1e\n", "SyntaxError", "invalid decimal literal", 1, 4),
        ("x = 1.2e-x\n", "SyntaxError", "invalid decimal literal", 1, 8),
        ("x = 0b1_\n", "SyntaxError", "invalid binary literal", 1, 7),
        ("x = 5€\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5),
        ("x = a€b\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 5),
        ("x = \u{a0}1\n", "SyntaxError", "invalid non-printable character U+00A0", 1, 4),
        ("x = 1 \\ 2\n", "SyntaxError", "unexpected character after line continuation character", 1, 7),
        ("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 7),
        ("x = 1 +\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 8),
        ("x = $\n", "SyntaxError", "invalid syntax", 1, 4),
        ("x = a?\n", "SyntaxError", "invalid syntax", 1, 5),
        ("x = `\n", "SyntaxError", "invalid syntax", 1, 4),
        ("x = \u{1}\n", "SyntaxError", "invalid non-printable character U+0001", 1, 4),
        ("x = \"abc\ny = 2\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4),
        ("x = 1\n\nx = \"\"\"abc\n\ny = 2\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 5)", 3, 4),
        ("x = 1\n\nx = \"\"\"abc\n\ny = 2", "SyntaxError", "unterminated triple-quoted string literal (detected at line 5)", 3, 4),
        ("x = 'abc", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4),
        ("x = rb'abc\\\nde\n", "SyntaxError", "unterminated string literal (detected at line 2)", 1, 4),
        ("x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 4),
        ("x = (1,\n  \"abc\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 2),
        ("x = 'abc\r\ny = 1\r\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 4),
        ("x = \"ab\\x1\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 1, 11),
        ("x = \"é\\x1g\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", 1, 11),
        ("x = \"\\U00110000\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 16),
        ("x = \"\\u12\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 10),
        ("x = \"\\é\\xz\"\n", "SyntaxError", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape", 1, 11),
        ("x = b\"\\x1\"\n", "SyntaxError", "(value error) invalid \\x escape at position 0", 1, 10),
        ("x = b\"ab\\xzz\"\n", "SyntaxError", "(value error) invalid \\x escape at position 2", 1, 13),
        ("x = b\"é\"\n", "SyntaxError", "bytes can only contain ASCII literal characters", 1, 4),
        ("if x:\n        a\n    b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 5),
        ("if x:\n  if y:\n    z\n w\n", "IndentationError", "unindent does not match any outer indentation level", 4, 2),
        ("if x:\n	a\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ("if x:\n        a\n	b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ("if x:\n    	a\n	    b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0),
        ("x = (1, 2))\n", "SyntaxError", "unmatched ')'", 1, 10),
        ("x = (1, 2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 9),
        ("x = [\n(1,\n2\n)\n)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 5, 0),
        ("x = [\n(1,\n2\n}\n", "SyntaxError", "closing parenthesis '}' does not match opening parenthesis '(' on line 2", 4, 0),
        ("x = foo(1,\n  2\n\n", "SyntaxError", "'(' was never closed", 1, 7),
        ("x = foo(1, [2\n", "SyntaxError", "'[' was never closed", 1, 11),
        ("x = (1,\n2\\", "SyntaxError", "'(' was never closed", 1, 4),
        ("x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError", "too many nested parentheses", 1, 204),
        ];
        for &(text, class, message, line, col) in cases {
            let got = error(text);
            let want = (class, message.to_string(), line, col);
            assert_eq!(got, want, "for {text:?}");
        }
    }

    #[test]
    fn too_deep_nesting_is_an_error_not_a_crash() {
        let text = "(".repeat(100_000);
        let e = error(&text);
        assert_eq!(
            e,
            ("SyntaxError", "too many nested parentheses".into(), 1, 200)
        );
        assert_eq!(
            kinds(&format!("x = {}{}\n", "(".repeat(200), ")".repeat(200))).len(),
            403
        );
    }

    #[test]
    fn null_bytes() {
        let e = error("x = 1\ny = 2\0\n");
        assert_eq!(e.1, "source code cannot contain null bytes");
        assert_eq!(e.2, 2);
        let src = "x = \"\0\"\n";
        let e = tokens(src, 0, false).find_map(Result::err).unwrap();
        assert!(!e.carets);
    }

    #[test]
    fn nested_blocks_and_dedents() {
        assert_eq!(layout_only("if a:\n    b\n"), "x x x NL IN x NL DE");
        assert_eq!(
            layout_only("if a:\n  if b:\n    if c:\n      d\ne\n"),
            "x x x NL IN x x x NL IN x x x NL IN x NL DE DE DE x NL"
        );
        assert_eq!(
            layout_only("if a:\n  if b:\n    c\n  d\ne\n"),
            "x x x NL IN x x x NL IN x NL DE x NL DE x NL"
        );
    }

    #[test]
    fn blank_and_comment_lines_never_count() {
        assert_eq!(
            layout_only("if a:\n\n        # deep\n  # shallow\n#none\n    b\n   \n\t\nc\n"),
            "x x x NL IN x NL DE x NL"
        );
        assert_eq!(layout_only(""), "");
        assert_eq!(layout_only("# only\n\n   # comments\n"), "");
        assert_eq!(layout_only("\n\n\nx\n\n\n"), "x NL");
    }

    #[test]
    fn end_of_input() {
        // No final newline, and a file ending inside indented blocks.
        assert_eq!(layout_only("x"), "x NL");
        assert_eq!(
            layout_only("if a:\n  if b:\n    c"),
            "x x x NL IN x x x NL IN x NL DE DE"
        );
        assert_eq!(
            layout_only("if a:\n  b\n  # trailing\n"),
            "x x x NL IN x NL DE"
        );
        let end = tokens("if a:\n  b", 0, false).last().unwrap().unwrap();
        assert_eq!((end.0, end.2), (9, 9));
    }

    #[test]
    fn dedent_is_zero_width_at_line_start() {
        let toks: Vec<_> = tokens("if a:\n  b\nc\n", 0, false)
            .map(Result::unwrap)
            .collect();
        let dedent = toks.iter().find(|t| t.1 == Tok::Dedent).unwrap();
        assert_eq!((dedent.0, dedent.2), (10, 10));
        let indent = toks.iter().find(|t| t.1 == Tok::Indent).unwrap();
        assert_eq!((indent.0, indent.2), (6, 8));
    }

    #[test]
    fn tabs() {
        // A tab reaches the next multiple of 8, consistently on both lines.
        assert_eq!(layout_only("if a:\n\tb\n\tc\n"), "x x x NL IN x NL x NL DE");
        assert_eq!(
            layout_only("if a:\n\tif b:\n\t\tc\n\td\n"),
            "x x x NL IN x x x NL IN x NL DE x NL DE"
        );
        assert_eq!(error("if a:\n\tb\n        c\n").0, "TabError");
    }

    #[test]
    fn form_feed_resets_indentation() {
        assert_eq!(
            layout_only("if a:\n    b\n\x0c    c\n"),
            "x x x NL IN x NL x NL DE"
        );
        assert_eq!(
            layout_only("if a:\n    b\n    \x0cc\n"),
            "x x x NL IN x NL DE x NL"
        );
    }

    #[test]
    fn brackets_span_lines() {
        assert_eq!(
            layout_only("x = (1,\n  2,\n\n 3)\ny\n"),
            "x x x x x x x x x NL x NL"
        );
        assert_eq!(layout_only("x = [\n  {1:\n2}]\n"), "x x x x x x x x x NL");
        assert_eq!(
            error("x = (\n  [1,\n  2)\n").1,
            "closing parenthesis ')' does not match opening parenthesis '[' on line 2"
        );
    }

    #[test]
    fn continuation_lines() {
        assert_eq!(
            layout_only("x = 1 + \\\n        2\ny\n"),
            "x x x x x NL x NL"
        );
        assert_eq!(
            layout_only("if a:\n    x = \\\n2\n    y\n"),
            "x x x NL IN x x x NL x NL DE"
        );
    }

    #[test]
    fn expression_mode_has_no_layout() {
        let toks: Vec<_> = tokens("a +\n  b", 10, true).map(|t| t.unwrap()).collect();
        assert_eq!(
            toks,
            vec![
                (10, Tok::Name("a".into()), 11),
                (12, Tok::Plus, 13),
                (16, Tok::Name("b".into()), 17)
            ]
        );
    }

    #[test]
    fn unexpected_indent_is_left_to_the_parser() {
        assert_eq!(layout_only("  x\n"), "IN x NL DE");
    }
}
