//! Tokenizer cases as data. Each expected token is written `kind:text`, with kind `w` word,
//! `n` number, `p` punct, `s` symbol, and `W` for a word flagged possessive.

use news_extract::{Segmenter, Span, TokenKind, tokenize};

fn render(text: &str) -> Vec<String> {
    tokenize(text)
        .iter()
        .map(|t| {
            let kind = match (t.kind, t.possessive) {
                (TokenKind::Word, true) => "W",
                (TokenKind::Word, false) => "w",
                (TokenKind::Number, _) => "n",
                (TokenKind::Punct, _) => "p",
                (TokenKind::Symbol, _) => "s",
            };
            format!("{kind}:{}", t.text(text))
        })
        .collect()
}

macro_rules! token_cases {
    ($($name:ident: $text:expr => [$($t:expr),* $(,)?];)*) => {
        #[test]
        fn token_table() {
            let mut failures = Vec::new();
            $(
                let got = render($text);
                let expected: Vec<&str> = vec![$($t),*];
                if got != expected {
                    failures.push(format!("{}: {:?}\n  expected {:?}\n  got      {:?}",
                        stringify!($name), $text, expected, got));
                }
            )*
            assert!(failures.is_empty(), "{}", failures.join("\n"));
        }
    };
}

token_cases! {
    acronym_us: "the U.S. firm" => ["w:the", "w:U.S.", "w:firm"];
    acronym_us_end: "moved to the U.S." => ["w:moved", "w:to", "w:the", "w:U.S."];
    model_hyphen: "GPT-4o and GPT-4 beat Llama 2" => ["w:GPT-4o", "w:and", "w:GPT-4", "w:beat", "w:Llama", "n:2"];
    money: "$1.2 and $1.13bn (£600m)" => ["n:$1.2", "w:and", "n:$1.13bn", "p:(", "n:£600m", "p:)"];
    hyphen_words: "co-founder Jean-Luc Picard" => ["w:co-founder", "w:Jean-Luc", "w:Picard"];
    possessive_curly: "Meta’s Llama" => ["W:Meta’s", "w:Llama"];
    possessive_straight: "Google's Bard" => ["W:Google's", "w:Bard"];
    possessive_plural: "analysts' expectations" => ["W:analysts'", "w:expectations"];
    closing_single_quote: "Google’s ‘employee drain’" => ["W:Google’s", "p:‘", "w:employee", "w:drain", "p:’"];
    closing_single_quote_s: "the ‘employees’ view" => ["w:the", "p:‘", "w:employees", "p:’", "w:view"];
    contraction: "here’s why it's that's" => ["w:here’s", "w:why", "w:it's", "w:that's"];
    apostrophe_name: "O'Neil and O’Brien don't" => ["w:O'Neil", "w:and", "w:O’Brien", "w:don't"];
    percent: "rose 3.5% or 40.5x" => ["w:rose", "n:3.5%", "w:or", "n:40.5x"];
    thousands: "2,000 startups, 464,000 users, 1,2" => ["n:2,000", "w:startups", "p:,", "n:464,000", "w:users", "p:,", "n:1", "p:,", "n:2"];
    version: "v2.0 and Gemini 1.5 Pro" => ["w:v2.0", "w:and", "w:Gemini", "n:1.5", "w:Pro"];
    domains: "OpenAI.com, x.ai and report.pdf." => ["w:OpenAI.com", "p:,", "w:x.ai", "w:and", "w:report.pdf", "p:."];
    email: "write to press@acme.co.uk now" => ["w:write", "w:to", "w:press@acme.co.uk", "w:now"];
    url: "see https://openai.com/blog/x?y=1." => ["w:see", "w:https://openai.com/blog/x?y=1", "p:."];
    abbreviations: "Mr. Smith of Acme Corp. met Dr. Lee" => ["w:Mr.", "w:Smith", "w:of", "w:Acme", "w:Corp.", "w:met", "w:Dr.", "w:Lee"];
    initials: "George W. Bush and H.R. McMaster" => ["w:George", "w:W.", "w:Bush", "w:and", "w:H.R.", "w:McMaster"];
    no_number: "No. 3 and no. The end" => ["w:No.", "n:3", "w:and", "w:no", "p:.", "w:The", "w:end"];
    sentence_period: "in 2023. Then" => ["w:in", "n:2023", "p:.", "w:Then"];
    ellipsis_and_marks: "left... Why?! Now…" => ["w:left", "p:...", "w:Why", "p:?!", "w:Now", "p:…"];
    quotes: "“We are done,” he said." => ["p:“", "w:We", "w:are", "w:done", "p:,", "p:”", "w:he", "w:said", "p:."];
    straight_quotes: "\"Why?\" 'No'" => ["p:\"", "w:Why", "p:?", "p:\"", "p:'", "w:No", "p:'"];
    dashes: "left — again – 2023-24 -- and -5" => ["w:left", "p:—", "w:again", "p:–", "n:2023-24", "p:--", "w:and", "p:-", "n:5"];
    compound_number: "a 40-year-old and 24/7 at 10:30" => ["w:a", "w:40-year-old", "w:and", "n:24/7", "w:at", "n:10:30"];
    decades: "the 1990s and 4o" => ["w:the", "n:1990s", "w:and", "n:4o"];
    symbols: "AT&T & S&P + 5 # @" => ["w:AT&T", "s:&", "w:S&P", "s:+", "n:5", "s:#", "s:@"];
    unicode_words: "Café owner Ana Díaz, naïve Zürich’s" => ["w:Café", "w:owner", "w:Ana", "w:Díaz", "p:,", "w:naïve", "W:Zürich’s"];
    combining_mark: "Cafe\u{301} open" => ["w:Cafe\u{301}", "w:open"];
    cjk: "谷歌发布了。" => ["w:谷", "w:歌", "w:发", "w:布", "w:了", "p:。"];
    nbsp: "Mr.\u{a0}Smith paid $5\u{a0}million" => ["w:Mr.", "w:Smith", "w:paid", "n:$5", "w:million"];
    emoji: "great 🚀 news" => ["w:great", "s:🚀", "w:news"];
    brackets: "(Reuters) [sic]" => ["p:(", "w:Reuters", "p:)", "p:[", "w:sic", "p:]"];
    lone_dollar: "a $ sign" => ["w:a", "s:$", "w:sign"];
    caps_possessive: "META’S PLAN" => ["W:META’S", "w:PLAN"];
    glued_sentences: "the tsunami.Steve and Halo.Bungie.Org" => ["w:the", "w:tsunami", "p:.", "w:Steve", "w:and", "w:Halo.Bungie.Org"];
    abbreviation_possessive: "Acme Corp.'s chief and the U.S.’s plan" => ["w:Acme", "W:Corp.'s", "w:chief", "w:and", "w:the", "W:U.S.’s", "w:plan"];
    empty: "" => [];
    whitespace: " \n\t\u{a0} " => [];
}

