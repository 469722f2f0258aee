//! Personnel-move events (`LEAVE` / `JOIN`) and the affiliations stated on the way.

use crate::document::{Affiliation, Entity, Event, Quote, Sentence, Token};

/// Finds personnel moves and employment facts in `text`.
pub fn find_events(
    _text: &str,
    _sentences: &[Sentence],
    _tokens: &[Token],
    _entities: &[Entity],
    _quotes: &[Quote],
) -> (Vec<Event>, Vec<Affiliation>) {
    (Vec::new(), Vec::new())
}
