//! How a typed word is read: what a person types for a reference's words is brought into one
//! form, the form every list word is compared in.
//!
//! Why: the same word reaches the app in many shapes. Keyboards send other code points for the
//! same letters, and writers of Arabic, Persian, Urdu, Tajik, Hindi and Amharic commonly vary a
//! few letters. A person must not be refused their own reference for that. The rules are set out in
//! `docs/protocol.md` ("Reference phrase", *Reading*); the lists' own rules hold in this form
//! (`word_list.rs`).

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

/// A word as any keyboard for its script writes it, so that what a person types is compared
/// letter for letter.
/// - Arabic script, what writers and keyboards commonly vary: vowel marks and the tatweel
///   dropped, hamza on alef (أ إ آ ٱ) as bare alef, ta marbuta (ة) as ha, alef maqsura (ى) and
///   the Persian keyboard's yeh (ی) as ya, its keheh (ک) as kaf; Urdu's heh goal (ہ, ۂ) and
///   do-chashmi heh (ھ) as ha, its yeh barree (ے) as ya, its noon ghunna (ں) as noon; Pashto's
///   gaf with a ring (ګ) as the Persian keyboard's gaf (گ), and its ye with a tail (ۍ) and
///   its ye with two dots below (ې) as ya, as a Persian or Arabic keyboard, often the only one
///   on a phone in Afghanistan, types them; Sorani's letters a Persian or Arabic keyboard lacks
///   as the ones it types for them: ڕ as ر, ڵ as ل, ۆ as و, ێ as ya, ە as ha, ڤ as ف.
/// - Tajik, often typed on a Russian keyboard: ғ қ ҳ ҷ ӣ ӯ as г к х ч и у. Kyrgyz and
///   Mongolian, as often: ң ө ү as н о у.
/// - Devanagari: the nukta dropped (ज़ as ज; NFKC has already split the precomposed ones), the
///   chandrabindu as an anusvara (चाँद as चांद).
/// - Hebrew: vowel points and cantillation marks dropped, a final letter (ך ם ן ף ץ) as its
///   ordinary form (כ מ נ פ צ), so a word typed with points or with the wrong form at its end
///   reads.
/// - Gurmukhi: the nukta and the addak (ੱ) dropped, as many leave them out (ਸ਼ as ਸ; NFKC has
///   already split the precomposed nukta letters), the tippi (ੰ) as a bindi (ਂ), which writers
///   mix; a vowel typed as its carrier and a vowel sign (ੳ and ੁ) as the one vowel (ਉ)
///   ([`gurmukhi_vowels`]).
/// - Thai and Lao: marks in one order, whatever order they were typed in ([`thai_in_order`]).
/// - Khmer: a letter's subscripts and marks in one order, and a vowel typed as its two visible
///   parts as the one vowel ([`khmer_in_order`]).
/// - Burmese (Unicode): a letter's medials and marks in one order, and ေ and ြ typed before
///   their letter, as they are seen, read after it, as Unicode stores them
///   ([`burmese_in_order`]).
/// - Ethiopic (Amharic): the letters Amharic pronounces alike and writers interchange, as one
///   ([`ethiopic_homophone`]): ሐ and ኀ as ሀ, ሠ as ሰ, ዐ as አ, ፀ as ጸ, each in the same order
///   (ሑ as ሁ), and ሀ's and አ's first and fourth orders as one (ሃገር as ሀገር, ዓመት as አመት).
/// - Japanese: katakana as hiragana (サクラ as さくら; half-width ｻｸﾗ is full-width after NFKC),
///   so a word typed in either kana, as an input method may offer it, reads.
/// - Latin: a letter with marks as its bare letter ([`bare_latin`]), so Vietnamese typed
///   without its tones and marks, as is common on a phone, reads (cầu vồng as cau vong), and
///   so do Yoruba's tones and dots (ọ̀ as o, ṣ as s), Igbo's dots, Wolof's marks. A combining
///   mark left after NFKC (U+0300–U+036F: a tone over a dotted vowel, which no code point
///   holds whole) is dropped. The open vowels of Twi, Lingala and Bambara, ɛ and ɔ, as e and o,
///   as a keyboard without them types them.
///   Most Latin-script lists are a–z only, so for them this changes nothing but what a
///   person may type.
///
/// Other letters are left as they are (case and Unicode forms are handled before, in
/// [`typed_form`]).
pub(super) fn keyboard_form(word: &str) -> String {
    let word = gurmukhi_vowels(
        word.chars()
            .filter(|c| {
                !matches!(
                    c,
                    '\u{300}'..='\u{36f}'
                        | '\u{64b}'..='\u{65f}'
                        | '\u{670}'
                        | '\u{640}'
                        | '\u{93c}'
                        | '\u{a3c}'
                        | '\u{a71}'
                )
            })
            .filter(|c| !is_hebrew_point(*c))
            .map(|c| match c {
                'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' | 'ی' => 'ي',
                'ک' => 'ك',
                'ہ' | 'ۂ' | 'ھ' => 'ه',
                'ے' => 'ي',
                'ں' => 'ن',
                'ګ' => 'گ',
                'ې' | 'ۍ' => 'ي',
                'ڕ' => 'ر',
                'ڵ' => 'ل',
                'ۆ' => 'و',
                'ێ' => 'ي',
                'ە' => 'ه',
                'ڤ' => 'ف',
                'ғ' => 'г',
                'қ' => 'к',
                'ҳ' => 'х',
                'ҷ' => 'ч',
                'ӣ' => 'и',
                'ӯ' => 'у',
                'ң' => 'н',
                'ө' => 'о',
                'ү' => 'у',
                'ɛ' => 'e',
                'ɔ' => 'o',
                '\u{901}' => '\u{902}',
                'ך' => 'כ',
                'ם' => 'מ',
                'ן' => 'נ',
                'ף' => 'פ',
                'ץ' => 'צ',
                '\u{a70}' => '\u{a02}',
                // Katakana ァ–ヶ, each 0x60 above its hiragana ぁ–ゖ.
                'ァ'..='ヶ' => char::from_u32(u32::from(c) - 0x60).unwrap_or(c),
                'ሀ'..='ፇ' => ethiopic_homophone(c),
                c => bare_latin(c),
            })
            .collect(),
    );
    burmese_in_order(khmer_in_order(thai_in_order(word)))
}

