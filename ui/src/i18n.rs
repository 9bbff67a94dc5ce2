//! Fluent translations, loaded one locale at a time. The wasm holds only each locale's metadata
//! and the SHA-256 of its `locales/<code>/main.ftl` (baked in by build.rs); the file itself is
//! an asset beside the wasm, fetched when the language is chosen and refused unless its hash
//! matches, so a changed or truncated file never reaches the screen. Each message falls back
//! to English on its own (English is loaded before the app mounts), then to its id.

use std::cell::RefCell;
use std::collections::HashMap;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use sha2::{Digest, Sha256};
use unic_langid::LanguageIdentifier;

#[cfg(test)]
use crate::locale_meta::{has_machine_drafted_marker, term};

/// What the language picker, the search and `<html dir>` need before a locale is loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleInfo {
    pub code: &'static str,
    /// The language's name in its own script (`-locale-name`).
    pub name: &'static str,
    /// Its name in English (`-locale-english`), so a worker can search in English.
    pub english: &'static str,
    /// `-locale-dir = rtl`.
    pub rtl: bool,
    /// `-locale-status` (source | machine-drafted | reviewed), if declared.
    #[cfg_attr(not(test), allow(dead_code))]
    pub status: Option<&'static str>,
    /// The file carries the `## machine-drafted: true` comment.
    #[cfg_attr(not(test), allow(dead_code))]
    pub machine_drafted_marker: bool,
    /// SHA-256 of the file as built: the only bytes [`install`] accepts for this locale.
    pub sha256: [u8; 32],
}

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// Every locale, English first.
pub fn locales() -> &'static [LocaleInfo] {
    LOCALES
}

pub fn info(code: &str) -> Option<&'static LocaleInfo> {
    LOCALES.iter().find(|l| l.code == code)
}

pub fn is_rtl(code: &str) -> bool {
    info(code).is_some_and(|l| l.rtl)
}

/// Why a locale could not be used; the app then keeps English and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not one of the locales built into this app.
    Unknown,
    /// The file could not be read (missing asset, fetch refused).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Unreadable,
    /// The bytes are not the ones built into this app (changed, truncated, replaced).
    Integrity,
    /// The bytes matched but are not UTF-8 (cannot happen for a file build.rs read; kept
    /// so that no path panics).
    NotUtf8,
}

#[cfg_attr(not(test), allow(dead_code))]
/// Message ids defined in a Fluent source (messages start at column 0; terms start with '-').
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let mut chars = id.chars();
            let first = chars.next()?;
            (first.is_ascii_alphabetic()
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .then(|| id.to_owned())
        })
        .collect()
}

/// The best locale we have for a BCP 47 tag ("ar-EG" → "ar", "zh-CN" → "zh-Hans",
/// "fa-AF" → "fa-AF" before "fa"), else "en".
pub fn best_locale(tag: &str) -> &'static str {
    let tag_l = tag.to_ascii_lowercase().replace('_', "-");
    let list = locales();
    if let Some(l) = list.iter().find(|l| l.code.eq_ignore_ascii_case(&tag_l)) {
        return l.code;
    }
    // "fa-AF-x" → "fa-AF": the longest shipped code that is a prefix of the tag at a subtag
    // boundary, then the primary language alone.
    if let Some(l) = list
        .iter()
        .filter(|l| {
            let c = l.code.to_ascii_lowercase();
            tag_l.starts_with(&format!("{c}-"))
        })
        .max_by_key(|l| l.code.len())
    {
        return l.code;
    }
    let primary = tag_l.split('-').next().unwrap_or("");
    list.iter()
        .filter(|l| l.code.to_ascii_lowercase().split('-').next() == Some(primary))
        .min_by_key(|l| l.code.len())
        .map(|l| l.code)
        .unwrap_or("en")
}

fn new_bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(r) => r,
        Err((r, _errors)) => r, // keep every message that did parse
    };
    let _ = bundle.add_resource(resource);
    bundle
}

