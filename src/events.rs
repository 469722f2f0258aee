//! Personnel-move events (`LEAVE` / `JOIN`) and the affiliations stated on the way.
//!
//! The stage reads the sentences, tokens, entities and quotes of one article and, for every
//! sentence (quotations included), looks for trigger words with one table lookup per token
//! (`lexicon`). Around each trigger it looks locally:
//!
//! - the phrase the trigger needs ("step down", "part ways with", "take the helm of",
//!   "let go", "laid off") and the words that rule it out ("the left wing", "left the
//!   meeting", "quit smoking", "joined forces", "Microsoft joined the lawsuit");
//! - who moves (`mover`): the subject, a relative clause's head ("Smith, who joined Salomon
//!   in 1979"), an appositive's head, a pronoun resolved to the nearest person, a group
//!   ("some of the engineers who worked on Llama"), or the object of an active "Meta fired
//!   Smith";
//! - which company (`arguments`): the object or a preposition ("left Meta for OpenAI",
//!   "resigned from Google", "was hired by Anthropic"), the company in the mover's title
//!   ("OpenAI CEO Sam Altman"), or for "the company" the company the text is about there;
//! - the role ("as chief scientist", "named CEO", a title before the name) and the polarity
//!   (`polarity`).
//!
//! Employment facts ("Google CEO Sundar Pichai", "Jacob Devlin, a researcher at Google") come
//! out as [`Affiliation`]s (`affiliations`).
//!
//! ```
//! use news_extract::events::find_events;
//! use news_extract::{Entity, EntitySource, EntityType, EventType, Segmenter};
//!
//! let text = "Acme Corp said Jane Doe resigned as chief financial officer.";
//! let seg = Segmenter::new();
//! let entity = |s: &str, kind, canonical: &str| {
//!     let start = text.find(s).unwrap();
//!     Entity { text: s.into(), kind, canonical: canonical.into(), start,
//!              end: start + s.len(), source: EntitySource::Gazetteer }
//! };
//! let entities = vec![
//!     entity("Acme Corp", EntityType::Company, "Acme"),
//!     entity("Jane Doe", EntityType::Person, "Jane Doe"),
//! ];
//! let (events, _) = find_events(text, &seg.split(text), &seg.tokenize(text), &entities, &[]);
//! assert_eq!(events.len(), 1);
//! assert_eq!(events[0].kind, EventType::Leave);
//! assert_eq!(events[0].person, "Jane Doe");
//! assert_eq!(events[0].org.as_deref(), Some("Acme"));
//! assert_eq!(events[0].role.as_deref(), Some("chief financial officer"));
//! ```

mod affiliations;
mod arguments;
mod career;
mod context;
mod joined_by;
pub(crate) mod lexicon;
mod mover;
mod nominal;
mod polarity;
mod renewal;
mod roles;
mod starts;
/// The tokens where event rules may start: what [`find_events_marked`] takes.
#[cfg(test)]
pub(crate) use starts::mark as mark_starts;
/// One token's marks: the pipeline marks each token as the tokenizer makes it.
pub(crate) use starts::mark_one as mark_start;
mod succession;

use crate::document::{
    Affiliation, Entity, Event, EventType, Polarity, Quote, Sentence, Span, Token,
};

use arguments::Org;
use context::Context;
use lexicon::{Lemma, class};
use mover::{Mover, Subject};

/// Finds personnel moves and employment facts in `text`.
///
/// `sentences`, `tokens`, `entities` and `quotes` are the earlier stages' output for the same
/// text (entities in text order). Events and affiliations come back in text order.
pub fn find_events(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Token],
    entities: &[Entity],
    quotes: &[Quote],
) -> (Vec<Event>, Vec<Affiliation>) {
    let starts = starts::mark(text, tokens);
    find_events_marked(text, sentences, tokens, starts, entities, quotes)
}