/// A Gurmukhi vowel typed as its carrier (ੳ, ਅ, ੲ) and a vowel sign, as some keyboards send
/// it, as the one vowel Gurmukhi encodes for it: ੳ and ੁ as ਉ, ਅ and ਾ as ਆ, ੲ and ਿ as ਇ,
/// and so on.
fn gurmukhi_vowels(word: String) -> String {
    const VOWELS: [(char, char, char); 9] = [
        ('\u{a73}', '\u{a41}', 'ਉ'),
        ('\u{a73}', '\u{a42}', 'ਊ'),
        ('\u{a73}', '\u{a4b}', 'ਓ'),
        ('\u{a05}', '\u{a3e}', 'ਆ'),
        ('\u{a05}', '\u{a48}', 'ਐ'),
        ('\u{a05}', '\u{a4c}', 'ਔ'),
        ('\u{a72}', '\u{a3f}', 'ਇ'),
        ('\u{a72}', '\u{a40}', 'ਈ'),
        ('\u{a72}', '\u{a47}', 'ਏ'),
    ];
    if !word.contains(['\u{a73}', '\u{a05}', '\u{a72}']) {
        return word;
    }
    let mut out = String::with_capacity(word.len());
    let mut letters = word.chars().peekable();
    while let Some(c) = letters.next() {
        let next = letters.peek().copied();
        match VOWELS.iter().find(|(k, v, _)| *k == c && Some(*v) == next) {
            Some((_, _, vowel)) => {
                out.push(*vowel);
                letters.next();
            }
            None => out.push(c),
        }
    }
    out
}

