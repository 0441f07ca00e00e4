//! Importing a venue file, and exporting the venue as one.
//!
//! An import compares the file with the venue and plans the administrator's commands that
//! make the venue say what the file says: register what is missing, change what differs,
//! nothing for what is equal, and never a removal. The domain then decides every planned
//! command on a copy of the venue, so a file that breaks a rule (a price change in the past,
//! an item of an unknown unit) is refused whole, before anything is written. Only then are
//! the commands applied, one by one, through [`App::administer`], each an ordinary event.
//!
//! Rooms come last: "the venue has rooms" is what marks the demo venue as seeded, so an
//! import interrupted before them is completed by the next one.

use std::collections::BTreeSet;
use std::fmt;

use jiff::Timestamp;

use convene_domain::Aggregate;
use convene_domain::directory::{Directory, DirectoryCommand};
use convene_domain::error::Rejection;
use convene_domain::focal_points::{FocalPointCommand, FocalPoints};
use convene_domain::rate_card::{RateCard, RateCardCommand};
use convene_domain::time::local_text;
use convene_domain::values::{Email, Lang, LocalizedText};
use convene_domain::venue::{VenueCommand, VenueProfile};
use convene_domain::{
    Currency, ItemCode, MissionCode, MissionCommand, Missions, Money, RoomCatalog, RoomCode,
    RoomCommand, UnitCode,
};
use convene_store::readmodel::Venue;
use convene_store::streams;

use super::parse::in_file_order;
use super::{
    FocalPointEntry, ItemEntry, MissionEntry, Problem, RoomEntry, UnitEntry, VenueFile,
    VenueFileError,
};
use crate::App;
use crate::auth::Principal;
use crate::error::UserError;

/// How many of each kind of thing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// 1 when the venue's name is counted.
    pub venue_name: usize,
    pub rooms: usize,
    pub units: usize,
    pub items: usize,
    pub missions: usize,
    pub focal_points: usize,
}

impl Tally {
    /// Whether nothing is counted.
    pub fn is_empty(&self) -> bool {
        *self == Tally::default()
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if self.venue_name > 0 {
            parts.push("the venue's name".to_string());
        }
        for (count, one, many) in [
            (self.rooms, "room", "rooms"),
            (self.units, "unit", "units"),
            (self.items, "item", "items"),
            (self.missions, "mission", "missions"),
            (self.focal_points, "focal point", "focal points"),
        ] {
            if count > 0 {
                parts.push(format!("{count} {}", if count == 1 { one } else { many }));
            }
        }
        if parts.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&parts.join(", "))
        }
    }
}

/// What the venue has that the file does not list: left as it is (an import never removes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Left {
    pub rooms: Vec<RoomCode>,
    pub units: Vec<UnitCode>,
    pub items: Vec<ItemCode>,
    pub missions: Vec<MissionCode>,
    pub focal_points: Vec<Email>,
}

impl Left {
    /// Whether the file lists everything the venue has.
    pub fn is_empty(&self) -> bool {
        *self == Left::default()
    }
}

impl fmt::Display for Left {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn list<'a>(kind: &str, codes: impl Iterator<Item = &'a str>) -> Option<String> {
            let codes: Vec<&str> = codes.collect();
            (!codes.is_empty()).then(|| format!("{kind} {}", codes.join(", ")))
        }
        let parts: Vec<String> = [
            list("rooms", self.rooms.iter().map(RoomCode::as_str)),
            list("units", self.units.iter().map(UnitCode::as_str)),
            list("items", self.items.iter().map(ItemCode::as_str)),
            list("missions", self.missions.iter().map(MissionCode::as_str)),
            list("focal points", self.focal_points.iter().map(Email::as_str)),
        ]
        .into_iter()
        .flatten()
        .collect();
        if parts.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&parts.join("; "))
        }
    }
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: Tally,
    pub changed: Tally,
    pub unchanged: Tally,
    /// One sentence per change, in the order applied: `item CAT-COFFEE: price 8.50 USD → …`.
    pub changes: Vec<String>,
    pub left: Left,
    /// Whether this was only a check: nothing was written.
    pub dry_run: bool,
}

