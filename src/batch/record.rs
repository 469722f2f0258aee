//! From a raw record to an article: decoding, JSON fields, id, title and pass-through fields.

use serde_json::{Map, Value};

use super::input::{Format, RawRecord};
use crate::dates::CivilDate;

/// Which JSON fields hold what, for JSONL input.
///
/// ```
/// use news_extract::batch::Fields;
/// let f = Fields::default();
/// assert_eq!((f.text.as_str(), f.title.as_str(), f.id.as_str()), ("text", "title", "id"));
/// assert!(!f.keep);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fields {
    /// The article body (default `text`); a string, required.
    pub text: String,
    /// The headline (default `title`); when it is a non-empty string the text becomes
    /// `title + "\n\n" + text`, so the title is a sentence of its own and every offset refers
    /// to that combined text.
    pub title: String,
    /// The record id (default `id`); a string, or a number written as text. Without it the id
    /// is the 1-based line number.
    pub id: String,
    /// Pass every other field through under `"meta"`.
    pub keep: bool,
    /// The article's publication date (default none): a string such as `2004-11-29`,
    /// `2004-11-29T08:00:00Z` or `Mon, 29 Nov 2004 08:00:00 GMT`, or a Unix timestamp
    /// (seconds or milliseconds). Relative event dates ("on Monday") are resolved against it.
    pub date: Option<String>,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            text: "text".into(),
            title: "title".into(),
            id: "id".into(),
            keep: false,
            date: None,
        }
    }
}

/// A record ready for extraction.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// The id written first in the output.
    pub id: String,
    /// The text that offsets refer to.
    pub text: String,
    /// Set when the input had to be repaired (invalid UTF-8 in a text file).
    pub warning: Option<String>,
    /// The other fields of a JSONL record, when asked for.
    pub meta: Option<Map<String, Value>>,
    /// The publication date, from [`Fields::date`].
    pub date: Option<CivilDate>,
}

/// Why a record could not be turned into an article (or, from [`documents`](super::documents),
/// could not be read or processed).
///
/// ```
/// use news_extract::batch::{prepare, Fields, Format, RawRecord};
/// let raw = RawRecord { source: "d.jsonl".into(), line: 4, format: Format::Jsonl,
///                       bytes: br#"{"id":"x1","body":"Acme hired Jo."}"#.to_vec() };
/// let err = prepare(raw, &Fields::default()).unwrap_err();
/// assert_eq!(err.to_string(), r#"d.jsonl:4: x1: missing text field "text""#);
/// assert_eq!(err.present_fields, ["id", "body"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// The record's id when it could be read, else its line number.
    pub id: String,
    /// What was wrong.
    pub message: String,
    /// The input it came from (`-` for stdin); empty when not known.
    pub file: String,
    /// Its 1-based line number (1 for a text file); 0 when not known.
    pub line: u64,
    /// When the text field is missing: the fields the record does have, in its order (at most
    /// 32); else empty.
    pub present_fields: Vec<String>,
}

impl std::fmt::Display for RecordError {
    /// `file:line: id: message`, leaving out what is not known (and the id when it is only the
    /// line number).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}:", self.file)?;
            if self.line > 0 {
                write!(f, "{}:", self.line)?;
            }
            f.write_str(" ")?;
        }
        if !self.id.is_empty() && self.id != self.line.to_string() {
            write!(f, "{}: ", self.id)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for RecordError {}

/// Decodes and unpacks one record.
///
/// ```
/// use news_extract::batch::{prepare, Fields, Format, RawRecord};
/// let raw = RawRecord {
///     source: "dump.jsonl".into(),
///     line: 7,
///     format: Format::Jsonl,
///     bytes: br#"{"title":"Chip maker hires","text":"Acme hired Jo Bell."}"#.to_vec(),
/// };
/// let article = prepare(raw, &Fields::default()).unwrap();
/// assert_eq!(article.id, "7");
/// assert_eq!(article.text, "Chip maker hires\n\nAcme hired Jo Bell.");
/// ```
pub fn prepare(raw: RawRecord, fields: &Fields) -> Result<Article, RecordError> {
    match raw.format {
        Format::Text => Ok(text_article(raw)),
        Format::Jsonl => json_article(raw, fields),
    }
}

fn text_article(raw: RawRecord) -> Article {
    let id = raw.source.to_string();
    let looks = super::diagnose::text_file_warning(&raw.bytes);
    let mut article = text_article_utf8(raw, id);
    if let Some(looks) = looks {
        article.warning = Some(match article.warning.take() {
            Some(w) => format!("{looks}; {w}"),
            None => looks,
        });
    }
    article
}

fn text_article_utf8(raw: RawRecord, id: String) -> Article {
    match String::from_utf8(raw.bytes) {
        Ok(text) => Article {
            id,
            text,
            warning: None,
            meta: None,
            date: None,
        },
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Article {
                id,
                text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
                warning: Some(format!(
                    "invalid UTF-8 (first at byte {at}) replaced with U+FFFD; offsets refer to \
                     the repaired text"
                )),
                meta: None,
                date: None,
            }
        }
    }
}

