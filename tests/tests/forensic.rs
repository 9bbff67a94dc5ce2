//! Forensics across the whole path: a request holding marker strings is written, submitted and
//! delivered; at every step no file of the phone's data directory nor of the hotline's directory
//! (database, -wal, -shm, journal, keys) contains any marker. Then a wipe leaves nothing behind.

use reach_core::referral::{ContactMethod, PhoneNumber};
use reach_core::store::Store;
use reach_e2e::harness::{Hotline, Phone, fast_sync_config, files_containing, files_under};

fn assert_clean(dirs: &[&std::path::Path], needles: &[Vec<u8>], when: &str) {
    for dir in dirs {
        assert!(
            !files_under(dir).is_empty(),
            "{when}: nothing to scan in {dir:?}"
        );
        for n in needles {
            let hits = files_containing(dir, n);
            assert!(
                hits.is_empty(),
                "{when}: {:?} found in {hits:?}",
                String::from_utf8_lossy(n)
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_plaintext_anywhere_from_draft_to_inbox_and_nothing_after_wipe() {
    let marker = format!("FORENSIC-{}", hex_id());
    let phone_number = "+442079460958";
    let mut referral = reach_core::referral::sample();
    referral.message = Some(format!("{marker} message body").into());
    referral.place = Some(format!("{marker} place").into());
    referral.contact.code_word = Some(marker[..20].to_string().into());
    referral.contact.methods = vec![ContactMethod::Sms {
        phone: PhoneNumber::parse(phone_number, None).unwrap(),
    }];
    referral.validate().unwrap();
    let needles: Vec<Vec<u8>> = vec![
        marker.as_bytes().to_vec(),
        phone_number.as_bytes().to_vec(),
        phone_number.as_bytes()[1..].to_vec(),
        marker.as_bytes()[..20].to_vec(), // the code word alone
    ];

    let mut hotline = Hotline::new();
    hotline.start().await;
    let phone = Phone::new();
    let profile = hotline.profile();
    let (phone_dir, hotline_dir) = (
        phone.dir.path().to_path_buf(),
        hotline.dir.path().to_path_buf(),
    );
    let dirs = [phone_dir.as_path(), hotline_dir.as_path()];

    // The scanner works: the same marker planted in a file is found.
    let probe = phone.dir.path().join("probe.txt");
    std::fs::write(&probe, format!("xx{marker}xx")).unwrap();
    assert_eq!(
        files_containing(phone.dir.path(), marker.as_bytes()),
        vec![probe.clone()]
    );
    std::fs::remove_file(&probe).unwrap();

    let draft = phone
        .store
        .lock()
        .unwrap()
        .save_draft(None, &referral)
        .unwrap();
    assert_clean(&dirs, &needles, "draft saved");
    let id = phone
        .store
        .lock()
        .unwrap()
        .submit_draft(draft, &profile)
        .unwrap();
    assert_clean(&dirs, &needles, "submitted");
    let client = phone.client(&profile, fast_sync_config());
    assert_eq!(client.sync_once(&phone.store).await.unwrap().delivered, 1);
    assert_clean(&dirs, &needles, "delivered");
    hotline.stop().await;
    assert_clean(&dirs, &needles, "hotline stopped");

    // Staff can read it (so the markers really were in the request)...
    let opened = hotline.open_all();
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].0, id);
    assert!(
        opened[0]
            .1
            .message
            .as_ref()
            .unwrap()
            .expose()
            .contains(&marker)
    );
    // ...and opening leaves no plaintext behind either.
    assert_clean(&[hotline_dir.as_path()], &needles, "opened by staff");

    // Wipe: the phone's directory is emptied and an earlier copy of its database cannot be
    // unlocked any more (the device secret is gone).
    let copy = tempfile::tempdir().unwrap();
    for f in files_under(phone.dir.path()) {
        if f.file_name().unwrap() != "device.key" {
            std::fs::copy(&f, copy.path().join(f.file_name().unwrap())).unwrap();
        }
    }
    drop(client);
    let store = std::sync::Arc::try_unwrap(phone.store)
        .ok()
        .unwrap()
        .into_inner()
        .unwrap();
    store.wipe().unwrap();
    let left = files_under(phone.dir.path());
    assert!(left.is_empty(), "left after wipe: {left:?}");
    let mut old = Store::open(copy.path()).unwrap();
    assert!(old.unlock(phone.pin).is_err());
}

fn hex_id() -> String {
    reach_core::ids::ReferralId::random().to_string()
}
