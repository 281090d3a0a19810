//! Pass 3, the part of CPython's compile.c that numbers frame slots: walks the tree in
//! compilation order (right-hand side before targets, decorators and defaults before the
//! def's name, a comprehension's body before its outermost iterable, ...) so plain locals are
//! numbered as `compiler_nameop` first meets them, and reports the compiler's own errors.
//! Runs twice: once to number slots and check, once to write `NameRef`s and `ScopeInfo`s.

use super::symtable::*;
use super::{err, MAX_BLOCKS};
use crate::source::Span;
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxError;
use indexmap::IndexSet;

/// Insertion-ordered names with a fast hash (identifiers are short and trusted).
type FxIndexSet<T> = IndexSet<T, rustc_hash::FxBuildHasher>;
use rustc_hash::FxHashMap as HashMap;

pub(super) fn assign(module: &mut Module, t: &mut Table) -> Result<(), SyntaxError> {
    let n = t.scopes.len();
    let mut w = Walker {
        t,
        write: false,
        units: Vec::new(),
        varnames: vec![FxIndexSet::default(); n],
        layouts: Vec::new(),
    };
    w.run(module)?;
    w.compute_layouts();
    w.write = true;
    w.run(module)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Loop,
    Other,
}

struct Unit {
    id: ScopeId,
    blocks: Vec<Block>,
    has_suspend: bool,
}

/// The final frame layout of one scope.
#[derive(Default)]
struct Layout {
    slot_names: Vec<Ident>,
    arg_count: u32,
    cell_slots: Vec<u32>,
    free_from: Vec<u32>,
    /// Slot of each cell and free variable.
    deref: HashMap<Ident, u32>,
    /// First free-variable slot.
    first_free: u32,
}

struct Walker<'t> {
    t: &'t mut Table,
    write: bool,
    units: Vec<Unit>,
    /// Per scope: parameters, then plain locals in order of first use.
    varnames: Vec<FxIndexSet<Ident>>,
    layouts: Vec<Layout>,
}

type R<T> = Result<T, SyntaxError>;

