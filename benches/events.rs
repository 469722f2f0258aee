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

mod common;

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
    let fixtures = prepare(common::fixtures_in("events"));
    let corpus = common::corpus_texts().map(prepare);
    let _ = std::panic::take_hook();
    bench_set(c, "fixtures", &fixtures);
    match corpus {
        Some(docs) => bench_set(c, "bbc-corpus", &docs),
        None => eprintln!("events bench: BBC corpus not found, skipping bbc-corpus"),
    }
}

criterion_group!(benches, events);
criterion_main!(benches);
