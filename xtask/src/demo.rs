//! The narrated demo (`xtask demo`, the README's run command).
//!
//! It drives the real code paths end to end on loopback — the encrypted phone store, the outbox
//! and sync engine, the reference hotline with its group-committed SQLite, receipts, status and
//! audit-logged staff decryption — and says in plain English what happens at each step, so a
//! newcomer (or a partner hotline) can watch the offline-first promise being kept.
//!
//! Request content is printed in one place only: the explicit "hotline staff" step, which is
//! what staff would see after an audit-logged decryption. Everywhere else the demo prints ids,
//! sizes and states, like the app and the hotline themselves.
//!
//! Last, the staff inbox starts beside the hotline (on loopback, as `reach-hotline inbox` would
//! on the hotline's own network), with a demo admin whose login the demo prints: the requests
//! can then be read, assigned and answered in a browser.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use reach_core::ids::ReferralId;
use reach_core::outbox::OutboxState;
use reach_core::profile::HotlineProfile;
use reach_core::referral::{
    AgeGroup, Consent, ConsentScope, ContactMethod, ForWhom, IfSomeoneElseAnswers, LanguageTag,
    Need, Referral, ResponderGender, SafeContactPlan, TimeOfDay, TimeWindow, TimeZoneName, Urgency,
    Weekday,
};
use reach_core::store::{KdfParams, Store};
use reach_core::sync::{SyncClient, SyncConfig, SyncEngine};
use reach_core::wire::ReferralState;
use reach_hotline::OpenOptions;
use reach_hotline::inbox::{InboxConfig, RunningInbox, spawn_inbox};
use reach_hotline::staff::{Role, StaffDb};

use crate::Result;

mod text;
use text::{staff_summary, state_text};

/// The PIN the demo phone is created with. Printed: it protects nothing but demo data.
pub const DEMO_PIN: &str = "473150";
/// The staff name recorded in the hotline's audit table by the demo.
pub const DEMO_ACTOR: &str = "demo-staff";
/// The staff inbox account the demo makes (an admin) and prints the login of.
pub const DEMO_STAFF: &str = "demo-admin";
/// The name the demo hotline gives itself (also the authenticator app's label).
const DEMO_HOTLINE_NAME: &str = "Reach Demo Hotline";
/// Marks a directory as the demo's own, so that wiping it can never destroy anything else.
const MARKER: &str = ".reach-demo-dir";

/// What `xtask demo` was asked to do.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// Working directory (wiped and recreated).
    pub dir: PathBuf,
    /// Listen address of the hotline; port 0 picks a free port (used by the test).
    pub listen: SocketAddr,
    /// Listen address of the staff inbox (loopback only); port 0 picks a free port.
    pub inbox_listen: SocketAddr,
    /// Where to write the inbox's URL and demo login as JSON (for tests), if anywhere.
    pub inbox_info: Option<PathBuf>,
    /// Stop after the demo instead of serving until Ctrl-C.
    pub exit: bool,
}

/// How to log in to the demo's staff inbox: printed, and written by `--inbox-info` as JSON
/// `{ "url", "name", "password", "otpauth" }`.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct InboxLogin {
    /// The inbox's base URL.
    pub url: String,
    /// The demo admin's name.
    pub name: String,
    /// Their password (demo data only).
    pub password: String,
    /// Their authenticator link (`otpauth://totp/…`).
    pub otpauth: String,
    /// The code that was valid when the demo printed it (each code is good once).
    #[serde(skip)]
    pub code: String,
}

