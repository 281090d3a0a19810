//! f-string bodies: literal text and replacement fields. Placeholder.
