//! `schema/schema.graphql` is generated from the code; this test fails when the two drift.
//! Regenerate with `CONVENE_UPDATE_SCHEMA=1 cargo test -p convene-api --test schema_drift`.

#[test]
fn the_committed_schema_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/schema.graphql");
    let generated = convene_api::sdl();
    if std::env::var_os("CONVENE_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("writes the schema");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "schema/schema.graphql is out of date; regenerate it with CONVENE_UPDATE_SCHEMA=1 cargo test -p convene-api --test schema_drift"
    );
}

#[test]
fn the_schema_holds_every_name_of_the_contract() {
    let sdl = convene_api::sdl();
    for name in [
        "scalar Decimal",
        "scalar DateTime",
        "enum Lang",
        "viewer: Viewer!",
        "rooms: [Room!]!",
        "roomSchedule(",
        "units: [Unit!]!",
        "catalog: [CatalogItem!]!",
        "whoHandles(",
        "eventRequest(",
        "eventRequests(",
        "serviceLines(",
        "invoice(",
        "invoices(",
        "unitSatisfaction(",
        "eventRequestCreate(",
        "eventRequestSubmit(",
        "eventRequestApprove(",
        "eventRequestReject(",
        "eventRequestCancel(",
        "eventRequestMarkHeld(",
        "serviceLineAdd(",
        "serviceLineRemove(",
        "serviceLineConfirm(",
        "serviceLineDecline(",
        "serviceLineDeliver(",
        "guestAdd(",
        "guestRemove(input: GuestRemoveInput!): GuestPayload!",
        // The SDL sorts arguments: this is `availableRooms(start, end, attendance)`.
        "availableRooms(attendance: Int!, end: DateTime!, start: DateTime!): [Room!]!",
        "invoiceIssue(",
        "creditNoteIssue(",
        "paymentRecord(",
        "feedbackSubmit(",
        "eventRequestUpdated(",
        "serviceLineQueue(",
        "userErrors: [UserError!]!",
        "currentVersion: Int",
        "type EventRequestConnection",
        "pageInfo: PageInfo!",
        "FORBIDDEN",
        "ROOM_UNAVAILABLE",
    ] {
        assert!(sdl.contains(name), "the schema lacks {name:?}");
    }
}
