//! The front end: source text to syntax tree. `lexer` (logos) makes raw tokens, `layout` adds
//! NEWLINE/INDENT/DEDENT, the LALRPOP parser generated from grammar/python.lalrpop builds the
//! tree, with `actions` doing the checks the grammar should not. This module is the only code
//! that touches `lalrpop_util`.

pub mod actions;
pub mod ast;
pub mod error;
pub mod fstring;
pub mod layout;
pub mod lexer;
pub mod parse_error;
pub mod token;

use crate::source::{SourceFile, Span};
use error::SyntaxError;
use token::Tok;

#[allow(clippy::all, clippy::pedantic, unused)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

/// What the single grammar entry point returns; the first synthetic token chooses which.
pub enum Parsed {
    Module(ast::Module),
    Expression(ast::Expr),
}

/// Parses a whole program.
pub fn parse_module(src: &SourceFile) -> Result<ast::Module, SyntaxError> {
    match parse_with(&src.text, 0, Tok::StartModule)? {
        Parsed::Module(m) => Ok(m),
        Parsed::Expression(_) => unreachable!("StartModule selects the module rule"),
    }
}

/// Parses one expression found at byte `base` of the file (an f-string replacement field).
/// Spans in the result are absolute offsets into the file.
pub fn parse_expression(text: &str, base: usize) -> Result<ast::Expr, SyntaxError> {
    match parse_with(text, base, Tok::StartExpression)? {
        Parsed::Expression(e) => Ok(e),
        Parsed::Module(_) => unreachable!("StartExpression selects the expression rule"),
    }
}

fn parse_with(text: &str, base: usize, start: Tok) -> Result<Parsed, SyntaxError> {
    let expression_mode = start == Tok::StartExpression;
    let tokens =
        std::iter::once(Ok((base, start, base))).chain(layout::tokens(text, base, expression_mode));
    let mut recorder = parse_error::Recorder::new(tokens);
    let result = generated::TopParser::new().parse(&mut recorder);
    result.map_err(|e| parse_error::convert(e, text, base, &mut recorder))
}

/// Every token of a program with its span, after layout; for `--dump-tokens` and tests.
pub fn tokenize(text: &str) -> Result<Vec<(Span, Tok)>, SyntaxError> {
    layout::tokens(text, 0, false)
        .map(|r| r.map(|(s, t, e)| (Span::new(s, e), t)))
        .collect()
}
