//! People no list holds: capitalised name sequences with an anchor.
//!
//! A run of name words ("Amara Okafor", "Jean-Luc van der Berg", "Sean O'Neil Jr") is a
//! person when one of these holds:
//!
//! - a title or role stands right before it ("Dr. Amara Okafor", "CEO Sundar Pichai",
//!   "researcher Jacob Devlin", "its chief executive, Jane Roe"); a title alone makes even a
//!   single word a person ("Mr. Devlin", resolved later to the full name);
//! - its first word is a known first name (an ambiguous one such as "Will" or "May" also needs
//!   a known surname or another anchor);
//! - a speech or move verb follows or precedes it ("Okafor Adeyemi said", "said Jane Roe"),
//!   or an appositive role follows ("Jane Roe, the chief executive").
//!
//! A sentence-initial common word is never a first name on its own ("Will", "Reports").

use super::lexicon::{
    self, COMMON, FIRST, FIRST_AMBIGUOUS, MONTH, PARTICLE, PLACE, ROLE, SUFFIX, SURNAME,
    SURNAME_AMBIGUOUS, TITLE, VERB_AFTER, VERB_BEFORE,
};
use super::words::{DOT, HYPHEN, POSS, SENT_START};
use super::{Candidate, Canon, Ctx, name_word};
use crate::document::{EntitySource, EntityType};

/// A run of name words: first and last word, number of name words (particles excluded).
struct Run {
    a: usize,
    b: usize,
    names: usize,
}

fn run_at(ctx: &Ctx, taken: &[bool], i: usize) -> Option<Run> {
    let n = ctx.words.len();
    if taken[i] || !name_word(ctx, i) || ctx.is(i, TITLE | ROLE) {
        return None;
    }
    let mut run = Run {
        a: i,
        b: i,
        names: 1,
    };
    while run.names < 5 {
        let prev = ctx.words[run.b];
        if prev.has(POSS) {
            break;
        }
        let k = run.b + 1;
        if k >= n || taken[k] {
            break;
        }
        let gap = ctx.gap(run.b, k);
        let joined = gap == " " || (prev.is_initial() && prev.has(DOT) && gap == ". ");
        if !joined {
            break;
        }
        let bits = ctx.bits(k);
        // A title inside a run introduces the next name ("... Mr Macklin"), but a title word
        // at the end of one is a surname ("Carole King said").
        let title_of_next =
            bits & TITLE != 0 && k + 1 < n && ctx.spaced(k) && ctx.words[k + 1].is_name_like();
        if title_of_next {
            break;
        }
        if name_word(ctx, k) && bits & ROLE == 0 {
            run.b = k;
            run.names += 1;
        } else if bits & SUFFIX != 0 {
            run.b = k;
        } else if bits & PARTICLE != 0
            && ctx.words[k].has(super::words::LOWER)
            && k + 1 < n
            && !taken[k + 1]
            && ctx.spaced(k)
            && name_word(ctx, k + 1)
        {
            run.b = k + 1;
            run.names += 1;
        } else {
            break;
        }
    }
    // A trailing initial is not part of the name ("Jane R." at a sentence end).
    if run.names > 1 && ctx.words[run.b].is_initial() {
        run.b -= 1;
        run.names -= 1;
    }
    Some(run)
}

/// The last word of a run that is a surname (a generational suffix skipped).
fn surname_word(ctx: &Ctx, run: &Run) -> usize {
    if run.b > run.a && ctx.is(run.b, SUFFIX) {
        run.b - 1
    } else {
        run.b
    }
}

/// How the word before the run anchors it.
#[derive(PartialEq)]
enum Before {
    None,
    /// An honorific or title ("Dr", "Prime Minister").
    Title,
    /// A role ("chief executive", "researcher") or a speech verb ("said").
    Role,
}

fn before(ctx: &Ctx, a: usize) -> Before {
    if a == 0 {
        return Before::None;
    }
    let p = a - 1;
    let bits = ctx.bits(p);
    let gap = ctx.gap(p, a);
    let pw = ctx.words[p];
    if bits & TITLE != 0 && (gap == " " || (pw.has(DOT) && gap == ". ")) && !pw.has(POSS) {
        return Before::Title;
    }
    if (gap == " " || gap == ", ")
        && !pw.has(POSS)
        && (bits & ROLE != 0 || (gap == " " && bits & VERB_BEFORE != 0))
    {
        return Before::Role;
    }
    Before::None
}

