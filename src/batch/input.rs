//! Input sources: files or stdin, plain, gzip or zstd, split into raw records.
//!
//! Compression is recognised by the stream's magic bytes (so `cat x.gz | news-extract` works
//! too) and decoded while streaming; nothing reads a whole file into memory except a plain-text
//! article, which is one record.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// How the records of an input are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// One article per file: the whole (decompressed) file is one record.
    Text,
    /// One JSON object per line (JSON Lines).
    Jsonl,
}

impl Format {
    /// The name used on the command line.
    ///
    /// ```
    /// use news_extract::batch::Format;
    /// assert_eq!(Format::Jsonl.as_str(), "jsonl");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Jsonl => "jsonl",
        }
    }
}

impl Format {
    /// The format a file name implies: `.jsonl`, `.ndjson` and `.json` (after a `.gz` or
    /// `.zst` suffix is stripped) are JSONL, anything else is text.
    ///
    /// ```
    /// use news_extract::batch::Format;
    /// assert_eq!(Format::from_path("dump.jsonl.gz"), Format::Jsonl);
    /// assert_eq!(Format::from_path("a.NDJSON"), Format::Jsonl);
    /// assert_eq!(Format::from_path("article.txt.zst"), Format::Text);
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Format {
        let name = path.as_ref().to_string_lossy().to_ascii_lowercase();
        let name = name
            .strip_suffix(".gz")
            .or_else(|| name.strip_suffix(".zst"))
            .unwrap_or(&name);
        if [".jsonl", ".ndjson", ".json"]
            .iter()
            .any(|ext| name.ends_with(ext))
        {
            Format::Jsonl
        } else {
            Format::Text
        }
    }
}

/// Where records come from: a file path, or standard input (`-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(std::path::PathBuf),
}

impl Source {
    /// `-` is stdin, anything else a file path.
    pub fn from_arg(arg: &str) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::File(arg.into())
        }
    }

    /// The name used in ids, error records and messages (`-` for stdin).
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The size on disk, when it is a regular file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
        }
    }
}

/// Counts the bytes read from the underlying (possibly compressed) stream, for progress.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

const BUFFER: usize = 256 * 1024;
const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// Opens `source` as a buffered stream of decompressed bytes. `raw_bytes` is increased by
/// the number of bytes read from the file or pipe itself (before decompression).
pub(crate) fn open(source: &Source, raw_bytes: Arc<AtomicU64>) -> io::Result<Box<dyn Buffered>> {
    let raw: Box<dyn Read> = match source {
        Source::Stdin => Box::new(io::stdin()),
        Source::File(p) => {
            let file = File::open(p)?;
            if file.metadata()?.is_dir() {
                return Err(io::Error::other("is a directory"));
            }
            Box::new(file)
        }
    };
    let mut buffered = BufReader::with_capacity(
        BUFFER,
        Counting {
            inner: raw,
            count: raw_bytes,
        },
    );
    let head = fill_at_least(&mut buffered, 4)?;
    Ok(if head.starts_with(GZIP_MAGIC) {
        Box::new(BufReader::with_capacity(
            BUFFER,
            flate2::bufread::MultiGzDecoder::new(buffered),
        ))
    } else if head.starts_with(ZSTD_MAGIC) {
        Box::new(BufReader::with_capacity(
            BUFFER,
            zstd::stream::read::Decoder::with_buffer(buffered)?,
        ))
    } else {
        Box::new(buffered)
    })
}

/// A buffered stream that can tell whether its buffer is used up (so the next read may block)
/// without reading.
pub(crate) trait Buffered: BufRead {
    /// True when the next read has to go to the underlying stream.
    fn drained(&self) -> bool;
}

impl<R: Read> Buffered for BufReader<R> {
    fn drained(&self) -> bool {
        self.buffer().is_empty()
    }
}

