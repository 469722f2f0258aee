//! The word lists of the quotation stage: speech cue verbs, pronouns, the nouns that name a
//! non-person source ("the report", "the company", "a spokesperson"), role nouns, titles, and
//! the small words skipped between a subject and its verb.
//!
//! All lists are compiled once into one hash table from lower-cased word to a set of class
//! bits, so each lookup is one hash of a short word and allocates nothing.

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// Verbs of speech in any common tense ("said", "says", "told", "tweeted").
#[rustfmt::skip]
const CUES: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds",
    "adding", "wrote", "writes", "writing", "stated", "states", "explained", "explains",
    "explaining", "noted", "notes", "noting", "asked", "asks", "argued", "argues", "arguing",
    "warned", "warns", "warning", "posted", "posts", "tweeted", "tweets", "insisted", "insists",
    "insisting", "claimed", "claims", "admitted", "admits", "replied", "replies", "responded",
    "responds", "answered", "continued", "continues", "commented", "comments", "observed",
    "observes", "recalled", "recalls", "acknowledged", "acknowledges", "announced", "announces",
    "declared", "declares", "remarked", "remarks", "confirmed", "confirms", "conceded",
    "concedes", "predicted", "predicts", "stressed", "stresses", "emphasised", "emphasized",
    "emphasises", "emphasizes", "cautioned", "cautions", "agreed", "agrees", "joked", "jokes",
    "quipped", "reported", "reports", "concluded", "concludes", "complained", "complains",
    "urged", "urges", "boasted", "boasts", "countered", "counters", "wondered", "shouted",
    "whispered", "mused", "described", "describes", "branded", "hailed", "hails", "accused",
    "accuses", "promised", "vowed", "vows", "pledged", "asserted", "asserts", "argue",
    "criticised", "criticized", "declaring", "labelled", "labeled", "pressed",
];

/// Verbs that report someone's words or findings without introducing a full quotation:
/// a short quoted fragment in their sentence is someone's words ("MPs found the system was
/// "nowhere near" ready", "noting the chief executive "has now left"").
#[rustfmt::skip]
const FRAGMENT_CUES: &[&str] = &[
    "believed", "believes", "thought", "thinks", "found", "finds", "noting", "hoping",
    "called", "confirming", "dismissed", "dismissing", "accusing", "describing",
    "promising", "branding", "condemned", "praised", "denounced", "suggested", "suggests",
];

/// Words right before a quoted word that make it a term, name or gloss rather than anyone's
/// words (`Latin for "truth"`, `known as "the Firm"`, `so-called "junk" bonds`).
#[rustfmt::skip]
const GLOSS_WORDS: &[&str] = &[
    "called", "dubbed", "nicknamed", "named", "titled", "entitled", "so-called", "meaning",
    "means", "word", "words", "term", "terms", "phrase", "slogan", "label", "codenamed",
    "code-named", "known", "classed", "classified", "designated", "billed", "marked",
    "considered", "deemed", "rated",
];

/// A verb that reports words in a sentence holding a short quoted fragment: any cue verb or
/// a verb of finding or opinion ("found", "believed", "noting").
///
/// Cue words that are also nouns ("claims") and "continue(s)", which in mid-sentence is
/// rarely speech ("the drain continues"), do not count.
#[inline]
pub(crate) fn is_fragment_cue(word: &str) -> bool {
    let c = cue_classes(word);
    c & (CUE | FRAGMENT_CUE) != 0
        && c & NOUN_LIKE_CUE == 0
        && !word.eq_ignore_ascii_case("continues")
        && !word.eq_ignore_ascii_case("continued")
}

/// A word that makes the quoted word after it a term or gloss ("called", "Latin for").
pub(crate) fn is_gloss(word: &str) -> bool {
    classes(word) & GLOSS != 0
}

/// A word that glosses the quoted word after "for" ("Latin for", "slang for").
pub(crate) fn is_gloss_for(word: &str) -> bool {
    classes(word) & GLOSS_FOR != 0
}

