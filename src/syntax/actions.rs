//! Helpers called from grammar actions: checks the grammar should not encode.
