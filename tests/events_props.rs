//! Property tests: the event stage never panics and keeps its output inside the text, whatever
//! the text and whatever entities the earlier stages hand it.

use news_extract::events::find_events;
use news_extract::{Entity, EntitySource, EntityType, Segmenter};
use proptest::prelude::*;

/// Words the rules look at, mixed with noise, so that triggers and their contexts do occur.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("left".to_string()),
        Just("joined".to_string()),
        Just("resigned".to_string()),
        Just("was".to_string()),
        Just("named".to_string()),
        Just("step".to_string()),
        Just("down".to_string()),
        Just("as".to_string()),
        Just("the company".to_string()),
        Just("who".to_string()),
        Just("some employees".to_string()),
        Just("he".to_string()),
        Just("I".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("CEO".to_string()),
        Just("Acme".to_string()),
        Just("Jane Doe".to_string()),
        Just("Googlers".to_string()),
        "[a-zA-Zé€😀'’-]{1,8}",
    ]
}

proptest! {
    #[test]
    fn never_panics(words in prop::collection::vec(word(), 0..60), picks in prop::collection::vec(0u8..6, 0..60)) {
        let text = words.join(" ");
        let seg = Segmenter::new();
        let sentences = seg.split(&text);
        let tokens = seg.tokenize(&text);
        let mut entities = Vec::new();
        for (t, p) in tokens.iter().zip(&picks) {
            let kind = match p {
                0 => EntityType::Person,
                1 => EntityType::Company,
                2 => EntityType::Model,
                _ => continue,
            };
            let s = &text[t.start..t.end];
            entities.push(Entity {
                text: s.to_string(),
                kind,
                canonical: s.to_string(),
                start: t.start,
                end: t.end,
                source: EntitySource::Pattern,
            });
        }
        let (events, affiliations) = find_events(&text, &sentences, &tokens, &entities, &[]);
        for e in &events {
            prop_assert!(e.sentence.end <= text.len());
            prop_assert!(!e.person.is_empty());
            prop_assert!(text.contains(e.trigger.as_str()));
        }
        for a in &affiliations {
            prop_assert!(a.sentence.end <= text.len());
        }
    }
}
