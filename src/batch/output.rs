//! What is written for each record: the extraction, the sentences, or an error record.

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Serialize;
use serde_json::{Map, Value};

use super::diagnose::Tally;
use super::input::Item;
use super::record::{Article, Fields, RecordError, prepare};
use crate::document::{Document, Sentence};
use crate::extractor::Extractor;
use crate::segment::Segmenter;

/// The unit of the offsets written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Offsets {
    /// UTF-8 byte offsets (the library's own).
    #[default]
    Byte,
    /// Unicode scalar value (character) offsets, as Python and others index strings.
    Char,
}

impl Offsets {
    /// The name used on the command line.
    ///
    /// ```
    /// use news_extract::batch::Offsets;
    /// assert_eq!(Offsets::Char.as_str(), "char");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Offsets::Byte => "byte",
            Offsets::Char => "char",
        }
    }
}

/// What to compute for each record.
#[derive(Clone, Debug)]
pub enum Task {
    /// The whole pipeline: one contract JSON object per record, `id` first.
    Extract(Extractor),
    /// Sentences only: `{"id":..,"sentences":[{"text":..,"start":..,"end":..}]}`.
    Sentences(Segmenter),
}

impl Task {
    /// The name used on the command line.
    ///
    /// ```
    /// use news_extract::batch::Task;
    /// assert_eq!(Task::Sentences(news_extract::Segmenter::new()).as_str(), "sentences");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Task::Extract(_) => "extract",
            Task::Sentences(_) => "sentences",
        }
    }
}

/// How one record turned out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Written normally.
    Ok,
    /// Written, with a `"warning"` field.
    Warning,
    /// Written as an error record.
    Failed,
    /// An input could not be read; an error record was written, and the message is for stderr.
    ReadFailure(String),
}

#[derive(Serialize)]
struct ExtractLine<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<&'a str>,
}

#[derive(Serialize)]
struct SentencesLine<'a> {
    id: &'a str,
    sentences: Vec<SentenceText<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<&'a str>,
}

#[derive(Serialize)]
struct SentenceText<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a str,
    line: u64,
    error: &'a str,
    file: &'a str,
}

/// Processes one item and appends exactly one JSON line for it to `out`.
pub(crate) fn render(
    item: Item,
    task: &Task,
    fields: &Fields,
    offsets: Offsets,
    out: &mut Vec<u8>,
    tally: &mut Tally,
) -> Status {
    let mark = out.len();
    let (source, line, result) = match item {
        Item::Failure(f) => {
            write_error(out, &f.source, f.line, &f.source, &f.message);
            let message = format!("{}: {}", f.source, f.message);
            return Status::ReadFailure(if f.line > 1 {
                format!("{message} (line {})", f.line)
            } else {
                message
            });
        }
        Item::Record(raw) => {
            let is_json = raw.format == super::input::Format::Jsonl;
            let source = raw.source.clone();
            let line = raw.line;
            let result = prepare(raw, fields);
            if is_json {
                let missing = match &result {
                    Err(e) if !e.present_fields.is_empty() || e.message.starts_with("missing ") => {
                        Some((e.message.as_str(), e.present_fields.as_slice()))
                    }
                    _ => None,
                };
                tally.record(&source, missing);
            }
            (source, line, result)
        }
    };
    let article = match result {
        Ok(a) => a,
        Err(RecordError { id, message, .. }) => {
            write_error(out, &id, line, &source, &message);
            return Status::Failed;
        }
    };
    let done = catch_unwind(AssertUnwindSafe(|| {
        write_article(&article, task, offsets, out)
    }));
    match done {
        Ok(Ok(())) if article.warning.is_some() => Status::Warning,
        Ok(Ok(())) => Status::Ok,
        Ok(Err(e)) => {
            out.truncate(mark);
            write_error(
                out,
                &article.id,
                line,
                &source,
                &format!("cannot serialise: {e}"),
            );
            Status::Failed
        }
        Err(panic) => {
            out.truncate(mark);
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            write_error(
                out,
                &article.id,
                line,
                &source,
                &format!("internal error: {what}"),
            );
            Status::Failed
        }
    }
}

