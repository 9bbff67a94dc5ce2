//! How typed words are read, language by language: each test types a list's words the ways
//! its writers and keyboards do and checks they read as the word (`typing.rs`).

use super::super::{Reference, WordList, word_list};
use super::keyboard_form;

mod latin_and_cyrillic;
mod southeast_asian;

/// Fifty random references, each a phrase of `list` as `typed` turns it: every one must
/// read, as that reference, on a phone in each of `phones`.
fn phrases_read(list: &WordList, typed: impl Fn(&str) -> String, phones: &[&str]) {
    for _ in 0..50 {
        let r = Reference::random();
        let phrase = typed(&r.words(list).join(" "));
        for phone in phones {
            assert_eq!(
                Reference::parse(&phrase, phone),
                Ok(r.clone()),
                "{} typed as {phrase}, on a phone in {phone}",
                list.lang
            );
        }
    }
}

/// A phrase of `list` typed without spaces, its first or its fourth word replaced by
/// `wrong` (in the list's letters, not on it): that word is named.
fn a_wrong_word_in_a_run_is_named(list: &WordList, wrong: &'static str) {
    let r = Reference::random();
    for at in [0, 3] {
        let mut words = r.words(list);
        words[at] = wrong;
        assert_eq!(
            Reference::parse(&words.concat(), list.lang),
            Err(super::super::ReferenceError::UnknownWord(at + 1)),
            "{}",
            list.lang
        );
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
    phrases_read(ko, decomposed, &["en", "ko"]);
}

/// A Bengali or Tamil word typed with its two-part vowel signs in two parts (Bengali ো ৌ
/// as ে then া or ৗ; Tamil ொ ோ ௌ as ெ or ே then ா or ௗ, as some keyboards send them), or a
/// Bengali word with ড় ঢ় য় as one code point each, still reads: NFKC brings both to the
/// list's form.
#[test]
fn a_bengali_or_tamil_word_typed_with_its_letters_precomposed_or_in_parts_still_reads() {
    let precomposed = |w: &str| {
        w.replace("\u{9a1}\u{9bc}", "\u{9dc}")
            .replace("\u{9a2}\u{9bc}", "\u{9dd}")
            .replace("\u{9af}\u{9bc}", "\u{9df}")
    };
    let in_parts = |w: &str| {
        w.replace('\u{9cb}', "\u{9c7}\u{9be}")
            .replace('\u{9cc}', "\u{9c7}\u{9d7}")
            .replace('\u{bca}', "\u{bc6}\u{bbe}")
            .replace('\u{bcb}', "\u{bc7}\u{bbe}")
            .replace('\u{bcc}', "\u{bc6}\u{bd7}")
    };
    for (lang, least_composed) in [("bn", 20), ("ta", 0)] {
        let list = word_list(lang).expect("a list");
        let (mut composed, mut parted) = (0, 0);
        for (i, w) in list.words().iter().enumerate() {
            let byte = u8::try_from(i).ok();
            composed += usize::from(precomposed(w) != *w);
            parted += usize::from(in_parts(w) != *w);
            for typed in [precomposed(w), in_parts(w), in_parts(&precomposed(w))] {
                assert_eq!(list.byte_of(&typed), byte, "{lang}: {w} typed as {typed}");
            }
        }
        assert!(
            composed >= least_composed && parted >= 20,
            "{lang}: {composed} {parted}"
        );
        phrases_read(list, |p| in_parts(&precomposed(p)), &[lang, "en"]);
    }
}

/// A Nepali word typed with an anusvara for its chandrabindu, or for a nasal conjunct where
/// the line accepts that spelling (ढुंगा for ढुङ्गा), reads; a Nepali phrase reads as
/// Nepali on a phone in Hindi, the other list in its script, and in English.
#[test]
fn a_nepali_word_typed_in_its_common_variants_still_reads() {
    let ne = word_list("ne").expect("Nepali has a list");
    let anusvara = |w: &str| w.replace('\u{901}', "\u{902}");
    let mut with_chandrabindu = 0;
    for w in ne.words() {
        with_chandrabindu += usize::from(anusvara(w) != *w);
        assert_eq!(ne.byte_of(&anusvara(w)), ne.byte_of(w), "{w}");
    }
    assert!(with_chandrabindu >= 20, "{with_chandrabindu}");
    assert_eq!(ne.byte_of("ढुंगा"), ne.byte_of("ढुङ्गा"));
    assert!(ne.byte_of("ढुङ्गा").is_some());
    assert_eq!(word_list("hi").unwrap().byte_of("ढुङ्गा"), None);
    phrases_read(ne, str::to_owned, &["ne", "hi", "en"]);
    phrases_read(ne, anusvara, &["hi"]);
}

/// Marathi shares Devanagari with Hindi and Nepali: a Marathi phrase reads as Marathi on a
/// Hindi, a Nepali or an English phone, and Hindi and Nepali phrases still read as
/// themselves on a Marathi phone.
#[test]
fn a_marathi_phrase_reads_as_marathi_beside_hindi_and_nepali() {
    let mr = word_list("mr").expect("Marathi has a list");
    let with_lla = mr.words().iter().filter(|w| w.contains('ळ')).count();
    assert!(with_lla >= 20, "the test must see Marathi's ळ: {with_lla}");
    phrases_read(mr, str::to_owned, &["mr", "hi", "ne", "en"]);
    phrases_read(word_list("hi").unwrap(), str::to_owned, &["mr"]);
    phrases_read(word_list("ne").unwrap(), str::to_owned, &["mr"]);
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
    phrases_read(hi, plain, &["en"]);
    phrases_read(hi, precomposed, &["hi"]);
}

/// A Punjabi word typed without its nukta or addak (as many write), with a tippi for a
/// bindi or the other way round, with a nukta letter as one code point (ਸ਼ as U+0A36), or
/// with a vowel as its carrier and a vowel sign (ਉ as ੳ and ੁ, as some keyboards send it)
/// still reads, on a Punjabi, a Hindi or an English phone.
#[test]
fn a_punjabi_word_typed_in_its_common_variants_still_reads() {
    let pa = word_list("pa").expect("Punjabi has a list");
    let plain = |w: &str| w.replace(['\u{a3c}', '\u{a71}'], "");
    let other_nasal = |w: &str| -> String {
        w.chars()
            .map(|c| match c {
                '\u{a70}' => '\u{a02}',
                '\u{a02}' => '\u{a70}',
                c => c,
            })
            .collect()
    };
    let precomposed = |w: &str| {
        [
            ("\u{a38}\u{a3c}", "\u{a36}"),
            ("\u{a16}\u{a3c}", "\u{a59}"),
            ("\u{a17}\u{a3c}", "\u{a5a}"),
            ("\u{a1c}\u{a3c}", "\u{a5b}"),
            ("\u{a2b}\u{a3c}", "\u{a5e}"),
            ("\u{a32}\u{a3c}", "\u{a33}"),
        ]
        .iter()
        .fold(w.to_owned(), |t, (pair, one)| t.replace(pair, one))
    };
    let carried = |w: &str| {
        [
            ('ਉ', "\u{a73}\u{a41}"),
            ('ਊ', "\u{a73}\u{a42}"),
            ('ਓ', "\u{a73}\u{a4b}"),
            ('ਆ', "\u{a05}\u{a3e}"),
            ('ਐ', "\u{a05}\u{a48}"),
            ('ਔ', "\u{a05}\u{a4c}"),
            ('ਇ', "\u{a72}\u{a3f}"),
            ('ਈ', "\u{a72}\u{a40}"),
            ('ਏ', "\u{a72}\u{a47}"),
        ]
        .iter()
        .fold(w.to_owned(), |t, (one, pair)| t.replace(*one, pair))
    };
    let (mut plained, mut nasal, mut composed, mut vowels) = (0, 0, 0, 0);
    for (w, b) in pa.accepted() {
        plained += usize::from(plain(w) != *w);
        nasal += usize::from(other_nasal(w) != *w);
        composed += usize::from(precomposed(w) != *w);
        vowels += usize::from(carried(w) != *w);
        for typed in [
            plain(w),
            other_nasal(w),
            precomposed(w),
            carried(w),
            carried(&other_nasal(&plain(w))),
        ] {
            assert_eq!(pa.byte_of(&typed), Some(b), "{w} typed as {typed}");
        }
    }
    assert!(
        plained >= 40 && nasal >= 40 && composed >= 10 && vowels >= 10,
        "{plained} {nasal} {composed} {vowels}"
    );
    phrases_read(pa, str::to_owned, &["pa", "hi", "en"]);
    phrases_read(pa, |p| carried(&other_nasal(&plain(p))), &["pa", "en"]);
    phrases_read(pa, precomposed, &["hi"]);
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
    let full_width_phrase = |p: &str| {
        let typed = full_width(p);
        assert!(!typed.is_ascii());
        typed
    };
    phrases_read(word_list("en").unwrap(), full_width_phrase, &["zh-Hans"]);
    let ru = word_list("ru").unwrap();
    phrases_read(ru, |p| decompose(p).to_uppercase(), &["en"]);
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
        // Each on a phone in the other language, typed on the other's keyboard; and in
        // presentation forms on a phone in English.
        let (other_keys, phone) = if lang == "ar" {
            (persian_keys as fn(&str) -> String, "fa")
        } else {
            (arabic_keys as fn(&str) -> String, "ar")
        };
        let typed = |p: &str| other_keys(&bare(&marked(p)));
        phrases_read(list, typed, &[phone]);
        phrases_read(list, |p| presentation(&typed(p)), &["en"]);
    }
}

