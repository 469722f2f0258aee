//! Word classes the rules use: titles, roles, designators, cue words, and the name lists.
//!
//! Titles, roles, designators and organisation words come from the hand-kept files in
//! `src/gazetteer/data/` (they are grammar, so they stay on when the built-in dictionaries are
//! switched off); the short cue lists below are part of the rules themselves. Every class is
//! a bit: [`classify`] gives all the bits of a word with a few hash look-ups, once per word.

use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

use crate::gazetteer::{Gazetteer, builtin};

/// A title written before a name, as written ("Dr", "Minister").
pub(crate) const TITLE: u32 = 1;
/// A legal designator, as written, without a final dot ("Inc", "S.A", "plc").
pub(crate) const DESIGNATOR: u32 = 1 << 1;
/// An organisation word, as written ("Group", "Labs", "AI").
pub(crate) const ORG_WORD: u32 = 1 << 2;
/// A generational suffix ("Jr", "III").
pub(crate) const SUFFIX: u32 = 1 << 3;
/// A function word that is never part of a name ("The", "According", "Why").
pub(crate) const STOP: u32 = 1 << 4;
/// The last word of a role ("executive", "CEO", "researcher").
pub(crate) const ROLE: u32 = 1 << 5;
/// A month.
pub(crate) const MONTH: u32 = 1 << 6;
/// A first name that in news is usually a place or direction ("London", "North").
pub(crate) const PLACE: u32 = 1 << 7;
/// A lower-case name particle ("van", "bin").
pub(crate) const PARTICLE: u32 = 1 << 8;
/// A speech or move verb after a person ("said", "resigned").
pub(crate) const VERB_AFTER: u32 = 1 << 9;
/// A speech verb before a person ("said Jane Roe").
pub(crate) const VERB_BEFORE: u32 = 1 << 10;
/// A noun before a company name ("startup", "firm").
pub(crate) const CUE_BEFORE: u32 = 1 << 11;
/// A noun after "X's" that makes X a company ("chief", "shares").
pub(crate) const POSSESSED: u32 = 1 << 12;
/// A corporate-context word ("shares", "revenue").
pub(crate) const CORPORATE: u32 = 1 << 13;
/// A model-context word ("model", "chatbot").
pub(crate) const MODEL_CUE: u32 = 1 << 14;
/// An industry word that ends company names and many other names ("Bank", "Media",
/// "Games"): a name ending in one is a company only with company context around it.
pub(crate) const INDUSTRY: u32 = 1 << 15;
/// A known first name.
pub(crate) const FIRST: u32 = 1 << 16;
/// A first name that is also a common word or a month ("Will", "May").
pub(crate) const FIRST_AMBIGUOUS: u32 = 1 << 17;
/// A known surname.
pub(crate) const SURNAME: u32 = 1 << 18;
/// A surname that is also a common word ("Brown", "King").
pub(crate) const SURNAME_AMBIGUOUS: u32 = 1 << 19;
/// A common English word (in lower case).
pub(crate) const COMMON: u32 = 1 << 20;
/// The first token of some dictionary surface form, as written ("Meta", "The", "GPT").
pub(crate) const GAZ_START: u32 = 1 << 21;
/// An institution word that ends a public body's name, as written ("Agency", "University").
pub(crate) const ORG_INST: u32 = 1 << 22;
/// An institution word that takes an "of"/"for" tail, as written ("Bank", "Ministry").
pub(crate) const ORG_TAIL: u32 = 1 << 23;
/// A word that ends a sports club's name, as written ("Rovers", "Athletic").
pub(crate) const CLUB: u32 = 1 << 24;
/// A word of sport ("striker", "match").
pub(crate) const SPORT_CUE: u32 = 1 << 25;
/// A word of music ("album", "band").
pub(crate) const MUSIC_CUE: u32 = 1 << 26;

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Capitalised function words that never start or continue a name ("The", "According").
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "either",
    "even",
    "every",
    "few",
    "for",
    "friday",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "let",
    "many",
    "me",
    "meanwhile",
    "monday",
    "more",
    "most",
    "much",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "per",
    "saturday",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thursday",
    "thus",
    "to",
    "today",
    "tuesday",
    "under",
    "unlike",
    "until",
    "up",
    "upon",
    "us",
    "was",
    "we",
    "wednesday",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yes",
    "yesterday",
    "yet",
    "you",
    "your",
];