fn write_article(
    article: &Article,
    task: &Task,
    offsets: Offsets,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    let text = article.text.as_str();
    match task {
        Task::Extract(extractor) => {
            let mut doc = extractor.extract_with_date(text, article.date);
            if offsets == Offsets::Char {
                doc = doc.to_char_offsets(text);
            }
            doc.id = Some(article.id.clone());
            serde_json::to_writer(
                &mut *out,
                &ExtractLine {
                    doc: &doc,
                    meta: article.meta.as_ref(),
                    warning: article.warning.as_deref(),
                },
            )?;
        }
        Task::Sentences(segmenter) => {
            let bytes = segmenter.split(text);
            let shown: Vec<Sentence> = match offsets {
                Offsets::Byte => bytes.clone(),
                Offsets::Char => {
                    let doc = Document {
                        sentences: bytes.clone(),
                        ..Document::default()
                    };
                    doc.to_char_offsets(text).sentences
                }
            };
            let sentences = bytes
                .iter()
                .zip(&shown)
                .map(|(b, s)| SentenceText {
                    text: b.span().slice(text),
                    start: s.start,
                    end: s.end,
                })
                .collect();
            serde_json::to_writer(
                &mut *out,
                &SentencesLine {
                    id: &article.id,
                    sentences,
                    meta: article.meta.as_ref(),
                    warning: article.warning.as_deref(),
                },
            )?;
        }
    }
    out.push(b'\n');
    Ok(())
}

fn write_error(out: &mut Vec<u8>, id: &str, line: u64, file: &str, error: &str) {
    let record = ErrorLine {
        id,
        line,
        error,
        file,
    };
    // Strings and integers always serialise; the fallback only keeps the one-line promise.
    if serde_json::to_writer(&mut *out, &record).is_err() {
        out.extend_from_slice(b"{\"error\":\"cannot serialise error record\"}");
    }
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::super::input::{Format, RawRecord, ReadFailure};
    use super::*;

    fn run(task: &Task, offsets: Offsets, line: &str) -> (Status, Value) {
        let (status, _, v) = run_raw(task, offsets, line);
        (status, v)
    }

    fn run_raw(task: &Task, offsets: Offsets, line: &str) -> (Status, String, Value) {
        let item = Item::Record(RawRecord {
            source: "d.jsonl".into(),
            line: 5,
            format: Format::Jsonl,
            bytes: line.as_bytes().to_vec(),
        });
        let mut out = Vec::new();
        let status = render(
            item,
            task,
            &Fields::default(),
            offsets,
            &mut out,
            &mut Tally::default(),
        );
        assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        assert_eq!(out.last(), Some(&b'\n'));
        let v = serde_json::from_slice(&out).unwrap();
        (status, String::from_utf8(out).unwrap(), v)
    }

    #[test]
    fn extract_writes_id_first() {
        let task = Task::Extract(Extractor::default());
        let (status, raw, v) = run_raw(&task, Offsets::Byte, r#"{"id":"a1","text":"One. Two."}"#);
        assert_eq!(status, Status::Ok);
        assert!(raw.starts_with(r#"{"id":"a1","sentences":"#), "{raw}");
        assert_eq!(v["id"], "a1");
        assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn sentences_in_char_offsets_keep_their_text() {
        let task = Task::Sentences(Segmenter::new());
        let line = r#"{"id":"s","text":"Zoë left. Then Ana."}"#;
        let (_, bytes) = run(&task, Offsets::Byte, line);
        let (_, chars) = run(&task, Offsets::Char, line);
        assert_eq!(bytes["sentences"][1]["text"], "Then Ana.");
        assert_eq!(chars["sentences"][1]["text"], "Then Ana.");
        assert_eq!(bytes["sentences"][1]["start"], 11);
        assert_eq!(chars["sentences"][1]["start"], 10);
    }

    #[test]
    fn bad_record_becomes_error_line() {
        let task = Task::Sentences(Segmenter::new());
        let (status, v) = run(&task, Offsets::Byte, "{not json");
        assert_eq!(status, Status::Failed);
        assert_eq!(v["id"], "5");
        assert_eq!(v["line"], 5);
        assert!(v["error"].as_str().unwrap().starts_with("invalid JSON"));
    }

    #[test]
    fn read_failure_is_reported_in_place() {
        let task = Task::Sentences(Segmenter::new());
        let item = Item::Failure(ReadFailure {
            source: "gone.jsonl".into(),
            line: 8,
            message: "read error: unexpected end of file".into(),
        });
        let mut out = Vec::new();
        let status = render(
            item,
            &task,
            &Fields::default(),
            Offsets::Byte,
            &mut out,
            &mut Tally::default(),
        );
        assert_eq!(
            status,
            Status::ReadFailure("gone.jsonl: read error: unexpected end of file (line 8)".into())
        );
        let v: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(
            (v["id"].as_str(), v["line"].as_u64()),
            (Some("gone.jsonl"), Some(8))
        );
    }
}
