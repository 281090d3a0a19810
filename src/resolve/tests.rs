//! Resolver tests over hand-built trees (the Python-source cases live in tests/resolve_cases).

use super::*;
use crate::source::Span;
use crate::syntax::ast::*;
use std::cell::Cell;

thread_local! {
    static POS: Cell<usize> = const { Cell::new(0) };
}

/// A fresh one-byte span, so nodes can be told apart by position.
fn sp() -> Span {
    POS.with(|p| {
        let n = p.get() + 1;
        p.set(n);
        Span::new(n, n + 1)
    })
}

fn e(kind: ExprKind) -> Expr {
    Expr::new(sp(), kind)
}
fn s(kind: StmtKind) -> Stmt {
    Stmt::new(sp(), kind)
}
fn n(id: &str) -> Expr {
    e(ExprKind::Name(Name::new(sp(), id.into())))
}
fn int() -> Expr {
    e(ExprKind::Constant(Constant::None))
}
fn assign(target: Expr, value: Expr) -> Stmt {
    s(StmtKind::Assign {
        targets: vec![target],
        value,
    })
}
fn set(target: &str, value: Expr) -> Stmt {
    assign(n(target), value)
}
fn ex(x: Expr) -> Stmt {
    s(StmtKind::Expr(x))
}
fn ret(x: Expr) -> Stmt {
    s(StmtKind::Return(Some(x)))
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
fn tuple(items: Vec<Expr>) -> Expr {
    e(ExprKind::Tuple(items))
}
fn param(name: &str) -> Param {
    Param {
        span: sp(),
        name: name.into(),
        annotation: None,
        default: None,
    }
}
fn params(names: &[&str]) -> Parameters {
    Parameters {
        args: names.iter().map(|x| param(x)).collect(),
        ..Parameters::default()
    }
}
fn fdef(name: &str, p: Parameters, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::FunctionDef(Box::new(FunctionDef {
        is_async: false,
        name: name.into(),
        target: Name::new(sp(), name.into()),
        decorators: vec![],
        params: p,
        returns: None,
        body,
        scope: ScopeInfo::default(),
    })))
}
fn def(name: &str, p: &[&str], body: Vec<Stmt>) -> Stmt {
    fdef(name, params(p), body)
}
fn async_def(name: &str, p: &[&str], body: Vec<Stmt>) -> Stmt {
    let mut st = def(name, p, body);
    if let StmtKind::FunctionDef(f) = &mut st.kind {
        f.is_async = true;
    }
    st
}
fn class(name: &str, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.into(),
        target: Name::new(sp(), name.into()),
        decorators: vec![],
        bases: vec![],
        keywords: vec![],
        body,
        scope: ScopeInfo::default(),
    })))
}
fn lambda(p: &[&str], body: Expr) -> Expr {
    e(ExprKind::Lambda(Box::new(Lambda {
        params: params(p),
        body,
        scope: ScopeInfo::default(),
    })))
}
fn comp(kind: ComprehensionKind, elt: Expr, fors: Vec<(Expr, Expr)>) -> Expr {
    e(ExprKind::Comprehension(Box::new(Comprehension {
        kind,
        element: elt,
        value: None,
        generators: fors
            .into_iter()
            .map(|(target, iter)| ComprehensionFor {
                is_async: false,
                target,
                iter,
                ifs: vec![],
            })
            .collect(),
        scope: ScopeInfo::default(),
    })))
}
fn listcomp(elt: Expr, target: &str, iter: Expr) -> Expr {
    comp(ComprehensionKind::List, elt, vec![(n(target), iter)])
}
fn walrus(target: &str, value: Expr) -> Expr {
    e(ExprKind::NamedExpr {
        target: Name::new(sp(), target.into()),
        value: Box::new(value),
    })
}
fn global(names: &[&str]) -> Stmt {
    s(StmtKind::Global(
        names.iter().map(|x| (*x).into()).collect(),
    ))
}
fn nonlocal(names: &[&str]) -> Stmt {
    s(StmtKind::Nonlocal(
        names.iter().map(|x| (*x).into()).collect(),
    ))
}
fn yield_(x: Expr) -> Expr {
    e(ExprKind::Yield(Some(Box::new(x))))
}
fn await_(x: Expr) -> Expr {
    e(ExprKind::Await(Box::new(x)))
}
fn while_(body: Vec<Stmt>) -> Stmt {
    s(StmtKind::While {
        test: int(),
        body,
        orelse: vec![],
    })
}

