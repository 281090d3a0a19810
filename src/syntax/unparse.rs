//! The syntax tree printed back as Python source, in the manner of CPython's `ast.unparse`:
//! one statement per line, four-space indentation, and only the parentheses that precedence
//! requires. Parsing the output gives the same tree again (spans aside), which the round-trip
//! tests check with `strip_spans`.

use super::ast::*;
use super::token::IntLit;
use crate::source::Span;
use num_traits::Signed;

/// Prints a module as Python source.
pub fn unparse_module(module: &Module) -> String {
    let mut u = Unparser::default();
    u.stmts(&module.body);
    u.out
}

/// Prints one expression as it would appear on the right of an assignment.
pub fn unparse_expr(expr: &Expr) -> String {
    let mut u = Unparser::default();
    u.expr(expr, Prec::Yield);
    u.out
}

/// Binding strength of an expression, weakest first. A subexpression whose own precedence is
/// below what its position requires is parenthesized.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    NamedExpr,
    /// `yield`, `yield from`: allowed bare only as a whole statement or assigned value.
    Yield,
    /// A bare tuple `a, b`.
    Tuple,
    /// Conditional expressions and lambdas.
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    /// Unary `+ - ~`.
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            NamedExpr => Yield,
            Yield => Tuple,
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

fn binop_prec(op: BinOp) -> Prec {
    match op {
        BinOp::BitOr => Prec::BitOr,
        BinOp::BitXor => Prec::BitXor,
        BinOp::BitAnd => Prec::BitAnd,
        BinOp::LShift | BinOp::RShift => Prec::Shift,
        BinOp::Add | BinOp::Sub => Prec::Arith,
        BinOp::Mult | BinOp::MatMult | BinOp::Div | BinOp::FloorDiv | BinOp::Mod => Prec::Term,
        BinOp::Pow => Prec::Power,
    }
}

fn is_negative(c: &Constant) -> bool {
    match c {
        Constant::Int(IntLit::Small(n)) => *n < 0,
        Constant::Int(IntLit::Big(n)) => n.is_negative(),
        Constant::Float(f) => f.is_sign_negative() && !f.is_nan(),
        _ => false,
    }
}

fn prec_of(e: &Expr) -> Prec {
    match &e.kind {
        ExprKind::NamedExpr { .. } => Prec::NamedExpr,
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Prec::Yield,
        ExprKind::Tuple(elts) if !elts.is_empty() => Prec::Tuple,
        ExprKind::IfExp { .. } | ExprKind::Lambda(_) => Prec::Test,
        ExprKind::BoolOp { op: BoolOp::Or, .. } => Prec::Or,
        ExprKind::BoolOp {
            op: BoolOp::And, ..
        } => Prec::And,
        ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => Prec::Not,
        ExprKind::UnaryOp { .. } => Prec::Factor,
        ExprKind::Compare { .. } => Prec::Cmp,
        ExprKind::BinOp { op, .. } => binop_prec(*op),
        ExprKind::Await(_) => Prec::Await,
        ExprKind::Constant(c) if is_negative(c) => Prec::Factor,
        _ => Prec::Atom,
    }
}

/// The escape for one character of a str literal quoted with `quote`, or `None` if it stands
/// for itself.
fn str_escape(c: char, quote: char) -> Option<String> {
    Some(match c {
        '\\' => "\\\\".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        c if c == quote => format!("\\{c}"),
        c if (c as u32) < 0x20 || ('\u{7f}'..='\u{a0}').contains(&c) => {
            format!("\\x{:02x}", c as u32)
        }
        '\u{ad}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{200b}'..='\u{200f}' => {
            format!("\\u{:04x}", c as u32)
        }
        _ => return None,
    })
}

fn push_escaped_str(out: &mut String, s: &str, quote: char) {
    for c in s.chars() {
        match str_escape(c, quote) {
            Some(e) => out.push_str(&e),
            None => out.push(c),
        }
    }
}

fn push_escaped_bytes(out: &mut String, b: &[u8], quote: char) {
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
}

/// The quotes a string literal may use, in order of preference.
const QUOTES: [&str; 4] = ["'", "\"", "\'\'\'", "\"\"\""];

/// The text of an f-string that is copied verbatim (so its quote must not occur in it): every
/// `debug_text`, and when nested in another f-string's field, the literal text too.
fn collect_fstring_text(parts: &[FStringPart], literals: bool, acc: &mut String) {
    for part in parts {
        match part {
            FStringPart::Literal(text) if literals => acc.push_str(text),
            FStringPart::Literal(_) => {}
            FStringPart::Field(fv) => {
                if let Some(d) = &fv.debug_text {
                    acc.push_str(d);
                }
                if let Some(spec) = &fv.format_spec {
                    collect_fstring_text(spec, literals, acc);
                }
            }
        }
    }
}

#[derive(Default)]
struct Unparser {
    out: String,
    level: usize,
    /// Quotes of the f-strings we are inside of, innermost last. Inside an f-string
    /// replacement field (Python 3.11) a string may use neither those quotes nor backslashes.
    quotes: Vec<&'static str>,
    /// A literal inside an f-string field could not be written validly with the quotes
    /// chosen so far; the enclosing f-string tries its next quote.
    failed: bool,
}

