//! Scores and the report: precision/recall rows, quote and event counts, the table.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::*;

/// Precision / recall counts for one row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// Correct predictions.
    pub tp_pred: usize,
    /// Predictions counted.
    pub n_pred: usize,
    /// Gold items found.
    pub tp_gold: usize,
    /// Gold items counted.
    pub n_gold: usize,
    /// Predictions not counted (lenient or optional matches).
    pub ignored: usize,
    /// False positives that are second canonicals for an already matched gold entity.
    pub dup: usize,
}

pub(super) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

pub(super) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Prf {
    /// Precision (0 when nothing was predicted).
    ///
    /// ```
    /// let p = news_extract::eval::Prf { tp_pred: 1, n_pred: 2, ..Default::default() };
    /// assert_eq!(p.p(), 0.5);
    /// ```
    pub fn p(&self) -> f64 {
        ratio(self.tp_pred, self.n_pred)
    }
    /// Recall (0 when there is no gold).
    ///
    /// ```
    /// let p = news_extract::eval::Prf { tp_gold: 1, n_gold: 4, ..Default::default() };
    /// assert_eq!(p.r(), 0.25);
    /// ```
    pub fn r(&self) -> f64 {
        ratio(self.tp_gold, self.n_gold)
    }
    /// F1 of [`Prf::p`] and [`Prf::r`].
    ///
    /// ```
    /// let p = news_extract::eval::Prf { tp_pred: 1, n_pred: 1, tp_gold: 1, n_gold: 1, ..Default::default() };
    /// assert_eq!(p.f(), 1.0);
    /// ```
    pub fn f(&self) -> f64 {
        f1(self.p(), self.r())
    }
    pub(super) fn add(&mut self, o: &Prf) {
        self.tp_pred += o.tp_pred;
        self.n_pred += o.n_pred;
        self.tp_gold += o.tp_gold;
        self.n_gold += o.n_gold;
        self.ignored += o.ignored;
        self.dup += o.dup;
    }
    pub(super) fn row(&self, name: &str) -> String {
        format!(
            "{name:<26} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>8} {:>5}",
            self.n_gold,
            self.n_pred,
            self.p(),
            self.r(),
            self.f(),
            self.ignored,
            self.dup
        )
    }
    pub(super) fn as_json(&self) -> Value {
        json!({"gold": self.n_gold, "pred": self.n_pred, "tp_pred": self.tp_pred,
               "tp_gold": self.tp_gold, "ignored": self.ignored, "dup": self.dup,
               "precision": round4(self.p()), "recall": round4(self.r()), "f1": round4(self.f())})
    }
}

pub(super) fn round4(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Quote counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuoteScore {
    /// Gold quotes (not optional).
    pub gold: usize,
    /// Predicted quotes counted.
    pub pred: usize,
    /// Predicted quotes that found a gold quote.
    pub tp_pred: usize,
    /// Gold quotes found.
    pub found: usize,
    /// Predictions that found an optional gold quote.
    pub ignored: usize,
    /// Found quotes with the right speaker.
    pub speaker_ok: usize,
}

impl QuoteScore {
    /// Precision.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::QuoteScore::default().precision(), 0.0);
    /// ```
    pub fn precision(&self) -> f64 {
        ratio(self.tp_pred, self.pred)
    }
    /// Recall.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::QuoteScore::default().recall(), 0.0);
    /// ```
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    /// F1.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::QuoteScore::default().f1(), 0.0);
    /// ```
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Speaker accuracy among found quotes.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::QuoteScore::default().speaker_accuracy(), 0.0);
    /// ```
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_ok, self.found)
    }
}

/// Event counts (type + person + org).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EventScore {
    /// Gold events that are not group events.
    pub gold: usize,
    /// Predicted events counted (those matching only a group event are not).
    pub pred: usize,
    /// Matched pairs.
    pub tp: usize,
    /// Predictions matching only a group event.
    pub ignored: usize,
}

