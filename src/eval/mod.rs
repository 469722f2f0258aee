//! Scoring extractor output against hand-annotated gold data.
//!
//! Reads gold JSONL in the format of the BBC dev set (`bbc-dev.gold.jsonl`: one article per
//! line with `entities`, `quotes` and `events`, see the dev set's GUIDELINES.md, section 4)
//! and scores predictions in the output contract (one JSON object per article, as written by
//! `news-extract extract`, or [`Document`]s turned into JSON). The rules follow the reference
//! scorer `score.py` exactly, so the figures agree:
//!
//! * entities by canonical, per document, with case, punctuation, "the", possessive and legal
//!   suffix insensitive names (for PERSON also honorifics, initials and Jr/Sr); one-to-one
//!   greedy assignment (exact canonical 4 > normalised canonical 3 > variant 2 > mention 1);
//!   a predicted `ORG` counts as `ORG_OTHER`; COMPANY and ORG_OTHER are lenient to each
//!   other, and the `ORG_ANY` row merges them; optional gold is not needed and not counted;
//! * quotes found by the lower-cased word-token prefix `quote_start`, speaker accuracy over
//!   found quotes;
//! * events by type + person + org (an `org_alt` also counts; gold org null matches any org),
//!   group events not counted, polarity and role accuracy over matched events.
//!
//! ```
//! use news_extract::eval::{Gold, Scorer};
//! use news_extract::Extractor;
//!
//! let gold = Gold::from_jsonl_str(concat!(
//!     r#"{"id": "a", "entities": [{"type": "COMPANY", "canonical": "Acme Corp", "text": ["Acme"]},"#,
//!     r#" {"type": "PERSON", "canonical": "Jane Doe", "text": ["Jane Doe", "Doe"]}],"#,
//!     r#" "quotes": [{"quote_start": "We are pleased", "speaker_canonical": "Jane Doe"}],"#,
//!     r#" "events": [{"type": "JOIN", "person_canonical": "Jane Doe", "group": false,"#,
//!     r#" "org_canonical": "Acme Corp", "org_alt": [], "role": "chief executive","#,
//!     r#" "polarity": "asserted", "evidence": "Acme Corp said"}]}"#,
//! )).unwrap();
//! let text = "Acme Corp said Jane Doe had joined the company as chief executive. \
//!             \"We are pleased,\" said Ms Doe.";
//! let mut doc = Extractor::default().extract(text).to_char_offsets(text);
//! doc.id = Some("a".into());
//! let report = Scorer::new(&gold).score_documents(&[doc]);
//! assert_eq!(report.entity("PERSON").n_gold, 1);
//! assert_eq!(report.quotes.gold, 1);
//! assert_eq!(report.events.gold, 1);
//! assert!(report.table().contains("ORG_ANY"));
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use crate::Document;

mod entities;
mod errors;
mod events;
mod gold;
mod norm;
mod quotes;
mod report;

use entities::*;
use errors::*;
use events::*;
use gold::*;
pub use gold::{Gold, GoldDoc, read_jsonl};
use norm::*;
pub use norm::{norm, tokens};
use quotes::*;
pub use report::{EventScore, Prf, QuoteScore, Report};

/// Entity types scored, in table order.
pub const ENT_TYPES: [&str; 4] = ["PERSON", "COMPANY", "ORG_OTHER", "MODEL"];

/// Scores predictions against a [`Gold`] set.
#[derive(Clone, Copy, Debug)]
pub struct Scorer<'g> {
    gold: &'g Gold,
}

pub(super) type Acc = BTreeMap<String, usize>;

pub(super) fn inc(acc: &mut Acc, k: &str, n: usize) {
    *acc.entry(k.to_string()).or_insert(0) += n;
}

