//! The hot path of refpy's asyncio in Rust: one step of a task and one turn of the loop's
//! ready queue. CPython runs a task's step in C (`_asyncio`'s `task_step`); refpy's
//! `asyncio.py` keeps the Task class and every rare path in Python and calls these for the
//! common cases, so a step costs a few cached attribute accesses and the coroutine's resume.
//!
//! Lifetimes stay those of the Python code they replace: the handle being run is held in a
//! list owned by `_run_once`'s frame (as its `handle` local was, so a traceback through that
//! frame still keeps it), and a step holds the task, its coroutine and its loop only while
//! it runs, as `Task._step_slow`'s locals do.

use crate::object::{ObjRef, Payload, Value};
use crate::runtime::generator::Sent;
use crate::runtime::interp::Interp;
use crate::runtime::ops::exact_str_of;
use crate::runtime::PyResult;
use crate::syntax::ast::AttrSite;
use crate::types::function::Args;
use crate::types::list::items_of;

/// One attribute-site cache per attribute these functions touch.
#[derive(Default)]
struct Sites {
    step_value: AttrSite,
    state: AttrSite,
    must_cancel: AttrSite,
    fut_waiter: AttrSite,
    loop_: AttrSite,
    coro: AttrSite,
    current_task: AttrSite,
    ready: AttrSite,
    cancelled: AttrSite,
    run: AttrSite,
}

thread_local! {
    // Held in the thread's own storage rather than leaked (valgrind counted a leaked box
    // as lost once the interpreter's thread ended): the sites hold no references and need
    // no destructor, so the value stays in place for as long as the thread runs.
    static SITES: Sites = Sites::default();
}

const _: () = assert!(!std::mem::needs_drop::<Sites>());

/// A `'static` borrow lets a step run Python code (which may start another step) without a
/// guard held across it.
fn sites() -> &'static Sites {
    // SAFETY: `Sites` has no destructor (checked above), so this thread's value is never
    // dropped or moved while the thread runs, and the borrow (of a type that is not `Sync`)
    // cannot leave the thread.
    SITES.with(|s| unsafe { &*(s as *const Sites) })
}

/// `_refpy.task_step(task)`: one step of `task` (`Task._run`). The common case — a pending
/// task with nothing to throw in, not cancelled, not waiting on a future, run while no other
/// task runs — resumes the coroutine here; what the coroutine does next (yield to the loop,
/// wait for a future, return, raise) goes to the Task's Python methods except the bare
/// yield of `sleep(0)`, which requeues the task. Anything else runs `task._step_slow()`.
pub fn task_step(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(task) = args.pos.first() else {
        return Err(interp.type_error("task_step() takes exactly one argument (0 given)"));
    };
    step(interp, task)?;
    Ok(Value::None)
}

fn step(interp: &Interp, task: &Value) -> PyResult<()> {
    let s = sites();
    let slow = |interp: &Interp| call_method(interp, task, "_step_slow", vec![]).map(drop);
    if !matches!(
        interp.load_attr_cached(&s.step_value, task, "_step_value")?,
        Value::None
    ) {
        return slow(interp);
    }
    let state = interp.load_attr_cached(&s.state, task, "_state")?;
    if exact_str_of(&state) != Some("PENDING") {
        return slow(interp);
    }
    drop(state);
    let must_cancel = interp.load_attr_cached(&s.must_cancel, task, "_must_cancel")?;
    if !matches!(must_cancel, Value::Bool(false)) {
        return slow(interp);
    }
    let coro = interp.load_attr_cached(&s.coro, task, "_coro")?;
    let Some(coro_obj) = coro
        .as_obj()
        .filter(|c| matches!(c.payload(), Payload::Generator(_)))
    else {
        return slow(interp);
    };
    // Woken up by the future it waited for: it waits no more.
    if !matches!(
        interp.load_attr_cached(&s.fut_waiter, task, "_fut_waiter")?,
        Value::None
    ) {
        interp.store_attr_cached(&s.fut_waiter, task, "_fut_waiter", Value::None)?;
    }
    let event_loop = interp.load_attr_cached(&s.loop_, task, "_loop")?;
    if !matches!(
        interp.load_attr_cached(&s.current_task, &event_loop, "_current_task")?,
        Value::None
    ) {
        return slow(interp);
    }
    interp.store_attr_cached(&s.current_task, &event_loop, "_current_task", task.clone())?;
    let outcome = match interp.gen_resume(coro_obj, Sent::Value(Value::None)) {
        // A bare yield (sleep(0)): run again on the next turn (the loop is running, so it
        // is not closed).
        Ok(Ok(Value::None)) => requeue(interp, &event_loop, task),
        Ok(Ok(yielded)) => {
            call_method(interp, task, "_Task__handle_yield", vec![yielded]).map(drop)
        }
        Ok(Err(returned)) => call_method(interp, task, "_step_returned", vec![returned]).map(drop),
        Err(e) => {
            let exc = Value::Obj(e.exc.clone());
            match call_method(interp, task, "_step_raised", vec![exc]) {
                // KeyboardInterrupt and SystemExit are recorded and go on up.
                Ok(Value::Bool(true)) => Err(e),
                Ok(_) => Ok(()),
                Err(other) => Err(other),
            }
        }
    };
    let cleared =
        interp.store_attr_cached(&s.current_task, &event_loop, "_current_task", Value::None);
    drop(event_loop);
    drop(coro);
    outcome.and(cleared)
}

/// `loop._ready.append(task)`.
fn requeue(interp: &Interp, event_loop: &Value, task: &Value) -> PyResult<()> {
    let ready = interp.load_attr_cached(&sites().ready, event_loop, "_ready")?;
    match ready.as_obj() {
        Some(list) if matches!(list.payload(), Payload::List(_)) => {
            items_of(list).borrow_mut().push(task.clone());
            Ok(())
        }
        _ => call_method(interp, &ready, "append", vec![task.clone()]).map(drop),
    }
}

