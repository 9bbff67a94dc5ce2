//! The [`Sensitive`] wrapper: request content that must never reach a log.

use std::fmt;

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

/// A value typed by or about the person (phone number, message, code word, place, ...).
///
/// Its `Debug` prints only `<redacted N chars>`, so that `{:?}` in a log line, a panic message or
/// a test failure can never disclose request content. Use [`Sensitive::expose`] to read the value
/// where it is really needed: the explicit call makes every such place easy to review.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sensitive<T>(pub(super) T);

impl<T> Sensitive<T> {
    /// Wraps a value so that it is redacted from `Debug` output.
    pub fn new(value: T) -> Self {
        Self(value)
    }

    /// The value itself; call only where the content is really needed (never for logging).
    pub fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the value; same caution as [`Sensitive::expose`].
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T: AsRef<str>> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<redacted {} chars>", self.0.as_ref().chars().count())
    }
}

impl From<String> for Sensitive<String> {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Sensitive<String> {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

/// Wiping the content in place, for the store's scrub of a referral it no longer needs.
impl<T: Zeroize> Zeroize for Sensitive<T> {
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}
