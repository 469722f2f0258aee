//! The seed article: exactly three quotations with the right speakers, no scare quotes.
//! Skips cleanly when `../shared` (outside the repository) is absent.

use news_extract::Extractor;

mod common;

use common::seed;

#[test]
fn seed_article_has_exactly_the_three_quotations() {
    let Some(text) = seed() else {
        eprintln!("skipping: ../shared/seed is absent");
        return;
    };
    let doc = Extractor::default().extract(&text);
    for q in &doc.quotes {
        eprintln!(
            "{:?} <- {:?} ({:?})",
            &q.text[..q.text.len().min(60)],
            q.speaker,
            q.cue
        );
        assert_eq!(&text[q.start..q.end], q.text);
    }
    assert_eq!(doc.quotes.len(), 3, "{:#?}", doc.quotes);
    let [a, b, c] = &doc.quotes[..] else {
        unreachable!()
    };
    assert!(a.text.starts_with("Meta Platforms’ releases"));
    assert!(a.text.ends_with("too little, too late,"));
    assert!(b.text.starts_with("Many have quit, embittered"));
    assert!(
        c.text
            .starts_with("Googlers have left to create over 2,000 startups")
    );
    assert!(c.text.ends_with("I think it’s healthy,"));
    assert_eq!(a.speaker.as_deref(), Some("The Information"));
    assert_eq!(b.speaker.as_deref(), Some("The Information"));
    assert_eq!(c.speaker.as_deref(), Some("Sundar Pichai"));
    for q in [a, b] {
        assert_eq!(
            &text[q.speaker_start.unwrap()..q.speaker_end.unwrap()],
            "the report"
        );
        assert_eq!(q.cue.as_deref(), Some("said"));
    }
    assert_eq!(
        &text[c.speaker_start.unwrap()..c.speaker_end.unwrap()],
        "Pichai"
    );
    for phrase in [
        "internal battle",
        "previously unreported",
        "embittered",
        "employee drain",
    ] {
        assert!(
            doc.quotes.iter().all(|q| q.text != phrase),
            "scare quote {phrase:?} kept"
        );
    }
}
