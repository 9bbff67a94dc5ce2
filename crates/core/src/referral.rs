//! Referral model v1: what a person asks the hotline for, and how (and when) it is safe to answer.
//!
//! This is the plaintext that gets sealed into an envelope, so it is designed around three rules:
//!
//! * **Ask for as little as possible.** Every field is optional except one way of getting an
//!   answer (and the consent the app records), because a person in danger may only have seconds.
//! * **Never leak it.** Free text and contact details are wrapped in [`Sensitive`], whose `Debug`
//!   prints only a length, and [`ReferralError`] never quotes the input, so logs and crash reports
//!   cannot hold request content.
//! * **One canonical form.** [`Referral::to_bytes`] is compact JSON with a fixed field order, and
//!   [`Referral::from_bytes`] accepts only known fields, the known version and valid content, so
//!   the device and the hotline agree on exactly what was sent.
//!
//! Validation ([`Referral::validate`]) collects *all* problems with a field path and a stable
//! machine code ([`ValidationErrorKind::code`]) so the form can highlight every field at once and
//! translate each message through Fluent.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Version of the referral format this build writes and reads. A hotline that receives a version
/// it does not know must say so (typed error) instead of guessing at fields it cannot interpret.
pub const FORMAT_VERSION: u16 = 1;

/// Upper bounds on every length and count, public so that the UI can show them (character
/// counters, "at most N") and enforce them before the user hits a validation error.
///
/// Lengths of text are in Unicode scalar values (`char`s), not bytes, so that a limit means the
/// same for Vietnamese, Thai or Amharic as for English.
pub mod limits {
    /// Every [`Need`](super::Need) at most once: the set cannot grow beyond the enum.
    pub const NEEDS_MAX: usize = 11;
    /// Enough for every kind of contact method, plus a second phone; more would only be noise
    /// for the staff member who has to pick one.
    pub const CONTACT_METHODS_MAX: usize = 6;
    /// One window per weekday is the most a weekly routine needs.
    pub const SAFE_TIMES_MAX: usize = 7;
    /// Name of a messaging app ("WhatsApp", "Zalo", "LINE", ...).
    pub const MESSAGING_APP_MAX_CHARS: usize = 40;
    /// A user name, phone-like id or profile link in a messaging app.
    pub const MESSAGING_HANDLE_MAX_CHARS: usize = 100;
    /// RFC 5321 limit on the length of an address in a mail path.
    pub const EMAIL_MAX_CHARS: usize = 254;
    /// A code word is a word or short phrase, not a message.
    pub const CODE_WORD_MAX_CHARS: usize = 64;
    /// Free-text instruction for when someone else answers.
    pub const IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS: usize = 200;
    /// Free-text place ("near the fish market in ..."): a hint, not an address book entry.
    pub const PLACE_MAX_CHARS: usize = 200;
    /// Free-text message to the hotline.
    pub const MESSAGE_MAX_CHARS: usize = 4000;
    /// Byte cap on the message (4 bytes per char at most in UTF-8), so that a maximal referral
    /// stays well under [`SERIALIZED_MAX_BYTES`] whatever script it is written in.
    pub const MESSAGE_MAX_BYTES: usize = 16_000;
    /// Identifier of the consent text the person was shown (e.g. "2025-01").
    pub const CONSENT_TEXT_VERSION_MAX_CHARS: usize = 32;
    /// RFC 5646 §4.4.1: 35 characters hold any tag without extensions or private use.
    pub const LANGUAGE_TAG_MAX_CHARS: usize = 35;
    /// Raw phone input as typed, with spaces and punctuation, before normalisation to E.164.
    pub const PHONE_INPUT_MAX_CHARS: usize = 40;
    /// A serialised referral is always smaller than this (60 KiB), so that it fits one envelope
    /// and one request on the slowest networks; [`Referral::from_bytes`](super::Referral::from_bytes)
    /// refuses anything larger before parsing it.
    pub const SERIALIZED_MAX_BYTES: usize = 60 * 1024;
}

// ---------------------------------------------------------------------------------------------
// Sensitive
// ---------------------------------------------------------------------------------------------

/// A value typed by or about the person (phone number, message, code word, place, ...).
///
/// Its `Debug` prints only `<redacted N chars>`, so that `{:?}` in a log line, a panic message or
/// a test failure can never disclose request content. Use [`Sensitive::expose`] to read the value
/// where it is really needed: the explicit call makes every such place easy to review.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    /// Wraps a value so that it is redacted from `Debug` output.
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The value itself; call only where the content is really needed (never for logging).
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the value; same caution as [`Sensitive::expose`].
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: AsRef<str>> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<redacted {} chars>", self.0.as_ref().chars().count())
    }
}

impl From<String> for Sensitive<String> {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Sensitive<String> {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

// ---------------------------------------------------------------------------------------------
// Simple choices
// ---------------------------------------------------------------------------------------------

/// What the person needs help with. A closed list so that the hotline can triage and route
/// without reading (or translating) free text first; `Other` keeps the door open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// In danger right now: triaged first.
    SafetyNow,
    /// Somewhere safe to sleep.
    Shelter,
    /// Injury, illness, pregnancy, mental health.
    Medical,
    /// Papers, visa, residence, confiscated passport.
    LegalImmigration,
    /// Forced or exploited work (unpaid wages, confinement, withheld documents).
    LabourExploitation,
    /// Forced or exploited sex work, sexual abuse.
    SexualExploitation,
    /// A child is at risk: always raises a safeguarding flag.
    ChildAtRisk,
    /// Debt bondage, recruitment fees, money owed.
    MoneyDebt,
    /// Going home, contacting family.
    GoingHome,
    /// Needs someone who speaks their language.
    Interpreter,
    /// Anything else (explained in the message, if at all).
    Other,
}

impl Need {
    /// Every need in display order, so the form can list them without duplicating the enum.
    pub const ALL: [Need; 11] = [
        Need::SafetyNow,
        Need::Shelter,
        Need::Medical,
        Need::LegalImmigration,
        Need::LabourExploitation,
        Need::SexualExploitation,
        Need::ChildAtRisk,
        Need::MoneyDebt,
        Need::GoingHome,
        Need::Interpreter,
        Need::Other,
    ];
}

/// How soon the person needs an answer; drives the hotline's queue order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Urgency {
    /// As soon as possible.
    Now,
    /// Within the day.
    Today,
    /// Within the week.
    ThisWeek,
    /// Whenever staff can.
    NotUrgent,
}

/// Who the request is for: staff talk differently to the person concerned, to a friend, and to
/// an outreach worker sitting next to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForWhom {
    /// For the person filling in the form. (`Self` is a keyword, hence the underscore.)
    #[serde(rename = "self")]
    Self_,
    /// For someone else (friend, relative, co-worker).
    SomeoneElse,
    /// The person is filling it in with the help of an outreach worker.
    AssistedByOutreach,
}

/// Coarse age band: enough for safeguarding and for choosing services, without a birth date
/// that could identify the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AgeGroup {
    /// A child: raises [`SafeguardingFlag::Minor`].
    #[serde(rename = "under_18")]
    Under18,
    /// Young adult.
    #[serde(rename = "18_to_25")]
    From18To25,
    /// Adult.
    #[serde(rename = "26_to_59")]
    From26To59,
    /// Older adult.
    #[serde(rename = "60_plus")]
    From60,
}

/// A child-safeguarding concern that the hotline's staff view must show prominently, because
/// it changes legal duties and who has to be involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardingFlag {
    /// The person concerned said they are under 18.
    Minor,
    /// The person asked for help for a child at risk.
    ChildAtRisk,
}

/// Day of the week, for safe contact times.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// Monday to Sunday, for the form's day picker.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The day before: the part of a window after midnight belongs to the day it started.
    pub fn previous(self) -> Weekday {
        let i = Self::ALL.iter().position(|d| *d == self).unwrap_or(0);
        Self::ALL[(i + 6) % 7]
    }
}

/// Who the person would feel safe being answered by (e.g. a survivor of sexual exploitation
/// may only talk to a woman).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponderGender {
    /// A woman.
    Woman,
    /// A man.
    Man,
    /// No preference.
    AnyGender,
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

// ---------------------------------------------------------------------------------------------
// Validated value types
// ---------------------------------------------------------------------------------------------

/// A BCP 47 language tag in normalised form (e.g. "vi", "en-GB", "zh-Hant-TW").
///
/// Normalised so that the same language always compares and serialises the same way. Only
/// well-formedness is checked (RFC 5646 syntax), not the subtag registry, which changes over
/// time and is not worth shipping to every phone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// Parses and normalises a tag typed or picked in the UI ("EN-us" → "en-US").
    pub fn parse(text: &str) -> Result<Self, ValidationErrorKind> {
        let text = text.trim();
        check_language_tag_len(text)?;
        oxilangtag::LanguageTag::parse_and_normalize(text)
            .map(|tag| Self(tag.into_inner()))
            .map_err(|_| ValidationErrorKind::InvalidLanguage)
    }

    /// The normalised tag.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A deserialised tag must already be well-formed and normalised (canonical form).
    fn check(&self) -> Result<(), ValidationErrorKind> {
        check_language_tag_len(&self.0)?;
        match oxilangtag::LanguageTag::parse_and_normalize(&self.0) {
            Ok(tag) if tag.as_str() == self.0 => Ok(()),
            _ => Err(ValidationErrorKind::InvalidLanguage),
        }
    }
}

fn check_language_tag_len(text: &str) -> Result<(), ValidationErrorKind> {
    if text.is_empty() {
        return Err(ValidationErrorKind::Empty);
    }
    if text.chars().count() > limits::LANGUAGE_TAG_MAX_CHARS {
        return Err(ValidationErrorKind::TooLong {
            max: limits::LANGUAGE_TAG_MAX_CHARS,
        });
    }
    Ok(())
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A phone number in E.164 form ("+442079460958"): one unambiguous form that any hotline in any
/// country can dial, whatever the person typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhoneNumber(Sensitive<String>);

/// Zero of each decimal digit block a phone number may be typed in (ASCII, Arabic-Indic,
/// Extended Arabic-Indic, Devanagari, Bengali, Thai, Myanmar, Khmer, full-width).
const DIGIT_ZEROS: [u32; 9] = [
    0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0x17E0, 0xFF10,
];

fn ascii_digit(c: char) -> Option<char> {
    let c = c as u32;
    DIGIT_ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&c))
        .and_then(|zero| char::from_digit(c - zero, 10))
}