/// `_refpy.run_handles(batch, current, task_class, loop)`: runs the handles of one turn of
/// the loop, in order, as `_run_once` did in Python: each is taken out of `batch` (its slot
/// set to None) and kept in `current[0]` until the next one replaces it; a cancelled handle
/// is skipped. A Task of exactly `task_class` stands in the queue for its own step (it is
/// never cancelled as a handle, as CPython's step handles are not); anything else has its
/// `_run()` called. `current[0]` is None again at the end. An exception leaves it holding
/// the handle that raised, as the frame of `_run_once` held it, and puts the handles not run
/// yet back at the front of `loop._ready`, where CPython's deque still has them.
pub fn run_handles(interp: &Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Obj(batch)), Some(Value::Obj(current)), Some(task_class), Some(event_loop)) = (
        args.pos.first(),
        args.pos.get(1),
        args.pos.get(2),
        args.pos.get(3),
    ) else {
        return Err(interp.type_error("run_handles(batch, current, task_class, loop)"));
    };
    if !matches!(batch.payload(), Payload::List(_))
        || !matches!(current.payload(), Payload::List(_))
    {
        return Err(interp.type_error("run_handles() needs two lists"));
    }
    let n = items_of(batch).borrow().len();
    for i in 0..n {
        let Some(handle) = take(batch, i) else {
            break;
        };
        hold(current, Some(handle.clone()));
        if let Err(e) = run_one(interp, &handle, task_class) {
            drop(handle);
            requeue_rest(interp, batch, i + 1, event_loop)?;
            return Err(e);
        }
    }
    hold(current, None);
    Ok(Value::None)
}

/// Runs one handle of a turn (see `run_handles`).
fn run_one(interp: &Interp, handle: &Value, task_class: &Value) -> PyResult<()> {
    let s = sites();
    let is_task = match handle {
        Value::Obj(o) => match o.payload() {
            Payload::Instance(inst) => task_class
                .as_obj()
                .is_some_and(|c| c.addr() == inst.class.addr()),
            _ => false,
        },
        _ => false,
    };
    if is_task {
        // The depth of the `Handle._run` frame CPython runs a queued step from.
        let depth = interp.depth.get() + 1;
        if depth > interp.recursion_limit.get() {
            return Err(interp.err(
                &interp.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        interp.depth.set(depth);
        let r = step(interp, handle);
        interp.depth.set(depth - 1);
        return r;
    }
    let cancelled = interp.load_attr_cached(&s.cancelled, handle, "_cancelled")?;
    if interp.truthy(&cancelled)? {
        return Ok(());
    }
    drop(cancelled);
    call_cached_method(interp, &s.run, handle, "_run").map(drop)
}

/// Moves `batch[from..]` to the front of `loop._ready`, keeping their order.
fn requeue_rest(interp: &Interp, batch: &ObjRef, from: usize, event_loop: &Value) -> PyResult<()> {
    let rest: Vec<Value> = {
        let mut items = items_of(batch).borrow_mut();
        let from = from.min(items.len());
        items[from..]
            .iter_mut()
            .map(|slot| std::mem::replace(slot, Value::None))
            .filter(|v| !matches!(v, Value::None))
            .collect()
    };
    if rest.is_empty() {
        return Ok(());
    }
    let ready = interp.load_attr_cached(&sites().ready, event_loop, "_ready")?;
    match ready.as_obj() {
        Some(list) if matches!(list.payload(), Payload::List(_)) => {
            items_of(list).borrow_mut().splice(0..0, rest);
        }
        _ => drop(rest),
    }
    Ok(())
}

/// Takes `batch[i]` out, leaving None; `None` when the list became shorter.
fn take(batch: &ObjRef, i: usize) -> Option<Value> {
    let mut items = items_of(batch).borrow_mut();
    items
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, Value::None))
}

/// `current[0] = handle` (None when not given), releasing the previous one after the store.
fn hold(current: &ObjRef, handle: Option<Value>) {
    let value = handle.unwrap_or(Value::None);
    let old = {
        let mut items = items_of(current).borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, value),
            None => {
                items.push(value);
                Value::None
            }
        }
    };
    drop(old);
}

/// `obj.name()` through a method-site cache, as the evaluator calls a method.
fn call_cached_method(
    interp: &Interp,
    site: &AttrSite,
    obj: &Value,
    name: &str,
) -> PyResult<Value> {
    if let Some(f) = interp.cached_method(site, obj) {
        return interp.call(&f, Args::positional(vec![obj.clone()]));
    }
    let found = interp.method_for_call(obj, name);
    interp.refill(site, obj, name);
    match found? {
        Some(f) => interp.call(&f, Args::positional(vec![obj.clone()])),
        None => {
            let m = interp.getattr(obj, name)?;
            interp.call(&m, Args::positional(vec![]))
        }
    }
}

/// `obj.name(*args)` for the rare paths.
fn call_method(interp: &Interp, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = interp.getattr(obj, name)?;
    interp.call(&m, Args::positional(args))
}

/// `_refpy.bare_yield(awaitable)`: the iterator `await` drives for `sleep(0)`: it yields None
/// once, giving the loop one turn, and then ends, as the bare `yield` of CPython's
/// `__sleep0` does, without the generator and frame a Python `yield` needs each time.
pub fn bare_yield(interp: &Interp, _: Args) -> PyResult<Value> {
    let once = interp.new_tuple(vec![Value::None]);
    interp.iter(&once)
}
