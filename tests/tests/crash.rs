//! A sender process killed with SIGKILL at random points, again and again, then restarted:
//! every request is still delivered exactly once.

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use reach_core::outbox::OutboxState;
use reach_core::store::Store;
use reach_e2e::harness::{Hotline, Phone};
use reach_e2e::proxy::{Fault, FaultPlan, FaultProxy};

const REQUESTS: usize = 1000;
const KILLS: usize = 60;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sender_killed_sixty_times_still_delivers_each_request_once() {
    let seed = reach_core::rng::u64();
    println!("seed: {seed}");
    let mut hotline = Hotline::new();
    hotline.start().await;
    // Every answer is held back 25 ms after the hotline has committed: kills land often in the
    // window where the hotline has a request that the phone does not know is delivered.
    let proxy = FaultProxy::start(
        &hotline.url(),
        FaultPlan {
            fault_rate: 1.0,
            faults: vec![Fault::DelayResponse],
            delay: Duration::from_millis(25),
            seed,
        },
    )
    .await;
    let profile = hotline.profile_via(&proxy.url());
    let phone = Phone::new();
    let ids = phone.submit_marked(&profile, REQUESTS, "crash");
    let profile_path = phone.dir.path().join("profile.json");
    std::fs::write(&profile_path, profile.to_json()).unwrap();
    let data_dir = phone.dir.path().to_path_buf();

    let sender = env!("CARGO_BIN_EXE_reach-sender");
    let spawn = || {
        Command::new(sender)
            .arg(&data_dir)
            .arg(&profile_path)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap()
    };
    let mut kills_while_running = 0;
    let mut rng = seed;
    for _ in 0..KILLS {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let wait = Duration::from_millis(20 + (rng >> 33) % 180);
        let mut child = spawn();
        tokio::time::sleep(wait).await;
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            kills_while_running += 1;
        }
        let status = child.wait().unwrap();
        assert!(
            status.code().is_none() || status.success(),
            "sender failed: {status:?}"
        );
    }
    let before_final = hotline.stored_count();
    println!(
        "killed {kills_while_running} times mid-run; hotline had {before_final} before the last run"
    );
    assert!(
        kills_while_running >= 50,
        "only {kills_while_running} kills landed while sending"
    );
    assert!(
        before_final < REQUESTS,
        "the kills never interrupted unfinished work"
    );

    // Restart and let it finish.
    let started = Instant::now();
    let status = spawn().wait().unwrap();
    assert!(status.success(), "final run failed: {status:?}");
    println!("final run took {:?}", started.elapsed());

    // Phone: everything delivered with a receipt (reopen the store from disk).
    let store = Store::open(&data_dir).unwrap();
    let list = store.list().unwrap();
    assert_eq!(list.len(), REQUESTS);
    assert!(
        list.iter()
            .all(|s| s.state == OutboxState::Delivered && s.receipt.is_some())
    );

    // Hotline: exactly these ids, each content once.
    assert_eq!(hotline.stored_count(), REQUESTS);
    let opened = hotline.open_all();
    let stored: std::collections::HashSet<_> = opened.iter().map(|(id, _)| *id).collect();
    assert_eq!(stored, ids.iter().copied().collect());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (_, r) in opened {
        *seen.entry(r.message.unwrap().expose().clone()).or_default() += 1;
    }
    assert_eq!(seen.len(), REQUESTS);
    assert!(seen.values().all(|n| *n == 1));
    hotline.stop().await;
}
