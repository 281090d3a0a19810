//! Turns LALRPOP's errors into CPython 3.11's SyntaxError messages. CPython's PEG parser has
//! `invalid_*` rules that recognise common mistakes; here the same mistakes are recognised
//! from the parser's expected-token set and the tokens it had consumed.

use super::error::SyntaxError;
use super::token::Tok;
use crate::source::Span;
use lalrpop_util::ParseError;

pub type Spanned = (usize, Tok, usize);

/// How many recent tokens the recorder keeps for error messages.
const WINDOW: usize = 4096;

/// Wraps the token stream and remembers the recent tokens the parser consumed.
pub struct Recorder<I> {
    inner: I,
    tokens: Vec<Spanned>,
    /// Index in `tokens` where the current logical line starts.
    line_start: usize,
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Recorder<I> {
    pub fn new(inner: I) -> Self {
        Recorder {
            inner,
            tokens: Vec::new(),
            line_start: 0,
        }
    }
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Iterator for Recorder<I> {
    type Item = Result<Spanned, SyntaxError>;
    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        if let Ok(t) = &item {
            if self.tokens.len() >= WINDOW {
                let keep = WINDOW / 2;
                let cut = self.tokens.len() - keep;
                self.tokens.drain(..cut);
                self.line_start = self.line_start.saturating_sub(cut);
            }
            if let Some((_, Tok::Newline | Tok::Indent | Tok::Dedent, _)) = self.tokens.last() {
                self.line_start = self.tokens.len();
            }
            self.tokens.push(t.clone());
        }
        Some(item)
    }
}

/// Converts a parse failure. `rec` holds the tokens consumed so far, ending with the one the
/// parser rejected; it can still be advanced to look ahead.
pub fn convert<I>(
    err: ParseError<usize, Tok, SyntaxError>,
    text: &str,
    base: usize,
    rec: &mut Recorder<I>,
) -> SyntaxError
where
    I: Iterator<Item = Result<Spanned, SyntaxError>>,
{
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::syntax("invalid syntax", Span::new(location, location + 1))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let end = base + text.len();
            let _ = expected;
            SyntaxError::syntax("invalid syntax", Span::new(location.min(end), end))
        }
        ParseError::UnrecognizedToken { token, expected } => {
            Context::new(rec, text, base).explain(token, &expected)
        }
        ParseError::ExtraToken { token: (s, _, e) } => {
            SyntaxError::syntax("invalid syntax", Span::new(s, e))
        }
    }
}

struct Context<'r, I> {
    rec: &'r mut Recorder<I>,
    text: &'r str,
    base: usize,
}

impl<'r, I: Iterator<Item = Result<Spanned, SyntaxError>>> Context<'r, I> {
    fn new(rec: &'r mut Recorder<I>, text: &'r str, base: usize) -> Self {
        Context { rec, text, base }
    }

