//! Entity stage benchmarks: matching (gazetteer + patterns + resolution) over the BBC corpus
//! with the full built-in data, and the build time of the default extractor.
//!
//! `cargo bench --bench entities -- --warm-up-time 1 --measurement-time 3`
//! The corpus is read from `../shared/corpus/bbc-news-2004-2005.jsonl` or
//! `$NEWS_EXTRACT_CORPUS`; without it the matching benchmark is skipped.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::gazetteer::GazetteerBuilder;
use news_extract::{Extractor, Sentence};

fn corpus() -> Option<Vec<String>> {
    let path = std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpus/bbc-news-2004-2005.jsonl")
        });
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
    )
}

fn matching(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("entities/match_bbc skipped: corpus absent");
        return;
    };
    let ex = Extractor::shared();
    let g = ex.gazetteer();
    let (f, s, w) = g.name_list_sizes();
    eprintln!(
        "gazetteer: {} entries, {f} first names, {s} surnames, {w} common words, {:.1} MB held",
        g.len(),
        g.memory_usage() as f64 / 1e6
    );
    let split: Vec<(&str, Vec<Sentence>)> = docs
        .iter()
        .map(|d| (d.as_str(), ex.segmenter().split(d)))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("match_bbc", |b| {
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
criterion_main!(benches);
