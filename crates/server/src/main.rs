//! The `convene` binary: parses the command line, sets up tracing and runs the command.

mod admin;
mod bench;
mod cli;
mod data;
mod serve;
mod venue;

use clap::Parser;
use std::io::IsTerminal;
use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let default_level = if matches!(cli.command, cli::Command::Serve(_)) {
        "info"
    } else {
        "warn"
    };
    init_tracing(default_level);
    let result = match cli.command {
        cli::Command::Serve(options) => serve::run(options).map(|()| true),
        cli::Command::Verify(location) => admin::verify(&location),
        cli::Command::Rebuild(location) => admin::rebuild(&location).map(|()| true),
        cli::Command::Migrate(options) => admin::migrate(&options).map(|()| true),
        cli::Command::Export(cli::Export::Invoices(options)) => {
            admin::export_invoices(&options).map(|()| true)
        }
        cli::Command::Export(cli::Export::Invoice(options)) => {
            admin::export_invoice(&options).map(|()| true)
        }
        cli::Command::Token(cli::Token::Create(options)) => {
            admin::token_create(&options).map(|()| true)
        }
        cli::Command::Venue(cli::Venue::Import(options)) => venue::import(&options).map(|()| true),
        cli::Command::Venue(cli::Venue::Export(options)) => venue::export(&options).map(|()| true),
        cli::Command::Bench(bench) => bench::run(bench).map(|()| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(error) => {
            // One line with every cause, like clap's own errors; no backtrace.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to stderr, filtered by `RUST_LOG` (warnings and errors by default), so that
/// stdout stays free for results.
fn init_tracing(default_level: &str) {
    let filter =
        // sqlx logs PostgreSQL's notices (such as "relation already exists, skipping" from an
        // idempotent migration) at info: keep them out of the default output.
        EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| EnvFilter::new(format!("{default_level},sqlx=warn")));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}