/// What happened, so that a test can assert the narrated outcome instead of parsing text.
#[derive(Debug, Clone, Default)]
pub struct DemoOutcome {
    /// Requests submitted while the hotline was down.
    pub submitted: usize,
    /// Attempt count of each request after the offline pass (all still queued).
    pub attempts_after_offline: Vec<u32>,
    /// How many request phrases were found in the phone's files (must be zero).
    pub plaintext_hits: usize,
    /// Requests delivered once the hotline was up.
    pub delivered: usize,
    /// Receipts re-verified by the demo against the profile's receipt key.
    pub receipts_verified: usize,
    /// HTTP round trips of the delivering pass.
    pub round_trips: usize,
    /// Status of each request right after delivery.
    pub status_after_delivery: Vec<ReferralState>,
    /// Requests decrypted by staff.
    pub opened: usize,
    /// Rows the decryptions left in the audit table.
    pub audit_rows: i64,
    /// Status of each request after staff opened them.
    pub status_after_review: Vec<ReferralState>,
    /// The hotline's base URL.
    pub url: String,
    /// The staff inbox and its demo login.
    pub inbox: InboxLogin,
}

/// The demo's servers once the story is told: the hotline and the staff inbox.
pub struct Running {
    server: reach_hotline::RunningServer,
    inbox: RunningInbox,
}

impl Running {
    /// Stops both (the inbox first: it drops every decrypted request with its memory).
    pub async fn shutdown(self) {
        self.inbox.shutdown().await;
        self.server.shutdown().await;
    }
}

/// One demo request and the label the narration uses for it.
struct DemoRequest {
    label: &'static str,
    referral: Referral,
}

/// Three realistic requests that differ in every way staff care about: language, needs,
/// urgency, who filled it in, and how (and whether) it is safe to answer.
fn demo_requests() -> Result<Vec<DemoRequest>> {
    let lang = |t: &str| LanguageTag::parse(t).map_err(|e| format!("language tag: {e:?}"));
    let time = |h, m| TimeOfDay::new(h, m).ok_or("time of day");
    let consent = Consent {
        scope: ConsentScope::MayReferToServices,
        text_version: "2025-01".to_owned(),
        assisted: false,
    };

    let mut domestic = Referral::sample();
    domestic.needs = [Need::SafetyNow, Need::Shelter, Need::LegalImmigration].into();
    domestic.urgency = Some(Urgency::Now);
    domestic.for_whom = Some(ForWhom::Self_);
    domestic.age_group = Some(AgeGroup::From18To25);
    domestic.language = Some(lang("ar")?);
    domestic.contact = SafeContactPlan {
        methods: vec![
            ContactMethod::MessagingApp {
                app: "WhatsApp".into(),
                handle: "+961 71 123 456".into(),
            },
            ContactMethod::CheckBackInApp,
        ],
        safe_times: vec![TimeWindow {
            days: [Weekday::Sunday].into(),
            start: time(10, 0)?,
            end: time(12, 0)?,
            time_zone: TimeZoneName::parse("Asia/Beirut")
                .map_err(|e| format!("time zone: {e:?}"))?,
        }],
        voicemail_ok: Some(false),
        code_word: Some("ياسمين".into()),
        if_someone_else_answers: Some(IfSomeoneElseAnswers::AskForCodeWord),
        responder_gender: Some(ResponderGender::Woman),
        responder_language: None,
    };
    domestic.place = Some("بيروت، الأشرفية".into());
    domestic.message = Some(
        "صاحبة العمل أخذت جواز سفري ولا تسمح لي بالخروج من البيت.\n\
         لم أتقاضَ راتبي منذ خمسة أشهر. أحتاج إلى مكان آمن."
            .into(),
    );
    domestic.consent = consent.clone();

    // The core's own sample: a Vietnamese fisherman who escaped a boat, wants to go home.
    let fisherman = Referral::sample();

    let mut farm = Referral::sample_minimal();
    farm.needs = [Need::LabourExploitation, Need::MoneyDebt, Need::Interpreter].into();
    farm.urgency = Some(Urgency::ThisWeek);
    farm.for_whom = Some(ForWhom::AssistedByOutreach);
    farm.age_group = Some(AgeGroup::From18To25);
    farm.language = Some(lang("ro")?);
    farm.contact.methods = vec![ContactMethod::InPersonViaOutreach];
    farm.place = Some("Greenhouses outside Almería".into());
    farm.message = Some(
        "Filled in with an outreach worker at the farm gate. He owes the recruiter 2,400 EUR \
         for transport and a bed, and the debt grows every month. Twelve workers share one \
         container. He can meet us again on Saturday morning."
            .into(),
    );
    farm.consent = consent;

    Ok(vec![
        DemoRequest {
            label: "an Arabic-speaking domestic worker",
            referral: domestic,
        },
        DemoRequest {
            label: "a Vietnamese fisherman",
            referral: fisherman,
        },
        DemoRequest {
            label: "a farm worker, with an outreach worker",
            referral: farm,
        },
    ])
}