/// [`find_events`] with the tokens' marks (`starts::mark`) made already.
pub(crate) fn find_events_marked(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Token],
    starts: Vec<(u32, u8)>,
    entities: &[Entity],
    quotes: &[Quote],
) -> (Vec<Event>, Vec<Affiliation>) {
    let ctx = Context::new(text, sentences, tokens, entities, quotes, starts);
    let (affiliations, known) = affiliations::find(&ctx);
    let mut events: Vec<Event> = Vec::new();
    let mut last_group: Option<(usize, Mover<'_>)> = None;
    // (person, type, company) of the moves found so far, for later sentences about them.
    let mut history: Vec<(&str, EventType, &str)> = Vec::new();
    // Trigger token and mover of the moves found so far in the current sentence.
    let mut movers: Vec<(usize, Mover<'_>)> = Vec::new();
    // The sentence of the last trigger, and its token range.
    let mut si = 0;
    let mut range: Option<(usize, usize, usize)> = None;
    // The tokens that may be triggers (`starts`); the rules only around triggers.
    for (t, token) in ctx.starts(starts::TRIGGER) {
        if !ctx.maybe_trigger(t) || !ctx.has(t, class::TRIGGER) {
            continue;
        }
        let at = token.start;
        while si < sentences.len() && sentences[si].end <= at {
            si += 1;
        }
        let Some(sentence) = sentences.get(si).filter(|s| s.start <= at) else {
            continue;
        };
        let (lo, hi) = match range {
            Some((s, lo, hi)) if s == si => (lo, hi),
            _ => {
                movers.clear();
                let (lo, hi) = ctx.sentence_tokens(sentence);
                range = Some((si, lo, hi));
                (lo, hi)
            }
        };
        {
            let found = analyse(&ctx, t, lo, hi, si, &movers, last_group, &known, &history);
            for (ev, mover, org) in found {
                if ev.kind == EventType::Join && renewal::renews_post(&ctx, t, hi) {
                    continue;
                }
                if let (Mover::Person { name, .. }, Some(org)) = (mover, org) {
                    history.push((name, ev.kind, org));
                }
                if movers.last().is_none_or(|&(k, _)| k != t) {
                    movers.push((t, mover));
                }
                if matches!(mover, Mover::Group { .. }) {
                    last_group = Some((si, mover));
                }
                let duplicate = events.iter().rev().take(8).any(|e| {
                    e.sentence == ev.sentence
                        && e.kind == ev.kind
                        && e.person == ev.person
                        && (e.org == ev.org || ev.org.is_none())
                });
                if !duplicate {
                    events.push(ev);
                }
            }
        }
    }
    // Succession ("Doe will succeed Reyes"): a JOIN and a LEAVE, unless already found.
    let mut successions = succession::find(&ctx);
    inherit_post(&mut successions, &events, &known);
    for (mut ev, guessed) in successions
        .into_iter()
        .chain(nominal::find(&ctx))
        .chain(career::find(&ctx))
        .chain(joined_by::find(&ctx))
    {
        // "Mr Smith's departure" again, its words naming no organisation: the move already
        // found for the person, not whichever company the sentence happens to be near.
        if guessed {
            if let Some(e) = events.iter().find(|e| {
                e.kind == ev.kind
                    && e.person == ev.person
                    && e.org.is_some()
                    && e.sentence.start < ev.sentence.start
            }) {
                ev.org = e.org.clone();
            }
        }
        // A weaker mention ("he did not resign") does not hide a stronger one ("Smith's
        // departure"): both go to `merge`, which keeps the strongest.
        let known = events.iter().any(|e| {
            e.kind == ev.kind
                && e.person == ev.person
                && (e.org == ev.org || ev.org.is_none())
                && strength(e.polarity) >= strength(ev.polarity)
        });
        if !known {
            events.push(ev);
        }
    }
    events.sort_by_key(|e| e.sentence.start);
    let mut events = merge(events);
    for ev in &mut events {
        mentions(&ctx, ev);
    }
    as_written(&ctx, &mut events);
    incumbents(&ctx, &mut events);
    (events, affiliations)
}

/// A successor takes over the post of the person replaced: a succession whose own words name
/// no organisation ("Acme Air head Jo Bloggs is set to replace Mr Roe") is about the post the
/// incoming person is named to in the same sentence ("was named president of Acme Trust,
/// succeeding Roe"), else the organisation the outgoing one is found leaving elsewhere in the
/// article, or works for by a title ("Globex chief Tom Roe"), not whatever organisation is
/// nearest (often the newcomer's own, which the newcomer is leaving). `pairs` holds each
/// succession's JOIN followed by its LEAVE, as `succession::find` gives them.
fn inherit_post(pairs: &mut [(Event, bool)], events: &[Event], known: &affiliations::Known<'_>) {
    for pair in pairs.chunks_exact_mut(2) {
        let [(join, true), (leave, true)] = pair else {
            continue;
        };
        if join.kind != EventType::Join || leave.kind != EventType::Leave {
            continue;
        }
        // "Doe was named president of Acme Trust, succeeding Roe": the post just named.
        let named = events
            .iter()
            .find(|e| {
                e.kind == EventType::Join
                    && e.person == join.person
                    && e.sentence == join.sentence
                    && e.org.is_some()
            })
            .and_then(|e| e.org.clone());
        let post = named
            .or_else(|| {
                events
                    .iter()
                    .find(|e| {
                        e.kind == EventType::Leave && e.person == leave.person && e.org.is_some()
                    })
                    .and_then(|e| e.org.clone())
            })
            .or_else(|| known.get(&leave.person).map(str::to_string));
        if let Some(org) = post {
            join.org = Some(org.clone());
            leave.org = Some(org);
        }
    }
}

/// "X has agreed to take the Bank of Israel job. Previous incumbent Y steps down on Monday":
/// the incumbent leaves the post just named, at the organisation of the last move into it
/// (within five sentences), whatever other organisation the sentence names.
fn incumbents(ctx: &Context<'_>, events: &mut [Event]) {
    for i in 0..events.len() {
        let ev = &events[i];
        let Some(ps) = ev.person_start else {
            continue;
        };
        if ev.kind != EventType::Leave || ev.group {
            continue;
        }
        let before = ctx.text.get(ev.sentence.start..ps).unwrap_or("").trim_end();
        let tail = before
            .len()
            .checked_sub(9)
            .and_then(|k| before.get(k..))
            .unwrap_or("");
        if !tail.eq_ignore_ascii_case("incumbent") {
            continue;
        }
        let near = ctx
            .sentences
            .partition_point(|s| s.end <= ev.sentence.start);
        let reach = ctx
            .sentences
            .get(near.saturating_sub(5))
            .map_or(0, |s| s.start);
        let source = events[..i].iter().rev().find(|e| {
            e.kind == EventType::Join
                && e.org.is_some()
                && e.person != events[i].person
                && e.sentence.start >= reach
        });
        if let Some((org, a, b)) = source.map(|e| (e.org.clone(), e.org_start, e.org_end)) {
            let ev = &mut events[i];
            ev.org = org;
            ev.org_start = a;
            ev.org_end = b;
        }
    }
}

/// Names each event's organisation the way the article does (GUIDELINES: the canonical is
/// the fullest form used in the document): an organisation whose canonical the text never
/// writes ("Tottenham Hotspur" for an article that only says "Tottenham") takes its longest
/// mention instead. One text search per distinct organisation.
fn as_written(ctx: &Context<'_>, events: &mut [Event]) {
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    for ev in events.iter_mut() {
        let Some(org) = ev.org.as_deref() else {
            continue;
        };
        let replace = match seen.iter().find(|(o, _)| o == org) {
            Some((_, r)) => r.clone(),
            None => {
                let r = if ctx.text.contains(org) {
                    None
                } else {
                    ctx.entities
                        .iter()
                        .filter(|x| x.kind.is_org() && x.canonical == org)
                        .map(|x| x.text.as_str())
                        .max_by_key(|t| t.len())
                        .filter(|t| !t.is_empty())
                        .map(str::to_string)
                };
                seen.push((org.to_string(), r.clone()));
                r
            }
        };
        if let Some(r) = replace {
            ev.org = Some(r);
        }
    }
}

/// How many entities back from its sentence an event looks for the mention it was resolved
/// from (keeps the pass linear on long texts).
const MENTION_REACH: usize = 200;

/// Fills the offsets of the person and organisation mentions an event uses: the mention in
/// its sentence, else the nearest earlier one it was resolved from (a pronoun's antecedent,
/// "the company"'s organisation); `None` when the text has none (a null organisation).
fn mentions(ctx: &Context<'_>, ev: &mut Event) {
    let (s, e) = (ev.sentence.start, ev.sentence.end);
    let first = ctx.entities.partition_point(|x| x.start < s);
    let last = ctx.entities.partition_point(|x| x.start < e);
    let find = |want: &dyn Fn(&Entity) -> bool| -> Option<(usize, usize)> {
        ctx.entities[first..last]
            .iter()
            .find(|x| want(x))
            .or_else(|| {
                ctx.entities[first.saturating_sub(MENTION_REACH)..first]
                    .iter()
                    .rev()
                    .find(|x| want(x))
            })
            .map(|x| (x.start, x.end))
    };
    let in_sentence = |name: &str| {
        ctx.text
            .get(s..e)
            .and_then(|t| t.find(name))
            .map(|k| (s + k, s + k + name.len()))
    };
    let person = if ev.group {
        in_sentence(&ev.person)
    } else {
        let name = ev.person.as_str();
        find(&|x| x.kind == crate::EntityType::Person && x.canonical == name)
    };
    if let Some((a, b)) = person {
        ev.person_start = Some(a);
        ev.person_end = Some(b);
    }
    let org = ev.org.as_deref().and_then(|name| {
        let entity = |x: &Entity| x.kind.is_org() && x.canonical == name;
        let here = ctx.entities[first..last].iter().find(|x| entity(x));
        here.map(|x| (x.start, x.end))
            .or_else(|| ctx.bare_spans(name).find(|&(a, _)| a >= s && a < e))
            .or_else(|| in_sentence(name))
            .or_else(|| find(&entity))
            .or_else(|| ctx.bare_spans(name).take_while(|&(a, _)| a < s).last())
            .or_else(|| {
                // The article's organisation, named only later.
                ctx.entities[last..]
                    .iter()
                    .take(MENTION_REACH)
                    .find(|x| entity(x))
                    .map(|x| (x.start, x.end))
            })
    });
    if let Some((a, b)) = org {
        ev.org_start = Some(a);
        ev.org_end = Some(b);
    }
}

/// The named members of a group mover, which then move one by one (GUIDELINES: a group
/// whose members are named gives one event per person): the persons named between the group
/// phrase and its verb (`end`: "The three directors - Ann Bell, Bo Chan and Cy Dow - have
/// left"), or, for a
/// counted group ("The two most senior executives", "Three executives"), as many persons
/// named in the next sentence ("The trio are chief executive ..."). Empty otherwise.
fn group_members<'a>(ctx: &Context<'a>, start: usize, end: usize, si: usize) -> Vec<&'a str> {
    let mut named: Vec<&'a str> = Vec::new();
    let push = |named: &mut Vec<&'a str>, e: &'a Entity| {
        if e.kind == crate::EntityType::Person && !named.contains(&e.canonical.as_str()) {
            named.push(e.canonical.as_str());
        }
    };
    let end = end.min(start + 40);
    let (a, b) = (ctx.tokens[start].start, ctx.tokens[end - 1].end);
    let first = ctx.entities.partition_point(|e| e.start < a);
    for e in ctx.entities[first..].iter().take_while(|e| e.start < b) {
        push(&mut named, e);
    }
    if named.len() >= 2 {
        return named;
    }
    named.clear();
    let count = (start..(start + 3).min(end))
        .find_map(|k| match ctx.word(k).to_ascii_lowercase().as_str() {
            "two" | "both" | "pair" => Some(2),
            "three" | "trio" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            _ => None,
        })
        .unwrap_or(0);
    let Some(next) = ctx.sentences.get(si + 1) else {
        return named;
    };
    if count == 0 {
        return named;
    }
    let first = ctx.entities.partition_point(|e| e.start < next.start);
    for e in ctx.entities[first..]
        .iter()
        .take_while(|e| e.start < next.end)
        .take(32)
    {
        push(&mut named, e);
    }
    if named.len() >= count {
        named.truncate(count);
    } else {
        named.clear();
    }
    named
}

