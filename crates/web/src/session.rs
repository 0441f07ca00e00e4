//! Sessions: a random id in an HttpOnly cookie names a record kept in memory — the CSRF
//! token of the visitor's forms, the chosen language, and once signed in the access key.
//! The key is checked against the live token list on every request, so revoking it ends
//! its sessions at once. Sessions expire after 8 idle hours and at the latest after 7 days.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use convene_app::Principal;
use convene_domain::values::Lang;

use crate::WebState;
use crate::errors::Failure;

/// A session ends after this long without a request.
pub const SESSION_IDLE: Duration = Duration::from_secs(8 * 3600);
/// A session ends this long after it began, however busy.
pub const SESSION_ABSOLUTE: Duration = Duration::from_secs(7 * 24 * 3600);
/// The most sessions kept; past it the expired ones go, then the oldest.
const MAX_SESSIONS: usize = 100_000;
/// The cookie's name.
const COOKIE_NAME: &str = "convene_session";

/// One visitor's session.
#[derive(Debug, Clone)]
struct Session {
    csrf: String,
    lang: Option<Lang>,
    token: Option<String>,
    created: Instant,
    seen: Instant,
}

impl Session {
    fn new(lang: Option<Lang>, token: Option<String>) -> Session {
        let now = Instant::now();
        Session {
            csrf: random_hex(),
            lang,
            token,
            created: now,
            seen: now,
        }
    }

    fn expired(&self, now: Instant) -> bool {
        now.duration_since(self.seen) > SESSION_IDLE
            || now.duration_since(self.created) > SESSION_ABSOLUTE
    }
}

/// 32 random bytes in hexadecimal.
fn random_hex() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system gives randomness");
    hex::encode(bytes)
}

/// Every live session.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    map: Mutex<HashMap<String, Session>>,
}

impl Sessions {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        self.map
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The live session `id`, touched; `None` when unknown or expired (which removes it).
    fn get(&self, id: &str) -> Option<Session> {
        self.get_at(id, Instant::now())
    }

    fn get_at(&self, id: &str, now: Instant) -> Option<Session> {
        let mut map = self.lock();
        let session = map.get_mut(id)?;
        if session.expired(now) {
            map.remove(id);
            return None;
        }
        session.seen = now;
        Some(session.clone())
    }

    /// Starts a session and returns its id.
    fn create(&self, lang: Option<Lang>, token: Option<String>) -> (String, Session) {
        let id = random_hex();
        let session = Session::new(lang, token);
        let mut map = self.lock();
        if map.len() >= MAX_SESSIONS {
            let now = Instant::now();
            map.retain(|_, session| !session.expired(now));
            if map.len() >= MAX_SESSIONS
                && let Some(oldest) = map
                    .iter()
                    .min_by_key(|(_, session)| session.seen)
                    .map(|(id, _)| id.clone())
            {
                map.remove(&oldest);
            }
        }
        map.insert(id.clone(), session.clone());
        (id, session)
    }

    fn update(&self, id: &str, change: impl FnOnce(&mut Session)) {
        if let Some(session) = self.lock().get_mut(id) {
            change(session);
        }
    }

    fn remove(&self, id: &str) {
        self.lock().remove(id);
    }
}

fn cookie_value(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == COOKIE_NAME).then(|| value.to_string())
        })
}

/// Whether the visitor reached us over TLS (directly or through a proxy that says so).
fn over_tls(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|value| value.to_str().ok())
        .is_some_and(|proto| proto.eq_ignore_ascii_case("https"))
}

/// The `Set-Cookie` value for a session id (an empty id clears the cookie).
fn set_cookie(id: &str, secure: bool) -> HeaderValue {
    let mut cookie = if id.is_empty() {
        format!("{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
    } else {
        format!(
            "{COOKIE_NAME}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
            SESSION_ABSOLUTE.as_secs()
        )
    };
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).expect("a session cookie is plain ASCII")
}

/// Middleware: finds the visitor's session or starts one, makes the [`Ctx`] every handler
/// reads, sends the cookie of a new session, and renders a handler's [`Failure`] as a page.
pub(crate) async fn attach(
    State(state): State<WebState>,
    mut request: Request,
    next: Next,
) -> Response {
    // Assets need no session. A missing one gets the 404 page below, like any missing page
    // (skipping every `/assets/` path left the fallback without a `Ctx`: a bare 500).
    if crate::assets::is_asset(request.uri().path()) {
        return next.run(request).await;
    }
    let secure = over_tls(request.headers());
    let found = cookie_value(request.headers())
        .and_then(|id| state.sessions.get(&id).map(|session| (id, session)));
    let (id, session, fresh) = match found {
        Some((id, session)) => (id, session, false),
        None => {
            let (id, session) = state.sessions.create(None, None);
            (id, session, true)
        }
    };
    let principal = match &session.token {
        Some(token) => {
            let principal = state.app.authenticate(token);
            if principal.is_none() {
                // The key was revoked: the session ends now.
                state.sessions.update(&id, |session| session.token = None);
            }
            principal
        }
        None => None,
    };
    let ctx = Ctx {
        lang: negotiate(session.lang, request.headers()),
        state: state.clone(),
        session: id.clone(),
        csrf: session.csrf,
        principal,
        path: request
            .uri()
            .path_and_query()
            .map_or_else(|| "/".to_string(), |pq| pq.as_str().to_string()),
        htmx: request.headers().contains_key("hx-request"),
        secure,
    };
    request.extensions_mut().insert(ctx.clone());
    let mut response = next.run(request).await;
    if let Some(failure) = response.extensions().get::<Failure>().cloned() {
        response =
            crate::errors::render(&failure, crate::page::Page::new(&ctx, failure.title_key()));
    }
    if fresh && !response.headers().contains_key(SET_COOKIE) {
        response
            .headers_mut()
            .append(SET_COOKIE, set_cookie(&id, secure));
    }
    response
}

