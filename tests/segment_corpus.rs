//! Invariants of the splitter and tokenizer over the BBC corpus (skipped when it is absent):
//! no panics, spans trimmed, ordered and on character boundaries, every token inside one
//! sentence. Set `NEWS_EXTRACT_DUMP=FILE` to write every sentence, one per line, for reading.

use std::io::Write;

use news_extract::Segmenter;

mod common;

use common::{corpus, wrap};

#[test]
fn corpus_invariants() {
    let Some(corpus) = corpus() else { return };
    let mut dump = std::env::var_os("NEWS_EXTRACT_DUMP")
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    let seg = Segmenter::new();
    let mut articles = 0;
    let mut sentences_total = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = format!(
            "{}\n\n{}",
            record["title"].as_str().unwrap_or(""),
            record["text"].as_str().unwrap_or("")
        );
        let sentences = seg.split(&text);
        let tokens = seg.tokenize(&text);
        articles += 1;
        sentences_total += sentences.len();
        let mut last = 0;
        for s in &sentences {
            let t = s.span().slice(&text);
            assert!(s.start >= last && !t.is_empty() && t.trim() == t, "{t:?}");
            last = s.end;
            if let Some(out) = dump.as_mut() {
                writeln!(out, "{}\t{}", record["id"], t.replace('\n', "\\n")).unwrap();
            }
        }
        let mut si = 0;
        for tok in &tokens {
            while si < sentences.len() && sentences[si].end <= tok.start {
                si += 1;
            }
            assert!(
                si < sentences.len() && sentences[si].span().contains(tok.span()),
                "token {:?} of {} outside every sentence",
                tok.text(&text),
                record["id"]
            );
        }
    }
    assert!(articles > 2000, "{articles} articles");
    // Roughly 20 sentences per BBC article; far fewer or far more means a broken splitter.
    let per_article = sentences_total as f64 / articles as f64;
    assert!(
        (12.0..40.0).contains(&per_article),
        "{per_article} sentences per article"
    );
}

/// Hard-wrapping an article must not change its sentences: the layout rules tell a wrapped
/// line from a heading or list item.
#[test]
fn corpus_wrapped_at_72_columns_splits_the_same() {
    let Some(corpus) = corpus() else { return };
    let normalised = |text: &str| -> Vec<String> {
        news_extract::split_sentences(text)
            .map(|s| {
                s.slice(text)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    };
    let mut differing = Vec::new();
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = format!(
            "{}\n\n{}",
            record["title"].as_str().unwrap_or(""),
            record["text"].as_str().unwrap_or("")
        );
        if normalised(&text) != normalised(&wrap(&text, 72)) {
            differing.push(record["id"].to_string());
        }
    }
    assert!(differing.is_empty(), "wrapping changes {differing:?}");
}
