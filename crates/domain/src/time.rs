//! Time: instants are UTC [`Timestamp`]s; the rules read them in the venue's zone,
//! `America/New_York`, daylight saving included (tz database bundled, so no file is read).
//!
//! Notice periods counted in days ("10 days", "7 days", an item's lead time) are calendar days
//! in the venue's zone: 7 days before 10:00 is 10:00 a week earlier, even across a
//! daylight-saving change (then 167 or 169 hours). Periods counted in hours ("48 h") are
//! elapsed time.

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Span, Timestamp, Zoned};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

use crate::values::ValueError;

/// The venue's time zone name.
pub const VENUE_TIME_ZONE: &str = "America/New_York";

/// The venue's time zone, from jiff's bundled tz database.
pub fn venue_tz() -> &'static TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| {
        TimeZone::get(VENUE_TIME_ZONE).expect("the bundled tz database holds America/New_York")
    })
}

/// An instant read on the venue's clocks.
pub fn local(at: Timestamp) -> Zoned {
    at.to_zoned(venue_tz().clone())
}

/// An instant as the venue's clocks show it, for messages: `2026-05-12 10:00 EDT`.
pub fn local_text(at: Timestamp) -> String {
    local(at).strftime("%Y-%m-%d %H:%M %Z").to_string()
}

/// The venue's calendar date of an instant.
pub fn local_date(at: Timestamp) -> Date {
    local(at).date()
}

/// A half-open interval of time `[start, end)`, start strictly before end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "RawSlot", into = "RawSlot")]
pub struct TimeSlot {
    start: Timestamp,
    end: Timestamp,
}

#[derive(Serialize, Deserialize)]
struct RawSlot {
    start: Timestamp,
    end: Timestamp,
}

impl TryFrom<RawSlot> for TimeSlot {
    type Error = ValueError;
    fn try_from(raw: RawSlot) -> Result<Self, ValueError> {
        TimeSlot::new(raw.start, raw.end)
    }
}

impl From<TimeSlot> for RawSlot {
    fn from(slot: TimeSlot) -> RawSlot {
        RawSlot {
            start: slot.start,
            end: slot.end,
        }
    }
}

/// How long before its start and after its end a room stays occupied (set-up, clean-up).
pub const ROOM_BUFFER: SignedDuration = SignedDuration::from_mins(30);

impl TimeSlot {
    /// A slot; `end` must be after `start`.
    pub fn new(start: Timestamp, end: Timestamp) -> Result<Self, ValueError> {
        if start < end {
            Ok(Self { start, end })
        } else {
            Err(ValueError::EmptySlot)
        }
    }

    /// The first instant in the slot.
    pub fn start(&self) -> Timestamp {
        self.start
    }

    /// The first instant after the slot.
    pub fn end(&self) -> Timestamp {
        self.end
    }

    /// Elapsed time from start to end.
    pub fn duration(&self) -> SignedDuration {
        self.end.duration_since(self.start)
    }

    /// Whether the two half-open slots share an instant (touching ends do not).
    pub fn overlaps(&self, other: &TimeSlot) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The room occupancy of an event in this slot: 30 minutes before to 30 minutes after.
    pub fn occupancy(&self) -> TimeSlot {
        TimeSlot {
            start: self.start - ROOM_BUFFER,
            end: self.end + ROOM_BUFFER,
        }
    }

    /// The venue's calendar dates this slot touches (usually one).
    pub fn local_dates(&self) -> Vec<Date> {
        let first = local_date(self.start);
        // The end is exclusive: an interval ending at midnight does not touch the next day.
        let last = local_date(self.end - SignedDuration::from_nanos(1));
        let mut dates = vec![first];
        let mut date = first;
        while date < last {
            date = date
                .tomorrow()
                .expect("dates of bounded slots stay inside jiff's range");
            dates.push(date);
        }
        dates
    }
}

/// Booking hours: the venue opens at 08:00 and closes at 21:00, Monday to Friday.
pub const OPENING: Time = Time::constant(8, 0, 0, 0);
/// See [`OPENING`].
pub const CLOSING: Time = Time::constant(21, 0, 0, 0);
/// The shortest side event.
pub const MIN_DURATION: SignedDuration = SignedDuration::from_mins(30);
/// The longest side event.
pub const MAX_DURATION: SignedDuration = SignedDuration::from_hours(4);

