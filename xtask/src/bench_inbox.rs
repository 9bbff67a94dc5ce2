//! `xtask bench-inbox`: the staff inbox with many stored requests — how long it takes to start
//! (every request decrypted once into memory, each decryption audited), and how long staff
//! wait for the list's first page and for one request, over real HTTP on loopback, with a real
//! `serve` and a real SQLite file; and what a reply costs: sealing it (HPKE Auth mode) alone,
//! and the whole "send reply" form (seal, staff copy, database, audit row) over HTTP.

use std::path::Path;
use std::time::{Duration, Instant};

use reach_core::envelope;
use reach_core::ids::ReferralId;
use reach_core::referral::{Need, Referral, Sensitive, TimeOfDay, Urgency, Weekday};
use reach_core::reply::{Reply, ReplyTemplate};
use reach_hotline::inbox::{InboxConfig, spawn_inbox};
use reach_hotline::staff::{Role, StaffDb, code_now};
use reach_hotline::{Protection, init_dir, load_config, load_hpke_keys};

use crate::Result;
use crate::stats::{Samples, ms, print_table};

/// Target: the list's first page, p99.
pub const TARGET_LIST_P99: Duration = Duration::from_millis(100);
/// Target: opening one request, p99.
pub const TARGET_OPEN_P99: Duration = Duration::from_millis(20);

/// What the benchmark measured.
pub struct InboxResults {
    /// Stored requests.
    pub requests: usize,
    /// Inbox start-up (the whole index built).
    pub startup: Duration,
    /// `GET /` latencies.
    pub list: Samples,
    /// `GET /r/{id}` latencies.
    pub open: Samples,
    /// `reach_core::reply::seal` alone, in process.
    pub seal: Samples,
    /// `POST /r/{id}/reply` latencies (to the redirect).
    pub reply: Samples,
}

fn referral(i: usize) -> Vec<u8> {
    let mut r = Referral::sample();
    r.message = Some(Sensitive::new(format!(
        "request number {i}: {}",
        "words ".repeat(40).trim_end()
    )));
    r.urgency = Some(
        [
            Urgency::Now,
            Urgency::Today,
            Urgency::ThisWeek,
            Urgency::NotUrgent,
        ][i % 4],
    );
    if i.is_multiple_of(3) {
        r.needs.insert(Need::Shelter);
    }
    // As the app sends it: with a reply key (here a fresh one; nobody reads the replies).
    r.reply_public_key = Some(
        envelope::HotlinePrivateKey::generate()
            .public_key()
            .to_bytes(),
    );
    // A request the inbox could not read would be set aside, not listed: keep them valid.
    assert!(r.validate().is_ok(), "the benchmark's request is valid");
    r.to_bytes()
}

