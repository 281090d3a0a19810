//! `gc`: the cycle collector's interface (`object/gc.rs` does the work).

use crate::builtins::{define, set};
use crate::object::{gc, ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::Args;
use std::cell::RefCell;

thread_local! {
    /// `gc.garbage`, once the module exists.
    static GARBAGE: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    /// `gc.callbacks`, once the module exists.
    static CALLBACKS: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// Calls each of `gc.callbacks` with `phase` and the info dict; errors are reported as
/// unraisable.
fn call_callbacks(interp: &Interp, phase: &str, generation: usize, collected: usize) {
    let Some(list) = CALLBACKS.with(|c| c.borrow().clone()) else {
        return;
    };
    let funcs: Vec<Value> = match list.payload() {
        crate::object::Payload::List(l) => l.items.borrow().clone(),
        _ => return,
    };
    if funcs.is_empty() {
        return;
    }
    let info = interp.new_dict();
    set(interp, &info, "generation", Value::Int(generation as i64));
    set(interp, &info, "collected", Value::Int(collected as i64));
    set(interp, &info, "uncollectable", Value::Int(0));
    for f in funcs {
        let args = Args::positional(vec![interp.new_str(phase), Value::Obj(info.clone())]);
        if let Err(e) = interp.call(&f, args) {
            interp.report_unraisable(e, &f);
        }
    }
}

/// A collection with `gc.callbacks` called around it (CPython: `gc_collect_with_callback`).
pub fn collect_with_callbacks(interp: &Interp, generation: usize) -> usize {
    collect_with_callbacks_as(interp, generation, false)
}

fn collect_with_callbacks_as(interp: &Interp, generation: usize, automatic: bool) -> usize {
    if !gc::begin() {
        return 0;
    }
    let before = gc::count()[0];
    call_callbacks(interp, "start", generation, 0);
    if automatic {
        gc::absorb_into_trigger(gc::count()[0].saturating_sub(before));
    }
    let n = if automatic {
        gc::collect_main_automatic(generation)
    } else {
        gc::collect_main(generation)
    };
    call_callbacks(interp, "stop", generation, n);
    gc::end();
    n
}

/// Runs the automatic collection that allocations made due, if any.
pub fn collect_if_due(interp: &Interp) {
    if let Some(generation) = gc::due() {
        collect_with_callbacks_as(interp, generation, true);
    }
}

pub fn install(interp: &Interp, dict: &ObjRef) {
    define(interp, dict, "collect", gc_collect);
    define(interp, dict, "enable", gc_enable);
    define(interp, dict, "disable", gc_disable);
    define(interp, dict, "isenabled", gc_isenabled);
    define(interp, dict, "get_count", gc_get_count);
    define(interp, dict, "get_threshold", gc_get_threshold);
    define(interp, dict, "set_threshold", gc_set_threshold);
    define(interp, dict, "is_tracked", gc_is_tracked);
    define(interp, dict, "is_finalized", gc_is_finalized);
    define(interp, dict, "get_objects", gc_get_objects);
    define(interp, dict, "get_debug", gc_get_debug);
    define(interp, dict, "set_debug", gc_set_debug);
    define(interp, dict, "freeze", gc_freeze);
    define(interp, dict, "unfreeze", gc_unfreeze);
    define(interp, dict, "get_freeze_count", gc_get_freeze_count);
    define(interp, dict, "get_stats", gc_get_stats);
    define(interp, dict, "get_referents", gc_get_referents);
    define(interp, dict, "get_referrers", gc_get_referrers);
    set(
        interp,
        dict,
        "DEBUG_SAVEALL",
        Value::Int(gc::DEBUG_SAVEALL as i64),
    );
    let garbage = GARBAGE.with(|g| {
        g.borrow_mut()
            .get_or_insert_with(|| match interp.new_list(Vec::new()) {
                Value::Obj(o) => o,
                _ => unreachable!("a list is a heap object"),
            })
            .clone()
    });
    set(interp, dict, "garbage", Value::Obj(garbage));
    let callbacks = CALLBACKS.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| match interp.new_list(Vec::new()) {
                Value::Obj(o) => o,
                _ => unreachable!("a list is a heap object"),
            })
            .clone()
    });
    set(interp, dict, "callbacks", Value::Obj(callbacks));
}

/// Appends an object to `gc.garbage` (`DEBUG_SAVEALL`).
pub fn save_garbage(obj: ObjRef) {
    let list = GARBAGE.with(|g| g.borrow().clone());
    if let Some(list) = list {
        if let crate::object::Payload::List(l) = list.payload() {
            l.items.borrow_mut().push(Value::Obj(obj));
        }
    }
}

fn int_arg(interp: &Interp, args: &Args, i: usize) -> PyResult<Option<i64>> {
    match args.pos.get(i) {
        None => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(v) => Err(interp.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        ))),
    }
}

