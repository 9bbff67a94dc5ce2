//! The published benchmarks (`xtask bench`).
//!
//! Everything is measured in ONE run, on real components, so the figures quoted together come
//! from the same build, machine and load:
//!
//! * **a)** seal + durable store: `Store::submit` (HPKE seal + one SQLite transaction with
//!   `synchronous=FULL`), per-call latency; `envelope::seal` alone for reference.
//! * **b)** hotline ingest at 64 concurrent clients (real `reach_hotline::spawn`, real HTTP),
//!   beside a bare rusqlite loop writing the same rows with one commit per row — the ratio is
//!   what group commit buys while keeping "answer only after a durable commit".
//! * **c)** loopback sync of a full outbox through a counting TCP relay, so bytes on the wire are
//!   measured (HTTP headers included), not estimated.
//! * **d)** peak RSS (`VmHWM`) after each section.
//!
//! Targets are printed with PASS/MISS as measured; a miss is reported, never hidden. Timings are
//! never asserted in tests (machines differ); correctness failures (a refused POST, an
//! undelivered request) make the run fail.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reach_core::envelope::{self, HotlinePrivateKey, parse_header};
use reach_core::ids::ReferralId;
use reach_core::profile::HotlineProfile;
use reach_core::receipt::ReceiptSigner;
use reach_core::referral::Referral;
use reach_core::store::{KdfParams, Store};
use reach_core::sync::{SyncClient, SyncConfig};
use reach_core::wire;
use reach_hotline::ServerConfig;

use crate::Result;
use crate::relay::Relay;
use crate::stats::{self, Samples, ms};

/// Target of b): hotline ingest vs. one-commit-per-row SQLite.
pub const TARGET_INGEST_RATIO: f64 = 2.0;
/// Target of c): HTTP round trips for the whole outbox.
pub const TARGET_ROUND_TRIPS: usize = 10;
/// Target of c): bytes on the wire per request, relative to the envelope size.
pub const TARGET_WIRE_RATIO: f64 = 1.25;

/// How much work each section does.
#[derive(Debug, Clone)]
pub struct Counts {
    /// Whether these are the quick (CI) counts, printed in the header.
    pub quick: bool,
    /// a) `Store::submit` calls (and `envelope::seal` calls).
    pub submits: usize,
    /// b) concurrent HTTP clients.
    pub clients: usize,
    /// b) envelopes POSTed in total (and rows in the bare SQLite loop).
    pub ingest_total: usize,
    /// c) queued requests delivered by one sync pass.
    pub sync_requests: usize,
    /// d) a reference's Argon2id stretches.
    pub stretches: usize,
}

impl Counts {
    /// The counts the published figures use.
    pub fn full() -> Self {
        Self {
            quick: false,
            submits: 1000,
            clients: 64,
            ingest_total: 6400,
            sync_requests: 1000,
            stretches: 20,
        }
    }

    /// Small counts so that CI can run every code path in seconds.
    pub fn quick() -> Self {
        Self {
            quick: true,
            submits: 50,
            clients: 64,
            ingest_total: 640,
            sync_requests: 200,
            stretches: 3,
        }
    }
}

/// Everything measured, for printing and for the test.
#[derive(Debug, Clone)]
pub struct BenchResults {
    /// a) `Store::submit` latencies.
    pub submit: Samples,
    /// a) `envelope::seal` latencies.
    pub seal: Samples,
    /// Size of one sealed sample request.
    pub envelope_len: usize,
    /// b) wall time of the concurrent ingest.
    pub ingest_wall: Duration,
    /// b) POSTs answered `201 Created`.
    pub ingest_created: usize,
    /// b) POSTs answered otherwise or failed.
    pub ingest_failed: usize,
    /// b) bare SQLite loop wall time.
    pub bare_wall: Duration,
    /// b) rows written by the bare loop.
    pub bare_rows: usize,
    /// c) wall time of the sync pass.
    pub sync_wall: Duration,
    /// c) requests delivered by it.
    pub sync_delivered: usize,
    /// c) HTTP round trips it made.
    pub round_trips: usize,
    /// c) request body bytes it reported.
    pub bytes_sent: usize,
    /// c) bytes client → server on the wire.
    pub wire_up: u64,
    /// c) bytes server → client on the wire.
    pub wire_down: u64,
    /// c) TCP connections opened.
    pub connections: u64,
    /// d) a reference turned into its keys (Argon2id at its fixed cost): what a person waits for
    /// on every install that checks a reference, and what each guess costs an attacker.
    pub reference_stretch: Samples,
    /// Peak RSS after each section, KiB.
    pub peak_rss_kib: Vec<(&'static str, Option<u64>)>,
}

impl BenchResults {
    /// b) hotline requests per second.
    pub fn ingest_rps(&self) -> f64 {
        self.ingest_created as f64 / self.ingest_wall.as_secs_f64()
    }