impl Unparser {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn fill(&mut self) {
        for _ in 0..self.level {
            self.out.push_str("    ");
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// `:` then an indented block.
    fn block(&mut self, body: &[Stmt]) {
        self.push(":\n");
        self.level += 1;
        if body.is_empty() {
            self.fill();
            self.push("pass\n");
        } else {
            self.stmts(body);
        }
        self.level -= 1;
    }

    fn else_block(&mut self, orelse: &[Stmt]) {
        if !orelse.is_empty() {
            self.fill();
            self.push("else");
            self.block(orelse);
        }
    }

    fn comma_list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            each(self, item);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        self.fill();
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, Prec::Yield),
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t, Prec::Tuple);
                    self.push(" = ");
                }
                self.expr(value, Prec::Yield);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.expr(target, Prec::Tuple);
                self.push(" ");
                self.push(op.symbol());
                self.push("= ");
                self.expr(value, Prec::Yield);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let paren = !simple && matches!(target.kind, ExprKind::Name(_));
                if paren {
                    self.push("(");
                }
                self.expr(target, Prec::Atom);
                if paren {
                    self.push(")");
                }
                self.push(": ");
                self.expr(annotation, Prec::Test);
                if let Some(v) = value {
                    self.push(" = ");
                    self.expr(v, Prec::Yield);
                }
            }
            StmtKind::Pass => self.push("pass"),
            StmtKind::Break => self.push("break"),
            StmtKind::Continue => self.push("continue"),
            StmtKind::Delete(targets) => {
                self.push("del ");
                self.comma_list(targets, |u, t| u.expr(t, Prec::Test));
            }
            StmtKind::Return(value) => {
                self.push("return");
                if let Some(v) = value {
                    self.push(" ");
                    self.expr(v, Prec::Tuple);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.push("raise");
                if let Some(e) = exc {
                    self.push(" ");
                    self.expr(e, Prec::Test);
                }
                if let Some(c) = cause {
                    self.push(" from ");
                    self.expr(c, Prec::Test);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                self.push(if matches!(s.kind, StmtKind::Global(_)) {
                    "global "
                } else {
                    "nonlocal "
                });
                self.comma_list(names, |u, n| u.push(n));
            }
            StmtKind::Assert { test, msg } => {
                self.push("assert ");
                self.expr(test, Prec::Test);
                if let Some(m) = msg {
                    self.push(", ");
                    self.expr(m, Prec::Test);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.push("if ");
                self.expr(test, Prec::Test);
                self.block(body);
                let mut orelse = orelse;
                // `else: if` with nothing else in the else block is the same tree as `elif`.
                while let [Stmt {
                    kind:
                        StmtKind::If {
                            test,
                            body,
                            orelse: next,
                        },
                    ..
                }] = orelse.as_slice()
                {
                    self.fill();
                    self.push("elif ");
                    self.expr(test, Prec::Test);
                    self.block(body);
                    orelse = next;
                }
                self.else_block(orelse);
                return;
            }
            StmtKind::While { test, body, orelse } => {
                self.push("while ");
                self.expr(test, Prec::Test);
                self.block(body);
                self.else_block(orelse);
                return;
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.push("async ");
                }
                self.push("for ");
                self.expr(target, Prec::Tuple);
                self.push(" in ");
                self.expr(iter, Prec::Tuple);
                self.block(body);
                self.else_block(orelse);
                return;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.push("try");
                self.block(body);
                for h in handlers {
                    self.fill();
                    self.push("except");
                    if let Some(t) = &h.typ {
                        self.push(" ");
                        self.expr(t, Prec::Test);
                        if let Some(n) = &h.name {
                            self.push(" as ");
                            self.push(&n.id);
                        }
                    }
                    self.block(&h.body);
                }
                self.else_block(orelse);
                if !finalbody.is_empty() {
                    self.fill();
                    self.push("finally");
                    self.block(finalbody);
                }
                return;
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.push("async ");
                }
                self.push("with ");
                // `with (a, b):` would read as two items; a lone tuple needs its own parentheses.
                let lone_tuple = matches!(items.as_slice(),
                    [WithItem { context, target: None }] if prec_of(context) == Prec::Tuple);
                if lone_tuple {
                    self.push("(");
                }
                self.comma_list(items, |u, item| {
                    u.expr(&item.context, Prec::Test);
                    if let Some(t) = &item.target {
                        u.push(" as ");
                        u.expr(t, Prec::Test);
                    }
                });
                if lone_tuple {
                    self.push(")");
                }
                self.block(body);
                return;
            }
            StmtKind::FunctionDef(f) => {
                self.decorators(&f.decorators);
                if f.is_async {
                    self.push("async ");
                }
                self.push("def ");
                self.push(&f.name);
                self.push("(");
                self.params(&f.params);
                self.push(")");
                if let Some(r) = &f.returns {
                    self.push(" -> ");
                    self.expr(r, Prec::Test);
                }
                self.block(&f.body);
                return;
            }
            StmtKind::ClassDef(c) => {
                self.decorators(&c.decorators);
                self.push("class ");
                self.push(&c.name);
                if !c.bases.is_empty() || !c.keywords.is_empty() {
                    self.push("(");
                    self.arguments(&c.bases, &c.keywords);
                    self.push(")");
                }
                self.block(&c.body);
                return;
            }
            StmtKind::Import(names) => {
                self.push("import ");
                self.aliases(names);
            }
            StmtKind::ImportFrom {
                module,
                level,
                names,
                star,
            } => {
                self.push("from ");
                for _ in 0..*level {
                    self.push(".");
                }
                if let Some(m) = module {
                    self.push(m);
                }
                self.push(" import ");
                if *star {
                    self.push("*");
                } else {
                    self.aliases(names);
                }
            }
        }
        self.push("\n");
    }

    /// Decorator lines, each starting at the current indentation; leaves the cursor indented.
    fn decorators(&mut self, decorators: &[Expr]) {
        for d in decorators {
            self.push("@");
            self.expr(d, Prec::Test);
            self.push("\n");
            self.fill();
        }
    }

    fn aliases(&mut self, names: &[Alias]) {
        self.comma_list(names, |u, a| {
            u.push(&a.name);
            if let Some(asname) = &a.asname {
                u.push(" as ");
                u.push(asname);
            }
        });
    }

    fn params(&mut self, p: &Parameters) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.push(", ");
            }
            first = false;
        };
        for param in &p.posonly {
            sep(self);
            self.param(param);
        }
        if !p.posonly.is_empty() {
            sep(self);
            self.push("/");
        }
        for param in &p.args {
            sep(self);
            self.param(param);
        }
        if let Some(v) = &p.vararg {
            sep(self);
            self.push("*");
            self.param(v);
        } else if !p.kwonly.is_empty() {
            sep(self);
            self.push("*");
        }
        for param in &p.kwonly {
            sep(self);
            self.param(param);
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.push("**");
            self.param(k);
        }
    }

    fn param(&mut self, p: &Param) {
        self.push(&p.name);
        if let Some(a) = &p.annotation {
            self.push(": ");
            self.expr(a, Prec::Test);
        }
        if let Some(d) = &p.default {
            self.push(if p.annotation.is_some() { " = " } else { "=" });
            self.expr(d, Prec::Test);
        }
    }

    /// Call or class arguments: positional and `*` ones first, then keywords and `**`, which
    /// is always valid and gives the same lists back.
    fn arguments(&mut self, args: &[Arg], keywords: &[Keyword]) {
        if let ([Arg::Positional(e)], []) = (args, keywords) {
            if let ExprKind::Comprehension(c) = &e.kind {
                if c.kind == ComprehensionKind::Generator {
                    self.comprehension_body(c);
                    return;
                }
            }
        }
        self.comma_list(args, |u, a| match a {
            Arg::Positional(e) => u.expr(e, Prec::Test),
            Arg::Star(e) => {
                u.push("*");
                u.expr(e, Prec::BitOr);
            }
        });
        if !args.is_empty() && !keywords.is_empty() {
            self.push(", ");
        }
        self.comma_list(keywords, |u, k| {
            match &k.name {
                Some(n) => {
                    u.push(n);
                    u.push("=");
                }
                None => u.push("**"),
            }
            u.expr(
                &k.value,
                if k.name.is_some() {
                    Prec::Test
                } else {
                    Prec::BitOr
                },
            );
        });
    }

    fn expr(&mut self, e: &Expr, required: Prec) {
        let paren = prec_of(e) < required;
        if paren {
            self.push("(");
        }
        self.expr_inner(e);
        if paren {
            self.push(")");
        }
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.push(&n.id),
            ExprKind::Constant(c) => self.constant(c),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, Prec::Atom);
                // `1.real` would lex as a float followed by a name.
                if matches!(&value.kind, ExprKind::Constant(c @ Constant::Int(_)) if !is_negative(c))
                {
                    self.push(" ");
                }
                self.push(".");
                self.push(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value, Prec::Atom);
                self.push("[");
                match &index.kind {
                    ExprKind::Tuple(elts) if !elts.is_empty() => {
                        self.comma_list(elts, |u, x| u.slice_item(x));
                        if elts.len() == 1 {
                            self.push(",");
                        }
                    }
                    _ => self.slice_item(index),
                }
                self.push("]");
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, Prec::Or);
                }
                self.push(":");
                if let Some(u) = upper {
                    self.expr(u, Prec::Or);
                }
                if let Some(s) = step {
                    self.push(":");
                    self.expr(s, Prec::Or);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, Prec::Atom);
                self.push("(");
                self.arguments(args, keywords);
                self.push(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                let (text, prec) = match op {
                    UnaryOp::Neg => ("-", Prec::Factor),
                    UnaryOp::Pos => ("+", Prec::Factor),
                    UnaryOp::Invert => ("~", Prec::Factor),
                    UnaryOp::Not => ("not ", Prec::Not),
                };
                self.push(text);
                self.expr(operand, prec);
            }
            ExprKind::BinOp { left, op, right } => {
                let prec = binop_prec(*op);
                let (lp, rp) = if *op == BinOp::Pow {
                    // Right-associative, and the right operand may be a unary `-x`.
                    (Prec::Await, Prec::Factor)
                } else {
                    (prec, prec.next())
                };
                self.expr(left, lp);
                self.push(" ");
                self.push(op.symbol());
                self.push(" ");
                self.expr(right, rp);
            }
            ExprKind::BoolOp { op, values } => {
                let (text, prec) = match op {
                    BoolOp::And => (" and ", Prec::And),
                    BoolOp::Or => (" or ", Prec::Or),
                };
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.push(text);
                    }
                    // A nested operation of the same kind is a different tree from a flat one.
                    self.expr(v, prec.next());
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left, Prec::BitOr);
                for (op, c) in ops.iter().zip(comparators) {
                    self.push(" ");
                    self.push(op.symbol());
                    self.push(" ");
                    self.expr(c, Prec::BitOr);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(body, Prec::Or);
                self.push(" if ");
                self.expr(test, Prec::Or);
                self.push(" else ");
                self.expr(orelse, Prec::Test);
            }
            ExprKind::Lambda(l) => {
                self.push("lambda");
                if !l.params.is_empty() {
                    self.push(" ");
                    self.params(&l.params);
                }
                self.push(": ");
                self.expr(&l.body, Prec::Test);
            }
            ExprKind::Tuple(elts) => {
                if elts.is_empty() {
                    self.push("()");
                } else {
                    self.comma_list(elts, |u, x| u.expr(x, Prec::Test));
                    if elts.len() == 1 {
                        self.push(",");
                    }
                }
            }
            ExprKind::List(elts) => {
                self.push("[");
                self.comma_list(elts, |u, x| u.expr(x, Prec::Test));
                self.push("]");
            }
            ExprKind::Set(elts) => {
                if elts.is_empty() {
                    // Not produced by the parser; `{}` would be a dict.
                    self.push("{*()}");
                } else {
                    self.push("{");
                    self.comma_list(elts, |u, x| u.expr(x, Prec::Test));
                    self.push("}");
                }
            }
            ExprKind::Dict(items) => {
                self.push("{");
                self.comma_list(items, |u, item| match item {
                    DictItem::Pair(k, v) => {
                        u.expr(k, Prec::Test);
                        u.push(": ");
                        u.expr(v, Prec::Test);
                    }
                    DictItem::Unpack(m) => {
                        u.push("**");
                        u.expr(m, Prec::BitOr);
                    }
                });
                self.push("}");
            }
            ExprKind::Starred(inner) => {
                self.push("*");
                self.expr(inner, Prec::BitOr);
            }
            ExprKind::Comprehension(c) => {
                let (open, close) = match c.kind {
                    ComprehensionKind::List => ("[", "]"),
                    ComprehensionKind::Set | ComprehensionKind::Dict => ("{", "}"),
                    ComprehensionKind::Generator => ("(", ")"),
                };
                self.push(open);
                self.comprehension_body(c);
                self.push(close);
            }
            ExprKind::Yield(value) => {
                self.push("yield");
                if let Some(v) = value {
                    self.push(" ");
                    self.expr(v, Prec::Tuple);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.push("yield from ");
                self.expr(v, Prec::Test);
            }
            ExprKind::Await(v) => {
                self.push("await ");
                self.expr(v, Prec::Atom);
            }
            ExprKind::NamedExpr { target, value } => {
                self.push(&target.id);
                self.push(" := ");
                self.expr(value, Prec::Test);
            }
        }
    }

    /// One element of a subscript: slices stand bare, anything else as a test.
    fn slice_item(&mut self, e: &Expr) {
        if matches!(e.kind, ExprKind::Slice { .. }) {
            self.expr_inner(e);
        } else {
            self.expr(e, Prec::Test);
        }
    }

    /// A comprehension without its brackets.
    fn comprehension_body(&mut self, c: &Comprehension) {
        self.expr(&c.element, Prec::Test);
        if let Some(v) = &c.value {
            self.push(": ");
            self.expr(v, Prec::Test);
        }
        for g in &c.generators {
            self.push(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Prec::Tuple);
            self.push(" in ");
            self.expr(&g.iter, Prec::Or);
            for cond in &g.ifs {
                self.push(" if ");
                self.expr(cond, Prec::Or);
            }
        }
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.push("None"),
            Constant::True => self.push("True"),
            Constant::False => self.push("False"),
            Constant::Ellipsis => self.push("..."),
            Constant::Int(IntLit::Small(n)) => self.push(&n.to_string()),
            Constant::Int(IntLit::Big(n)) => self.push(&n.to_string()),
            Constant::Float(f) => {
                if f.is_nan() {
                    self.push("(1e309 - 1e309)");
                } else if f.is_infinite() {
                    self.push(if *f > 0.0 { "1e309" } else { "-1e309" });
                } else {
                    self.push(&format!("{f:?}"));
                }
            }
            Constant::Str(s) => self.string(s),
            Constant::Bytes(b) => self.bytes(b),
        }
    }

    /// Whether a literal quoted with `quote` and holding `content` verbatim can stand here:
    /// inside an f-string replacement field, Python 3.11 ends the field's string at the first
    /// occurrence of its own quote, so nested literals must avoid the enclosing quotes.
    fn quote_fits(&self, quote: &str, content: &str) -> bool {
        let q = quote.chars().next().unwrap_or('\'');
        let own = if quote.len() == 1 {
            !content.contains(q) && !content.contains('\n')
        } else {
            !content.contains(quote) && !content.ends_with(q)
        };
        own && self.quotes.iter().all(|outer| {
            if outer.len() == 1 {
                !quote.contains(outer) && !content.contains(outer) && !content.contains('\n')
            } else {
                quote != *outer && !content.contains(outer)
            }
        })
    }

    /// A quote for text written verbatim (no escapes) in the current f-string nesting.
    fn verbatim_quote(&mut self, content: &str) -> &'static str {
        let escapes_needed = content
            .chars()
            .any(|c| c == '\\' || (c != '\n' && str_escape(c, '\0').is_some()));
        match QUOTES.into_iter().find(|q| self.quote_fits(q, content)) {
            Some(q) if !escapes_needed => q,
            _ => {
                self.failed = true;
                "'"
            }
        }
    }

    fn string(&mut self, s: &str) {
        if self.quotes.is_empty() {
            self.out.push('\'');
            push_escaped_str(&mut self.out, s, '\'');
            self.out.push('\'');
            return;
        }
        let q = self.verbatim_quote(s);
        self.push(q);
        self.push(s);
        self.push(q);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.out.push('b');
        if self.quotes.is_empty() {
            self.out.push('\'');
            push_escaped_bytes(&mut self.out, b, '\'');
            self.out.push('\'');
            return;
        }
        // Inside an f-string field: printable ASCII only, written as is.
        let text: String = b.iter().map(|&c| c as char).collect();
        let q = self.verbatim_quote(&text);
        if !b.iter().all(|c| (0x20..0x7f).contains(c)) {
            self.failed = true;
        }
        self.push(q);
        self.push(&text);
        self.push(q);
    }

    /// An f-string: the first quote for which every nested literal finds a quote of its own.
    fn fstring(&mut self, parts: &[FStringPart]) {
        let nested = !self.quotes.is_empty();
        let mut verbatim = String::new();
        collect_fstring_text(parts, nested, &mut verbatim);
        let outer_failed = std::mem::take(&mut self.failed);
        let start = self.out.len();
        let candidates: Vec<&'static str> = QUOTES
            .into_iter()
            .filter(|q| self.quote_fits(q, &verbatim))
            .collect();
        let mut chosen = None;
        for q in candidates.iter().chain(std::iter::once(&"'")) {
            self.out.truncate(start);
            self.failed = false;
            self.fstring_with_quote(parts, q, !nested);
            if !self.failed {
                chosen = Some(*q);
                break;
            }
        }
        self.failed = outer_failed || chosen.is_none() || candidates.is_empty();
    }

    fn fstring_with_quote(&mut self, parts: &[FStringPart], q: &'static str, escapes: bool) {
        self.push("f");
        self.push(q);
        self.quotes.push(q);
        let qc = q.chars().next().unwrap_or('\'');
        self.fstring_parts(parts, qc, escapes);
        self.quotes.pop();
        self.push(q);
    }

    fn fstring_parts(&mut self, parts: &[FStringPart], q: char, escapes: bool) {
        for part in parts {
            match part {
                FStringPart::Literal(text) => {
                    for c in text.chars() {
                        match c {
                            '{' => self.push("{{"),
                            '}' => self.push("}}"),
                            _ => match str_escape(c, q) {
                                Some(e) if escapes => self.push(&e),
                                Some(_) if c != '\n' => {
                                    self.failed = true;
                                    self.out.push(c);
                                }
                                _ => self.out.push(c),
                            },
                        }
                    }
                }
                FStringPart::Field(fv) => {
                    self.push("{");
                    if let Some(d) = &fv.debug_text {
                        // The expression as written, then `=`: printed by the program, so kept.
                        self.push(d);
                    } else {
                        let start = self.out.len();
                        // A top-level `:` would end the expression: lambdas, conditional
                        // expressions and `:=` go in parentheses.
                        if prec_of(&fv.value) <= Prec::Test {
                            self.push("(");
                            self.expr_inner(&fv.value);
                            self.push(")");
                        } else {
                            self.expr_inner(&fv.value);
                        }
                        // `{{` would be an escaped brace.
                        if self.out[start..].starts_with('{') {
                            self.out.insert(start, ' ');
                        }
                        if self.out.ends_with('}') {
                            self.push(" ");
                        }
                    }
                    if let Some(c) = fv.conversion {
                        self.out.push('!');
                        self.out.push(c);
                    }
                    if let Some(spec) = &fv.format_spec {
                        self.push(":");
                        self.fstring_parts(spec, q, escapes);
                    }
                    self.push("}");
                }
            }
        }
    }
}

