//! Employment facts stated on the way: "Google CEO Sundar Pichai", "Jacob Devlin, a
//! researcher at Google", "Jane Doe, former CEO of Acme".

use crate::document::{Affiliation, EntityType, Span};

use super::context::Context;
use super::roles::{appositive_after, is_role_word, title_before};

/// Current employers seen in titles so far: person -> company (first one wins).
#[derive(Debug, Default)]
pub(crate) struct Known<'a> {
    pairs: Vec<(&'a str, &'a str)>,
}

impl<'a> Known<'a> {
    /// The company the person was said to work for.
    pub(crate) fn get(&self, person: &str) -> Option<&'a str> {
        self.pairs
            .iter()
            .find(|(p, _)| *p == person)
            .map(|&(_, o)| o)
    }
}

/// All affiliations of the article, once per (person, company, role), in text order.
pub(crate) fn find<'a>(ctx: &Context<'a>) -> (Vec<Affiliation>, Known<'a>) {
    let mut out: Vec<Affiliation> = Vec::new();
    let mut known = Known::default();
    let mut si = 0;
    let mut first = 0;
    // The token range of sentence `si`, found once for all its people.
    let mut range: Option<(usize, usize, usize)> = None;
    for e in ctx.entities {
        if e.kind != EntityType::Person {
            continue;
        }
        while si + 1 < ctx.sentences.len() && ctx.sentences[si].end <= e.start {
            si += 1;
        }
        let Some(sentence) = ctx.sentences.get(si) else {
            break;
        };
        // The person's first token: a binary search on from the last person's (the tokens
        // are in text order).
        first += ctx.tokens[first..].partition_point(|t| t.end <= e.start);
        // Cheap test first: a title needs a role word, a possessive or a comma beside the name.
        let mut after = first;
        while after < ctx.tokens.len() && ctx.tokens[after].start < e.end {
            after += 1;
        }
        let beside = ctx.word(after) == ","
            || (first > 0
                && (ctx.word(first - 1) == ","
                    || ctx.possessive(first - 1)
                    || is_role_word(ctx, first - 1)));
        if !beside {
            continue;
        }
        let (lo, hi) = match range {
            Some((s, lo, hi)) if s == si => (lo, hi),
            _ => {
                let (lo, hi) = ctx.sentence_tokens(sentence);
                range = Some((si, lo, hi));
                (lo, hi)
            }
        };
        if first < lo || first >= hi {
            continue;
        }
        let title = title_before(ctx, first, lo, si)
            .filter(|t| t.org.is_some())
            .or_else(|| appositive_after(ctx, ctx.entity_after(first), hi, si));
        let Some(title) = title else { continue };
        let Some(org) = title.org else { continue };
        let role = title.role.map(|r| {
            if title.former {
                format!("former {r}")
            } else {
                r.to_string()
            }
        });
        let person = e.canonical.as_str();
        if !title.former && known.get(person).is_none() {
            known.pairs.push((person, org));
        }
        let seen = out
            .iter()
            .any(|a| a.person == person && a.org.as_deref() == Some(org) && a.role == role);
        if !seen {
            out.push(Affiliation {
                person: person.to_string(),
                org: Some(org.to_string()),
                role,
                sentence: Span::new(sentence.start, sentence.end),
            });
        }
    }
    (out, known)
}