    fn explain(&mut self, token: Spanned, expected: &[String]) -> SyntaxError {
        let expects = |t: &str| expected.iter().any(|e| e == &format!("\"{t}\""));
        let (start, tok, end) = token.clone();
        // The rejected token is the last one recorded; `bad` is its index.
        let bad = self.rec.tokens.len().saturating_sub(1);
        let line: Vec<Spanned> = self.rec.tokens[self.rec.line_start.min(bad)..bad].to_vec();
        let line = &line[..];
        let prev = line.last().map(|t| &t.1);

        let header = self.block_header(bad);
        if tok == Tok::Indent && header.is_none() {
            return SyntaxError::indentation("unexpected indent", Span::new(start, end))
                .without_carets();
        }
        if let Some((keyword, line_no)) = header {
            if tok != Tok::Indent {
                let what = match keyword {
                    Tok::Def => "function definition".to_string(),
                    Tok::Class => "class definition".to_string(),
                    k => format!("{k} statement"),
                };
                let message = format!("expected an indented block after {what} on line {line_no}");
                let at_end = start >= self.base + self.text.trim_end().len();
                let err = SyntaxError::indentation(message, Span::new(start, start + 1));
                return if at_end {
                    err.at_line(line_no).without_carets()
                } else {
                    err
                };
            }
        }
        if let Some(e) = self.not_supported(&token, line) {
            return e;
        }
        if expects("except") && expects("finally") {
            return SyntaxError::syntax(
                "expected 'except' or 'finally' block",
                Span::new(start, end),
            );
        }
        if tok == Tok::Newline && expects(":") && self.starts_compound(line) {
            let at = line.last().map_or(start, |t| t.2);
            return SyntaxError::syntax("expected ':'", Span::new(at, at));
        }
        if let Some(e) = self.legacy_print(line, bad) {
            return e;
        }
        if matches!(tok, Tok::Rbrace | Tok::Comma)
            && prev == Some(&Tok::Colon)
            && self.open_bracket(bad) == Some(Tok::Lbrace)
        {
            let colon = &line[line.len() - 1];
            return SyntaxError::syntax(
                "expression expected after dictionary key and ':'",
                Span::new(colon.0, colon.2),
            );
        }
        if tok == Tok::Equal && bad > 0 && ends_expression(prev) {
            if let Some(e) = self.assignment_in_expression(bad) {
                return e;
            }
        }
        if expects("else") {
            if let Some(e) = self.missing_else(bad) {
                return e;
            }
        }
        if tok == Tok::For && ends_expression(prev) {
            let a = expression_start(&self.rec.tokens, bad - 1);
            let toks = &self.rec.tokens;
            if toks[a].1 == Tok::Star && a > 0 && is_opener(&toks[a - 1].1) {
                return SyntaxError::syntax(
                    "iterable unpacking cannot be used in comprehension",
                    Span::new(toks[a].0, toks[bad - 1].2),
                );
            }
        }
        if starts_expression(&tok) && ends_expression(prev) && self.open_bracket(bad).is_some() {
            if let Some(e) = self.forgotten_comma(bad) {
                return e;
            }
        }
        let end = if tok == Tok::Newline || tok == Tok::Dedent {
            start
        } else {
            end
        };
        SyntaxError::syntax("invalid syntax", Span::new(start, end.max(start)))
    }

    /// When the rejected token follows `:` NEWLINE of a compound statement header, the
    /// header's keyword and its line.
    fn block_header(&self, bad: usize) -> Option<(Tok, usize)> {
        let toks = &self.rec.tokens;
        if bad < 2 || toks[bad - 1].1 != Tok::Newline || toks[bad - 2].1 != Tok::Colon {
            return None;
        }
        // The header is the logical line before the NEWLINE.
        let mut i = bad - 2;
        while i > 0
            && !matches!(
                toks[i - 1].1,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule
            )
        {
            i -= 1;
        }
        // Skip decorators' lines: they end with NEWLINE too, so `i` is already past them.
        let mut k = i;
        if toks[k].1 == Tok::Async {
            k += 1;
        }
        let keyword = toks.get(k)?.1.clone();
        match keyword {
            Tok::If
            | Tok::Elif
            | Tok::Else
            | Tok::While
            | Tok::For
            | Tok::With
            | Tok::Try
            | Tok::Except
            | Tok::Finally
            | Tok::Def
            | Tok::Class => {
                let line = self.line_of(toks[k].0);
                Some((keyword, line))
            }
            _ => None,
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        let rel = offset.saturating_sub(self.base).min(self.text.len());
        1 + self.text.as_bytes()[..rel]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    fn starts_compound(&self, line: &[Spanned]) -> bool {
        let first = match line.first() {
            Some((_, Tok::Async, _)) => line.get(1),
            other => other,
        };
        matches!(
            first.map(|t| &t.1),
            Some(
                Tok::If
                    | Tok::Elif
                    | Tok::Else
                    | Tok::While
                    | Tok::For
                    | Tok::With
                    | Tok::Try
                    | Tok::Except
                    | Tok::Finally
                    | Tok::Def
                    | Tok::Class
            )
        )
    }

    /// The innermost bracket open before token `bad`.
    fn open_bracket(&self, bad: usize) -> Option<Tok> {
        let mut depth = 0i32;
        for (_, t, _) in self.rec.tokens[..bad].iter().rev() {
            match t {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        return Some(t.clone());
                    }
                    depth -= 1;
                }
                Tok::Newline | Tok::Indent | Tok::Dedent => return None,
                _ => {}
            }
        }
        None
    }

