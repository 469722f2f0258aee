//! Progress on stderr while running, and the final one-line summary.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How a run went: counts, size, time and whether the output could be written.
#[derive(Debug, Default)]
pub struct Summary {
    /// Lines written (one per record, error records included).
    pub records: u64,
    /// Error records written (bad records and inputs that could not be read).
    pub errors: u64,
    /// Records written with a `"warning"` field.
    pub warnings: u64,
    /// Inputs that could not be opened or read to the end.
    pub read_failures: u64,
    /// Bytes of input text (after decompression).
    pub input_bytes: u64,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
    /// Why writing the output failed, when it did.
    pub output_error: Option<io::Error>,
}

impl Summary {
    /// True when the output was a pipe that the reader closed (`| head -1`): the run ended
    /// early, as Unix filters do, and that is not an error.
    pub fn broken_pipe(&self) -> bool {
        self.output_error
            .as_ref()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The exit status: 1 when an input could not be read or the output could not be written
    /// (a closed pipe excepted), else 3 when some records failed, else 0.
    ///
    /// ```
    /// use news_extract::batch::Summary;
    /// let mut s = Summary {
    ///     records: 10, errors: 0, warnings: 1, read_failures: 0, input_bytes: 100,
    ///     elapsed: std::time::Duration::from_secs(1), output_error: None,
    /// };
    /// assert_eq!(s.exit_code(), 0);
    /// s.errors = 2;
    /// assert_eq!(s.exit_code(), 3);
    /// s.read_failures = 1;
    /// assert_eq!(s.exit_code(), 1);
    /// ```
    pub fn exit_code(&self) -> i32 {
        if self.broken_pipe() {
            0
        } else if self.output_error.is_some() || self.read_failures > 0 {
            1
        } else if self.errors > 0 {
            3
        } else {
            0
        }
    }

    /// The one-line summary, e.g.
    /// `2225 records, 0 errors, 5.0 MB in 1.20 s (4.2 MB/s)`.
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64();
        let mb = self.input_bytes as f64 / 1e6;
        let plural = |n: u64| if n == 1 { "" } else { "s" };
        let mut s = format!(
            "{} record{}, {} error{}",
            self.records,
            plural(self.records),
            self.errors,
            plural(self.errors)
        );
        if self.warnings > 0 {
            s.push_str(&format!(", {} with warnings", self.warnings));
        }
        s.push_str(&format!(
            ", {mb:.1} MB in {secs:.2} s ({:.1} MB/s, {:.0} records/s)",
            mb / secs.max(1e-9),
            self.records as f64 / secs.max(1e-9)
        ));
        s
    }
}

/// A progress line redrawn on stderr at most a few times a second.
pub(crate) struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    drawn: bool,
    /// Total size on disk of the inputs, when every input is a regular file.
    total_raw: Option<u64>,
    /// Bytes read from disk so far (before decompression).
    raw: Arc<AtomicU64>,
}

const EVERY: Duration = Duration::from_millis(250);

impl Progress {
    pub fn new(enabled: bool, total_raw: Option<u64>, raw: Arc<AtomicU64>) -> Progress {
        let now = Instant::now();
        Progress {
            enabled,
            start: now,
            last: now,
            drawn: false,
            total_raw,
            raw,
        }
    }

    pub fn elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// Redraws the line if it is due.
    pub fn update(&mut self, records: u64, input_bytes: u64) {
        if !self.enabled || self.last.elapsed() < EVERY {
            return;
        }
        self.last = Instant::now();
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = input_bytes as f64 / 1e6;
        let mut line = format!("{records} records, {mb:.1} MB, {:.1} MB/s", mb / secs);
        if let Some(total) = self.total_raw.filter(|&t| t > 0) {
            let done = self.raw.load(Ordering::Relaxed).min(total);
            if done > 0 {
                let left = secs * (total - done) as f64 / done as f64;
                line.push_str(&format!(
                    ", {:.0}%, ETA {}",
                    100.0 * done as f64 / total as f64,
                    clock(left)
                ));
            }
        }
        let _ = write!(io::stderr(), "\r{line}\x1b[K");
        self.drawn = true;
    }

    /// Clears the line so the next message starts clean.
    pub fn clear(&mut self) {
        if self.drawn {
            let _ = write!(io::stderr(), "\r\x1b[K");
            self.drawn = false;
        }
    }
}

fn clock(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_formats() {
        assert_eq!(clock(5.4), "0:05");
        assert_eq!(clock(125.0), "2:05");
        assert_eq!(clock(3725.0), "1:02:05");
    }

    #[test]
    fn broken_pipe_is_quiet_success() {
        let s = Summary {
            records: 1,
            errors: 1,
            warnings: 0,
            read_failures: 0,
            input_bytes: 1,
            elapsed: Duration::from_secs(1),
            output_error: Some(io::Error::from(io::ErrorKind::BrokenPipe)),
        };
        assert!(s.broken_pipe());
        assert_eq!(s.exit_code(), 0);
        let full = Summary {
            output_error: Some(io::Error::from_raw_os_error(28)),
            ..s
        };
        assert_eq!(full.exit_code(), 1);
    }

    #[test]
    fn summary_line_counts() {
        let s = Summary {
            records: 4,
            errors: 1,
            warnings: 2,
            read_failures: 0,
            input_bytes: 2_000_000,
            elapsed: Duration::from_secs(2),
            output_error: None,
        };
        assert_eq!(
            s.line(),
            "4 records, 1 error, 2 with warnings, 2.0 MB in 2.00 s (1.0 MB/s, 2 records/s)"
        );
    }
}
