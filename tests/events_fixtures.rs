//! Data-driven tests of the event stage.
//!
//! Each fixture is an article `fixtures/events/NAME.txt` written for these tests, with
//! `NAME.json` beside it:
//!
//! ```json
//! {
//!   "entities": ["C:Acme Corp.=Acme", "P:Jane Doe", "M:Llama 2"],
//!   "events": [{"type": "LEAVE", "person": "Jane Doe", "org": "Acme", "polarity": "asserted"}]
//! }
//! ```
//!
//! `entities` names the mentions in the article (type prefix, text, optional `=canonical`):
//! they feed the event stage directly, so its rules are measured apart from the entity stage.
//! The same articles also run through the whole pipeline (`Extractor::default().extract`).
//! Events match on type + person + org (a group matches when either phrase contains the
//! other); the harness prints precision, recall, F1 and polarity accuracy, and requires
//! F1 >= 0.85 and polarity right on >= 0.90 of matched events on both runs.

use std::path::{Path, PathBuf};

use news_extract::events::find_events;
use news_extract::{
    Entity, EntitySource, EntityType, Event, EventType, Extractor, Polarity, Segmenter,
};
use serde::Deserialize;

mod common;

use common::seed;

#[derive(Debug, Deserialize)]
struct Fixture {
    entities: Vec<String>,
    events: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(rename = "type")]
    kind: String,
    person: String,
    org: Option<String>,
    polarity: String,
    #[serde(default)]
    group: bool,
}

/// Marks every whole-word occurrence of each spec'd name, longest first, never overlapping.
fn entities(text: &str, specs: &[String]) -> Vec<Entity> {
    let mut parsed: Vec<(&str, EntityType, &str)> = specs
        .iter()
        .map(|n| {
            let (kind, rest) = match n.split_at(2) {
                ("P:", r) => (EntityType::Person, r),
                ("C:", r) => (EntityType::Company, r),
                ("M:", r) => (EntityType::Model, r),
                _ => panic!("bad entity spec {n}"),
            };
            let (surface, canonical) = rest.split_once('=').unwrap_or((rest, rest));
            (surface, kind, canonical)
        })
        .collect();
    parsed.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
    let mut out: Vec<Entity> = Vec::new();
    for (surface, kind, canonical) in parsed {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let before_ok = text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let rest = &text[end..];
            let after_ok = rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
                || ["'s", "’s"].iter().any(|p| rest.starts_with(p));
            let free = out.iter().all(|e| e.end <= start || e.start >= end);
            if before_ok && after_ok && free {
                out.push(Entity {
                    text: surface.to_string(),
                    kind,
                    canonical: canonical.to_string(),
                    start,
                    end,
                    source: EntitySource::Gazetteer,
                });
            }
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

fn kind_name(k: EventType) -> &'static str {
    match k {
        EventType::Leave => "LEAVE",
        EventType::Join => "JOIN",
    }
}

fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Asserted => "asserted",
        Polarity::Negated => "negated",
        Polarity::Hypothetical => "hypothetical",
    }
}

fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '“' | '”' | '"' | '‘' | '’'))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Company names match when equal or when one is the other's first words ("Quillon" /
/// "Quillon Media"): which variant is canonical is the entity stage's choice.
fn same_org(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let word_prefix = |long: &str, short: &str| {
                long.strip_prefix(short)
                    .is_some_and(|rest| rest.starts_with(' '))
            };
            a == b || word_prefix(a, b) || word_prefix(b, a)
        }
        _ => false,
    }
}

fn matches(e: &Event, x: &Expected) -> bool {
    if kind_name(e.kind) != x.kind
        || !same_org(e.org.as_deref(), x.org.as_deref())
        || e.group != x.group
    {
        return false;
    }
    if x.group {
        let (a, b) = (norm(&e.person), norm(&x.person));
        a.contains(&b) || b.contains(&a)
    } else {
        e.person == x.person
    }
}

