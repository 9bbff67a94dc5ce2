//! Every IPC command: its name, what it takes and what it answers. The UI calls
//! `invoke::<command::Unlock>(&args)` and gets `Result<PinOutcome, CommandError>`; the shell's
//! build script lists [`COMMANDS`] in its app manifest and writes the capability that grants
//! exactly these (nothing is callable by default). Adding a command here without adding it to
//! the shell's `generate_handler!` fails the shell's tests (`every_contract_command_is_handled`).
//!
//! Arguments travel as JSON objects with camelCase keys (Tauri's convention for command
//! parameters); answers as the shell serialises them.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::FieldError;
use crate::view::{AppStateView, PinOutcome, QuickExitAnswer, RequestView, WorkerProfileView};

/// One IPC command: implemented by a marker type per command, so that a call names the
/// command once and gets its argument and answer types from it.
pub trait Command {
    /// The command's name, as `#[tauri::command]` registers it.
    const NAME: &'static str;
    /// Its arguments (a JSON object).
    type Args: Serialize + DeserializeOwned;
    /// Its answer on success.
    type Answer: Serialize + DeserializeOwned;
}

macro_rules! commands {
    ($( $(#[$doc:meta])* $marker:ident = $name:literal ($args:ty) -> $answer:ty; )+) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy)]
            pub struct $marker;

            impl Command for $marker {
                const NAME: &'static str = $name;
                type Args = $args;
                type Answer = $answer;
            }
        )+

        /// Every command's name, in the order the shell registers them.
        pub const COMMANDS: &[&str] = &[$($name),+];
    };
}

/// No arguments: `{}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoArgs {}

/// The PIN chosen at set-up, and optionally the duress PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetupArgs {
    /// The PIN (see [`crate::pin`]).
    pub pin: String,
    /// A PIN that silently wipes and opens an empty app.
    pub duress_pin: Option<String>,
    /// An outreach worker's profile: the phone starts in worker mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker: Option<WorkerProfileView>,
}

/// The worker-mode form in settings: the current PIN, and the profile (none turns it off).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetWorkerProfileArgs {
    /// The current PIN.
    pub pin: String,
    /// The worker's profile; `None` turns worker mode off.
    pub profile: Option<WorkerProfileView>,
}

/// A PIN being tried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnlockArgs {
    /// The digits typed on the calculator.
    pub pin: String,
}

/// The duress PIN form: the current PIN, and the duress PIN (none removes it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetDuressPinArgs {
    /// The current PIN.
    pub pin: String,
    /// The new duress PIN; `None` removes it.
    pub duress_pin: Option<String>,
}

/// The change-PIN form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangePinArgs {
    /// The current PIN.
    pub current_pin: String,
    /// The new PIN.
    pub new_pin: String,
}

/// Answers typed since the last autosave, saved by quick exit before it locks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingDraft {
    /// The draft they belong to; `None` (or an id that names no draft) makes a new one.
    pub draft_id: Option<String>,
    /// The Referral JSON (`crates/core/src/referral/`, `docs/referral.schema.json`).
    pub referral: serde_json::Value,
}

/// Quick exit's arguments. The shell reads `pending` as raw JSON, so that nothing that does
/// not parse can keep quick exit from locking.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuickExitArgs {
    /// Answers not yet autosaved, if any.
    pub pending: Option<PendingDraft>,
}

/// A draft, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftIdArgs {
    /// The draft's id (32 hex).
    pub draft_id: String,
}

/// A draft's new content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftSaveArgs {
    /// The draft's id (32 hex).
    pub draft_id: String,
    /// The Referral JSON; need not be valid yet.
    pub referral: serde_json::Value,
}

/// A referral to check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferralArgs {
    /// The Referral JSON.
    pub referral: serde_json::Value,
}

/// A submitted request, by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferralIdArgs {
    /// The request's id (32 hex).
    pub referral_id: String,
}

