//! `xtask demo-phone`: the demo phone, after the demo, asks the demo hotline about its requests
//! as the app does after each sync, and prints what its status screen is given.

use std::path::Path;
use std::sync::Mutex;

use reach_core::profile::HotlineProfile;
use reach_core::store::Store;
use reach_core::sync::{SyncClient, SyncConfig};

use crate::Result;
use crate::demo::DEMO_PIN;

/// `xtask demo-phone`: what the demo phone's status screen is given now. Its core unlocks the
/// store with the demo PIN, asks the demo hotline about every request it delivered (as the app
/// does after each sync), keeps the replies that pass its checks (from the hotline's key, for
/// that request) and returns, per request, the shell's request view as JSON: the state, the
/// replies (templates and parameters, which the UI renders in the person's language) and how
/// many replies failed the checks. For tests of the reply loop and for a look by hand.
pub async fn phone_status(dir: &Path) -> Result<serde_json::Value> {
    let profile_path = dir.join("hotline").join(reach_hotline::PROFILE_FILE);
    let profile =
        HotlineProfile::from_json(&std::fs::read_to_string(&profile_path).map_err(|e| {
            format!(
                "{}: {e} (run `xtask demo --dir {}` first)",
                profile_path.display(),
                dir.display()
            )
        })?)?;
    let phone_dir = dir.join("phone");
    let mut store = Store::open(&phone_dir)?;
    store.unlock(DEMO_PIN)?;
    let store = Mutex::new(store);
    let client = SyncClient::new(&profile, &phone_dir, SyncConfig::default())?;
    let pass = client.refresh_statuses(&store, &[], None).await?;
    if let Some((_, e)) = pass.stopped {
        return Err(e.into());
    }
    let s = store.lock().expect("store mutex");
    let mut views = Vec::new();
    for u in pass.updates {
        let replies: Vec<_> = s.replies(u.id)?.iter().map(|r| r.view()).collect();
        views.push(serde_json::json!({
            "id": u.id.to_string(),
            "state": "received",
            "attempts": 0,
            "problem": null,
            "receipt_verified": true,
            "hotline_state": u.state,
            "hotline_state_unknown": u.state.is_none(),
            "replies": replies,
            "unreadable_replies": u.unreadable_replies,
        }));
    }
    drop(s);
    store.into_inner().expect("store mutex").lock();
    Ok(serde_json::Value::Array(views))
}