/// Phrases of a request that must never appear in the phone's files: free text and every
/// contact detail. Used only to search, never printed.
/// Sends seven feedback envelopes over the real transport and dates them to last month (the
/// inbox shows only months that have ended, with at least five answers).
async fn demo_voices(profile: &HotlineProfile, db_path: &Path) -> Result<usize> {
    use reach_contract::feedback::{
        FEEDBACK_VERSION, FeedbackAnswer::*, FeedbackAnswers, FeedbackPayload,
    };
    use reach_core::transport::{Delivery, Transport as _, http::HttpTransport};
    let transport = HttpTransport::new(
        profile,
        std::time::Duration::from_secs(10),
        std::time::Duration::from_secs(5),
    )?;
    let sealing = profile.sealing_key()?;
    let answers = [
        (Yes, Yes, Yes),
        (Yes, Yes, Yes),
        (Yes, Yes, Yes),
        (Yes, Partly, Yes),
        (Yes, Yes, Yes),
        (Partly, Yes, Yes),
        (Partly, Yes, Yes),
    ];
    for (helped, safe, recommend) in answers {
        let payload = serde_json::to_vec(&FeedbackPayload {
            v: FEEDBACK_VERSION,
            answers: FeedbackAnswers {
                helped: Some(helped),
                safe: Some(safe),
                recommend: Some(recommend),
            },
        })?;
        let env = reach_core::envelope::seal_feedback(&sealing, &payload)?;
        if !matches!(
            transport.deliver_feedback(&env).await,
            Delivery::Accepted(_)
        ) {
            return Err("the hotline did not take a demo feedback".into());
        }
    }
    use chrono::Datelike as _;
    let last_month = (chrono::Utc::now()
        .date_naive()
        .with_day(1)
        .ok_or("a date")?
        - chrono::Days::new(1))
    .format("%Y-%m")
    .to_string();
    rusqlite::Connection::open(db_path)?
        .execute("UPDATE feedback SET received_month = ?1", [&last_month])?;
    Ok(answers.len())
}

fn secret_phrases(r: &Referral) -> Vec<Vec<u8>> {
    let mut out: Vec<String> = Vec::new();
    out.extend(r.message.as_ref().map(|m| m.expose().clone()));
    out.extend(r.place.as_ref().map(|p| p.expose().clone()));
    out.extend(r.contact.code_word.as_ref().map(|c| c.expose().clone()));
    for m in &r.contact.methods {
        match m {
            ContactMethod::Call { phone } | ContactMethod::Sms { phone } => {
                out.push(phone.as_e164().to_owned());
            }
            ContactMethod::MessagingApp { handle, .. } => out.push(handle.expose().clone()),
            ContactMethod::Email { address } => out.push(address.expose().clone()),
            ContactMethod::InPersonViaOutreach | ContactMethod::CheckBackInApp => {}
        }
    }
    // The message's first line alone too, in case only part of it were written somewhere.
    if let Some(m) = &r.message
        && let Some(first) = m.expose().lines().next()
    {
        out.push(first.to_owned());
    }
    out.into_iter().map(String::into_bytes).collect()
}

