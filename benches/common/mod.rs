//! Inputs shared by the benchmarks: the BBC corpus (optional, outside the repo) and the
//! fixture articles (always present).

#![allow(dead_code)] // each bench uses the part it needs

use std::path::PathBuf;

use criterion::Throughput;
use criterion::measurement::{Measurement, ValueFormatter};

/// The corpus file: `$NEWS_EXTRACT_CORPUS`, else `../shared/corpus/bbc-news-2004-2005.jsonl`.
pub fn corpus_path() -> PathBuf {
    std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpus/bbc-news-2004-2005.jsonl")
        })
}

/// The BBC articles as `title + "\n\n" + text` (the CLI's record text), or `None` when the
/// corpus is absent.
pub fn corpus_articles() -> Option<Vec<String>> {
    let text = std::fs::read_to_string(corpus_path()).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                let body = v["text"].as_str()?;
                Some(match v["title"].as_str() {
                    Some(t) if !t.is_empty() => format!("{t}\n\n{body}"),
                    _ => body.to_string(),
                })
            })
            .collect(),
    )
}

/// The BBC corpus file when it exists.
pub fn corpus_file() -> Option<PathBuf> {
    let path = corpus_path();
    path.is_file().then_some(path)
}

/// The BBC article bodies (the `text` field alone), or `None` when the corpus is absent.
pub fn corpus_texts() -> Option<Vec<String>> {
    let text = std::fs::read_to_string(corpus_path()).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
    )
}

/// The `.txt` articles directly in `fixtures/<subdir>`, in file-name order.
pub fn fixtures_in(subdir: &str) -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(subdir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Every `.txt` article under `fixtures/` (recursively).
pub fn fixture_articles() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt") {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &mut out,
    );
    out
}

/// Total bytes of a set of articles.
pub fn total_bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// CPU time of the benchmarking thread, from `/proc/thread-self/schedstat` (Linux): on a
/// machine shared with other work it measures the cost on one core, where wall time would
/// also count the time spent waiting for a core.
pub struct ThreadCpu;

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

pub struct CpuFormatter;

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
