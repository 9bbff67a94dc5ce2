//! The closed lists the form offers (needs, urgency, who it is for, age band, weekdays, who may
//! answer) and the language tag: content the hotline can route on without reading free text.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{ValidationErrorKind, limits};

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

/// A BCP 47 language tag in normalised form (e.g. "vi", "en-GB", "zh-Hant-TW").
///
/// Normalised so that the same language always compares and serialises the same way. Only
/// well-formedness is checked (RFC 5646 syntax), not the subtag registry, which changes over
/// time and is not worth shipping to every phone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LanguageTag(pub(super) String);

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
    pub(super) fn check(&self) -> Result<(), ValidationErrorKind> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::test_util::*;
    use crate::referral::*;

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
}
