//! Pass 1, CPython's symtable.c: one `Scope` per module, class body, function, lambda and
//! comprehension, with the flags of every name it mentions, in the order the symbol table
//! visits the tree (which is also the order its errors are reported in). Mangles names.

use super::{err, mangle, star_span, MAX_NESTING};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use indexmap::IndexMap;

/// Insertion-ordered symbols with a fast hash (identifiers are short and trusted).
type FxIndexMap<K, V> = IndexMap<K, V, rustc_hash::FxBuildHasher>;
use rustc_hash::FxHashMap as HashMap;

pub(super) type ScopeId = usize;

// CPython: Include/internal/pycore_symtable.h
pub(super) const DEF_GLOBAL: u32 = 1;
pub(super) const DEF_LOCAL: u32 = 2;
pub(super) const DEF_PARAM: u32 = 4;
pub(super) const DEF_NONLOCAL: u32 = 8;
pub(super) const USE: u32 = 16;
pub(super) const DEF_FREE_CLASS: u32 = 64;
pub(super) const DEF_IMPORT: u32 = 128;
pub(super) const DEF_ANNOT: u32 = 256;
pub(super) const DEF_COMP_ITER: u32 = 512;
pub(super) const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Module,
    Class,
    Function { is_async: bool },
    Lambda,
    Comprehension(ComprehensionKind),
}

impl Kind {
    /// CPython's FunctionBlock: functions, lambdas and comprehensions.
    pub(super) fn is_function_block(self) -> bool {
        !matches!(self, Kind::Module | Kind::Class)
    }
}

/// Where analysis put a name (CPython's LOCAL, GLOBAL_EXPLICIT, ... ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sc {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub(super) struct Scope {
    pub kind: Kind,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// `__name__` of the code object: the def or class name, `<lambda>`, `<listcomp>`, ...
    pub name: Ident,
    /// The (mangled) name a def or class statement binds, for the qualname rule.
    pub binding: Option<Ident>,
    pub symbols: FxIndexMap<Ident, u32>,
    pub params: Vec<Ident>,
    /// `global`/`nonlocal` statements (and walrus targets), for error locations.
    pub directives: Vec<(Ident, Span)>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub comp_iter_target: bool,
    pub comp_iter_expr: u32,
    // Filled by analysis.
    pub scopes: HashMap<Ident, Sc>,
    pub needs_class_closure: bool,
    pub qualname: Ident,
}

impl Scope {
    pub(super) fn scope_of(&self, name: &str) -> Option<Sc> {
        self.scopes.get(name).copied()
    }
}

#[derive(Debug)]
pub(super) struct Table {
    pub scopes: Vec<Scope>,
    /// Scope of each tree node, keyed by the address of its `ScopeInfo` (the tree is not moved
    /// between the passes).
    pub by_node: HashMap<usize, ScopeId>,
}

pub(super) fn key(info: &ScopeInfo) -> usize {
    info as *const ScopeInfo as usize
}

pub(super) fn build(module: &mut Module) -> Result<Table, SyntaxError> {
    let mut b = Builder {
        table: Table {
            scopes: Vec::new(),
            by_node: HashMap::default(),
        },
        cur: 0,
        private: None,
        depth: 0,
    };
    b.enter(Kind::Module, "<module>".into(), None, key(&module.scope));
    for s in &mut module.body {
        b.stmt(s)?;
    }
    Ok(b.table)
}

struct Builder {
    table: Table,
    cur: ScopeId,
    private: Option<Ident>,
    depth: u32,
}

impl Builder {
    fn enter(&mut self, kind: Kind, name: Ident, binding: Option<Ident>, node: usize) -> ScopeId {
        let id = self.table.scopes.len();
        let parent = if id == 0 { None } else { Some(self.cur) };
        self.table.scopes.push(Scope {
            kind,
            parent,
            children: Vec::new(),
            name,
            binding,
            symbols: FxIndexMap::default(),
            params: Vec::new(),
            directives: Vec::new(),
            is_generator: matches!(kind, Kind::Comprehension(ComprehensionKind::Generator)),
            is_coroutine: matches!(kind, Kind::Function { is_async: true }),
            comp_iter_target: false,
            comp_iter_expr: 0,
            scopes: HashMap::default(),
            needs_class_closure: false,
            qualname: "".into(),
        });
        if let Some(p) = parent {
            self.table.scopes[p].children.push(id);
        }
        self.table.by_node.insert(node, id);
        self.cur = id;
        id
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn mangle(&self, id: &mut Ident) {
        if let Some(m) = mangle(self.private.as_deref(), id) {
            *id = m;
        }
    }

    fn lookup(&self, name: &str) -> u32 {
        self.table.scopes[self.cur]
            .symbols
            .get(name)
            .copied()
            .unwrap_or(0)
    }

    /// CPython `symtable_add_def` on an already mangled name.
    fn add_def(&mut self, name: &Ident, flag: u32, span: Span) -> Result<(), SyntaxError> {
        self.add_def_in(self.cur, name, flag, span)
    }

    fn add_def_in(
        &mut self,
        sid: ScopeId,
        name: &Ident,
        flag: u32,
        span: Span,
    ) -> Result<(), SyntaxError> {
        let ste = &mut self.table.scopes[sid];
        let mut val = ste.symbols.get(name).copied().unwrap_or(0);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(err(
                format!("duplicate argument '{name}' in function definition"),
                span,
            ));
        }
        val |= flag;
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.insert(name.clone(), val);
        if flag & DEF_PARAM != 0 {
            ste.params.push(name.clone());
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            *module.symbols.entry(name.clone()).or_insert(0) |= flag;
        }
        Ok(())
    }

