//! Read-aloud: `speak` and `stop_speaking` (ADR 0008). Apart from the other commands because
//! they hold none of the store: only the engine (`reach_core::speech`) and what it reads now.

use std::sync::atomic::Ordering;

use reach_contract::ErrorCode;
use reach_contract::speech::{SPEAK_MAX_CHARS, SpeakAnswer, offline_voice};
use reach_core::speech::SpeechError;
use tauri::State;

use super::{Result, string_arg};
use crate::error::CommandError;
use crate::state::AppState;

/// Reads the UI's own words aloud in the locale's offline voice (`reach_contract::speech`),
/// stopping what was being read, and answers when the reading ends: `spoken`, `stopped` (by
/// `stop_speaking`, another `speak`, quick exit, lock or wipe) or `unavailable` (the engine
/// failed, at the start or halfway). A locale with no voice, or whose voice cannot read the
/// text (Japanese with a kanji the core has no reading for), gets `no_voice` and nothing is
/// read — never another language's voice. The text is never logged. `text` and `locale` are
/// taken as raw JSON so that a malformed call gets our own `malformed`, never Tauri's text.
#[tauri::command]
pub async fn speak(
    state: State<'_, AppState>,
    text: Option<serde_json::Value>,
    locale: Option<serde_json::Value>,
) -> Result<SpeakAnswer> {
    let (text, locale) = (string_arg(text)?, string_arg(locale)?);
    if text.trim().is_empty() || text.chars().count() > SPEAK_MAX_CHARS {
        return Err(CommandError::from(ErrorCode::Malformed));
    }
    state.stop_speaking();
    let Some(voice) = offline_voice(&locale) else {
        return Ok(SpeakAnswer::NoVoice);
    };
    let Some(espeak) = &state.espeak else {
        return Ok(SpeakAnswer::Unavailable);
    };
    let speaking = match espeak.speak(voice, &text) {
        Ok(speaking) => speaking,
        Err(SpeechError::Unreadable) => return Ok(SpeakAnswer::NoVoice),
        Err(_) => return Ok(SpeakAnswer::Unavailable),
    };
    let number = state.voices_started.fetch_add(1, Ordering::Relaxed);
    *state
        .speaking
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((number, speaking));
    // Answer when the reading ends: polled, as the engine is a child process and the state's
    // lock is not held across a wait.
    loop {
        tokio::time::sleep(SPEAKING_POLL).await;
        let mut now = state
            .speaking
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let ended = match now.as_mut() {
            Some((n, speaking)) if *n == number => speaking.ended(),
            // Stopped, or another text took its place.
            _ => return Ok(SpeakAnswer::Stopped),
        };
        match ended {
            None => continue,
            Some(read) => {
                *now = None;
                return Ok(if read.is_ok() {
                    SpeakAnswer::Spoken
                } else {
                    SpeakAnswer::Unavailable
                });
            }
        }
    }
}

/// How often a `speak` call looks whether its reading has ended (a delay the person does not
/// hear: it only holds the answer back).
const SPEAKING_POLL: std::time::Duration = std::time::Duration::from_millis(40);

/// Stops reading aloud.
#[tauri::command]
pub async fn stop_speaking(state: State<'_, AppState>) -> Result<()> {
    state.stop_speaking();
    Ok(())
}