/// A word describing a person rather than naming them: a role, a party or job
/// ("chairman", "Rapper", "Deputy", "Tory"). Honorifics and peerage styles ("Mr", "Lord")
/// are not descriptors: they belong to the name as the entity stage gives it.
pub(crate) fn is_descriptor(word: &str) -> bool {
    classes_by(word, |lex| &lex.descriptor_shapes) & DESCRIPTOR_BITS != 0
}

/// A person's name without the descriptive words the entity stage left at its front
/// ("Rapper Jay-Z" -> "Jay-Z"); `None` when nothing but descriptors remains ("Deputy Prime").
///
/// Hyphenated and possessive words are kept as they are.
pub(crate) fn strip_descriptors(name: &str) -> Option<&str> {
    let mut rest = name.trim();
    loop {
        let (first, tail) = match rest.split_once(' ') {
            Some((f, t)) => (f, t.trim_start()),
            None => (rest, ""),
        };
        if !is_descriptor(first.trim_end_matches('.')) {
            return (!rest.is_empty()).then_some(rest);
        }
        if tail.is_empty() {
            return None;
        }
        rest = tail;
    }
}

/// Cue words that are also common nouns: they only count as cues right next to the quote.
#[rustfmt::skip]
const NOUN_LIKE_CUES: &[&str] = &[
    "states", "notes", "posts", "claims", "comments", "remarks", "reports", "warning",
    "writing", "tweets", "say", "tell", "counters", "boasts",
];

/// Nouns for a publication or its work: the speaker is the publication.
#[rustfmt::skip]
const REPORT_NOUNS: &[&str] = &[
    "report", "study", "article", "story", "investigation", "newspaper", "paper", "publication",
    "outlet", "analysis", "survey",
];

/// Nouns for a company: the speaker is the company last named.
#[rustfmt::skip]
const COMPANY_NOUNS: &[&str] = &[
    "company", "firm", "startup", "start-up", "group", "lab", "giant", "business", "maker",
    "chipmaker", "carmaker", "automaker", "retailer", "bank", "airline", "insurer",
    "conglomerate", "operator", "carrier", "corporation", "club",
];

/// Nouns for a public body: the speaker is the non-company organisation last named.
#[rustfmt::skip]
const BODY_NOUNS: &[&str] = &[
    "ministry", "department", "committee", "commission", "council", "agency", "union",
    "party", "regulator", "watchdog", "authority", "federation", "association", "court",
    "organisation", "organization", "institute", "university", "body", "tribunal",
    "inquiry", "panel", "league", "confederation", "chamber", "chambers",
];

/// Nouns for someone speaking for an organisation.
#[rustfmt::skip]
const SPOKESPERSON_NOUNS: &[&str] = &[
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "statement",
    "spokesmen", "spokeswomen",
];

/// Nouns for a person's role: "the chief executive said" refers back to the person introduced with it.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "executive", "ceo", "chairman", "chairwoman", "chair", "president", "chancellor",
    "minister", "secretary", "director", "manager", "coach", "boss", "founder", "co-founder",
    "governor", "judge", "witness", "analyst", "economist", "singer", "actor", "actress",
    "star", "player", "striker", "captain", "champion", "leader", "officer", "prosecutor",
    "lawyer", "attorney", "senator", "mayor", "chief", "producer", "author", "writer", "editor",
    "professor", "researcher", "scientist", "engineer", "official", "premier", "organiser",
    "organizer", "investor", "entrepreneur", "inventor", "designer", "head", "cfo", "cto",
    "owner", "partner", "veteran", "pioneer", "scholar", "historian",
];

/// Titles that may precede a name ("Mr", "Dr", "President").
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "senator", "sen", "rep", "gov", "governor", "judge", "chancellor", "minister",
    "secretary", "general", "gen", "captain", "capt", "coach", "rev", "father", "st",
];

