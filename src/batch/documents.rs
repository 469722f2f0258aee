//! [`documents`]: the records of a dump as [`Document`]s, for programs that want the results
//! themselves rather than JSON lines.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::thread;
use std::time::Instant;

use rayon::prelude::*;

use super::diagnose::Tally;
use super::input::{Format, Item, Sink, read_source};
use super::record::{Article, RecordError, prepare};
use super::{MAX_BYTES, MAX_RECORDS, Options, Source, Summary};
use crate::document::Document;
use crate::extractor::Extractor;

/// Items the reader may hold ready ahead of the consumer.
const QUEUE: usize = 256;

/// The records of `sources`, in input order, each extracted with `extractor` (its event dates
/// resolved against the record's date field, [`Fields::date`](super::Fields::date)): the
/// article (id and text: the offsets refer to `article.text`) and its [`Document`] (byte
/// offsets; `id` set), or the [`RecordError`] that stands in its place. Reads and decompresses
/// like [`run`](super::run) (`options.format`, `options.fields`), extracts on
/// `options.threads` threads a chunk at a time, and holds a bounded number of records.
/// An input that cannot be read gives one error and the iteration goes on with the next.
///
/// ```
/// use news_extract::batch::{documents, Options, Source};
/// use news_extract::Extractor;
///
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("dump.jsonl");
/// std::fs::write(&path, concat!(
///     r#"{"id":"a","text":"Acme Corp said Jo Bell resigned as chief executive."}"#, "\n",
///     "not json\n",
/// )).unwrap();
/// let mut docs = documents(&[Source::File(path)], Extractor::shared(), &Options::default());
/// let (article, doc) = docs.next().unwrap().unwrap();
/// assert_eq!((article.id.as_str(), doc.events[0].person.as_str()), ("a", "Jo Bell"));
/// let err = docs.next().unwrap().unwrap_err();
/// assert_eq!(err.line, 2);
/// assert!(err.message.starts_with("invalid JSON"));
/// assert!(docs.next().is_none());
/// assert_eq!((docs.summary().records, docs.summary().errors), (2, 1));
/// ```
pub fn documents(sources: &[Source], extractor: &Extractor, options: &Options) -> Documents {
    let (tx, rx) = sync_channel::<Item>(QUEUE);
    let sources = sources.to_vec();
    let format = options.format;
    let raw_bytes = Arc::new(AtomicU64::new(0));
    let reader_bytes = raw_bytes.clone();
    let spawned = thread::Builder::new()
        .name("news-extract-documents".into())
        .spawn(move || {
            let mut sink = ChannelSink { tx };
            for source in &sources {
                if !read_source(source, format, reader_bytes.clone(), &mut sink) {
                    return;
                }
            }
        });
    let threads = options.threads.max(1);
    let pool = if threads > 1 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("news-extract-doc-{i}"))
            .build()
            .ok()
    } else {
        None
    };
    Documents {
        rx: spawned.ok().map(|_| rx),
        extractor: extractor.clone(),
        fields: options.fields.clone(),
        pool,
        pending: VecDeque::new(),
        tally: Tally::default(),
        summary: Summary::default(),
        started: Instant::now(),
    }
}

struct ChannelSink {
    tx: SyncSender<Item>,
}

impl Sink for ChannelSink {
    fn item(&mut self, item: Item) -> bool {
        self.tx.send(item).is_ok()
    }

    fn boundary(&mut self) -> bool {
        true
    }
}

/// The iterator [`documents`] returns. Dropping it early stops the reading.
///
/// ```
/// use news_extract::batch::{documents, Options, Source};
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("a.txt");
/// std::fs::write(&path, "Zentrix Labs hired Ann Lee.").unwrap();
/// let docs = documents(&[Source::File(path)], news_extract::Extractor::shared(), &Options::default());
/// let ids: Vec<String> = docs.map(|r| r.unwrap().0.id).collect();
/// assert!(ids[0].ends_with("a.txt"));
/// ```
pub struct Documents {
    rx: Option<Receiver<Item>>,
    extractor: Extractor,
    fields: super::Fields,
    pool: Option<rayon::ThreadPool>,
    pending: VecDeque<Outcome>,
    tally: Tally,
    summary: Summary,
    started: Instant,
}

impl std::fmt::Debug for Documents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documents")
            .field("records", &self.summary.records)
            .finish_non_exhaustive()
    }
}

/// One processed item with what the counters need.
struct Outcome {
    result: Result<(Article, Document), RecordError>,
    source: Arc<str>,
    json: bool,
    bytes: usize,
    read_failure: bool,
}

