//! Phone numbers: parsed from what the person typed (any common digits) to E.164, so that staff
//! anywhere can dial them.

use std::str::FromStr;
use std::sync::OnceLock;

use phonenumber::country::Source;

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
        let number = if let Some(after_plus) = digits.strip_prefix('+') {
            // Written with a country code: the default region has no say in the rest, so it is
            // not even given to the crate, which would strip that region's international
            // prefix after the "+" (Russia's "810" from Japan's "+81 0…").
            with_country_code(after_plus)?
        } else {
            let read = phonenumber::parse(region, &digits)
                .map_err(|_| ValidationErrorKind::InvalidPhone)?;
            match read.code().source() {
                // Written without a country code: the default region's plan reads it.
                Source::Default => region
                    .and_then(|region| in_region(region, &digits))
                    .unwrap_or(read),
                // The region's own country code written without "+" ("44 20 …" in Britain).
                Source::Number => read,
                // After the region's international prefix: as after a "+".
                Source::Idd => with_country_code(after_international_prefix(region, &digits)?)?,
                // Only a "+" (or RFC 3966, kept out above) makes this.
                Source::Plus => return Err(ValidationErrorKind::InvalidPhone),
            }
        };
        if !number.is_valid() {
            return Err(ValidationErrorKind::InvalidPhone);
        }
        let e164 = e164_of(&number);
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
    /// The app's form checks no more than this either: its UI sends the digits as typed
    /// (`ui/src/model.rs`, `normalize_phone`), and the numbering plan [`PhoneNumber::parse`]
    /// reads (half a megabyte of tables) is in neither the wasm nor the app's binary.
    pub(super) fn check(&self) -> Result<(), ValidationErrorKind> {
        if is_e164(&self.0.0) {
            Ok(())
        } else {
            Err(ValidationErrorKind::InvalidPhone)
        }
    }
}

/// Reads a number written with its country code (`digits` follow the "+" or the international
/// prefix) the same whatever the default region.
///
/// Why not the crate's reading: `phonenumber` 0.3 strips a national (trunk) prefix by the
/// *default region's* plan, even from another country's number. With a US default,
/// "+49 151 1234 5678" lost its "1" and became another valid German number, one a hotline
/// would have called; with a British one, Rome's "+39 06 …" lost its "0" and was refused. So
/// the number is read as written first: that is what E.164 means, so a stored number always
/// reads back as itself. Failing that, as the crate reads it with no region, which drops the
/// trunk prefix some people write after the country code ("+44 (0)20 …").
fn with_country_code(digits: &str) -> Result<phonenumber::PhoneNumber, ValidationErrorKind> {
    let written = format!("+{digits}");
    as_written(&written)
        .or_else(|| {
            phonenumber::parse(None, &written)
                .ok()
                .filter(|n| n.is_valid())
        })
        .ok_or(ValidationErrorKind::InvalidPhone)
}

/// A national number ("8 800 555 35 35" in Russia) read as the region's country code, then
/// the digits after one trunk prefix. Why: the crate strips the trunk prefix twice when the
/// number itself begins with it (a Russian "8 800…" became "+7 00…" and was refused). `None`
/// when that reading is not a valid number: then the crate's own reading is kept, as it knows
/// the plans that rewrite more than a prefix (Argentina's "0 11 15…" is "+54 9 11…").
fn in_region(region: phonenumber::country::Id, digits: &str) -> Option<phonenumber::PhoneNumber> {
    let meta = phonenumber::metadata::DATABASE.by_id(region.as_ref())?;
    let national = meta
        .national_prefix()
        .and_then(|trunk| digits.strip_prefix(trunk))
        .unwrap_or(digits);
    as_written(&format!("+{}{national}", meta.country_code()))
}

/// `written` ("+" and digits) read with every digit kept, if that is a valid number.
fn as_written(written: &str) -> Option<phonenumber::PhoneNumber> {
    region_without_trunk_prefix()
        .and_then(|region| phonenumber::parse(Some(region), written).ok())
        // Checked, not assumed: whatever that region's plan might strip, this reading keeps
        // every digit or is not taken.
        .filter(|n| n.is_valid() && e164_of(n) == written)
}

/// A region whose numbering plan has no trunk prefix to strip (there are dozens: Italy, Spain,
/// Norway…). Given as the default region, it makes the crate keep every digit written after a
/// country code. The smallest id is taken, so that the choice never depends on the order the
/// crate's tables load in.
fn region_without_trunk_prefix() -> Option<phonenumber::country::Id> {
    static REGION: OnceLock<Option<phonenumber::country::Id>> = OnceLock::new();
    *REGION.get_or_init(|| {
        phonenumber::metadata::DATABASE
            .iter()
            .filter(|meta| {
                meta.national_prefix().is_none() && meta.national_prefix_for_parsing().is_none()
            })
            .filter_map(|meta| phonenumber::country::Id::from_str(meta.id()).ok())
            .min_by_key(|id| id.as_ref().to_owned())
    })
}

