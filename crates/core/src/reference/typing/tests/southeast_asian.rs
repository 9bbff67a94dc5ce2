//! Thai, Khmer, Lao and Burmese as people type them: written without spaces between words, so a
//! phrase is often one run, cut into the list's words; and with marks a keyboard lets them
//! type in more than one order (`typing.rs`: `thai_in_order` (Thai and Lao), `khmer_in_order`,
//! `burmese_in_order`).

use super::super::super::{Reference, UNIQUE_PREFIX, WordList, word_list};
use super::super::{keyboard_form, typed_form};
use super::{a_wrong_word_in_a_run_is_named, phrases_read};

/// Each word of `list` typed as `typed` turns it still names its byte, and at least
/// `at_least` words are typed otherwise than they are written (so the test tests something).
fn every_word_reads(list: &WordList, typed: impl Fn(&str) -> String, at_least: usize) {
    let mut changed = 0;
    for (i, w) in list.words().iter().enumerate() {
        let t = typed(w);
        changed += usize::from(t != *w);
        assert_eq!(
            list.byte_of(&t),
            u8::try_from(i).ok(),
            "{} {w} typed as {t}",
            list.lang
        );
    }
    assert!(
        changed >= at_least,
        "{}: {changed} words changed",
        list.lang
    );
}

/// `w` with each run of marks after a letter typed in reverse order; the mark `joined` (Khmer's
/// coeng) takes the letter after it along, as one unit.
fn marks_reversed(w: &str, is_mark: impl Fn(char) -> bool, joined: Option<char>) -> String {
    let mut out = String::new();
    let mut marks: Vec<String> = Vec::new();
    let mut letters = w.chars().peekable();
    while let Some(c) = letters.next() {
        if Some(c) == joined {
            marks.push([Some(c), letters.next()].into_iter().flatten().collect());
        } else if is_mark(c) {
            marks.push(c.to_string());
        } else {
            out.extend(marks.drain(..).rev());
            out.push(c);
        }
    }
    out.extend(marks.drain(..).rev());
    out
}

/// A phrase typed without spaces, and its first word's first letters typed apart from two
/// runs, reads on a phone in the language or in English.
fn runs_read(list: &WordList) {
    let unspaced = |p: &str| p.replace(' ', "");
    phrases_read(list, str::to_owned, &[list.lang]);
    phrases_read(list, unspaced, &[list.lang, "en"]);
    phrases_read(
        list,
        |p| {
            let words: Vec<&str> = p.split(' ').collect();
            let first: String = words[0].chars().take(UNIQUE_PREFIX).collect();
            format!("{first} {} {}", words[1..5].concat(), words[5..].concat())
        },
        &[list.lang],
    );
}

