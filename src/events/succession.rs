//! Succession: "Jane Doe will succeed Tom Reyes as chief executive", "Reyes is to be replaced
//! by Doe", "replacing Tom Reyes". The incoming person JOINs, the outgoing one LEAVEs
//! (GUIDELINES: the subject of succeed/replace joins, its object leaves).

use crate::document::{EntityType, Event, EventType, Span};
use crate::names::Gender;

use super::context::Context;
use super::polarity;
use super::roles::role_at;

/// The forms of "succeed" and "replace".
pub(super) const SUCCESSION_WORDS: [&str; 8] = [
    "succeed",
    "succeeds",
    "succeeded",
    "succeeding",
    "replace",
    "replaces",
    "replaced",
    "replacing",
];

/// True for a form of "succeed" or "replace".
pub(super) fn is_succession(w: &str) -> bool {
    SUCCESSION_WORDS.contains(&w)
}

/// The cheap first test of [`find`] on token `tok`: "over" or a lower-case form of
/// "succeed"/"replace" may start there (from its first byte and length).
pub(super) fn may_start(text: &[u8], tok: &crate::Token) -> bool {
    let len = tok.end - tok.start;
    match text.get(tok.start) {
        Some(b'o') => len == 4,
        Some(b's' | b'r') => (7..=10).contains(&len),
        _ => false,
    }
}

/// The canonical name of the person entity covering token `i`.
pub(crate) fn person_at<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    ctx.entity_of(i, EntityType::Person)
        .map(|(_, e)| e.canonical.as_str())
}

/// The first person named in the few words after `from` (before `hi`), skipping a courtesy
/// title and descriptive words ("the previous High Commissioner, Ann Grant").
pub(crate) fn object_after<'a>(
    ctx: &Context<'a>,
    from: usize,
    hi: usize,
) -> Option<(&'a str, usize)> {
    let mut k = from;
    while k < hi && k < from + 6 {
        if let Some(p) = person_at(ctx, k) {
            return Some((p, ctx.entity_after(k)));
        }
        let w = ctx.word(k);
        if w == "." || w == ";" || ctx.has(k, super::lexicon::class::TRIGGER) {
            return None;
        }
        // Only "the/a ... ," descriptions and titles: not "replace the ageing fleet".
        // "of its chairman, Sir Phil Watts", "of former Liverpool team-mate Mark Wright".
        let opener = k == from
            && (ctx.is(k, "the")
                || ctx.is(k, "mr")
                || ctx.is(k, "ms")
                || ctx.is(k, "its")
                || ctx.is(k, "his")
                || ctx.is(k, "her")
                || ctx.is(k, "their"));
        let modifier = ctx.has(k, super::lexicon::class::FORMER)
            || (ctx.lower(k) && w.contains('-') && !ctx.has(k, super::lexicon::class::TRIGGER));
        let allowed = opener
            || modifier
            || super::context::is_title(w)
            || super::roles::is_role_word(ctx, k)
            || w == ","
            || w.starts_with(|c: char| c.is_uppercase())
            || ctx.is(k, "previous");
        if !allowed {
            return None;
        }
        k += 1;
    }
    None
}

/// The nearest person before `t` in the sentence (from `lo`), or the referent of a "he"/"she"
/// subject. Returns the person and the token where it was found.
pub(crate) fn subject_before<'a>(
    ctx: &Context<'a>,
    t: usize,
    lo: usize,
    si: usize,
) -> Option<(&'a str, usize)> {
    // "Collins, who worked with the British teams at two Olympics, takes over from": the
    // person before an appositive or relative clause that ends right before the verb.
    let mut j = t;
    while j > lo && ctx.has(j - 1, super::lexicon::class::AUX) && ctx.lower(j - 1) {
        j -= 1;
    }
    if j > lo + 2 && ctx.word(j - 1) == "," {
        let mut c = j - 2;
        while c > lo && c + 30 > j {
            if ctx.is_hard_stop(c) {
                break;
            }
            if ctx.word(c) == "," {
                if let Some(p) = person_at(ctx, c - 1) {
                    return Some((p, c - 1));
                }
                break;
            }
            c -= 1;
        }
    }
    let mut k = t;
    while k > lo && t - k < 12 {
        k -= 1;
        if let Some(p) = person_at(ctx, k) {
            return Some((p, k));
        }
        let w = ctx.word(k);
        if w == ";" || (ctx.has(k, super::lexicon::class::TRIGGER) && ctx.lower(k)) {
            return None;
        }
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            let g = if w.eq_ignore_ascii_case("he") {
                Gender::Male
            } else {
                Gender::Female
            };
            return ctx
                .previous_person(k, si, g)
                .map(|(_, e)| (e.canonical.as_str(), k));
        }
    }
    None
}

