//! Full pipeline (`Extractor::extract`: segment, entities, quotes, events) throughput on one
//! core, over the fixture articles and the BBC corpus (skipped when absent).
//!
//! `cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 5`

mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::Extractor;

fn run(c: &mut Criterion, name: &str, docs: &[String]) {
    let ex = Extractor::shared();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(common::total_bytes(docs)));
    group.sample_size(10);
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0;
            for d in docs {
                let doc = ex.extract(d);
                n += doc.entities.len() + doc.quotes.len() + doc.events.len();
            }
            black_box(n)
        })
    });
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    run(c, "fixtures", &common::fixture_articles());
    match common::corpus_articles() {
        Some(docs) => run(c, "bbc", &docs),
        None => eprintln!("pipeline/bbc skipped: corpus absent"),
    }
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
