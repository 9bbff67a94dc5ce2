//! The closed lists the form offers (needs, urgency, who it is for, age band, weekdays, who may
//! answer) and the language tag: content the hotline can route on without reading free text.

use std::fmt;

use serde::{Deserialize, Serialize};

pub use reach_contract::choices::{
    AgeGroup, ContactKind, ForWhom, Need, ResponderGender, SomeoneElseChoice, Urgency, Weekday,
};

use super::{ValidationErrorKind, limits};

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
