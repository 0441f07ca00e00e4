//! The end-to-end harness: builds and starts the real `convene` binary on port 0 with a
//! fresh data directory, reads its tokens, and talks to it over plain HTTP/1.1 (a tiny client
//! written here, so hostile tests can send exactly the bytes they mean). A server can also
//! keep its log in PostgreSQL (`--store postgres://…`), several servers on one database.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

/// The `convene` binary, built once per test run with the same cargo: the release build,
/// as it ships (a debug server is 25 times slower under a burst of a thousand callers, and
/// the end-to-end tests test the product), or the debug build with `CONVENE_E2E_DEBUG=1`.
pub fn convene_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
        let mut args = vec![
            "build",
            "--quiet",
            "-p",
            "convene",
            "--bin",
            "convene",
            "--message-format=json",
        ];
        if std::env::var("CONVENE_E2E_DEBUG").as_deref() != Ok("1") {
            args.push("--release");
        }
        let mut command = Command::new(cargo);
        // Cargo sets these for this test process; a build script that tracks them (ring's
        // does) would see them differ from `scripts/test`'s build and rebuild half the tree.
        for (name, _) in std::env::vars_os() {
            let name = name.to_string_lossy().into_owned();
            if [
                "CARGO_PKG_",
                "CARGO_MANIFEST_",
                "CARGO_CRATE_",
                "CARGO_BIN_",
            ]
            .iter()
            .any(|prefix| name.starts_with(prefix))
                || name == "CARGO_PRIMARY_PACKAGE"
                || name == "CARGO_TARGET_TMPDIR"
            {
                command.env_remove(name);
            }
        }
        let output = command
            .args(args)
            .current_dir(workspace_root())
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(
            output.status.success(),
            "building the convene binary failed"
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        stdout
            .lines()
            .rev()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|message| message["target"]["name"] == "convene")
            .find_map(|message| message["executable"].as_str().map(PathBuf::from))
            .expect("cargo reports the convene executable")
    })
}

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the workspace")
        .to_path_buf()
}

/// The demo tokens of a data directory.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub admin: String,
    pub focal_point: String,
    pub finance: String,
    pub missions: serde_json::Map<String, Value>,
    pub units: serde_json::Map<String, Value>,
}

impl Tokens {
    fn read(dir: &Path) -> Tokens {
        let text =
            std::fs::read_to_string(dir.join("demo-tokens.json")).expect("demo-tokens.json exists");
        let json: Value = serde_json::from_str(&text).expect("demo-tokens.json is JSON");
        let text = |key: &str| json[key].as_str().expect("a token").to_string();
        Tokens {
            admin: text("admin"),
            focal_point: text("focalPoint"),
            finance: text("finance"),
            missions: json["missions"].as_object().expect("missions").clone(),
            units: json["units"].as_object().expect("units").clone(),
        }
    }

    /// A mission's token.
    pub fn mission(&self, code: &str) -> String {
        self.missions[code]
            .as_str()
            .expect("a demo mission")
            .to_string()
    }

    /// A unit's token.
    pub fn unit(&self, code: &str) -> String {
        self.units[code].as_str().expect("a demo unit").to_string()
    }
}

/// A running server.
#[derive(Debug)]
pub struct Server {
    child: Option<Child>,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// `127.0.0.1:PORT`.
    pub address: String,
    pub data_dir: PathBuf,
    pub tokens: Tokens,
    /// The PostgreSQL database of `--store`; `None` for the embedded store.
    pub store: Option<String>,
    /// Whether the server was started with `--demo` (and is started again with it).
    demo: bool,
    _dir: Option<tempfile::TempDir>,
}

/// One HTTP response.
#[derive(Debug, Clone)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The body as text (invalid UTF-8 replaced).
    pub body: String,
    /// The body's bytes (a PDF, say), de-chunked.
    pub bytes: Vec<u8>,
}

impl HttpResponse {
    /// A header's value (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|error| panic!("not JSON ({error}): {}", self.body))
    }
}

impl Server {
    /// Starts `convene serve --demo` on port 0 in a fresh data directory.
    pub fn start(now: &str) -> Server {
        let dir = tempfile::tempdir().expect("temporary directory");
        let data_dir = dir.path().join("data");
        let mut server = Server::start_in(&data_dir, now);
        server._dir = Some(dir);
        server
    }

    /// Starts (or restarts) a server on an existing data directory.
    pub fn start_in(data_dir: &Path, now: &str) -> Server {
        Server::launch(data_dir, None, now, true, None)
    }

    /// Starts `convene serve` without `--demo` on a data directory set up otherwise (by
    /// `convene venue import`, say), with tokens the test issued itself.
    pub fn start_without_demo(data_dir: &Path, now: &str, tokens: Tokens) -> Server {
        Server::launch(data_dir, None, now, false, Some(tokens))
    }

