//! Who moves: the subject of a trigger (a named person, a pronoun resolved to one, a relative
//! clause's head, or a group such as "some of the engineers who worked on Llama"), or the
//! object of an active "Meta fired Smith".

use crate::document::EntityType;

use super::context::Context;
use super::lexicon::class;

/// The mover of one event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mover<'a> {
    /// A named person: canonical name, and the entity index when the mention is in the text
    /// at the subject position (not a resolved pronoun or a quote's speaker).
    Person {
        name: &'a str,
        mention: Option<usize>,
    },
    /// A group phrase, as token range `[start, end)`.
    Group { start: usize, end: usize },
}

/// What stands before a trigger as its subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Subject<'a> {
    Mover(Mover<'a>),
    /// A company is the subject ("Microsoft joined", "Meta fired"): canonical name.
    Company(&'a str),
    /// "the company", "the firm": token of the noun phrase start.
    CorpNoun(usize),
    /// The subject is the mover of an earlier trigger in the sentence ("quit the company and
    /// joined rivals", "left Meta to join OpenAI").
    Inherit,
    None,
}

/// Words that can stand for a group on their own: "Many have quit".
fn is_bare_quantifier(ctx: &Context<'_>, i: usize) -> bool {
    [
        "many", "some", "several", "others", "most", "few", "dozens", "hundreds",
    ]
    .iter()
    .any(|w| ctx.is(i, w))
}

/// Adjectives that may sit in a group phrase without a determiner ("old Google employees").
fn is_group_adjective(ctx: &Context<'_>, i: usize) -> bool {
    [
        "old",
        "former",
        "young",
        "senior",
        "junior",
        "rival",
        "disgruntled",
        "top",
        "key",
        "other",
        "more",
        "veteran",
        "longtime",
        "ex",
        "new",
        "frustrated",
        "unhappy",
        "star",
        "talented",
        "leading",
        "prominent",
        "high-profile",
    ]
    .iter()
    .any(|w| ctx.is(i, w))
}

/// True when token `i` heads a group: "engineers", "employees", or a demonym made from a
/// company name in the text ("Googlers").
pub(crate) fn is_group_head(ctx: &Context<'_>, i: usize) -> bool {
    if ctx.entity(i).is_some() {
        return false;
    }
    if ctx.has(i, class::GROUP) {
        return true;
    }
    demonym_company(ctx, i).is_some()
}

/// "Googlers" -> "Google", when a company with that name is mentioned in the text.
pub(crate) fn demonym_company<'a>(ctx: &Context<'a>, i: usize) -> Option<&'a str> {
    let w = ctx.word(i);
    if !w.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    if let Some(c) = crate::names::demonym(w) {
        return Some(c);
    }
    let stem = w.strip_suffix("rs").or_else(|| w.strip_suffix("ers"))?;
    if stem.len() < 3 || !stem.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    ctx.entities
        .iter()
        .find(|e| e.kind.is_org() && (e.text == stem || e.canonical == stem))
        .map(|e| e.canonical.as_str())
}

/// The first token of the group phrase whose head noun is token `head` (not before `lo`).
pub(crate) fn group_start(ctx: &Context<'_>, head: usize, lo: usize) -> usize {
    let mut start = head;
    let mut anchored: Option<usize> = None;
    let mut j = head;
    let mut loose = 0;
    while j > lo && head - j < 10 {
        let k = j - 1;
        let strict = ctx.has(k, class::GROUP)
            || ctx.org_of(k).is_some()
            || ctx.is_quote_mark(k)
            || ctx.word(k) == "-"
            || ctx.tokens[k].kind == crate::TokenKind::Number
            || is_group_adjective(ctx, k)
            || (ctx.has(k, class::ROLE_MOD) && ctx.lower(k) && !ctx.is(k, "and"))
            || (ctx.is(k, "and") && ctx.has(k + 1, class::GROUP) && ctx.has(k - 1, class::GROUP));
        let det = (ctx.has(k, class::QUANT) || ctx.has(k, class::DET))
            && !ctx.is(k, "that")
            && !ctx.is(k, "this")
            && ctx.entity(k).is_none();
        if det {
            anchored = Some(k);
            j = k;
            continue;
        }
        if anchored.is_some() {
            // Past the determiner only more determiners and quantifiers belong to the phrase.
            break;
        }
        if strict {
            j = k;
            start = k;
            continue;
        }
        let plain = ctx.tokens[k].kind == crate::TokenKind::Word
            && ctx.lower(k)
            && ctx.lex(k).flags == 0
            && loose < 2;
        if plain {
            loose += 1;
            j = k;
            continue;
        }
        break;
    }
    let start = anchored.unwrap_or(start);
    // Never open the phrase with "of", "and", or a quotation mark left unpaired inside it.
    let mut s = start;
    loop {
        let marks = (s..=head).filter(|&k| ctx.is_quote_mark(k)).count();
        if s < head
            && (ctx.is(s, "of") || ctx.is(s, "and") || (ctx.is_quote_mark(s) && marks % 2 == 1))
        {
            s += 1;
        } else {
            return s;
        }
    }
}

