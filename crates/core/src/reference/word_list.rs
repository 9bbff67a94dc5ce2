//! The reference word lists: one file of 256 words a language (`<lang>.txt` beside this
//! file), each word naming one byte.
//!
//! Why a module of their own: the lists, their rules (tested here against every other list)
//! and the lookup of a typed word are what grows with every language; the reference's bits,
//! check and derivation (`reference.rs`) do not change with them.

use std::sync::OnceLock;

use zeroize::Zeroizing;

use super::typing::{
    burmese_as_drawn, keyboard_form, typed_form, typed_form_of, zawgyi_typed_form,
};
use super::{LIST_LEN, UNIQUE_PREFIX};

/// `(lang, the text of <lang>.txt)` for each language named, the language spelled
/// once so a line can never pair one language with another's file.
macro_rules! list_files {
    ($($lang:literal),+ $(,)?) => {
        [$(($lang, include_str!(concat!($lang, ".txt")))),+]
    };
}

/// Every word list file, by language, English first: a new list is one name here (and its
/// file); [`WORD_LIST_LANGUAGES`] and [`word_list`] follow from it.
const LIST_FILES: &[(&str, &str)] = &list_files![
    "en", "am", "ar", "bg", "bm", "bn", "ckb", "es", "fa", "fr", "ha", "he", "hi", "ht", "id",
    "ig", "ja", "ka", "km", "kmr", "ko", "ky", "lg", "ln", "lo", "mg", "mn", "mr", "ms", "my",
    "ne", "om", "pa", "pcm", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sd", "si", "so", "sq",
    "sw", "ta", "te", "tg", "th", "ti", "tl", "tr", "tw", "ug", "uk", "ur", "uz", "vi", "wo", "yo",
    "zh-Hans", "zu",
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
/// machine-drafted locale. A comment line `# syllables: 2` says every word is two syllables
/// written apart (Vietnamese): a line's syllables are then read two at a time. A comment line
/// `# spaces: none` says the language is written without spaces between words (Chinese,
/// Japanese, Thai, Lao, Khmer, Burmese): a run typed so is cut into the list's words
/// ([`Reference::from_words`](super::Reference::from_words)). A comment line `# bytes-of: id`
/// says the list names the bytes of another (Malay those of Indonesian, the two languages
/// sharing too many words for two lists to be kept apart): each then reads the other's words.
#[derive(Debug)]
pub struct WordList {
    /// The locale code (`locales/<code>`).
    pub lang: &'static str,
    words: Vec<&'static str>,
    /// Other spellings, still accepted when typed: (word, the byte it names).
    retired: Vec<(&'static str, u8)>,
    /// Every accepted word as [`keyboard_form`] gives it, with its byte: what a typed word is
    /// compared with. For two lists naming the same bytes (`bytes_of`), both lists' words; for
    /// Burmese, each word as drawn too (`burmese_as_drawn`).
    keys: Vec<(String, u8)>,
    /// Burmese only: every word as typed in Zawgyi ([`zawgyi_forms`]), read whole (never by its
    /// first letters) and, in a run, only when the run does not read in Unicode.
    zawgyi: Vec<(String, u8)>,
    /// How many space-separated syllables every word is: 1, or 2 for Vietnamese, whose words
    /// are read whole, never by their first letters ([`WordList::byte_of`]).
    pub(super) syllables: usize,
    /// The language is written without spaces between words (Chinese, Japanese, Thai, Lao,
    /// Khmer, Burmese): a run typed so is cut into the list's words, which no rule but "none a
    /// prefix of another" makes possible.
    pub(super) cut_runs: bool,
    /// The list whose bytes this one names in its own words (`# bytes-of:`): Malay's are
    /// Indonesian's. Each reads the other's words ([`word_list`] joins their keys).
    pub(super) bytes_of: Option<&'static str>,
    machine_drafted: bool,
}

/// The Zawgyi encodings of the Burmese words, (word, form), from `my.zawgyi.tsv`: drafted by
/// `scripts/draft-my-zawgyi.mjs` with two converters that agree on reading each form back. A
/// table, not a converter: Zawgyi reuses Burmese code points for the shapes a font draws, no
/// Rust crate converts it, and the reference needs only these 256 words.
fn zawgyi_forms() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("my.zawgyi.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .flat_map(|line| {
            let mut cells = line.split('\t');
            let word = cells.next().unwrap_or_default();
            cells.map(move |form| (word, form))
        })
}