    /// Valid Python outside refpy's subset.
    fn not_supported(&self, token: &Spanned, line: &[Spanned]) -> Option<SyntaxError> {
        let first = line.first()?;
        match (&first.1, line.len(), &token.1) {
            (Tok::Name(n), 1, t) if &**n == "match" && starts_expression(t) => Some(
                SyntaxError::not_supported("the match statement", Span::new(first.0, first.2)),
            ),
            (Tok::Except, 1, Tok::Star) => Some(SyntaxError::not_supported(
                "except* (exception groups)",
                Span::new(first.0, token.2),
            )),
            (Tok::With, 2, Tok::As) if line[1].1 == Tok::Lpar => Some(SyntaxError::not_supported(
                "parenthesized context managers",
                Span::new(first.0, token.2),
            )),
            _ => None,
        }
    }

    /// `print "x"`: CPython's invalid_legacy_expression.
    fn legacy_print(&mut self, line: &[Spanned], bad: usize) -> Option<SyntaxError> {
        let (Tok::Name(n), 1) = (&line.first()?.1, line.len()) else {
            return None;
        };
        if &**n != "print" && &**n != "exec" {
            return None;
        }
        let name = n.to_string();
        let start = line[0].0;
        if !starts_expression(&self.rec.tokens[bad].1) {
            return None;
        }
        let end = self.expression_end(bad);
        Some(SyntaxError::syntax(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            Span::new(start, end),
        ))
    }

    /// `if x = 1:` and `if f() = 1:`: CPython's invalid_named_expression.
    fn assignment_in_expression(&mut self, bad: usize) -> Option<SyntaxError> {
        let toks = &self.rec.tokens;
        let a = expression_start(toks, bad - 1);
        let a_span = Span::new(toks[a].0, toks[bad - 1].2);
        let single_name = a == bad - 1 && matches!(toks[a].1, Tok::Name(_));
        let first = toks[a].1.clone();
        // The statement-level `x = 1` is valid; this is about `=` inside an expression.
        let next_start = self.peek_start();
        if single_name {
            let next_start = next_start?;
            let end = self.expression_end_from(next_start);
            return Some(SyntaxError::syntax(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                Span::new(a_span.start as usize, end),
            ));
        }
        if matches!(first, Tok::Lsqb | Tok::True | Tok::False | Tok::None) || (first == Tok::Lpar) {
            return None;
        }
        let source = self.slice(a_span)?;
        let expr = super::parse_expression(source, a_span.start as usize).ok()?;
        Some(SyntaxError::syntax(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::actions::expr_name(&expr)
            ),
            a_span,
        ))
    }

    /// `a if b` without `else`.
    fn missing_else(&self, bad: usize) -> Option<SyntaxError> {
        let toks = &self.rec.tokens;
        let mut depth = 0i32;
        let mut i = bad;
        while i > 0 {
            i -= 1;
            match &toks[i].1 {
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                    if depth == 0 {
                        return None;
                    }
                    depth -= 1;
                }
                Tok::If if depth == 0 && i > 0 => {
                    let a = expression_start(toks, i - 1);
                    return Some(SyntaxError::syntax(
                        "expected 'else' after 'if' expression",
                        Span::new(toks[a].0, toks[bad - 1].2),
                    ));
                }
                Tok::Newline | Tok::Indent | Tok::Dedent => return None,
                _ => {}
            }
        }
        None
    }

    /// `[1, 2 3]`: two expressions side by side inside brackets.
    fn forgotten_comma(&mut self, bad: usize) -> Option<SyntaxError> {
        let toks = &self.rec.tokens;
        let a = expression_start(toks, bad - 1);
        // CPython skips `NAME STRING` (a string prefix typo) and soft keywords.
        if a == bad - 1 {
            if let (Tok::Name(n), Tok::String(_)) = (&toks[a].1, &toks[bad].1) {
                let _ = n;
                return None;
            }
        }
        let start = toks[a].0;
        let end = self.expression_end(bad);
        Some(SyntaxError::syntax(
            "invalid syntax. Perhaps you forgot a comma?",
            Span::new(start, end),
        ))
    }

    fn slice(&self, span: Span) -> Option<&str> {
        let s = (span.start as usize).checked_sub(self.base)?;
        let e = (span.end as usize).checked_sub(self.base)?;
        self.text.get(s..e)
    }

    /// The start of the next unconsumed token.
    fn peek_start(&mut self) -> Option<usize> {
        let t = self.rec.next()?.ok()?;
        // `next` recorded it; the caller looks at it through `expression_end_from`.
        Some(t.0)
    }

    /// The end of the expression that starts with the recorded token `from`, reading ahead.
    fn expression_end(&mut self, from: usize) -> usize {
        let mut i = from;
        let mut depth = 0i32;
        loop {
            while i + 1 >= self.rec.tokens.len() {
                match self.rec.next() {
                    Some(Ok(_)) => {}
                    _ => return self.rec.tokens[i].2,
                }
            }
            let t = &self.rec.tokens[i].1;
            match t {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth -= 1,
                _ => {}
            }
            if depth < 0 {
                return self.rec.tokens[i.saturating_sub(1)].2;
            }
            let next = &self.rec.tokens[i + 1].1;
            let continues = depth > 0
                || matches!(next, Tok::Lpar | Tok::Lsqb | Tok::Dot)
                || (matches!(next, Tok::String(_)) && matches!(t, Tok::String(_)))
                || is_binary_operator(next)
                || is_binary_operator(t)
                || *t == Tok::Dot
                || matches!(
                    t,
                    Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await
                );
            if !continues {
                return self.rec.tokens[i].2;
            }
            i += 1;
        }
    }

    fn expression_end_from(&mut self, start: usize) -> usize {
        let idx = self
            .rec
            .tokens
            .iter()
            .rposition(|t| t.0 == start)
            .unwrap_or(self.rec.tokens.len() - 1);
        self.expression_end(idx)
    }
}

