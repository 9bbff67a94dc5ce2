//! The rules for a PIN being *chosen* (set-up, a new PIN, the duress PIN), shared so that the
//! UI refuses a bad PIN at once, with the same words, and the core still refuses it whatever
//! the UI does. Not applied to PINs being *tried*: a wrong attempt of any shape is just a
//! wrong PIN, and costs the same time.

use crate::ErrorCode;

/// Shortest PIN accepted (digits). Six digits, not four: when the device secret is the file
/// fallback a copied folder can be attacked offline, and 10^6 PINs at a calibrated ~1 s each
/// is 11 core-days instead of 40 minutes for 4 digits at the old cost. PINs chosen under the
/// earlier 4-digit rule keep working: attempts are never checked against this rule.
pub const PIN_MIN_LEN: usize = 6;
/// Longest PIN accepted (digits); the calculator disguise has a 12-digit display.
pub const PIN_MAX_LEN: usize = 12;
/// Fewest digits of a PIN being *tried*: PINs chosen under the earlier 4-digit rule keep
/// working, so the calculator tries 4 to [`PIN_MAX_LEN`] digits as a PIN.
pub const TRIED_PIN_MIN_LEN: usize = 4;

/// Whether `pin` could be a PIN being tried (the current PIN, typed at the calculator or a
/// settings form): worth spending an attempt on. Anything else is not sent at all.
pub fn plausible_pin(pin: &str) -> bool {
    (TRIED_PIN_MIN_LEN..=PIN_MAX_LEN).contains(&pin.len())
        && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Why a new PIN is refused, with a stable code ([`PinError::code`]) for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinError {
    /// Fewer than [`PIN_MIN_LEN`] digits.
    TooShort,
    /// More than [`PIN_MAX_LEN`] digits.
    TooLong,
    /// Something other than the ASCII digits 0–9 (the calculator has no other keys).
    NotDigits,
}

impl PinError {
    /// The error code the UI shows (`error-<code>`).
    pub const fn code(self) -> ErrorCode {
        match self {
            Self::TooShort => ErrorCode::PinTooShort,
            Self::TooLong => ErrorCode::PinTooLong,
            Self::NotDigits => ErrorCode::PinNotDigits,
        }
    }
}

impl core::fmt::Display for PinError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::TooShort => write!(f, "a PIN has at least {PIN_MIN_LEN} digits"),
            Self::TooLong => write!(f, "a PIN has at most {PIN_MAX_LEN} digits"),
            Self::NotDigits => f.write_str("a PIN has only the digits 0-9"),
        }
    }
}

impl std::error::Error for PinError {}

/// Checks a PIN being chosen.
pub fn validate_pin(pin: &str) -> Result<(), PinError> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    match pin.len() {
        n if n < PIN_MIN_LEN => Err(PinError::TooShort),
        n if n > PIN_MAX_LEN => Err(PinError::TooLong),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules() {
        assert_eq!(validate_pin("12345"), Err(PinError::TooShort));
        assert_eq!(validate_pin(""), Err(PinError::TooShort));
        assert_eq!(validate_pin("123456"), Ok(()));
        assert_eq!(validate_pin("123456789012"), Ok(()));
        assert_eq!(validate_pin("1234567890123"), Err(PinError::TooLong));
        assert_eq!(validate_pin("12345a"), Err(PinError::NotDigits));
        assert_eq!(validate_pin("１２３４５６"), Err(PinError::NotDigits));
        assert_eq!(PinError::TooShort.code(), ErrorCode::PinTooShort);
        assert!(plausible_pin("1234") && plausible_pin("123456789012"));
        assert!(!plausible_pin("123") && !plausible_pin("1234567890123") && !plausible_pin("12a4"));
    }
}