/// A verb or appositive role after the run ("Okafor said", "Jane Roe, its chief executive").
fn anchored_after(ctx: &Ctx, run: &Run) -> bool {
    let k = run.b + 1;
    if k >= ctx.words.len() || ctx.words[run.b].has(POSS) {
        return false;
    }
    let gap = ctx.gap(run.b, k);
    if gap == " " && ctx.is(k, VERB_AFTER) {
        return true;
    }
    if gap != ", " {
        return false;
    }
    let mut j = k;
    if matches!(
        ctx.word(j),
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
    ) || (ctx.words[j].has(POSS) && ctx.words[j].is_name_like())
    {
        j += 1;
    }
    // Skip one modifier ("former", "senior").
    for _ in 0..2 {
        if j < ctx.words.len() && ctx.is(j, ROLE) {
            return true;
        }
        j += 1;
    }
    false
}

/// Proposes pattern persons. `taken` marks words already covered by dictionary names.
pub(crate) fn find(ctx: &Ctx, taken: &[bool], out: &mut Vec<Candidate>) {
    let n = ctx.words.len();
    let mut i = 0;
    while i < n {
        let Some(run) = run_at(ctx, taken, i) else {
            i += 1;
            continue;
        };
        if judge(ctx, &run) {
            out.push(Candidate {
                start: ctx.words[run.a].start,
                end: ctx.words[run.b].end,
                kind: EntityType::Person,
                canon: Canon::Text(ctx.name_text(run.a, run.b)),
                source: EntitySource::Pattern,
                ambiguous: false,
                evidence: true,
                first: run.a,
                last: run.b,
            });
            i = run.b + 1;
        } else {
            i += 1;
        }
    }
}

fn judge(ctx: &Ctx, run: &Run) -> bool {
    let first = ctx.bits(run.a);
    let before = before(ctx, run.a);
    if run.names == 1 {
        // "Mr. Devlin", "Dr Okafor": a title makes a single word a person, unless the word is
        // a common word or a month ("General Trust", "Judge March").
        return before == Before::Title
            && (first & COMMON == 0 || first & SURNAME != 0)
            && first & MONTH == 0;
    }
    let surname = ctx.bits(surname_word(ctx, run));
    // Every later word must read as a name, not as a common word ("Mark Reports").
    let plain_words = (run.a + 1..=run.b).all(|k| {
        ctx.is(k, PARTICLE | SUFFIX) || ctx.words[k].is_initial() || !ctx.common_not_name(k)
    });
    if before != Before::None {
        return plain_words || before == Before::Title;
    }
    if !plain_words {
        return false;
    }
    let sentence_start = ctx.words[run.a].has(SENT_START);
    let first_common = first & COMMON != 0;
    let mut first_name = first & (FIRST | FIRST_AMBIGUOUS);
    if first_name == 0 && ctx.words[run.a].has(HYPHEN) {
        // "Jean-Luc", "Mary-Jane": the first part.
        let t = ctx.word(run.a);
        let part = t.split(['-', '‐']).next().unwrap_or(t);
        first_name = lexicon::classify(ctx.gaz, part) & (FIRST | FIRST_AMBIGUOUS);
    }
    let weak_first = first & (PLACE | MONTH) != 0 || first_name & FIRST_AMBIGUOUS != 0;
    let known_surname = surname & (SURNAME | SURNAME_AMBIGUOUS) == SURNAME;
    let after = anchored_after(ctx, run);
    if first_name & FIRST != 0 {
        if !(weak_first || sentence_start && first_common) {
            return true;
        }
        return after || known_surname;
    }
    // "Commons Oliver Heald said": the name starts at the first name, on a later run.
    let later_first = ctx.bits(run.a + 1) & (FIRST | FIRST_AMBIGUOUS) == FIRST;
    after && !first_common && !weak_first && !later_first && run.names <= 3
}
