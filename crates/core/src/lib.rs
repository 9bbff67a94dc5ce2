//! Reach's headless core: everything a survivor's request goes through between the form and the
//! hotline's inbox, with no UI or Tauri dependency so that all of it can be tested headless.
//!
//! The modules follow one request: [`referral`] (what the person says) → [`store`] (encrypted
//! drafts on the device) → [`envelope`] (sealed to the hotline with HPKE) → [`outbox`] (queued,
//! byte-identical resends) → [`sync`] (delivery until a signed [`receipt`] comes back).
//! The hotline answers with a [`reply`], sealed to the request's own key and fetched by `sync`.
//! [`app_lock`] holds the rules of the lock screen (PIN format, duress PIN, wipe after too many
//! wrong PINs). [`wire`] and [`profile`] are the contract with the hotline endpoint (`reach-hotline`).
//! [`speech`] reads the app's own words aloud, offline.

pub mod envelope;
pub mod ids;
pub mod profile;
pub mod receipt;
pub mod reference;
pub mod referral;
pub mod referral_compat;
pub mod reply;
pub mod rng;
pub mod sealed_box;
pub mod speech;
pub mod wire;

#[cfg(feature = "store")]
pub mod app_lock;
#[cfg(feature = "store")]
pub mod outbox;
#[cfg(feature = "store")]
pub mod store;
#[cfg(feature = "sync")]
pub mod sync;
#[cfg(feature = "sync")]
pub mod transport;