/// Thai marks in one order whatever order a keyboard let them be typed in: a vowel sign above
/// or below the letter, then a tone mark, then the thanthakhat (sorted within each run of
/// marks); and ำ as one sign, whether typed so or as ํ and า (which NFKC gives), with a tone
/// mark typed after it moved before it, where Thai writes it. Lao, which Unicode encodes as
/// Thai's letters 0x80 above them, the same: its semivowel sign ຼ, under the letter, first.
fn thai_in_order(word: String) -> String {
    // Thai's code point for a Lao one (U+0E80–U+0EFF), so one rule reads both.
    let as_thai = |c: char| match c {
        '\u{e80}'..='\u{eff}' => char::from_u32(u32::from(c) - 0x80).unwrap_or(c),
        c => c,
    };
    let Some(lao) = word
        .chars()
        .find(|c| ('\u{e01}'..='\u{edf}').contains(c))
        .map(|c| c >= '\u{e80}')
    else {
        return word;
    };
    let rank = |c: char| match as_thai(c) {
        // Lao's ຼ (U+0EBC); Thai has no U+0E3C.
        '\u{e3c}' => Some(0),
        '\u{e31}' | '\u{e34}'..='\u{e3b}' | '\u{e47}' => Some(1),
        '\u{e48}'..='\u{e4b}' => Some(2),
        '\u{e4c}' | '\u{e4e}' => Some(3),
        '\u{e4d}' => Some(4),
        _ => None,
    };
    let is_tone =
        |c: Option<&char>| c.is_some_and(|c| ('\u{e48}'..='\u{e4b}').contains(&as_thai(*c)));
    let ordered = sorted_marks(word.chars().map(|c| (rank(c), c)));
    let sara_am = if lao { '\u{eb3}' } else { '\u{e33}' };
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < ordered.len() {
        let parts = match as_thai(ordered[i]) {
            '\u{e4d}' if ordered.get(i + 1).map(|c| as_thai(*c)) == Some('\u{e32}') => 2,
            '\u{e33}' => 1,
            _ => 0,
        };
        if parts == 0 {
            out.push(ordered[i]);
            i += 1;
            continue;
        }
        i += parts;
        if is_tone(ordered.get(i)) {
            out.push(ordered[i]);
            i += 1;
        }
        out.push(sara_am);
    }
    out
}

/// A Burmese word as someone used to Zawgyi types it: each ေ and ြ before the letter they are
/// drawn before (the syllable's first letter), not after it, as Unicode stores them. Where one
/// follows a letter with no mark between, [`burmese_in_order`] cannot tell that order from
/// Unicode's (ကေ is a syllable too), so a list reads this form of each word as the word as
/// well. `None` for a word that has neither mark.
pub(super) fn burmese_as_drawn(word: &str) -> Option<String> {
    if !word.contains(['\u{1031}', '\u{103c}']) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    let mut syllable: Vec<char> = Vec::new();
    let mut flush = |syllable: &mut Vec<char>| {
        for drawn_first in ['\u{1031}', '\u{103c}'] {
            out.extend(syllable.iter().filter(|c| **c == drawn_first));
        }
        out.extend(
            syllable
                .drain(..)
                .filter(|c| !matches!(c, '\u{1031}' | '\u{103c}')),
        );
    };
    for c in word.chars() {
        if burmese_rank(c).is_none() {
            flush(&mut syllable);
        }
        syllable.push(c);
    }
    flush(&mut syllable);
    Some(out)
}

/// Units (a letter or a mark, with its rank; a letter has none) with each run of marks after a
/// letter sorted by rank: a stable sort, so marks of one rank keep their typed order.
fn sorted_marks<T>(units: impl IntoIterator<Item = (Option<u8>, T)>) -> Vec<T> {
    let mut ordered = Vec::new();
    let mut marks: Vec<(u8, T)> = Vec::new();
    for (rank, unit) in units {
        match rank {
            Some(rank) => marks.push((rank, unit)),
            None => {
                marks.sort_by_key(|(rank, _)| *rank);
                ordered.extend(marks.drain(..).map(|(_, mark)| mark));
                ordered.push(unit);
            }
        }
    }
    marks.sort_by_key(|(rank, _)| *rank);
    ordered.extend(marks.into_iter().map(|(_, mark)| mark));
    ordered
}

