//! [`Extractor`]: owns the compiled matchers and runs the stages in order.

use std::path::PathBuf;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::document::{Document, Entity, Sentence};
use crate::error::Error;
use crate::gazetteer::{Entry, Gazetteer, GazetteerBuilder};
use crate::segment::Segmenter;

/// Runs the whole pipeline over articles. Compile once, share across threads.
///
/// ```
/// use news_extract::Extractor;
/// let ex = Extractor::default();
/// let doc = ex.extract("Dr. Amara Okafor left. She was happy.");
/// assert_eq!(doc.sentences.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    segmenter: Segmenter,
    gazetteer: Arc<Gazetteer>,
    keep_tokens: bool,
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    ExtractorBuilder::new()
        .build()
        .expect("built-in data is valid")
});

impl Default for Extractor {
    /// The extractor with all built-in data; built once per process and cloned after that.
    fn default() -> Self {
        DEFAULT.clone()
    }
}

impl Extractor {
    /// A builder for an extractor with extra data or options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// A shared, lazily built default extractor.
    ///
    /// ```
    /// let doc = news_extract::Extractor::shared().extract("Hello.");
    /// assert_eq!(doc.sentences.len(), 1);
    /// ```
    pub fn shared() -> &'static Extractor {
        &DEFAULT
    }

    /// The sentence splitter and tokenizer this extractor uses.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// The compiled dictionaries this extractor matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Runs only the entity stage (dictionary and pattern matching, resolution) over `text`
    /// split into `sentences` (as [`Segmenter::split`] gives them).
    ///
    /// ```
    /// let ex = news_extract::Extractor::shared();
    /// let text = "Shares of Zentrix Labs rose, said analyst Jane Roe.";
    /// let sentences = ex.segmenter().split(text);
    /// let names: Vec<_> = ex.find_entities(text, &sentences).into_iter().map(|e| e.canonical).collect();
    /// assert_eq!(names, ["Zentrix Labs", "Jane Roe"]);
    /// ```
    pub fn find_entities(&self, text: &str, sentences: &[Sentence]) -> Vec<Entity> {
        let tokens = self.segmenter.tokenize(text);
        crate::entities::find_entities(&self.gazetteer, text, sentences, &tokens)
    }

    /// Runs every stage over `text`. Event dates that the text fixes on its own ("in 1983")
    /// are filled; for relative ones ("on Monday") use [`Extractor::extract_with_date`].
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with_date(text, None)
    }

    /// Runs every stage over `text` published on `date`: relative event dates ("on Monday",
    /// "last year", "in November") are resolved against it.
    ///
    /// ```
    /// use news_extract::{Extractor, dates::CivilDate};
    /// let text = "Acme Corp said chief executive Jo Bell resigned last month.";
    /// let doc = Extractor::shared().extract_with_date(text, CivilDate::parse("2004-01-15"));
    /// assert_eq!(doc.events[0].date.as_ref().unwrap().value, "2003-12");
    /// ```
    pub fn extract_with_date(&self, text: &str, date: Option<crate::dates::CivilDate>) -> Document {
        let mut doc = self.extract_undated(text);
        crate::dates::fill_event_dates(text, &mut doc.events, date);
        doc
    }

    fn extract_undated(&self, text: &str) -> Document {
        let sentences = self.segmenter.split(text);
        // This thread's token and word buffers, warm from the last document (unless the
        // document keeps its tokens), filled in one pass with the event stage's marks.
        let tokens = if self.keep_tokens {
            Vec::new()
        } else {
            crate::reuse::tokens()
        };
        let crate::lexed::Lexed {
            tokens,
            mut words,
            starts,
        } = crate::lexed::lex(text, &sentences, tokens, crate::reuse::words());
        let entities = crate::entities::find_in_words(&self.gazetteer, text, &mut words);
        crate::reuse::keep_words(words);
        let quotes = crate::quotes::find_quotes(text, &sentences, &tokens, &entities);
        let (events, affiliations) = crate::events::find_events_marked(
            text, &sentences, &tokens, starts, &entities, &quotes,
        );
        Document {
            id: None,
            sentences,
            tokens: if self.keep_tokens {
                tokens
            } else {
                crate::reuse::keep_tokens(tokens);
                Vec::new()
            },
            entities,
            quotes,
            events,
            affiliations,
        }
    }
}

