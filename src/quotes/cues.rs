//! The word lists of the quotation stage: speech cue verbs, pronouns, the nouns that name a
//! non-person source ("the report", "the company", "a spokesperson"), titles, and the small
//! words skipped between a subject and its verb.
//!
//! All lookups are ASCII case-insensitive on one word and allocate nothing.

/// Lower-cases an ASCII word into `buf`; `None` when it is not ASCII or too long for a list word.
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// True for a verb of speech in any common tense ("said", "says", "told", "tweeted").
pub(crate) fn is_cue(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "saying"
            | "told"
            | "tells"
            | "tell"
            | "telling"
            | "added"
            | "adds"
            | "adding"
            | "wrote"
            | "writes"
            | "writing"
            | "stated"
            | "states"
            | "explained"
            | "explains"
            | "explaining"
            | "noted"
            | "notes"
            | "noting"
            | "asked"
            | "asks"
            | "argued"
            | "argues"
            | "arguing"
            | "warned"
            | "warns"
            | "warning"
            | "posted"
            | "posts"
            | "tweeted"
            | "tweets"
            | "insisted"
            | "insists"
            | "insisting"
            | "claimed"
            | "claims"
            | "admitted"
            | "admits"
            | "replied"
            | "replies"
            | "responded"
            | "responds"
            | "answered"
            | "continued"
            | "continues"
            | "commented"
            | "comments"
            | "observed"
            | "observes"
            | "recalled"
            | "recalls"
            | "acknowledged"
            | "acknowledges"
            | "announced"
            | "announces"
            | "declared"
            | "declares"
            | "remarked"
            | "remarks"
            | "confirmed"
            | "confirms"
            | "conceded"
            | "concedes"
            | "predicted"
            | "predicts"
            | "stressed"
            | "stresses"
            | "emphasised"
            | "emphasized"
            | "emphasises"
            | "emphasizes"
            | "cautioned"
            | "cautions"
            | "agreed"
            | "agrees"
            | "joked"
            | "jokes"
            | "quipped"
            | "reported"
            | "reports"
            | "concluded"
            | "concludes"
            | "complained"
            | "complains"
            | "urged"
            | "urges"
            | "boasted"
            | "boasts"
            | "countered"
            | "counters"
            | "wondered"
            | "shouted"
            | "whispered"
            | "mused"
    )
}

/// Cue words that are also common nouns: they only count as cues right next to the quote.
pub(crate) fn is_noun_like_cue(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "states"
            | "notes"
            | "posts"
            | "claims"
            | "comments"
            | "remarks"
            | "reports"
            | "warning"
            | "writing"
            | "tweets"
            | "say"
            | "tell"
            | "counters"
            | "boasts"
    )
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
    let mut buf = [0u8; 24];
    match lower(word, &mut buf)? {
        "he" | "she" => Some(Pronoun::Person),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        _ => None,
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
}

/// The kind of non-person source `word` names, if any.
pub(crate) fn source_noun(word: &str) -> Option<SourceNoun> {
    let mut buf = [0u8; 24];
    match lower(word, &mut buf)? {
        "report" | "study" | "article" | "story" | "investigation" | "newspaper" | "paper"
        | "publication" | "outlet" | "analysis" | "survey" => Some(SourceNoun::Report),
        "company" | "firm" | "startup" | "start-up" | "group" | "lab" | "giant" | "business"
        | "maker" | "chipmaker" | "carmaker" | "automaker" | "retailer" | "bank" | "airline"
        | "insurer" | "conglomerate" | "operator" | "carrier" | "corporation" | "club" => {
            Some(SourceNoun::Company)
        }
        "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "representative"
        | "statement" | "spokesmen" | "spokeswomen" => Some(SourceNoun::Spokesperson),
        _ => None,
    }
}

/// A title that may precede a name ("Mr", "Dr", "President").
pub(crate) fn is_title(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "president"
            | "senator"
            | "sen"
            | "rep"
            | "gov"
            | "governor"
            | "judge"
            | "chancellor"
            | "minister"
            | "secretary"
            | "general"
            | "gen"
            | "captain"
            | "capt"
            | "coach"
            | "rev"
            | "father"
            | "st"
    )
}

/// A capitalised word that is not a name (sentence openers, determiners, pronouns, months).
pub(crate) fn is_capitalised_non_name(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "but"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "in"
            | "on"
            | "at"
            | "for"
            | "of"
            | "to"
            | "from"
            | "with"
            | "by"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "then"
            | "there"
            | "here"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "one"
            | "some"
            | "many"
            | "most"
            | "all"
            | "analysts"
            | "officials"
            | "critics"
            | "experts"
            | "sources"
            | "police"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "however"
            | "also"
            | "later"
            | "earlier"
            | "now"
            | "today"
            | "yesterday"
            | "last"
            | "next"
            | "ceo"
            | "cfo"
            | "cto"
            | "chief"
            | "executive"
            | "chairman"
            | "chairwoman"
            | "director"
            | "head"
            | "founder"
            | "boss"
            | "manager"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "prime"
            | "mps"
            | "mp"
    )
}

/// Adverbs and auxiliaries that may sit between a subject and its cue verb ("Pichai also said").
pub(crate) fn is_skippable(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "also"
            | "later"
            | "then"
            | "has"
            | "had"
            | "have"
            | "was"
            | "is"
            | "were"
            | "are"
            | "would"
            | "will"
            | "could"
            | "may"
            | "might"
            | "previously"
            | "recently"
            | "once"
            | "earlier"
            | "reportedly"
            | "simply"
            | "just"
            | "again"
            | "now"
            | "repeatedly"
            | "publicly"
            | "privately"
            | "separately"
            | "further"
            | "frankly"
            | "bluntly"
            | "flatly"
            | "been"
            | "did"
            | "does"
            | "do"
            | "subsequently"
    )
}

/// A preposition: an entity right after one modifies a noun, it is not the subject.
pub(crate) fn is_preposition(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "at" | "for" | "from" | "of" | "with" | "in" | "on" | "to" | "by" | "about" | "near"
    )
}

/// A determiner that introduces a noun phrase.
pub(crate) fn is_determiner(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that" | "one"
    )
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
        ] {
            assert!(!is_cue(w), "{w}");
        }
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
}
