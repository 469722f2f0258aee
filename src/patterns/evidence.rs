//! Evidence for ambiguous dictionary names.
//!
//! An entry flagged `ambiguous` ("Apple", "Meta", "Bard", "Gemini", "The Information") is kept
//! only with evidence: a designator or version number attached (set when the candidate was
//! made), a ticker after it, a cue around it (a corporate word in the sentence for a company;
//! a model word, the maker or another model nearby for a model), a multi-word form written
//! mid-sentence ("by The Information"), or an unambiguous mention of the same entry elsewhere
//! in the article. Capitalisation in a Title Case headline is no evidence. A model name
//! followed by a capitalised word is a person's first name ("Claude Monet") and never a model.

use std::cell::Cell;

use rustc_hash::FxHashSet;

use super::lexicon::{
    COMMON, CORPORATE, CUE_BEFORE, FIRST, MODEL_CUE, MONTH, POSSESSED, ROLE, STOP, TITLE,
    VERB_AFTER,
};
use super::words::{CAP, HEAD_TITLE, POSS, SENT_START};
use super::{Candidate, Canon, Ctx};
use crate::document::EntityType;

fn accepted(c: &Candidate) -> bool {
    !c.ambiguous || c.evidence
}

/// Drops ambiguous candidates without evidence.
pub(crate) fn filter(ctx: &Ctx, cands: &mut Vec<Candidate>) {
    if !cands.iter().any(|c| !accepted(c)) {
        return;
    }
    // In text order, so that the mentions near one can be found by binary search.
    cands.sort_by_key(|c| c.first);
    let mut covered = crate::reuse::falses(ctx.words.len());
    for c in cands.iter() {
        for k in &mut covered[c.first..=c.last] {
            *k = true;
        }
    }
    let blocked: Vec<bool> = cands
        .iter()
        .map(|c| {
            !accepted(c)
                && (after_title(ctx, c)
                    || inside_longer_name(ctx, c, &covered)
                    || (c.kind == EntityType::Company && in_common_compound(ctx, c))
                    || (c.kind == EntityType::Model && followed_by_name(ctx, c)))
        })
        .collect();
    let domains = DomainScore::new();
    // Entry ids only: Fx hashing (ids are no attacker's choice), one set for both rounds.
    let mut established: FxHashSet<u32> = FxHashSet::default();
    for round in 0..2 {
        for i in 0..cands.len() {
            if accepted(&cands[i]) || blocked[i] || ctx.words[cands[i].first].has(HEAD_TITLE) {
                continue;
            }
            let found = if cands[i].kind == EntityType::Org {
                org_cue(ctx, &cands[i], &domains)
            } else {
                cue(ctx, &cands[i], cands, round > 0)
            };
            if found {
                cands[i].evidence = true;
            }
        }
        // An unambiguous or evidenced mention establishes its entry for the whole article.
        established.clear();
        established.extend(
            cands
                .iter()
                .filter(|c| accepted(c))
                .filter_map(|c| match c.canon {
                    Canon::Entry(id) => Some(id),
                    Canon::Text(_) => None,
                }),
        );
        for (i, c) in cands.iter_mut().enumerate() {
            if !accepted(c) && !blocked[i] {
                if let Canon::Entry(id) = c.canon {
                    c.evidence = established.contains(&id);
                }
            }
        }
    }
    crate::reuse::keep_flags(covered);
    let mut i = 0;
    cands.retain(|c| {
        let keep = accepted(c) && !blocked[i];
        i += 1;
        keep
    });
}

/// Context words of a field, lower case, sorted: sport for clubs named like their town
/// ("Southampton", "Chester"), music for bands named like a word ("Oasis", "Blur").
pub(crate) const SPORT_WORDS: &[&str] = &[
    "beat",
    "boss",
    "caretaker",
    "championship",
    "club",
    "clubs",
    "coach",
    "cup",
    "defeat",
    "defender",
    "division",
    "draw",
    "drew",
    "fans",
    "fixture",
    "football",
    "footballer",
    "game",
    "goal",
    "goalkeeper",
    "goals",
    "keeper",
    "league",
    "loan",
    "manager",
    "match",
    "midfielder",
    "player",
    "players",
    "premiership",
    "promotion",
    "relegation",
    "rugby",
    "scored",
    "season",
    "side",
    "signed",
    "signing",
    "squad",
    "stadium",
    "striker",
    "transfer",
    "v",
    "victory",
    "win",
    "won",
];
pub(crate) const MUSIC_WORDS: &[&str] = &[
    "album",
    "albums",
    "band",
    "bandmates",
    "bassist",
    "chart",
    "charts",
    "concert",
    "drummer",
    "frontman",
    "gig",
    "gigs",
    "group",
    "guitarist",
    "hit",
    "lead",
    "music",
    "pop",
    "rap",
    "rock",
    "singer",
    "single",
    "song",
    "songs",
    "tour",
];

