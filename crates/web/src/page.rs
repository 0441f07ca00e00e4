//! What every page's layout needs (language, direction, CSRF token, the navigation of the
//! visitor's role) and the helpers templates call to say things in the visitor's language:
//! `page.t("key")`, money, dates and times. Templates loop and branch; words and formats
//! come from here, rules from the application.

use convene_app::Principal;
use convene_domain::access::Role;
use convene_domain::values::Lang;
use convene_domain::TimeSlot;
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
        Some(Role::FocalPoint) | Some(Role::Admin) => {
            vec![("/desk", "nav-queue"), ("/desk/day", "nav-day")]
        }
        Some(_) => vec![("/", "nav-home")],
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
                current: path_only == href,
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

    /// A message with two text arguments.
    pub(crate) fn t2(&self, key: &str, a: &str, a_value: &str, b: &str, b_value: &str) -> String {
        convene_i18n::t_page(
            self.lang,
            key,
            &Args::new().str(a, a_value).str(b, b_value),
        )
    }

    /// A message with a count (plural forms).
    pub(crate) fn tn(&self, key: &str, name: &str, count: usize) -> String {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        convene_i18n::t_page(self.lang, key, &Args::new().num(name, count))
    }
}

/// A slot in words: its date, start and end, and the zone.
pub(crate) fn slot_text(lang: Lang, slot: &TimeSlot) -> String {
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