/// Capitalised words that are not names (sentence openers, determiners, pronouns, months).
#[rustfmt::skip]
const NON_NAMES: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i",
    "you", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "of", "to", "from", "with",
    "by", "as", "if", "when", "while", "after", "before", "since", "then", "there", "here",
    "his", "her", "its", "their", "our", "my", "your", "one", "some", "many", "most", "all",
    "analysts", "officials", "critics", "experts", "sources", "police", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december",
    "however", "also", "later", "earlier", "now", "today", "yesterday", "last", "next", "ceo",
    "cfo", "cto", "chief", "executive", "chairman", "chairwoman", "director", "head", "founder",
    "boss", "manager", "spokesman", "spokeswoman", "spokesperson", "prime", "mps", "mp",
];

/// Adverbs and auxiliaries between a subject and its cue verb ("Pichai also said").
#[rustfmt::skip]
const SKIPPABLE_WORDS: &[&str] = &[
    "also", "later", "then", "has", "had", "have", "was", "is", "were", "are", "would", "will",
    "could", "may", "might", "previously", "recently", "once", "earlier", "reportedly",
    "simply", "just", "again", "now", "repeatedly", "publicly", "privately", "separately",
    "further", "frankly", "bluntly", "flatly", "been", "did", "does", "do", "subsequently",
];

/// Prepositions: an entity right after one modifies a noun, it is not the subject.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "at", "for", "from", "of", "with", "in", "on", "to", "by", "about", "near",
];

/// Determiners that introduce a noun phrase.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "one",
];

/// Words before "for" that gloss the quoted word after it (`Latin for "truth"`).
#[rustfmt::skip]
const GLOSS_FOR_WORDS: &[&str] = &[
    "latin", "greek", "french", "spanish", "german", "italian", "arabic", "japanese",
    "chinese", "mandarin", "cantonese", "hebrew", "russian", "portuguese", "dutch", "hindi",
    "welsh", "gaelic", "irish", "korean", "turkish", "persian", "farsi", "sanskrit", "swahili",
    "yiddish", "slang", "shorthand", "code", "short", "jargon", "euphemism", "stands",
];

/// Words describing a person that the entity stage may leave at the front of a name
/// ("Rapper Jay-Z", "Deputy Prime Minister", "Tory Dominic Grieve"), besides titles and roles.
#[rustfmt::skip]
const DESCRIPTORS: &[&str] = &[
    "deputy", "prime", "vice", "acting", "interim", "former", "ex", "shadow", "rapper",
    "tory", "labour", "conservative", "liberal", "democrat", "republican", "lib", "dem",
    "mp", "mep", "singer", "comedian", "presenter", "broadcaster", "host", "midfielder",
    "defender", "goalkeeper", "winger", "keeper", "skipper", "tycoon", "billionaire",
    "novelist", "playwright", "poet", "artist", "dj", "sergeant", "inspector", "detective",
    "constable", "justice", "veteran", "legendary", "rookie", "superstar", "guitarist",
    "drummer", "bassist", "frontman", "frontwoman", "songwriter", "film-maker", "filmmaker",
    "coach", "manager", "boss", "chairman", "chief", "executive", "minister", "secretary",
    "president", "chancellor", "premier", "senator", "governor", "mayor", "general",
];

const CUE: u32 = 1;
const NOUN_LIKE_CUE: u32 = 1 << 1;
const HE_SHE: u32 = 1 << 2;
const THEY: u32 = 1 << 3;
const IT: u32 = 1 << 4;
const REPORT: u32 = 1 << 5;
const COMPANY: u32 = 1 << 6;
const SPOKESPERSON: u32 = 1 << 7;
const ROLE: u32 = 1 << 8;
const TITLE: u32 = 1 << 9;
const NON_NAME: u32 = 1 << 10;
const SKIPPABLE: u32 = 1 << 11;
const PREPOSITION: u32 = 1 << 12;
const DETERMINER: u32 = 1 << 13;
const FRAGMENT_CUE: u32 = 1 << 14;
const GLOSS: u32 = 1 << 15;
const GLOSS_FOR: u32 = 1 << 16;
const DESCRIPTOR: u32 = 1 << 17;
const BODY: u32 = 1 << 18;