/// A government portfolio or an envoy's post ("home secretary", "foreign minister",
/// "chancellor", "secretary of state", "high commissioner", "ambassador"), not a company's
/// ("company secretary") or a union's ("general secretary").
fn government_post(role: &str) -> bool {
    let r = role.to_ascii_lowercase();
    let secretary = r.ends_with("secretary")
        && ![
            "company",
            "general",
            "press",
            "club",
            "private",
            "permanent",
        ]
        .iter()
        .any(|m| r.starts_with(m));
    secretary
        || r.ends_with("minister")
        || r == "chancellor"
        || r.ends_with(" chancellor")
        || r.starts_with("secretary of state")
        || r.ends_with("high commissioner")
        || r.ends_with("ambassador")
}

/// How strongly a polarity states the move (asserted > hypothetical > negated).
/// An event with no mention offsets and no date yet: the base of `Event { .., ..blank() }` in
/// the rules, which set every other field themselves; [`mentions`] and the date pass fill the rest.
fn blank() -> Event {
    Event {
        kind: EventType::Join,
        trigger: String::new(),
        person: String::new(),
        group: false,
        org: None,
        role: None,
        polarity: Polarity::Asserted,
        sentence: Span::new(0, 0),
        person_start: None,
        person_end: None,
        org_start: None,
        org_end: None,
        date: None,
    }
}