/// Every regular file under `dir`, recursively.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let ty = entry.file_type()?;
            if ty.is_dir() {
                stack.push(entry.path());
            } else if ty.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Counts occurrences of any phrase in any file: the "is it only ciphertext?" check.
fn scan_for_plaintext(dir: &Path, phrases: &[Vec<u8>]) -> Result<(usize, usize, u64)> {
    let files = files_under(dir)?;
    let mut hits = 0;
    let mut bytes = 0u64;
    for f in &files {
        let data = std::fs::read(f)?;
        bytes += data.len() as u64;
        hits += phrases
            .iter()
            .filter(|p| !p.is_empty() && data.windows(p.len()).any(|w| w == p.as_slice()))
            .count();
    }
    Ok((files.len(), hits, bytes))
}

/// Removes the demo directory, but only if it is empty or was made by a previous demo: a
/// mistyped `--dir` must never delete someone's files.
fn reset_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        let is_demo = dir.join(MARKER).exists();
        let is_empty = std::fs::read_dir(dir)?.next().is_none();
        if !is_demo && !is_empty {
            return Err(format!(
                "{} exists and was not made by the demo; refusing to wipe it (pick another --dir)",
                dir.display()
            )
            .into());
        }
        std::fs::remove_dir_all(dir)?;
    }
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join(MARKER),
        b"made by `xtask demo`; wiped on the next run\n",
    )?;
    Ok(())
}

/// Turns `listen` into a concrete free address (port 0 → a free port) and checks that it is
/// free now, so that a busy port is reported before any work is done.
fn reserve_address(listen: SocketAddr) -> Result<SocketAddr> {
    let probe = std::net::TcpListener::bind(listen).map_err(|e| {
        format!("cannot listen on {listen}: {e} (is another demo running? try --listen)")
    })?;
    Ok(probe.local_addr()?)
}

/// The staff inbox shows decrypted requests and the demo prints its password: never beyond
/// this machine.
fn loopback_only(listen: SocketAddr) -> Result<SocketAddr> {
    if !listen.ip().is_loopback() {
        return Err(format!(
            "--inbox-listen {listen}: the demo's staff inbox listens on loopback only \
             (127.0.0.1 or ::1)"
        )
        .into());
    }
    reserve_address(listen)
}

/// Writes the inbox login for tests: whole or not at all (a reader polling for the file never
/// sees half of it), readable by this user only.
fn write_inbox_info(path: &Path, login: &InboxLogin) -> Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(login)?)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::rename(&tmp, path)?;
    Ok(())
}

/// Runs the demo. With `exit`, returns once the story is told; otherwise keeps the hotline and
/// the staff inbox serving until Ctrl-C.
pub async fn run(opts: &DemoOptions) -> Result<DemoOutcome> {
    let (out, running) = tell(opts).await?;
    if opts.exit {
        running.shutdown().await;
        return Ok(out);
    }
    println!(
        "The hotline keeps serving at {} (profile: {}), and the staff inbox at {}/ . Press \
         Ctrl-C to stop.",
        out.url,
        opts.dir
            .join("hotline")
            .join(reach_hotline::PROFILE_FILE)
            .display(),
        out.inbox.url
    );
    tokio::signal::ctrl_c().await?;
    println!("Stopping the staff inbox and the hotline…");
    running.shutdown().await;
    Ok(out)
}

