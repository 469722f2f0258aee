//! Who moved where: a roll-up of the asserted personnel moves across many articles.
//!
//! Within one article, a `LEAVE` and a `JOIN` of the same person are paired into one move
//! from the organisation left to the one joined ("left Google to join Meta"); when the
//! article tells several steps of one career, only a leave and a join in one sentence pair. Across articles,
//! moves of the same person from and to the same organisations (by canonical name, ignoring
//! case) are merged into one row that lists every article; a move known only in part (left
//! Google) is folded into the complete one (left Google for Meta) of the same person when
//! there is one. Only asserted moves of named people count (no negated or hypothetical ones,
//! no groups). Only the rows are kept, never the articles, so memory grows with the number
//! of distinct moves, not with the size of the dump.
//!
//! ```
//! use news_extract::{Extractor, moves::Moves};
//!
//! let ex = Extractor::shared();
//! let mut moves = Moves::new();
//! let a = "Jo Bell resigned as chief executive of Acme Corp. She joined Zentrix Labs as president.";
//! moves.add("a1", a, &ex.extract(a));
//! let b = "Jo Bell left Acme Corp last year.";
//! moves.add("b7", b, &ex.extract(b));
//! let rows = moves.rows();
//! assert_eq!(rows.len(), 1);
//! let m = &rows[0];
//! assert_eq!((m.person.as_str(), m.from.as_deref(), m.to.as_deref()),
//!            ("Jo Bell", Some("Acme"), Some("Zentrix Labs")));
//! assert_eq!(m.articles, ["a1", "b7"]);
//! let counts = moves.counts();
//! assert_eq!((counts[0].org.as_str(), counts[0].moves_in, counts[0].moves_out), ("Acme", 0, 1));
//! ```

use std::collections::HashMap;
use std::io::{self, Write};

use serde::Serialize;

use crate::document::{Document, Event, EventDate, EventType, Polarity};

/// One move: a person, the organisation left and the one joined (either may be unknown), the
/// role, the date, the articles that report it and the evidence.
///
/// ```
/// use news_extract::moves::Move;
/// let m = Move { person: "Jo Bell".into(), from: Some("Acme".into()), to: None, role: None,
///     date: None, articles: vec!["a1".into()], evidence: "Jo Bell quit Acme.".into() };
/// assert_eq!(serde_json::to_value(&m).unwrap()["to"], serde_json::Value::Null);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Move {
    /// Canonical name of the person, as first seen.
    pub person: String,
    /// The organisation left, `None` when no article says.
    pub from: Option<String>,
    /// The organisation joined, `None` when no article says.
    pub to: Option<String>,
    /// The role (of the join when there is one, else of the leave), first given.
    pub role: Option<String>,
    /// The date of the move, first given (the join's, else the leave's).
    pub date: Option<EventDate>,
    /// Ids of the articles that report the move, in input order.
    pub articles: Vec<String>,
    /// The evidence sentence(s) from the first article, white space collapsed; two sentences
    /// (leave, then join) are joined with " … ".
    pub evidence: String,
}

/// Moves in and out of one organisation.
///
/// ```
/// use news_extract::moves::OrgCount;
/// let c = OrgCount { org: "Acme".into(), moves_in: 2, moves_out: 0 };
/// assert_eq!(serde_json::to_value(&c).unwrap()["in"], 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OrgCount {
    /// The organisation, as first seen.
    pub org: String,
    /// Moves into it (people who joined).
    #[serde(rename = "in")]
    pub moves_in: usize,
    /// Moves out of it (people who left).
    #[serde(rename = "out")]
    pub moves_out: usize,
}

/// The roll-up being built; feed it documents with [`Moves::add`] (see the module example).
///
/// ```
/// let moves = news_extract::moves::Moves::new();
/// assert!(moves.is_empty() && moves.rows().is_empty());
/// ```
#[derive(Clone, Debug, Default)]
pub struct Moves {
    /// Each move with the input sequence numbers of its articles (parallel to `articles`).
    rows: Vec<(Move, Vec<u64>)>,
    index: HashMap<(String, String, String), usize>,
    articles: u64,
}

/// Normalised key of a name: lower case, white space collapsed, a possessive `'s` dropped.
fn key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word.to_lowercase());
    }
    for suffix in ["'s", "’s"] {
        if let Some(s) = out.strip_suffix(suffix) {
            out.truncate(s.len());
        }
    }
    out
}

fn okey(org: &Option<String>) -> String {
    org.as_deref().map(key).unwrap_or_default()
}