/// Longest word the lexicon holds (its words are packed into a `u128` key, [`key`]).
const MAX_WORD: usize = 16;

/// The lexicon's words and a cheap filter in front of them.
struct Lexicon {
    map: HashMap<u128, u32, rustc_hash::FxBuildHasher>,
    /// For each word length and first letter, the set of last letters some word of the
    /// lexicon has ([`letter_bucket`]): most words of a text are ruled out without hashing.
    shapes: Shapes,
    /// [`Lexicon::shapes`] of the words with a [`CUE_BITS`] class only: the cue tests rule out
    /// nine words of ten this way, where the whole lexicon's shapes let half of them through.
    cue_shapes: Shapes,
    /// [`Lexicon::shapes`] of the words with a [`DESCRIPTOR_BITS`] class only (names are tested
    /// for descriptors, and most first names share the shape of some lexicon word).
    descriptor_shapes: Shapes,
}

/// Sets of last letters by word length and first letter ([`Lexicon::shapes`]).
type Shapes = [[u32; 27]; MAX_WORD + 1];

/// The classes the cue tests ask about ([`cue_classes`]).
const CUE_BITS: u32 = CUE | NOUN_LIKE_CUE | FRAGMENT_CUE;

/// The classes [`is_descriptor`] asks about.
const DESCRIPTOR_BITS: u32 = DESCRIPTOR | ROLE;

/// 0..=25 for an ASCII letter (either case), 26 for any other byte.
fn letter_bucket(b: u8) -> usize {
    let l = b | 0x20;
    if l.is_ascii_lowercase() {
        (l - b'a') as usize
    } else {
        26
    }
}

/// `word` (at most [`MAX_WORD`] bytes) ASCII-lower-cased and packed into a number, padded
/// with zero bytes. Two words get the same key only when one is the other followed by NUL
/// bytes; no lexicon word ends in one and [`classes`] checks the last byte is a letter first.
fn key(word: &[u8]) -> u128 {
    let mut buf = [0u8; MAX_WORD];
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    u128::from_le_bytes(buf)
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let words = lexicon_map();
    let mut shapes = [[0u32; 27]; MAX_WORD + 1];
    let mut cue_shapes = [[0u32; 27]; MAX_WORD + 1];
    let mut descriptor_shapes = [[0u32; 27]; MAX_WORD + 1];
    let mut map: HashMap<u128, u32, rustc_hash::FxBuildHasher> = HashMap::default();
    for (w, bits) in words {
        if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
            if w.len() <= MAX_WORD {
                let bit = 1 << letter_bucket(last);
                shapes[w.len()][letter_bucket(first)] |= bit;
                if bits & CUE_BITS != 0 {
                    cue_shapes[w.len()][letter_bucket(first)] |= bit;
                }
                if bits & DESCRIPTOR_BITS != 0 {
                    descriptor_shapes[w.len()][letter_bucket(first)] |= bit;
                }
                map.insert(key(w), bits);
            }
        }
    }
    Lexicon {
        map,
        shapes,
        cue_shapes,
        descriptor_shapes,
    }
});

