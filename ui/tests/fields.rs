//! Every field a person types into asks the phone's keyboard not to suggest, autocorrect or
//! spell-check what is typed there: on a phone someone else uses, a keyboard that learned the
//! words would offer them later in any other app (docs/threat-model.md).
//!
//! The Playwright tests check the fields of the screens they reach in the rendered page
//! (`learningFields` in `harness.mjs`); this reads every `<input>` and `<textarea>` in the UI's
//! source, so a field on a screen no test reaches is held to the same rule.
//!
//! Runs on the host: `cargo test -p reach-ui --test fields`.

use std::path::{Path, PathBuf};

/// Input types with no keyboard of their own: nothing typed, nothing to learn.
const NO_KEYBOARD: &[&str] = &[
    "time", "date", "radio", "checkbox", "button", "submit", "hidden", "range", "color", "file",
];

/// What each field must carry: `widgets::keyboard_learns_nothing`'s three attributes.
const REQUIRED: &[&str] = &["{keyboard_learns_nothing()}"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {dir:?}: {e}"));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Each `<input …/>` and `<textarea …>` tag of a `view!` in `source`, with its line number.
/// Inputs are self-closing in `view!`; a textarea's opening tag ends at `></textarea>`.
fn field_tags(source: &str) -> Vec<(usize, String)> {
    let mut tags = Vec::new();
    for (open, close) in [("<input ", "/>"), ("<textarea ", "></textarea>")] {
        let mut from = 0;
        while let Some(at) = source[from..].find(open) {
            let start = from + at;
            let end = source[start..]
                .find(close)
                .map(|e| start + e)
                .unwrap_or_else(|| panic!("{open} at byte {start} is never closed by {close}"));
            let line = source[..start].lines().count().max(1);
            tags.push((line, source[start..end].to_owned()));
            from = end;
        }
    }
    tags
}

/// The literal `type="…"` of a tag; `None` when the type is computed (TextField's
/// `type=input_type`: text, tel or email, all with a keyboard) or absent (text).
fn literal_type(tag: &str) -> Option<&str> {
    let rest = &tag[tag.find(r#"type=""#)? + 6..];
    Some(&rest[..rest.find('"')?])
}

#[test]
fn no_field_lets_the_keyboard_learn_what_is_typed() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();

    let mut checked = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        for (line, tag) in field_tags(&source) {
            if literal_type(&tag).is_some_and(|t| NO_KEYBOARD.contains(&t)) {
                continue;
            }
            checked += 1;
            for attribute in REQUIRED {
                if !tag.contains(attribute) {
                    let name = file.strip_prefix(&src).unwrap_or(file).display();
                    missing.push(format!("src/{name}:{line}: no {attribute}"));
                }
            }
        }
    }
    // The form's text field and text area, the PIN, the worker's profile, the reference and the
    // language search: fewer than that means the scan no longer finds the fields.
    assert!(checked >= 6, "only {checked} typed fields found in {src:?}");
    assert!(
        missing.is_empty(),
        "fields the keyboard may learn from:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_a_field_without_the_attributes() {
    let source = r#"view! {
        <input type="time" id="t"/>
        <input id="x" type="text" autocomplete="off"/>
        <textarea id="m" {keyboard_learns_nothing()}></textarea>
    }"#;
    let tags = field_tags(source);
    assert_eq!(tags.len(), 3);
    assert_eq!(literal_type(&tags[0].1), Some("time"));
    assert_eq!(tags[1].0, 3);
    assert!(!tags[1].1.contains(REQUIRED[0]));
    assert!(REQUIRED.iter().all(|a| tags[2].1.contains(a)));
}
