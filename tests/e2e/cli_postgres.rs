//! The command line on the PostgreSQL backend: `convene migrate` (idempotent), `token create
//! --store` while servers run (the token works on a running server at once: the database is
//! shared, unlike a data directory), and `convene verify --store` finding a tampered record.

use convene_e2e::{Server, poll_until, postgres_database};
use serde_json::json;

use crate::crash::verified_events;
use crate::scenario::*;

fn stdout(output: &std::process::Output) -> String {
    assert!(
        output.status.success(),
        "the command failed ({}): {}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// Runs SQL against the test database (to damage it as an attacker or a bad disk would).
fn execute(url: &str, sql: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let pool = sqlx::PgPool::connect(url).await.expect("connects");
        sqlx::query(sql).execute(&pool).await.expect("runs");
        pool.close().await;
    });
}

#[test]
fn migrate_token_create_and_verify_work_on_postgres() {
    let store = postgres_database("e2e_cli");
    assert_eq!(
        stdout(&Server::command_store(&store, &["migrate"])),
        "ok: 1 migration(s) applied; the schema is at version 1"
    );
    assert_eq!(
        stdout(&Server::command_store(&store, &["migrate"])),
        "ok: 0 migration(s) applied; the schema is at version 1",
        "a second migrate changes nothing"
    );

    let dir = tempfile::tempdir().expect("a temporary directory");
    let server = Server::start_postgres(&store, &dir.path().join("server"), NOW);
    let request = create(
        &server,
        "FRA",
        header("Booked on PostgreSQL", START, END, 12),
    );

    // Issued by another process while the server runs (its own data directory for the read
    // models it needs): the running server knows the token as soon as it follows the commit.
    let mut command = vec!["token", "create", "--role", "MISSION", "--mission", "FRA"];
    let cli_dir = dir.path().join("cli");
    let cli_dir_text = cli_dir.to_str().expect("a UTF-8 path");
    command.extend([
        "--label",
        "from the command line",
        "--data-dir",
        cli_dir_text,
    ]);
    let token = stdout(&Server::command_store(&store, &command));
    assert_eq!(token.lines().count(), 1, "{token}");
    let answer = poll_until(
        "the running server accepts the token issued on the command line",
        || {
            server.graphql(
                &token,
                "query($id: ID!) { eventRequest(id: $id) { id title } }",
                json!({ "id": request }),
            )
        },
        |answer| answer.get("errors").is_none(),
    );
    let seen = answer["data"].clone();
    assert_eq!(
        seen["eventRequest"],
        json!({ "id": request, "title": "Booked on PostgreSQL" })
    );
    assert!(server.stop().success(), "the server stops cleanly");

    let events = verified_events(&Server::command_store(&store, &["verify"]), "intact");
    assert!(events > 5, "{events} events");

    // One byte of one stored record changed: verify names that position and fails.
    execute(
        &store,
        "UPDATE convene_events SET record = set_byte(record, 20, get_byte(record, 20) # 64) \
         WHERE position = 5",
    );
    let output = Server::command_store(&store, &["verify"]);
    let printed = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(2), "{printed}");
    assert!(
        printed.starts_with("corrupt: first bad position 5:"),
        "{printed}"
    );
}

/// Two servers on one database started with the same data directory (say, from one working
/// directory without `--data-dir`): each takes a read-model slot of its own, and both serve.
#[test]
fn two_servers_can_share_a_data_directory_on_postgres() {
    let store = postgres_database("e2e_shared_dir");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let shared = dir.path().join("data");
    let a = Server::start_postgres(&store, &shared, NOW);
    let b = Server::start_postgres(&store, &shared, NOW);
    let request = create(&a, "FRA", header("Seen by both", START, END, 8));
    assert_eq!(
        read_request(&b, &b.tokens.mission("FRA"), &request)["title"],
        "Seen by both"
    );
    assert!(shared.join("read-models").is_dir());
    assert!(shared.join("read-models.1").is_dir());
    assert!(
        a.stop().success() && b.stop().success(),
        "both stop cleanly"
    );
}

