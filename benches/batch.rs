//! Throughput of the batch runner (`news_extract::batch::run`): reading JSONL, extraction on
//! N threads, ordered output. MB/s of input over the BBC corpus when it is present
//! (`../shared/corpus/...` or `NEWS_EXTRACT_CORPUS`), and over a dump made from
//! `fixtures/sample-article.txt`.
//!
//! ```sh
//! cargo bench --bench batch -- --warm-up-time 1 --measurement-time 3
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::Extractor;
use news_extract::batch::{self, Options, Source, Task};

/// 2,000 copies of the sample article as JSONL, each with its own id.
fn fixture_dump(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/sample-article.txt"
    ))
    .expect("fixtures/sample-article.txt");
    let path = dir.join("fixture-dump.jsonl");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..2000 {
        let line = serde_json::json!({"id": format!("f{i}"), "text": text});
        writeln!(w, "{line}").unwrap();
    }
    w.flush().unwrap();
    path
}

fn bench_batch(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut inputs = vec![("fixture-dump", fixture_dump(dir.path()))];
    match common::corpus_file() {
        Some(p) => inputs.push(("bbc-corpus", p)),
        None => eprintln!("BBC corpus not found: benchmarking the fixture dump only"),
    }
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    for (name, path) in &inputs {
        let bytes = std::fs::metadata(path).unwrap().len();
        group.throughput(Throughput::Bytes(bytes));
        for threads in [1, 2] {
            let options = Options {
                threads,
                ..Options::default()
            };
            let sources = [Source::File(path.clone())];
            group.bench_function(format!("{name}/threads-{threads}"), |b| {
                b.iter(|| {
                    let task = Task::Extract(extractor.clone());
                    let summary = batch::run(&sources, task, &options, &mut std::io::sink());
                    assert_eq!(summary.errors, 0);
                    summary.records
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench_batch);
criterion_main!(benches);
