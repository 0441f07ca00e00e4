//! The real-browser harness: Debian's Chromium, headless, driven through the chromedriver at
//! `CONVENE_TEST_WEBDRIVER` (which `bash scripts/test` installs under `CI=true`, starts on
//! loopback and stops) with fantoccini. Each [`Browser`] is one WebDriver session with a fresh
//! profile; dropping it ends the session, so chromedriver keeps no Chromium behind.
//!
//! The tests are plain `#[test]` functions: every call here is synchronous, run on a small
//! tokio runtime of the browser's own. Lookups wait for what they look for up to [`PATIENCE`]
//! (each look a WebDriver request, a short poll interval apart) and then fail the test with
//! the page's address and text; nothing waits on a timer alone. A browser whose test panics
//! saves a screenshot of where it was as `target/screenshots/failed-<test>.png`.
//!
//! Without a WebDriver (or with the packages `scripts/test` found missing) a browser test
//! fails and says what to install or start: it never skips.

#![allow(
    dead_code,
    reason = "the harness serves every web_* test module; not each uses every helper"
)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use convene_e2e::workspace_root;
use fantoccini::cookies::Cookie;
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// A desktop window.
pub(crate) const DESKTOP: (u32, u32) = (1280, 900);
/// A phone (390 × 844 CSS pixels), emulated as a mobile device.
pub(crate) const PHONE: (u32, u32) = (390, 844);
/// A small phone, 360 pixels wide, emulated as a mobile device.
pub(crate) const SMALL_PHONE: (u32, u32) = (360, 780);

/// Chromium's narrowest window: a narrower browser is an emulated phone.
const MIN_WINDOW_WIDTH: u32 = 500;

/// How long a lookup or condition may take before the test fails.
pub(crate) const PATIENCE: Duration = Duration::from_secs(10);
/// The pause between two looks of a bounded wait (never a wait of its own).
const POLL_INTERVAL: Duration = Duration::from_millis(25);
/// How long a page load, a script or ending the session may take.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);

/// The Chromium that chromedriver starts (Debian's `chromium` package).
const CHROMIUM: &str = "/usr/bin/chromium";
/// The flags of every browser (issue 9, "Tests and measurements").
const CHROME_FLAGS: [&str; 6] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
];
/// What the browser tests need from Debian.
const PACKAGES: &str = "chromium chromium-driver fonts-noto-core fonts-noto-cjk";

/// One headless Chromium (one WebDriver session).
#[derive(Debug)]
pub(crate) struct Browser {
    runtime: tokio::runtime::Runtime,
    /// `None` once the session has ended.
    client: Option<Client>,
    session_id: String,
    width: u32,
    height: u32,
    /// The profile (`--user-data-dir`), removed after the session ends.
    profile: Option<tempfile::TempDir>,
}

impl Browser {
    /// A browser with a `width` × `height` window, preferring English. Under 500 pixels wide
    /// (Chromium's narrowest window) it is an emulated phone of that size.
    pub(crate) fn open(width: u32, height: u32) -> Browser {
        Browser::open_with_lang(width, height, "en")
    }

    /// A browser with a `width` × `height` window whose user prefers `lang` (a BCP 47 tag such
    /// as `ar` or `zh-CN`): Chromium's UI language and its `Accept-Language`.
    pub(crate) fn open_with_lang(width: u32, height: u32, lang: &str) -> Browser {
        Browser::launch(width, height, lang, true)
    }

    /// A browser like [`Browser::open`] whose pages run no script of their own (Chromium's
    /// JavaScript content setting off), as a visitor with JavaScript disabled has it; the
    /// harness's own scripts ([`Browser::execute`]) still run through WebDriver.
    pub(crate) fn open_without_javascript(width: u32, height: u32) -> Browser {
        Browser::launch(width, height, "en", false)
    }