fn lexicon_map() -> HashMap<&'static [u8], u32, rustc_hash::FxBuildHasher> {
    let mut map: HashMap<&'static [u8], u32, rustc_hash::FxBuildHasher> = HashMap::default();
    let lists: [(&[&'static str], u32); 19] = [
        (CUES, CUE),
        (NOUN_LIKE_CUES, NOUN_LIKE_CUE),
        (&["he", "she"], HE_SHE),
        (&["they"], THEY),
        (&["it"], IT),
        (REPORT_NOUNS, REPORT),
        (COMPANY_NOUNS, COMPANY),
        (SPOKESPERSON_NOUNS, SPOKESPERSON),
        (ROLES, ROLE),
        (TITLES, TITLE),
        (NON_NAMES, NON_NAME),
        (SKIPPABLE_WORDS, SKIPPABLE),
        (PREPOSITIONS, PREPOSITION),
        (DETERMINERS, DETERMINER),
        (FRAGMENT_CUES, FRAGMENT_CUE),
        (GLOSS_WORDS, GLOSS),
        (GLOSS_FOR_WORDS, GLOSS_FOR),
        (DESCRIPTORS, DESCRIPTOR),
        (BODY_NOUNS, BODY),
    ];
    for (words, bit) in lists {
        for w in words {
            *map.entry(w.as_bytes()).or_default() |= bit;
        }
    }
    map
}

/// The class bits of `word` (ASCII case-insensitive), 0 when it is in no list.
fn classes(word: &str) -> u32 {
    classes_by(word, |lex| &lex.shapes)
}

/// [`classes`] for a test of [`CUE_BITS`] only: the same bits where they matter, and 0 for
/// every word that has none of them (no word of that shape holds one, so it is not looked up).
fn cue_classes(word: &str) -> u32 {
    classes_by(word, |lex| &lex.cue_shapes)
}

/// The class bits of `word`, or 0 without a lookup when its shape is not in `shapes`.
#[inline(always)]
fn classes_by(word: &str, shapes: impl Fn(&Lexicon) -> &Shapes) -> u32 {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    if b.len() > MAX_WORD {
        return 0;
    }
    let lex = &*LEXICON;
    // Every lexicon word ends in a letter (never in bucket 26), so a word that passes ends in
    // a letter too and its key is its own ([`key`]).
    if shapes(lex)[b.len()][letter_bucket(first)] & (1 << letter_bucket(last)) == 0 {
        return 0;
    }
    lex.map.get(&key(b)).copied().unwrap_or(0)
}

/// True for a verb of speech in any common tense ("said", "says", "told", "tweeted").
pub(crate) fn is_cue(word: &str) -> bool {
    cue_classes(word) & CUE != 0
}

/// Cue words that are also common nouns: they only count as cues right next to the quote.
pub(crate) fn is_noun_like_cue(word: &str) -> bool {
    cue_classes(word) & NOUN_LIKE_CUE != 0
}

/// A personal pronoun that can be the subject of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he, she
    Person,
    /// they
    They,
    /// it
    It,
}

/// The pronoun `word` is, if any.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    let c = classes(word);
    if c & HE_SHE != 0 {
        Some(Pronoun::Person)
    } else if c & THEY != 0 {
        Some(Pronoun::They)
    } else if c & IT != 0 {
        Some(Pronoun::It)
    } else {
        None
    }
}

/// A noun naming a source that is not a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourceNoun {
    /// report, study, article: the publication that wrote it.
    Report,
    /// company, firm, startup: the company most recently named.
    Company,
    /// spokesperson, spokesman, representative, statement: the company they speak for.
    Spokesperson,
    /// ministry, committee, party: the public body most recently named.
    Body,
}

/// The kind of non-person source `word` names, if any.
pub(crate) fn source_noun(word: &str) -> Option<SourceNoun> {
    let c = classes(word);
    if c & REPORT != 0 {
        Some(SourceNoun::Report)
    } else if c & COMPANY != 0 {
        Some(SourceNoun::Company)
    } else if c & SPOKESPERSON != 0 {
        Some(SourceNoun::Spokesperson)
    } else if c & BODY != 0 {
        Some(SourceNoun::Body)
    } else {
        None
    }
}

/// A noun for a person's role ("executive", "coach", "minister").
pub(crate) fn is_role(word: &str) -> bool {
    classes(word) & ROLE != 0
}

/// A title that may precede a name ("Mr", "Dr", "President").
pub(crate) fn is_title(word: &str) -> bool {
    classes(word) & TITLE != 0
}

/// A capitalised word that is not a name (sentence openers, determiners, pronouns, months).
pub(crate) fn is_capitalised_non_name(word: &str) -> bool {
    classes(word) & NON_NAME != 0
}

/// Adverbs and auxiliaries that may sit between a subject and its cue verb.
pub(crate) fn is_skippable(word: &str) -> bool {
    classes(word) & SKIPPABLE != 0
}

/// A preposition: an entity right after one modifies a noun, it is not the subject.
pub(crate) fn is_preposition(word: &str) -> bool {
    classes(word) & PREPOSITION != 0
}