/// "John Smith has been elected chief executive, succeeding Robert Jones": a participle after
/// a comma hangs off the clause before it, whose mover is the first person named in the
/// sentence outside a prepositional phrase.
/// Also "Jones retired as chairman and was succeeded by Smith": a verb coordinated with
/// "and" shares the clause's subject.
fn participle_subject<'a>(ctx: &Context<'a>, t: usize, lo: usize) -> Option<(&'a str, usize)> {
    let mut j = t;
    while j > lo && ctx.has(j - 1, super::lexicon::class::AUX) && ctx.lower(j - 1) {
        j -= 1;
    }
    let participle = ctx.word(t).ends_with("ing") && t > lo && ctx.word(t - 1) == ",";
    let coordinated = j < t && j > lo && ctx.is(j - 1, "and");
    if !(participle || coordinated) {
        return None;
    }
    let mut k = lo;
    while k < t {
        if ctx.word(k) == ";" {
            return None;
        }
        if let Some(p) = person_at(ctx, k) {
            let after_preposition = k > lo
                && matches!(
                    ctx.word(ctx.entity_first(k).saturating_sub(1)),
                    "by" | "of" | "with" | "to" | "from" | "at" | "for"
                );
            if !after_preposition {
                return Some((p, k));
            }
            k = ctx.entity_after(k);
            continue;
        }
        k += 1;
    }
    None
}