fn sentence_text(text: &str, event: &Event) -> String {
    let s = text
        .get(event.sentence.start..event.sentence.end)
        .unwrap_or("");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Moves {
    /// An empty roll-up.
    ///
    /// ```
    /// assert_eq!(news_extract::moves::Moves::new().len(), 0);
    /// ```
    pub fn new() -> Moves {
        Moves::default()
    }

    /// Adds the asserted moves of one article (`text` is what `doc`'s offsets refer to).
    ///
    /// ```
    /// use news_extract::{Extractor, moves::Moves};
    /// let text = "Acme Corp said Jo Bell did not resign. Zentrix Labs hired Ann Lee.";
    /// let mut moves = Moves::new();
    /// moves.add("a1", text, &Extractor::shared().extract(text));
    /// let rows = moves.rows();
    /// assert_eq!(rows.len(), 1); // the negated move is left out
    /// assert_eq!((rows[0].person.as_str(), rows[0].to.as_deref()), ("Ann Lee", Some("Zentrix Labs")));
    /// ```
    pub fn add(&mut self, id: &str, text: &str, doc: &Document) {
        self.articles += 1;
        // Asserted moves of named people, one per (person, type, org), first mention first.
        let mut seen: Vec<&Event> = Vec::new();
        let mut slot: HashMap<(bool, String, String), usize> = HashMap::new();
        for e in &doc.events {
            if e.polarity != Polarity::Asserted || e.group || e.person.trim().is_empty() {
                continue;
            }
            let k = (e.kind == EventType::Leave, key(&e.person), okey(&e.org));
            match slot.get(&k) {
                // Keep the first, unless only a later mention has a date or a role.
                Some(&i) => {
                    let s = &mut seen[i];
                    if (s.date.is_none() && e.date.is_some())
                        || (s.role.is_none() && e.role.is_some() && s.date.is_none())
                    {
                        *s = e;
                    }
                }
                None => {
                    slot.insert(k, seen.len());
                    seen.push(e);
                }
            }
        }
        // Joins by person, in text order, for pairing.
        let mut joins: HashMap<String, Vec<usize>> = HashMap::new();
        for (j, e) in seen.iter().enumerate() {
            if e.kind == EventType::Join {
                joins.entry(key(&e.person)).or_default().push(j);
            }
        }
        let mut leaves: HashMap<String, usize> = HashMap::new();
        for e in seen.iter().filter(|e| e.kind == EventType::Leave) {
            *leaves.entry(key(&e.person)).or_default() += 1;
        }
        let mut used = vec![false; seen.len()];
        for i in 0..seen.len() {
            if used[i] || seen[i].kind != EventType::Leave {
                continue;
            }
            let leave = seen[i];
            let who = key(&leave.person);
            // A career told step by step ("began at Swindon before moving on to Chelsea ...
            // left the London club last season") pairs only moves told together: with
            // several joins or leaves of one person, the join must be in the leave's sentence.
            let career = joins.get(&who).map_or(0, Vec::len) > 1 || leaves[&who] > 1;
            let beside = |j: &Event| j.sentence == leave.sentence;
            let partner = joins.get(&who).and_then(|list| {
                list.iter().copied().find(|&j| {
                    !used[j]
                        && (okey(&seen[j].org) != okey(&leave.org) || leave.org.is_none())
                        && !earlier(seen[j].date.as_ref(), leave.date.as_ref())
                        && (!career || beside(seen[j]))
                })
            });
            used[i] = true;
            match partner {
                Some(j) => {
                    used[j] = true;
                    let join = seen[j];
                    let mut evidence = sentence_text(text, leave);
                    if join.sentence != leave.sentence {
                        evidence.push_str(" … ");
                        evidence.push_str(&sentence_text(text, join));
                    }
                    self.push(Move {
                        person: leave.person.clone(),
                        from: leave.org.clone(),
                        to: join.org.clone(),
                        role: join.role.clone().or_else(|| leave.role.clone()),
                        date: join.date.clone().or_else(|| leave.date.clone()),
                        articles: vec![id.to_string()],
                        evidence,
                    });
                }
                None => self.push(Move {
                    person: leave.person.clone(),
                    from: leave.org.clone(),
                    to: None,
                    role: leave.role.clone(),
                    date: leave.date.clone(),
                    articles: vec![id.to_string()],
                    evidence: sentence_text(text, leave),
                }),
            }
        }
        for (i, join) in seen.iter().enumerate() {
            if used[i] {
                continue;
            }
            self.push(Move {
                person: join.person.clone(),
                from: None,
                to: join.org.clone(),
                role: join.role.clone(),
                date: join.date.clone(),
                articles: vec![id.to_string()],
                evidence: sentence_text(text, join),
            });
        }
    }

    fn push(&mut self, m: Move) {
        let k = (key(&m.person), okey(&m.from), okey(&m.to));
        let seq = vec![self.articles];
        match self.index.get(&k) {
            Some(&i) => merge_into(&mut self.rows[i], (m, seq)),
            None => {
                self.index.insert(k, self.rows.len());
                self.rows.push((m, seq));
            }
        }
    }

    /// Number of articles added.
    ///
    /// ```
    /// assert_eq!(news_extract::moves::Moves::new().articles(), 0);
    /// ```
    pub fn articles(&self) -> u64 {
        self.articles
    }

    /// Number of distinct moves so far (before partial moves are folded in).
    ///
    /// ```
    /// use news_extract::{Extractor, moves::Moves};
    /// let text = "Zentrix Labs hired Ann Lee.";
    /// let mut moves = Moves::new();
    /// moves.add("a1", text, &Extractor::shared().extract(text));
    /// assert_eq!((moves.len(), moves.articles()), (1, 1));
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when no move has been added.
    ///
    /// ```
    /// assert!(news_extract::moves::Moves::new().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The moves in order of first report, partial moves folded into the complete move of the
    /// same person from (or to) the same organisation when the roll-up has exactly one.
    ///
    /// ```
    /// use news_extract::{Extractor, moves::Moves};
    /// let ex = Extractor::shared();
    /// let mut moves = Moves::new();
    /// for (id, text) in [("a", "Ann Lee left Acme Corp."),
    ///                    ("b", "Ann Lee left Acme Corp and joined Zentrix Labs.")] {
    ///     moves.add(id, text, &ex.extract(text));
    /// }
    /// let rows = moves.rows();
    /// assert_eq!(rows.len(), 1);
    /// assert_eq!(rows[0].articles, ["a", "b"]);
    /// ```
    pub fn rows(&self) -> Vec<Move> {
        let mut rows = self.rows.clone();
        // (person, from) and (person, to) of complete moves; ambiguous ones are not folded.
        let mut by_from: HashMap<(String, String), Option<usize>> = HashMap::new();
        let mut by_to: HashMap<(String, String), Option<usize>> = HashMap::new();
        for (i, (r, _)) in rows.iter().enumerate() {
            if r.from.is_some() && r.to.is_some() {
                let p = key(&r.person);
                by_from
                    .entry((p.clone(), okey(&r.from)))
                    .and_modify(|e| *e = None)
                    .or_insert(Some(i));
                by_to
                    .entry((p, okey(&r.to)))
                    .and_modify(|e| *e = None)
                    .or_insert(Some(i));
            }
        }
        let mut gone = vec![false; rows.len()];
        for i in 0..rows.len() {
            let r = &rows[i].0;
            let target = match (&r.from, &r.to) {
                (Some(_), None) => by_from.get(&(key(&r.person), okey(&r.from))),
                (None, Some(_)) => by_to.get(&(key(&r.person), okey(&r.to))),
                _ => None,
            };
            if let Some(&Some(t)) = target {
                let part = rows[i].clone();
                // The names and evidence come from whichever was reported first.
                if part.1.first() < rows[t].1.first() {
                    let whole = std::mem::replace(&mut rows[t], part);
                    rows[t].0.from = rows[t].0.from.take().or(whole.0.from.clone());
                    rows[t].0.to = rows[t].0.to.take().or(whole.0.to.clone());
                    merge_into(&mut rows[t], whole);
                } else {
                    merge_into(&mut rows[t], part);
                }
                gone[i] = true;
            }
        }
        let mut out: Vec<(Move, Vec<u64>)> = rows
            .into_iter()
            .zip(gone)
            .filter(|(_, g)| !g)
            .map(|(r, _)| r)
            .collect();
        for (m, seqs) in &mut out {
            let mut pairs: Vec<(u64, String)> =
                seqs.iter().copied().zip(m.articles.drain(..)).collect();
            pairs.sort();
            pairs.dedup();
            *seqs = pairs.iter().map(|p| p.0).collect();
            m.articles = pairs.into_iter().map(|p| p.1).collect();
        }
        out.sort_by_key(|(_, seqs)| seqs.first().copied());
        out.into_iter().map(|(m, _)| m).collect()
    }

    /// Moves in and out per organisation over [`Moves::rows`], most moves first (then by name).
    ///
    /// ```
    /// use news_extract::{Extractor, moves::Moves};
    /// let text = "Zentrix Labs hired Ann Lee. Zentrix Labs also hired Bo Chan.";
    /// let mut moves = Moves::new();
    /// moves.add("a", text, &Extractor::shared().extract(text));
    /// let c = &moves.counts()[0];
    /// assert_eq!((c.org.as_str(), c.moves_in, c.moves_out), ("Zentrix Labs", 2, 0));
    /// ```
    pub fn counts(&self) -> Vec<OrgCount> {
        let mut counts: Vec<OrgCount> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut bump = |org: &Option<String>, incoming: bool| {
            let Some(name) = org else { return };
            let i = *index.entry(key(name)).or_insert_with(|| {
                counts.push(OrgCount {
                    org: name.clone(),
                    moves_in: 0,
                    moves_out: 0,
                });
                counts.len() - 1
            });
            if incoming {
                counts[i].moves_in += 1;
            } else {
                counts[i].moves_out += 1;
            }
        };
        for r in self.rows() {
            bump(&r.from, false);
            bump(&r.to, true);
        }
        counts.sort_by(|a, b| {
            (b.moves_in + b.moves_out)
                .cmp(&(a.moves_in + a.moves_out))
                .then_with(|| a.org.cmp(&b.org))
        });
        counts
    }
}

/// True when both dates are known and `a` is before `b` at their common precision (a join
/// dated years before a leave is an earlier career step, not where the person went).
fn earlier(a: Option<&EventDate>, b: Option<&EventDate>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let n = a.value.len().min(b.value.len());
            a.value.get(..n) < b.value.get(..n)
        }
        _ => false,
    }
}