fn strength(p: Polarity) -> u8 {
    match p {
        Polarity::Asserted => 2,
        Polarity::Hypothetical => 1,
        Polarity::Negated => 0,
    }
}

/// One event per (type, person, organisation): repeated mentions of a move (title, body,
/// "his departure") merge into the first with the strongest polarity; a mention with no
/// organisation joins one that names it. Mentions of different roles with different polarity
/// stay apart ("fired as vice president" and "refused to resign his board seat").
fn merge(events: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    // (type, person) -> indices into `out`.
    let mut seen: std::collections::HashMap<(EventType, String), Vec<usize>> =
        std::collections::HashMap::new();
    for ev in events {
        let key = (ev.kind, ev.person.clone());
        let slots = seen.entry(key).or_default();
        let found = slots.iter().copied().find(|&i| {
            let m = &out[i];
            // A short form ("City") merges only a mention of the same role or polarity.
            let alias = m.org != ev.org
                && same_org(m.org.as_deref(), ev.org.as_deref())
                && (m.polarity == ev.polarity || (m.role.is_some() && m.role == ev.role));
            !m.group
                && !ev.group
                && (m.org == ev.org || alias || m.org.is_none() || ev.org.is_none())
                && (m.polarity == ev.polarity
                    || m.role.is_none()
                    || ev.role.is_none()
                    || m.role == ev.role)
        });
        let Some(i) = found else {
            slots.push(out.len());
            out.push(ev);
            continue;
        };
        let m = &mut out[i];
        // The fullest name of the organisation ("Manchester City" over "City").
        let org = match (m.org.take(), ev.org.clone()) {
            (Some(a), Some(b)) => Some(if b.len() > a.len() { b } else { a }),
            (a, b) => a.or(b),
        };
        let role = m.role.take().or_else(|| ev.role.clone());
        if strength(ev.polarity) > strength(m.polarity) {
            *m = ev;
        }
        m.org = org;
        m.role = role;
    }
    out
}

/// The same organisation named two ways: equal, or a one-word short form that ends the full
/// name ("City" for "Manchester City"). A name that only starts another stays apart: the
/// parent is not its unit ("Vodafone" and "Vodafone KK").
fn same_org(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return a == b;
    };
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.contains(' ')
        && long
            .strip_suffix(short)
            .is_some_and(|head| head.ends_with(' ') && head.trim().len() > 1)
}