/// The index of the first token of the expression ending at token `last` (a heuristic
/// backward scan over primaries and operators, stopping at separators).
fn expression_start(toks: &[Spanned], last: usize) -> usize {
    let mut i = last;
    loop {
        // Skip back over one operand.
        match &toks[i].1 {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let mut depth = 0i32;
                loop {
                    match &toks[i].1 {
                        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
                        Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 || i == 0 {
                        break;
                    }
                    i -= 1;
                }
            }
            _ => {}
        }
        if i == 0 {
            return 0;
        }
        let before = &toks[i - 1].1;
        let operand_ends = ends_expression(Some(before));
        let opener_is_trailer = matches!(toks[i].1, Tok::Lpar | Tok::Lsqb) && operand_ends;
        if opener_is_trailer
            || *before == Tok::Dot
            || (matches!(before, Tok::String(_)) && matches!(toks[i].1, Tok::String(_)))
        {
            i -= 1;
            continue;
        }
        if is_binary_operator(before)
            || matches!(
                before,
                Tok::Minus | Tok::Plus | Tok::Tilde | Tok::Not | Tok::Await | Tok::Star
            )
        {
            if i >= 2
                && (is_binary_operator(before) || *before == Tok::Star)
                && !ends_expression(Some(&toks[i - 2].1))
            {
                // A prefix `*` or `-`: part of this operand.
                return i - 1;
            }
            if i < 2 {
                return i - 1;
            }
            i -= 2;
            continue;
        }
        if matches!(toks[i].1, Tok::Dot) {
            i -= 1;
            continue;
        }
        return i;
    }
}

fn is_opener(t: &Tok) -> bool {
    matches!(t, Tok::Lpar | Tok::Lsqb | Tok::Lbrace)
}

fn ends_expression(t: Option<&Tok>) -> bool {
    matches!(
        t,
        Some(
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imaginary
                | Tok::String(_)
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Rpar
                | Tok::Rsqb
                | Tok::Rbrace
        )
    )
}

fn starts_expression(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Lpar
            | Tok::Lsqb
            | Tok::Lbrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
    )
}

fn is_binary_operator(t: &Tok) -> bool {
    matches!(
        t,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::DoubleStar
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::At
            | Tok::LeftShift
            | Tok::RightShift
            | Tok::Amper
            | Tok::VBar
            | Tok::Circumflex
            | Tok::Less
            | Tok::Greater
            | Tok::LessEqual
            | Tok::GreaterEqual
            | Tok::EqEqual
            | Tok::NotEqual
            | Tok::In
            | Tok::Is
            | Tok::And
            | Tok::Or
    )
}
