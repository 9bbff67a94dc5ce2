//! Audit-logged decryption for staff: pages, filters, and envelopes set aside.

use crate::common::Hotline;
use reach_core::envelope::Envelope;
use reach_core::wire::{ReferralState, StatusResponse};
use reach_hotline::{HotlineError, OpenOptions, Opened, Page, open_all};

fn audit_rows(h: &Hotline) -> Vec<(String, String, String, String)> {
    let conn = h.db();
    let mut stmt = conn
        .prepare("SELECT referral_id, action, actor, day FROM audit ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn staff(actor: &str) -> OpenOptions<'_> {
    OpenOptions {
        passphrase: None,
        actor,
        only: None,
        page: Page::default(),
    }
}

fn open_page(h: &Hotline, page: Page) -> Opened {
    open_all(
        &h.keys_dir,
        &h.db,
        &OpenOptions {
            page,
            ..staff("staff")
        },
    )
    .unwrap()
}

fn open_in_state(h: &Hotline, state: ReferralState) -> Opened {
    open_page(
        h,
        Page {
            state: Some(state),
            ..Page::default()
        },
    )
}

fn messages(o: &Opened) -> Vec<String> {
    let mut m: Vec<String> = o
        .opened
        .iter()
        .map(|o| o.referral.message.as_ref().unwrap().expose().clone())
        .collect();
    m.sort();
    m
}

/// Stores `n` requests whose messages are `msg 0`, `msg 1`, …
async fn deliver(h: &Hotline, n: usize) -> Vec<Envelope> {
    let mut envs = Vec::new();
    for i in 0..n {
        let (env, _) = h.seal_referral(&format!("msg {i}"));
        assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
        envs.push(env);
    }
    envs
}

#[tokio::test]
async fn open_decrypts_records_audit_and_moves_to_in_review() {
    let h = Hotline::start(None).await;
    let (a, secret_a) = h.seal_referral("first message");
    let (b, _) = h.seal_referral("second message");
    for env in [&a, &b] {
        assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    }
    let opts = staff("staff-alice");
    let opened = open_all(&h.keys_dir, &h.db, &opts).unwrap();
    assert_eq!(messages(&opened), ["first message", "second message"]);
    assert!(opened.set_aside.is_empty() && opened.next_after.is_none());
    assert!(
        opened
            .opened
            .iter()
            .all(|o| o.state == ReferralState::InReview)
    );
    // The JSON staff see holds the content; Debug (logs) does not.
    let json = serde_json::to_string(&opened).unwrap();
    assert!(json.contains("first message"));
    assert!(!format!("{opened:?}").contains("first message"));

    let audit = audit_rows(&h);
    assert_eq!(audit.len(), 2);
    for (id, action, actor, day) in &audit {
        assert!([a.referral_id().to_string(), b.referral_id().to_string()].contains(id));
        assert_eq!(action, "decrypt");
        assert_eq!(actor, "staff-alice");
        assert_eq!(day.len(), 10);
    }
    // The person sees "in review" through the status route.
    let res = h.status(&secret_a.to_base64()).await;
    let s: StatusResponse = res.json().await.unwrap();
    assert_eq!(s.state, Some(ReferralState::InReview));

    // --id: only that one, and one more audit row.
    let only = open_all(
        &h.keys_dir,
        &h.db,
        &OpenOptions {
            only: Some(b.referral_id()),
            actor: "staff-bob",
            ..opts.clone()
        },
    )
    .unwrap();
    assert_eq!(only.opened.len(), 1);
    assert_eq!(only.opened[0].id, b.referral_id());
    let audit = audit_rows(&h);
    assert_eq!(audit.len(), 3);
    assert_eq!(audit[2].0, b.referral_id().to_string());
    assert_eq!(audit[2].2, "staff-bob");

    let unknown = reach_core::ids::ReferralId::random();
    let err = open_all(
        &h.keys_dir,
        &h.db,
        &OpenOptions {
            only: Some(unknown),
            ..opts
        },
    )
    .unwrap_err();
    assert!(matches!(err, HotlineError::UnknownReferral(_)), "{err}");
}

#[tokio::test]
async fn open_pages_through_the_inbox_in_a_stable_order() {
    let h = Hotline::start(None).await;
    deliver(&h, 5).await;
    let mut seen = Vec::new();
    let mut after = None;
    let mut pages = 0;
    loop {
        let page = open_page(
            &h,
            Page {
                limit: Some(2),
                after: after.clone(),
                ..Page::default()
            },
        );
        pages += 1;
        assert!(page.opened.len() <= 2);
        seen.extend(page.opened.iter().map(|o| o.id.to_string()));
        match page.next_after {
            Some(next) => {
                assert_eq!(
                    &next,
                    seen.last().unwrap(),
                    "the cursor is the last id shown"
                );
                after = Some(next);
            }
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(seen.len(), 5, "every request exactly once");
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, seen, "ordered by (day, id), no repeats");
    // Each decryption was audited once.
    assert_eq!(audit_rows(&h).len(), 5);

    let err = open_all(
        &h.keys_dir,
        &h.db,
        &OpenOptions {
            page: Page {
                after: Some("not-a-stored-id".into()),
                ..Page::default()
            },
            ..staff("staff")
        },
    )
    .unwrap_err();
    assert!(matches!(err, HotlineError::UnknownCursor(_)), "{err}");
}

#[tokio::test]
async fn open_filters_by_state_and_day() {
    let h = Hotline::start(None).await;
    let envs = deliver(&h, 3).await;
    // One request arrived on an earlier day (the endpoint keeps only the day).
    h.db()
        .execute(
            "UPDATE referrals SET received_day = '2024-02-29' WHERE referral_id = ?1",
            [envs[0].referral_id().to_string()],
        )
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    let that_day = open_page(
        &h,
        Page {
            day: Some(day),
            ..Page::default()
        },
    );
    assert_eq!(messages(&that_day), ["msg 0"]);
    assert_eq!(that_day.opened[0].received_day, "2024-02-29");

    // msg 0 is now in review; only the other two are still "received".
    let received = open_in_state(&h, ReferralState::Received);
    assert_eq!(messages(&received), ["msg 1", "msg 2"]);
    let none_left = open_in_state(&h, ReferralState::Received);
    assert!(none_left.opened.is_empty() && none_left.set_aside.is_empty());
    let in_review = open_in_state(&h, ReferralState::InReview);
    assert_eq!(in_review.opened.len(), 3);
}

#[tokio::test]
async fn open_sets_aside_what_it_cannot_open_and_goes_on() {
    let mut h = Hotline::start(None).await;
    let envs = deliver(&h, 5).await;
    let (tampered, rehashed, damaged) = (&envs[1], &envs[2], &envs[3]);
    h.stop().await;
    {
        let conn = h.db();
        // Flip a ciphertext byte only (hash now mismatches).
        let mut bytes = tampered.as_bytes().to_vec();
        bytes[200] ^= 1;
        conn.execute(
            "UPDATE referrals SET envelope = ?1 WHERE referral_id = ?2",
            rusqlite::params![bytes, tampered.referral_id().to_string()],
        )
        .unwrap();
        // Flip a byte and fix up the stored hash, so only the AEAD can notice.
        let mut bytes = rehashed.as_bytes().to_vec();
        bytes[300] ^= 0x80;
        let sha = reach_core::envelope::sha256(&bytes);
        conn.execute(
            "UPDATE referrals SET envelope = ?1, envelope_sha256 = ?2 WHERE referral_id = ?3",
            rusqlite::params![bytes, &sha[..], rehashed.referral_id().to_string()],
        )
        .unwrap();
        // A damaged row: the envelope column holds text, not a blob.
        conn.execute(
            "UPDATE referrals SET envelope = 'garbage' WHERE referral_id = ?1",
            [damaged.referral_id().to_string()],
        )
        .unwrap();
    }
    let before: Vec<Vec<u8>> = [tampered, rehashed]
        .iter()
        .map(|e| h.stored_bytes(e.referral_id()).unwrap())
        .collect();

    let page = open_page(&h, Page::default());
    assert_eq!(
        messages(&page),
        ["msg 0", "msg 4"],
        "the good ones still open"
    );
    let mut aside: Vec<(&str, &str)> = page
        .set_aside
        .iter()
        .map(|s| (s.stored_id.as_str(), s.reason.as_str()))
        .collect();
    aside.sort();
    let mut expected = [
        (tampered.referral_id().to_string(), "tampered"),
        (rehashed.referral_id().to_string(), "tampered"),
        (damaged.referral_id().to_string(), "damaged row"),
    ];
    expected.sort();
    assert_eq!(aside.len(), 3);
    for ((id, reason), (want_id, want_reason)) in aside.iter().zip(&expected) {
        assert_eq!(id, want_id);
        assert!(reason.contains(want_reason), "{reason}");
    }
    // Set aside, never deleted or changed, and still "received".
    assert_eq!(h.count(), 5);
    for (e, bytes) in [tampered, rehashed].iter().zip(&before) {
        assert_eq!(&h.stored_bytes(e.referral_id()).unwrap(), bytes);
    }
    let received = open_in_state(&h, ReferralState::Received);
    assert_eq!(received.set_aside.len(), 3);
    assert!(received.opened.is_empty());
    let failed_audits = audit_rows(&h)
        .into_iter()
        .filter(|r| r.1 == "decrypt_failed")
        .count();
    assert_eq!(
        failed_audits, 6,
        "every attempt is audited, failed ones too"
    );
}

#[test]
fn open_refuses_a_missing_database_and_creates_none() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    crate::common::init(&dir.path().join("serve"), &keys, "https://a.org");
    let db = dir.path().join("nope.db");
    let err = open_all(&keys, &db, &staff("x")).unwrap_err();
    assert!(matches!(err, HotlineError::NoDatabase(_)), "{err}");
    assert!(!db.exists());
}

fn cli_open(h: &Hotline, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_reach-hotline"))
        .arg("open")
        .arg("--keys-dir")
        .arg(&h.keys_dir)
        .arg("--dir")
        .arg(&h.serve_dir)
        .args(["--actor", "cli-staff"])
        .args(extra)
        .output()
        .unwrap()
}

#[tokio::test]
async fn cli_open_pages_prints_json_and_reports_what_it_set_aside() {
    let h = Hotline::start(None).await;
    let envs = deliver(&h, 3).await;
    let out = cli_open(&h, &["--limit", "2", "--state", "received"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["opened"].as_array().unwrap().len(), 2);
    for o in v["opened"].as_array().unwrap() {
        assert!(
            o["referral"]["message"]
                .as_str()
                .unwrap()
                .starts_with("msg ")
        );
        assert_eq!(o["state"], "in_review");
    }
    let next = v["next_after"].as_str().unwrap().to_owned();
    assert_eq!(audit_rows(&h)[0].2, "cli-staff");

    // The last one is tampered with: the page still prints, the run reports it set aside.
    let last = envs
        .iter()
        .find(|e| e.referral_id().to_string() > next)
        .unwrap();
    let mut bytes = last.as_bytes().to_vec();
    bytes[150] ^= 1;
    h.db()
        .execute(
            "UPDATE referrals SET envelope = ?1 WHERE referral_id = ?2",
            rusqlite::params![bytes, last.referral_id().to_string()],
        )
        .unwrap();
    let out = cli_open(&h, &["--after", &next, "--day", &chrono_today()]);
    assert!(!out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["opened"].as_array().unwrap().len(), 0);
    assert_eq!(
        v["set_aside"][0]["stored_id"],
        last.referral_id().to_string()
    );
    assert!(v["next_after"].is_null());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("set aside"), "{stderr}");
    assert_eq!(audit_rows(&h)[2].1, "decrypt_failed");

    // Bad filters are refused before anything is opened.
    let out = cli_open(&h, &["--state", "lost"]);
    assert!(!out.status.success());
    let out = cli_open(&h, &["--day", "2024-13-01"]);
    assert!(!out.status.success());
    assert_eq!(audit_rows(&h).len(), 3);
}

fn cli_audit_verify(h: &Hotline, extra: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_reach-hotline"))
        .args(["audit", "verify", "--dir"])
        .arg(&h.serve_dir)
        .args(extra)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The audit trail of real `open` runs verifies; a head written down is accepted later; an
/// edited, a removed and a cut row are each reported with the row, and the log never holds the
/// request's words.
#[tokio::test]
async fn audit_verify_checks_the_chain_that_open_writes() {
    let h = Hotline::start(None).await;
    deliver(&h, 3).await;
    assert!(cli_open(&h, &[]).status.success());
    let (ok, text) = cli_audit_verify(&h, &[]);
    assert!(ok, "{text}");
    assert!(text.contains("3 row(s)"), "{text}");
    let head = text.split("head ").nth(1).unwrap().trim().to_owned();
    assert_eq!(head.len(), 64, "{text}");
    // More staff work later: the head written down before is still in the chain.
    assert!(cli_open(&h, &[]).status.success());
    let (ok, text) = cli_audit_verify(&h, &["--expect-head", &head]);
    assert!(ok, "{text}");
    assert!(text.contains("6 row(s)"), "{text}");
    // The words of the requests are nowhere in the log.
    let conn = h.db();
    let logged: Vec<String> = conn
        .prepare("SELECT referral_id || action || actor || day FROM audit")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(logged.iter().all(|l| !l.contains("msg ")), "{logged:?}");

    // Cut from the end: the chain is whole, but the head written down is gone.
    let latest = text.split("head ").nth(1).unwrap().trim().to_owned();
    conn.execute("DELETE FROM audit WHERE seq = 6", []).unwrap();
    let (ok, text) = cli_audit_verify(&h, &["--expect-head", &latest]);
    assert!(!ok && text.contains("not in the chain"), "{text}");
    // Edited: named by row.
    conn.execute("UPDATE audit SET actor = 'nobody' WHERE seq = 2", [])
        .unwrap();
    let (ok, text) = cli_audit_verify(&h, &[]);
    assert!(!ok && text.contains("row 2"), "{text}");
    // Removed.
    conn.execute("UPDATE audit SET actor = 'cli-staff' WHERE seq = 2", [])
        .unwrap();
    assert!(cli_audit_verify(&h, &[]).0);
    conn.execute("DELETE FROM audit WHERE seq = 4", []).unwrap();
    let (ok, text) = cli_audit_verify(&h, &[]);
    assert!(!ok && text.contains("row 5 follows row 3"), "{text}");
    // A head that is not hex is refused.
    let (ok, text) = cli_audit_verify(&h, &["--expect-head", "zz"]);
    assert!(!ok && text.contains("64 hex"), "{text}");
}

fn chrono_today() -> String {
    chrono::Utc::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// The versioning rule (docs/protocol.md): a newer app of the same major version may add
/// optional members; this hotline opens the request, shows what it knows, and reports every
/// member it cannot display instead of setting the request aside or dropping them.
#[tokio::test]
async fn a_newer_apps_extra_members_open_and_are_reported() {
    let h = Hotline::start(None).await;
    let known = reach_core::referral::Referral::sample();
    let mut v: serde_json::Value = serde_json::from_slice(&known.to_bytes()).unwrap();
    v["contact"]["signal_username"] = "fisher.42".into();
    let (env, _) = h.seal_bytes(&serde_json::to_vec(&v).unwrap());
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let opened = open_page(&h, Page::default());
    assert!(opened.set_aside.is_empty(), "{:?}", opened.set_aside);
    let o = &opened.opened[0];
    assert_eq!(*o.referral, known);
    assert_eq!(o.unknown_fields.len(), 1);
    assert_eq!(o.unknown_fields[0].field, "contact.signal_username");
    assert_eq!(o.unknown_fields[0].json.expose(), "\"fisher.42\"");
    // Staff's JSON output carries them.
    let json = serde_json::to_value(&opened).unwrap();
    assert_eq!(
        json["opened"][0]["unknown_fields"][0]["field"],
        "contact.signal_username"
    );
    // Another major version is still set aside with a clear reason, never guessed at.
    v["v"] = 2.into();
    let (env, _) = h.seal_bytes(&serde_json::to_vec(&v).unwrap());
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let opened = open_page(&h, Page::default());
    assert_eq!(opened.set_aside.len(), 1);
    assert!(
        opened.set_aside[0].reason.contains("version 2"),
        "{}",
        opened.set_aside[0].reason
    );
}