/// Khmer's marks after a letter in one order, whatever order they were typed in: its
/// subscripts (the coeng ្ and a consonant; the coeng ro ្រ, drawn before the letter, last),
/// then a register shifter (៉ ៊), then the vowel sign, then the other signs (ំ ះ ់ …), as
/// Khmer stores them. A vowel typed as the two parts it is drawn with, េ and ា or េ and ី, as
/// the one vowel Khmer encodes for it (ោ, ើ): fonts draw both alike.
fn khmer_in_order(word: String) -> String {
    if !word.chars().any(|c| ('\u{1780}'..='\u{17ff}').contains(&c)) {
        return word;
    }
    // Each mark with its rank, a subscript as the coeng and its consonant together.
    let mut units: Vec<(Option<u8>, Vec<char>)> = Vec::new();
    let mut letters = word.chars().peekable();
    while let Some(c) = letters.next() {
        let rank = match c {
            '\u{17d2}' => match letters.peek() {
                Some('\u{179a}') => Some(1),
                Some(_) => Some(0),
                None => Some(4),
            },
            '\u{17c9}' | '\u{17ca}' => Some(2),
            '\u{17b6}'..='\u{17c5}' => Some(3),
            '\u{17c6}'..='\u{17d3}' | '\u{17dd}' => Some(4),
            _ => None,
        };
        let mut unit = vec![c];
        if c == '\u{17d2}' {
            unit.extend(letters.next());
        }
        units.push((rank, unit));
    }
    sorted_marks(units)
        .concat()
        .into_iter()
        .collect::<String>()
        .replace("\u{17c1}\u{17b6}", "\u{17c4}")
        .replace("\u{17c1}\u{17b8}", "\u{17be}")
}

/// Burmese's marks after a letter in one order, whatever order they were typed in, as Unicode
/// stores them ([`burmese_rank`]; NFC puts ့ before ်). ေ and ြ are drawn before their
/// letter, and people used to typing them so (as Zawgyi fonts had it) still do: one typed where
/// Unicode's order cannot have it (first in a word, or after a mark that Unicode stores after
/// it) is read as the next letter's. Zawgyi text itself, with its own code points, is read only
/// as the list's words' Zawgyi forms (`word_list::zawgyi_forms`).
fn burmese_in_order(word: String) -> String {
    if !word.chars().any(|c| ('\u{1000}'..='\u{109f}').contains(&c)) {
        return word;
    }
    // ေ and ြ typed before their letter, moved after it.
    let mut logical = String::with_capacity(word.len());
    let mut before_next: Vec<char> = Vec::new();
    let mut last: Option<char> = None;
    for c in word.chars() {
        let drawn_before = matches!(c, '\u{1031}' | '\u{103c}');
        let cannot_follow = match last {
            None => true,
            Some(l) => burmese_rank(l)
                .zip(burmese_rank(c))
                .is_some_and(|(l, c)| l > c),
        };
        if drawn_before && (!before_next.is_empty() || cannot_follow) {
            before_next.push(c);
        } else {
            logical.push(c);
            if burmese_rank(c).is_none() {
                logical.extend(before_next.drain(..));
            }
        }
        last = Some(c);
    }
    logical.extend(before_next);
    sorted_marks(logical.chars().map(|c| (burmese_rank(c), c)))
        .into_iter()
        .collect()
}

/// The place of a Burmese mark in Unicode's order (a letter has none): medials (ျ ြ ွ ှ), ေ,
/// the vowel signs above, below and after the letter, ံ, ့, ်, း.
fn burmese_rank(c: char) -> Option<u8> {
    match c {
        '\u{103b}' => Some(1),
        '\u{103c}' => Some(2),
        '\u{103d}' => Some(3),
        '\u{103e}' => Some(4),
        '\u{1031}' => Some(5),
        '\u{102d}' | '\u{102e}' | '\u{1032}' => Some(6),
        '\u{102f}' | '\u{1030}' => Some(7),
        '\u{102b}' | '\u{102c}' => Some(8),
        '\u{1036}' => Some(9),
        '\u{1037}' => Some(10),
        '\u{103a}' => Some(11),
        '\u{1038}' => Some(12),
        _ => None,
    }
}

