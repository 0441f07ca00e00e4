// Runs the graphql-http package's GraphQL-over-HTTP server audits against a running convene
// server and prints one JSON line per audit: {"id", "name", "status", "reason"}.
//
// Usage: node tests/audit/audit.mjs http://127.0.0.1:PORT
// tests/e2e/audit.rs runs it and fails on any MUST audit that is not ok.

import { serverAudits } from 'graphql-http';

const base = process.argv[2];
if (!base) {
  console.error('usage: node audit.mjs SERVER_URL (e.g. http://127.0.0.1:8080)');
  process.exit(2);
}
const url = base.replace(/\/+$/, '') + '/graphql';

for (const audit of serverAudits({ url })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    // An audit throws only on a fatal problem (the server did not answer at all).
    result = { status: 'error', reason: `the audit threw: ${error && error.message ? error.message : error}` };
  }
  const line = { id: audit.id, name: audit.name, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
    if (result.response) {
      line.httpStatus = result.response.status;
      try {
        line.body = (await result.response.text()).slice(0, 500);
      } catch {
        // The body was already read by the audit.
      }
    }
  }
  console.log(JSON.stringify(line));
}
