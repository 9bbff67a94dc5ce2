//! The "Survivors' voices" page: its own file beside `pages.rs`, as it shares nothing with the
//! request pages but the layout.

use maud::html;

use super::l10n::{Arg, Lang};
use super::pages::layout;
use super::voices::{Cell, MIN_ANSWERS, VoicesView};
use crate::staff::Staff;

/// Survivors' voices: monthly totals only, under the rules of `voices.rs` (ended months, at
/// least five answers, small counts hidden along with one more where they could be worked out).
pub(crate) fn voices(l: &Lang, me: &Staff, csrf: &str, v: &VoicesView, unreadable: u32) -> String {
    use reach_contract::feedback::FeedbackAnswer;
    let title = l.t("voices-title");
    let columns: Vec<String> = FeedbackAnswer::ALL
        .iter()
        .map(|a| l.t(&format!("voices-a-{a}")))
        .chain([l.t("voices-a-none")])
        .collect();
    layout(
        l,
        &title,
        Some((me, csrf)),
        html! {
            h1 { (title) }
            p { (l.t("voices-intro")) }
            p class="hint" { (l.ta("voices-rules", &[("min", Arg::Num(MIN_ANSWERS.into()))])) }
            @if v.months.is_empty() {
                p data-testid="voices-empty" { (l.t("voices-none")) }
            }
            @for m in &v.months {
                section class="month" aria-labelledby=(format!("m-{}", m.month)) {
                    h2 id=(format!("m-{}", m.month)) {
                        (l.ta("voices-month", &[
                            ("month", Arg::Str(m.month.clone())),
                            ("count", Arg::Num(m.answers.into())),
                        ]))
                    }
                    // Scrolls sideways on a narrow screen; focusable so a keyboard can scroll it.
                    div class="table-wrap" tabindex="0" role="region" aria-labelledby=(format!("m-{}", m.month)) {
                        table class="voices" data-month=(m.month) {
                            thead {
                                tr {
                                    th scope="col" { (l.t("voices-question")) }
                                    @for c in &columns { th scope="col" { (c) } }
                                }
                            }
                            tbody {
                                @for (q, cells) in &m.rows {
                                    tr {
                                        th scope="row" { (l.t(&format!("voices-q-{q}"))) }
                                        @for cell in cells {
                                            @match cell {
                                                Cell::Count(n) => td { (n) },
                                                Cell::Hidden => td class="hidden-count" {
                                                    (l.ta("voices-hidden", &[("min", Arg::Num(MIN_ANSWERS.into()))]))
                                                },
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            @if v.withheld_months > 0 {
                p data-testid="voices-withheld" {
                    (l.ta("voices-withheld", &[
                        ("count", Arg::Num((v.withheld_months as u32).into())),
                        ("min", Arg::Num(MIN_ANSWERS.into())),
                    ]))
                }
            }
            @if unreadable > 0 {
                p { (l.ta("voices-unreadable", &[("count", Arg::Num(unreadable.into()))])) }
            }
        },
    )
}
