//! Checks the resolver's scopes against CPython: for each tests/resolve_cases/<case>.py, parses
//! and resolves it and prints one line per code object, as tests/resolve_cases/expected.py
//! prints CPython's (co_varnames, co_cellvars, co_freevars, co_qualname, generator and
//! coroutine flags), then compares with <case>.expected. Re-bless with
//! `python3 tests/resolve_cases/expected.py`.

use refpy::resolve::resolve_module;
use refpy::source::SourceFile;
use refpy::syntax::ast::*;
use std::path::Path;

/// A scope and the scopes compiled inside it, in compilation order (CPython's co_consts order).
struct Node<'a> {
    info: &'a ScopeInfo,
    children: Vec<Node<'a>>,
}

#[test]
fn resolve_cases_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/resolve_cases");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/resolve_cases")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "py") && !p.ends_with("expected.py"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(case).expect("case text");
        let expected = std::fs::read_to_string(case.with_extension("expected"))
            .expect("expected file (run python3 tests/resolve_cases/expected.py)");
        let src = SourceFile::new(name.clone(), text);
        let actual = match refpy::syntax::parse_module(&src) {
            Err(e) => format!("parse error: {}\n", e.message),
            Ok(mut module) => match resolve_module(&mut module, &src) {
                Err(e) => format!("resolve error: {}\n", e.message),
                Ok(()) => {
                    let root = Node {
                        info: &module.scope,
                        children: scopes_in(&module.body, true),
                    };
                    let mut out = String::new();
                    print_tree(&root, &mut out);
                    out
                }
            },
        };
        if actual != expected {
            failures.push(format!(
                "--- {name}\nexpected:\n{expected}actual:\n{actual}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

fn tuple(names: &[&str]) -> String {
    let comma = if names.len() == 1 { "," } else { "" };
    format!("({}{comma})", names.join(", "))
}

/// CPython's co_varnames are the parameters and plain locals; co_cellvars the cells in slot
/// order; co_freevars the trailing free slots.
fn print_tree(node: &Node, out: &mut String) {
    let info = node.info;
    let slot = |i: &u32| &*info.slot_names[*i as usize];
    let nfree = info.free_from.len();
    let extra_cells = info
        .cell_slots
        .iter()
        .filter(|&&i| i >= info.arg_count)
        .count();
    let nlocals = info.slot_names.len() - nfree - extra_cells;
    let varnames: Vec<&str> = info.slot_names[..nlocals].iter().map(|s| &**s).collect();
    let cellvars: Vec<&str> = info.cell_slots.iter().map(slot).collect();
    let freevars: Vec<&str> = info.slot_names[info.slot_names.len() - nfree..]
        .iter()
        .map(|s| &**s)
        .collect();
    out.push_str(&format!(
        "{} varnames={} cellvars={} freevars={} generator={} coroutine={}\n",
        info.qualname,
        tuple(&varnames),
        tuple(&cellvars),
        tuple(&freevars),
        if info.flags.is_generator {
            "True"
        } else {
            "False"
        },
        if info.flags.is_coroutine {
            "True"
        } else {
            "False"
        },
    ));
    for child in &node.children {
        print_tree(child, out);
    }
}

/// The scopes directly inside `body`, in compilation order. `annotations` says whether
/// annotations of annotated assignments are evaluated (module and class bodies).
fn scopes_in(body: &[Stmt], annotations: bool) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    for s in body {
        stmt(s, annotations, &mut out);
    }
    out
}

fn stmt<'a>(s: &'a Stmt, annotations: bool, out: &mut Vec<Node<'a>>) {
    let body = |b: &'a [Stmt], out: &mut Vec<Node<'a>>| {
        for s in b {
            stmt(s, annotations, out);
        }
    };
    match &s.kind {
        StmtKind::Expr(e) => expr(e, out),
        StmtKind::Assign { targets, value } => {
            expr(value, out);
            targets.iter().for_each(|t| expr(t, out));
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, out);
            expr(value, out);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            if let Some(v) = value {
                expr(v, out);
            }
            expr(target, out);
            if annotations {
                expr(annotation, out);
            }
        }
        StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Delete(ts) => ts.iter().for_each(|t| expr(t, out)),
        StmtKind::Return(v) => v.iter().for_each(|v| expr(v, out)),
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| expr(e, out));
        }
        StmtKind::Assert { test, msg } => {
            expr(test, out);
            msg.iter().for_each(|m| expr(m, out));
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        }
        | StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            expr(test, out);
            body(b, out);
            body(orelse, out);
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            expr(iter, out);
            expr(target, out);
            body(b, out);
            body(orelse, out);
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            body(b, out);
            body(orelse, out);
            for h in handlers {
                h.typ.iter().for_each(|t| expr(t, out));
                body(&h.body, out);
            }
            body(finalbody, out);
        }
        StmtKind::With { items, body: b, .. } => {
            for item in items {
                expr(&item.context, out);
                item.target.iter().for_each(|t| expr(t, out));
            }
            body(b, out);
        }
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().for_each(|d| expr(d, out));
            defaults(&f.params, out);
            let p = &f.params;
            for param in p
                .args
                .iter()
                .chain(&p.posonly)
                .chain(&p.vararg)
                .chain(&p.kwonly)
                .chain(&p.kwarg)
            {
                param.annotation.iter().for_each(|a| expr(a, out));
            }
            f.returns.iter().for_each(|r| expr(r, out));
            out.push(Node {
                info: &f.scope,
                children: scopes_in(&f.body, false),
            });
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().for_each(|d| expr(d, out));
            out.push(Node {
                info: &c.scope,
                children: scopes_in(&c.body, true),
            });
            for b in &c.bases {
                let (Arg::Positional(e) | Arg::Star(e)) = b;
                expr(e, out);
            }
            c.keywords.iter().for_each(|k| expr(&k.value, out));
        }
    }
}

