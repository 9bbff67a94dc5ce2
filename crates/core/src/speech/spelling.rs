//! Text written so that an espeak-ng voice reads it right: what the synthesiser is given, never
//! what the screen shows. Four of the app's voices need it (found by `tests/it/speech.rs`, which
//! reads every locale's messages and digits with espeak-ng 1.51 and checks what it says):
//!
//! - **Hebrew** (`he`) has no number rules at all: every digit is dropped, so "18 עד 25" (an
//!   age choice) was read as "ad", and a hotline's number as nothing. Numbers of one or two
//!   digits become their words; longer runs (phone numbers, the reference's digits) are read
//!   digit by digit, as people say them. The words carry their vowel points, without which the
//!   voice guesses wrong ("אפס" is read "fs"); they leave out the dagesh and the shin and sin
//!   dots, which the voice spells out by name, and write the sin of "ten" as samekh, which
//!   sounds the same, so that it is not read as shin.
//! - **Nepali** (`ne`) reads 0–9 in English; written in Devanagari digits (०–९) it reads them
//!   in Nepali.
//! - **Sinhala** (`si`) reads a 6 or a 7 standing alone as "two hundred and one"; in longer
//!   numbers both are right. A lone 6 or 7 becomes its word.
//! - **Burmese** (`my`) does not end a clause at the Burmese full stop and comma (။ ၊), and a
//!   clause that grows past its buffer aborts the synthesiser ("buffer overflow detected"):
//!   7 of the Burmese locale's messages were never read. They become "." and ",".
//! - **Uzbek** (`uz`) spells out, letter by letter, every word written with the modifier
//!   apostrophe ʼ (U+02BC, the tutuq belgisi of "maʼlumot"), and says the sign itself as
//!   "ejective", in English. It becomes the ASCII apostrophe, which the voice reads as the
//!   glottal stop it is.
//!
//! Hand-written because it is five small tables: no maintained crate spells numbers in Hebrew,
//! and the others need no speller.

use std::borrow::Cow;

/// Whether `voice` can read `given`, what [`for_voice`] made of a text. Every voice can but
/// Japanese, which cannot read a kanji it was given no reading for ([`super::kana`]).
pub(super) fn readable(voice: &str, given: &str) -> bool {
    voice != "ja" || super::kana::readable(given)
}

/// `text` as `voice` should be given it: unchanged for every voice but the five above and
/// Japanese, whose kanji become their readings ([`super::kana`]).
pub(super) fn for_voice<'a>(voice: &str, text: &'a str) -> Cow<'a, str> {
    if voice == "ja" {
        return super::kana::for_voice(text);
    }
    if voice == "my" && text.contains(['။', '၊']) {
        return Cow::Owned(text.replace('။', ".").replace('၊', ","));
    }
    if voice == "uz" && text.contains('ʼ') {
        return Cow::Owned(text.replace('ʼ', "'"));
    }
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Cow::Borrowed(text);
    }
    match voice {
        "he" => Cow::Owned(hebrew(text)),
        "ne" => Cow::Owned(
            text.chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x0966 + d).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        ),
        "si" => Cow::Owned(replace_runs(text, |run, out| match run {
            "6" => out.push_str("හය"),
            "7" => out.push_str("හත"),
            _ => out.push_str(run),
        })),
        _ => Cow::Borrowed(text),
    }
}

/// Calls `f` for each run of ASCII digits in `text` (which writes it to the output as it likes)
/// and copies everything else.
fn replace_runs(text: &str, mut f: impl FnMut(&str, &mut String)) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let run = &rest[start..];
        let len = run.find(|c: char| !c.is_ascii_digit()).unwrap_or(run.len());
        f(&run[..len], &mut out);
        rest = &run[len..];
    }
    out.push_str(rest);
    out
}

/// 0–9 as counted (the feminine forms Hebrew counts and reads numbers with).
const HE_UNITS: [&str; 10] = [
    "אֶפֶס",
    "אַחַת",
    "שְתַיִם",
    "שָלוֹש",
    "אַרְבַע",
    "חָמֵש",
    "שֵש",
    "שֶבַע",
    "שְמוֹנֶה",
    "תֵשַע",
];
/// 10–19.
const HE_TEENS: [&str; 10] = [
    "עֶסֶר",
    "אַחַת עֶסְרֵה",
    "שְתֵים עֶסְרֵה",
    "שְלוֹש עֶסְרֵה",
    "אַרְבַע עֶסְרֵה",
    "חֲמֵש עֶסְרֵה",
    "שֵש עֶסְרֵה",
    "שְבַע עֶסְרֵה",
    "שְמוֹנֶה עֶסְרֵה",
    "תְשַע עֶסְרֵה",
];
/// 20, 30, … 90.
const HE_TENS: [&str; 8] = [
    "עֶסְרִים",
    "שְלוֹשִים",
    "אַרְבָעִים",
    "חֲמִישִים",
    "שִישִים",
    "שִבְעִים",
    "שְמוֹנִים",
    "תִשְעִים",
];
/// The one-letter prefixes written before a number with a hyphen or maqaf ("ל-18"): "and",
/// "the", "in", "as", "to", "from", "that".
const HE_PREFIXES: &str = "והבכלמש";
const SHVA: char = '\u{05B0}';

/// Whether a word begins with a consonant under shva ("שְמוֹנֶה"): a prefix before it takes
/// another vowel.
fn opens_with_shva(word: &str) -> bool {
    word.chars().nth(1) == Some(SHVA)
}

