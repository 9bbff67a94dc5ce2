//! A **reference**: what a person helped by an outreach worker takes away instead of a phone.
//!
//! Why: the worker's phone must not keep anything that reads the person's replies, yet the
//! person must hear back, later, on any Reach install (their own, a friend's, a shelter's). So
//! at submit the worker's phone draws 64 random bits and shows them as words (or digits); the
//! request's status secret and reply key are *derived* from them, slowly, and then forgotten.
//! Whoever types the words again derives the same two keys, asks the hotline where the request
//! stands and opens its replies. The design, its entropy and the endpoint's limits against
//! guessing are in `docs/protocol.md` ("Reference phrase").
//!
//! Forms: 8 words from a language's list of 256 plus one check word (8 bits of SHA-256 of the
//! bits), or 22 digits (the 64 bits in base 10, then two check digits) for a language with no
//! word list. The check catches one mistyped or misheard word or digit before the
//! expensive derivation and before a guess is spent at the hotline.

use hpke::Serializable as _;
use hpke::kem::X25519HkdfSha256 as Kem;
use ring::hkdf;
use zeroize::{Zeroize, Zeroizing};

use crate::envelope::{HotlinePrivateKey, KeyId, sha256};
use crate::ids::StatusSecret;

/// Random bits in a reference.
pub const BITS: usize = 64;
/// Words in a reference: one per byte, then the check word.
pub const WORDS: usize = 9;
/// Digits in a reference: the 64 bits in base 10 (20 digits, zero-padded), then 2 check digits.
pub const DIGITS: usize = 22;
/// Words in every language's list: one word names one byte.
pub const LIST_LEN: usize = 256;
/// Letters that pick a word out of its list: a person may type only these.
pub const UNIQUE_PREFIX: usize = 4;

/// Argon2id memory in KiB (64 MiB): a phone pays it once per check, a guesser once per guess.
pub const ARGON2_M_KIB: u32 = 64 * 1024;
/// Argon2id passes.
pub const ARGON2_T: u32 = 3;
/// Argon2id lanes.
pub const ARGON2_P: u32 = 1;
/// The salt's label; the hotline key's id follows it, so one precomputed table serves one key.
pub const SALT_LABEL: &[u8] = b"reach reference v1\0";
/// HKDF-Expand `info` of the status secret.
pub const STATUS_INFO: &[u8] = b"reach reference status v1";
/// HKDF-Expand `info` of the reply key's `DeriveKeyPair` input.
pub const REPLY_INFO: &[u8] = b"reach reference reply v1";

/// Why typed words or digits are not a reference.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    /// Not [`WORDS`] words.
    #[error("a reference has {WORDS} words; this has {0}")]
    WordCount(usize),
    /// The word at this position (from 1) is on no list, or its first letters fit more than one.
    #[error("word {0} is not on the word list")]
    UnknownWord(usize),
    /// Not [`DIGITS`] digits, or more than 64 bits.
    #[error("a reference has {DIGITS} digits")]
    Digits,
    /// Every word or digit is valid but the check does not match: one was mistyped or misheard.
    #[error("the reference does not check out: a word or digit is wrong")]
    Check,
    /// The language has no word list (its references are digits).
    #[error("there is no word list for this language")]
    NoWordList,
}

impl ReferenceError {
    /// How far a reading got before this error: a failed check read every word, an unknown
    /// word those before it. Of two readings that failed, the person is told of the further.
    fn reach(&self) -> usize {
        match self {
            Self::Check => WORDS + 1,
            Self::UnknownWord(n) => *n,
            _ => 0,
        }
    }
}

mod typing;
mod word_list;

pub use word_list::{WORD_LIST_LANGUAGES, WordList, word_list};

/// 64 random bits, zeroised on drop. Never stored: shown once, then derived from and dropped.
#[derive(Clone, PartialEq, Eq, Zeroize, zeroize::ZeroizeOnDrop)]
pub struct Reference([u8; 8]);

impl std::fmt::Debug for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Reference(redacted)")
    }
}

/// The two keys a reference stands for.
pub struct ReferenceKeys {
    /// Asks the hotline where the request stands (`POST /v1/status`).
    pub status: StatusSecret,
    /// Opens the hotline's replies; its public half goes inside the sealed request.
    pub reply: HotlinePrivateKey,
}

