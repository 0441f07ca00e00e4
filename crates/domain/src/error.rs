//! The stable rule codes of PRODUCT.md section 4 and the trait every domain error implements.
//!
//! Messages are written outside the domain (in six languages) from a code and its parameters,
//! so every error here names its code and hands over the values a message needs.

use std::fmt;

/// A stable, documented reason for refusing a command. The names are a public contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    OutsideBookingHours,
    LeadTime,
    CapacityExceeded,
    RoomUnavailable,
    InvalidTransition,
    VersionConflict,
    UnknownItem,
    NotFound,
    Validation,
    IdempotencyKeyReused,
    NothingToInvoice,
    AlreadyInvoiced,
    CreditExceedsInvoice,
    Overpayment,
}

impl ErrorCode {
    /// Every code, in the order of PRODUCT.md section 4.
    pub const ALL: [ErrorCode; 14] = [
        ErrorCode::OutsideBookingHours,
        ErrorCode::LeadTime,
        ErrorCode::CapacityExceeded,
        ErrorCode::RoomUnavailable,
        ErrorCode::InvalidTransition,
        ErrorCode::VersionConflict,
        ErrorCode::UnknownItem,
        ErrorCode::NotFound,
        ErrorCode::Validation,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::NothingToInvoice,
        ErrorCode::AlreadyInvoiced,
        ErrorCode::CreditExceedsInvoice,
        ErrorCode::Overpayment,
    ];

    /// The wire name, e.g. `ROOM_UNAVAILABLE`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::OutsideBookingHours => "OUTSIDE_BOOKING_HOURS",
            ErrorCode::LeadTime => "LEAD_TIME",
            ErrorCode::CapacityExceeded => "CAPACITY_EXCEEDED",
            ErrorCode::RoomUnavailable => "ROOM_UNAVAILABLE",
            ErrorCode::InvalidTransition => "INVALID_TRANSITION",
            ErrorCode::VersionConflict => "VERSION_CONFLICT",
            ErrorCode::UnknownItem => "UNKNOWN_ITEM",
            ErrorCode::NotFound => "NOT_FOUND",
            ErrorCode::Validation => "VALIDATION",
            ErrorCode::IdempotencyKeyReused => "IDEMPOTENCY_KEY_REUSED",
            ErrorCode::NothingToInvoice => "NOTHING_TO_INVOICE",
            ErrorCode::AlreadyInvoiced => "ALREADY_INVOICED",
            ErrorCode::CreditExceedsInvoice => "CREDIT_EXCEEDS_INVOICE",
            ErrorCode::Overpayment => "OVERPAYMENT",
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One named value a message may interpolate, e.g. `("capacity", "40")`.
pub type Param = (&'static str, String);

/// What every business error offers its caller: the code, the input field it concerns (if any),
/// and the parameters a translated message needs.
pub trait Rejection: std::error::Error {
    /// The stable code of PRODUCT.md section 4.
    fn code(&self) -> ErrorCode;
    /// The input field the error is about, in the API's camelCase naming, when there is one.
    fn field(&self) -> Option<&'static str> {
        None
    }
    /// Values for the message, in a stable order.
    fn params(&self) -> Vec<Param> {
        Vec::new()
    }
}