    fn launch(width: u32, height: u32, lang: &str, javascript: bool) -> Browser {
        let webdriver = webdriver_url();
        let profile = tempfile::Builder::new()
            .prefix("convene-chromium-")
            .tempdir()
            .expect("a temporary profile directory");
        let mut args: Vec<String> = CHROME_FLAGS.iter().map(|flag| flag.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        args.push(format!("--lang={lang}"));
        args.push(format!("--user-data-dir={}", profile.path().display()));
        let capabilities = json!({
            "browserName": "chrome",
            "pageLoadStrategy": "normal",
            "timeouts": {
                "pageLoad": millis(COMMAND_TIMEOUT),
                "script": millis(COMMAND_TIMEOUT),
                "implicit": 0,
            },
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": args,
                "prefs": { "intl.accept_languages": lang },
            },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let mut capabilities = capabilities;
        if !javascript {
            let prefs = &mut capabilities["goog:chromeOptions"]["prefs"];
            prefs["profile.managed_default_content_settings.javascript"] = json!(2);
        }
        if width < MIN_WINDOW_WIDTH {
            // Chromium's windows are never narrower than 500 pixels: a phone is emulated (its
            // width, touch, and `<meta name=viewport>` honoured) instead.
            capabilities["goog:chromeOptions"]["mobileEmulation"] = json!({
                "deviceMetrics": {
                    "width": width,
                    "height": height,
                    "pixelRatio": 1.0,
                    "mobile": true,
                    "touch": true,
                },
            });
        }
        let Value::Object(capabilities) = capabilities else {
            unreachable!("the capabilities are an object")
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = runtime
            .block_on(async {
                tokio::time::timeout(
                    COMMAND_TIMEOUT,
                    ClientBuilder::new(connector)
                        .capabilities(capabilities)
                        .connect(&webdriver),
                )
                .await
            })
            .unwrap_or_else(|_| {
                panic!(
                    "chromedriver at {webdriver} did not start Chromium within {COMMAND_TIMEOUT:?}"
                )
            })
            .unwrap_or_else(|error| {
                panic!(
                    "cannot start Chromium through the chromedriver at {webdriver}: {error}. \
                     Is chromedriver running there (`bash scripts/test` starts one), and are \
                     {PACKAGES} installed?"
                )
            });
        let session_id = runtime
            .block_on(client.session_id())
            .expect("the session id")
            .expect("a W3C session has an id");
        let browser = Browser {
            runtime,
            client: Some(client),
            session_id,
            width,
            height,
            profile: Some(profile),
        };
        if width >= MIN_WINDOW_WIDTH {
            browser.fit_viewport();
        }
        browser
    }

    /// Grows the window by what Chromium's frame takes, so that the page itself (the
    /// viewport, and so the screenshots) is `width` × `height`.
    fn fit_viewport(&self) {
        let inner = self.execute("return [window.innerWidth, window.innerHeight];");
        let side = |index: usize| {
            inner[index]
                .as_u64()
                .and_then(|pixels| u32::try_from(pixels).ok())
                .unwrap_or_else(|| panic!("the viewport's size: {inner}"))
        };
        let (inner_width, inner_height) = (side(0), side(1));
        if (inner_width, inner_height) == (self.width, self.height) {
            return;
        }
        let window = self.run("reading the window size", self.client().get_window_size());
        let frame = |outer: u64, inner: u32| {
            u32::try_from(outer)
                .unwrap_or(u32::MAX)
                .saturating_sub(inner)
        };
        self.run(
            "resizing the window",
            self.client().set_window_size(
                self.width + frame(window.0, inner_width),
                self.height + frame(window.1, inner_height),
            ),
        );
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    /// Runs one WebDriver command; an error fails the test, saying what was being done.
    fn run<T, E: std::fmt::Display>(
        &self,
        what: impl std::fmt::Display,
        command: impl Future<Output = Result<T, E>>,
    ) -> T {
        self.runtime
            .block_on(command)
            .unwrap_or_else(|error| panic!("{what}: {error}"))
    }

    /// The window size this browser was opened with.
    pub(crate) fn size(&self) -> (u32, u32) {
        (self.width, self.height)
    }

    /// Loads `url` (absolute) and waits for it to load.
    pub(crate) fn goto(&self, url: &str) {
        self.run(format!("loading {url}"), self.client().goto(url));
    }

    /// The address of the page (after any redirect).
    pub(crate) fn current_url(&self) -> String {
        self.run("reading the address", self.client().current_url())
            .to_string()
    }

    /// The path (and query) of the page's address: `/requests?tab=open`.
    pub(crate) fn path(&self) -> String {
        let url = self.run("reading the address", self.client().current_url());
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        }
    }

    /// The page's title.
    pub(crate) fn title(&self) -> String {
        self.run("reading the title", self.client().title())
    }

    /// The page's HTML as the browser has it now.
    pub(crate) fn source(&self) -> String {
        self.run("reading the page source", self.client().source())
    }

    /// The first element matching `css`, waiting for it up to [`PATIENCE`].
    pub(crate) fn find(&self, css: &str) -> Element {
        self.wait_for(css)
    }

    /// Every element matching `css` now (no waiting).
    pub(crate) fn find_all(&self, css: &str) -> Vec<Element> {
        self.run(
            format!("looking for {css:?}"),
            self.client().find_all(Locator::Css(css)),
        )
    }

    /// How many elements match `css` now (no waiting).
    pub(crate) fn count(&self, css: &str) -> usize {
        self.find_all(css).len()
    }

    /// Whether an element matches `css` now (no waiting).
    pub(crate) fn exists(&self, css: &str) -> bool {
        self.count(css) > 0
    }

    /// Waits up to [`PATIENCE`] for an element matching `css`; fails the test, showing the
    /// page, when none comes.
    pub(crate) fn wait_for(&self, css: &str) -> Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(element) = self.find_all(css).into_iter().next() {
                return element;
            }
            if Instant::now() >= deadline {
                panic!(
                    "no element matches {css:?} within {PATIENCE:?}\n{}",
                    self.describe()
                );
            }
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    /// Waits up to [`PATIENCE`] until `done` holds of the browser (each look a few WebDriver
    /// requests); fails the test with `what` and the page when it does not.
    pub(crate) fn wait_until(&self, what: &str, mut done: impl FnMut(&Browser) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !done(self) {
            if Instant::now() >= deadline {
                panic!("{what}: not so within {PATIENCE:?}\n{}", self.describe());
            }
            std::thread::sleep(POLL_INTERVAL);
        }
    }

    /// Waits until the page's path (with its query) is `path`.
    pub(crate) fn wait_for_path(&self, path: &str) {
        self.wait_until(&format!("the browser is at {path}"), |browser| {
            browser.path() == path
        });
    }

    /// Clicks the element matching `css` (waiting for it); a click that loads a page returns
    /// once it has loaded.
    pub(crate) fn click(&self, css: &str) {
        let element = self.find(css);
        self.run(format!("clicking {css:?}"), element.click());
    }

    /// Replaces the text of the field matching `css` with `text`, typed as keys.
    pub(crate) fn fill(&self, css: &str, text: &str) {
        let element = self.find(css);
        self.run(format!("clearing {css:?}"), element.clear());
        self.run(format!("typing into {css:?}"), element.send_keys(text));
    }

    /// Chooses the option of value `value` in the `<select>` matching `css`.
    pub(crate) fn select(&self, css: &str, value: &str) {
        let element = self.find(css);
        self.run(
            format!("choosing {value:?} in {css:?}"),
            element.select_by_value(value),
        );
    }

    /// Submits the form matching `css` by clicking its first submit button, as a person would.
    pub(crate) fn submit(&self, form_css: &str) {
        self.find(form_css);
        let form = self.run(
            format!("finding the form {form_css:?}"),
            self.client().form(Locator::Css(form_css)),
        );
        self.run(format!("submitting {form_css:?}"), form.submit());
    }

    /// The visible text of the element matching `css` (waiting for it).
    pub(crate) fn text(&self, css: &str) -> String {
        self.read(
            css,
            format!("reading the text of {css:?}"),
            |element| async move { element.text().await },
        )
    }

    /// An attribute of the element matching `css` (waiting for it).
    pub(crate) fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.read(
            css,
            format!("reading {name} of {css:?}"),
            |element| async move { element.attr(name).await },
        )
    }

    /// A property of the element matching `css` (waiting for it): `value`, `checked`.
    pub(crate) fn prop(&self, css: &str, name: &str) -> Option<String> {
        self.read(
            css,
            format!("reading .{name} of {css:?}"),
            |element| async move { element.prop(name).await },
        )
    }

    /// Reads something of the element matching `css` (waiting for it). When the page is
    /// replaced between finding the element and reading it (a click that navigates, an htmx
    /// swap), the element is gone from the document: it is looked up again in the new page,
    /// up to [`PATIENCE`]; any other error fails the test.
    fn read<T, F, Fut>(&self, css: &str, what: String, read: F) -> T
    where
        F: Fn(Element) -> Fut,
        Fut: Future<Output = Result<T, fantoccini::error::CmdError>>,
    {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let element = self.find(css);
            match self.runtime.block_on(read(element)) {
                Ok(value) => return value,
                // `find` itself waits for the new page's element: no pause here.
                Err(error) if is_gone(&error) && Instant::now() < deadline => {}
                Err(error) => panic!("{what}: {error}"),
            }
        }
    }

    /// Whether the element matching `css` is displayed (waiting for it to exist).
    pub(crate) fn is_displayed(&self, css: &str) -> bool {
        self.read(
            css,
            format!("reading whether {css:?} is displayed"),
            |element| async move { element.is_displayed().await },
        )
    }

    /// Runs `js` as the body of a function in the page; returns what it returns.
    pub(crate) fn execute(&self, js: &str) -> Value {
        self.execute_with(js, Vec::new())
    }

    /// Runs `js` with `arguments` (JSON values, or elements as [`Browser::element_arg`] makes).
    pub(crate) fn execute_with(&self, js: &str, arguments: Vec<Value>) -> Value {
        self.run(
            format!("running the script {js:?}"),
            self.client().execute(js, arguments),
        )
    }

    /// Runs `js` asynchronously: it ends by calling `arguments[arguments.length - 1]` with its
    /// result.
    pub(crate) fn execute_async(&self, js: &str) -> Value {
        self.run(
            format!("running the async script {js:?}"),
            self.client().execute_async(js, Vec::new()),
        )
    }

    /// An element as a script argument.
    pub(crate) fn element_arg(&self, element: &Element) -> Value {
        serde_json::to_value(element).expect("an element is JSON")
    }

    /// Saves a PNG of the window as `target/screenshots/<name>.png`; returns its path.
    pub(crate) fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.run(
            format!("taking the screenshot {name}"),
            self.client().screenshot(),
        );
        let dir = screenshots_dir();
        std::fs::create_dir_all(&dir)
            .unwrap_or_else(|error| panic!("cannot create {}: {error}", dir.display()));
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)
            .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
        path
    }

    /// The computed `direction` of `<html>`: `ltr` or `rtl`.
    pub(crate) fn dir(&self) -> String {
        self.execute("return getComputedStyle(document.documentElement).direction;")
            .as_str()
            .expect("a direction")
            .to_string()
    }

    /// Whether the page is wider than the window (it scrolls sideways).
    pub(crate) fn scrolls_sideways(&self) -> bool {
        self.execute(
            "const root = document.documentElement; return root.scrollWidth > root.clientWidth;",
        )
        .as_bool()
        .expect("a boolean")
    }

    /// Runs axe-core (the pinned copy in `tests/browser/node_modules`, injected through
    /// WebDriver) on the page; returns its violations.
    pub(crate) fn axe(&self) -> Vec<Value> {
        let loaded = self.execute("return typeof window.axe === 'object';");
        if loaded != Value::Bool(true) {
            self.execute(axe_source());
        }
        let result = self.execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(results => done({ violations: results.violations }),
                     error => done({ error: String(error) }));",
        );
        if let Some(error) = result.get("error") {
            panic!("axe-core failed on {}: {error}", self.current_url());
        }
        result["violations"]
            .as_array()
            .unwrap_or_else(|| panic!("axe-core returned no violations list: {result}"))
            .clone()
    }

    /// Fails the test when axe-core finds a serious or critical violation on the page, naming
    /// each with its help text and first elements; lesser ones are printed.
    pub(crate) fn assert_no_serious_axe(&self, page_name: &str) {
        let violations = self.axe();
        let (serious, lesser): (Vec<&Value>, Vec<&Value>) =
            violations.iter().partition(|violation| {
                matches!(violation["impact"].as_str(), Some("serious" | "critical"))
            });
        for violation in &lesser {
            eprintln!(
                "axe on {page_name}: {} ({}): {}",
                violation["id"].as_str().unwrap_or("?"),
                violation["impact"].as_str().unwrap_or("?"),
                violation["help"].as_str().unwrap_or("")
            );
        }
        assert!(
            serious.is_empty(),
            "axe-core finds {} serious or critical violation(s) on {page_name} ({}):\n{}",
            serious.len(),
            self.current_url(),
            serious
                .iter()
                .map(|violation| describe_violation(violation))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// The cookies the browser has for the page's site.
    pub(crate) fn cookies(&self) -> Vec<Cookie<'static>> {
        self.run("reading the cookies", self.client().get_all_cookies())
    }

    /// A cookie's value, if the browser has it.
    pub(crate) fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .into_iter()
            .find(|cookie| cookie.name() == name)
            .map(|cookie| cookie.value().to_string())
    }

    /// Sets a cookie of the page's site (path `/`, HttpOnly, as the server sets its own),
    /// replacing one of the same name.
    pub(crate) fn set_cookie(&self, name: &str, value: &str) {
        let url = self.run("reading the address", self.client().current_url());
        let host = url.host_str().unwrap_or_default();
        // Parsed so that it says SameSite (fantoccini sends `None` for a cookie without it,
        // which Chromium refuses without `Secure`).
        let cookie = Cookie::parse(format!(
            "{name}={value}; Domain={host}; Path=/; HttpOnly; SameSite=Lax"
        ))
        .unwrap_or_else(|error| panic!("the cookie {name}: {error}"));
        self.run(
            format!("setting the cookie {name}"),
            self.client().add_cookie(cookie),
        );
    }

    /// Forgets every cookie of the page's site.
    pub(crate) fn delete_all_cookies(&self) {
        self.run("deleting the cookies", self.client().delete_all_cookies());
    }

    /// The browser console's errors since the last call (`SEVERE` entries of chromedriver's
    /// browser log: script errors, failed loads, Content-Security-Policy refusals).
    pub(crate) fn console_errors(&self) -> Vec<String> {
        let entries = self.run(
            "reading the browser's log",
            self.client().issue_cmd(BrowserLog),
        );
        entries
            .as_array()
            .unwrap_or_else(|| panic!("chromedriver's browser log is not a list: {entries}"))
            .iter()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Where the browser is and what it shows, for a failure message.
    fn describe(&self) -> String {
        let url = self
            .runtime
            .block_on(self.client().current_url())
            .map(|url| url.to_string())
            .unwrap_or_else(|error| format!("(no address: {error})"));
        let text = self
            .runtime
            .block_on(self.client().execute(
                "return document.body ? document.body.innerText : '';",
                Vec::new(),
            ))
            .map(|text| text.as_str().unwrap_or_default().to_string())
            .unwrap_or_else(|error| format!("(no text: {error})"));
        let text: String = text.chars().take(2000).collect();
        format!("page {url} shows:\n{text}")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let Some(client) = self.client.take() else {
            return;
        };
        if std::thread::panicking() {
            let name = std::thread::current()
                .name()
                .unwrap_or("browser")
                .replace("::", "-");
            if let Ok(Ok(png)) = self.runtime.block_on(async {
                tokio::time::timeout(COMMAND_TIMEOUT, client.screenshot()).await
            }) {
                let dir = screenshots_dir();
                let path = dir.join(format!("failed-{name}.png"));
                if std::fs::create_dir_all(&dir).is_ok() && std::fs::write(&path, png).is_ok() {
                    eprintln!("the browser's last page: {}", path.display());
                }
            }
        }
        // Ending the session makes chromedriver stop this Chromium.
        let closed = self
            .runtime
            .block_on(async { tokio::time::timeout(COMMAND_TIMEOUT, client.close()).await });
        if !matches!(closed, Ok(Ok(()))) {
            eprintln!(
                "the WebDriver session {} did not end cleanly",
                self.session_id
            );
        }
        drop(self.profile.take());
    }
}

