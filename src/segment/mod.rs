//! Sentence splitting and tokenization for news text.
//!
//! Both work in one forward pass over the text, allocate nothing per sentence or token beyond
//! the output, and return UTF-8 byte spans into the caller's text.
//!
//! ```
//! use news_extract::split_sentences;
//!
//! let text = "Mr. Smith joined Acme Corp. in May. He left at 5 p.m. Friday.\n\n\
//!             “Are you done?” she asked. “We are done,” he said.";
//! let spans: Vec<&str> = split_sentences(text).map(|s| s.slice(text)).collect();
//! assert_eq!(
//!     spans,
//!     [
//!         "Mr. Smith joined Acme Corp. in May.",
//!         "He left at 5 p.m. Friday.",
//!         "“Are you done?” she asked.",
//!         "“We are done,” he said.",
//!     ]
//! );
//! ```
//!
//! # Sentences
//!
//! The splitter understands abbreviations (titles, company designators, months, "No.", "e.g.",
//! "U.S."), initials ("George W. Bush", "H.R. McMaster"), numbers and versions ("$1.13bn",
//! "v2.0"), domains and file names ("OpenAI.com", "report.pdf"), ellipses, "?!", closing quotes
//! and speech tags, brackets, the CJK stops `。！？`, and layout: a blank line always ends a
//! sentence, a heading, byline or list item on its own line is a sentence of its own, and a
//! line break made by hard wrapping does not end one. The rules are listed in the
//! [`sentences`] module docs; the abbreviation and word lists are in `src/segment/data/`.
//!
//! # Tokens
//!
//! Each [`Token`] is a byte span with a coarse [`TokenKind`](crate::TokenKind):
//!
//! | text | tokens |
//! |------|--------|
//! | `U.S. firm` | `U.S.` word, `firm` word |
//! | `GPT-4o, co-founder, Jean-Luc, O'Neil` | one word each (commas are punct) |
//! | `$1.2bn 3.5% 40.5x 2,000` | one number each |
//! | `Meta’s` | one word, `possessive` set; [`Token::stem`] gives `Meta` |
//! | `analysts' views` | `analysts'` possessive, `views` |
//! | `it’s` | one word, not possessive |
//! | `OpenAI.com, x.ai, report.pdf, v2.0` | one word each |
//! | `left...` / `“Why?!”` | `left`, `...`; `“`, `Why`, `?!`, `”` |
//! | `Acme Corp. The` | `Acme`, `Corp.`, `The`: a known abbreviation keeps its period |
//! | `in 2023.` | `in`, `2023`, `.` |
//!
//! Each token also carries its [`Shape`](crate::Shape) (case of its first character and of
//! the rest, digits, whether it is plain ASCII letters and digits), gathered while the word is
//! measured: later stages read it from the token instead of looking at the text again. The
//! [`Extractor`](crate::Extractor) builds the entity stage's word view and the event stage's
//! marks from each token as the tokenizer makes it, in the same pass.
//!
//! The full rules are in the [`tokens`] module docs. Words with letters outside ASCII are
//! measured with Unicode word boundaries (UAX #29); ASCII text takes a byte-level fast path.
//!
//! ```
//! use news_extract::{tokenize, TokenKind};
//!
//! let text = "Meta’s co-founder paid $1.2bn for GPT-4o in the U.S. on Monday.";
//! let tokens = tokenize(text);
//! let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
//! assert_eq!(
//!     words,
//!     ["Meta’s", "co-founder", "paid", "$1.2bn", "for", "GPT-4o", "in", "the", "U.S.", "on",
//!      "Monday", "."]
//! );
//! assert!(tokens[0].possessive);
//! assert_eq!(tokens[0].stem(text), "Meta");
//! assert_eq!(tokens[3].kind, TokenKind::Number);
//! ```

pub(crate) mod chars;
pub mod layout;
mod lexicon;
pub mod sentences;
pub mod shape;
pub mod tokens;

pub use sentences::Sentences;

use crate::document::{Sentence, Span, Token};

