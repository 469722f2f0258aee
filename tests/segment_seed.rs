//! The seed article splits as a careful reader would. Skips when `../shared` is absent.

use news_extract::{Segmenter, split_sentences};

mod common;

use common::{seed, wrap};

#[test]
fn seed_article_sentences() {
    let Some(text) = seed() else { return };
    let sentences: Vec<&str> = split_sentences(&text).map(|s| s.slice(&text)).collect();
    for s in &sentences {
        println!("[{s}]");
    }
    let headline = "Engineers who worked at Meta’s Llama models have quit, here’s why";
    assert_eq!(sentences[0], headline);
    assert_eq!(sentences[1], headline);
    for own in [
        "Why did researchers leave Meta?",
        "Google’s ‘employee drain’",
        "FacebookTwitterLinkedin",
        "end of article",
    ] {
        assert!(
            sentences.contains(&own),
            "{own:?} is not a sentence of its own"
        );
    }
    assert_eq!(sentences.last(), Some(&"end of article"));
    // Speech tags stay with their quotations.
    for s in &sentences {
        assert!(
            !s.starts_with("the report said") && !s.starts_with("Pichai said"),
            "speech tag split off: {s:?}"
        );
    }
    let tagged = sentences
        .iter()
        .filter(|s| s.ends_with("” the report said.") || s.contains("” the report said, citing"))
        .count();
    assert_eq!(tagged, 2, "both report quotations keep their tag");
    assert!(
        sentences
            .iter()
            .any(|s| s.ends_with("healthy,” Pichai said."))
    );
    // Inside paragraphs: sentence ends that a reader sees.
    assert!(sentences.contains(&"But it seems that the company now has a problem."));
    assert!(sentences.contains(&"Some of them come back."));
    assert_eq!(sentences.len(), 24, "{sentences:#?}");
}

#[test]
fn seed_article_with_crlf_and_hard_wrapping_splits_the_same() {
    let Some(text) = seed() else { return };
    let expected: Vec<&str> = split_sentences(&text).map(|s| s.slice(&text)).collect();
    let crlf = text.replace('\n', "\r\n");
    let got: Vec<&str> = split_sentences(&crlf).map(|s| s.slice(&crlf)).collect();
    assert_eq!(got, expected);
    // Wrap every paragraph greedily at 72 columns: the same sentences, with newlines inside.
    let wrapped = wrap(&text, 72);
    let got: Vec<String> = split_sentences(&wrapped)
        .map(|s| s.slice(&wrapped).replace('\n', " "))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn seed_article_tokens_stay_inside_sentences() {
    let Some(text) = seed() else { return };
    let seg = Segmenter::new();
    let sentences = seg.split(&text);
    let tokens = seg.tokenize(&text);
    let mut per_sentence = 0;
    for s in &sentences {
        per_sentence += seg.tokenize_span(&text, s.span()).len();
    }
    assert_eq!(per_sentence, tokens.len());
    for t in &tokens {
        assert!(
            sentences.iter().any(|s| s.span().contains(t.span())),
            "token {:?} crosses a sentence boundary",
            t.text(&text)
        );
    }
    let metas: Vec<_> = tokens
        .iter()
        .filter(|t| t.text(&text) == "Meta’s")
        .collect();
    assert!(!metas.is_empty() && metas.iter().all(|t| t.possessive));
    let here = tokens.iter().find(|t| t.text(&text) == "here’s").unwrap();
    assert!(!here.possessive);
    // “Meta Platforms’ releases”: a plural possessive inside a double quotation.
    let platforms = tokens
        .iter()
        .find(|t| t.text(&text) == "Platforms’")
        .unwrap();
    assert!(platforms.possessive);
    assert_eq!(platforms.stem(&text), "Platforms");
    // ‘employee drain’: the closing single quote is punctuation, not part of "drain".
    let drain = tokens
        .iter()
        .position(|t| t.text(&text) == "drain")
        .unwrap();
    assert_eq!(tokens[drain + 1].text(&text), "’");
}
