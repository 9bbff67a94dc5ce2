//! Read-aloud with the real engine (espeak-ng, installed by `scripts/setup.sh`): English, Arabic
//! and Swahili are synthesised to WAV files (`target/speech/`) that must be non-silent and of a
//! plausible length for their text, and every voice the app lists for a locale must exist and
//! speak that locale's own words. Nothing is skipped: without the engine these tests fail and
//! say what to install.

use std::path::PathBuf;

use reach_contract::speech::{OFFLINE_VOICES, SPEAK_MAX_CHARS, offline_voice};
use reach_core::speech::Espeak;

/// What a WAV file holds, enough to tell speech from silence (read with `hound`).
#[derive(Debug)]
struct WavStats {
    seconds: f64,
    /// Root mean square of the samples, 0..=1.
    rms: f64,
    /// The share of samples above 300 of 32767 (sound, not dither or silence).
    audible: f64,
}

fn wav_stats(path: &std::path::Path) -> WavStats {
    let mut reader = hound::WavReader::open(path).unwrap();
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.bits_per_sample), (1, 16), "{spec:?}");
    let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
    let n = samples.len().max(1) as f64;
    let sum_sq: f64 = samples
        .iter()
        .map(|s| (f64::from(*s) / 32768.0).powi(2))
        .sum();
    WavStats {
        seconds: samples.len() as f64 / f64::from(spec.sample_rate),
        rms: (sum_sq / n).sqrt(),
        audible: samples.iter().filter(|s| s.unsigned_abs() > 300).count() as f64 / n,
    }
}