/// A determiner that introduces a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    classes(word) & DETERMINER != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_in_any_tense_and_case() {
        for w in [
            "said",
            "Says",
            "told",
            "TWEETED",
            "added",
            "warns",
            "explained",
        ] {
            assert!(is_cue(w), "{w}");
        }
        for w in [
            "sad",
            "tolled",
            "Saidi",
            "éé",
            "reportedlyreportedlyreportedly",
            "said\0",
            "\0said",
            "saidsaidsaidsaid",
        ] {
            assert!(!is_cue(w), "{w}");
        }
    }

    #[test]
    fn cue_shapes_only_rule_out_words_without_a_cue_class() {
        let mut words: Vec<String> = lexicon_map()
            .keys()
            .map(|w| String::from_utf8(w.to_vec()).unwrap())
            .collect();
        words.extend(words.clone().iter().map(|w| w.to_uppercase()));
        words.extend(
            [
                "",
                "s",
                "Said",
                "SAYS",
                "sad",
                "saidd",
                "tolled",
                "the",
                "Noting",
                "said\0",
                "é",
                "saïd",
                "co-founder",
                "claims",
                "warning",
                "x-y",
                "said.",
                "1said",
            ]
            .map(String::from),
        );
        for w in &words {
            let (all, cue) = (classes(w), cue_classes(w));
            assert_eq!(all & CUE_BITS, cue & CUE_BITS, "{w:?}");
            assert!(cue == 0 || cue == all, "{w:?}");
            assert_eq!(is_descriptor(w), all & DESCRIPTOR_BITS != 0, "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn cue_shapes_agree_on_any_word(w in "[a-zA-Z'’.-]{0,17}") {
            proptest::prop_assert_eq!(classes(&w) & CUE_BITS, cue_classes(&w) & CUE_BITS);
            proptest::prop_assert_eq!(is_descriptor(&w), classes(&w) & DESCRIPTOR_BITS != 0);
        }
    }

    #[test]
    fn descriptors_are_stripped_from_names() {
        assert_eq!(strip_descriptors("Rapper Jay-Z"), Some("Jay-Z"));
        assert_eq!(
            strip_descriptors("Tory Dominic Grieve"),
            Some("Dominic Grieve")
        );
        assert_eq!(strip_descriptors("Deputy Prime"), None);
        assert_eq!(strip_descriptors("Jo Bloggs"), Some("Jo Bloggs"));
        assert_eq!(strip_descriptors("Prince Charles"), Some("Prince Charles"));
        assert_eq!(strip_descriptors("Lord Catto"), Some("Lord Catto"));
        assert_eq!(strip_descriptors(""), None);
    }

    #[test]
    fn sources_and_pronouns() {
        assert_eq!(source_noun("report"), Some(SourceNoun::Report));
        assert_eq!(source_noun("Company"), Some(SourceNoun::Company));
        assert_eq!(source_noun("spokeswoman"), Some(SourceNoun::Spokesperson));
        assert_eq!(source_noun("Apple"), None);
        assert_eq!(pronoun("She"), Some(Pronoun::Person));
        assert_eq!(pronoun("them"), None);
    }

    #[test]
    fn every_list_word_is_lower_case_ascii() {
        for list in [
            CUES,
            NOUN_LIKE_CUES,
            REPORT_NOUNS,
            COMPANY_NOUNS,
            SPOKESPERSON_NOUNS,
            ROLES,
            TITLES,
            NON_NAMES,
            SKIPPABLE_WORDS,
            PREPOSITIONS,
            DETERMINERS,
            FRAGMENT_CUES,
            GLOSS_WORDS,
            GLOSS_FOR_WORDS,
            DESCRIPTORS,
            BODY_NOUNS,
        ] {
            for w in list {
                assert!(
                    w.len() <= MAX_WORD
                        && w.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii())
                        && w.bytes().last().is_some_and(|b| b.is_ascii_lowercase()),
                    "{w}"
                );
            }
        }
    }
}