impl ImportReport {
    /// Whether the import wrote (or would write) nothing.
    pub fn is_no_op(&self) -> bool {
        self.created.is_empty() && self.changed.is_empty()
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (created, changed) = if self.dry_run {
            ("would create", "would change")
        } else {
            ("created", "changed")
        };
        writeln!(f, "{created}: {}", self.created)?;
        writeln!(f, "{changed}: {}", self.changed)?;
        for change in &self.changes {
            writeln!(f, "  {change}")?;
        }
        writeln!(f, "unchanged: {}", self.unchanged)?;
        write!(
            f,
            "in the venue but not in the file, left as they are: {}",
            self.left
        )
    }
}

/// One planned administrator command, with what it is about for the report.
struct Step {
    command: Command,
    /// `[[items]] CAT-COFFEE`.
    table: String,
    line: Option<usize>,
}

enum Command {
    Venue(VenueCommand),
    Directory(DirectoryCommand),
    /// Added with the units the directory knows when it is decided.
    AddItem(Box<ItemEntry>),
    /// A new price version, in force from `effective_at`, or from when it is applied.
    ChangePrice {
        code: ItemCode,
        price: Money,
        effective_at: Option<Timestamp>,
    },
    RateCard(RateCardCommand),
    Missions(MissionCommand),
    FocalPoints(FocalPointCommand),
    Rooms(RoomCommand),
}

impl App {
    /// Makes the venue say what `file` says, as the administrator: creates what is missing,
    /// changes what differs (a new price is a new rate-card version), and leaves alone what
    /// the file does not list. Nothing is written unless every command would succeed; with
    /// `dry_run`, nothing is written at all. Importing the same file again changes nothing.
    pub async fn import_venue(
        &self,
        principal: &Principal,
        file: &VenueFile,
        dry_run: bool,
    ) -> Result<ImportReport, VenueFileError> {
        if !principal.is_admin() {
            return Err(crate::AppError::from(UserError::forbidden("import a venue file")).into());
        }
        // A copy, so no read guard is held across an `.await`.
        let venue = self.venue().clone();
        let mut report = ImportReport {
            dry_run,
            ..ImportReport::default()
        };
        let steps = plan(file, &venue, &mut report)?;
        rehearse(&venue, &steps, self.now())?;
        if !dry_run {
            for step in steps {
                self.apply(principal, step).await?;
            }
        }
        Ok(report)
    }

    /// The venue as a file: what `convene venue export` writes. Each item carries its latest
    /// price version and that version's effective time.
    pub fn export_venue(&self, principal: &Principal) -> crate::AppResult<VenueFile> {
        if !principal.is_admin() {
            return Err(UserError::forbidden("export the venue").into());
        }
        let venue = self.venue();
        Ok(file_of(&venue))
    }

    async fn apply(&self, admin: &Principal, step: Step) -> crate::AppResult<()> {
        match step.command {
            Command::Venue(command) => {
                self.administer::<VenueProfile>(admin, streams::venue(), |_| command.clone())
                    .await
            }
            Command::Directory(command) => {
                self.administer::<Directory>(admin, streams::directory(), |_| command.clone())
                    .await
            }
            Command::AddItem(entry) => {
                let known_units = self.venue().directory.unit_codes();
                self.administer::<RateCard>(admin, streams::rate_card(), |now| {
                    add_item(&entry, now, known_units.clone())
                })
                .await
            }
            Command::ChangePrice {
                code,
                price,
                effective_at,
            } => {
                self.administer::<RateCard>(admin, streams::rate_card(), |now| {
                    RateCardCommand::ChangePrice {
                        code: code.clone(),
                        price,
                        effective_at: effective_at.unwrap_or(now),
                        now,
                    }
                })
                .await
            }
            Command::RateCard(command) => {
                self.administer::<RateCard>(admin, streams::rate_card(), |_| command.clone())
                    .await
            }
            Command::Missions(command) => {
                self.administer::<Missions>(admin, streams::missions(), |_| command.clone())
                    .await
            }
            Command::FocalPoints(command) => {
                self.administer::<FocalPoints>(admin, streams::focal_points(), |_| command.clone())
                    .await
            }
            Command::Rooms(command) => {
                self.administer::<RoomCatalog>(admin, streams::rooms(), |_| command.clone())
                    .await
            }
        }
    }
}