/// Whether the article holds at least three words of a field, found when first asked
/// (the scan stops at the third).
struct DomainScore {
    sport: Cell<Option<bool>>,
    music: Cell<Option<bool>>,
}

impl DomainScore {
    fn new() -> DomainScore {
        DomainScore {
            sport: Cell::new(None),
            music: Cell::new(None),
        }
    }

    fn rich(&self, ctx: &Ctx, domain: &str) -> bool {
        let (slot, bit) = match domain {
            "sport" => (&self.sport, super::lexicon::SPORT_CUE),
            "music" => (&self.music, super::lexicon::MUSIC_CUE),
            _ => return false,
        };
        if let Some(v) = slot.get() {
            return v;
        }
        let mut n = 0;
        for (i, w) in ctx.words.iter().enumerate() {
            if w.has(super::words::LOWER) && ctx.is(i, bit) {
                n += 1;
                if n >= 3 {
                    break;
                }
            }
        }
        slot.set(Some(n >= 3));
        n >= 3
    }
}

fn domain_of<'a>(ctx: &'a Ctx, c: &Candidate) -> Option<&'a str> {
    ctx.gaz.entry(c.entry?).flags.domain.as_deref()
}

/// Lower-case nouns after an ambiguous public body that make it an ordinary compound
/// ("Treasury bonds", "Labour costs"), sorted.
const ORG_COMPOUND: &[&str] = &[
    "bill",
    "bills",
    "bond",
    "bonds",
    "costs",
    "market",
    "markets",
    "notes",
    "prices",
    "securities",
    "yield",
    "yields",
];

/// Evidence for an ambiguous organisation: for a club or band, words of its field in the
/// sentence or throughout the article (and no "in"/"near" before it, which makes it the
/// place); for a party or public body ("Labour", "Treasury"), a capitalised mention that
/// is not at a sentence start (or is its subject) and not an ordinary compound.
fn org_cue(ctx: &Ctx, c: &Candidate, domains: &DomainScore) -> bool {
    let first = &ctx.words[c.first];
    let k = c.last + 1;
    let next_lower = k < ctx.words.len()
        && ctx.spaced(c.last)
        && !ctx.words[c.last].has(POSS)
        && ctx.words[k].has(super::words::LOWER);
    if next_lower && ORG_COMPOUND.binary_search(&ctx.word(k)).is_ok() {
        return false;
    }
    let subject = k < ctx.words.len()
        && (ctx.words[c.last].has(POSS)
            || ctx.spaced(c.last)
                && (SUBJECT_NEXT.binary_search(&ctx.word(k)).is_ok()
                    || matches!(ctx.word(k), "are" | "were" | "have" | "and")));
    let Some(domain) = domain_of(ctx, c) else {
        return !(first.has(SENT_START) && !subject && c.first == c.last);
    };
    // "Sheffield Wednesday", "Aston Villa": a club's full name is evidence by itself.
    if domain == "sport" && c.last > c.first && !ctx.words[c.first].has(SENT_START) {
        return true;
    }
    if c.first > 0
        && ctx.gap(c.first - 1, c.first) == " "
        && matches!(
            ctx.word(c.first - 1),
            "in" | "near" | "outside" | "around" | "of" | "In" | "Near"
        )
    {
        return false;
    }
    // "Blue Gene", "Queen Elizabeth": part of another name; "the Queen" is no band.
    if k < ctx.words.len()
        && ctx.spaced(c.last)
        && !ctx.words[c.last].has(POSS)
        && ctx.words[k].is_name_like()
        && ctx.words[k].in_prose()
        && !ctx.is(k, STOP)
    {
        return false;
    }
    if domain == "music"
        && c.first > 0
        && ctx.spaced(c.first - 1)
        && matches!(ctx.word(c.first - 1), "the" | "The")
    {
        return false;
    }
    let bit = match domain {
        "sport" => super::lexicon::SPORT_CUE,
        "music" => super::lexicon::MUSIC_CUE,
        _ => return false,
    };
    let (lo, hi) = ctx.window(c.first, c.last, 8);
    let near = (lo..hi)
        .filter(|&i| i < c.first || i > c.last)
        .any(|i| ctx.words[i].has(super::words::LOWER) && ctx.is(i, bit));
    near || domains.rich(ctx, domain)
}

/// "Dr Fox", "Mr Ford": a title makes the name a person's.
fn after_title(ctx: &Ctx, c: &Candidate) -> bool {
    c.first > 0 && {
        let gap = ctx.gap(c.first - 1, c.first);
        (gap == " " || gap == ". ") && ctx.is(c.first - 1, TITLE)
    }
}

