//! Inputs shared by the benchmarks: the BBC corpus (optional, outside the repo) and the
//! fixture articles (always present).

#![allow(dead_code)] // each bench uses the part it needs

use std::path::PathBuf;

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