fn add_item(entry: &ItemEntry, now: Timestamp, known_units: BTreeSet<UnitCode>) -> RateCardCommand {
    RateCardCommand::AddItem {
        code: entry.code.clone(),
        unit: entry.unit.clone(),
        name: entry.name.clone(),
        pricing: entry.pricing,
        price: entry.price,
        lead_time_days: entry.lead_time_days,
        effective_at: entry.effective_at.unwrap_or(now),
        known_units,
    }
}

/// The venue read model as a file.
fn file_of(venue: &Venue) -> VenueFile {
    VenueFile {
        name: venue.profile.name.clone(),
        currency: Some(venue.rate_card.currency().unwrap_or(Currency::USD)),
        venue_line: None,
        rooms: venue
            .rooms
            .rooms()
            .map(|room| RoomEntry {
                code: room.code.clone(),
                name: room.name.clone(),
                capacity: room.capacity,
                features: room.features.clone(),
                line: None,
            })
            .collect(),
        units: venue
            .directory
            .units()
            .map(|unit| UnitEntry {
                code: unit.code.clone(),
                name: unit.name.clone(),
                contact: unit.contact.clone(),
                line: None,
            })
            .collect(),
        items: venue
            .rate_card
            .items()
            .map(|item| {
                let latest = item.latest_price();
                ItemEntry {
                    code: item.code.clone(),
                    unit: item.unit.clone(),
                    name: item.name.clone(),
                    pricing: item.pricing,
                    price: latest.price,
                    lead_time_days: item.lead_time_days,
                    effective_at: Some(latest.effective_at),
                    line: None,
                }
            })
            .collect(),
        missions: venue
            .missions
            .missions()
            .map(|mission| MissionEntry {
                code: mission.code.clone(),
                name: mission.name.clone(),
                line: None,
            })
            .collect(),
        focal_points: venue
            .focal_points
            .roster
            .iter()
            .map(|contact| FocalPointEntry {
                contact: contact.clone(),
                line: None,
            })
            .collect(),
    }
}

/// Compares the file with the venue: the commands to apply, counted in `report`. Changes no
/// command can make (an item's unit or pricing basis, the rate card's currency) are problems.
fn plan(
    file: &VenueFile,
    venue: &Venue,
    report: &mut ImportReport,
) -> Result<Vec<Step>, VenueFileError> {
    let mut planner = Planner {
        steps: Vec::new(),
        problems: Vec::new(),
        report,
    };
    planner.venue(file, venue);
    for unit in &file.units {
        planner.unit(unit, venue);
    }
    for item in &file.items {
        planner.item(item, venue);
    }
    for mission in &file.missions {
        planner.mission(mission, venue);
    }
    for focal_point in &file.focal_points {
        planner.focal_point(focal_point, venue);
    }
    for room in &file.rooms {
        planner.room(room, venue);
    }
    planner.report.left = left(file, venue);
    if planner.problems.is_empty() {
        Ok(planner.steps)
    } else {
        Err(VenueFileError::Invalid(in_file_order(planner.problems)))
    }
}

struct Planner<'r> {
    steps: Vec<Step>,
    problems: Vec<Problem>,
    report: &'r mut ImportReport,
}

