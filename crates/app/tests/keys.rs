//! The administrator's list of access keys: every key issued with its role, label and
//! issue time, revoked ones marked, never a secret; revoking by the listed hash takes effect
//! at once, and only the administrator may list or revoke.

use std::sync::Arc;

use convene_app::{App, AppError, ManualClock, Principal, UserCode, hash_token};
use convene_domain::access::Role;
use convene_domain::missions::{MissionCommand, Missions};
use convene_domain::values::{Lang, LocalizedText, Name};
use convene_domain::{ErrorCode, MissionCode};
use convene_store::{MemoryStore, streams};
use jiff::Timestamp;

fn at(text: &str) -> Timestamp {
    text.parse().expect("valid instant")
}

fn admin() -> Principal {
    Principal::new(Role::Admin)
}

fn code_of(error: AppError) -> UserCode {
    match error {
        AppError::User(error) => error.code,
        other => panic!("expected a user error, got {other}"),
    }
}

#[tokio::test]
async fn keys_are_listed_newest_first_and_revoked_by_their_hash_at_once() {
    let store = Arc::new(MemoryStore::new());
    let clock = Arc::new(ManualClock::new(at("2026-04-01T13:00:00Z")));
    let app = App::open(store, None, clock.clone()).await.expect("opens");
    let fra = MissionCode::parse("FRA").expect("valid");
    app.administer::<Missions>(&admin(), streams::missions(), |_| {
        MissionCommand::RegisterMission {
            code: fra.clone(),
            name: LocalizedText::new([(Lang::En, "France")]).expect("valid"),
        }
    })
    .await
    .expect("mission");
    let desk = app
        .create_token(
            &admin(),
            Role::Mission {
                mission: fra.clone(),
            },
            Name::parse("FRA desk").expect("valid"),
        )
        .await
        .expect("issued");
    clock.set(at("2026-04-01T13:05:00Z"));
    let books = app
        .create_token(
            &admin(),
            Role::Finance,
            Name::parse("Books").expect("valid"),
        )
        .await
        .expect("issued");

    let keys = app.access_keys(&admin()).expect("listed");
    let labels: Vec<&str> = keys.iter().map(|key| key.label.as_str()).collect();
    assert_eq!(labels, ["Books", "FRA desk"], "newest first");
    assert_eq!(keys[1].hash, hash_token(&desk));
    assert_eq!(keys[1].issued_at, at("2026-04-01T13:00:00Z"));
    assert!(keys.iter().all(|key| key.revoked_at.is_none()));

    app.revoke_token_by_hash(&admin(), &hash_token(&desk))
        .await
        .expect("revoked");
    assert!(app.authenticate(&desk).is_none(), "the key still signs in");
    assert!(
        app.authenticate(&books).is_some(),
        "the other key was revoked"
    );
    let keys = app.access_keys(&admin()).expect("listed");
    assert_eq!(keys.len(), 2, "a revoked key stays on the list");
    assert_eq!(keys[1].revoked_at, Some(at("2026-04-01T13:05:00Z")));
    assert_eq!(
        code_of(
            app.revoke_token_by_hash(&admin(), &hash_token(&desk))
                .await
                .expect_err("revoked already")
        ),
        UserCode::Rule(ErrorCode::NotFound)
    );

    let finance = Principal::new(Role::Finance);
    assert_eq!(
        code_of(app.access_keys(&finance).expect_err("not theirs")),
        UserCode::Forbidden
    );
    assert_eq!(
        code_of(
            app.revoke_token_by_hash(&finance, &hash_token(&books))
                .await
                .expect_err("not theirs")
        ),
        UserCode::Forbidden
    );
    assert!(app.authenticate(&books).is_some());
}
