//! Inputs shared by the integration tests that read `../shared` (the seed article and the BBC
//! corpus). Both are optional: a test that needs one skips cleanly when it is absent.

#![allow(dead_code)] // each test crate uses the part it needs

pub mod marked;

use std::path::PathBuf;

/// The seed article, or `None` (with a note on stderr) when `../shared` is absent.
pub fn seed() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seed/meta-llama-engineers-quit.txt");
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        eprintln!("skipped: {} is absent", path.display());
    }
    text
}

/// The corpus file: `$NEWS_EXTRACT_CORPUS`, else `../shared/corpus/bbc-news-2004-2005.jsonl`.
pub fn corpus_path() -> PathBuf {
    std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpus/bbc-news-2004-2005.jsonl")
        })
}

/// The whole corpus file as text, or `None` (with a note on stderr) when it is absent.
pub fn corpus() -> Option<String> {
    let path = corpus_path();
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        eprintln!("skipped: {} is absent", path.display());
    }
    text
}

/// Greedy word wrap of every paragraph at `width` columns, as plain-text feeds do.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        let mut len = 0;
        for word in line.split(' ').filter(|w| !w.is_empty()) {
            let w = word.chars().count();
            if len > 0 && len + 1 + w > width {
                out.push('\n');
                len = 0;
            } else if len > 0 {
                out.push(' ');
                len += 1;
            }
            out.push_str(word);
            len += w;
        }
        out.push('\n');
    }
    out
}
