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
use std::io::{self, BufRead};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use once_cell::sync::Lazy;
use regex::Regex;
use serde_json::{Value, json};

use crate::Document;
use crate::batch::Source;

/// Entity types scored, in table order.
pub const ENT_TYPES: [&str; 4] = ["PERSON", "COMPANY", "ORG_OTHER", "MODEL"];

const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corpo",
    "corporation",
    "co",
    "cos",
    "company",
    "companies",
    "ltd",
    "limited",
    "plc",
    "llc",
    "lp",
    "sa",
    "ag",
    "nv",
    "bv",
    "gmbh",
    "and",
];
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "sen",
    "senator",
    "rep",
    "president",
    "prof",
    "professor",
    "gov",
    "governor",
];
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

static POSSESSIVE: Lazy<Regex> = Lazy::new(|| Regex::new(r"'s\b").expect("valid regex"));
static WORD: Lazy<Regex> = Lazy::new(|| Regex::new(r"[a-z0-9]+").expect("valid regex"));

/// Lower-cased word tokens of `s` as the reference scorer sees them: `&` is "and", a
/// possessive `'s` is dropped, and only ASCII letters and digits form words.
///
/// ```
/// assert_eq!(news_extract::eval::tokens("AT&T's Chief"), ["at", "and", "t", "chief"]);
/// ```
pub fn tokens(s: &str) -> Vec<String> {
    let lower = s.to_lowercase().replace('&', " and ");
    let stripped = POSSESSIVE.replace_all(&lower, "");
    WORD.find_iter(&stripped)
        .map(|m| m.as_str().to_string())
        .collect()
}

fn norm_org(s: &str) -> String {
    let mut t = tokens(s);
    if t.first().is_some_and(|w| w == "the") {
        t.remove(0);
    }
    while t.len() > 1 && ORG_SUFFIXES.contains(&t[t.len() - 1].as_str()) {
        t.pop();
    }
    t.join(" ")
}

