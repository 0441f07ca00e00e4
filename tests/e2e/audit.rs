//! The GraphQL-over-HTTP audit (QUALITY.md, "standards"): the `graphql-http` npm package's
//! server audits, run by `tests/audit/audit.mjs` against a real server, must pass every MUST.
//! SHOULD and MAY results are printed. The test installs the audit's packages itself
//! (`npm ci --prefix tests/audit`) when they are missing; without Node.js it fails, never
//! skips.

use std::path::Path;
use std::process::Command;

use convene_e2e::{Server, workspace_root};
use serde_json::Value;

const NOW: &str = "2026-04-01T09:00:00-04:00";

/// Fewer audits than this means the audit script or package is broken, not the server.
const MIN_AUDITS: usize = 40;
const MIN_MUST_AUDITS: usize = 10;

#[test]
fn the_graphql_over_http_audit_passes_every_must() {
    let root = workspace_root();
    let audit_dir = root.join("tests").join("audit");
    require_tool("node");
    install_packages(&root, &audit_dir);

    let server = Server::start(NOW);
    let output = Command::new("node")
        .arg(audit_dir.join("audit.mjs"))
        .arg(&server.url)
        .current_dir(&root)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the audit script failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Vec<Value> = stdout
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            serde_json::from_str(line)
                .unwrap_or_else(|error| panic!("not a JSON audit line ({error}): {line}"))
        })
        .collect();

    let level = |result: &Value| {
        result["name"]
            .as_str()
            .and_then(|name| name.split_whitespace().next())
            .unwrap_or("")
            .to_string()
    };
    let not_ok = |wanted: &str| -> Vec<&Value> {
        results
            .iter()
            .filter(|result| level(result) == wanted && result["status"] != "ok")
            .collect()
    };
    let musts = results
        .iter()
        .filter(|result| level(result) == "MUST")
        .count();
    let (failed_musts, failed_shoulds, failed_mays) =
        (not_ok("MUST"), not_ok("SHOULD"), not_ok("MAY"));
    eprintln!(
        "graphql-http audit: {} audits, {musts} MUST; not ok: {} MUST, {} SHOULD, {} MAY",
        results.len(),
        failed_musts.len(),
        failed_shoulds.len(),
        failed_mays.len()
    );
    for result in failed_shoulds.iter().chain(&failed_mays) {
        eprintln!("  {result}");
    }
    assert!(
        results.len() >= MIN_AUDITS && musts >= MIN_MUST_AUDITS,
        "the audit ran only {} audits ({musts} MUST):\n{stdout}",
        results.len()
    );
    assert!(
        results.iter().all(|result| result["id"].is_string()
            && ["ok", "notice", "warn", "error"]
                .contains(&result["status"].as_str().unwrap_or(""))),
        "malformed audit results:\n{stdout}"
    );
    assert!(
        failed_musts.is_empty(),
        "{} MUST audits of the GraphQL-over-HTTP specification fail:\n{}",
        failed_musts.len(),
        failed_musts
            .iter()
            .map(|result| result.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Fails with a clear message when a tool the audit needs is not installed.
fn require_tool(tool: &str) {
    let found = Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    let ci = std::env::var("CI").is_ok_and(|value| value == "true");
    assert!(
        found,
        "`{tool}` is not installed, and the GraphQL-over-HTTP audit (a MUST of QUALITY.md) needs \
         Node.js and npm: install them (Debian: apt-get install nodejs npm){}",
        if ci {
            "; under CI=true scripts/test checks this before running the tests"
        } else {
            ""
        }
    );
}

/// Installs the audit's locked packages unless they are there already.
fn install_packages(root: &Path, audit_dir: &Path) {
    if audit_dir
        .join("node_modules")
        .join("graphql-http")
        .join("package.json")
        .exists()
    {
        return;
    }
    require_tool("npm");
    let output = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(audit_dir)
        .current_dir(root)
        .output()
        .expect("npm runs");
    assert!(
        output.status.success(),
        "`npm ci --prefix tests/audit` failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