/// How a backward search for a subject should treat an infinitive or a coordination: when
/// the trigger hangs off an earlier trigger ("left the company to join", "quit and joined"),
/// the caller passes `earlier` = true when an earlier trigger in the sentence had a mover.
pub(crate) fn subject<'a>(
    ctx: &Context<'a>,
    t: usize,
    lo: usize,
    sentence: usize,
    earlier: Option<usize>,
) -> (Subject<'a>, usize, Option<usize>) {
    // The auxiliary chain right before the trigger: "has not yet", "is expected to", "was".
    let mut i = t;
    while i > lo && ctx.has(i - 1, class::AUX) && ctx.lower(i - 1) && ctx.entity(i - 1).is_none() {
        i -= 1;
    }
    let chain_start = i;
    let infinitive = (chain_start..t).any(|k| ctx.is(k, "to"));
    if let Some(e) = earlier {
        let coordinated = chain_start > lo
            && (ctx.is(chain_start - 1, "and") || ctx.is(chain_start - 1, "or"))
            && e < chain_start;
        if (infinitive || coordinated) && t - e <= 14 {
            return (Subject::Inherit, chain_start, None);
        }
    }
    if chain_start == lo {
        return (Subject::None, chain_start, None);
    }
    // "... after leaving OpenAI", "before joining Google", "before being elected": the main
    // clause's subject moves.
    let before = chain_start - 1;
    let gerund = ctx.word(t).ends_with("ing")
        || (chain_start < t && matches!(ctx.word(chain_start), "being" | "having"));
    if gerund
        && [
            "after", "before", "since", "without", "upon", "while", "when", "by",
        ]
        .iter()
        .any(|w| ctx.is(before, w))
    {
        for k in (lo..before).rev() {
            if let Some((ei, e)) = ctx.entity_of(k, EntityType::Person) {
                return (
                    Subject::Mover(Mover::Person {
                        name: e.canonical.as_str(),
                        mention: Some(ei),
                    }),
                    chain_start,
                    Some(k),
                );
            }
            if ctx.has(k, class::PRONOUN) {
                return (pronoun(ctx, k, sentence), chain_start, Some(k));
            }
            if ctx.is_hard_stop(k) {
                break;
            }
        }
        return (Subject::None, chain_start, None);
    }
    let mut m = chain_start - 1;
    let mut adjacent = m;
    let mut passed = 0;
    loop {
        // "Dr Greenspan - who became chairman in 2004 - will step down": skip a parenthesis
        // between dashes right before the verb.
        if m == adjacent && matches!(ctx.word(m), "-" | "—" | "–") && m > lo + 1 {
            let dash = ctx.word(m);
            if let Some(d) = (lo.max(m.saturating_sub(30))..m - 1)
                .rev()
                .find(|&k| ctx.word(k) == dash)
            {
                if d > lo {
                    m = d - 1;
                    adjacent = m;
                    continue;
                }
            }
        }
        if let Some(found) = at_token(ctx, m, m == adjacent, chain_start, lo, sentence) {
            // "Ann Bell, Bo Chan and Cy Dow have resigned": each person of the list moves.
            if let (
                Subject::Mover(Mover::Person {
                    mention: Some(ei), ..
                }),
                true,
            ) = (found, m == adjacent)
            {
                let at = ctx
                    .tokens
                    .partition_point(|tok| tok.end <= ctx.entities[ei].start);
                if let Some((first, end)) = person_list(ctx, at, lo, chain_start) {
                    let group = Mover::Group { start: first, end };
                    return (Subject::Mover(group), chain_start, Some(m));
                }
            }
            return (found, chain_start, Some(m));
        }
        // "three senior executives, Ann Bell, Bo Chan and Cy Dow, have resigned": the list
        // set off after the group names its members.
        if m == adjacent && ctx.word(m) == "," && m > lo + 1 && ctx.entity(m - 1).is_some() {
            let last = ctx.entity_first(m - 1);
            if let Some(first) = person_list_start(ctx, last, lo) {
                let start = if first > lo + 1 && ctx.word(first - 1) == "," {
                    (lo..first - 1)
                        .rev()
                        .take(6)
                        .find(|&h| is_group_head(ctx, h))
                        .map_or(first, |h| group_start(ctx, h, lo))
                } else {
                    first
                };
                let group = Mover::Group { start, end: m + 1 };
                return (Subject::Mover(group), chain_start, Some(m));
            }
        }
        if m == adjacent && ctx.word(m) == "," {
            // "Three executives of the airline, Aer Lingus, are set to leave": the group
            // the appositive's "of" phrase hangs off.
            if let Some(found) = group_before_of(ctx, m, lo, chain_start) {
                return (found, chain_start, Some(m));
            }
        }
        // "he accepted the invitation to return to Acme": the one invited moves.
        let offer = infinitive
            && m == adjacent
            && matches!(
                ctx.word(m),
                "invitation" | "offer" | "chance" | "opportunity"
            );
        if offer && m > lo {
            // Past the noun, the subject of the clause it is the object of.
            m -= 1;
            adjacent = usize::MAX;
            continue;
        }
        if m == adjacent && (ctx.word(m) == "," || (infinitive && ctx.is(chain_start, "to"))) {
            // "expected more companies to leave", "urged the men to step down": the noun
            // before a bare infinitive is its subject, and it is no mover (but "Three
            // executives of Acme are set to leave": a finite verb opens the chain).
            return (Subject::None, chain_start, None);
        }
        // Give up at clause boundaries and reporting verbs.
        if ctx.is_hard_stop(m)
            || ctx.is_open_quote(m)
            || (ctx.word(m) == "," && m != adjacent)
            || ((ctx.is(m, "and") || ctx.is(m, "or")) && m != adjacent)
            || (ctx.has(m, class::STOP) && ctx.lower(m))
            || (ctx.has(m, class::CLAUSE) && ctx.lower(m))
            || (ctx.has(m, class::ROLE_HEAD) && ctx.lower(m) && ctx.entity(m).is_none())
            || (ctx.has(m, class::TRIGGER) && ctx.lower(m))
        {
            // "Rainer Hertrich, the German co-head of EADS will step down": an appositive
            // whose closing comma is missing.
            if ctx.has(m, class::ROLE_HEAD) && ctx.lower(m) {
                if let Some((found, at)) = unclosed_appositive(ctx, m, lo) {
                    return (found, chain_start, Some(at));
                }
            }
            // "The guitarist with rock band Korn has quit", "The former Portsmouth boss
            // replaces": a description opening the sentence means the person the article is
            // about.
            if let Some((found, head)) = description(ctx, lo, chain_start) {
                return (found, chain_start, Some(head));
            }
            return (Subject::None, chain_start, None);
        }
        passed += 1;
        if m == lo || passed > 16 {
            return (Subject::None, chain_start, None);
        }
        m -= 1;
    }
}

