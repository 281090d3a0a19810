//! Raw tokens (logos). Placeholder until the lexer lands.