impl WordList {
    fn parse(lang: &'static str, text: &'static str) -> Self {
        let mut words = Vec::with_capacity(LIST_LEN);
        let mut retired = Vec::new();
        let mut machine_drafted = false;
        let mut syllables = 1;
        let mut cut_runs = false;
        let mut bytes_of = None;
        for line in text.lines().map(str::trim) {
            if let Some(comment) = line.strip_prefix('#') {
                let comment = comment.trim_start();
                machine_drafted |= comment.starts_with("machine-drafted:");
                if let Some(n) = comment.strip_prefix("syllables:") {
                    syllables = n.trim().parse().expect("`# syllables: <n>`");
                }
                cut_runs |= comment == "spaces: none";
                if let Some(other) = comment.strip_prefix("bytes-of:") {
                    bytes_of = Some(other.trim());
                }
                continue;
            }
            let tokens: Vec<&'static str> = line.split_whitespace().collect();
            assert!(
                tokens.len().is_multiple_of(syllables),
                "{lang}: {line:?} is not words of {syllables} syllables"
            );
            let mut spellings = tokens.chunks(syllables).map(|syllables| {
                // The line's own text from the first syllable to the last, which must be the
                // syllables with one space between them, as the word is shown.
                let start = syllables[0].as_ptr() as usize - line.as_ptr() as usize;
                let end = syllables[syllables.len() - 1].as_ptr() as usize - line.as_ptr() as usize
                    + syllables[syllables.len() - 1].len();
                let word = &line[start..end];
                assert_eq!(
                    word,
                    syllables.join(" "),
                    "{lang}: one space between syllables"
                );
                word
            });
            let Some(word) = spellings.next() else {
                continue;
            };
            let byte = u8::try_from(words.len())
                .unwrap_or_else(|_| panic!("{lang}: more than {LIST_LEN} words"));
            words.push(word);
            retired.extend(spellings.map(|old| (old, byte)));
        }
        assert_eq!(words.len(), LIST_LEN, "{lang}: word list length");
        let mut list = Self {
            lang,
            words,
            retired,
            keys: Vec::new(),
            zawgyi: Vec::new(),
            syllables,
            cut_runs,
            bytes_of,
            machine_drafted,
        };
        // A Burmese word typed as drawn (ေ and ြ before their letter) reads as well.
        list.keys = list
            .accepted()
            .flat_map(|(w, b)| {
                [Some(w.to_owned()), burmese_as_drawn(w)]
                    .into_iter()
                    .flatten()
                    .map(move |w| (keyboard_form(&w), b))
            })
            .collect();
        list.keys.sort();
        list.keys.dedup();
        if lang == "my" {
            list.zawgyi = list.zawgyi_keys();
        }
        list
    }

    /// Burmese typed in Zawgyi: each word's Zawgyi forms, or the word itself where Zawgyi
    /// writes it the same, as typed words are compared. One spelling names one byte, in
    /// Zawgyi and across both encodings: a form that read as another word would turn a right
    /// reference into a wrong one.
    fn zawgyi_keys(&self) -> Vec<(String, u8)> {
        let table: Vec<(&str, &str)> = zawgyi_forms().collect();
        let byte_of = |word: &str| {
            self.accepted()
                .find(|(w, _)| *w == word)
                .unwrap_or_else(|| panic!("my.zawgyi.tsv: {word} is not on the list"))
                .1
        };
        let mut keys: Vec<(String, u8)> = table
            .iter()
            .map(|(word, form)| (zawgyi_typed_form(form), byte_of(word)))
            .chain(
                self.accepted()
                    .filter(|(w, _)| !table.iter().any(|(word, _)| word == w))
                    .map(|(w, b)| (zawgyi_typed_form(w), b)),
            )
            .collect();
        keys.sort();
        keys.dedup();
        for pair in keys.windows(2) {
            assert!(
                pair[0].0 != pair[1].0,
                "my: {} names two words in Zawgyi",
                pair[0].0
            );
        }
        for (key, byte) in &keys {
            // Nor the first letters of one: a Unicode word typed short would read as it.
            let as_unicode = typed_form_of(key);
            assert!(
                self.keys
                    .iter()
                    .all(|(k, b)| b == byte || !k.starts_with(&as_unicode)),
                "my: {key} in Zawgyi is another word, or its first letters, in Unicode"
            );
            // A run is cut at the longest word it begins with: none may begin another.
            assert!(
                keys.iter()
                    .all(|(k, b)| k == key || b == byte || !k.starts_with(key.as_str())),
                "my: {key} in Zawgyi begins another word"
            );
        }
        keys
    }

