//! A real hotline and real phones for end-to-end tests: keys made by `reach-hotline`'s own
//! `init_dir`, the real axum server on a loopback port, real SQLite files in temporary
//! directories, the real sync engine. The app's tests (`src-tauri/tests/it`) use the same
//! [`Hotline`], and [`RefusingHotline`] to stand in for one that refuses everything.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reach_core::profile::HotlineProfile;
use reach_core::referral::Referral;
use reach_core::store::{KdfParams, Store};
use reach_core::sync::{SyncClient, SyncConfig};
use reach_hotline::{OpenOptions, Protection, RunningServer, load_config, open_all};
use tempfile::TempDir;

/// A hotline with its key directory and database, which can be stopped and started again on
/// the same port (so phones' profiles stay valid across an outage).
pub struct Hotline {
    /// Holds the serving directory (`serve/`: profile.json, receipt key, database) and the keys
    /// directory (`keys/`: the HPKE key file), kept apart as `init` requires.
    pub dir: TempDir,
    /// The database file.
    pub db: PathBuf,
    /// Where it listens (fixed at creation).
    pub addr: SocketAddr,
    /// The status route's own limit when started; off unless a test sets it (two apps on one
    /// address, checking a dozen requests and references, reach its per-client burst of 60).
    pub status_limit: Option<reach_hotline::StatusLimit>,
    server: Option<RunningServer>,
}