thread_local! {
    static BUNDLES: RefCell<HashMap<&'static str, FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
}

/// The locale's bundle is ready: [`format()`] will use it.
pub fn is_loaded(code: &str) -> bool {
    BUNDLES.with(|b| b.borrow().contains_key(code))
}

/// Checks `bytes` against the hash built in for `code` and, if they match, makes the locale
/// available to [`format()`]. Nothing is installed on any error.
pub fn install(code: &str, bytes: &[u8]) -> Result<(), LoadError> {
    let info = info(code).ok_or(LoadError::Unknown)?;
    if <[u8; 32]>::from(Sha256::digest(bytes)) != info.sha256 {
        return Err(LoadError::Integrity);
    }
    let source = std::str::from_utf8(bytes).map_err(|_| LoadError::NotUtf8)?;
    let bundle = new_bundle(info.code, source);
    BUNDLES.with(|b| b.borrow_mut().insert(info.code, bundle));
    Ok(())
}

/// The asset's path, relative to the page (Trunk copies `locales/` beside index.html).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn asset_path(code: &str) -> String {
    format!("locales/{code}/main.ftl")
}

/// Loads `code` if it is not loaded yet: fetched from the app's own assets and checked by
/// [`install`]. Concurrent calls for one locale are harmless (the second install replaces the
/// first with the same bytes).
#[cfg(target_arch = "wasm32")]
pub async fn load(code: &str) -> Result<(), LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if is_loaded(code) {
        return Ok(());
    }
    let info = info(code).ok_or(LoadError::Unknown)?;
    let window = web_sys::window().ok_or(LoadError::Unreadable)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&asset_path(info.code)))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(LoadError::Unreadable)?;
    if !response.ok() {
        return Err(LoadError::Unreadable);
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| LoadError::Unreadable)?)
        .await
        .map_err(|_| LoadError::Unreadable)?;
    install(info.code, &js_sys::Uint8Array::new(&buffer).to_vec())
}

/// On the host (tests) the sources are compiled in: loading is installing them.
#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)]
pub async fn load(code: &str) -> Result<(), LoadError> {
    load_from_sources(code)
}

#[cfg(not(target_arch = "wasm32"))]
fn load_from_sources(code: &str) -> Result<(), LoadError> {
    if is_loaded(code) {
        return Ok(());
    }
    let (_, src) = LOCALE_SOURCES
        .iter()
        .find(|(c, _)| *c == code)
        .ok_or(LoadError::Unknown)?;
    install(code, src.as_bytes())
}

/// Whether `id` exists in `lang` or, failing that, in English (what [`format()`] would show).
pub fn has_message(lang: &str, id: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    for code in [lang, "en"] {
        let _ = load_from_sources(code);
    }
    BUNDLES.with(|b| {
        let map = b.borrow();
        [lang, "en"]
            .iter()
            .any(|c| map.get(c).is_some_and(|bundle| bundle.has_message(id)))
    })
}

/// An argument for a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Num(f64),
    Str(String),
}

/// Formats `id` in `lang`, falling back to English, then to the id itself. Returns the text and
/// whether any Fluent error occurred (for tests). Only loaded locales are used: a locale still
/// on its way shows in English until it arrives.
pub fn format_checked(lang: &str, id: &str, args: &[(&str, Arg)]) -> (String, bool) {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    for code in [lang, "en"] {
        let _ = load_from_sources(code);
    }
    BUNDLES.with(|cell| {
        let map = cell.borrow();
        for code in [lang, "en"] {
            let Some(bundle) = map.get(code) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                return (hangul_joined(&text), !errors.is_empty());
            }
        }
        (id.to_owned(), true)
    })
}

