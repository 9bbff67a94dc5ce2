//! Reading aloud: which app locales have an offline voice, and what the shell answers. The
//! table lives here so that the UI can say "there is no voice for this language" without
//! asking, and the shell speaks only in a voice listed for the locale the person reads in —
//! never in another language's voice. A text a listed voice still cannot read (Japanese with a
//! kanji the core has no reading for, [`is_han`]) is answered [`SpeakAnswer::NoVoice`] by the
//! shell.

use serde::{Deserialize, Serialize};

/// The most text one `speak` call reads (a question with its choices, or the consent text).
pub const SPEAK_MAX_CHARS: usize = 2000;

/// (app locale, espeak-ng voice). A locale not listed has no offline voice: its speaker button
/// says so. Checked against `espeak-ng --voices` by the shell's tests. Dari (`fa-AF`) is read
/// with the Persian voice: one language, two standard varieties sharing script and phonology.
/// Chinese is read with `cmn-latn-pinyin`: espeak-ng 1.51's plain `cmn` voice turns each
/// character into its pinyin and then reads that as English letters and numbers ("你好" as
/// "n i three h a o three"); this one reads the characters in Mandarin (its one difference is
/// that Latin text is read as pinyin, not English). Both found by `tests/it/speech.rs` in
/// `reach-core`, which reads every locale's messages and looks for another language.
pub const OFFLINE_VOICES: &[(&str, &str)] = &[
    ("am", "am"),
    ("ar", "ar"),
    ("bg", "bg"),
    ("bn", "bn"),
    ("en", "en-gb"),
    ("es", "es"),
    ("fa", "fa"),
    ("fa-AF", "fa"),
    ("fr", "fr-fr"),
    ("he", "he"),
    ("hi", "hi"),
    ("ht", "ht"),
    ("id", "id"),
    ("ja", "ja"),
    ("ka", "ka"),
    ("kmr", "ku"),
    ("ko", "ko"),
    ("ky", "ky"),
    ("mr", "mr"),
    ("ms", "ms"),
    ("my", "my"),
    ("ne", "ne"),
    ("om", "om"),
    ("pa", "pa"),
    ("pl", "pl"),
    ("pt", "pt"),
    ("qu", "qu"),
    ("ro", "ro"),
    ("ru", "ru"),
    ("sd", "sd"),
    ("si", "si"),
    ("sq", "sq"),
    ("sw", "sw"),
    ("ta", "ta"),
    ("te", "te"),
    ("th", "th"),
    ("tr", "tr"),
    ("ug", "ug"),
    ("uk", "uk"),
    ("ur", "ur"),
    ("uz", "uz"),
    ("vi", "vi"),
    ("zh-Hans", "cmn-latn-pinyin"),
];

/// The offline voice for an app locale, if there is one.
pub fn offline_voice(locale: &str) -> Option<&'static str> {
    OFFLINE_VOICES
        .iter()
        .find(|(l, _)| *l == locale)
        .map(|(_, v)| *v)
}

/// A Han character (kanji, hanzi): the CJK unified ideographs, their extensions and the
/// compatibility ideographs. espeak-ng's Japanese voice reads none of them (a kanji is read
/// "Chinese letter", in English): the core gives it the app's own kanji as their readings and
/// reads no text with any other. The Chinese reference list is written in them.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x323AF)
}

/// Read `text` aloud in `locale`'s voice (stopping whatever is being read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakArgs {
    /// What to read: the UI's own words (a question, its choices, the consent text), never
    /// what the person typed.
    pub text: String,
    /// The app locale the text is in.
    pub locale: String,
}

/// What became of a `speak` call, given when the reading ends (so the UI knows which speaker
/// is reading, can offer to stop it, and hears of an engine that failed halfway).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakAnswer {
    /// Read to its end.
    Spoken,
    /// Stopped before its end: the person stopped it (`stop_speaking`), another text was read,
    /// or quick exit, lock or the panic wipe came first.
    Stopped,
    /// No voice for this locale, or for this text: nothing is read (never another language's
    /// voice).
    NoVoice,
    /// The speech engine is missing, failed to start, or failed while reading.
    Unavailable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voices_are_unique_and_sorted_and_answers_spelled() {
        let locales: Vec<&str> = OFFLINE_VOICES.iter().map(|(l, _)| *l).collect();
        let mut sorted = locales.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(locales, sorted);
        assert_eq!(offline_voice("ar"), Some("ar"));
        assert_eq!(offline_voice("ti"), None);
        assert_eq!(offline_voice("zh-Hans"), Some("cmn-latn-pinyin"));
        assert!(is_han('助') && !is_han('す') && !is_han('ス'));
        assert_eq!(
            serde_json::to_string(&[SpeakAnswer::NoVoice, SpeakAnswer::Spoken]).unwrap(),
            r#"["no_voice","spoken"]"#
        );
    }
}
