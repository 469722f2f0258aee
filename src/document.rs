//! Output types: the [`Document`] an [`Extractor`](crate::Extractor) returns and everything in it.
//!
//! All offsets are UTF-8 **byte** offsets into the text that was extracted from, `start`
//! inclusive and `end` exclusive, so `&text[span.start..span.end]` is the covered text. The
//! JSON shape of these types is the output contract in `DESIGN.md`; field names are fixed.
//! [`Document::to_char_offsets`] converts every offset to Unicode scalar offsets for consumers
//! (Python, JavaScript) that index strings by character.
//!
//! ```
//! use news_extract::{Document, Span};
//!
//! let text = "Café owner Ana Díaz quit.";
//! let mut doc = Document::default();
//! doc.sentences.push(Span::new(0, text.len()).into());
//! let chars = doc.to_char_offsets(text);
//! assert_eq!(chars.sentences[0].end, text.chars().count());
//! ```

use serde::{Deserialize, Serialize};

pub use crate::segment::shape::Shape;

/// A half-open byte range `start..end` into a text.
///
/// ```
/// use news_extract::Span;
/// let text = "Meta quit";
/// let span = Span::new(0, 4);
/// assert_eq!(span.slice(text), "Meta");
/// assert_eq!(span.len(), 4);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start` must not be greater than `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered part of `text` (empty when the span does not fit `text`).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// One sentence of the text, as a span.
///
/// ```
/// use news_extract::{Sentence, Span};
/// let s = Sentence::from(Span::new(0, 10));
/// assert_eq!(s.span(), Span::new(0, 10));
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Sentence {
    /// First byte of the sentence (its first non-space character).
    pub start: usize,
    /// One past its last byte (trailing white space excluded).
    pub end: usize,
}

impl Sentence {
    /// The sentence as a [`Span`].
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

impl From<Span> for Sentence {
    fn from(s: Span) -> Self {
        Sentence {
            start: s.start,
            end: s.end,
        }
    }
}

/// Coarse class of a [`Token`].
///
/// ```
/// use news_extract::TokenKind;
/// assert_eq!(serde_json::to_string(&TokenKind::Word).unwrap(), "\"word\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, possibly with inner digits, hyphens, dots or apostrophes ("GPT-4o", "U.S.").
    Word,
    /// Digits, possibly with separators, a currency sign or a unit ("$1.2", "3.5%", "40.5x").
    Number,
    /// Sentence and clause punctuation, quotation marks, brackets, dashes.
    Punct,
    /// Anything else that is not white space (emoji, math and currency signs on their own).
    Symbol,
}

impl TokenKind {
    /// The name used in the JSON output.
    ///
    /// ```
    /// use news_extract::TokenKind;
    /// assert_eq!(TokenKind::Word.as_str(), "word");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// One token: a byte span and its kind.
///
/// A possessive `'s`/`’s` is kept inside the word token and flagged with `possessive`, so
/// "Meta’s" is one token whose [`Token::stem`] is "Meta".
///
/// ```
/// use news_extract::{Shape, Span, Token, TokenKind};
/// let text = "Meta’s x";
/// let t = Token {
///     start: 0,
///     end: 8,
///     kind: TokenKind::Word,
///     possessive: true,
///     shape: Shape::of(&text[..8]),
/// };
/// assert_eq!(t.stem(text), "Meta");
/// assert!(t.shape.is_title());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Coarse class.
    pub kind: TokenKind,
    /// True when the word ends in a possessive `'s`, `’s` or a bare `s'`-style apostrophe.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub possessive: bool,
    /// Case and character facts: [`Shape::of`] the token's text for words and numbers, the
    /// empty [`Shape::default`] for punctuation and symbols. Not serialized: it follows from
    /// the text.
    #[serde(skip)]
    pub shape: Shape,
}

impl Token {
    /// The token's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().slice(text)
    }

    /// The token's text without a possessive ending.
    pub fn stem<'t>(&self, text: &'t str) -> &'t str {
        let t = self.text(text);
        if !self.possessive {
            return t;
        }
        for suffix in ["’s", "'s", "’S", "'S", "’", "'"] {
            if let Some(s) = t.strip_suffix(suffix) {
                return s;
            }
        }
        t
    }
}

/// Kind of a named entity.
///
/// ```
/// use news_extract::EntityType;
/// assert_eq!(serde_json::to_string(&EntityType::Company).unwrap(), "\"COMPANY\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// A company, lab, startup or news organisation.
    Company,
    /// A person.
    Person,
    /// An AI/ML model or model product (Llama 2, Bard, ChatGPT, GPT-4).
    Model,
    /// A non-company organisation: a government, ministry, regulator, court, central bank,
    /// party, union, university, exchange, sports club or body, band.
    Org,
}