fn norm_person(s: &str) -> String {
    let t = tokens(s);
    let skip = t
        .iter()
        .take_while(|w| HONORIFICS.contains(&w.as_str()))
        .count();
    t[skip..]
        .iter()
        .filter(|w| w.len() > 1 && !NAME_SUFFIXES.contains(&w.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name normalised for comparison, by entity type (`PERSON`, `MODEL`, else an org).
///
/// ```
/// use news_extract::eval::norm;
/// assert_eq!(norm("PERSON", "Mr John F. Smith Jr"), "john smith");
/// assert_eq!(norm("COMPANY", "The Walt Disney Co."), "walt disney");
/// ```
pub fn norm(etype: &str, s: &str) -> String {
    match etype {
        "PERSON" => norm_person(s),
        "MODEL" => tokens(s).join(" "),
        _ => norm_org(s),
    }
}

fn ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Python truthiness of an optional string field: `None` or empty is false.
fn nonempty<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    str_of(v, key).filter(|s| !s.is_empty())
}

fn truthy(v: &Value, key: &str) -> bool {
    match v.get(key) {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// One gold entity with its comparison keys.
#[derive(Clone, Debug)]
struct GoldEntity {
    etype: String,
    canonical: String,
    optional: bool,
    keys: HashSet<String>,
}

/// One gold article.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The article id.
    pub id: String,
    /// The raw gold record.
    pub record: Value,
    entities: Vec<GoldEntity>,
}

/// A gold set: articles in file order.
#[derive(Clone, Debug, Default)]
pub struct Gold {
    /// The articles.
    pub docs: Vec<GoldDoc>,
}

impl Gold {
    /// Parses gold JSONL text (blank lines skipped).
    ///
    /// ```
    /// let g = news_extract::eval::Gold::from_jsonl_str(
    ///     r#"{"id": "x", "entities": [], "quotes": [], "events": []}"#).unwrap();
    /// assert_eq!(g.docs.len(), 1);
    /// ```
    pub fn from_jsonl_str(s: &str) -> Result<Gold, String> {
        let mut docs = Vec::new();
        for (i, line) in s.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value =
                serde_json::from_str(line).map_err(|e| format!("gold line {}: {e}", i + 1))?;
            docs.push(GoldDoc::new(v));
        }
        Ok(Gold { docs })
    }

    /// Reads a gold JSONL file (plain, gzip or zstd).
    ///
    /// ```no_run
    /// let g = news_extract::eval::Gold::read("bbc-dev.gold.jsonl").unwrap();
    /// ```
    pub fn read(path: impl AsRef<Path>) -> Result<Gold, String> {
        let values = read_jsonl(path.as_ref())?;
        Ok(Gold {
            docs: values.into_iter().map(GoldDoc::new).collect(),
        })
    }
}

impl GoldDoc {
    fn new(record: Value) -> GoldDoc {
        let id = match record.get("id") {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        };
        let entities = record
            .get("entities")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|e| {
                        let etype = str_of(e, "type").unwrap_or("").to_string();
                        let canonical = str_of(e, "canonical").unwrap_or("").to_string();
                        let mut keys = HashSet::new();
                        keys.insert(norm(&etype, &canonical));
                        if let Some(texts) = e.get("text").and_then(Value::as_array) {
                            for t in texts.iter().filter_map(Value::as_str) {
                                keys.insert(norm(&etype, t));
                            }
                        }
                        keys.remove("");
                        GoldEntity {
                            optional: truthy(e, "optional"),
                            etype,
                            canonical,
                            keys,
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        GoldDoc {
            id,
            record,
            entities,
        }
    }

    fn list<'a>(&'a self, key: &str) -> &'a [Value] {
        self.record
            .get(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }
}

/// Reads a JSONL file (plain, gzip or zstd, through the batch reader) into JSON values;
/// blank lines are skipped.
///
/// ```no_run
/// let preds = news_extract::eval::read_jsonl("pred.jsonl".as_ref()).unwrap();
/// ```
pub fn read_jsonl(path: &Path) -> Result<Vec<Value>, String> {
    let source = Source::File(path.to_path_buf());
    let reader = crate::batch::open_source(&source, Arc::new(AtomicU64::new(0)))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in reader.lines().enumerate() {
        let line: String = line.map_err(|e: io::Error| format!("{}: {e}", path.display()))?;
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(line)
                .map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))?,
        );
    }
    Ok(out)
}

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

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
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
    fn add(&mut self, o: &Prf) {
        self.tp_pred += o.tp_pred;
        self.n_pred += o.n_pred;
        self.tp_gold += o.tp_gold;
        self.n_gold += o.n_gold;
        self.ignored += o.ignored;
        self.dup += o.dup;
    }
    fn row(&self, name: &str) -> String {
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
    fn as_json(&self) -> Value {
        json!({"gold": self.n_gold, "pred": self.n_pred, "tp_pred": self.tp_pred,
               "tp_gold": self.tp_gold, "ignored": self.ignored, "dup": self.dup,
               "precision": round4(self.p()), "recall": round4(self.r()), "f1": round4(self.f())})
    }
}

