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

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::{Segmenter, Token, split_sentences};

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
    bench_input(c, "fixtures", &common::fixtures_in("segment"));
    if let Some(articles) = common::corpus_articles() {
        bench_input(c, "bbc", &articles);
    }
}

criterion_group!(benches, segment);
criterion_main!(benches);