impl PhoneNumber {
    /// Parses a number as typed and normalises it to E.164.
    ///
    /// `default_region` (ISO 3166 alpha-2, e.g. "GB", "vn") is used for numbers written without
    /// a country code, typically the region of the SIM or the one picked in the form. Spaces and
    /// the usual punctuation are accepted, as are digits of common local scripts; letters,
    /// extensions and invalid numbers are rejected, because staff must be able to dial it.
    pub fn parse(text: &str, default_region: Option<&str>) -> Result<Self, ValidationErrorKind> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValidationErrorKind::Empty);
        }
        if text.chars().count() > limits::PHONE_INPUT_MAX_CHARS {
            return Err(ValidationErrorKind::TooLong {
                max: limits::PHONE_INPUT_MAX_CHARS,
            });
        }
        let region = match default_region {
            None => None,
            Some(region) => Some(
                phonenumber::country::Id::from_str(&region.trim().to_ascii_uppercase())
                    .map_err(|_| ValidationErrorKind::InvalidRegion)?,
            ),
        };
        // Only digits, a leading plus and separators reach the parser: this keeps its RFC 3966
        // code paths (";phone-context=", "tel:"), which have had panics, out of reach.
        let mut digits = String::with_capacity(text.len());
        for c in text.chars() {
            if let Some(d) = ascii_digit(c) {
                digits.push(d);
            } else if c == '+' || c == '\u{FF0B}' {
                if !digits.is_empty() {
                    return Err(ValidationErrorKind::InvalidPhone);
                }
                digits.push('+');
            } else if !matches!(
                c,
                ' ' | '-' | '(' | ')' | '.' | '/' | '\u{A0}' | '\u{2010}'..='\u{2015}' | '\u{2212}'
            ) {
                return Err(ValidationErrorKind::InvalidPhone);
            }
        }
        let number =
            phonenumber::parse(region, &digits).map_err(|_| ValidationErrorKind::InvalidPhone)?;
        if !number.is_valid() {
            return Err(ValidationErrorKind::InvalidPhone);
        }
        let e164 = number.format().mode(phonenumber::Mode::E164).to_string();
        if !is_e164(&e164) {
            return Err(ValidationErrorKind::InvalidPhone);
        }
        Ok(Self(Sensitive(e164)))
    }

    /// The number in E.164 form, for dialling.
    pub fn as_e164(&self) -> &str {
        &self.0.0
    }

    /// Only the *form* of E.164 is checked here, not numbering-plan metadata: the app and the
    /// hotline may ship different metadata versions, and a survivor's request must never be
    /// dropped at the hotline because a number range opened after the hotline's last update.
    /// The full check happens at input, in [`PhoneNumber::parse`].
    fn check(&self) -> Result<(), ValidationErrorKind> {
        if is_e164(&self.0.0) {
            Ok(())
        } else {
            Err(ValidationErrorKind::InvalidPhone)
        }
    }
}

/// "+", then 7 to 15 digits (E.164 maximum), the first not 0 (no country code starts with 0).
fn is_e164(s: &str) -> bool {
    s.strip_prefix('+').is_some_and(|d| {
        (7..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
    })
}

/// An IANA time zone name ("Asia/Ho_Chi_Minh"), so that safe times stay right across daylight
/// saving changes and wherever the hotline's staff are. Redacted in `Debug`: it locates the
/// person.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TimeZoneName(Sensitive<String>);

impl TimeZoneName {
    /// Parses a zone name, ignoring ASCII case, and stores its canonical spelling.
    pub fn parse(text: &str) -> Result<Self, ValidationErrorKind> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ValidationErrorKind::Empty);
        }
        if let Ok(tz) = chrono_tz::Tz::from_str(text) {
            return Ok(Self(Sensitive(tz.name().to_owned())));
        }
        chrono_tz::TZ_VARIANTS
            .iter()
            .find(|tz| tz.name().eq_ignore_ascii_case(text))
            .map(|tz| Self(Sensitive(tz.name().to_owned())))
            .ok_or(ValidationErrorKind::InvalidTimeZone)
    }

    /// The canonical IANA name.
    pub fn as_str(&self) -> &str {
        &self.0.0
    }

    /// The zone, for converting a window to the staff member's local time.
    pub fn tz(&self) -> Option<chrono_tz::Tz> {
        chrono_tz::Tz::from_str(&self.0.0).ok()
    }

    fn check(&self) -> Result<(), ValidationErrorKind> {
        match self.tz() {
            Some(tz) if tz.name() == self.0.0 => Ok(()),
            _ if self.0.0.is_empty() => Err(ValidationErrorKind::Empty),
            _ => Err(ValidationErrorKind::InvalidTimeZone),
        }
    }
}

/// A wall-clock time, minute precision, serialised as "HH:MM" (24 h), because that is what a
/// person can say about when they are alone ("after 18:00").
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `None` unless `hour < 24` and `minute < 60`.
    pub fn new(hour: u8, minute: u8) -> Option<Self> {
        (hour < 24 && minute < 60).then(|| Self(u16::from(hour) * 60 + u16::from(minute)))
    }

    /// Parses exactly "HH:MM" (what time pickers produce), 00:00 to 23:59.
    pub fn parse(text: &str) -> Result<Self, ValidationErrorKind> {
        let b = text.as_bytes();
        let digit = |i: usize| b[i].is_ascii_digit().then(|| b[i] - b'0');
        if b.len() != 5 || b[2] != b':' {
            return Err(ValidationErrorKind::InvalidTime);
        }
        match (digit(0), digit(1), digit(3), digit(4)) {
            (Some(h1), Some(h0), Some(m1), Some(m0)) => {
                Self::new(h1 * 10 + h0, m1 * 10 + m0).ok_or(ValidationErrorKind::InvalidTime)
            }
            _ => Err(ValidationErrorKind::InvalidTime),
        }
    }

    /// Hour, 0 to 23.
    pub fn hour(self) -> u8 {
        (self.0 / 60) as u8
    }

    /// Minute, 0 to 59.
    pub fn minute(self) -> u8 {
        (self.0 % 60) as u8
    }

    /// Minutes since midnight, for arithmetic on windows.
    pub fn minutes_since_midnight(self) -> u16 {
        self.0
    }
}

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Self::parse(&text).map_err(|_| serde::de::Error::custom("expected a time as HH:MM"))
    }
}

// ---------------------------------------------------------------------------------------------
// Contact plan
// ---------------------------------------------------------------------------------------------

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
    kind: RawContactKind,
    #[serde(default)]
    phone: Option<PhoneNumber>,
    #[serde(default)]
    app: Option<Sensitive<String>>,
    #[serde(default)]
    handle: Option<Sensitive<String>>,
    #[serde(default)]
    address: Option<Sensitive<String>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum RawContactKind {
    Call,
    Sms,
    MessagingApp,
    Email,
    InPersonViaOutreach,
    CheckBackInApp,
}

impl TryFrom<RawContactMethod> for ContactMethod {
    type Error = &'static str;

    fn try_from(raw: RawContactMethod) -> Result<Self, Self::Error> {
        use RawContactKind as K;
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

/// A weekly window when it is safe to contact the person, in their own time zone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeWindow {
    /// Days on which the window opens; empty means every day (the common "evenings" answer).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub days: BTreeSet<Weekday>,
    /// Start, inclusive.
    pub start: TimeOfDay,
    /// End, exclusive. Earlier than `start` means the window crosses midnight (e.g. night shift
    /// workers: 22:00–02:00); the part after midnight belongs to the day the window started.
    pub end: TimeOfDay,
    /// The zone `start` and `end` are in.
    pub time_zone: TimeZoneName,
}

impl TimeWindow {
    /// Whether the window goes past midnight into the next day.
    pub fn crosses_midnight(&self) -> bool {
        self.end < self.start
    }

    /// Whether a moment, given as weekday and wall-clock time *in the window's zone*, falls in
    /// the window; lets the staff view say "safe to call now".
    pub fn covers(&self, day: Weekday, time: TimeOfDay) -> bool {
        let on = |d: Weekday| self.days.is_empty() || self.days.contains(&d);
        if self.crosses_midnight() {
            (time >= self.start && on(day)) || (time < self.end && on(day.previous()))
        } else {
            time >= self.start && time < self.end && on(day)
        }
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
    /// Language for a spoken answer, if different from [`Referral::language`] (e.g. the person
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

// ---------------------------------------------------------------------------------------------
// Consent
// ---------------------------------------------------------------------------------------------

/// With whom the hotline may share the request. Each step includes the previous one (ordered),
/// and the default is the least sharing: nobody outside the hotline.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum ConsentScope {
    /// Only the hotline's staff see it.
    #[default]
    HotlineOnly,
    /// The hotline may pass it on to support services (shelters, legal aid, ...).
    MayReferToServices,
    /// The hotline may also involve the police.
    MayInvolvePolice,
}

/// The person's consent, with the version of the text they agreed to, so that the hotline can
/// show exactly what was consented to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    /// What may be shared; defaults to [`ConsentScope::HotlineOnly`].
    pub scope: ConsentScope,
    /// Version id of the consent text shown (set by the app, not typed by the person). Empty in
    /// `Default`, which therefore does not validate: the app must say which text it showed.
    pub text_version: String,
}

// ---------------------------------------------------------------------------------------------
// Referral
// ---------------------------------------------------------------------------------------------

/// A help request: what the person needs and how to answer them safely.
///
/// `Default` is the blank form (version set, consent least-sharing); it does not validate until
/// a contact method and the consent text version are filled in.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referral {
    /// Format version ([`FORMAT_VERSION`]), first so that a reader can refuse formats it does
    /// not know before interpreting anything else.
    #[serde(rename = "v")]
    pub version: u16,
    /// What the person needs help with (a set: order and duplicates carry no meaning).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub needs: BTreeSet<Need>,
    /// How soon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urgency: Option<Urgency>,
    /// Who the request is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_whom: Option<ForWhom>,
    /// Age band of the person concerned; `Under18` raises a safeguarding flag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_group: Option<AgeGroup>,
    /// Language the person wants to be answered in (BCP 47), so the hotline can route to a staff
    /// member or interpreter who speaks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// How to answer safely; the only required content.
    pub contact: SafeContactPlan,
    /// Where the person roughly is, in their own words. Free text on purpose, never GPS or
    /// coordinates: a precise location in a seized phone or an intercepted request could lead an
    /// exploiter straight to the person, and the person must decide what to reveal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Sensitive<String>>,
    /// Anything the person wants to say; newlines and tabs allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Sensitive<String>>,
    /// What the hotline may do with the request.
    pub consent: Consent,
    /// X25519 public key the hotline encrypts its answer to, so that only this device can read
    /// it. Set by the store at submit time, not by the form.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "base64url_key"
    )]
    pub reply_public_key: Option<[u8; 32]>,
    /// SHA-256 of the status secret kept on the device, so that the device can later ask for the
    /// status of its request without the hotline learning anything that identifies it. Set by
    /// the store at submit time.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "base64url_key"
    )]
    pub status_verifier: Option<[u8; 32]>,
}

