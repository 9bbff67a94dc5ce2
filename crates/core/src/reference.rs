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

use std::sync::OnceLock;

use hpke::Serializable as _;
use hpke::kem::X25519HkdfSha256 as Kem;
use icu_normalizer::ComposingNormalizerBorrowed;
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

/// `(lang, the text of reference/<lang>.txt)` for each language named, the language spelled
/// once so a line can never pair one language with another's file.
macro_rules! list_files {
    ($($lang:literal),+ $(,)?) => {
        [$(($lang, include_str!(concat!("reference/", $lang, ".txt")))),+]
    };
}

/// Every word list file, by language, English first: a new list is one name here (and its
/// file); [`WORD_LIST_LANGUAGES`] and [`word_list`] follow from it.
const LIST_FILES: &[(&str, &str)] = &list_files![
    "en", "ar", "bg", "es", "fa", "fr", "hi", "id", "ko", "pcm", "pl", "pt", "ro", "ru", "sw",
    "tg", "tl", "tr", "uk", "ur", "uz", "zh-Hans",
];

/// The languages with a word list ([`word_list`]), English first.
pub const WORD_LIST_LANGUAGES: &[&str] = &{
    let mut langs = [""; LIST_FILES.len()];
    let mut i = 0;
    while i < LIST_FILES.len() {
        langs[i] = LIST_FILES[i].0;
        i += 1;
    }
    langs
};

/// A language's list of [`LIST_LEN`] words: word `i` names the byte `i`.
///
/// A list file has one line a byte: the word shown, then any other spellings accepted for it:
/// words it replaced (they stay accepted, because people carry references made with them; lines
/// are never reordered) and, for Chinese, its Traditional forms. A comment line
/// `# machine-drafted: …` marks a list no native speaker has reviewed yet, like a
/// machine-drafted locale.
#[derive(Debug)]
pub struct WordList {
    /// The locale code (`locales/<code>`).
    pub lang: &'static str,
    words: Vec<&'static str>,
    /// Other spellings, still accepted when typed: (word, the byte it names).
    retired: Vec<(&'static str, u8)>,
    /// Every accepted word as [`keyboard_form`] gives it, with its byte: what a typed word is
    /// compared with.
    keys: Vec<(String, u8)>,
    /// Every word is two Han characters (Chinese): a phrase typed without spaces, as Chinese
    /// is written, is read two characters a word.
    unspaced: bool,
    machine_drafted: bool,
}

/// A Han character (CJK Unified Ideographs, Extension A, Compatibility Ideographs).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// A word as any keyboard for its script writes it, so that what a person types is compared
/// letter for letter.
/// - Arabic script, what writers and keyboards commonly vary: vowel marks and the tatweel
///   dropped, hamza on alef (أ إ آ ٱ) as bare alef, ta marbuta (ة) as ha, alef maqsura (ى) and
///   the Persian keyboard's yeh (ی) as ya, its keheh (ک) as kaf; Urdu's heh goal (ہ, ۂ) and
///   do-chashmi heh (ھ) as ha, its yeh barree (ے) as ya, its noon ghunna (ں) as noon.
/// - Tajik, often typed on a Russian keyboard: ғ қ ҳ ҷ ӣ ӯ as г к х ч и у.
/// - Devanagari: the nukta dropped (ज़ as ज; NFKC has already split the precomposed ones), the
///   chandrabindu as an anusvara (चाँद as चांद).
///
/// Other letters are left as they are (case and Unicode forms are handled before, in
/// [`WordList::byte_of`]).
fn keyboard_form(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' | '\u{93c}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' | 'ی' => 'ي',
            'ک' => 'ك',
            'ہ' | 'ۂ' | 'ھ' => 'ه',
            'ے' => 'ي',
            'ں' => 'ن',
            'ғ' => 'г',
            'қ' => 'к',
            'ҳ' => 'х',
            'ҷ' => 'ч',
            'ӣ' => 'и',
            'ӯ' => 'у',
            '\u{901}' => '\u{902}',
            c => c,
        })
        .collect()
}

