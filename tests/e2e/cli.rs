//! The command line around the server (PRODUCT.md section 7): `verify` on a stopped server's
//! data, `export invoices --format csv`, `export invoice --format pdf`, `token create`, the
//! administrator's token file, and `--demo` seeding only once.

use convene_e2e::Server;
use serde_json::json;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::scenario::*;

/// `convene_events_total` from `/metrics`.
fn events_total(server: &Server) -> u64 {
    let metrics = server.http("GET", "/metrics", &[], b"");
    assert_eq!(metrics.status, 200);
    metrics
        .body
        .lines()
        .find_map(|line| line.strip_prefix("convene_events_total "))
        .and_then(|count| count.trim().parse().ok())
        .unwrap_or_else(|| panic!("no convene_events_total in {}", metrics.body))
}

/// Runs `convene verify`, which must pass; returns the event count it prints.
fn verify(data_dir: &Path) -> u64 {
    crate::crash::verified_events(&Server::command(data_dir, &["verify"]), "verify")
}

fn stop(server: Server) {
    let status = server.stop();
    assert!(status.success(), "the server stopped with {status}");
}

#[test]
fn verify_passes_on_a_stopped_server_and_counts_every_event() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let server = Server::start_in(&data_dir, NOW);
    let seeded = events_total(&server);
    let request = create(&server, "FRA", header("Counted", START, END, 10));
    add_line(&server, "FRA", &request, "AV-MIC", "2");
    submit(&server, "FRA", &request);
    let total = events_total(&server);
    // The draft took a reference number too; the line and the submission one event each.
    assert!(total >= seeded + 3, "{seeded} then {total}");
    stop(server);

    assert_eq!(verify(&data_dir), total);
    assert_eq!(verify(&data_dir), total, "verify changes nothing");
}