fn resolve(body: Vec<Stmt>) -> Result<Module, SyntaxError> {
    let mut m = Module {
        body,
        scope: ScopeInfo::default(),
    };
    let src = SourceFile::new("t.py", "");
    resolve_module(&mut m, &src)?;
    Ok(m)
}

fn ok(body: Vec<Stmt>) -> Module {
    resolve(body).expect("resolves")
}

fn error(body: Vec<Stmt>) -> String {
    resolve(body).expect_err("should fail").message
}

fn func(st: &Stmt) -> &FunctionDef {
    match &st.kind {
        StmtKind::FunctionDef(f) => f,
        _ => panic!("not a def"),
    }
}
fn cls(st: &Stmt) -> &ClassDef {
    match &st.kind {
        StmtKind::ClassDef(c) => c,
        _ => panic!("not a class"),
    }
}
fn names(info: &ScopeInfo) -> Vec<&str> {
    info.slot_names.iter().map(|x| &**x).collect()
}
fn slot(x: &Expr) -> NameRef {
    match &x.kind {
        ExprKind::Name(n) => n.slot,
        _ => panic!("not a name"),
    }
}
fn assigned(st: &Stmt) -> (&Expr, &Expr) {
    match &st.kind {
        StmtKind::Assign { targets, value } => (&targets[0], value),
        _ => panic!("not an assignment"),
    }
}
fn ret_value(st: &Stmt) -> &Expr {
    match &st.kind {
        StmtKind::Return(Some(v)) => v,
        StmtKind::Expr(v) => v,
        _ => panic!("no value"),
    }
}

#[test]
fn slot_order_params_then_first_use_then_sorted_cells() {
    // def outer(p_cell, p_plain):
    //     z_cell = y; a_plain = 1; b_cell = 2
    //     def inner(): return p_cell, z_cell, b_cell
    let m = ok(vec![def(
        "outer",
        &["p_cell", "p_plain"],
        vec![
            set("z_cell", n("y")),
            set("a_plain", int()),
            set("b_cell", int()),
            def(
                "inner",
                &[],
                vec![ret(tuple(vec![n("p_cell"), n("z_cell"), n("b_cell")]))],
            ),
        ],
    )]);
    let outer = func(&m.body[0]);
    assert_eq!(
        names(&outer.scope),
        ["p_cell", "p_plain", "a_plain", "inner", "b_cell", "z_cell"]
    );
    assert_eq!(outer.scope.arg_count, 2);
    assert_eq!(outer.scope.cell_slots, [0, 4, 5]);
    assert_eq!(&*outer.scope.qualname, "outer");
    assert_eq!(slot(assigned(&outer.body[0]).0), NameRef::Deref(5));
    assert_eq!(slot(assigned(&outer.body[0]).1), NameRef::Global);
    assert_eq!(slot(assigned(&outer.body[1]).0), NameRef::Fast(2));
    let inner = func(&outer.body[3]);
    assert_eq!(inner.target.slot, NameRef::Fast(3));
    assert_eq!(names(&inner.scope), ["b_cell", "p_cell", "z_cell"]);
    assert_eq!(inner.scope.free_from, [4, 0, 5]);
    assert_eq!(&*inner.scope.qualname, "outer.<locals>.inner");
    let StmtKind::Return(Some(v)) = &inner.body[0].kind else {
        panic!()
    };
    let ExprKind::Tuple(items) = &v.kind else {
        panic!()
    };
    assert_eq!(slot(&items[0]), NameRef::Deref(1));
}

#[test]
fn right_hand_side_numbered_before_target() {
    // def f(): x = y; y = 1
    let m = ok(vec![def("f", &[], vec![set("x", n("y")), set("y", int())])]);
    assert_eq!(names(&func(&m.body[0]).scope), ["y", "x"]);
}