const MONTHS: &[&str] = &[
    "april",
    "august",
    "december",
    "february",
    "january",
    "july",
    "june",
    "march",
    "may",
    "november",
    "october",
    "september",
];

/// First names in the lists that in news name places or directions far more often.
const PLACE_NAMES: &[&str] = &[
    "africa", "america", "asia", "austin", "berlin", "boston", "brent", "brooklyn", "cairo",
    "camden", "chelsea", "china", "dallas", "denver", "east", "egypt", "england", "europe",
    "florence", "france", "georgia", "houston", "india", "ireland", "israel", "jordan", "kenya",
    "london", "madison", "memphis", "north", "orlando", "paris", "phoenix", "san", "santa",
    "scotland", "south", "sydney", "victoria", "wales", "west",
];

/// Nationality words that are also first names in the lists ("Irish", "Jordanian"), and common
/// ones that start names of teams and companies ("British and Irish Lions").
const DEMONYMS: &[&str] = &[
    "african",
    "american",
    "argentine",
    "asian",
    "australian",
    "austrian",
    "belgian",
    "brazilian",
    "british",
    "canadian",
    "chinese",
    "danish",
    "dutch",
    "egyptian",
    "english",
    "european",
    "finnish",
    "french",
    "german",
    "greek",
    "indian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "japanese",
    "kenyan",
    "korean",
    "mexican",
    "nigerian",
    "norwegian",
    "pakistani",
    "polish",
    "russian",
    "saudi",
    "scottish",
    "spanish",
    "swedish",
    "swiss",
    "turkish",
    "ukrainian",
    "welsh",
];

const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "st", "ten", "ter", "van", "von",
];

const SUFFIXES: &[&str] = &["II", "III", "IV", "Jr", "Sr"];

