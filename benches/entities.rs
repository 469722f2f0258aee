//! Entity stage benchmarks: matching (gazetteer + patterns + resolution) over the BBC corpus
//! with the full built-in data, and the build time of the default extractor.
//!
//! `cargo bench --bench entities -- --warm-up-time 1 --measurement-time 3`
//! The corpus is read from `../shared/corpus/bbc-news-2004-2005.jsonl` or
//! `$NEWS_EXTRACT_CORPUS`; without it the matching benchmark is skipped.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::measurement::{Measurement, ValueFormatter};
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

/// CPU time of the benchmarking thread, from `/proc/thread-self/schedstat` (Linux): on a
/// machine shared with other work it measures the cost on one core, where wall time would
/// also count the time spent waiting for a core.
struct ThreadCpu;

fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

impl Measurement for ThreadCpu {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (div, unit) = if typical >= 1e9 {
            (1e9, "s cpu")
        } else if typical >= 1e6 {
            (1e6, "ms cpu")
        } else if typical >= 1e3 {
            (1e3, "µs cpu")
        } else {
            (1.0, "ns cpu")
        };
        for v in values.iter_mut() {
            *v /= div;
        }
        unit
    }
    fn scale_throughputs(&self, _typical: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let units = match *t {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => n as f64,
            Throughput::Elements(n) => n as f64,
            _ => 1.0,
        };
        for v in values.iter_mut() {
            *v = units / (*v / 1e9) / 1e6;
        }
        match t {
            Throughput::Bytes(_) | Throughput::BytesDecimal(_) => "MB/s cpu",
            _ => "M/s cpu",
        }
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

/// Each corpus article with its sentences, split once outside the measured loop.
fn split_corpus(ex: &Extractor, docs: &[String]) -> Vec<(String, Vec<Sentence>)> {
    docs.iter()
        .map(|d| (d.clone(), ex.segmenter().split(d)))
        .collect()
}

fn matching_cpu(c: &mut Criterion<ThreadCpu>) {
    let Some(docs) = corpus() else {
        return;
    };
    let ex = Extractor::shared();
    let split = split_corpus(ex, &docs);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("match_bbc_cpu", |b| {
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

fn matching(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("entities/match_bbc skipped: corpus absent");
        return;
    };
    let ex = Extractor::shared();
    let g = ex.gazetteer();
    let (f, s, w) = g.name_list_sizes();
    eprintln!(
        "gazetteer: {} entries, {f} first names, {s} surnames, {w} common words, \
         {:.1} MB held ({:.1} MB automaton)",
        g.len(),
        g.memory_usage() as f64 / 1e6,
        g.automaton_memory_usage() as f64 / 1e6
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
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = matching_cpu
}
criterion_main!(benches, cpu);