/// chromedriver's `POST /session/{id}/se/log` for the `browser` log, which fantoccini has no
/// method for.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// `CONVENE_TEST_WEBDRIVER`, or a failure saying how to get one.
fn webdriver_url() -> String {
    let missing = std::env::var("CONVENE_TEST_BROWSER_MISSING").unwrap_or_default();
    if !missing.trim().is_empty() {
        panic!(
            "the browser tests need Debian's {missing}, which scripts/test found missing: \
             install them (apt-get install --no-install-recommends {missing}); under CI=true \
             scripts/test installs them itself"
        );
    }
    assert!(
        std::path::Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: the browser tests need Debian's {PACKAGES} \
         (apt-get install --no-install-recommends {PACKAGES})"
    );
    std::env::var("CONVENE_TEST_WEBDRIVER")
        .ok()
        .filter(|url| !url.trim().is_empty())
        .unwrap_or_else(|| {
            panic!(
                "CONVENE_TEST_WEBDRIVER is not set: run the tests with `bash scripts/test`, which \
                 starts chromedriver, or start `chromedriver --port=PORT` yourself (Debian: \
                 {PACKAGES}) and set CONVENE_TEST_WEBDRIVER=http://127.0.0.1:PORT"
            )
        })
}

/// The text of axe-core's `axe.min.js`, read once.
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = workspace_root()
            .join("tests")
            .join("browser")
            .join("node_modules")
            .join("axe-core")
            .join("axe.min.js");
        std::fs::read_to_string(&path).unwrap_or_else(|error| {
            panic!(
                "cannot read {} ({error}): install the pinned axe-core with \
                 `npm ci --prefix tests/browser` (bash scripts/test does)",
                path.display()
            )
        })
    })
}

/// `target/screenshots` (or under `CARGO_TARGET_DIR`).
pub(crate) fn screenshots_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
        .join("screenshots")
}

/// One axe violation: id, impact, help, where to read more, and its first elements.
fn describe_violation(violation: &Value) -> String {
    let targets: Vec<String> = violation["nodes"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
        .iter()
        .take(3)
        .map(|node| {
            let target = node["target"].to_string();
            let summary = node["failureSummary"]
                .as_str()
                .unwrap_or_default()
                .replace('\n', " ");
            format!("    {target}: {summary}")
        })
        .collect();
    format!(
        "  {} ({}): {} <{}>\n{}",
        violation["id"].as_str().unwrap_or("?"),
        violation["impact"].as_str().unwrap_or("?"),
        violation["help"].as_str().unwrap_or(""),
        violation["helpUrl"].as_str().unwrap_or(""),
        targets.join("\n")
    )
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Whether a WebDriver error says the element left the document (its page was replaced).
fn is_gone(error: &fantoccini::error::CmdError) -> bool {
    // Chromium says it either way, the second as an "unknown error" from its inspector.
    error.is_stale_element_reference()
        || error
            .to_string()
            .contains("does not belong to the document")
}
