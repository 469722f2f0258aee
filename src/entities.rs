//! The entity stage: dictionary and pattern matching, then resolution.

use crate::document::{Entity, Sentence};
use crate::gazetteer::Gazetteer;
use crate::patterns::{self, Ctx, layout, words};
use crate::resolve;

/// Finds the COMPANY, PERSON and MODEL mentions of `text`: sorted by start, never
/// overlapping, each with its canonical name. `sentences` are the segmenter's sentences.
pub(crate) fn find_entities(gaz: &Gazetteer, text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut words = words::scan(text, sentences);
    let tickers = layout::mark(text, &mut words);
    let ctx = Ctx {
        text,
        words: &words,
        gaz,
        tickers: &tickers,
    };
    let mut cands = Vec::new();
    patterns::gazetteer_candidates(&ctx, &mut cands);
    let taken = patterns::taken_words(&words, &cands);
    patterns::company::find(&ctx, &taken, &mut cands);
    patterns::person::find(&ctx, &taken, &mut cands);
    patterns::evidence::filter(&ctx, &mut cands);
    let chosen = resolve::select(cands);
    resolve::finish(&ctx, chosen)
}
