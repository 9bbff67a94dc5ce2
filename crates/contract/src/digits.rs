//! The digits a person's keyboard may type instead of 0–9.
//!
//! Why here: a phone number in the form and a reference's digits are both typed on the
//! person's own keyboard, which in many of the app's languages gives its script's digits
//! (an Arabic keyboard types ٠١٢٣). The UI reads phone numbers and the core reads references;
//! both must accept the same digits, so the one table lives in the crate both build against.

/// The first code point (zero) of each run of ten decimal digits a keyboard for one of the
/// app's languages may type: Arabic-Indic, Persian (Extended Arabic-Indic), Devanagari,
/// Bengali, Gurmukhi, Tamil, Telugu, Sinhala, Thai, Lao, Myanmar, Khmer, Mongolian,
/// full-width. Each run is the ten digits 0–9 in order (Unicode's decimal digits).
pub const ZEROS: [u32; 14] = [
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0BE6, 0x0C66, 0x0DE6, 0x0E50, 0x0ED0, 0x1040, 0x17E0,
    0x1810, 0xFF10,
];

/// A digit of any script in [`ZEROS`] as its ASCII digit; any other character, ASCII digits
/// included, unchanged.
pub fn to_ascii(c: char) -> char {
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scripts_digits_read_as_ascii_and_nothing_else_changes() {
        for zero in ZEROS {
            for d in 0..10 {
                let c = char::from_u32(zero + d).unwrap();
                assert_eq!(to_ascii(c), char::from_digit(d, 10).unwrap(), "{c}");
            }
            // The code points just outside a run are not digits of it.
            for outside in [zero - 1, zero + 10] {
                let c = char::from_u32(outside).unwrap();
                assert_eq!(to_ascii(c), c, "U+{outside:04X}");
            }
        }
        for c in ['0', '9', 'a', '+', ' ', '،', 'ا', '一'] {
            assert_eq!(to_ascii(c), c);
        }
    }
}