/// "Windows XP", "Harrison Ford": a capitalised word no other mention covers right before
/// the name makes it part of a longer name; a common word capitalised only because it opens
/// the sentence does not ("Former Tesla executive").
fn inside_longer_name(ctx: &Ctx, c: &Candidate, covered: &[bool]) -> bool {
    c.first > 0 && {
        let p = c.first - 1;
        ctx.spaced(p)
            && !covered[p]
            && ctx.words[p].has(CAP)
            && !ctx.words[p].has(POSS)
            && ctx.words[p].in_prose()
            && !ctx.is(p, STOP | TITLE | ROLE | MONTH)
            && !(ctx.words[p].has(SENT_START) && ctx.common_not_name(p))
    }
}

/// "the Amazon rainforest", "an Apple pie": after an article, a lower-case word that is no
/// verb and no business word makes the name part of an ordinary noun phrase.
fn in_common_compound(ctx: &Ctx, c: &Candidate) -> bool {
    let (p, k) = (c.first.wrapping_sub(1), c.last + 1);
    c.first == c.last
        && c.first > 0
        && k < ctx.words.len()
        && matches!(ctx.word(p), "the" | "a" | "an" | "The" | "A" | "An")
        && ctx.spaced(p)
        && ctx.spaced(c.last)
        && !ctx.words[c.last].has(POSS)
        && ctx.words[k].has(super::words::LOWER)
        && !ctx.is(k, CORPORATE | POSSESSED | MODEL_CUE | VERB_AFTER)
        && SUBJECT_NEXT.binary_search(&ctx.word(k)).is_err()
}

/// Move verbs whose object is the organisation joined or left ("left Apple", "joining
/// Meta"), sorted.
const MOVE_BEFORE: &[&str] = &[
    "depart",
    "departed",
    "departing",
    "departs",
    "join",
    "joined",
    "joining",
    "joins",
    "leave",
    "leaves",
    "leaving",
    "left",
    "quit",
    "quits",
    "quitting",
    "rejoin",
    "rejoined",
    "rejoining",
    "rejoins",
];

/// Lower-case words that follow a company as the subject of its sentence ("Apple has",
/// "Shell said"): at a sentence start the name must be followed by one.
const SUBJECT_NEXT: &[&str] = &[
    "added",
    "agreed",
    "also",
    "announced",
    "appointed",
    "bought",
    "can",
    "could",
    "cut",
    "denied",
    "expects",
    "had",
    "has",
    "have",
    "hired",
    "hopes",
    "is",
    "launched",
    "made",
    "may",
    "might",
    "must",
    "named",
    "needs",
    "now",
    "owns",
    "plans",
    "poached",
    "posted",
    "released",
    "reported",
    "said",
    "says",
    "sold",
    "told",
    "unveiled",
    "wants",
    "was",
    "will",
    "would",
];

/// Nouns after a name that make it the name of a product line ("Aurora language models",
/// "the Orion chatbot"), sorted.
const PRODUCT_NOUNS: &[&str] = &[
    "assistant",
    "assistants",
    "chatbot",
    "chatbots",
    "family",
    "language",
    "llm",
    "llms",
    "model",
    "models",
    "range",
    "series",
];

/// True when a one-word company candidate is followed by a product noun.
fn names_product(ctx: &Ctx, c: &Candidate) -> bool {
    let k = c.last + 1;
    c.first == c.last
        && k < ctx.words.len()
        && !ctx.words[c.last].has(POSS)
        && ctx.spaced(c.last)
        && ctx.words[k].has(super::words::LOWER)
        && PRODUCT_NOUNS.binary_search(&ctx.word(k)).is_ok()
}

/// "Claude Monet", "Gemini Ganesan": a capitalised word right after the model name.
fn followed_by_name(ctx: &Ctx, c: &Candidate) -> bool {
    let k = c.last + 1;
    k < ctx.words.len()
        && !ctx.words[c.last].has(POSS)
        && ctx.spaced(c.last)
        && ctx.words[k].is_name_like()
        && !ctx.words[k].has(HEAD_TITLE)
        && !ctx.is(k, STOP)
}

/// The accepted candidates at most 40 words from `c` (bounded work however long the text).
fn nearby<'c>(
    ctx: &Ctx,
    all: &'c [Candidate],
    c: &Candidate,
) -> impl Iterator<Item = &'c Candidate> {
    let lo = c.first.saturating_sub(40);
    let hi = (c.last + 41).min(ctx.words.len());
    let a = all.partition_point(|o| o.first < lo);
    let b = all.partition_point(|o| o.first < hi);
    all[a..b.max(a)].iter().filter(|o| accepted(o))
}

/// The canonical name of the maker of a model candidate.
fn maker_of<'a>(ctx: &'a Ctx, c: &Candidate) -> Option<&'a str> {
    ctx.gaz.entry(c.entry?).flags.maker.as_deref()
}

