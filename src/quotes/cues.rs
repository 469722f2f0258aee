//! The word lists of the quotation stage: speech cue verbs, pronouns, the nouns that name a
//! non-person source ("the report", "the company", "a spokesperson"), titles, and the small
//! words skipped between a subject and its verb.
//!
//! All lookups are ASCII case-insensitive on one word and allocate nothing.

/// Lower-cases a word's ASCII letters into `buf`; `None` when it is too long for a list word.
fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let b = word.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..b.len()])
}

/// True for a verb of speech in any common tense ("said", "says", "told", "tweeted").
pub(crate) fn is_cue(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"said"
            | b"says"
            | b"say"
            | b"saying"
            | b"told"
            | b"tells"
            | b"tell"
            | b"telling"
            | b"added"
            | b"adds"
            | b"adding"
            | b"wrote"
            | b"writes"
            | b"writing"
            | b"stated"
            | b"states"
            | b"explained"
            | b"explains"
            | b"explaining"
            | b"noted"
            | b"notes"
            | b"noting"
            | b"asked"
            | b"asks"
            | b"argued"
            | b"argues"
            | b"arguing"
            | b"warned"
            | b"warns"
            | b"warning"
            | b"posted"
            | b"posts"
            | b"tweeted"
            | b"tweets"
            | b"insisted"
            | b"insists"
            | b"insisting"
            | b"claimed"
            | b"claims"
            | b"admitted"
            | b"admits"
            | b"replied"
            | b"replies"
            | b"responded"
            | b"responds"
            | b"answered"
            | b"continued"
            | b"continues"
            | b"commented"
            | b"comments"
            | b"observed"
            | b"observes"
            | b"recalled"
            | b"recalls"
            | b"acknowledged"
            | b"acknowledges"
            | b"announced"
            | b"announces"
            | b"declared"
            | b"declares"
            | b"remarked"
            | b"remarks"
            | b"confirmed"
            | b"confirms"
            | b"conceded"
            | b"concedes"
            | b"predicted"
            | b"predicts"
            | b"stressed"
            | b"stresses"
            | b"emphasised"
            | b"emphasized"
            | b"emphasises"
            | b"emphasizes"
            | b"cautioned"
            | b"cautions"
            | b"agreed"
            | b"agrees"
            | b"joked"
            | b"jokes"
            | b"quipped"
            | b"reported"
            | b"reports"
            | b"concluded"
            | b"concludes"
            | b"complained"
            | b"complains"
            | b"urged"
            | b"urges"
            | b"boasted"
            | b"boasts"
            | b"countered"
            | b"counters"
            | b"wondered"
            | b"shouted"
            | b"whispered"
            | b"mused"
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
        b"states"
            | b"notes"
            | b"posts"
            | b"claims"
            | b"comments"
            | b"remarks"
            | b"reports"
            | b"warning"
            | b"writing"
            | b"tweets"
            | b"say"
            | b"tell"
            | b"counters"
            | b"boasts"
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
        b"he" | b"she" => Some(Pronoun::Person),
        b"they" => Some(Pronoun::They),
        b"it" => Some(Pronoun::It),
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
        b"report" | b"study" | b"article" | b"story" | b"investigation" | b"newspaper"
        | b"paper" | b"publication" | b"outlet" | b"analysis" | b"survey" => {
            Some(SourceNoun::Report)
        }
        b"company" | b"firm" | b"startup" | b"start-up" | b"group" | b"lab" | b"giant"
        | b"business" | b"maker" | b"chipmaker" | b"carmaker" | b"automaker" | b"retailer"
        | b"bank" | b"airline" | b"insurer" | b"conglomerate" | b"operator" | b"carrier"
        | b"corporation" | b"club" => Some(SourceNoun::Company),
        b"spokesperson" | b"spokesman" | b"spokeswoman" | b"spokespeople" | b"representative"
        | b"statement" | b"spokesmen" | b"spokeswomen" => Some(SourceNoun::Spokesperson),
        _ => None,
    }
}