/// Peeks at the first bytes of a stream without consuming them (fewer at end of input).
fn fill_at_least<R: Read>(reader: &mut BufReader<R>, n: usize) -> io::Result<Vec<u8>> {
    // A pipe may deliver the first bytes in several reads; BufReader only refills when empty,
    // so a short first read is all we can peek without consuming. That is enough in practice
    // (compressed streams start with their magic in one write) and never wrong: a stream we
    // fail to recognise is read as plain bytes.
    let buf = loop {
        match reader.fill_buf() {
            Ok(b) => break b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    };
    Ok(buf[..buf.len().min(n)].to_vec())
}

/// One record as read, before any decoding or parsing.
#[derive(Debug)]
pub struct RawRecord {
    /// The input it came from (`-` for stdin).
    pub source: Arc<str>,
    /// 1-based line number (always 1 for a text file).
    pub line: u64,
    /// How to interpret `bytes`.
    pub format: Format,
    /// The record's bytes: a whole article, or one line without its line ending.
    pub bytes: Vec<u8>,
}

/// An input that failed: it could not be opened, or a read failed part way through.
#[derive(Debug)]
pub struct ReadFailure {
    /// The input (`-` for stdin).
    pub source: Arc<str>,
    /// The line that could not be read (1 when the input could not be opened).
    pub line: u64,
    /// What went wrong.
    pub message: String,
}

/// What the reader produces, in input order.
#[derive(Debug)]
pub enum Item {
    /// A record to process.
    Record(RawRecord),
    /// An input failed; the reader goes on with the next input.
    Failure(ReadFailure),
}

impl Item {
    /// Bytes of input this item holds (for batch sizing).
    pub(crate) fn weight(&self) -> usize {
        match self {
            Item::Record(r) => r.bytes.len(),
            Item::Failure(_) => 0,
        }
    }
}

/// Receives what a reader produces.
pub(crate) trait Sink {
    /// Takes the next item; `false` stops the reading.
    fn item(&mut self, item: Item) -> bool;
    /// The buffered input is used up and the next read may block: a good moment to pass on a
    /// batch in the making, so the tool works as a streaming filter. `false` stops the reading.
    fn boundary(&mut self) -> bool;
}

/// Reads one input and hands its items to `sink`; returns `false` when the sink said stop.
///
/// `format` of `None` means: by extension for files, sniffed for stdin (`{` first: JSONL).
pub(crate) fn read_source(
    source: &Source,
    format: Option<Format>,
    raw_bytes: Arc<AtomicU64>,
    sink: &mut dyn Sink,
) -> bool {
    let label: Arc<str> = source.label().into();
    let failure = |line: u64, what: &str, e: io::Error| {
        Item::Failure(ReadFailure {
            source: label.clone(),
            line,
            message: format!("{what}: {}", describe(&e)),
        })
    };
    let mut reader = match open(source, raw_bytes) {
        Ok(r) => r,
        Err(e) => return sink.item(failure(1, "cannot open", e)),
    };
    if let Err(e) = skip_bom(&mut *reader) {
        return sink.item(failure(1, "cannot read", e));
    }
    let format = match (format, source) {
        (Some(f), _) => f,
        (None, Source::File(p)) => Format::from_path(p),
        (None, Source::Stdin) => match sniff(&mut *reader) {
            Ok(f) => f,
            Err(e) => return sink.item(failure(1, "cannot read", e)),
        },
    };
    match format {
        Format::Text => {
            let mut bytes = Vec::new();
            match reader.read_to_end(&mut bytes) {
                Ok(_) => sink.item(Item::Record(RawRecord {
                    source: label.clone(),
                    line: 1,
                    format,
                    bytes,
                })),
                Err(e) => sink.item(failure(1, "cannot read", e)),
            }
        }
        Format::Jsonl => {
            let mut line = 0u64;
            loop {
                let mut bytes = Vec::new();
                line += 1;
                match read_line(&mut *reader, &mut bytes) {
                    Ok(0) => return true,
                    Ok(_) => {
                        if bytes.last() == Some(&b'\n') {
                            bytes.pop();
                            if bytes.last() == Some(&b'\r') {
                                bytes.pop();
                            }
                        }
                        let record = RawRecord {
                            source: label.clone(),
                            line,
                            format,
                            bytes,
                        };
                        if !sink.item(Item::Record(record)) {
                            return false;
                        }
                        // The next read may block (or the input is exhausted).
                        if reader.drained() && !sink.boundary() {
                            return false;
                        }
                    }
                    Err(e) => return sink.item(failure(line, "read error", e)),
                }
            }
        }
    }
}

/// `read_until(b'\n')` that retries on EINTR and keeps nothing of a failed read: a line that
/// could not be read whole is not passed on as a record.
fn read_line<R: BufRead + ?Sized>(reader: &mut R, buf: &mut Vec<u8>) -> io::Result<usize> {
    loop {
        match reader.read_until(b'\n', buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn skip_bom<R: BufRead + ?Sized>(reader: &mut R) -> io::Result<()> {
    if reader.fill_buf()?.starts_with("\u{feff}".as_bytes()) {
        reader.consume(3);
    }
    Ok(())
}

/// JSONL when the first non-blank byte of the buffered input is `{`, else text. Empty input
/// counts as JSONL, so an empty stream gives no records (`grep .. | news-extract` with no
/// match writes nothing).
fn sniff<R: BufRead + ?Sized>(reader: &mut R) -> io::Result<Format> {
    let buf = reader.fill_buf()?;
    if buf.is_empty() {
        return Ok(Format::Jsonl);
    }
    Ok(
        match buf.iter().find(|b| !b.is_ascii_whitespace()).copied() {
            Some(b'{') => Format::Jsonl,
            _ => Format::Text,
        },
    )
}

/// An I/O error message without Rust's `(os error N)` suffix.
pub(crate) fn describe(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_by_extension() {
        assert_eq!(Format::from_path("x.json"), Format::Jsonl);
        assert_eq!(Format::from_path("x.jsonl.zst"), Format::Jsonl);
        assert_eq!(Format::from_path("x.txt.gz"), Format::Text);
        assert_eq!(Format::from_path("jsonl"), Format::Text);
        assert_eq!(Format::from_path("notes.jsonl.bak"), Format::Text);
    }

    #[test]
    fn describe_drops_os_error_code() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(describe(&e), "No such file or directory");
    }
}