impl Planner<'_> {
    fn step(&mut self, table: &str, line: Option<usize>, command: Command) {
        self.steps.push(Step {
            command,
            table: table.to_string(),
            line,
        });
    }

    fn problem(&mut self, table: &str, line: Option<usize>, key: &str, message: String) {
        self.problems.push(Problem {
            line,
            column: None,
            table: table.to_string(),
            key: Some(key.to_string()),
            message,
        });
    }

    fn venue(&mut self, file: &VenueFile, venue: &Venue) {
        if let (Some(currency), Some(card)) = (file.currency, venue.rate_card.currency())
            && currency != card
        {
            self.problem(
                "[venue]",
                file.venue_line,
                "currency",
                format!(
                    "the venue's rate card is in {card}, not {currency}: a venue has one currency"
                ),
            );
        }
        let Some(name) = &file.name else { return };
        match &venue.profile.name {
            Some(current) if current == name => self.report.unchanged.venue_name += 1,
            current => {
                if current.is_some() {
                    self.report.changed.venue_name += 1;
                    self.report
                        .changes
                        .push(format!("the venue: {}", renamed(name)));
                } else {
                    self.report.created.venue_name += 1;
                }
                self.step(
                    "[venue]",
                    file.venue_line,
                    Command::Venue(VenueCommand::NameVenue { name: name.clone() }),
                );
            }
        }
    }

    fn unit(&mut self, entry: &UnitEntry, venue: &Venue) {
        let table = format!("[[units]] {}", entry.code);
        let Some(current) = venue.directory.unit(&entry.code) else {
            self.report.created.units += 1;
            self.step(
                &table,
                entry.line,
                Command::Directory(DirectoryCommand::RegisterUnit {
                    code: entry.code.clone(),
                    name: entry.name.clone(),
                    contact: entry.contact.clone(),
                }),
            );
            return;
        };
        let mut changed = false;
        if current.name != entry.name {
            changed = true;
            self.report
                .changes
                .push(format!("unit {}: {}", entry.code, renamed(&entry.name)));
            self.step(
                &table,
                entry.line,
                Command::Directory(DirectoryCommand::RenameUnit {
                    code: entry.code.clone(),
                    name: entry.name.clone(),
                }),
            );
        }
        if current.contact != entry.contact {
            changed = true;
            self.report.changes.push(format!(
                "unit {}: contact {} <{}>, {}",
                entry.code,
                entry.contact.name,
                entry.contact.email.as_str(),
                entry.contact.phone.as_str()
            ));
            self.step(
                &table,
                entry.line,
                Command::Directory(DirectoryCommand::ChangeUnitContact {
                    code: entry.code.clone(),
                    contact: entry.contact.clone(),
                }),
            );
        }
        tally(
            changed,
            &mut self.report.changed.units,
            &mut self.report.unchanged.units,
        );
    }

    fn item(&mut self, entry: &ItemEntry, venue: &Venue) {
        let table = format!("[[items]] {}", entry.code);
        let Some(current) = venue.rate_card.item(&entry.code) else {
            self.report.created.items += 1;
            self.step(
                &table,
                entry.line,
                Command::AddItem(Box::new(entry.clone())),
            );
            return;
        };
        if current.unit != entry.unit {
            self.problem(
                &table,
                entry.line,
                "unit",
                format!(
                    "the item belongs to {} in the venue, and an item's unit cannot change: give \
                     the {} item a new code",
                    current.unit, entry.unit
                ),
            );
        }
        if current.pricing != entry.pricing {
            self.problem(
                &table,
                entry.line,
                "pricing",
                format!(
                    "the item is priced {} in the venue, and a pricing basis cannot change: give \
                     the {} item a new code",
                    current.pricing.as_str(),
                    entry.pricing.as_str()
                ),
            );
        }
        let mut changed = false;
        if current.name != entry.name {
            changed = true;
            self.report
                .changes
                .push(format!("item {}: {}", entry.code, renamed(&entry.name)));
            self.step(
                &table,
                entry.line,
                Command::RateCard(RateCardCommand::RenameItem {
                    code: entry.code.clone(),
                    name: entry.name.clone(),
                }),
            );
        }
        if current.lead_time_days != entry.lead_time_days {
            changed = true;
            self.report.changes.push(format!(
                "item {}: lead time {} → {} days",
                entry.code, current.lead_time_days, entry.lead_time_days
            ));
            self.step(
                &table,
                entry.line,
                Command::RateCard(RateCardCommand::ChangeLeadTime {
                    code: entry.code.clone(),
                    lead_time_days: entry.lead_time_days,
                }),
            );
        }
        // Only a different price makes a version: the effective time of an equal price is
        // the venue's history, not a change.
        let latest = current.latest_price();
        if latest.price != entry.price {
            changed = true;
            let from = entry.effective_at.map_or_else(
                || "now".to_string(),
                |at| format!("from {}", local_text(at)),
            );
            self.report.changes.push(format!(
                "item {}: price {} → {} {from} (rate-card version {})",
                entry.code,
                latest.price,
                entry.price,
                latest.version + 1
            ));
            self.step(
                &table,
                entry.line,
                Command::ChangePrice {
                    code: entry.code.clone(),
                    price: entry.price,
                    effective_at: entry.effective_at,
                },
            );
        }
        tally(
            changed,
            &mut self.report.changed.items,
            &mut self.report.unchanged.items,
        );
    }

    fn mission(&mut self, entry: &MissionEntry, venue: &Venue) {
        let table = format!("[[missions]] {}", entry.code);
        match venue.missions.mission(&entry.code) {
            None => {
                self.report.created.missions += 1;
                self.step(
                    &table,
                    entry.line,
                    Command::Missions(MissionCommand::RegisterMission {
                        code: entry.code.clone(),
                        name: entry.name.clone(),
                    }),
                );
            }
            Some(current) if current.name == entry.name => self.report.unchanged.missions += 1,
            Some(_) => {
                self.report.changed.missions += 1;
                self.report.changes.push(format!(
                    "mission {}: {}",
                    entry.code,
                    renamed(&entry.name)
                ));
                self.step(
                    &table,
                    entry.line,
                    Command::Missions(MissionCommand::RenameMission {
                        code: entry.code.clone(),
                        name: entry.name.clone(),
                    }),
                );
            }
        }
    }

    fn focal_point(&mut self, entry: &FocalPointEntry, venue: &Venue) {
        let email = &entry.contact.email;
        let table = format!("[[focal_points]] {}", email.as_str());
        match venue.focal_points.by_email(email) {
            None => {
                self.report.created.focal_points += 1;
                self.step(
                    &table,
                    entry.line,
                    Command::FocalPoints(FocalPointCommand::RegisterFocalPoint {
                        contact: entry.contact.clone(),
                    }),
                );
            }
            Some(current) if current == &entry.contact => {
                self.report.unchanged.focal_points += 1;
            }
            Some(_) => {
                self.report.changed.focal_points += 1;
                self.report.changes.push(format!(
                    "focal point {}: {}, {}",
                    email.as_str(),
                    entry.contact.name,
                    entry.contact.phone.as_str()
                ));
                self.step(
                    &table,
                    entry.line,
                    Command::FocalPoints(FocalPointCommand::ChangeFocalPointContact {
                        contact: entry.contact.clone(),
                    }),
                );
            }
        }
    }

    fn room(&mut self, entry: &RoomEntry, venue: &Venue) {
        let table = format!("[[rooms]] {}", entry.code);
        let Some(current) = venue.rooms.room(&entry.code) else {
            self.report.created.rooms += 1;
            self.step(
                &table,
                entry.line,
                Command::Rooms(RoomCommand::RegisterRoom {
                    code: entry.code.clone(),
                    name: entry.name.clone(),
                    capacity: entry.capacity,
                    features: entry.features.clone(),
                }),
            );
            return;
        };
        let mut what = Vec::new();
        if current.name != entry.name {
            what.push(renamed(&entry.name));
        }
        if current.capacity != entry.capacity {
            what.push(format!(
                "capacity {} → {}",
                current.capacity.get(),
                entry.capacity.get()
            ));
        }
        if current.features != entry.features {
            let features: Vec<String> = entry.features.iter().map(ToString::to_string).collect();
            what.push(format!("features {}", features.join(", ")));
        }
        if what.is_empty() {
            self.report.unchanged.rooms += 1;
            return;
        }
        self.report.changed.rooms += 1;
        self.report
            .changes
            .push(format!("room {}: {}", entry.code, what.join("; ")));
        self.step(
            &table,
            entry.line,
            Command::Rooms(RoomCommand::ChangeRoom {
                code: entry.code.clone(),
                name: Some(entry.name.clone()),
                capacity: Some(entry.capacity),
                features: Some(entry.features.clone()),
            }),
        );
    }
}