/// The language of a request: the session's choice, else `Accept-Language`, else English.
fn negotiate(choice: Option<Lang>, headers: &HeaderMap) -> Lang {
    if let Some(lang) = choice {
        return lang;
    }
    let Some(header) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return Lang::En;
    };
    // Tags in order of quality (ties keep the header's order); the first of the six wins.
    let mut ranked: Vec<(u16, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(index, part)| {
            let mut pieces = part.trim().split(';');
            let lang = Lang::parse(pieces.next()?)?;
            let quality = pieces
                .find_map(|piece| piece.trim().strip_prefix("q="))
                .map_or(1000, |q| parse_quality(q.trim()));
            (quality > 0).then_some((quality, index, lang))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map_or(Lang::En, |(_, _, lang)| *lang)
}

/// A quality value `0.8` in thousandths (an unreadable one counts as 0).
fn parse_quality(text: &str) -> u16 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u16 = whole.parse().unwrap_or(0);
    let digits: String = fraction.chars().take(3).collect();
    let fraction: u16 = format!("{digits:0<3}").parse().unwrap_or(0);
    (whole.min(1) * 1000 + fraction).min(1000)
}

/// Everything a handler knows about the visitor.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub(crate) state: WebState,
    session: String,
    pub(crate) csrf: String,
    pub(crate) lang: Lang,
    pub(crate) principal: Option<Principal>,
    /// The path and query of this page, to come back to after switching language.
    pub(crate) path: String,
    /// Whether htmx sent the request (a fragment is answered then).
    pub(crate) htmx: bool,
    secure: bool,
}

impl FromRequestParts<WebState> for Ctx {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _state: &WebState) -> Result<Self, Failure> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(Failure::Internal)
    }
}

impl Ctx {
    /// The signed-in principal, or the sign-in page.
    pub(crate) fn principal(&self) -> Result<&Principal, Failure> {
        self.principal.as_ref().ok_or_else(|| Failure::SignIn {
            next: self.path.clone(),
        })
    }

    /// Whether `given` is this session's CSRF token (compared in constant time).
    pub(crate) fn csrf_matches(&self, given: &str) -> bool {
        let (a, b) = (self.csrf.as_bytes(), given.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }

    /// Signs in with a live key: a new session id (no fixation), the language kept.
    /// Returns the cookie to send.
    pub(crate) fn sign_in(&self, token: &str) -> HeaderValue {
        let lang = self.chosen_lang();
        self.state.sessions.remove(&self.session);
        let (id, _) = self
            .state
            .sessions
            .create(lang, Some(token.trim().to_string()));
        set_cookie(&id, self.secure)
    }

    /// Ends the session; returns the cookie that clears it.
    pub(crate) fn sign_out(&self) -> HeaderValue {
        self.state.sessions.remove(&self.session);
        set_cookie("", self.secure)
    }

    /// Remembers the chosen language in the session.
    pub(crate) fn choose_lang(&self, lang: Lang) {
        self.state
            .sessions
            .update(&self.session, |session| session.lang = Some(lang));
    }

    fn chosen_lang(&self) -> Option<Lang> {
        self.state.sessions.get(&self.session).and_then(|s| s.lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_str(accept).unwrap());
        headers
    }

    #[test]
    fn the_language_follows_choice_then_header_then_english() {
        let cases = [
            (None, "fr-CH, en;q=0.8", Lang::Fr),
            (None, "de, ar;q=0.5, zh;q=0.9", Lang::Zh),
            (None, "de", Lang::En),
            (None, "ru;q=0, es;q=0.1", Lang::Es),
            (Some(Lang::Ar), "fr", Lang::Ar),
        ];
        for (choice, header, expected) in cases {
            assert_eq!(negotiate(choice, &headers(header)), expected, "{header}");
        }
        assert_eq!(negotiate(None, &HeaderMap::new()), Lang::En);
    }

    #[test]
    fn sessions_expire_and_unknown_ids_find_nothing() {
        let sessions = Sessions::default();
        let (id, session) = sessions.create(Some(Lang::Fr), None);
        assert_eq!(sessions.get(&id).map(|s| s.csrf), Some(session.csrf));
        assert!(sessions.get("nope").is_none());
        let later = Instant::now() + SESSION_IDLE + Duration::from_secs(1);
        assert!(sessions.get_at(&id, later).is_none(), "idle too long");
        // A busy session still ends after 7 days.
        // Counted from the session's own start: an `Instant::now()` taken after it would let
        // the last step land a few microseconds past the 7 days.
        let (id, busy) = sessions.create(None, None);
        let start = busy.created;
        let mut at = start;
        while at.duration_since(start) <= SESSION_ABSOLUTE {
            assert!(sessions.get_at(&id, at).is_some());
            at += SESSION_IDLE / 2;
        }
        assert!(sessions.get_at(&id, at).is_none(), "too old");
    }
}