impl Default for Referral {
    fn default() -> Self {
        Self {
            version: FORMAT_VERSION,
            needs: BTreeSet::new(),
            urgency: None,
            for_whom: None,
            age_group: None,
            language: None,
            contact: SafeContactPlan::default(),
            place: None,
            message: None,
            consent: Consent::default(),
            reply_public_key: None,
            status_verifier: None,
        }
    }
}

/// Shows only the shape of the request (which fields are set, how many items), never content:
/// even the needs or the age band are personal and must not end up in logs.
impl fmt::Debug for Referral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn set<T>(o: &Option<T>) -> &'static str {
            if o.is_some() { "<set>" } else { "<unset>" }
        }
        f.debug_struct("Referral")
            .field("v", &self.version)
            .field("needs", &format_args!("<{} items>", self.needs.len()))
            .field("urgency", &format_args!("{}", set(&self.urgency)))
            .field("for_whom", &format_args!("{}", set(&self.for_whom)))
            .field("age_group", &format_args!("{}", set(&self.age_group)))
            .field("language", &format_args!("{}", set(&self.language)))
            .field(
                "contact",
                &format_args!(
                    "<{} methods, {} safe times>",
                    self.contact.methods.len(),
                    self.contact.safe_times.len()
                ),
            )
            .field("place", &self.place)
            .field("message", &self.message)
            .field("consent", &self.consent.scope)
            .field(
                "reply_public_key",
                &format_args!("{}", set(&self.reply_public_key)),
            )
            .field(
                "status_verifier",
                &format_args!("{}", set(&self.status_verifier)),
            )
            .finish()
    }
}

impl Referral {
    /// Child-safeguarding flags raised by this request, for the staff view: under 18, or a need
    /// for a child at risk. Computed (not stored) so it can never disagree with the content.
    pub fn safeguarding_flags(&self) -> BTreeSet<SafeguardingFlag> {
        let mut flags = BTreeSet::new();
        if self.age_group == Some(AgeGroup::Under18) {
            flags.insert(SafeguardingFlag::Minor);
        }
        if self.needs.contains(&Need::ChildAtRisk) {
            flags.insert(SafeguardingFlag::ChildAtRisk);
        }
        flags
    }

    /// Tidies what the form collected before validation: trims text, turns "\r\n" into "\n" in
    /// the message and empty optional text into `None`. Validation then rejects only what the
    /// person really has to fix.
    pub fn normalize(&mut self) {
        fn tidy(s: &mut Sensitive<String>) {
            let t = s.0.trim();
            if t.len() != s.0.len() {
                s.0 = t.to_owned();
            }
        }
        fn tidy_opt(o: &mut Option<Sensitive<String>>) {
            if let Some(s) = o {
                tidy(s);
                if s.0.is_empty() {
                    *o = None;
                }
            }
        }
        if let Some(m) = &mut self.message
            && m.0.contains('\r')
        {
            m.0 = m.0.replace("\r\n", "\n").replace('\r', "\n");
        }
        tidy_opt(&mut self.message);
        tidy_opt(&mut self.place);
        tidy_opt(&mut self.contact.code_word);
        for method in &mut self.contact.methods {
            match method {
                ContactMethod::MessagingApp { app, handle } => {
                    tidy(app);
                    tidy(handle);
                }
                ContactMethod::Email { address } => tidy(address),
                _ => {}
            }
        }
        if let Some(IfSomeoneElseAnswers::Other(text)) = &mut self.contact.if_someone_else_answers {
            tidy(text);
        }
        let version = self.consent.text_version.trim();
        if version.len() != self.consent.text_version.len() {
            self.consent.text_version = version.to_owned();
        }
    }

    /// Checks everything and returns *all* problems, each with the path of the field, so that the
    /// form can mark every field at once. Also run by [`Referral::from_bytes`], so the hotline
    /// never stores content the app would have refused.
    pub fn validate(&self) -> Result<(), Vec<ValidationError>> {
        let mut e = Errors::default();
        if self.version != FORMAT_VERSION {
            e.push(
                "v",
                ValidationErrorKind::UnsupportedVersion {
                    found: self.version,
                    supported: FORMAT_VERSION,
                },
            );
        }
        if self.needs.len() > limits::NEEDS_MAX {
            e.push(
                "needs",
                ValidationErrorKind::TooMany {
                    max: limits::NEEDS_MAX,
                },
            );
        }
        if let Some(language) = &self.language {
            e.result("language", language.check());
        }
        self.validate_contact(&mut e);
        if let Some(place) = &self.place {
            check_text(
                &mut e,
                "place",
                &place.0,
                limits::PLACE_MAX_CHARS,
                None,
                false,
            );
        }
        if let Some(message) = &self.message {
            check_text(
                &mut e,
                "message",
                &message.0,
                limits::MESSAGE_MAX_CHARS,
                Some(limits::MESSAGE_MAX_BYTES),
                true,
            );
        }
        check_text(
            &mut e,
            "consent.text_version",
            &self.consent.text_version,
            limits::CONSENT_TEXT_VERSION_MAX_CHARS,
            None,
            false,
        );
        if e.0.is_empty() { Ok(()) } else { Err(e.0) }
    }

    fn validate_contact(&self, e: &mut Errors) {
        let c = &self.contact;
        if c.methods.is_empty() {
            e.push("contact.methods", ValidationErrorKind::NoContactMethod);
        }
        if c.methods.len() > limits::CONTACT_METHODS_MAX {
            e.push(
                "contact.methods",
                ValidationErrorKind::TooMany {
                    max: limits::CONTACT_METHODS_MAX,
                },
            );
        }
        for (i, method) in c.methods.iter().enumerate() {
            let at = |field: &str| format!("contact.methods[{i}]{field}");
            if c.methods[..i].contains(method) {
                e.push(at(""), ValidationErrorKind::Duplicate);
            }
            match method {
                ContactMethod::Call { phone } | ContactMethod::Sms { phone } => {
                    e.result(at(".phone"), phone.check());
                }
                ContactMethod::MessagingApp { app, handle } => {
                    let max = limits::MESSAGING_APP_MAX_CHARS;
                    check_text(e, at(".app"), &app.0, max, None, false);
                    let max = limits::MESSAGING_HANDLE_MAX_CHARS;
                    check_text(e, at(".handle"), &handle.0, max, None, false);
                }
                ContactMethod::Email { address } => {
                    e.result(at(".address"), check_email(&address.0));
                }
                ContactMethod::InPersonViaOutreach | ContactMethod::CheckBackInApp => {}
            }
        }
        if c.safe_times.len() > limits::SAFE_TIMES_MAX {
            e.push(
                "contact.safe_times",
                ValidationErrorKind::TooMany {
                    max: limits::SAFE_TIMES_MAX,
                },
            );
        }
        for (i, window) in c.safe_times.iter().enumerate() {
            let at = |field: &str| format!("contact.safe_times[{i}]{field}");
            if c.safe_times[..i].contains(window) {
                e.push(at(""), ValidationErrorKind::Duplicate);
            }
            // Equal start and end is ambiguous (nothing? all day?): make the person choose.
            if window.start == window.end {
                e.push(at(".end"), ValidationErrorKind::InvalidTime);
            }
            e.result(at(".time_zone"), window.time_zone.check());
        }
        if let Some(code_word) = &c.code_word {
            let max = limits::CODE_WORD_MAX_CHARS;
            check_text(e, "contact.code_word", &code_word.0, max, None, false);
        }
        match &c.if_someone_else_answers {
            Some(IfSomeoneElseAnswers::Other(text)) => {
                let max = limits::IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS;
                check_text(
                    e,
                    "contact.if_someone_else_answers",
                    &text.0,
                    max,
                    None,
                    false,
                );
            }
            // Staff cannot ask for a code word nobody told them.
            Some(IfSomeoneElseAnswers::AskForCodeWord) if c.code_word.is_none() => {
                e.push("contact.code_word", ValidationErrorKind::Empty);
            }
            _ => {}
        }
        if let Some(language) = &c.responder_language {
            e.result("contact.responder_language", language.check());
        }
    }

    /// The canonical serialisation (compact JSON, fixed field order, absent fields omitted): what
    /// gets sealed, stored and resent byte for byte. Does not validate; call
    /// [`Referral::validate`] first.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Cannot fail: every map key is a string and every value is plain data.
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Parses and validates a serialised referral. Rejects oversized input, malformed JSON,
    /// unknown fields, other format versions and invalid content; never panics, whatever the
    /// bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Referral, ReferralError> {
        if bytes.len() > limits::SERIALIZED_MAX_BYTES {
            return Err(ReferralError::TooLarge {
                len: bytes.len(),
                max: limits::SERIALIZED_MAX_BYTES,
            });
        }
        /// Reads only the version, so that a future format is reported as such rather than as
        /// a pile of unknown fields.
        #[derive(Deserialize)]
        struct Probe {
            v: u16,
        }
        let probe: Probe = serde_json::from_slice(bytes).map_err(ReferralError::malformed)?;
        if probe.v != FORMAT_VERSION {
            return Err(ReferralError::UnsupportedVersion {
                found: probe.v,
                supported: FORMAT_VERSION,
            });
        }
        let referral: Referral = serde_json::from_slice(bytes).map_err(ReferralError::malformed)?;
        referral.validate().map_err(ReferralError::Invalid)?;
        Ok(referral)
    }

    /// Realistic valid referral; see [`sample`].
    pub fn sample() -> Referral {
        sample()
    }

    /// Smallest valid referral; see [`sample_minimal`].
    pub fn sample_minimal() -> Referral {
        sample_minimal()
    }
}

