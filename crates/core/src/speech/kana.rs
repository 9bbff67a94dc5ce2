//! Japanese as its voice can read it. espeak-ng's Japanese voice reads kana only (a kanji is
//! read "Chinese letter", in English), and it reads the particles は and へ as written ("ha",
//! "he") where Japanese says "wa" and "e". The app's own Japanese words are given to it as
//! their readings, from `ja_readings.txt`: a run of text and its reading in hiragana, applied
//! longest match first (the longer runs are the ones whose reading depends on the word after,
//! such as 何の, or that carry a particle: 私は → わたしわ).
//!
//! The table is drafted from `locales/ja/main.ftl` by `scripts/draft-ja-readings.py` (MeCab's
//! pronunciations, read through by a person; machine-drafted until a native speaker reviews
//! it). A kanji it has no reading for stays a kanji, and the voice is not given that text at
//! all ([`super::SpeechError::Unreadable`]). The tests below check that every kanji of the
//! locale has a reading; `tests/it/speech.rs` has espeak-ng read every message. Hand-written
//! because it is a table lookup: a morphological analyser (MeCab, lindera) would ship a
//! dictionary of tens of megabytes to read 365 known texts.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use reach_contract::speech::is_han;

/// The table, as drafted (`# ` lines are its header).
const READINGS: &str = include_str!("ja_readings.txt");

struct Table {
    readings: HashMap<&'static str, &'static str>,
    /// The longest run, in characters.
    longest: usize,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let readings: HashMap<&str, &str> = READINGS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| l.split_once('\t'))
            .collect();
        let longest = readings
            .keys()
            .map(|k| k.chars().count())
            .max()
            .unwrap_or(0);
        Table { readings, longest }
    })
}

/// `text` as the Japanese voice is given it: [`reading`], and a space wherever a Latin letter
/// and kana meet. Without one the voice takes "PINがちがいます" for one word it cannot read and
/// spells it out letter by letter, が as か and "Japanese letter" (its voicing mark), in
/// English; with it, "PIN" is read in English and the rest in Japanese.
pub(super) fn for_voice(text: &str) -> Cow<'_, str> {
    let text = reading(text);
    let is_kana = |c: char| ('\u{3040}'..='\u{30FF}').contains(&c);
    let meet = |a: char, b: char| {
        (a.is_ascii_alphabetic() && is_kana(b)) || (is_kana(a) && b.is_ascii_alphabetic())
    };
    let chars: Vec<char> = text.chars().collect();
    if !chars.windows(2).any(|w| meet(w[0], w[1])) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && meet(chars[i - 1], c) {
            out.push(' ');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Whether the Japanese voice can read `given` (what [`for_voice`] made of a text): not if a
/// kanji the table has no reading for is left, which it would read "Chinese letter", in
/// English. Better no voice than that.
pub(super) fn readable(given: &str) -> bool {
    !given.chars().any(is_han)
}

/// `text` with every run the table knows replaced by its reading, longest match first.
fn reading(text: &str) -> Cow<'_, str> {
    reading_noting(text, |_| {})
}

