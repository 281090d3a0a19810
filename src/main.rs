//! The `refpy` binary: everything happens in `cli`; this only hands its status to the OS.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
