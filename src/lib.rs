//! # news-extract
//!
//! Reads news articles and pulls out who and what they are about: sentences and tokens,
//! `COMPANY`, `PERSON` and `MODEL` mentions with canonical names, direct quotations with their
//! speakers, and personnel moves (`LEAVE` / `JOIN` events).
//!
//! ```
//! use news_extract::Extractor;
//!
//! let extractor = Extractor::default();
//! let doc = extractor.extract("Shares rose 3.5% on Monday. The U.S. firm said so.");
//! assert_eq!(doc.sentences.len(), 2);
//! println!("{}", serde_json::to_string(&doc).unwrap());
//! ```
//!
//! The pipeline runs one pass per stage, each stage reading the text and the results of the
//! stages before it: [`segment`] (sentences, tokens) → matching and resolution (entities) →
//! quotes → events. The tokenizer's pass also builds the entity stage's word view and marks
//! the tokens where event rules may start, each token as it is made. All offsets are UTF-8
//! byte offsets into the caller's text; [`Document::to_char_offsets`] converts them at the
//! edge.
//!
//! An [`Extractor`] is compiled once and shared across threads (`Send + Sync`, `&self`).
//! Each thread that extracts keeps a few scratch lists (tokens, words, per-word marks)
//! between documents so that the next one finds them warm in the cache: a few tens of KB
//! after typical articles, never more than 2.3 MB.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod batch;
pub mod dates;
pub mod document;
mod entities;
mod error;
pub mod eval;
pub mod events;
mod extractor;
pub mod gazetteer;
mod lexed;
pub mod moves;
mod names;
pub(crate) mod patterns;
pub mod quotes;
pub mod render;
pub(crate) mod resolve;
mod reuse;
pub mod segment;

pub use document::{
    Affiliation, DatePrecision, Document, Entity, EntitySource, EntityType, Event, EventDate,
    EventType, Polarity, Quote, Sentence, Shape, Span, Token, TokenKind,
};
pub use error::Error;
pub use extractor::{Extractor, ExtractorBuilder};
pub use segment::{Segmenter, split_sentences, tokenize};

/// The README's Rust examples, compiled and run as doctests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