/// The person's answers about the help they got with a closed request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FeedbackArgs {
    /// The closed request the offer was made for (32 hex). It marks the offer as made; it is
    /// never part of what is sent.
    pub referral_id: String,
    /// What the person chose (every question optional).
    pub answers: crate::feedback::FeedbackAnswers,
}

/// Seals a draft for a person who takes a reference away instead of reading replies on this
/// phone (an outreach worker's request, `docs/protocol.md` "Reference phrase").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubmitWithReferenceArgs {
    /// The draft (32 hex).
    pub draft_id: String,
    /// The person's language (a locale code): words from its list, or digits without one.
    pub lang: String,
}

/// The reference to hand over, shown once and kept nowhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceAnswer {
    /// The request's id (32 hex); the phone shows its first 6 digits as its number.
    pub referral_id: String,
    /// The 9 words, when the person's language has a word list.
    pub words: Option<Vec<String>>,
    /// The words' language (their list's locale code): the screen marks them up and reads
    /// them aloud in it, whatever language the screens are in. `None` when there are no words.
    pub words_lang: Option<String>,
    /// The 22 digits (always given: every phone can read them out).
    pub digits: String,
    /// The request was on the child's path (its person said they are under 18): the words
    /// to the person are a child's. Given again with the reference after a lock.
    #[serde(default)]
    pub child: bool,
}

/// A reference as typed on any install.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReferenceArgs {
    /// Words or digits, as typed.
    pub typed: String,
    /// The language the screens are in: its word list is tried first.
    pub lang: String,
}

/// What a reference shows: the request's state and replies, opened in memory and kept nowhere.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceCheckView {
    /// The request's number: the first 6 hex digits of its id.
    pub number: String,
    /// Where it stands; `None` for a state this app does not know.
    pub state: Option<crate::view::ReferralState>,
    /// The staff's replies, in order.
    pub replies: Vec<crate::reply::ReplyView>,
    /// Replies that failed a check and are not shown.
    pub unreadable: u32,
    /// The language of the word list the reference was typed in (`None`: typed as digits):
    /// the person's, which may not be the screens' (a worker's phone, a friend's), so the UI
    /// can show the answers in it.
    #[serde(default)]
    pub words_lang: Option<String>,
}

/// The WebView's `online`/`offline` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectivityArgs {
    /// `true` on `online`.
    pub online: bool,
}