#[derive(Default)]
struct Score {
    predicted: usize,
    expected: usize,
    matched: usize,
    polarity_right: usize,
    misses: Vec<String>,
}

impl Score {
    /// Adds one article: events dedupe on type + person + org (a move told twice counts once).
    fn add(&mut self, name: &str, got: &[Event], want: &[Expected]) {
        let mut distinct: Vec<&Event> = Vec::new();
        for e in got {
            if !distinct
                .iter()
                .any(|d| d.kind == e.kind && d.person == e.person && d.org == e.org)
            {
                distinct.push(e);
            }
        }
        self.predicted += distinct.len();
        self.expected += want.len();
        let mut used = vec![false; distinct.len()];
        for x in want {
            let hit = distinct
                .iter()
                .enumerate()
                .find(|(i, e)| !used[*i] && matches(e, x));
            match hit {
                Some((i, e)) => {
                    used[i] = true;
                    self.matched += 1;
                    if polarity_name(e.polarity) == x.polarity {
                        self.polarity_right += 1;
                    } else {
                        self.misses.push(format!(
                            "{name}: polarity {} for {} {} @{:?}, want {}",
                            polarity_name(e.polarity),
                            x.kind,
                            x.person,
                            x.org,
                            x.polarity
                        ));
                    }
                }
                None => self.misses.push(format!(
                    "{name}: missed {} {} @{:?}",
                    x.kind, x.person, x.org
                )),
            }
        }
        for (i, e) in distinct.iter().enumerate() {
            if !used[i] {
                self.misses.push(format!(
                    "{name}: spurious {} {} @{:?} ({:?})",
                    kind_name(e.kind),
                    e.person,
                    e.org,
                    e.trigger
                ));
            }
        }
    }

    fn report(&self, label: &str) -> (f64, f64) {
        let p = self.matched as f64 / self.predicted.max(1) as f64;
        let r = self.matched as f64 / self.expected.max(1) as f64;
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let pol = self.polarity_right as f64 / self.matched.max(1) as f64;
        println!(
            "[{label}] events: expected {} predicted {} matched {} | P {:.3} R {:.3} F1 {:.3} | \
             polarity right {:.3}",
            self.expected, self.predicted, self.matched, p, r, f1, pol
        );
        for m in &self.misses {
            println!("  {m}");
        }
        (f1, pol)
    }
}

fn fixtures() -> Vec<(String, String, Fixture)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/events");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/events exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("fixture text");
            let json = std::fs::read_to_string(p.with_extension("json"))
                .unwrap_or_else(|e| panic!("{name}.json: {e}"));
            let fx: Fixture =
                serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}.json: {e}"));
            (name, text, fx)
        })
        .collect()
}

#[test]
fn fixtures_with_given_entities() {
    let all = fixtures();
    assert!(
        all.len() >= 20,
        "want at least 20 fixtures, have {}",
        all.len()
    );
    let seg = Segmenter::new();
    let mut score = Score::default();
    for (name, text, fx) in &all {
        let ents = entities(text, &fx.entities);
        let (events, _) = find_events(text, &seg.split(text), &seg.tokenize(text), &ents, &[]);
        score.add(name, &events, &fx.events);
    }
    let (f1, pol) = score.report("event stage, given entities");
    assert!(f1 >= 0.85, "event F1 {f1:.3} < 0.85");
    assert!(pol >= 0.90, "polarity accuracy {pol:.3} < 0.90");
}

#[test]
fn fixtures_through_the_pipeline() {
    let all = fixtures();
    let ex = Extractor::default();
    let mut score = Score::default();
    let mut with_entities = 0;
    for (name, text, fx) in &all {
        let doc = ex.extract(text);
        if !doc.entities.is_empty() {
            with_entities += 1;
        }
        score.add(name, &doc.events, &fx.events);
    }
    let (f1, pol) = score.report("full pipeline");
    assert!(
        with_entities * 2 >= all.len(),
        "the entity stage finds entities in only {with_entities} of {} fixtures",
        all.len()
    );
    // The issue's targets hold through the full pipeline too, with the entity stage's own
    // entities.
    assert!(f1 >= 0.85, "pipeline event F1 {f1:.3} < 0.85");
    assert!(pol >= 0.90, "pipeline polarity accuracy {pol:.3} < 0.90");
}

