//! Adversarial inputs: each must be processed without panicking and in time linear in its size.
//!
//! Linearity is checked by running each input at two sizes (8x apart) and comparing the
//! times: a linear stage takes about 8x as long, a quadratic one about 64x. The bound used
//! (24x) leaves room for noise on a loaded machine while still catching quadratic behaviour.
//! The always-on versions are CI-sized; `cargo test -- --ignored` runs the full sizes the
//! robustness issue names (1 MB inputs, a 50 MB article).

use std::time::{Duration, Instant};

use news_extract::{Document, Extractor};

/// Builds an input of about `bytes` bytes by repeating `unit`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    let n = bytes / unit.len().max(1) + 1;
    unit.repeat(n)
}

fn time_extract(text: &str) -> (Duration, Document) {
    let ex = Extractor::shared();
    let mut best = Duration::MAX;
    let mut doc = Document::default();
    // Best of three to keep scheduling noise out of the ratio.
    for _ in 0..3 {
        let t = Instant::now();
        doc = ex.extract(text);
        best = best.min(t.elapsed());
    }
    (best, doc)
}

fn check_spans(text: &str, doc: &Document) {
    for s in &doc.sentences {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for e in &doc.entities {
        assert!(e.end <= text.len() && text.is_char_boundary(e.start));
    }
    for q in &doc.quotes {
        assert!(q.end <= text.len() && text.is_char_boundary(q.start));
    }
}

/// Runs `make(size)` at `small` and `8 * small` bytes and asserts near-linear time.
///
/// A time ratio above the bound is measured again (up to three rounds) before the test fails,
/// so a burst of load from other processes does not fail a linear stage; a quadratic stage
/// fails every round.
fn assert_linear(name: &str, small: usize, make: impl Fn(usize) -> String) {
    // Warm the shared extractor so its build time is not measured.
    let _ = Extractor::shared().extract("warm up.");
    let a = make(small);
    let b = make(small * 8);
    // Below a few milliseconds the small run is all noise; compare against a floor.
    let floor = Duration::from_millis(5);
    let mut ratios = Vec::new();
    for _ in 0..3 {
        let (ta, da) = time_extract(&a);
        let (tb, db) = time_extract(&b);
        check_spans(&a, &da);
        check_spans(&b, &db);
        let ratio = tb.as_secs_f64() / ta.max(floor).as_secs_f64();
        eprintln!(
            "{name}: {} B in {ta:?}, {} B in {tb:?}, ratio {ratio:.1}",
            a.len(),
            b.len()
        );
        if ratio < 24.0 {
            return;
        }
        ratios.push(ratio);
    }
    panic!("{name}: 8x the input took {ratios:.1?}x the time in every round: not linear");
}

/// Sizes for the always-on run (debug builds are ~20x slower than release).
const SMALL: usize = 32 * 1024;
/// Sizes for the `--ignored` run: 128 KB and 1 MB.
const FULL: usize = 128 * 1024;

type MakeInput = Box<dyn Fn(usize) -> String>;

fn inputs() -> Vec<(&'static str, MakeInput)> {
    vec![
        ("straight quotes", Box::new(|n| repeat_to("\"", n))),
        ("curly quotes unbalanced", Box::new(|n| repeat_to("“a ", n))),
        ("Mr. repeated", Box::new(|n| repeat_to("Mr. ", n))),
        ("no whitespace", Box::new(|n| repeat_to("abcXYZ.,;", n))),
        (
            "capitalised words",
            Box::new(|n| repeat_to("Alpha Beta Gamma Delta ", n)),
        ),
        (
            "capitalised names",
            Box::new(|n| repeat_to("Sundar Pichai Jacob Devlin ", n)),
        ),
        (
            "said X said X",
            Box::new(|n| repeat_to("“Yes,” said Pichai said Devlin said ", n)),
        ),
        (
            "speech tags with full names",
            Box::new(|n| repeat_to("said John Smith said Jane Roe ", n)),
        ),
        (
            "speech tags with surnames",
            Box::new(|n| repeat_to("Smith said Roe told Doe said ", n)),
        ),
        (
            "quote marks unbalanced mix",
            Box::new(|n| repeat_to("‘x “y ’z «w \"v ", n)),
        ),
        ("NUL bytes", Box::new(|n| repeat_to("a\0B\0. ", n))),
        (
            "CR line ends",
            Box::new(|n| repeat_to("Meta quit.\rGoogle\r\n", n)),
        ),
        (
            "RTL and combining",
            Box::new(|n| repeat_to("שָׁלוֹם e\u{301} مرحبا. ", n)),
        ),
        ("emoji", Box::new(|n| repeat_to("😀👩‍💻 Meta 🚀. ", n))),
        (
            "abbreviation dots",
            Box::new(|n| repeat_to("U.S. e.g. Inc. p.m. ", n)),
        ),
        (
            "resign events",
            Box::new(|n| repeat_to("Jacob Devlin resigned from Google. ", n)),
        ),
        (
            "one long sentence",
            Box::new(|n| repeat_to("and Meta joined Google as chief ", n)),
        ),
        ("dots", Box::new(|n| repeat_to(".", n))),
        ("newlines", Box::new(|n| repeat_to("\n", n))),
        ("ellipses", Box::new(|n| repeat_to("… ...", n))),
    ]
}

#[test]
fn adversarial_inputs_are_linear_ci_sized() {
    for (name, make) in inputs() {
        assert_linear(name, SMALL, make);
    }
}

#[test]
#[ignore = "full-size run: cargo test --release -- --ignored"]
fn adversarial_inputs_are_linear_full_size() {
    for (name, make) in inputs() {
        assert_linear(name, FULL, make);
    }
}

#[test]
fn bom_crlf_and_invalid_utf8_decoded_lossily() {
    let bytes = b"\xEF\xBB\xBFMeta quit.\r\nGoogle \xFF\xFE hired. \xC3\x28 end";
    let text = String::from_utf8_lossy(bytes);
    let doc = Extractor::shared().extract(&text);
    check_spans(&text, &doc);
    assert!(!doc.sentences.is_empty());
}

#[test]
fn many_unbalanced_quote_marks_ci_sized() {
    let text = "He said \"no. ".repeat(10_000);
    let doc = Extractor::shared().extract(&text);
    check_spans(&text, &doc);
}

#[test]
fn big_article_ci_sized() {
    let para = "SAN FRANCISCO (Reuters) - Top Google AI researcher Jacob Devlin resigned, \
                “We are done,” he said. Meta’s Llama 2 and OpenAI’s GPT-4o compete.\n\n";
    let text = repeat_to(para, 4 * 1024 * 1024);
    let doc = Extractor::shared().extract(&text);
    check_spans(&text, &doc);
    assert!(doc.sentences.len() > 10_000);
}

#[test]
#[ignore = "50 MB article: cargo test --release -- --ignored"]
fn big_article_50mb() {
    let para = "SAN FRANCISCO (Reuters) - Top Google AI researcher Jacob Devlin resigned, \
                “We are done,” he said. Meta’s Llama 2 and OpenAI’s GPT-4o compete.\n\n";
    let text = repeat_to(para, 50 * 1024 * 1024);
    let doc = Extractor::shared().extract(&text);
    check_spans(&text, &doc);
}