    /// Starts `convene serve --store URL --demo` with its read models in `data_dir`: the demo
    /// venue is seeded once per database, and the tokens are written into `data_dir` by the
    /// server that seeded it.
    pub fn start_postgres(store: &str, data_dir: &Path, now: &str) -> Server {
        Server::launch(data_dir, Some(store), now, true, None)
    }

    /// Starts another server on `first`'s database, without `--demo`, with its read models in
    /// `data_dir` (which must not be `first`'s); it shares `first`'s tokens.
    pub fn start_second(first: &Server, data_dir: &Path, now: &str) -> Server {
        let store = first
            .store
            .as_deref()
            .expect("a second server shares a PostgreSQL database");
        assert_ne!(
            first.data_dir, data_dir,
            "each server has a data directory of its own"
        );
        Server::launch(
            data_dir,
            Some(store),
            now,
            false,
            Some(first.tokens.clone()),
        )
    }

    /// Starts a new process in place of this one, which must have been stopped or killed:
    /// the same data directory, store, `--demo` and tokens, with the clock at `now`.
    pub fn start_again(&mut self, now: &str) {
        assert!(self.child.is_none(), "the server is still running");
        // A PostgreSQL server started without `--demo` has no tokens file of its own.
        let tokens = self.store.is_some().then(|| self.tokens.clone());
        let mut server = Server::launch(
            &self.data_dir,
            self.store.as_deref(),
            now,
            self.demo,
            tokens,
        );
        server._dir = self._dir.take();
        *self = server;
    }

    /// Spawns `convene serve` and reads the address it listens on. The tokens are `tokens`, or
    /// else those `--demo` wrote into the data directory.
    fn launch(
        data_dir: &Path,
        store: Option<&str>,
        now: &str,
        demo: bool,
        tokens: Option<Tokens>,
    ) -> Server {
        let mut command = Command::new(convene_binary());
        command.arg("serve");
        if demo {
            command.arg("--demo");
        }
        if let Some(store) = store {
            command.arg("--store").arg(store);
        }
        let mut child = command
            .args(["--listen", "127.0.0.1:0", "--now", now, "--data-dir"])
            .arg(data_dir)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("convene starts");
        let stdout = child.stdout.take().expect("piped");
        let mut reader = BufReader::new(stdout);
        let mut first = String::new();
        reader.read_line(&mut first).expect("reads the first line");
        let address = first
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_string();
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut sink = String::new();
            let _ = reader.read_to_string(&mut sink);
        });
        Server {
            child: Some(child),
            url: format!("http://{address}"),
            address,
            data_dir: data_dir.to_path_buf(),
            tokens: tokens.unwrap_or_else(|| Tokens::read(data_dir)),
            store: store.map(str::to_string),
            demo,
            _dir: None,
        }
    }

    /// Sends raw HTTP: method, path, headers, body. `Connection: close` each time.
    pub fn http(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> HttpResponse {
        http(&self.address, method, path, headers, body)
    }

    /// A GraphQL POST with a token, returning the whole JSON response.
    pub fn graphql(&self, token: &str, query: &str, variables: Value) -> Value {
        let body = json!({ "query": query, "variables": variables }).to_string();
        let authorization = format!("Bearer {token}");
        let response = self.http(
            "POST",
            "/graphql",
            &[
                ("Content-Type", "application/json"),
                ("Accept", "application/graphql-response+json"),
                ("Authorization", &authorization),
            ],
            body.as_bytes(),
        );
        response.json()
    }

    /// A GraphQL POST that must succeed without top-level errors; returns `data`.
    pub fn data(&self, token: &str, query: &str, variables: Value) -> Value {
        let response = self.graphql(token, query, variables);
        assert!(
            response.get("errors").is_none(),
            "unexpected errors: {response}"
        );
        response["data"].clone()
    }

    /// Kills the server with SIGKILL (no shutdown at all).
    pub fn kill(mut self) -> PathBuf {
        self.sigkill();
        self.data_dir.clone()
    }

    /// Kills the process with SIGKILL (no shutdown at all) but keeps what it takes to start
    /// it again ([`Server::start_again`]).
    pub fn sigkill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stops the server with SIGTERM and waits for a clean exit.
    pub fn stop(mut self) -> std::process::ExitStatus {
        self.terminate()
    }

    fn terminate(&mut self) -> std::process::ExitStatus {
        let mut child = self.child.take().expect("running");
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(child.id().to_string())
            .status();
        child.wait().expect("exits")
    }

    /// Stops the server (SIGTERM, which must exit cleanly) and starts it again on the same
    /// data directory (and database) with the clock at `now`: how a test moves time forward
    /// without sleeping. The temporary directory moves to the new server, so it outlives the
    /// restart.
    pub fn restart(mut self, now: &str) -> Server {
        let status = self.terminate();
        assert!(status.success(), "the server stopped with {status}");
        self.start_again(now);
        self
    }

    /// Runs `convene ARGS… --data-dir DIR` (for verify, export, token create).
    pub fn command(data_dir: &Path, args: &[&str]) -> std::process::Output {
        Command::new(convene_binary())
            .args(args)
            .arg("--data-dir")
            .arg(data_dir)
            .env("RUST_LOG", "warn")
            .output()
            .expect("runs")
    }

    /// Runs `convene ARGS… --store URL` (for `verify` of a PostgreSQL log).
    pub fn command_store(store: &str, args: &[&str]) -> std::process::Output {
        Command::new(convene_binary())
            .args(args)
            .arg("--store")
            .arg(store)
            .env("RUST_LOG", "warn")
            .output()
            .expect("runs")
    }
}

