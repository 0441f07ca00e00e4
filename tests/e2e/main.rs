//! The end-to-end tests: one binary, each test with its own server and data directory.

mod audit;
mod browser;
mod burst;
mod cli;
mod cli_postgres;
mod concurrency;
mod crash;
mod flow;
mod flows;
mod graphiql;
mod hostile;
mod isolation;
mod outage;
mod scaleout;
mod scenario;
mod smoke;
mod subscriptions;
mod web_admin;
mod web_admin_http;
mod web_http;
mod web_journey;
mod web_languages;
mod web_smoke;
mod web_units;