/// Why a slot falls outside booking hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum HoursProblem {
    /// Start and end are on different local days.
    SpansDays,
    /// Saturday or Sunday.
    Weekend,
    /// Starts before 08:00 local time.
    BeforeOpening,
    /// Ends after 21:00 local time.
    AfterClosing,
    /// Shorter than 30 minutes.
    TooShort,
    /// Longer than 4 hours.
    TooLong,
}

impl HoursProblem {
    /// A stable name for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            HoursProblem::SpansDays => "SPANS_DAYS",
            HoursProblem::Weekend => "WEEKEND",
            HoursProblem::BeforeOpening => "BEFORE_OPENING",
            HoursProblem::AfterClosing => "AFTER_CLOSING",
            HoursProblem::TooShort => "TOO_SHORT",
            HoursProblem::TooLong => "TOO_LONG",
        }
    }
}

/// Checks the `OUTSIDE_BOOKING_HOURS` rule: same local day, Monday to Friday,
/// within 08:00–21:00 local time, 30 minutes to 4 hours long.
pub fn check_booking_hours(slot: &TimeSlot) -> Result<(), HoursProblem> {
    let start = local(slot.start);
    let end = local(slot.end);
    if start.date() != end.date() {
        return Err(HoursProblem::SpansDays);
    }
    if matches!(start.weekday(), Weekday::Saturday | Weekday::Sunday) {
        return Err(HoursProblem::Weekend);
    }
    if start.time() < OPENING {
        return Err(HoursProblem::BeforeOpening);
    }
    if end.time() > CLOSING {
        return Err(HoursProblem::AfterClosing);
    }
    let duration = slot.duration();
    if duration < MIN_DURATION {
        return Err(HoursProblem::TooShort);
    }
    if duration > MAX_DURATION {
        return Err(HoursProblem::TooLong);
    }
    Ok(())
}

/// The latest instant that is still `days` calendar days (venue zone) before `start`.
pub fn days_before(start: Timestamp, days: u32) -> Timestamp {
    local(start)
        .checked_sub(Span::new().days(i64::from(days)))
        .expect("bounded day counts stay inside jiff's range")
        .timestamp()
}

/// Whether `now` is at least `days` calendar days (venue zone) before `start`.
pub fn is_days_before(now: Timestamp, start: Timestamp, days: u32) -> bool {
    now <= days_before(start, days)
}

