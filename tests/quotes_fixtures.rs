//! Data-driven quotation test: every `fixtures/quotes/NAME.txt` is run through the full
//! pipeline and compared with `NAME.json` (`quotes`: `text` and `speaker` of each expected
//! quotation). Reports precision, recall and F1 of quotation detection (a detected quotation
//! matches an expected one with the same text) and the share of matched quotations with the
//! right speaker, and requires F1 >= 0.95 and speaker accuracy >= 0.90.
//!
//! Each fixture also lists its reference entities (`entities`: surface form, type, canonical),
//! tagged at every whole-word occurrence, so the quote stage can be scored on its own as well
//! as through the full pipeline.

use std::path::{Path, PathBuf};

use news_extract::quotes::find_quotes;
use news_extract::{Entity, EntitySource, EntityType, Extractor, Quote};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    #[serde(default)]
    entities: Vec<(String, EntityType, String)>,
    quotes: Vec<ExpectedQuote>,
}

#[derive(Deserialize)]
struct ExpectedQuote {
    text: String,
    speaker: Option<String>,
}

fn fixtures() -> Vec<(PathBuf, String, Expected)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/quotes");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/quotes exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable fixture");
            let json = std::fs::read_to_string(p.with_extension("json")).expect("expected file");
            let expected: Expected = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: {e}", p.with_extension("json").display()));
            (p, text, expected)
        })
        .collect()
}

/// Stand-in entities: every whole-word occurrence, longest surface forms first, no overlaps.
fn stand_in_entities(text: &str, list: &[(String, EntityType, String)]) -> Vec<Entity> {
    let mut sorted: Vec<_> = list.iter().collect();
    sorted.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
    let mut out: Vec<Entity> = Vec::new();
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    for (surface, kind, canonical) in sorted {
        for (at, _) in text.match_indices(surface.as_str()) {
            let end = at + surface.len();
            if !edge(text[..at].chars().next_back()) || !edge(text[end..].chars().next()) {
                continue;
            }
            if out.iter().any(|e| e.start < end && at < e.end) {
                continue;
            }
            out.push(Entity {
                text: surface.clone(),
                kind: *kind,
                canonical: canonical.clone(),
                start: at,
                end,
                source: EntitySource::Gazetteer,
            });
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

/// Detection and speaker scores over all fixtures.
#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    matched: usize,
    speakers: usize,
}

impl Score {
    fn f1(&self) -> f64 {
        let p = self.matched as f64 / self.found.max(1) as f64;
        let r = self.matched as f64 / self.expected.max(1) as f64;
        2.0 * p * r / (p + r).max(f64::EPSILON)
    }

    fn speaker_accuracy(&self) -> f64 {
        self.speakers as f64 / self.matched.max(1) as f64
    }

    fn add(&mut self, name: &str, mode: &str, quotes: &[Quote], expected: &[ExpectedQuote]) {
        let mut used = vec![false; quotes.len()];
        for e in expected {
            let hit = quotes
                .iter()
                .enumerate()
                .find(|(i, q)| !used[*i] && q.text.trim() == e.text.trim());
            match hit {
                Some((i, q)) => {
                    used[i] = true;
                    self.matched += 1;
                    if q.speaker == e.speaker {
                        self.speakers += 1;
                    } else {
                        eprintln!(
                            "[{mode}] {name}: wrong speaker {:?} (want {:?}) for {:?}",
                            q.speaker, e.speaker, e.text
                        );
                    }
                }
                None => eprintln!("[{mode}] {name}: missed {:?}", e.text),
            }
        }
        for (q, u) in quotes.iter().zip(&used) {
            if !u {
                eprintln!("[{mode}] {name}: spurious {:?} ({:?})", q.text, q.speaker);
            }
        }
        self.expected += expected.len();
        self.found += quotes.len();
    }

    fn report(&self, mode: &str) {
        let p = self.matched as f64 / self.found.max(1) as f64;
        let r = self.matched as f64 / self.expected.max(1) as f64;
        eprintln!(
            "[{mode}] expected {} found {} matched {}: precision {p:.3} recall {r:.3} F1 {:.3}; \
             speakers correct {}/{} = {:.3}",
            self.expected,
            self.found,
            self.matched,
            self.f1(),
            self.speakers,
            self.matched,
            self.speaker_accuracy()
        );
    }
}

/// Scores the quote stage twice: fed with each fixture's reference entities (the stage's
/// own quality, held to the targets), and through the full pipeline with the entity stage's
/// entities (held to the same targets).
#[test]
fn quotation_fixtures_meet_the_targets() {
    let extractor = Extractor::builder()
        .tokens(true)
        .build()
        .expect("default extractor");
    let all = fixtures();
    assert!(all.len() >= 10, "at least ten fixture articles");
    let (mut reference, mut pipeline) = (Score::default(), Score::default());
    for (path, text, expected) in &all {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let doc = extractor.extract(text);
        let entities = stand_in_entities(text, &expected.entities);
        let quotes = find_quotes(text, &doc.sentences, &doc.tokens, &entities);
        reference.add(&name, "reference entities", &quotes, &expected.quotes);
        pipeline.add(&name, "pipeline", &doc.quotes, &expected.quotes);
    }
    eprintln!("quotes: {} fixture articles", all.len());
    reference.report("reference entities");
    pipeline.report("pipeline");
    assert!(
        reference.f1() >= 0.95,
        "quotation detection F1 {:.3} < 0.95",
        reference.f1()
    );
    assert!(
        reference.speaker_accuracy() >= 0.90,
        "speaker accuracy {:.3} < 0.90",
        reference.speaker_accuracy()
    );
    assert!(
        pipeline.f1() >= 0.95,
        "pipeline quotation detection F1 {:.3} < 0.95",
        pipeline.f1()
    );
    // The speaker target holds through the whole pipeline too, with the entity stage's own
    // entities.
    assert!(
        pipeline.speaker_accuracy() >= 0.90,
        "pipeline speaker accuracy {:.3} < 0.90",
        pipeline.speaker_accuracy()
    );
}