/// A realistic, valid referral for tests, demos and benchmarks (never used by the app itself):
/// a Vietnamese fisherman whose wages and papers are withheld, who wants to go home, reachable
/// by phone in the evening, no voicemail. Keys are unset, as before submission.
pub fn sample() -> Referral {
    Referral {
        version: FORMAT_VERSION,
        needs: [Need::LabourExploitation, Need::GoingHome].into(),
        urgency: Some(Urgency::Today),
        for_whom: Some(ForWhom::Self_),
        age_group: Some(AgeGroup::From26To59),
        language: Some(LanguageTag("vi".to_owned())),
        contact: SafeContactPlan {
            methods: vec![ContactMethod::Call {
                phone: PhoneNumber(Sensitive("+84912345678".to_owned())),
            }],
            safe_times: vec![TimeWindow {
                days: BTreeSet::new(),
                start: TimeOfDay(18 * 60),
                end: TimeOfDay(21 * 60),
                time_zone: TimeZoneName(Sensitive("Asia/Ho_Chi_Minh".to_owned())),
            }],
            voicemail_ok: Some(false),
            code_word: Some(Sensitive("hoa sen".to_owned())),
            if_someone_else_answers: Some(IfSomeoneElseAnswers::SayWrongNumber),
            responder_gender: Some(ResponderGender::AnyGender),
            responder_language: Some(LanguageTag("vi".to_owned())),
        },
        place: Some(Sensitive("Cảng cá Sông Đốc, Cà Mau".to_owned())),
        message: Some(Sensitive(
            "Tôi vừa trốn khỏi tàu cá. Chủ tàu giữ giấy tờ và không trả lương 8 tháng.\n\
             Tôi muốn về quê với gia đình ở Nghệ An."
                .to_owned(),
        )),
        consent: Consent {
            scope: ConsentScope::MayReferToServices,
            text_version: "2025-01".to_owned(),
        },
        reply_public_key: None,
        status_verifier: None,
    }
}

/// The smallest valid referral, for tests, demos and benchmarks: "I will check back in the app",
/// default (least-sharing) consent, nothing else.
pub fn sample_minimal() -> Referral {
    Referral {
        contact: SafeContactPlan {
            methods: vec![ContactMethod::CheckBackInApp],
            ..SafeContactPlan::default()
        },
        consent: Consent {
            scope: ConsentScope::default(),
            text_version: "2025-01".to_owned(),
        },
        ..Referral::default()
    }
}

/// Checks a piece of free text: non-empty, trimmed, bounded, no control characters (except
/// newline and tab where multi-line text is allowed). Control characters have no business in a
/// form and can corrupt the staff view or a terminal.
fn check_text(
    e: &mut Errors,
    field: impl Into<String>,
    s: &str,
    max_chars: usize,
    max_bytes: Option<usize>,
    multi_line: bool,
) {
    let field = field.into();
    if s.trim().is_empty() {
        e.push(field, ValidationErrorKind::Empty);
        return;
    }
    if s.trim().len() != s.len() {
        e.push(field.clone(), ValidationErrorKind::NotTrimmed);
    }
    if s.chars().count() > max_chars {
        e.push(
            field.clone(),
            ValidationErrorKind::TooLong { max: max_chars },
        );
    }
    if let Some(max) = max_bytes.filter(|max| s.len() > *max) {
        e.push(field.clone(), ValidationErrorKind::TooManyBytes { max });
    }
    if s.chars()
        .any(|c| c.is_control() && !(multi_line && (c == '\n' || c == '\t')))
    {
        e.push(field, ValidationErrorKind::ControlCharacters);
    }
}

/// Basic e-mail sanity: exactly one "@" with something on both sides, no whitespace or control
/// characters, at most 254 chars. Stricter grammars reject real addresses.
fn check_email(s: &str) -> Result<(), ValidationErrorKind> {
    if s.is_empty() {
        return Err(ValidationErrorKind::Empty);
    }
    if s.chars().count() > limits::EMAIL_MAX_CHARS {
        return Err(ValidationErrorKind::TooLong {
            max: limits::EMAIL_MAX_CHARS,
        });
    }
    let mut parts = s.split('@');
    let ok = matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None) if !local.is_empty() && !domain.is_empty()
    ) && !s.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(())
    } else {
        Err(ValidationErrorKind::InvalidEmail)
    }
}