/// Splits text into sentences and tokens. Holds no per-text state: cheap to clone, `Send +
/// Sync`, every method takes `&self`. The word lists are built once per process on first use.
///
/// ```
/// use news_extract::Segmenter;
///
/// let seg = Segmenter::new();
/// let text = "Acme Corp. said sales rose. The deal closed.";
/// let sentences = seg.split(text);
/// assert_eq!(sentences.len(), 2);
/// let tokens = seg.tokenize_span(text, sentences[1].span());
/// assert_eq!(tokens[0].text(text), "The");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// A segmenter with the built-in abbreviation and word lists.
    pub fn new() -> Self {
        Segmenter {}
    }

    /// The sentences of `text`, in order.
    ///
    /// ```
    /// use news_extract::Segmenter;
    /// let text = "He joined Acme Corp. The deal closed.";
    /// let s = Segmenter::new().split(text);
    /// assert_eq!(s[0].span().slice(text), "He joined Acme Corp.");
    /// ```
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        self.sentences(text).map(Sentence::from).collect()
    }

    /// The sentences of `text` as a lazy iterator of spans.
    ///
    /// ```
    /// use news_extract::Segmenter;
    /// let text = "Why did researchers leave Meta?\n\nAccording to the report, they quit.";
    /// let first = Segmenter::new().sentences(text).next().unwrap();
    /// assert_eq!(first.slice(text), "Why did researchers leave Meta?");
    /// ```
    pub fn sentences<'t>(&self, text: &'t str) -> Sentences<'t> {
        Sentences::new(text)
    }

    /// The tokens of `text`, in order.
    ///
    /// ```
    /// use news_extract::Segmenter;
    /// let text = "O'Neil left.";
    /// let t = Segmenter::new().tokenize(text);
    /// assert_eq!(t.len(), 3);
    /// assert_eq!(t[0].text(text), "O'Neil");
    /// ```
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        // News text averages a little over five bytes per token; a quarter avoids regrowing.
        let mut out = Vec::with_capacity(text.len() / 4 + 8);
        tokens::tokenize_into(text, 0, text.len(), &mut out);
        out
    }

    /// The tokens inside `span` of `text` (a sentence, say), with offsets into `text`. A span
    /// that does not fit `text` or does not fall on character boundaries gives no tokens.
    ///
    /// ```
    /// use news_extract::{Segmenter, Span};
    /// let text = "Shares fell. Meta’s stock rose 3.5%.";
    /// let t = Segmenter::new().tokenize_span(text, Span::new(13, text.len()));
    /// assert_eq!(t[0].text(text), "Meta’s");
    /// assert_eq!(t[3].text(text), "3.5%");
    /// ```
    pub fn tokenize_span(&self, text: &str, span: Span) -> Vec<Token> {
        let mut out = Vec::new();
        self.tokenize_into(text, span, &mut out);
        out
    }

    /// Appends the tokens inside `span` of `text` to `out` (reuse one buffer across texts).
    ///
    /// ```
    /// use news_extract::{Segmenter, Span};
    /// let seg = Segmenter::new();
    /// let mut buf = Vec::new();
    /// for text in ["Acme Corp. fell.", "Jean-Luc Moreau left."] {
    ///     buf.clear();
    ///     seg.tokenize_into(text, Span::new(0, text.len()), &mut buf);
    ///     assert_eq!(buf.len(), 4);
    /// }
    /// ```
    pub fn tokenize_into(&self, text: &str, span: Span, out: &mut Vec<Token>) {
        if span.start <= span.end && text.get(span.start..span.end).is_some() {
            tokens::tokenize_into(text, span.start, span.end, out);
        }
    }
}

/// Splits `text` into sentence spans with the default [`Segmenter`]; lazy.
///
/// ```
/// use news_extract::split_sentences;
/// let text = "Jacob Devlin resigned. He joined OpenAI.";
/// assert_eq!(split_sentences(text).count(), 2);
/// ```
pub fn split_sentences(text: &str) -> Sentences<'_> {
    Sentences::new(text)
}

/// Tokenizes `text` with the default [`Segmenter`].
///
/// ```
/// use news_extract::tokenize;
/// let text = "Gemini 1.5 Pro";
/// assert_eq!(tokenize(text).len(), 3);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    Segmenter::new().tokenize(text)
}