fn form(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            let v: String = v
                .bytes()
                .map(|b| match b {
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn cookie_of(res: &reqwest::Response, name: &str) -> Result<String> {
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("no {name} cookie").into())
}

/// Runs it with `n` stored requests and `rounds` timed page loads of each kind.
pub async fn run(n: usize, rounds: usize, dir: &Path) -> Result<InboxResults> {
    let root = tempfile::Builder::new()
        .prefix("reach-bench-inbox-")
        .tempdir_in(dir)?;
    let (serve_dir, keys_dir) = (root.path().join("serve"), root.path().join("keys"));
    init_dir(
        &serve_dir,
        &keys_dir,
        "Bench hotline",
        "http://127.0.0.1:1",
        Protection::InsecureNoPassphrase,
    )?;
    let mut config = load_config(&serve_dir, None)?;
    // One loopback client stores everything: the per-client limits are for the internet.
    config.rate_limit = None;
    config.status_limit = None;
    config.byte_limit = None;
    let db = config.db_path.clone();
    let key = config.profile.sealing_key()?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let server = reach_hotline::spawn(config, listener).await?;
    // reqwest is built without a default TLS provider (see xtask/Cargo.toml): ring, as elsewhere.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;

    eprintln!("storing {n} requests through serve…");
    let mut ids = Vec::with_capacity(n);
    for chunk in (0..n).collect::<Vec<_>>().chunks(64) {
        let posts = chunk.iter().map(|&i| {
            let status = reach_core::ids::StatusSecret::random();
            let id = ReferralId::random();
            let env = envelope::seal(&key, id, status.verifier(), &referral(i))
                .map(envelope::Envelope::into_bytes);
            let (client, url) = (
                client.clone(),
                format!("{}{}", server.url(), reach_core::wire::PATH_ENVELOPES),
            );
            async move {
                let res = client
                    .post(url)
                    .header("content-type", reach_core::wire::CT_ENVELOPE)
                    .body(env?)
                    .send()
                    .await?;
                if res.status().as_u16() != 201 {
                    return Err(format!("stored: {}", res.status()).into());
                }
                Ok::<ReferralId, crate::Error>(id)
            }
        });
        for r in futures_join(posts).await {
            ids.push(r?);
        }
    }

    let staff = StaffDb::open(&keys_dir)?;
    let creds = staff.add(None, "bench-admin", Role::Admin, "Bench")?;
    let keys = load_hpke_keys(&keys_dir, None)?;
    eprintln!("starting the inbox (every request decrypted once)…");
    let started = Instant::now();
    let inbox = spawn_inbox(
        InboxConfig::new(db, keys, staff),
        tokio::net::TcpListener::bind("127.0.0.1:0").await?,
    )
    .await?;
    let startup = started.elapsed();

    let base = inbox.url();
    let page = client.get(format!("{base}/login")).send().await?;
    let login_cookie = cookie_of(&page, "reach_login")?;
    let html = page.text().await?;
    let token = html
        .split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("no login token")?
        .to_owned();
    let code = code_now(&creds.otpauth_uri).ok_or("no code")?;
    let res = client
        .post(format!("{base}/login"))
        .header("cookie", login_cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(&[
            ("token", &token),
            ("name", "bench-admin"),
            ("password", &creds.password),
            ("code", &code),
        ]))
        .send()
        .await?;
    if res.status().as_u16() != 303 {
        return Err(format!("login: {}", res.status()).into());
    }
    let session = cookie_of(&res, "reach_inbox")?;

    eprintln!("timing {rounds} list pages and {rounds} request pages…");
    let mut list = Vec::with_capacity(rounds);
    let mut open = Vec::with_capacity(rounds);
    let mut csrf = String::new();
    for round in 0..rounds {
        let t = Instant::now();
        let res = client
            .get(format!("{base}/"))
            .header("cookie", &session)
            .send()
            .await?;
        let ok = res.status().as_u16() == 200;
        let _ = res.bytes().await?;
        list.push(t.elapsed());
        if !ok {
            return Err("the list did not load".into());
        }
        let id = ids[(round * 7919) % ids.len()];
        let t = Instant::now();
        let res = client
            .get(format!("{base}/r/{id}"))
            .header("cookie", &session)
            .send()
            .await?;
        let status = res.status().as_u16();
        let ok = status == 200;
        let html = String::from_utf8_lossy(&res.bytes().await?).into_owned();
        open.push(t.elapsed());
        if csrf.is_empty() {
            csrf = html
                .split("name=\"csrf\" value=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .unwrap_or_default()
                .to_owned();
        }
        if !ok {
            eprintln!("GET /r/{id}: {status}");
        }
        if !ok {
            return Err(format!("a request did not open ({id})").into());
        }
    }

    eprintln!("timing {rounds} replies (sealing alone, and the whole form over HTTP)…");
    let hotline = load_hpke_keys(&keys_dir, None)?.remove(0);
    let phone = envelope::HotlinePrivateKey::generate()
        .public_key()
        .to_bytes();
    let mut seal = Vec::with_capacity(rounds * 5);
    for i in 0..rounds * 5 {
        let r = Reply::new(
            ids[i % ids.len()],
            1,
            ReplyTemplate::CallPlanned,
            Some((
                Weekday::Tuesday,
                TimeOfDay::new(10, 0).ok_or("time")?,
                TimeOfDay::new(12, 0).ok_or("time")?,
            )),
            Some("Ask for Mira at the front desk."),
        )?;
        let t = Instant::now();
        let sealed = reach_core::reply::seal(&hotline, &phone, &r)?;
        seal.push(t.elapsed());
        std::hint::black_box(sealed);
    }
    let mut reply = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let id = ids[(round * 7919 + 1) % ids.len()];
        let t = Instant::now();
        let res = client
            .post(format!("{base}/r/{id}/reply"))
            .header("cookie", &session)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form(&[
                ("csrf", &csrf),
                ("template", "call_planned"),
                ("day", "tuesday"),
                ("from", "10:00"),
                ("to", "12:00"),
                ("text", "Ask for Mira at the front desk."),
            ]))
            .send()
            .await?;
        let status = res.status().as_u16();
        let _ = res.bytes().await?;
        reply.push(t.elapsed());
        if status != 303 {
            return Err(format!("a reply was not sent ({id}): {status}").into());
        }
    }
    inbox.shutdown().await;
    server.shutdown().await;
    Ok(InboxResults {
        requests: n,
        startup,
        list: Samples::new(list),
        open: Samples::new(open),
        seal: Samples::new(seal),
        reply: Samples::new(reply),
    })
}

/// Runs futures as tasks and collects their outputs (a task that panicked is left out, and the
/// count of stored requests then says so).
async fn futures_join<F>(futs: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futs.map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for h in handles {
        if let Ok(v) = h.await {
            out.push(v);
        }
    }
    out
}

/// Prints the figures with their targets; a missed target is an error.
pub fn report(r: &InboxResults, quick: bool) -> Result<()> {
    let build = if cfg!(debug_assertions) {
        "debug build — not representative"
    } else {
        "release build"
    };
    let mode = if quick {
        "QUICK mode (for CI; not for quoting)"
    } else {
        "full mode"
    };
    println!(
        "\nStaff inbox with {} stored requests — {build}, {mode}, {}",
        r.requests,
        crate::stats::machine()
    );
    let verdict = |pass: bool| if pass { "PASS" } else { "MISS" };
    print_table(&[
        [
            "".into(),
            "inbox start-up (all decrypted once, audited)".into(),
            ms(r.startup),
            String::new(),
        ],
        [
            "".into(),
            format!("list, first page (50 rows), n={}", r.list.len()),
            format!("p50 {}  p99 {}", ms(r.list.p50()), ms(r.list.p99())),
            format!(
                "{} (p99 ≤ {})",
                verdict(r.list.p99() <= TARGET_LIST_P99),
                ms(TARGET_LIST_P99)
            ),
        ],
        [
            "".into(),
            format!("open one request (view audited), n={}", r.open.len()),
            format!("p50 {}  p99 {}", ms(r.open.p50()), ms(r.open.p99())),
            format!(
                "{} (p99 ≤ {})",
                verdict(r.open.p99() <= TARGET_OPEN_P99),
                ms(TARGET_OPEN_P99)
            ),
        ],
        [
            "".into(),
            format!("seal one reply (HPKE Auth mode), n={}", r.seal.len()),
            format!("p50 {}  p99 {}", ms(r.seal.p50()), ms(r.seal.p99())),
            String::new(),
        ],
        [
            "".into(),
            format!(
                "send one reply (form: seal, staff copy, store, audit), n={}",
                r.reply.len()
            ),
            format!("p50 {}  p99 {}", ms(r.reply.p50()), ms(r.reply.p99())),
            String::new(),
        ],
    ]);
    if !quick && (r.list.p99() > TARGET_LIST_P99 || r.open.p99() > TARGET_OPEN_P99) {
        return Err("an inbox target was missed".into());
    }
    Ok(())
}
