//! The end-to-end tests: one binary, each test with its own server and data directory.

mod audit;
mod concurrency;
mod crash;
mod flows;
mod smoke;
mod subscriptions;