    /// b) bare loop rows per second.
    pub fn bare_rows_per_s(&self) -> f64 {
        self.bare_rows as f64 / self.bare_wall.as_secs_f64()
    }

    /// b) hotline ingest over the bare loop.
    pub fn ingest_ratio(&self) -> f64 {
        self.ingest_rps() / self.bare_rows_per_s()
    }

    /// c) wire bytes (both directions) per delivered request.
    pub fn wire_per_request(&self) -> f64 {
        (self.wire_up + self.wire_down) as f64 / self.sync_delivered.max(1) as f64
    }

    /// c) wire bytes per request over the envelope size.
    pub fn wire_ratio(&self) -> f64 {
        self.wire_per_request() / self.envelope_len as f64
    }
}

/// A hotline's keys made in memory (no files): the profile the phone bundles and the signer
/// the server uses.
fn hotline_keys(endpoint: &str) -> (HotlineProfile, ReceiptSigner) {
    let hpke = HotlinePrivateKey::generate();
    let signer = ReceiptSigner::generate();
    let profile = HotlineProfile::new(
        "Bench Hotline",
        endpoint,
        hpke.public_key(),
        &signer.verifier(),
    );
    (profile, signer)
}

/// A server configuration without a rate limit: the benchmark is one address hammering the
/// endpoint on purpose.
fn server_config(db: &Path, profile: &HotlineProfile, signer: ReceiptSigner) -> ServerConfig {
    let mut config = ServerConfig::new(db.to_owned(), profile.clone(), signer);
    config.rate_limit = None;
    config.status_limit = None;
    config
}

/// The plaintext the store would seal for the sample request (reply key and status verifier
/// set), so `seal` alone is measured on the same payload size as `submit`.
fn sample_payload() -> Vec<u8> {
    let mut r = Referral::sample();
    r.reply_public_key = Some(HotlinePrivateKey::generate().public_key().to_bytes());
    r.status_verifier = Some([7; 32]);
    r.to_bytes()
}

/// a) Seal + durable store latency, and seal alone.
fn bench_submit(base: &Path, n: usize) -> Result<(Samples, Samples, usize)> {
    let dir = tempfile::tempdir_in(base)?;
    let (profile, _signer) = hotline_keys("http://127.0.0.1:1");
    // Fast KDF only to create the store: submit never runs the KDF.
    let mut store = Store::create(dir.path(), "bench", KdfParams::insecure_fast_for_tests())?;
    let referral = Referral::sample();
    for _ in 0..n.min(20) {
        store.submit(&referral, &profile)?; // warm-up: page cache, statement cache, allocator
    }
    let mut submit = Vec::with_capacity(n);
    let mut last = None;
    for _ in 0..n {
        let t = Instant::now();
        let id = store.submit(&referral, &profile)?;
        submit.push(t.elapsed());
        last = Some(id);
    }
    let envelope_len = store
        .envelope(last.ok_or("no submissions")?)?
        .as_bytes()
        .len();

    let key = profile.sealing_key()?;
    let payload = sample_payload();
    let mut seal = Vec::with_capacity(n);
    for _ in 0..n {
        let id = ReferralId::random();
        let t = Instant::now();
        let env = envelope::seal(&key, id, [7; 32], &payload)?;
        seal.push(t.elapsed());
        std::hint::black_box(env);
    }
    Ok((Samples::new(submit), Samples::new(seal), envelope_len))
}

/// A plain-HTTP client for loopback. reqwest is compiled with `rustls-no-provider` (feature
/// unification with reach-core), so even a client that never speaks TLS needs a process-wide
/// crypto provider: ring, the one the core uses.
fn http_client() -> Result<reqwest::Client> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    Ok(reqwest::Client::builder().no_proxy().build()?)
}