impl EventScore {
    /// Precision.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::EventScore::default().precision(), 0.0);
    /// ```
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.pred)
    }
    /// Recall.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::EventScore::default().recall(), 0.0);
    /// ```
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// F1.
    ///
    /// ```
    /// assert_eq!(news_extract::eval::EventScore::default().f1(), 0.0);
    /// ```
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// The result of scoring a set of predictions.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Gold documents.
    pub n_gold_docs: usize,
    /// Prediction documents.
    pub n_pred_docs: usize,
    /// Gold ids with no prediction.
    pub missing: Vec<String>,
    /// Prediction ids not in the gold set.
    pub extra: usize,
    /// Rows by name: the four types, `ORG_ANY` and `ORG_OTHER_lenient`.
    pub entities: BTreeMap<String, Prf>,
    /// Quotes.
    pub quotes: QuoteScore,
    /// Events.
    pub events: EventScore,
    /// All counters, under the reference scorer's names.
    pub counts: BTreeMap<String, usize>,
    /// Whether article texts were given (enables the event sentence check).
    pub with_texts: bool,
    /// Error analysis: one line per miss, false positive or wrong speaker, as
    /// `id<TAB>kind<TAB>what<TAB>sentence` (the sentence when texts were given).
    pub errors: Vec<String>,
}

impl Report {
    /// The entity row `name` (`PERSON`, `COMPANY`, `ORG_OTHER`, `MODEL`, `ORG_ANY`).
    ///
    /// ```
    /// let r = news_extract::eval::Report::default();
    /// assert_eq!(r.entity("PERSON").n_gold, 0);
    /// ```
    pub fn entity(&self, name: &str) -> Prf {
        self.entities.get(name).copied().unwrap_or_default()
    }

    /// Share of matched events whose polarity agrees with gold (0 when none matched).
    ///
    /// ```
    /// let r = news_extract::eval::Report::default();
    /// assert_eq!(r.event_polarity_accuracy(), 0.0);
    /// ```
    pub fn event_polarity_accuracy(&self) -> f64 {
        ratio(self.c("pol_ok"), self.events.tp)
    }

    pub(super) fn c(&self, k: &str) -> usize {
        self.counts.get(k).copied().unwrap_or(0)
    }

    pub(super) fn all_rows(&self) -> (Prf, Prf) {
        let mut all = Prf::default();
        for t in ENT_TYPES {
            all.add(&self.entity(t));
        }
        let mut len = Prf::default();
        for t in ["PERSON", "MODEL", "ORG_ANY"] {
            len.add(&self.entity(t));
        }
        (all, len)
    }

