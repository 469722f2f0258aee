//! The HTML pages and the moves roll-up stay linear on articles with thousands of quotes,
//! entities and events (the size pairs are 8x apart; a quadratic step would take ~64x).

use std::time::{Duration, Instant};

use news_extract::moves::Moves;
use news_extract::render::article_page;
use news_extract::{
    Document, Entity, EntitySource, EntityType, Event, EventType, Polarity, Quote, Sentence, Span,
};

/// An article of `n` sentences, each with a quote, a person, an organisation and a move.
fn big(n: usize) -> (String, Document) {
    let mut text = String::new();
    let mut doc = Document::default();
    for i in 0..n {
        let start = text.len();
        text.push_str(&format!(
            "Person{i} Name left Org{i} Corp. \"Fine,\" he said. "
        ));
        let p = (start, start + format!("Person{i} Name").len());
        let o0 = text[start..].find("Org").unwrap() + start;
        let o = (o0, o0 + format!("Org{i} Corp").len());
        let q0 = text[start..].find('"').unwrap() + start + 1;
        doc.sentences.push(Sentence {
            start,
            end: o.1 + 1,
        });
        for (span, kind) in [(p, EntityType::Person), (o, EntityType::Company)] {
            doc.entities.push(Entity {
                text: text[span.0..span.1].to_string(),
                kind,
                canonical: text[span.0..span.1].to_string(),
                start: span.0,
                end: span.1,
                source: EntitySource::Pattern,
            });
        }
        doc.quotes.push(Quote {
            text: "Fine,".into(),
            start: q0,
            end: q0 + 5,
            speaker: Some(format!("Person{i} Name")),
            speaker_start: Some(p.0),
            speaker_end: Some(p.1),
            cue: Some("said".into()),
        });
        doc.events.push(Event {
            kind: if i % 2 == 0 {
                EventType::Leave
            } else {
                EventType::Join
            },
            trigger: "left".into(),
            person: format!("Person{} Name", i / 2),
            group: false,
            org: Some(format!("Org{i} Corp")),
            role: None,
            polarity: Polarity::Asserted,
            sentence: Span::new(start, o.1 + 1),
            person_start: None,
            person_end: None,
            org_start: None,
            org_end: None,
            date: None,
        });
    }
    (text, doc)
}

fn time(n: usize) -> Duration {
    let (text, doc) = big(n);
    let t = Instant::now();
    let page = article_page("big", &text, &doc);
    let mut moves = Moves::new();
    moves.add("big", &text, &doc);
    let rows = moves.rows();
    let _ = news_extract::render::moves_page("big", &rows, &moves.counts());
    assert!(page.len() > text.len());
    assert_eq!(rows.len(), n / 2);
    t.elapsed()
}

#[test]
fn pages_and_moves_are_linear() {
    time(100); // warm up
    let small = time(1_000);
    let large = time(8_000);
    assert!(
        large < small * 24 + Duration::from_millis(50),
        "1,000 items: {small:?}; 8,000 items: {large:?}"
    );
}