/// Options for an [`Extractor`].
///
/// ```
/// use news_extract::Extractor;
/// let ex = Extractor::builder().tokens(true).build().unwrap();
/// assert!(!ex.extract("GPT-4o is here.").tokens.is_empty());
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    builtin: bool,
    gazetteer_files: Vec<PathBuf>,
    entries: Vec<Entry>,
    keep_tokens: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ExtractorBuilder {
    /// Default options: built-in data on, no extra files, no tokens in the output.
    pub fn new() -> Self {
        ExtractorBuilder {
            builtin: true,
            gazetteer_files: Vec::new(),
            entries: Vec::new(),
            keep_tokens: false,
        }
    }

    /// Use the built-in dictionaries of companies, people and models and the name lists
    /// (default `true`). The grammar of the rules (titles, roles, designators) stays on.
    pub fn builtin(mut self, yes: bool) -> Self {
        self.builtin = yes;
        self
    }

    /// Load extra gazetteer entries from a TSV file when building (format in
    /// [`gazetteer`](crate::gazetteer)); its entries win over built-in ones with the same
    /// surface form.
    ///
    /// ```
    /// use std::io::Write;
    /// let mut f = tempfile::NamedTempFile::new().unwrap();
    /// writeln!(f, "COMPANY\tZentrix Bionics\tZentrix\t\t").unwrap();
    /// let ex = news_extract::Extractor::builder().gazetteer_file(f.path()).build().unwrap();
    /// let doc = ex.extract("Zentrix hired 40 people.");
    /// assert_eq!(doc.entities[0].canonical, "Zentrix Bionics");
    /// ```
    pub fn gazetteer_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.gazetteer_files.push(path.into());
        self
    }

    /// Adds one dictionary entry.
    ///
    /// ```
    /// use news_extract::{EntityType, Extractor};
    /// use news_extract::gazetteer::Entry;
    /// let ex = Extractor::builder()
    ///     .add_entry(Entry::new(EntityType::Model, "Quill-7").maker("Zentrix"))
    ///     .build()
    ///     .unwrap();
    /// let doc = ex.extract("The Quill-7 model beat its rivals.");
    /// assert_eq!(doc.entities[0].canonical, "Quill-7");
    /// ```
    pub fn add_entry(mut self, entry: Entry) -> Self {
        self.entries.push(entry);
        self
    }

    /// Put the tokens in each [`Document`] (default `false`).
    pub fn tokens(mut self, yes: bool) -> Self {
        self.keep_tokens = yes;
        self
    }

    /// Compiles the extractor. Meanwhile a second thread (when one can be started) builds the
    /// tables and regular expressions the stages build on first use, so that the first
    /// article costs no more than the next ones.
    pub fn build(self) -> Result<Extractor, Error> {
        std::thread::scope(|s| {
            let warm = std::thread::Builder::new()
                .name("news-extract-warm-up".into())
                .spawn_scoped(s, || drop(warm_up()));
            let built = self.build_here();
            if let Ok(handle) = warm {
                // A failed warm-up only leaves the work to the first article.
                let _ = handle.join();
            }
            built
        })
    }

    fn build_here(self) -> Result<Extractor, Error> {
        let mut g = if self.builtin {
            GazetteerBuilder::with_builtin()
        } else {
            GazetteerBuilder::new()
        };
        for path in &self.gazetteer_files {
            g.load_file(path)?;
        }
        for entry in self.entries {
            g.add_entry(entry);
        }
        Ok(Extractor {
            segmenter: Segmenter::new(),
            gazetteer: Arc::new(g.build()),
            keep_tokens: self.keep_tokens,
        })
    }
}

/// Runs every stage once over [`WARM_UP_TEXT`] with a one-entry gazetteer: the stages' lazily
/// built tables and regular expressions are built by the time it returns (with the document).
fn warm_up() -> Document {
    let mut g = GazetteerBuilder::new();
    g.add_entry(Entry::new(crate::document::EntityType::Model, "Quill-7").maker("Zentrix"));
    let ex = Extractor {
        segmenter: Segmenter::new(),
        gazetteer: Arc::new(g.build()),
        keep_tokens: false,
    };
    ex.extract_with_date(WARM_UP_TEXT, crate::dates::CivilDate::parse("2004-01-15"))
}

/// An article with a little of everything: a dateline and a ticker, companies, people with
/// titles and roles, a model with a version, quotes with speakers, moves with dates.
const WARM_UP_TEXT: &str = "Zentrix profits up\n\nLONDON (Reuters) - Zentrix Labs Inc. \
    (NYSE: ZTX) said on Monday that chief executive Jo Bell, 54, resigned last month and \
    will join Acme Corp as chief scientist in March 2005. \"We are sad to see her go,\" said \
    Mr. Ann Lee, the firm's chairman. Its Quill-7 Pro model beat rivals, he added. \
    By Tom Reed, BBC News. Former Acme boss Sam Ortiz left Zentrix in 2003.";

#[cfg(test)]
mod warm_up_tests {
    use super::*;

    /// The warm-up article reaches every stage: a model with its version, a quote with its
    /// speaker, moves with dates (the date rules' regular expressions), a person and a firm.
    #[test]
    fn warm_up_text_exercises_every_stage() {
        let doc = warm_up();
        let kinds: Vec<_> = doc.entities.iter().map(|e| e.kind).collect();
        for kind in [
            crate::document::EntityType::Model,
            crate::document::EntityType::Person,
            crate::document::EntityType::Company,
        ] {
            assert!(kinds.contains(&kind), "{kind:?} in {:?}", doc.entities);
        }
        assert!(
            doc.entities.iter().any(|e| e.canonical == "Quill-7 Pro"),
            "{:?}",
            doc.entities
        );
        assert!(
            doc.quotes.iter().any(|q| q.speaker.is_some()),
            "{:?}",
            doc.quotes
        );
        assert!(
            doc.events.iter().any(|e| e.date.is_some()),
            "{:?}",
            doc.events
        );
    }
}
