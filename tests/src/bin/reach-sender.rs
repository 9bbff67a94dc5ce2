//! A stand-alone sender process for the crash test: opens a phone's store (locked, as the
//! background sync of a locked app would) and delivers its outbox until nothing is queued.
//! The test kills it with SIGKILL at random moments and starts it again.
//!
//! Usage: `reach-sender <data dir> <profile.json>`

use std::sync::Mutex;
use std::time::Duration;

use reach_core::outbox::OutboxState;
use reach_core::profile::HotlineProfile;
use reach_core::store::Store;
use reach_core::sync::{SyncClient, SyncConfig, SyncError};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(profile)) = (args.next(), args.next()) else {
        eprintln!("usage: reach-sender <data dir> <profile.json>");
        std::process::exit(2);
    };
    let profile =
        HotlineProfile::from_json(&std::fs::read_to_string(profile).expect("profile")).unwrap();
    let store = Mutex::new(Store::open(dir.as_ref()).expect("store"));
    let config = SyncConfig {
        batch_max_items: 4,
        request_timeout: Duration::from_secs(5),
        backoff_base: Duration::from_millis(1),
        backoff_cap: Duration::from_millis(1),
        // The crash test checks every receipt afterwards (the app deletes them).
        keep_delivered_envelopes: true,
        ..SyncConfig::default()
    };
    let client = SyncClient::new(&profile, &dir, config).unwrap();
    loop {
        store.lock().unwrap().retry_now_all().unwrap();
        match client.sync_once(&store).await {
            Ok(_) | Err(SyncError::Busy) => {}
            Err(e) => panic!("sync failed: {e}"),
        }
        let queued = store
            .lock()
            .unwrap()
            .list()
            .unwrap()
            .iter()
            .filter(|s| !matches!(s.state, OutboxState::Delivered))
            .count();
        if queued == 0 {
            println!("all delivered");
            return;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}