/// How long a server may take to show what another process did (another server's write, a
/// token issued on the command line, its own view of the database's health).
pub const CATCH_UP: std::time::Duration = std::time::Duration::from_secs(10);

/// Looks with `look` until `done` holds of what it saw, at most [`CATCH_UP`]; returns what
/// it saw last. Each look is a request to a server, so the loop waits on the server's answers,
/// never on a timer; a server that never gets there fails the test, showing what it saw.
pub fn poll_until<T: std::fmt::Debug>(
    what: &str,
    mut look: impl FnMut() -> T,
    done: impl Fn(&T) -> bool,
) -> T {
    let deadline = std::time::Instant::now() + CATCH_UP;
    loop {
        let seen = look();
        if done(&seen) {
            return seen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{what}: not there within {CATCH_UP:?}; last seen: {seen:?}"
        );
    }
}

/// A fresh, empty database on the test cluster of `CONVENE_TEST_DATABASE_URL` (required: the
/// test fails, saying how to get a cluster, when it is not set); returns its URL.
pub fn postgres_database(prefix: &str) -> String {
    let admin = convene_postgres::testing::admin_url();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime
        .block_on(convene_postgres::testing::fresh_database(&admin, prefix))
        .unwrap_or_else(|error| panic!("cannot create a database on the test cluster: {error}"))
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A minimal HTTP/1.1 exchange over a fresh connection.
pub fn http(
    address: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> HttpResponse {
    try_http(address, method, path, headers, body).unwrap_or_else(|error| panic!("{error}"))
}

/// Like [`http`], but a refused connection or a response cut short is an `Err`, not a panic:
/// for clients that keep going while the server is killed under them.
pub fn try_http(
    address: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Result<HttpResponse, String> {
    let mut stream =
        TcpStream::connect(address).map_err(|error| format!("cannot connect: {error}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(|error| format!("cannot set a timeout: {error}"))?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|error| format!("cannot send: {error}"))?;
    // A server may answer (413) before reading a large body; a write error then is fine.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let read = stream.read_to_end(&mut raw);
    match (read, raw.is_empty()) {
        (Err(error), true) => Err(format!("no HTTP response: {error}")),
        _ => try_parse_response(&raw),
    }
}

/// A GraphQL POST to `address` with a token, from any thread; `Err` when the connection
/// fails or the answer is not a whole JSON document (the server died mid-answer).
pub fn try_graphql(
    address: &str,
    token: &str,
    query: &str,
    variables: Value,
) -> Result<Value, String> {
    let body = json!({ "query": query, "variables": variables }).to_string();
    let authorization = format!("Bearer {token}");
    let response = try_http(
        address,
        "POST",
        "/graphql",
        &[
            ("Content-Type", "application/json"),
            ("Accept", "application/graphql-response+json"),
            ("Authorization", &authorization),
        ],
        body.as_bytes(),
    )?;
    serde_json::from_str(&response.body).map_err(|error| {
        format!(
            "status {}, not JSON ({error}): {}",
            response.status, response.body
        )
    })
}

fn try_parse_response(raw: &[u8]) -> Result<HttpResponse, String> {
    let end = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .ok_or_else(|| format!("no HTTP response: {:?}", String::from_utf8_lossy(raw)))?;
    let head = String::from_utf8_lossy(&raw[..end]);
    let rest = &raw[end + 4..];
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| format!("no status code in {status_line:?}"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| {
            line.split_once(':')
                .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        })
        .collect();
    let chunked = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("transfer-encoding") && value.contains("chunked")
    });
    let bytes = if chunked {
        dechunk_bytes(rest)
    } else {
        rest.to_vec()
    };
    Ok(HttpResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    })
}

fn dechunk_bytes(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(at) = rest.windows(2).position(|window| window == b"\r\n") {
        let size = String::from_utf8_lossy(&rest[..at]);
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        let after = &rest[at + 2..];
        if size == 0 || after.len() < size {
            break;
        }
        body.extend_from_slice(&after[..size]);
        rest = &after[size..];
        if rest.starts_with(b"\r\n") {
            rest = &rest[2..];
        }
    }
    body
}
