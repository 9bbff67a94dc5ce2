//! Survivors' voices: after the hotline closes a request, the app asks once — optional,
//! skippable — a few icon-first questions about the help received. The answers travel sealed
//! to the hotline on their own (never with the request's id or status secret) and the inbox
//! shows them only as monthly totals, so that no answer can be traced back to a person.

use serde::{Deserialize, Serialize};

spelled! {
    /// The questions, in the order the screen asks them. Each is a Fluent message
    /// `feedback-q-<spelling>` in every app locale and `voices-q-<spelling>` in the inbox's.
    pub enum FeedbackQuestion {
        /// "Did you get the help you needed?"
        Helped = "helped",
        /// "Did you feel safe when we contacted you?"
        Safe = "safe",
        /// "Would you tell a friend about us?"
        Recommend = "recommend",
    }
}

spelled! {
    /// The answers every question offers, shown as icons first (a thumb up, a level hand, a
    /// thumb down) with a word beneath, so a person who reads little can still answer.
    pub enum FeedbackAnswer {
        /// Yes.
        Yes = "yes",
        /// Partly / not sure.
        Partly = "partly",
        /// No.
        No = "no",
    }
}

/// The version of [`FeedbackPayload`] this build writes; the hotline refuses any other.
pub const FEEDBACK_VERSION: u8 = 1;

/// What the person chose: every question is optional (`None` = not answered).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackAnswers {
    /// [`FeedbackQuestion::Helped`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub helped: Option<FeedbackAnswer>,
    /// [`FeedbackQuestion::Safe`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe: Option<FeedbackAnswer>,
    /// [`FeedbackQuestion::Recommend`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommend: Option<FeedbackAnswer>,
}

impl FeedbackAnswers {
    /// The answer to `question`.
    pub const fn get(&self, question: FeedbackQuestion) -> Option<FeedbackAnswer> {
        match question {
            FeedbackQuestion::Helped => self.helped,
            FeedbackQuestion::Safe => self.safe,
            FeedbackQuestion::Recommend => self.recommend,
        }
    }

    /// Sets the answer to `question`.
    pub fn set(&mut self, question: FeedbackQuestion, answer: Option<FeedbackAnswer>) {
        match question {
            FeedbackQuestion::Helped => self.helped = answer,
            FeedbackQuestion::Safe => self.safe = answer,
            FeedbackQuestion::Recommend => self.recommend = answer,
        }
    }

    /// Nothing was answered: nothing is sent (the offer still counts as made).
    pub const fn is_empty(&self) -> bool {
        self.helped.is_none() && self.safe.is_none() && self.recommend.is_none()
    }
}

/// The sealed payload of a feedback envelope: the version and the answers, nothing else — no
/// request id, no time, no language, nothing that could single the person out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackPayload {
    /// [`FEEDBACK_VERSION`].
    pub v: u8,
    /// The answers.
    pub answers: FeedbackAnswers,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payload_holds_only_what_was_answered() {
        let mut answers = FeedbackAnswers::default();
        assert!(answers.is_empty());
        answers.set(FeedbackQuestion::Safe, Some(FeedbackAnswer::Partly));
        let json = serde_json::to_string(&FeedbackPayload {
            v: FEEDBACK_VERSION,
            answers,
        })
        .unwrap();
        assert_eq!(json, r#"{"v":1,"answers":{"safe":"partly"}}"#);
        assert_eq!(
            answers.get(FeedbackQuestion::Safe),
            Some(FeedbackAnswer::Partly)
        );
        assert!(!answers.is_empty());
        // Anything beyond the known members is refused, not carried along.
        assert!(
            serde_json::from_str::<FeedbackPayload>(r#"{"v":1,"answers":{},"id":"x"}"#).is_err()
        );
        assert!(
            serde_json::from_str::<FeedbackPayload>(r#"{"v":1,"answers":{"mood":"yes"}}"#).is_err()
        );
    }
}
