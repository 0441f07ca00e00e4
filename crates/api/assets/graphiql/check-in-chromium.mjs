// A check by hand after updating the vendored files (not served, not embedded): drives
// headless Chromium over the DevTools protocol against a running `convene serve --demo`,
// loads GraphiQL at /graphql, runs a query and a subscription through its UI with the FRA
// mission's token, opens the settings and short-keys dialogs and the documentation explorer,
// and fails on any request to another origin, console error, exception or CSP violation.
//
//   node --experimental-websocket check-in-chromium.mjs http://127.0.0.1:PORT DATA_DIR OUT_DIR
//
// (Node 22 has WebSocket without the flag.) Screenshots land in OUT_DIR.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, dataDir, outDir] = process.argv.slice(2);
const fra = JSON.parse(readFileSync(join(dataDir, "demo-tokens.json"), "utf8")).missions.FRA;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const problems = [];

const profile = mkdtempSync(join(tmpdir(), "graphiql-check-"));
const chrome = spawn("chromium", ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
  "--disable-gpu", "--no-first-run", "--disable-background-networking",
  "--remote-debugging-port=0", `--user-data-dir=${profile}`, "--window-size=1280,900",
  "about:blank"], { stdio: "ignore", detached: true });
const stop = () => { try { process.kill(-chrome.pid); } catch { /* gone */ } };
let port;
for (let i = 0; i < 100 && !port; i++) {
  await sleep(100);
  const file = join(profile, "DevToolsActivePort");
  if (existsSync(file)) port = readFileSync(file, "utf8").split("\n")[0];
}
const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const socket = new WebSocket(targets.find((t) => t.type === "page").webSocketDebuggerUrl);
await new Promise((resolve) => socket.addEventListener("open", resolve));
let next = 0;
const pending = new Map();
const events = [];
socket.addEventListener("message", (message) => {
  const data = JSON.parse(message.data);
  if (data.id && pending.has(data.id)) { pending.get(data.id)(data); pending.delete(data.id); }
  else events.push(data);
});
const send = (method, params = {}) => new Promise((resolve) => {
  const id = ++next; pending.set(id, resolve); socket.send(JSON.stringify({ id, method, params }));
});
const evaluate = async (expression) => {
  const reply = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
  return reply.result?.result?.value;
};
const shot = async (name) => {
  const reply = await send("Page.captureScreenshot", { format: "png" });
  writeFileSync(join(outDir, name), Buffer.from(reply.result.data, "base64"));
};
const graphql = async (query, variables) => (await fetch(`${base}/graphql`, {
  method: "POST",
  headers: { "content-type": "application/json", authorization: `Bearer ${fra}` },
  body: JSON.stringify({ query, variables }),
})).json();
const editors = "[...document.querySelectorAll('.CodeMirror')].map((element) => element.CodeMirror)";
const response = "document.querySelector('.graphiql-response .CodeMirror')?.CodeMirror.getValue() ?? ''";
const run = async () => {
  await sleep(800);
  await evaluate("document.querySelector('.graphiql-execute-button').click()");
  await sleep(1500);
};

for (const domain of ["Page", "Runtime", "Log", "Network"]) await send(`${domain}.enable`);
await send("Page.addScriptToEvaluateOnNewDocument", { source: "document.addEventListener(" +
  "'securitypolicyviolation', (e) => console.error('CSP violation:', e.violatedDirective, e.blockedURI))" });
await send("Page.navigate", { url: `${base}/graphql` });
await sleep(4000);
if (!(await evaluate("!!document.querySelector('.graphiql-container .graphiql-execute-button')"))) {
  problems.push("GraphiQL did not render");
}
await shot("graphiql-loaded.png");

await evaluate(`${editors}.find((e) => e.getValue().includes('Authorization'))` +
  `.setValue(${JSON.stringify(JSON.stringify({ Authorization: `Bearer ${fra}` }))})`);
await run();
if (!(await evaluate(response)).includes('"missionCode": "FRA"')) problems.push("the query failed");

const created = await graphql("mutation($input: EventRequestCreateInput!) { eventRequestCreate(input: $input) { eventRequest { id } } }",
  { input: { title: "GraphiQL check", start: "2099-05-12T09:00:00-04:00", end: "2099-05-12T10:00:00-04:00", expectedAttendance: 10 } });
const id = created.data.eventRequestCreate.eventRequest.id;
await evaluate(`${editors}.find((e) => e.getValue().includes('query Me'))` +
  `.setValue(${JSON.stringify(`subscription Follow {\n  eventRequestUpdated(id: "${id}") { id status }\n}\n`)})`);
await run();
await graphql("mutation($input: EventRequestRefInput!) { eventRequestSubmit(input: $input) { eventRequest { status } } }",
  { input: { eventRequestId: id } });
await sleep(2000);
if (!(await evaluate(response)).includes('"SUBMITTED"')) problems.push("the subscription delivered nothing");
await shot("graphiql-subscription.png");

for (const label of ["Open settings dialog", "Open short keys dialog"]) {
  await evaluate(`document.querySelector('[aria-label="${label}"]').click()`);
  await sleep(800);
  await shot(`graphiql-${label.split(" ")[1]}.png`);
  await evaluate("document.querySelector('[role=dialog] button').click()");
  await sleep(500);
}
await evaluate("document.querySelector('[aria-label=\"Show Documentation Explorer\"]').click()");
await sleep(1000);
await shot("graphiql-docs.png");

const origin = new URL(base).host;
for (const event of events) {
  const { method, params } = event;
  if (method === "Network.requestWillBeSent") {
    const url = new URL(params.request.url);
    if (url.protocol !== "data:" && url.host !== origin) problems.push(`request to ${url}`);
  }
  if (method === "Network.webSocketCreated" && new URL(params.url).host !== origin) problems.push(`socket to ${params.url}`);
  if (method === "Runtime.exceptionThrown") problems.push(`exception: ${params.exceptionDetails.exception?.description ?? params.exceptionDetails.text}`);
  if (method === "Runtime.consoleAPICalled" && ["error", "warning", "assert"].includes(params.type)) {
    problems.push(`console ${params.type}: ${params.args.map((a) => a.value ?? a.description).join(" ")}`);
  }
  if (method === "Log.entryAdded" && ["error", "warning"].includes(params.entry.level)) {
    problems.push(`${params.entry.source} ${params.entry.level}: ${params.entry.text}`);
  }
}
socket.close();
stop();
for (const problem of problems) console.log(problem);
console.log(problems.length === 0 ? "GraphiQL works under its policy" : `${problems.length} problem(s)`);
process.exit(problems.length === 0 ? 0 : 1);