impl WordList {
    fn parse(lang: &'static str, text: &'static str) -> Self {
        let mut words = Vec::with_capacity(LIST_LEN);
        let mut retired = Vec::new();
        let mut machine_drafted = false;
        for line in text.lines().map(str::trim) {
            if let Some(comment) = line.strip_prefix('#') {
                machine_drafted |= comment.trim_start().starts_with("machine-drafted:");
                continue;
            }
            let mut tokens = line.split_whitespace();
            let Some(word) = tokens.next() else { continue };
            let byte = u8::try_from(words.len())
                .unwrap_or_else(|_| panic!("{lang}: more than {LIST_LEN} words"));
            words.push(word);
            retired.extend(tokens.map(|old| (old, byte)));
        }
        assert_eq!(words.len(), LIST_LEN, "{lang}: word list length");
        let unspaced = words
            .iter()
            .all(|w| w.chars().count() == 2 && w.chars().all(is_han));
        let mut list = Self {
            lang,
            words,
            retired,
            keys: Vec::new(),
            unspaced,
            machine_drafted,
        };
        list.keys = list
            .accepted()
            .map(|(w, b)| (keyboard_form(w), b))
            .collect();
        list
    }

    /// Whether no native speaker has reviewed this list yet (the file says so). The app shows
    /// its words all the same, with the digits beside them, as it shows a machine-drafted
    /// locale's text.
    pub fn machine_drafted(&self) -> bool {
        self.machine_drafted
    }

    /// Every word a person may type, shown or replaced, with the byte it names.
    fn accepted(&self) -> impl Iterator<Item = (&'static str, u8)> + '_ {
        self.words
            .iter()
            .zip(0..=u8::MAX)
            .map(|(w, b)| (*w, b))
            .chain(self.retired.iter().copied())
    }

    /// The word naming `byte`.
    pub fn word(&self, byte: u8) -> &'static str {
        self.words[usize::from(byte)]
    }

    /// Every word, in byte order.
    pub fn words(&self) -> &[&'static str] {
        &self.words
    }

    /// The byte a typed word names: the word itself, or its first [`UNIQUE_PREFIX`] or more
    /// letters when they fit exactly one word. Case and surrounding spaces are ignored. What
    /// a keyboard may send for the same letters reads the same (NFKC): й typed as и and a
    /// combining breve, full-width Latin letters from a CJK input method, Arabic presentation
    /// forms, Hangul as separate jamo. So do the letters writers and keyboards vary
    /// (`keyboard_form`: Arabic-script variants, Tajik on a Russian keyboard, the Devanagari
    /// nukta). A Turkish keyboard's capital İ reads as i: Unicode lowercases it to i and a
    /// combining dot, which no list's word holds.
    pub fn byte_of(&self, typed: &str) -> Option<u8> {
        let typed = keyboard_form(
            &ComposingNormalizerBorrowed::new_nfkc()
                .normalize(typed.trim())
                .to_lowercase()
                .replace('\u{307}', ""),
        );
        if let Some((_, b)) = self.keys.iter().find(|(w, _)| *w == typed) {
            return Some(*b);
        }
        if typed.chars().count() < UNIQUE_PREFIX {
            return None;
        }
        // A replaced word and its replacement may share their first letters: one byte still.
        let mut hits = self
            .keys
            .iter()
            .filter(|(w, _)| w.starts_with(&typed))
            .map(|(_, b)| *b);
        let first = hits.next()?;
        hits.all(|b| b == first).then_some(first)
    }
}