impl<'g> Scorer<'g> {
    /// A scorer for `gold`.
    ///
    /// ```
    /// let gold = news_extract::eval::Gold::default();
    /// let r = news_extract::eval::Scorer::new(&gold).score_documents(&[]);
    /// assert_eq!(r.n_gold_docs, 0);
    /// ```
    pub fn new(gold: &'g Gold) -> Scorer<'g> {
        Scorer { gold }
    }

    /// Scores extracted [`Document`]s (matched to gold by `id`). Offsets matter only for the
    /// event sentence check, which needs texts and is not done here.
    ///
    /// ```
    /// let gold = news_extract::eval::Gold::default();
    /// assert_eq!(news_extract::eval::Scorer::new(&gold).score_documents(&[]).extra, 0);
    /// ```
    pub fn score_documents(&self, docs: &[Document]) -> Report {
        let values: Vec<Value> = docs
            .iter()
            .map(|d| serde_json::to_value(d).unwrap_or(Value::Null))
            .collect();
        self.score_values(&values, None)
    }

    /// Scores prediction records in the output contract. `texts` (id to article text, with
    /// character offsets in the predictions) enables the event sentence check.
    ///
    /// ```
    /// let gold = news_extract::eval::Gold::default();
    /// let r = news_extract::eval::Scorer::new(&gold).score_values(&[], None);
    /// assert!(!r.with_texts);
    /// ```
    pub fn score_values(&self, preds: &[Value], texts: Option<&HashMap<String, String>>) -> Report {
        let mut by_id: HashMap<Option<String>, &Value> = HashMap::new();
        let mut order: Vec<Option<String>> = Vec::new();
        for p in preds {
            let id = match p.get("id") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(v) => Some(v.to_string()),
            };
            if by_id.insert(id.clone(), p).is_none() {
                order.push(id);
            }
        }
        let gold_ids: HashSet<&str> = self.gold.docs.iter().map(|g| g.id.as_str()).collect();
        let mut report = Report {
            n_gold_docs: self.gold.docs.len(),
            n_pred_docs: by_id.len(),
            missing: self
                .gold
                .docs
                .iter()
                .filter(|g| !by_id.contains_key(&Some(g.id.clone())))
                .map(|g| g.id.clone())
                .collect(),
            extra: order
                .iter()
                .filter(|i| i.as_deref().is_none_or(|i| !gold_ids.contains(i)))
                .count(),
            with_texts: texts.is_some(),
            ..Report::default()
        };
        let mut rows: BTreeMap<String, Prf> = BTreeMap::new();
        let mut acc: Acc = BTreeMap::new();
        let empty = Value::Null;
        for g in &self.gold.docs {
            let p = by_id.get(&Some(g.id.clone())).copied().unwrap_or(&empty);
            let list = |k: &str| -> Vec<Value> {
                p.get(k)
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
            };
            let text = texts.and_then(|t| t.get(&g.id)).map(String::as_str);
            let mut errs = Errors {
                id: &g.id,
                text,
                out: &mut report.errors,
            };
            score_entities(g, &list("entities"), &mut rows, &mut errs);
            score_quotes(g, &list("quotes"), &mut acc, &mut errs);
            score_events(g, &list("events"), text, &mut acc, &mut errs);
        }
        report.entities = rows;
        let c = |k: &str| acc.get(k).copied().unwrap_or(0);
        report.quotes = QuoteScore {
            gold: c("q_gold"),
            pred: c("q_pred"),
            tp_pred: c("q_tp_pred"),
            found: c("q_found"),
            ignored: c("q_ignored"),
            speaker_ok: c("spk_ok"),
        };
        report.events = EventScore {
            gold: c("ev_gold"),
            pred: c("ev_pred"),
            tp: c("ev_tp"),
            ignored: c("ev_ignored"),
        };
        report.counts = acc;
        report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_canonical() {
        assert_eq!(canon_role("CEO"), "chief executive officer");
        assert_eq!(canon_role("chief executive"), "chief executive officer");
        assert_eq!(canon_role("Chairman of the Board"), "chairman");
        assert!(role_ok("chief executive", "CEO"));
        assert!(!role_ok("chairman", ""));
    }

    #[test]
    fn names_normalise() {
        assert_eq!(norm("PERSON", "Sir Martin Sorrell"), "martin sorrell");
        assert_eq!(norm("COMPANY", "McDonald's Corp"), "mcdonald");
        assert_eq!(norm("ORG_OTHER", "Co"), "co");
    }
}