impl Hotline {
    /// Creates keys and reserves a port; the server is not started yet (the hotline is "down").
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = probe.local_addr().unwrap();
        drop(probe);
        reach_hotline::init_dir(
            &dir.path().join("serve"),
            &dir.path().join("keys"),
            "Test Hotline",
            &format!("http://{addr}"),
            Protection::InsecureNoPassphrase,
        )
        .unwrap();
        let db = dir.path().join("serve").join("hotline.db");
        Self {
            dir,
            db,
            addr,
            status_limit: None,
            server: None,
        }
    }

    /// The serving directory (what `serve` reads).
    pub fn serve_dir(&self) -> PathBuf {
        self.dir.path().join("serve")
    }

    /// The keys directory (what `open` reads).
    pub fn keys_dir(&self) -> PathBuf {
        self.dir.path().join("keys")
    }

    /// The profile file a phone bundles (what the real app is given in
    /// `REACH_HOTLINE_PROFILE`).
    pub fn profile_path(&self) -> PathBuf {
        self.serve_dir().join(reach_hotline::PROFILE_FILE)
    }

    /// The profile a phone bundles (pointing at the hotline itself).
    pub fn profile(&self) -> HotlineProfile {
        let text = std::fs::read_to_string(self.profile_path()).unwrap();
        HotlineProfile::from_json(&text).unwrap()
    }

    /// The profile with another endpoint (e.g. a fault proxy in front of the hotline).
    pub fn profile_via(&self, endpoint: &str) -> HotlineProfile {
        let mut p = self.profile();
        p.endpoint = endpoint.to_owned();
        p.validate().unwrap();
        p
    }

    /// The hotline's own URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Starts the real server (rate limiting off: tests send from one address; the limits are
    /// tested on their own in the hotline crate's `abuse.rs`).
    pub async fn start(&mut self) {
        assert!(self.server.is_none(), "already running");
        let mut config = load_config(&self.serve_dir(), None).unwrap();
        config.db_path = self.db.clone();
        config.rate_limit = None;
        config.status_limit = self.status_limit;
        // The port was free a moment ago; retry briefly in case the OS holds it.
        let mut tries = 0;
        let listener = loop {
            match tokio::net::TcpListener::bind(self.addr).await {
                Ok(l) => break l,
                Err(e) if tries < 50 => {
                    tries += 1;
                    let _ = e;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot bind {}: {e}", self.addr),
            }
        };
        self.server = Some(reach_hotline::spawn(config, listener).await.unwrap());
    }

    /// Stops the server gracefully (everything queued is committed first).
    pub async fn stop(&mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await;
        }
    }

    /// Envelopes stored, counted straight from the database file (read-only).
    pub fn stored_count(&self) -> usize {
        if !self.db.exists() {
            return 0;
        }
        let conn = rusqlite::Connection::open_with_flags(
            &self.db,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .unwrap();
        conn.query_row("SELECT count(*) FROM referrals", [], |r| r.get::<_, i64>(0))
            .unwrap() as usize
    }

    /// Sets a request's state in the database, as staff do in the inbox (which these tests
    /// do not run): e.g. `closed`, to reach the phone's survivors' voices.
    pub fn set_state(&self, id: reach_core::ids::ReferralId, state: &str) {
        let n = rusqlite::Connection::open(&self.db)
            .unwrap()
            .execute(
                "UPDATE referrals SET state = ?1 WHERE referral_id = ?2",
                [state, &id.to_string()],
            )
            .unwrap();
        assert_eq!(n, 1, "no such request");
    }

    /// Answers request `id` as staff would in the inbox (which these tests do not run; its own
    /// form is tested in `reach-hotline`'s inbox tests): reply `seq`, a "we received it" reply
    /// with `note`, sealed with the hotline's key to the request's reply key and stored beside
    /// the request for `serve` to hand out. The staff copy is left empty.
    pub fn reply(&self, id: reach_core::ids::ReferralId, seq: u32, note: &str) {
        use reach_core::reply::{self, Reply, ReplyTemplate};
        let referral = self
            .open_all()
            .into_iter()
            .find(|(i, _)| *i == id)
            .expect("no such request")
            .1;
        let to = referral
            .reply_public_key
            .expect("the request has a reply key");
        let key = reach_hotline::load_hpke_keys(&self.keys_dir(), None)
            .unwrap()
            .remove(0);
        // As the staff inbox writes it: naming the language the person asked in.
        let r = Reply::new(id, seq, ReplyTemplate::Received, None, Some(note))
            .unwrap()
            .in_language(referral.language.as_ref());
        let sealed = reply::seal(&key, &to, &r).unwrap();
        rusqlite::Connection::open(&self.db)
            .unwrap()
            .execute(
                "INSERT INTO replies (referral_id, seq, key_id, sealed, staff_copy)
                 VALUES (?1, ?2, ?3, ?4, x'')",
                rusqlite::params![
                    id.to_string(),
                    seq,
                    key.public_key().key_id().to_string(),
                    sealed
                ],
            )
            .unwrap();
        self.set_state(id, "answered");
    }

    /// Feedback envelopes stored (survivors' voices), with their ids.
    pub fn feedback(&self) -> Vec<(String, Vec<u8>)> {
        if !self.db.exists() {
            return Vec::new();
        }
        rusqlite::Connection::open(&self.db)
            .unwrap()
            .prepare("SELECT feedback_id, envelope FROM feedback")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    /// Decrypts everything stored, as staff would, and returns the referrals. Panics if any
    /// stored envelope fails to open: in these tests every stored envelope must be genuine.
    pub fn open_all(&self) -> Vec<(reach_core::ids::ReferralId, Referral)> {
        let page = open_all(
            &self.keys_dir(),
            &self.db,
            &OpenOptions {
                passphrase: None,
                actor: "e2e-test",
                only: None,
                page: Default::default(),
            },
        )
        .unwrap();
        assert!(
            page.set_aside.is_empty(),
            "stored envelopes failed: {:?}",
            page.set_aside
        );
        page.opened
            .into_iter()
            .map(|o| (o.id, *o.referral))
            .collect()
    }
}

impl Default for Hotline {
    fn default() -> Self {
        Self::new()
    }
}

/// Stands in for a hotline that refuses every envelope for good (HTTP 403, no problem body), on
/// the hotline's own address (while the real server is stopped), until dropped: a refusal the
/// real hotline gives only for reasons a test cannot easily cause.
pub struct RefusingHotline {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RefusingHotline {
    /// Listens on `addr` (a stopped [`Hotline`]'s) and answers every request with 403.
    pub fn start(addr: SocketAddr) -> Self {
        use std::io::{BufRead as _, BufReader, Read as _, Write as _};
        let listener = std::net::TcpListener::bind(addr).unwrap();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                let Ok((conn, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                };
                conn.set_nonblocking(false).unwrap();
                conn.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                let mut reader = BufReader::new(conn);
                // Read the whole request (headers, then Content-Length bytes) before answering,
                // so that the client sees the answer rather than a reset connection.
                let mut length = 0usize;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                        break;
                    }
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let mut conn = reader.into_inner();
                let _ = conn.write_all(
                    b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                );
                let _ = conn.flush();
            }
        });
        Self {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for RefusingHotline {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A phone (or an outreach worker's tablet): a real encrypted store in its own directory.
pub struct Phone {
    /// The data directory.
    pub dir: TempDir,
    /// The store, shared with the sync engine as the app would.
    pub store: Arc<Mutex<Store>>,
    /// The PIN it was created with.
    pub pin: &'static str,
}

impl Phone {
    /// A new phone with a PIN, unlocked. The KDF is made cheap: these tests are about
    /// delivery, and the real parameters are exercised in the store's own tests.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let pin = "246813";
        let mut store =
            Store::create(dir.path(), pin, KdfParams::insecure_fast_for_tests()).unwrap();
        store.unlock(pin).unwrap();
        Self {
            dir,
            store: Arc::new(Mutex::new(store)),
            pin,
        }
    }

    /// Submits `n` requests whose messages carry `marker-<i>` so each can be recognised at the
    /// hotline; returns their ids in order.
    pub fn submit_marked(
        &self,
        profile: &HotlineProfile,
        n: usize,
        marker: &str,
    ) -> Vec<reach_core::ids::ReferralId> {
        let mut store = self.store.lock().unwrap();
        (0..n)
            .map(|i| {
                let mut r = reach_core::referral::sample();
                r.message = Some(format!("{marker}-{i}").into());
                store.submit(&r, profile).unwrap()
            })
            .collect()
    }

    /// A sync client for this phone with test-friendly timings.
    pub fn client(&self, profile: &HotlineProfile, config: SyncConfig) -> SyncClient {
        SyncClient::new(profile, self.dir.path(), config).unwrap()
    }
}

impl Default for Phone {
    fn default() -> Self {
        Self::new()
    }
}

/// Sync settings for tests: short timeouts and backoff so that thousands of retries fit in
/// seconds. The logic is the same as in production; only the constants shrink.
pub fn fast_sync_config() -> SyncConfig {
    SyncConfig {
        batch_max_items: 32,
        request_timeout: Duration::from_millis(1500),
        connect_timeout: Duration::from_millis(500),
        backoff_base: Duration::from_millis(5),
        backoff_cap: Duration::from_millis(50),
        // These tests check every receipt after delivery; the app's default (rows and
        // receipts deleted) is covered by reach-core's store_outbox and the app's commands.
        keep_delivered_envelopes: true,
        ..SyncConfig::default()
    }
}

/// A plain-HTTP client for poking the hotline directly. reqwest is built with the app's
/// `rustls-no-provider` feature, so the process-wide provider (ring, as in the app) is set first.
pub fn http_client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// The files under `dir` that contain `needle` anywhere in their bytes.
pub fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    files_under(dir)
        .into_iter()
        .filter(|p| {
            std::fs::read(p)
                .map(|b| b.windows(needle.len()).any(|w| w == needle))
                .unwrap_or(false)
        })
        .collect()
}