    fn name_load(&mut self, n: &mut Name) -> Result<(), SyntaxError> {
        self.mangle(&mut n.id);
        self.add_def(&n.id.clone(), USE, n.span)?;
        if self.table.scopes[self.cur].kind.is_function_block() && &*n.id == "super" {
            self.add_def(&"__class__".into(), USE, n.span)?;
        }
        Ok(())
    }

    fn name_store(&mut self, n: &mut Name) -> Result<(), SyntaxError> {
        self.mangle(&mut n.id);
        self.add_def(&n.id.clone(), DEF_LOCAL, n.span)
    }

    fn enter_depth(&mut self, span: Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(SyntaxError::too_deep(span));
        }
        Ok(())
    }

    fn body(&mut self, body: &mut [Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &mut Stmt) -> Result<(), SyntaxError> {
        self.enter_depth(s.span)?;
        let span = s.span;
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.target(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(n) = &mut target.kind {
                    self.mangle(&mut n.id);
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{}' can't be {what}", n.id),
                            span,
                        ));
                    }
                    let id = n.id.clone();
                    if *simple {
                        self.add_def(&id, DEF_ANNOT | DEF_LOCAL, n.span)?;
                    } else if value.is_some() {
                        self.add_def(&id, DEF_LOCAL, n.span)?;
                    }
                } else {
                    self.target(target)?;
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Global(names) => self.directive(names, true, span)?,
            StmtKind::Nonlocal(names) => self.directive(names, false, span)?,
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.target(target)?;
                self.expr(iter)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                self.body(orelse)?;
                for h in handlers {
                    if let Some(t) = &mut h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &mut h.name {
                        self.name_store(n)?;
                    }
                    self.body(&mut h.body)?;
                }
                self.body(finalbody)?;
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&mut item.context)?;
                    if let Some(t) = &mut item.target {
                        self.target(t)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::FunctionDef(f) => self.function_def(f, span)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.alias(a, true)?;
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                ..
            } => {
                if let Some(m) = module {
                    self.mangle(m);
                }
                for a in names.iter_mut() {
                    self.alias(a, false)?;
                }
                if *star && self.table.scopes[self.cur].kind != Kind::Module {
                    return Err(err(
                        "import * only allowed at module level",
                        star_span(span),
                    ));
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    /// A `global` or `nonlocal` statement (CPython checks it against earlier uses here).
    fn directive(
        &mut self,
        names: &mut [Ident],
        global: bool,
        span: Span,
    ) -> Result<(), SyntaxError> {
        for name in names {
            let raw = name.clone();
            self.mangle(name);
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let what = if global { "global" } else { "nonlocal" };
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{raw}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{raw}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{raw}' can't be {what}")
                } else {
                    format!("name '{raw}' is assigned to before {what} declaration")
                };
                return Err(err(msg, span));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            let n = name.clone();
            self.add_def(&n, flag, span)?;
            self.scope().directives.push((n, span));
        }
        Ok(())
    }

    fn alias(&mut self, a: &mut Alias, dotted: bool) -> Result<(), SyntaxError> {
        // CPython mangles the imported name too (IMPORT_NAME/IMPORT_FROM go through
        // `compiler_addop_name`); `_Py_Mangle` leaves dotted names alone.
        self.mangle(&mut a.name);
        let store: Ident = match &a.asname {
            Some(asname) => asname.clone(),
            None if dotted => a.name.split('.').next().unwrap_or(&a.name).into(),
            None => a.name.clone(),
        };
        a.target.id = store;
        self.mangle(&mut a.target.id);
        let id = a.target.id.clone();
        self.add_def(&id, DEF_IMPORT, a.span)
    }

    fn params_defaults(&mut self, p: &mut Parameters) -> Result<(), SyntaxError> {
        for param in p.posonly.iter_mut().chain(&mut p.args) {
            if let Some(d) = &mut param.default {
                self.expr(d)?;
            }
        }
        for param in &mut p.kwonly {
            if let Some(d) = &mut param.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn params_declare(&mut self, p: &mut Parameters) -> Result<(), SyntaxError> {
        // CPython `symtable_visit_arguments`: positional-only, positional, keyword-only,
        // then *args and **kwargs.
        let all = p
            .posonly
            .iter_mut()
            .chain(&mut p.args)
            .chain(&mut p.kwonly)
            .chain(&mut p.vararg)
            .chain(&mut p.kwarg);
        for param in all {
            self.mangle(&mut param.name);
            let name = param.name.clone();
            self.add_def(&name, DEF_PARAM, param.span)?;
        }
        Ok(())
    }

    fn function_def(&mut self, f: &mut FunctionDef, span: Span) -> Result<(), SyntaxError> {
        let _ = span;
        f.target.id = f.name.clone();
        self.mangle(&mut f.target.id);
        let binding = f.target.id.clone();
        self.add_def(&binding, DEF_LOCAL, f.target.span)?;
        self.params_defaults(&mut f.params)?;
        // CPython `symtable_visit_annotations`.
        let p = &mut f.params;
        for param in p
            .posonly
            .iter_mut()
            .chain(&mut p.args)
            .chain(&mut p.vararg)
            .chain(&mut p.kwonly)
            .chain(&mut p.kwarg)
        {
            if let Some(a) = &mut param.annotation {
                self.expr(a)?;
            }
        }
        if let Some(r) = &mut f.returns {
            self.expr(r)?;
        }
        for d in &mut f.decorators {
            self.expr(d)?;
        }
        let parent = self.cur;
        self.enter(
            Kind::Function {
                is_async: f.is_async,
            },
            f.name.clone(),
            Some(binding),
            key(&f.scope),
        );
        self.params_declare(&mut f.params)?;
        self.body(&mut f.body)?;
        self.cur = parent;
        Ok(())
    }

    fn class_def(&mut self, c: &mut ClassDef) -> Result<(), SyntaxError> {
        c.target.id = c.name.clone();
        self.mangle(&mut c.target.id);
        let binding = c.target.id.clone();
        self.add_def(&binding, DEF_LOCAL, c.target.span)?;
        for b in &mut c.bases {
            let (Arg::Positional(e) | Arg::Star(e)) = b;
            self.expr(e)?;
        }
        for k in &mut c.keywords {
            self.expr(&mut k.value)?;
        }
        for d in &mut c.decorators {
            self.expr(d)?;
        }
        let parent = self.cur;
        self.enter(Kind::Class, c.name.clone(), Some(binding), key(&c.scope));
        let saved = self.private.replace(c.name.clone());
        self.body(&mut c.body)?;
        self.private = saved;
        self.cur = parent;
        Ok(())
    }

    /// An assignment or `del` target.
    fn target(&mut self, e: &mut Expr) -> Result<(), SyntaxError> {
        match &mut e.kind {
            ExprKind::Name(n) => {
                self.enter_depth(e.span)?;
                self.name_store(n)?;
                self.depth -= 1;
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                self.enter_depth(e.span)?;
                for i in items {
                    self.target(i)?;
                }
                self.depth -= 1;
                Ok(())
            }
            ExprKind::Starred(inner) => {
                self.enter_depth(e.span)?;
                self.target(inner)?;
                self.depth -= 1;
                Ok(())
            }
            _ => self.expr(e),
        }
    }

    fn exprs(&mut self, es: &mut [Expr]) -> Result<(), SyntaxError> {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &mut Expr) -> Result<(), SyntaxError> {
        // The parser cut off a tree nested too deeply to build (`ast::MAX_EXPR_DEPTH`).
        if e.depth > crate::syntax::ast::MAX_EXPR_DEPTH {
            return Err(SyntaxError::too_deep(e.span));
        }
        self.enter_depth(e.span)?;
        let span = e.span;
        match &mut e.kind {
            ExprKind::Name(n) => self.name_load(n)?,
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.mangle(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    let (Arg::Positional(x) | Arg::Star(x)) = a;
                    self.expr(x)?;
                }
                for k in keywords {
                    self.expr(&mut k.value)?;
                }
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Lambda(l) => {
                self.params_defaults(&mut l.params)?;
                let parent = self.cur;
                self.enter(Kind::Lambda, "<lambda>".into(), None, key(&l.scope));
                self.params_declare(&mut l.params)?;
                self.expr(&mut l.body)?;
                self.cur = parent;
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                self.exprs(items)?
            }
            ExprKind::Dict(items) => {
                // CPython visits all keys, then all values.
                for item in items.iter_mut() {
                    if let DictItem::Pair(k, _) = item {
                        self.expr(k)?;
                    }
                }
                for item in items.iter_mut() {
                    let (DictItem::Pair(_, v) | DictItem::Unpack(v)) = item;
                    self.expr(v)?;
                }
            }
            ExprKind::Starred(inner) => self.expr(inner)?,
            ExprKind::Comprehension(c) => self.comprehension(c)?,
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_seen(span)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_seen(span)?;
            }
            ExprKind::Await(v) => {
                self.expr(v)?;
                self.scope().is_coroutine = true;
            }
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.cur].comp_iter_expr > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        span,
                    ));
                }
                self.mangle(&mut target.id);
                if matches!(self.table.scopes[self.cur].kind, Kind::Comprehension(_)) {
                    self.extend_namedexpr_scope(target)?;
                }
                self.expr(value)?;
                self.enter_depth(target.span)?;
                self.name_store(target)?;
                self.depth -= 1;
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn yield_seen(&mut self, span: Span) -> Result<(), SyntaxError> {
        let ste = self.scope();
        ste.is_generator = true;
        if let Kind::Comprehension(kind) = ste.kind {
            let what = match kind {
                ComprehensionKind::List => "list comprehension",
                ComprehensionKind::Set => "set comprehension",
                ComprehensionKind::Dict => "dict comprehension",
                ComprehensionKind::Generator => "generator expression",
            };
            return Err(err(format!("'yield' inside {what}"), span));
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&mut f.value)?;
                if let Some(spec) = &mut f.format_spec {
                    self.fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    /// CPython `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the
    /// nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Name) -> Result<(), SyntaxError> {
        let name = &target.id;
        let mut sid = self.cur;
        loop {
            let ste = &self.table.scopes[sid];
            match ste.kind {
                Kind::Comprehension(_) => {
                    if ste.symbols.get(name).copied().unwrap_or(0) & DEF_COMP_ITER != 0 {
                        return Err(err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            target.span,
                        ));
                    }
                }
                Kind::Function { .. } | Kind::Lambda => {
                    let flag = if ste.symbols.get(name).copied().unwrap_or(0) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.span)?;
                    self.scope().directives.push((name.clone(), target.span));
                    return self.add_def_in(sid, name, DEF_LOCAL, target.span);
                }
                Kind::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.scope().directives.push((name.clone(), target.span));
                    return self.add_def_in(sid, name, DEF_GLOBAL, target.span);
                }
                Kind::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        target.span,
                    ));
                }
            }
            sid = ste.parent.unwrap_or(0);
        }
    }

    fn comprehension(&mut self, c: &mut Comprehension) -> Result<(), SyntaxError> {
        let (first, rest) = c
            .generators
            .split_first_mut()
            .expect("a comprehension has at least one `for`");
        // The outermost iterable is evaluated in the enclosing scope.
        self.scope().comp_iter_expr += 1;
        self.expr(&mut first.iter)?;
        self.scope().comp_iter_expr -= 1;
        let parent = self.cur;
        let name = match c.kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        self.enter(
            Kind::Comprehension(c.kind),
            name.into(),
            None,
            key(&c.scope),
        );
        if first.is_async {
            self.scope().is_coroutine = true;
        }
        self.add_def(&".0".into(), DEF_PARAM, first.iter.span)?;
        self.scope().comp_iter_target = true;
        self.target(&mut first.target)?;
        self.scope().comp_iter_target = false;
        self.exprs(&mut first.ifs)?;
        for g in rest {
            self.scope().comp_iter_target = true;
            self.target(&mut g.target)?;
            self.scope().comp_iter_target = false;
            self.scope().comp_iter_expr += 1;
            self.expr(&mut g.iter)?;
            self.scope().comp_iter_expr -= 1;
            self.exprs(&mut g.ifs)?;
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        if let Some(v) = &mut c.value {
            self.expr(v)?;
        }
        self.expr(&mut c.element)?;
        let is_generator = c.kind == ComprehensionKind::Generator;
        let ste = self.scope();
        ste.is_generator = is_generator;
        let is_async = ste.is_coroutine && !is_generator;
        self.cur = parent;
        if is_async {
            self.scope().is_coroutine = true;
        }
        Ok(())
    }
}
