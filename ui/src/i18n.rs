//! Fluent translations embedded at compile time from `locales/*/main.ftl` (see build.rs).
//! Each message falls back to English on its own; metadata (`-locale-name`, `-locale-dir`,
//! `-locale-status`) is read from the terms at the top of each file.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// What the language picker and `<html dir>` need to know about a locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocaleMeta {
    pub code: &'static str,
    /// The language's name in its own script (`-locale-name`).
    pub name: String,
    /// `-locale-dir = rtl`.
    pub rtl: bool,
    /// `-locale-status` (source | machine-drafted | reviewed), if declared.
    pub status: Option<String>,
    /// The file carries the `## machine-drafted: true` comment.
    pub machine_drafted_marker: bool,
}

/// The value of a `-term = value` line (single-line terms only, which is all metadata needs).
pub fn term(source: &str, name: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let rest = line.strip_prefix('-')?.strip_prefix(name)?;
        let value = rest.trim_start().strip_prefix('=')?;
        Some(value.trim().to_owned())
    })
}

pub fn meta_of(code: &'static str, source: &str) -> LocaleMeta {
    LocaleMeta {
        code,
        name: term(source, "locale-name").unwrap_or_else(|| code.to_owned()),
        rtl: term(source, "locale-dir").is_some_and(|d| d == "rtl"),
        status: term(source, "locale-status"),
        machine_drafted_marker: source
            .lines()
            .any(|l| l.trim() == "## machine-drafted: true"),
    }
}

/// Every locale, English first.
pub fn locales() -> &'static [LocaleMeta] {
    static META: OnceLock<Vec<LocaleMeta>> = OnceLock::new();
    META.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(code, src)| meta_of(code, src))
            .collect()
    })
}

pub fn is_rtl(code: &str) -> bool {
    locales().iter().any(|l| l.code == code && l.rtl)
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

/// The best locale we have for a BCP 47 tag ("ar-EG" → "ar", "zh-CN" → "zh-Hans"), else "en".
pub fn best_locale(tag: &str) -> &'static str {
    let tag_l = tag.to_ascii_lowercase().replace('_', "-");
    let list = locales();
    if let Some(l) = list.iter().find(|l| l.code.eq_ignore_ascii_case(&tag_l)) {
        return l.code;
    }
    let primary = tag_l.split('-').next().unwrap_or("");
    list.iter()
        .find(|l| l.code.to_ascii_lowercase().split('-').next() == Some(primary))
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

/// An argument for a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Num(f64),
    Str(String),
}

/// Formats `id` in `lang`, falling back to English, then to the id itself. Returns the text and
/// whether any Fluent error occurred (for tests).
pub fn format_checked(lang: &str, id: &str, args: &[(&str, Arg)]) -> (String, bool) {
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.clone())),
        }
    }
    let order: [&str; 2] = [lang, "en"];
    BUNDLES.with(|cell| {
        let mut map = cell.borrow_mut();
        for code in order {
            let Some((code, src)) = LOCALES.iter().find(|(c, _)| *c == code) else {
                continue;
            };
            let bundle = map.entry(code).or_insert_with(|| new_bundle(code, src));
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                return (text.into_owned(), !errors.is_empty());
            }
        }
        (id.to_owned(), true)
    })
}

pub fn format(lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
    format_checked(lang, id, args).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn src(code: &str) -> &'static str {
        LOCALES.iter().find(|(c, _)| *c == code).unwrap().1
    }

    /// Variables a message uses (`{ $name }` and selectors), for representative arguments.
    fn variables(source: &str, id: &str) -> BTreeSet<String> {
        let mut vars = BTreeSet::new();
        let mut in_msg = false;
        for line in source.lines() {
            if line.starts_with(|c: char| !c.is_whitespace()) {
                in_msg = message_ids(line).first().is_some_and(|m| m == id);
            }
            if in_msg {
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
        }
        vars
    }

    #[test]
    fn english_is_embedded_first() {
        assert_eq!(LOCALES[0].0, "en");
        assert!(LOCALES.len() >= 2, "expected translations next to English");
    }

    #[test]
    fn every_locale_has_exactly_the_english_ids() {
        let en: BTreeSet<String> = message_ids(src("en")).into_iter().collect();
        assert!(en.len() > 50);
        let mut problems = vec![];
        for (code, source) in LOCALES {
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
        for (code, source) in LOCALES {
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
        for (code, source) in LOCALES {
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
        for (code, source) in LOCALES {
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

    #[test]
    fn every_message_formats_without_errors() {
        let mut problems = vec![];
        for (code, source) in LOCALES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                problems.push(format!("{code}: parse errors {errors:?}"));
            }
            for id in message_ids(source) {
                for sample in [0.0, 1.0, 2.0, 3.0, 11.0, 100.0, 1.5] {
                    let args: Vec<(String, Arg)> = variables(source, &id)
                        .into_iter()
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
        for (code, source) in LOCALES {
            let m = meta_of(code, source);
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
            let reviewed = m.status.as_deref() == Some("reviewed");
            assert!(
                reviewed
                    || (m.machine_drafted_marker && m.status.as_deref() == Some("machine-drafted")),
                "{code}: not reviewed, so it must say it is machine-drafted ({:?}, marker {})",
                m.status,
                m.machine_drafted_marker
            );
        }
        for rtl in ["ar", "fa", "ur"] {
            assert!(is_rtl(rtl), "{rtl} must be shipped and right-to-left");
        }
        assert!(!is_rtl("en"));
        // The product promise: at least 16 languages, at least 3 of them right-to-left.
        assert!(locales().len() >= 16, "only {} locales", locales().len());
        assert!(locales().iter().filter(|l| l.rtl).count() >= 3);
    }

    #[test]
    fn fallback_and_matching() {
        assert_eq!(format("xx", "quick-exit", &[]), "Quick exit");
        assert_eq!(format("en", "no-such-id", &[]), "no-such-id");
        assert_eq!(best_locale("ar-EG"), "ar");
        assert_eq!(best_locale("en_GB"), "en");
        assert_eq!(best_locale("qq"), "en");
        if LOCALES.iter().any(|(c, _)| *c == "zh-Hans") {
            assert_eq!(best_locale("zh-CN"), "zh-Hans");
        }
    }
}