/// The digits after the default region's international prefix ("00", "011"…), which the crate
/// recognised but does not give back.
fn after_international_prefix(
    region: Option<phonenumber::country::Id>,
    digits: &str,
) -> Result<&str, ValidationErrorKind> {
    region
        .and_then(|region| phonenumber::metadata::DATABASE.by_id(region.as_ref()))
        .and_then(|meta| meta.international_prefix())
        .and_then(|prefix| prefix.find(digits))
        .filter(|found| found.start() == 0)
        .map(|found| &digits[found.end()..])
        .ok_or(ValidationErrorKind::InvalidPhone)
}

fn e164_of(number: &phonenumber::PhoneNumber) -> String {
    number.format().mode(phonenumber::Mode::E164).to_string()
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

    #[track_caller]
    fn assert_reads(typed: &str, region: Option<&str>, e164: &str) {
        assert_eq!(
            PhoneNumber::parse(typed, region).map(|p| p.as_e164().to_owned()),
            Ok(e164.to_owned()),
            "{typed} with default region {region:?}"
        );
    }

    /// A number written with its country code is the same number whatever region the phone
    /// is set to (each of these was misread by the crate alone with some default region).
    #[test]
    fn a_country_code_written_makes_the_default_region_irrelevant() {
        let cases = [
            // A US default dropped the "1" of a German mobile: another valid number.
            ("+49 151 1234 5678", "+4915112345678"),
            // Rome's leading 0 is part of the number (Italy has no trunk prefix).
            ("+39 06 1234 5678", "+390612345678"),
            // Russia's 8 is a trunk prefix, but here it begins the number (free phone, Abkhazia).
            ("+7 800 555 35 35", "+78005553535"),
            ("+7 840 000 0000", "+78400000000"),
            ("+44 113 496 0000", "+441134960000"),
            ("+66 81 234 5678", "+66812345678"),
            ("+234 803 123 4567", "+2348031234567"),
            // A trunk prefix written after the country code is dropped, as callers dial it.
            ("+44 (0)20 7946 0958", "+442079460958"),
            // The same in Japan, and with a Russian default the crate took "+810…" for
            // Russia's international prefix "810" (found by CI's property test).
            ("+81 0832 000 000", "+81832000000"),
        ];
        for (typed, e164) in cases {
            for region in [
                None,
                Some("US"),
                Some("GB"),
                Some("RU"),
                Some("CN"),
                Some("IT"),
            ] {
                assert_reads(typed, region, e164);
                assert_reads(e164, region, e164);
            }
        }
    }

    /// A national number is read by its region's plan, with one trunk prefix dropped, even
    /// where the number itself begins with the trunk digit (Russia's free phone "8 800…"), and
    /// the plans that rewrite more than a prefix still work (Argentina's mobile "15").
    #[test]
    fn a_national_number_is_read_by_its_regions_plan() {
        for (typed, region, e164) in [
            ("8 800 555 35 35", "RU", "+78005553535"),
            ("8 812 123 45 67", "RU", "+78121234567"),
            ("8 912 345 67 89", "RU", "+79123456789"),
            ("912 345 67 89", "RU", "+79123456789"),
            ("8 701 234 5678", "KZ", "+77012345678"),
            ("8 029 123 45 67", "BY", "+375291234567"),
            ("0113 496 0000", "GB", "+441134960000"),
            ("06 1234 5678", "IT", "+390612345678"),
            ("0151 1234 5678", "DE", "+4915112345678"),
            ("(202) 555-0123", "US", "+12025550123"),
            ("1 202 555 0123", "US", "+12025550123"),
            ("081 234 5678", "TH", "+66812345678"),
            ("06 12 34 56 78", "FR", "+33612345678"),
            ("0803 123 4567", "NG", "+2348031234567"),
            ("0917 123 4567", "PH", "+639171234567"),
            ("010 1234 5678", "CN", "+861012345678"),
            ("011 15 2345 6789", "AR", "+5491123456789"),
            ("44 20 7946 0958", "GB", "+442079460958"),
        ] {
            assert_reads(typed, Some(region), e164);
        }
    }

    /// After the region's international prefix ("00" in France, "011" in the US) the country
    /// code's own plan reads the rest, as after a "+".
    #[test]
    fn an_international_prefix_is_read_like_a_plus() {
        for (typed, region, e164) in [
            ("011 49 151 1234 5678", "US", "+4915112345678"),
            ("00 39 06 1234 5678", "FR", "+390612345678"),
            ("00 44 20 7946 0958", "DE", "+442079460958"),
        ] {
            assert_reads(typed, Some(region), e164);
        }
        // The trick behind an exact reading exists in the shipped tables.
        assert!(region_without_trunk_prefix().is_some());
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