fn merge_into(row: &mut (Move, Vec<u64>), other: (Move, Vec<u64>)) {
    let (row, seqs) = row;
    let (other, other_seqs) = other;
    if row.role.is_none() {
        row.role = other.role;
    }
    if row.date.is_none() {
        row.date = other.date;
    }
    if row.from.is_none() {
        row.from = other.from;
    }
    if row.to.is_none() {
        row.to = other.to;
    }
    for (a, seq) in other.articles.into_iter().zip(other_seqs) {
        if seqs.last() != Some(&seq) {
            row.articles.push(a);
            seqs.push(seq);
        }
    }
}

/// The CSV header of [`write_csv`].
///
/// ```
/// assert_eq!(news_extract::moves::CSV_HEADER[0], "person");
/// ```
pub const CSV_HEADER: [&str; 9] = [
    "person",
    "from",
    "to",
    "role",
    "date",
    "date_precision",
    "date_text",
    "articles",
    "evidence",
];

/// Writes moves as CSV with a header ([`CSV_HEADER`]); `articles` is the ids separated by
/// spaces.
///
/// ```
/// use news_extract::moves::{write_csv, Move};
/// let m = Move { person: "Jo Bell".into(), from: Some("Acme Corp".into()), to: None,
///     role: Some("chief executive".into()), date: None, articles: vec!["a1".into()],
///     evidence: "Jo Bell, \"the boss\", quit.".into() };
/// let mut out = Vec::new();
/// write_csv(&[m], &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(),
///     "person,from,to,role,date,date_precision,date_text,articles,evidence\n\
///      Jo Bell,Acme Corp,,chief executive,,,,a1,\"Jo Bell, \"\"the boss\"\", quit.\"\n");
/// ```
pub fn write_csv(rows: &[Move], out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER).map_err(io_error)?;
    for r in rows {
        let (value, precision, text) = match &r.date {
            Some(d) => (d.value.as_str(), d.precision.as_str(), d.text.as_str()),
            None => ("", "", ""),
        };
        w.write_record([
            r.person.as_str(),
            r.from.as_deref().unwrap_or(""),
            r.to.as_deref().unwrap_or(""),
            r.role.as_deref().unwrap_or(""),
            value,
            precision,
            text,
            &r.articles.join(" "),
            &r.evidence,
        ])
        .map_err(io_error)?;
    }
    w.flush()
}