fn json_article(raw: RawRecord, fields: &Fields) -> Result<Article, RecordError> {
    let line_id = raw.line.to_string();
    let fail = |id: &str, message: String| RecordError {
        id: id.to_string(),
        message,
        file: raw.source.to_string(),
        line: raw.line,
        present_fields: Vec::new(),
    };
    if raw.bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(&line_id, "empty line".into()));
    }
    let line = match std::str::from_utf8(&raw.bytes) {
        Ok(s) => s,
        Err(e) => {
            // Name the record by its id when the rest of the line still parses.
            let repaired = String::from_utf8_lossy(&raw.bytes);
            let id = match serde_json::from_str::<Value>(&repaired) {
                Ok(Value::Object(mut map)) => record_id(map.remove(&fields.id), line_id),
                _ => line_id,
            };
            return Err(fail(
                &id,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            ));
        }
    };
    let mut object = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => map,
        Ok(other) => {
            return Err(fail(
                &line_id,
                format!("expected a JSON object, found {}", kind(&other)),
            ));
        }
        Err(e) => return Err(fail(&line_id, format!("invalid JSON: {e}"))),
    };
    let had_id = object.contains_key(&fields.id);
    let id = record_id(object.remove(&fields.id), line_id);
    let text = match object.remove(&fields.text) {
        Some(Value::String(s)) => s,
        None => {
            let mut e = fail(&id, format!("missing text field \"{}\"", fields.text));
            e.present_fields = had_id
                .then(|| fields.id.clone())
                .into_iter()
                .chain(object.keys().cloned())
                .take(32)
                .collect();
            return Err(e);
        }
        Some(other) => {
            return Err(fail(
                &id,
                format!(
                    "text field \"{}\" is {}, not a string",
                    fields.text,
                    kind(&other)
                ),
            ));
        }
    };
    let text = match object.remove(&fields.title) {
        None | Some(Value::Null) => text,
        Some(Value::String(title)) if title.trim().is_empty() => text,
        Some(Value::String(title)) => {
            let mut combined = String::with_capacity(title.len() + 2 + text.len());
            combined.push_str(&title);
            combined.push_str("\n\n");
            combined.push_str(&text);
            combined
        }
        Some(other) => {
            return Err(fail(
                &id,
                format!(
                    "title field \"{}\" is {}, not a string",
                    fields.title,
                    kind(&other)
                ),
            ));
        }
    };
    let mut warning = None;
    let date = match fields.date.as_deref().filter(|f| !f.is_empty()) {
        None => None,
        Some(name) => match object.get(name) {
            None | Some(Value::Null) => None,
            Some(value) => {
                let date = article_date(value);
                if date.is_none() {
                    warning = Some(format!(
                        "date field \"{name}\" is not a date I can read: {}",
                        truncate(&value.to_string(), 60)
                    ));
                }
                date
            }
        },
    };
    Ok(Article {
        id,
        text,
        warning,
        meta: fields.keep.then_some(object),
        date,
    })
}

/// A publication date from a JSON value: a date string, or a Unix timestamp in seconds or
/// milliseconds.
fn article_date(value: &Value) -> Option<CivilDate> {
    match value {
        Value::String(s) => CivilDate::parse(s),
        Value::Number(n) => {
            let n = n.as_i64().or_else(|| n.as_f64().map(|f| f as i64))?;
            // Past 5e10 seconds (year 3554) it is milliseconds.
            let seconds = if n.abs() > 50_000_000_000 {
                n / 1000
            } else {
                n
            };
            Some(CivilDate::from_unix(seconds))
        }
        _ => None,
    }
}

