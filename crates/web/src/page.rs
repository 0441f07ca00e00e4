//! What every page's layout needs (language, direction, CSRF token, the navigation of the
//! visitor's role) and the helpers templates call to say things in the visitor's language:
//! `page.t("key")`, money, dates and times. Templates loop and branch; words and formats
//! come from here, rules from the application.

use convene_app::Principal;
use convene_domain::TimeSlot;
use convene_domain::access::Role;
use convene_domain::values::Lang;
use convene_i18n::Args;

use crate::assets;
use crate::session::Ctx;

/// One entry of the navigation.
#[derive(Debug, Clone)]
pub(crate) struct NavItem {
    pub(crate) href: &'static str,
    pub(crate) key: &'static str,
    pub(crate) current: bool,
}

/// A language of the switcher.
#[derive(Debug, Clone)]
pub(crate) struct LangChoice {
    pub(crate) tag: &'static str,
    pub(crate) name: &'static str,
    pub(crate) current: bool,
}

/// The layout's data.
#[derive(Debug, Clone)]
pub(crate) struct Page {
    pub(crate) lang: Lang,
    pub(crate) csrf: String,
    /// This page's path and query (the language switcher comes back to it).
    pub(crate) path: String,
    pub(crate) title_key: &'static str,
    /// Text after the title in the window title (a request's reference), escaped by askama.
    pub(crate) title_extra: String,
    pub(crate) nav: Vec<NavItem>,
    /// Who is signed in, in words ("Mission FRA"); empty when nobody.
    pub(crate) who: String,
}

fn nav_for(principal: Option<&Principal>) -> Vec<(&'static str, &'static str)> {
    let mut items = match principal.map(|p| &p.role) {
        Some(Role::Mission { .. }) => vec![
            ("/requests", "nav-requests"),
            ("/requests/new", "nav-new-request"),
            ("/invoices", "nav-invoices"),
        ],
        Some(Role::FocalPoint) => vec![("/desk", "nav-queue"), ("/desk/day", "nav-day")],
        // The administrator's own pages, and the desk's, which it may use too.
        Some(Role::Admin) => vec![
            ("/admin/rooms", "nav-admin-rooms"),
            ("/admin/units", "nav-admin-units"),
            ("/admin/rate-card", "nav-admin-rate-card"),
            ("/admin/missions", "nav-admin-missions"),
            ("/admin/focal-points", "nav-admin-focal-points"),
            ("/admin/keys", "nav-admin-keys"),
            ("/desk", "nav-queue"),
            ("/desk/day", "nav-day"),
        ],
        Some(Role::Unit { .. }) => vec![
            ("/unit", "nav-unit-queue"),
            ("/unit/run-sheet", "nav-run-sheet"),
            ("/unit/satisfaction", "nav-satisfaction"),
        ],
        Some(Role::Finance) => vec![
            ("/finance", "nav-ready"),
            ("/invoices", "nav-invoices"),
            ("/finance/revenue", "nav-revenue"),
        ],
        None => vec![],
    };
    items.push(("/directory", "nav-directory"));
    items
}

impl Page {
    /// The layout for `ctx` with a title message.
    pub(crate) fn new(ctx: &Ctx, title_key: &'static str) -> Page {
        let path_only = ctx.path.split('?').next().unwrap_or("/");
        let nav = nav_for(ctx.principal.as_ref())
            .into_iter()
            .map(|(href, key)| NavItem {
                href,
                key,
                // An administrator's room or item is under its list's entry.
                current: path_only == href
                    || (href.starts_with("/admin/")
                        && path_only.starts_with(href)
                        && path_only[href.len()..].starts_with('/')),
            })
            .collect();
        let who = match ctx.principal.as_ref().map(|p| &p.role) {
            None => String::new(),
            Some(Role::Mission { mission }) => convene_i18n::t_page(
                ctx.lang,
                "who-mission",
                &Args::new().str("mission", mission.as_str()),
            ),
            Some(Role::Unit { unit }) => {
                let venue = ctx.state.app.venue();
                let name = venue
                    .directory
                    .unit(unit)
                    .map_or_else(|| unit.to_string(), |u| u.name.get(ctx.lang).to_string());
                convene_i18n::t_page(ctx.lang, "who-unit", &Args::new().str("unit", name))
            }
            Some(Role::FocalPoint) => convene_i18n::t(ctx.lang, "who-focal-point"),
            Some(Role::Finance) => convene_i18n::t(ctx.lang, "who-finance"),
            Some(Role::Admin) => convene_i18n::t(ctx.lang, "who-admin"),
        };
        Page {
            lang: ctx.lang,
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            title_key,
            title_extra: String::new(),
            nav,
            who,
        }
    }

    /// The same layout with text after the title (e.g. a reference).
    pub(crate) fn with_extra(mut self, extra: impl Into<String>) -> Page {
        self.title_extra = extra.into();
        self
    }