fn tally(changed: bool, changed_count: &mut usize, unchanged_count: &mut usize) {
    if changed {
        *changed_count += 1;
    } else {
        *unchanged_count += 1;
    }
}

fn renamed(name: &LocalizedText) -> String {
    format!("renamed {:?}", name.get(Lang::En))
}

/// What the venue has and the file does not list.
fn left(file: &VenueFile, venue: &Venue) -> Left {
    fn missing<'a, K: Ord + Clone + 'a>(
        have: impl Iterator<Item = &'a K>,
        listed: impl Iterator<Item = &'a K>,
    ) -> Vec<K> {
        let listed: BTreeSet<&K> = listed.collect();
        have.filter(|key| !listed.contains(key)).cloned().collect()
    }
    Left {
        rooms: missing(
            venue.rooms.rooms().map(|room| &room.code),
            file.rooms.iter().map(|room| &room.code),
        ),
        units: missing(
            venue.directory.units().map(|unit| &unit.code),
            file.units.iter().map(|unit| &unit.code),
        ),
        items: missing(
            venue.rate_card.items().map(|item| &item.code),
            file.items.iter().map(|item| &item.code),
        ),
        missions: missing(
            venue.missions.missions().map(|mission| &mission.code),
            file.missions.iter().map(|mission| &mission.code),
        ),
        focal_points: missing(
            venue
                .focal_points
                .roster
                .iter()
                .map(|contact| &contact.email),
            file.focal_points.iter().map(|entry| &entry.contact.email),
        ),
    }
}