#[test]
fn stem_strips_possessive() {
    let text = "Meta’s and analysts' and Google's";
    let stems: Vec<&str> = tokenize(text).iter().map(|t| t.stem(text)).collect();
    assert_eq!(stems, ["Meta", "and", "analysts", "and", "Google"]);
}

#[test]
fn tokens_are_ordered_and_cover_all_non_space() {
    let text = "Meta’s co-founder — “we’re done!” — left for x.ai on Jan. 5 (£600m, 3.5%).";
    let tokens = tokenize(text);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for t in &tokens {
        assert!(t.start >= last_end && t.end > t.start, "{t:?}");
        last_end = t.end;
        covered[t.start..t.end].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        assert_eq!(covered[i], !c.is_whitespace(), "byte {i} {c:?}");
    }
}

#[test]
fn tokenize_span_offsets_into_whole_text() {
    let text = "Shares fell. Meta’s stock rose.";
    let seg = Segmenter::new();
    let all = seg.tokenize(text);
    let second = seg.tokenize_span(text, Span::new(13, text.len()));
    assert_eq!(&all[3..], &second[..]);
    // Spans that do not fit or split a character give nothing.
    assert!(seg.tokenize_span(text, Span::new(10, 100)).is_empty());
    assert!(seg.tokenize_span(text, Span::new(18, 19)).is_empty());
    assert!(seg.tokenize_span(text, Span::new(5, 2)).is_empty());
}