fn defaults<'a>(p: &'a Parameters, out: &mut Vec<Node<'a>>) {
    for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
        param.default.iter().for_each(|d| expr(d, out));
    }
}

fn fstring<'a>(parts: &'a [FStringPart], out: &mut Vec<Node<'a>>) {
    for part in parts {
        if let FStringPart::Field(f) = part {
            expr(&f.value, out);
            if let Some(spec) = &f.format_spec {
                fstring(spec, out);
            }
        }
    }
}

fn expr<'a>(e: &'a Expr, out: &mut Vec<Node<'a>>) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring(parts, out),
        ExprKind::Attribute { value, .. } => expr(value, out),
        ExprKind::Subscript { value, index } => {
            expr(value, out);
            expr(index, out);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, out);
            }
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(func, out);
            for a in args {
                let (Arg::Positional(x) | Arg::Star(x)) = a;
                expr(x, out);
            }
            keywords.iter().for_each(|k| expr(&k.value, out));
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, out),
        ExprKind::BinOp { left, right, .. } => {
            expr(left, out);
            expr(right, out);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| expr(v, out)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(left, out);
            comparators.iter().for_each(|c| expr(c, out));
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, out);
            expr(body, out);
            expr(orelse, out);
        }
        ExprKind::Lambda(l) => {
            defaults(&l.params, out);
            let mut children = Vec::new();
            expr(&l.body, &mut children);
            out.push(Node {
                info: &l.scope,
                children,
            });
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter().for_each(|i| expr(i, out))
        }
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        expr(k, out);
                        expr(v, out);
                    }
                    DictItem::Unpack(v) => expr(v, out),
                }
            }
        }
        ExprKind::Starred(v) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => expr(v, out),
        ExprKind::Yield(v) => v.iter().for_each(|v| expr(v, out)),
        ExprKind::NamedExpr { value, .. } => expr(value, out),
        ExprKind::Comprehension(c) => {
            // The body is compiled first; the outermost iterable runs in the enclosing scope.
            let mut children = Vec::new();
            for (i, g) in c.generators.iter().enumerate() {
                if i > 0 {
                    expr(&g.iter, &mut children);
                }
                expr(&g.target, &mut children);
                g.ifs.iter().for_each(|x| expr(x, &mut children));
            }
            expr(&c.element, &mut children);
            c.value.iter().for_each(|v| expr(v, &mut children));
            out.push(Node {
                info: &c.scope,
                children,
            });
            expr(&c.generators[0].iter, out);
        }
    }
}
