//! Survivors' voices in the inbox: the answers people gave after their request was closed,
//! shown only as monthly totals that cannot single anyone out.
//!
//! Each feedback is decrypted once, in memory, when the inbox first sees it, and only counted:
//! the answers themselves are never kept, listed or shown. What staff see obeys three rules:
//!
//! 1. **Only months that have ended.** A running total for the current month would let anyone
//!    who looks twice tell what the one answer that arrived in between said.
//! 2. **A month with fewer than [`MIN_ANSWERS`] answers is not shown at all.**
//! 3. **Within a shown month**, each question's counts (yes, partly, no, not answered) add up to
//!    the month's total. Any count from 1 to `MIN_ANSWERS - 1` is hidden; when only one count of
//!    a question is hidden, the smallest other non-zero count is hidden with it, since the
//!    total minus the shown counts would otherwise give it away.

use std::collections::BTreeMap;

use reach_contract::feedback::{FeedbackAnswer, FeedbackPayload, FeedbackQuestion};

/// The smallest total ever shown (issue #10: "hides any total built from fewer than 5 answers").
pub(crate) const MIN_ANSWERS: u32 = 5;

/// The columns of a question's row: the three answers, then "not answered".
pub(crate) const COLUMNS: usize = FeedbackAnswer::ALL.len() + 1;

/// One month's counts: per question, per column.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct MonthCounts {
    answers: u32,
    counts: [[u32; COLUMNS]; FeedbackQuestion::ALL.len()],
}

/// Every feedback the inbox has opened, counted by the month it arrived (`YYYY-MM`).
#[derive(Debug, Default, Clone)]
pub(crate) struct Tally {
    months: BTreeMap<String, MonthCounts>,
    /// Feedback rows that did not open or did not parse (counted, never shown one by one).
    pub(crate) unreadable: u32,
}

/// A count as staff may see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cell {
    /// The number.
    Count(u32),
    /// Too few to show (or hidden so that another small count cannot be worked out).
    Hidden,
}

/// One month as the voices page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MonthView {
    /// `YYYY-MM`.
    pub(crate) month: String,
    /// People who answered in that month (at least [`MIN_ANSWERS`]).
    pub(crate) answers: u32,
    /// Per question, its cells in [`COLUMNS`] order.
    pub(crate) rows: Vec<(FeedbackQuestion, [Cell; COLUMNS])>,
}

/// What the page may show: the ended months with enough answers, and how many ended months
/// were withheld for having too few.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VoicesView {
    /// Newest first.
    pub(crate) months: Vec<MonthView>,
    /// Ended months with 1 to `MIN_ANSWERS - 1` answers (not shown).
    pub(crate) withheld_months: usize,
}

impl Tally {
    /// Counts one opened feedback that arrived in `month` (`YYYY-MM`).
    pub(crate) fn add(&mut self, month: &str, payload: &FeedbackPayload) {
        let m = self.months.entry(month.to_owned()).or_default();
        m.answers += 1;
        for (qi, q) in FeedbackQuestion::ALL.iter().enumerate() {
            let col = match payload.answers.get(*q) {
                Some(a) => FeedbackAnswer::ALL
                    .iter()
                    .position(|x| *x == a)
                    .unwrap_or(COLUMNS - 1),
                None => COLUMNS - 1,
            };
            m.counts[qi][col] += 1;
        }
    }

    /// The view under the rules above; `current_month` (`YYYY-MM`, UTC) and anything after it
    /// are left out.
    pub(crate) fn view(&self, current_month: &str) -> VoicesView {
        let mut months = Vec::new();
        let mut withheld_months = 0;
        for (month, m) in self.months.iter().rev() {
            if month.as_str() >= current_month {
                continue;
            }
            if m.answers < MIN_ANSWERS {
                withheld_months += 1;
                continue;
            }
            let rows = FeedbackQuestion::ALL
                .iter()
                .enumerate()
                .map(|(qi, q)| (*q, suppress(m.counts[qi])))
                .collect();
            months.push(MonthView {
                month: month.clone(),
                answers: m.answers,
                rows,
            });
        }
        VoicesView {
            months,
            withheld_months,
        }
    }
}

