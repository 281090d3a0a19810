//! The tokens the parser sees. The lexer (`lexer.rs`, logos) produces them with decoded
//! payloads; the layout pass (`layout.rs`) adds `Newline`, `Indent` and `Dedent`.
//! `Display` gives the names used in diagnostics.

use num_bigint::BigInt;
use std::fmt;
use std::rc::Rc;

/// An integer literal: small values stay inline, larger ones are big integers.
#[derive(Clone, Debug, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(Rc<BigInt>),
}

/// Which kind of string a literal piece is; adjacent pieces are concatenated by the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrKind {
    Str,
    Bytes,
    /// An f-string: `value` holds the raw text between the quotes, parsed by `fstring.rs`.
    FString,
}

/// One string literal token, e.g. `'a\n'`, `rb"x"` or `f"{x!r:>10}"`.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub kind: StrKind,
    pub raw: bool,
    /// Decoded text for `Str`; for `Bytes` each char is one byte (U+0000..U+00FF);
    /// for `FString`, the undecoded body.
    pub value: Rc<str>,
    /// Byte offset of the body's first character in the source (after prefix and quotes).
    pub body_start: u32,
    /// Width of the opening quote: 1 or 3.
    pub quote_len: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // Synthetic first token choosing the grammar's entry (see `syntax.rs`).
    StartModule,
    StartExpression,

    // Layout.
    Newline,
    Indent,
    Dedent,

    // Atoms.
    Name(Rc<str>),
    Int(IntLit),
    Float(f64),
    /// `1j`: valid Python that refpy does not support; the parser reports it.
    Imaginary,
    String(StrLit),

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Brackets.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,

    // Punctuation and operators.
    Colon,
    Comma,
    Semi,
    Dot,
    Ellipsis,
    Arrow,
    ColonEqual,
    Equal,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    VBar,
    Circumflex,
    Tilde,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    PlusEqual,
    MinusEqual,
    StarEqual,
    DoubleStarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    LeftShiftEqual,
    RightShiftEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    /// `!`: only meaningful inside f-string replacement fields.
    Exclamation,
}

impl Tok {
    /// The source text of a fixed token (keyword or punctuation), if it has one.
    pub fn fixed_text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Lpar => "(",
            Rpar => ")",
            Lsqb => "[",
            Rsqb => "]",
            Lbrace => "{",
            Rbrace => "}",
            Colon => ":",
            Comma => ",",
            Semi => ";",
            Dot => ".",
            Ellipsis => "...",
            Arrow => "->",
            ColonEqual => ":=",
            Equal => "=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LeftShift => "<<",
            RightShift => ">>",
            Amper => "&",
            VBar => "|",
            Circumflex => "^",
            Tilde => "~",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            DoubleStarEqual => "**=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            AmperEqual => "&=",
            VBarEqual => "|=",
            CircumflexEqual => "^=",
            Exclamation => "!",
            _ => return Option::None,
        })
    }

    /// Keywords by spelling, for the lexer.
    pub fn keyword(word: &str) -> Option<Tok> {
        use Tok::*;
        Some(match word {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    pub fn is_keyword(&self) -> bool {
        self.fixed_text()
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_alphabetic()))
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = self.fixed_text() {
            return write!(f, "'{text}'");
        }
        match self {
            Tok::StartModule | Tok::StartExpression => write!(f, "start of input"),
            Tok::Newline => write!(f, "end of line"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "dedent"),
            Tok::Name(n) => write!(f, "name '{n}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imaginary => write!(f, "number"),
            Tok::String(_) => write!(f, "string"),
            _ => unreachable!("fixed tokens are handled above"),
        }
    }
}
