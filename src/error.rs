//! The crate's error type.

use std::path::PathBuf;

/// Why building an [`Extractor`](crate::Extractor) or reading its data failed.
///
/// ```
/// use news_extract::Extractor;
/// let err = Extractor::builder().gazetteer_file("/no/such/file.tsv").build().unwrap_err();
/// assert!(err.to_string().contains("/no/such/file.tsv"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A data file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a gazetteer file is malformed.
    #[error("{path}:{line}: {message}")]
    Gazetteer {
        /// The file (or `<inline>` for entries added in code).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}
