//! Direct quotations and their speakers.

use crate::document::{Entity, Quote, Sentence, Token};

/// Finds the direct quotations in `text` and attributes each to its speaker.
pub fn find_quotes(
    _text: &str,
    _sentences: &[Sentence],
    _tokens: &[Token],
    _entities: &[Entity],
) -> Vec<Quote> {
    Vec::new()
}