impl Walker<'_> {
    fn run(&mut self, module: &mut Module) -> R<()> {
        self.units.push(Unit {
            id: 0,
            blocks: Vec::new(),
            has_suspend: false,
        });
        self.body(&mut module.body)?;
        let unit = self.units.pop().expect("module unit");
        if self.write {
            module.scope = self.scope_info(0, unit.has_suspend);
        }
        Ok(())
    }

    fn compute_layouts(&mut self) {
        for id in 0..self.t.scopes.len() {
            let ste = &self.t.scopes[id];
            let mut layout = Layout::default();
            let mut cells: Vec<Ident> = Vec::new();
            let mut frees: Vec<Ident> = Vec::new();
            for (name, flags) in &ste.symbols {
                match ste.scope_of(name) {
                    Some(Sc::Cell) => cells.push(name.clone()),
                    Some(Sc::Free) => frees.push(name.clone()),
                    _ if flags & DEF_FREE_CLASS != 0 => frees.push(name.clone()),
                    _ => {}
                }
            }
            if ste.needs_class_closure {
                cells.push("__class__".into());
            }
            cells.sort();
            frees.sort();
            if ste.kind.is_function_block() {
                layout.slot_names = self.varnames[id].iter().cloned().collect();
                layout.arg_count = ste.params.len() as u32;
            }
            for c in cells {
                let slot = match layout.slot_names.iter().position(|n| *n == c) {
                    Some(i) => i,
                    None => {
                        layout.slot_names.push(c.clone());
                        layout.slot_names.len() - 1
                    }
                };
                layout.cell_slots.push(slot as u32);
                layout.deref.insert(c, slot as u32);
            }
            layout.cell_slots.sort_unstable();
            layout.first_free = layout.slot_names.len() as u32;
            let parent = ste.parent;
            for f in frees {
                let slot = layout.slot_names.len() as u32;
                layout.slot_names.push(f.clone());
                layout.deref.insert(f.clone(), slot);
                let from = parent.map_or(0, |p| {
                    let pl = &self.layouts[p];
                    pl.slot_names
                        .iter()
                        .enumerate()
                        .position(|(i, n)| {
                            *n == f
                                && (pl.cell_slots.contains(&(i as u32))
                                    || i as u32 >= pl.first_free)
                        })
                        .unwrap_or(0) as u32
                });
                layout.free_from.push(from);
            }
            self.layouts.push(layout);
        }
    }

    fn scope_info(&mut self, id: ScopeId, has_suspend: bool) -> ScopeInfo {
        let l = std::mem::take(&mut self.layouts[id]);
        let ste = &self.t.scopes[id];
        let info = ScopeInfo {
            slot_names: l.slot_names.clone(),
            arg_count: l.arg_count,
            cell_slots: l.cell_slots.clone(),
            free_from: l.free_from.clone(),
            flags: ScopeFlags {
                is_generator: ste.is_generator,
                is_coroutine: ste.is_coroutine,
                needs_class_cell: ste.needs_class_closure,
                has_suspend,
            },
            qualname: ste.qualname.clone(),
        };
        self.layouts[id] = l;
        info
    }

    fn unit(&self) -> &Unit {
        self.units.last().expect("a unit")
    }

    fn kind(&self) -> Kind {
        self.t.scopes[self.unit().id].kind
    }

    fn suspend(&mut self) {
        self.units.last_mut().expect("a unit").has_suspend = true;
    }

    fn enter(&mut self, info: &ScopeInfo) -> ScopeId {
        let id = self.t.by_node[&key(info)];
        if !self.write {
            for p in &self.t.scopes[id].params {
                self.varnames[id].insert(p.clone());
            }
        }
        self.units.push(Unit {
            id,
            blocks: Vec::new(),
            has_suspend: false,
        });
        id
    }

    fn exit(&mut self, info: &mut ScopeInfo) {
        let unit = self.units.pop().expect("a unit");
        if self.write {
            *info = self.scope_info(unit.id, unit.has_suspend);
        }
    }

    fn push_block(&mut self, b: Block, span: Span) -> R<()> {
        let unit = self.units.last_mut().expect("a unit");
        if unit.blocks.len() >= MAX_BLOCKS {
            return Err(err("too many statically nested blocks", span));
        }
        unit.blocks.push(b);
        Ok(())
    }

    fn pop_block(&mut self) {
        self.units.last_mut().expect("a unit").blocks.pop();
    }

    /// CPython `compiler_nameop`: where a load, store or delete of `n` goes.
    fn name(&mut self, n: &mut Name, ctx: Ctx) {
        let id = self.unit().id;
        let ste = &self.t.scopes[id];
        let sc = ste.scope_of(&n.id);
        let slot = if ste.kind.is_function_block() {
            match sc {
                Some(Sc::Local) => {
                    if self.write {
                        NameRef::Fast(self.varnames[id].get_index_of(&n.id).unwrap_or(0) as u32)
                    } else {
                        self.varnames[id].insert(n.id.clone());
                        NameRef::Unresolved
                    }
                }
                Some(Sc::Cell | Sc::Free) => self.deref(id, &n.id),
                Some(Sc::GlobalExplicit | Sc::GlobalImplicit) => NameRef::Global,
                None => NameRef::Name,
            }
        } else {
            match sc {
                Some(Sc::GlobalExplicit) => NameRef::Global,
                Some(Sc::Free | Sc::Cell) => match (self.deref(id, &n.id), ctx) {
                    (NameRef::Deref(i), Ctx::Load) if ste.kind == Kind::Class => {
                        NameRef::ClassDeref(i)
                    }
                    (r, _) => r,
                },
                _ => NameRef::Name,
            }
        };
        if self.write {
            n.slot = slot;
        }
    }

    fn deref(&self, id: ScopeId, name: &str) -> NameRef {
        match self.layouts.get(id).and_then(|l| l.deref.get(name)) {
            Some(&i) => NameRef::Deref(i),
            None => NameRef::Unresolved,
        }
    }

    fn body(&mut self, body: &mut [Stmt]) -> R<bool> {
        let mut s = false;
        for st in body {
            s |= self.stmt(st)?;
        }
        Ok(s)
    }

    fn opt(&mut self, e: &mut Option<Expr>) -> R<bool> {
        match e {
            Some(e) => self.expr(e),
            None => Ok(false),
        }
    }

    fn stmt(&mut self, st: &mut Stmt) -> R<bool> {
        let span = st.span;
        let s = match &mut st.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                let mut s = self.expr(value)?;
                for t in targets {
                    s |= self.target(t, Ctx::Store, false)?;
                }
                s
            }
            StmtKind::AugAssign { target, value, .. } => match &mut target.kind {
                ExprKind::Name(n) => {
                    self.name(n, Ctx::Load);
                    let s = self.expr(value)?;
                    self.name(n, Ctx::Store);
                    s
                }
                _ => self.target(target, Ctx::Store, false)? | self.expr(value)?,
            },
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                let mut s = false;
                if let Some(v) = value {
                    s |= self.expr(v)?;
                    s |= self.target(target, Ctx::Store, false)?;
                } else {
                    match &mut target.kind {
                        ExprKind::Attribute { value, .. } => s |= self.expr(value)?,
                        ExprKind::Subscript { value, index } => {
                            s |= self.expr(value)?;
                            s |= self.expr(index)?;
                        }
                        _ => {}
                    }
                }
                // Annotations are evaluated only in module and class bodies.
                if matches!(self.kind(), Kind::Module | Kind::Class) {
                    if value.is_none() {
                        if let ExprKind::Name(n) = &mut target.kind {
                            self.name(n, Ctx::Store);
                        }
                    }
                    s |= self.expr(annotation)?;
                }
                s
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => false,
            StmtKind::Break => {
                if !self.unit().blocks.contains(&Block::Loop) {
                    return Err(err("'break' outside loop", span));
                }
                false
            }
            StmtKind::Continue => {
                if !self.unit().blocks.contains(&Block::Loop) {
                    return Err(err("'continue' not properly in loop", span));
                }
                false
            }
            StmtKind::Delete(targets) => {
                let mut s = false;
                for t in targets {
                    s |= self.target(t, Ctx::Store, false)?;
                }
                s
            }
            StmtKind::Return(value) => {
                let id = self.unit().id;
                let ste = &self.t.scopes[id];
                if !ste.kind.is_function_block() {
                    return Err(err("'return' outside function", span));
                }
                if value.is_some() && ste.is_coroutine && ste.is_generator {
                    return Err(err("'return' with value in async generator", span));
                }
                self.opt(value)?
            }
            StmtKind::Raise { exc, cause } => self.opt(exc)? | self.opt(cause)?,
            StmtKind::Assert { test, msg } => self.expr(test)? | self.opt(msg)?,
            StmtKind::If { test, body, orelse } => {
                self.expr(test)? | self.body(body)? | self.body(orelse)?
            }
            StmtKind::While { test, body, orelse } => {
                self.push_block(Block::Loop, span)?;
                let s = self.expr(test)? | self.body(body)?;
                self.pop_block();
                s | self.body(orelse)?
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.check_async("'async for' outside async function", span)?;
                    self.suspend();
                }
                self.push_block(Block::Loop, span)?;
                let s =
                    self.expr(iter)? | self.target(target, Ctx::Store, false)? | self.body(body)?;
                self.pop_block();
                s | self.body(orelse)? | *is_async
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(span, body, handlers, orelse)?
                } else {
                    self.push_block(Block::Other, span)?;
                    let s = if handlers.is_empty() {
                        self.body(body)?
                    } else {
                        self.try_except(span, body, handlers, orelse)?
                    };
                    self.pop_block();
                    // CPython compiles the finally body twice; the copy on the exception
                    // path sits one block deeper.
                    self.push_block(Block::Other, span)?;
                    let f = self.body(finalbody)?;
                    self.pop_block();
                    s | f
                }
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.check_async("'async with' outside async function", span)?;
                    self.suspend();
                }
                let mut s = *is_async;
                for item in items.iter_mut() {
                    s |= self.expr(&mut item.context)?;
                    self.push_block(Block::Other, span)?;
                    if let Some(t) = &mut item.target {
                        s |= self.target(t, Ctx::Store, false)?;
                    }
                }
                s |= self.body(body)?;
                for _ in items.iter() {
                    self.pop_block();
                }
                s
            }
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for a in aliases {
                    self.name(&mut a.target, Ctx::Store);
                }
                false
            }
        };
        st.suspends = s;
        Ok(s)
    }

    fn check_async(&self, message: &str, span: Span) -> R<()> {
        if self.kind() != (Kind::Function { is_async: true }) {
            return Err(err(message, span));
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        span: Span,
        body: &mut [Stmt],
        handlers: &mut [ExceptHandler],
        orelse: &mut [Stmt],
    ) -> R<bool> {
        self.push_block(Block::Other, span)?;
        let mut s = self.body(body)?;
        self.pop_block();
        s |= self.body(orelse)?;
        self.push_block(Block::Other, span)?;
        let n = handlers.len();
        for (i, h) in handlers.iter_mut().enumerate() {
            if h.typ.is_none() && i + 1 < n {
                return Err(err("default 'except:' must be last", h.span));
            }
            s |= self.opt(&mut h.typ)?;
            if let Some(name) = &mut h.name {
                self.name(name, Ctx::Store);
            }
            self.push_block(Block::Other, h.span)?;
            s |= self.body(&mut h.body)?;
            self.pop_block();
        }
        self.pop_block();
        Ok(s)
    }

    /// Defaults, then keyword-only defaults (CPython `compiler_default_arguments`).
    fn defaults(&mut self, p: &mut Parameters) -> R<bool> {
        let mut s = false;
        for param in p.posonly.iter_mut().chain(&mut p.args).chain(&mut p.kwonly) {
            s |= self.opt(&mut param.default)?;
        }
        Ok(s)
    }

    fn function_def(&mut self, f: &mut FunctionDef) -> R<bool> {
        let mut s = false;
        for d in &mut f.decorators {
            s |= self.expr(d)?;
        }
        s |= self.defaults(&mut f.params)?;
        // CPython `compiler_visit_annotations`: positional before positional-only.
        let p = &mut f.params;
        for param in p
            .args
            .iter_mut()
            .chain(&mut p.posonly)
            .chain(&mut p.vararg)
            .chain(&mut p.kwonly)
            .chain(&mut p.kwarg)
        {
            s |= self.opt(&mut param.annotation)?;
        }
        s |= self.opt(&mut f.returns)?;
        self.enter(&f.scope);
        self.body(&mut f.body)?;
        self.exit(&mut f.scope);
        self.name(&mut f.target, Ctx::Store);
        Ok(s)
    }

    fn class_def(&mut self, c: &mut ClassDef) -> R<bool> {
        let mut s = false;
        for d in &mut c.decorators {
            s |= self.expr(d)?;
        }
        self.enter(&c.scope);
        self.body(&mut c.body)?;
        self.exit(&mut c.scope);
        for b in &mut c.bases {
            let (Arg::Positional(e) | Arg::Star(e)) = b;
            s |= self.expr(e)?;
        }
        for k in &mut c.keywords {
            s |= self.expr(&mut k.value)?;
        }
        self.name(&mut c.target, Ctx::Store);
        Ok(s)
    }

    /// An assignment or `del` target (`ctx` Store covers both).
    fn target(&mut self, e: &mut Expr, ctx: Ctx, in_seq: bool) -> R<bool> {
        let span = e.span;
        let s = match &mut e.kind {
            ExprKind::Name(n) => {
                self.name(n, ctx);
                false
            }
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => self.expr(value)? | self.expr(index)?,
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                // CPython `unpack_helper`.
                let mut seen = false;
                for (i, item) in items.iter().enumerate() {
                    if matches!(item.kind, ExprKind::Starred(_)) {
                        if seen {
                            return Err(err("multiple starred expressions in assignment", span));
                        }
                        if i >= 1 << 8 {
                            return Err(err(
                                "too many expressions in star-unpacking assignment",
                                span,
                            ));
                        }
                        seen = true;
                    }
                }
                let mut s = false;
                for item in items {
                    s |= self.target(item, ctx, true)?;
                }
                s
            }
            ExprKind::Starred(inner) => {
                if !in_seq {
                    return Err(err(
                        "starred assignment target must be in a list or tuple",
                        span,
                    ));
                }
                self.target(inner, ctx, false)?
            }
            _ => return self.expr(e),
        };
        e.suspends = s;
        Ok(s)
    }

    fn exprs(&mut self, es: &mut [Expr]) -> R<bool> {
        let mut s = false;
        for e in es {
            s |= self.expr(e)?;
        }
        Ok(s)
    }

    fn expr(&mut self, e: &mut Expr) -> R<bool> {
        let span = e.span;
        let s = match &mut e.kind {
            ExprKind::Name(n) => {
                self.name(n, Ctx::Load);
                false
            }
            ExprKind::Constant(_) => false,
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, index } => self.expr(value)? | self.expr(index)?,
            ExprKind::Slice { lower, upper, step } => {
                let mut s = false;
                for x in [lower, upper, step].into_iter().flatten() {
                    s |= self.expr(x)?;
                }
                s
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let mut s = self.expr(func)?;
                for a in args {
                    let (Arg::Positional(x) | Arg::Star(x)) = a;
                    s |= self.expr(x)?;
                }
                for k in keywords {
                    s |= self.expr(&mut k.value)?;
                }
                s
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::BinOp { left, right, .. } => self.expr(left)? | self.expr(right)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::Compare {
                left, comparators, ..
            } => self.expr(left)? | self.exprs(comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)? | self.expr(body)? | self.expr(orelse)?
            }
            ExprKind::Lambda(l) => {
                let s = self.defaults(&mut l.params)?;
                self.enter(&l.scope);
                self.expr(&mut l.body)?;
                self.exit(&mut l.scope);
                s
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                self.exprs(items)?
            }
            ExprKind::Dict(items) => {
                let mut s = false;
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => s |= self.expr(k)? | self.expr(v)?,
                        DictItem::Unpack(v) => s |= self.expr(v)?,
                    }
                }
                s
            }
            ExprKind::Starred(inner) => self.expr(inner)?,
            ExprKind::Comprehension(c) => self.comprehension(c, span)?,
            ExprKind::Yield(v) => {
                self.check_yield(span)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.suspend();
                true
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(span)?;
                if self.kind() == (Kind::Function { is_async: true }) {
                    return Err(err("'yield from' inside async function", span));
                }
                self.expr(v)?;
                self.suspend();
                true
            }
            ExprKind::Await(v) => {
                let kind = self.kind();
                if !kind.is_function_block() {
                    return Err(err("'await' outside function", span));
                }
                if !matches!(
                    kind,
                    Kind::Function { is_async: true } | Kind::Comprehension(_)
                ) {
                    return Err(err("'await' outside async function", span));
                }
                self.expr(v)?;
                self.suspend();
                true
            }
            ExprKind::NamedExpr { target, value } => {
                let s = self.expr(value)?;
                self.name(target, Ctx::Store);
                s
            }
        };
        e.suspends = s;
        Ok(s)
    }

    fn check_yield(&self, span: Span) -> R<()> {
        if !self.kind().is_function_block() {
            return Err(err("'yield' outside function", span));
        }
        Ok(())
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) -> R<bool> {
        let mut s = false;
        for p in parts {
            if let FStringPart::Field(f) = p {
                s |= self.expr(&mut f.value)?;
                if let Some(spec) = &mut f.format_spec {
                    s |= self.fstring(spec)?;
                }
            }
        }
        Ok(s)
    }

    /// CPython `compiler_comprehension`: the body is compiled first, then the outermost
    /// iterable is evaluated in the enclosing scope and passed as `.0`.
    fn comprehension(&mut self, c: &mut Comprehension, span: Span) -> R<bool> {
        let outer = self.kind();
        let id = self.enter(&c.scope);
        let awaited = self.t.scopes[id].is_coroutine && c.kind != ComprehensionKind::Generator;
        if awaited
            && !matches!(
                outer,
                Kind::Function { is_async: true } | Kind::Comprehension(_)
            )
        {
            return Err(err(
                "asynchronous comprehension outside of an asynchronous function",
                span,
            ));
        }
        for (i, g) in c.generators.iter_mut().enumerate() {
            if i > 0 {
                self.expr(&mut g.iter)?;
            }
            if g.is_async {
                self.suspend();
            }
            self.target(&mut g.target, Ctx::Store, false)?;
            self.exprs(&mut g.ifs)?;
        }
        self.expr(&mut c.element)?;
        if let Some(v) = &mut c.value {
            self.expr(v)?;
        }
        self.exit(&mut c.scope);
        let first = &mut c.generators[0].iter;
        let s = self.expr(first)?;
        if awaited {
            self.suspend();
        }
        Ok(s | awaited)
    }
}
