//! Checks the bundled offline list of emergency numbers and anti-trafficking hotlines
//! (`data/emergency-numbers.json`): every entry must be dialable, sourced, and dated by the
//! check that confirmed it. The rule is "only numbers you can source": an entry without a
//! source page or without the date and page of its check must not ship.
//!
//! Runs on the host: `cargo test -p reach-ui --test emergency_numbers`.

use serde_json::Value;
use std::collections::HashSet;

const DATA: &str = "data/emergency-numbers.json";

fn load() -> Value {
    let path = format!("{}/{DATA}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid JSON: {e}"))
}

/// `Some((y, m, d))` if `s` is exactly `YYYY-MM-DD` and names a real calendar day.
fn parse_date(s: &str) -> Option<(u32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (y >= 2000 && (1..=days).contains(&d)).then_some((y, m, d))
}

fn is_dialable(tel: &str) -> bool {
    let digits = tel.strip_prefix('+').unwrap_or(tel);
    !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit())
}

fn is_https(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

fn str_field<'a>(entry: &'a Value, key: &str) -> Option<&'a str> {
    entry.get(key).and_then(Value::as_str)
}

/// Checks one emergency or hotline entry; pushes one message per problem, each naming the entry.
fn check_entry(
    entry: &Value,
    label: &str,
    compiled_on: Option<(u32, u32, u32)>,
    is_hotline: bool,
    problems: &mut Vec<String>,
) {
    let mut fail = |what: String| problems.push(format!("{label}: {what}"));
    if !entry.is_object() {
        fail("is not an object".into());
        return;
    }
    if is_hotline && str_field(entry, "name").is_none_or(|n| n.trim().is_empty()) {
        fail("hotline has no name".into());
    }
    if str_field(entry, "number").is_none_or(|n| n.trim().is_empty()) {
        fail("number is missing or empty".into());
    }
    match str_field(entry, "tel") {
        Some(tel) if is_dialable(tel) => {}
        other => fail(format!(
            "tel must be digits with an optional leading '+', got {other:?}"
        )),
    }
    if let Some(sms) = entry.get("sms") {
        match sms.as_str() {
            Some(s) if !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()) => {}
            _ => fail(format!("sms, when present, must be digits only, got {sms}")),
        }
    }
    match str_field(entry, "source") {
        Some(url) if is_https(url) => {}
        other => fail(format!("source must be an https URL, got {other:?}")),
    }
    match str_field(entry, "checked_at") {
        Some(url) if is_https(url) => {}
        other => fail(format!(
            "checked_at must be the https URL of the page where the number was confirmed, got {other:?}"
        )),
    }
    match entry.get("checked_on") {
        Some(Value::String(date)) => match (parse_date(date), compiled_on) {
            (None, _) => fail(format!(
                "checked_on {date:?} is not a valid YYYY-MM-DD date"
            )),
            (Some(checked), Some(compiled)) if checked > compiled => fail(format!(
                "checked_on {date} is later than compiled_on (a check cannot postdate the build)"
            )),
            _ => {}
        },
        other => fail(format!(
            "checked_on must be the YYYY-MM-DD date of the check, got {}",
            other.map_or("nothing".to_string(), Value::to_string)
        )),
    }
}

/// Every problem in the list, one line each; empty when the list is fit to ship.
fn problems(data: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let compiled_on = match str_field(data, "compiled_on") {
        Some(s) => {
            let parsed = parse_date(s);
            if parsed.is_none() {
                problems.push(format!("compiled_on {s:?} is not a valid YYYY-MM-DD date"));
            }
            parsed
        }
        None => {
            problems.push("compiled_on is missing".into());
            None
        }
    };
    let Some(countries) = data.get("countries").and_then(Value::as_array) else {
        problems.push("countries is missing or not an array".into());
        return problems;
    };
    if countries.is_empty() {
        problems.push("countries is empty".into());
    }
    let mut seen = HashSet::new();
    for (ci, country) in countries.iter().enumerate() {
        let code = str_field(country, "code").unwrap_or("");
        let who = if code.is_empty() {
            format!("country #{ci}")
        } else {
            code.to_string()
        };
        let valid_code =
            code == "EU" || (code.len() == 2 && code.bytes().all(|c| c.is_ascii_uppercase()));
        if !valid_code {
            problems.push(format!(
                "{who}: code {code:?} must be two uppercase letters (ISO 3166-1) or \"EU\""
            ));
        } else if !seen.insert(code) {
            problems.push(format!("{who}: country code appears more than once"));
        }
        if str_field(country, "name").is_none_or(|n| n.trim().is_empty()) {
            problems.push(format!("{who}: name is missing or empty"));
        }
        let mut total = 0;
        for (key, is_hotline) in [("emergency", false), ("hotlines", true)] {
            let Some(entries) = country.get(key).and_then(Value::as_array) else {
                problems.push(format!("{who}: {key} is missing or not an array"));
                continue;
            };
            total += entries.len();
            for (i, entry) in entries.iter().enumerate() {
                let number = str_field(entry, "number").unwrap_or("?");
                let label = format!("{who} {key}[{i}] ({number})");
                check_entry(entry, &label, compiled_on, is_hotline, &mut problems);
            }
        }
        if total == 0 {
            problems.push(format!(
                "{who}: has no entries at all (a country with nothing sourced must be removed)"
            ));
        }
    }
    problems
}