/// The list of two or more persons that the person starting at token `at` belongs to, as a
/// token range within `[lo, hi)`: "Ann Bell, Bo Chan and Cy Dow".
fn person_list(ctx: &Context<'_>, at: usize, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let mut last = at;
    loop {
        let mut k = ctx.entity_after(last);
        let mut joiners = 0;
        while k < hi && joiners < 2 && matches!(ctx.word(k), "," | "and") {
            k += 1;
            joiners += 1;
        }
        if joiners == 0 || k >= hi || ctx.entity_of(k, EntityType::Person).is_none() {
            break;
        }
        last = k;
    }
    let first = person_list_start(ctx, last, lo)?;
    Some((first, ctx.entity_after(last)))
}

/// The first token of a list of two or more persons ("Ann Bell, Bo Chan and Cy Dow") whose
/// last person starts at token `last` (not before `lo`), or `None` when no other person is
/// listed before it.
fn person_list_start(ctx: &Context<'_>, last: usize, lo: usize) -> Option<usize> {
    let mut first = last;
    let mut count = 1;
    loop {
        // "A, B and C", "A and B", "A, B, and C".
        let mut k = first;
        let mut joiners = 0;
        while k > lo && joiners < 2 && matches!(ctx.word(k - 1), "," | "and") {
            k -= 1;
            joiners += 1;
        }
        if joiners == 0 || k <= lo {
            break;
        }
        match ctx.entity_of(k - 1, EntityType::Person) {
            Some(_) => {
                first = ctx.entity_first(k - 1);
                count += 1;
            }
            None => break,
        }
    }
    (count >= 2).then_some(first)
}

