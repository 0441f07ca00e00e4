//! Convene application layer.
