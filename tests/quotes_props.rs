//! Invariants of the quotation stage on arbitrary text and, when present, the BBC corpus:
//! never panics, quotations are in order, do not overlap, never cross a paragraph, and
//! `text` is exactly the slice `start..end`.

use std::path::{Path, PathBuf};

use news_extract::quotes::find_quotes;
use news_extract::{Entity, EntitySource, EntityType, Quote};
use proptest::prelude::*;

fn check(text: &str, quotes: &[Quote]) {
    let mut last_end = 0;
    for q in quotes {
        assert!(q.start <= q.end && q.end <= text.len());
        assert!(q.start >= last_end, "in order, no overlap");
        last_end = q.end;
        assert_eq!(text.get(q.start..q.end), Some(q.text.as_str()));
        assert!(!q.text.contains('\n'), "within one paragraph: {:?}", q.text);
        match (q.speaker_start, q.speaker_end) {
            (Some(s), Some(e)) => {
                assert!(q.speaker.is_some());
                assert!(s < e && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            (None, None) => {}
            _ => panic!("speaker offsets come in pairs"),
        }
    }
}

fn fragments() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "«",
        "»",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        " said ",
        " he said",
        " she told Reuters",
        "according to ",
        "the report",
        "Meta",
        "Pichai",
        "’s",
        "don’t",
        "’90s",
        "rock ’n’ roll",
        "é",
        "£2",
        "Mr. ",
        "a spokesperson for ",
        "the company",
        "We",
        "are",
        "ready",
        "?",
        "!",
        "—",
        "(",
        ")",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn arbitrary_text_never_breaks_invariants(text in fragments()) {
        // Entities on every "Meta"/"Pichai" to exercise the resolution paths.
        let mut entities = Vec::new();
        for (name, kind, canonical) in [("Meta", EntityType::Company, "Meta"),
                                        ("Pichai", EntityType::Person, "Sundar Pichai")] {
            for (at, _) in text.match_indices(name) {
                entities.push(Entity { text: name.into(), kind, canonical: canonical.into(),
                    start: at, end: at + name.len(), source: EntitySource::Gazetteer });
            }
        }
        entities.sort_by_key(|e| e.start);
        let quotes = find_quotes(&text, &[], &[], &entities);
        check(&text, &quotes);
    }

    #[test]
    fn any_unicode_never_panics(text in "\\PC{0,200}") {
        let quotes = find_quotes(&text, &[], &[], &[]);
        check(&text, &quotes);
    }
}

#[test]
fn bbc_corpus_invariants() {
    let path = std::env::var_os("NEWS_EXTRACT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/bbc-news-2004-2005.jsonl")
        });
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {} is absent", path.display());
        return;
    };
    let (mut articles, mut quotes_n, mut attributed) = (0, 0, 0);
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        let quotes = find_quotes(text, &[], &[], &[]);
        check(text, &quotes);
        articles += 1;
        quotes_n += quotes.len();
        attributed += quotes.iter().filter(|q| q.speaker.is_some()).count();
    }
    eprintln!("bbc: {articles} articles, {quotes_n} quotations, {attributed} with a speaker");
    assert!(quotes_n > articles, "the corpus is full of quotations");
}
