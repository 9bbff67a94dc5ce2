//! Forensic tests: a phone searched by the person's exploiter must hold nothing readable. Unique
//! markers are typed into the message, the code word, the place and the phone number, and every
//! byte of every file in the data directory is searched for them at each stage of a request's
//! life. A self-test proves the scanner finds markers where they are, so that the forensic
//! test cannot pass vacuously.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support::{fast, files_in, hotline_with_signer};
use reach_core::envelope::{self};
use reach_core::referral::{ContactMethod, PhoneNumber, Referral, Sensitive};
use reach_core::store::{DB_FILE, Store};

const PIN: &str = "246813";

/// Every file under `dir` (recursively) whose bytes contain `needle`.
fn files_containing(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    assert!(!needle.is_empty());
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if fs::read(&path)
                .unwrap()
                .windows(needle.len())
                .any(|w| w == needle)
            {
                hits.push(path);
            }
        }
    }
    hits
}

fn random_hex(n: usize) -> String {
    let mut b = vec![0u8; n];
    reach_core::rng::fill(&mut b);
    hex::encode(b)
}

/// A valid phone number unique to this run (UK mobile range, random subscriber digits).
fn unique_phone() -> PhoneNumber {
    for _ in 0..1000 {
        let digits: String = (0..8)
            .map(|_| char::from(b'0' + (reach_core::rng::u64() % 10) as u8))
            .collect();
        if let Ok(p) = PhoneNumber::parse(&format!("+44 79{digits}"), None) {
            return p;
        }
    }
    panic!("no valid phone number found");
}

struct Markers {
    needles: Vec<(&'static str, Vec<u8>)>,
}

impl Markers {
    /// A referral whose every free-text field carries a unique marker.
    fn referral() -> (Referral, Self) {
        let message = format!("MSGMARKER{}", random_hex(12));
        let code_word = format!("CODEWORD{}", random_hex(8));
        let place = format!("PLACEMARKER{}", random_hex(8));
        let phone = unique_phone();
        let e164 = phone.as_e164().to_owned();
        let mut r = Referral::sample();
        r.message = Some(Sensitive::new(format!(
            "Please help. {message}\nThey took my passport."
        )));
        r.contact.code_word = Some(Sensitive::new(code_word.clone()));
        r.place = Some(Sensitive::new(place.clone()));
        r.contact.methods = vec![
            ContactMethod::Call {
                phone: phone.clone(),
            },
            ContactMethod::Sms { phone },
        ];
        r.validate().unwrap();
        let utf16: Vec<u8> = message.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let needles = vec![
            ("message", message.into_bytes()),
            ("message (UTF-16LE)", utf16),
            ("code word", code_word.into_bytes()),
            ("place", place.into_bytes()),
            ("phone (E.164)", e164.clone().into_bytes()),
            ("phone (digits)", e164.as_bytes()[1..].to_vec()),
        ];
        (r, Self { needles })
    }

    fn assert_absent(&self, dir: &Path, stage: &str) {
        assert!(
            files_in(dir).iter().any(|n| n == DB_FILE),
            "{stage}: nothing to scan"
        );
        for (what, needle) in &self.needles {
            let hits = files_containing(dir, needle);
            assert!(hits.is_empty(), "{stage}: {what} found in {hits:?}");
        }
    }
}

#[test]
fn nothing_readable_in_any_file_at_any_stage() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (hotline, signer, profile) = hotline_with_signer();
    let (referral, markers) = Markers::referral();
    let (direct, direct_markers) = Markers::referral();

    let mut store = Store::create(dir, PIN, fast()).unwrap();
    let draft = store.save_draft(None, &referral).unwrap();
    // Saved several times, as a form autosaves.
    store.save_draft(Some(draft), &referral).unwrap();
    let other = store.save_draft(None, &direct).unwrap();
    markers.assert_absent(dir, "draft saved");
    direct_markers.assert_absent(dir, "draft saved");
    assert_eq!(
        store.load_draft(draft).unwrap(),
        referral,
        "markers really stored"
    );

    store.lock();
    markers.assert_absent(dir, "locked");

    store.unlock(PIN).unwrap();
    let rid = store.submit_draft(draft, &profile).unwrap();
    store.delete_draft(other).unwrap();
    let rid2 = store.submit(&direct, &profile).unwrap();
    markers.assert_absent(dir, "after submit");
    direct_markers.assert_absent(dir, "after submit");

    // The sealed envelopes do carry the content (for the hotline only).
    let env = store.envelope(rid).unwrap();
    let opened = Referral::from_bytes(&envelope::open(&hotline, &env).unwrap()).unwrap();
    assert_eq!(opened.message, referral.message);

    for id in [rid, rid2] {
        let env = store.envelope(id).unwrap();
        store
            .mark_delivered(id, &signer.sign(id, env.sha256()), false)
            .unwrap();
    }
    markers.assert_absent(dir, "after delivery");
    direct_markers.assert_absent(dir, "after delivery");

    drop(store);
    markers.assert_absent(dir, "after close");
    direct_markers.assert_absent(dir, "after close");
}

#[test]
fn scanner_finds_markers_where_they_are() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let (referral, markers) = Markers::referral();
    let mut store = Store::create(dir, PIN, fast()).unwrap();
    store.save_draft(None, &referral).unwrap();
    markers.assert_absent(dir, "baseline");

    // A marker written in the clear into a file in the directory is found.
    let (what, needle) = &markers.needles[0];
    fs::write(dir.join("notes.txt"), needle).unwrap();
    assert_eq!(
        files_containing(dir, needle),
        vec![dir.join("notes.txt")],
        "{what}"
    );
    let result = std::panic::catch_unwind(|| markers.assert_absent(dir, "planted"));
    assert!(
        result.is_err(),
        "assert_absent must fail on a planted marker"
    );
    fs::remove_file(dir.join("notes.txt")).unwrap();

    // And so is plaintext that SQLite writes, in the WAL or the main file: the scan reads the
    // database files for real.
    let raw = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    let phone = &markers.needles[4].1;
    raw.execute("CREATE TABLE leak (t TEXT)", []).unwrap();
    raw.execute(
        "INSERT INTO leak (t) VALUES (?1)",
        [String::from_utf8(phone.clone()).unwrap()],
    )
    .unwrap();
    let hits = files_containing(dir, phone);
    assert!(!hits.is_empty(), "plaintext in SQLite must be found");
    raw.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    assert_eq!(files_containing(dir, phone), vec![dir.join(DB_FILE)]);
    drop(store);
}
