//! Evidence for ambiguous dictionary names.
//!
//! An entry flagged `ambiguous` ("Apple", "Meta", "Bard", "Gemini", "The Information") is kept
//! only with evidence: a designator or version number attached (set when the candidate was
//! made), a ticker after it, a cue around it (a corporate word in the sentence for a company;
//! a model word, the maker or another model nearby for a model), a multi-word form written
//! mid-sentence ("by The Information"), or an unambiguous mention of the same entry elsewhere
//! in the article. Capitalisation in a Title Case headline is no evidence. A model name
//! followed by a capitalised word is a person's first name ("Claude Monet") and never a model.

use std::collections::HashSet;

use super::lexicon;
use super::words::{HEAD_TITLE, POSS, SENT_START};
use super::{Candidate, Canon, Ctx};
use crate::document::EntityType;

fn accepted(c: &Candidate) -> bool {
    !c.ambiguous || c.evidence
}

/// Drops ambiguous candidates without evidence.
pub(crate) fn filter(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    let mut blocked = vec![false; cands.len()];
    for (i, c) in cands.iter().enumerate() {
        if c.ambiguous && !c.evidence && c.kind == EntityType::Model && followed_by_name(ctx, c) {
            blocked[i] = true;
        }
    }
    for round in 0..2 {
        for i in 0..cands.len() {
            if accepted(&cands[i]) || blocked[i] || ctx.words[cands[i].first].has(HEAD_TITLE) {
                continue;
            }
            if cue(ctx, &cands[i], cands, round > 0) {
                cands[i].evidence = true;
            }
        }
        // An unambiguous or evidenced mention establishes its entry for the whole article.
        let established: HashSet<u32> = cands
            .iter()
            .filter(|c| accepted(c))
            .filter_map(|c| match c.canon {
                Canon::Entry(id) => Some(id),
                Canon::Text(_) => None,
            })
            .collect();
        for (i, c) in cands.iter_mut().enumerate() {
            if !accepted(c) && !blocked[i] {
                if let Canon::Entry(id) = c.canon {
                    c.evidence = established.contains(&id);
                }
            }
        }
    }
    let mut i = 0;
    cands.retain(|c| {
        let keep = accepted(c) && !blocked[i];
        i += 1;
        keep
    });
}

/// "Claude Monet", "Gemini Ganesan": a capitalised word right after the model name.
fn followed_by_name(ctx: &Ctx, c: &Candidate) -> bool {
    let k = c.last + 1;
    k < ctx.words.len()
        && !ctx.words[c.last].has(POSS)
        && ctx.spaced(c.last)
        && ctx.words[k].is_name_like()
        && !ctx.words[k].has(HEAD_TITLE)
        && !lexicon::is_stop(ctx.word(k))
}

fn cue(ctx: &Ctx, c: &Candidate, all: &[Candidate], with_others: bool) -> bool {
    let first = &ctx.words[c.first];
    // A multi-word form mid-sentence ("by The Information"), or one with a distinctive word
    // ("Meta Platforms"), is evidence by itself for companies and people.
    if c.kind != EntityType::Model && c.last > c.first {
        let distinctive = (c.first..=c.last).any(|k| {
            let t = ctx.word(k);
            !ctx.gaz.is_common_word(t) && !lexicon::is_stop(t)
        });
        if !first.has(SENT_START) || distinctive {
            return true;
        }
    }
    if ctx.ticker_after(ctx.words[c.last].full_end) {
        return true;
    }
    let sentence = ctx.sentence_words(c.first);
    let others = sentence.clone().filter(|&k| k < c.first || k > c.last);
    match c.kind {
        EntityType::Company => {
            let prev_cue = c.first > 0
                && ctx.gap(c.first - 1, c.first) == " "
                && lexicon::is_company_cue_before(ctx.word(c.first - 1));
            let possessed = ctx.words[c.last].has(POSS)
                && c.last + 1 < ctx.words.len()
                && lexicon::is_company_possessed(ctx.word(c.last + 1));
            prev_cue
                || possessed
                || others
                    .into_iter()
                    .any(|k| lexicon::is_corporate(ctx.word(k)))
        }
        EntityType::Model => {
            if others.clone().any(|k| lexicon::is_model_cue(ctx.word(k))) {
                return true;
            }
            if !with_others {
                return false;
            }
            let s = ctx.words[c.first].sentence;
            let maker = match c.canon {
                Canon::Entry(id) => ctx.gaz.entry(id).flags.maker.as_deref(),
                Canon::Text(_) => None,
            };
            all.iter().filter(|o| accepted(o)).any(|o| {
                let os = ctx.words[o.first].sentence;
                let near = os + 1 >= s && os <= s + 1;
                (near
                    && o.kind == EntityType::Company
                    && maker.is_some_and(|m| ctx.canonical(o) == m))
                    || (os == s && o.kind == EntityType::Model)
            })
        }
        EntityType::Person => {
            let k = c.last + 1;
            k < ctx.words.len() && ctx.spaced(c.last) && lexicon::is_person_verb_after(ctx.word(k))
        }
    }
}