/// The person before ", the [ADJ] ROLE" whose role head is token `head`: "Rainer Hertrich,
/// the German co-head of EADS will" (the closing comma left out). The person and its token.
fn unclosed_appositive<'a>(
    ctx: &Context<'a>,
    head: usize,
    lo: usize,
) -> Option<(Subject<'a>, usize)> {
    let mut k = head;
    while k > lo + 1 && head - k < 5 {
        k -= 1;
        if ctx.word(k) == "," {
            let opener = k + 1;
            if !(matches!(ctx.word(opener), "the" | "its" | "a" | "an")
                || super::roles::is_role_word(ctx, opener))
            {
                return None;
            }
            let (ei, e) = ctx.entity_of(k - 1, EntityType::Person)?;
            return Some((
                Subject::Mover(Mover::Person {
                    name: e.canonical.as_str(),
                    mention: Some(ei),
                }),
                k - 1,
            ));
        }
        let word = ctx.tokens[k].kind == crate::TokenKind::Word
            && ctx.entity(k).is_none()
            && !ctx.has(k, class::TRIGGER | class::AUX | class::REL | class::STOP);
        if !(word || ctx.word(k) == "-") {
            return None;
        }
    }
    None
}

/// "Three senior executives of the state airline, Aer Lingus, are": the group heading the
/// "of" phrase whose appositive closes at the comma `comma` right before the verb chain. Only
/// words, possessives and one more comma may stand between "of" and `comma`.
fn group_before_of<'a>(
    ctx: &Context<'a>,
    comma: usize,
    lo: usize,
    chain_start: usize,
) -> Option<Subject<'a>> {
    let mut k = comma;
    let mut commas = 0;
    while k > lo && comma - k < 16 {
        k -= 1;
        if ctx.word(k) == "," {
            commas += 1;
            if commas > 1 {
                return None;
            }
            continue;
        }
        if ctx.is(k, "of") && k > lo && is_group_head(ctx, k - 1) {
            return Some(Subject::Mover(Mover::Group {
                start: group_start(ctx, k - 1, lo),
                end: chain_start,
            }));
        }
        let plain = (ctx.tokens[k].kind == crate::TokenKind::Word
            && !ctx.has(k, class::TRIGGER | class::AUX | class::REL | class::STOP)
            && !ctx.is(k, "and"))
            || matches!(ctx.word(k), "-" | "'s" | "’s");
        if !plain {
            return None;
        }
    }
    None
}

/// A definite description with a role head that opens the sentence and runs to the verb
/// chain at `chain_start` ("The guitarist with US rock band Korn has"): the article's main
/// person, when the article names one, and the head's token.
fn description<'a>(
    ctx: &Context<'a>,
    lo: usize,
    chain_start: usize,
) -> Option<(Subject<'a>, usize)> {
    let open = if ctx.is_quote_mark(lo) { lo + 1 } else { lo };
    if !(ctx.word(open) == "The" && open + 1 < chain_start && chain_start - open <= 10) {
        return None;
    }
    let head = (open + 1..(open + 5).min(chain_start))
        .find(|&k| ctx.has(k, class::ROLE_HEAD) && ctx.lower(k))?;
    let plain = (open + 1..chain_start).all(|k| {
        ctx.tokens[k].kind == crate::TokenKind::Word
            && ctx.entity_of(k, EntityType::Person).is_none()
            && !ctx.has(
                k,
                class::TRIGGER | class::CLAUSE | class::AUX | class::GROUP,
            )
            && !ctx.is(k, "and")
    });
    if !plain {
        return None;
    }
    ctx.main_person().map(|name| {
        (
            Subject::Mover(Mover::Person {
                name,
                mention: None,
            }),
            head,
        )
    })
}

