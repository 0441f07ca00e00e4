//! Identifiers: UUID version 7, made outside the domain and passed in with commands.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

use crate::values::ValueError;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "Uuid", into = "Uuid")]
        pub struct $name(Uuid);

        impl $name {
            /// Wraps a UUID; only version 7 (time-ordered) is accepted.
            pub fn new(uuid: Uuid) -> Result<Self, ValueError> {
                if uuid.get_version_num() == 7 {
                    Ok(Self(uuid))
                } else {
                    Err(ValueError::MalformedId)
                }
            }

            /// Parses the hyphenated text form.
            pub fn parse(text: &str) -> Result<Self, ValueError> {
                let uuid = Uuid::try_parse(text.trim()).map_err(|_| ValueError::MalformedId)?;
                Self::new(uuid)
            }

            /// The UUID inside.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl TryFrom<Uuid> for $name {
            type Error = ValueError;
            fn try_from(uuid: Uuid) -> Result<Self, ValueError> {
                Self::new(uuid)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }
    };
}

id_type!(
    /// Identifies an event request (a side event).
    EventRequestId
);
id_type!(
    /// Identifies a service line on a request.
    ServiceLineId
);
id_type!(
    /// Identifies a guest on a request's list.
    GuestId
);
id_type!(
    /// Identifies an issued invoice.
    InvoiceId
);
id_type!(
    /// Identifies a credit note on an invoice.
    CreditNoteId
);
id_type!(
    /// Identifies a recorded payment.
    PaymentId
);