/// b) The real hotline under `clients` concurrent HTTP clients, each with its own connection
/// pool, POSTing distinct pre-sealed envelopes to the single-envelope route.
async fn bench_ingest(
    base: &Path,
    clients: usize,
    envelopes: Vec<Vec<u8>>,
    profile: &HotlineProfile,
    signer: ReceiptSigner,
) -> Result<(Duration, usize, usize)> {
    let dir = tempfile::tempdir_in(base)?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let server = reach_hotline::spawn(
        server_config(&dir.path().join("hotline.db"), profile, signer),
        listener,
    )
    .await?;
    let url = format!("{}{}", server.url(), wire::PATH_ENVELOPES);
    let profile_url = format!("{}{}", server.url(), wire::PATH_PROFILE);

    let mut per_client: Vec<Vec<Vec<u8>>> = (0..clients).map(|_| Vec::new()).collect();
    for (i, env) in envelopes.into_iter().enumerate() {
        per_client[i % clients].push(env);
    }
    // Each client has its own connection pool, as separate phones would. Built up front so a
    // configuration error is reported instead of stranding the others at the barrier.
    let http_clients = (0..clients)
        .map(|_| http_client())
        .collect::<Result<Vec<_>>>()?;
    // Everyone connects and warms up first; the clock starts when all are ready.
    let start = Arc::new(tokio::sync::Barrier::new(clients + 1));
    let mut tasks = Vec::with_capacity(clients);
    for (mine, http) in per_client.into_iter().zip(http_clients) {
        let (url, profile_url, start) = (url.clone(), profile_url.clone(), start.clone());
        tasks.push(tokio::spawn(async move {
            let _ = http.get(&profile_url).send().await;
            start.wait().await;
            let (mut created, mut failed) = (0, 0);
            for env in mine {
                let resp = http
                    .post(&url)
                    .header(reqwest::header::CONTENT_TYPE, wire::CT_ENVELOPE)
                    .body(env)
                    .send()
                    .await;
                match resp {
                    Ok(r) if r.status() == reqwest::StatusCode::CREATED => {
                        // Read the receipt: the request is complete only with its answer.
                        if r.bytes().await.is_ok() {
                            created += 1;
                        } else {
                            failed += 1;
                        }
                    }
                    _ => failed += 1,
                }
            }
            (created, failed)
        }));
    }
    start.wait().await;
    let t = Instant::now();
    let (mut created, mut failed) = (0, 0);
    for task in tasks {
        let (c, f) = task.await?;
        created += c;
        failed += f;
    }
    let wall = t.elapsed();
    server.shutdown().await;
    Ok((wall, created, failed))
}

/// b) The baseline: the same rows into the same table shape, WAL + `synchronous=FULL`, one
/// transaction (one fsync) per row — what a server without group commit would do.
fn bench_bare_sqlite(base: &Path, envelopes: &[Vec<u8>]) -> Result<(Duration, usize)> {
    let dir = tempfile::tempdir_in(base)?;
    let conn = rusqlite::Connection::open(dir.path().join("bare.db"))?;
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(format!("journal_mode is {mode}, not WAL").into());
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Same columns and constraints as the hotline's `referrals` table.
    conn.execute_batch(
        "CREATE TABLE referrals (
            referral_id     TEXT PRIMARY KEY NOT NULL CHECK (length(referral_id) = 32),
            key_id          TEXT NOT NULL CHECK (length(key_id) = 16),
            envelope        BLOB NOT NULL,
            envelope_sha256 BLOB NOT NULL CHECK (length(envelope_sha256) = 32),
            status_verifier BLOB NOT NULL CHECK (length(status_verifier) = 32),
            state           TEXT NOT NULL DEFAULT 'received',
            received_day    TEXT NOT NULL
        );",
    )?;
    let rows: Vec<_> = envelopes
        .iter()
        .map(|e| {
            let h = parse_header(e)?;
            Ok((
                h.referral_id.to_string(),
                h.key_id.to_string(),
                e.as_slice(),
                envelope::sha256(e),
                h.status_verifier,
            ))
        })
        .collect::<Result<_>>()?;
    let mut insert = conn.prepare(
        "INSERT INTO referrals
            (referral_id, key_id, envelope, envelope_sha256, status_verifier, state, received_day)
         VALUES (?1, ?2, ?3, ?4, ?5, 'received', '2025-01-01')",
    )?;
    let t = Instant::now();
    for (id, key_id, env, sha, verifier) in &rows {
        // Autocommit: each INSERT is its own transaction, i.e. one commit per row.
        insert.execute(rusqlite::params![id, key_id, env, &sha[..], &verifier[..]])?;
    }
    Ok((t.elapsed(), rows.len()))
}