/// Has the domain decide every step, in order, on a copy of the venue: the import's rules are
/// the commands' own, and a step it refuses stops the import before anything is written.
fn rehearse(venue: &Venue, steps: &[Step], now: Timestamp) -> Result<(), VenueFileError> {
    let mut copy = Rehearsal {
        profile: venue.profile.clone(),
        directory: venue.directory.clone(),
        rate_card: venue.rate_card.clone(),
        missions: venue.missions.clone(),
        focal_points: venue.focal_points.clone(),
        rooms: venue.rooms.clone(),
    };
    let mut problems = Vec::new();
    for step in steps {
        if let Err((field, message)) = copy.decide(&step.command, now) {
            problems.push(Problem {
                line: step.line,
                column: None,
                table: step.table.clone(),
                key: field.map(file_key),
                message,
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(VenueFileError::Invalid(in_file_order(problems)))
    }
}

struct Rehearsal {
    profile: VenueProfile,
    directory: Directory,
    rate_card: RateCard,
    missions: Missions,
    focal_points: FocalPoints,
    rooms: RoomCatalog,
}

type Refusal = (Option<&'static str>, String);

impl Rehearsal {
    fn decide(&mut self, command: &Command, now: Timestamp) -> Result<(), Refusal> {
        match command {
            Command::Venue(command) => decide_on(&mut self.profile, command.clone()),
            Command::Directory(command) => decide_on(&mut self.directory, command.clone()),
            Command::AddItem(entry) => {
                let known_units = self.directory.unit_codes();
                decide_on(&mut self.rate_card, add_item(entry, now, known_units))
            }
            Command::ChangePrice {
                code,
                price,
                effective_at,
            } => decide_on(
                &mut self.rate_card,
                RateCardCommand::ChangePrice {
                    code: code.clone(),
                    price: *price,
                    effective_at: effective_at.unwrap_or(now),
                    now,
                },
            ),
            Command::RateCard(command) => decide_on(&mut self.rate_card, command.clone()),
            Command::Missions(command) => decide_on(&mut self.missions, command.clone()),
            Command::FocalPoints(command) => decide_on(&mut self.focal_points, command.clone()),
            Command::Rooms(command) => decide_on(&mut self.rooms, command.clone()),
        }
    }
}

fn decide_on<A>(state: &mut A, command: A::Command) -> Result<(), Refusal>
where
    A: Aggregate,
    A::Error: Rejection,
{
    let events = state
        .decide(command)
        .map_err(|error| (error.field(), error.to_string()))?;
    *state = events.iter().fold(std::mem::take(state), A::evolve);
    Ok(())
}

/// The file's key for a field the domain names in the API's words.
fn file_key(field: &str) -> String {
    let key = match field {
        "unitCode" => "unit",
        "leadTimeDays" => "lead_time_days",
        "effectiveAt" => "effective_at",
        "itemCode" | "roomCode" | "missionCode" => "code",
        other => other,
    };
    key.to_string()
}
