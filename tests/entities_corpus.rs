//! Runs the entity stage over the BBC corpus (skipped when it is absent): every article
//! must give sorted, non-overlapping mentions whose text is the text at their offsets.
//! With `NEWS_EXTRACT_DUMP=FILE` the mentions are written out as TSV for reading.

use std::io::Write;

use news_extract::Extractor;

mod common;

use common::corpus;

#[test]
fn corpus_mentions_are_well_formed() {
    let Some(corpus) = corpus() else {
        eprintln!("skipped: corpus absent");
        return;
    };
    let mut dump = std::env::var_os("NEWS_EXTRACT_DUMP")
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    let ex = Extractor::shared();
    let mut n = 0;
    for line in corpus.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let id = v["id"].as_str().unwrap_or("");
        let doc = ex.extract(text);
        for w in doc.entities.windows(2) {
            assert!(w[0].end <= w[1].start, "{id}: {:?} / {:?}", w[0], w[1]);
        }
        for e in &doc.entities {
            assert_eq!(&text[e.start..e.end], e.text, "{id}");
            assert!(!e.text.is_empty() && !e.canonical.is_empty(), "{id}");
            if let Some(d) = dump.as_mut() {
                let mut ctx_start = e.start.saturating_sub(40);
                while !text.is_char_boundary(ctx_start) {
                    ctx_start -= 1;
                }
                let mut ctx_end = (e.end + 40).min(text.len());
                while !text.is_char_boundary(ctx_end) {
                    ctx_end += 1;
                }
                let ctx = text[ctx_start..ctx_end].replace(['\n', '\t'], " ");
                writeln!(
                    d,
                    "{id}\t{}\t{}\t{}\t{:?}\t{ctx}",
                    e.kind.as_str(),
                    e.text,
                    e.canonical,
                    e.source
                )
                .unwrap();
            }
        }
        n += 1;
    }
    assert!(n > 0);
}
