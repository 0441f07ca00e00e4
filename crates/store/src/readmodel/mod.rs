//! Read models: what queries read instead of replaying streams.
//!
//! Every read model lives in memory. Small, hot reference data (rooms, units, the rate card,
//! missions, tokens) is the [`Venue`], loaded at start from its streams. The models that grow
//! with the log (requests per mission and status, lines per unit and status, invoices per
//! mission, revenue and satisfaction per unit) are maps in [`indexes`], fed the log in order
//! by the [`Projections`] runner right after each group is durable, and snapshotted with
//! their position into one file every so many events: a start loads the snapshot and replays
//! only the log after it; a snapshot that is broken, of another format or of another log is
//! ignored and the models are rebuilt from the log. A request, a room-day schedule or an
//! invoice by id is read from its own stream.

mod facts;
mod indexes;
mod runner;
mod snapshot;
mod venue;

pub use facts::{Fact, fact_of};
pub use indexes::{
    InvoiceIndex, LineIndex, Page, RequestIndex, RevenueModel, SatisfactionModel, UnitComment,
};
pub use runner::{Partial, Projections, ReadModel, SNAPSHOT_EVERY};
pub use snapshot::{FORMAT as SNAPSHOT_FORMAT, Snapshot, SnapshotFile};
pub use venue::{IssuedKey, IssuedKeys, Venue};