#[test]
fn class_scope_is_skipped_and_passes_frees_through() {
    // def f():
    //     x = 1
    //     class C:
    //         x = 2
    //         def m(self): return x
    let m = ok(vec![def(
        "f",
        &[],
        vec![
            set("x", int()),
            class(
                "C",
                vec![set("x", int()), def("m", &["self"], vec![ret(n("x"))])],
            ),
        ],
    )]);
    let f = func(&m.body[0]);
    assert_eq!(names(&f.scope), ["C", "x"]);
    let c = cls(&f.body[1]);
    assert_eq!(names(&c.scope), ["x"]);
    assert_eq!(c.scope.free_from, [1]);
    assert_eq!(&*c.scope.qualname, "f.<locals>.C");
    assert_eq!(slot(assigned(&c.body[0]).0), NameRef::Name);
    let meth = func(&c.body[1]);
    assert_eq!(names(&meth.scope), ["self", "x"]);
    assert_eq!(meth.scope.free_from, [0]);
    assert_eq!(&*meth.scope.qualname, "f.<locals>.C.m");
    assert_eq!(slot(ret_value(&meth.body[0])), NameRef::Deref(1));
}

#[test]
fn class_body_reads_free_variable_with_classderef() {
    // def f(): x = 1; class C: y = x
    let m = ok(vec![def(
        "f",
        &[],
        vec![set("x", int()), class("C", vec![set("y", n("x"))])],
    )]);
    let c = cls(&func(&m.body[0]).body[1]);
    assert_eq!(names(&c.scope), ["x"]);
    assert_eq!(slot(assigned(&c.body[0]).1), NameRef::ClassDeref(0));
}

#[test]
fn super_creates_class_cell() {
    // class C: def m(self): return super()
    let m = ok(vec![class(
        "C",
        vec![def("m", &["self"], vec![ret(call(n("super"), vec![]))])],
    )]);
    let c = cls(&m.body[0]);
    assert!(c.scope.flags.needs_class_cell);
    assert_eq!(names(&c.scope), ["__class__"]);
    assert_eq!(c.scope.cell_slots, [0]);
    let meth = func(&c.body[0]);
    assert_eq!(names(&meth.scope), ["self", "__class__"]);
    assert_eq!(meth.scope.free_from, [0]);
    assert_eq!(&*meth.scope.qualname, "C.m");
}

#[test]
fn global_and_nonlocal() {
    // def f():
    //     global g; g = 1
    //     x = 1
    //     def h(): nonlocal x; x = 2
    let m = ok(vec![def(
        "f",
        &[],
        vec![
            global(&["g"]),
            set("g", int()),
            set("x", int()),
            def("h", &[], vec![nonlocal(&["x"]), set("x", int())]),
        ],
    )]);
    let f = func(&m.body[0]);
    assert_eq!(slot(assigned(&f.body[1]).0), NameRef::Global);
    assert_eq!(names(&f.scope), ["h", "x"]);
    let h = func(&f.body[3]);
    assert_eq!(slot(assigned(&h.body[1]).0), NameRef::Deref(0));
    // At module level a name declared global anywhere is LOAD_GLOBAL.
    let m = ok(vec![
        ex(n("g")),
        def("f", &[], vec![global(&["g"]), set("g", int())]),
    ]);
    assert_eq!(slot(ret_value(&m.body[0])), NameRef::Global);
}

#[test]
fn global_function_gets_bare_qualname() {
    let m = ok(vec![def(
        "f",
        &[],
        vec![global(&["g"]), def("g", &[], vec![])],
    )]);
    let g = func(&func(&m.body[0]).body[1]);
    assert_eq!(&*g.scope.qualname, "g");
    assert_eq!(g.target.slot, NameRef::Global);
}

