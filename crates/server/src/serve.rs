//! `convene serve`: opens the data directory, creates the admin token on an empty store,
//! seeds the demo venue when asked, and serves the API until SIGTERM or Ctrl-C, finishing
//! the requests in flight before it flushes and exits.

use anyhow::Context;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use convene_app::{App, Clock, Principal, StartedClock, SystemClock};
use convene_domain::access::Role;
use convene_domain::values::Name;

use crate::cli::Serve;
use crate::data::open_app;

/// Writes a secret file readable by its owner only.
pub(crate) fn write_secret(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()?;
    if let Some(parent) = path.parent() {
        std::fs::File::open(parent)?.sync_all()?;
    }
    Ok(())
}

fn label(text: &str) -> anyhow::Result<Name> {
    Name::parse(text).map_err(|error| anyhow::anyhow!("bad token label {text:?}: {error}"))
}

pub(crate) async fn issue(app: &App, role: Role, text: &str) -> anyhow::Result<String> {
    let admin = Principal::new(Role::Admin);
    app.issue_token(&admin, role, label(text)?)
        .await
        .map_err(|error| anyhow::anyhow!("cannot issue a token: {error}"))
}

/// The clock of `--now`, or the system clock.
pub(crate) fn clock(now: Option<&str>) -> anyhow::Result<Arc<dyn Clock>> {
    match now {
        Some(text) => {
            let start: jiff::Timestamp = text.parse().with_context(|| {
                format!(
                    "--now {text:?} is not an RFC 3339 instant such as 2026-05-12T10:00:00-04:00"
                )
            })?;
            Ok(Arc::new(StartedClock::new(start)))
        }
        None => Ok(Arc::new(SystemClock)),
    }
}

/// Seeds the demo venue and writes its tokens, once.
async fn seed_demo(app: &App, data_dir: &Path, admin_token: Option<String>) -> anyhow::Result<()> {
    let admin = Principal::new(Role::Admin);
    let Some(summary) = convene_app::demo::seed(app, &admin)
        .await
        .map_err(|error| anyhow::anyhow!("cannot seed the demo venue: {error}"))?
    else {
        tracing::info!("the demo venue is already seeded");
        return Ok(());
    };
    let admin_token = match admin_token {
        Some(token) => token,
        None => issue(app, Role::Admin, "demo administrator").await?,
    };
    let mut missions = BTreeMap::new();
    for mission in convene_app::demo::mission_codes() {
        let token = issue(
            app,
            Role::Mission {
                mission: mission.clone(),
            },
            &format!("demo mission {mission}"),
        )
        .await?;
        missions.insert(mission.to_string(), token);
    }
    let mut units = BTreeMap::new();
    for unit in convene_app::demo::unit_codes() {
        let token = issue(
            app,
            Role::Unit { unit: unit.clone() },
            &format!("demo unit {unit}"),
        )
        .await?;
        units.insert(unit.to_string(), token);
    }
    let tokens = serde_json::json!({
        "admin": admin_token,
        "focalPoint": issue(app, Role::FocalPoint, "demo focal point").await?,
        "finance": issue(app, Role::Finance, "demo finance").await?,
        "missions": missions,
        "units": units,
    });
    write_secret(
        &data_dir.join("demo-tokens.json"),
        &serde_json::to_string_pretty(&tokens)?,
    )?;
    tracing::info!(
        ?summary,
        "seeded the demo venue; tokens in demo-tokens.json"
    );
    Ok(())
}

/// The demo personas of the sign-in page: a mission, the focal point desk, each unit and
/// finance, with the keys of `demo-tokens.json`.
fn demo_personas(data_dir: &Path) -> anyhow::Result<Vec<convene_web::Persona>> {
    let path = data_dir.join("demo-tokens.json");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let tokens: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))?;
    let token = |value: &serde_json::Value| value.as_str().map(str::to_string);
    let mut personas = Vec::new();
    let mut push = |id: String, value: &serde_json::Value| {
        if let Some(token) = token(value) {
            personas.push(convene_web::Persona { id, token });
        }
    };
    if let Some(missions) = tokens["missions"].as_object() {
        for (code, value) in missions {
            push(format!("mission:{code}"), value);
        }
    }
    push("focal-point".to_string(), &tokens["focalPoint"]);
    if let Some(units) = tokens["units"].as_object() {
        for (code, value) in units {
            push(format!("unit:{code}"), value);
        }
    }
    push("finance".to_string(), &tokens["finance"]);
    Ok(personas)
}

/// Waits for SIGTERM or Ctrl-C.
async fn shutdown_signal(
    mut terminate: tokio::signal::unix::Signal,
    mut interrupt: tokio::signal::unix::Signal,
) {
    tokio::select! {
        _ = terminate.recv() => {}
        _ = interrupt.recv() => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Runs the server.
pub(crate) fn run(options: Serve) -> anyhow::Result<()> {
    let clock = clock(options.now.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    runtime.block_on(async move {
        let data_dir = options.location.data_dir.clone();
        let (store, app) = open_app(&options.location, clock, true).await?;
        let mut new_admin_token = None;
        if store.head() == 0 {
            let token = issue(&app, Role::Admin, "administrator").await?;
            write_secret(&data_dir.join("admin.token"), &token)?;
            tracing::info!("created the administrator's token in admin.token");
            new_admin_token = Some(token);
        }
        if options.demo {
            let admin_token = match new_admin_token {
                Some(token) => Some(token),
                None => std::fs::read_to_string(data_dir.join("admin.token"))
                    .ok()
                    .map(|text| text.trim().to_string()),
            };
            seed_demo(&app, &data_dir, admin_token).await?;
        }
        // Listen for SIGTERM before announcing the address: a supervisor (or a test) may send
        // it as soon as it reads the first line, and it must then drain, not kill.
        let terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .context("cannot listen for SIGTERM")?;
        let interrupt = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt())
            .context("cannot listen for SIGINT")?;
        let listener = listen(&options.listen)
            .await
            .with_context(|| format!("cannot listen on {}", options.listen))?;
        let address = listener.local_addr()?;
        {
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "listening on http://{address}")?;
            stdout.flush()?;
        }
        tracing::info!(%address, events = store.head(), "serving");
        let personas = if options.demo {
            demo_personas(&data_dir)?
        } else {
            Vec::new()
        };
        let routes = convene_api::api(app.clone())
            .merge(convene_web::router(
                app.clone(),
                convene_web::WebConfig { personas },
            ))
            .layer(axum::middleware::from_fn(convene_web::security_headers));
        axum::serve(listener, routes)
            .with_graceful_shutdown(shutdown_signal(terminate, interrupt))
            .await
            .context("the server failed")?;
        app.close().await;
        drop(app);
        store.close();
        tracing::info!("stopped");
        Ok(())
    })
}

/// How many connections may wait to be accepted (the kernel caps it at `somaxconn`): a burst
/// of a thousand callers at once must queue, not be reset (tokio's default is 1,024, which a
/// burst overflows into SYN cookies and resets).
const LISTEN_BACKLOG: u32 = 8_192;

/// Binds the first address `listen` resolves to, with [`LISTEN_BACKLOG`].
async fn listen(listen: &str) -> std::io::Result<tokio::net::TcpListener> {
    let address = tokio::net::lookup_host(listen)
        .await?
        .next()
        .ok_or_else(|| std::io::Error::other("the address resolves to nothing"))?;
    let socket = if address.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}