/// Serde for `Option<[u8; 32]>` as unpadded base64url: compact and safe in URLs and JSON.
mod base64url_key {
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(key: &Option<[u8; 32]>, s: S) -> Result<S::Ok, S::Error> {
        match key {
            Some(key) => s.serialize_str(&URL_SAFE_NO_PAD.encode(key)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<[u8; 32]>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        let mut key = [0u8; 32];
        match URL_SAFE_NO_PAD.decode_slice(text.as_bytes(), &mut key) {
            Ok(32) => Ok(Some(key)),
            _ => Err(D::Error::custom("expected 32 bytes as unpadded base64url")),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Where a problem is, as a dotted path with indices ("contact.methods[1].phone"), matching the
/// serialised field names so that the UI can map it to a form field.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct FieldPath(String);

impl FieldPath {
    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for FieldPath {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// One problem found by [`Referral::validate`]. Holds no content, only where and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{field}: {kind}")]
pub struct ValidationError {
    /// The field with the problem.
    pub field: FieldPath,
    /// The problem, with its machine code.
    #[serde(flatten)]
    pub kind: ValidationErrorKind,
}

impl ValidationError {
    /// Stable machine code of the problem; see [`ValidationErrorKind::code`].
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// What is wrong with a field. The English messages are for developers; the UI maps
/// [`ValidationErrorKind::code`] (stable, also the serde tag "code") to a Fluent message id and
/// passes the other values (e.g. `max`) as arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ValidationErrorKind {
    /// Required text is empty (or only whitespace).
    #[error("must not be empty")]
    Empty,
    /// Text has leading or trailing whitespace ([`Referral::normalize`] removes it).
    #[error("must not start or end with whitespace")]
    NotTrimmed,
    /// Text is longer than `max` characters.
    #[error("must be at most {max} characters")]
    TooLong {
        /// Maximum number of characters.
        max: usize,
    },
    /// Text is longer than `max` bytes of UTF-8.
    #[error("must be at most {max} bytes")]
    TooManyBytes {
        /// Maximum number of bytes.
        max: usize,
    },
    /// A list has more than `max` items.
    #[error("must have at most {max} items")]
    TooMany {
        /// Maximum number of items.
        max: usize,
    },
    /// The same item appears twice in a list.
    #[error("duplicate")]
    Duplicate,
    /// Text contains control characters.
    #[error("must not contain control characters")]
    ControlCharacters,
    /// Not a valid, dialable phone number (or not in E.164 form once stored).
    #[error("not a valid phone number")]
    InvalidPhone,
    /// The default region given for a local phone number is not an ISO 3166 region code.
    #[error("not a known region code")]
    InvalidRegion,
    /// Not a plausible e-mail address.
    #[error("not a valid e-mail address")]
    InvalidEmail,
    /// Not a well-formed (normalised) BCP 47 language tag.
    #[error("not a valid language tag")]
    InvalidLanguage,
    /// Not an IANA time zone name known to this build.
    #[error("not a known time zone")]
    InvalidTimeZone,
    /// Not a time "HH:MM", or a window whose start equals its end.
    #[error("not a valid time or time window")]
    InvalidTime,
    /// No way of getting an answer was given.
    #[error("at least one contact method is required")]
    NoContactMethod,
    /// The referral's format version is not the one this build handles.
    #[error("format version {found} is not supported (expected {supported})")]
    UnsupportedVersion {
        /// Version found.
        found: u16,
        /// Version this build handles.
        supported: u16,
    },
}

impl ValidationErrorKind {
    /// Stable machine code for the UI (Fluent message ids) and for the hotline's API. Never
    /// rename one: translations and clients depend on them.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotTrimmed => "not_trimmed",
            Self::TooLong { .. } => "too_long",
            Self::TooManyBytes { .. } => "too_many_bytes",
            Self::TooMany { .. } => "too_many",
            Self::Duplicate => "duplicate",
            Self::ControlCharacters => "control_characters",
            Self::InvalidPhone => "invalid_phone",
            Self::InvalidRegion => "invalid_region",
            Self::InvalidEmail => "invalid_email",
            Self::InvalidLanguage => "invalid_language",
            Self::InvalidTimeZone => "invalid_time_zone",
            Self::InvalidTime => "invalid_time",
            Self::NoContactMethod => "no_contact_method",
            Self::UnsupportedVersion { .. } => "unsupported_version",
        }
    }
}

/// Collects validation errors.
#[derive(Default)]
struct Errors(Vec<ValidationError>);

impl Errors {
    fn push(&mut self, field: impl Into<String>, kind: ValidationErrorKind) {
        self.0.push(ValidationError {
            field: FieldPath(field.into()),
            kind,
        });
    }

    fn result(&mut self, field: impl Into<String>, result: Result<(), ValidationErrorKind>) {
        if let Err(kind) = result {
            self.push(field, kind);
        }
    }
}

/// Why [`Referral::from_bytes`] refused its input. Never quotes the input (serde_json's own
/// messages do, e.g. an invalid phone number), so it is safe to log.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    /// Larger than [`limits::SERIALIZED_MAX_BYTES`]; refused before parsing.
    #[error("a serialised referral is at most {max} bytes, got {len}")]
    TooLarge {
        /// Size of the input.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON, not the referral structure, or an unknown field.
    #[error("malformed referral ({category} error at line {line}, column {column})")]
    Malformed {
        /// "syntax", "data", "eof" or "io", from serde_json's classification.
        category: &'static str,
        /// Line of the problem in the input (1-based).
        line: usize,
        /// Column of the problem in the input (1-based).
        column: usize,
    },
    /// Written in a format version this build does not read.
    #[error("referral format version {found} is not supported (this build reads {supported})")]
    UnsupportedVersion {
        /// Version found.
        found: u16,
        /// Version this build reads.
        supported: u16,
    },
    /// Well-formed but with invalid content.
    #[error("invalid referral ({} problems)", .0.len())]
    Invalid(Vec<ValidationError>),
}

impl ReferralError {
    fn malformed(e: serde_json::Error) -> Self {
        use serde_json::error::Category;
        Self::Malformed {
            category: match e.classify() {
                Category::Io => "io",
                Category::Syntax => "syntax",
                Category::Data => "data",
                Category::Eof => "eof",
            },
            line: e.line(),
            column: e.column(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kinds_at(r: &Referral, field: &str) -> Vec<ValidationErrorKind> {
        match r.validate() {
            Ok(()) => vec![],
            Err(errors) => errors
                .into_iter()
                .filter(|e| e.field == field)
                .map(|e| e.kind)
                .collect(),
        }
    }

    #[track_caller]
    fn assert_error(r: &Referral, field: &str, kind: ValidationErrorKind) {
        let errors = r.validate().expect_err("should be invalid");
        assert!(
            errors.iter().any(|e| e.field == field && e.kind == kind),
            "expected {kind:?} at {field}, got {errors:?}"
        );
    }

    fn s(text: &str) -> Sensitive<String> {
        Sensitive(text.to_owned())
    }

    fn window(start: &str, end: &str, tz: &str) -> TimeWindow {
        TimeWindow {
            days: BTreeSet::new(),
            start: TimeOfDay::parse(start).unwrap(),
            end: TimeOfDay::parse(end).unwrap(),
            time_zone: TimeZoneName::parse(tz).unwrap(),
        }
    }

    #[test]
    fn samples_are_valid() {
        assert_eq!(sample().validate(), Ok(()));
        assert_eq!(sample_minimal().validate(), Ok(()));
        assert_eq!(Referral::sample(), sample());
        assert_eq!(Referral::sample_minimal(), sample_minimal());
        // The sample's hand-written values are what the parsers would produce.
        let c = &sample().contact;
        assert_eq!(
            c.methods[0],
            ContactMethod::Call {
                phone: PhoneNumber::parse("0912 345 678", Some("VN")).unwrap()
            }
        );
        assert_eq!(
            c.safe_times[0],
            window("18:00", "21:00", "Asia/Ho_Chi_Minh")
        );
        assert_eq!(sample().language, Some(LanguageTag::parse("vi").unwrap()));
    }

    #[test]
    fn default_consent_is_least_sharing() {
        assert_eq!(ConsentScope::default(), ConsentScope::HotlineOnly);
        assert_eq!(Consent::default().scope, ConsentScope::HotlineOnly);
        assert_eq!(Referral::default().consent.scope, ConsentScope::HotlineOnly);
        assert_eq!(sample_minimal().consent.scope, ConsentScope::HotlineOnly);
        assert!(ConsentScope::HotlineOnly < ConsentScope::MayReferToServices);
        assert!(ConsentScope::MayReferToServices < ConsentScope::MayInvolvePolice);
    }

    #[test]
    fn blank_form_needs_contact_method_and_consent_version() {
        let errors = Referral::default().validate().unwrap_err();
        let got: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("contact.methods", "no_contact_method"),
                ("consent.text_version", "empty")
            ]
        );
    }

    #[test]
    fn validation_collects_every_problem() {
        let mut r = sample();
        r.place = Some(s(" x"));
        r.message = Some(s("a\u{7}"));
        r.contact
            .methods
            .push(ContactMethod::Email { address: s("nope") });
        r.consent.text_version = String::new();
        let errors = r.validate().unwrap_err();
        let codes: Vec<&str> = errors.iter().map(ValidationError::code).collect();
        assert_eq!(
            codes,
            vec![
                "invalid_email",
                "not_trimmed",
                "control_characters",
                "empty"
            ]
        );
    }

    #[test]
    fn every_error_kind_is_produced_by_some_input() {
        use ValidationErrorKind as K;
        let mut seen = BTreeSet::new();
        let mut check = |r: Referral, field: &str, kind: K| {
            assert_error(&r, field, kind);
            seen.insert(kind.code());
        };

        let mut r = sample();
        r.place = Some(s("   "));
        check(r, "place", K::Empty);

        let mut r = sample();
        r.contact.code_word = Some(s("word\n"));
        check(r, "contact.code_word", K::NotTrimmed);

        let mut r = sample();
        r.place = Some(s(&"é".repeat(limits::PLACE_MAX_CHARS + 1)));
        check(r, "place", K::TooLong { max: 200 });
        let mut r = sample();
        r.place = Some(s(&"é".repeat(limits::PLACE_MAX_CHARS)));
        assert_eq!(
            r.validate(),
            Ok(()),
            "exactly at the limit is fine (chars, not bytes)"
        );

        let mut r = sample();
        r.message = Some(s(&"x".repeat(limits::MESSAGE_MAX_CHARS + 1)));
        check(r, "message", K::TooLong { max: 4000 });

        let mut r = sample();
        r.contact.methods = vec![ContactMethod::CheckBackInApp; 7];
        check(r.clone(), "contact.methods", K::TooMany { max: 6 });
        check(r, "contact.methods[1]", K::Duplicate);

        let mut r = sample();
        r.contact.safe_times = vec![window("08:00", "09:00", "UTC"); 8];
        check(r, "contact.safe_times", K::TooMany { max: 7 });

        let mut r = sample();
        r.contact.safe_times.push(r.contact.safe_times[0].clone());
        check(r, "contact.safe_times[1]", K::Duplicate);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::Call {
            phone: PhoneNumber(s("+44 20 7946 0958")),
        });
        check(r, "contact.methods[1].phone", K::InvalidPhone);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s("Zalo\u{0}"),
            handle: s("ngu.dan"),
        });
        check(r, "contact.methods[1].app", K::ControlCharacters);

        let mut r = sample();
        r.contact.methods.push(ContactMethod::Email {
            address: s("a@b@c"),
        });
        check(r, "contact.methods[1].address", K::InvalidEmail);

        let mut r = sample();
        r.language = Some(LanguageTag("not a tag".to_owned()));
        check(r, "language", K::InvalidLanguage);

        let mut r = sample();
        r.contact.safe_times[0].time_zone = TimeZoneName(s("Mars/Olympus_Mons"));
        check(r, "contact.safe_times[0].time_zone", K::InvalidTimeZone);

        let mut r = sample();
        r.contact.safe_times[0].end = r.contact.safe_times[0].start;
        check(r, "contact.safe_times[0].end", K::InvalidTime);

        let mut r = sample();
        r.contact.methods.clear();
        check(r, "contact.methods", K::NoContactMethod);

        let mut r = sample();
        r.version = 2;
        check(
            r,
            "v",
            K::UnsupportedVersion {
                found: 2,
                supported: 1,
            },
        );

        // The two kinds that only input parsing or the byte cap produce.
        assert_eq!(
            PhoneNumber::parse("020 7946 0958", Some("Atlantis")),
            Err(K::InvalidRegion)
        );
        seen.insert(K::InvalidRegion.code());
        let mut e = Errors::default();
        check_text(&mut e, "message", "ééé", 10, Some(5), true);
        assert_eq!(e.0[0].kind, K::TooManyBytes { max: 5 });
        seen.insert(e.0[0].code());

        assert_eq!(seen.len(), 15, "every kind covered: {seen:?}");
    }

    #[test]
    fn error_codes_are_stable_and_match_serde_tag() {
        use ValidationErrorKind as K;
        let all = [
            (K::Empty, "empty"),
            (K::NotTrimmed, "not_trimmed"),
            (K::TooLong { max: 3 }, "too_long"),
            (K::TooManyBytes { max: 3 }, "too_many_bytes"),
            (K::TooMany { max: 3 }, "too_many"),
            (K::Duplicate, "duplicate"),
            (K::ControlCharacters, "control_characters"),
            (K::InvalidPhone, "invalid_phone"),
            (K::InvalidRegion, "invalid_region"),
            (K::InvalidEmail, "invalid_email"),
            (K::InvalidLanguage, "invalid_language"),
            (K::InvalidTimeZone, "invalid_time_zone"),
            (K::InvalidTime, "invalid_time"),
            (K::NoContactMethod, "no_contact_method"),
            (
                K::UnsupportedVersion {
                    found: 2,
                    supported: 1,
                },
                "unsupported_version",
            ),
        ];
        for (kind, code) in all {
            assert_eq!(kind.code(), code);
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json["code"], code);
        }
        let e = ValidationError {
            field: FieldPath("place".into()),
            kind: K::TooLong { max: 200 },
        };
        assert_eq!(
            serde_json::to_string(&e).unwrap(),
            r#"{"field":"place","code":"too_long","max":200}"#
        );
    }

    #[test]
    fn message_allows_newlines_and_tabs_but_not_other_controls() {
        let mut r = sample();
        r.message = Some(s("line one\n\tline two"));
        assert_eq!(r.validate(), Ok(()));
        r.message = Some(s("line one\r\nline two"));
        assert_eq!(
            kinds_at(&r, "message"),
            vec![ValidationErrorKind::ControlCharacters]
        );
        r.normalize();
        assert_eq!(r.message, Some(s("line one\nline two")));
        assert_eq!(r.validate(), Ok(()));
        r.place = Some(s("two\nlines"));
        assert_eq!(
            kinds_at(&r, "place"),
            vec![ValidationErrorKind::ControlCharacters]
        );
    }

    #[test]
    fn normalize_trims_and_drops_empty_optional_text() {
        let mut r = sample();
        r.place = Some(s("  Cà Mau \n"));
        r.message = Some(s("   "));
        r.contact.code_word = Some(s(""));
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s(" Zalo"),
            handle: s("ngu.dan "),
        });
        r.consent.text_version = " 2025-01 ".into();
        r.normalize();
        assert_eq!(r.place, Some(s("Cà Mau")));
        assert_eq!(r.message, None);
        assert_eq!(r.contact.code_word, None);
        assert_eq!(
            r.contact.methods[1],
            ContactMethod::MessagingApp {
                app: s("Zalo"),
                handle: s("ngu.dan")
            }
        );
        assert_eq!(r.consent.text_version, "2025-01");
        assert_eq!(r.validate(), Ok(()));
    }