/// Rule 3 for one question's counts.
fn suppress(counts: [u32; COLUMNS]) -> [Cell; COLUMNS] {
    let small = |n: u32| n > 0 && n < MIN_ANSWERS;
    let mut hidden: [bool; COLUMNS] = counts.map(small);
    if hidden.iter().filter(|h| **h).count() == 1 {
        // The lone hidden count would be the total minus the others: hide one more.
        if let Some(i) = (0..COLUMNS)
            .filter(|i| !hidden[*i] && counts[*i] > 0)
            .min_by_key(|i| counts[*i])
        {
            hidden[i] = true;
        }
    }
    let mut out = [Cell::Hidden; COLUMNS];
    for i in 0..COLUMNS {
        if !hidden[i] {
            out[i] = Cell::Count(counts[i]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use FeedbackAnswer::{No, Partly, Yes};
    use reach_contract::feedback::{FEEDBACK_VERSION, FeedbackAnswers};

    fn payload(helped: Option<FeedbackAnswer>, safe: Option<FeedbackAnswer>) -> FeedbackPayload {
        FeedbackPayload {
            v: FEEDBACK_VERSION,
            answers: FeedbackAnswers {
                helped,
                safe,
                recommend: None,
            },
        }
    }

    #[test]
    fn a_month_with_fewer_than_five_answers_is_withheld_and_the_current_month_never_shown() {
        let mut t = Tally::default();
        for _ in 0..4 {
            t.add("2026-10", &payload(Some(Yes), None));
        }
        for _ in 0..9 {
            t.add("2026-12", &payload(Some(Yes), None));
        }
        let v = t.view("2026-12");
        assert!(v.months.is_empty(), "{v:?}");
        assert_eq!(v.withheld_months, 1);
        // The fifth answer of October makes October visible.
        t.add("2026-10", &payload(Some(No), None));
        let v = t.view("2026-12");
        assert_eq!(v.months.len(), 1);
        assert_eq!(v.months[0].month, "2026-10");
        assert_eq!(v.months[0].answers, 5);
        // December shows once it has ended, newest first.
        let v = t.view("2027-01");
        assert_eq!(
            v.months
                .iter()
                .map(|m| m.month.as_str())
                .collect::<Vec<_>>(),
            ["2026-12", "2026-10"]
        );
    }

    #[test]
    fn small_counts_are_hidden_and_a_lone_hidden_count_takes_another_with_it() {
        use Cell::{Count, Hidden};
        // yes 6, partly 0, no 0, not answered 0: nothing small.
        assert_eq!(
            suppress([6, 0, 0, 0]),
            [Count(6), Count(0), Count(0), Count(0)]
        );
        // yes 5, no 1: "no" is hidden, and so is "yes" (else 6 - 5 = 1 gives it away).
        assert_eq!(suppress([5, 0, 1, 0]), [Hidden, Count(0), Hidden, Count(0)]);
        // yes 7, partly 6, no 2: the smallest other non-zero count (partly) goes too.
        assert_eq!(suppress([7, 6, 2, 0]), [Count(7), Hidden, Hidden, Count(0)]);
        // Two small counts already hide each other.
        assert_eq!(suppress([9, 2, 3, 0]), [Count(9), Hidden, Hidden, Count(0)]);
        // Everything large enough is shown.
        assert_eq!(suppress([5, 5, 5, 5]), [Count(5); COLUMNS]);
    }

    #[test]
    fn no_shown_month_lets_a_small_count_be_worked_out() {
        // Every split of 5..=12 answers over the four columns: whatever is shown, each hidden
        // cell's value cannot be derived (at least two cells hidden, or none).
        for total in MIN_ANSWERS..=12 {
            for a in 0..=total {
                for b in 0..=total - a {
                    for c in 0..=total - a - b {
                        let counts = [a, b, c, total - a - b - c];
                        let cells = suppress(counts);
                        let hidden = cells.iter().filter(|c| **c == Cell::Hidden).count();
                        assert_ne!(hidden, 1, "{counts:?} -> {cells:?}");
                        for (i, cell) in cells.iter().enumerate() {
                            if let Cell::Count(n) = cell {
                                assert_eq!(*n, counts[i]);
                                assert!(*n == 0 || *n >= MIN_ANSWERS, "{counts:?}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn answers_land_in_their_columns_and_unanswered_is_counted() {
        let mut t = Tally::default();
        for _ in 0..5 {
            t.add("2026-11", &payload(Some(Partly), None));
        }
        let v = t.view("2026-12");
        let (q, cells) = &v.months[0].rows[0];
        assert_eq!(*q, FeedbackQuestion::Helped);
        assert_eq!(
            *cells,
            [
                Cell::Count(0),
                Cell::Count(5),
                Cell::Count(0),
                Cell::Count(0)
            ]
        );
        let (_, safe) = &v.months[0].rows[1];
        assert_eq!(safe[COLUMNS - 1], Cell::Count(5), "not answered");
    }
}
