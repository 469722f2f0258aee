//! Sentence splitting and tokenization for news text.
//!
//! ```
//! use news_extract::split_sentences;
//! let text = "Mr. Smith joined Acme Corp. in May. He left.";
//! let spans: Vec<_> = split_sentences(text).map(|s| s.slice(text)).collect();
//! assert_eq!(spans, ["Mr. Smith joined Acme Corp. in May.", "He left."]);
//! ```

use unicode_segmentation::UnicodeSegmentation;

use crate::document::{Sentence, Span, Token, TokenKind};

/// Splits text into sentences and tokens. Cheap to clone and `Send + Sync`.
///
/// ```
/// use news_extract::Segmenter;
/// let seg = Segmenter::new();
/// assert_eq!(seg.split("One. Two.").len(), 2);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// A segmenter with the built-in abbreviation lists.
    pub fn new() -> Self {
        Segmenter {}
    }

    /// The sentences of `text`, in order.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let bytes = text.as_bytes();
        let mut start = None;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if start.is_none() && !b.is_ascii_whitespace() {
                start = Some(i);
            }
            if let Some(s) = start {
                let end_here = matches!(b, b'.' | b'!' | b'?')
                    && bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace())
                    && !abbreviation_before(text, i);
                let blank = b == b'\n' && bytes.get(i + 1) == Some(&b'\n');
                if end_here || blank {
                    let e = if blank { trim_end(text, s, i) } else { i + 1 };
                    if e > s {
                        out.push(Sentence { start: s, end: e });
                    }
                    start = None;
                }
            }
            i += 1;
        }
        if let Some(s) = start {
            let e = trim_end(text, s, text.len());
            if e > s {
                out.push(Sentence { start: s, end: e });
            }
        }
        out
    }

    /// The tokens of `text`, in order.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        text.split_word_bound_indices()
            .filter(|(_, w)| !w.trim().is_empty())
            .map(|(i, w)| {
                let c = w.chars().next().unwrap_or(' ');
                let kind = if c.is_alphabetic() {
                    TokenKind::Word
                } else if c.is_numeric() {
                    TokenKind::Number
                } else if c.is_ascii_punctuation() {
                    TokenKind::Punct
                } else {
                    TokenKind::Symbol
                };
                Token {
                    start: i,
                    end: i + w.len(),
                    kind,
                    possessive: false,
                }
            })
            .collect()
    }
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn abbreviation_before(text: &str, dot: usize) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |p| p + 1);
    matches!(
        &text[word_start..dot],
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "St" | "Jr" | "Sr" | "Corp" | "U.S"
    )
}

/// Splits `text` into sentence spans with the default [`Segmenter`].
pub fn split_sentences(text: &str) -> impl Iterator<Item = Span> + '_ {
    Segmenter::new().split(text).into_iter().map(|s| s.span())
}

/// Tokenizes `text` with the default [`Segmenter`].
pub fn tokenize(text: &str) -> Vec<Token> {
    Segmenter::new().tokenize(text)
}
