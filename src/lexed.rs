//! One pass over a document's text for every stage: the tokens, the entity stage's words and
//! the event stage's marks, each made as the tokenizer hands over a token.

use crate::document::{Sentence, Token};
use crate::patterns::words::{Word, WordBuilder};
use crate::segment::tokens::{Sink, tokenize_with};

/// A document's text read once: its tokens, the words the entity stage matches
/// ([`crate::patterns::words`]) and the tokens where event rules may start
/// ([`crate::events`]). The same as tokenizing, then building the words from the tokens, then
/// marking the tokens, in three passes.
pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    pub words: Vec<Word>,
    /// (token index, families) of the tokens that event rules may start at.
    pub starts: Vec<(u32, u8)>,
}

/// Reads `text`, split into `sentences`, into `tokens` and `words` (both cleared first): the
/// buffers may be ones kept from earlier documents.
pub(crate) fn lex(
    text: &str,
    sentences: &[Sentence],
    mut tokens: Vec<Token>,
    mut words: Vec<Word>,
) -> Lexed {
    tokens.clear();
    words.clear();
    // News text averages a little over five bytes per token and one event mark per ten
    // tokens or so: room for that many, so that the lists seldom grow.
    tokens.reserve(text.len() / 4 + 8);
    words.reserve(text.len() / 5 + 8);
    let mut sink = Pass {
        text,
        tokens,
        words,
        builder: WordBuilder::new(sentences),
        starts: Vec::with_capacity(text.len() / 40 + 4),
    };
    tokenize_with(text, 0, text.len(), &mut sink);
    sink.builder.finish(text, &mut sink.words);
    Lexed {
        tokens: sink.tokens,
        words: sink.words,
        starts: sink.starts,
    }
}

/// The sink of the one pass: keeps each token, gives it to the word builder, marks it.
struct Pass<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    words: Vec<Word>,
    builder: WordBuilder<'t>,
    starts: Vec<(u32, u8)>,
}

impl Pass<'_> {
    /// Marks the next token for the event stage.
    #[inline(always)]
    fn mark(&mut self, token: &Token) {
        let m = crate::events::mark_start(self.text.as_bytes(), token);
        if m != 0 {
            self.starts.push((self.tokens.len() as u32, m));
        }
    }
}

impl Sink for Pass<'_> {
    #[inline(always)]
    fn token(&mut self, token: Token) {
        self.builder.token(self.text, &token, &mut self.words);
        self.mark(&token);
        self.tokens.push(token);
    }

    #[inline(always)]
    fn ascii_word(&mut self, token: Token) {
        self.builder.ascii_word(self.text, &token, &mut self.words);
        self.mark(&token);
        self.tokens.push(token);
    }

    #[inline]
    fn line_break(&mut self) {
        self.builder.line_break(self.text, &mut self.words);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    /// The one pass gives what the three passes give.
    fn assert_same_as_three_passes(text: &str) {
        let seg = Segmenter::new();
        let sentences = seg.split(text);
        let tokens = seg.tokenize(text);
        let words = crate::patterns::words::from_tokens(text, &sentences, &tokens);
        let starts = crate::events::mark_starts(text, &tokens);
        // Buffers with stale contents, as kept from an earlier document.
        let stale_tokens = seg.tokenize("Stale text. With tokens.");
        let stale_words = crate::patterns::words::scan("Stale words", &[]);
        let lexed = lex(text, &sentences, stale_tokens, stale_words);
        assert_eq!(lexed.tokens, tokens, "tokens of {text:?}");
        assert_eq!(lexed.words, words, "words of {text:?}");
        assert_eq!(lexed.starts, starts, "marks of {text:?}");
    }

    #[test]
    fn one_pass_matches_three_passes() {
        for text in [
            "",
            " ",
            "\n\nHeadline without a stop\n\nZentrix Labs Inc. said on Monday that chief \
             executive Jo Bell, 54, resigned. \"We are sad,\" said Mr. Ann Lee.",
            "Meta’s GPT-3.5 and O'Neil's Jean-Luc; analysts’ views, Character.AI.",
            "U.S.-based AT&T hired e-mail@acme.com staff in 2004-05 (3.5%).\nNew line",
            "Smith(left) joined--quit... $1.2bn £600m 40-year-old 1990s",
            "Zürich-based Café’s chief Søren Ødegård quit\r\n\tnext line\u{2028}x",
            "It’s here’s that's users' 'quoted' ‘single’ words",
        ] {
            assert_same_as_three_passes(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn one_pass_matches_three_passes_on_any_text(
            t in "([A-Z][a-z]{1,7}|[a-z]{1,9}|[0-9]{1,4}|[ .,'’\\-&@:/$£%\"“”()\n\r\t]|\u{a0}|\u{2028}|é|É|東|Mr\\.|U\\.S\\.|'s|http://a\\.b){0,40}"
        ) {
            assert_same_as_three_passes(&t);
        }
    }
}