/// The phrase a trigger needs: the event type and the token after the phrase.
fn phrase(ctx: &Context<'_>, t: usize, lemma: Lemma) -> Option<(EventType, usize)> {
    let next = |k: usize, w: &str| ctx.is(t + k, w);
    Some(match lemma {
        Lemma::Step => {
            // "stepping back from her role at Oracle"; not "step back from the brink".
            let back_from_post = next(1, "back")
                && next(2, "from")
                && matches!(ctx.word(t + 3), "his" | "her" | "the" | "their" | "its")
                && matches!(
                    ctx.word(t + 4),
                    "role" | "post" | "position" | "duties" | "job" | "board"
                );
            // "is stepping away from OpenAI", "stepped away from the company".
            let away_from = next(1, "away")
                && next(2, "from")
                && (ctx.org_name_at(t + 3).is_some()
                    || (matches!(ctx.word(t + 3), "his" | "her" | "the" | "their" | "its")
                        && matches!(
                            ctx.word(t + 4),
                            "role"
                                | "post"
                                | "position"
                                | "duties"
                                | "job"
                                | "board"
                                | "company"
                                | "firm"
                        )));
            if next(1, "down") || next(1, "aside") || back_from_post || away_from {
                (EventType::Leave, t + 2)
            } else {
                return None;
            }
        }
        Lemma::Walk => {
            if next(1, "out") && next(2, "of") {
                (EventType::Leave, t + 3)
            } else {
                return None;
            }
        }
        Lemma::Part => {
            // "part ways with", "is parting company with".
            if !(next(1, "ways") || (next(1, "company") && next(2, "with"))) {
                return None;
            }
            (
                EventType::Leave,
                if next(2, "with") { t + 3 } else { t + 2 },
            )
        }
        Lemma::Let => {
            if next(1, "go") {
                (EventType::Leave, t + 2)
            } else {
                return None;
            }
        }
        Lemma::Lay => {
            if next(1, "off") {
                (EventType::Leave, t + 2)
            } else {
                return None;
            }
        }
        Lemma::Take => {
            if next(1, "the") && next(2, "helm") {
                let of = next(3, "of") || next(3, "at");
                (EventType::Join, if of { t + 4 } else { t + 3 })
            } else if next(1, "over") && (next(2, "as") || next(2, "at")) {
                (EventType::Join, t + 2)
            } else {
                return None;
            }
        }
        Lemma::Relieve => {
            // "was relieved of his duties", "relieved of first-team duties".
            if !next(1, "of") {
                return None;
            }
            let duty = (t + 2..t + 6).find(|&k| {
                matches!(
                    ctx.word(k),
                    "duties"
                        | "duty"
                        | "post"
                        | "position"
                        | "job"
                        | "role"
                        | "command"
                        | "responsibilities"
                        | "responsibility"
                        | "captaincy"
                )
            })?;
            (EventType::Leave, duty + 1)
        }
        Lemma::Return => {
            // "return to Acme", "return full-time to Acme".
            let adverb = |k: usize| {
                ctx.lower(t + k)
                    && (matches!(ctx.word(t + k), "full-time" | "part-time")
                        || ctx.word(t + k).ends_with("ly"))
            };
            let hyphened = next(2, "-") && (next(1, "full") || next(1, "part")) && next(3, "time");
            if next(1, "to") {
                (EventType::Join, t + 2)
            } else if adverb(1) && next(2, "to") {
                (EventType::Join, t + 3)
            } else if hyphened && next(4, "to") {
                (EventType::Join, t + 5)
            } else {
                return None;
            }
        }
        Lemma::Defect => {
            if next(1, "to") {
                (EventType::Join, t + 2)
            } else if next(1, "from") {
                (EventType::Leave, t + 1)
            } else {
                return None;
            }
        }
        Lemma::Tap => {
            if next(1, "to") && (next(2, "lead") || next(2, "head") || next(2, "run")) {
                (EventType::Join, t + 3)
            } else if next(1, "as") {
                (EventType::Join, t + 1)
            } else if ctx.entity_of(t + 1, crate::EntityType::Person).is_some() {
                // "Apple has tapped Jane Doe to run its AI efforts" (checked in `analyse`).
                (EventType::Join, t + 1)
            } else {
                return None;
            }
        }
        Lemma::Quit
        | Lemma::Resign
        | Lemma::Leave
        | Lemma::Depart
        | Lemma::Exit
        | Lemma::Retire
        | Lemma::Fire
        | Lemma::Oust
        | Lemma::Sack
        | Lemma::Dismiss => (EventType::Leave, t + 1),
        _ => (EventType::Join, t + 1),
    })
}

/// Uses of "left"/"leave" that are not a departure: "the left wing", "left-handed", "was
/// left with", "maternity leave", "left him".
fn not_a_departure(ctx: &Context<'_>, t: usize, lo: usize) -> bool {
    const BEFORE: &[&str] = &[
        "the",
        "a",
        "an",
        "far",
        "centre",
        "center",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "on",
        "at",
        "from",
        "top",
        "bottom",
        "lower",
        "upper",
        "paid",
        "unpaid",
        "sick",
        "maternity",
        "paternity",
        "annual",
        "parental",
        "compassionate",
        "garden",
        "special",
        "extended",
        "indefinite",
        "study",
        "shore",
        "of",
        "and",
        // "with seven minutes left".
        "minutes",
        "minute",
        "seconds",
        "time",
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "games",
        "matches",
        "laps",
        "holes",
        "points",
        "races",
        "extra-time",
        "overs",
        "rounds",
    ];
    const AFTER: &[&str] = &[
        "-",
        "wing",
        "winger",
        "hand",
        "handed",
        "side",
        "foot",
        "footed",
        "back",
        "field",
        "behind",
        "over",
        "out",
        "alone",
        "open",
        "unchanged",
        "intact",
        "with",
        "him",
        "her",
        "them",
        "it",
        "us",
        "me",
        "you",
        "unanswered",
        "unresolved",
        "undecided",
        "empty",
        "vacant",
        "blank",
        "untouched",
        "standing",
        "stranded",
        "of",
        "room",
        "little",
        "much",
        "nothing",
        "no",
        "turn",
        "lane",
        "leg",
        "arm",
        "eye",
        "ear",
        "knee",
        "shoulder",
        "flank",
        "wingers",
        "hanging",
        "home",
        "school",
        "hospital",
        "office",
        "politics",
    ];
    let prev_blocks = t > lo && BEFORE.iter().any(|w| ctx.is(t - 1, w));
    let next_blocks = AFTER.iter().any(|w| ctx.is(t + 1, w));
    prev_blocks || next_blocks
}