fn round4(x: f64) -> f64 {
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

    fn c(&self, k: &str) -> usize {
        self.counts.get(k).copied().unwrap_or(0)
    }

    fn all_rows(&self) -> (Prf, Prf) {
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

/// Scores predictions against a [`Gold`] set.
#[derive(Clone, Copy, Debug)]
pub struct Scorer<'g> {
    gold: &'g Gold,
}

type Acc = BTreeMap<String, usize>;

fn inc(acc: &mut Acc, k: &str, n: usize) {
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

/// A predicted entity group: (type, canonical, mention texts).
type PredGroup = (String, String, HashSet<String>);

fn pred_entity_groups(pred_ents: &[Value]) -> Vec<PredGroup> {
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut groups: Vec<PredGroup> = Vec::new();
    for e in pred_ents {
        let mut t = str_of(e, "type").unwrap_or("").to_uppercase();
        if t == "ORG" {
            t = "ORG_OTHER".to_string();
        }
        if !ENT_TYPES.contains(&t.as_str()) {
            continue;
        }
        let canon = ws(nonempty(e, "canonical")
            .or_else(|| nonempty(e, "text"))
            .unwrap_or(""));
        let key = (t.clone(), canon.to_lowercase());
        let i = *index.entry(key).or_insert_with(|| {
            groups.push((t.clone(), canon.clone(), HashSet::new()));
            groups.len() - 1
        });
        let mention = ws(nonempty(e, "text").unwrap_or(&canon));
        groups[i].2.insert(mention);
    }
    groups
}

fn candidates(
    etype: &str,
    canon: &str,
    mentions: &HashSet<String>,
    gold: &[&GoldEntity],
) -> Vec<(u8, usize)> {
    let k = norm(etype, canon);
    let mk: HashSet<String> = mentions
        .iter()
        .map(|m| norm(etype, m))
        .filter(|m| !m.is_empty())
        .collect();
    let lc = ws(canon).to_lowercase();
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if lc == ws(&g.canonical).to_lowercase() {
            out.push((4, gi));
        } else if !k.is_empty() && k == norm(&g.etype, &g.canonical) {
            out.push((3, gi));
        } else if !k.is_empty() && g.keys.contains(&k) {
            out.push((2, gi));
        } else if mk.iter().any(|m| g.keys.contains(m)) {
            out.push((1, gi));
        }
    }
    out
}

/// One-to-one greedy assignment: (pred -> gold, preds that lost every candidate).
fn assign(
    preds: &[&PredGroup],
    gold: &[&GoldEntity],
    etype: &str,
) -> (HashMap<usize, usize>, HashSet<usize>) {
    let mut pairs = Vec::new();
    let mut has_cand = HashSet::new();
    for (pi, (_, canon, mentions)) in preds.iter().enumerate() {
        for (sc, gi) in candidates(etype, canon, mentions, gold) {
            pairs.push((std::cmp::Reverse(sc), pi, gi));
            has_cand.insert(pi);
        }
    }
    pairs.sort();
    let mut pm = HashMap::new();
    let mut gm = HashSet::new();
    for (_, pi, gi) in pairs {
        if pm.contains_key(&pi) || gm.contains(&gi) {
            continue;
        }
        pm.insert(pi, gi);
        gm.insert(gi);
    }
    let dups = has_cand
        .into_iter()
        .filter(|pi| !pm.contains_key(pi))
        .collect();
    (pm, dups)
}

/// Collects error-analysis lines for one document.
struct Errors<'a> {
    id: &'a str,
    text: Option<&'a str>,
    out: &'a mut Vec<String>,
}

impl Errors<'_> {
    /// Adds a line; the sentence is the one around `at` (a character offset) or around the
    /// first occurrence of `needle` in the text.
    fn push(&mut self, kind: &str, what: &str, at: Option<usize>, needle: &str) {
        let sentence = self
            .text
            .map(|t| sentence_around(t, at, needle))
            .unwrap_or_default();
        self.out
            .push(format!("{}\t{kind}\t{what}\t{sentence}", self.id));
    }
}

/// The sentence (up to a full stop or line break, at most 300 bytes) around a character
/// offset, or around the first occurrence of `needle`; empty when neither is found.
fn sentence_around(text: &str, at: Option<usize>, needle: &str) -> String {
    let byte = match at {
        Some(c) => text.char_indices().nth(c).map(|(b, _)| b),
        None if !needle.is_empty() => text.find(needle),
        None => None,
    };
    let Some(b) = byte else {
        return String::new();
    };
    let stop = |c: char| c == '\n' || c == '.' || c == '?' || c == '!';
    let lo = text[..b].rfind(stop).map_or(0, |i| i + 1);
    let hi = text[b..]
        .find(['\n', '.', '?', '!'])
        .map_or(text.len(), |i| b + i + 1);
    let mut lo = lo.max(b.saturating_sub(300));
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = hi.min(b + 300).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    ws(&text[lo..hi])
}