impl Documents {
    /// Counts so far: records (errors included), errors, records with a warning, inputs that
    /// could not be read, bytes of input and the time since the start. `output_error` is
    /// always `None`; [`Summary::exit_code`] gives the status `extract` would exit with.
    ///
    /// ```
    /// use news_extract::batch::{documents, Options, Source};
    /// let mut docs = documents(&[Source::File("/no/such.jsonl".into())],
    ///                          news_extract::Extractor::shared(), &Options::default());
    /// assert!(docs.next().unwrap().unwrap_err().message.starts_with("cannot open"));
    /// assert_eq!((docs.summary().read_failures, docs.summary().exit_code()), (1, 1));
    /// ```
    pub fn summary(&self) -> Summary {
        Summary {
            output_error: None,
            elapsed: self.started.elapsed(),
            ..self.summary
        }
    }

    /// Diagnostics about the input seen so far: one message per input whose every record lacked
    /// the text field, naming the fields those records have (complete once the iterator is
    /// used up).
    ///
    /// ```
    /// use news_extract::batch::{documents, Options, Source};
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("d.jsonl");
    /// std::fs::write(&path, "{\"id\":1,\"body\":\"x\"}\n{\"id\":2,\"body\":\"y\"}\n").unwrap();
    /// let mut docs = documents(&[Source::File(path)], news_extract::Extractor::shared(),
    ///                          &Options::default());
    /// assert_eq!(docs.by_ref().filter(Result::is_err).count(), 2);
    /// assert!(docs.diagnostics()[0].ends_with(
    ///     "every record (2) lacks the text field \"text\"; the records have the fields: body, id \
    ///      (pick one with --text-field)"));
    /// ```
    pub fn diagnostics(&self) -> Vec<String> {
        self.tally.messages()
    }

    /// Reads the next chunk of items and processes it; false at the end of the input.
    fn fill(&mut self) -> bool {
        let Some(rx) = &self.rx else { return false };
        let Ok(first) = rx.recv() else {
            self.rx = None;
            return false;
        };
        let limit = self
            .pool
            .as_ref()
            .map_or(1, |p| p.current_num_threads() * 8);
        let limit = limit.min(MAX_RECORDS);
        let mut bytes = item_bytes(&first);
        let mut items = vec![first];
        while items.len() < limit && bytes < MAX_BYTES {
            match rx.try_recv() {
                Ok(item) => {
                    bytes += item_bytes(&item);
                    items.push(item);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => break,
            }
        }
        let (extractor, fields) = (&self.extractor, &self.fields);
        let outcomes: Vec<Outcome> = match &self.pool {
            Some(pool) => pool.install(|| {
                items
                    .into_par_iter()
                    .map(|item| process(item, extractor, fields))
                    .collect()
            }),
            None => items
                .into_iter()
                .map(|item| process(item, extractor, fields))
                .collect(),
        };
        for o in &outcomes {
            self.summary.records += 1;
            self.summary.input_bytes += o.bytes as u64;
            match &o.result {
                Ok((article, _)) if article.warning.is_some() => self.summary.warnings += 1,
                Ok(_) => {}
                Err(_) => self.summary.errors += 1,
            }
            if o.read_failure {
                self.summary.read_failures += 1;
            }
            if o.json {
                let missing = match &o.result {
                    Err(e) if e.message.starts_with("missing ") => {
                        Some((e.message.as_str(), e.present_fields.as_slice()))
                    }
                    _ => None,
                };
                self.tally.record(&o.source, missing);
            }
        }
        self.pending.extend(outcomes);
        true
    }
}

fn item_bytes(item: &Item) -> usize {
    item.weight()
}

fn process(item: Item, extractor: &Extractor, fields: &super::Fields) -> Outcome {
    match item {
        Item::Failure(f) => Outcome {
            result: Err(RecordError {
                id: f.source.to_string(),
                message: f.message,
                file: f.source.to_string(),
                line: f.line,
                present_fields: Vec::new(),
            }),
            source: f.source,
            json: false,
            bytes: 0,
            read_failure: true,
        },
        Item::Record(raw) => {
            let source = raw.source.clone();
            let json = raw.format == Format::Jsonl;
            let bytes = raw.bytes.len();
            let line = raw.line;
            let result = prepare(raw, fields).and_then(|article| {
                let done = catch_unwind(AssertUnwindSafe(|| {
                    extractor.extract_with_date(&article.text, article.date)
                }));
                match done {
                    Ok(mut doc) => {
                        doc.id = Some(article.id.clone());
                        Ok((article, doc))
                    }
                    Err(panic) => {
                        let what = panic
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| panic.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "unknown panic".into());
                        Err(RecordError {
                            id: article.id,
                            message: format!("internal error: {what}"),
                            file: source.to_string(),
                            line,
                            present_fields: Vec::new(),
                        })
                    }
                }
            });
            Outcome {
                result,
                source,
                json,
                bytes,
                read_failure: false,
            }
        }
    }
}

impl Iterator for Documents {
    type Item = Result<(Article, Document), RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(o) = self.pending.pop_front() {
                return Some(o.result);
            }
            if !self.fill() {
                return None;
            }
        }
    }
}
