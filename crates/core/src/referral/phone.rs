//! Phone numbers: parsed from what the person typed (any common digits) to E.164, so that staff
//! anywhere can dial them.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{Sensitive, ValidationErrorKind, limits};

/// A phone number in E.164 form ("+442079460958"): one unambiguous form that any hotline in any
/// country can dial, whatever the person typed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PhoneNumber(pub(super) Sensitive<String>);

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
    pub(super) fn check(&self) -> Result<(), ValidationErrorKind> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::referral::test_util::*;
    use crate::referral::*;

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
}
