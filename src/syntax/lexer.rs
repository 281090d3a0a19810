//! Raw tokens: a logos lexer over a private token enum, wrapped by `Lexer`, which decodes
//! names, numbers and strings into `Tok`s with absolute byte offsets. Line breaks come out as
//! `Tok::Newline`, one per physical line; `layout.rs` turns them into logical lines.

use super::error::SyntaxError;
use super::numbers::{parse_int, scan_number, NumberError, NumberKind};
use super::strings::{self, Prefix};
use super::token::Tok;
use crate::source::Span;
use logos::Logos;
use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

/// What logos recognises; numbers and strings are only started here and finished by hand, to
/// follow CPython's tokenizer (and its error messages) exactly.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    #[token("\\")]
    Backslash,
    /// Anything CPython's tokenizer reads as a potential identifier; checked afterwards.
    #[regex(r"[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('|"|'''|""")"#)]
    StringStart,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("=")]
    Equal,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("!")]
    Exclamation,
}

impl Raw {
    fn fixed(self) -> Option<Tok> {
        use Raw as R;
        Some(match self {
            R::Lpar => Tok::Lpar,
            R::Rpar => Tok::Rpar,
            R::Lsqb => Tok::Lsqb,
            R::Rsqb => Tok::Rsqb,
            R::Lbrace => Tok::Lbrace,
            R::Rbrace => Tok::Rbrace,
            R::Colon => Tok::Colon,
            R::Comma => Tok::Comma,
            R::Semi => Tok::Semi,
            R::Dot => Tok::Dot,
            R::Ellipsis => Tok::Ellipsis,
            R::Arrow => Tok::Arrow,
            R::ColonEqual => Tok::ColonEqual,
            R::Equal => Tok::Equal,
            R::Plus => Tok::Plus,
            R::Minus => Tok::Minus,
            R::Star => Tok::Star,
            R::DoubleStar => Tok::DoubleStar,
            R::Slash => Tok::Slash,
            R::DoubleSlash => Tok::DoubleSlash,
            R::Percent => Tok::Percent,
            R::At => Tok::At,
            R::LeftShift => Tok::LeftShift,
            R::RightShift => Tok::RightShift,
            R::Amper => Tok::Amper,
            R::VBar => Tok::VBar,
            R::Circumflex => Tok::Circumflex,
            R::Tilde => Tok::Tilde,
            R::Less => Tok::Less,
            R::Greater => Tok::Greater,
            R::LessEqual => Tok::LessEqual,
            R::GreaterEqual => Tok::GreaterEqual,
            R::EqEqual => Tok::EqEqual,
            R::NotEqual => Tok::NotEqual,
            R::PlusEqual => Tok::PlusEqual,
            R::MinusEqual => Tok::MinusEqual,
            R::StarEqual => Tok::StarEqual,
            R::DoubleStarEqual => Tok::DoubleStarEqual,
            R::SlashEqual => Tok::SlashEqual,
            R::DoubleSlashEqual => Tok::DoubleSlashEqual,
            R::PercentEqual => Tok::PercentEqual,
            R::AtEqual => Tok::AtEqual,
            R::LeftShiftEqual => Tok::LeftShiftEqual,
            R::RightShiftEqual => Tok::RightShiftEqual,
            R::AmperEqual => Tok::AmperEqual,
            R::VBarEqual => Tok::VBarEqual,
            R::CircumflexEqual => Tok::CircumflexEqual,
            R::Exclamation => Tok::Exclamation,
            _ => return None,
        })
    }
}

/// The message of the error for a backslash continuation at end of input; `layout.rs`
/// replaces it with "'(' was never closed" inside brackets, as CPython does.
pub const UNEXPECTED_EOF: &str = "unexpected EOF while parsing";

pub type Spanned = (usize, Tok, usize);