/// Whether `now` is at least `hours` elapsed hours before `start`.
pub fn is_hours_before(now: Timestamp, start: Timestamp, hours: i64) -> bool {
    start.duration_since(now) >= SignedDuration::from_hours(hours)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{at, slot};

    fn hours(start: &str, end: &str) -> Result<(), HoursProblem> {
        check_booking_hours(&slot(start, end))
    }

    #[test]
    fn opening_and_closing_times_are_inclusive() {
        assert_eq!(
            hours("2026-05-12T08:00:00-04:00", "2026-05-12T09:00:00-04:00"),
            Ok(())
        );
        assert_eq!(
            hours("2026-05-12T20:00:00-04:00", "2026-05-12T21:00:00-04:00"),
            Ok(())
        );
        assert_eq!(
            hours("2026-05-12T07:59:00-04:00", "2026-05-12T09:00:00-04:00"),
            Err(HoursProblem::BeforeOpening)
        );
        assert_eq!(
            hours("2026-05-12T20:00:00-04:00", "2026-05-12T21:00:01-04:00"),
            Err(HoursProblem::AfterClosing)
        );
    }

    #[test]
    fn durations_from_thirty_minutes_to_four_hours() {
        assert_eq!(
            hours("2026-05-12T10:00:00-04:00", "2026-05-12T10:30:00-04:00"),
            Ok(())
        );
        assert_eq!(
            hours("2026-05-12T10:00:00-04:00", "2026-05-12T14:00:00-04:00"),
            Ok(())
        );
        assert_eq!(
            hours("2026-05-12T10:00:00-04:00", "2026-05-12T10:29:59-04:00"),
            Err(HoursProblem::TooShort)
        );
        assert_eq!(
            hours("2026-05-12T10:00:00-04:00", "2026-05-12T14:00:01-04:00"),
            Err(HoursProblem::TooLong)
        );
    }

    #[test]
    fn weekends_and_overnight_slots_are_outside_booking_hours() {
        assert_eq!(
            hours("2026-05-16T10:00:00-04:00", "2026-05-16T11:00:00-04:00"),
            Err(HoursProblem::Weekend)
        );
        assert_eq!(
            hours("2026-05-17T10:00:00-04:00", "2026-05-17T11:00:00-04:00"),
            Err(HoursProblem::Weekend)
        );
        assert_eq!(
            hours("2026-05-12T20:30:00-04:00", "2026-05-13T08:30:00-04:00"),
            Err(HoursProblem::SpansDays)
        );
    }

    #[test]
    fn booking_hours_are_read_on_new_york_clocks_around_the_spring_change() {
        // Clocks go forward on Sunday 8 March 2026: 12:00 UTC is 07:00 EST the Monday before
        // and 08:00 EDT the Monday after.
        assert_eq!(
            hours("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z"),
            Err(HoursProblem::BeforeOpening)
        );
        assert_eq!(
            hours("2026-03-09T12:00:00Z", "2026-03-09T13:00:00Z"),
            Ok(())
        );
        // The change day itself is a Sunday.
        assert_eq!(
            hours("2026-03-08T14:00:00Z", "2026-03-08T15:00:00Z"),
            Err(HoursProblem::Weekend)
        );
        // 01:00 UTC on Tuesday 10 March is 21:00 EDT on Monday: closing time exactly.
        assert_eq!(
            hours("2026-03-09T23:00:00Z", "2026-03-10T01:00:00Z"),
            Ok(())
        );
    }

    #[test]
    fn booking_hours_are_read_on_new_york_clocks_around_the_autumn_change() {
        // Clocks go back on Sunday 1 November 2026: 12:30 UTC is 08:30 EDT the Friday before
        // and 07:30 EST the Monday after.
        assert_eq!(
            hours("2026-10-30T12:30:00Z", "2026-10-30T13:30:00Z"),
            Ok(())
        );
        assert_eq!(
            hours("2026-11-02T12:30:00Z", "2026-11-02T13:30:00Z"),
            Err(HoursProblem::BeforeOpening)
        );
        assert_eq!(
            hours("2026-11-02T13:00:00Z", "2026-11-02T17:00:00Z"),
            Ok(())
        );
        // 02:00 UTC on Tuesday 3 November is 21:00 EST on Monday.
        assert_eq!(
            hours("2026-11-02T22:00:00Z", "2026-11-03T02:00:00Z"),
            Ok(())
        );
    }

    #[test]
    fn slots_are_half_open() {
        let morning = slot("2026-05-12T10:00:00-04:00", "2026-05-12T11:00:00-04:00");
        let next = slot("2026-05-12T11:00:00-04:00", "2026-05-12T12:00:00-04:00");
        let inside = slot("2026-05-12T10:59:00-04:00", "2026-05-12T12:00:00-04:00");
        assert!(!morning.overlaps(&next));
        assert!(!next.overlaps(&morning));
        assert!(morning.overlaps(&inside));
        assert!(morning.overlaps(&morning));
    }

    #[test]
    fn occupancy_adds_thirty_minutes_each_side_and_stays_in_one_day() {
        let event = slot("2026-05-12T08:00:00-04:00", "2026-05-12T21:00:00-04:00");
        let occupancy = event.occupancy();
        assert_eq!(occupancy.start(), at("2026-05-12T07:30:00-04:00"));
        assert_eq!(occupancy.end(), at("2026-05-12T21:30:00-04:00"));
        assert_eq!(occupancy.local_dates().len(), 1);
        let overnight = slot("2026-05-12T23:00:00-04:00", "2026-05-13T00:00:00-04:00");
        assert_eq!(
            overnight.local_dates().len(),
            1,
            "an end at midnight does not touch the next day"
        );
        assert_eq!(overnight.occupancy().local_dates().len(), 2);
    }

    #[test]
    fn an_empty_slot_is_not_a_slot() {
        assert!(TimeSlot::new(at("2026-05-12T10:00:00Z"), at("2026-05-12T10:00:00Z")).is_err());
        assert!(TimeSlot::new(at("2026-05-12T10:00:00Z"), at("2026-05-12T09:00:00Z")).is_err());
    }

    #[test]
    fn calendar_days_and_elapsed_hours_differ_across_daylight_saving() {
        let monday_after_change = at("2026-03-09T14:00:00Z");
        assert_eq!(
            days_before(monday_after_change, 7),
            at("2026-03-02T15:00:00Z")
        );
        assert!(is_hours_before(
            at("2026-03-07T14:00:00Z"),
            monday_after_change,
            48
        ));
        assert!(!is_hours_before(
            at("2026-03-07T14:00:01Z"),
            monday_after_change,
            48
        ));
    }
}
