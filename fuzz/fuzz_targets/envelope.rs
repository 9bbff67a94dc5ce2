//! The envelope parser, as the hotline runs it on every body it is sent (`Envelope::from_bytes`)
//! and then on every stored envelope staff open (`envelope::open`).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use reach_core::envelope::{
    self, Envelope, EnvelopeError, HEADER_LEN, HotlinePrivateKey, MAX_ENVELOPE_LEN, MAX_PAYLOAD,
    MIN_ENVELOPE_LEN,
};

static KEY: LazyLock<HotlinePrivateKey> = LazyLock::new(reach_fuzz::vector_key);

fuzz_target!(init: reach_fuzz::plant(reach_fuzz::envelopes), |data: &[u8]| {
    let header = envelope::parse_header(data);
    match Envelope::from_bytes(data.to_vec()) {
        Ok(env) => {
            // Accepted framing: exactly the bytes given, a length the format allows, and a
            // header that re-encodes to the very bytes it was read from.
            assert_eq!(header.as_ref(), Ok(env.header()));
            assert_eq!(env.as_bytes(), data);
            assert!((MIN_ENVELOPE_LEN..=MAX_ENVELOPE_LEN).contains(&data.len()));
            assert_eq!(env.header().to_bytes()[..], data[..HEADER_LEN]);
            // Opening never panics; it refuses other keys before any cryptography, and what
            // it returns fits an envelope.
            match envelope::open(&KEY, &env) {
                Ok(payload) => assert!(payload.len() <= MAX_PAYLOAD),
                Err(EnvelopeError::WrongKey) => {
                    assert_ne!(env.header().key_id, KEY.public_key().key_id());
                }
                Err(e) => assert!(
                    matches!(e, EnvelopeError::OpenFailed | EnvelopeError::Malformed(_)),
                    "{e:?}"
                ),
            }
        }
        Err(e) => {
            assert!(matches!(e, EnvelopeError::Malformed(_)), "{e:?}");
            assert_eq!(header, Err(e));
        }
    }
});
