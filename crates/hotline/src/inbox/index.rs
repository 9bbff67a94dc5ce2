//! What the inbox process holds in memory: every stored request, decrypted once when it is first
//! seen, so that the list can be filtered and sorted without ever writing a decrypted copy
//! anywhere. It lives as long as the process; a restart rebuilds it (each decryption audited).

use std::collections::{BTreeMap, HashMap, HashSet};

use reach_contract::feedback::{FEEDBACK_VERSION, FeedbackPayload};
use reach_core::envelope::{Envelope, HotlinePrivateKey, KeyId, open_feedback, sha256};
use reach_core::ids::ReferralId;
use reach_core::referral::{AgeGroup, ConsentScope, Need, Referral, Urgency};
use reach_core::wire::ReferralState;

use crate::HotlineError;
use crate::audit::AuditEvent;
use crate::open::decrypt;
use crate::storage::{InboxStore, today};

use super::voices::Tally;

/// One request as the inbox shows it.
pub(crate) struct Entry {
    /// The id (32 hex).
    pub(crate) id: ReferralId,
    /// The day it arrived (UTC).
    pub(crate) day: String,
    /// Its state, as stored.
    pub(crate) state: ReferralState,
    /// Who has it, if anyone.
    pub(crate) assignee: Option<String>,
    /// The request itself (its `Debug` redacts the words).
    pub(crate) referral: Box<Referral>,
    /// The hotline key it was sealed to: replies are written with it, since the person's
    /// profile lists it.
    pub(crate) key_id: Option<KeyId>,
}

impl Entry {
    /// "Danger now": the person said so, or asked for help at once.
    pub(crate) fn danger(&self) -> bool {
        self.referral.needs.contains(&Need::SafetyNow)
            || self.referral.urgency == Some(Urgency::Now)
    }

    /// The person let the hotline pass the request on: any consent but "only the hotline",
    /// which the app told them means "they do not share it". Such a request is never exported.
    pub(crate) fn shareable(&self) -> bool {
        self.referral.consent.scope != ConsentScope::HotlineOnly
    }

    /// Any sign of a child: under 18, or a child at risk.
    pub(crate) fn child(&self) -> bool {
        !self.referral.safeguarding_flags().is_empty()
            || self.referral.age_group == Some(AgeGroup::Under18)
    }

    fn rank(&self) -> (u8, u8, u8) {
        let urgency = match self.referral.urgency {
            Some(Urgency::Now) => 0,
            Some(Urgency::Today) => 1,
            Some(Urgency::ThisWeek) => 2,
            _ => 3,
        };
        (u8::from(!self.danger()), u8::from(!self.child()), urgency)
    }
}

/// The filters of the list (all optional; they combine).
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Deserialize)]
pub(crate) struct Filter {
    /// A state's spelling.
    #[serde(default)]
    pub(crate) state: Option<String>,
    /// A language tag.
    #[serde(default)]
    pub(crate) language: Option<String>,
    /// A need's spelling.
    #[serde(default)]
    pub(crate) need: Option<String>,
    /// An urgency's spelling.
    #[serde(default)]
    pub(crate) urgency: Option<String>,
    /// A staff name, or `none` for unassigned.
    #[serde(default)]
    pub(crate) assignee: Option<String>,
    /// Which page of the list (1-based).
    #[serde(default)]
    pub(crate) page: Option<usize>,
}

/// Requests on one page of the list: enough to triage, small enough to render at once.
pub(crate) const PAGE_SIZE: usize = 50;

impl Filter {
    fn keeps(&self, e: &Entry) -> bool {
        fn set(f: &Option<String>) -> Option<&str> {
            f.as_deref().filter(|s| !s.is_empty())
        }
        set(&self.state).is_none_or(|s| e.state.as_str() == s)
            && set(&self.language).is_none_or(|l| {
                e.referral
                    .language
                    .as_ref()
                    .is_some_and(|t| t.as_str() == l)
            })
            && set(&self.need).is_none_or(|n| e.referral.needs.iter().any(|x| x.as_str() == n))
            && set(&self.urgency)
                .is_none_or(|u| e.referral.urgency.is_some_and(|x| x.as_str() == u))
            && set(&self.assignee).is_none_or(|a| match a {
                "none" => e.assignee.is_none(),
                a => e.assignee.as_deref() == Some(a),
            })
    }
}

/// The decrypted requests, by id, and those that would not open.
#[derive(Default)]
pub(crate) struct Index {
    entries: BTreeMap<ReferralId, Entry>,
    /// Stored ids that did not open, with why (never content).
    pub(crate) set_aside: BTreeMap<String, String>,
    /// Survivors' voices, counted (the answers themselves are not kept).
    pub(crate) voices: Tally,
    /// Feedback ids already counted (or found unreadable).
    feedback_seen: HashSet<String>,
    /// The store's data version at the last refresh: it changes when another connection (`serve`
    /// storing a request, `reach-hotline open`) commits, so an unchanged value with no change
    /// of our own ([`Index::mark_dirty`]) means there is nothing new to read. Without it every
    /// page read every request's id and state: 15 ms a page at 10,000 requests.
    seen_version: Option<i64>,
    dirty: bool,
}