/// Resets every span in the module to `Span::default()`, so that trees parsed from different
/// texts compare equal with `==` when they have the same shape.
pub fn strip_spans(module: &mut Module) {
    strip_stmts(&mut module.body);
}

/// A copy of the module with every span reset (see `strip_spans`).
pub fn without_spans(module: &Module) -> Module {
    let mut m = module.clone();
    strip_spans(&mut m);
    m
}

/// Whether two modules are the same tree, spans aside.
pub fn same_tree(a: &Module, b: &Module) -> bool {
    without_spans(a) == without_spans(b)
}

fn strip_stmts(body: &mut [Stmt]) {
    for s in body {
        strip_stmt(s);
    }
}

fn strip_exprs(exprs: &mut [Expr]) {
    for e in exprs {
        strip_expr(e);
    }
}

fn strip_opt(e: &mut Option<Expr>) {
    if let Some(e) = e {
        strip_expr(e);
    }
}

fn strip_name(n: &mut Name) {
    n.span = Span::default();
}

fn strip_stmt(s: &mut Stmt) {
    s.span = Span::default();
    match &mut s.kind {
        StmtKind::Expr(e) => strip_expr(e),
        StmtKind::Assign { targets, value } => {
            strip_exprs(targets);
            strip_expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            strip_expr(target);
            strip_expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            strip_expr(target);
            strip_expr(annotation);
            strip_opt(value);
        }
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_) => {}
        StmtKind::Delete(targets) => strip_exprs(targets),
        StmtKind::Return(value) => strip_opt(value),
        StmtKind::Raise { exc, cause } => {
            strip_opt(exc);
            strip_opt(cause);
        }
        StmtKind::Assert { test, msg } => {
            strip_expr(test);
            strip_opt(msg);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            strip_expr(test);
            strip_stmts(body);
            strip_stmts(orelse);
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            strip_expr(target);
            strip_expr(iter);
            strip_stmts(body);
            strip_stmts(orelse);
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            strip_stmts(body);
            for h in handlers {
                h.span = Span::default();
                strip_opt(&mut h.typ);
                if let Some(n) = &mut h.name {
                    strip_name(n);
                }
                strip_stmts(&mut h.body);
            }
            strip_stmts(orelse);
            strip_stmts(finalbody);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                strip_expr(&mut item.context);
                strip_opt(&mut item.target);
            }
            strip_stmts(body);
        }
        StmtKind::FunctionDef(f) => {
            strip_name(&mut f.target);
            strip_exprs(&mut f.decorators);
            strip_params(&mut f.params);
            strip_opt(&mut f.returns);
            strip_stmts(&mut f.body);
        }
        StmtKind::ClassDef(c) => {
            strip_name(&mut c.target);
            strip_exprs(&mut c.decorators);
            strip_args(&mut c.bases, &mut c.keywords);
            strip_stmts(&mut c.body);
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                a.span = Span::default();
                strip_name(&mut a.target);
            }
        }
    }
}

