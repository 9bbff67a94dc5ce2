//! What the shell answers and the UI shows: the app's state, a request's progress, the PIN
//! forms' outcome. Shapes only; the shell fills them from the core.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// What a PIN form did: unlock, change the PIN, set the duress PIN. One type for all three
/// (and for the core's functions behind them), because all three follow the lock screen's
/// rules: a wrong PIN counts toward the wipe, and the last allowed one wipes.
///
/// Wire form: `{ "result": "accepted" }`, `{ "result": "wrong_pin", "remaining": 3 }`,
/// `{ "result": "wiped" }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum PinOutcome {
    /// The PIN was right and the form did its work (unlocked, PIN changed, duress PIN set or
    /// removed). The duress PIN deliberately yields this too, after its silent wipe.
    Accepted,
    /// Wrong PIN, counted; `remaining` more before the wipe.
    WrongPin {
        /// Wrong PINs still allowed before the wipe.
        remaining: u32,
    },
    /// That was the last wrong PIN allowed: everything is wiped; the app needs set-up.
    Wiped,
}

spelled! {
    /// What the hotline says about a request, to the holder of its status secret.
    pub enum ReferralState {
        /// Stored durably; no one has opened it yet.
        Received = "received",
        /// A staff member has opened it.
        InReview = "in_review",
        /// Staff are planning how to contact the person safely (their channels and safe times).
        ContactPlanned = "contact_planned",
        /// Staff are finding an interpreter for the person's language.
        NeedsInterpreter = "needs_interpreter",
        /// Handed to a partner organisation, with the person's consent.
        Referred = "referred",
        /// The hotline has acted (contacted the person, or referred with consent).
        Answered = "answered",
        /// Closed by the hotline.
        Closed = "closed",
    }
}

spelled! {
    /// Where a request is on this phone, as the status screen shows it.
    pub enum RequestState {
        /// Sealed and waiting for a connection.
        Saved = "saved",
        /// Being sent right now.
        Sending = "sending",
        /// The hotline refused it; the person may try again (see `problem`).
        NeedsAttention = "needs_attention",
        /// The hotline's signed receipt was checked.
        Received = "received",
    }
}

spelled! {
    /// Where the store's device secret lives.
    pub enum DeviceSecretPlace {
        /// The OS keyring.
        Keyring = "keyring",
        /// The fallback file beside the database: less protected on this device.
        File = "file",
    }
}

/// `app_state`'s answer: enough for the UI to choose its first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppStateView {
    /// A store exists (set-up is done).
    pub setup_done: bool,
    /// The store is unlocked.
    pub unlocked: bool,
    /// The locale the shell detected from the system.
    pub locale: String,
    /// The partner hotline's name, when this build has one.
    pub hotline_name: Option<String>,
    /// Wrong PINs allowed before the wipe.
    pub max_failed_unlocks: u32,
    /// Wrong PINs so far.
    pub failed_unlocks: u32,
    /// Where the device secret lives; `null` without a store.
    pub device_secret: Option<DeviceSecretPlace>,
}

/// An outreach worker's own profile: what the hotline is told in `assisted_by` of every request
/// the worker helps someone make (the same JSON shape). Kept encrypted on the worker's phone.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkerProfileView {
    /// The worker's organisation (required; 1 to `limits::ASSISTED_BY_ORGANISATION_MAX_CHARS`).
    pub organisation: String,
    /// How the hotline can reach the worker (optional free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
}

/// One request as the status screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    /// The request's id (32 hex).
    pub id: String,
    /// Where it is on this phone.
    pub state: RequestState,
    /// Failed delivery attempts so far.
    #[serde(default)]
    pub attempts: u32,
    /// Why the hotline refused it (`needs_attention` only): the refusal's code.
    #[serde(default)]
    pub problem: Option<String>,
    /// The hotline's receipt was verified.
    #[serde(default)]
    pub receipt_verified: bool,
    /// What the hotline last said about it, when asked since unlocking.
    #[serde(default)]
    pub hotline_state: Option<ReferralState>,
    /// The hotline answered with a state this version cannot name (a newer hotline's): the
    /// screen says there is news rather than nothing.
    #[serde(default)]
    pub hotline_state_unknown: bool,
    /// The hotline's replies, opened and checked on this phone, oldest first.
    #[serde(default)]
    pub replies: Vec<crate::reply::ReplyView>,
    /// Replies that arrived but failed the phone's checks (not from the hotline's key, not for
    /// this request): counted so the screen can say one was not shown, never shown themselves.
    #[serde(default)]
    pub unreadable_replies: u32,
    /// The hotline closed it and the person has not yet been asked about the help they got:
    /// the status screen offers the questions once.
    #[serde(default)]
    pub feedback_offer: bool,
}

/// `quick_exit`'s answer. The app is locked whatever it says; `saved` tells whether the
/// pending answers were stored (encrypted) first, and `error` why not (`null` when there was
/// nothing to save), so that a failed save is never silent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuickExitAnswer {
    /// The pending answers are saved as a draft.
    pub saved: bool,
    /// Why they are not.
    pub error: Option<ErrorCode>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_wire_forms() {
        for (outcome, json) in [
            (PinOutcome::Accepted, json!({ "result": "accepted" })),
            (
                PinOutcome::WrongPin { remaining: 3 },
                json!({ "result": "wrong_pin", "remaining": 3 }),
            ),
            (PinOutcome::Wiped, json!({ "result": "wiped" })),
        ] {
            assert_eq!(serde_json::to_value(outcome).unwrap(), json);
            assert_eq!(serde_json::from_value::<PinOutcome>(json).unwrap(), outcome);
        }
        let r: RequestView =
            serde_json::from_value(json!({ "id": "ab", "state": "saved" })).unwrap();
        assert_eq!(r.state, RequestState::Saved);
        assert_eq!(r.hotline_state, None);
    }
}