/// How many countries the list must cover at least (issue #11: countries of origin, transit
/// and destination). "EU" (116 000 and 112, valid in every member state) is not a country.
const MIN_COUNTRIES: usize = 60;

/// The countries in the list, "EU" not counted.
fn country_count(data: &Value) -> usize {
    data.get("countries")
        .and_then(Value::as_array)
        .map_or(0, |c| {
            c.iter()
                .filter(|c| str_field(c, "code").is_some_and(|code| code != "EU"))
                .count()
        })
}

/// A list that lost entries (a bad merge, a file cut short) still passes every check of an
/// entry: the count is checked on its own.
#[test]
fn bundled_emergency_numbers_cover_at_least_sixty_countries() {
    let data = load();
    let n = country_count(&data);
    assert!(
        n >= MIN_COUNTRIES,
        "{DATA} covers {n} countries, fewer than {MIN_COUNTRIES}"
    );
    // And the count can fail: the same list cut to its first 60 entries (one is "EU").
    let mut cut = data.clone();
    cut["countries"]
        .as_array_mut()
        .unwrap()
        .truncate(MIN_COUNTRIES);
    assert_eq!(country_count(&cut), MIN_COUNTRIES - 1);
}

#[test]
fn bundled_emergency_numbers_are_sourced_dated_and_dialable() {
    let problems = problems(&load());
    assert!(
        problems.is_empty(),
        "{DATA} has {} problem(s):\n  - {}",
        problems.len(),
        problems.join("\n  - ")
    );
}

/// The checks above must be able to fail: an unchecked entry (checked_on null, as the list was
/// before it was verified) and other broken entries are each reported, naming the entry.
#[test]
fn the_checks_catch_unsourced_and_undated_entries() {
    let bad: Value = serde_json::from_str(
        r#"{
          "compiled_on": "2026-11-29",
          "countries": [
            { "code": "US", "name": "United States",
              "emergency": [{ "number": "911", "tel": "911", "source": "https://www.911.gov", "checked_on": null }],
              "hotlines": [{ "number": "1-888-373-7888", "tel": "+1 888", "source": "http://example.org",
                             "checked_on": "2026-12-01", "checked_at": "https://example.org" }] },
            { "code": "US", "name": "Again",
              "emergency": [{ "number": "", "tel": "112", "source": "https://example.org",
                              "checked_on": "2026-02-30", "checked_at": "ftp://example.org" }],
              "hotlines": [] },
            { "code": "xx", "name": "Nothing", "emergency": [], "hotlines": [] }
          ]
        }"#,
    )
    .unwrap();
    let found = problems(&bad);
    let expect = [
        "US emergency[0] (911): checked_at must be",
        "US emergency[0] (911): checked_on must be the YYYY-MM-DD date of the check, got null",
        "US hotlines[0] (1-888-373-7888): hotline has no name",
        "US hotlines[0] (1-888-373-7888): tel must be digits",
        "US hotlines[0] (1-888-373-7888): source must be an https URL",
        "US hotlines[0] (1-888-373-7888): checked_on 2026-12-01 is later than compiled_on",
        "US: country code appears more than once",
        "US emergency[0] (): number is missing or empty",
        "US emergency[0] (): checked_on \"2026-02-30\" is not a valid YYYY-MM-DD date",
        "US emergency[0] (): checked_at must be",
        "xx: code \"xx\" must be two uppercase letters",
        "xx: has no entries at all",
    ];
    for e in expect {
        assert!(
            found.iter().any(|p| p.starts_with(e)),
            "expected a problem starting with {e:?}; found:\n  - {}",
            found.join("\n  - ")
        );
    }
}

#[test]
fn dates_are_validated_as_calendar_days() {
    assert_eq!(parse_date("2026-11-29"), Some((2026, 11, 29)));
    assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-1-01",
        "26-11-29",
        "2026/11/29",
        "2026-11-2x",
        "",
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?} must be rejected");
    }
    assert!(is_dialable("+448000121700") && is_dialable("112") && is_dialable("000"));
    assert!(!is_dialable("+") && !is_dialable("0800 121") && !is_dialable("+1-888"));
}