fn engine() -> Espeak {
    Espeak::find().expect("espeak-ng is not on PATH: run scripts/setup.sh (installs espeak-ng)")
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A one-line message of a locale (what the speaker button beside that question reads).
fn message(locale: &str, id: &str) -> String {
    let src = std::fs::read_to_string(repo().join(format!("locales/{locale}/main.ftl"))).unwrap();
    src.lines()
        .find_map(|l| l.strip_prefix(&format!("{id} = ")))
        .unwrap_or_else(|| panic!("{locale}: no {id}"))
        .to_owned()
}

#[test]
fn english_arabic_and_swahili_are_read_to_non_silent_files_of_plausible_length() {
    let espeak = engine();
    let out = repo().join("target/speech");
    std::fs::create_dir_all(&out).unwrap();
    for locale in ["en", "ar", "sw"] {
        let voice = offline_voice(locale).unwrap();
        let text = format!(
            "{} {} {}",
            message(locale, "danger-title"),
            message(locale, "danger-yes"),
            message(locale, "danger-no")
        );
        let file = out.join(format!("{locale}.wav"));
        espeak.synthesize_to_file(voice, &text, &file).unwrap();
        let stats = wav_stats(&file);
        let words = text.split_whitespace().count() as f64;
        assert!(stats.rms > 0.02, "{locale}: too quiet {stats:?}");
        assert!(stats.audible > 0.2, "{locale}: mostly silence {stats:?}");
        // People read aloud at roughly 1.5–4 words a second; allow a wide margin either way.
        assert!(
            stats.seconds > words * 0.12 && stats.seconds < words * 1.2,
            "{locale}: {:.2} s for {words} words",
            stats.seconds
        );
    }
}

#[test]
fn every_listed_voice_exists_and_speaks_its_locales_words() {
    let espeak = engine();
    let list = std::process::Command::new("espeak-ng")
        .arg("--voices")
        .output()
        .unwrap();
    let voices: Vec<String> = String::from_utf8_lossy(&list.stdout)
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().nth(1).map(str::to_owned))
        .collect();
    let mut problems = vec![];
    let dir = tempfile::tempdir().unwrap();
    for (locale, voice) in OFFLINE_VOICES {
        if !voices.iter().any(|v| v == voice) {
            problems.push(format!("{locale}: no espeak-ng voice {voice}"));
            continue;
        }
        // The first message of some length.
        let text = messages(locale)
            .into_iter()
            .map(|(_, t)| t)
            .find(|t| t.chars().count() >= 8)
            .unwrap_or_else(|| panic!("{locale}: no message to read"));
        let file = dir.path().join(format!("{locale}.wav"));
        match espeak.synthesize_to_file(voice, &text, &file) {
            Ok(()) => {
                let s = wav_stats(&file);
                if !(s.rms > 0.02 && s.seconds > 0.3) {
                    problems.push(format!("{locale} ({voice}): {s:?}"));
                }
            }
            Err(e) => problems.push(format!("{locale} ({voice}): {e}")),
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // And the table covers a real share of the app's languages.
    assert!(OFFLINE_VOICES.len() >= 40, "{}", OFFLINE_VOICES.len());
}

/// Whether espeak-ng said it fell back to another language's rules, e.g. `(en)`.
fn switches_language(phonemes: &str) -> bool {
    phonemes.split('(').skip(1).any(|s| {
        s.split_once(')').is_some_and(|(code, _)| {
            !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
    })
}

/// Digits are what a person must hear right: a hotline's number, a reference read digit by
/// digit, the age choices. Every voice must read each of 0–9, and a few longer numbers, in its
/// own language, each differently. espeak-ng's own Hebrew voice reads no digit at all, its
/// Nepali voice reads them in English, and its Sinhala voice reads a lone 6 and a lone 7 both
/// as "201": the engine is given those three written so that they read right
/// (`reach_core::speech`, `spelling.rs`).
#[test]
fn every_voice_reads_digits_and_numbers_in_its_own_language() {
    let espeak = engine();
    let texts: Vec<String> = (0..10)
        .map(|d| d.to_string())
        .chain(["18", "25", "59", "60", "112"].map(str::to_owned))
        .collect();
    let mut problems = vec![];
    for (locale, voice) in OFFLINE_VOICES {
        let said: Vec<String> = texts
            .iter()
            .map(|t| espeak.phonemes(voice, t).unwrap())
            .collect();
        for (text, p) in texts.iter().zip(&said) {
            if !p.chars().any(char::is_alphabetic) {
                problems.push(format!("{locale} ({voice}): nothing said for {text}"));
            } else if switches_language(p) {
                problems.push(format!("{locale} ({voice}): {text} read as {p}"));
            }
        }
        for (i, a) in said.iter().enumerate() {
            for (j, b) in said.iter().enumerate().skip(i + 1) {
                if a == b && a.chars().any(char::is_alphabetic) {
                    let (x, y) = (&texts[i], &texts[j]);
                    problems.push(format!("{locale} ({voice}): {x} and {y} both read as {a}"));
                }
            }
        }
        // The age choices: their numbers, in whichever digits the locale writes, are heard
        // (the text without them reads differently).
        let choice = message(locale, "age-18_to_25");
        let bare: String = choice.chars().filter(|c| !c.is_numeric()).collect();
        let (with, without) = (
            espeak.phonemes(voice, &choice).unwrap(),
            espeak.phonemes(voice, &bare).unwrap(),
        );
        if with == without {
            problems.push(format!("{locale} ({voice}): {choice:?} read as {with}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every message of a locale, its placeables (`{ $n }`) left out: what its speaker buttons read.
/// A message that chooses by number (`{ $count -> [one] … *[other] … }`) gives each of its
/// variants, as `id[one]`: Arabic has six.
fn messages(locale: &str) -> Vec<(String, String)> {
    let src = std::fs::read_to_string(repo().join(format!("locales/{locale}/main.ftl"))).unwrap();
    let without_placeables = |text: &str| {
        let mut out = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    let mut out = vec![];
    let mut id = "";
    for line in src.lines() {
        if let Some((name, text)) = line.split_once(" =")
            && name.starts_with(|c: char| c.is_ascii_lowercase())
            && !name.contains(' ')
        {
            id = name;
            if let Some(text) = text.strip_prefix(' ').filter(|t| !t.trim().is_empty()) {
                out.push((id.to_owned(), without_placeables(text)));
            }
            continue;
        }
        let variant = line.trim_start().trim_start_matches('*');
        if let Some((key, text)) = variant.strip_prefix('[').and_then(|v| v.split_once(']')) {
            out.push((format!("{id}[{key}]"), without_placeables(text.trim())));
        }
    }
    out.retain(|(_, text)| !text.trim().is_empty());
    out
}

/// Which of `items` (a label, a text) `voice` reads in another language, or fails on.
fn read_in_another_language(espeak: &Espeak, voice: &str, items: &[(String, &str)]) -> Vec<String> {
    read_wrongly(espeak, voice, items, switches_language)
}

/// Which of `items` (a label, a text) `voice` reads so that `wrong` holds of its phonemes, or
/// fails on. Read in batches under the limit of one call (one call per item would take
/// minutes); only a batch that is not clean is read again item by item, to name them.
fn read_wrongly(
    espeak: &Espeak,
    voice: &str,
    items: &[(String, &str)],
    wrong: fn(&str) -> bool,
) -> Vec<String> {
    let mut batches: Vec<(String, &[(String, &str)])> = vec![];
    let mut start = 0;
    let mut text = String::new();
    for (i, (_, t)) in items.iter().enumerate() {
        if !text.is_empty() && text.chars().count() + t.chars().count() >= SPEAK_MAX_CHARS {
            batches.push((std::mem::take(&mut text), &items[start..i]));
            start = i;
        }
        text.push_str(t);
        text.push('\n');
    }
    batches.push((text, &items[start..]));
    let mut problems = vec![];
    for (text, batch) in batches {
        if matches!(espeak.phonemes(voice, &text), Ok(p) if !wrong(&p)) {
            continue;
        }
        for (label, t) in batch {
            match espeak.phonemes(voice, t) {
                Ok(p) if wrong(&p) => {
                    problems.push(format!("{label}: {t:?} read as {p}"));
                }
                Ok(_) => {}
                Err(e) => problems.push(format!("{label}: {t:?}: {e}")),
            }
        }
    }
    problems
}

/// Messages whose switch to English is the voice's own, and right: English loanwords, which
/// espeak-ng's dictionary for the language says as in English, in the locale's script or
/// spelt as English does not.
const LOANWORDS: &[(&str, &str)] = &[
    ("fr", "contact-email"),             // e-mail
    ("fr", "contact-email-label"),       // e-mail
    ("fr", "field-error-invalid_email"), // e-mail
    ("pa", "contact-sms"),               // ਟੈਕਸਟ, "text"
    ("pa", "contact-email"),             // ਈਮੇਲ, "e-mail"
    ("pa", "contact-email-label"),       // ਈਮੇਲ
    ("pa", "field-error-invalid_email"), // ਈਮੇਲ
];

/// Every word of the English messages, lower case, and the names of messaging apps other
/// locales give as examples (Viber, in Burmese and Sinhala): a Latin word another locale shares
/// with English (PIN, SMS, WhatsApp, internet, visa) is rightly read as English.
fn english_words() -> std::collections::HashSet<String> {
    let apps = ["viber"].map(str::to_owned);
    messages("en")
        .iter()
        .flat_map(|(_, t)| {
            t.split(|c: char| !c.is_ascii_alphabetic())
                .map(str::to_ascii_lowercase)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .chain(apps)
        .collect()
}

/// `text` without the words it shares with English, and without the signs + = ~ / (which
/// espeak-ng reads in English in every voice).
fn without_english(text: &str, english: &std::collections::HashSet<String>) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        // A Latin word, with its apostrophes (Uzbek's soʻrov is one word, not "so"); a
        // letter of another script ends it (Korean's PIN은).
        if (c.is_alphabetic() && (c as u32) < 0x250) || "'ʻʼ’".contains(c) {
            word.push(c);
            continue;
        }
        if !(word.is_ascii() && english.contains(&word.to_ascii_lowercase())) {
            out.push_str(&word);
        }
        word.clear();
        if !"+=~/".contains(c) {
            out.push(c);
        }
    }
    out.trim_end().to_owned()
}

/// A voice that meets letters it has no rules for says so in another language: espeak-ng's
/// Japanese voice read every kanji as "Chinese letter" in English (it is now given their
/// readings), its plain Mandarin voice every character as pinyin spelt out in English, and its
/// Uzbek voice spelt out every word with the modifier apostrophe ʼ letter by letter, the sign
/// itself as "ejective". For every locale with a voice, every message is read without the
/// engine failing (its Burmese voice aborted on 7 messages) and with no switch to another
/// language, once the words it shares with English are left out (PIN, SMS, WhatsApp: English
/// is right for those, as it is for the signs + and =).
#[test]
fn every_voice_reads_its_locales_messages_in_its_own_language() {
    let espeak = engine();
    // (Each variant of a message that chooses by number is read too.)
    assert!(
        messages("ar")
            .iter()
            .any(|(id, t)| id == "message-left[zero]" && !t.is_empty())
    );
    let english = english_words();
    let mut problems = vec![];
    for (locale, voice) in OFFLINE_VOICES.iter().filter(|(l, _)| *l != "en") {
        let texts: Vec<(String, String)> = messages(locale)
            .into_iter()
            .map(|(id, t)| (id, without_english(&t, &english)))
            .filter(|(id, t)| {
                t.chars().any(char::is_alphabetic) && !LOANWORDS.contains(&(*locale, id.as_str()))
            })
            .collect();
        assert!(
            texts.len() > 20,
            "{locale}: only {} messages read",
            texts.len()
        );
        let items: Vec<(String, &str)> = texts
            .iter()
            .map(|(id, t)| (format!("{locale} ({voice}) {id}"), t.as_str()))
            .collect();
        problems.extend(read_in_another_language(&espeak, voice, &items));
    }
    assert!(
        problems.is_empty(),
        "{} messages: {problems:#?}",
        problems.len()
    );
}

/// A voice that meets a character it has no name for says "letter" in English (espeak-ng's
/// Japanese voice said "Japanese letter" for the voicing mark of が when "PINが", written
/// together, was spelt out as one word, and for 〜 and ・). The message test above leaves out
/// the Latin words first, so it cannot see what they do to the words around them: here every
/// message with a Latin letter is read whole, and no voice may say "letter".
#[test]
fn no_voice_says_letter_for_a_character_it_cannot_name() {
    let espeak = engine();
    let says_letter = |p: &str| p.contains("l'et@");
    let mut problems = vec![];
    for (locale, voice) in OFFLINE_VOICES.iter().filter(|(l, _)| *l != "en") {
        let texts: Vec<(String, String)> = messages(locale)
            .into_iter()
            .filter(|(_, t)| t.chars().any(|c| c.is_ascii_alphabetic()))
            .collect();
        let items: Vec<(String, &str)> = texts
            .iter()
            .map(|(id, t)| (format!("{locale} ({voice}) {id}"), t.as_str()))
            .collect();
        problems.extend(read_wrongly(&espeak, voice, &items, says_letter));
    }
    assert!(
        problems.is_empty(),
        "{} messages: {problems:#?}",
        problems.len()
    );
}

/// The reference's words are read aloud to a person who takes them away, word by word: a word
/// heard wrong is typed wrong. Every list with a voice is read whole, in its own language: no
/// engine failure, no switch to another (espeak-ng's French voice read "menthe" as English,
/// "menth"; it was replaced). "igloo" is the one English loanword left, said alike in both.
#[test]
fn every_reference_word_list_is_read_in_its_own_language() {
    use reach_core::reference::{WORD_LIST_LANGUAGES, word_list};
    let espeak = engine();
    let mut problems = vec![];
    let mut read = 0;
    for lang in WORD_LIST_LANGUAGES {
        let Some(voice) = offline_voice(lang) else {
            continue;
        };
        let list = word_list(lang).unwrap();
        let words: Vec<&str> = list
            .words()
            .iter()
            .copied()
            .filter(|w| !(*lang == "fr" && *w == "igloo"))
            .collect();
        read += 1;
        let items: Vec<(String, &str)> = words
            .iter()
            .map(|w| (format!("{lang} ({voice})"), *w))
            .collect();
        problems.extend(read_in_another_language(&espeak, voice, &items));
    }
    assert!(read >= 25, "only {read} lists have a voice");
    assert!(problems.is_empty(), "{problems:#?}");
}
