//! Resolution: one mention per span, canonical names, short forms.
//!
//! 1. **Overlaps**: candidates are taken longest first, a dictionary match before a pattern
//!    match of the same span, and a candidate that overlaps one already taken is dropped.
//! 2. **Canonical names**: a dictionary mention takes its entry's canonical name ("Meta
//!    Platforms" and "Meta’s" -> "Meta"); a pattern mention its own text (without a legal
//!    designator: "Zentrix Labs Inc." -> "Zentrix Labs").
//! 3. **Short forms** (source `coreference`): a surname alone ("Pichai", "Mr. Devlin") takes the
//!    canonical name of the full name mentioned in the article (the nearest one before it when
//!    two people share a surname); the first word of a pattern company ("Zentrix" after
//!    "Zentrix Labs Inc.") its company.
//! 4. **Headlines**: in ALL-CAPS and Title Case lines the names the body establishes are
//!    matched (case-insensitively for ALL CAPS).

use std::collections::{BTreeMap, HashMap};

use crate::document::{Entity, EntitySource, EntityType};
use crate::patterns::lexicon;
use crate::patterns::words::{HEAD_CAPS, HEAD_TITLE, SENT_START, SKIP};
use crate::patterns::{Candidate, Ctx};

/// Keeps one candidate per span: longest first, dictionary before pattern on equal spans.
pub(crate) fn select(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then((a.source as u8).cmp(&(b.source as u8)))
            .then(a.start.cmp(&b.start))
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let clash = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.start);
        if !clash {
            taken.insert(c.start, c.end);
            out.push(c);
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// A name the body establishes, for short forms and headlines.
#[derive(Clone)]
struct Known {
    kind: EntityType,
    canonical: String,
    /// Byte where the full mention starts.
    at: usize,
}

/// Turns the selected candidates into entities, adding short-form and headline mentions.
pub(crate) fn finish(ctx: &Ctx, cands: Vec<Candidate>) -> Vec<Entity> {
    let text = ctx.text;
    let mut covered = vec![false; ctx.words.len()];
    let mut out: Vec<Entity> = Vec::with_capacity(cands.len() + 4);
    // Surname -> people with that surname, in text order.
    let mut surnames: HashMap<String, Vec<Known>> = HashMap::new();
    // Short company names -> company.
    let mut short: HashMap<String, Known> = HashMap::new();
    for c in &cands {
        for k in &mut covered[c.first..=c.last] {
            *k = true;
        }
        let canonical = ctx.canonical(c).to_string();
        let known = Known {
            kind: c.kind,
            canonical: canonical.clone(),
            at: c.start,
        };
        match c.kind {
            EntityType::Person if canonical.contains(' ') => {
                let mut parts = canonical.split(' ').rev();
                let mut s = parts.next().unwrap_or("");
                if lexicon::is_name_suffix(s.trim_end_matches('.')) {
                    s = parts.next().unwrap_or(s);
                }
                surnames.entry(s.to_string()).or_default().push(known);
            }
            EntityType::Company if c.source == EntitySource::Pattern => {
                let head = canonical.split(' ').next().unwrap_or("");
                if !head.is_empty() && !ctx.gaz.is_common_word(head) && !lexicon::is_stop(head) {
                    short.entry(head.to_string()).or_insert(known);
                }
            }
            _ => {}
        }
        out.push(Entity {
            text: text[c.start..c.end].to_string(),
            kind: c.kind,
            canonical,
            start: c.start,
            end: c.end,
            source: c.source,
        });
    }
    let person_for = |word: &str, at: usize| -> Option<&Known> {
        let list = surnames.get(word)?;
        list.iter().rev().find(|k| k.at < at).or(list.first())
    };
    // Single-word people from a title ("Mr. Devlin") take the full name.
    for e in &mut out {
        if e.kind == EntityType::Person && !e.canonical.contains(' ') {
            if let Some(k) = person_for(&e.text, e.start) {
                e.canonical = k.canonical.clone();
                e.source = EntitySource::Coreference;
            }
        }
    }
    // Bare surnames and short company names.
    for (i, w) in ctx.words.iter().enumerate() {
        if covered[i] || w.has(SKIP) || w.has(HEAD_CAPS) || !w.is_name_like() {
            continue;
        }
        let t = w.text(text);
        let sentence_common = w.has(SENT_START) && ctx.gaz.is_common_word(t);
        let found = person_for(t, w.start)
            .or_else(|| short.get(t))
            .filter(|_| !sentence_common && !lexicon::is_stop(t));
        if let Some(k) = found {
            covered[i] = true;
            out.push(Entity {
                text: t.to_string(),
                kind: k.kind,
                canonical: k.canonical.clone(),
                start: w.start,
                end: w.end,
                source: EntitySource::Coreference,
            });
        }
    }
    headlines(ctx, &mut covered, &mut out, &surnames);
    out.sort_by_key(|e| e.start);
    out
}

/// Names in headline lines, matched against what the body establishes.
fn headlines(
    ctx: &Ctx,
    covered: &mut [bool],
    out: &mut Vec<Entity>,
    surnames: &HashMap<String, Vec<Known>>,
) {
    let words = ctx.words;
    if !words
        .iter()
        .any(|w| w.flags & (HEAD_CAPS | HEAD_TITLE) != 0)
    {
        return;
    }
    // Upper-cased surface -> (kind, canonical), from body mentions, canonicals and surnames.
    let mut known: HashMap<String, (EntityType, String)> = HashMap::new();
    for e in out.iter() {
        known
            .entry(e.text.to_uppercase())
            .or_insert((e.kind, e.canonical.clone()));
        known
            .entry(e.canonical.to_uppercase())
            .or_insert((e.kind, e.canonical.clone()));
    }
    for (s, list) in surnames {
        if let [only] = list.as_slice() {
            known
                .entry(s.to_uppercase())
                .or_insert((only.kind, only.canonical.clone()));
        }
    }
    let mut i = 0;
    while i < words.len() {
        if covered[i] || words[i].flags & (HEAD_CAPS | HEAD_TITLE) == 0 {
            i += 1;
            continue;
        }
        let mut hit = None;
        let mut j = i;
        while j < words.len()
            && j - i < 4
            && !covered[j]
            && words[j].flags & (HEAD_CAPS | HEAD_TITLE) != 0
        {
            let key = ctx.text[words[i].start..words[j].end].to_uppercase();
            if let Some(k) = known.get(&key) {
                hit = Some((j, k.clone()));
            }
            if words[j].has(crate::patterns::words::POSS) || !ctx.spaced(j) {
                break;
            }
            j += 1;
        }
        match hit {
            Some((j, (kind, canonical))) => {
                for c in &mut covered[i..=j] {
                    *c = true;
                }
                out.push(Entity {
                    text: ctx.text[words[i].start..words[j].end].to_string(),
                    kind,
                    canonical,
                    start: words[i].start,
                    end: words[j].end,
                    source: EntitySource::Coreference,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Canon;

    fn cand(start: usize, end: usize, source: EntitySource) -> Candidate {
        Candidate {
            start,
            end,
            kind: EntityType::Company,
            canon: Canon::Text(String::new()),
            source,
            ambiguous: false,
            evidence: true,
            first: 0,
            last: 0,
        }
    }

    #[test]
    fn longest_then_gazetteer() {
        let got = select(vec![
            cand(0, 4, EntitySource::Gazetteer),
            cand(0, 13, EntitySource::Pattern),
            cand(20, 26, EntitySource::Pattern),
            cand(20, 26, EntitySource::Gazetteer),
            cand(12, 21, EntitySource::Pattern),
        ]);
        let spans: Vec<_> = got.iter().map(|c| (c.start, c.end, c.source)).collect();
        assert_eq!(
            spans,
            [
                (0, 13, EntitySource::Pattern),
                (20, 26, EntitySource::Gazetteer)
            ]
        );
    }
}
