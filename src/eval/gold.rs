//! Gold annotations: reading the JSONL and the per-article comparison keys.

use std::collections::HashSet;
use std::io::{self, BufRead};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use serde_json::Value;

use crate::batch::Source;

use super::*;

pub(super) fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Python truthiness of an optional string field: `None` or empty is false.
pub(super) fn nonempty<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    str_of(v, key).filter(|s| !s.is_empty())
}

pub(super) fn truthy(v: &Value, key: &str) -> bool {
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
pub(super) struct GoldEntity {
    pub(super) etype: String,
    pub(super) canonical: String,
    pub(super) optional: bool,
    pub(super) keys: HashSet<String>,
}

/// One gold article.
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The article id.
    pub id: String,
    /// The raw gold record.
    pub record: Value,
    pub(super) entities: Vec<GoldEntity>,
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
    pub(super) fn new(record: Value) -> GoldDoc {
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

    pub(super) fn list<'a>(&'a self, key: &str) -> &'a [Value] {
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
