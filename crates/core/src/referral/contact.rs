//! The safe contact plan: how (methods), when (safe times) and on what terms (code word, what to
//! do if someone else answers) the hotline may get back to the person.

use serde::{Deserialize, Serialize};

use super::{
    ContactKind, LanguageTag, PhoneNumber, ResponderGender, Sensitive, SomeoneElseChoice,
    TimeWindow,
};

/// One way the hotline may get back to the person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "RawContactMethod")]
pub enum ContactMethod {
    /// A voice call.
    Call {
        /// Number to call, E.164.
        phone: PhoneNumber,
    },
    /// A text message (SMS).
    Sms {
        /// Number to text, E.164.
        phone: PhoneNumber,
    },
    /// A message in an app; the app is free text because which apps are used varies by region.
    MessagingApp {
        /// App name ("WhatsApp", "Zalo", "Signal", ...).
        app: Sensitive<String>,
        /// User name or id in that app.
        handle: Sensitive<String>,
    },
    /// An e-mail.
    Email {
        /// The address; only basic checks, since real-world addresses defy strict grammars.
        address: Sensitive<String>,
    },
    /// Through the outreach worker who helped fill in the request (no contact details needed).
    InPersonViaOutreach,
    /// The person will open this app again to read the answer: needs no phone at all, which is
    /// the safest option when the phone is controlled by someone else.
    CheckBackInApp,
}

/// Deserialisation form of [`ContactMethod`]: serde's internally tagged enums ignore extra
/// fields on unit variants, so the kind and every possible field are read here and checked
/// against each other (unknown or misplaced fields are refused).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContactMethod {
    kind: ContactKind,
    #[serde(default)]
    phone: Option<PhoneNumber>,
    #[serde(default)]
    app: Option<Sensitive<String>>,
    #[serde(default)]
    handle: Option<Sensitive<String>>,
    #[serde(default)]
    address: Option<Sensitive<String>>,
}

impl ContactMethod {
    /// Its `kind` (the serde tag), from the contract's list of kinds.
    pub fn kind(&self) -> ContactKind {
        match self {
            Self::Call { .. } => ContactKind::Call,
            Self::Sms { .. } => ContactKind::Sms,
            Self::MessagingApp { .. } => ContactKind::MessagingApp,
            Self::Email { .. } => ContactKind::Email,
            Self::InPersonViaOutreach => ContactKind::InPersonViaOutreach,
            Self::CheckBackInApp => ContactKind::CheckBackInApp,
        }
    }
}

impl TryFrom<RawContactMethod> for ContactMethod {
    type Error = &'static str;

    fn try_from(raw: RawContactMethod) -> Result<Self, Self::Error> {
        use ContactKind as K;
        const WRONG: &str = "contact method fields do not match its kind";
        let RawContactMethod {
            kind,
            phone,
            app,
            handle,
            address,
        } = raw;
        Ok(match (kind, phone, app, handle, address) {
            (K::Call, Some(phone), None, None, None) => Self::Call { phone },
            (K::Sms, Some(phone), None, None, None) => Self::Sms { phone },
            (K::MessagingApp, None, Some(app), Some(handle), None) => {
                Self::MessagingApp { app, handle }
            }
            (K::Email, None, None, None, Some(address)) => Self::Email { address },
            (K::InPersonViaOutreach, None, None, None, None) => Self::InPersonViaOutreach,
            (K::CheckBackInApp, None, None, None, None) => Self::CheckBackInApp,
            _ => return Err(WRONG),
        })
    }
}

