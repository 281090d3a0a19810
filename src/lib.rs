//! refpy: a Python 3.11 subset interpreter whose output, object lifetimes included, is exactly
//! CPython's. See src/README.md for a map of the modules.

pub mod location;
pub mod object;
pub mod source;
pub mod syntax;
pub mod types;