    /// The `lang` attribute.
    pub(crate) fn tag(&self) -> &'static str {
        self.lang.tag()
    }

    /// The `dir` attribute.
    pub(crate) fn dir(&self) -> &'static str {
        if self.lang.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Whether someone is signed in.
    pub(crate) fn signed_in(&self) -> bool {
        !self.who.is_empty()
    }

    /// The six languages for the switcher.
    pub(crate) fn langs(&self) -> Vec<LangChoice> {
        Lang::ALL
            .into_iter()
            .map(|lang| LangChoice {
                tag: lang.tag(),
                name: convene_i18n::language_name(lang),
                current: lang == self.lang,
            })
            .collect()
    }

    /// An embedded asset's URL (with its content hash).
    pub(crate) fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    /// A message.
    pub(crate) fn t(&self, key: &str) -> String {
        convene_i18n::t(self.lang, key)
    }

    /// A message with one text argument.
    pub(crate) fn t1(&self, key: &str, name: &str, value: &str) -> String {
        convene_i18n::t_page(self.lang, key, &Args::new().str(name, value))
    }

    /// A message with one value that is data (a code, a name, what someone typed), as HTML
    /// for `|safe`: see [`t_data`].
    pub(crate) fn t1_data(&self, key: &str, name: &str, value: &str) -> String {
        t_data(self.lang, key, &[(name, value)])
    }

    /// A message with a count (plural forms).
    pub(crate) fn tn(&self, key: &str, name: &str, count: usize) -> String {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        convene_i18n::t_page(self.lang, key, &Args::new().num(name, count))
    }
}

/// A message whose values are data — a code, a person's name, what someone typed — as HTML
/// for `|safe`: the message's words escaped, and each value escaped inside a
/// `<span translate="no">`, so a translation tool leaves the value as it is (and the browser
/// tests can tell a page's words from its data). In a right-to-left language each value is
/// also isolated, as [`convene_i18n::t_page`] does.
pub(crate) fn t_data(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    // Each value is a private-use character first, so that the words around it are escaped
    // on their own.
    let marker = |index: usize| {
        u32::try_from(index)
            .ok()
            .and_then(|index| char::from_u32(0xE000 + index))
            .unwrap_or('\u{E000}')
    };
    let args = values
        .iter()
        .enumerate()
        .fold(Args::new(), |args, (index, (name, _))| {
            args.str(name, marker(index).to_string())
        });
    let text = convene_i18n::t_page(lang, key, &args);
    let mut html = String::with_capacity(text.len() + values.len() * 32);
    for c in text.chars() {
        match (0..values.len()).find(|index| marker(*index) == c) {
            Some(index) => {
                html.push_str("<span translate=\"no\">");
                html.push_str(&escape_html(values[index].1));
                html.push_str("</span>");
            }
            None => html.push_str(&escape_html(c.encode_utf8(&mut [0; 4]))),
        }
    }
    html
}

/// Text escaped for HTML content and attribute values.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A slot in words: its date, start and end, and the zone.
///
/// In a right-to-left language the whole is one right-to-left isolate (RLI … PDI): its parts
/// are isolated already, which leaves no strong letter outside them, so a first-strong
/// isolate around the slot in another sentence ("the rooms free on …") would otherwise lay
/// it out left to right, the date after the times.
pub(crate) fn slot_text(lang: Lang, slot: &TimeSlot) -> String {
    let text = slot_words(lang, slot);
    if lang.is_rtl() {
        format!("\u{2067}{text}\u{2069}")
    } else {
        text
    }
}

fn slot_words(lang: Lang, slot: &TimeSlot) -> String {
    convene_i18n::t_page(
        lang,
        "slot",
        &Args::new()
            .str(
                "date",
                convene_i18n::date(lang, convene_domain::time::local_date(slot.start())),
            )
            .str("start", convene_i18n::time(lang, slot.start()))
            .str("end", convene_i18n::time(lang, slot.end()))
            .str("zone", convene_i18n::zone(slot.start())),
    )
}

#[cfg(test)]
mod tests {
    use convene_domain::values::Lang;

    use super::t_data;

    #[test]
    fn data_in_a_message_is_escaped_and_marked_not_to_translate() {
        assert_eq!(
            t_data(
                Lang::En,
                "action-remove-guest",
                &[("name", "Jean <b>\"Dupont\"</b> & Co")]
            ),
            "Remove <span translate=\"no\">Jean &lt;b&gt;&quot;Dupont&quot;&lt;/b&gt; &amp; Co</span>"
        );
        let arabic = t_data(
            Lang::Ar,
            "persona-mission",
            &[("name", "فرنسا"), ("code", "FRA")],
        );
        assert_eq!(
            arabic,
            "\u{2068}<span translate=\"no\">فرنسا</span>\u{2069} (\u{2068}<span translate=\"no\">FRA</span>\u{2069})"
        );
    }
}