commands! {
    /// Whether set-up is done and the store unlocked: the UI's first call.
    AppState = "app_state" (NoArgs) -> AppStateView;
    /// Creates the store with a PIN (and optionally a duress PIN).
    Setup = "setup" (SetupArgs) -> ();
    /// Tries a PIN (the calculator's "=").
    Unlock = "unlock" (UnlockArgs) -> PinOutcome;
    /// Locks now.
    Lock = "lock" (NoArgs) -> ();
    /// Saves what is pending, then locks, whatever happens.
    QuickExit = "quick_exit" (QuickExitArgs) -> QuickExitAnswer;
    /// Sets or removes the duress PIN, under the lock screen's rules.
    SetDuressPin = "set_duress_pin" (SetDuressPinArgs) -> PinOutcome;
    /// Changes the PIN, under the lock screen's rules.
    ChangePin = "change_pin" (ChangePinArgs) -> PinOutcome;
    /// The outreach worker's profile, if this is a worker's phone.
    WorkerProfile = "worker_profile" (NoArgs) -> Option<WorkerProfileView>;
    /// Turns worker mode on or off, under the lock screen's rules.
    SetWorkerProfile = "set_worker_profile" (SetWorkerProfileArgs) -> PinOutcome;
    /// Starts an empty draft; answers its id.
    DraftNew = "draft_new" (NoArgs) -> String;
    /// Saves a draft (encrypted).
    DraftSave = "draft_save" (DraftSaveArgs) -> ();
    /// A draft's Referral JSON.
    DraftLoad = "draft_load" (DraftIdArgs) -> serde_json::Value;
    /// The drafts' ids.
    Drafts = "drafts" (NoArgs) -> Vec<String>;
    /// Deletes a draft.
    DraftDelete = "draft_delete" (DraftIdArgs) -> ();
    /// Checks a referral; answers its problems (none when valid).
    Validate = "validate" (ReferralArgs) -> Vec<FieldError>;
    /// Seals a draft to the hotline and queues it; answers the request's id.
    Submit = "submit" (DraftIdArgs) -> String;
    /// Seals a draft for a person who takes a reference away; this phone keeps the request's
    /// state, never its replies. Answers the reference, once.
    SubmitWithReference = "submit_with_reference" (SubmitWithReferenceArgs) -> ReferenceAnswer;
    /// The reference of the last request sealed with one, when a lock hid it before the
    /// person had it (kept in memory only, for a while; see docs/ipc.md); `None` otherwise.
    ReferenceAgain = "reference_again" (NoArgs) -> Option<ReferenceAnswer>;
    /// The person has their reference: it is forgotten.
    ReferenceHandedOver = "reference_handed_over" (NoArgs) -> ();
    /// Looks a typed reference up at the hotline and opens its replies; stores nothing.
    CheckReference = "check_reference" (CheckReferenceArgs) -> ReferenceCheckView;
    /// The requests on this phone.
    Requests = "requests" (NoArgs) -> Vec<RequestView>;
    /// Tries to send everything queued now.
    SendNow = "send_now" (NoArgs) -> ();
    /// Queues a refused request again.
    Retry = "retry" (ReferralIdArgs) -> ();
    /// A connectivity hint from the WebView.
    ConnectivityChanged = "connectivity_changed" (ConnectivityArgs) -> ();
    /// Asks the hotline what it did with a request.
    RefreshStatus = "refresh_status" (ReferralIdArgs) -> RequestView;
    /// Seals the person's answers about a closed request to the hotline and queues them; the
    /// offer is not made again.
    SendFeedback = "send_feedback" (FeedbackArgs) -> ();
    /// The person declined to answer: the offer is not made again.
    DeclineFeedback = "decline_feedback" (ReferralIdArgs) -> ();
    /// Wipes everything, without the PIN.
    PanicWipe = "panic_wipe" (NoArgs) -> ();
    /// Reads the UI's own words aloud in the locale's offline voice, stopping what was being
    /// read; never in another language's voice.
    Speak = "speak" (crate::speech::SpeakArgs) -> crate::speech::SpeakAnswer;
    /// Stops reading aloud (also done by quick exit and lock).
    StopSpeaking = "stop_speaking" (NoArgs) -> ();
}

/// The capability permission that lets the UI call `command` (`allow-quick-exit`).
pub fn permission(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_are_camel_case_objects() {
        let args = ChangePinArgs {
            current_pin: "1".into(),
            new_pin: "2".into(),
        };
        assert_eq!(
            serde_json::to_value(args).unwrap(),
            serde_json::json!({ "currentPin": "1", "newPin": "2" })
        );
        assert_eq!(
            serde_json::to_value(NoArgs {}).unwrap(),
            serde_json::json!({})
        );
        // A set-up without worker mode sends exactly what an older shell expects.
        let plain = SetupArgs {
            pin: "1234".into(),
            duress_pin: None,
            worker: None,
        };
        assert_eq!(
            serde_json::to_value(&plain).unwrap(),
            serde_json::json!({ "pin": "1234", "duressPin": null })
        );
        let worker = SetupArgs {
            worker: Some(WorkerProfileView {
                organisation: "Org".into(),
                channel: None,
            }),
            ..plain
        };
        assert_eq!(
            serde_json::to_value(&worker).unwrap()["worker"],
            serde_json::json!({ "organisation": "Org" })
        );
        assert_eq!(
            serde_json::from_value::<SetupArgs>(serde_json::json!({ "pin": "1234" })).unwrap(),
            SetupArgs {
                pin: "1234".into(),
                duress_pin: None,
                worker: None
            }
        );
        assert_eq!(COMMANDS.len(), 30);
        assert_eq!(permission(QuickExit::NAME), "allow-quick-exit");
    }
}