/// Fluent sets each placeable between bidi isolation marks (U+2068 … U+2069), and a browser
/// may break the line at such a mark: Korean's `{ $from }에서` ("from 10:00") broke as "10:00"
/// at the end of one line and "에서" at the start of the next, though Korean keeps a word whole
/// (`word-break: keep-all`). A word joiner (U+2060) between a mark and the Hangul it touches
/// keeps them on one line; screen readers and voices skip it, and no other script is touched
/// (Latin, Arabic and Cyrillic text does not break there; Japanese may, as it may anywhere).
fn hangul_joined(text: &str) -> String {
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    const WJ: char = '\u{2060}';
    let hangul = |c: char| {
        matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{A960}'..='\u{A97F}'
            | '\u{AC00}'..='\u{D7FF}')
    };
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    for c in text.chars() {
        if prev.is_some_and(|p| (p == PDI && hangul(c)) || (hangul(p) && c == FSI)) {
            out.push(WJ);
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

pub fn format(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    format_checked(lang, id, args).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn hangul_stays_joined_to_a_placeable() {
        let from = || {
            [
                ("day", Arg::Str("화요일".into())),
                ("from", Arg::Str("10:00".into())),
                ("to", Arg::Str("12:00".into())),
            ]
        };
        let ko = format("ko", "reply-call_planned", &from());
        assert!(ko.contains("\u{2068}10:00\u{2069}\u{2060}에서"), "{ko:?}");
        assert!(
            !ko.contains("\u{2060} "),
            "a joiner only where no space is: {ko:?}"
        );
        assert_eq!(
            hangul_joined("번호\u{2068}1\u{2069} \u{2068}2\u{2069}번"),
            "번호\u{2060}\u{2068}1\u{2069} \u{2068}2\u{2069}\u{2060}번"
        );
        // Other scripts are left as Fluent wrote them.
        for lang in ["en", "ar", "tr", "ja"] {
            let text = format(lang, "reply-call_planned", &from());
            assert!(!text.contains('\u{2060}'), "{lang}: {text:?}");
        }
    }

    fn src(code: &str) -> &'static str {
        LOCALE_SOURCES.iter().find(|(c, _)| *c == code).unwrap().1
    }

    /// Variables a message uses (`{ $name }` and selectors), for representative arguments.
    fn variables(source: &str, id: &str) -> BTreeSet<String> {
        all_variables(source).remove(id).unwrap_or_default()
    }

    /// Every message's variables in one pass over the source (id → names).
    fn all_variables(source: &str) -> HashMap<String, BTreeSet<String>> {
        let mut all: HashMap<String, BTreeSet<String>> = HashMap::new();
        let mut current: Option<String> = None;
        for line in source.lines() {
            if line.starts_with(|c: char| !c.is_whitespace()) {
                current = message_ids(line).into_iter().next();
            }
            let Some(id) = &current else { continue };
            let vars = all.entry(id.clone()).or_default();
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    vars.insert(name);
                }
            }
        }
        all
    }

    #[test]
    fn english_is_listed_first() {
        assert_eq!(LOCALES[0].code, "en");
        assert!(LOCALES.len() >= 2, "expected translations next to English");
    }

    /// The metadata baked into the wasm is what each file says, and every file's hash is the
    /// hash of the file on disk, which is the asset Trunk copies (`index.html` copy-dir).
    #[test]
    fn baked_metadata_and_hashes_match_the_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        assert_eq!(LOCALES.len(), LOCALE_SOURCES.len());
        for l in LOCALES {
            let bytes = std::fs::read(dir.join(l.code).join("main.ftl")).unwrap();
            assert_eq!(
                <[u8; 32]>::from(Sha256::digest(&bytes)),
                l.sha256,
                "{}",
                l.code
            );
            let src = std::str::from_utf8(&bytes).unwrap();
            assert_eq!(term(src, "locale-name").as_deref(), Some(l.name));
            assert_eq!(
                term(src, "locale-english").as_deref(),
                Some(l.english),
                "{}",
                l.code
            );
            assert_eq!(term(src, "locale-status").as_deref(), l.status);
            assert_eq!(has_machine_drafted_marker(src), l.machine_drafted_marker);
            assert_eq!(asset_path(l.code), format!("locales/{}/main.ftl", l.code));
        }
    }

    /// Only the exact bytes built in are accepted: one changed byte, a truncated file, another
    /// locale's file or an unknown code installs nothing, and English stays in place.
    #[test]
    fn install_refuses_anything_but_the_built_in_bytes() {
        let (_, ar) = LOCALE_SOURCES.iter().find(|(c, _)| *c == "ar").unwrap();
        let (_, es) = LOCALE_SOURCES.iter().find(|(c, _)| *c == "es").unwrap();
        let mut changed = ar.as_bytes().to_vec();
        let at = changed.len() / 2;
        changed[at] ^= 1;
        assert_eq!(install("ar", &changed), Err(LoadError::Integrity));
        assert_eq!(
            install("ar", &ar.as_bytes()[..ar.len() - 1]),
            Err(LoadError::Integrity)
        );
        assert_eq!(install("ar", es.as_bytes()), Err(LoadError::Integrity));
        assert_eq!(install("ar", b""), Err(LoadError::Integrity));
        assert_eq!(install("xx", ar.as_bytes()), Err(LoadError::Unknown));
        assert!(!is_loaded("ar"), "a refused file must not be installed");
        assert!(!is_loaded("xx"));
        // English still answers for a locale that is not loaded.
        let _ = load_from_sources("en");
        BUNDLES.with(|b| b.borrow_mut().remove("ar"));
        let text = BUNDLES.with(|b| {
            let map = b.borrow();
            let bundle = map.get("en").unwrap();
            let mut errs = vec![];
            bundle
                .format_pattern(
                    bundle.get_message("quick-exit").unwrap().value().unwrap(),
                    None,
                    &mut errs,
                )
                .into_owned()
        });
        assert_eq!(text, "Quick exit");
        assert_eq!(install("ar", ar.as_bytes()), Ok(()));
        assert!(is_loaded("ar"));
    }

    #[test]
    fn every_locale_has_exactly_the_english_ids() {
        let en: BTreeSet<String> = message_ids(src("en")).into_iter().collect();
        assert!(en.len() > 50);
        let mut problems = vec![];
        for (code, source) in LOCALE_SOURCES {
            let ids = message_ids(source);
            let set: BTreeSet<String> = ids.iter().cloned().collect();
            if set.len() != ids.len() {
                problems.push(format!("{code}: duplicate ids"));
            }
            let missing: Vec<_> = en.difference(&set).collect();
            let extra: Vec<_> = set.difference(&en).collect();
            if !missing.is_empty() || !extra.is_empty() {
                problems.push(format!("{code}: missing {missing:?}, extra {extra:?}"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// A code the shell can answer must never reach a person as raw text (`error-database`):
    /// every one of the contract's codes has its message in every locale, and nothing else
    /// is called `error-*` (a code removed from the contract takes its message with it).
    #[test]
    fn every_error_code_has_a_message_in_every_locale() {
        use reach_contract::{ErrorCode, FieldErrorCode};
        let wanted: BTreeSet<String> = ErrorCode::ALL
            .iter()
            .map(|c| c.message_id())
            .chain(FieldErrorCode::ALL.iter().map(|c| c.message_id()))
            .collect();
        let mut problems = vec![];
        for (code, source) in LOCALE_SOURCES {
            let ids: BTreeSet<String> = message_ids(source)
                .into_iter()
                .filter(|id| id.starts_with("error-") || id.starts_with("field-error-"))
                .collect();
            let missing: Vec<_> = wanted.difference(&ids).collect();
            let unused: Vec<_> = ids.difference(&wanted).collect();
            if !missing.is_empty() || !unused.is_empty() {
                problems.push(format!(
                    "{code}: missing {missing:?}, not a code {unused:?}"
                ));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// The phone renders the hotline's replies and states from its own locales: every reply
    /// template and every hotline state has its message in every locale, and no `reply-*`
    /// message is left over from a template that no longer exists.
    #[test]
    fn every_reply_template_and_hotline_state_has_a_message_in_every_locale() {
        use reach_contract::reply::ReplyTemplate;
        use reach_contract::view::ReferralState;
        let templates: BTreeSet<String> = ReplyTemplate::ALL
            .iter()
            .map(|t| format!("reply-{t}"))
            .chain(["reply-unknown".to_owned()])
            .collect();
        let states: BTreeSet<String> = ReferralState::ALL
            .iter()
            .map(|s| format!("status-hotline-{s}"))
            .chain(["status-hotline-unknown".to_owned()])
            .collect();
        let mut problems = vec![];
        for (code, source) in LOCALE_SOURCES {
            let ids: BTreeSet<String> = message_ids(source).into_iter().collect();
            let replies: BTreeSet<String> = ids
                .iter()
                .filter(|i| i.starts_with("reply-"))
                .cloned()
                .collect();
            if replies != templates {
                problems.push(format!("{code}: reply messages {replies:?}"));
            }
            let missing: Vec<_> = states.difference(&ids).collect();
            if !missing.is_empty() {
                problems.push(format!("{code}: missing {missing:?}"));
            }
            // A window template names all three parts, so no part is lost in translation.
            for t in ReplyTemplate::ALL.iter().filter(|t| t.needs_window()) {
                let vars = variables(source, &format!("reply-{t}"));
                for v in ["day", "from", "to"] {
                    if !vars.iter().any(|x| x == v) {
                        problems.push(format!("{code}: reply-{t} lacks ${v}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// Survivors' voices: each question and each answer (they are drawn from the contract's
    /// lists, so a new one without its words fails here) in every locale, and no left-over.
    #[test]
    fn every_feedback_question_and_answer_has_a_message_in_every_locale() {
        use reach_contract::feedback::{FeedbackAnswer, FeedbackQuestion};
        let wanted: BTreeSet<String> = FeedbackQuestion::ALL
            .iter()
            .map(|q| format!("feedback-q-{q}"))
            .chain(
                FeedbackAnswer::ALL
                    .iter()
                    .map(|a| format!("feedback-a-{a}")),
            )
            .collect();
        let mut problems = vec![];
        for (code, source) in LOCALE_SOURCES {
            let have: BTreeSet<String> = message_ids(source)
                .into_iter()
                .filter(|i| i.starts_with("feedback-q-") || i.starts_with("feedback-a-"))
                .collect();
            if have != wanted {
                problems.push(format!("{code}: {have:?}"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// The child's path has its own words: every `<id>-child` message replaces an existing
    /// message, takes the same arguments, and says it differently (in English and Arabic, the
    /// languages its browser test runs in; a translation may coincide elsewhere).
    #[test]
    fn child_messages_replace_existing_ones_with_other_words() {
        let en = src("en");
        let ids: BTreeSet<String> = message_ids(en).into_iter().collect();
        let child: Vec<&String> = ids.iter().filter(|i| i.ends_with("-child")).collect();
        assert!(child.len() >= 25, "only {} child messages", child.len());
        for c in child {
            let base = c.strip_suffix("-child").unwrap();
            assert!(ids.contains(base), "{c} replaces nothing");
            for lang in ["en", "ar"] {
                assert_eq!(
                    variables(src(lang), c),
                    variables(src(lang), base),
                    "{lang} {c}"
                );
                assert_ne!(
                    format(lang, c, &[]),
                    format(lang, base, &[]),
                    "{lang} {c}: same words"
                );
            }
        }
    }

    #[test]
    fn every_message_formats_without_errors() {
        let mut problems = vec![];
        for (code, source) in LOCALE_SOURCES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                problems.push(format!("{code}: parse errors {errors:?}"));
            }
            let all = all_variables(source);
            for id in message_ids(source) {
                let vars = all.get(&id).cloned().unwrap_or_default();
                for sample in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 1.5] {
                    let args: Vec<(String, Arg)> = vars
                        .iter()
                        .cloned()
                        .map(|v| (v, Arg::Num(sample)))
                        .collect();
                    let args: Vec<(&str, Arg)> =
                        args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                    let (text, err) = format_checked(code, &id, &args);
                    if err || text.trim().is_empty() {
                        problems.push(format!("{code} {id} ({sample}): {text:?}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn plurals_follow_each_languages_rules() {
        let n =
            |lang: &str, count: f64| format(lang, "status-attempts", &[("count", Arg::Num(count))]);
        assert_ne!(n("en", 1.0), n("en", 2.0));
        assert_eq!(n("en", 2.0).replace('2', "5"), n("en", 5.0));
        // Arabic: zero, one, two, few (3–10), many (11–99), other (100+).
        let ar: Vec<String> = [0.0, 1.0, 2.0, 5.0, 11.0, 100.0]
            .iter()
            .map(|c| n("ar", *c).replace(|ch: char| ch.is_ascii_digit(), "#"))
            .collect();
        let distinct: BTreeSet<&String> = ar.iter().collect();
        assert!(distinct.len() >= 5, "{ar:#?}");
        // And the rules themselves, independent of the translations' wording.
        let mut bundle = new_bundle(
            "ar",
            "m = { $n ->\n [zero] Z\n [one] O\n [two] T\n [few] F\n [many] M\n *[other] X\n}\n",
        );
        bundle.set_use_isolating(false);
        let got: String = [0, 1, 2, 3, 10, 11, 99, 100, 102]
            .iter()
            .map(|c| {
                let mut args = FluentArgs::new();
                args.set("n", FluentValue::from(*c));
                let msg = bundle.get_message("m").unwrap();
                let mut errs = vec![];
                bundle
                    .format_pattern(msg.value().unwrap(), Some(&args), &mut errs)
                    .into_owned()
            })
            .collect();
        assert_eq!(got, "ZOTFFMMXX");
    }

    #[test]
    fn every_locale_declares_name_direction_and_draft_status() {
        for (code, source) in LOCALE_SOURCES {
            let m = info(code).unwrap();
            assert!(
                term(source, "locale-name").is_some(),
                "{code}: -locale-name"
            );
            let dir = term(source, "locale-dir");
            assert!(
                matches!(dir.as_deref(), Some("ltr" | "rtl")),
                "{code}: -locale-dir {dir:?}"
            );
            if *code == "en" {
                continue;
            }
            let reviewed = m.status == Some("reviewed");
            assert!(
                reviewed || (m.machine_drafted_marker && m.status == Some("machine-drafted")),
                "{code}: not reviewed, so it must say it is machine-drafted ({:?}, marker {})",
                m.status,
                m.machine_drafted_marker
            );
        }
        for rtl in ["ar", "fa", "ur", "he", "ps", "fa-AF", "ckb", "ug", "sd"] {
            assert!(is_rtl(rtl), "{rtl} must be shipped and right-to-left");
        }
        assert!(!is_rtl("en"));
        // The product promise: at least 64 languages, at least 8 of them right-to-left.
        assert!(locales().len() >= 64, "only {} locales", locales().len());
        assert!(locales().iter().filter(|l| l.rtl).count() >= 8);
    }

    #[test]
    fn fallback_and_matching() {
        assert_eq!(format("xx", "quick-exit", &[]), "Quick exit");
        assert_eq!(format("en", "no-such-id", &[]), "no-such-id");
        assert_eq!(best_locale("ar-EG"), "ar");
        assert_eq!(best_locale("en_GB"), "en");
        assert_eq!(best_locale("qq"), "en");
        if info("zh-Hans").is_some() {
            assert_eq!(best_locale("zh-CN"), "zh-Hans");
        }
        if info("fa-AF").is_some() {
            assert_eq!(best_locale("fa-AF"), "fa-AF");
            assert_eq!(best_locale("fa_af"), "fa-AF");
            assert_eq!(best_locale("fa-IR"), "fa");
            assert_eq!(best_locale("fa"), "fa");
        }
    }
}