/// Thai as people type it: without spaces between words, as Thai is written (the run is
/// cut into the list's words), with a tone mark typed before the vowel sign above or below
/// its letter, with ำ typed as ํ and า, or with the tone mark typed after ำ: each reads, on
/// a Thai or an English phone. A run with a word that is not on the list says which one.
#[test]
fn a_thai_phrase_typed_without_spaces_or_with_its_marks_in_another_order_reads() {
    use super::super::super::ReferenceError;
    let th = word_list("th").expect("Thai has a list");
    const TONES: [char; 4] = ['\u{e48}', '\u{e49}', '\u{e4a}', '\u{e4b}'];
    const VOWELS: [char; 8] = [
        '\u{e31}', '\u{e34}', '\u{e35}', '\u{e36}', '\u{e37}', '\u{e38}', '\u{e39}', '\u{e47}',
    ];
    // A vowel sign then a tone mark, typed the other way round.
    let tone_first = |p: &str| -> String {
        let mut letters: Vec<char> = p.chars().collect();
        for i in 1..letters.len() {
            if VOWELS.contains(&letters[i - 1]) && TONES.contains(&letters[i]) {
                letters.swap(i - 1, i);
            }
        }
        letters.into_iter().collect()
    };
    let am_in_parts = |p: &str| p.replace('\u{e33}', "\u{e4d}\u{e32}");
    let tone_after_am = |p: &str| {
        TONES.iter().fold(p.to_owned(), |p, t| {
            p.replace(&format!("{t}\u{e33}"), &format!("\u{e33}{t}"))
        })
    };
    let (mut reordered, mut with_am) = (0, 0);
    for (i, w) in th.words().iter().enumerate() {
        let byte = u8::try_from(i).ok();
        reordered += usize::from(tone_first(w) != *w);
        with_am += usize::from(am_in_parts(w) != *w);
        for typed in [tone_first(w), am_in_parts(w), tone_after_am(w)] {
            assert_eq!(th.byte_of(&typed), byte, "{w} typed as {typed}");
        }
    }
    assert!(reordered >= 15 && with_am >= 10, "{reordered} {with_am}");
    let unspaced = |p: &str| p.replace(' ', "");
    phrases_read(th, str::to_owned, &["th"]);
    phrases_read(th, unspaced, &["th", "en"]);
    phrases_read(th, |p| tone_first(&am_in_parts(&unspaced(p))), &["th"]);
    phrases_read(th, |p| tone_after_am(&unspaced(p)), &["en"]);
    // Two runs, and the first 4 letters of a word typed apart still read as it.
    phrases_read(
        th,
        |p| {
            let words: Vec<&str> = p.split(' ').collect();
            let first: String = words[0].chars().take(UNIQUE_PREFIX).collect();
            format!("{first} {} {}", words[1..5].concat(), words[5..].concat())
        },
        &["th"],
    );

    a_wrong_word_in_a_run_is_named(th, "กขค");
    let r = Reference::random();
    // Another language's phrase is still counted on a Thai phone, not refused as Thai.
    let en = word_list("en").unwrap();
    assert_eq!(
        Reference::parse(&r.words(en)[..8].join(" "), "th"),
        Err(ReferenceError::WordCount(8))
    );
}

/// Lao marks, as Thai's: a tone mark typed before the vowel sign above or below its letter,
/// ຳ typed as ໍ and າ, a tone mark typed after ຳ, and ໜ ໝ typed as one letter each (NFKC reads
/// them as ຫນ ຫມ, as the list writes them).
#[test]
fn a_lao_phrase_typed_without_spaces_or_with_its_marks_in_another_order_reads() {
    const TONES: [char; 4] = ['\u{ec8}', '\u{ec9}', '\u{eca}', '\u{ecb}'];
    let is_vowel = |c: char| matches!(c, '\u{eb1}' | '\u{eb4}'..='\u{ebb}');
    assert_eq!(typed_form("ກ່ິ"), keyboard_form("ກິ່"));
    assert_eq!(typed_form("ນ\u{ecd}\u{eb2}"), keyboard_form("ນຳ"));
    assert_eq!(typed_form("ນຳ\u{ec9}"), keyboard_form("ນ\u{ec9}ຳ"));
    assert_eq!(typed_form("ໜາ"), keyboard_form("ຫນາ"));
    let lo = word_list("lo").expect("Lao has a list");
    let tone_first = |w: &str| -> String {
        let mut letters: Vec<char> = w.chars().collect();
        for i in 1..letters.len() {
            if is_vowel(letters[i - 1]) && TONES.contains(&letters[i]) {
                letters.swap(i - 1, i);
            }
        }
        letters.into_iter().collect()
    };
    every_word_reads(lo, tone_first, 5);
    every_word_reads(lo, |w| w.replace('\u{eb3}', "\u{ecd}\u{eb2}"), 3);
    every_word_reads(lo, |w| w.replace("ຫນ", "ໜ").replace("ຫມ", "ໝ"), 3);
    runs_read(lo);
    phrases_read(lo, |p| tone_first(&p.replace(' ', "")), &["lo"]);
    a_wrong_word_in_a_run_is_named(lo, "ກຂຄ");
}