impl EntityType {
    /// The contract name: `COMPANY`, `PERSON`, `MODEL` or `ORG`.
    pub const fn as_str(&self) -> &'static str {
        match self {
            EntityType::Company => "COMPANY",
            EntityType::Person => "PERSON",
            EntityType::Model => "MODEL",
            EntityType::Org => "ORG",
        }
    }

    /// Whether this is an organisation of either kind (`COMPANY` or `ORG`): what events take
    /// as the organisation of a move and quotes as an institutional speaker.
    ///
    /// ```
    /// use news_extract::EntityType;
    /// assert!(EntityType::Org.is_org() && EntityType::Company.is_org());
    /// assert!(!EntityType::Person.is_org());
    /// ```
    pub const fn is_org(&self) -> bool {
        matches!(self, EntityType::Company | EntityType::Org)
    }
}

/// What found an entity mention.
///
/// ```
/// use news_extract::EntitySource;
/// assert_eq!(serde_json::to_string(&EntitySource::Coreference).unwrap(), "\"coreference\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntitySource {
    /// A dictionary entry (built in or loaded).
    Gazetteer,
    /// A pattern rule (title + name, company designator, model version, ...).
    Pattern,
    /// A short form resolved to an earlier full mention ("Pichai" -> "Sundar Pichai").
    Coreference,
}

impl EntitySource {
    /// The name used in the JSON output.
    ///
    /// ```
    /// use news_extract::EntitySource;
    /// assert_eq!(EntitySource::Coreference.as_str(), "coreference");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            EntitySource::Gazetteer => "gazetteer",
            EntitySource::Pattern => "pattern",
            EntitySource::Coreference => "coreference",
        }
    }
}

/// One entity mention with its canonical name.
///
/// ```
/// use news_extract::{Entity, EntitySource, EntityType};
/// let e = Entity {
///     text: "Pichai".into(),
///     kind: EntityType::Person,
///     canonical: "Sundar Pichai".into(),
///     start: 10,
///     end: 16,
///     source: EntitySource::Coreference,
/// };
/// let json = serde_json::to_value(&e).unwrap();
/// assert_eq!(json["type"], "PERSON");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// The mention as written (possessive ending excluded).
    pub text: String,
    /// Entity type (`"type"` in JSON).
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The name that groups all variants of this entity in the article.
    pub canonical: String,
    /// First byte of the mention.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What found the mention.
    pub source: EntitySource,
}

impl Entity {
    /// The mention's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A direct quotation and who said it.
///
/// ```
/// use news_extract::Quote;
/// let q = Quote { text: "We are done".into(), start: 1, end: 12, speaker: None,
///                 speaker_start: None, speaker_end: None, cue: None };
/// assert!(serde_json::to_value(&q).unwrap()["speaker"].is_null());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// First byte inside the opening mark.
    pub start: usize,
    /// Byte where the closing mark (or the paragraph) begins.
    pub end: usize,
    /// Canonical name of the speaker, `null` when the text does not say.
    pub speaker: Option<String>,
    /// First byte of the speaker mention that attributes the quote.
    pub speaker_start: Option<usize>,
    /// One past the last byte of that mention.
    pub speaker_end: Option<usize>,
    /// The cue word or phrase ("said", "told", "according to").
    pub cue: Option<String>,
}

impl Quote {
    /// The quotation's span.
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Kind of a personnel move.
///
/// ```
/// use news_extract::EventType;
/// assert_eq!(serde_json::to_string(&EventType::Leave).unwrap(), "\"LEAVE\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EventType {
    /// Quit, resigned, left, departed, stepped down, retired, was fired.
    Leave,
    /// Joined, was hired, was named or appointed, was poached.
    Join,
}

impl EventType {
    /// The name used in the JSON output.
    ///
    /// ```
    /// use news_extract::EventType;
    /// assert_eq!(EventType::Leave.as_str(), "LEAVE");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            EventType::Leave => "LEAVE",
            EventType::Join => "JOIN",
        }
    }
}

/// Whether the text says a move happened.
///
/// ```
/// use news_extract::Polarity;
/// assert_eq!(serde_json::to_string(&Polarity::Hypothetical).unwrap(), "\"hypothetical\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Reported as happened or as announced ("resigned", "will retire on August 31").
    Asserted,
    /// Denied ("did not resign", "has no plans to leave").
    Negated,
    /// Planned, expected, rumoured ("plans to join", "is expected to step down").
    Hypothetical,
}