/// Tests token `m` as the subject. `adjacent`: only the auxiliary chain separates it from
/// the trigger.
fn at_token<'a>(
    ctx: &Context<'a>,
    m: usize,
    adjacent: bool,
    chain_start: usize,
    lo: usize,
    sentence: usize,
) -> Option<Subject<'a>> {
    if let Some((ei, e)) = ctx.entity(m) {
        return match e.kind {
            EntityType::Person => Some(Subject::Mover(Mover::Person {
                name: e.canonical.as_str(),
                mention: Some(ei),
            })),
            EntityType::Company | EntityType::Org
                if adjacent && !after_preposition(ctx, ctx.entity_first(m), lo) =>
            {
                Some(Subject::Company(e.canonical.as_str()))
            }
            _ => None,
        };
    }
    // "Wolves appoint Hoddle": a bare organisation name as the subject.
    if adjacent {
        if let Some(b) = ctx.bare_org_ending(m) {
            // It opens the clause: not "the guitarist with rock band Korn has quit".
            let opens = b.start == lo
                || ctx.tokens[b.start - 1].kind != crate::TokenKind::Word
                || ctx.is(b.start - 1, "and");
            if opens && !after_preposition(ctx, b.start, lo) {
                return Some(Subject::Company(b.name));
            }
        }
    }
    if adjacent
        && ctx.is(m, "them")
        && m >= lo + 2
        && ctx.is(m - 1, "of")
        && is_bare_quantifier(ctx, m - 2)
    {
        return Some(Subject::Mover(Mover::Group {
            start: m - 2,
            end: m + 1,
        }));
    }
    if ctx.has(m, class::PRONOUN) {
        return Some(pronoun(ctx, m, sentence));
    }
    // "I can't imagine him leaving", "wants her to stay": an object pronoun right before the
    // verb is its subject; in a quotation never its speaker.
    if adjacent && ctx.lower(m) && (ctx.is(m, "him") || ctx.is(m, "her")) {
        let gender = if ctx.is(m, "him") {
            crate::names::Gender::Male
        } else {
            crate::names::Gender::Female
        };
        let speaker = ctx.speaker_at(ctx.tokens[m].start);
        return Some(match ctx.previous_person(m, sentence, gender) {
            Some((_, e)) if speaker != Some(e.canonical.as_str()) => {
                Subject::Mover(Mover::Person {
                    name: e.canonical.as_str(),
                    mention: None,
                })
            }
            _ => Subject::None,
        });
    }
    if ctx.has(m, class::REL) && ctx.lower(m) {
        let mut h = m;
        if h > lo && matches!(ctx.word(h - 1), "," | "-" | "–" | "—") {
            h -= 1;
        }
        if h == lo {
            return Some(Subject::None);
        }
        let head = h - 1;
        return Some(
            head_at(ctx, head, lo, if adjacent { head + 1 } else { chain_start })
                .unwrap_or(Subject::None),
        );
    }
    if adjacent && ctx.word(m) == "," {
        // An appositive or a relative clause closes here: find where it opened.
        let mut k = m;
        let mut segments = 0;
        while k > lo && m - k < 24 {
            k -= 1;
            if ctx.word(k) == "," {
                segments += 1;
                // "The bank's finance chief, Ruth Adler, resigned".
                // "Acme's chief scientist, Dr. Ruth Adler, resigned".
                let first = ctx.past_title(k + 1);
                if let Some((ei, e)) = ctx.entity_of(first, EntityType::Person) {
                    if ctx.entity_after(first) == m {
                        return Some(Subject::Mover(Mover::Person {
                            name: e.canonical.as_str(),
                            mention: Some(ei),
                        }));
                    }
                }
                if k > lo {
                    if let Some(s) = head_at(ctx, k - 1, lo, k) {
                        return Some(s);
                    }
                }
                // "Mr Betts-Green, of Woodbridge, Suffolk, has resigned": look one more back.
                if segments >= 3 {
                    return None;
                }
                continue;
            }
            if ctx.is_hard_stop(k) {
                return None;
            }
        }
        return None;
    }
    if is_group_head(ctx, m) {
        let end = if adjacent { m + 1 } else { chain_start };
        return Some(Subject::Mover(Mover::Group {
            start: group_start(ctx, m, lo),
            end,
        }));
    }
    let clause_start =
        m == lo || ctx.is_quote_mark(m - 1) || ctx.tokens[m - 1].kind == crate::TokenKind::Punct;
    if adjacent && clause_start && is_bare_quantifier(ctx, m) {
        return Some(Subject::Mover(Mover::Group {
            start: m,
            end: m + 1,
        }));
    }
    if adjacent && ctx.has(m, class::CORP) && ctx.lower(m) {
        let mut d = m;
        while d > lo && m - d < 3 {
            d -= 1;
            if ctx.has(d, class::DEFINITE) {
                return Some(Subject::CorpNoun(d));
            }
        }
    }
    None
}