/// A noun for a person's role: "the chief executive said" refers back to the person
/// introduced with it.
pub(crate) fn is_role(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"executive"
            | b"ceo"
            | b"chairman"
            | b"chairwoman"
            | b"chair"
            | b"president"
            | b"chancellor"
            | b"minister"
            | b"secretary"
            | b"director"
            | b"manager"
            | b"coach"
            | b"boss"
            | b"founder"
            | b"co-founder"
            | b"governor"
            | b"judge"
            | b"witness"
            | b"analyst"
            | b"economist"
            | b"singer"
            | b"actor"
            | b"actress"
            | b"star"
            | b"player"
            | b"striker"
            | b"captain"
            | b"champion"
            | b"leader"
            | b"officer"
            | b"prosecutor"
            | b"lawyer"
            | b"attorney"
            | b"senator"
            | b"mayor"
            | b"chief"
            | b"producer"
            | b"author"
            | b"writer"
            | b"editor"
            | b"professor"
            | b"researcher"
            | b"scientist"
            | b"engineer"
            | b"official"
            | b"premier"
            | b"organiser"
            | b"organizer"
            | b"investor"
            | b"entrepreneur"
            | b"inventor"
            | b"designer"
            | b"head"
            | b"cfo"
            | b"cto"
            | b"owner"
            | b"partner"
            | b"veteran"
            | b"pioneer"
            | b"scholar"
            | b"historian"
    )
}

/// A title that may precede a name ("Mr", "Dr", "President").
pub(crate) fn is_title(word: &str) -> bool {
    let mut buf = [0u8; 24];
    let Some(w) = lower(word, &mut buf) else {
        return false;
    };
    matches!(
        w,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"miss"
            | b"dr"
            | b"prof"
            | b"professor"
            | b"sir"
            | b"dame"
            | b"lord"
            | b"lady"
            | b"president"
            | b"senator"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"governor"
            | b"judge"
            | b"chancellor"
            | b"minister"
            | b"secretary"
            | b"general"
            | b"gen"
            | b"captain"
            | b"capt"
            | b"coach"
            | b"rev"
            | b"father"
            | b"st"
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
        b"the"
            | b"a"
            | b"an"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"it"
            | b"he"
            | b"she"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"of"
            | b"to"
            | b"from"
            | b"with"
            | b"by"
            | b"as"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"since"
            | b"then"
            | b"there"
            | b"here"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"one"
            | b"some"
            | b"many"
            | b"most"
            | b"all"
            | b"analysts"
            | b"officials"
            | b"critics"
            | b"experts"
            | b"sources"
            | b"police"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"however"
            | b"also"
            | b"later"
            | b"earlier"
            | b"now"
            | b"today"
            | b"yesterday"
            | b"last"
            | b"next"
            | b"ceo"
            | b"cfo"
            | b"cto"
            | b"chief"
            | b"executive"
            | b"chairman"
            | b"chairwoman"
            | b"director"
            | b"head"
            | b"founder"
            | b"boss"
            | b"manager"
            | b"spokesman"
            | b"spokeswoman"
            | b"spokesperson"
            | b"prime"
            | b"mps"
            | b"mp"
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
        b"also"
            | b"later"
            | b"then"
            | b"has"
            | b"had"
            | b"have"
            | b"was"
            | b"is"
            | b"were"
            | b"are"
            | b"would"
            | b"will"
            | b"could"
            | b"may"
            | b"might"
            | b"previously"
            | b"recently"
            | b"once"
            | b"earlier"
            | b"reportedly"
            | b"simply"
            | b"just"
            | b"again"
            | b"now"
            | b"repeatedly"
            | b"publicly"
            | b"privately"
            | b"separately"
            | b"further"
            | b"frankly"
            | b"bluntly"
            | b"flatly"
            | b"been"
            | b"did"
            | b"does"
            | b"do"
            | b"subsequently"
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
        b"at"
            | b"for"
            | b"from"
            | b"of"
            | b"with"
            | b"in"
            | b"on"
            | b"to"
            | b"by"
            | b"about"
            | b"near"
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
        b"the" | b"a" | b"an" | b"its" | b"his" | b"her" | b"their" | b"this" | b"that" | b"one"
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