/// Raw tokens of `text`, which starts at byte `base` of its file. Stops after the first error.
pub struct Lexer<'a> {
    logos: logos::Lexer<'a, Raw>,
    text: &'a str,
    base: usize,
    names: HashMap<&'a str, Rc<str>>,
    /// Start of the first line holding a NUL byte: CPython rejects the source on reading it.
    nul_line: Option<usize>,
    done: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(text: &'a str, base: usize) -> Lexer<'a> {
        let nul_line = text.bytes().position(|b| b == 0).map(|nul| {
            text.as_bytes()[..nul]
                .iter()
                .rposition(|&b| b == b'\n' || b == b'\r')
                .map_or(0, |p| p + 1)
        });
        Lexer {
            logos: Raw::lexer(text),
            text,
            base,
            names: HashMap::default(),
            nul_line,
            done: false,
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// An error whose caret marks the character before byte `cur`, as CPython's tokenizer
    /// reports errors at its read position.
    fn error_before(&self, cur: usize, message: impl Into<String>) -> SyntaxError {
        let mut cur = cur.min(self.text.len());
        while !self.text.is_char_boundary(cur) {
            cur -= 1;
        }
        let start = self.text[..cur]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i);
        SyntaxError::syntax(message, self.span(start, cur))
    }

    fn name(&mut self, start: usize, end: usize) -> Result<Tok, SyntaxError> {
        let word = &self.text[start..end];
        if !word.is_ascii() {
            check_identifier(word).map_err(|(offset, c)| {
                let at = start + offset;
                let message = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                SyntaxError::syntax(message, self.span(at, at + 1))
            })?;
        } else if let Some(k) = Tok::keyword(word) {
            return Ok(k);
        }
        let rc = self
            .names
            .entry(word)
            .or_insert_with(|| Rc::from(word))
            .clone();
        Ok(Tok::Name(rc))
    }

    fn string(&mut self, start: usize, quote_end: usize) -> Result<Spanned, SyntaxError> {
        let opener = &self.text[start..quote_end];
        let quote = opener.as_bytes()[opener.len() - 1];
        let quote_len = if opener.ends_with("'''") || opener.ends_with("\"\"\"") {
            3
        } else {
            1
        };
        let prefix = Prefix::parse(&opener[..opener.len() - quote_len]);
        let end = match strings::scan_end(self.text.as_bytes(), quote_end, quote, quote_len) {
            Ok(end) => end,
            Err(line) => {
                let message = if quote_len == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                let first = self.text[start..].chars().next().map_or(1, char::len_utf8);
                return Err(SyntaxError::syntax(
                    message,
                    self.span(start, start + first),
                ));
            }
        };
        self.logos.bump(end - quote_end);
        let body = &self.text[quote_end..end - quote_len];
        let lit = strings::literal(
            prefix,
            body,
            self.base + quote_end,
            quote_len as u8,
            self.base + start,
            self.base + end,
        )?;
        Ok((self.base + start, Tok::String(lit), self.base + end))
    }

    fn number(&mut self, start: usize, matched_end: usize) -> Result<Spanned, SyntaxError> {
        let (end, kind) = scan_number(self.text.as_bytes(), start).map_err(|e| match e {
            NumberError::At(cur, message) => self.error_before(cur, message),
            NumberError::Range(s, e, message) => SyntaxError::syntax(message, self.span(s, e)),
        })?;
        self.logos.bump(end - matched_end);
        let text = &self.text[start..end];
        let tok = match kind {
            NumberKind::Int(radix) => Tok::Int(parse_int(text, radix)),
            NumberKind::Float => {
                let clean: String = text.chars().filter(|&c| c != '_').collect();
                Tok::Float(clean.parse().unwrap_or(f64::INFINITY))
            }
            NumberKind::Imaginary => Tok::Imaginary,
        };
        Ok((self.base + start, tok, self.base + end))
    }

    fn next_token(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        loop {
            match self.next_raw() {
                Step::Skip => continue,
                Step::Done(item) => return item,
            }
        }
    }

    fn next_raw(&mut self) -> Step {
        let raw = self.logos.next();
        let std::ops::Range { start, end } = self.logos.span();
        if let Some(nul_line) = self.nul_line {
            if raw.is_none() || end > nul_line {
                return Step::Done(Some(Err(SyntaxError::syntax(
                    "source code cannot contain null bytes",
                    self.span(nul_line, nul_line),
                )
                .without_carets())));
            }
        }
        let Some(raw) = raw else {
            return Step::Done(None);
        };
        let raw = match raw {
            Ok(raw) => raw,
            Err(()) => {
                let c = self.text[start..].chars().next().unwrap_or('\0');
                let message = if c.is_ascii_graphic() {
                    "invalid syntax".to_string()
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Step::Done(Some(Err(SyntaxError::syntax(
                    message,
                    self.span(start, end),
                ))));
            }
        };
        let tok = match raw {
            Raw::Newline => Tok::Newline,
            Raw::Continuation => {
                if end == self.text.len() {
                    return Step::Done(Some(Err(SyntaxError::syntax(
                        UNEXPECTED_EOF,
                        self.span(start + 1, end),
                    ))));
                }
                return Step::Skip;
            }
            Raw::Backslash => {
                let message = if end == self.text.len() {
                    UNEXPECTED_EOF
                } else {
                    "unexpected character after line continuation character"
                };
                let next = self.text[end..].chars().next().map_or(0, char::len_utf8);
                return Step::Done(Some(Err(SyntaxError::syntax(
                    message,
                    self.span(end, end + next),
                ))));
            }
            Raw::Name => match self.name(start, end) {
                Ok(tok) => tok,
                Err(e) => return Step::Done(Some(Err(e))),
            },
            Raw::StringStart => return Step::Done(Some(self.string(start, end))),
            Raw::Number => return Step::Done(Some(self.number(start, end))),
            fixed => match fixed.fixed() {
                Some(tok) => tok,
                None => return Step::Skip,
            },
        };
        Step::Done(Some(Ok((self.base + start, tok, self.base + end))))
    }
}

enum Step {
    Skip,
    Done(Option<Result<Spanned, SyntaxError>>),
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.next_token();
        if !matches!(item, Some(Ok(_))) {
            self.done = true;
        }
        item
    }
}

/// Checks a non-ASCII identifier as CPython's `verify_identifier` does: XID_Start (or `_`)
/// then XID_Continue. Returns the byte offset and character of the first invalid one.
/// CPython also NFKC-normalises identifiers; refpy does not, so names that differ only by
/// compatibility forms stay distinct.
fn check_identifier(word: &str) -> Result<(), (usize, char)> {
    for (i, c) in word.char_indices() {
        let ok = if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        };
        if !ok {
            return Err((i, c));
        }
    }
    Ok(())
}