/// Bad `--store` values get one clear line, never a panic or a wait: another scheme, an
/// unparseable URL, a server that refuses the connection.
#[test]
fn bad_store_urls_are_refused_with_a_reason() {
    for (args, expected) in [
        (
            vec!["verify", "--store", "mysql://db.example/convene"],
            "unsupported --store URL",
        ),
        (
            vec![
                "verify",
                "--store",
                "postgres://u:secret@127.0.0.1:notaport/x",
            ],
            "bad PostgreSQL URL",
        ),
        (
            vec!["migrate", "--store", "postgres://u:secret@127.0.0.1:1/x"],
            "cannot connect to PostgreSQL",
        ),
    ] {
        let output = std::process::Command::new(convene_e2e::convene_binary())
            .args(&args)
            .env("RUST_LOG", "warn")
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("secret"),
            "{args:?} leaks the password: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// `convene venue import --store` while a server runs on the database: the server follows
/// the new events at once, and `convene venue export --store` writes them.
#[test]
fn a_venue_file_is_imported_into_postgres_while_a_server_runs() {
    let store = postgres_database("e2e_venue");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let server = Server::start_postgres(&store, &dir.path().join("server"), NOW);
    let cli_dir = dir.path().join("cli");
    let cli_dir = cli_dir.to_str().expect("a UTF-8 path");

    let file = dir.path().join("tea.toml");
    std::fs::write(
        &file,
        "[venue]\ncurrency = \"USD\"\n\n[[items]]\ncode = \"CAT-TEA\"\nunit = \"CATERING\"\n\
         pricing = \"PER_PERSON\"\nprice = \"4.25\"\nlead_time_days = 2\n\
         effective_at = 2026-01-05T00:00:00-05:00\nname.en = \"Tea\"\nname.fr = \"Thé\"\n",
    )
    .expect("writes the file");
    let file = file.to_str().expect("a UTF-8 path");
    let report = stdout(&Server::command_store(
        &store,
        &["venue", "import", file, "--data-dir", cli_dir],
    ));
    assert!(report.starts_with("created: 1 item\n"), "{report}");
    assert!(
        report.contains("left as they are: rooms CR1, CR10"),
        "the demo's rooms are left: {report}"
    );

    let catalog = poll_until(
        "the running server shows the imported item",
        || {
            server.data(
                &server.tokens.mission("FRA"),
                "{ catalog { code name(lang: FR) price { amount currency } } }",
                json!({}),
            )
        },
        |data| {
            data["catalog"]
                .as_array()
                .is_some_and(|items| items.iter().any(|item| item["code"] == "CAT-TEA"))
        },
    );
    let tea = catalog["catalog"]
        .as_array()
        .and_then(|items| items.iter().find(|item| item["code"] == "CAT-TEA"))
        .cloned();
    assert_eq!(
        tea,
        Some(
            json!({"code": "CAT-TEA", "name": "Thé", "price": {"amount": "4.25", "currency": "USD"}})
        )
    );

    let exported = stdout(&Server::command_store(
        &store,
        &["venue", "export", "--data-dir", cli_dir],
    ));
    assert!(
        exported.contains(
            "code = \"CAT-TEA\"\nunit = \"CATERING\"\npricing = \"PER_PERSON\"\nprice = \"4.25\"\n\
             lead_time_days = 2\neffective_at = 2026-01-05T00:00:00-05:00\nname.en = \"Tea\"\n\
             name.fr = \"Thé\""
        ),
        "{exported}"
    );
    let again = stdout(&Server::command_store(
        &store,
        &["venue", "import", file, "--data-dir", cli_dir],
    ));
    assert!(
        again.starts_with("created: nothing\nchanged: nothing\n"),
        "{again}"
    );
    assert!(server.stop().success(), "the server stops cleanly");
}
