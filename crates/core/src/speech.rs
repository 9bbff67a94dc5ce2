//! Reading the app's own words aloud, offline, with espeak-ng (100+ languages, in Debian and
//! buildable for Android) run as a **separate process**: the workspace forbids `unsafe`, which
//! binding its C library would need, and a crash of the synthesiser cannot take the app (and a
//! person's unsaved answers) with it. The text goes in on stdin, never on the command line,
//! where other processes could read it. The voice comes only from
//! [`reach_contract::speech::OFFLINE_VOICES`]: a locale without a voice is never read in another
//! language's voice. Platform engines (Android's TextToSpeech, iOS's AVSpeechSynthesizer) are the
//! first choice on phones; they are not built here (no mobile builds on these machines).

use std::borrow::Cow;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use reach_contract::speech::SPEAK_MAX_CHARS;

mod kana;
mod spelling;

/// Why nothing is read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SpeechError {
    /// espeak-ng is not installed (or not executable).
    #[error("the speech engine is not installed")]
    NotInstalled,
    /// The text is empty or longer than [`SPEAK_MAX_CHARS`].
    #[error("nothing to read, or too much")]
    BadText,
    /// The voice cannot read the text: Japanese with a kanji it has no reading for
    /// (`speech/kana.rs`). Nothing is read, rather than "Chinese letter" in English.
    #[error("the voice cannot read this text")]
    Unreadable,
    /// The engine started but failed.
    #[error("the speech engine failed: {0}")]
    Failed(String),
}

/// The espeak-ng program.
#[derive(Debug, Clone)]
pub struct Espeak {
    program: PathBuf,
    limit: TimeLimit,
}

/// How long a reading may take before the engine is taken to have hung: a base plus a time
/// per character. espeak-ng reads about 15 characters a second at its default rate; the
/// default limit allows 4, so only an engine that is stuck ever meets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeLimit {
    /// Allowed whatever the length (start-up, a slow phone).
    pub base: Duration,
    /// Allowed for each character of the text given to the voice.
    pub per_char: Duration,
}

impl Default for TimeLimit {
    fn default() -> Self {
        Self {
            base: Duration::from_secs(10),
            per_char: Duration::from_millis(250),
        }
    }
}

impl TimeLimit {
    /// The whole time `text` may take to be read.
    pub fn for_text(&self, text: &str) -> Duration {
        let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
        self.base
            .saturating_add(self.per_char.saturating_mul(chars))
    }
}

/// What is being read now; dropping it (or [`Speaking::stop`]) stops the voice at once.
#[derive(Debug)]
pub struct Speaking {
    child: Child,
    /// Past this the engine has hung (its [`TimeLimit`]): [`Speaking::ended`] ends it.
    deadline: Instant,
}

impl Speaking {
    /// Stops reading (quick exit, lock, another tap).
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// `None` while reading; once the engine has ended, whether it read to the end (an engine
    /// that exits with an error or is killed by a signal, such as an abort halfway, did not).
    /// An engine still running past its [`TimeLimit`] has hung: it is stopped here and the
    /// reading failed, so that the person is told, and the speaker is not left pressed.
    pub fn ended(&mut self) -> Option<Result<(), SpeechError>> {
        match self.child.try_wait() {
            Ok(None) if Instant::now() >= self.deadline => {
                self.stop();
                Some(Err(SpeechError::Failed(
                    "no end within its time limit".into(),
                )))
            }
            Ok(None) => None,
            Ok(Some(status)) if status.success() => Some(Ok(())),
            Ok(Some(status)) => Some(Err(SpeechError::Failed(format!("exit {status}")))),
            Err(e) => Some(Err(SpeechError::Failed(e.kind().to_string()))),
        }
    }
}

impl Drop for Speaking {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `text` as `voice` is given it ([`spelling::for_voice`]), once it is known to be something
/// to read and something the voice can read.
fn given<'a>(voice: &str, text: &'a str) -> Result<Cow<'a, str>, SpeechError> {
    let n = text.chars().count();
    if text.trim().is_empty() || n > SPEAK_MAX_CHARS {
        return Err(SpeechError::BadText);
    }
    let given = spelling::for_voice(voice, text);
    if !spelling::readable(voice, &given) {
        return Err(SpeechError::Unreadable);
    }
    Ok(given)
}