/// [`reading`], calling `used` with each run of the table it replaces.
fn reading_noting<'a>(text: &'a str, mut used: impl FnMut(&'static str)) -> Cow<'a, str> {
    let t = table();
    // The byte offset of every character, and of the end.
    let at: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let chars = at.len() - 1;
    let mut out = String::with_capacity(text.len() * 2);
    let mut changed = false;
    let mut i = 0;
    while i < chars {
        let found = (1..=t.longest.min(chars - i)).rev().find_map(|n| {
            t.readings
                .get_key_value(&text[at[i]..at[i + n]])
                .map(|(k, r)| (n, *k, *r))
        });
        match found {
            Some((n, run, r)) => {
                used(run);
                out.push_str(r);
                changed = true;
                i += n;
            }
            None => {
                out.push_str(&text[at[i]..at[i + 1]]);
                i += 1;
            }
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_become_their_readings_and_particles_are_read_as_said() {
        assert_eq!(reading("助けが必要ですか？"), "たすけがひつよーですか？");
        // は as the topic particle is "wa"; in はい ("yes") it is "ha".
        assert_eq!(reading("私は"), "わたしわ");
        assert_eq!(reading("はい"), "はい");
        // A reading that depends on the word after it.
        assert_eq!(reading("何の"), "なんの");
        assert_eq!(reading("何か"), "なにか");
        // Text around a placeable's value is kept as it is.
        assert_eq!(reading("あと 5 文字"), "あと 5 もじ");
    }

    #[test]
    fn latin_words_and_kana_are_given_apart() {
        assert_eq!(for_voice("PINがちがいます"), "PIN がちがいます");
        assert_eq!(for_voice("SMSで送る"), "SMS でおくる");
        assert_eq!(for_voice("あとでPIN"), "あとで PIN");
        assert_eq!(for_voice("PIN を"), "PIN を");
        assert!(matches!(for_voice("さくら"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_kanji_the_table_does_not_know_stays_a_kanji() {
        // (鬱, "gloom", is in no message of the app.)
        assert!(reading("鬱です").chars().any(is_han));
        assert!(matches!(reading("さくら"), Cow::Borrowed(_)));
        // ... and the voice is not given it; the app's own words it is.
        assert!(!readable(&for_voice("鬱です")));
        assert!(readable(&for_voice("今、危険な状態ですか？")));
    }

    /// Every run of text of the Japanese locale, between placeables (what its speaker buttons
    /// read, a placeable's value aside).
    fn locale_texts() -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/ja/main.ftl");
        let src = std::fs::read_to_string(path).unwrap();
        let mut out = vec![];
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            // `id = text`, or a variant's `*[other] text` on a line of its own.
            let text = match line.split_once(" =") {
                Some((id, text)) if !id.starts_with(' ') => text,
                _ => line.trim_start().trim_start_matches('*'),
            };
            let text = match text.strip_prefix('[') {
                Some(rest) => rest.split_once(']').map_or(rest, |(_, t)| t),
                None => text,
            };
            let mut run = String::new();
            let mut depth = 0;
            for c in text.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => {
                        run.push(c);
                        continue;
                    }
                    _ => {}
                }
                out.push(std::mem::take(&mut run));
            }
            out.push(run);
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }

    /// Every kanji the app shows in Japanese has its reading (a message added or changed with
    /// a new kanji fails here: run `scripts/draft-ja-readings.py` and read what it drafts), and
    /// the table holds nothing that no message uses.
    #[test]
    fn every_kanji_of_the_locale_has_a_reading_and_every_reading_is_used() {
        let texts = locale_texts();
        assert!(texts.len() > 300, "{}", texts.len());
        let mut used = std::collections::HashSet::new();
        let unread: Vec<&String> = texts
            .iter()
            .filter(|t| {
                reading_noting(t, |run| _ = used.insert(run))
                    .chars()
                    .any(is_han)
            })
            .collect();
        assert!(unread.is_empty(), "no reading for a kanji of: {unread:#?}");
        let unused: Vec<&&str> = table()
            .readings
            .keys()
            .filter(|k| !used.contains(*k))
            .collect();
        assert!(unused.is_empty(), "in no message: {unused:?}");
    }

    /// The reference's Japanese words are hiragana, read as written: no run of the table (such
    /// as には, read "niwa" as a particle) may change one.
    #[test]
    fn the_reference_words_are_read_as_written() {
        let list = crate::reference::word_list("ja").unwrap();
        for w in list.words() {
            assert_eq!(reading(w), *w);
        }
        let phrase = list.words().join("、");
        assert_eq!(reading(&phrase), phrase);
    }

    #[test]
    fn the_table_is_well_formed() {
        let mut keys = std::collections::HashSet::new();
        for line in READINGS.lines().filter(|l| !l.starts_with('#')) {
            let (run, said) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no tab: {line:?}"));
            assert!(keys.insert(run), "{run} twice");
            assert!(!run.is_empty() && !said.is_empty(), "{line:?}");
            assert!(!said.chars().any(is_han), "{run}: its reading has a kanji");
            // A run the reading leaves alone would not be in the table.
            assert_ne!(run, said);
        }
        assert!(READINGS.contains("# machine-drafted: true"));
    }
}
