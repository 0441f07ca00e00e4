//! The end-to-end tests: one binary, each test with its own server and data directory.

mod cli;
mod flow;
mod hostile;
mod isolation;
mod scenario;
mod smoke;
