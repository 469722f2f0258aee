//! Full pipeline (`Extractor::extract`: segment, entities, quotes, events) throughput on one
//! core, over the fixture articles and the BBC corpus (skipped when absent).
//!
//! Two measurements of the same loop: wall clock (`pipeline/...`) and the benchmarking
//! thread's own CPU time (`pipeline-cpu/...`, "MB/s cpu"), which is the one-core cost even
//! when the machine is busy with other work.
//!
//! `cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 5`

mod common;

use std::hint::black_box;

use common::ThreadCpu;
use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use news_extract::Extractor;

fn run<M: Measurement>(c: &mut Criterion<M>, group: &str, name: &str, docs: &[String]) {
    let ex = Extractor::shared();
    let mut group = c.benchmark_group(group);
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

fn inputs() -> Vec<(&'static str, Vec<String>)> {
    let mut out = vec![("fixtures", common::fixture_articles())];
    match common::corpus_articles() {
        Some(docs) => out.push(("bbc", docs)),
        None => eprintln!("pipeline/bbc skipped: corpus absent"),
    }
    out
}

fn wall(c: &mut Criterion) {
    for (name, docs) in inputs() {
        run(c, "pipeline", name, &docs);
    }
}

fn cpu(c: &mut Criterion<ThreadCpu>) {
    for (name, docs) in inputs() {
        run(c, "pipeline-cpu", name, &docs);
    }
}

criterion_group!(benches, wall);
criterion_group! {
    name = cpu_time;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = cpu
}
criterion_main!(benches, cpu_time);
