//! The interactive prompt (`refpy` with no program and a terminal on stdin): `>>> ` and
//! `... ` prompts like python3's, results echoed with `repr` and kept in `_`, tracebacks
//! printed without leaving, Ctrl-C to drop the current input, Ctrl-D to quit.

use crate::runtime::interp::Interp;
use crate::source::SourceFile;
use rustyline::error::ReadlineError;

/// Runs the prompt until end of input. Returns the exit status.
pub fn run() -> u8 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("refpy: cannot start the interactive prompt");
        return 2;
    };
    crate::runtime::stack::set_default_budget(7 << 20);
    let interp = Interp::enter(vec!["".into()], None);
    let globals = interp.main_module();
    println!(
        "refpy {} (Python 3.11 subset)\nType Ctrl-D to leave.",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                buffer.push_str(&line);
                buffer.push('\n');
                if needs_more(&buffer, &line) {
                    continue;
                }
                let _ = editor.add_history_entry(buffer.trim_end());
                let input = std::mem::take(&mut buffer);
                run_input(&interp, &globals, input);
                interp.flush_stdout();
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                interp.write_stderr("KeyboardInterrupt\n");
            }
            Err(_) => break,
        }
    }
    interp.teardown();
    interp.leave();
    0
}

/// Whether the input so far is an unfinished statement: an open block (until an empty
/// line), or an unclosed bracket or triple-quoted string.
fn needs_more(buffer: &str, line: &str) -> bool {
    if line.trim().is_empty() {
        return false;
    }
    let first = buffer.lines().next().unwrap_or("").trim_end();
    if first.ends_with(':') || first.starts_with('@') {
        return true;
    }
    match crate::check_source("<stdin>", buffer.as_bytes()) {
        Ok(_) => false,
        Err(e) => {
            let m = &e.error.message;
            m.ends_with("was never closed")
                || m.starts_with("unterminated triple-quoted")
                || m.starts_with("expected an indented block")
        }
    }
}

fn run_input(interp: &Interp, globals: &crate::object::ObjRef, input: String) {
    let program = match crate::check_source("<stdin>", input.as_bytes()) {
        Ok(p) => p,
        Err(e) => {
            interp.write_stderr(&e.render_cpython());
            return;
        }
    };
    let module = crate::keep_module(program.module);
    let file: std::rc::Rc<SourceFile> = program.source;
    if let Err(err) = interp.run_interactive(module, file, globals.clone()) {
        crate::runtime::traceback::print_uncaught(interp, &err.exc);
    }
}
