//! Segmentation throughput (MB/s): sentence splitting and tokenizing over the fixture articles
//! in `fixtures/segment/` and over the BBC corpus (`../shared/corpus/bbc-news-2004-2005.jsonl`
//! or `$NEWS_EXTRACT_CORPUS`; title + "\n\n" + text per record; skipped when absent).
//!
//! ```text
//! cargo bench --bench segment -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Recorded 2026-11-27 on the shared 2-core development machine (load average 5-8, so the
//! criterion wall-clock figures swing by 2x between runs; the bench process got 0.5-0.7 of a
//! core). Criterion, BBC corpus (5.2 MB per iteration): split 565-983 MiB/s, tokenize (reused
//! buffer) 223-340 MiB/s. CPU time for 40 passes over the corpus (201 MB, `perf stat -e
//! task-clock`, corpus loading subtracted): split 0.20 s = about 1.0 GB/s per core, tokenize
//! 0.66 s = about 0.3 GB/s per core.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::{Segmenter, Token, split_sentences};

fn fixtures() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/segment");
    let mut texts: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .filter_map(|p| std::fs::read_to_string(&p).ok().map(|t| (p, t)))
                .collect()
        })
        .unwrap_or_default();
    texts.sort();
    texts.into_iter().map(|(_, t)| t).collect()
}

fn bbc() -> Option<Vec<String>> {
    let path = std::env::var_os("NEWS_EXTRACT_CORPUS").map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpus/bbc-news-2004-2005.jsonl")
        },
        PathBuf::from,
    );
    let Ok(corpus) = std::fs::read_to_string(&path) else {
        eprintln!(
            "segment bench: {} not found, skipping the BBC inputs",
            path.display()
        );
        return None;
    };
    let articles = corpus
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|r| {
            format!(
                "{}\n\n{}",
                r["title"].as_str().unwrap_or(""),
                r["text"].as_str().unwrap_or("")
            )
        })
        .collect();
    Some(articles)
}

fn bench_input(c: &mut Criterion, name: &str, articles: &[String]) {
    let bytes: usize = articles.iter().map(String::len).sum();
    if bytes == 0 {
        return;
    }
    let seg = Segmenter::new();
    let mut group = c.benchmark_group(format!("segment/{name}"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("split", |b| {
        b.iter(|| {
            let mut n = 0;
            for text in articles {
                n += split_sentences(black_box(text)).count();
            }
            n
        })
    });
    group.bench_function("split_vec", |b| {
        b.iter(|| {
            let mut n = 0;
            for text in articles {
                n += seg.split(black_box(text)).len();
            }
            n
        })
    });
    group.bench_function("tokenize", |b| {
        let mut buf: Vec<Token> = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for text in articles {
                buf.clear();
                seg.tokenize_into(
                    black_box(text),
                    news_extract::Span::new(0, text.len()),
                    &mut buf,
                );
                n += buf.len();
            }
            n
        })
    });
    group.bench_function("tokenize_vec", |b| {
        b.iter(|| {
            let mut n = 0;
            for text in articles {
                n += seg.tokenize(black_box(text)).len();
            }
            n
        })
    });
    group.finish();
}

fn segment(c: &mut Criterion) {
    bench_input(c, "fixtures", &fixtures());
    if let Some(articles) = bbc() {
        bench_input(c, "bbc", &articles);
    }
}

criterion_group!(benches, segment);
criterion_main!(benches);
