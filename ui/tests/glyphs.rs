//! Every character a person can be shown — every locale's messages, each country's name in
//! the bundled emergency numbers, and every word of the reference word lists (the hand-over
//! screen shows them large) — has a glyph in the fonts the app requires, so no language
//! renders as empty boxes. The app ships no font of its own: it requires the Noto families
//! (`docs/fonts.md`), which Android ships and `scripts/setup.sh` installs on Linux
//! (`fonts-noto-core`, `fonts-noto-cjk`). The WebView falls back across installed fonts per
//! character, so a character is covered when any required font maps it.
//!
//! Runs on the host: `cargo test -p reach-ui --test glyphs`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the required Debian packages put their fonts.
const REQUIRED_FONT_DIRS: &[(&str, &str)] = &[
    ("/usr/share/fonts/truetype/noto", "fonts-noto-core"),
    ("/usr/share/fonts/opentype/noto", "fonts-noto-cjk"),
];

/// Characters that are never drawn (format controls: joiners, bidi marks, soft hyphen) and so
/// need no glyph.
fn is_format_control(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0x00AD | 0x061C | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFEFF)
}

fn font_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            font_files(&p, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| matches!(x, "ttf" | "otf" | "ttc"))
        {
            out.push(p);
        }
    }
}

/// Text that reaches the screen: every line of a Fluent file that is not a comment.
fn shown_chars(source: &str) -> BTreeSet<char> {
    source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.chars())
        .filter(|c| !is_format_control(*c))
        .collect()
}

#[test]
fn every_character_shown_has_a_glyph_in_the_required_fonts() {
    let mut files = vec![];
    for (dir, package) in REQUIRED_FONT_DIRS {
        let before = files.len();
        font_files(Path::new(dir), &mut files);
        assert!(
            files.len() > before,
            "no fonts in {dir}: install {package} (scripts/setup.sh does)"
        );
    }
    let data: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let mut faces = vec![];
    for bytes in &data {
        let n = ttf_parser::fonts_in_collection(bytes).unwrap_or(1);
        for i in 0..n {
            if let Ok(face) = ttf_parser::Face::parse(bytes, i) {
                faces.push(face);
            }
        }
    }
    assert!(faces.len() > 50, "only {} font faces", faces.len());

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut texts: BTreeMap<String, BTreeSet<char>> = BTreeMap::new();
    for entry in std::fs::read_dir(root.join("locales")).unwrap().flatten() {
        let ftl = entry.path().join("main.ftl");
        if let Ok(src) = std::fs::read_to_string(&ftl) {
            texts.insert(
                entry.file_name().to_string_lossy().into_owned(),
                shown_chars(&src),
            );
        }
    }
    assert!(texts.len() >= 20, "only {} locales", texts.len());
    let numbers: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("ui/data/emergency-numbers.json")).unwrap(),
    )
    .unwrap();
    let names: String = numbers["countries"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| {
            let hotlines = c["hotlines"].as_array().cloned().unwrap_or_default();
            std::iter::once(c["name"].as_str().unwrap_or("").to_owned()).chain(
                hotlines
                    .into_iter()
                    .map(|h| h["name"].as_str().unwrap_or("").to_owned()),
            )
        })
        .collect();
    texts.insert("emergency numbers".into(), shown_chars(&names));
    // The reference word lists: every word a hand-over screen can show, in its own script.
    let mut lists = 0;
    for entry in std::fs::read_dir(root.join("crates/core/src/reference"))
        .unwrap()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(lang) = name.strip_suffix(".txt") {
            let src = std::fs::read_to_string(entry.path()).unwrap();
            texts.insert(format!("reference words {lang}"), shown_chars(&src));
            lists += 1;
        }
    }
    assert!(lists >= 30, "only {lists} reference word lists");

    let mut covered: BTreeMap<char, bool> = BTreeMap::new();
    let mut problems = vec![];
    for (what, chars) in &texts {
        let missing: Vec<String> = chars
            .iter()
            .filter(|c| {
                let drawn = *covered
                    .entry(**c)
                    .or_insert_with(|| faces.iter().any(|f| f.glyph_index(**c).is_some()));
                !drawn
            })
            .map(|c| format!("{c} U+{:04X}", *c as u32))
            .collect();
        if !missing.is_empty() {
            problems.push(format!("{what}: {missing:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "characters no required font can draw:\n{problems:#?}"
    );
    // The check can fail: no required font claims a private-use character.
    assert!(
        !faces.iter().any(|f| f.glyph_index('\u{10FFFD}').is_some()),
        "a font claims a plane-16 private-use character: the check would prove nothing"
    );
}