fn cue(ctx: &Ctx, c: &Candidate, all: &[Candidate], with_others: bool) -> bool {
    let first = &ctx.words[c.first];
    // A multi-word form mid-sentence ("by The Information"), or one with a distinctive word
    // ("Meta Platforms"), is evidence by itself for companies and people.
    // A name that reads as a person's ("Howard Hughes", "Laura Ashley") is no evidence.
    if c.kind != EntityType::Model && c.last > c.first && !ctx.is(c.first, FIRST) {
        let distinctive = (c.first..=c.last).any(|k| !ctx.is(k, COMMON | STOP));
        if !first.has(SENT_START) || distinctive {
            return true;
        }
    }
    if ctx.ticker_after(ctx.words[c.last].full_end()) {
        return true;
    }
    // Context words: the sentence, at most eight words either side.
    let (lo, hi) = ctx.window(c.first, c.last, 8);
    let others = (lo..hi).filter(|&k| k < c.first || k > c.last);
    match c.kind {
        EntityType::Company | EntityType::Org => {
            // "the company's Aurora language models": a name before a product noun names a
            // product line, whatever corporate words surround it.
            if names_product(ctx, c) {
                return false;
            }
            let prev_cue = c.first > 0
                && ctx.gap(c.first - 1, c.first) == " "
                && ctx.is(c.first - 1, CUE_BEFORE);
            let possessed = ctx.words[c.last].has(POSS)
                && c.last + 1 < ctx.words.len()
                && ctx.is(c.last + 1, POSSESSED);
            // "left Apple", "is joining Meta", "to depart Amazon": the object of a move.
            // The name must end its noun phrase: "left Apple pie" is no move.
            let next = c.last + 1;
            let phrase_ends = next >= ctx.words.len()
                || !ctx.spaced(c.last)
                || !ctx.words[next].has(super::words::LOWER)
                || matches!(
                    ctx.word(next),
                    "after"
                        | "and"
                        | "as"
                        | "at"
                        | "for"
                        | "in"
                        | "last"
                        | "next"
                        | "on"
                        | "since"
                        | "this"
                        | "to"
                        | "when"
                        | "with"
                );
            let moved_from_or_to = c.first > 0
                && phrase_ends
                && ctx.gap(c.first - 1, c.first) == " "
                && MOVE_BEFORE.binary_search(&ctx.word(c.first - 1)).is_ok();
            // "Amazon hired the former Alexa scientist", "Apple named Jo Roe": the subject
            // of a hiring ("named after the river" is no hiring).
            let k = c.last + 1;
            let hires = k + 1 < ctx.words.len()
                && ctx.spaced(c.last)
                && matches!(ctx.word(k), "hired" | "appointed" | "poached" | "named")
                && (ctx.words[k + 1].is_name_like()
                    || matches!(ctx.word(k + 1), "the" | "a" | "an" | "its" | "former"));
            if prev_cue || possessed || moved_from_or_to || hires {
                return true;
            }
            if with_others {
                let canonical = ctx.canonical(c);
                let s = first.sentence;
                let helped = nearby(ctx, all, c).any(|o| {
                    // Another company nearby ("Apple and Amazon", "Shell, BP and Total").
                    (o.kind == EntityType::Company && o.first >= lo && o.first < hi && o.first != c.first)
                    // The maker of a model in the sentence ("Meta's Llama 3.1 405B").
                        || (o.kind == EntityType::Model
                            && ctx.words[o.first].sentence == s
                            && maker_of(ctx, o) == Some(canonical))
                });
                if helped {
                    return true;
                }
            }
            // At a sentence start capitalisation says nothing: "Total sales rose" is no
            // company, "Total said" may be.
            if first.has(SENT_START) && c.first == c.last {
                let k = c.last + 1;
                let subject = k < ctx.words.len()
                    && (ctx.words[c.last].has(POSS)
                        || ctx.spaced(c.last)
                            && (SUBJECT_NEXT.binary_search(&ctx.word(k)).is_ok()
                                || ctx.is(k, POSSESSED)));
                if !subject {
                    return false;
                }
            }
            others.into_iter().any(|k| ctx.is(k, CORPORATE))
        }
        EntityType::Model => {
            if others.clone().any(|k| ctx.is(k, MODEL_CUE)) {
                return true;
            }
            if !with_others {
                return false;
            }
            let s = ctx.words[c.first].sentence;
            let maker = maker_of(ctx, c);
            nearby(ctx, all, c).any(|o| {
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
            k < ctx.words.len() && ctx.spaced(c.last) && ctx.is(k, VERB_AFTER)
        }
    }
}

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn binary_searched_lists_are_sorted() {
        for l in [
            super::MOVE_BEFORE,
            super::SUBJECT_NEXT,
            super::PRODUCT_NOUNS,
            super::ORG_COMPOUND,
        ] {
            assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
        }
    }
}