impl Polarity {
    /// The name used in the JSON output.
    ///
    /// ```
    /// use news_extract::Polarity;
    /// assert_eq!(Polarity::Hypothetical.as_str(), "hypothetical");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Polarity::Asserted => "asserted",
            Polarity::Negated => "negated",
            Polarity::Hypothetical => "hypothetical",
        }
    }
}

/// A personnel move: someone left or joined a company.
///
/// ```
/// use news_extract::{Event, EventType, Polarity, Span};
/// let e = Event { kind: EventType::Leave, trigger: "resigned".into(),
///     person: "Jacob Devlin".into(), group: false, org: Some("Google".into()),
///     role: Some("AI researcher".into()), polarity: Polarity::Asserted,
///     sentence: Span::new(0, 40), person_start: Some(0), person_end: Some(12),
///     org_start: Some(33), org_end: Some(39), date: None };
/// assert_eq!(serde_json::to_value(&e).unwrap()["type"], "LEAVE");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Event {
    /// `LEAVE` or `JOIN` (`"type"` in JSON).
    #[serde(rename = "type")]
    pub kind: EventType,
    /// The trigger word or phrase as written ("resigned", "stepped down").
    pub trigger: String,
    /// Canonical name of the person, or the group phrase when `group` is true.
    pub person: String,
    /// True when the mover is a group ("some employees"), not a named person.
    pub group: bool,
    /// Canonical name of the company left or joined, `null` when the text names none.
    pub org: Option<String>,
    /// The role, when the text gives one ("chief scientist", "CEO").
    pub role: Option<String>,
    /// Asserted, negated or hypothetical.
    pub polarity: Polarity,
    /// The sentence that is the evidence.
    pub sentence: Span,
    /// Start offset of the person mention the event uses; `None` when there is none.
    pub person_start: Option<usize>,
    /// End offset of the person mention the event uses.
    pub person_end: Option<usize>,
    /// Start offset of the org mention the event uses; `None` when the org is null or
    /// not named in the text at this event.
    pub org_start: Option<usize>,
    /// End offset of the org mention the event uses.
    pub org_end: Option<usize>,
    /// When the move happened or takes effect, when the text says; `None` otherwise.
    pub date: Option<EventDate>,
}

/// How precise an [`EventDate`] is.
///
/// ```
/// use news_extract::DatePrecision;
/// assert_eq!(serde_json::to_string(&DatePrecision::Month).unwrap(), "\"month\"");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    /// "2004".
    Year,
    /// "2004-11".
    Month,
    /// "2004-11-29".
    Day,
}

impl DatePrecision {
    /// The name used in the JSON output.
    ///
    /// ```
    /// use news_extract::DatePrecision;
    /// assert_eq!(DatePrecision::Month.as_str(), "month");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Year => "year",
            DatePrecision::Month => "month",
            DatePrecision::Day => "day",
        }
    }
}

/// The date of a move, resolved against the article date when one is known.
///
/// ```
/// use news_extract::{DatePrecision, EventDate};
/// let d = EventDate { value: "2004-11".into(), precision: DatePrecision::Month,
///     text: "in November".into() };
/// assert_eq!(serde_json::to_value(&d).unwrap()["precision"], "month");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EventDate {
    /// ISO form at the given precision: "2004", "2004-11" or "2004-11-29".
    pub value: String,
    /// How much of `value` the text fixes.
    pub precision: DatePrecision,
    /// The words that gave the date ("in November", "on Monday").
    pub text: String,
}

/// An employment fact stated in passing ("Google CEO Sundar Pichai").
///
/// ```
/// use news_extract::{Affiliation, Span};
/// let a = Affiliation { person: "Sundar Pichai".into(), org: Some("Google".into()),
///     role: Some("CEO".into()), sentence: Span::new(0, 30) };
/// assert_eq!(serde_json::to_value(&a).unwrap()["role"], "CEO");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Affiliation {
    /// Canonical name of the person.
    pub person: String,
    /// Canonical name of the company.
    pub org: Option<String>,
    /// The role, when given.
    pub role: Option<String>,
    /// The sentence that states it.
    pub sentence: Span,
}

/// Everything extracted from one article.
///
/// ```
/// use news_extract::Extractor;
/// let doc = Extractor::default().extract("Meta said it would hire more staff. Shares rose.");
/// assert_eq!(doc.sentences.len(), 2);
/// let json = serde_json::to_string(&doc).unwrap();
/// assert!(json.contains("\"sentences\""));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The record's id; set by the caller (the CLI uses the id field, file path or line number).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; empty unless asked for with
    /// [`ExtractorBuilder::tokens`](crate::ExtractorBuilder::tokens).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
    /// Entity mentions in text order, never overlapping.
    pub entities: Vec<Entity>,
    /// Direct quotations in text order.
    pub quotes: Vec<Quote>,
    /// Personnel moves in text order.
    pub events: Vec<Event>,
    /// Employment facts stated on the way.
    #[serde(default)]
    pub affiliations: Vec<Affiliation>,
}