/// An Ethiopic syllable as the one Amharic writers use it for: each homophone letter's series
/// of eight (one a vowel order) as the same order of the letter it sounds like, and the fourth
/// order of ሀ and አ as their first, which Amharic says alike ("ha", "a"). Tigrinya, which
/// tells some of these apart, is read the same way: its list holds no two words that differ
/// only by them, and a Tigrinya word typed with Amharic's letter for the sound still reads.
fn ethiopic_homophone(c: char) -> char {
    let code = u32::from(c);
    let (series, order) = (code & !7, code & 7);
    let series = match series {
        0x1210 | 0x1280 => 0x1200, // ሐ ኀ → ሀ
        0x1220 => 0x1230,          // ሠ → ሰ
        0x12D0 => 0x12A0,          // ዐ → አ
        0x1340 => 0x1338,          // ፀ → ጸ
        s => s,
    };
    let order = if matches!(series, 0x1200 | 0x12A0) && order == 3 {
        0
    } else {
        order
    };
    char::from_u32(series | order).unwrap_or(c)
}

/// A Hebrew vowel point or cantillation mark: never typed on a phone's keyboard, but present in
/// pointed text a person may copy. Not the maqaf (U+05BE), which separates words.
fn is_hebrew_point(c: char) -> bool {
    let c = u32::from(c);
    (0x591..=0x5bd).contains(&c) || [0x5bf, 0x5c1, 0x5c2, 0x5c4, 0x5c5, 0x5c7].contains(&c)
}

/// A Latin letter with marks (Latin-1 Supplement, Extended-A and -B, Extended Additional) as
/// the a–z letter it is built on: ầ, ẫ, ơ, ư and đ as a, a, o, u and d. A letter that is not
/// an a–z letter with marks (ß, ø, ł, ı) is left as it is.
fn bare_latin(c: char) -> char {
    match c {
        'đ' | 'Đ' => 'd',
        '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}' => {
            let mut utf8 = [0u8; 4];
            DecomposingNormalizerBorrowed::new_nfd()
                .normalize(c.encode_utf8(&mut utf8))
                .chars()
                .next()
                .filter(char::is_ascii_alphabetic)
                .unwrap_or(c)
        }
        c => c,
    }
}

/// What a typed word is compared as, and every list word with it: the word in Unicode NFKC
/// (what a keyboard may send for the same letters: й as и and a combining breve, full-width
/// Latin from a CJK input method, Arabic presentation forms, Hangul as separate jamo), in lower
/// case without the combining dot a Turkish capital İ lowercases to (no list's word holds
/// one), then in [`keyboard_form`].
pub(super) fn typed_form(typed: &str) -> String {
    typed_form_of(&zawgyi_typed_form(typed))
}

/// [`typed_form`] of a word already in [`zawgyi_typed_form`] (NFKC, lower case).
pub(super) fn typed_form_of(normalized: &str) -> String {
    keyboard_form(&normalized.replace('\u{307}', ""))
}

/// What a word typed in Zawgyi is compared as (Burmese only, [`super::word_list`]): NFKC and
/// lower case as in [`typed_form`], but none of [`keyboard_form`]'s re-ordering. Zawgyi stores
/// Burmese in the order it is drawn (ေ and medial ra before their letter, in code points that
/// are other marks in Unicode), so a run of words is cut as typed; the Unicode re-ordering
/// would move the first mark of one word onto the last letter of the word before.
pub(super) fn zawgyi_typed_form(typed: &str) -> String {
    ComposingNormalizerBorrowed::new_nfkc()
        .normalize(typed.trim())
        .to_lowercase()
}

#[cfg(test)]
mod tests;