    /// Whether no native speaker has reviewed this list yet (the file says so). The app shows
    /// its words all the same, with the digits beside them, as it shows a machine-drafted
    /// locale's text.
    pub fn machine_drafted(&self) -> bool {
        self.machine_drafted
    }

    /// Every word a person may type, shown or replaced, with the byte it names.
    pub(super) fn accepted(&self) -> impl Iterator<Item = (&'static str, u8)> + '_ {
        self.words
            .iter()
            .zip(0..=u8::MAX)
            .map(|(w, b)| (*w, b))
            .chain(self.retired.iter().copied())
    }

    /// A run of words typed without spaces, cut into them from its start: each time the one
    /// word the rest begins with (no word is a prefix of another, so there is at most one).
    /// Where no word fits, `Err` with how many words were cut before it.
    pub(super) fn cut(&self, run: &str) -> Result<Vec<Zeroizing<String>>, usize> {
        let typed = Zeroizing::new(typed_form(run));
        // Burmese: a run that does not read in Unicode may be Zawgyi (the one further read
        // names the wrong word).
        Self::cut_with(&self.keys, &typed).or_else(|unicode| {
            if self.zawgyi.is_empty() {
                return Err(unicode);
            }
            self.cut_zawgyi(run).map_err(|zawgyi| unicode.max(zawgyi))
        })
    }

    /// Burmese: a run cut as typed in Zawgyi ([`zawgyi_typed_form`]), into words as Zawgyi
    /// writes them. For a run whose Unicode cut gave the wrong words (`Reference::from_words`).
    pub(super) fn cut_zawgyi(&self, run: &str) -> Result<Vec<Zeroizing<String>>, usize> {
        Self::cut_with(&self.zawgyi, &Zeroizing::new(zawgyi_typed_form(run)))
    }

    /// Whether the list also reads its words as typed in Zawgyi (Burmese).
    pub(super) fn reads_zawgyi(&self) -> bool {
        !self.zawgyi.is_empty()
    }

    fn cut_with(keys: &[(String, u8)], typed: &str) -> Result<Vec<Zeroizing<String>>, usize> {
        let mut rest: &str = typed;
        let mut pieces = Vec::new();
        while !rest.is_empty() {
            let word = keys
                .iter()
                .map(|(w, _)| w.as_str())
                .filter(|w| rest.starts_with(w))
                .max_by_key(|w| w.len())
                .ok_or(pieces.len())?;
            pieces.push(Zeroizing::new(word.to_owned()));
            rest = &rest[word.len()..];
        }
        Ok(pieces)
    }

    /// Whether `typed` (in the form it is compared in) has any letter of a word of this list:
    /// a run in the list's script, if mistyped, not another language's.
    pub(super) fn shares_a_letter_with(&self, typed: &str) -> bool {
        Zeroizing::new(typed_form(typed))
            .chars()
            .any(|c| self.keys.iter().any(|(w, _)| w.contains(c)))
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
    /// (`typed_form`, `keyboard_form`: Arabic-script variants, Tajik on a Russian keyboard, the Devanagari
    /// nukta, Vietnamese without its tones). A Turkish keyboard's capital İ reads as i: Unicode
    /// lowercases it to i and a combining dot, which no list's word holds. A word of two
    /// syllables (Vietnamese) is read whole: its first letters are often another word's too.
    pub fn byte_of(&self, typed: &str) -> Option<u8> {
        // NFKC and lower case once: as typed, it is what a Zawgyi word is compared as.
        let as_typed = Zeroizing::new(zawgyi_typed_form(typed));
        let typed = Zeroizing::new(typed_form_of(&as_typed));
        if let Some((_, b)) = self.keys.iter().find(|(w, _)| *w == *typed) {
            return Some(*b);
        }
        // Burmese in Zawgyi: whole words only.
        if let Some((_, b)) = self.zawgyi.iter().find(|(w, _)| *w == *as_typed) {
            return Some(*b);
        }
        if self.syllables > 1 || typed.chars().count() < UNIQUE_PREFIX {
            return None;
        }
        // A replaced word and its replacement may share their first letters: one byte still.
        let mut hits = self
            .keys
            .iter()
            .filter(|(w, _)| w.starts_with(typed.as_str()))
            .map(|(_, b)| *b);
        let first = hits.next()?;
        hits.all(|b| b == first).then_some(first)
    }
}

/// The word list of `lang`, if it has one ([`WORD_LIST_LANGUAGES`]), or else of its language
/// without the region (Dari, `fa-AF`, reads the Persian list); every other language uses
/// digits. English was reviewed; every other list is machine-drafted
/// ([`WordList::machine_drafted`]). A list holds short, concrete, calm words that are told
/// apart when heard and typed with no mark its keyboard lacks (a–z, or the letters of the
/// language's own keyboard), none of which reads in another list, so a phrase reads in one
/// list only (Malay and Indonesian name the same bytes, so theirs read in both). All lists are parsed together on first
/// use: [`Reference::parse`](super::Reference::parse) may try every one of them anyway.
pub fn word_list(lang: &str) -> Option<&'static WordList> {
    static LISTS: OnceLock<Vec<WordList>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut lists: Vec<WordList> = LIST_FILES
            .iter()
            .map(|&(lang, text)| WordList::parse(lang, text))
            .collect();
        // Two lists naming the same bytes each read the other's words (Malay, Indonesian).
        for i in 0..lists.len() {
            let Some(other) = lists[i].bytes_of else {
                continue;
            };
            let j = lists
                .iter()
                .position(|l| l.lang == other)
                .unwrap_or_else(|| panic!("{}: no list {other}", lists[i].lang));
            let (mine, theirs) = (lists[i].keys.clone(), lists[j].keys.clone());
            for (list, more) in [(i, theirs), (j, mine)] {
                let keys = &mut lists[list].keys;
                keys.extend(more);
                keys.sort();
                keys.dedup();
            }
        }
        lists
    });
    let language = lang.split(['-', '_']).next().unwrap_or(lang);
    lists
        .iter()
        .find(|list| list.lang == lang)
        .or_else(|| lists.iter().find(|list| list.lang == language))
}