/// True when the company whose first token is `first` sits in a prepositional phrase ("at law
/// firm Carrow Dean", "of Kestrel Mining"), so it is not the subject.
fn after_preposition(ctx: &Context<'_>, first: usize, lo: usize) -> bool {
    let mut k = first;
    while k > lo && first - k < 4 {
        k -= 1;
        if ["at", "of", "for", "from", "with", "in", "by", "to", "on"]
            .iter()
            .any(|p| ctx.is(k, p))
        {
            return true;
        }
        if ctx.entity(k).is_some() || ctx.tokens[k].kind != crate::TokenKind::Word {
            return false;
        }
    }
    false
}

/// The subject a relative clause or appositive hangs off: the person or group ending at
/// token `head`. A group phrase ends at `end`.
fn head_at<'a>(ctx: &Context<'a>, head: usize, lo: usize, end: usize) -> Option<Subject<'a>> {
    if let Some((ei, e)) = ctx.entity(head) {
        return match e.kind {
            EntityType::Person => Some(Subject::Mover(Mover::Person {
                name: e.canonical.as_str(),
                mention: Some(ei),
            })),
            EntityType::Company | EntityType::Org => Some(Subject::Company(e.canonical.as_str())),
            EntityType::Model => None,
        };
    }
    if is_group_head(ctx, head) {
        return Some(Subject::Mover(Mover::Group {
            start: group_start(ctx, head, lo),
            end: end.max(head + 1),
        }));
    }
    // "Smith, 45, resigned": skip an age.
    if ctx.tokens[head].kind == crate::TokenKind::Number && head > lo && ctx.word(head - 1) == "," {
        return head_at(ctx, head.checked_sub(2)?, lo, end);
    }
    None
}

/// Resolves a subject pronoun at token `m`.
fn pronoun<'a>(ctx: &Context<'a>, m: usize, sentence: usize) -> Subject<'a> {
    let w = ctx.word(m);
    if w == "I" {
        return match ctx
            .speaker_at(ctx.tokens[m].start)
            .or_else(|| quote_speaker_nearby(ctx, m, sentence))
        {
            Some(name) => Subject::Mover(Mover::Person {
                name,
                mention: None,
            }),
            None => Subject::None,
        };
    }
    if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
        let gender = if w.eq_ignore_ascii_case("he") {
            crate::names::Gender::Male
        } else {
            crate::names::Gender::Female
        };
        return match ctx.previous_person(m, sentence, gender) {
            Some((_, e)) => Subject::Mover(Mover::Person {
                name: subject_instead_of_agent(ctx, e, m, gender).unwrap_or(e.canonical.as_str()),
                mention: None,
            }),
            None => Subject::None,
        };
    }
    Subject::None
}