#[test]
fn private_names_are_mangled() {
    // class __C: def __m(self, __p): self.__a = __p
    let m = ok(vec![class(
        "__C",
        vec![def(
            "__m",
            &["self", "__p"],
            vec![assign(attr(n("self"), "__a"), n("__p"))],
        )],
    )]);
    let c = cls(&m.body[0]);
    assert_eq!(&*c.target.id, "__C");
    let meth = func(&c.body[0]);
    assert_eq!(&*meth.name, "__m");
    assert_eq!(&*meth.target.id, "_C__m");
    assert_eq!(&*meth.scope.qualname, "__C.__m");
    assert_eq!(names(&meth.scope), ["self", "_C__p"]);
    let (t, v) = assigned(&meth.body[0]);
    let ExprKind::Attribute { attr, .. } = &t.kind else {
        panic!()
    };
    assert_eq!(&**attr, "_C__a");
    let ExprKind::Name(v) = &v.kind else { panic!() };
    assert_eq!(&*v.id, "_C__p");
    assert_eq!(mangle(Some("___"), "__x"), None);
    assert_eq!(mangle(Some("C"), "__x__"), None);
    assert_eq!(mangle(Some("C"), "__a.b"), None);
    assert_eq!(mangle(Some("_C"), "__x").as_deref(), Some("_C__x"));
}

#[test]
fn comprehension_scope_and_walrus() {
    // def f(): return [(y := x) for x in it]; then y is f's cell
    let m = ok(vec![def(
        "f",
        &[],
        vec![ret(listcomp(walrus("y", n("x")), "x", n("it")))],
    )]);
    let f = func(&m.body[0]);
    assert_eq!(names(&f.scope), ["y"]);
    assert_eq!(f.scope.cell_slots, [0]);
    let ExprKind::Comprehension(c) = &ret_value(&f.body[0]).kind else {
        panic!()
    };
    assert_eq!(names(&c.scope), [".0", "x", "y"]);
    assert_eq!(c.scope.arg_count, 1);
    assert_eq!(c.scope.free_from, [0]);
    assert_eq!(&*c.scope.qualname, "f.<locals>.<listcomp>");
    assert_eq!(slot(&c.generators[0].iter), NameRef::Global);
    assert_eq!(slot(&c.generators[0].target), NameRef::Fast(1));
}

#[test]
fn lambda_in_comprehension_qualname() {
    // def f(): return [lambda: x for x in r]
    let m = ok(vec![def(
        "f",
        &[],
        vec![ret(listcomp(lambda(&[], n("x")), "x", n("r")))],
    )]);
    let f = func(&m.body[0]);
    let ExprKind::Comprehension(c) = &ret_value(&f.body[0]).kind else {
        panic!()
    };
    assert_eq!(names(&c.scope), [".0", "x"]);
    assert_eq!(c.scope.cell_slots, [1]);
    let ExprKind::Lambda(l) = &c.element.kind else {
        panic!()
    };
    assert_eq!(&*l.scope.qualname, "f.<locals>.<listcomp>.<lambda>");
    assert_eq!(names(&l.scope), ["x"]);
    assert_eq!(l.scope.free_from, [1]);
}

#[test]
fn generator_flags_and_suspend_marks() {
    let m = ok(vec![
        def(
            "g",
            &[],
            vec![ex(n("a")), ex(call(n("f"), vec![yield_(int())]))],
        ),
        async_def("c", &[], vec![ret(await_(n("x")))]),
        ex(comp(
            ComprehensionKind::Generator,
            n("x"),
            vec![(n("x"), n("y"))],
        )),
    ]);
    let g = func(&m.body[0]);
    assert!(g.scope.flags.is_generator && !g.scope.flags.is_coroutine);
    assert!(g.scope.flags.has_suspend);
    assert!(!g.body[0].suspends);
    assert!(g.body[1].suspends);
    assert!(ret_value(&g.body[1]).suspends);
    let c = func(&m.body[1]);
    assert!(c.scope.flags.is_coroutine && !c.scope.flags.is_generator);
    assert!(c.body[0].suspends);
    let ExprKind::Comprehension(gen) = &ret_value(&m.body[2]).kind else {
        panic!()
    };
    assert!(gen.scope.flags.is_generator);
    assert_eq!(&*gen.scope.qualname, "<genexpr>");
    assert!(!m.body[2].suspends);
}

