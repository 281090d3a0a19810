//! SIGINT: the handler only sets a flag; the evaluator raises KeyboardInterrupt at the next
//! statement, as CPython does at its next safe point. An uncaught KeyboardInterrupt ends
//! the process by the signal itself (exit status 130), as CPython does.

use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    PENDING.store(true, Ordering::SeqCst);
}

/// Installs the handler, unless SIGINT is ignored (as when started in the background).
pub fn install() {
    // SAFETY: a plain C handler that only stores to an atomic.
    unsafe {
        let previous = libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
        if previous == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
    }
}

/// Takes a pending interrupt.
#[inline]
pub fn take_pending() -> bool {
    PENDING.load(Ordering::Relaxed) && PENDING.swap(false, Ordering::SeqCst)
}

/// Ends the process with SIGINT's default action.
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and raising the signal terminates the process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

/// Sends SIGINT to this process after `delay` (the `--interrupt-after` option).
pub fn interrupt_after(delay: std::time::Duration) {
    std::thread::spawn(move || {
        std::thread::sleep(delay);
        // SAFETY: signalling our own process.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGINT);
        }
    });
}