/// A pronoun resolved to a person in an earlier sentence who is only the agent or object there
/// ("X's departure was announced by Work Secretary Y. ... Officials say he did not resign"):
/// the person opening that sentence instead, when the pronoun fits them. `None`: keep `e`.
fn subject_instead_of_agent<'a>(
    ctx: &Context<'a>,
    e: &'a crate::Entity,
    pronoun: usize,
    gender: crate::names::Gender,
) -> Option<&'a str> {
    let own = ctx
        .sentences
        .partition_point(|s| s.end <= ctx.tokens[pronoun].start);
    let theirs = ctx.sentences.partition_point(|s| s.end <= e.start);
    if theirs >= own {
        return None;
    }
    let mut k = ctx.tokens.partition_point(|t| t.end <= e.start);
    let mut skipped = 0;
    while k > 0 && skipped < 4 {
        let w = ctx.word(k - 1);
        let title = w.starts_with(char::is_uppercase) && ctx.entity(k - 1).is_none();
        if !(title || super::roles::is_role_word(ctx, k - 1)) {
            break;
        }
        k -= 1;
        skipped += 1;
    }
    if k == 0
        || !matches!(
            ctx.word(k - 1),
            "by" | "told" | "succeeded" | "replaced" | "succeeding" | "replacing"
        )
    {
        return None;
    }
    let fits =
        |name: &str| name != e.canonical && crate::names::gender(name).is_none_or(|g| g == gender);
    let s = ctx.sentences.get(theirs)?;
    let (lo, _) = ctx.sentence_tokens(s);
    let first = if ctx.is_quote_mark(lo) { lo + 1 } else { lo };
    let first = ctx.past_title(first);
    // The person opening that sentence, else the person the article is about.
    ctx.entity_of(first, EntityType::Person)
        .map(|(_, o)| o.canonical.as_str())
        .filter(|o| fits(o))
        .or_else(|| ctx.main_person().filter(|m| fits(m)))
}

/// When the quote stage gave no speaker: the person named right after the closing quotation
/// mark ("...,” Helen Shaw said") in the same sentence, or right before the opening one.
fn quote_speaker_nearby<'a>(ctx: &Context<'a>, m: usize, sentence: usize) -> Option<&'a str> {
    let s = ctx.sentences.get(sentence)?;
    let (lo, hi) = ctx.sentence_tokens(s);
    let close = (m..hi).find(|&k| ctx.is_quote_mark(k) && !ctx.is_open_quote(k))?;
    let open = (lo..m).rev().find(|&k| ctx.is_open_quote(k))?;
    let after = (close + 1..hi.min(close + 4)).find_map(|k| ctx.entity_of(k, EntityType::Person));
    let before = (lo..open)
        .rev()
        .take(4)
        .find_map(|k| ctx.entity_of(k, EntityType::Person));
    after.or(before).map(|(_, e)| e.canonical.as_str())
}

/// The mover written after an active transitive trigger ("Meta fired Jane Doe", "named its
/// finance chief, Jane Doe,", "laid off 200 workers"): token range of the mover and the mover.
pub(crate) fn object_mover<'a>(
    ctx: &Context<'a>,
    after: usize,
    hi: usize,
) -> Option<(Mover<'a>, usize)> {
    let mut j = after;
    while j < hi && j < after + 10 {
        if let Some((ei, e)) = ctx.entity(j) {
            return match e.kind {
                EntityType::Person => {
                    // "dismissed Gordon Brown's Budget", "the Brown/Blair feud": a modifier.
                    let end = ctx.entity_after(j);
                    let next = ctx.word(end);
                    let modifier = ctx.possessive(end - 1)
                        || matches!(next, "/" | "-")
                        || (ctx.lower(end)
                            && !ctx.is(end, "away")
                            && !ctx.is(end, "a")
                            && !ctx.is(end, "an")
                            && !ctx.has(
                                end,
                                class::FOLLOW | class::TIME | class::ROLE_HEAD | class::ROLE_MOD,
                            ));
                    (!modifier).then_some((
                        Mover::Person {
                            name: e.canonical.as_str(),
                            mention: Some(ei),
                        },
                        end,
                    ))
                }
                EntityType::Company | EntityType::Org => {
                    j = ctx.entity_after(j);
                    continue;
                }
                EntityType::Model => None,
            };
        }
        if is_group_head(ctx, j) {
            let start = group_start(ctx, j, after);
            // Only a counted group: "200 workers", "dozens of engineers".
            let counted = (start..j).any(|k| {
                ctx.tokens[k].kind == crate::TokenKind::Number
                    || (ctx.has(k, class::QUANT) && !ctx.has(k, class::DET))
            });
            return counted.then_some((Mover::Group { start, end: j + 1 }, j + 1));
        }
        let w = ctx.word(j);
        let skippable = ctx.has(
            j,
            class::DET | class::ROLE_MOD | class::ROLE_HEAD | class::FORMER | class::QUANT,
        ) || w == ","
            || w == "-"
            || ctx.tokens[j].kind == crate::TokenKind::Number
            || super::roles::is_role_word(ctx, j);
        if !skippable {
            return None;
        }
        j += 1;
    }
    None
}