impl Document {
    /// Returns a copy with every offset converted from UTF-8 bytes to Unicode scalar values
    /// (characters) of `text`, the text this document was extracted from.
    ///
    /// Runs in one pass over `text` plus a sort of the offsets; an offset that is not on a
    /// character boundary is rounded down to the character that contains it.
    ///
    /// ```
    /// use news_extract::Extractor;
    /// let text = "Ünïcödé text. Second one.";
    /// let doc = Extractor::default().extract(text);
    /// let chars = doc.to_char_offsets(text);
    /// assert_eq!(chars.sentences[1].start, 14);
    /// assert_eq!(doc.sentences[1].start, 18);
    /// ```
    pub fn to_char_offsets(&self, text: &str) -> Document {
        let mut out = self.clone();
        let mut offsets: Vec<usize> = Vec::new();
        out.for_each_offset(|o| offsets.push(*o));
        if offsets.is_empty() {
            return out;
        }
        offsets.sort_unstable();
        offsets.dedup();
        // Map each distinct byte offset to its char offset in one walk over the text.
        let mut mapped = Vec::with_capacity(offsets.len());
        let mut chars = 0usize;
        let mut iter = text.char_indices().peekable();
        for &o in &offsets {
            while let Some(&(b, _)) = iter.peek() {
                if b + text[b..].chars().next().map_or(1, char::len_utf8) <= o {
                    chars += 1;
                    iter.next();
                } else {
                    break;
                }
            }
            mapped.push(chars);
        }
        out.for_each_offset(|o| {
            if let Ok(i) = offsets.binary_search(o) {
                *o = mapped[i];
            }
        });
        out
    }

    fn for_each_offset(&mut self, mut f: impl FnMut(&mut usize)) {
        for s in &mut self.sentences {
            f(&mut s.start);
            f(&mut s.end);
        }
        for t in &mut self.tokens {
            f(&mut t.start);
            f(&mut t.end);
        }
        for e in &mut self.entities {
            f(&mut e.start);
            f(&mut e.end);
        }
        for q in &mut self.quotes {
            f(&mut q.start);
            f(&mut q.end);
            if let Some(s) = q.speaker_start.as_mut() {
                f(s);
            }
            if let Some(e) = q.speaker_end.as_mut() {
                f(e);
            }
        }
        for e in &mut self.events {
            f(&mut e.sentence.start);
            f(&mut e.sentence.end);
            for o in [
                &mut e.person_start,
                &mut e.person_end,
                &mut e.org_start,
                &mut e.org_end,
            ]
            .into_iter()
            .flatten()
            {
                f(o);
            }
        }
        for a in &mut self.affiliations {
            f(&mut a.sentence.start);
            f(&mut a.sentence.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars() {
        let text = "ab€d 😀x";
        let mut doc = Document::default();
        // "€" is 3 bytes (2..5), "😀" 4 bytes (7..11).
        doc.sentences.push(Sentence {
            start: 0,
            end: text.len(),
        });
        doc.entities.push(Entity {
            text: "x".into(),
            kind: EntityType::Company,
            canonical: "x".into(),
            start: 11,
            end: 12,
            source: EntitySource::Pattern,
        });
        doc.quotes.push(Quote {
            text: "d".into(),
            start: 5,
            end: 6,
            speaker: None,
            speaker_start: Some(7),
            speaker_end: None,
            cue: None,
        });
        let c = doc.to_char_offsets(text);
        assert_eq!(c.sentences[0].end, 7);
        assert_eq!((c.entities[0].start, c.entities[0].end), (6, 7));
        assert_eq!((c.quotes[0].start, c.quotes[0].end), (3, 4));
        assert_eq!(c.quotes[0].speaker_start, Some(5));
    }

    #[test]
    fn char_offsets_round_down_inside_a_char() {
        let text = "é";
        let mut doc = Document::default();
        doc.sentences.push(Sentence { start: 1, end: 2 });
        let c = doc.to_char_offsets(text);
        assert_eq!((c.sentences[0].start, c.sentences[0].end), (0, 1));
    }

    #[test]
    fn empty_document_serialises_contract_fields() {
        let v = serde_json::to_value(Document::default()).unwrap();
        for k in ["sentences", "entities", "quotes", "events"] {
            assert!(v[k].is_array(), "{k}");
        }
        assert!(v.get("tokens").is_none());
    }
}