/// Khmer marks: a coeng ro (្រ, drawn before its letter) typed before the letter's other
/// subscript, a register shifter typed after the vowel, and ោ and ើ typed as the two parts
/// they are drawn with.
#[test]
fn a_khmer_phrase_typed_without_spaces_or_with_its_marks_in_another_order_reads() {
    // ស្ត្រី (woman) typed with its ro first (no list word has two subscripts: this rule is for
    // words a reviewer may bring); ប៉ី typed with its vowel first.
    assert_eq!(typed_form("ស្រ្តី"), keyboard_form("ស្ត្រី"));
    assert_eq!(
        typed_form("ប\u{17b8}\u{17c9}"),
        keyboard_form("ប\u{17c9}\u{17b8}")
    );
    assert_eq!(typed_form("ក\u{17c1}\u{17b6}"), keyboard_form("កោ"));
    assert_eq!(typed_form("ក\u{17c1}\u{17b8}"), keyboard_form("កើ"));
    let km = word_list("km").expect("Khmer has a list");
    let vowel_in_parts = |w: &str| w.replace('ោ', "េា").replace('ើ', "េី");
    // Every mark after a letter typed in the reverse of its order, a subscript (the coeng and
    // its consonant) as one.
    let reversed = |w: &str| {
        marks_reversed(
            w,
            |c| ('\u{17b6}'..='\u{17d1}').contains(&c),
            Some('\u{17d2}'),
        )
    };
    every_word_reads(km, vowel_in_parts, 5);
    every_word_reads(km, reversed, 100);
    runs_read(km);
    phrases_read(km, |p| reversed(&p.replace(' ', "")), &["km", "en"]);
    a_wrong_word_in_a_run_is_named(km, "កខគ");
}

/// Burmese as people type it in Unicode: ေ and ြ typed before their letter, as they are drawn
/// (and as Zawgyi keyboards had them typed), and the other marks in any order (medials, ိ and
/// ု, ် and ့). A word typed so reads alone and in a run typed without spaces: no list word
/// ends where Unicode's order lets ေ follow (a letter, a medial, ေ), so there an ေ typed first
/// is the next word's.
#[test]
fn a_burmese_phrase_typed_without_spaces_or_with_its_marks_as_drawn_reads() {
    assert_eq!(typed_form("ေကာ"), keyboard_form("ကော"));
    assert_eq!(typed_form("ေြကာ"), keyboard_form("ကြော"));
    assert_eq!(typed_form("ကွျ"), keyboard_form("ကျွ"));
    assert_eq!(typed_form("ကို့်"), keyboard_form("ကို့်"));
    assert_eq!(typed_form("ကိ်ု့"), keyboard_form("ကို့်"));
    // ေ after a bare letter is that letter's, as Unicode stores it.
    assert_ne!(typed_form("ကေက"), typed_form("ကကေ"));
    let my = word_list("my").expect("Burmese has a list");
    let is_mark = |c: char| ('\u{102b}'..='\u{103e}').contains(&c);
    let drawn_first = |c: char| c == '\u{1031}' || c == '\u{103c}';
    for w in my.words() {
        let last = w.chars().last().unwrap();
        assert!(
            is_mark(last) && !drawn_first(last) && !"\u{103b}\u{103d}\u{103e}".contains(last),
            "my: {w}"
        );
    }
    // Each ေ, then each ြ, moved to just before the letter its syllable starts with (so ေ first).
    let as_drawn = |w: &str| -> String {
        let mut letters: Vec<char> = w.chars().collect();
        for mark in ['\u{1031}', '\u{103c}'] {
            let mut i = 0;
            while i < letters.len() {
                if letters[i] == mark {
                    let start = letters[..i].iter().rposition(|c| !is_mark(*c)).unwrap_or(0);
                    let c = letters.remove(i);
                    letters.insert(start, c);
                }
                i += 1;
            }
        }
        letters.into_iter().collect()
    };
    assert_eq!(as_drawn("ကြော"), "ေြကာ");
    assert_eq!(as_drawn("ပြတင်းပေါက်"), "ြပတင်းေပါက်");
    // The marks after a letter reversed, but for ေ and ြ.
    let reversed = |w: &str| marks_reversed(w, |c| is_mark(c) && !drawn_first(c), None);
    every_word_reads(my, as_drawn, 90);
    every_word_reads(my, reversed, 60);
    runs_read(my);
    phrases_read(my, as_drawn, &["my", "en"]);
    phrases_read(my, |p| as_drawn(&p.replace(' ', "")), &["my", "en"]);
    a_wrong_word_in_a_run_is_named(my, "ကခဂ");
}