/// Arguments for forms the general argument reader does not know: a bare "took the helm"
/// (the organisation from the context), "was elected to Parliament", "was appointed to his
/// post". `None`: read the arguments the usual way.
fn preset_args<'a>(
    ctx: &Context<'a>,
    lemma: Lemma,
    t: usize,
    after: usize,
    args_from: usize,
    passive: bool,
) -> Option<arguments::Args<'a>> {
    if lemma == Lemma::Take && ctx.is(t + 2, "helm") && after == t + 3 {
        return Some(arguments::Args::default());
    }
    // "stepping back from her role at Oracle": the organisation after the post noun.
    if lemma == Lemma::Step && ctx.is(t + 1, "back") {
        let noun = t + 4;
        let mut args = arguments::Args::default();
        if ctx.is(noun + 1, "at") || ctx.is(noun + 1, "with") || ctx.is(noun + 1, "on") {
            let at = if ctx.is(noun + 2, "the") {
                noun + 3
            } else {
                noun + 2
            };
            if let Some((org, _)) = ctx.org_name_at(at) {
                args.org = Org::Named(org);
            }
        }
        return Some(args);
    }
    // "appointed to the newly created post of executive vice president", "named Smith to
    // the new position of chief economist".
    if matches!(
        lemma,
        Lemma::Appoint | Lemma::Name | Lemma::Elect | Lemma::Promote
    ) && ctx.is(args_from, "to")
        && ctx.is(args_from + 1, "the")
    {
        let mut k = args_from + 2;
        while k < args_from + 5
            && matches!(
                ctx.word(k),
                "new" | "newly" | "created" | "vacant" | "additional" | "added"
            )
        {
            k += 1;
        }
        if matches!(ctx.word(k), "post" | "position" | "office" | "role" | "job")
            && ctx.is(k + 1, "of")
        {
            let hi = ctx.tokens.len().min(k + 12);
            if let Some((rs, re)) = roles::role_at(ctx, k + 2, hi) {
                let mut args = arguments::Args {
                    role: Some(ctx.span_text(rs, re)),
                    ..arguments::Args::default()
                };
                if ctx.is(re, "of") || ctx.is(re, "at") {
                    let at = if ctx.is(re + 1, "the") {
                        re + 2
                    } else {
                        re + 1
                    };
                    if let Some((org, _)) = ctx.org_name_at(at) {
                        args.org = Org::Named(org);
                    }
                }
                return Some(args);
            }
        }
    }
    if !(passive && matches!(lemma, Lemma::Elect | Lemma::Appoint) && ctx.is(after, "to")) {
        return None;
    }
    let at = if ctx.is(after + 1, "the") {
        after + 2
    } else {
        after + 1
    };
    if let Some((org, end)) = ctx.org_name_at(at) {
        // "elected to the Senate", "appointed to the Monetary Policy Committee"; not "named
        // to Fortune's list".
        if ctx.possessive(end - 1) || ctx.is(end, "list") {
            return None;
        }
        return Some(arguments::Args {
            org: Org::Named(org),
            ..arguments::Args::default()
        });
    }
    let det = matches!(ctx.word(after + 1), "his" | "her" | "their" | "the");
    let job = matches!(ctx.word(after + 2), "post" | "position" | "job" | "role");
    (det && job).then(arguments::Args::default)
}

/// The person a reduced passive hangs off: "Jo Cole, one of the developers sacked by Acme"
/// (`t` the participle). Only a named person before "one of the GROUP".
fn reduced_passive_head<'a>(ctx: &Context<'a>, t: usize, lo: usize) -> Option<Mover<'a>> {
    let head = t.checked_sub(1)?;
    if head <= lo || !mover::is_group_head(ctx, head) {
        return None;
    }
    let mut s = mover::group_start(ctx, head, lo);
    if ctx.is(s, "of") {
        s += 1;
    }
    let of = s.checked_sub(1)?;
    if of < lo + 3 || !ctx.is(of, "of") || !ctx.is(of - 1, "one") || ctx.word(of - 2) != "," {
        return None;
    }
    let (ei, e) = ctx.entity_of(of - 3, crate::EntityType::Person)?;
    Some(Mover::Person {
        name: e.canonical.as_str(),
        mention: Some(ei),
    })
}

/// Participle forms that make a passive after "was"/"been".
fn is_participle(w: &str) -> bool {
    w.ends_with("ed") || matches!(w, "laid" | "let" | "taken" | "left" | "quit")
}