fn truncate(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The id field as text, or the line number when there is none.
fn record_id(field: Option<Value>, line_id: String) -> String {
    match field {
        None | Some(Value::Null) => line_id,
        Some(Value::String(s)) => s,
        Some(other) => other.to_string(),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(line: &str) -> RawRecord {
        RawRecord {
            source: "in.jsonl".into(),
            line: 3,
            format: Format::Jsonl,
            bytes: line.as_bytes().to_vec(),
        }
    }

    fn fields(keep: bool) -> Fields {
        Fields {
            keep,
            ..Fields::default()
        }
    }

    #[test]
    fn id_from_string_number_or_line() {
        let p = |l: &str| prepare(jsonl(l), &fields(false)).unwrap().id;
        assert_eq!(p(r#"{"id":"bbc-1","text":"x"}"#), "bbc-1");
        assert_eq!(p(r#"{"id":42,"text":"x"}"#), "42");
        assert_eq!(p(r#"{"id":null,"text":"x"}"#), "3");
        assert_eq!(p(r#"{"text":"x"}"#), "3");
    }

    #[test]
    fn title_is_its_own_paragraph_unless_blank() {
        let p = |l: &str| prepare(jsonl(l), &fields(false)).unwrap().text;
        assert_eq!(
            p(r#"{"title":"Bank cuts rates","text":"It did."}"#),
            "Bank cuts rates\n\nIt did."
        );
        assert_eq!(p(r#"{"title":"  ","text":"It did."}"#), "It did.");
        assert_eq!(p(r#"{"title":null,"text":"It did."}"#), "It did.");
    }

    #[test]
    fn meta_keeps_only_other_fields() {
        let a = prepare(
            jsonl(r#"{"id":"a","title":"T","text":"x","category":"tech","n":1}"#),
            &fields(true),
        )
        .unwrap();
        let meta = a.meta.unwrap();
        assert_eq!(meta.keys().collect::<Vec<_>>(), ["category", "n"]);
        let a = prepare(jsonl(r#"{"text":"x","category":"tech"}"#), &fields(false)).unwrap();
        assert!(a.meta.is_none());
    }

    #[test]
    fn bad_records_say_what_is_wrong() {
        let e = |l: &str| prepare(jsonl(l), &fields(false)).unwrap_err();
        assert!(
            e(r#"{"text": "unterminated"#)
                .message
                .starts_with("invalid JSON")
        );
        assert_eq!(e("[1,2]").message, "expected a JSON object, found an array");
        let missing = e(r#"{"id":"x9","body":"..."}"#);
        assert_eq!(
            (missing.id.as_str(), missing.message.as_str()),
            ("x9", "missing text field \"text\"")
        );
        assert_eq!(
            e(r#"{"text":17}"#).message,
            "text field \"text\" is a number, not a string"
        );
        assert_eq!(
            e(r#"{"text":"a","title":["b"]}"#).message,
            "title field \"title\" is an array, not a string"
        );
        assert_eq!(e("   ").message, "empty line");
        let mut raw = jsonl(r#"{"text":"caf?"}"#);
        raw.bytes[12] = 0xe9;
        assert_eq!(
            prepare(raw, &fields(false)).unwrap_err().message,
            "invalid UTF-8 at byte 12"
        );
    }

    #[test]
    fn text_files_are_repaired_with_a_warning() {
        let raw = RawRecord {
            source: "a.txt".into(),
            line: 1,
            format: Format::Text,
            bytes: b"Caf\xe9 owner quits.".to_vec(),
        };
        let a = prepare(raw, &fields(false)).unwrap();
        assert_eq!(a.id, "a.txt");
        assert_eq!(a.text, "Caf\u{fffd} owner quits.");
        assert!(a.warning.unwrap().contains("byte 3"));
    }

    #[test]
    fn date_field_is_read_or_warned_about() {
        let f = Fields {
            date: Some("published".into()),
            ..Fields::default()
        };
        let p = |l: &str| prepare(jsonl(l), &f).unwrap();
        let a = p(r#"{"text":"x","published":"2004-11-29T10:00:00Z"}"#);
        assert_eq!(a.date, CivilDate::new(2004, 11, 29));
        assert!(a.warning.is_none());
        assert_eq!(
            p(r#"{"text":"x","published":1101686400}"#).date,
            CivilDate::new(2004, 11, 29)
        );
        assert_eq!(p(r#"{"text":"x"}"#).date, None);
        let bad = p(r#"{"text":"x","published":"soon"}"#);
        assert_eq!(bad.date, None);
        assert_eq!(
            bad.warning.unwrap(),
            "date field \"published\" is not a date I can read: \"soon\""
        );
    }

    #[test]
    fn custom_field_names() {
        let f = Fields {
            text: "body".into(),
            title: "headline".into(),
            id: "uid".into(),
            keep: true,
            date: None,
        };
        let a = prepare(
            jsonl(r#"{"uid":"u1","headline":"H","body":"B","text":"other"}"#),
            &f,
        )
        .unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("u1", "H\n\nB"));
        assert!(a.meta.unwrap().contains_key("text"));
    }
}