/// Python's `str.isprintable` for one character, without the tables for unassigned code
/// points (which count as printable here): false for controls, format characters, private
/// use and separators other than the ASCII space.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !matches!(u,
        0..=0x1F | 0x7F..=0xA0 | 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891
        | 0x8E2 | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
        | 0x2066..=0x206F | 0x3000 | 0xE000..=0xF8FF | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD
        | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001
        | 0xE0020..=0xE007F | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::token::{IntLit, StrKind, StrLit};

    fn lex(text: &str) -> Vec<Tok> {
        let lf: Vec<Tok> = Lexer::new(text, 0)
            .map(|t| t.expect("no error").1)
            .collect();
        let crlf: Vec<Tok> = Lexer::new(&text.replace('\n', "\r\n"), 0)
            .map(|t| t.expect("no error").1)
            .collect();
        assert_eq!(lf, crlf, "CRLF changes {text:?}");
        lf
    }

    fn one(text: &str) -> Tok {
        let toks = lex(text);
        assert_eq!(toks.len(), 1, "{text:?} gives {toks:?}");
        toks.into_iter().next().unwrap()
    }

    fn message(text: &str) -> String {
        Lexer::new(text, 0)
            .find_map(Result::err)
            .unwrap_or_else(|| panic!("no error for {text:?}"))
            .message
    }

    fn int(text: &str) -> String {
        match one(text) {
            Tok::Int(IntLit::Small(v)) => v.to_string(),
            Tok::Int(IntLit::Big(v)) => format!("big {v}"),
            t => panic!("{t:?}"),
        }
    }

    fn string(text: &str) -> StrLit {
        match one(text) {
            Tok::String(s) => s,
            t => panic!("{t:?}"),
        }
    }

    fn value(text: &str) -> String {
        string(text).value.to_string()
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(one("abc_1"), Tok::Name("abc_1".into()));
        assert_eq!(one("_"), Tok::Name("_".into()));
        assert_eq!(one("élan"), Tok::Name("élan".into()));
        assert_eq!(one("日本"), Tok::Name("日本".into()));
        assert_eq!(one("match"), Tok::Name("match".into()));
        assert_eq!(one("lambda"), Tok::Lambda);
        assert_eq!(one("None"), Tok::None);
        assert_eq!(lex("rb ur'x'").len(), 3);
        // Repeated names share one allocation.
        let toks = lex("spam spam");
        match (&toks[0], &toks[1]) {
            (Tok::Name(a), Tok::Name(b)) => assert!(Rc::ptr_eq(a, b)),
            _ => panic!(),
        }
    }

    #[test]
    fn operators_longest_match() {
        use Tok::*;
        assert_eq!(
            lex("**= //= >>= <<= ... -> := != ** // >> << <= >= == ! . ,;:@=@"),
            vec![
                DoubleStarEqual,
                DoubleSlashEqual,
                RightShiftEqual,
                LeftShiftEqual,
                Ellipsis,
                Arrow,
                ColonEqual,
                NotEqual,
                DoubleStar,
                DoubleSlash,
                RightShift,
                LeftShift,
                LessEqual,
                GreaterEqual,
                EqEqual,
                Exclamation,
                Dot,
                Comma,
                Semi,
                Colon,
                AtEqual,
                At
            ]
        );
        assert_eq!(
            lex("()[]{}+-*/%&|^~< > = += -= *= /= %= &= |= ^="),
            vec![
                Lpar,
                Rpar,
                Lsqb,
                Rsqb,
                Lbrace,
                Rbrace,
                Plus,
                Minus,
                Star,
                Slash,
                Percent,
                Amper,
                VBar,
                Circumflex,
                Tilde,
                Less,
                Greater,
                Equal,
                PlusEqual,
                MinusEqual,
                StarEqual,
                SlashEqual,
                PercentEqual,
                AmperEqual,
                VBarEqual,
                CircumflexEqual
            ]
        );
        assert_eq!(lex("a.b"), vec![Name("a".into()), Dot, Name("b".into())]);
        assert_eq!(lex("...."), vec![Ellipsis, Dot]);
    }

    #[test]
    fn integers() {
        assert_eq!(int("0"), "0");
        assert_eq!(int("000"), "0");
        assert_eq!(int("0_0"), "0");
        assert_eq!(int("1_000_000"), "1000000");
        assert_eq!(int("0xff"), "255");
        assert_eq!(int("0X_FF"), "255");
        assert_eq!(int("0o17"), "15");
        assert_eq!(int("0b1_01"), "5");
        assert_eq!(int("9223372036854775807"), "9223372036854775807");
        assert_eq!(int("9223372036854775808"), "big 9223372036854775808");
        assert_eq!(int("0x1_0000_0000_0000_0000"), "big 18446744073709551616");
        assert!(int(&format!("0b{}", "1".repeat(70))).starts_with("big "));
        assert_eq!(
            int("0o1777777777777777777777777"),
            "big 9444732965739290427391"
        );
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(one("1."), Tok::Float(1.0));
        assert_eq!(one(".5"), Tok::Float(0.5));
        assert_eq!(one("1e10"), Tok::Float(1e10));
        assert_eq!(one("1_000.5e-3"), Tok::Float(1.0005));
        assert_eq!(one("0.0"), Tok::Float(0.0));
        assert_eq!(one("00.5"), Tok::Float(0.5));
        assert_eq!(one("1E+3"), Tok::Float(1000.0));
        assert_eq!(one("1e400"), Tok::Float(f64::INFINITY));
        assert_eq!(one("1j"), Tok::Imaginary);
        assert_eq!(one("1.5J"), Tok::Imaginary);
        assert_eq!(one("0j"), Tok::Imaginary);
        assert_eq!(one("1e5j"), Tok::Imaginary);
        // A keyword straight after a number ends it.
        assert_eq!(lex("1if 1else 2")[2], Tok::Int(IntLit::Small(1)));
        assert_eq!(lex("1or 0x1for")[0], Tok::Int(IntLit::Small(1)));
    }

    #[test]
    fn number_errors() {
        assert_eq!(message("1abc"), "invalid decimal literal");
        assert_eq!(message("0x"), "invalid hexadecimal literal");
        assert_eq!(message("0o9"), "invalid digit '9' in octal literal");
        assert_eq!(message("0b3"), "invalid digit '3' in binary literal");
        assert_eq!(message("0b"), "invalid binary literal");
        assert!(message("0123").starts_with("leading zeros in decimal integer literals"));
        assert_eq!(message("1_"), "invalid decimal literal");
        assert_eq!(message("1.0j_"), "invalid imaginary literal");
    }

    #[test]
    fn string_quotes_and_prefixes() {
        assert_eq!(value("'a'"), "a");
        assert_eq!(value("\"a\""), "a");
        assert_eq!(value("'''a'b''c'''"), "a'b''c");
        assert_eq!(value("\"\"\"a\n\"b\"\"\""), "a\n\"b");
        assert_eq!(value("''"), "");
        assert_eq!(value("\"\"\"\"\"\""), "");
        assert_eq!(value("u'x'"), "x");
        assert_eq!(value("U'x'"), "x");
        let s = string("Rb'\\d'");
        assert_eq!((s.kind, s.raw, &*s.value), (StrKind::Bytes, true, "\\d"));
        let s = string("bR'\\n'");
        assert_eq!((s.kind, s.raw), (StrKind::Bytes, true));
        let s = string("F'{x}\\n'");
        assert_eq!(
            (s.kind, &*s.value, s.body_start, s.quote_len),
            (StrKind::FString, "{x}\\n", 2, 1)
        );
        let s = string("rf'''{x}'''");
        assert_eq!(
            (s.kind, s.raw, s.body_start, s.quote_len),
            (StrKind::FString, true, 5, 3)
        );
        assert_eq!(string("fR'a'").kind, StrKind::FString);
        assert_eq!(value("r'a\\'b'"), "a\\'b");
        assert_eq!(value("r'a\\\nb'"), "a\\\nb");
    }

    #[test]
    fn str_escapes() {
        assert_eq!(
            value(r#"'\n\t\\\'\"\a\b\f\v\r'"#),
            "\n\t\\'\"\x07\x08\x0c\x0b\r"
        );
        assert_eq!(value(r"'\0\101\7777\18'"), "\0A\u{1ff}7\u{1}8");
        assert_eq!(value(r"'\x41\u00e9\U0001F600'"), "Aé😀");
        assert_eq!(value("'a\\\nb'"), "ab");
        assert_eq!(value("'''a\\\nb'''"), "ab");
        // Invalid escapes keep their backslash.
        assert_eq!(value(r"'\d\q\é'"), "\\d\\q\\é");
        let lit = Lexer::new("'''a\r\nb\rc'''", 0).next().unwrap().unwrap().1;
        assert!(matches!(lit, Tok::String(s) if &*s.value == "a\nb\nc"));
        assert_eq!(
            message(r"'\N{BULLET}'"),
            "not supported by refpy: \\N{...} escapes"
        );
    }

    #[test]
    fn bytes_values() {
        assert_eq!(value(r"b'\x00\xff\n\777\x41'"), "\0\u{ff}\nÿA");
        assert_eq!(value(r"b'\u0041\N'"), "\\u0041\\N");
        assert_eq!(
            message("b'é'"),
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            message("rb'é'"),
            "bytes can only contain ASCII literal characters"
        );
        assert_eq!(
            message(r"b'\x4'"),
            "(value error) invalid \\x escape at position 0"
        );
    }

    #[test]
    fn newlines_comments_continuations() {
        assert_eq!(
            lex("a # c\nb"),
            vec![Tok::Name("a".into()), Tok::Newline, Tok::Name("b".into())]
        );
        assert_eq!(
            lex("a \\\n b"),
            vec![Tok::Name("a".into()), Tok::Name("b".into())]
        );
        let toks: Vec<_> = Lexer::new("a\r\nb\rc\n", 0).map(Result::unwrap).collect();
        assert_eq!(toks[1], (1, Tok::Newline, 3));
        assert_eq!(toks[3], (4, Tok::Newline, 5));
        assert_eq!(
            message("a \\ b"),
            "unexpected character after line continuation character"
        );
        assert_eq!(message("a \\"), "unexpected EOF while parsing");
        assert_eq!(message("a = $"), "invalid syntax");
        assert_eq!(message("a?"), "invalid syntax");
        assert_eq!(message("a€"), "invalid character '€' (U+20AC)");
        assert_eq!(message("\u{a0}"), "invalid non-printable character U+00A0");
    }

    #[test]
    fn absolute_offsets() {
        let toks: Vec<_> = Lexer::new("x + 'ab'", 100).map(Result::unwrap).collect();
        assert_eq!(toks[0].0, 100);
        assert_eq!((toks[2].0, toks[2].2), (104, 108));
        match &toks[2].1 {
            Tok::String(s) => assert_eq!(s.body_start, 105),
            t => panic!("{t:?}"),
        }
    }

    #[test]
    fn never_panics() {
        let pieces = [
            "'", "\"", "'''", "\\", "\n", "\r", "0x", "0o", "0b", "1e", "_", "é", "€", "\u{a0}",
            "\0", "b'", "f'", "r'", "\\x", "\\u", "\\N", ".", "(", ")", "#", "\t", "9", "j",
            "\\\r",
        ];
        let mut seed = 12345u64;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..8 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let _ = Lexer::new(&text, 0).count();
            let _ = crate::syntax::layout::tokens(&text, 0, false).count();
        }
    }
}