#[allow(clippy::too_many_arguments)]
fn analyse<'a>(
    ctx: &Context<'a>,
    t: usize,
    lo: usize,
    hi: usize,
    si: usize,
    movers: &[(usize, Mover<'a>)],
    last_group: Option<(usize, Mover<'a>)>,
    known: &affiliations::Known<'a>,
    history: &[(&'a str, EventType, &'a str)],
) -> Vec<(Event, Mover<'a>, Option<&'a str>)> {
    let mut out = Vec::new();
    let Some(lemma) = ctx.lex(t).lemma else {
        return out;
    };
    // A capitalised trigger mid-sentence is a name ("Left Bank", "Join Us"); a trigger inside
    // an entity is part of a name.
    let word = ctx.word(t);
    let sentence_start = t == lo || ctx.is_quote_mark(t - 1);
    if (!ctx.lower(t) && !sentence_start) || ctx.entity(t).is_some() {
        return out;
    }
    let Some((kind, after)) = phrase(ctx, t, lemma) else {
        return out;
    };
    // "exit" and "return" are nouns as often as verbs: the bare form must follow "to", a modal
    // or "do" ("plans to exit", "will return to"), not "his first-round exit".
    if matches!(lemma, Lemma::Exit | Lemma::Return) && (ctx.is(t, "exit") || ctx.is(t, "return")) {
        const VERBAL: &[&str] = &[
            "to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
            "do", "not", "n't", "'ll", "’ll",
        ];
        if t == lo || !VERBAL.iter().any(|w| ctx.is(t - 1, w)) {
            return out;
        }
    }
    // A verb never follows a determiner: "his return to the side", "a quick exit".
    if t > lo && ctx.has(t - 1, class::DET) && ctx.lower(t - 1) && !ctx.is(t - 1, "that") {
        return out;
    }
    if lemma == Lemma::Leave && not_a_departure(ctx, t, lo) {
        return out;
    }
    let earlier = movers.last().map(|&(k, _)| k);
    let (subject, chain_start, subject_at) = mover::subject(ctx, t, lo, si, earlier);
    // "was fired", "is to be replaced"; not "are set to quit" (an infinitive after the "be").
    let transitive = lemma.mover_is_object_when_active();
    // "Jo Cole, one of the developers sacked by Acme": a participle with its agent after it.
    let reduced = if transitive && ctx.is(t + 1, "by") && is_participle(word) {
        reduced_passive_head(ctx, t, lo)
    } else {
        None
    };
    let passive = reduced.is_some()
        || (is_participle(word)
            && (chain_start..t)
                .rev()
                .take_while(|&k| !ctx.is(k, "to"))
                .any(|k| ctx.has(k, class::BE)));

    let mut mover: Option<Mover<'a>>;
    let mut subject_company: Option<Org<'a>> = None;
    let mut args_from = after;
    let company_parts =
        lemma == Lemma::Part && matches!(subject, Subject::Company(_) | Subject::CorpNoun(_));
    if (transitive && !passive) || company_parts {
        // Active: "Meta fired Jane Doe", "Acme named Jane Doe chief executive"; "Acme let go
        // of its head of sales, Omar Diaz" (not "let go of the idea": a person must follow).
        let after = match lemma {
            Lemma::Let if ctx.is(after, "of") => after + 1,
            Lemma::Let => return out,
            _ => after,
        };
        let Some((m, end)) = mover::object_mover(ctx, after, hi) else {
            return out;
        };
        // "tapped Jane Doe to run its AI efforts", "tapped Doe as CFO"; not "tapped Doe's
        // phone".
        let tapped_for_a_post = ctx.is(end, "as")
            || (ctx.is(end, "to")
                && matches!(
                    ctx.word(end + 1),
                    "lead" | "head" | "run" | "oversee" | "become" | "be" | "succeed" | "replace"
                ));
        if lemma == Lemma::Tap && !tapped_for_a_post {
            return out;
        }
        mover = Some(m);
        args_from = end;
        subject_company = match subject {
            Subject::Company(c) => Some(Org::Named(c)),
            Subject::CorpNoun(_) => Some(
                ctx.topic_company(ctx.tokens[t].start, si, 4)
                    .map_or(Org::Unknown, Org::Named),
            ),
            _ => None,
        };
        // "Smith appointed Jones" is fine, but the object must not be the subject again.
    } else {
        if passive && !transitive {
            // "was left with", "was joined by": not a move.
            return out;
        }
        mover = match subject {
            _ if reduced.is_some() => reduced,
            Subject::Mover(m) => Some(m),
            Subject::Inherit => movers.last().map(|&(_, m)| m),
            Subject::Company(_) | Subject::CorpNoun(_) | Subject::None => None,
        };
        if mover.is_none() && ctx.is(chain_start.saturating_sub(1), "they") {
            mover = last_group.filter(|&(s, _)| si - s <= 2).map(|(_, m)| m);
        }
    }
    let Some(mover) = mover else {
        return out;
    };
    let args = if company_parts {
        Some(arguments::Args::default())
    } else if let Some(args) = preset_args(ctx, lemma, t, after, args_from, passive) {
        Some(args)
    } else {
        arguments::arguments(ctx, lemma, kind, passive || !transitive, args_from, hi, si)
    };
    let Some(args) = args else {
        return out;
    };
    // "lured by the promise of", "lures investors": only a lure by or to a named
    // organisation is a move.
    if word.starts_with("lur") && !matches!(args.org, Org::Named(_)) {
        return out;
    }
    let subject_tok = match mover {
        Mover::Group { start, .. } => Some(start),
        Mover::Person {
            mention: Some(e), ..
        } => Some(
            ctx.tokens
                .partition_point(|tk| tk.end <= ctx.entities[e].start),
        ),
        _ => subject_at.or(chain_start.checked_sub(1)),
    };
    let polarity = polarity::polarity(ctx, t, chain_start, subject_tok.filter(|&s| s < t), lo, hi);

    let sentence = Span::new(ctx.sentences[si].start, ctx.sentences[si].end);
    let trigger_end = if after > t + 1 && !matches!(lemma, Lemma::Defect | Lemma::Part) {
        after - 1
    } else {
        t
    };
    let trigger = ctx.span_text(t, trigger_end + 1).to_string();

    // Org and role.
    let title = arguments::mover_title(ctx, mover, lo, hi, si);
    let org = match args.org.or(subject_company.unwrap_or(Org::Unknown)) {
        Org::Named(c) => Some(c),
        Org::Null => None,
        Org::Unknown => {
            let employer = match mover {
                Mover::Person { name, .. } => history
                    .iter()
                    .rev()
                    .find(|h| h.0 == name && (h.1 == EventType::Join || kind == EventType::Leave))
                    .map(|h| h.2),
                Mover::Group { .. } => None,
            };
            // "Johnson retired shortly after his birthday", "had to retire with an ankle
            // injury": an athlete's or an author's retirement names no post. A bare
            // retirement is a move only when a title, a role or a known employer gives one.
            if lemma == Lemma::Retire && args.role.is_none() && subject_company.is_none() {
                let titled = title
                    .as_ref()
                    .is_some_and(|ti| ti.role.is_some() && !ti.former);
                let employed = match mover {
                    Mover::Person { name, .. } => employer.or_else(|| known.get(name)).is_some(),
                    Mover::Group { .. } => true,
                };
                // "succeeding Robert Vance, who retired": the succession names the post.
                let succession = (lo..hi).any(|k| {
                    let w = ctx.word(k);
                    succession::is_succession(w) || w == "successor"
                });
                // "Texaco Inc said Robert Jones, 62, will retire": a company announcing the
                // retirement of one of its people.
                let announced = ctx
                    .org_name_at(lo)
                    .is_some_and(|(_, end)| matches!(ctx.word(end), "said" | "says" | "announced"));
                if !titled && !employed && !succession && !announced {
                    return out;
                }
            }
            arguments::fallback_org(ctx, kind, lemma, mover, &title, known, employer, t, si)
        }
    };
    if let Mover::Group { start, end } = mover {
        // A group needs a company (or a phrase that names none) and more than a bare plural:
        // "employees have been sacked" is a generality, "the officers left" a room.
        let bare = end == start + 1 && mover::demonym_company(ctx, start).is_none();
        if bare || (org.is_none() && args.org != Org::Null) {
            return out;
        }
    }
    // A title held at another company is no role in this move ("Acme's chief scientist,
    // Ruth Adler, resigned to join Initech": no role at Initech).
    let role = args.role.or_else(|| {
        title
            .as_ref()
            .filter(|ti| !ti.former && (ti.org.is_none() || ti.org == org))
            .and_then(|ti| ti.role)
    });
    // "quit as home secretary": a government post whose department the text does not name
    // has no organisation (GUIDELINES: Shultz as Secretary of State), not the party or body
    // the article happens to be about.
    let guessed = args.org.or(subject_company.unwrap_or(Org::Unknown)) == Org::Unknown
        && title.as_ref().and_then(|ti| ti.org).is_none();
    let org = if guessed && role.is_some_and(government_post) {
        None
    } else {
        org
    };

    if let Mover::Group { start, end } = mover {
        let members = group_members(ctx, start, end.max(t), si);
        if !members.is_empty() {
            for name in members {
                out.push((
                    Event {
                        kind,
                        trigger: trigger.clone(),
                        person: name.to_string(),
                        group: false,
                        org: org.map(str::to_string),
                        role: None,
                        polarity,
                        sentence,
                        ..blank()
                    },
                    mover,
                    org,
                ));
            }
            return out;
        }
    }
    let person = match mover {
        Mover::Person { name, .. } => name.to_string(),
        Mover::Group { start, end } => ctx.span_text(start, end).to_string(),
    };
    let group = matches!(mover, Mover::Group { .. });
    out.push((
        Event {
            kind,
            trigger: trigger.clone(),
            person: person.clone(),
            group,
            org: org.map(str::to_string),
            role: role.map(str::to_string),
            polarity,
            sentence,
            ..blank()
        },
        mover,
        org,
    ));
    if let Some((extra_kind, extra_org)) = args.extra {
        if Some(extra_org) != org {
            out.push((
                Event {
                    kind: extra_kind,
                    trigger,
                    person,
                    group,
                    org: Some(extra_org.to_string()),
                    role: None,
                    polarity,
                    sentence,
                    ..blank()
                },
                mover,
                Some(extra_org),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests;