/// c) One sync pass delivering a full outbox through the counting relay.
async fn bench_sync(
    base: &Path,
    n: usize,
) -> Result<(Duration, reach_core::sync::SyncReport, u64, u64, u64)> {
    let phone_dir = tempfile::tempdir_in(base)?;
    let hotline_dir = tempfile::tempdir_in(base)?;
    let (profile, signer) = hotline_keys("http://127.0.0.1:1");
    let mut store = Store::create(
        phone_dir.path(),
        "bench",
        KdfParams::insecure_fast_for_tests(),
    )?;
    let referral = Referral::sample();
    for _ in 0..n {
        store.submit(&referral, &profile)?;
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let server = reach_hotline::spawn(
        server_config(&hotline_dir.path().join("hotline.db"), &profile, signer),
        listener,
    )
    .await?;
    let relay = Relay::start(server.addr).await?;
    let mut phone_profile = profile.clone();
    phone_profile.endpoint = format!("http://{}", relay.addr);
    let client = SyncClient::new(&phone_profile, phone_dir.path(), SyncConfig::default())?;
    let store = std::sync::Mutex::new(store);
    let t = Instant::now();
    let report = client.sync_once(&store).await?;
    let wall = t.elapsed();
    let (up, down, conns) = (relay.bytes_up(), relay.bytes_down(), relay.connections());
    drop(client);
    server.shutdown().await;
    Ok((wall, report, up, down, conns))
}

/// Runs every section and prints the table. Fails (after printing) if any request was refused
/// or left undelivered: a benchmark of a broken path is not a result.
pub async fn run(counts: &Counts, dir: Option<&Path>) -> Result<BenchResults> {
    let base = dir.map_or_else(std::env::temp_dir, Path::to_owned);
    std::fs::create_dir_all(&base)?;
    let root = tempfile::Builder::new()
        .prefix("reach-bench-")
        .tempdir_in(&base)?;
    let root = root.path();
    let mut rss = Vec::new();

    eprintln!("a) seal + durable store ({} submits)…", counts.submits);
    let (submit, seal, envelope_len) = bench_submit(root, counts.submits)?;
    rss.push(("a", stats::peak_rss_kib()));

    eprintln!(
        "b) hotline ingest ({} clients, {} POSTs) and bare SQLite ({} rows)…",
        counts.clients, counts.ingest_total, counts.ingest_total
    );
    let (profile, signer) = hotline_keys("http://127.0.0.1:1");
    let key = profile.sealing_key()?;
    let payload = sample_payload();
    let envelopes = (0..counts.ingest_total)
        .map(|_| {
            let status = reach_core::ids::StatusSecret::random();
            envelope::seal(&key, ReferralId::random(), status.verifier(), &payload)
                .map(envelope::Envelope::into_bytes)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (bare_wall, bare_rows) = bench_bare_sqlite(root, &envelopes)?;
    let (ingest_wall, ingest_created, ingest_failed) =
        bench_ingest(root, counts.clients, envelopes, &profile, signer).await?;
    rss.push(("b", stats::peak_rss_kib()));

    eprintln!(
        "c) loopback sync of {} queued requests…",
        counts.sync_requests
    );
    let (sync_wall, report, wire_up, wire_down, connections) =
        bench_sync(root, counts.sync_requests).await?;
    rss.push(("c", stats::peak_rss_kib()));

    eprintln!(
        "d) Argon2id: a reference's keys ({} times)…",
        counts.stretches
    );
    let reference_stretch = bench_reference_stretch(counts.stretches);

    let results = BenchResults {
        submit,
        seal,
        envelope_len,
        ingest_wall,
        ingest_created,
        ingest_failed,
        bare_wall,
        bare_rows,
        sync_wall,
        sync_delivered: report.delivered,
        round_trips: report.round_trips,
        bytes_sent: report.bytes_sent,
        wire_up,
        wire_down,
        connections,
        reference_stretch,
        peak_rss_kib: rss,
    };
    print_table(counts, &base, &results);

    if results.ingest_failed > 0 {
        return Err(format!(
            "{} ingest POSTs were not answered 201",
            results.ingest_failed
        )
        .into());
    }
    if results.sync_delivered != counts.sync_requests {
        return Err(format!(
            "sync delivered {} of {} requests",
            results.sync_delivered, counts.sync_requests
        )
        .into());
    }
    Ok(results)
}

/// d) `Reference::derive` of fresh references: the whole Argon2id stretch plus the HKDF after it.
fn bench_reference_stretch(n: usize) -> Samples {
    let key_id = envelope::KeyId([7; 8]);
    let mut ms = Vec::with_capacity(n);
    for _ in 0..n {
        let reference = reach_core::reference::Reference::random();
        let t = Instant::now();
        std::hint::black_box(reference.derive(key_id));
        ms.push(t.elapsed());
    }
    Samples::new(ms)
}

fn verdict(pass: bool) -> &'static str {
    if pass { "PASS" } else { "MISS" }
}

fn thousands(v: f64) -> String {
    let s = format!("{:.0}", v);
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn print_table(counts: &Counts, base: &Path, r: &BenchResults) {
    let build = if cfg!(debug_assertions) {
        "debug build — figures are NOT representative, use --release"
    } else {
        "release build"
    };
    let mode = if counts.quick {
        "QUICK mode (small counts, for CI; not for quoting)"
    } else {
        "full mode"
    };
    let rss = |section: &str| {
        r.peak_rss_kib
            .iter()
            .find(|(s, _)| *s == section)
            .and_then(|(_, k)| *k)
            .map_or("n/a".to_owned(), |k| {
                format!("{:.1} MiB", k as f64 / 1024.0)
            })
    };
    let ratio = r.ingest_ratio();
    let wire_ratio = r.wire_ratio();
    let rows: Vec<[String; 4]> = vec![
        [
            "a".into(),
            format!(
                "Store::submit (seal + 1 txn, sync=FULL), n={}",
                r.submit.len()
            ),
            format!(
                "p50 {}  p99 {}  mean {}",
                ms(r.submit.p50()),
                ms(r.submit.p99()),
                ms(r.submit.mean())
            ),
            String::new(),
        ],
        [
            String::new(),
            format!("envelope::seal alone, n={}", r.seal.len()),
            format!("p50 {}  p99 {}", ms(r.seal.p50()), ms(r.seal.p99())),
            String::new(),
        ],
        [
            String::new(),
            "sealed envelope size (sample request)".into(),
            format!("{} bytes", r.envelope_len),
            String::new(),
        ],
        [
            String::new(),
            "peak RSS after a".into(),
            rss("a"),
            String::new(),
        ],
        [
            "b".into(),
            format!(
                "hotline ingest, {} clients, {} POSTs",
                counts.clients, counts.ingest_total
            ),
            format!(
                "{} req/s ({:.2} s; {} × 201, {} failed)",
                thousands(r.ingest_rps()),
                r.ingest_wall.as_secs_f64(),
                r.ingest_created,
                r.ingest_failed
            ),
            String::new(),
        ],
        [
            String::new(),
            format!("bare SQLite, WAL+FULL, 1 commit/row, {} rows", r.bare_rows),
            format!(
                "{} rows/s ({:.2} s; {} per commit)",
                thousands(r.bare_rows_per_s()),
                r.bare_wall.as_secs_f64(),
                ms(r.bare_wall / r.bare_rows.max(1) as u32)
            ),
            String::new(),
        ],
        [
            String::new(),
            format!("ingest ÷ bare (target ≥ {TARGET_INGEST_RATIO}×)"),
            format!("{ratio:.2}×"),
            verdict(ratio >= TARGET_INGEST_RATIO).into(),
        ],
        [
            String::new(),
            "peak RSS after b".into(),
            rss("b"),
            String::new(),
        ],
        [
            "c".into(),
            format!("loopback sync, {} queued requests", counts.sync_requests),
            format!(
                "{:.3} s wall, {} delivered",
                r.sync_wall.as_secs_f64(),
                r.sync_delivered
            ),
            verdict(r.sync_delivered == counts.sync_requests).into(),
        ],
        [
            String::new(),
            format!("HTTP round trips (target ≤ {TARGET_ROUND_TRIPS})"),
            format!("{} ({} TCP connection(s))", r.round_trips, r.connections),
            verdict(r.round_trips <= TARGET_ROUND_TRIPS).into(),
        ],
        [
            String::new(),
            "wire bytes (headers included), up / down".into(),
            format!("{} / {} bytes", r.wire_up, r.wire_down),
            String::new(),
        ],
        [
            String::new(),
            format!("wire bytes per request ÷ envelope (target ≤ {TARGET_WIRE_RATIO}×)"),
            format!(
                "{:.0} B / {} B = {wire_ratio:.3}×",
                r.wire_per_request(),
                r.envelope_len
            ),
            verdict(wire_ratio <= TARGET_WIRE_RATIO).into(),
        ],
        [
            String::new(),
            "request body bytes (SyncReport::bytes_sent)".into(),
            format!(
                "{} ({:.0} B per request)",
                r.bytes_sent,
                r.bytes_sent as f64 / r.sync_delivered.max(1) as f64
            ),
            String::new(),
        ],
        [
            String::new(),
            "peak RSS after c".into(),
            rss("c"),
            String::new(),
        ],
        [
            "d".into(),
            format!(
                "reference → keys (Argon2id {} MiB, t={}), n={}",
                reach_core::reference::ARGON2_M_KIB / 1024,
                reach_core::reference::ARGON2_T,
                r.reference_stretch.len()
            ),
            format!(
                "p50 {}  p99 {}",
                ms(r.reference_stretch.p50()),
                ms(r.reference_stretch.p99())
            ),
            String::new(),
        ],
    ];

    println!("Reach benchmarks — {mode}, {build}");
    println!("machine: {}", stats::machine());
    println!(
        "databases in: {} ({})",
        base.display(),
        stats::filesystem_of(base)
    );
    println!();
    stats::print_table(&rows);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeps the benchmark from rotting: every section runs in quick mode and produces
    /// positive numbers. No timing thresholds: machines differ.
    #[test]
    fn quick_bench_produces_positive_numbers() {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        let counts = Counts::quick();
        let r = rt.block_on(run(&counts, None)).unwrap();
        assert_eq!(r.submit.len(), counts.submits);
        assert!(r.submit.p50() > Duration::ZERO && r.submit.p99() >= r.submit.p50());
        assert!(r.seal.p50() > Duration::ZERO);
        assert!(r.envelope_len >= envelope::MIN_ENVELOPE_LEN);
        assert_eq!(r.ingest_created, counts.ingest_total);
        assert_eq!(r.ingest_failed, 0);
        assert!(r.ingest_rps() > 0.0 && r.bare_rows_per_s() > 0.0 && r.ingest_ratio() > 0.0);
        assert_eq!(r.bare_rows, counts.ingest_total);
        assert_eq!(r.sync_delivered, counts.sync_requests);
        assert!(r.round_trips > 0 && r.bytes_sent > 0);
        assert!(
            r.wire_up as usize >= r.bytes_sent,
            "headers come on top of bodies"
        );
        assert!(r.wire_down > 0 && r.wire_ratio() > 0.0);
        assert_eq!(r.reference_stretch.len(), counts.stretches);
        assert!(r.reference_stretch.p50() > Duration::ZERO);
        assert!(r.peak_rss_kib.iter().all(|(_, k)| k.is_none_or(|k| k > 0)));
    }
}