fn score_entities(
    g: &GoldDoc,
    pred_ents: &[Value],
    rows: &mut BTreeMap<String, Prf>,
    errs: &mut Errors<'_>,
) {
    let preds = pred_entity_groups(pred_ents);
    for t in ENT_TYPES {
        let mut row = Prf::default();
        let gl: Vec<&GoldEntity> = g.entities.iter().filter(|e| e.etype == t).collect();
        let pl: Vec<&PredGroup> = preds.iter().filter(|p| p.0 == t).collect();
        let (pm, dups) = assign(&pl, &gl, t);
        row.n_gold = gl.iter().filter(|e| !e.optional).count();
        let any_optional = gl.iter().any(|e| e.optional);
        for (pi, p) in pl.iter().enumerate() {
            if let Some(&gi) = pm.get(&pi) {
                if gl[gi].optional {
                    row.ignored += 1;
                } else {
                    row.n_pred += 1;
                    row.tp_pred += 1;
                    row.tp_gold += 1;
                }
                continue;
            }
            let dup = dups.contains(&pi);
            if !dup && (t == "COMPANY" || t == "ORG_OTHER") {
                let other = if t == "COMPANY" {
                    "ORG_OTHER"
                } else {
                    "COMPANY"
                };
                let ol: Vec<&GoldEntity> = g.entities.iter().filter(|e| e.etype == other).collect();
                if !candidates(other, &p.1, &p.2, &ol).is_empty() {
                    row.ignored += 1;
                    continue;
                }
            }
            if !dup
                && any_optional
                && candidates(t, &p.1, &p.2, &gl)
                    .iter()
                    .any(|&(_, gi)| gl[gi].optional)
            {
                row.ignored += 1;
                continue;
            }
            row.n_pred += 1;
            row.dup += usize::from(dup);
            let mention = p.2.iter().next().map_or(p.1.as_str(), String::as_str);
            let what = if dup { "duplicate" } else { "false positive" };
            errs.push(&format!("{t} {what}"), &p.1, None, mention);
        }
        let matched: HashSet<usize> = pm.values().copied().collect();
        for (gi, ge) in gl.iter().enumerate() {
            if !ge.optional && !matched.contains(&gi) {
                errs.push(&format!("{t} miss"), &ge.canonical, None, &ge.canonical);
            }
        }
        rows.entry(t.to_string()).or_default().add(&row);
    }
    // ORG_ANY: COMPANY + ORG_OTHER, type-agnostic.
    let mut row = Prf::default();
    let gl: Vec<&GoldEntity> = g
        .entities
        .iter()
        .filter(|e| e.etype == "COMPANY" || e.etype == "ORG_OTHER")
        .collect();
    let mut seen = HashSet::new();
    let pl: Vec<&PredGroup> = preds
        .iter()
        .filter(|p| (p.0 == "COMPANY" || p.0 == "ORG_OTHER") && seen.insert(p.1.to_lowercase()))
        .collect();
    let (pm, dups) = assign(&pl, &gl, "COMPANY");
    row.n_gold = gl.iter().filter(|e| !e.optional).count();
    let lenient = rows.entry("ORG_OTHER_lenient".to_string()).or_default();
    lenient.n_gold += gl
        .iter()
        .filter(|e| e.etype == "ORG_OTHER" && !e.optional)
        .count();
    lenient.tp_gold += pm
        .values()
        .filter(|&&gi| gl[gi].etype == "ORG_OTHER" && !gl[gi].optional)
        .count();
    for pi in 0..pl.len() {
        match pm.get(&pi) {
            Some(&gi) if gl[gi].optional => row.ignored += 1,
            Some(_) => {
                row.n_pred += 1;
                row.tp_pred += 1;
                row.tp_gold += 1;
            }
            None => {
                row.n_pred += 1;
                row.dup += usize::from(dups.contains(&pi));
            }
        }
    }
    rows.entry("ORG_ANY".to_string()).or_default().add(&row);
}

fn speaker_ok(gold_speaker: Option<&str>, pred: Option<&str>, ents: &[GoldEntity]) -> bool {
    let Some(gs) = gold_speaker else {
        return pred.is_none_or(str::is_empty);
    };
    let Some(ps) = pred.filter(|s| !s.is_empty()) else {
        return false;
    };
    ents.iter()
        .find(|e| e.canonical == gs)
        .is_some_and(|e| e.keys.contains(&norm(&e.etype, ps)))
}

