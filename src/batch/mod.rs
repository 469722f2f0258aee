//! Batch processing of article dumps: the library behind the `news-extract` command line.
//!
//! Reads plain-text articles (one per file) and JSON Lines dumps (one article per line), plain,
//! gzip or zstd, from files or stdin; runs a [`Task`] over every record on several threads;
//! writes one JSON line per record, in input order, with a bounded number of records in memory.
//! A record that cannot be processed becomes an error line `{"id":..,"line":N,"error":..}` in
//! its place, so output line *k* always belongs to input record *k*.
//!
//! ```
//! use news_extract::batch::{self, Options, Source, Task};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let path = dir.path().join("dump.jsonl");
//! std::fs::write(&path, concat!(
//!     r#"{"id":"a","title":"Rates held","text":"The bank held rates. Shares rose."}"#, "\n",
//!     r#"{"id":"b","text":42}"#, "\n",
//! )).unwrap();
//!
//! let mut out = Vec::new();
//! let task = Task::Sentences(news_extract::Segmenter::new());
//! let summary = batch::run(&[Source::File(path)], task, &Options::default(), &mut out);
//! let lines: Vec<serde_json::Value> = out
//!     .split(|&b| b == b'\n')
//!     .filter(|l| !l.is_empty())
//!     .map(|l| serde_json::from_slice(l).unwrap())
//!     .collect();
//! assert_eq!(lines[0]["sentences"][0]["text"], "Rates held");
//! assert_eq!(lines[1]["error"], "text field \"text\" is a number, not a string");
//! assert_eq!((summary.records, summary.errors, summary.exit_code()), (2, 1, 3));
//! ```

mod diagnose;
mod documents;
mod input;
mod output;
mod pipeline;
mod progress;
mod record;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

pub use diagnose::text_file_warning;
pub use documents::{Documents, documents};
pub(crate) use input::open as open_source;
pub use input::{Format, RawRecord, Source};
pub use output::{Offsets, Task};
pub use pipeline::{MAX_BYTES, MAX_IN_FLIGHT, MAX_RECORDS};
pub use progress::Summary;
pub use record::{Article, Fields, RecordError, prepare};

use pipeline::{Pipeline, Setup};
use progress::Progress;

/// How to read and write a batch run.
#[derive(Clone, Debug)]
pub struct Options {
    /// The input format; `None` picks it per input: by extension for files
    /// ([`Format::from_path`]), and for stdin JSONL when the first non-blank byte is `{`.
    pub format: Option<Format>,
    /// JSON field names.
    pub fields: Fields,
    /// Byte or character offsets in the output.
    pub offsets: Offsets,
    /// Worker threads (at least 1).
    pub threads: usize,
    /// Draw a progress line on stderr.
    pub progress: bool,
}

impl Default for Options {
    /// Auto format, default fields, byte offsets, one thread per core, no progress.
    fn default() -> Self {
        Options {
            format: None,
            fields: Fields::default(),
            offsets: Offsets::Byte,
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            progress: false,
        }
    }
}

/// Runs `task` over every record of `sources`, in order, writing one JSON line per record to
/// `out`. Never stops for a bad record; an input that cannot be read gives an error line and a
/// message on stderr, and the run goes on with the next input. Stops early only when `out`
/// fails (then [`Summary::output_error`] says why; reading threads wind down by themselves).
pub fn run(sources: &[Source], task: Task, options: &Options, out: &mut dyn Write) -> Summary {
    let raw_bytes = Arc::new(AtomicU64::new(0));
    let total_raw = sources
        .iter()
        .map(Source::size)
        .sum::<Option<u64>>()
        .filter(|_| !sources.is_empty());
    let mut progress = Progress::new(options.progress, total_raw, raw_bytes.clone());
    let pipeline = Pipeline::start(
        Setup {
            sources: sources.to_vec(),
            format: options.format,
            fields: options.fields.clone(),
            offsets: options.offsets,
            threads: options.threads,
            raw_bytes,
        },
        task,
    );
    let mut summary = Summary::default();
    let mut tally = diagnose::Tally::default();
    let result = pipeline.drain(out, |r| {
        tally.merge(r.tally.clone());
        summary.records += r.records;
        summary.errors += r.errors;
        summary.warnings += r.warnings;
        summary.input_bytes += r.input_bytes;
        if !r.read_failures.is_empty() {
            progress.clear();
            for message in &r.read_failures {
                summary.read_failures += 1;
                let _ = writeln!(io::stderr(), "news-extract: {message}");
            }
        }
        progress.update(summary.records, summary.input_bytes);
    });
    progress.clear();
    if result.is_ok() {
        for message in tally.messages() {
            let _ = writeln!(io::stderr(), "news-extract: {message}");
        }
    }
    summary.output_error = result.err();
    summary.elapsed = progress.elapsed();
    summary
}
