//! Career histories, as sports and business profiles write them: "began his managerial career
//! as player-boss with Swindon", "before moving on to Chelsea", "moved from Acme to Initech".
//! Each stated step is a move (GUIDELINES: historical moves with a move predicate count).

use crate::document::{EntityType, Event, EventType, Span};

use super::context::Context;
use super::mover::{self, Mover, Subject};
use super::polarity;
use super::roles::role_at;

/// The cheap first test of [`find`] on token `tok`: "career" or a form of "move" may start
/// there (lower-case, 4 to 6 bytes).
pub(super) fn may_start(text: &[u8], tok: &crate::Token) -> bool {
    let first = text.get(tok.start).copied();
    matches!(first, Some(b'c' | b'm')) && (4..=6).contains(&(tok.end - tok.start))
}

/// "began|started [his|her] [ADJ] career [as ROLE] with|at ORG" at the "career" token `t`:
/// the verb's token, the role and the organisation.
fn career_start<'a>(
    ctx: &Context<'a>,
    t: usize,
    lo: usize,
    hi: usize,
) -> Option<(usize, Option<&'a str>, &'a str)> {
    let mut v = t.checked_sub(1)?;
    // "his managerial career", "her professional playing career".
    let mut skipped = 0;
    while v > lo && skipped < 3 && ctx.lower(v) && !is_start_verb(ctx.word(v)) {
        let w = ctx.word(v);
        let modifier =
            matches!(w, "his" | "her" | "their") || w.ends_with("al") || w.ends_with("ing");
        if !modifier {
            return None;
        }
        v -= 1;
        skipped += 1;
    }
    if !is_start_verb(ctx.word(v)) {
        return None;
    }
    let mut k = t + 1;
    let mut role = None;
    if ctx.is(k, "as") {
        let r = if matches!(ctx.word(k + 1), "a" | "an" | "the") {
            k + 2
        } else {
            k + 1
        };
        let (rs, re) = role_at(ctx, r, hi)?;
        role = Some(ctx.span_text(rs, re));
        k = re;
    }
    if !(ctx.is(k, "with") || ctx.is(k, "at")) {
        return None;
    }
    let at = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
    let (org, _) = ctx.org_name_at(at)?;
    Some((v, role, org))
}

fn is_start_verb(w: &str) -> bool {
    matches!(
        w,
        "began" | "begun" | "begin" | "begins" | "beginning" | "started" | "start" | "starts"
    )
}

/// "moved [on] [from ORG] to ORG", "moving on to ORG" at the "move" token `t`: the
/// organisation left (when named) and the one joined.
fn moving_to<'a>(ctx: &Context<'a>, t: usize, hi: usize) -> Option<(Option<&'a str>, &'a str)> {
    // The verb, not the noun of "rejected a move to Acme".
    let verb = match ctx.word(t) {
        "moved" | "moving" => !(t > 0 && ctx.has(t - 1, super::lexicon::class::DET)),
        "move" => {
            t > 0
                && matches!(
                    ctx.word(t - 1),
                    "to" | "will" | "would" | "could" | "may" | "might" | "did" | "not" | "n't"
                )
        }
        _ => false,
    };
    if !verb {
        return None;
    }
    let mut k = t + 1;
    if ctx.is(k, "on") {
        k += 1;
    }
    let mut left = None;
    if ctx.is(k, "from") {
        let at = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
        let (org, end) = ctx.org_name_at(at)?;
        left = Some(org);
        k = end;
    }
    if !ctx.is(k, "to") || k + 1 >= hi {
        return None;
    }
    let at = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
    let (org, end) = ctx.org_name_at(at)?;
    // "moved to Acme's London office" is still Acme; "moved to Acme shares" is no post.
    if ctx.lower(end) && !ctx.has(end, super::lexicon::class::FOLLOW) && !ctx.possessive(end - 1) {
        return None;
    }
    Some((left, org))
}

/// Career steps in the article, in text order (none has a guessed organisation).
pub(crate) fn find(ctx: &Context<'_>) -> Vec<(Event, bool)> {
    let mut out = Vec::new();
    let mut si = 0;
    // The sentence, person and organisation of the last career step: "began with Swindon
    // before moving on to Chelsea" leaves Swindon.
    let mut last: Option<(usize, &str, &str)> = None;
    for (t, tok) in ctx.starts(super::starts::CAREER) {
        if !may_start(ctx.text.as_bytes(), tok) {
            continue;
        }
        let w = ctx.word(t);
        if !(w == "career" || w.starts_with("mov")) {
            continue;
        }
        let Some(sentence) = ctx.sentence_at(&mut si, tok.start) else {
            continue;
        };
        let (lo, hi) = ctx.sentence_tokens(sentence);
        // (verb token, role, left, joined)
        let step = if w == "career" {
            career_start(ctx, t, lo, hi).map(|(v, role, org)| (v, role, None, org))
        } else {
            moving_to(ctx, t, hi).map(|(left, org)| (t, None, left, org))
        };
        let Some((v, role, left, joined)) = step else {
            continue;
        };
        // The subject the usual way: a name, a pronoun, "before moving" -> the clause's
        // subject. A company moving is no personnel move.
        let (subject, chain, at) = mover::subject(ctx, v, lo, si, None);
        let Subject::Mover(Mover::Person { name, .. }) = subject else {
            continue;
        };
        if ctx.entity_of(v, EntityType::Person).is_some() {
            continue;
        }
        let pol = polarity::polarity(ctx, v, chain, at.filter(|&s| s < v), lo, hi);
        let sentence = Span::new(sentence.start, sentence.end);
        let event = |kind, org: &str, role: Option<&str>| Event {
            kind,
            trigger: ctx.word(v).to_string(),
            person: name.to_string(),
            group: false,
            org: Some(org.to_string()),
            role: role.map(str::to_string),
            polarity: pol,
            sentence,
            ..super::blank()
        };
        let left = left.or_else(|| {
            last.filter(|&(s, p, _)| s == si && p == name && w != "career")
                .map(|(_, _, o)| o)
        });
        if let Some(l) = left.filter(|&l| l != joined) {
            out.push((event(EventType::Leave, l, None), false));
        }
        out.push((event(EventType::Join, joined, role), false));
        last = Some((si, name, joined));
    }
    out
}
