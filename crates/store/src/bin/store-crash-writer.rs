//! The child process of the store's crash test: appends concurrently to a sled store and
//! prints one line per acknowledged append (`ack POSITION STREAM VERSION`) until it is killed.

use std::io::Write;
use std::sync::Arc;

use convene_store::EventStore;
use convene_store::append::{AppendRequest, StreamAppend};
use convene_store::envelope::{ExpectedVersion, StreamId};
use convene_store::segment_store::{SegmentStore, StoreConfig};
use convene_store::testsuite::{event, metadata};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(tag)) = (args.next(), args.next()) else {
        eprintln!("usage: store-crash-writer DATA_DIR TAG");
        std::process::exit(2);
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build();
    let runtime = match runtime {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cannot start a runtime: {error}");
            std::process::exit(1);
        }
    };
    runtime.block_on(async move {
        let store = match SegmentStore::open(StoreConfig::new(path)) {
            Ok(store) => Arc::new(store),
            Err(error) => {
                eprintln!("cannot open the store: {error}");
                std::process::exit(1);
            }
        };
        let stdout = Arc::new(std::sync::Mutex::new(std::io::stdout()));
        let mut tasks = Vec::new();
        for writer in 0..16 {
            let store = store.clone();
            let stdout = stdout.clone();
            let tag = tag.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0u64.. {
                    let own = StreamId::new(format!("{tag}-w{writer}")).expect("valid");
                    let shared = StreamId::new(format!("{tag}-shared{}", i % 3)).expect("valid");
                    let mut streams = vec![StreamAppend {
                        stream: own,
                        expected: ExpectedVersion::Exact(i),
                        events: vec![event("Own", 400)],
                    }];
                    if i % 4 == 0 {
                        streams.push(StreamAppend {
                            stream: shared,
                            expected: ExpectedVersion::Any,
                            events: vec![event("Shared", 400)],
                        });
                    }
                    let request = AppendRequest {
                        streams,
                        metadata: metadata("crash-writer"),
                        fingerprint: None,
                    };
                    match store.append(request).await {
                        Ok(outcome) => {
                            let mut out = stdout.lock().expect("not poisoned");
                            // One event per stream: positions follow the order of the streams.
                            for (position, (stream, version)) in
                                (outcome.first_position..).zip(&outcome.versions)
                            {
                                let _ = writeln!(out, "ack {position} {stream} {version}");
                            }
                            let _ = out.flush();
                        }
                        Err(error) => {
                            eprintln!("append failed: {error}");
                            std::process::exit(1);
                        }
                    }
                }
            }));
        }
        for task in tasks {
            let _ = task.await;
        }
    });
}