/// Tells the whole story and returns with the hotline and the staff inbox still running.
pub async fn tell(opts: &DemoOptions) -> Result<(DemoOutcome, Running)> {
    let mut out = DemoOutcome::default();
    let started = Instant::now();
    println!("Reach demo: a survivor's phone and a hotline, both on this machine (loopback only).");
    println!();

    // 1. A clean slate.
    let addr = reserve_address(opts.listen)?;
    let inbox_addr = loopback_only(opts.inbox_listen)?;
    reset_dir(&opts.dir)?;
    let hotline_dir = opts.dir.join("hotline");
    // The HPKE private key lives apart from what the endpoint serves (`serve` refuses a
    // directory holding one), as on a real deployment.
    let keys_dir = opts.dir.join("hotline-keys");
    let phone_dir = opts.dir.join("phone");
    println!("1. Wiped and recreated {}", opts.dir.display());

    // 2. The hotline's keys.
    let endpoint = format!("http://{addr}");
    // Unprotected keys: the demo is thrown away at the end (`init --insecure-no-passphrase`).
    let profile: HotlineProfile = reach_hotline::init_dir(
        &hotline_dir,
        &keys_dir,
        DEMO_HOTLINE_NAME,
        &endpoint,
        reach_hotline::Protection::InsecureNoPassphrase,
    )?;
    let receipt_key = profile
        .receipt_verifiers()?
        .first()
        .copied()
        .ok_or("profile has no receipt key")?;
    println!(
        "2. Created a hotline in {} with fresh keys: HPKE sealing key {} (private half kept \
         apart, in {}), receipt signing key {}.",
        hotline_dir.display(),
        profile.keys[0].key_id,
        keys_dir.display(),
        receipt_key.key_id()
    );
    println!(
        "   Its public profile ({}) is what the app bundles; endpoint {endpoint}.",
        hotline_dir.join(reach_hotline::PROFILE_FILE).display()
    );

    // 3. The phone.
    let kdf = KdfParams::default();
    let t = Instant::now();
    let store = Store::create(&phone_dir, DEMO_PIN, kdf)?;
    println!(
        "3. Set up the phone's encrypted store in {} with PIN {DEMO_PIN}. Deriving the key \
         (Argon2id, {} MiB, {} passes) took {:.2} s — on purpose: every PIN guess costs the same.",
        phone_dir.display(),
        kdf.m_kib / 1024,
        kdf.t,
        t.elapsed().as_secs_f64()
    );

    // 4. Requests written with no connection.
    let requests = demo_requests()?;
    println!(
        "4. The hotline is DOWN (nothing listens on {addr}). {} requests are written anyway \
         (one phone stands in for three people here):",
        requests.len()
    );
    let store = Arc::new(Mutex::new(store));
    let mut ids: Vec<ReferralId> = Vec::new();
    let mut shas = Vec::new();
    let mut phrases = Vec::new();
    for req in &requests {
        let mut s = store.lock().expect("store mutex");
        let id = s.submit(&req.referral, &profile)?;
        let env = s.envelope(id)?;
        println!(
            "   - {}: sealed to the hotline's key and queued as {id} ({} bytes, padded)",
            req.label,
            env.as_bytes().len()
        );
        shas.push(env.sha256());
        ids.push(id);
        phrases.extend(secret_phrases(&req.referral));
    }
    out.submitted = ids.len();
    store.lock().expect("store mutex").lock();
    println!("   The app locks the store (forgets the key); delivery needs no PIN.");

    // 5. A sync pass that cannot reach anyone.
    // The demo keeps delivered rows to show each receipt below; the app deletes them (and the
    // receipts) on delivery, keeping only a count.
    let demo_sync = SyncConfig {
        keep_delivered_envelopes: true,
        ..SyncConfig::default()
    };
    let client = SyncClient::new(&profile, &phone_dir, demo_sync)?;
    let engine = SyncEngine::new(client, store.clone());
    let report = engine.sync_once().await?;
    println!(
        "5. Sync pass with the hotline down: {} delivered, {} to retry later, {} needing attention.",
        report.delivered, report.retry_later, report.needs_attention
    );
    for item in store.lock().expect("store mutex").list()? {
        if let OutboxState::Queued { attempts } = item.state {
            out.attempts_after_offline.push(attempts);
            println!(
                "   - {}: still queued, attempts={attempts}",
                item.referral_id
            );
        } else {
            println!("   - {}: {:?}", item.referral_id, item.state);
        }
    }
    if let Some(next) = report.next_due_at {
        println!(
            "   The next retry is due in {} s (exponential backoff with full jitter), or at once when \
             the network comes back.",
            (next - reach_core::sync::now_unix()).max(0)
        );
    }

    // 6. What someone who takes the phone would find.
    let (nfiles, hits, nbytes) = scan_for_plaintext(&phone_dir, &phrases)?;
    out.plaintext_hits = hits;
    println!(
        "6. Searched the phone's {nfiles} files ({nbytes} bytes) for {} phrases from the requests \
         (messages, places, code words, contact details): {}.",
        phrases.len(),
        if hits == 0 {
            "not found — only ciphertext is on the phone".to_owned()
        } else {
            format!("FOUND {hits} — plaintext leaked to disk!")
        }
    );

    // 7. The hotline comes up.
    let config = reach_hotline::load_config(&hotline_dir, None)?;
    let db_path = config.db_path.clone();
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let server = reach_hotline::spawn(config, listener).await?;
    out.url = server.url();
    println!(
        "7. Started the hotline on {} (database {}, default rate limit).",
        server.url(),
        db_path.display()
    );

    // 8. The network is back.
    engine.connectivity_restored()?;
    let t = Instant::now();
    let report = engine.sync_once().await?;
    out.delivered = report.delivered;
    out.round_trips = report.round_trips;
    println!(
        "8. Network back: {} delivered in {} HTTP round trip(s), {} bytes sent, {:.0} ms.",
        report.delivered,
        report.round_trips,
        report.bytes_sent,
        t.elapsed().as_secs_f64() * 1000.0
    );
    for item in store.lock().expect("store mutex").list()? {
        let pos = ids.iter().position(|i| *i == item.referral_id);
        match (item.state, item.receipt, pos) {
            (OutboxState::Delivered, Some(receipt), Some(pos)) => {
                let ok = receipt_key
                    .verify_for(&receipt, item.referral_id, shas[pos])
                    .is_ok();
                out.receipts_verified += usize::from(ok);
                println!(
                    "   - {}: delivered; receipt signed by key {} {}",
                    item.referral_id,
                    receipt.key_id(),
                    if ok {
                        "— signature verified over this id and these exact bytes"
                    } else {
                        "— DOES NOT VERIFY"
                    }
                );
            }
            (state, _, _) => println!("   - {}: {state:?}", item.referral_id),
        }
    }
    println!("   The phone deleted its sealed copies: the signed receipts are its proof.");

    // 9. Status, with each request's own secret.
    let t = Instant::now();
    store.lock().expect("store mutex").unlock(DEMO_PIN)?;
    println!(
        "9. The app is unlocked with the PIN ({:.2} s) to check on the requests; each status \
         query proves ownership with that request's own secret:",
        t.elapsed().as_secs_f64()
    );
    let status_client = SyncClient::new(&profile, &phone_dir, SyncConfig::default())?;
    for id in &ids {
        let secret = store.lock().expect("store mutex").status_secret(*id)?;
        let st = status_client.fetch_status(*id, &secret).await?;
        let state = st
            .state
            .ok_or("the hotline answered a state this demo does not know")?;
        out.status_after_delivery.push(state);
        println!("   - {id}: {}", state_text(state));
    }

    // 10. Hotline staff.
    let labels: HashMap<ReferralId, &DemoRequest> = ids.iter().copied().zip(&requests).collect();
    let opened = reach_hotline::open_all(
        &keys_dir,
        &db_path,
        &OpenOptions {
            passphrase: None,
            actor: DEMO_ACTOR,
            only: None,
            page: Default::default(),
        },
    )?;
    let audit = rusqlite::Connection::open_with_flags(
        &db_path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?;
    out.audit_rows = audit.query_row(
        "SELECT COUNT(*) FROM audit WHERE action = 'decrypt' AND actor = ?1",
        [DEMO_ACTOR],
        |r| r.get(0),
    )?;
    println!(
        "10. Hotline staff ({DEMO_ACTOR}) open the inbox with the HPKE private key. Each \
         decryption was written to the audit table before any plaintext was shown \
         ({} audit rows). What staff see:",
        out.audit_rows
    );
    for o in &opened.opened {
        out.opened += 1;
        let (label, intact) = labels.get(&o.id).map_or(("(unknown request)", false), |d| {
            (d.label, d.referral.message == o.referral.message)
        });
        for line in staff_summary(label, &o.referral, intact) {
            println!("{line}");
        }
    }
    for s in &opened.set_aside {
        println!("  - {}: SET ASIDE: {}", s.stored_id, s.reason);
    }

    // 11. Status again.
    println!("11. The app asks again:");
    for id in &ids {
        let secret = store.lock().expect("store mutex").status_secret(*id)?;
        let st = status_client.fetch_status(*id, &secret).await?;
        let state = st
            .state
            .ok_or("the hotline answered a state this demo does not know")?;
        out.status_after_review.push(state);
        println!("   - {id}: {}", state_text(state));
    }
    store.lock().expect("store mutex").lock();

    // 11b. Survivors' voices: earlier people's answers, so the inbox's page has totals to show.
    let sent = demo_voices(&profile, &db_path).await?;
    println!(
        "   Survivors' voices: {sent} people answered the three questions after their request \
         was closed, each answer sealed on its own (no request id) and sent to /v1/feedback; \
         dated last month for this demo, since the inbox shows ended months only."
    );

    // 12. The staff inbox, in a browser.
    let staff = StaffDb::open(&keys_dir)?;
    let creds = staff.add(None, DEMO_STAFF, Role::Admin, DEMO_HOTLINE_NAME)?;
    let keys = reach_hotline::load_hpke_keys(&keys_dir, None)?;
    let inbox_listener = tokio::net::TcpListener::bind(inbox_addr).await?;
    let inbox = match spawn_inbox(
        InboxConfig::new(db_path.clone(), keys, staff),
        inbox_listener,
    )
    .await
    {
        Ok(inbox) => inbox,
        Err(e) => {
            server.shutdown().await;
            return Err(e.into());
        }
    };
    let code = totp_rs::TOTP::from_url(creds.otpauth_uri.as_str())
        .map_err(|e| format!("the demo admin's authenticator link: {e}"))?
        .generate_current()?;
    out.inbox = InboxLogin {
        url: inbox.url(),
        name: DEMO_STAFF.to_owned(),
        password: creds.password.as_str().to_owned(),
        otpauth: creds.otpauth_uri.as_str().to_owned(),
        code,
    };
    let running = Running { server, inbox };
    println!(
        "12. Staff read requests in the staff inbox, which runs beside the hotline as \
         `reach-hotline inbox` would (on the hotline's own network; here on loopback). It holds \
         the HPKE private key, decrypts each request once into memory (audited), and serves \
         plain pages, no script: open {}/ in a browser.",
        out.inbox.url
    );
    println!(
        "   A demo admin was made in {} (shown once, as `reach-hotline staff add` does):",
        keys_dir.join(reach_hotline::staff::STAFF_DB_FILE).display()
    );
    println!("   - name:             {}", out.inbox.name);
    println!("   - password:         {}", out.inbox.password);
    println!(
        "   - authenticator:    {} (add it to an authenticator app)",
        out.inbox.otpauth
    );
    println!(
        "   - a code valid now: {} (good once, for about a minute; after that, take a code \
         from the authenticator app)",
        out.inbox.code
    );
    if let Some(path) = &opts.inbox_info {
        if let Err(e) = write_inbox_info(path, &out.inbox) {
            running.shutdown().await;
            return Err(format!("--inbox-info {}: {e}", path.display()).into());
        }
        println!("   The same login, as JSON: {}", path.display());
    }
    println!();
    println!("Demo finished in {:.1} s.", started.elapsed().as_secs_f64());
    Ok((out, running))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The staff inbox the demo printed answers its login page, and the printed login (name,
    /// password, the code valid now) opens the list.
    async fn inbox_answers(login: &InboxLogin) {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let web = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let page = web
            .get(format!("{}/login", login.url))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.headers().contains_key("content-security-policy"));
        let cookie = page
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix("reach_login="))
            .and_then(|v| v.split(';').next())
            .unwrap()
            .to_owned();
        let html = page.text().await.unwrap();
        let at = html.find("name=\"token\" value=\"").unwrap() + 20;
        let token = &html[at..at + html[at..].find('"').unwrap()];
        let body = format!(
            "token={token}&name={}&password={}&code={}",
            login.name, login.password, login.code
        );
        let res = web
            .post(format!("{}/login", login.url))
            .header("cookie", format!("reach_login={cookie}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "the printed login must open the inbox");
        assert_eq!(res.headers()["location"], "/");
    }

    /// The README's run command cannot silently rot: the whole story runs against a real
    /// server on an ephemeral port, and what it narrates is asserted.
    #[test]
    fn demo_tells_the_whole_story() {
        let tmp = tempfile::tempdir().unwrap();
        let info = tmp.path().join("inbox.json");
        let opts = DemoOptions {
            dir: tmp.path().join("demo"),
            listen: "127.0.0.1:0".parse().unwrap(),
            inbox_listen: "127.0.0.1:0".parse().unwrap(),
            inbox_info: Some(info.clone()),
            exit: true,
        };
        let rt = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        let (out, running) = rt.block_on(tell(&opts)).unwrap();
        rt.block_on(inbox_answers(&out.inbox));
        rt.block_on(running.shutdown());
        let written: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&info).unwrap()).unwrap();
        assert_eq!(
            written,
            serde_json::json!({
                "url": out.inbox.url,
                "name": DEMO_STAFF,
                "password": out.inbox.password,
                "otpauth": out.inbox.otpauth,
            })
        );
        assert_eq!(out.submitted, 3);
        assert_eq!(out.attempts_after_offline, vec![1, 1, 1]);
        assert_eq!(out.plaintext_hits, 0);
        assert_eq!(out.delivered, 3);
        assert_eq!(out.receipts_verified, 3);
        assert_eq!(out.status_after_delivery, vec![ReferralState::Received; 3]);
        assert_eq!(out.opened, 3);
        assert_eq!(out.audit_rows, 3);
        assert_eq!(out.status_after_review, vec![ReferralState::InReview; 3]);

        // A second run reuses (wipes) its own directory...
        let again = rt.block_on(run(&opts)).unwrap();
        assert_eq!(again.delivered, 3);
        // ...but never a directory it did not make.
        let foreign = tmp.path().join("not-a-demo");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("precious.txt"), b"keep me").unwrap();
        let err = rt
            .block_on(run(&DemoOptions {
                dir: foreign.clone(),
                ..opts.clone()
            }))
            .unwrap_err();
        assert!(err.to_string().contains("refusing"), "{err}");
        assert!(foreign.join("precious.txt").exists());
        // The inbox, which shows decrypted requests, never listens beyond loopback.
        let err = rt
            .block_on(run(&DemoOptions {
                inbox_listen: "0.0.0.0:0".parse().unwrap(),
                ..opts
            }))
            .unwrap_err();
        assert!(err.to_string().contains("loopback only"), "{err}");
    }

    #[test]
    fn demo_requests_are_valid_and_distinct() {
        let reqs = demo_requests().unwrap();
        assert_eq!(reqs.len(), 3);
        for r in &reqs {
            r.referral.validate().unwrap();
        }
        let langs: std::collections::HashSet<_> =
            reqs.iter().map(|r| r.referral.language.clone()).collect();
        assert_eq!(langs.len(), 3);
    }
}