impl Index {
    /// Reads what is new or changed in the database: decrypts requests not seen before
    /// (auditing each as `decrypt` by `actor`), and takes states and assignments as stored.
    pub(crate) fn refresh(
        &mut self,
        store: &dyn InboxStore,
        keys: &HashMap<KeyId, HotlinePrivateKey>,
        actor: &str,
    ) -> Result<(), HotlineError> {
        let version = store.data_version()?;
        if !self.dirty && self.seen_version == Some(version) {
            return Ok(());
        }
        self.refresh_all(store, keys, actor)?;
        // Only once everything was read: a failure above reads again next time.
        self.seen_version = Some(version);
        self.dirty = false;
        Ok(())
    }

    /// This process changed a state or an assignment: the next refresh reads them again.
    pub(crate) fn mark_dirty(&mut self) {
        self.dirty = true;
    }

    fn refresh_all(
        &mut self,
        store: &dyn InboxStore,
        keys: &HashMap<KeyId, HotlinePrivateKey>,
        actor: &str,
    ) -> Result<(), HotlineError> {
        self.count_feedback(store, keys)?;
        let known = store.request_states()?;
        let mut new_ids = Vec::new();
        for k in &known {
            match k
                .id
                .parse::<ReferralId>()
                .ok()
                .and_then(|i| self.entries.get_mut(&i))
            {
                Some(e) => {
                    e.state = k.state;
                    e.assignee = k.assignee.clone();
                }
                None if !self.set_aside.contains_key(&k.id) => new_ids.push(k.id.clone()),
                None => {}
            }
        }
        if new_ids.is_empty() {
            return Ok(());
        }
        let rows = store.requests_by_id(&new_ids)?;
        let day = today();
        let mut actions = Vec::with_capacity(rows.len());
        let mut opened = Vec::new();
        let mut set_aside = Vec::new();
        for row in rows {
            let state = row
                .content
                .as_ref()
                .map_or(ReferralState::Received, |c| c.state);
            let key_id = row
                .content
                .as_ref()
                .ok()
                .and_then(|c| c.key_id.parse().ok());
            match decrypt(&row, keys) {
                Ok((id, referral, _unknown)) => {
                    actions.push((row.id.clone(), "decrypt"));
                    let assignee = known
                        .iter()
                        .find(|k| k.id == row.id)
                        .and_then(|k| k.assignee.clone());
                    opened.push(Entry {
                        id,
                        day: row.day,
                        state,
                        assignee,
                        referral,
                        key_id,
                    });
                }
                Err(reason) => {
                    actions.push((row.id.clone(), "decrypt_failed"));
                    set_aside.push((row.id, reason));
                }
            }
        }
        let events: Vec<AuditEvent<'_>> = actions
            .iter()
            .map(|(referral_id, action)| AuditEvent {
                referral_id,
                action,
                actor,
                day: &day,
            })
            .collect();
        // The audit rows are durable before anything decrypted is shown (or kept).
        store.append_audit(&events)?;
        self.set_aside.extend(set_aside);
        self.entries.extend(opened.into_iter().map(|e| (e.id, e)));
        Ok(())
    }

    /// Opens the feedback envelopes not seen before, in memory, and counts them by the month
    /// they arrived; nothing of an answer is kept beyond the counts.
    fn count_feedback(
        &mut self,
        store: &dyn InboxStore,
        keys: &HashMap<KeyId, HotlinePrivateKey>,
    ) -> Result<(), HotlineError> {
        for row in store.feedback()? {
            let (id, key_id, envelope, sha, month) =
                (row.id, row.key_id, row.envelope, row.sha256, row.month);
            if !self.feedback_seen.insert(id) {
                continue;
            }
            let payload = (sha256(&envelope)[..] == sha[..])
                .then(|| Envelope::from_bytes(envelope).ok())
                .flatten()
                .zip(key_id.parse::<KeyId>().ok().and_then(|k| keys.get(&k)))
                .and_then(|(env, key)| open_feedback(key, &env).ok())
                .and_then(|plain| serde_json::from_slice::<FeedbackPayload>(&plain).ok())
                .filter(|p| p.v == FEEDBACK_VERSION);
            match payload {
                Some(p) => self.voices.add(&month, &p),
                None => self.voices.unreadable += 1,
            }
        }
        Ok(())
    }

    /// The requests the filter keeps: danger first, then any sign of a child, then by urgency,
    /// then newest first.
    pub(crate) fn list(&self, filter: &Filter) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = self.entries.values().filter(|e| filter.keeps(e)).collect();
        out.sort_by(|a, b| {
            a.rank()
                .cmp(&b.rank())
                .then_with(|| b.day.cmp(&a.day))
                .then_with(|| a.id.cmp(&b.id))
        });
        out
    }

    /// The page `filter.page` of [`Index::list`], and how many pages there are.
    pub(crate) fn page(&self, filter: &Filter) -> (Vec<&Entry>, usize, usize) {
        let all = self.list(filter);
        let pages = all.len().div_ceil(PAGE_SIZE).max(1);
        let page = filter.page.unwrap_or(1).clamp(1, pages);
        let rows = all
            .into_iter()
            .skip((page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .collect();
        (rows, page, pages)
    }

    /// How many requests the filter keeps.
    pub(crate) fn count(&self, filter: &Filter) -> usize {
        self.entries.values().filter(|e| filter.keeps(e)).count()
    }

    /// One request.
    pub(crate) fn get(&self, id: &ReferralId) -> Option<&Entry> {
        self.entries.get(id)
    }

    /// Every language that occurs, for the filter's choices.
    pub(crate) fn languages(&self) -> Vec<String> {
        let mut l: Vec<String> = self
            .entries
            .values()
            .filter_map(|e| e.referral.language.as_ref().map(|t| t.as_str().to_owned()))
            .collect();
        l.sort();
        l.dedup();
        l
    }
}
