//! Throughput of the event stage alone, over precomputed sentences, tokens, entities and
//! quotes.
//!
//! Inputs: the BBC corpus (`../shared/corpus/bbc-news-2004-2005.jsonl`, or the file named by
//! `NEWS_EXTRACT_CORPUS`; skipped when absent) and the event fixtures in `fixtures/events`.
//! Run: `cargo bench --bench events -- --warm-up-time 1 --measurement-time 3`.
//!
//! Recorded (2026-11-27, shared 2-core machine under load, so read as a range):
//! `events/bbc-corpus` 220-370 MiB/s (12.9-21 ms for 4.9 MB), `events/fixtures` 70-125
//! MiB/s (the fixtures are dense with moves, the corpus is not).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::events::find_events;
use news_extract::{Document, Extractor};

/// One article with the earlier stages' output.
struct Prepared {
    text: String,
    doc: Document,
}

fn prepare(texts: Vec<String>) -> Vec<Prepared> {
    let ex = Extractor::builder()
        .tokens(true)
        .build()
        .expect("built-in data is valid");
    texts
        .into_iter()
        .filter_map(|text| {
            // An article an earlier stage cannot handle is left out of the measurement.
            let doc = std::panic::catch_unwind(|| ex.extract(&text)).ok()?;
            Some(Prepared { text, doc })
        })
        .collect()
}

fn corpus() -> Option<Vec<String>> {
    let path = std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc-news-2004-2005.jsonl")
        });
    let data = std::fs::read_to_string(&path).ok()?;
    let texts = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    Some(texts)
}

fn fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/events");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn bench_set(c: &mut Criterion, name: &str, docs: &[Prepared]) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mut group = c.benchmark_group("events");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0;
            for d in docs {
                let (events, affiliations) = find_events(
                    &d.text,
                    &d.doc.sentences,
                    &d.doc.tokens,
                    &d.doc.entities,
                    &d.doc.quotes,
                );
                n += events.len() + affiliations.len();
            }
            black_box(n)
        })
    });
    group.finish();
}

fn events(c: &mut Criterion) {
    std::panic::set_hook(Box::new(|_| {}));
    let fixtures = prepare(fixtures());
    let corpus = corpus().map(prepare);
    let _ = std::panic::take_hook();
    bench_set(c, "fixtures", &fixtures);
    match corpus {
        Some(docs) => bench_set(c, "bbc-corpus", &docs),
        None => eprintln!("events bench: BBC corpus not found, skipping bbc-corpus"),
    }
}

criterion_group!(benches, events);
criterion_main!(benches);