/// How the hotline may answer without putting the person at risk: who else may see the phone,
/// when they are alone, what to do if someone else picks up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SafeContactPlan {
    /// Ways to answer, in order of preference. At least one is required ([`ContactMethod::CheckBackInApp`]
    /// counts): it is the only mandatory part of a referral, since a request nobody can answer
    /// helps nobody.
    pub methods: Vec<ContactMethod>,
    /// When contact is safe; empty means the person did not say (staff should prefer
    /// non-intrusive methods then).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safe_times: Vec<TimeWindow>,
    /// Whether a voicemail may be left. `None` means the person did not say, and staff MUST treat
    /// it as "no": a voicemail heard by the wrong person can put them in danger. Use
    /// [`SafeContactPlan::voicemail_allowed`] rather than reading this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voicemail_ok: Option<bool>,
    /// A word staff say (or ask for) so that the person knows the call is genuine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_word: Option<Sensitive<String>>,
    /// What to do if someone else answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub if_someone_else_answers: Option<IfSomeoneElseAnswers>,
    /// Preferred gender of the staff member who answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responder_gender: Option<ResponderGender>,
    /// Language for a spoken answer, if different from [`Referral::language`](super::Referral::language) (e.g. the person
    /// reads English but would rather talk in Tagalog).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responder_language: Option<LanguageTag>,
}

impl SafeContactPlan {
    /// Whether a voicemail may be left: only on an explicit yes (see `voicemail_ok`).
    pub fn voicemail_allowed(&self) -> bool {
        self.voicemail_ok == Some(true)
    }
}

/// What staff must do if someone else picks up. An enum (not free text) so that it can be shown
/// in the staff member's language; `Other` covers the rest.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IfSomeoneElseAnswers {
    /// Hang up without a word.
    HangUp,
    /// Say it is a wrong number.
    SayWrongNumber,
    /// Ask for the code word before saying anything (requires a code word).
    AskForCodeWord,
    /// Anything else, in the person's words.
    Other(Sensitive<String>),
}

impl IfSomeoneElseAnswers {
    /// Which of the form's choices this is (the contract's spelling).
    pub fn choice(&self) -> SomeoneElseChoice {
        match self {
            Self::HangUp => SomeoneElseChoice::HangUp,
            Self::SayWrongNumber => SomeoneElseChoice::SayWrongNumber,
            Self::AskForCodeWord => SomeoneElseChoice::AskForCodeWord,
            Self::Other(_) => SomeoneElseChoice::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::referral::*;

    #[test]
    fn every_kind_is_the_serde_tag_of_its_method() {
        let phone = sample()
            .contact
            .methods
            .iter()
            .find_map(|m| match m {
                ContactMethod::Call { phone } | ContactMethod::Sms { phone } => Some(phone.clone()),
                _ => None,
            })
            .expect("the sample has a phone");
        let text = || Sensitive::new("x".to_owned());
        let methods = [
            ContactMethod::CheckBackInApp,
            ContactMethod::Call {
                phone: phone.clone(),
            },
            ContactMethod::Sms { phone },
            ContactMethod::MessagingApp {
                app: text(),
                handle: text(),
            },
            ContactMethod::Email { address: text() },
            ContactMethod::InPersonViaOutreach,
        ];
        for (m, kind) in methods.iter().zip(ContactKind::ALL) {
            assert_eq!(m.kind(), kind);
            assert_eq!(serde_json::to_value(m).unwrap()["kind"], kind.as_str());
        }
        assert_eq!(methods.len(), ContactKind::ALL.len());
    }

    #[test]
    fn every_someone_else_choice_is_the_serde_form_of_its_answer() {
        let answers = [
            IfSomeoneElseAnswers::HangUp,
            IfSomeoneElseAnswers::SayWrongNumber,
            IfSomeoneElseAnswers::AskForCodeWord,
            IfSomeoneElseAnswers::Other(Sensitive::new("x".to_owned())),
        ];
        for (a, choice) in answers.iter().zip(SomeoneElseChoice::ALL) {
            assert_eq!(a.choice(), choice);
            let json = serde_json::to_value(a).unwrap();
            let spelled = json.as_str().or_else(|| {
                json.as_object()
                    .and_then(|o| o.keys().next())
                    .map(|k| k.as_str())
            });
            assert_eq!(spelled, Some(choice.as_str()));
        }
        assert_eq!(answers.len(), SomeoneElseChoice::ALL.len());
    }

    #[test]
    fn voicemail_not_said_means_no() {
        let mut c = sample().contact;
        c.voicemail_ok = None;
        assert!(!c.voicemail_allowed());
        c.voicemail_ok = Some(false);
        assert!(!c.voicemail_allowed());
        c.voicemail_ok = Some(true);
        assert!(c.voicemail_allowed());
    }
}