fn strip_params(p: &mut Parameters) {
    let Parameters {
        posonly,
        args,
        vararg,
        kwonly,
        kwarg,
    } = p;
    let all = posonly
        .iter_mut()
        .chain(args.iter_mut())
        .chain(vararg.iter_mut())
        .chain(kwonly.iter_mut())
        .chain(kwarg.iter_mut());
    for param in all {
        param.span = Span::default();
        strip_opt(&mut param.annotation);
        strip_opt(&mut param.default);
    }
}

fn strip_args(args: &mut [Arg], keywords: &mut [Keyword]) {
    for a in args {
        match a {
            Arg::Positional(e) | Arg::Star(e) => strip_expr(e),
        }
    }
    for k in keywords {
        k.span = Span::default();
        strip_expr(&mut k.value);
    }
}

fn strip_fstring(parts: &mut [FStringPart]) {
    for part in parts {
        if let FStringPart::Field(fv) = part {
            strip_expr(&mut fv.value);
            if let Some(spec) = &mut fv.format_spec {
                strip_fstring(spec);
            }
        }
    }
}

fn strip_expr(e: &mut Expr) {
    e.span = Span::default();
    match &mut e.kind {
        ExprKind::Name(n) => strip_name(n),
        ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => strip_fstring(parts),
        ExprKind::Attribute { value, .. } => strip_expr(value),
        ExprKind::Subscript { value, index } => {
            strip_expr(value);
            strip_expr(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                strip_expr(part);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            strip_expr(func);
            strip_args(args, keywords);
        }
        ExprKind::UnaryOp { operand, .. } => strip_expr(operand),
        ExprKind::BinOp { left, right, .. } => {
            strip_expr(left);
            strip_expr(right);
        }
        ExprKind::BoolOp { values, .. } => strip_exprs(values),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            strip_expr(left);
            strip_exprs(comparators);
        }
        ExprKind::IfExp { test, body, orelse } => {
            strip_expr(test);
            strip_expr(body);
            strip_expr(orelse);
        }
        ExprKind::Lambda(l) => {
            strip_params(&mut l.params);
            strip_expr(&mut l.body);
        }
        ExprKind::Tuple(elts) | ExprKind::List(elts) | ExprKind::Set(elts) => strip_exprs(elts),
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        strip_expr(k);
                        strip_expr(v);
                    }
                    DictItem::Unpack(m) => strip_expr(m),
                }
            }
        }
        ExprKind::Starred(v) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => strip_expr(v),
        ExprKind::Comprehension(c) => {
            strip_expr(&mut c.element);
            strip_opt(&mut c.value);
            for g in &mut c.generators {
                strip_expr(&mut g.target);
                strip_expr(&mut g.iter);
                strip_exprs(&mut g.ifs);
            }
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                strip_expr(v);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            strip_name(target);
            strip_expr(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn e(kind: ExprKind) -> Expr {
        Expr::new(Span::default(), kind)
    }
    fn name(id: &str) -> Expr {
        e(ExprKind::Name(Name::new(Span::default(), id.into())))
    }
    fn int(n: i64) -> Expr {
        e(ExprKind::Constant(Constant::Int(IntLit::Small(n))))
    }
    fn float(f: f64) -> Expr {
        e(ExprKind::Constant(Constant::Float(f)))
    }
    fn s(text: &str) -> Expr {
        e(ExprKind::Constant(Constant::Str(text.into())))
    }
    fn bin(l: Expr, op: BinOp, r: Expr) -> Expr {
        e(ExprKind::BinOp {
            left: Box::new(l),
            op,
            right: Box::new(r),
        })
    }
    fn un(op: UnaryOp, x: Expr) -> Expr {
        e(ExprKind::UnaryOp {
            op,
            operand: Box::new(x),
        })
    }
    fn boolop(op: BoolOp, values: Vec<Expr>) -> Expr {
        e(ExprKind::BoolOp { op, values })
    }
    fn cmp(l: Expr, ops: &[(CmpOp, Expr)]) -> Expr {
        e(ExprKind::Compare {
            left: Box::new(l),
            ops: ops.iter().map(|(o, _)| *o).collect(),
            comparators: ops.iter().map(|(_, x)| x.clone()).collect(),
        })
    }
    fn ifexp(body: Expr, test: Expr, orelse: Expr) -> Expr {
        e(ExprKind::IfExp {
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        })
    }
    fn lambda(params: &[&str], body: Expr) -> Expr {
        let params = Parameters {
            args: params
                .iter()
                .map(|p| Param {
                    span: Span::default(),
                    name: (*p).into(),
                    annotation: None,
                    default: None,
                })
                .collect(),
            ..Parameters::default()
        };
        e(ExprKind::Lambda(Box::new(Lambda {
            params,
            body,
            scope: ScopeInfo::default(),
        })))
    }
    fn walrus(target: &str, value: Expr) -> Expr {
        e(ExprKind::NamedExpr {
            target: Name::new(Span::default(), target.into()),
            value: Box::new(value),
        })
    }
    fn tuple(elts: Vec<Expr>) -> Expr {
        e(ExprKind::Tuple(elts))
    }
    fn call(f: Expr, args: Vec<Expr>) -> Expr {
        e(ExprKind::Call {
            func: Box::new(f),
            args: args.into_iter().map(Arg::Positional).collect(),
            keywords: vec![],
        })
    }
    fn attr(v: Expr, a: &str) -> Expr {
        e(ExprKind::Attribute {
            value: Box::new(v),
            attr: a.into(),
            site: Default::default(),
        })
    }
    fn sub(v: Expr, i: Expr) -> Expr {
        e(ExprKind::Subscript {
            value: Box::new(v),
            index: Box::new(i),
        })
    }
    fn genexp(elt: Expr, target: Expr, iter: Expr) -> Expr {
        e(ExprKind::Comprehension(Box::new(Comprehension {
            kind: ComprehensionKind::Generator,
            element: elt,
            value: None,
            generators: vec![ComprehensionFor {
                is_async: false,
                target,
                iter,
                ifs: vec![],
            }],
            scope: ScopeInfo::default(),
        })))
    }
    fn field(value: Expr) -> FormattedValue {
        FormattedValue {
            value,
            conversion: None,
            format_spec: None,
            debug_text: None,
        }
    }
    fn fstr(parts: Vec<FStringPart>) -> Expr {
        e(ExprKind::FString(parts))
    }
    fn lit(t: &str) -> FStringPart {
        FStringPart::Literal(t.into())
    }
    fn module(stmts: Vec<StmtKind>) -> Module {
        Module {
            body: stmts
                .into_iter()
                .map(|k| Stmt::new(Span::default(), k))
                .collect(),
            scope: ScopeInfo::default(),
        }
    }
    fn check(x: Expr, want: &str) {
        assert_eq!(unparse_expr(&x), want);
    }

    #[test]
    fn arithmetic_precedence_and_associativity() {
        let (a, b, c) = (name("a"), name("b"), name("c"));
        check(
            bin(
                bin(a.clone(), BinOp::Add, b.clone()),
                BinOp::Mult,
                c.clone(),
            ),
            "(a + b) * c",
        );
        check(
            bin(
                a.clone(),
                BinOp::Add,
                bin(b.clone(), BinOp::Mult, c.clone()),
            ),
            "a + b * c",
        );
        check(
            bin(bin(a.clone(), BinOp::Sub, b.clone()), BinOp::Sub, c.clone()),
            "a - b - c",
        );
        check(
            bin(a.clone(), BinOp::Sub, bin(b.clone(), BinOp::Sub, c.clone())),
            "a - (b - c)",
        );
        check(
            bin(
                a.clone(),
                BinOp::BitOr,
                bin(b.clone(), BinOp::BitXor, c.clone()),
            ),
            "a | b ^ c",
        );
        check(
            bin(
                bin(a.clone(), BinOp::BitOr, b.clone()),
                BinOp::BitAnd,
                c.clone(),
            ),
            "(a | b) & c",
        );
        check(
            bin(
                bin(a.clone(), BinOp::Add, b.clone()),
                BinOp::LShift,
                c.clone(),
            ),
            "a + b << c",
        );
        check(
            bin(
                a.clone(),
                BinOp::MatMult,
                bin(b.clone(), BinOp::FloorDiv, c),
            ),
            "a @ (b // c)",
        );
    }

    #[test]
    fn power_and_unary_minus() {
        let (x, two) = (name("x"), int(2));
        check(
            un(UnaryOp::Neg, bin(x.clone(), BinOp::Pow, two.clone())),
            "-x ** 2",
        );
        check(
            bin(un(UnaryOp::Neg, x.clone()), BinOp::Pow, two.clone()),
            "(-x) ** 2",
        );
        check(
            bin(x.clone(), BinOp::Pow, un(UnaryOp::Neg, two.clone())),
            "x ** -2",
        );
        check(
            bin(
                x.clone(),
                BinOp::Pow,
                bin(x.clone(), BinOp::Pow, two.clone()),
            ),
            "x ** x ** 2",
        );
        check(
            bin(
                bin(x.clone(), BinOp::Pow, x.clone()),
                BinOp::Pow,
                two.clone(),
            ),
            "(x ** x) ** 2",
        );
        check(un(UnaryOp::Neg, un(UnaryOp::Neg, x.clone())), "--x");
        check(un(UnaryOp::Invert, un(UnaryOp::Pos, x.clone())), "~+x");
        check(bin(int(-1), BinOp::Pow, two.clone()), "(-1) ** 2");
        check(
            e(ExprKind::Await(Box::new(bin(x.clone(), BinOp::Pow, two)))),
            "await (x ** 2)",
        );
        check(
            un(UnaryOp::Neg, e(ExprKind::Await(Box::new(x)))),
            "-await x",
        );
    }

    #[test]
    fn boolean_and_comparison() {
        let (a, b, c) = (name("a"), name("b"), name("c"));
        check(
            boolop(BoolOp::Or, vec![a.clone(), b.clone(), c.clone()]),
            "a or b or c",
        );
        check(
            boolop(
                BoolOp::Or,
                vec![boolop(BoolOp::Or, vec![a.clone(), b.clone()]), c.clone()],
            ),
            "(a or b) or c",
        );
        check(
            boolop(
                BoolOp::And,
                vec![boolop(BoolOp::Or, vec![a.clone(), b.clone()]), c.clone()],
            ),
            "(a or b) and c",
        );
        check(
            boolop(
                BoolOp::Or,
                vec![boolop(BoolOp::And, vec![a.clone(), b.clone()]), c.clone()],
            ),
            "a and b or c",
        );
        check(
            un(UnaryOp::Not, cmp(a.clone(), &[(CmpOp::NotIn, b.clone())])),
            "not a not in b",
        );
        check(
            cmp(
                a.clone(),
                &[(CmpOp::Lt, b.clone()), (CmpOp::IsNot, c.clone())],
            ),
            "a < b is not c",
        );
        check(
            cmp(
                cmp(a.clone(), &[(CmpOp::Lt, b.clone())]),
                &[(CmpOp::Lt, c.clone())],
            ),
            "(a < b) < c",
        );
        check(
            cmp(a.clone(), &[(CmpOp::Eq, un(UnaryOp::Not, b.clone()))]),
            "a == (not b)",
        );
        check(bin(a, BinOp::Add, un(UnaryOp::Not, b)), "a + (not b)");
    }

    #[test]
    fn conditional_lambda_walrus() {
        let (a, b, c, d) = (name("a"), name("b"), name("c"), name("d"));
        check(
            ifexp(a.clone(), b.clone(), ifexp(c.clone(), d.clone(), a.clone())),
            "a if b else c if d else a",
        );
        check(
            ifexp(ifexp(a.clone(), b.clone(), c.clone()), d.clone(), a.clone()),
            "(a if b else c) if d else a",
        );
        check(
            ifexp(a.clone(), ifexp(a.clone(), b.clone(), c.clone()), d.clone()),
            "a if (a if b else c) else d",
        );
        check(lambda(&[], int(0)), "lambda: 0");
        check(
            lambda(&["x", "y"], bin(name("x"), BinOp::Add, name("y"))),
            "lambda x, y: x + y",
        );
        check(
            ifexp(lambda(&[], a.clone()), b.clone(), lambda(&[], c.clone())),
            "(lambda: a) if b else lambda: c",
        );
        check(
            bin(lambda(&[], a.clone()), BinOp::Add, b.clone()),
            "(lambda: a) + b",
        );
        check(walrus("x", int(1)), "(x := 1)");
        check(
            call(name("f"), vec![walrus("x", walrus("y", int(1)))]),
            "f((x := (y := 1)))",
        );
        check(
            e(ExprKind::List(vec![walrus("x", a), tuple(vec![b, c])])),
            "[(x := a), (b, c)]",
        );
    }

    #[test]
    fn tuples_calls_subscripts() {
        let (a, b) = (name("a"), name("b"));
        check(tuple(vec![a.clone(), b.clone()]), "a, b");
        check(tuple(vec![a.clone()]), "a,");
        check(tuple(vec![]), "()");
        check(
            call(name("f"), vec![tuple(vec![a.clone(), b.clone()])]),
            "f((a, b))",
        );
        check(sub(name("m"), tuple(vec![a.clone(), b.clone()])), "m[a, b]");
        check(sub(name("m"), tuple(vec![a.clone()])), "m[a,]");
        check(sub(name("m"), tuple(vec![])), "m[()]");
        let slice = |l: Option<Expr>, u: Option<Expr>, s: Option<Expr>| {
            e(ExprKind::Slice {
                lower: l.map(Box::new),
                upper: u.map(Box::new),
                step: s.map(Box::new),
            })
        };
        check(sub(name("m"), slice(None, None, None)), "m[:]");
        check(
            sub(name("m"), slice(Some(int(1)), None, Some(int(2)))),
            "m[1::2]",
        );
        check(
            sub(
                name("m"),
                tuple(vec![slice(None, Some(a.clone()), None), b.clone()]),
            ),
            "m[:a, b]",
        );
        check(
            call(name("f"), vec![genexp(a.clone(), a.clone(), b.clone())]),
            "f(a for a in b)",
        );
        check(
            call(
                name("f"),
                vec![genexp(a.clone(), a.clone(), b.clone()), int(1)],
            ),
            "f((a for a in b), 1)",
        );
        check(attr(int(1), "real"), "1 .real");
        check(attr(float(1.5), "real"), "1.5.real");
        check(
            attr(bin(a.clone(), BinOp::Add, b.clone()), "c"),
            "(a + b).c",
        );
        let kw = e(ExprKind::Call {
            func: Box::new(name("f")),
            args: vec![Arg::Positional(a.clone()), Arg::Star(b.clone())],
            keywords: vec![
                Keyword {
                    span: Span::default(),
                    name: Some("k".into()),
                    value: int(1),
                },
                Keyword {
                    span: Span::default(),
                    name: None,
                    value: boolop(BoolOp::Or, vec![a, b]),
                },
            ],
        });
        check(kw, "f(a, *b, k=1, **(a or b))");
    }

    #[test]
    fn yields() {
        let y = e(ExprKind::Yield(Some(Box::new(tuple(vec![int(1), int(2)])))));
        check(y.clone(), "yield 1, 2");
        check(call(name("f"), vec![y.clone()]), "f((yield 1, 2))");
        check(
            bin(e(ExprKind::Yield(None)), BinOp::Add, int(1)),
            "(yield) + 1",
        );
        check(e(ExprKind::YieldFrom(Box::new(name("g")))), "yield from g");
    }

    #[test]
    fn literals() {
        check(s("it's\n\\\t\u{0}é"), "'it\\'s\\n\\\\\\t\\x00é'");
        check(
            e(ExprKind::Constant(Constant::Bytes(Rc::from(
                &b"a'\x00\xff\\"[..],
            )))),
            "b'a\\'\\x00\\xff\\\\'",
        );
        check(float(1e100), "1e100");
        check(float(0.1), "0.1");
        check(float(2.0), "2.0");
        check(float(f64::INFINITY), "1e309");
        let big: num_bigint::BigInt = "123456789012345678901234567890".parse().unwrap();
        check(
            e(ExprKind::Constant(Constant::Int(IntLit::Big(Rc::new(big))))),
            "123456789012345678901234567890",
        );
    }

    #[test]
    fn fstrings() {
        let mut spec_field = field(name("w"));
        spec_field.conversion = None;
        let mut f = field(name("x"));
        f.conversion = Some('r');
        f.format_spec = Some(vec![lit(">"), FStringPart::Field(Box::new(spec_field))]);
        check(
            fstr(vec![lit("a{b}'\n"), FStringPart::Field(Box::new(f))]),
            "f'a{{b}}\\'\\n{x!r:>{w}}'",
        );
        check(
            fstr(vec![FStringPart::Field(Box::new(field(sub(
                name("d"),
                s("k"),
            ))))]),
            "f'{d[\"k\"]}'",
        );
        let mut dbg = field(sub(name("d"), s("k")));
        dbg.debug_text = Some("d['k'] = ".into());
        check(
            fstr(vec![FStringPart::Field(Box::new(dbg))]),
            "f\"{d['k'] = }\"",
        );
        let dict = e(ExprKind::Dict(vec![DictItem::Pair(int(1), int(2))]));
        check(
            fstr(vec![FStringPart::Field(Box::new(field(dict)))]),
            "f'{ {1: 2} }'",
        );
        check(
            fstr(vec![FStringPart::Field(Box::new(field(lambda(
                &[],
                int(1),
            ))))]),
            "f'{(lambda: 1)}'",
        );
        let bytes = e(ExprKind::Constant(Constant::Bytes(Rc::from(&b"b"[..]))));
        check(
            fstr(vec![FStringPart::Field(Box::new(field(bytes)))]),
            "f'{b\"b\"}'",
        );
        let mut multi = field(name("x"));
        multi.debug_text = Some("x\n=".into());
        check(
            fstr(vec![lit("'"), FStringPart::Field(Box::new(multi))]),
            "f'''\\'{x\n=}'''",
        );
        let inner = fstr(vec![FStringPart::Field(Box::new(field(s("q"))))]);
        check(
            fstr(vec![FStringPart::Field(Box::new(field(inner)))]),
            "f'{f\"\"\"{\"q\"}\"\"\"}'",
        );
    }

    #[test]
    fn statements() {
        let target = name("x");
        let m = module(vec![
            StmtKind::AnnAssign {
                target: target.clone(),
                annotation: name("int"),
                value: Some(int(1)),
                simple: false,
            },
            StmtKind::AnnAssign {
                target,
                annotation: name("int"),
                value: None,
                simple: true,
            },
            StmtKind::Expr(walrus("y", int(2))),
            StmtKind::Assign {
                targets: vec![tuple(vec![
                    name("a"),
                    e(ExprKind::Starred(Box::new(name("b")))),
                ])],
                value: tuple(vec![int(1), int(2)]),
            },
            StmtKind::Delete(vec![tuple(vec![name("a"), name("b")]), name("c")]),
            StmtKind::If {
                test: name("a"),
                body: vec![Stmt::new(Span::default(), StmtKind::Pass)],
                orelse: vec![Stmt::new(
                    Span::default(),
                    StmtKind::If {
                        test: name("b"),
                        body: vec![Stmt::new(Span::default(), StmtKind::Break)],
                        orelse: vec![Stmt::new(Span::default(), StmtKind::Continue)],
                    },
                )],
            },
            StmtKind::With {
                is_async: false,
                items: vec![WithItem {
                    context: tuple(vec![name("a"), name("b")]),
                    target: None,
                }],
                body: vec![Stmt::new(Span::default(), StmtKind::Pass)],
            },
            StmtKind::ImportFrom {
                module: Some("m".into()),
                level: 2,
                names: vec![],
                star: true,
            },
        ]);
        assert_eq!(
            unparse_module(&m),
            "(x): int = 1\nx: int\n(y := 2)\na, *b = 1, 2\ndel (a, b), c\n\
             if a:\n    pass\nelif b:\n    break\nelse:\n    continue\n\
             with ((a, b)):\n    pass\nfrom ..m import *\n"
        );
    }

    #[test]
    fn strip_spans_clears_everything() {
        let mut a = module(vec![StmtKind::Expr(name("x"))]);
        let b = a.clone();
        a.body[0].span = Span::new(3, 4);
        if let StmtKind::Expr(x) = &mut a.body[0].kind {
            x.span = Span::new(3, 4);
            if let ExprKind::Name(n) = &mut x.kind {
                n.span = Span::new(3, 4);
            }
        }
        assert_ne!(a, b);
        assert!(same_tree(&a, &b));
        strip_spans(&mut a);
        assert_eq!(a, b);
    }
}