impl Espeak {
    /// `espeak-ng` from the `PATH`, if it runs.
    pub fn find() -> Option<Self> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join("espeak-ng"))
            .find(|p| p.is_file())
            .map(Self::at)
    }

    /// A given program (tests, packagers who ship it beside the app).
    pub fn at(program: impl AsRef<Path>) -> Self {
        Self {
            program: program.as_ref().to_owned(),
            limit: TimeLimit::default(),
        }
    }

    /// The engine's program (a benchmark runs the same one behind a stand-in).
    pub fn program(&self) -> &Path {
        &self.program
    }

    /// The same engine with another [`TimeLimit`] (a slower engine; tests).
    pub fn with_time_limit(self, limit: TimeLimit) -> Self {
        Self { limit, ..self }
    }

    fn command(&self, voice: &str) -> Command {
        let mut cmd = Command::new(&self.program);
        // -b 1: the input is UTF-8; -v: the voice; text on stdin.
        cmd.args(["-b", "1", "-v", voice])
            .stdin(Stdio::piped())
            .stderr(Stdio::null());
        cmd
    }

    fn spawn(&self, mut cmd: Command, text: &str) -> Result<Child, SpeechError> {
        let mut child = cmd.spawn().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => {
                SpeechError::NotInstalled
            }
            _ => SpeechError::Failed(e.kind().to_string()),
        })?;
        let mut stdin = child
            .stdin
            .take()
            .ok_or(SpeechError::Failed("stdin".into()))?;
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| SpeechError::Failed(e.kind().to_string()))?;
        drop(stdin);
        Ok(child)
    }

    /// Runs the engine on `text` until it ends; its standard output. An engine that dies (a
    /// signal, an abort) is an error, not an empty answer.
    fn run_to_end(&self, cmd: Command, text: &str) -> Result<Vec<u8>, SpeechError> {
        let out = self
            .spawn(cmd, text)?
            .wait_with_output()
            .map_err(|e| SpeechError::Failed(e.kind().to_string()))?;
        if !out.status.success() {
            return Err(SpeechError::Failed(format!("exit {}", out.status)));
        }
        Ok(out.stdout)
    }

    /// Starts reading `text` aloud on the device's audio output; returns at once.
    pub fn speak(&self, voice: &str, text: &str) -> Result<Speaking, SpeechError> {
        let text = given(voice, text)?;
        let mut cmd = self.command(voice);
        cmd.stdout(Stdio::null());
        let deadline = Instant::now() + self.limit.for_text(&text);
        Ok(Speaking {
            child: self.spawn(cmd, &text)?,
            deadline,
        })
    }

    /// What `voice` would say for `text`, in espeak-ng's phoneme mnemonics (`-x`), nothing
    /// played: lets a test see which words a voice really reads, and in which language (a voice
    /// that falls back to another language's rules marks it, e.g. `(en)`).
    pub fn phonemes(&self, voice: &str, text: &str) -> Result<String, SpeechError> {
        let text = given(voice, text)?;
        let mut cmd = self.command(voice);
        cmd.args(["-q", "-x"]).stdout(Stdio::piped());
        let out = self.run_to_end(cmd, &text)?;
        Ok(String::from_utf8_lossy(&out).trim().to_owned())
    }

    /// Writes the whole of `text`, as [`Espeak::speak`] would play it, to a WAV file at
    /// `path` (espeak-ng's own `-w`, which writes the real sizes into the header).
    pub fn synthesize_to_file(
        &self,
        voice: &str,
        text: &str,
        path: &Path,
    ) -> Result<(), SpeechError> {
        let text = given(voice, text)?;
        let mut cmd = self.command(voice);
        cmd.arg("-w").arg(path).stdout(Stdio::null());
        self.run_to_end(cmd, &text)?;
        Ok(())
    }

    /// How long from the call until the first audible sample comes out of the synthesiser
    /// (benchmarks: the engine's share of "tap → first sound", with the text's spelling for
    /// the voice, such as Japanese readings).
    pub fn time_to_first_sample(&self, voice: &str, text: &str) -> Result<Duration, SpeechError> {
        let start = Instant::now();
        let text = given(voice, text)?;
        let mut cmd = self.command(voice);
        cmd.arg("--stdout").stdout(Stdio::piped());
        let mut child = self.spawn(cmd, &text)?;
        let mut stdout = child
            .stdout
            .take()
            .ok_or(SpeechError::Failed("stdout".into()))?;
        let mut seen = Vec::new();
        let mut buf = [0u8; 4096];
        let found = loop {
            let n = stdout
                .read(&mut buf)
                .map_err(|e| SpeechError::Failed(e.kind().to_string()))?;
            if n == 0 {
                break None;
            }
            seen.extend_from_slice(&buf[..n]);
            if holds_audible_sample(&seen) {
                break Some(start.elapsed());
            }
        };
        let _ = child.kill();
        let _ = child.wait();
        found.ok_or(SpeechError::Failed("no audible sample".into()))
    }
}

