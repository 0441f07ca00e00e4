//! Convene's GraphQL API over HTTP: the schema of PRODUCT.md section 6, its scalars, the
//! translation of rule codes into six languages, and the routes the server mounts.

pub mod messages;
