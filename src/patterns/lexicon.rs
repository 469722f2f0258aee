//! Word lists the rules use: titles, roles, designators, cue words.
//!
//! Titles, roles, designators and organisation words come from the hand-kept files in
//! `src/gazetteer/data/` (they are grammar, so they stay on when the built-in dictionaries are
//! switched off); the short cue lists below are part of the rules themselves.

use std::collections::HashSet;

use once_cell::sync::Lazy;

use crate::gazetteer::builtin;

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Last words of titles, as written ("Mr", "Minister", "Gen"): a name may follow.
static TITLE_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    lines(builtin::TITLES)
        .filter_map(|t| t.split_whitespace().last())
        .collect()
});

/// Last words of roles, lower case ("executive", "researcher", "ceo").
static ROLE_WORDS: Lazy<HashSet<String>> = Lazy::new(|| {
    lines(builtin::ROLES)
        .filter(|r| !r.contains(" of "))
        .filter_map(|r| r.split_whitespace().last())
        .map(str::to_lowercase)
        .collect()
});

/// Single words of legal designators without their final dot ("Inc", "S.A", "GmbH", "Pty").
static DESIGNATOR_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    lines(builtin::DESIGNATORS)
        .flat_map(|d| d.split([' ', '&']))
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || *w == "plc")
        })
        .collect()
});

/// Organisation words ("Group", "Labs"), minus words that end too many non-company names.
static ORG_WORDS: Lazy<HashSet<&'static str>> = Lazy::new(|| {
    lines(builtin::ORG_WORDS)
        .filter(|w| !matches!(*w, "Games" | "International" | "Resources"))
        .collect()
});

/// True when `w` (as written) ends a title ("Dr", "Minister").
pub(crate) fn is_title(w: &str) -> bool {
    TITLE_WORDS.contains(w)
}

/// True when `w` (any case) ends a role ("executive", "CEO", "researcher").
pub(crate) fn is_role(w: &str) -> bool {
    crate::gazetteer::with_lower(w, |l| ROLE_WORDS.contains(l))
}

/// True when `w` (as written, without a final dot) is a legal designator ("Inc", "plc").
pub(crate) fn is_designator(w: &str) -> bool {
    DESIGNATOR_WORDS.contains(w)
}

/// True when `w` (as written) is an organisation word ("Group", "Technologies", "AI").
pub(crate) fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(w)
}

/// Designators that are abbreviations: their dot belongs to the mention ("Acme Corp.").
pub(crate) fn designator_takes_dot(w: &str) -> bool {
    matches!(
        w,
        "Inc" | "Corp" | "Co" | "Ltd" | "Cos" | "Bhd" | "Ltda" | "Pty" | "Pte"
    ) || w.contains('.')
}

fn contains(list: &[&str], w: &str) -> bool {
    crate::gazetteer::with_lower(w, |l| list.binary_search(&l).is_ok())
}

/// Capitalised function words that never start or continue a name ("The", "According").
const STOP: &[&str] = &[
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

/// True when `w` is a function word that cannot be part of a name.
pub(crate) fn is_stop(w: &str) -> bool {
    contains(STOP, w)
}

/// Lower-case particles inside names ("Vincent van Gogh", "Mohammed bin Salman").
const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn",
    "la", "le", "st", "ten", "ter", "van", "von",
];

/// True when `w` is a name particle written in lower case.
pub(crate) fn is_particle(w: &str) -> bool {
    PARTICLES.binary_search(&w).is_ok()
}

/// Generational suffixes after a surname.
pub(crate) fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Speech and move verbs that follow a person's name ("Pichai said", "Devlin resigned").
const PERSON_VERBS_AFTER: &[&str] = &[
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
    "commented",
    "confirmed",
    "declined",
    "denied",
    "departed",
    "explained",
    "explains",
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

/// True when `w` is a speech or move verb that follows a person.
pub(crate) fn is_person_verb_after(w: &str) -> bool {
    PERSON_VERBS_AFTER.binary_search(&w).is_ok()
}

/// True when `w` introduces a speaker right before a name ("said Jane Doe").
pub(crate) fn is_person_verb_before(w: &str) -> bool {
    matches!(w, "said" | "says" | "added" | "told" | "wrote" | "asked")
}

/// Nouns before a capitalised name that make it a company ("startup Zentrix").
const COMPANY_CUES_BEFORE: &[&str] = &[
    "automaker",
    "bank",
    "carmaker",
    "chipmaker",
    "company",
    "conglomerate",
    "firm",
    "giant",
    "insurer",
    "lender",
    "publisher",
    "retailer",
    "start-up",
    "startup",
];

/// True when `w` is a company cue noun ("startup", "firm").
pub(crate) fn is_company_cue_before(w: &str) -> bool {
    COMPANY_CUES_BEFORE.binary_search(&w).is_ok()
}

/// Nouns after "X's" that make X a company ("Zentrix's chief executive").
const COMPANY_POSSESSED: &[&str] = &[
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

/// True when `w` (any case) after a possessive name marks a company.
pub(crate) fn is_company_possessed(w: &str) -> bool {
    contains(COMPANY_POSSESSED, w)
}

/// Words that make a sentence corporate: evidence for an ambiguous company name in it.
const CORPORATE: &[&str] = &[
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

/// True when `w` (any case) is a corporate-context word.
pub(crate) fn is_corporate(w: &str) -> bool {
    contains(CORPORATE, w)
}

/// Words that make a sentence about AI models: evidence for an ambiguous model name.
const MODEL_CUES: &[&str] = &[
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

/// True when `w` (any case) is a model-context word.
pub(crate) fn is_model_cue(w: &str) -> bool {
    contains(MODEL_CUES, w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [
            STOP,
            PARTICLES,
            PERSON_VERBS_AFTER,
            COMPANY_CUES_BEFORE,
            COMPANY_POSSESSED,
            CORPORATE,
            MODEL_CUES,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn data_lists() {
        assert!(is_title("Dr") && is_title("Minister") && !is_title("dr"));
        assert!(is_role("CEO") && is_role("researcher") && is_role("Executive"));
        assert!(is_designator("Inc") && is_designator("S.A") && is_designator("plc"));
        assert!(!is_designator("de") && !is_designator("Group"));
        assert!(is_org_word("Labs") && is_org_word("AI") && !is_org_word("Games"));
        assert!(is_stop("According") && is_stop("Why") && !is_stop("Pichai"));
    }
}