/// Hebrew as people type it: with vowel points or a dagesh, with a final letter's ordinary
/// form at a word's end (or a final form where the word has the ordinary one), in
/// presentation forms (שׁ and כּ as one code point each), or words joined by a maqaf: each
/// reads, on a Hebrew or an English phone.
#[test]
fn a_hebrew_word_typed_with_points_or_the_other_final_form_still_reads() {
    let he = word_list("he").expect("Hebrew has a list");
    const FINALS: [(char, char); 5] = [('ך', 'כ'), ('ם', 'מ'), ('ן', 'נ'), ('ף', 'פ'), ('ץ', 'צ')];
    // A word's last letter in the other form: final for ordinary and ordinary for final.
    let other_final = |w: &str| -> String {
        let mut letters: Vec<char> = w.chars().collect();
        if let Some(last) = letters.last_mut()
            && let Some((f, o)) = FINALS.iter().find(|(f, o)| *f == *last || *o == *last)
        {
            *last = if *last == *f { *o } else { *f };
        }
        letters.into_iter().collect()
    };
    // A qamats after the first letter of each word, a dagesh after the second.
    let pointed = |p: &str| -> String {
        p.split(' ')
            .map(|w| {
                w.chars()
                    .enumerate()
                    .flat_map(|(i, c)| match i {
                        0 => vec![c, '\u{5b8}'],
                        1 => vec![c, '\u{5bc}'],
                        _ => vec![c],
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let presentation = |p: &str| p.replace('ש', "\u{fb2a}").replace('כ', "\u{fb3b}");
    let (mut refinaled, mut presented) = (0, 0);
    for (i, w) in he.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        refinaled += usize::from(other_final(w) != *w);
        presented += usize::from(presentation(w) != *w);
        for typed in [
            other_final(w),
            pointed(w),
            presentation(w),
            pointed(&other_final(w)),
        ] {
            assert_eq!(he.byte_of(&typed), byte, "{w} typed as {typed}");
        }
    }
    assert!(
        refinaled >= 40 && presented >= 40,
        "{refinaled} {presented}"
    );
    let every_other_final = |p: &str| p.split(' ').map(other_final).collect::<Vec<_>>().join(" ");
    phrases_read(he, every_other_final, &["he", "en"]);
    phrases_read(he, pointed, &["he"]);
    phrases_read(he, presentation, &["en"]);
    phrases_read(he, |p| p.replace(' ', "\u{5be}"), &["he"]);
}

/// Japanese as people type it: without spaces, as Japanese is written (the run is cut into
/// the list's words), in katakana (an input method offers both kana), in half-width
/// katakana, with a voiced mark sent as a separate combining character, or with Japanese
/// commas, middle dots or full-width spaces between words: each reads, on a Japanese or an
/// English phone. A run with a word not on the list says which one; a Chinese phrase still
/// reads on a Japanese phone, and a Japanese one on a Chinese phone.
#[test]
fn a_japanese_phrase_typed_in_katakana_or_without_spaces_reads() {
    use icu_normalizer::DecomposingNormalizerBorrowed;
    let ja = word_list("ja").expect("Japanese has a list");
    // Hiragana ぁ–ゖ as katakana ァ–ヶ (stated here on its own, not through
    // `keyboard_form`, so the test holds the reading to it).
    let katakana = |p: &str| -> String {
        p.chars()
            .map(|c| match c {
                'ぁ'..='ゖ' => char::from_u32(u32::from(c) + 0x60).unwrap(),
                c => c,
            })
            .collect()
    };
    let decomposed = |p: &str| -> String {
        DecomposingNormalizerBorrowed::new_nfd()
            .normalize(p)
            .into_owned()
    };
    let (mut voiced, mut small) = (0, 0);
    for (i, w) in ja.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        assert_ne!(katakana(w), *w);
        voiced += usize::from(decomposed(w) != *w);
        small += usize::from(w.contains(['ゃ', 'ゅ', 'ょ', 'っ']));
        for typed in [katakana(w), decomposed(w), katakana(&decomposed(w))] {
            assert_eq!(ja.byte_of(&typed), byte, "{w} typed as {typed}");
        }
    }
    assert!(voiced >= 40 && small >= 10, "{voiced} {small}");
    // Half-width katakana, the voiced mark a character of its own (ﾌﾞ): NFKC makes it ブ.
    assert_eq!(ja.byte_of("ｻｸﾗ"), ja.byte_of("さくら"));
    assert_eq!(ja.byte_of("ｶﾌﾞﾄﾑｼ"), ja.byte_of("かぶとむし"));
    assert!(ja.byte_of("かぶとむし").is_some());
    let unspaced = |p: &str| p.replace(' ', "");
    phrases_read(ja, str::to_owned, &["ja", "en"]);
    phrases_read(ja, unspaced, &["ja", "en", "zh-Hans"]);
    phrases_read(ja, |p| katakana(&unspaced(p)), &["ja", "en"]);
    phrases_read(ja, |p| decomposed(&unspaced(p)), &["ja"]);
    phrases_read(ja, |p| p.replace(' ', "、"), &["ja"]);
    phrases_read(ja, |p| katakana(p).replace(' ', "・"), &["en"]);
    phrases_read(ja, |p| p.replace(' ', "\u{3000}"), &["ja"]);
    // A Chinese phrase typed without spaces on a Japanese phone is still Chinese.
    phrases_read(word_list("zh-Hans").unwrap(), unspaced, &["ja"]);
    a_wrong_word_in_a_run_is_named(ja, "ぬぬぬ");
}

/// Amharic as its writers vary it: each homophone letter typed as another of its set (ሀ ሐ ኀ,
/// ሰ ሠ, አ ዐ, ጸ ፀ, in the same vowel order), the fourth order of ሀ and አ for the first and
/// back, and words separated by the Ethiopic word space, comma or full stop: each reads, on an
/// Amharic or an English phone. Letters that only look alike stay apart (ሰ is not ሸ).
#[test]
fn an_amharic_word_typed_with_its_other_homophone_letters_still_reads() {
    let am = word_list("am").expect("Amharic has a list");
    // Each set, the series' first code points; a letter's vowel order is its offset in it.
    const SETS: [&[u32]; 4] = [
        &[0x1200, 0x1210, 0x1280],
        &[0x1230, 0x1220],
        &[0x12A0, 0x12D0],
        &[0x1338, 0x1340],
    ];
    // Every letter of a set replaced by the set's `n`th series, and (for ሀ and አ) the first
    // and fourth orders swapped when `swap`.
    let respelled = |w: &str, n: usize, swap: bool| -> String {
        w.chars()
            .map(|c| {
                let code = u32::from(c);
                let Some(set) = SETS.iter().find(|s| s.contains(&(code & !7))) else {
                    return c;
                };
                let mut order = code & 7;
                if swap && matches!(set[0], 0x1200 | 0x12A0) && matches!(order, 0 | 3) {
                    order = 3 - order;
                }
                char::from_u32(set[n % set.len()] + order).unwrap()
            })
            .collect()
    };
    let mut varied = 0;
    for (i, w) in am.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        for n in 0..3 {
            for swap in [false, true] {
                let typed = respelled(w, n, swap);
                varied += usize::from(typed != *w);
                assert_eq!(am.byte_of(&typed), byte, "{w} typed as {typed}");
            }
        }
    }
    assert!(
        varied >= 100,
        "only {varied} variants differ from the list's words"
    );
    phrases_read(am, |p| respelled(p, 1, true), &["am", "en"]);
    phrases_read(am, |p| respelled(p, 2, false).replace(' ', "፡"), &["am"]);
    phrases_read(am, |p| p.replace(' ', "፣ "), &["am", "en"]);
    phrases_read(am, |p| format!("{p}።"), &["am"]);
    // ሰ and ሸ, ጸ and ጠ look alike but are other letters: never folded together.
    assert_ne!(keyboard_form("ሰ"), keyboard_form("ሸ"));
    assert_ne!(keyboard_form("ጸ"), keyboard_form("ጠ"));
    assert_eq!(keyboard_form("ሃገር"), keyboard_form("ሐገር"));
    assert_eq!(keyboard_form("ዓመት"), keyboard_form("አመት"));
}

/// Pashto typed on a Persian or Arabic keyboard, often the only one on a phone in
/// Afghanistan: ګ as گ, ې and ۍ as ي or ی, ک as ك, with vowel marks: each reads, on a
/// Pashto, a Dari or an English phone.
#[test]
fn a_pashto_word_typed_on_a_persian_or_arabic_keyboard_still_reads() {
    let ps = word_list("ps").expect("Pashto has a list");
    let persian = |p: &str| p.replace('ګ', "گ").replace(['ې', 'ۍ'], "ی");
    let arabic = |p: &str| {
        p.replace('ګ', "گ")
            .replace(['ې', 'ۍ', 'ی'], "ي")
            .replace('ک', "ك")
    };
    // A zwar (fatha) after each word's first letter.
    let marked = |p: &str| -> String {
        p.split(' ')
            .map(|w| {
                let mut letters = w.chars();
                let first = letters.next().map(String::from).unwrap_or_default();
                format!("{first}\u{64e}{}", letters.as_str())
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut varied = 0;
    for (i, w) in ps.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        varied += usize::from(persian(w) != *w);
        for typed in [persian(w), arabic(w), marked(w)] {
            assert_eq!(ps.byte_of(&typed), byte, "{w} typed as {typed}");
        }
    }
    assert!(
        varied >= 60,
        "only {varied} words have a Pashto letter a keyboard varies"
    );
    phrases_read(ps, persian, &["ps", "fa-AF", "en"]);
    phrases_read(ps, arabic, &["ps", "ar"]);
    phrases_read(ps, marked, &["ps"]);
}

/// Georgian typed in capitals (Mtavruli, which some keyboards and systems give) reads as its
/// ordinary letters, on a Georgian or an English phone.
#[test]
fn a_georgian_word_typed_in_capitals_still_reads() {
    let ka = word_list("ka").expect("Georgian has a list");
    for (i, w) in ka.words().iter().enumerate() {
        let capitals = w.to_uppercase();
        assert_ne!(capitals, *w, "Mtavruli capitals exist for {w}");
        assert_eq!(
            ka.byte_of(&capitals),
            u8::try_from(i).ok(),
            "{w} as {capitals}"
        );
    }
    phrases_read(ka, |p| p.to_uppercase(), &["ka", "en"]);
    phrases_read(ka, |p| p.replace(' ', ", "), &["ka"]);
}

/// Sinhala typed with its two-part vowel signs in parts (ො as ෙ and ා, ෝ as ෙ, ා and ්, ේ as
/// ෙ and ්, ෞ as ෙ and ෟ), as some keyboards send them: each reads, on a Sinhala or an
/// English phone.
#[test]
fn a_sinhala_word_typed_with_its_vowel_signs_in_parts_still_reads() {
    let si = word_list("si").expect("Sinhala has a list");
    let in_parts = |p: &str| {
        p.replace('\u{ddc}', "\u{dd9}\u{dcf}")
            .replace('\u{ddd}', "\u{dd9}\u{dcf}\u{dca}")
            .replace('\u{dda}', "\u{dd9}\u{dca}")
            .replace('\u{dde}', "\u{dd9}\u{ddf}")
    };
    let mut parted = 0;
    for (i, w) in si.words().iter().enumerate() {
        parted += usize::from(in_parts(w) != *w);
        assert_eq!(si.byte_of(&in_parts(w)), u8::try_from(i).ok(), "{w}");
    }
    assert!(
        parted >= 20,
        "only {parted} words have a two-part vowel sign"
    );
    phrases_read(si, in_parts, &["si", "en"]);
}

/// Sorani typed on a Persian or an Arabic keyboard, which lack its own letters: ڕ as ر, ڵ as
/// ل, ۆ as و, ێ as ی (or ي), ە as ه, ڤ as ف, and on an Arabic one ی as ي and ک as ك. Each
/// reads, on a Sorani, a Persian, an Arabic or an English phone.
#[test]
fn a_sorani_word_typed_on_a_persian_or_arabic_keyboard_still_reads() {
    let ckb = word_list("ckb").expect("Sorani has a list");
    let persian = |p: &str| {
        p.replace('ڕ', "ر")
            .replace('ڵ', "ل")
            .replace('ۆ', "و")
            .replace('ێ', "ی")
            .replace('ە', "ه")
            .replace('ڤ', "ف")
    };
    let arabic = |p: &str| persian(p).replace('ی', "ي").replace('ک', "ك");
    let mut varied = 0;
    for (i, w) in ckb.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        varied += usize::from(persian(w) != *w);
        for typed in [persian(w), arabic(w)] {
            assert_eq!(ckb.byte_of(&typed), byte, "{w} typed as {typed}");
        }
    }
    assert!(
        varied >= 150,
        "only {varied} words have a letter of Sorani's own"
    );
    phrases_read(ckb, persian, &["ckb", "fa", "en"]);
    phrases_read(ckb, arabic, &["ckb", "ar"]);
}
