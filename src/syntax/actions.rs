//! Helpers called from grammar actions: building nodes and the checks that CPython's parser
//! and compiler make on them (assignment targets, parameter and argument order), with
//! CPython 3.11's messages.

use super::ast::*;
use super::error::SyntaxError;
use super::fstring;
use super::token::{StrKind, StrLit, Tok};
use crate::source::Span;
use lalrpop_util::ParseError;
use std::rc::Rc;

/// Wraps an action's error for LALRPOP.
pub fn user(error: SyntaxError) -> ParseError<usize, Tok, SyntaxError> {
    ParseError::User { error }
}

type Result<T> = std::result::Result<T, SyntaxError>;

/// One entry of a parameter list before its order is checked.
pub enum ParamItem {
    Plain(Param),
    Star(Span, Option<Param>),
    DoubleStar(Span, Param),
    Slash(Span),
}

/// One call argument before its order is checked.
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesized generator expression argument: `f(x for x in y)`.
    Generator(Expr),
    Keyword(Span, Expr, Expr),
    Star(Span, Expr),
    DoubleStar(Span, Expr),
}

// ---------------------------------------------------------------- statements

pub fn expression_or_assign(span: Span, first: Expr, rest: Vec<Expr>) -> Result<Stmt> {
    if rest.is_empty() {
        if let ExprKind::Starred(_) = first.kind {
            return Err(SyntaxError::syntax(
                "can't use starred expression here",
                first.span,
            ));
        }
        return Ok(Stmt::new(span, StmtKind::Expr(first)));
    }
    let mut targets = vec![first];
    targets.extend(rest);
    let value = targets.pop().expect("at least two items");
    let single = targets.len() == 1;
    for t in &targets {
        if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
            return Err(SyntaxError::syntax(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        // CPython's invalid_named_expression: `f() = 1` suggests `==`.
        if single && suggests_comparison(t) {
            if let Some(bad) = invalid_target(t, TargetKind::Store) {
                if std::ptr::eq(bad, t) {
                    return Err(SyntaxError::syntax(
                        format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(t)
                        ),
                        t.span,
                    ));
                }
            }
        }
        check_target(t, TargetKind::Store)?;
        check_starred_assignment(t)?;
    }
    if let ExprKind::Starred(_) = value.kind {
        return Err(SyntaxError::syntax(
            "can't use starred expression here",
            value.span,
        ));
    }
    Ok(Stmt::new(span, StmtKind::Assign { targets, value }))
}

fn suggests_comparison(t: &Expr) -> bool {
    !matches!(
        t.kind,
        ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::Comprehension(_)
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
    )
}

pub fn aug_assign(span: Span, target: Expr, op: BinOp, value: Expr) -> Result<Stmt> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        _ => {
            return Err(SyntaxError::syntax(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&target)
                ),
                target.span,
            ))
        }
    }
    check_name_target(&target)?;
    Ok(Stmt::new(span, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign(span: Span, target: Expr, annotation: Expr, value: Option<Expr>) -> Result<Stmt> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            return Err(SyntaxError::syntax(
                format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&target)
                ),
                target.span,
            ))
        }
        _ => {
            return Err(SyntaxError::syntax(
                "illegal target for annotation",
                target.span,
            ))
        }
    }
    check_name_target(&target)?;
    // A name is "simple" unless it was parenthesized, which shows as the statement starting
    // before the name.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start == span.start;
    Ok(Stmt::new(
        span,
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
    ))
}

pub fn delete(span: Span, targets: Expr) -> Result<Stmt> {
    let list = match targets.kind {
        ExprKind::Tuple(items)
            if targets.span.start == items.first().map_or(0, |e| e.span.start) =>
        {
            items
        }
        kind => vec![Expr { kind, ..targets }],
    };
    for t in &list {
        check_target(t, TargetKind::Delete)?;
    }
    Ok(Stmt::new(span, StmtKind::Delete(list)))
}

pub fn for_stmt(
    span: Span,
    is_async: bool,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Vec<Stmt>,
) -> Result<Stmt> {
    check_target(&target, TargetKind::Store)?;
    check_starred_assignment(&target)?;
    Ok(Stmt::new(
        span,
        StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        },
    ))
}

pub fn with_item(context: Expr, target: Option<Expr>) -> Result<WithItem> {
    if let Some(t) = &target {
        check_target(t, TargetKind::Store)?;
        check_starred_assignment(t)?;
    }
    Ok(WithItem { context, target })
}

