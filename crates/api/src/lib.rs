//! Convene's GraphQL API over HTTP: the schema of PRODUCT.md section 6, its scalars, the
//! translation of rule codes into six languages, and the routes the server mounts.
//! This is the only crate that knows GraphQL and HTTP.

pub mod context;
pub mod documents;
mod graphiql;
pub mod http;
pub mod messages;
pub mod metrics;
pub mod mutation;
pub mod query;
pub mod scalars;
pub mod subscription;
pub mod types;

use std::sync::Arc;

use async_graphql::{SDLExportOptions, Schema};
use convene_app::App;

pub use http::{ApiState, router};
pub use metrics::Metrics;

/// The schema type.
pub type ConveneSchema = Schema<query::Query, mutation::Mutation, subscription::Subscription>;

/// The deepest query accepted (GraphiQL's introspection query needs 13).
pub const MAX_DEPTH: usize = 15;
/// The most complex query accepted; a connection costs its page size times its selection.
pub const MAX_COMPLEXITY: usize = 5_000;

/// Builds the schema over an application.
pub fn schema(app: Arc<App>) -> ConveneSchema {
    Schema::build(
        query::Query,
        mutation::Mutation::default(),
        subscription::Subscription,
    )
    .data(app)
    .limit_depth(MAX_DEPTH)
    .limit_complexity(MAX_COMPLEXITY)
    .limit_recursive_depth(32)
    .limit_directives(10)
    .finish()
}

/// The schema in SDL, sorted, as committed in `schema/schema.graphql`.
pub fn sdl() -> String {
    let schema = Schema::build(
        query::Query,
        mutation::Mutation::default(),
        subscription::Subscription,
    )
    .finish();
    schema.sdl_with_options(
        SDLExportOptions::new()
            .sorted_fields()
            .sorted_arguments()
            .sorted_enum_items(),
    )
}

/// The routes over an application.
pub fn api(app: Arc<App>) -> axum::Router {
    let state = ApiState {
        schema: schema(app.clone()),
        app,
        metrics: Arc::new(Metrics::default()),
        documents: Arc::new(documents::Documents::default()),
    };
    router(state)
}