    /// The score table, laid out like the reference scorer's.
    ///
    /// ```
    /// let r = news_extract::eval::Report::default();
    /// assert!(r.table().contains("EVENTS (type+person+org)"));
    /// ```
    pub fn table(&self) -> String {
        let mut out = Vec::new();
        out.push(format!(
            "docs: {} gold, {} predicted (missing {}, extra {})",
            self.n_gold_docs,
            self.n_pred_docs,
            self.missing.len(),
            self.extra
        ));
        out.push(String::new());
        out.push(format!(
            "{:<26} {:>6} {:>6} {:>7} {:>7} {:>7} {:>8} {:>5}",
            "ENTITIES (by canonical)", "gold", "pred", "P", "R", "F1", "ignored", "dup"
        ));
        for t in ENT_TYPES {
            out.push(self.entity(t).row(t));
        }
        let (all, len) = self.all_rows();
        out.push(all.row("ALL (micro, 4 types)"));
        out.push(self.entity("ORG_ANY").row("ORG_ANY (COMPANY+ORG_OTHER)"));
        out.push(len.row("ALL (PERSON+MODEL+ORG_ANY)"));
        let lo = self.entity("ORG_OTHER_lenient");
        out.push(format!(
            "ORG_OTHER recall by any org-typed prediction (COMPANY or ORG_OTHER): {:.3} ({}/{})",
            lo.r(),
            lo.tp_gold,
            lo.n_gold
        ));
        out.push(String::new());
        out.push(format!(
            "{:<26} {:>6} {:>6} {:>7} {:>7} {:>7} {:>8}",
            "QUOTES", "gold", "pred", "P", "R", "F1", "ignored"
        ));
        let q = &self.quotes;
        out.push(format!(
            "{:<26} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>8}",
            "quote found",
            q.gold,
            q.pred,
            q.precision(),
            q.recall(),
            q.f1(),
            q.ignored
        ));
        out.push(format!(
            "speaker accuracy among found: {:.3} ({}/{}; named {}/{}, null {}/{})",
            q.speaker_accuracy(),
            q.speaker_ok,
            q.found,
            self.c("spk_ok_named"),
            self.c("spk_n_named"),
            self.c("spk_ok_null"),
            self.c("spk_n_null")
        ));
        out.push(String::new());
        out.push(format!(
            "{:<26} {:>6} {:>6} {:>7} {:>7} {:>7} {:>8}",
            "EVENTS (type+person+org)", "gold", "pred", "P", "R", "F1", "ignored"
        ));
        let e = &self.events;
        out.push(format!(
            "{:<26} {:>6} {:>6} {:>7.3} {:>7.3} {:>7.3} {:>8}",
            "all events",
            e.gold,
            e.pred,
            e.precision(),
            e.recall(),
            e.f1(),
            e.ignored
        ));
        let line = |name: &str, tp: usize, pred: usize, gold: usize| {
            let (p, r) = (ratio(tp, pred), ratio(tp, gold));
            format!(
                "{name:<26} {gold:>6} {pred:>6} {p:>7.3} {r:>7.3} {:>7.3}",
                f1(p, r)
            )
        };
        for t in ["LEAVE", "JOIN"] {
            out.push(line(
                &format!("  {t}"),
                self.c(&format!("ev_tp_{t}")),
                self.c(&format!("ev_pred_{t}")),
                self.c(&format!("ev_gold_{t}")),
            ));
        }
        out.push(line(
            "asserted-only view",
            self.c("asr_tp"),
            self.c("asr_pred"),
            self.c("asr_gold"),
        ));
        for pol in ["asserted", "hypothetical", "negated"] {
            out.push(format!(
                "  recall, gold {:<12} {}/{}",
                format!("{pol}:"),
                self.c(&format!("ev_tp_pol_{pol}")),
                self.c(&format!("ev_gold_pol_{pol}"))
            ));
        }
        let acc = |ok: usize, n: usize| {
            if n == 0 {
                "n/a".to_string()
            } else {
                format!("{:.3} ({ok}/{n})", ok as f64 / n as f64)
            }
        };
        out.push(format!(
            "  polarity accuracy among matched: {}",
            acc(self.c("pol_ok"), e.tp)
        ));
        out.push(format!(
            "  role accuracy among matched (gold role set): {}",
            acc(self.c("role_ok"), self.c("role_n"))
        ));
        if self.with_texts {
            out.push(format!(
                "  sentence span contains gold evidence: {}",
                acc(self.c("sent_ok"), self.c("sent_n"))
            ));
        }
        out.push(format!(
            "  group events (not in P/R): {} gold; {} predictions matched only a group event",
            self.c("ev_group_gold"),
            self.c("ev_group_hit")
        ));
        out.join("\n") + "\n"
    }

    /// The metrics as JSON, with the reference scorer's `--json` layout.
    ///
    /// ```
    /// let r = news_extract::eval::Report::default();
    /// assert!(r.to_json()["quotes"]["recall"].is_number());
    /// ```
    pub fn to_json(&self) -> Value {
        let mut ents = serde_json::Map::new();
        for t in ENT_TYPES.iter().chain(["ORG_ANY"].iter()) {
            ents.insert(t.to_string(), self.entity(t).as_json());
        }
        let (all, len) = self.all_rows();
        let q = &self.quotes;
        let e = &self.events;
        json!({
            "entities": ents,
            "org_other_lenient_recall": round4(self.entity("ORG_OTHER_lenient").r()),
            "entities_all": all.as_json(),
            "entities_all_org_lenient": len.as_json(),
            "quotes": {"gold": q.gold, "pred": q.pred, "found": q.found,
                       "precision": round4(q.precision()), "recall": round4(q.recall()),
                       "f1": round4(q.f1()), "speaker_accuracy": round4(q.speaker_accuracy())},
            "events": {"gold": e.gold, "pred": e.pred, "tp": e.tp,
                       "precision": round4(e.precision()), "recall": round4(e.recall()),
                       "f1": round4(e.f1())},
            "counts": self.counts,
        })
    }
}
