//! A renewed term is no move (GUIDELINES: re-election to the same post is not an event),
//! while a return for a second spell is. Sentences written for these tests; entities marked
//! by hand (see `common::marked`).

mod common;

use common::marked::{events, expect};
use news_extract::EventType;

#[test]
fn a_renewed_term_is_not_a_join() {
    for t in [
        "Ann Dale became chairman of the Tariff Board for a fifth term in June.",
        "Ann Dale was named president of the Tariff Board for a second three-year term.",
        "Ann Dale was appointed chairman of the Tariff Board for a further five years.",
        "Ann Dale became chairman of the Tariff Board for an unprecedented third term.",
    ] {
        let evs = events(t, &["Ann Dale"], &["Tariff Board"]);
        assert!(
            evs.iter().all(|e| e.kind != EventType::Join),
            "{t}\n{evs:#?}"
        );
    }
}

#[test]
fn a_first_term_or_a_second_spell_is_a_join() {
    let t = "Ann Dale became chairman of the Tariff Board in June.";
    expect(
        &events(t, &["Ann Dale"], &["Tariff Board"]),
        EventType::Join,
        "Ann Dale",
        Some("Tariff Board"),
    );
    let t = "Ann Dale was appointed chairman of the Tariff Board for a four-year term.";
    expect(
        &events(t, &["Ann Dale"], &["Tariff Board"]),
        EventType::Join,
        "Ann Dale",
        Some("Tariff Board"),
    );
    let t = "Tom Penn joined Dunmore United for a second spell in 2003.";
    expect(
        &events(t, &["Tom Penn"], &["Dunmore United"]),
        EventType::Join,
        "Tom Penn",
        Some("Dunmore United"),
    );
}