pub fn if_chain(
    span: Span,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    // `elif` is an `if` nested in the previous `else`, built from the last one backwards.
    let mut tail = orelse.unwrap_or_default();
    for (start, test, body) in elifs.into_iter().rev() {
        let end = tail.last().map_or_else(
            || body.last().map_or(start as u32, |s| s.span.end),
            |s| s.span.end,
        );
        tail = vec![Stmt::new(
            Span {
                start: start as u32,
                end,
            },
            StmtKind::If {
                test,
                body,
                orelse: tail,
            },
        )];
    }
    Stmt::new(
        span,
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
    )
}

pub fn import_from(
    span: Span,
    level: u32,
    module: Option<Rc<str>>,
    names: Option<Vec<Alias>>,
) -> Result<Stmt> {
    if level == 0 && module.is_none() {
        return Err(SyntaxError::syntax("invalid syntax", span));
    }
    let star = names.is_none();
    Ok(Stmt::new(
        span,
        StmtKind::ImportFrom {
            module,
            level,
            names: names.unwrap_or_default(),
            star,
        },
    ))
}

pub fn alias(span: Span, name: Rc<str>, asname: Option<Rc<str>>) -> Alias {
    let bound: Rc<str> = match &asname {
        Some(a) => a.clone(),
        None => match name.split_once('.') {
            Some((first, _)) => first.into(),
            None => name.clone(),
        },
    };
    Alias {
        span,
        name,
        asname,
        target: Name::new(span, bound),
    }
}

pub fn dotted(first: Rc<str>, rest: Vec<Rc<str>>) -> Rc<str> {
    if rest.is_empty() {
        return first;
    }
    let mut s = first.to_string();
    for part in rest {
        s.push('.');
        s.push_str(&part);
    }
    s.into()
}

pub fn decorate(_start: usize, decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => unreachable!("the grammar decorates only def and class"),
    }
    stmt
}

pub fn function_def(
    span: Span,
    is_async: bool,
    name: Name,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt> {
    let params = parameters(params)?;
    Ok(Stmt::new(
        span,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            is_async,
            name: name.id.clone(),
            target: name,
            decorators: vec![],
            params,
            returns,
            body,
            scope: ScopeInfo::default(),
        })),
    ))
}

pub fn class_def(span: Span, name: Name, args: Vec<ArgItem>, body: Vec<Stmt>) -> Result<Stmt> {
    let (bases, keywords) = arguments(args)?;
    Ok(Stmt::new(
        span,
        StmtKind::ClassDef(Box::new(ClassDef {
            name: name.id.clone(),
            target: name,
            decorators: vec![],
            bases,
            keywords,
            body,
            scope: ScopeInfo::default(),
        })),
    ))
}

// ---------------------------------------------------------------- parameters and arguments

pub fn param(span: Span, p: (Span, Rc<str>, Option<Expr>), default: Option<Expr>) -> Param {
    let _ = span;
    Param {
        span: p.0,
        name: p.1,
        annotation: p.2,
        default,
    }
}

/// Checks a parameter list's order as CPython's grammar does.
pub fn parameters(items: Vec<ParamItem>) -> Result<Parameters> {
    let mut out = Parameters::default();
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let mut seen_slash = false;
    for item in items {
        if let Some(kw) = &out.kwarg {
            let span = match &item {
                ParamItem::Plain(p) => p.span,
                ParamItem::Star(s, _) | ParamItem::DoubleStar(s, _) | ParamItem::Slash(s) => *s,
            };
            let _ = kw;
            return Err(SyntaxError::syntax(
                "arguments cannot follow var-keyword argument",
                span,
            ));
        }
        match item {
            ParamItem::Plain(p) => {
                if seen_star {
                    bare_star = None;
                    out.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(SyntaxError::syntax(
                            "non-default argument follows default argument",
                            p.span,
                        ));
                    }
                    out.args.push(p);
                }
            }
            ParamItem::Star(span, p) => {
                if seen_star {
                    return Err(SyntaxError::syntax("* argument may appear only once", span));
                }
                seen_star = true;
                match p {
                    Some(p) => out.vararg = Some(p),
                    None => bare_star = Some(span),
                }
            }
            ParamItem::DoubleStar(span, p) => {
                if let Some(star) = bare_star {
                    return Err(SyntaxError::syntax(
                        "named arguments must follow bare *",
                        star.to(span),
                    ));
                }
                out.kwarg = Some(p);
            }
            ParamItem::Slash(span) => {
                if seen_slash {
                    return Err(SyntaxError::syntax("/ may appear only once", span));
                }
                if seen_star {
                    return Err(SyntaxError::syntax("/ must be ahead of *", span));
                }
                if out.args.is_empty() {
                    return Err(SyntaxError::syntax(
                        "at least one argument must precede /",
                        span,
                    ));
                }
                seen_slash = true;
                out.posonly = std::mem::take(&mut out.args);
            }
        }
    }
    if let Some(star) = bare_star {
        return Err(SyntaxError::syntax(
            "named arguments must follow bare *",
            star,
        ));
    }
    Ok(out)
}