/// The word list of `lang`, if it has one ([`WORD_LIST_LANGUAGES`]), or else of its language
/// without the region (Dari, `fa-AF`, reads the Persian list); every other language uses
/// digits. English was reviewed; Arabic, Bulgarian, Spanish, Persian, French, Hindi,
/// Indonesian, Korean, Nigerian Pidgin, Polish, Portuguese, Romanian, Russian, Swahili, Tajik,
/// Tagalog, Turkish, Ukrainian, Urdu, Uzbek and Chinese (Simplified) are machine-drafted
/// ([`WordList::machine_drafted`]). A list holds short, concrete, calm words that are told
/// apart when heard and typed with no mark its keyboard lacks (a–z, or the letters of the
/// language's own keyboard), none of which reads in another list, so a phrase reads in one
/// list only. All lists are parsed together on first use: [`Reference::parse`] may try every
/// one of them anyway.
pub fn word_list(lang: &str) -> Option<&'static WordList> {
    static LISTS: OnceLock<Vec<WordList>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        LIST_FILES
            .iter()
            .map(|&(lang, text)| WordList::parse(lang, text))
            .collect()
    });
    let language = lang.split(['-', '_']).next().unwrap_or(lang);
    lists
        .iter()
        .find(|list| list.lang == lang)
        .or_else(|| lists.iter().find(|list| list.lang == language))
}

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
        if typed.chars().any(char::is_alphabetic) {
            let first = word_list(lang);
            let others = WORD_LIST_LANGUAGES
                .iter()
                .filter(|l| **l != lang)
                .filter_map(|l| word_list(l));
            // When no list reads it, the error of the list that read the most of it: the
            // person's own list says which word is wrong, not another language's list.
            let reach = |e: &ReferenceError| match e {
                ReferenceError::Check => WORDS + 1,
                ReferenceError::UnknownWord(n) => *n,
                _ => 0,
            };
            let mut best = ReferenceError::NoWordList;
            for list in first.into_iter().chain(others) {
                match Self::from_words(typed, list) {
                    Ok(r) => return Ok(r),
                    Err(e)
                        if matches!(best, ReferenceError::NoWordList)
                            || reach(&e) > reach(&best) =>
                    {
                        best = e;
                    }
                    Err(_) => {}
                }
            }
            Err(best)
        } else {
            Self::from_digits(typed)
        }
    }

    /// Words separated by spaces, commas (also Chinese ones), dashes or full stops, checked
    /// against `list`. For Chinese, a run of characters typed without spaces is read two
    /// characters a word.
    pub fn from_words(typed: &str, list: &WordList) -> Result<Self, ReferenceError> {
        let words: Vec<&str> = typed
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '.' | '，' | '、' | '。'))
            .filter(|w| !w.is_empty())
            .flat_map(|w| {
                let chars: Vec<(usize, char)> = w.char_indices().collect();
                let pairs = list.unspaced
                    && chars.len() > 2
                    && chars.len().is_multiple_of(2)
                    && chars.iter().all(|(_, c)| is_han(*c));
                let cuts: Vec<usize> = if pairs {
                    chars.iter().step_by(2).map(|(i, _)| *i).collect()
                } else {
                    vec![0]
                };
                cuts.iter()
                    .zip(cuts.iter().skip(1).chain(std::iter::once(&w.len())))
                    .map(|(a, b)| &w[*a..*b])
                    .collect::<Vec<_>>()
            })
            .collect();
        if words.len() != WORDS {
            return Err(ReferenceError::WordCount(words.len()));
        }
        let mut bytes = Zeroizing::new([0u8; WORDS]);
        for (i, w) in words.iter().enumerate() {
            bytes[i] = list.byte_of(w).ok_or(ReferenceError::UnknownWord(i + 1))?;
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

    fn lists() -> Vec<&'static WordList> {
        WORD_LIST_LANGUAGES
            .iter()
            .map(|l| word_list(l).expect("a listed language has a list"))
            .collect()
    }

    /// The letters a list's words may hold: those of the language's own keyboard that need
    /// no mark or dead key. Latin lists: plain a–z, typed on any keyboard. Russian: no ё (often
    /// typed as е). Ukrainian: no ґ (missing from some layouts) and no apostrophe. Arabic: no
    /// vowel marks.
    fn alphabet(lang: &str) -> &'static str {
        match lang {
            "ru" => "абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "uk" => "абвгдеєжзиіїйклмнопрстуфхцчшщьюя",
            // The 28 letters, with the hamza on alef, ta marbuta and alef maqsura that
            // `keyboard_form` reads as their common variants; no ء ؤ ئ, which it does not.
            "ar" => "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآةى",
            "bg" => "абвгдежзийклмнопрстуфхцчшщъьюя",
            // Tajik's own letters, as its keyboard has them; no ё.
            "tg" => "абвгғдежзиӣйкқлмнопрстуӯфхҳчҷшъэюя",
            // Persian's own letters (پ چ ژ گ, and ی ک as it writes them), and آ.
            "fa" => "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ",
            // Urdu's own letters (ٹ ڈ ڑ ں ہ ھ ے, and ی ک as it writes them), and آ.
            "ur" => "اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھیے",
            // Devanagari's letters, vowel signs, virama, anusvara, chandrabindu and nukta (the
            // last two read as `keyboard_form` says), and the ऑ of English loans.
            "hi" => "ँंःअआइईउऊऋएऐओऔऑकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह़ािीुूृेैोौॉ्",
            _ => "abcdefghijklmnopqrstuvwxyz",
        }
    }

    /// A list word is at least 3 letters of [`alphabet`]; a Chinese one is two Han characters
    /// (Traditional ones included, for the Traditional spellings a line accepts); a Korean one
    /// is two or more Hangul syllables.
    fn spelled_for_its_keyboard(lang: &str, w: &str) -> bool {
        if lang == "zh-Hans" {
            return w.chars().count() == 2 && w.chars().all(is_han);
        }
        if lang == "ko" {
            return w.chars().count() >= 2 && w.chars().all(|c| ('가'..='힣').contains(&c));
        }
        w.chars().count() >= 3 && w.chars().all(|c| alphabet(lang).contains(c))
    }

    /// A word as another Cyrillic keyboard would type it: і and ї as и, є as е on a Russian or
    /// Bulgarian one; ы as и, э as е on a Ukrainian or Bulgarian one; Tajik's own letters as
    /// `keyboard_form` reads them. All land on the same letters.
    fn keyboard_fold(w: &str) -> String {
        keyboard_form(w)
            .chars()
            .map(|c| match c {
                'і' | 'ї' | 'ы' => 'и',
                'є' | 'э' => 'е',
                c => c,
            })
            .collect()
    }

    #[test]
    fn every_list_is_256_distinct_words_each_picked_by_its_first_letters() {
        for list in lists() {
            let lang = list.lang;
            assert_eq!(list.words().len(), LIST_LEN, "{lang}");
            for (i, w) in list.words().iter().enumerate() {
                // The letters of the language's keyboard, with no mark to get wrong.
                assert!(spelled_for_its_keyboard(lang, w), "{lang}: {w:?}");
                assert_eq!(list.byte_of(w), u8::try_from(i).ok(), "{lang}: {w}");
                assert_eq!(
                    list.byte_of(&w.to_uppercase()),
                    u8::try_from(i).ok(),
                    "{lang}: {w}"
                );
                // The first letters of the form a word is compared in (a Hindi nukta is not
                // one of them).
                let prefix: String = keyboard_form(w).chars().take(UNIQUE_PREFIX).collect();
                assert_eq!(
                    list.byte_of(&prefix),
                    u8::try_from(i).ok(),
                    "{lang}: prefix of {w}"
                );
                for other in list.words() {
                    assert!(
                        other == w || !keyboard_form(other).starts_with(&keyboard_form(w)),
                        "{lang}: {w} starts {other}"
                    );
                }
            }
            // A replaced word still names its byte, and so do its first letters: it may share
            // them with its replacement, never with another byte's word.
            for (w, b) in list.accepted() {
                assert!(spelled_for_its_keyboard(lang, w), "{lang}: {w:?}");
                assert_eq!(list.byte_of(w), Some(b), "{lang}: {w}");
                let prefix: String = keyboard_form(w).chars().take(UNIQUE_PREFIX).collect();
                assert_eq!(list.byte_of(&prefix), Some(b), "{lang}: prefix of {w}");
            }
            assert_eq!(list.byte_of("zzzz"), None, "{lang}");
            assert_eq!(list.byte_of(""), None, "{lang}");
        }
    }

    #[test]
    fn no_word_reads_in_two_lists() {
        // A phrase is read in the screens' language's list first, then in the others: no word
        // of one list may name a byte in another, or a phrase could read in the wrong one.
        for a in lists() {
            for b in lists().into_iter().filter(|b| b.lang != a.lang) {
                for (w, _) in a.accepted() {
                    assert_eq!(b.byte_of(w), None, "{} {w} reads in {}", a.lang, b.lang);
                }
            }
        }
    }

    #[test]
    fn no_cyrillic_word_reads_in_another_list_when_typed_on_its_keyboard() {
        // A Ukrainian phrase typed on a Russian keyboard (or any other pair of the Cyrillic
        // lists) must not read, word by word, in the other language's list: compared with the
        // letters both keyboards have (`keyboard_fold`), by the rule `byte_of` reads with.
        let cyrillic: Vec<_> = lists()
            .into_iter()
            .filter(|l| {
                l.words()[0]
                    .chars()
                    .all(|c| ('\u{400}'..='\u{4ff}').contains(&c))
            })
            .collect();
        assert!(cyrillic.len() >= 3, "the test must see the Cyrillic lists");
        for a in &cyrillic {
            for b in cyrillic.iter().filter(|b| b.lang != a.lang) {
                for (w, _) in a.accepted() {
                    let w = keyboard_fold(w);
                    for (v, _) in b.accepted() {
                        let v = keyboard_fold(v);
                        assert!(
                            w != v && !(w.chars().count() >= UNIQUE_PREFIX && v.starts_with(&w)),
                            "{} {w} reads in {} as {v}",
                            a.lang,
                            b.lang
                        );
                    }
                }
            }
        }
    }

    /// A Korean keyboard composes jamo into syllables, but a phrase may arrive as separate jamo
    /// (NFD, as some systems store text): it still reads, in any screens' language.
    #[test]
    fn a_korean_phrase_typed_in_separate_jamo_reads() {
        let ko = word_list("ko").expect("Korean has a list");
        let decomposed = |w: &str| -> String {
            // Each syllable as its leading consonant, vowel and optional trailing consonant
            // (Unicode's arithmetic for Hangul, §3.12).
            w.chars()
                .flat_map(|c| {
                    let Some(s) = u32::from(c).checked_sub(0xAC00).filter(|s| *s < 11172) else {
                        return vec![c];
                    };
                    let (l, v, t) = (s / 588, (s % 588) / 28, s % 28);
                    let mut jamo = vec![
                        char::from_u32(0x1100 + l).unwrap(),
                        char::from_u32(0x1161 + v).unwrap(),
                    ];
                    if t > 0 {
                        jamo.push(char::from_u32(0x11A7 + t).unwrap());
                    }
                    jamo
                })
                .collect()
        };
        for w in ko.words() {
            let typed = decomposed(w);
            assert_ne!(&typed, w);
            assert_eq!(ko.byte_of(&typed), ko.byte_of(w), "{w}");
        }
        for _ in 0..20 {
            let r = Reference::random();
            let typed = decomposed(&r.words(ko).join(" "));
            assert_eq!(Reference::parse(&typed, "en"), Ok(r.clone()));
            assert_eq!(Reference::parse(&typed, "ko"), Ok(r));
        }
    }

    /// Chinese is written without spaces, with its own commas, and in Simplified or
    /// Traditional characters: a phrase typed any of these ways reads, on a phone in any
    /// language; an odd run of characters is not cut into words.
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
            // Spaces between some words only: each run is still read two characters a word.
            let mixed = format!("{} {}", words[..4].concat(), words[4..].concat());
            assert_eq!(Reference::parse(&mixed, "en"), Ok(r.clone()));
            // One character missing: the run is odd and not cut; the phrase is refused.
            let short = words.concat().chars().skip(1).collect::<String>();
            assert!(Reference::parse(&short, "zh-Hans").is_err());
        }
    }

    /// A Hindi word typed without its nukta, with an anusvara for its chandrabindu, or with a
    /// precomposed nukta letter (क़ as one code point) still reads as that word.
    #[test]
    fn a_hindi_word_typed_in_its_common_variants_still_reads() {
        let hi = word_list("hi").expect("Hindi has a list");
        let plain = |w: &str| w.replace('\u{93c}', "").replace('\u{901}', "\u{902}");
        // ज़ (ज and a nukta) as the single code point U+095B, and so on for the others.
        let precomposed = |w: &str| {
            [
                ("\u{915}\u{93c}", "\u{958}"),
                ("\u{916}\u{93c}", "\u{959}"),
                ("\u{917}\u{93c}", "\u{95a}"),
                ("\u{91c}\u{93c}", "\u{95b}"),
                ("\u{921}\u{93c}", "\u{95c}"),
                ("\u{922}\u{93c}", "\u{95d}"),
                ("\u{92b}\u{93c}", "\u{95e}"),
            ]
            .iter()
            .fold(w.to_owned(), |t, (pair, one)| t.replace(pair, one))
        };
        let (mut plained, mut composed) = (0, 0);
        for w in hi.words() {
            let byte = hi.byte_of(w);
            assert!(byte.is_some(), "{w}");
            plained += usize::from(plain(w) != *w);
            composed += usize::from(precomposed(w) != *w);
            for typed in [plain(w), precomposed(w)] {
                assert_eq!(hi.byte_of(&typed), byte, "{w} typed as {typed}");
            }
        }
        assert!(plained >= 20 && composed >= 10, "{plained} {composed}");
        for _ in 0..20 {
            let r = Reference::random();
            let phrase = r.words(hi).join(" ");
            assert_eq!(Reference::parse(&plain(&phrase), "en"), Ok(r.clone()));
            assert_eq!(Reference::parse(&precomposed(&phrase), "hi"), Ok(r));
        }
    }

    /// A Tajik phrase typed on a Russian keyboard (no ғ қ ҳ ҷ ӣ ӯ) still reads, on a phone in
    /// any language.
    #[test]
    fn a_tajik_word_typed_on_a_russian_keyboard_still_reads() {
        let tg = word_list("tg").expect("Tajik has a list");
        // What a person types for each Tajik letter on a Russian keyboard (stated here on its
        // own, not through `keyboard_form`, so the test holds the reading to it).
        let russian_keys = |w: &str| -> String {
            [
                ('ғ', "г"),
                ('қ', "к"),
                ('ҳ', "х"),
                ('ҷ', "ч"),
                ('ӣ', "и"),
                ('ӯ', "у"),
            ]
            .iter()
            .fold(w.to_owned(), |typed, (tajik, russian)| {
                typed.replace(*tajik, russian)
            })
        };
        let mut changed = 0;
        for w in tg.words() {
            let typed = russian_keys(w);
            changed += usize::from(typed != *w);
            assert_eq!(tg.byte_of(&typed), tg.byte_of(w), "{w} typed as {typed}");
            assert!(tg.byte_of(&typed).is_some(), "{w}");
        }
        assert!(
            changed >= 50,
            "the test must see Tajik letters; saw {changed}"
        );
        for _ in 0..20 {
            let r = Reference::random();
            let typed = russian_keys(&r.words(tg).join(" ")).to_uppercase();
            assert_eq!(Reference::parse(&typed, "ru"), Ok(r.clone()));
            assert_eq!(Reference::parse(&typed, "tg"), Ok(r));
        }
    }

    /// Keyboards may send the same letters in other code points: й as и and a combining
    /// breve, ї as і and a diaeresis, Latin letters full-width from a CJK input method.
    #[test]
    fn a_word_typed_decomposed_or_full_width_still_reads() {
        let decompose = |w: &str| -> String {
            w.chars()
                .flat_map(|c| match c {
                    'й' => vec!['и', '\u{306}'],
                    'ї' => vec!['і', '\u{308}'],
                    c => vec![c],
                })
                .collect()
        };
        let mut seen = 0;
        for lang in ["ru", "uk"] {
            let list = word_list(lang).expect("a Cyrillic list");
            for w in list.words().iter().filter(|w| w.contains(['й', 'ї'])) {
                let typed = decompose(w);
                assert_ne!(&typed, w);
                assert_eq!(list.byte_of(&typed), list.byte_of(w), "{lang}: {w}");
                assert!(list.byte_of(&typed).is_some(), "{lang}: {w}");
                seen += 1;
            }
        }
        assert!(seen >= 5, "the test must see words with й or ї; saw {seen}");
        let full_width = |w: &str| -> String {
            w.chars()
                .map(|c| match c {
                    'a'..='z' => char::from_u32(u32::from(c) - u32::from('a') + 0xFF41).unwrap(),
                    ' ' => '\u{3000}',
                    c => c,
                })
                .collect()
        };
        for _ in 0..20 {
            let r = Reference::random();
            let typed = full_width(&r.words(en()).join(" "));
            assert!(!typed.is_ascii());
            assert_eq!(Reference::parse(&typed, "zh-Hans"), Ok(r.clone()));
            let ru = word_list("ru").unwrap();
            let typed = decompose(&r.words(ru).join(" ")).to_uppercase();
            assert_eq!(Reference::parse(&typed, "en"), Ok(r));
        }
    }

    #[test]
    fn drafted_lists_say_so() {
        assert!(!en().machine_drafted(), "English was reviewed");
        for lang in [
            "ar", "bg", "es", "fa", "fr", "hi", "id", "ko", "pcm", "pl", "pt", "ro", "ru", "sw",
            "tg", "tl", "tr", "uk", "ur", "uz", "zh-Hans",
        ] {
            assert!(word_list(lang).unwrap().machine_drafted(), "{lang}");
        }
    }

    #[test]
    fn a_replaced_word_is_still_accepted() {
        let mut text = String::from("# machine-drafted: test\n");
        for i in 0..LIST_LEN {
            text.push_str(&format!("w{i:03}x\n"));
        }
        // Byte 7's word was replaced: "sevenfold" is shown, "w007x" still read.
        let text = text.replace("w007x\n", "sevenfold w007x\n");
        let list = WordList::parse("xx", Box::leak(text.into_boxed_str()));
        assert!(list.machine_drafted());
        assert_eq!(list.word(7), "sevenfold");
        assert_eq!(list.byte_of("sevenfold"), Some(7));
        assert_eq!(list.byte_of("w007x"), Some(7));
        assert_eq!(list.byte_of("seve"), Some(7));
        assert_eq!(list.byte_of("w008x"), Some(8));
        // "w00" is shorter than UNIQUE_PREFIX; "w007" names one byte even with two words.
        assert_eq!(list.byte_of("w007"), Some(7));
        assert_eq!(list.byte_of("w00"), None);
    }

    #[test]
    fn words_and_digits_round_trip() {
        for _ in 0..200 {
            let r = Reference::random();
            for list in lists() {
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

    /// A Turkish keyboard capitalises i as İ (U+0130), which Unicode lowercases to two
    /// characters; a phrase typed in such capitals must still read.
    #[test]
    fn a_turkish_capital_dotted_i_reads_as_i() {
        let tr = word_list("tr").expect("Turkish has a list");
        let turkish_upper = |w: &str| -> String {
            w.chars()
                .map(|c| {
                    if c == 'i' {
                        'İ'
                    } else {
                        c.to_ascii_uppercase()
                    }
                })
                .collect()
        };
        let with_i: Vec<_> = tr.words().iter().filter(|w| w.contains('i')).collect();
        assert!(with_i.len() > 50, "the test must see words with an i");
        for w in with_i {
            assert_eq!(tr.byte_of(&turkish_upper(w)), tr.byte_of(w), "{w}");
            assert!(tr.byte_of(&turkish_upper(w)).is_some(), "{w}");
        }
        for _ in 0..50 {
            let r = Reference::random();
            let typed = turkish_upper(&r.words(tr).join(" "));
            assert_eq!(Reference::parse(&typed, "tr"), Ok(r.clone()));
            assert_eq!(Reference::parse(&typed, "en"), Ok(r));
        }
    }

    /// Arabic script is written with and without vowel marks, and keyboards differ: an Arabic,
    /// Persian or Urdu word typed with a bare alef for أ or آ, ه for ة, ي for ى, with marks or
    /// a tatweel, on another of these languages' keyboards (ی ک against ي ك; Urdu's ہ ھ ے ں
    /// against ه ي ن), or in presentation forms, still reads as that word.
    #[test]
    fn an_arabic_script_word_typed_in_its_common_variants_still_reads() {
        let bare = |w: &str| {
            w.replace(['أ', 'إ', 'آ'], "ا")
                .replace('ة', "ه")
                .replace('ى', "ي")
        };
        let persian_keys = |w: &str| w.replace('ي', "ی").replace('ك', "ک");
        // An Arabic keyboard has none of Persian's or Urdu's own forms of these letters.
        let arabic_keys = |w: &str| {
            w.replace('ی', "ي")
                .replace('ک', "ك")
                .replace(['ہ', 'ھ'], "ه")
                .replace('ے', "ي")
                .replace('ں', "ن")
        };
        // A fatha after every letter, and a tatweel after the first.
        let marked = |w: &str| -> String { w.chars().flat_map(|c| [c, '\u{64e}']).collect() };
        let stretched = |w: &str| -> String {
            let mut c = w.chars();
            let first = c.next().unwrap();
            format!("{first}\u{640}{}", c.as_str())
        };
        // Lam and meem as presentation forms (initial), as some old input methods send them.
        let presentation = |w: &str| w.replace('ل', "\u{fedf}").replace('م', "\u{fee3}");
        for lang in ["ar", "fa", "ur"] {
            let list = word_list(lang).expect("an Arabic-script list");
            let (mut bared, mut rekeyed) = (0, 0);
            for w in list.words() {
                let byte = list.byte_of(w);
                assert!(byte.is_some(), "{lang}: {w}");
                bared += usize::from(bare(w) != *w);
                rekeyed += usize::from(persian_keys(w) != *w || arabic_keys(w) != *w);
                for typed in [
                    bare(w),
                    persian_keys(w),
                    arabic_keys(w),
                    marked(w),
                    stretched(w),
                    presentation(w),
                    persian_keys(&bare(&marked(w))),
                    arabic_keys(&bare(&marked(w))),
                ] {
                    assert_eq!(list.byte_of(&typed), byte, "{lang}: {w} typed as {typed}");
                }
            }
            // Persian and Urdu write few hamzas on alef (آ mostly), Arabic many.
            assert!(bared >= 3 && rekeyed >= 20, "{lang}: {bared} {rekeyed}");
            for _ in 0..20 {
                let r = Reference::random();
                let phrase = r.words(list).join(" ");
                // Each on a phone in the other language, typed on the other's keyboard.
                let (typed, phone) = if lang == "ar" {
                    (persian_keys(&bare(&marked(&phrase))), "fa")
                } else {
                    (arabic_keys(&bare(&marked(&phrase))), "ar")
                };
                assert_eq!(Reference::parse(&typed, phone), Ok(r.clone()), "{lang}");
                assert_eq!(Reference::parse(&presentation(&typed), "en"), Ok(r));
            }
        }
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
        assert!(word_list("ti").is_none());
        // A regional locale reads its language's list; a language with none stays digits.
        assert_eq!(word_list("fa-AF").map(|l| l.lang), Some("fa"));
        assert_eq!(word_list("pt-BR").map(|l| l.lang), Some("pt"));
        assert_eq!(word_list("zh-Hans").map(|l| l.lang), Some("zh-Hans"));
        assert!(word_list("ja").is_none());
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