/// Writes per-organisation counts as CSV: `org,in,out`.
///
/// ```
/// use news_extract::moves::{write_counts_csv, OrgCount};
/// let mut out = Vec::new();
/// write_counts_csv(&[OrgCount { org: "Acme".into(), moves_in: 2, moves_out: 1 }], &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), "org,in,out\nAcme,2,1\n");
/// ```
pub fn write_counts_csv(counts: &[OrgCount], out: &mut dyn Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(["org", "in", "out"]).map_err(io_error)?;
    for c in counts {
        w.write_record([
            c.org.as_str(),
            &c.moves_in.to_string(),
            &c.moves_out.to_string(),
        ])
        .map_err(io_error)?;
    }
    w.flush()
}

/// Writes one JSON object per line (moves or counts).
///
/// ```
/// use news_extract::moves::{write_jsonl, OrgCount};
/// let mut out = Vec::new();
/// write_jsonl(&[OrgCount { org: "Acme".into(), moves_in: 2, moves_out: 1 }], &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), "{\"org\":\"Acme\",\"in\":2,\"out\":1}\n");
/// ```
pub fn write_jsonl<T: Serialize>(rows: &[T], out: &mut dyn Write) -> io::Result<()> {
    for r in rows {
        serde_json::to_writer(&mut *out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests;