impl std::fmt::Debug for ReferenceKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReferenceKeys(redacted)")
    }
}

/// The digits of a reference copied by hand with a letter that looks like a digit in their
/// place: O or o for 0, I, l or i for 1 ("1O00 ..."), or `None` when `typed` is not that. Read
/// as digits only when nothing else alphabetic is typed and more than half of the 22 are
/// digits already, which no phrase of words is: otherwise a person told "a reference has 9
/// words" for one wrong character of 22 digits would look for words they were never given.
fn digits_with_look_alikes(typed: &str) -> Option<Zeroizing<String>> {
    let look_alike = |c: char| matches!(c, 'O' | 'o' | 'I' | 'l' | 'i');
    let mut digits = 0;
    let mut alike = 0;
    for c in typed.chars() {
        if look_alike(c) {
            alike += 1;
        } else if c.is_alphabetic() {
            return None;
        } else if reach_contract::digits::to_ascii(c).is_ascii_digit() {
            digits += 1;
        }
    }
    (alike > 0 && digits > DIGITS / 2).then(|| {
        Zeroizing::new(
            typed
                .chars()
                .map(|c| match c {
                    'O' | 'o' => '0',
                    'I' | 'l' | 'i' => '1',
                    c => c,
                })
                .collect(),
        )
    })
}

impl Reference {
    /// A fresh reference from the OS generator.
    pub fn random() -> Self {
        Self(crate::rng::array())
    }

    /// A reference with the given bits: for test vectors, never for a real request.
    #[cfg(any(test, feature = "test-support"))]
    pub fn from_bits_for_test_vector(bits: [u8; 8]) -> Self {
        Self(bits)
    }

    /// The bits, for test vectors.
    #[cfg(any(test, feature = "test-support"))]
    pub fn bits_for_test_vector(&self) -> [u8; 8] {
        self.0
    }

    fn check_byte(&self) -> u8 {
        sha256(&self.0)[0]
    }

    fn check_digits(&self) -> u16 {
        let h = sha256(&self.0);
        u16::from_be_bytes([h[0], h[1]]) % 100
    }