fn gc_collect(interp: &Interp, args: Args) -> PyResult<Value> {
    let generation = match args.kw.iter().find(|(k, _)| &**k == "generation") {
        Some((_, Value::Int(n))) => *n,
        _ => int_arg(interp, &args, 0)?.unwrap_or(2),
    };
    if !(0..=2).contains(&generation) {
        return Err(interp.err(&interp.exc.value_error, "invalid generation"));
    }
    interp.flush_stdout();
    Ok(Value::Int(
        collect_with_callbacks(interp, generation as usize) as i64,
    ))
}

fn gc_enable(_: &Interp, _: Args) -> PyResult<Value> {
    gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_: &Interp, _: Args) -> PyResult<Value> {
    gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_: &Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Bool(gc::is_enabled()))
}

fn triple(interp: &Interp, t: [usize; 3]) -> Value {
    interp.new_tuple(t.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn gc_get_count(interp: &Interp, _: Args) -> PyResult<Value> {
    Ok(triple(interp, gc::count()))
}

fn gc_get_threshold(interp: &Interp, _: Args) -> PyResult<Value> {
    Ok(triple(interp, gc::threshold()))
}

fn gc_set_threshold(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    let mut t = gc::threshold();
    for (i, slot) in t.iter_mut().enumerate() {
        if let Some(n) = int_arg(interp, &args, i)? {
            *slot = n.max(0) as usize;
        }
    }
    gc::set_threshold(t);
    Ok(Value::None)
}

fn gc_is_tracked(_: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(match args.pos.first() {
        Some(Value::Obj(o)) => gc::is_tracked(o),
        _ => false,
    }))
}

fn gc_is_finalized(_: &Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(match args.pos.first() {
        Some(Value::Obj(o)) => o.has_flag(crate::object::flags::FINALIZED),
        _ => false,
    }))
}

fn gc_get_objects(interp: &Interp, args: Args) -> PyResult<Value> {
    // -1 (like no argument) means every generation.
    let generation = int_arg(interp, &args, 0)?.filter(|&g| g != -1);
    if let Some(g) = generation {
        if g >= 3 {
            return Err(interp.err(
                &interp.exc.value_error,
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(interp.err(
                &interp.exc.value_error,
                "generation parameter cannot be negative",
            ));
        }
    }
    let objs = gc::objects(generation.map(|g| g as usize));
    Ok(interp.new_list(objs.into_iter().map(Value::Obj).collect()))
}

fn gc_get_debug(_: &Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(gc::debug() as i64))
}

fn gc_set_debug(interp: &Interp, args: Args) -> PyResult<Value> {
    gc::set_debug(int_arg(interp, &args, 0)?.unwrap_or(0) as u32);
    Ok(Value::None)
}

fn gc_freeze(_: &Interp, _: Args) -> PyResult<Value> {
    gc::freeze();
    Ok(Value::None)
}

fn gc_unfreeze(_: &Interp, _: Args) -> PyResult<Value> {
    gc::unfreeze();
    Ok(Value::None)
}

fn gc_get_freeze_count(_: &Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Int(gc::freeze_count() as i64))
}

/// `gc.get_stats()`: per generation, the collections run and the objects they collected.
fn gc_get_stats(interp: &Interp, _: Args) -> PyResult<Value> {
    let items = gc::stats()
        .iter()
        .map(|s| {
            let d = interp.new_dict();
            set(interp, &d, "collections", Value::Int(s.collections as i64));
            set(interp, &d, "collected", Value::Int(s.collected as i64));
            set(interp, &d, "uncollectable", Value::Int(0));
            Value::Obj(d)
        })
        .collect();
    Ok(interp.new_list(items))
}

/// Collects what `traverse` reports, immediates included.
struct Referents(Vec<Value>);

impl crate::object::trace::Visit for Referents {
    fn obj(&mut self, o: &ObjRef) {
        self.0.push(Value::Obj(o.clone()));
    }
    fn imm(&mut self, v: &Value) {
        self.0.push(v.clone());
    }
}

/// `gc.get_referents(*objs)`: what each container refers to, in its traversal order.
fn gc_get_referents(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut out = Referents(Vec::new());
    for v in &args.pos {
        if let Value::Obj(o) = v {
            if o.payload().is_gc() {
                crate::object::trace::traverse(o.payload(), &mut out);
            }
        }
    }
    Ok(interp.new_list(out.0))
}

/// `gc.get_referrers(*objs)`: the tracked objects that refer to any of `objs`.
fn gc_get_referrers(interp: &Interp, args: Args) -> PyResult<Value> {
    let targets: Vec<usize> = args
        .pos
        .iter()
        .filter_map(|v| v.as_obj().map(ObjRef::addr))
        .collect();
    drop(args);
    let found = gc::referrers(&targets);
    Ok(interp.new_list(found.into_iter().map(Value::Obj).collect()))
}

/// Drops `gc.garbage` and `gc.callbacks` once the interpreter is gone.
pub fn release_module_lists() {
    drop(GARBAGE.with(|g| g.borrow_mut().take()));
    drop(CALLBACKS.with(|c| c.borrow_mut().take()));
}