/// Checks call arguments' order and splits them into positional and keyword arguments.
pub fn arguments(items: Vec<ArgItem>) -> Result<(Vec<Arg>, Vec<Keyword>)> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for item in items {
        match item {
            ArgItem::Positional(e) | ArgItem::Generator(e) if seen_double_star => {
                return Err(SyntaxError::syntax(
                    "positional argument follows keyword argument unpacking",
                    e.span,
                ));
            }
            ArgItem::Positional(e) | ArgItem::Generator(e) if seen_keyword => {
                return Err(SyntaxError::syntax(
                    "positional argument follows keyword argument",
                    e.span,
                ));
            }
            ArgItem::Generator(e) if count > 1 => {
                return Err(SyntaxError::syntax(
                    "Generator expression must be parenthesized",
                    e.span,
                ));
            }
            ArgItem::Positional(e) | ArgItem::Generator(e) => args.push(Arg::Positional(e)),
            ArgItem::Star(span, e) => {
                if seen_double_star {
                    return Err(SyntaxError::syntax(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                    ));
                }
                args.push(Arg::Star(e));
            }
            ArgItem::Keyword(span, name, value) => {
                let id = match name.kind {
                    ExprKind::Name(n) => n.id,
                    ExprKind::Constant(c @ (Constant::True | Constant::False | Constant::None)) => {
                        return Err(SyntaxError::syntax(
                            format!("cannot assign to {}", constant_name(&c)),
                            name.span,
                        ));
                    }
                    _ => {
                        return Err(SyntaxError::syntax(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            name.span.to(value.span),
                        ));
                    }
                };
                if keywords.iter().any(|k| k.name.as_deref() == Some(&*id)) {
                    return Err(SyntaxError::syntax(
                        format!("keyword argument repeated: {id}"),
                        span,
                    ));
                }
                seen_keyword = true;
                keywords.push(Keyword {
                    span,
                    name: Some(id),
                    value,
                });
            }
            ArgItem::DoubleStar(span, value) => {
                seen_double_star = true;
                keywords.push(Keyword {
                    span,
                    name: None,
                    value,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn call(span: Span, func: Expr, items: Vec<ArgItem>) -> Result<Expr> {
    let (args, keywords) = arguments(items)?;
    Ok(Expr::new(
        span,
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
    ))
}

pub fn lambda(span: Span, params: Vec<ParamItem>, body: Expr) -> Result<Expr> {
    let params = parameters(params)?;
    Ok(Expr::new(
        span,
        ExprKind::Lambda(Box::new(Lambda {
            params,
            body,
            scope: ScopeInfo::default(),
        })),
    ))
}

// ---------------------------------------------------------------- expressions

pub fn maybe_tuple(span: Span, (mut items, trailing): (Vec<Expr>, bool)) -> Expr {
    if items.len() == 1 && !trailing {
        return items.pop().expect("one item");
    }
    Expr::new(span, ExprKind::Tuple(items))
}

/// `( ... )`: a parenthesized expression or a tuple display.
pub fn parenthesized(span: Span, (mut items, trailing): (Vec<Expr>, bool)) -> Result<Expr> {
    if items.len() == 1 && !trailing {
        let e = items.pop().expect("one item");
        if let ExprKind::Starred(_) = e.kind {
            return Err(SyntaxError::syntax(
                "cannot use starred expression here",
                e.span,
            ));
        }
        return Ok(e);
    }
    Ok(Expr::new(span, ExprKind::Tuple(items)))
}

pub fn bool_op(span: Span, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(span, ExprKind::BoolOp { op, values })
}

pub fn unary(span: Span, op: UnaryOp, operand: Expr) -> Expr {
    Expr::new(
        span,
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
    )
}

pub fn bin(span: Span, left: Expr, op: BinOp, right: Expr) -> Expr {
    Expr::new(
        span,
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

pub fn compare(span: Span, left: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let (ops, comparators) = rest.into_iter().unzip();
    Expr::new(
        span,
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
    )
}

pub fn comprehension(
    span: Span,
    kind: ComprehensionKind,
    element: Expr,
    value: Option<Expr>,
    generators: Vec<ComprehensionFor>,
) -> Expr {
    Expr::new(
        span,
        ExprKind::Comprehension(Box::new(Comprehension {
            kind,
            element,
            value,
            generators,
            scope: ScopeInfo::default(),
        })),
    )
}

/// Adjacent string literals: concatenated into one constant, or one f-string.
pub fn strings(pieces: Vec<(usize, StrLit, usize)>) -> Result<Expr> {
    let span = Span::new(pieces[0].0, pieces[pieces.len() - 1].2);
    let bytes_count = pieces
        .iter()
        .filter(|(_, s, _)| s.kind == StrKind::Bytes)
        .count();
    if bytes_count != 0 && bytes_count != pieces.len() {
        return Err(SyntaxError::syntax(
            "cannot mix bytes and nonbytes literals",
            span,
        ));
    }
    if bytes_count != 0 {
        let bytes: Vec<u8> = pieces
            .iter()
            .flat_map(|(_, s, _)| s.value.chars().map(|c| c as u32 as u8))
            .collect();
        return Ok(Expr::new(
            span,
            ExprKind::Constant(Constant::Bytes(bytes.into())),
        ));
    }
    if pieces.iter().all(|(_, s, _)| s.kind == StrKind::Str) {
        let text: String = pieces.iter().map(|(_, s, _)| &*s.value).collect();
        return Ok(Expr::new(
            span,
            ExprKind::Constant(Constant::Str(text.into())),
        ));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    for (_, piece, _) in &pieces {
        match piece.kind {
            StrKind::FString => {
                for part in fstring::parse(piece)? {
                    push_part(&mut parts, part);
                }
            }
            _ => push_part(&mut parts, FStringPart::Literal(piece.value.clone())),
        }
    }
    Ok(Expr::new(span, ExprKind::FString(parts)))
}

/// Appends a part, merging adjacent literal text.
pub fn push_part(parts: &mut Vec<FStringPart>, part: FStringPart) {
    if let FStringPart::Literal(text) = &part {
        if text.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            *prev = format!("{prev}{text}").into();
            return;
        }
    }
    parts.push(part);
}

// ---------------------------------------------------------------- targets

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetKind {
    Store,
    Delete,
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().find_map(|i| invalid_target(i, kind))
        }
        ExprKind::Starred(inner) => {
            if kind == TargetKind::Delete {
                Some(e)
            } else {
                invalid_target(inner, kind)
            }
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        _ => Some(e),
    }
}

fn check_target(e: &Expr, kind: TargetKind) -> Result<()> {
    if let Some(bad) = invalid_target(e, kind) {
        let verb = if kind == TargetKind::Delete {
            "delete"
        } else {
            "assign to"
        };
        return Err(SyntaxError::syntax(
            format!("cannot {verb} {}", expr_name(bad)),
            bad.span,
        ));
    }
    check_name_target(e)
}

/// `__debug__` cannot be bound (CPython's compiler: forbidden_name).
fn check_name_target(e: &Expr) -> Result<()> {
    match &e.kind {
        ExprKind::Name(n) if &*n.id == "__debug__" => {
            Err(SyntaxError::syntax("cannot assign to __debug__", e.span))
        }
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().try_for_each(check_name_target)
        }
        ExprKind::Starred(inner) => check_name_target(inner),
        _ => Ok(()),
    }
}

/// The compiler's checks on starred targets: not alone, at most one per sequence.
fn check_starred_assignment(e: &Expr) -> Result<()> {
    match &e.kind {
        ExprKind::Starred(_) => Err(SyntaxError::syntax(
            "starred assignment target must be in a list or tuple",
            e.span,
        )),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            let mut starred = items
                .iter()
                .filter(|i| matches!(i.kind, ExprKind::Starred(_)));
            if starred.next().is_some() && starred.next().is_some() {
                return Err(SyntaxError::syntax(
                    "multiple starred expressions in assignment",
                    e.span,
                ));
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) => check_starred_assignment(inner)?,
                    _ => check_starred_assignment(item)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// CPython's `_PyPegen_get_expr_name`: how messages name an expression.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::Comprehension(c) => match c.kind {
            ComprehensionKind::Generator => "generator expression",
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
        },
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(c) => constant_name(c),
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn constant_name(c: &Constant) -> &'static str {
    match c {
        Constant::None => "None",
        Constant::True => "True",
        Constant::False => "False",
        Constant::Ellipsis => "ellipsis",
        _ => "literal",
    }
}
