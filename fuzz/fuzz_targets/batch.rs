//! The batch parser (`wire::decode_batch`), as the hotline runs it on `POST /v1/envelopes/batch`,
//! followed by the per-item envelope parser the server applies to each item.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reach_core::envelope::{Envelope, MAX_ENVELOPE_LEN};
use reach_core::wire::{self, MAX_BATCH_BYTES, MAX_BATCH_ITEMS, WireError};

fuzz_target!(init: reach_fuzz::plant(reach_fuzz::batches), |data: &[u8]| {
    match wire::decode_batch(data) {
        Ok(items) => {
            assert!((1..=MAX_BATCH_ITEMS).contains(&items.len()));
            assert!(data.len() <= MAX_BATCH_BYTES);
            // The items tile the body exactly: 6 bytes of header, then length-prefixed items,
            // in order, with nothing left over.
            let mut at = 6;
            for item in &items {
                assert!(item.len() <= MAX_ENVELOPE_LEN);
                let len = u32::from_be_bytes(data[at..at + 4].try_into().unwrap()) as usize;
                assert_eq!(len, item.len());
                assert_eq!(&data[at + 4..at + 4 + len], *item);
                at += 4 + len;
            }
            assert_eq!(at, data.len());
            // When every item is an envelope, re-encoding gives back the very same body.
            let envs: Result<Vec<Envelope>, _> =
                items.iter().map(|i| Envelope::from_bytes(i.to_vec())).collect();
            if let Ok(envs) = envs {
                assert_eq!(wire::encode_batch(&envs), data);
            }
        }
        Err(WireError::TooLarge) => {
            assert!(
                data.len() > MAX_BATCH_BYTES
                    || u16::from_be_bytes([data[4], data[5]]) as usize > MAX_BATCH_ITEMS
            );
        }
        Err(WireError::Malformed(_)) => {}
    }
});
