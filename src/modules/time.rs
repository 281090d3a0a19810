//! `time`: wall clock, monotonic clocks and `sleep`, on one clock that the command line can
//! make virtual (`--virtual-time`: sleeping moves the clock instead of waiting), and the
//! event loop's idle wait (`--until-idle`, `--interrupt-after` on the virtual clock).

use crate::builtins::define;
use crate::object::{ObjRef, Value};
use crate::runtime::interp::Interp;
use crate::runtime::{PyErr, PyResult};
use crate::types::function::Args;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn install(interp: &Interp, dict: &ObjRef) {
    define(interp, dict, "time", time_time);
    define(interp, dict, "monotonic", time_monotonic);
    define(interp, dict, "perf_counter", time_monotonic);
    define(interp, dict, "sleep", time_sleep);
}

/// The clock's origin: the process start, in both clocks.
static START: OnceLock<(Instant, f64)> = OnceLock::new();
/// `--virtual-time`: the clock moves only when the program sleeps.
static VIRTUAL: AtomicBool = AtomicBool::new(false);
/// Seconds since the start on the virtual clock (f64 bits).
static VIRTUAL_NOW: AtomicU64 = AtomicU64::new(0);
/// `--until-idle`: an event loop with nothing left to wait for ends the program.
static UNTIL_IDLE: AtomicBool = AtomicBool::new(false);
/// `--interrupt-after` on the virtual clock: the moment KeyboardInterrupt is due (f64 bits;
/// infinity when none).
static INTERRUPT_AT: AtomicU64 = AtomicU64::new(f64::INFINITY.to_bits());

/// Sets the clock options from the command line, before the program starts. With a virtual
/// clock, `interrupt_after` is counted on it; otherwise the caller delivers a real SIGINT.
pub fn configure(virtual_time: bool, until_idle: bool, interrupt_after: Option<f64>) {
    start();
    VIRTUAL.store(virtual_time, Ordering::Relaxed);
    UNTIL_IDLE.store(until_idle, Ordering::Relaxed);
    if virtual_time {
        if let Some(seconds) = interrupt_after {
            INTERRUPT_AT.store(seconds.to_bits(), Ordering::Relaxed);
        }
    }
}

fn start() -> (Instant, f64) {
    *START.get_or_init(|| {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs_f64();
        (Instant::now(), wall)
    })
}

fn is_virtual() -> bool {
    VIRTUAL.load(Ordering::Relaxed)
}

fn virtual_now() -> f64 {
    f64::from_bits(VIRTUAL_NOW.load(Ordering::Relaxed))
}

fn interrupt_at() -> f64 {
    f64::from_bits(INTERRUPT_AT.load(Ordering::Relaxed))
}

fn time_time(_: &Interp, _: Args) -> PyResult<Value> {
    if is_virtual() {
        return Ok(Value::Float(start().1 + virtual_now()));
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(now.as_secs_f64()))
}

fn time_monotonic(_: &Interp, _: Args) -> PyResult<Value> {
    if is_virtual() {
        return Ok(Value::Float(virtual_now()));
    }
    Ok(Value::Float(start().0.elapsed().as_secs_f64()))
}

fn keyboard_interrupt(interp: &Interp) -> PyErr {
    let exc = interp.new_exception(&interp.exc.keyboard_interrupt, vec![]);
    PyErr::new(exc)
}

/// Moves the virtual clock forward by `seconds`, stopping at a due interrupt.
fn advance_virtual(interp: &Interp, seconds: f64) -> PyResult<()> {
    let target = virtual_now() + seconds;
    let due = interrupt_at();
    if due <= target {
        VIRTUAL_NOW.store(due.max(virtual_now()).to_bits(), Ordering::Relaxed);
        INTERRUPT_AT.store(f64::INFINITY.to_bits(), Ordering::Relaxed);
        return Err(keyboard_interrupt(interp));
    }
    VIRTUAL_NOW.store(target.to_bits(), Ordering::Relaxed);
    Ok(())
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
    if crate::runtime::signals::take_pending() {
        return Err(keyboard_interrupt(interp));
    }
    if is_virtual() {
        advance_virtual(interp, seconds)?;
        return Ok(Value::None);
    }
    interp.flush_stdout();
    real_sleep(interp, Some(seconds))?;
    Ok(Value::None)
}

/// Sleeps for `seconds` (forever when `None`) in slices, so that SIGINT interrupts the
/// sleep with KeyboardInterrupt, as it interrupts CPython's.
fn real_sleep(interp: &Interp, seconds: Option<f64>) -> PyResult<()> {
    let deadline = seconds.map(|s| Instant::now() + Duration::from_secs_f64(s.min(1e9)));
    loop {
        if crate::runtime::signals::take_pending() {
            return Err(keyboard_interrupt(interp));
        }
        let slice = Duration::from_millis(10);
        match deadline {
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    return Ok(());
                }
                std::thread::sleep((deadline - now).min(slice));
            }
            None => std::thread::sleep(slice),
        }
    }
}

/// The event loop's wait when nothing is scheduled: forever, as CPython's; with
/// `--until-idle` the program ends instead (SystemExit(0): `finally` blocks and the normal
/// shutdown run); on the virtual clock a due `--interrupt-after` arrives at once.
pub fn wait_forever(interp: &Interp) -> PyResult<()> {
    if UNTIL_IDLE.load(Ordering::Relaxed) {
        interp.flush_stdout();
        let exc = interp.new_exception(&interp.exc.system_exit, vec![Value::Int(0)]);
        return Err(PyErr::new(exc));
    }
    if is_virtual() && interrupt_at().is_finite() {
        advance_virtual(interp, f64::INFINITY)?;
    }
    interp.flush_stdout();
    real_sleep(interp, None)
}