const VERBS_AFTER: &[&str] = &[
    "added",
    "admits",
    "admitted",
    "announced",
    "argued",
    "argues",
    "asked",
    "believes",
    "claimed",
    "claims",
    "co-founded",
    "commented",
    "confirmed",
    "declined",
    "denied",
    "departed",
    "described",
    "explained",
    "explains",
    "founded",
    "insisted",
    "joined",
    "joins",
    "left",
    "noted",
    "notes",
    "posted",
    "quit",
    "quits",
    "recalled",
    "replied",
    "resigned",
    "retired",
    "said",
    "says",
    "started",
    "stated",
    "stepped",
    "testified",
    "thinks",
    "told",
    "tweeted",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// Industry words, as written: the last word of "Kestrel Mining", "Northwind Bank", but also of
/// "West Bank", "Olympic Games", "Consumer Electronics" (see [`INDUSTRY`]).
const INDUSTRY_WORDS: &[&str] = &[
    "Automotive",
    "Bank",
    "Communications",
    "Computing",
    "Dynamics",
    "Electronics",
    "Energy",
    "Engineering",
    "Entertainment",
    "Financial",
    "Foods",
    "Games",
    "Healthcare",
    "Insurance",
    "Interactive",
    "Investments",
    "Logistics",
    "Media",
    "Mining",
    "Motoren",
    "Petroleum",
    "Rail",
    "Resources",
    "Retail",
    "Steel",
    "Technology",
    "Telecommunications",
];

const VERBS_BEFORE: &[&str] = &["added", "asked", "said", "says", "told", "wrote"];

const CUES_BEFORE: &[&str] = &[
    "administrators",
    "airline",
    "auditors",
    "automaker",
    "bank",
    "broker",
    "brokerage",
    "carmaker",
    "chipmaker",
    "company",
    "conglomerate",
    "firm",
    "firms",
    "giant",
    "insurer",
    "label",
    "lender",
    "publisher",
    "retailer",
    "start-up",
    "startup",
    "subsidiary",
];

const POSSESSED_NOUNS: &[&str] = &[
    "acquisition",
    "board",
    "boss",
    "ceo",
    "cfo",
    "chairman",
    "chief",
    "co-founder",
    "coo",
    "cto",
    "earnings",
    "employees",
    "founder",
    "headquarters",
    "investors",
    "ipo",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "share",
    "shareholders",
    "shares",
    "staff",
    "stock",
    "subsidiary",
    "valuation",
];

const CORPORATE_WORDS: &[&str] = &[
    "acquire",
    "acquired",
    "acquisition",
    "ai",
    "analysts",
    "announced",
    "app",
    "apps",
    "billion",
    "boss",
    "brand",
    "business",
    "ceo",
    "chairman",
    "chief",
    "chips",
    "companies",
    "company",
    "competitor",
    "computer",
    "computers",
    "customers",
    "deal",
    "device",
    "devices",
    "earnings",
    "employees",
    "engineers",
    "executive",
    "executives",
    "firm",
    "firms",
    "founder",
    "internet",
    "investors",
    "iphone",
    "ipod",
    "launch",
    "launched",
    "market",
    "merger",
    "million",
    "nasdaq",
    "nyse",
    "online",
    "phone",
    "phones",
    "platform",
    "products",
    "profit",
    "profits",
    "quarter",
    "quarterly",
    "released",
    "researchers",
    "retailer",
    "revenue",
    "revenues",
    "rival",
    "rivals",
    "sales",
    "search",
    "shareholders",
    "shares",
    "smartphone",
    "software",
    "staff",
    "startup",
    "startups",
    "stock",
    "subsidiary",
    "takeover",
    "tech",
    "technology",
    "unveiled",
    "users",
    "valuation",
    "website",
];

const MODEL_WORDS: &[&str] = &[
    "ai",
    "assistant",
    "assistants",
    "benchmark",
    "benchmarks",
    "bot",
    "chatbot",
    "chatbots",
    "generative",
    "gpt",
    "inference",
    "language",
    "llm",
    "llms",
    "model",
    "models",
    "multimodal",
    "open-source",
    "parameters",
    "prompt",
    "prompts",
    "reasoning",
    "trained",
    "training",
    "version",
    "weights",
];

/// Classes of words as written (case-sensitive).
static EXACT: Lazy<FxHashMap<&'static str, u32>> = Lazy::new(|| {
    let mut m: FxHashMap<&'static str, u32> = FxHashMap::default();
    for t in lines(builtin::TITLES) {
        if let Some(last) = t.split_whitespace().last() {
            *m.entry(last).or_default() |= TITLE;
        }
    }
    for d in lines(builtin::DESIGNATORS) {
        for w in d.split([' ', '&']).map(|w| w.trim_end_matches('.')) {
            if w.chars().next().is_some_and(char::is_uppercase) || w == "plc" {
                *m.entry(w).or_default() |= DESIGNATOR;
            }
        }
    }
    for w in lines(builtin::ORG_WORDS) {
        // Words that end too many names that are not companies.
        if !matches!(w, "Games" | "International" | "Resources") {
            *m.entry(w).or_default() |= ORG_WORD;
        }
    }
    for w in INDUSTRY_WORDS {
        *m.entry(w).or_default() |= INDUSTRY;
    }
    for w in SUFFIXES {
        *m.entry(w).or_default() |= SUFFIX;
    }
    for (list, bit) in [
        (super::org::INSTITUTION, ORG_INST),
        (super::org::TAIL_HEADS, ORG_TAIL),
        (super::org::CLUB_WORDS, CLUB),
    ] {
        for w in list {
            *m.entry(w).or_default() |= bit;
        }
    }
    m
});

