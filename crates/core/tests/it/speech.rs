//! Read-aloud with the real engine (espeak-ng, installed by `scripts/setup.sh`): English, Arabic
//! and Swahili are synthesised to WAV files (`target/speech/`) that must be non-silent and of a
//! plausible length for their text, and every voice the app lists for a locale must exist and
//! speak that locale's own words. Nothing is skipped: without the engine these tests fail and
//! say what to install.

use std::path::PathBuf;

use reach_contract::speech::{OFFLINE_VOICES, offline_voice};
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
        let text = message(locale, "danger-title");
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