#[test]
fn export_invoices_prints_a_header_and_one_row_per_invoice_line() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let server = Server::start_in(&data_dir, NOW);
    // Held on 12 May: two confirmed lines billed, one declined line not billed.
    let held = create(&server, "FRA", header("Exported", START, END, 20));
    let coffee = add_line(&server, "FRA", &held, "CAT-COFFEE", "20");
    let guard = add_line(&server, "FRA", &held, "SEC-GUARD", "2");
    let mic = add_line(&server, "FRA", &held, "AV-MIC", "1");
    submit(&server, "FRA", &held);
    approve(&server, &held, "CR8");
    confirm(&server, "CATERING", &coffee);
    confirm(&server, "SECURITY", &guard);
    succeed(
        &server,
        &server.tokens.unit("AV"),
        "serviceLineDecline",
        json!({ "serviceLineId": mic, "reason": "No microphones left" }),
    );
    // KEN's request for 13 May, cancelled 21 hours ahead: its confirmed line costs 100 %.
    let cancelled = create(
        &server,
        "KEN",
        header(
            "Cancelled",
            "2026-05-13T10:00:00-04:00",
            "2026-05-13T11:00:00-04:00",
            5,
        ),
    );
    let water = add_line(&server, "KEN", &cancelled, "CAT-WATER", "1");
    submit(&server, "KEN", &cancelled);
    confirm(&server, "CATERING", &water);

    stop(server);
    let server = Server::start_in(&data_dir, "2026-05-12T13:00:00-04:00");
    succeed(
        &server,
        &server.tokens.focal_point,
        "eventRequestMarkHeld",
        json!({ "eventRequestId": held }),
    );
    let first = issue_invoice(&server, &held);
    succeed(
        &server,
        &server.tokens.mission("KEN"),
        "eventRequestCancel",
        json!({ "eventRequestId": cancelled, "reason": "Flight cancelled" }),
    );
    let second = issue_invoice(&server, &cancelled);
    stop(server);

    let output = Server::command(&data_dir, &["export", "invoices", "--format", "csv"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows: Vec<Vec<&str>> = stdout
        .lines()
        .map(|line| line.split(',').collect())
        .collect();
    let header = &rows[0];
    let column = |name: &str| {
        header
            .iter()
            .position(|column| *column == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let picked: Vec<Vec<&str>> = rows[1..]
        .iter()
        .map(|row| {
            assert_eq!(row.len(), header.len(), "{row:?}");
            [
                "invoice_number",
                "invoice_id",
                "mission",
                "reason",
                "unit",
                "item",
                "quantity",
                "unit_price",
                "fee_rate",
                "amount",
                "currency",
            ]
            .iter()
            .map(|name| row[column(name)])
            .collect()
        })
        .collect();
    let (first_id, second_id) = (text(&first["id"]), text(&second["id"]));
    assert_eq!(
        picked,
        vec![
            vec![
                "INV-2026-000001",
                &first_id,
                "FRA",
                "HELD",
                "CATERING",
                "CAT-COFFEE",
                "20",
                "8.50",
                "",
                "170.00",
                "USD"
            ],
            vec![
                "INV-2026-000001",
                &first_id,
                "FRA",
                "HELD",
                "SECURITY",
                "SEC-GUARD",
                "2",
                "85.00",
                "",
                "170.00",
                "USD"
            ],
            vec![
                "INV-2026-000002",
                &second_id,
                "KEN",
                "CANCELLED",
                "CATERING",
                "CAT-WATER",
                "1",
                "45.00",
                "1",
                "45.00",
                "USD"
            ],
        ]
    );

    // The same invoice as a document: a PDF on standard output, the same bytes from another
    // process into a file, a credit-note number refused clearly when there is none, and an
    // unknown number or language refused in one line.
    let export = |args: &[&str]| {
        let mut all = vec!["export", "invoice"];
        all.extend_from_slice(args);
        Server::command(&data_dir, &all)
    };
    let to_stdout = export(&["INV-2026-000001", "--format", "pdf", "--lang", "ar"]);
    assert!(
        to_stdout.status.success(),
        "export invoice failed: {}",
        String::from_utf8_lossy(&to_stdout.stderr)
    );
    assert!(
        to_stdout.stdout.starts_with(b"%PDF-"),
        "not a PDF on stdout"
    );
    let file = dir.path().join("invoice-ar.pdf");
    let to_file = export(&[
        "INV-2026-000001",
        "--lang",
        "ar",
        "--output",
        file.to_str().expect("a UTF-8 path"),
    ]);
    assert!(
        to_file.status.success(),
        "{}",
        String::from_utf8_lossy(&to_file.stderr)
    );
    assert!(
        to_file.stdout.is_empty(),
        "with --output nothing goes to stdout"
    );
    let written = std::fs::read(&file).expect("the exported file");
    assert!(
        written == to_stdout.stdout,
        "two exports of one invoice differ"
    );
    for (args, says) in [
        (
            &["INV-2026-000099", "--lang", "en"][..],
            "no invoice or credit note INV-2026-000099",
        ),
        (
            &["CN-2026-000001", "--lang", "en"][..],
            "no invoice or credit note CN-2026-000001",
        ),
        (
            &["INV-2026-000001", "--lang", "xx"][..],
            "unknown language \"xx\"",
        ),
        (
            &["SE-2026-000001"][..],
            "is not an invoice or credit note number",
        ),
    ] {
        let refused = export(args);
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(!refused.status.success(), "{args:?} succeeded");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(
            stderr.trim_end().lines().count(),
            1,
            "{args:?}: not one line: {stderr}"
        );
        assert!(refused.stdout.is_empty(), "{args:?}: wrote to stdout");
    }
}

#[test]
fn a_token_created_on_the_command_line_works_after_a_restart() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let server = Server::start_in(&data_dir, NOW);

    // The store belongs to the running server: the command refuses, saying why.
    let busy = Server::command(
        &data_dir,
        &["token", "create", "--role", "MISSION", "--mission", "FRA"],
    );
    assert!(!busy.status.success());
    assert!(
        String::from_utf8_lossy(&busy.stderr).contains("another convene process"),
        "{}",
        String::from_utf8_lossy(&busy.stderr)
    );
    stop(server);

    let create_token = |args: &[&str]| {
        let mut all = vec!["token", "create"];
        all.extend_from_slice(args);
        Server::command(&data_dir, &all)
    };
    let output = create_token(&["--role", "MISSION", "--mission", "FRA", "--label", "x"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mission = String::from_utf8_lossy(&output.stdout).trim().to_string();
    assert_eq!(mission.lines().count(), 1, "{mission}");
    let output = create_token(&["--role", "FOCAL_POINT", "--label", "desk"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let focal_point = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let unknown = create_token(&["--role", "MISSION", "--mission", "XYZ", "--label", "x"]);
    assert!(!unknown.status.success(), "a mission that does not exist");
    let missing = create_token(&["--role", "UNIT", "--label", "x"]);
    assert!(!missing.status.success(), "a unit token needs --unit");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("--unit"));

    let server = Server::start_in(&data_dir, NOW);
    let viewer = "{ viewer { role missionCode unitCode } }";
    assert_eq!(
        server.data(&mission, viewer, json!({})),
        json!({ "viewer": { "role": "MISSION", "missionCode": "FRA", "unitCode": null } })
    );
    assert_eq!(
        server.data(&focal_point, viewer, json!({}))["viewer"]["role"],
        "FOCAL_POINT"
    );
    // The new token acts for FRA: it sees FRA's request, made with the demo token.
    let request = create(
        &server,
        "FRA",
        header("Seen by the new token", START, END, 5),
    );
    assert_eq!(read_request(&server, &mission, &request)["id"], request);
}

#[test]
fn the_administrator_token_is_written_once_for_its_owner_only() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let server = Server::start_in(&data_dir, NOW);
    let path = data_dir.join("admin.token");
    let mode = std::fs::metadata(&path)
        .expect("admin.token exists")
        .permissions()
        .mode();
    assert_eq!(
        mode & 0o777,
        0o600,
        "admin.token has mode {:o}",
        mode & 0o777
    );
    let demo_mode = std::fs::metadata(data_dir.join("demo-tokens.json"))
        .expect("demo-tokens.json exists")
        .permissions()
        .mode();
    assert_eq!(demo_mode & 0o777, 0o600, "the demo tokens are secrets too");
    let token = std::fs::read_to_string(&path).expect("readable by its owner");
    let token = token.trim();
    assert_eq!(
        server.data(token, "{ viewer { role } }", json!({}))["viewer"]["role"],
        "ADMIN"
    );

    // A restart on the same store keeps the token and does not write another.
    let server = server_restart(server, &data_dir);
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there").trim(),
        token
    );
    assert_eq!(
        server.data(token, "{ viewer { role } }", json!({}))["viewer"]["role"],
        "ADMIN"
    );
}

fn server_restart(server: Server, data_dir: &Path) -> Server {
    stop(server);
    Server::start_in(data_dir, NOW)
}

#[test]
fn seeding_the_demo_a_second_time_adds_no_event() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let server = Server::start_in(&data_dir, NOW);
    let seeded = events_total(&server);
    let rooms = server.data(
        &server.tokens.admin,
        "{ rooms { code } units { code } catalog { code } }",
        json!({}),
    );
    let tokens = std::fs::read_to_string(data_dir.join("demo-tokens.json")).expect("tokens");

    // `--demo` again, on the same data directory.
    let server = server_restart(server, &data_dir);
    assert_eq!(events_total(&server), seeded);
    assert_eq!(
        server.data(
            &server.tokens.admin,
            "{ rooms { code } units { code } catalog { code } }",
            json!({})
        ),
        rooms
    );
    assert_eq!(
        std::fs::read_to_string(data_dir.join("demo-tokens.json")).expect("tokens"),
        tokens,
        "the demo tokens are not issued again"
    );
    assert_eq!(
        server.data(
            &server.tokens.mission("FRA"),
            "{ viewer { missionCode } }",
            json!({})
        )["viewer"]["missionCode"],
        "FRA"
    );
    stop(server);
    assert_eq!(verify(&data_dir), seeded);
}

/// A small real venue, written as `convene venue export` writes (tables by code, names in the
/// United Nations' order of languages, every effective time on New York's clocks), so its
/// export is the same text.
const SMALL_VENUE: &str = r#"format = 1

[venue]
currency = "EUR"
name.en = "Palais des Nations"
name.fr = "Palais des Nations"

[[rooms]]
code = "S1"
capacity = 30
features = []
name.en = "Room S1"

[[rooms]]
code = "XVII"
capacity = 120
features = ["ACCESSIBLE", "INTERPRETATION_BOOTHS"]
name.zh = "第十七会议室"
name.en = "Room XVII"
name.fr = "Salle XVII"

[[units]]
code = "AV"
name.ar = "السمعيات والبصريات"
name.en = "Audiovisual"
contact.name = "Bo Chen"
contact.email = "bo.chen@example.org"
contact.phone = "+41 22 917 5678"

[[units]]
code = "CATERING"
name.en = "Catering"
contact.name = "Ana Lima"
contact.email = "ana.lima@example.org"
contact.phone = "+41 22 917 1234"

[[items]]
code = "AV-MIC"
unit = "AV"
pricing = "PER_ITEM"
price = "25.50"
lead_time_days = 2
effective_at = 2026-01-05T00:00:00-05:00
name.en = "Microphone"

[[items]]
code = "CAT-COFFEE"
unit = "CATERING"
pricing = "PER_PERSON"
price = "6.00"
lead_time_days = 3
effective_at = 2026-01-05T00:00:00-05:00
name.en = "Coffee"

[[missions]]
code = "CHE"
name.en = "Permanent Mission of Switzerland"

[[missions]]
code = "FRA"
name.en = "Permanent Mission of France"
name.fr = "Mission permanente de la France"

[[focal_points]]
name = "Chloé Martin"
email = "chloe.martin@example.org"
phone = "+41 22 917 0000"
"#;

/// A file's text without its comment lines.
fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

fn succeeded(output: &std::process::Output, what: &str) -> String {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).to_string()
}

fn venue_export(data_dir: &Path) -> String {
    succeeded(
        &Server::command(data_dir, &["venue", "export"]),
        "venue export",
    )
}

fn issued(data_dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["token", "create"];
    all.extend_from_slice(args);
    succeeded(&Server::command(data_dir, &all), "token create")
        .trim()
        .to_string()
}

#[test]
fn a_venue_file_sets_up_a_fresh_data_dir_and_exports_as_itself() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let data_dir = dir.path().join("data");
    let file = dir.path().join("venue.toml");
    std::fs::write(&file, SMALL_VENUE).expect("writes the file");
    let path = file.to_str().expect("a UTF-8 path");

    let output = succeeded(
        &Server::command(&data_dir, &["venue", "import", path]),
        "venue import",
    );
    assert!(
        output.starts_with(
            "created: the venue's name, 2 rooms, 2 units, 2 items, 2 missions, 1 focal point\n\
             changed: nothing\n"
        ),
        "{output}"
    );
    assert!(
        output.contains("created the administrator's token in"),
        "{output}"
    );
    assert!(
        output.contains("convene token create --data-dir"),
        "{output}"
    );
    let events = verify(&data_dir);

    // The export is the file, comments aside; `--output` writes the same text.
    let exported = venue_export(&data_dir);
    assert_eq!(without_comments(&exported), without_comments(SMALL_VENUE));
    let copy = dir.path().join("copy.toml");
    succeeded(
        &Server::command(
            &data_dir,
            &["venue", "export", "--output", copy.to_str().expect("UTF-8")],
        ),
        "venue export --output",
    );
    assert_eq!(std::fs::read_to_string(&copy).expect("written"), exported);

    // A second import changes nothing and writes no event.
    let again = succeeded(
        &Server::command(&data_dir, &["venue", "import", path]),
        "the second venue import",
    );
    assert!(
        again.starts_with(
            "created: nothing\nchanged: nothing\nunchanged: the venue's name, 2 rooms"
        ),
        "{again}"
    );
    assert!(!again.contains("administrator's token"), "{again}");
    assert_eq!(verify(&data_dir), events);

    // A file with a problem changes nothing, says where, and exits non-zero.
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        SMALL_VENUE
            .replace("\"INTERPRETATION_BOOTHS\"]", "\"INTERPRETATION_BOOTH\"]")
            .replace("price = \"6.00\"", "price = 6.0"),
    )
    .expect("writes the file");
    let refused = Server::command(
        &data_dir,
        &["venue", "import", bad.to_str().expect("UTF-8")],
    );
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains(
            "line 17 ([[rooms]] XVII, features): unknown room feature \"INTERPRETATION_BOOTH\""
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 50 ([[items]] CAT-COFFEE, price): a price is a decimal string"),
        "{stderr}"
    );
    assert!(
        stderr
            .trim_end()
            .ends_with("2 problems; nothing was imported"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(verify(&data_dir), events);

    // The venue serves without the demo, with tokens issued on the command line.
    let admin = std::fs::read_to_string(data_dir.join("admin.token"))
        .expect("admin.token")
        .trim()
        .to_string();
    let mission = issued(&data_dir, &["--role", "mission", "--mission", "CHE"]);
    let unit = issued(&data_dir, &["--role", "unit", "--unit", "AV"]);
    let tokens = convene_e2e::Tokens {
        admin,
        focal_point: issued(&data_dir, &["--role", "focal-point"]),
        finance: issued(&data_dir, &["--role", "finance"]),
        missions: serde_json::Map::from_iter([("CHE".to_string(), json!(mission))]),
        units: serde_json::Map::from_iter([("AV".to_string(), json!(unit))]),
    };
    let server = Server::start_without_demo(&data_dir, NOW, tokens);
    let data = server.data(
        &server.tokens.mission("CHE"),
        "{ viewer { missionCode } rooms { code capacity } catalog { code price { amount currency } } }",
        json!({}),
    );
    assert_eq!(data["viewer"]["missionCode"], "CHE");
    assert_eq!(
        data["rooms"],
        json!([{"code": "S1", "capacity": 30}, {"code": "XVII", "capacity": 120}])
    );
    assert_eq!(
        data["catalog"],
        json!([
            {"code": "AV-MIC", "price": {"amount": "25.50", "currency": "EUR"}},
            {"code": "CAT-COFFEE", "price": {"amount": "6.00", "currency": "EUR"}},
        ])
    );
    stop(server);
}

#[test]
fn the_demo_is_the_venue_file_imported() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let demo_dir = dir.path().join("demo");
    stop(Server::start_in(&demo_dir, NOW));
    let imported_dir = dir.path().join("imported");
    let file = convene_e2e::workspace_root().join("crates/app/demo/venue.toml");
    succeeded(
        &Server::command(
            &imported_dir,
            &["venue", "import", file.to_str().expect("UTF-8")],
        ),
        "venue import of the demo file",
    );
    // Each import's prices take effect when it ran, so only the effective times differ.
    let comparable = |text: String| -> String {
        text.lines()
            .filter(|line| !line.starts_with("effective_at = "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let demo = venue_export(&demo_dir);
    assert!(demo.contains("code = \"CAT-COFFEE\""), "{demo}");
    assert!(
        demo.contains("name.en = \"United Nations Headquarters\""),
        "{demo}"
    );
    assert_eq!(comparable(demo), comparable(venue_export(&imported_dir)));
}