fn score_quotes(g: &GoldDoc, pred_quotes: &[Value], acc: &mut Acc, errs: &mut Errors<'_>) {
    let preds: Vec<(Vec<String>, Option<&str>)> = pred_quotes
        .iter()
        .map(|q| {
            let t = str_of(q, "text")
                .unwrap_or("")
                .trim()
                .trim_start_matches(['"', '\u{201c}', '\u{201d}', '\'', '`', ' '])
                .trim();
            (tokens(t), str_of(q, "speaker"))
        })
        .collect();
    let mut used = HashSet::new();
    let mut found_opt = 0usize;
    let gold_quotes = g.list("quotes");
    for gq in gold_quotes {
        let start = str_of(gq, "quote_start").unwrap_or("");
        let gt = tokens(start);
        let mut hit = false;
        for (pi, (pt, sp)) in preds.iter().enumerate() {
            if used.contains(&pi) || pt.len() < gt.len() || pt[..gt.len()] != gt[..] {
                continue;
            }
            used.insert(pi);
            hit = true;
            if truthy(gq, "optional") {
                found_opt += 1;
                break;
            }
            inc(acc, "q_found", 1);
            let gs = str_of(gq, "speaker_canonical");
            let ok = usize::from(speaker_ok(gs, *sp, &g.entities));
            if ok == 0 {
                let what = format!(
                    "{start} (gold {}, predicted {})",
                    gs.unwrap_or("null"),
                    sp.filter(|s| !s.is_empty()).unwrap_or("null")
                );
                errs.push("quote wrong speaker", &what, None, start);
            }
            inc(acc, "spk_ok", ok);
            let key = if gs.is_none() { "null" } else { "named" };
            inc(acc, &format!("spk_n_{key}"), 1);
            inc(acc, &format!("spk_ok_{key}"), ok);
            break;
        }
        if !hit && !truthy(gq, "optional") {
            errs.push("quote miss", start, None, start);
        }
    }
    for (pi, q) in pred_quotes.iter().enumerate() {
        if !used.contains(&pi) {
            let text = str_of(q, "text").unwrap_or("");
            let at = q.get("start").and_then(Value::as_u64).map(|n| n as usize);
            errs.push("quote false positive", text, at, text);
        }
    }
    inc(
        acc,
        "q_gold",
        gold_quotes
            .iter()
            .filter(|q| !truthy(q, "optional"))
            .count(),
    );
    inc(acc, "q_pred", preds.len() - found_opt);
    inc(acc, "q_tp_pred", used.len() - found_opt);
    inc(acc, "q_ignored", found_opt);
}

/// Roles compared as the reference scorer does: word tokens, abbreviations spelled out.
fn canon_role(r: &str) -> String {
    let t = tokens(r);
    let mut out: Vec<String> = Vec::with_capacity(t.len() + 2);
    let expand = |w: &str| -> Option<&'static str> {
        match w {
            "ceo" => Some("chief executive officer"),
            "coo" => Some("chief operating officer"),
            "cfo" => Some("chief financial officer"),
            "vp" => Some("vice president"),
            _ => None,
        }
    };
    for w in &t {
        match expand(w) {
            Some(e) => out.extend(e.split(' ').map(str::to_string)),
            None => out.push(w.clone()),
        }
    }
    // "chief executive" not followed by " officer" -> "chief executive officer"
    let mut i = 0;
    let mut v: Vec<String> = Vec::with_capacity(out.len() + 2);
    while i < out.len() {
        v.push(out[i].clone());
        if out[i] == "chief"
            && out.get(i + 1).is_some_and(|w| w == "executive")
            && !out.get(i + 2).is_some_and(|w| w.starts_with("officer"))
        {
            v.push("executive".into());
            v.push("officer".into());
            i += 2;
            continue;
        }
        i += 1;
    }
    // "chairman of the board" -> "chairman"; "exec" -> "executive"
    let mut w2: Vec<String> = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len() {
        if v[i] == "chairman" && v.len() >= i + 4 && v[i + 1..i + 4] == ["of", "the", "board"] {
            w2.push("chairman".into());
            i += 4;
            continue;
        }
        w2.push(if v[i] == "exec" {
            "executive".into()
        } else {
            v[i].clone()
        });
        i += 1;
    }
    w2.join(" ")
}