/// Classes of words in lower case.
static LOWER: Lazy<FxHashMap<String, u32>> = Lazy::new(|| {
    let mut m: FxHashMap<String, u32> = FxHashMap::default();
    let mut add = |words: &mut dyn Iterator<Item = String>, bit: u32| {
        for w in words {
            *m.entry(w).or_default() |= bit;
        }
    };
    let list = |l: &'static [&'static str]| l.iter().map(|w| w.to_string());
    add(
        &mut lines(builtin::ROLES)
            .filter(|r| !r.contains(" of "))
            .filter_map(|r| r.split_whitespace().last())
            .map(str::to_lowercase),
        ROLE,
    );
    add(&mut std::iter::once("plc".to_string()), DESIGNATOR);
    add(&mut list(STOP_WORDS), STOP);
    add(&mut list(MONTHS), MONTH);
    add(&mut list(PLACE_NAMES), PLACE);
    add(&mut list(DEMONYMS), PLACE);
    // One-word places only: "San Francisco" is covered by "san".
    add(
        &mut lines(builtin::PLACES)
            .filter(|p| !p.contains(' '))
            .map(str::to_lowercase),
        PLACE,
    );
    add(&mut list(PARTICLES), PARTICLE);
    add(&mut list(VERBS_AFTER), VERB_AFTER);
    add(&mut list(VERBS_BEFORE), VERB_BEFORE);
    add(&mut list(CUES_BEFORE), CUE_BEFORE);
    add(&mut list(super::evidence::SPORT_WORDS), SPORT_CUE);
    add(&mut list(super::evidence::MUSIC_WORDS), MUSIC_CUE);
    add(&mut list(POSSESSED_NOUNS), POSSESSED);
    add(&mut list(CORPORATE_WORDS), CORPORATE);
    add(&mut list(MODEL_WORDS), MODEL_CUE);
    m
});

/// Designators that are abbreviations: their dot belongs to the mention ("Acme Corp.").
pub(crate) fn designator_takes_dot(w: &str) -> bool {
    matches!(
        w,
        "Inc" | "Corp" | "Co" | "Ltd" | "Cos" | "Bhd" | "Ltda" | "Pty" | "Pte"
    ) || w.contains('.')
}

/// The case-sensitive classes, for the gazetteer to merge into its word table.
pub(crate) fn exact_classes() -> impl Iterator<Item = (&'static str, u32)> {
    EXACT.iter().map(|(k, v)| (*k, *v))
}

/// The lower-case classes, for the gazetteer to merge into its word table.
pub(crate) fn lower_classes() -> impl Iterator<Item = (&'static str, u32)> {
    LOWER.iter().map(|(k, v)| (k.as_str(), *v))
}

/// All class bits of `word` (as written): lexicon classes, name-list classes and
/// [`GAZ_START`], from the tables of `gaz`.
pub(crate) fn classify(gaz: &Gazetteer, word: &str) -> u32 {
    classify_run(gaz, word, false)
}

/// [`classify`], told whether `word` is known to be one alphanumeric run (a scanned word
/// with no joiner), which spares the search for its first run.
pub(crate) fn classify_run(gaz: &Gazetteer, word: &str, one_run: bool) -> u32 {
    let mut bits = gaz.exact_bits(word);
    if !one_run {
        let run = crate::gazetteer::first_run(word);
        if run.len() < word.len() {
            bits |= gaz.exact_bits(run) & GAZ_START;
        }
    }
    bits | gaz.lower_bits_of(word)
}

/// Classes that only the lower-case tables give (the lexicon's lower-case lists and the name
/// lists): for these, [`lower_classes_of`] answers as [`classify`] does.
pub(crate) const LOWER_ONLY: u32 = ROLE
    | STOP
    | MONTH
    | PLACE
    | PARTICLE
    | VERB_AFTER
    | VERB_BEFORE
    | CUE_BEFORE
    | POSSESSED
    | CORPORATE
    | MODEL_CUE
    | FIRST
    | FIRST_AMBIGUOUS
    | SURNAME
    | SURNAME_AMBIGUOUS
    | COMMON
    | SPORT_CUE
    | MUSIC_CUE;