/// Whether the start of an espeak-ng `--stdout` stream holds a sample that is sound (past the
/// 44-byte header, a 16-bit sample of magnitude above 300 of 32767): where "first sound" is
/// taken to be, here and in `xtask bench-app`'s read-aloud timing.
pub fn holds_audible_sample(stream: &[u8]) -> bool {
    stream.len() > WAV_HEADER
        && stream[WAV_HEADER..]
            .chunks_exact(2)
            .any(|s| i16::from_le_bytes([s[0], s[1]]).unsigned_abs() > AUDIBLE)
}

/// espeak-ng's `--stdout` stream starts with the canonical 44-byte WAV header (PCM, mono, 16
/// bit; its sizes are placeholders, as a stream's length is not known in advance), then samples.
const WAV_HEADER: usize = 44;
/// A sample above this (of 32767) is sound, not dither or silence.
const AUDIBLE: u16 = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_audible_sample_is_found_past_the_header_only() {
        let mut stream = vec![0x7f; WAV_HEADER]; // a header of loud-looking bytes
        assert!(!holds_audible_sample(&stream));
        stream.extend_from_slice(&[0x10, 0x00, 0xf0, 0xff]); // +16, -16: silence
        assert!(!holds_audible_sample(&stream));
        stream.extend_from_slice(&(-2000i16).to_le_bytes());
        assert!(holds_audible_sample(&stream));
    }

    #[test]
    fn bad_text_and_a_missing_engine_are_clear_errors() {
        let e = Espeak::at("/nonexistent/espeak-ng");
        assert_eq!(
            e.speak("en", "hello").unwrap_err(),
            SpeechError::NotInstalled
        );
        assert_eq!(
            e.synthesize_to_file("en", " ", Path::new("/dev/null"))
                .unwrap_err(),
            SpeechError::BadText
        );
        let long = "a".repeat(SPEAK_MAX_CHARS + 1);
        assert_eq!(e.speak("en", &long).unwrap_err(), SpeechError::BadText);
    }

    /// A stand-in engine: a shell script in a temporary directory.
    fn stand_in(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt as _;
        let path = dir.join("espeak-ng");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    /// Polls `speaking` as the shell does, for at most `within`.
    fn wait_for_end(speaking: &mut Speaking, within: Duration) -> Option<Result<(), SpeechError>> {
        let start = Instant::now();
        while start.elapsed() < within {
            if let Some(end) = speaking.ended() {
                return Some(end);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    #[test]
    fn the_default_limit_leaves_a_real_reading_its_time() {
        let limit = TimeLimit::default();
        // The longest text the app may send, at espeak-ng's default rate (~15 characters a
        // second), ends well inside its limit; a short question has at least the base.
        let longest = "a".repeat(SPEAK_MAX_CHARS);
        assert!(limit.for_text(&longest) > Duration::from_secs(SPEAK_MAX_CHARS as u64 / 15 * 3));
        assert_eq!(
            limit.for_text("Are you safe now?"),
            Duration::from_millis(10_000 + 17 * 250)
        );
    }

    #[test]
    fn an_engine_that_hangs_is_stopped_at_its_time_limit_and_the_reading_fails() {
        let dir = tempfile::tempdir().unwrap();
        let limit = TimeLimit {
            base: Duration::from_millis(300),
            per_char: Duration::ZERO,
        };
        // Hangs: reads its text, then never ends.
        let hung = Espeak::at(stand_in(dir.path(), "cat >/dev/null; exec sleep 600"))
            .with_time_limit(limit);
        let mut speaking = hung.speak("en", "hello").unwrap();
        let pid = speaking.child.id();
        assert_eq!(
            wait_for_end(&mut speaking, Duration::from_secs(20)),
            Some(Err(SpeechError::Failed(
                "no end within its time limit".into()
            )))
        );
        // The process is gone, not left reading on.
        assert!(
            !Path::new(&format!("/proc/{pid}")).exists(),
            "the hung engine {pid} is still running"
        );

        // The same limit does not cut short an engine that ends in time.
        let quick = Espeak::at(stand_in(dir.path(), "cat >/dev/null")).with_time_limit(TimeLimit {
            base: Duration::from_secs(20),
            per_char: Duration::ZERO,
        });
        let mut speaking = quick.speak("en", "hello").unwrap();
        assert_eq!(
            wait_for_end(&mut speaking, Duration::from_secs(20)),
            Some(Ok(()))
        );
    }
}
