//! Following the log: catch up from a position, then follow live, with no gap and no
//! duplicate at the seam, seeing only durable events.
//!
//! The subscription reads by position up to the durable head and then waits for the head to
//! move. Because positions are contiguous and the head only covers durable events, "catching
//! up" and "live" are the same loop: there is no seam to get wrong.

use std::collections::VecDeque;
use std::sync::Arc;
use tokio::sync::watch;

use crate::{EventStore, RecordedEvent, StoreError};

/// How many events a subscription reads at a time.
const PAGE: usize = 1_024;

/// A cursor over the log from a position on.
pub struct Subscription {
    store: Arc<dyn EventStore>,
    head: watch::Receiver<u64>,
    next: u64,
    buffer: VecDeque<RecordedEvent>,
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscription")
            .field("next", &self.next)
            .finish()
    }
}

impl Subscription {
    /// Starts after `after` (0 for the beginning of the log).
    pub fn new(store: Arc<dyn EventStore>, after: u64) -> Self {
        let head = store.watch_head();
        Subscription {
            store,
            head,
            next: after + 1,
            buffer: VecDeque::new(),
        }
    }

    /// The next event, waiting for it if the log has none yet. `None` once the store is gone.
    pub async fn next(&mut self) -> Option<Result<RecordedEvent, StoreError>> {
        loop {
            if let Some(event) = self.buffer.pop_front() {
                return Some(Ok(event));
            }
            let head = *self.head.borrow_and_update();
            if self.next <= head {
                match self
                    .store
                    .read_all(
                        self.next,
                        PAGE.min(usize::try_from(head - self.next + 1).unwrap_or(PAGE)),
                    )
                    .await
                {
                    Ok(page) => {
                        let Some(last) = page.last() else {
                            // The head covers this position, so an empty page is a hole.
                            return Some(Err(StoreError::Corrupt {
                                position: self.next,
                                reason: "event missing below the durable head".to_string(),
                            }));
                        };
                        self.next = last.position + 1;
                        self.buffer.extend(page);
                        continue;
                    }
                    Err(error) => return Some(Err(error)),
                }
            }
            if self.head.changed().await.is_err() {
                return None;
            }
        }
    }

    /// The position the next event will have.
    pub fn position(&self) -> u64 {
        self.next
    }
}