/// Classes that only the case-sensitive table gives: for these, [`exact_classes_of`] answers
/// as [`classify`] does.
pub(crate) const EXACT_ONLY: u32 =
    TITLE | ORG_WORD | SUFFIX | INDUSTRY | ORG_INST | ORG_TAIL | CLUB;

/// The classes of `word` from the lower-case tables: `classify(gaz, word) & m` for any mask
/// `m` within [`LOWER_ONLY`], with one look-up instead of three.
pub(crate) fn lower_classes_of(gaz: &Gazetteer, word: &str) -> u32 {
    gaz.lower_bits_of(word)
}

/// The classes of `word` as written from the case-sensitive table: `classify(gaz, word) & m`
/// for any mask `m` within [`EXACT_ONLY`], with one look-up instead of three.
pub(crate) fn exact_classes_of(gaz: &Gazetteer, word: &str) -> u32 {
    gaz.exact_bits(word)
}

/// The lexicon classes of `word` only, without a gazetteer (for tests and callers with no
/// gazetteer at hand).
#[cfg(test)]
pub(crate) fn classify_plain(word: &str) -> u32 {
    EXACT.get(word).copied().unwrap_or(0)
        | crate::gazetteer::with_lower(word, |l| LOWER.get(l).copied().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_lower_case() {
        for list in [
            STOP_WORDS,
            MONTHS,
            PLACE_NAMES,
            DEMONYMS,
            PARTICLES,
            VERBS_AFTER,
            VERBS_BEFORE,
            CUES_BEFORE,
            POSSESSED_NOUNS,
            CORPORATE_WORDS,
            MODEL_WORDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    #[test]
    fn split_look_ups_agree_with_classify() {
        // No table gives a class of the other's: the lexicon's own tables here, and the
        // gazetteer adds only name-list classes (lower case) and GAZ_START (as written).
        assert_eq!(LOWER_ONLY & EXACT_ONLY, 0);
        assert!(EXACT.values().all(|&b| b & LOWER_ONLY == 0));
        assert!(LOWER.values().all(|&b| b & EXACT_ONLY == 0));
        assert_eq!(GAZ_START & (LOWER_ONLY | EXACT_ONLY), 0);
        let gaz = crate::gazetteer::Gazetteer::builtin();
        for w in [
            "Jr", "III", "Smith", "smith", "John", "JOHN", "May", "London", "the", "The", "Inc",
            "Bank", "Rovers", "said", "Zoë", "ÉCOLE", "GPT-4o", "O'Neil", "", "x",
        ] {
            let all = classify(&gaz, w);
            assert_eq!(
                lower_classes_of(&gaz, w) & LOWER_ONLY,
                all & LOWER_ONLY,
                "{w}"
            );
            assert_eq!(
                exact_classes_of(&gaz, w) & EXACT_ONLY,
                all & EXACT_ONLY,
                "{w}"
            );
        }
    }

    #[test]
    fn data_lists() {
        let has = |w: &str, bit: u32| classify_plain(w) & bit != 0;
        assert!(has("Dr", TITLE) && has("Minister", TITLE) && !has("dr", TITLE));
        assert!(has("CEO", ROLE) && has("researcher", ROLE) && has("Executive", ROLE));
        assert!(has("Inc", DESIGNATOR) && has("S.A", DESIGNATOR) && has("plc", DESIGNATOR));
        assert!(!has("de", DESIGNATOR) && !has("Group", DESIGNATOR));
        assert!(has("Labs", ORG_WORD) && has("AI", ORG_WORD) && !has("Games", ORG_WORD));
        assert!(has("According", STOP) && has("Why", STOP) && !has("Pichai", STOP));
        assert!(has("Jr", SUFFIX) && has("May", MONTH) && has("London", PLACE));
    }
}