/// A number of one or two digits as words; anything longer, or with a leading zero, digit by
/// digit.
fn hebrew_number(run: &str) -> String {
    let d: Vec<usize> = run.bytes().map(|b| usize::from(b - b'0')).collect();
    match d[..] {
        [u] => HE_UNITS[u].to_owned(),
        [1, u] => HE_TEENS[u].to_owned(),
        [t @ 2..=9, 0] => HE_TENS[t - 2].to_owned(),
        [t @ 2..=9, u] => {
            let unit = HE_UNITS[u];
            let and = if opens_with_shva(unit) {
                "וּ"
            } else {
                "וְ"
            };
            format!("{} {and}{unit}", HE_TENS[t - 2])
        }
        _ => d.iter().map(|&u| HE_UNITS[u]).collect::<Vec<_>>().join(" "),
    }
}

/// The prefix letter pointed as it is said before `number`.
fn hebrew_prefix(letter: char, number: &str) -> String {
    let shva_next = opens_with_shva(number);
    let vowel = match letter {
        'ו' if shva_next => '\u{05BC}', // shuruq: "u"
        'ו' => SHVA,
        'ה' => '\u{05B7}',            // patah: "ha"
        'מ' => '\u{05B4}',            // hiriq: "mi"
        'ש' => '\u{05B6}',            // segol: "she"
        _ if shva_next => '\u{05B4}', // "li", "bi", "ki" before a shva
        _ => SHVA,
    };
    format!("{letter}{vowel}")
}

fn hebrew(text: &str) -> String {
    replace_runs(text, |run, out| {
        let number = hebrew_number(run);
        // "ל-18": the prefix letter, alone before a hyphen or maqaf, joins the number's word.
        let mut tail = out.chars().rev();
        let prefixed = match (tail.next(), tail.next(), tail.next()) {
            (Some(dash @ ('-' | '\u{05BE}')), Some(letter), before)
                if HE_PREFIXES.contains(letter) && !before.is_some_and(char::is_alphabetic) =>
            {
                Some((letter, dash))
            }
            _ => None,
        };
        if let Some((letter, dash)) = prefixed {
            out.truncate(out.len() - dash.len_utf8() - letter.len_utf8());
            out.push_str(&hebrew_prefix(letter, &number));
        }
        out.push_str(&number);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_voices_and_text_without_digits_are_left_alone() {
        for voice in ["en-gb", "ar", "am", "mr", "hi", "sw"] {
            assert!(matches!(for_voice(voice, "18 – 25, 112"), Cow::Borrowed(_)));
        }
        assert!(matches!(for_voice("he", "שלום"), Cow::Borrowed(_)));
    }

    #[test]
    fn hebrew_numbers_become_words_and_long_runs_digit_by_digit() {
        assert_eq!(for_voice("he", "18 עד 25"), "שְמוֹנֶה עֶסְרֵה עד עֶסְרִים וְחָמֵש");
        assert_eq!(for_voice("he", "60 ומעלה"), "שִישִים ומעלה");
        assert_eq!(for_voice("he", "22"), "עֶסְרִים וּשְתַיִם");
        assert_eq!(
            for_voice("he", "(6 עד 12 ספרות)"),
            "(שֵש עד שְתֵים עֶסְרֵה ספרות)"
        );
        assert_eq!(for_voice("he", "112"), "אַחַת אַחַת שְתַיִם");
        assert_eq!(for_voice("he", "05"), "אֶפֶס חָמֵש");
        assert_eq!(for_voice("he", "1 0 0 7, 4"), "אַחַת אֶפֶס אֶפֶס שֶבַע, אַרְבַע");
        // Every number up to 99 has its own words.
        let all: std::collections::HashSet<String> =
            (0..100).map(|n| hebrew_number(&n.to_string())).collect();
        assert_eq!(all.len(), 100);
        assert!(
            all.iter()
                .all(|w| !w.chars().any(|c| c.is_ascii_alphanumeric()))
        );
    }

    #[test]
    fn a_hebrew_prefix_before_a_number_joins_its_word() {
        assert_eq!(for_voice("he", "מתחת ל-18"), "מתחת לִשְמוֹנֶה עֶסְרֵה");
        assert_eq!(for_voice("he", "ל־20"), "לְעֶסְרִים");
        assert_eq!(for_voice("he", "ו-8"), "וּשְמוֹנֶה");
        assert_eq!(for_voice("he", "מ-3"), "מִשָלוֹש");
        // Not a prefix: a word's last letter before a dash, or a dash alone.
        assert_eq!(for_voice("he", "גיל-5"), "גיל-חָמֵש");
        assert_eq!(for_voice("he", "2-3"), "שְתַיִם-שָלוֹש");
        assert_eq!(for_voice("he", "6-5"), "שֵש-חָמֵש");
    }

    #[test]
    fn the_uzbek_modifier_apostrophe_is_an_apostrophe() {
        assert_eq!(for_voice("uz", "maʼlumot, soʻrov"), "ma'lumot, soʻrov");
    }

    #[test]
    fn burmese_stops_and_commas_end_clauses() {
        assert_eq!(for_voice("my", "ရွေးပါ။ သင့်၊ 18"), "ရွေးပါ. သင့်, 18");
    }

    #[test]
    fn nepali_digits_are_devanagari_and_sinhala_lone_six_and_seven_are_words() {
        assert_eq!(for_voice("ne", "१ 18, 2026"), "१ १८, २०२६");
        assert_eq!(for_voice("si", "6 7 16 76 6-12"), "හය හත 16 76 හය-12");
    }
}
