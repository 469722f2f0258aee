//! "X will be joined on the board by Y and Z", "He was joined in the new venture by Y": the
//! persons after "by" join the organisation of the board or venture (the one named before
//! the verb in the sentence, else the one the text is about there).

use crate::document::{EntityType, Event, EventType, Span};

use super::context::Context;
use super::lexicon::class;
use super::polarity;
use super::succession::subject_before;

/// Words that make "joined ... by" a post rather than company on a stage or at dinner.
fn is_body(w: &str) -> bool {
    matches!(
        w,
        "board" | "venture" | "party" | "firm" | "company" | "team" | "club" | "cabinet"
    )
}

/// The cheap first test of [`find`] on token `tok`: it is "joined".
pub(super) fn may_start(text: &[u8], tok: &crate::Token) -> bool {
    text.get(tok.start..tok.end) == Some(b"joined".as_slice())
}

/// The persons named after "by" at token `by`: "by former finance director Ann Bell and
/// lawyer Bo Chan", "by one of the two members, Cy Dow". Possessives ("Bates' lawyer") are
/// descriptions, not joiners.
fn joiners<'a>(ctx: &Context<'a>, by: usize, hi: usize) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    let mut k = by + 1;
    let mut since = 0;
    while k < hi && since < 12 && out.len() < 4 {
        if ctx.is_hard_stop(k) || (ctx.has(k, class::TRIGGER | class::REL) && ctx.lower(k)) {
            break;
        }
        if let Some((_, e)) = ctx.entity_of(k, EntityType::Person) {
            let end = ctx.entity_after(k);
            if !ctx.possessive(end - 1) && !out.contains(&e.canonical.as_str()) {
                out.push(e.canonical.as_str());
                since = 0;
                // Only "and" or a comma goes on to another joiner.
                if !(ctx.is(end, "and") || ctx.word(end) == ",") {
                    break;
                }
            }
            k = end;
            continue;
        }
        k += 1;
        since += 1;
    }
    out
}

/// "joined by" moves in the article, in text order, each with whether its organisation was
/// only guessed from the context.
pub(crate) fn find(ctx: &Context<'_>) -> Vec<(Event, bool)> {
    let mut out = Vec::new();
    let mut si = 0;
    for (t, tok) in ctx.starts(super::starts::JOINED_BY) {
        if !may_start(ctx.text.as_bytes(), tok) || t == 0 || !ctx.has(t - 1, class::BE) {
            continue;
        }
        let Some(sentence) = ctx.sentence_at(&mut si, tok.start) else {
            continue;
        };
        let (lo, hi) = ctx.sentence_tokens(sentence);
        let Some(by) = (t + 1..(t + 7).min(hi)).find(|&k| ctx.is(k, "by")) else {
            continue;
        };
        let body = (t + 1..by).any(|k| is_body(ctx.word(k))) || (lo..t).any(|k| ctx.is(k, "board"));
        if !body {
            continue;
        }
        // The one joined is a person: people joining people on a board, not companies.
        let Some((joined, s)) = subject_before(ctx, t, lo, si) else {
            continue;
        };
        let people = joiners(ctx, by, hi);
        if people.is_empty() {
            continue;
        }
        // "on Leeds' new-look board ... joined by"; else "by Y, who is now Veritas' deputy
        // leader": the organisation whose role the joiner now holds.
        let named = (lo..t)
            .find_map(|k| ctx.org_name_at(k).map(|(c, _)| c))
            .or_else(|| {
                (by..hi).find_map(|k| {
                    let (c, end) = ctx.org_name_at(k)?;
                    let role = super::roles::role_at(ctx, end, hi)
                        .or_else(|| super::roles::role_at(ctx, end + 1, hi));
                    (ctx.possessive(end - 1) && role.is_some()).then_some(c)
                })
            });
        // "joined in the new venture": not the organisation the text was about so far.
        if named.is_none() && (t + 1..by).any(|k| ctx.is(k, "new")) {
            continue;
        }
        let org = named
            .or_else(|| ctx.topic_company(tok.start, si, 4))
            .or_else(|| ctx.article_org(tok.start, si));
        let pol = polarity::polarity(ctx, t, t - 1, Some(s).filter(|&s| s < t), lo, hi);
        for p in people.into_iter().filter(|&p| p != joined) {
            out.push((
                Event {
                    kind: EventType::Join,
                    trigger: "joined".to_string(),
                    person: p.to_string(),
                    group: false,
                    org: org.map(str::to_string),
                    role: None,
                    polarity: pol,
                    sentence: Span::new(sentence.start, sentence.end),
                    ..super::blank()
                },
                named.is_none(),
            ));
        }
    }
    out
}
