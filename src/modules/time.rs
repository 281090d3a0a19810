//! `time`: wall clock, monotonic clocks and `sleep`.

use crate::builtins::define;
use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::Args;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn install(interp: &Interp, dict: &ObjRef) {
    define(interp, dict, "time", time_time);
    define(interp, dict, "monotonic", time_monotonic);
    define(interp, dict, "perf_counter", time_monotonic);
    define(interp, dict, "sleep", time_sleep);
}

thread_local! {
    static START: Instant = Instant::now();
}

fn time_time(_: &Interp, _: Args) -> PyResult<Value> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(now.as_secs_f64()))
}

fn time_monotonic(_: &Interp, _: Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn time_sleep(interp: &Interp, args: Args) -> PyResult<Value> {
    let seconds = match args.pos.first() {
        Some(Value::Float(x)) => *x,
        Some(Value::Int(i)) => *i as f64,
        Some(v) => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
        None => return Err(interp.type_error("time.sleep() takes exactly one argument (0 given)")),
    };
    if seconds < 0.0 {
        return Err(interp.err(&interp.exc.value_error, "sleep length must be non-negative"));
    }
    interp.flush_stdout();
    // Sleep in slices so that SIGINT interrupts the sleep with KeyboardInterrupt, as it
    // interrupts CPython's.
    let deadline = Instant::now() + Duration::from_secs_f64(seconds.min(1e9));
    loop {
        if crate::runtime::signals::take_pending() {
            let exc = interp.new_exception(&interp.exc.keyboard_interrupt, vec![]);
            return Err(crate::runtime::PyErr::new(exc));
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(10)));
    }
}