// ---- The seed article (../shared, not part of the repo). ----

fn show(events: &[Event]) -> String {
    events
        .iter()
        .map(|e| {
            format!(
                "{} {:?} group={} org={:?} role={:?} {} [{}]",
                kind_name(e.kind),
                e.person,
                e.group,
                e.org,
                e.role,
                polarity_name(e.polarity),
                e.trigger
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The issue's acceptance list for the seed article.
fn check_seed(events: &[Event], affiliations: &[news_extract::Affiliation]) {
    let all = show(events);
    println!("{all}");
    let has = |kind: EventType, pred: &dyn Fn(&Event) -> bool| {
        events.iter().any(|e| e.kind == kind && pred(e))
    };
    assert!(
        has(EventType::Leave, &|e| e.group
            && norm(&e.person).contains(
                "some of the scientists and engineers who worked on llama"
            )
            && e.org.as_deref() == Some("Meta")),
        "LEAVE group Meta missing:\n{all}"
    );
    assert!(
        has(EventType::Join, &|e| e.group
            && norm(&e.person).contains("scientists and engineers")
            && e.org.is_none()),
        "JOIN group null missing:\n{all}"
    );
    assert!(
        has(EventType::Leave, &|e| e.person == "Jacob Devlin"
            && e.org.as_deref() == Some("Google")
            && e.role.as_deref() == Some("AI researcher")),
        "LEAVE Devlin missing:\n{all}"
    );
    assert!(
        has(EventType::Leave, &|e| e.group
            && norm(&e.person) == "some employees"
            && e.org.as_deref() == Some("Google")),
        "LEAVE some employees Google missing:\n{all}"
    );
    assert!(!events.iter().any(|e| e.person.contains("Pichai")), "{all}");
    assert!(
        !events.iter().any(|e| e.org.as_deref() == Some("Microsoft")),
        "{all}"
    );
    assert!(
        !events
            .iter()
            .any(|e| e.kind == EventType::Join && e.person == "Jacob Devlin"),
        "{all}"
    );
    let aff = |person: &str, orgs: &[&str], role: Option<&str>| {
        affiliations.iter().any(|a| {
            a.person == person
                && a.org.as_deref().is_some_and(|o| orgs.contains(&o))
                && (role.is_none() || a.role.as_deref() == role)
        })
    };
    assert!(
        aff("Sundar Pichai", &["Google", "Alphabet"], Some("CEO")),
        "{affiliations:?}"
    );
    assert!(aff("Jacob Devlin", &["Google"], None), "{affiliations:?}");
}

#[test]
fn seed_article_with_given_entities() {
    let Some(text) = seed() else { return };
    let specs: Vec<String> = [
        "C:Facebook parent company Meta=Meta",
        "C:Meta Platforms=Meta",
        "C:Meta=Meta",
        "C:Microsoft",
        "C:The Information",
        "C:OpenAI",
        "C:Anthropic",
        "C:Google",
        "C:Alphabet",
        "P:Jacob Devlin",
        "P:Sundar Pichai",
        "P:Pichai=Sundar Pichai",
        "M:Llama 2",
        "M:Llama",
        "M:Bard",
        "M:ChatGPT",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let seg = Segmenter::new();
    let ents = entities(&text, &specs);
    let (events, aff) = find_events(&text, &seg.split(&text), &seg.tokenize(&text), &ents, &[]);
    check_seed(&events, &aff);
}

#[test]
fn seed_article_through_the_pipeline() {
    let Some(text) = seed() else { return };
    let doc = Extractor::default().extract(&text);
    if doc.entities.is_empty() {
        eprintln!("skipping: the pipeline finds no entities yet (entity stage not landed)");
        return;
    }
    check_seed(&doc.events, &doc.affiliations);
}
