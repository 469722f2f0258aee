//! The event stage on hand-marked entities: persons and organisations given by name, so
//! the event rules are measured apart from the entity stage.

use news_extract::events::find_events;
use news_extract::{Entity, EntitySource, EntityType, Event, EventType, Segmenter};

/// Marks every whole-word occurrence of each name (longest first, never overlapping).
pub fn mark(text: &str, persons: &[&str], orgs: &[&str]) -> Vec<Entity> {
    let mut names: Vec<(&str, EntityType)> = persons
        .iter()
        .map(|p| (*p, EntityType::Person))
        .chain(orgs.iter().map(|o| (*o, EntityType::Company)))
        .collect();
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut out: Vec<Entity> = Vec::new();
    for (name, kind) in names {
        for (start, _) in text.match_indices(name) {
            let end = start + name.len();
            let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
            if word(text[..start].chars().next_back()) || word(text[end..].chars().next()) {
                continue;
            }
            if out.iter().any(|e| e.start < end && start < e.end) {
                continue;
            }
            // A surname alone is the full name it shortens.
            let canonical = persons
                .iter()
                .find(|p| p.len() > name.len() && p.ends_with(name))
                .copied()
                .unwrap_or(name);
            out.push(Entity {
                text: name.into(),
                kind,
                canonical: canonical.into(),
                start,
                end,
                source: EntitySource::Gazetteer,
            });
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

pub fn events(text: &str, persons: &[&str], orgs: &[&str]) -> Vec<Event> {
    let seg = Segmenter::new();
    let ents = mark(text, persons, orgs);
    find_events(text, &seg.split(text), &seg.tokenize(text), &ents, &[]).0
}

pub fn has(evs: &[Event], kind: EventType, person: &str, org: Option<&str>) -> bool {
    evs.iter()
        .any(|e| e.kind == kind && e.person == person && e.org.as_deref() == org)
}

#[track_caller]
pub fn expect(evs: &[Event], kind: EventType, person: &str, org: Option<&str>) {
    assert!(
        has(evs, kind, person, org),
        "missing {kind:?} {person} / {org:?} in {evs:#?}"
    );
}
