//! The shared store suite against a real PostgreSQL server (the cluster `scripts/test`
//! starts): each scenario gets a database of its own.

use async_trait::async_trait;
use std::sync::Arc;

use convene_postgres::testing::{admin_url, fresh_database};
use convene_postgres::{PgConfig, PgStore};
use convene_store::testsuite::Harness;

struct Postgres {
    urls: std::sync::Mutex<Vec<(usize, String)>>,
}

impl Postgres {
    fn new() -> Self {
        Postgres {
            urls: std::sync::Mutex::new(Vec::new()),
        }
    }

    fn url_of(&self, store: &PgStore) -> String {
        let key = std::ptr::from_ref(store) as usize;
        self.urls
            .lock()
            .expect("not poisoned")
            .iter()
            .find(|(at, _)| *at == key)
            .map(|(_, url)| url.clone())
            .expect("a store of this harness")
    }

    fn remember(&self, store: &Arc<PgStore>, url: String) {
        let key = Arc::as_ptr(store) as usize;
        let mut urls = self.urls.lock().expect("not poisoned");
        urls.retain(|(at, _)| *at != key);
        urls.push((key, url));
    }
}

#[async_trait]
impl Harness for Postgres {
    type Store = PgStore;

    async fn fresh(&self) -> Arc<PgStore> {
        let url = fresh_database(&admin_url(), "convene_suite")
            .await
            .expect("creates a database on the test cluster");
        let store = Arc::new(
            PgStore::open(PgConfig::new(url.clone()))
                .await
                .expect("opens"),
        );
        self.remember(&store, url);
        store
    }

    async fn reopen(&self, store: Arc<PgStore>) -> Arc<PgStore> {
        let url = self.url_of(&store);
        drop(Arc::try_unwrap(store).expect("the suite holds the only handle"));
        let store = Arc::new(
            PgStore::open(PgConfig::new(url.clone()))
                .await
                .expect("reopens"),
        );
        self.remember(&store, url);
        store
    }

    async fn flip_byte(&self, store: &PgStore, position: u64) {
        sqlx::query(
            "UPDATE convene_events SET record = set_byte(record, 20, get_byte(record, 20) # 64) \
             WHERE position = $1",
        )
        .bind(i64::try_from(position).expect("small"))
        .execute(store.pool())
        .await
        .expect("tampers");
    }

    async fn delete(&self, store: &PgStore, position: u64) {
        sqlx::query("DELETE FROM convene_events WHERE position = $1")
            .bind(i64::try_from(position).expect("small"))
            .execute(store.pool())
            .await
            .expect("deletes");
    }
}

mod postgres {
    use super::*;
    convene_store::store_suite!(Postgres::new());
}
