//! `xtask bench-speech`: the speech engine's share of "tap → first sound" — from the call
//! (spawning espeak-ng with the text on stdin) to the first audible sample it produces — for
//! every locale with an offline voice, reading that locale's own danger question (Japanese's
//! kanji given as their readings, as the app gives them). The audio device's own buffering
//! comes on top and is not measured here (these machines have none).

use std::path::Path;
use std::time::Duration;

use reach_contract::speech::OFFLINE_VOICES;
use reach_core::speech::Espeak;

use crate::Result;
use crate::stats::{self, Samples};

/// Prints p50/p99 a voice and over all (issue #11 asks for the figure, with no target).
pub fn run(rounds: usize) -> Result<()> {
    let espeak = Espeak::find().ok_or("espeak-ng is not on PATH: run scripts/setup.sh")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut all = Vec::new();
    println!("speech engine: call → first audible sample (espeak-ng), {rounds} rounds a voice");
    println!("machine: {}", stats::machine());
    println!("{:<8} {:<16} {:>9} {:>9}", "locale", "voice", "p50", "p99");
    for (locale, voice) in OFFLINE_VOICES {
        let src = std::fs::read_to_string(root.join(format!("locales/{locale}/main.ftl")))?;
        let text = src
            .lines()
            .find_map(|l| l.strip_prefix("danger-title = "))
            .ok_or_else(|| format!("{locale}: no danger-title"))?
            .to_owned();
        let mut samples = Vec::with_capacity(rounds);
        for _ in 0..rounds {
            samples.push(espeak.time_to_first_sample(voice, &text)?);
        }
        all.extend_from_slice(&samples);
        let s = Samples::new(samples);
        println!(
            "{locale:<8} {voice:<16} {:>7.1} ms {:>7.1} ms",
            ms(s.p50()),
            ms(s.p99())
        );
    }
    let s = Samples::new(all);
    println!(
        "all      ({} samples) p50 {:.1} ms  p99 {:.1} ms  max {:.1} ms",
        s.len(),
        ms(s.p50()),
        ms(s.p99()),
        ms(s.percentile(100.0))
    );
    Ok(())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
