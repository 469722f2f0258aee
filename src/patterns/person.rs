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

use super::lexicon;
use super::words::{DOT, POSS, SENT_START};
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
    if taken[i]
        || !name_word(ctx, i)
        || lexicon::is_title(ctx.word(i))
        || lexicon::is_role(ctx.word(i))
    {
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
        let t = ctx.word(k);
        if name_word(ctx, k) && !lexicon::is_role(t) {
            run.b = k;
            run.names += 1;
        } else if lexicon::is_name_suffix(t) {
            run.b = k;
        } else if lexicon::is_particle(t)
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
    if run.b > run.a && lexicon::is_name_suffix(ctx.word(run.b)) {
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
    let t = ctx.word(p);
    let gap = ctx.gap(p, a);
    let pw = ctx.words[p];
    if lexicon::is_title(t) && (gap == " " || (pw.has(DOT) && gap == ". ")) && !pw.has(POSS) {
        return Before::Title;
    }
    if (gap == " " || gap == ", ")
        && !pw.has(POSS)
        && (lexicon::is_role(t) || (gap == " " && lexicon::is_person_verb_before(t)))
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
    if gap == " " && lexicon::is_person_verb_after(ctx.word(k)) {
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
        if j < ctx.words.len() && lexicon::is_role(ctx.word(j)) {
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
    let gaz = ctx.gaz;
    let first = ctx.word(run.a);
    let before = before(ctx, run.a);
    if run.names == 1 {
        // "Mr. Devlin", "Dr Okafor": a title makes a single word a person.
        return before == Before::Title;
    }
    let last = surname_word(ctx, run);
    let surname = gaz.surname(ctx.word(last));
    // Every later word must read as a name, not as a common word ("Mark Reports").
    let plain_words = (run.a + 1..=run.b).all(|k| {
        let t = ctx.word(k);
        lexicon::is_particle(t)
            || lexicon::is_name_suffix(t)
            || ctx.words[k].is_initial()
            || !gaz.is_common_word(t)
            || gaz.surname(t).is_some()
            || gaz.first_name(t).is_some()
    });
    if before != Before::None {
        return plain_words || before == Before::Title;
    }
    if !plain_words {
        return false;
    }
    let sentence_start = ctx.words[run.a].has(SENT_START);
    let first_common = gaz.is_common_word(first);
    let first_name = gaz.first_name(first).or_else(|| {
        first
            .split(['-', '‐'])
            .next()
            .and_then(|p| gaz.first_name(p))
    });
    let after = anchored_after(ctx, run);
    match first_name {
        Some(f) if !(f.ambiguous || sentence_start && first_common) => true,
        Some(_) => after || surname.is_some_and(|s| !s.ambiguous),
        None => after && !first_common && run.names <= 3,
    }
}