fn role_ok(g: &str, p: &str) -> bool {
    let (g, p) = (canon_role(g), canon_role(p));
    !p.is_empty() && (g == p || g.contains(&p) || p.contains(&g))
}

fn score_events(
    g: &GoldDoc,
    preds: &[Value],
    text: Option<&str>,
    acc: &mut Acc,
    errs: &mut Errors<'_>,
) {
    let mut by_canon: HashMap<&str, &GoldEntity> = HashMap::new();
    for e in &g.entities {
        by_canon.insert(e.canonical.as_str(), e);
    }
    let person_ok = |ge: &Value, p: Option<&str>| {
        str_of(ge, "person_canonical")
            .and_then(|c| by_canon.get(c))
            .is_some_and(|e| e.keys.contains(&norm("PERSON", p.unwrap_or(""))))
    };
    let org_level = |ge: &Value, p: Option<&str>| -> u8 {
        let Some(oc) = str_of(ge, "org_canonical") else {
            return 2;
        };
        let Some(p) = p.filter(|s| !s.is_empty()) else {
            return 0;
        };
        let k = norm_org(p);
        if by_canon.get(oc).is_some_and(|e| e.keys.contains(&k)) {
            return 2;
        }
        let alts = ge.get("org_alt").and_then(Value::as_array);
        for alt in alts.into_iter().flatten().filter_map(Value::as_str) {
            if by_canon.get(alt).is_some_and(|e| e.keys.contains(&k)) {
                return 1;
            }
        }
        0
    };
    let ptype = |p: &Value| str_of(p, "type").unwrap_or("").to_uppercase();
    let gtype = |ge: &Value| str_of(ge, "type").unwrap_or("").to_string();
    let gpol = |ge: &Value| str_of(ge, "polarity").unwrap_or("").to_string();
    let all = g.list("events");
    let named: Vec<&Value> = all.iter().filter(|e| !truthy(e, "group")).collect();
    let groups: Vec<&Value> = all.iter().filter(|e| truthy(e, "group")).collect();
    let mut cands = Vec::new();
    for (gi, ge) in named.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if ptype(p) != gtype(ge) || !person_ok(ge, str_of(p, "person")) {
                continue;
            }
            let lvl = org_level(ge, str_of(p, "org"));
            if lvl == 0 {
                continue;
            }
            let bonus = u8::from(str_of(p, "polarity") == str_of(ge, "polarity"))
                + u8::from(role_ok(
                    nonempty(ge, "role").unwrap_or(""),
                    nonempty(p, "role").unwrap_or(""),
                ));
            cands.push((std::cmp::Reverse(lvl), std::cmp::Reverse(bonus), gi, pi));
        }
    }
    cands.sort();
    let mut gm: HashMap<usize, usize> = HashMap::new();
    let mut pm: HashSet<usize> = HashSet::new();
    for (_, _, gi, pi) in cands {
        if gm.contains_key(&gi) || pm.contains(&pi) {
            continue;
        }
        gm.insert(gi, pi);
        pm.insert(pi);
    }
    let group_only = |pi: usize| -> Option<String> {
        if pm.contains(&pi) {
            return None;
        }
        let p = &preds[pi];
        groups
            .iter()
            .find(|ge| ptype(p) == gtype(ge) && org_level(ge, str_of(p, "org")) == 2)
            .map(|ge| gtype(ge))
    };
    let ignored: Vec<Option<String>> = (0..preds.len()).map(group_only).collect();
    let ign = ignored.iter().filter(|i| i.is_some()).count();
    inc(acc, "ev_group_hit", ign);
    inc(acc, "ev_group_gold", groups.len());
    inc(acc, "ev_gold", named.len());
    inc(acc, "ev_pred", preds.len() - ign);
    inc(acc, "ev_tp", gm.len());
    inc(acc, "ev_ignored", ign);
    for (gi, ge) in named.iter().enumerate() {
        if !gm.contains_key(&gi) {
            let what = format!(
                "{} {} / {}",
                gtype(ge),
                str_of(ge, "person_canonical").unwrap_or("?"),
                str_of(ge, "org_canonical").unwrap_or("null")
            );
            let evidence = str_of(ge, "evidence").unwrap_or("");
            errs.push("event miss", &what, None, evidence);
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !pm.contains(&pi) && ignored[pi].is_none() {
            let what = format!(
                "{} {} / {}",
                ptype(p),
                str_of(p, "person").unwrap_or("?"),
                str_of(p, "org").unwrap_or("null")
            );
            let at = match p.get("sentence") {
                Some(Value::Array(a)) => a.first().and_then(Value::as_u64),
                Some(Value::Object(o)) => o.get("start").and_then(Value::as_u64),
                _ => None,
            };
            errs.push("event false positive", &what, at.map(|n| n as usize), "");
        }
    }
    for (gi, ge) in named.iter().enumerate() {
        let t = gtype(ge);
        let pol = gpol(ge);
        inc(acc, &format!("ev_gold_{t}"), 1);
        inc(acc, &format!("ev_gold_pol_{pol}"), 1);
        if let Some(&pi) = gm.get(&gi) {
            let p = &preds[pi];
            inc(acc, &format!("ev_tp_{t}"), 1);
            inc(acc, &format!("ev_tp_pol_{pol}"), 1);
            let ppol = nonempty(p, "polarity").unwrap_or("asserted");
            inc(acc, "pol_ok", usize::from(ppol == pol));
            if let Some(role) = nonempty(ge, "role") {
                inc(acc, "role_n", 1);
                inc(
                    acc,
                    "role_ok",
                    usize::from(role_ok(role, nonempty(p, "role").unwrap_or(""))),
                );
            }
            if let Some(text) = text {
                inc(acc, "sent_n", 1);
                let (s, e) = sentence_bounds(p);
                let span: String = text.chars().skip(s).take(e.saturating_sub(s)).collect();
                let ev = ws(str_of(ge, "evidence").unwrap_or(""));
                inc(acc, "sent_ok", usize::from(ws(&span).contains(&ev)));
            }
        }
    }
    for p in preds {
        let t = ptype(p);
        if t == "LEAVE" || t == "JOIN" {
            inc(acc, &format!("ev_pred_{t}"), 1);
        }
    }
    for t in ignored.iter().flatten() {
        let k = format!("ev_pred_{t}");
        if let Some(v) = acc.get_mut(&k) {
            *v = v.saturating_sub(1);
        }
    }
    // asserted-only view
    let asserted = |p: &Value| nonempty(p, "polarity").unwrap_or("asserted") == "asserted";
    let ga: Vec<usize> = (0..named.len())
        .filter(|&i| gpol(named[i]) == "asserted")
        .collect();
    inc(acc, "asr_gold", ga.len());
    inc(
        acc,
        "asr_pred",
        (0..preds.len())
            .filter(|&i| asserted(&preds[i]) && ignored[i].is_none())
            .count(),
    );
    inc(
        acc,
        "asr_tp",
        ga.iter()
            .filter(|gi| gm.get(gi).is_some_and(|&pi| asserted(&preds[pi])))
            .count(),
    );
}

fn sentence_bounds(p: &Value) -> (usize, usize) {
    let num = |v: Option<&Value>| v.and_then(Value::as_u64).unwrap_or(0) as usize;
    match p.get("sentence") {
        Some(Value::Array(a)) => (num(a.first()), num(a.get(1))),
        Some(Value::Object(_)) => {
            let s = p.get("sentence");
            (
                num(s.and_then(|s| s.get("start"))),
                num(s.and_then(|s| s.get("end"))),
            )
        }
        _ => (0, 0),
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
