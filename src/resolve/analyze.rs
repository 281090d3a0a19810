//! Pass 2, CPython's `analyze_block`/`analyze_name`: decides for every name of every scope
//! whether it is local, a cell, free, or global (explicit or implicit), which class bodies
//! need the implicit `__class__` cell, and each scope's `__qualname__`.

use super::err;
use super::symtable::*;
use crate::syntax::ast::Ident;
use crate::syntax::error::SyntaxError;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

type Names = HashSet<Ident>;

pub(super) fn analyze(t: &mut Table) -> Result<(), SyntaxError> {
    let mut free = Names::default();
    let mut global = Names::default();
    analyze_block(t, 0, None, &mut free, &mut global)?;
    compute_qualnames(t);
    Ok(())
}

fn analyze_block(
    t: &mut Table,
    id: ScopeId,
    mut bound: Option<&mut Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let kind = t.scopes[id].kind;
    let mut local = Names::default();
    let mut scopes: HashMap<Ident, Sc> = HashMap::default();
    let mut newglobal = Names::default();
    let mut newfree = Names::default();
    let mut newbound = Names::default();
    if kind == Kind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let symbols: Vec<(Ident, u32)> = t.scopes[id]
        .symbols
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for (name, flags) in &symbols {
        analyze_name(
            &t.scopes[id],
            &mut scopes,
            name,
            *flags,
            bound.as_deref_mut(),
            &mut local,
            free,
            global,
        )?;
    }
    if kind != Kind::Class {
        if kind.is_function_block() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".into());
    }
    let mut allfree = Names::default();
    for child in t.scopes[id].children.clone() {
        let mut temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(
            t,
            child,
            Some(&mut temp_bound),
            &mut temp_free,
            &mut temp_global,
        )?;
        allfree.extend(temp_free);
    }
    newfree.extend(allfree);
    if kind.is_function_block() {
        // CPython `analyze_cells`: a local some child needs becomes a cell.
        for (name, sc) in scopes.iter_mut() {
            if *sc == Sc::Local && newfree.remove(name) {
                *sc = Sc::Cell;
            }
        }
    } else if kind == Kind::Class && newfree.remove("__class__") {
        // CPython `drop_class_free`.
        t.scopes[id].needs_class_closure = true;
    }
    // CPython `update_symbols`.
    let ste = &mut t.scopes[id];
    for name in &newfree {
        if let Some(flags) = ste.symbols.get_mut(name) {
            if kind == Kind::Class && *flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                *flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound {
            if !b.contains(name) {
                continue;
            }
        }
        ste.symbols.insert(name.clone(), 0);
        scopes.insert(name.clone(), Sc::Free);
    }
    ste.scopes = scopes;
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    ste: &Scope,
    scopes: &mut HashMap<Ident, Sc>,
    name: &Ident,
    flags: u32,
    bound: Option<&mut Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let directive_span = || {
        ste.directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| *s)
            .unwrap_or_default()
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(err(
                format!("name '{name}' is nonlocal and global"),
                directive_span(),
            ));
        }
        scopes.insert(name.clone(), Sc::GlobalExplicit);
        global.insert(name.clone());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(err(
                "nonlocal declaration not allowed at module level",
                directive_span(),
            ));
        };
        if !b.contains(name) {
            return Err(err(
                format!("no binding for nonlocal '{name}' found"),
                directive_span(),
            ));
        }
        scopes.insert(name.clone(), Sc::Free);
        free.insert(name.clone());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.clone(), Sc::Local);
        local.insert(name.clone());
        global.remove(name);
        return Ok(());
    }
    if bound.is_some_and(|b| b.contains(name)) {
        scopes.insert(name.clone(), Sc::Free);
        free.insert(name.clone());
        return Ok(());
    }
    scopes.insert(name.clone(), Sc::GlobalImplicit);
    Ok(())
}

/// CPython `compiler_set_qualname`.
fn compute_qualnames(t: &mut Table) {
    t.scopes[0].qualname = "<module>".into();
    for id in 1..t.scopes.len() {
        let parent = t.scopes[id].parent.unwrap_or(0);
        let ste = &t.scopes[id];
        let p = &t.scopes[parent];
        let qualname: Ident = if parent == 0 {
            ste.name.clone()
        } else {
            let force_global = matches!(ste.kind, Kind::Function { .. } | Kind::Class)
                && ste
                    .binding
                    .as_ref()
                    .is_some_and(|b| p.scope_of(b) == Some(Sc::GlobalExplicit));
            if force_global {
                ste.name.clone()
            } else if matches!(p.kind, Kind::Function { .. } | Kind::Lambda) {
                format!("{}.<locals>.{}", p.qualname, ste.name).into()
            } else {
                format!("{}.{}", p.qualname, ste.name).into()
            }
        };
        t.scopes[id].qualname = qualname;
    }
}