    #[test]
    fn ask_for_code_word_requires_a_code_word() {
        let mut r = sample();
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::AskForCodeWord);
        assert_eq!(r.validate(), Ok(()));
        r.contact.code_word = None;
        assert_error(&r, "contact.code_word", ValidationErrorKind::Empty);
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(s(&"x".repeat(201))));
        assert_error(
            &r,
            "contact.if_someone_else_answers",
            ValidationErrorKind::TooLong { max: 200 },
        );
    }

    #[test]
    fn email_checks() {
        assert_eq!(check_email("ngu.dan@example.org"), Ok(()));
        assert_eq!(check_email("người@ví-dụ.vn"), Ok(()));
        for bad in ["nope", "@x", "x@", "a@b@c", "a b@c", "a@b\u{7}"] {
            assert_eq!(
                check_email(bad),
                Err(ValidationErrorKind::InvalidEmail),
                "{bad:?}"
            );
        }
        assert_eq!(check_email(""), Err(ValidationErrorKind::Empty));
        let long = format!("{}@example.org", "a".repeat(250));
        assert_eq!(
            check_email(&long),
            Err(ValidationErrorKind::TooLong { max: 254 })
        );
    }

    #[test]
    fn phone_numbers_are_normalised_to_e164() {
        let gb = "+442079460958";
        assert_eq!(
            PhoneNumber::parse("+44 20 7946 0958", None)
                .unwrap()
                .as_e164(),
            gb
        );
        assert_eq!(
            PhoneNumber::parse("+44 (0)20 7946-0958", None)
                .unwrap()
                .as_e164(),
            gb
        );
        assert_eq!(
            PhoneNumber::parse("020 7946 0958", Some("GB"))
                .unwrap()
                .as_e164(),
            gb
        );
        assert_eq!(
            PhoneNumber::parse(" 020 7946 0958 ", Some("gb"))
                .unwrap()
                .as_e164(),
            gb
        );
        // An international number ignores the default region.
        assert_eq!(
            PhoneNumber::parse("+44 20 7946 0958", Some("VN"))
                .unwrap()
                .as_e164(),
            gb
        );
        assert_eq!(
            PhoneNumber::parse("091 234 5678", Some("VN"))
                .unwrap()
                .as_e164(),
            "+84912345678"
        );
        // Full-width and Arabic-Indic digits, as some keyboards type them.
        assert_eq!(
            PhoneNumber::parse("＋４４ ２０ ７９４６ ０９５８", None)
                .unwrap()
                .as_e164(),
            gb
        );
        assert_eq!(
            PhoneNumber::parse("+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨", None)
                .unwrap()
                .as_e164(),
            gb
        );
    }

    #[test]
    fn invalid_phone_numbers_are_rejected() {
        use ValidationErrorKind as K;
        assert_eq!(
            PhoneNumber::parse("020 7946 0958", None),
            Err(K::InvalidPhone)
        );
        assert_eq!(
            PhoneNumber::parse("+44 20 0000", None),
            Err(K::InvalidPhone)
        );
        assert_eq!(
            PhoneNumber::parse("+1 555 CALL NOW", None),
            Err(K::InvalidPhone)
        );
        assert_eq!(
            PhoneNumber::parse("44 +20 7946 0958", None),
            Err(K::InvalidPhone)
        );
        assert_eq!(
            PhoneNumber::parse("tel:+44-20-7946-0958", None),
            Err(K::InvalidPhone)
        );
        assert_eq!(
            PhoneNumber::parse(".;phone-context=", Some("US")),
            Err(K::InvalidPhone)
        );
        assert_eq!(PhoneNumber::parse("  ", None), Err(K::Empty));
        assert_eq!(
            PhoneNumber::parse(&"1".repeat(41), None),
            Err(K::TooLong { max: 40 })
        );
        assert_eq!(
            PhoneNumber::parse("020 7946 0958", Some("XX")),
            Err(K::InvalidRegion)
        );
        // Stored form: only E.164 shape.
        for bad in [
            "",
            "442079460958",
            "+0442079460958",
            "+44",
            "+4420794609581234",
            "+44 20",
        ] {
            assert_eq!(PhoneNumber(s(bad)).check(), Err(K::InvalidPhone), "{bad:?}");
        }
        assert_eq!(PhoneNumber(s("+442079460958")).check(), Ok(()));
    }

    #[test]
    fn language_tags_are_validated_and_normalised() {
        assert_eq!(LanguageTag::parse("EN-us").unwrap().as_str(), "en-US");
        assert_eq!(
            LanguageTag::parse(" zh-hant-tw ").unwrap().as_str(),
            "zh-Hant-TW"
        );
        assert_eq!(LanguageTag::parse("vi").unwrap().to_string(), "vi");
        // Well-formedness is checked, not the registry: "english" is a well-formed tag.
        for bad in ["e", "en-", "123", "en--GB", "x"] {
            assert_eq!(
                LanguageTag::parse(bad),
                Err(ValidationErrorKind::InvalidLanguage),
                "{bad}"
            );
        }
        assert_eq!(
            LanguageTag::parse("en_US"),
            Err(ValidationErrorKind::InvalidLanguage)
        );
        assert_eq!(LanguageTag::parse(""), Err(ValidationErrorKind::Empty));
        // Stored tags must already be canonical.
        assert_eq!(
            LanguageTag("EN-us".into()).check(),
            Err(ValidationErrorKind::InvalidLanguage)
        );
        let mut r = sample();
        r.contact.responder_language = Some(LanguageTag("en_US".into()));
        assert_error(
            &r,
            "contact.responder_language",
            ValidationErrorKind::InvalidLanguage,
        );
    }

    #[test]
    fn times_of_day() {
        let t = TimeOfDay::parse("07:05").unwrap();
        assert_eq!(
            (t.hour(), t.minute(), t.minutes_since_midnight()),
            (7, 5, 425)
        );
        assert_eq!(t.to_string(), "07:05");
        assert_eq!(
            TimeOfDay::parse("23:59").unwrap(),
            TimeOfDay::new(23, 59).unwrap()
        );
        assert_eq!(
            TimeOfDay::parse("00:00").unwrap(),
            TimeOfDay::new(0, 0).unwrap()
        );
        for bad in [
            "24:00", "12:60", "7:00", "07:5", "ab:cd", "07-00", "", "007:00", "+1:00", "０7:00",
        ] {
            assert_eq!(
                TimeOfDay::parse(bad),
                Err(ValidationErrorKind::InvalidTime),
                "{bad:?}"
            );
        }
        assert_eq!(TimeOfDay::new(24, 0), None);
        assert_eq!(TimeOfDay::new(0, 60), None);
        assert_eq!(serde_json::to_string(&t).unwrap(), r#""07:05""#);
        assert!(serde_json::from_str::<TimeOfDay>(r#""25:00""#).is_err());
    }

    #[test]
    fn time_windows_may_cross_midnight() {
        use Weekday::*;
        let at = |h, m| TimeOfDay::new(h, m).unwrap();
        let mut night = window("22:00", "02:00", "Asia/Bangkok");
        night.days = [Friday].into();
        assert!(night.crosses_midnight());
        let mut r = sample();
        r.contact.safe_times = vec![night.clone()];
        assert_eq!(r.validate(), Ok(()));
        assert!(night.covers(Friday, at(22, 0)));
        assert!(night.covers(Friday, at(23, 59)));
        assert!(
            night.covers(Saturday, at(1, 59)),
            "after midnight belongs to Friday's window"
        );
        assert!(!night.covers(Saturday, at(2, 0)), "end is exclusive");
        assert!(
            !night.covers(Friday, at(1, 0)),
            "Thursday night is not in the window"
        );
        assert!(!night.covers(Saturday, at(22, 30)));
        assert!(!night.covers(Friday, at(21, 59)));

        let evening = window("18:00", "21:00", "Asia/Ho_Chi_Minh");
        assert!(!evening.crosses_midnight());
        for day in Weekday::ALL {
            assert!(evening.covers(day, at(18, 0)), "empty days = every day");
            assert!(!evening.covers(day, at(21, 0)));
            assert!(!evening.covers(day, at(3, 0)));
        }
        let mut sunday = window("23:00", "01:00", "UTC");
        sunday.days = [Sunday].into();
        assert!(
            sunday.covers(Monday, at(0, 30)),
            "wraps from Sunday to Monday"
        );
        assert_eq!(Monday.previous(), Sunday);
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert_eq!(
            TimeZoneName::parse("asia/ho_chi_minh").unwrap().as_str(),
            "Asia/Ho_Chi_Minh"
        );
        assert_eq!(
            TimeZoneName::parse("Europe/London").unwrap().as_str(),
            "Europe/London"
        );
        assert!(TimeZoneName::parse("UTC").unwrap().tz().is_some());
        assert_eq!(
            TimeZoneName::parse("Mars/Olympus_Mons"),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        assert_eq!(
            TimeZoneName::parse("GMT+7 "),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        assert_eq!(TimeZoneName::parse(""), Err(ValidationErrorKind::Empty));
        // Stored names must be spelled canonically.
        assert_eq!(
            TimeZoneName(s("asia/ho_chi_minh")).check(),
            Err(ValidationErrorKind::InvalidTimeZone)
        );
        let json = String::from_utf8(sample().to_bytes())
            .unwrap()
            .replace("Asia/Ho_Chi_Minh", "Asia/Nowhere");
        match Referral::from_bytes(json.as_bytes()) {
            Err(ReferralError::Invalid(errors)) => assert_eq!(
                errors,
                vec![ValidationError {
                    field: FieldPath("contact.safe_times[0].time_zone".into()),
                    kind: ValidationErrorKind::InvalidTimeZone
                }]
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn safeguarding_flags() {
        assert!(sample().safeguarding_flags().is_empty());
        let mut r = sample();
        r.age_group = Some(AgeGroup::Under18);
        assert_eq!(r.safeguarding_flags(), [SafeguardingFlag::Minor].into());
        r.needs.insert(Need::ChildAtRisk);
        assert_eq!(
            r.safeguarding_flags(),
            [SafeguardingFlag::Minor, SafeguardingFlag::ChildAtRisk].into()
        );
        r.age_group = Some(AgeGroup::From18To25);
        assert_eq!(
            r.safeguarding_flags(),
            [SafeguardingFlag::ChildAtRisk].into()
        );
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

    #[test]
    fn canonical_json_shape() {
        let mut r = sample();
        r.reply_public_key = Some([0xfb; 32]);
        r.status_verifier = Some([1; 32]);
        let json = String::from_utf8(r.to_bytes()).unwrap();
        assert!(json.starts_with(r#"{"v":1,"needs":["labour_exploitation","going_home"],"urgency":"today","for_whom":"self","age_group":"26_to_59","language":"vi","contact":{"methods":[{"kind":"call","phone":"+84912345678"}],"safe_times":[{"start":"18:00","end":"21:00","time_zone":"Asia/Ho_Chi_Minh"}],"voicemail_ok":false,"#), "{json}");
        assert!(json.contains(r#""if_someone_else_answers":"say_wrong_number""#));
        assert!(
            json.contains(
                r#""consent":{"scope":"may_refer_to_services","text_version":"2025-01"}"#
            )
        );
        // base64url without padding: 0xfb bytes encode to "-_v7...", never '+', '/' or '='.
        let key = &json[json.find(r#""reply_public_key":""#).unwrap() + 20..];
        let key = &key[..key.find('"').unwrap()];
        assert_eq!(key.len(), 43);
        assert!(!key.contains('=') && !key.contains('+') && !key.contains('/'));
        assert!(key.contains('-') || key.contains('_'));
        let minimal = String::from_utf8(sample_minimal().to_bytes()).unwrap();
        assert_eq!(
            minimal,
            r#"{"v":1,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","text_version":"2025-01"}}"#
        );
        assert_eq!(
            Referral::from_bytes(minimal.as_bytes()).unwrap(),
            sample_minimal()
        );
    }

    #[test]
    fn round_trip_with_keys_and_every_method() {
        let mut r = sample();
        r.reply_public_key = Some([7; 32]);
        r.status_verifier = Some([0xff; 32]);
        r.contact.methods = vec![
            ContactMethod::Call {
                phone: PhoneNumber::parse("+44 20 7946 0958", None).unwrap(),
            },
            ContactMethod::Sms {
                phone: PhoneNumber::parse("+44 20 7946 0958", None).unwrap(),
            },
            ContactMethod::MessagingApp {
                app: s("Zalo"),
                handle: s("ngu.dan.84"),
            },
            ContactMethod::Email {
                address: s("ngu.dan@example.org"),
            },
            ContactMethod::InPersonViaOutreach,
            ContactMethod::CheckBackInApp,
        ];
        r.contact.if_someone_else_answers =
            Some(IfSomeoneElseAnswers::Other(s("Nói là gọi nhầm số")));
        r.contact.safe_times[0].days = [Weekday::Monday, Weekday::Sunday].into();
        assert_eq!(r.validate(), Ok(()));
        let back = Referral::from_bytes(&r.to_bytes()).unwrap();
        assert!(back == r);
        assert_eq!(back.to_bytes(), r.to_bytes());
    }

    #[test]
    fn keys_must_be_32_bytes_of_unpadded_base64url() {
        let mut r = sample_minimal();
        r.reply_public_key = Some([9; 32]);
        let json = String::from_utf8(r.to_bytes()).unwrap();
        let encoded =
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [9u8; 32]);
        assert!(json.contains(&encoded));
        for bad in [
            encoded[..42].to_owned(), // 31 bytes and a bit
            format!("{encoded}="),    // padded
            base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [9u8; 33]),
            "!!".to_owned(),
        ] {
            let bad_json = json.replace(&encoded, &bad);
            assert!(
                matches!(
                    Referral::from_bytes(bad_json.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{bad:?}"
            );
        }
        let null = json.replace(&format!(r#""{encoded}""#), "null");
        assert_eq!(
            Referral::from_bytes(null.as_bytes()).unwrap(),
            sample_minimal()
        );
    }

    #[test]
    fn unknown_fields_are_rejected() {
        let json = String::from_utf8(sample().to_bytes()).unwrap();
        for (from, to) in [
            (r#"{"v":1,"#, r#"{"v":1,"gps":"10.1,105.2","#),
            (r#""contact":{"#, r#""contact":{"extra":1,"#),
            (r#"{"kind":"call","#, r#"{"kind":"call","note":"x","#),
            (r#""start":"18:00""#, r#""start":"18:00","tz":"x""#),
            (r#""consent":{"#, r#""consent":{"police":true,"#),
            (r#""kind":"call""#, r#""kind":"fax""#),
            (r#""labour_exploitation""#, r#""organ_removal""#),
        ] {
            let bad = json.replacen(from, to, 1);
            assert_ne!(bad, json, "{from}");
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{to}"
            );
        }
        // Unit variants with extra fields too.
        let bad = String::from_utf8(sample_minimal().to_bytes())
            .unwrap()
            .replace(
                r#"{"kind":"check_back_in_app"}"#,
                r#"{"kind":"check_back_in_app","x":1}"#,
            );
        assert!(matches!(
            Referral::from_bytes(bad.as_bytes()),
            Err(ReferralError::Malformed { .. })
        ));
        // Fields that exist, but on another kind, or missing ones.
        for method in [
            r#"{"kind":"check_back_in_app","phone":"+442079460958"}"#,
            r#"{"kind":"sms","address":"a@b"}"#,
            r#"{"kind":"call"}"#,
            r#"{"kind":"messaging_app","app":"Zalo"}"#,
            r#"{"phone":"+442079460958"}"#,
        ] {
            let bad = String::from_utf8(sample_minimal().to_bytes())
                .unwrap()
                .replace(r#"{"kind":"check_back_in_app"}"#, method);
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{method}"
            );
        }
        // Duplicate keys are not a way to smuggle a second value either.
        let dup = r#"{"v":1,"v":1,"contact":{"methods":[{"kind":"check_back_in_app"}]},"consent":{"scope":"hotline_only","text_version":"1"}}"#;
        assert!(matches!(
            Referral::from_bytes(dup.as_bytes()),
            Err(ReferralError::Malformed { .. })
        ));
    }

    #[test]
    fn other_versions_are_rejected_with_a_typed_error() {
        let json = String::from_utf8(sample().to_bytes()).unwrap();
        for (v, found) in [("2", 2), ("0", 0), ("65535", 65535)] {
            let bad = json.replacen(r#""v":1"#, &format!(r#""v":{v}"#), 1);
            assert_eq!(
                Referral::from_bytes(bad.as_bytes()),
                Err(ReferralError::UnsupportedVersion {
                    found,
                    supported: 1
                })
            );
        }
        // A future version with fields this build does not know is still reported as a version.
        let future = r#"{"v":2,"hologram":true}"#;
        assert_eq!(
            Referral::from_bytes(future.as_bytes()),
            Err(ReferralError::UnsupportedVersion {
                found: 2,
                supported: 1
            })
        );
        for bad in [
            r#"{"contact":{}}"#,
            r#"{"v":"1"}"#,
            r#"{"v":-1}"#,
            "[1]",
            "",
            "null",
        ] {
            assert!(
                matches!(
                    Referral::from_bytes(bad.as_bytes()),
                    Err(ReferralError::Malformed { .. })
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn invalid_content_and_oversized_input_are_rejected() {
        let mut r = sample();
        r.contact.methods.clear();
        assert_eq!(
            Referral::from_bytes(&r.to_bytes()),
            Err(ReferralError::Invalid(vec![ValidationError {
                field: FieldPath("contact.methods".into()),
                kind: ValidationErrorKind::NoContactMethod
            }]))
        );
        let big = vec![b' '; limits::SERIALIZED_MAX_BYTES + 1];
        assert_eq!(
            Referral::from_bytes(&big),
            Err(ReferralError::TooLarge {
                len: limits::SERIALIZED_MAX_BYTES + 1,
                max: limits::SERIALIZED_MAX_BYTES
            })
        );
    }

    #[test]
    fn errors_never_quote_the_input() {
        let json = String::from_utf8(sample().to_bytes())
            .unwrap()
            .replace("+84912345678", "+84912345678x");
        let err = Referral::from_bytes(json.as_bytes()).unwrap_err();
        let text = format!("{err} {err:?}");
        assert!(!text.contains("84912345678"), "{text}");
        // serde_json itself would have quoted it: that is why it is not passed through.
        let raw = serde_json::from_str::<TimeOfDay>(r#"23"#)
            .unwrap_err()
            .to_string();
        assert!(raw.contains("23"));
    }

    #[test]
    fn maximal_referral_fits_the_size_limit() {
        let four = "𝄞"; // 4 bytes in UTF-8
        let quote = "\""; // doubled by JSON escaping
        let text = |n: usize| s(&four.repeat(n));
        let quoted = |n: usize| s(&quote.repeat(n));
        let windows: Vec<TimeWindow> = (0..limits::SAFE_TIMES_MAX)
            .map(|i| TimeWindow {
                days: Weekday::ALL.into(),
                start: TimeOfDay::new(i as u8, 0).unwrap(),
                end: TimeOfDay::new(23, 59).unwrap(),
                time_zone: TimeZoneName::parse("America/Argentina/ComodRivadavia").unwrap(),
            })
            .collect();
        let methods: Vec<ContactMethod> = (0..limits::CONTACT_METHODS_MAX)
            .map(|i| ContactMethod::MessagingApp {
                app: s(&format!(
                    "{i}{}",
                    quote.repeat(limits::MESSAGING_APP_MAX_CHARS - 1)
                )),
                handle: text(limits::MESSAGING_HANDLE_MAX_CHARS),
            })
            .collect();
        let r = Referral {
            version: FORMAT_VERSION,
            needs: Need::ALL.into(),
            urgency: Some(Urgency::NotUrgent),
            for_whom: Some(ForWhom::AssistedByOutreach),
            age_group: Some(AgeGroup::From60),
            language: Some(LanguageTag::parse("zh-Hant-TW-1606nict-u-ca-chinese").unwrap()),
            contact: SafeContactPlan {
                methods,
                safe_times: windows,
                voicemail_ok: Some(false),
                code_word: Some(text(limits::CODE_WORD_MAX_CHARS)),
                if_someone_else_answers: Some(IfSomeoneElseAnswers::Other(quoted(
                    limits::IF_SOMEONE_ELSE_ANSWERS_MAX_CHARS,
                ))),
                responder_gender: Some(ResponderGender::AnyGender),
                responder_language: Some(
                    LanguageTag::parse("zh-Hant-TW-1606nict-u-ca-chinese").unwrap(),
                ),
            },
            place: Some(text(limits::PLACE_MAX_CHARS)),
            message: Some(text(limits::MESSAGE_MAX_CHARS)),
            consent: Consent {
                scope: ConsentScope::MayInvolvePolice,
                text_version: four.repeat(limits::CONSENT_TEXT_VERSION_MAX_CHARS),
            },
            reply_public_key: Some([0xff; 32]),
            status_verifier: Some([0xff; 32]),
        };
        assert_eq!(r.validate(), Ok(()));
        let bytes = r.to_bytes();
        assert!(
            bytes.len() < limits::SERIALIZED_MAX_BYTES,
            "{}",
            bytes.len()
        );
        assert_eq!(Referral::from_bytes(&bytes).unwrap(), r);
        // A quote-only message doubles when escaped; still far below the limit.
        let mut q = r.clone();
        q.message = Some(quoted(limits::MESSAGE_MAX_CHARS));
        assert!(q.to_bytes().len() < limits::SERIALIZED_MAX_BYTES);
    }

    #[test]
    fn debug_never_shows_content() {
        let mut r = sample();
        r.contact.methods.push(ContactMethod::MessagingApp {
            app: s("Zalo"),
            handle: s("secret.handle"),
        });
        r.contact.methods.push(ContactMethod::Email {
            address: s("hidden@example.org"),
        });
        r.contact.if_someone_else_answers = Some(IfSomeoneElseAnswers::Other(s("cover story")));
        let secrets = [
            "84912345678",
            "912 345 678",
            "Tôi vừa trốn",
            "hoa sen",
            "Sông Đốc",
            "secret.handle",
            "hidden@example.org",
            "Ho_Chi_Minh",
            "cover story",
            "labour",
            "Labour",
        ];
        let outputs = [
            format!("{r:?}"),
            format!("{r:#?}"),
            format!("{:?}", r.contact),
            format!("{:#?}", r.contact.methods),
            format!("{:?}", r.contact.safe_times),
            format!("{:?}", r.message),
            format!("{:?}", PhoneNumber::parse("+84 912 345 678", None).unwrap()),
        ];
        for out in &outputs {
            for secret in secrets {
                assert!(!out.contains(secret), "{secret:?} leaked in {out}");
            }
        }
        assert_eq!(format!("{:?}", s("hoa sen")), "<redacted 7 chars>");
        assert!(outputs[0].contains("<redacted 24 chars>"), "{}", outputs[0]);
        assert!(outputs[0].contains("v: 1"));
    }

    // ------------------------------------------------------------------ property tests

    fn text_strategy(max: usize) -> impl Strategy<Value = Sensitive<String>> {
        proptest::string::string_regex(&format!(
            "[a-zA-Z0-9àáạảãăắđêếệôơớưứ\"\\\\ 中文ภาษา]{{1,{max}}}"
        ))
        .unwrap()
        .prop_filter_map("blank", |t| {
            let t = t.trim();
            (!t.is_empty()).then(|| s(t))
        })
    }

    fn phone_strategy() -> impl Strategy<Value = PhoneNumber> {
        prop::sample::select(vec![
            "+442079460958",
            "+84912345678",
            "+66812345678",
            "+959123456789",
            "+12025550123",
            "+2348031234567",
        ])
        .prop_map(|p| PhoneNumber(s(p)))
    }

    fn language_strategy() -> impl Strategy<Value = LanguageTag> {
        prop::sample::select(vec![
            "vi", "en-GB", "th", "my", "km", "tl", "zh-Hant", "ro", "uk", "ar-EG",
        ])
        .prop_map(|t| LanguageTag::parse(t).unwrap())
    }

    fn method_strategy() -> impl Strategy<Value = ContactMethod> {
        prop_oneof![
            phone_strategy().prop_map(|phone| ContactMethod::Call { phone }),
            phone_strategy().prop_map(|phone| ContactMethod::Sms { phone }),
            (text_strategy(40), text_strategy(100))
                .prop_map(|(app, handle)| ContactMethod::MessagingApp { app, handle }),
            "[a-z0-9.]{1,20}@[a-z0-9.-]{1,20}"
                .prop_map(|a| ContactMethod::Email { address: s(&a) }),
            Just(ContactMethod::InPersonViaOutreach),
            Just(ContactMethod::CheckBackInApp),
        ]
    }

    fn window_strategy() -> impl Strategy<Value = TimeWindow> {
        (
            prop::collection::btree_set(prop::sample::select(Weekday::ALL.to_vec()), 0..=7),
            0u16..1440,
            1u16..1440,
            prop::sample::select(chrono_tz::TZ_VARIANTS.to_vec()),
        )
            .prop_map(|(days, start, len, tz)| TimeWindow {
                days,
                start: TimeOfDay(start),
                end: TimeOfDay((start + len) % 1440),
                time_zone: TimeZoneName(s(tz.name())),
            })
    }

    fn dedup<T: PartialEq>(items: Vec<T>) -> Vec<T> {
        let mut out = Vec::new();
        for item in items {
            if !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }

    fn referral_strategy() -> impl Strategy<Value = Referral> {
        let head = (
            prop::collection::btree_set(prop::sample::select(Need::ALL.to_vec()), 0..=11),
            prop::option::of(prop::sample::select(vec![
                Urgency::Now,
                Urgency::Today,
                Urgency::ThisWeek,
                Urgency::NotUrgent,
            ])),
            prop::option::of(prop::sample::select(vec![
                ForWhom::Self_,
                ForWhom::SomeoneElse,
                ForWhom::AssistedByOutreach,
            ])),
            prop::option::of(prop::sample::select(vec![
                AgeGroup::Under18,
                AgeGroup::From18To25,
                AgeGroup::From26To59,
                AgeGroup::From60,
            ])),
            prop::option::of(language_strategy()),
            prop::option::of(text_strategy(200)),
            prop::option::of(text_strategy(4000)),
            prop::sample::select(vec![
                ConsentScope::HotlineOnly,
                ConsentScope::MayReferToServices,
                ConsentScope::MayInvolvePolice,
            ]),
            prop::option::of(any::<[u8; 32]>()),
            prop::option::of(any::<[u8; 32]>()),
        );
        let contact = (
            prop::collection::vec(method_strategy(), 1..=6),
            prop::collection::vec(window_strategy(), 0..=7),
            prop::option::of(any::<bool>()),
            prop::option::of(text_strategy(64)),
            prop::option::of(prop_oneof![
                Just(IfSomeoneElseAnswers::HangUp),
                Just(IfSomeoneElseAnswers::SayWrongNumber),
                text_strategy(200).prop_map(IfSomeoneElseAnswers::Other),
            ]),
            prop::option::of(prop::sample::select(vec![
                ResponderGender::Woman,
                ResponderGender::Man,
                ResponderGender::AnyGender,
            ])),
            prop::option::of(language_strategy()),
        )
            .prop_map(
                |(methods, safe_times, voicemail_ok, code_word, ifsea, gender, lang)| {
                    SafeContactPlan {
                        methods: dedup(methods),
                        safe_times: dedup(safe_times),
                        voicemail_ok,
                        code_word,
                        if_someone_else_answers: ifsea,
                        responder_gender: gender,
                        responder_language: lang,
                    }
                },
            );
        (head, contact, "[0-9a-z.-]{1,32}").prop_map(
            |(
                (needs, urgency, for_whom, age_group, language, place, message, scope, rpk, sv),
                contact,
                tv,
            )| {
                Referral {
                    version: FORMAT_VERSION,
                    needs,
                    urgency,
                    for_whom,
                    age_group,
                    language,
                    contact,
                    place,
                    message,
                    consent: Consent {
                        scope,
                        text_version: tv,
                    },
                    reply_public_key: rpk,
                    status_verifier: sv,
                }
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn prop_round_trip(r in referral_strategy()) {
            prop_assert_eq!(r.validate(), Ok(()));
            let bytes = r.to_bytes();
            prop_assert!(bytes.len() < limits::SERIALIZED_MAX_BYTES);
            let back = Referral::from_bytes(&bytes);
            prop_assert!(back.as_ref() == Ok(&r), "{:?}", back);
            prop_assert_eq!(back.unwrap().to_bytes(), bytes);
        }

        #[test]
        fn prop_from_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            let _ = Referral::from_bytes(&bytes);
        }

        #[test]
        fn prop_from_bytes_never_panics_on_mutated_referrals(
            r in referral_strategy(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        ) {
            let mut bytes = r.to_bytes();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            if let Ok(parsed) = Referral::from_bytes(&bytes) {
                // Whatever got through is valid and canonical-serialisable.
                prop_assert_eq!(parsed.validate(), Ok(()));
                prop_assert_eq!(Referral::from_bytes(&parsed.to_bytes()), Ok(parsed));
            }
        }

        #[test]
        fn prop_json_like_input_never_panics(text in r#"[{}\[\]":,0-9a-z_ +\\-]{0,300}"#) {
            let _ = Referral::from_bytes(text.as_bytes());
            let _ = Referral::from_bytes(format!(r#"{{"v":1,{text}}}"#).as_bytes());
        }

        #[test]
        fn prop_phone_parse_never_panics(text in "\\PC{0,40}", region in prop::option::of("[A-Za-z]{2}")) {
            if let Ok(phone) = PhoneNumber::parse(&text, region.as_deref()) {
                prop_assert_eq!(phone.check(), Ok(()));
            }
        }

        #[test]
        fn prop_phone_parse_digits_never_panics(text in "[+]?[0-9 ()-]{0,40}", region in prop::option::of("(GB|US|VN|TH|MM|KH|PH|NG|DE|FR)")) {
            if let Ok(phone) = PhoneNumber::parse(&text, region.as_deref()) {
                prop_assert_eq!(phone.check(), Ok(()));
                // Parsing the E.164 form again is the identity.
                prop_assert_eq!(PhoneNumber::parse(phone.as_e164(), None), Ok(phone.clone()));
            }
        }

        #[test]
        fn prop_time_of_day_round_trips(minutes in 0u16..1440) {
            let t = TimeOfDay(minutes);
            prop_assert_eq!(TimeOfDay::parse(&t.to_string()), Ok(t));
        }

        #[test]
        fn prop_time_window_covers_exactly_its_length(w in window_strategy()) {
            let mut w = w;
            w.days.clear();
            let covered = (0..1440u16).filter(|m| w.covers(Weekday::Monday, TimeOfDay(*m))).count();
            let len = (w.end.0 + 1440 - w.start.0) % 1440;
            prop_assert_eq!(covered, usize::from(len));
        }
    }
}