/// Burmese typed in Zawgyi (a phone whose font and keyboard are Zawgyi's, as most were until
/// 2019): each word in each of its Zawgyi forms (`my.zawgyi.tsv`) names its byte, and a phrase
/// of them reads spaced and as one run, on a Burmese or an English phone. Zawgyi shares code
/// points with Unicode Burmese but not their meaning, so this is a table of the list's words,
/// not a reading of Zawgyi text in general.
#[test]
fn a_burmese_phrase_typed_in_zawgyi_reads() {
    let my = word_list("my").expect("Burmese has a list");
    let forms: Vec<(&str, Vec<&str>)> = include_str!("../../my.zawgyi.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut cells = l.split('\t');
            (cells.next().unwrap(), cells.collect())
        })
        .collect();
    // Most words are written otherwise in Zawgyi (the rest are the same in both).
    assert!(forms.len() >= 200, "{}", forms.len());
    let mut other_forms = 0;
    for (word, zawgyi) in &forms {
        let byte = my
            .words()
            .iter()
            .position(|w| w == word)
            .expect("on the list");
        for z in zawgyi {
            assert_ne!(z, word);
            assert_eq!(
                my.byte_of(z),
                u8::try_from(byte).ok(),
                "{word} in Zawgyi as {z}"
            );
        }
        other_forms += zawgyi.len() - 1;
    }
    // Where the two converters chose different glyphs, both are read.
    assert!(other_forms >= 30, "{other_forms}");
    // Ka with medial ra in Zawgyi (U+103B, Unicode's medial ya): the right word, not another.
    // Each word in its first or its last Zawgyi form (where the converters chose other
    // glyphs: a keyboard may type either), or as it is where Zawgyi writes it the same.
    let form_of = |w: &str, last: bool| -> String {
        let i = forms.iter().position(|(word, _)| *word == w);
        i.map_or(w.to_owned(), |i| {
            let f = &forms[i].1;
            (if last { f[f.len() - 1] } else { f[0] }).to_owned()
        })
    };
    let in_zawgyi = |w: &str| form_of(w, false);
    assert_eq!(
        my.byte_of(&in_zawgyi("ကြောင်")),
        my.words()
            .iter()
            .position(|w| *w == "ကြောင်")
            .and_then(|i| u8::try_from(i).ok())
    );
    let zawgyi_phrase = |p: &str| {
        p.split(' ')
            .enumerate()
            .map(|(i, w)| form_of(w, i % 2 == 1))
            .collect::<Vec<_>>()
            .join(" ")
    };
    phrases_read(my, zawgyi_phrase, &["my", "en"]);
    phrases_read(my, |p| zawgyi_phrase(p).replace(' ', ""), &["my", "en"]);
    // Every two words typed as one run are cut into those two: no word's Zawgyi form runs
    // into the next one's, whichever forms they are typed in. (Cut as Unicode is, the first
    // mark of a word drawn before its letter joined the word before: 5,802 pairs failed.)
    let byte = |w: &str| {
        my.words()
            .iter()
            .position(|x| *x == w)
            .and_then(|i| u8::try_from(i).ok())
    };
    let mut misread = Vec::new();
    for last in [false, true] {
        for a in my.words() {
            for b in my.words() {
                let run = format!("{}{}", form_of(a, last), form_of(b, !last));
                // Where the run also cuts into Unicode words, the wrong ones.
                if let Ok(pieces) = my.cut(&run)
                    && pieces.iter().map(|p| my.byte_of(p)).collect::<Vec<_>>()
                        != vec![byte(a), byte(b)]
                {
                    misread.push((byte(a).unwrap(), byte(b).unwrap(), last));
                }
                let read = my
                    .cut_zawgyi(&run)
                    .map(|pieces| pieces.iter().map(|p| my.byte_of(p)).collect::<Vec<_>>());
                assert_eq!(
                    read,
                    Ok(vec![byte(a), byte(b)]),
                    "{a} {b} typed in Zawgyi as {run}"
                );
            }
        }
    }
    // Nor does the Unicode cut, tried first, read such a run as other words: were one to,
    // `Reference::from_words` reads the phrase as Zawgyi when the Unicode reading fails.
    assert_eq!(
        misread,
        vec![],
        "Zawgyi runs cut into other words in Unicode"
    );
    a_wrong_word_in_a_run_is_named(my, "ကခဂ");
}
