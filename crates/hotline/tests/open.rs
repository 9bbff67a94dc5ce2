//! Audit-logged decryption for staff.

mod common;

use common::Hotline;
use reach_core::wire::{ReferralState, StatusResponse};
use reach_hotline::{HotlineError, OpenOptions, OpenOutcome, open_all};

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

#[tokio::test]
async fn open_decrypts_records_audit_and_moves_to_in_review() {
    let h = Hotline::start(None).await;
    let (a, secret_a) = h.seal_referral("first message");
    let (b, _) = h.seal_referral("second message");
    for env in [&a, &b] {
        assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    }
    let opts = OpenOptions {
        passphrase: None,
        actor: "staff-alice",
        only: None,
    };
    let opened = open_all(h.dir.path(), &h.db, &opts).unwrap();
    assert_eq!(opened.len(), 2);
    let mut messages: Vec<String> = opened
        .iter()
        .map(|o| match &o.outcome {
            OpenOutcome::Opened { referral } => referral.message.as_ref().unwrap().expose().clone(),
            OpenOutcome::Failed { reason } => panic!("{reason}"),
        })
        .collect();
    messages.sort();
    assert_eq!(messages, ["first message", "second message"]);
    assert!(opened.iter().all(|o| o.state == ReferralState::InReview));
    // The JSON staff see holds the content; Debug (logs) does not.
    let json = serde_json::to_string(&opened).unwrap();
    assert!(json.contains("first message") && json.contains("\"result\":\"opened\""));
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
    assert_eq!(s.state, ReferralState::InReview);

    // --id: only that one, and one more audit row.
    let only = open_all(
        h.dir.path(),
        &h.db,
        &OpenOptions {
            only: Some(b.referral_id()),
            actor: "staff-bob",
            ..opts.clone()
        },
    )
    .unwrap();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].id, b.referral_id());
    let audit = audit_rows(&h);
    assert_eq!(audit.len(), 3);
    assert_eq!(audit[2].0, b.referral_id().to_string());
    assert_eq!(audit[2].2, "staff-bob");

    let unknown = reach_core::ids::ReferralId::random();
    let err = open_all(
        h.dir.path(),
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
async fn open_reports_tampered_envelopes_instead_of_skipping_them() {
    let mut h = Hotline::start(None).await;
    let (good, _) = h.seal_referral("intact");
    let (bad, _) = h.seal_referral("to be tampered");
    let (rehashed, _) = h.seal_referral("tampered with matching hash");
    for env in [&good, &bad, &rehashed] {
        assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    }
    h.stop().await;
    {
        let conn = h.db();
        // Flip a ciphertext byte only (hash now mismatches).
        let mut bytes = bad.as_bytes().to_vec();
        bytes[200] ^= 1;
        conn.execute(
            "UPDATE referrals SET envelope = ?1 WHERE referral_id = ?2",
            rusqlite::params![bytes, bad.referral_id().to_string()],
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
    }
    let opened = open_all(
        h.dir.path(),
        &h.db,
        &OpenOptions {
            passphrase: None,
            actor: "staff",
            only: None,
        },
    )
    .unwrap();
    assert_eq!(opened.len(), 3);
    let find = |id| opened.iter().find(|o| o.id == id).unwrap();
    assert!(matches!(
        find(good.referral_id()).outcome,
        OpenOutcome::Opened { .. }
    ));
    for id in [bad.referral_id(), rehashed.referral_id()] {
        let o = find(id);
        match &o.outcome {
            OpenOutcome::Failed { reason } => assert!(reason.contains("tampered"), "{reason}"),
            OpenOutcome::Opened { .. } => panic!("tampered envelope opened"),
        }
        assert_eq!(o.state, ReferralState::Received);
    }
    let failed_audits: Vec<_> = audit_rows(&h)
        .into_iter()
        .filter(|r| r.1 == "decrypt_failed")
        .map(|r| r.0)
        .collect();
    assert_eq!(failed_audits.len(), 2);
}

#[test]
fn open_refuses_a_missing_database_and_creates_none() {
    let dir = tempfile::tempdir().unwrap();
    reach_hotline::init_dir(dir.path(), "A", "https://a.org", None).unwrap();
    let db = dir.path().join("nope.db");
    let err = open_all(
        dir.path(),
        &db,
        &OpenOptions {
            passphrase: None,
            actor: "x",
            only: None,
        },
    )
    .unwrap_err();
    assert!(matches!(err, HotlineError::NoDatabase(_)), "{err}");
    assert!(!db.exists());
}

#[tokio::test]
async fn cli_open_prints_json_and_fails_loudly_on_tampering() {
    let h = Hotline::start(None).await;
    let (env, _) = h.seal_referral("via the cli");
    assert_eq!(h.post_envelope(env.as_bytes()).await.status().as_u16(), 201);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_reach-hotline"))
        .args(["open", "--dir"])
        .arg(h.dir.path())
        .arg("--db")
        .arg(&h.db)
        .args(["--actor", "cli-staff"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["id"], env.referral_id().to_string());
    assert_eq!(v[0]["result"], "opened");
    assert_eq!(v[0]["referral"]["message"], "via the cli");
    assert_eq!(audit_rows(&h)[0].2, "cli-staff");

    let mut bytes = env.as_bytes().to_vec();
    bytes[150] ^= 1;
    h.db()
        .execute(
            "UPDATE referrals SET envelope = ?1 WHERE referral_id = ?2",
            rusqlite::params![bytes, env.referral_id().to_string()],
        )
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_reach-hotline"))
        .args(["open", "--dir"])
        .arg(h.dir.path())
        .arg("--db")
        .arg(&h.db)
        .args(["--actor", "cli-staff"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["result"], "failed");
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be opened"));
    assert_eq!(audit_rows(&h)[1].1, "decrypt_failed");
}
