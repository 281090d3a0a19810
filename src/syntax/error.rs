//! Errors found before execution (lexer, layout, parser, resolver), kept as plain data and
//! rendered in one place: CPython 3.11's stderr format by default, miette's with
//! `--pretty-errors`.

use crate::source::{SourceFile, Span};
use std::fmt::Write;

/// The exception class CPython would raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Valid Python outside refpy's subset. Printed as a SyntaxError whose message starts with
    /// "not supported by refpy:", so users can tell it from invalid Python.
    NotSupported,
    /// Nesting too deep to compile: CPython raises RecursionError, printed without a location.
    RecursionError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError | SyntaxErrorKind::NotSupported => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A diagnostic found before execution, with the source range CPython's carets mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    /// The range the caret line marks. An empty span marks one character.
    pub span: Span,
    /// The line CPython reports, when it is not the line where `span` starts (for example
    /// "expected an indented block" reports the line after the statement).
    pub line: Option<usize>,
    /// Whether CPython prints a caret line for this error (it does not for some tokenizer
    /// errors such as "unindent does not match any outer indentation level").
    pub carets: bool,
    /// Text CPython shows instead of the source line, with the caret columns in it (0-based,
    /// end exclusive): f-string fields are reported as `(expr)`.
    pub snippet: Option<(String, usize, usize)>,
    /// CPython reports some errors (undecodable source) before it has a location: only the
    /// `SyntaxError: message` line is printed.
    pub located: bool,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            span,
            line: None,
            carets: true,
            snippet: None,
            located: true,
        }
    }

    pub fn syntax(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, message, span)
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::IndentationError, message, span)
    }

    /// CPython's "maximum recursion depth exceeded during compilation".
    pub fn too_deep(span: Span) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::RecursionError,
            "maximum recursion depth exceeded during compilation",
            span,
        )
        .without_location()
    }

    pub fn not_supported(construct: &str, span: Span) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::NotSupported,
            format!("not supported by refpy: {construct}"),
            span,
        )
    }

    pub fn at_line(mut self, line: usize) -> SyntaxError {
        self.line = Some(line);
        self
    }

    pub fn without_location(mut self) -> SyntaxError {
        self.located = false;
        self
    }

    pub fn without_carets(mut self) -> SyntaxError {
        self.carets = false;
        self
    }

    /// The reported 1-based line number.
    pub fn line_number(&self, src: &SourceFile) -> usize {
        self.line
            .unwrap_or_else(|| src.line_of(self.span.start as usize))
    }

    /// CPython 3.11's rendering of an uncaught SyntaxError (Python/pythonrun.c
    /// `print_exception` and `print_error_text`), ending with a newline.
    pub fn render_cpython(&self, src: &SourceFile, display_path: &str) -> String {
        let mut out = String::new();
        if !self.located {
            let _ = writeln!(out, "{}: {}", self.kind.class_name(), self.message);
            return out;
        }
        let lineno = self.line_number(src);
        let _ = writeln!(out, "  File \"{display_path}\", line {lineno}");
        if let Some((text, col, end)) = &self.snippet {
            let _ = writeln!(out, "    {text}");
            let width = end.saturating_sub(*col).max(1);
            let _ = writeln!(out, "    {}{}", " ".repeat(*col), "^".repeat(width));
            let _ = writeln!(out, "{}: {}", self.kind.class_name(), self.message);
            return out;
        }
        let text = src.line_text(lineno);
        // CPython's line text is a C string: it ends at a NUL byte.
        let text = text.split('\0').next().unwrap_or(text);
        // CPython strips leading spaces, tabs and form feeds and shifts the carets with them.
        // Its caret columns count bytes of the UTF-8 line, not characters.
        let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
        let removed = text.len() - stripped.len();
        if lineno <= src.line_count() && !(stripped.is_empty() && self.line.is_some()) {
            let _ = writeln!(out, "    {stripped}");
            if self.carets {
                let line_start = src.line_start(lineno);
                let line_end = line_start + text.len();
                let start = (self.span.start as usize).clamp(line_start, line_end + 1);
                // A range that runs on to later lines is underlined to the end of this
                // one, without its newline.
                let end = if self.span.end as usize > line_end + 1 {
                    line_end.max(start)
                } else {
                    self.span.end as usize
                };
                let end = end.clamp(start, line_end + 1);
                let col = (start - line_start).saturating_sub(removed);
                let width = (end - start).max(1);
                let _ = writeln!(out, "    {}{}", " ".repeat(col), "^".repeat(width));
            }
        }
        let _ = writeln!(out, "{}: {}", self.kind.class_name(), self.message);
        out
    }

    /// The same diagnostic rendered by miette, with a labelled source span.
    pub fn render_pretty(&self, src: &SourceFile, display_path: &str) -> String {
        let diagnostic = PrettySyntaxError {
            class: self.kind.class_name(),
            message: self.message.clone(),
            source_code: miette::NamedSource::new(display_path, src.text.clone()),
            span: (
                self.span.start as usize,
                (self.span.end - self.span.start) as usize,
            )
                .into(),
            help: (self.kind == SyntaxErrorKind::NotSupported).then(|| {
                "this is valid Python, but outside the subset refpy runs (see README.md)"
                    .to_string()
            }),
        };
        let mut out = String::new();
        let handler = miette::GraphicalReportHandler::new();
        if handler.render_report(&mut out, &diagnostic).is_err() {
            return self.render_cpython(src, display_path);
        }
        out
    }
}

#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{class}: {message}")]
#[diagnostic(code(refpy::syntax))]
struct PrettySyntaxError {
    class: &'static str,
    message: String,
    #[source_code]
    source_code: miette::NamedSource<String>,
    #[label("here")]
    span: miette::SourceSpan,
    #[help]
    help: Option<String>,
}