/// Succession events in the article, in text order, each with whether its organisation was
/// only guessed from the context (its own words name none).
pub(crate) fn find(ctx: &Context<'_>) -> Vec<(Event, bool)> {
    let mut out = Vec::new();
    let mut si = 0;
    for (t, tok) in ctx.starts(super::starts::SUCCESSION) {
        if !may_start(ctx.text.as_bytes(), tok) {
            continue;
        }
        let w = ctx.word(t);
        // "took over from Max Jones": the subject succeeds the object.
        let over_from = w == "over"
            && ctx.is(t + 1, "from")
            && t >= 1
            && matches!(
                ctx.word(t - 1),
                "take" | "takes" | "took" | "taken" | "taking"
            );
        if !over_from && (!ctx.lower(t) || !is_succession(w)) {
            continue;
        }
        let t = if over_from { t - 1 } else { t };
        let obj = if over_from { t + 3 } else { t + 1 };
        let Some(sentence) = ctx.sentence_at(&mut si, tok.start) else {
            continue;
        };
        let (lo, hi) = ctx.sentence_tokens(sentence);
        // Passive: "Reyes is to be replaced by Doe" / "was succeeded by".
        let passive = t >= 1
            && (ctx.is(t - 1, "be")
                || ctx.is(t - 1, "been")
                || ctx.is(t - 1, "was")
                || ctx.is(t - 1, "is")
                || ctx.is(t - 1, "being"));
        // "was succeeded by Doe", "will be succeeded as chairman by Doe": the token of "by".
        let by = if ctx.is(t + 1, "by") {
            Some(t + 1)
        } else if ctx.is(t + 1, "as") {
            role_at(ctx, t + 2, hi)
                .map(|(_, re)| re)
                .filter(|&re| ctx.is(re, "by"))
        } else {
            // "would be replaced on an interim basis by Doe", "replaced temporarily by":
            // a few lower-case words between.
            (t + 2..(t + 7).min(hi))
                .take_while(|&k| ctx.lower(k) && ctx.entity(k).is_none())
                .find(|&k| ctx.is(k, "by"))
        };
        let passive = passive && by.is_some();
        let by = by.unwrap_or(t + 1);
        let (incoming, outgoing, end, subj_tok) = if passive {
            let Some((out_p, s)) =
                subject_before(ctx, t, lo, si).or_else(|| participle_subject(ctx, t, lo))
            else {
                continue;
            };
            let Some((in_p, end)) = object_after(ctx, by + 1, hi) else {
                continue;
            };
            (in_p, out_p, end, s)
        } else {
            let Some((out_p, end)) = object_after(ctx, obj, hi) else {
                continue;
            };
            let Some((in_p, s)) =
                subject_before(ctx, t, lo, si).or_else(|| participle_subject(ctx, t, lo))
            else {
                continue;
            };
            (in_p, out_p, end, s)
        };
        if incoming == outgoing {
            continue;
        }
        // "as ROLE [of|at ORG]" after the names.
        let mut role = None;
        let mut org = None;
        // "succeed the previous High Commissioner, Ann Grant": the title before the name.
        let obj_from = if passive { t + 1 } else { obj };
        for j in obj_from..end {
            if ctx.entity(j).is_some() {
                break;
            }
            if let Some((rs, re)) = role_at(ctx, j, end) {
                role = Some(ctx.span_text(rs, re));
                break;
            }
        }
        // "joined Southampton, where he succeeded Jones": the place the relative clause hangs on.
        let first = subj_tok.min(t);
        if let Some(w) = (lo + 2..first).rev().take(3).find(|&w| ctx.is(w, "where")) {
            if ctx.word(w - 1) == "," {
                let mut s = w - 1;
                while s > lo && ctx.org_name_at(s - 1).is_none() && s + 4 > w {
                    s -= 1;
                }
                if let Some((c, after)) = s.checked_sub(1).and_then(|b| ctx.org_name_at(b)) {
                    if after == w - 1 {
                        org = Some(c);
                    }
                }
            }
        }
        let k = end;
        if org.is_none() && ctx.is(k, "as") {
            let r = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
            let r = match ctx.org_name_at(r) {
                Some((c, after)) => {
                    org = Some(c);
                    after
                }
                None => r,
            };
            if let Some((rs, re)) = role_at(ctx, r, hi) {
                role = role.or(Some(ctx.span_text(rs, re)));
                if ctx.is(re, "of") || ctx.is(re, "at") {
                    let at = if ctx.is(re + 1, "the") {
                        re + 2
                    } else {
                        re + 1
                    };
                    if let Some((c, _)) = ctx.org_name_at(at) {
                        org = Some(c);
                    }
                }
            }
        }
        // "at the head of Renault", "at Acme": an organisation a few words on.
        if org.is_none() {
            let mut prep = false;
            for j in end..(end + 8).min(hi) {
                if let Some((c, _)) = ctx.org_name_at(j) {
                    if prep {
                        org = Some(c);
                    }
                    break;
                }
                if ctx.word(j) == "," || ctx.has(j, super::lexicon::class::TRIGGER) {
                    break;
                }
                prep |= ctx.is(j, "at") || ctx.is(j, "of") || ctx.is(j, "as");
            }
        }
        let guessed = org.is_none();
        let org = org
            .or_else(|| ctx.topic_company(tok.start, si, 4))
            .or_else(|| ctx.article_org(tok.start, si));
        // A player replacing another in a team ("replacing Leamy on the wing") names no post
        // and no organisation: only a succession with one of them is a move.
        if (org.is_none() && role.is_none()) || role.is_some_and(|r| r.contains("number")) {
            continue;
        }
        // A team selection: "O'Connor replacing Leamy on the wing", "the only change to the
        // Ireland side", "to replace Thomas at full-back".
        const LINE_UP: &[&str] = &[
            "wing",
            "full-back",
            "fly-half",
            "scrum-half",
            "flanker",
            "centre",
            "prop",
            "hooker",
            "lock",
            "striker",
            "midfield",
            "midfielder",
            "defender",
            "goalkeeper",
            "line-up",
            "lineup",
            "side",
            "bench",
            "squad",
            "changes",
            "change",
            "berth",
            "injured",
            "injury",
        ];
        if role.is_none() && (lo..hi).any(|k| LINE_UP.iter().any(|w| ctx.is(k, w))) {
            continue;
        }
        let pol = polarity::polarity(ctx, t, t, Some(subj_tok).filter(|&s| s < t), lo, hi);
        let span = Span::new(sentence.start, sentence.end);
        for (kind, person) in [(EventType::Join, incoming), (EventType::Leave, outgoing)] {
            out.push((
                Event {
                    kind,
                    trigger: w.to_string(),
                    person: person.to_string(),
                    group: false,
                    org: org.map(str::to_string),
                    role: role.map(str::to_string),
                    polarity: pol,
                    sentence: span,
                    ..super::blank()
                },
                guessed,
            ));
        }
    }
    out
}
