//! Writing a venue file: tables in a fixed order, keys in a fixed order, names in the six
//! languages, every string quoted by the TOML library, so the same venue always gives the
//! same text and the text parses back to the same venue.

use std::fmt::Write;

use convene_domain::time::venue_tz;
use convene_domain::values::{Contact, LocalizedText};
use jiff::Timestamp;

use super::parse::FILE_LANGS;
use super::{FORMAT, VenueFile};

const HEADER: &str = "\
# A Convene venue file: the venue's name, rooms, units and their contacts, the rate card,
# missions and focal points. `convene venue import FILE` applies it (creating what is
# missing, changing what differs, deleting nothing); `convene venue export` writes it.
# Every key is described in docs/venue-file.md. Access tokens are not part of it.
";

pub(super) fn write(file: &VenueFile) -> String {
    let mut out = String::from(HEADER);
    line(&mut out, "format", FORMAT);
    if file.name.is_some() || file.currency.is_some() {
        out.push_str("\n[venue]\n");
        if let Some(currency) = file.currency {
            line(&mut out, "currency", quoted(currency.as_str()));
        }
        if let Some(name) = &file.name {
            names(&mut out, name);
        }
    }
    for room in &file.rooms {
        out.push_str("\n[[rooms]]\n");
        line(&mut out, "code", quoted(room.code.as_str()));
        line(&mut out, "capacity", room.capacity.get());
        let features: Vec<toml::Value> = room
            .features
            .iter()
            .map(|feature| toml::Value::String(feature.to_string()))
            .collect();
        line(&mut out, "features", toml::Value::Array(features));
        names(&mut out, &room.name);
    }
    for unit in &file.units {
        out.push_str("\n[[units]]\n");
        line(&mut out, "code", quoted(unit.code.as_str()));
        names(&mut out, &unit.name);
        contact(&mut out, "contact.", &unit.contact);
    }
    for item in &file.items {
        out.push_str("\n[[items]]\n");
        line(&mut out, "code", quoted(item.code.as_str()));
        line(&mut out, "unit", quoted(item.unit.as_str()));
        line(&mut out, "pricing", quoted(item.pricing.as_str()));
        line(&mut out, "price", quoted(&item.price.amount().to_string()));
        line(&mut out, "lead_time_days", item.lead_time_days);
        if let Some(at) = item.effective_at {
            line(&mut out, "effective_at", local_datetime(at));
        }
        names(&mut out, &item.name);
    }
    for mission in &file.missions {
        out.push_str("\n[[missions]]\n");
        line(&mut out, "code", quoted(mission.code.as_str()));
        names(&mut out, &mission.name);
    }
    for focal_point in &file.focal_points {
        out.push_str("\n[[focal_points]]\n");
        contact(&mut out, "", &focal_point.contact);
    }
    out
}

fn line(out: &mut String, key: &str, value: impl std::fmt::Display) {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{key} = {value}");
}

/// A TOML string, quoted and escaped by the TOML library.
fn quoted(text: &str) -> toml::Value {
    toml::Value::String(text.to_string())
}

fn names(out: &mut String, name: &LocalizedText) {
    let texts: std::collections::BTreeMap<_, String> = name.clone().into();
    for lang in FILE_LANGS {
        if let Some(text) = texts.get(&lang) {
            line(out, &format!("name.{}", lang.tag()), quoted(text));
        }
    }
}

fn contact(out: &mut String, prefix: &str, contact: &Contact) {
    line(out, &format!("{prefix}name"), quoted(contact.name.as_str()));
    line(
        out,
        &format!("{prefix}email"),
        quoted(contact.email.as_str()),
    );
    line(
        out,
        &format!("{prefix}phone"),
        quoted(contact.phone.as_str()),
    );
}

/// An instant as a TOML offset date-time on the venue's clocks, e.g.
/// `2026-07-01T00:00:00-04:00` (with the fraction of a second when it has one).
fn local_datetime(at: Timestamp) -> String {
    at.display_with_offset(venue_tz().to_offset(at)).to_string()
}
