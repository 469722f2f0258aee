//! Entity stage benchmarks: matching (gazetteer + patterns + resolution) over the BBC corpus
//! with the full built-in data, and the build time of the default extractor.
//!
//! `cargo bench --bench entities -- --warm-up-time 1 --measurement-time 3`
//! The corpus is read from `../shared/corpus/bbc-news-2004-2005.jsonl` or
//! `$NEWS_EXTRACT_CORPUS`; without it the matching benchmark is skipped.

use std::hint::black_box;

mod common;

use common::ThreadCpu;
use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::gazetteer::GazetteerBuilder;
use news_extract::{Extractor, Sentence};

/// Each corpus article with its sentences, split once outside the measured loop.
fn split_corpus(ex: &Extractor, docs: &[String]) -> Vec<(String, Vec<Sentence>)> {
    docs.iter()
        .map(|d| (d.clone(), ex.segmenter().split(d)))
        .collect()
}

/// Times the matching stage over the corpus articles, split into sentences beforehand.
fn bench_matching<M: Measurement>(c: &mut Criterion<M>, name: &str, docs: &[String]) {
    let ex = Extractor::shared();
    let split = split_corpus(ex, docs);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut n = 0;
            for (text, sentences) in &split {
                n += ex.find_entities(text, sentences).len();
            }
            black_box(n)
        })
    });
    group.finish();
}

fn matching_cpu(c: &mut Criterion<ThreadCpu>) {
    if let Some(docs) = common::corpus_texts() {
        bench_matching(c, "match_bbc_cpu", &docs);
    }
}

fn matching(c: &mut Criterion) {
    let Some(docs) = common::corpus_texts() else {
        eprintln!("entities/match_bbc skipped: corpus absent");
        return;
    };
    let g = Extractor::shared().gazetteer();
    let (f, s, w) = g.name_list_sizes();
    eprintln!(
        "gazetteer: {} entries, {f} first names, {s} surnames, {w} common words, \
         {:.1} MB held ({:.1} MB automaton)",
        g.len(),
        g.memory_usage() as f64 / 1e6,
        g.automaton_memory_usage() as f64 / 1e6
    );
    bench_matching(c, "match_bbc", &docs);
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("entities");
    group.sample_size(10);
    group.bench_function("build_builtin_gazetteer", |b| {
        b.iter(|| black_box(GazetteerBuilder::with_builtin().build().len()))
    });
    group.bench_function("build_extractor", |b| {
        b.iter(|| black_box(Extractor::builder().build().unwrap()))
    });
    group.finish();
}

criterion_group!(benches, matching, build);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = matching_cpu
}
criterion_main!(benches, cpu);