    /// The [`WORDS`] words in `list`'s language: one per byte, then the check word.
    pub fn words(&self, list: &WordList) -> Vec<&'static str> {
        self.0
            .iter()
            .chain(std::iter::once(&self.check_byte()))
            .map(|b| list.word(*b))
            .collect()
    }

    /// The [`DIGITS`] digits, ungrouped.
    pub fn digits(&self) -> Zeroizing<String> {
        Zeroizing::new(format!(
            "{:020}{:02}",
            u64::from_be_bytes(self.0),
            self.check_digits()
        ))
    }

    /// The reference as a person would type it back: words of `lang`'s list (or, failing that,
    /// of any list), or digits with any spaces, dots or dashes between them.
    pub fn parse(typed: &str, lang: &str) -> Result<Self, ReferenceError> {
        Self::parse_with_list(typed, lang).map(|(reference, _)| reference)
    }

    /// [`Reference::parse`], also saying which word list read it (`None`: typed as digits).
    /// The words are in the person's language, which may not be the screens' (a worker's
    /// phone, a friend's): an install can show the answers in the language they were typed in.
    /// A list may accept a close language's spellings on its lines (Indonesian's reads Malay's
    /// "salji" as its "salju"): of the lists that read the words, the one whose own spelling
    /// of them was typed most is named; on a tie, `lang`'s, then the first.
    pub fn parse_with_list(
        typed: &str,
        lang: &str,
    ) -> Result<(Self, Option<&'static str>), ReferenceError> {
        if let Some(digits) = digits_with_look_alikes(typed) {
            return Self::from_digits(&digits).map(|r| (r, None));
        }
        if typed.chars().any(char::is_alphabetic) {
            let first = word_list(lang);
            let others = WORD_LIST_LANGUAGES
                .iter()
                .filter(|l| **l != lang)
                .filter_map(|l| word_list(l));
            // When no list reads it, the error of the list that read the most of it: the
            // person's own list says which word is wrong, not another language's list.
            let mut best = ReferenceError::NoWordList;
            let lower = Zeroizing::new(typed.to_lowercase());
            let mut read: Option<(Self, &'static str, usize)> = None;
            for list in first.into_iter().chain(others) {
                match Self::from_words(typed, list) {
                    Ok(r) => {
                        let spelled = r.words(list);
                        let own = spelled.iter().filter(|w| lower.contains(*w)).count();
                        if own == spelled.len() {
                            // Every word as this list spells it: no other list can beat that.
                            return Ok((r, Some(list.lang)));
                        }
                        if read.as_ref().is_none_or(|(_, _, most)| own > *most) {
                            read = Some((r, list.lang, own));
                        }
                    }
                    Err(e)
                        if matches!(best, ReferenceError::NoWordList)
                            || e.reach() > best.reach() =>
                    {
                        best = e;
                    }
                    Err(_) => {}
                }
            }
            match read {
                Some((r, lang, _)) => Ok((r, Some(lang))),
                None => Err(best),
            }
        } else {
            Self::from_digits(typed).map(|r| (r, None))
        }
    }

    /// Words separated by spaces, commas (also Chinese, Japanese and Ethiopic ones), dashes
    /// (also the Hebrew maqaf), full stops (also Ethiopic), the Japanese middle dot or the
    /// Ethiopic word space (፡), checked against `list`. For
    /// Chinese, Japanese and Thai, written without spaces, a run typed so is cut into the
    /// list's words; for Vietnamese, whose words are two syllables, the syllables are read two
    /// at a time.
    pub fn from_words(typed: &str, list: &WordList) -> Result<Self, ReferenceError> {
        match Self::from_words_cut(typed, list, false) {
            // Burmese: a run typed in Zawgyi may also cut into Unicode words, the wrong ones
            // (the check byte then fails, or a word is not found): read as Zawgyi too, and
            // where both fail, say what the reading that went further found.
            Err(unicode) if list.reads_zawgyi() => {
                Self::from_words_cut(typed, list, true).map_err(|zawgyi| {
                    if zawgyi.reach() > unicode.reach() {
                        zawgyi
                    } else {
                        unicode
                    }
                })
            }
            read => read,
        }
    }

    /// [`Reference::from_words`], runs cut as Zawgyi only when `zawgyi_runs`.
    fn from_words_cut(
        typed: &str,
        list: &WordList,
        zawgyi_runs: bool,
    ) -> Result<Self, ReferenceError> {
        let mut words: Vec<Zeroizing<String>> = Vec::new();
        for w in typed
            .split(|c: char| {
                c.is_whitespace()
                    || matches!(
                        c,
                        ',' | '-' | '.' | '，' | '、' | '。' | '・' | '･' | '־' | '፡' | '።' | '፣'
                    )
            })
            .filter(|w| !w.is_empty())
        {
            if list.cut_runs && list.byte_of(w).is_none() {
                // Chinese, Japanese and Thai, written without spaces: the run cut into the
                // list's words; where none fits, that word is the one not on the list. A run with no letter
                // the list uses is one unknown word, as in any other list, so a phrase in
                // another language is counted, not refused at its first word.
                let cut = if zawgyi_runs {
                    list.cut_zawgyi(w)
                } else {
                    list.cut(w)
                };
                match cut {
                    Ok(cut) => words.extend(cut),
                    Err(0) if !list.shares_a_letter_with(w) => {
                        words.push(Zeroizing::new(w.to_owned()))
                    }
                    Err(read) => return Err(ReferenceError::UnknownWord(words.len() + read + 1)),
                }
            } else {
                words.push(Zeroizing::new(w.to_owned()));
            }
        }
        // Vietnamese: every word is two syllables, written apart, so the syllables are read
        // two at a time; too few or too many are counted as whole words, rounded away from 9.
        let n = list.syllables;
        if words.len() != WORDS * n {
            let count = if words.len() < WORDS * n {
                words.len() / n
            } else {
                words.len().div_ceil(n)
            };
            return Err(ReferenceError::WordCount(count));
        }
        let mut bytes = Zeroizing::new([0u8; WORDS]);
        for (i, w) in words.chunks(n).enumerate() {
            let word = Zeroizing::new(w.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" "));
            bytes[i] = list
                .byte_of(&word)
                .ok_or(ReferenceError::UnknownWord(i + 1))?;
        }
        let mut bits = [0u8; 8];
        bits.copy_from_slice(&bytes[..8]);
        let r = Self(bits);
        bits.zeroize();
        if r.check_byte() != bytes[8] {
            return Err(ReferenceError::Check);
        }
        Ok(r)
    }

    /// Digits with any spaces, dots, commas (also Arabic and Chinese ones) or dashes between
    /// them, in 0–9 or in the digits a keyboard of the person's script types instead
    /// (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Khmer, Myanmar, full-width and others).
    pub fn from_digits(typed: &str) -> Result<Self, ReferenceError> {
        let digits: Zeroizing<String> = Zeroizing::new(
            typed
                .chars()
                .filter(|c| {
                    !(c.is_whitespace()
                        || matches!(c, '-' | '.' | ',' | '،' | '٫' | '٬' | '，' | '、' | '。'))
                })
                .map(reach_contract::digits::to_ascii)
                .collect(),
        );
        if digits.len() != DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ReferenceError::Digits);
        }
        let value: u64 = digits[..20].parse().map_err(|_| ReferenceError::Digits)?;
        let check: u16 = digits[20..].parse().map_err(|_| ReferenceError::Digits)?;
        let r = Self(value.to_be_bytes());
        if r.check_digits() != check {
            return Err(ReferenceError::Check);
        }
        Ok(r)
    }

    /// The status secret and reply key of the request sealed to the hotline key `key_id`
    /// (`docs/protocol.md`): Argon2id (64 MiB, 3 passes) then HKDF-Expand and RFC 9180
    /// `DeriveKeyPair`. Takes about a second on a phone, on purpose.
    pub fn derive(&self, key_id: KeyId) -> ReferenceKeys {
        let k = self.stretch(key_id);
        let prk = hkdf::Prk::new_less_safe(hkdf::HKDF_SHA256, &k[..]);
        let expand = |info: &[u8]| {
            let mut out = Zeroizing::new([0u8; 32]);
            prk.expand(&[info], Len32)
                .and_then(|okm| okm.fill(&mut out[..]))
                .expect("32 bytes is a valid HKDF-SHA256 length");
            out
        };
        let status = StatusSecret(*expand(STATUS_INFO));
        let reply_ikm = expand(REPLY_INFO);
        let (sk, _) = <Kem as hpke::Kem>::derive_keypair(&reply_ikm[..]);
        let secret = Zeroizing::new(<[u8; 32]>::from(sk.to_bytes()));
        let reply = HotlinePrivateKey::from_bytes(*secret).expect("a derived key is valid");
        ReferenceKeys { status, reply }
    }

    /// Argon2id(bits, label || key id): the 64-byte `k` of the design.
    fn stretch(&self, key_id: KeyId) -> Zeroizing<[u8; 64]> {
        let params = argon2::Params::new(ARGON2_M_KIB, ARGON2_T, ARGON2_P, Some(64))
            .expect("valid Argon2 parameters");
        let argon =
            argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut salt = SALT_LABEL.to_vec();
        salt.extend_from_slice(&key_id.0);
        let mut k = Zeroizing::new([0u8; 64]);
        argon
            .hash_password_into(&self.0, &salt, &mut k[..])
            .expect("the salt and output lengths are valid");
        k
    }

    /// `k`, for the published test vector.
    #[cfg(any(test, feature = "test-support"))]
    pub fn stretch_for_test_vector(&self, key_id: KeyId) -> [u8; 64] {
        *self.stretch(key_id)
    }
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> &'static WordList {
        word_list("en").expect("English has a list")
    }

    #[test]
    fn the_list_that_read_the_words_is_named() {
        for _ in 0..20 {
            let r = Reference::random();
            for list in word_list::all_lists() {
                let words = r.words(list).join(" ");
                // On a phone in the words' own language: that list.
                assert_eq!(
                    Reference::parse_with_list(&words, list.lang),
                    Ok((r.clone(), Some(list.lang)))
                );
                // On a phone in another language: a list whose own words they are (the same
                // phrase may be two lists' own words, as Malay's and Indonesian's often are).
                let (read, named) = Reference::parse_with_list(&words, "ti").unwrap();
                assert_eq!(read, r);
                let named = word_list(named.expect("typed as words")).unwrap();
                assert_eq!(
                    r.words(named).join(" "),
                    words,
                    "{} read as {}",
                    list.lang,
                    named.lang
                );
            }
            assert_eq!(
                Reference::parse_with_list(&r.digits(), "es"),
                Ok((r.clone(), None))
            );
        }
        // The case the choice is for: a Malay phrase that Indonesian's list reads too (it
        // accepts Malay's spellings), typed on an English phone, is named Malay.
        let (ms, id) = (word_list("ms").unwrap(), word_list("id").unwrap());
        let r = std::iter::repeat_with(Reference::random)
            .take(100_000)
            .find(|r| {
                let words = r.words(ms).join(" ");
                words != r.words(id).join(" ") && Reference::from_words(&words, id).is_ok()
            })
            .expect("no Malay phrase in 100 000 that Indonesian's list also reads");
        assert_eq!(
            Reference::parse_with_list(&r.words(ms).join(" "), "en"),
            Ok((r.clone(), Some("ms")))
        );
        assert_eq!(
            Reference::parse_with_list(&r.words(id).join(" "), "ms"),
            Ok((r, Some("id")))
        );
    }

    #[test]
    fn words_and_digits_round_trip() {
        for _ in 0..200 {
            let r = Reference::random();
            for list in word_list::all_lists() {
                let words = r.words(list).join(" ");
                assert_eq!(Reference::parse(&words, list.lang), Ok(r.clone()));
                // Typed on a phone set to another language, or in capitals: still read.
                assert_eq!(Reference::parse(&words.to_uppercase(), "ti"), Ok(r.clone()));
                assert_eq!(Reference::parse(&words, "en"), Ok(r.clone()));
            }
            let digits = r.digits();
            assert_eq!(digits.len(), DIGITS);
            let grouped: String = digits
                .as_bytes()
                .chunks(4)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(Reference::parse(&grouped, "ti"), Ok(r.clone()));
        }
        let r = Reference::from_bits_for_test_vector([0xff; 8]);
        assert!(r.digits().starts_with("18446744073709551615"));
        let r = Reference::from_bits_for_test_vector([0; 8]);
        assert!(r.digits().starts_with("00000000000000000000"));
    }

    /// Chinese is written without spaces, with its own commas, and in Simplified or
    /// Traditional characters: a phrase typed any of these ways reads, on a phone in any
    /// language; a run one character short is refused, and one whose first character is on no
    /// word says so (the first word).
    #[test]
    fn a_chinese_phrase_typed_without_spaces_or_in_traditional_characters_reads() {
        let zh = word_list("zh-Hans").expect("Chinese has a list");
        let traditional: Vec<_> = zh
            .accepted()
            .filter(|(w, _)| !zh.words().contains(w))
            .collect();
        assert!(traditional.len() >= 100, "{}", traditional.len());
        for (w, byte) in &traditional {
            assert_eq!(zh.byte_of(w), Some(*byte), "{w}");
        }
        // The Traditional spelling of each word, where it has one.
        let to_traditional = |w: &str| {
            let byte = zh.byte_of(w).unwrap();
            traditional
                .iter()
                .find(|(_, b)| *b == byte)
                .map_or(w.to_owned(), |(t, _)| (*t).to_owned())
        };
        for _ in 0..50 {
            let r = Reference::random();
            let words = r.words(zh);
            assert_eq!(Reference::parse(&words.concat(), "zh-Hans"), Ok(r.clone()));
            assert_eq!(Reference::parse(&words.join("、"), "en"), Ok(r.clone()));
            assert_eq!(Reference::parse(&words.join("，"), "ar"), Ok(r.clone()));
            let trad: Vec<String> = words.iter().map(|w| to_traditional(w)).collect();
            assert_eq!(Reference::parse(&trad.concat(), "en"), Ok(r.clone()));
            // Spaces between some words only: each run is still cut into its words.
            let mixed = format!("{} {}", words[..4].concat(), words[4..].concat());
            assert_eq!(Reference::parse(&mixed, "en"), Ok(r.clone()));
            // One character missing: the phrase is refused.
            let short = words.concat().chars().skip(1).collect::<String>();
            assert!(Reference::parse(&short, "zh-Hans").is_err());
            // A first character on no word of the list: the first word is named.
            let wrong_first = format!("龘{}", words.concat().chars().skip(1).collect::<String>());
            assert_eq!(
                Reference::parse(&wrong_first, "zh-Hans"),
                Err(ReferenceError::UnknownWord(1))
            );
        }
    }

    /// Digits copied by hand with a letter for a look-alike digit (O for 0, l or I for 1)
    /// read as those digits, and are still checked; a phrase of words is never read so, and a
    /// few digits among letters stay a (wrong) phrase.
    #[test]
    fn digits_copied_with_a_letter_for_a_look_alike_digit_read() {
        let r = std::iter::repeat_with(Reference::random)
            .find(|r| r.digits().contains('0') && r.digits().contains('1'))
            .unwrap();
        let digits = r.digits();
        for (from, to) in [('0', 'O'), ('0', 'o'), ('1', 'l'), ('1', 'I'), ('1', 'i')] {
            let typed: String = digits.replacen(from, &to.to_string(), 1);
            assert_ne!(typed.as_str(), digits.as_str());
            assert_eq!(
                Reference::parse_with_list(&typed, "en"),
                Ok((r.clone(), None)),
                "{typed}"
            );
        }
        let grouped: String = digits.replace('0', "O").replace('1', "l");
        let grouped = grouped
            .as_bytes()
            .chunks(4)
            .map(|g| std::str::from_utf8(g).unwrap())
            .collect::<Vec<_>>()
            .join(" ");
        if grouped.chars().filter(char::is_ascii_digit).count() > DIGITS / 2 {
            assert_eq!(Reference::parse(&grouped, "en"), Ok(r.clone()), "{grouped}");
        }
        // Still checked: a wrong digit beside a look-alike is caught as a wrong digit. The
        // 20th digit is changed (not the first: a 9 there is more than 2^64 - 1) to one that
        // the check digits catch (about 1 in 100 would pass them).
        let wrong = ('0'..='9')
            .map(|d| {
                let mut w: Vec<char> = digits.chars().collect();
                w[19] = d;
                w.into_iter().collect::<String>()
            })
            .find(|w| Reference::from_digits(w) == Err(ReferenceError::Check))
            .unwrap();
        let wrong = wrong.replacen('0', "O", 1).replacen('1', "l", 1);
        assert_eq!(
            Reference::parse(&wrong, "en"),
            Err(ReferenceError::Check),
            "{wrong}"
        );
        // Too few digits for a reference, or another letter: read as words as before.
        assert_eq!(
            Reference::parse("1O2 oil", "en"),
            Reference::from_words("1O2 oil", en())
        );
        assert!(digits_with_look_alikes(&digits.replacen('0', "X", 1)).is_none());
        assert!(
            digits_with_look_alikes(&digits).is_none(),
            "plain digits: no change"
        );
    }

    /// A person reads the digits off the screen and types them on their own keyboard, which
    /// may give its script's digits rather than 0–9, and its own commas between groups.
    #[test]
    fn digits_typed_in_a_keyboards_own_digits_read() {
        for zero in reach_contract::digits::ZEROS {
            let native = |ascii: &str| -> String {
                ascii
                    .chars()
                    .map(|c| match c.to_digit(10) {
                        Some(d) => char::from_u32(zero + d).unwrap(),
                        None => c,
                    })
                    .collect()
            };
            for _ in 0..10 {
                let r = Reference::random();
                let digits = r.digits();
                let grouped = digits
                    .as_bytes()
                    .chunks(4)
                    .map(|g| std::str::from_utf8(g).unwrap())
                    .collect::<Vec<_>>()
                    .join("، ");
                let typed = native(&grouped);
                assert!(!typed.is_ascii(), "{zero:x}");
                assert_eq!(Reference::parse(&typed, "ar"), Ok(r.clone()), "{zero:x}");
                assert_eq!(Reference::parse(&typed, "en"), Ok(r), "{zero:x}");
            }
        }
        // Still exactly 22 digits, and still checked: one native digit changed is caught.
        let r = Reference::random();
        let mut typed: Vec<char> = r
            .digits()
            .chars()
            .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap()).unwrap())
            .collect();
        typed[21] = if typed[21] == '٩' {
            '٠'
        } else {
            char::from_u32(u32::from(typed[21]) + 1).unwrap()
        };
        let typed: String = typed.into_iter().collect();
        assert!(matches!(
            Reference::parse(&typed, "ar"),
            Err(ReferenceError::Check)
        ));
        assert_eq!(
            Reference::parse(&typed[..typed.len() - 2], "ar"),
            Err(ReferenceError::Digits)
        );
    }

    #[test]
    fn a_wrong_word_or_digit_is_caught_by_the_check() {
        let r = Reference::from_bits_for_test_vector(*b"\x01\x23\x45\x67\x89\xab\xcd\xef");
        let words = r.words(en());
        let mut caught = 0;
        for pos in 0..WORDS {
            for b in 0..=255u8 {
                let mut w = words.clone();
                if w[pos] == en().word(b) {
                    continue;
                }
                w[pos] = en().word(b);
                match Reference::from_words(&w.join(" "), en()) {
                    Err(ReferenceError::Check) => caught += 1,
                    Ok(_) => {}
                    Err(e) => panic!("{e}"),
                }
            }
        }
        // One changed word passes the 8-bit check only when the check word happens to match
        // again: at most 1 in 256 of the 9 × 255 changes, never a change of the check word.
        assert!(caught >= 9 * 255 - 9 * 255 / 128, "only {caught} caught");

        let digits = r.digits();
        for pos in 0..DIGITS {
            let mut d = digits.as_bytes().to_vec();
            d[pos] = if d[pos] == b'9' { b'0' } else { d[pos] + 1 };
            let typed = String::from_utf8(d).unwrap();
            assert!(
                matches!(
                    Reference::from_digits(&typed),
                    Err(ReferenceError::Check | ReferenceError::Digits)
                ),
                "digit {pos} changed and not caught"
            );
        }
    }

    #[test]
    fn malformed_references_get_their_own_error() {
        let r = Reference::random();
        let words = r.words(en());
        assert_eq!(
            Reference::parse(&words[..8].join(" "), "en"),
            Err(ReferenceError::WordCount(8))
        );
        let mut w = words.clone();
        w[2] = "zebrafish";
        assert_eq!(
            Reference::parse(&w.join(" "), "en"),
            Err(ReferenceError::UnknownWord(3))
        );
        // A Spanish phrase with one wrong word, typed on a phone in English: the error names
        // that word, as Spanish's list reads it (English's stops at the first word).
        let mut w = r.words(word_list("es").unwrap());
        w[5] = "zebrafish";
        assert_eq!(
            Reference::parse(&w.join(" "), "en"),
            Err(ReferenceError::UnknownWord(6))
        );
        assert_eq!(Reference::parse("1234", "en"), Err(ReferenceError::Digits));
        assert_eq!(
            Reference::parse("99999999999999999999 00", "en"),
            Err(ReferenceError::Digits),
            "over 64 bits"
        );
        assert_eq!(Reference::parse("", "en"), Err(ReferenceError::Digits));
        assert!(word_list("de").is_none());
        // A regional locale reads its language's list; a language with none (every locale has
        // one today; a locale added before its list would not) stays digits.
        assert_eq!(word_list("fa-AF").map(|l| l.lang), Some("fa"));
        assert_eq!(word_list("pt-BR").map(|l| l.lang), Some("pt"));
        assert_eq!(word_list("zh-Hans").map(|l| l.lang), Some("zh-Hans"));
        assert!(word_list("nl-BE").is_none());
        assert!(word_list("").is_none());
    }

    #[test]
    fn derivation_is_deterministic_and_bound_to_the_hotline_key() {
        let r = Reference::from_bits_for_test_vector([7; 8]);
        let a = r.derive(KeyId([1; 8]));
        let b = r.derive(KeyId([1; 8]));
        let c = r.derive(KeyId([2; 8]));
        assert_eq!(a.status, b.status);
        assert_eq!(a.reply.public_key(), b.reply.public_key());
        assert_ne!(a.status, c.status);
        assert_ne!(a.reply.public_key(), c.reply.public_key());
        assert_ne!(&a.status.0, a.reply.secret_bytes());
        assert_eq!(
            format!("{r:?} {a:?}"),
            "Reference(redacted) ReferenceKeys(redacted)"
        );
    }
}