/// Every list, English first: the tests hold each one to the rules.
#[cfg(test)]
pub(super) fn all_lists() -> Vec<&'static WordList> {
    WORD_LIST_LANGUAGES
        .iter()
        .map(|l| word_list(l).expect("a listed language has a list"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use icu_normalizer::DecomposingNormalizerBorrowed;
    use reach_contract::speech::is_han;

    /// Devanagari's letters, vowel signs, virama, anusvara, chandrabindu and nukta (the last
    /// two read as `keyboard_form` says), and the ऑ of English loans: Hindi's, Nepali's and
    /// Marathi's lists are written in them.
    macro_rules! devanagari {
        () => {
            "ँंःअआइईउऊऋएऐओऔऑकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह़ािीुूृेैोौॉ्"
        };
    }

    /// Lists written in one Unicode block, in NFC: (language, fewest letters a word has, the
    /// block, code points NFC never holds or the list leaves out). Letters are code points, so
    /// vowel signs and marks count.
    const BLOCKS: &[(&str, usize, std::ops::RangeInclusive<char>, &[char])] = &[
        // Tamil's letters, vowel signs and the virama; ொ ோ ௌ as one sign each.
        ("ta", 3, '\u{b82}'..='\u{bcd}', &[]),
        // Sinhala's letters, vowel signs and the al-lakuna; ො ෝ ෞ ේ as one sign each, as NFC
        // writes them. No zero-width joiner (its conjuncts are written without one here).
        ("si", 3, '\u{d81}'..='\u{df4}', &[]),
        // Ethiopic syllables (Amharic, Tigrinya), two or more: no punctuation (፡ ። separate
        // words), no digits.
        ("am", 2, '\u{1200}'..='\u{135a}', &[]),
        ("ti", 2, '\u{1200}'..='\u{135a}', &[]),
        // Telugu's letters, vowel signs, virama and anusvara; ై as one sign, as NFC writes it.
        ("te", 3, '\u{c00}'..='\u{c7f}', &[]),
        // Hiragana, two or more: no ぢ or づ (often typed as じ or ず), no ゐ ゑ を.
        ("ja", 2, 'ぁ'..='ゖ', &['ぢ', 'づ', 'ゐ', 'ゑ', 'を']),
        // Thai's letters, vowels and marks; ำ as one sign.
        ("th", 3, '\u{e01}'..='\u{e4e}', &[]),
        // Lao's letters, vowels and marks; ຳ as one sign; ຫນ and ຫມ as two letters, as NFKC
        // reads ໜ and ໝ (outside this range); no ໆ or ຯ.
        (
            "lo",
            3,
            '\u{e81}'..='\u{ecd}',
            &['\u{eaf}', '\u{ec5}', '\u{ec6}', '\u{ec7}'],
        ),
        // Khmer's letters, vowels, signs and the coeng (subscripts); not the deprecated
        // independent vowels ឣ ឤ, the invisible ឴ ឵, or the rare robat, kakabat, ahsda and
        // viriam.
        (
            "km",
            3,
            '\u{1780}'..='\u{17d2}',
            &[
                '\u{17a3}', '\u{17a4}', '\u{17b4}', '\u{17b5}', '\u{17cc}', '\u{17ce}', '\u{17cf}',
                '\u{17d1}',
            ],
        ),
        // Burmese in Unicode (not Zawgyi): letters, vowels, medials and marks; no stacked
        // consonants (the virama U+1039) and none of Mon's letters and vowels.
        (
            "my",
            3,
            '\u{1000}'..='\u{103f}',
            &[
                '\u{1022}', '\u{1028}', '\u{1033}', '\u{1034}', '\u{1035}', '\u{1039}',
            ],
        ),
        // Gurmukhi's letters, vowel signs and marks; ਸ਼ ਖ਼ ਗ਼ ਜ਼ ਫ਼ ਲ਼ as a letter and a nukta,
        // as NFKC reads them.
        (
            "pa",
            3,
            '\u{a01}'..='\u{a75}',
            &[
                '\u{a33}', '\u{a36}', '\u{a59}', '\u{a5a}', '\u{a5b}', '\u{a5e}',
            ],
        ),
        // Bengali's letters, vowel signs and marks; ড় ঢ় য় as a letter and a nukta, as NFKC
        // reads them.
        (
            "bn",
            3,
            '\u{981}'..='\u{9fe}',
            &['\u{9dc}', '\u{9dd}', '\u{9df}'],
        ),
    ];

    /// The letters a list's words may hold: those of the language's own keyboard that need
    /// no mark or dead key, or that `keyboard_form` reads without it. Latin lists: plain a–z,
    /// typed on any keyboard, unless the language's own letters are named. Russian: no ё (often
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
            "hi" | "ne" => devanagari!(),
            // Marathi also writes ळ, which Hindi and Nepali do not.
            "mr" => concat!(devanagari!(), "ळ"),
            // a–z, and ë and ç, keys of their own on an Albanian keyboard (typed as e and c,
            // they read the same: `keyboard_form`).
            "sq" => "abcdefghijklmnopqrstuvwxyzëç",
            // The 22 letters and the five final forms, without points.
            "he" => "אבגדהוזחטיכךלמםנןסעפףצץקרשת",
            // Pashto's own letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ, and ی ک as it writes them); no
            // hamza letters and no آ.
            "ps" => "ابپتټثجځچڅحخدډذرړزژږسشښصضطظعغفقکګلمنڼوهيېۍی",
            // Sorani's own letters (ڕ ڵ ۆ ێ ە ڤ, and ی ک as it writes them), with ئ; no vowel
            // marks and none of the letters only Arabic words use.
            "ckb" => "ئابپتجچحخدرڕزژسشعغفڤقکگلڵمنهەوۆیێ",
            // Georgian's 33 Mkhedruli letters (capitals, Mtavruli, are lower-cased to them).
            "ka" => "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
            // a–z, and Kurmanji's ç ê î ş û, keys of their own on a Kurdish keyboard (typed
            // without their marks, they read the same: `keyboard_form`).
            "kmr" => "abcdefghijklmnopqrstuvwxyzçêîşû",
            // Yoruba in NFD (checked so): its letters, the dot below of ẹ ọ ṣ and the high and
            // low tones' acute and grave, all read without their marks (`keyboard_form`).
            "yo" => "abdefghijklmnoprstuwy\u{300}\u{301}\u{323}",
            // Igbo's letters, with ị ọ ụ ṅ, read as i o u n; no tone marks, as it is written
            // day to day.
            "ig" => "abcdefghijklmnoprstuvwyzịọụṅ",
            // Twi's, Lingala's and Bambara's letters with the open vowels ɛ and ɔ, read as e
            // and o. No ɲ or ŋ in Bambara's list: no keyboard rule reads them.
            "tw" => "abdefghiklmnoprstuwyɛɔ",
            "ln" => "abdefgiklmnoprstuvwyzɛɔ",
            "bm" => "abcdefghijklmnoprstuwyzɛɔ",
            // Wolof's letters with à é ë ñ ó (read without their marks); no ŋ.
            "wo" => "abcdefgijklmnopqrstuwxyàéëñó",
            // Sindhi's own letters (ٻ ڀ ٽ ٿ ٺ ڄ ڃ ڇ ڊ ڌ ڍ ڏ ڙ ڦ ڪ ک ڳ ڱ ڻ, ھ in its aspirates),
            // as a Sindhi keyboard has them; no vowel marks and no hamza.
            "sd" => "اآبٻڀتٿٽٺثپجڄڃچڇحخدڌڏڊڍذرڙزژسشصضطظعغفڦقڪکگڳڱلمنڻوهھي",
            // Uyghur's letters (UEY), every vowel written, and ئ before one that starts a
            // syllable.
            "ug" => "ئابپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىيە",
            // Kyrgyz's and Mongolian's Cyrillic, with ң ө ү (read as н о у); no ё.
            "ky" => "абвгдежзийклмнңоөпрстуүфхцчшщъыьэюя",
            "mn" => "абвгдежзийклмноөпрстуүфхцчшщъыьэюя",
            _ => "abcdefghijklmnopqrstuvwxyz",
        }
    }

    /// A list word is at least 3 letters (as `keyboard_form` reads it) of [`alphabet`], or of
    /// its script's block
    /// ([`BLOCKS`]); a Chinese one is two Han characters
    /// (Traditional ones included, for the Traditional spellings a line accepts); a Korean one
    /// is two or more Hangul syllables; a Vietnamese one is two syllables of Vietnamese letters
    /// (a–z and đ, with Vietnamese's marks and tones: each reads as its bare letter), at least
    /// 4 letters in all.
    fn spelled_for_its_keyboard(lang: &str, w: &str) -> bool {
        if let Some((_, least, block, never)) = BLOCKS.iter().find(|b| b.0 == lang) {
            return w.chars().count() >= *least
                && w.chars().all(|c| block.contains(&c))
                && !w.contains(*never);
        }
        if lang == "vi" {
            let bare = keyboard_form(w);
            return w.split(' ').count() == 2
                && w.split(' ')
                    .all(|s| !s.is_empty() && s.chars().all(char::is_alphabetic))
                && bare.chars().all(|c| c == ' ' || c.is_ascii_lowercase())
                && bare.chars().filter(char::is_ascii_lowercase).count() >= 4;
        }
        if lang == "zh-Hans" {
            return w.chars().count() == 2 && w.chars().all(is_han);
        }
        if lang == "ko" {
            return w.chars().count() >= 2 && w.chars().all(|c| ('가'..='힣').contains(&c));
        }
        let letters: String = if lang == "yo" {
            DecomposingNormalizerBorrowed::new_nfd()
                .normalize(w)
                .into_owned()
        } else {
            w.to_owned()
        };
        keyboard_form(w).chars().count() >= 3 && letters.chars().all(|c| alphabet(lang).contains(c))
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
        for list in all_lists() {
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
                if list.syllables > 1 {
                    // Read whole only (its first letters are not read): told apart whole, in
                    // the form it is compared in (without its marks).
                    for other in list.words() {
                        assert!(other == w || keyboard_form(other) != keyboard_form(w));
                    }
                    continue;
                }
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
                let expect = (list.syllables == 1).then_some(b);
                assert_eq!(list.byte_of(&prefix), expect, "{lang}: prefix of {w}");
            }
            // Everything a typed word is compared with (a Burmese word as drawn too): none the
            // start of another byte's, so a word, and a run typed without spaces, reads one way.
            if list.syllables == 1 {
                for (k, b) in &list.keys {
                    for (other, c) in &list.keys {
                        assert!(
                            b == c || !other.starts_with(k.as_str()),
                            "{lang}: {k} starts {other}"
                        );
                    }
                }
            }
            assert_eq!(list.byte_of("zzzz"), None, "{lang}");
            assert_eq!(list.byte_of(""), None, "{lang}");
        }
    }

    #[test]
    fn no_word_reads_in_two_lists() {
        // A phrase is read in the screens' language's list first, then in the others: no word
        // of one list may name a byte in another, or a phrase could read in the wrong one.
        // Two lists naming the same bytes (Malay, Indonesian) read each other's words by
        // design: `malay_names_the_indonesian_bytes_and_each_list_reads_the_others_words`.
        let paired =
            |a: &WordList, b: &WordList| a.bytes_of == Some(b.lang) || b.bytes_of == Some(a.lang);
        for a in all_lists() {
            for b in all_lists()
                .into_iter()
                .filter(|b| b.lang != a.lang && !paired(a, b))
            {
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
        let cyrillic: Vec<_> = all_lists()
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

    /// Malay names the Indonesian list's bytes in its own words: each of its words, and each
    /// Indonesian one, names its byte in both lists; across the two, no word is a prefix of
    /// another byte's word; and a phrase in either language reads as the same reference on a
    /// Malay, an Indonesian or an English phone.
    #[test]
    fn malay_names_the_indonesian_bytes_and_each_list_reads_the_others_words() {
        use super::super::Reference;
        let (ms, id) = (word_list("ms").unwrap(), word_list("id").unwrap());
        assert_eq!(ms.bytes_of, Some("id"));
        assert!(ms.machine_drafted());
        let mut own = 0;
        let both: Vec<(String, u8)> = ms
            .accepted()
            .chain(id.accepted())
            .map(|(w, b)| (keyboard_form(w), b))
            .collect();
        for (w, b) in ms.accepted().chain(id.accepted()) {
            assert_eq!(ms.byte_of(w), Some(b), "{w}");
            assert_eq!(id.byte_of(w), Some(b), "{w}");
            let w = keyboard_form(w);
            for (v, c) in &both {
                assert!(*c == b || !v.starts_with(&w), "{w} starts {v}");
            }
        }
        for (i, w) in ms.words().iter().enumerate() {
            own += usize::from(*w != id.words()[i]);
        }
        assert!(own >= 40, "Malay's own words: {own}");
        for _ in 0..50 {
            let r = Reference::random();
            for list in [ms, id] {
                let phrase = r.words(list).join(" ");
                for phone in ["ms", "id", "en"] {
                    assert_eq!(Reference::parse(&phrase, phone), Ok(r.clone()), "{phrase}");
                }
            }
        }
    }

    #[test]
    fn drafted_lists_say_so() {
        assert!(
            !word_list("en").unwrap().machine_drafted(),
            "English was reviewed"
        );
        for lang in [
            "am", "ar", "bg", "bm", "bn", "ckb", "es", "fa", "fr", "ha", "he", "hi", "ht", "id",
            "ig", "ja", "ka", "km", "kmr", "ko", "ky", "lg", "ln", "lo", "mg", "mn", "mr", "ms",
            "my", "ne", "om", "pa", "pcm", "pl", "ps", "pt", "qu", "ro", "ru", "rw", "sd", "si",
            "so", "sq", "sw", "ta", "te", "tg", "th", "ti", "tl", "tr", "tw", "ug", "uk", "ur",
            "uz", "vi", "wo", "yo", "zh-Hans", "zu",
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
}