#[test]
fn scope_errors() {
    assert_eq!(
        error(vec![def("f", &["x"], vec![global(&["x"])])]),
        "name 'x' is parameter and global"
    );
    assert_eq!(
        error(vec![def("f", &["x"], vec![nonlocal(&["x"])])]),
        "name 'x' is parameter and nonlocal"
    );
    assert_eq!(
        error(vec![set("x", int()), global(&["x"])]),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        error(vec![ex(n("x")), global(&["x"])]),
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(
        error(vec![nonlocal(&["x"])]),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        error(vec![def("f", &[], vec![nonlocal(&["x"])])]),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        error(vec![def(
            "g",
            &[],
            vec![
                set("x", int()),
                def("f", &[], vec![global(&["x"]), nonlocal(&["x"])])
            ]
        )]),
        "name 'x' is nonlocal and global"
    );
    assert_eq!(
        error(vec![def("f", &["a", "b", "a"], vec![])]),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        error(vec![ex(listcomp(walrus("i", int()), "i", n("r")))]),
        "assignment expression cannot rebind comprehension iteration variable 'i'"
    );
    assert_eq!(
        error(vec![class(
            "C",
            vec![ex(listcomp(walrus("y", int()), "i", n("r")))]
        )]),
        "assignment expression within a comprehension cannot be used in a class body"
    );
    assert_eq!(
        error(vec![ex(listcomp(n("x"), "x", walrus("y", int())))]),
        "assignment expression cannot be used in a comprehension iterable expression"
    );
    assert_eq!(
        error(vec![ex(listcomp(yield_(int()), "x", n("y")))]),
        "'yield' inside list comprehension"
    );
}

#[test]
fn compiler_errors() {
    assert_eq!(error(vec![ret(int())]), "'return' outside function");
    assert_eq!(
        error(vec![class("C", vec![ret(int())])]),
        "'return' outside function"
    );
    assert_eq!(error(vec![ex(yield_(int()))]), "'yield' outside function");
    assert_eq!(error(vec![ex(await_(int()))]), "'await' outside function");
    assert_eq!(
        error(vec![def("f", &[], vec![ex(await_(int()))])]),
        "'await' outside async function"
    );
    assert_eq!(error(vec![s(StmtKind::Break)]), "'break' outside loop");
    assert_eq!(
        error(vec![while_(vec![def(
            "f",
            &[],
            vec![s(StmtKind::Continue)]
        )])]),
        "'continue' not properly in loop"
    );
    assert!(resolve(vec![while_(vec![s(StmtKind::Break)])]).is_ok());
    assert_eq!(
        error(vec![async_def(
            "f",
            &[],
            vec![ex(yield_(int())), ret(int())]
        )]),
        "'return' with value in async generator"
    );
    assert_eq!(
        error(vec![async_def(
            "f",
            &[],
            vec![ex(e(ExprKind::YieldFrom(Box::new(n("x")))))]
        )]),
        "'yield from' inside async function"
    );
    let mut c = listcomp(n("x"), "x", n("y"));
    if let ExprKind::Comprehension(c) = &mut c.kind {
        c.generators[0].is_async = true;
    }
    assert_eq!(
        error(vec![def("f", &[], vec![ret(c)])]),
        "asynchronous comprehension outside of an asynchronous function"
    );
}

#[test]
fn nested_block_limit() {
    let mut body = vec![s(StmtKind::Pass)];
    for _ in 0..20 {
        body = vec![while_(body)];
    }
    assert!(resolve(body.clone()).is_ok());
    assert_eq!(
        error(vec![while_(body)]),
        "too many statically nested blocks"
    );
}

#[test]
fn deep_expression_nesting_is_an_error_not_a_crash() {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let mut x = n("a");
            for _ in 0..(MAX_NESTING + 10) {
                x = e(ExprKind::UnaryOp {
                    op: UnaryOp::Neg,
                    operand: Box::new(x),
                });
            }
            let msg = error(vec![ex(x)]);
            // Dropping a deep tree recurses too; leak it inside this big-stack thread.
            msg
        })
        .expect("thread");
    assert_eq!(
        handle.join().expect("no panic"),
        "maximum recursion depth exceeded during compilation"
    );
}
