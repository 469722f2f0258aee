//! Property tests for the HTML pages and the moves roll-up: any text gives a well-formed page
//! (balanced marks and spans, every character of the text escaped) and never a panic.

use news_extract::Extractor;
use news_extract::moves::Moves;
use news_extract::render::{article_page, escape, moves_page};
use proptest::prelude::*;

fn fragment() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Jo Bell",
        "Acme Corp",
        " resigned",
        " joined",
        " as chief executive of ",
        "\"",
        "“",
        "”",
        " said",
        ". ",
        "\n\n",
        "<b>",
        "&amp;",
        "'",
        " on Monday",
        " in 1983",
        "Zentrix Labs",
        "ü",
        "🙂",
        "\u{0}",
        " left ",
        " to join ",
        " Mr Bell",
        ",",
    ])
    .prop_map(str::to_string)
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(fragment(), 0..60).prop_map(|v| v.concat()),
    ]
}

fn strip_tags(page: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in page.chars() {
        match c {
            '<' => inside = true,
            '>' if inside => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn article_pages_are_well_formed(text in text()) {
        let doc = Extractor::shared().extract(&text);
        let page = article_page("id", &text, &doc);
        prop_assert_eq!(page.matches("<mark").count(), page.matches("</mark>").count());
        prop_assert_eq!(page.matches("<span").count(), page.matches("</span>").count());
        // The article is in the page whole and escaped.
        let start = page.find("<article id=\"text\">").unwrap();
        let end = page.find("</article>").unwrap();
        let body = &page[start + "<article id=\"text\">".len()..end];
        let labels: usize = doc.entities.iter().map(|e| e.kind.as_str().len()).sum();
        let shown = strip_tags(body);
        prop_assert_eq!(shown.len(), escape(&text).len() + labels);
    }

    #[test]
    fn moves_pages_never_panic(texts in prop::collection::vec(text(), 1..6)) {
        let mut moves = Moves::new();
        for (i, t) in texts.iter().enumerate() {
            moves.add(&i.to_string(), t, &Extractor::shared().extract(t));
        }
        let rows = moves.rows();
        let page = moves_page("<t>", &rows, &moves.counts());
        prop_assert!(page.contains("&lt;t&gt;"));
        prop_assert_eq!(page.matches("<tr>").count(), rows.len() + moves.counts().len() + 2);
    }
}
