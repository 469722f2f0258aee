//! Speaker attribution: finds the cue verb next to a quotation and resolves its subject.
//!
//! The subject of a cue is resolved, in this order, to
//! 1. a `PERSON` mention in the subject phrase (its canonical name, so "Pichai" gives
//!    "Sundar Pichai", without role words the entity stage left in front: "Rapper Jay-Z"
//!    gives "Jay-Z", a mention of role words only, "Deputy Prime", is no person);
//! 2. a pronoun: `he`/`she` to the nearest person named before it outside quotations whose
//!    gender (title on any mention, first name) agrees, preferring the speaking subject of
//!    that person's sentence and "According to X", passing over the object of a sentence
//!    opened by another `he`/`she`; `it` to the nearest organisation, `they` to the nearest
//!    person or organisation in the last few hundred bytes;
//! 3. a source noun: "the report" to the publication the article names as a report's author
//!    ("a report by The Information", "The Information reported"), "a spokesperson for Meta"
//!    to `null` (an unnamed source), "the company"/"the airline" to the company an
//!    appositive described with that noun ("US Airways, the seventh-largest US airline"),
//!    else the company most recently named, "the ministry"/"the committee" to the body last
//!    named with that word;
//! 4. an organisation mention (`COMPANY` or `ORG`) that heads the phrase: not the object of a
//!    preposition, not a modifier ("UKIP officials said" is an unnamed source);
//! 5. a capitalised name the entity stage did not tag ("said Hassel"), expanded to the full
//!    name from an earlier mention when only a surname is given.
//!
//! Anything else ("analysts said", "one engineer said") is an unnamed source: the cue is kept
//! and the speaker is `null`.

use memchr::memmem;

use crate::names::Gender;
use once_cell::sync::{Lazy, OnceCell};
use regex::Regex;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

use super::cues::{self, Pronoun, SourceNoun};
use super::marks::Piece;
use super::words::Word;
use crate::document::{Entity, EntityType};

/// A resolved speaker: canonical name and the mention in the attribution clause.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// Canonical name, `None` for an unnamed source.
    pub name: Option<String>,
    /// The attributing mention (entity, pronoun or source phrase) in the clause.
    pub span: Option<(usize, usize)>,
}

/// A cue with its speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribution {
    /// The speaker; `name` is `None` when the cue's subject names nobody.
    pub speaker: Speaker,
    /// Bytes of the cue ("said", "according to").
    pub cue: (usize, usize),
}

/// What the attribution code reads: the text, the entities and the quoted pieces.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub entities: &'a [Entity],
    pub pieces: &'a [Piece],
    authors: OnceCell<Vec<(usize, usize, String)>>,
    /// Persons named with a gendered title somewhere (canonical, gender), at most a few.
    titled: OnceCell<Vec<(String, Gender)>>,
    /// [`subject_cue_follows`] by the end of the mention it reads after (all it depends on).
    cue_after: RefCell<FxHashMap<usize, bool>>,
    /// [`crate::names::first_name_gender`] of the first names asked about in this text (at
    /// most one entry per person entity).
    first_names: RefCell<FxHashMap<Box<str>, Option<Gender>>>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, entities: &'a [Entity], pieces: &'a [Piece]) -> Self {
        Context {
            text,
            entities,
            pieces,
            authors: OnceCell::new(),
            titled: OnceCell::new(),
            cue_after: RefCell::default(),
            first_names: RefCell::default(),
        }
    }

    /// Persons with a gendered title on some mention, computed once per text (bounded to
    /// [`MAX_TITLED`] names so lookups stay cheap on any input).
    fn titled(&self) -> &[(String, Gender)] {
        self.titled.get_or_init(|| {
            let mut out: Vec<(String, Gender)> = Vec::new();
            for e in self
                .entities
                .iter()
                .filter(|e| e.kind == EntityType::Person)
            {
                if out.len() >= MAX_TITLED {
                    break;
                }
                if let Some(g) = title_gender(self.text, e) {
                    if !out.iter().any(|(n, _)| *n == e.canonical) {
                        out.push((e.canonical.clone(), g));
                    }
                }
            }
            out
        })
    }

    /// The gender the first-name list gives `first`, looked up once per text.
    fn first_name_gender(&self, first: &str) -> Option<Gender> {
        if let Some(&known) = self.first_names.borrow().get(first) {
            return known;
        }
        let found = crate::names::first_name_gender(first);
        self.first_names.borrow_mut().insert(first.into(), found);
        found
    }

    /// True when `pos` lies inside a quoted piece.
    fn quoted(&self, pos: usize) -> bool {
        let i = self.pieces.partition_point(|p| p.close_end <= pos);
        self.pieces.get(i).is_some_and(|p| p.open <= pos)
    }

    /// True when `pos` lies inside a quoted piece (its marks included).
    pub fn is_quoted(&self, pos: usize) -> bool {
        self.quoted(pos)
    }

    /// Entities overlapping `from..to`, outside quotations.
    fn entities_in(&self, from: usize, to: usize) -> impl Iterator<Item = &'a Entity> + '_ {
        let i = self.entities.partition_point(|e| e.end <= from);
        self.entities[i..]
            .iter()
            .take_while(move |e| e.start < to)
            .filter(move |e| !self.quoted(e.start))
    }

    /// Person mentions lying inside `from..to`, outside quotations.
    pub fn persons_between(&self, from: usize, to: usize) -> impl Iterator<Item = &'a Entity> + '_ {
        self.entities_in(from, to)
            .filter(move |e| e.kind == EntityType::Person && e.start >= from && e.end <= to)
    }

    /// True when a person other than `speaker` is named inside `from..to` (outside
    /// quotations); descriptor-only mentions ("Deputy Prime") and mentions of the speaker
    /// under any form ("Rapper Jay-Z" for "Jay-Z") do not count.
    pub fn other_person_between(&self, from: usize, to: usize, speaker: Option<&str>) -> bool {
        self.persons_between(from, to).any(|x| {
            is_person(x)
                && speaker != Some(x.canonical.as_str())
                && speaker != cues::strip_descriptors(&x.canonical)
                && speaker != Some(person_name(self, x).as_str())
        })
    }

    /// The nearest entity ending at or before `pos`, outside quotations, that `fits`.
    fn nearest_before(&self, pos: usize, fits: impl Fn(&Entity) -> bool) -> Option<&'a Entity> {
        let i = self.entities.partition_point(|e| e.end <= pos);
        let horizon = pos.saturating_sub(LOOKBACK);
        self.entities[..i]
            .iter()
            .rev()
            .take_while(|e| e.start >= horizon)
            .find(|e| fits(e) && !self.quoted(e.start))
    }
}

/// Finds the attribution in the words after a quotation (`,” X said`, `,” said X`).
///
/// `closed_sentence` is true when the quotation itself ended the sentence (`...healthy.”`): then
/// only a short clause that ends the sentence counts (`“...” Pichai said.`).
pub(crate) fn after(ctx: &Context, words: &[Word], closed_sentence: bool) -> Option<Attribution> {
    let text = ctx.text;
    let mut lead = 0;
    while lead < words.len()
        && words[lead]
            .punct
            .is_some_and(|c| matches!(c, ',' | '—' | '–' | '-'))
    {
        lead += 1;
    }
    let limit = words.len().min(lead + 14);
    let near = (lead..limit).find(|&k| {
        let w = words[k].text(text);
        (words[k].is_word() && cues::is_cue(w) && (k <= lead + 3 || !cues::is_noun_like_cue(w)))
            || according_to(text, words, k)
    });
    let c = match near {
        Some(c) => c,
        None if !closed_sentence => return sentence_final_cue(ctx, words, lead),
        None => return None,
    };
    if closed_sentence
        && (words.len() > c + 6
            || has_word(text, &words[c..], "that")
            || words[c..].iter().any(|w| w.is(':'))
            || runs_into_quotation(text, words))
    {
        // `“...done.” Jo Hale said: “...”`, `“...done.” Jo Hale said the plan was “...”`: the
        // clause introduces the next quotation, not the finished one before it.
        return None;
    }
    let cue = cue_span(text, words, c);
    if let Some(speaker) = quoted_as_saying(ctx, words, lead, c) {
        return Some(Attribution { speaker, cue });
    }
    if c == lead || according_to(text, words, c) {
        let from = if according_to(text, words, c) {
            c + 2
        } else {
            c + 1
        };
        let speaker = subject_after(ctx, words, from)?;
        return Some(Attribution { speaker, cue });
    }
    let speaker = subject_before(ctx, words, lead, c, false)?;
    Some(Attribution { speaker, cue })
}

/// A cue closing the sentence after a fragment, in a clause of its own after a comma:
/// `Snow Patrol had "no other course of action" but to ask him to leave, lead singer Gary
/// Lightbody has said.`
fn sentence_final_cue(ctx: &Context, words: &[Word], lead: usize) -> Option<Attribution> {
    let text = ctx.text;
    let mut end = words.len();
    while end > lead && !words[end - 1].is_word() {
        end -= 1;
    }
    // The cue ends the sentence or is followed by a short object ("has told MPs").
    let is_final_cue = |k: usize| {
        words[k].is_word()
            && cues::is_cue(words[k].text(text))
            && !cues::is_noun_like_cue(words[k].text(text))
    };
    let c = (end.saturating_sub(3).max(lead)..end)
        .rev()
        .find(|&k| is_final_cue(k) && words[k + 1..end].iter().all(Word::is_word))?;
    if c <= lead {
        return None;
    }
    // The clause: from the last comma before the cue, at most eight words.
    let comma = (lead..c).rev().take(9).find(|&k| words[k].is(','))?;
    let speaker = subject_before(ctx, words, comma + 1, c, false)?;
    speaker.name.as_ref()?;
    Some(Attribution {
        speaker,
        cue: cue_span(text, words, c),
    })
}

/// True when the clause in `words` continues straight into another quotation mark.
fn runs_into_quotation(text: &str, words: &[Word]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    text[last.end..]
        .trim_start()
        .starts_with(['"', '\u{201c}', '\u{2018}', '\u{ab}', '\u{201e}'])
}

/// Finds the attribution in the words before a quotation (`X said: “...”`, `According to X,`).
///
/// `near` limits the search to cues within that many words of the quotation.
pub(crate) fn before(ctx: &Context, words: &[Word], near: usize) -> Option<Attribution> {
    let text = ctx.text;
    let lo = words.len().saturating_sub(near);
    let c = (lo..words.len()).rev().find(|&k| {
        let w = words[k].text(text);
        if according_to(text, words, k) {
            return true;
        }
        if !words[k].is_word() || !cues::is_cue(w) {
            return false;
        }
        if k > 0 && words[k - 1].is_word() && cues::is_determiner(words[k - 1].text(text)) {
            // "the claims", "his remarks"; but "One told the BBC", "that said".
            let d = words[k - 1].text(text);
            if !(d.eq_ignore_ascii_case("one") || d.eq_ignore_ascii_case("that")) {
                return false;
            }
        }
        !cues::is_noun_like_cue(w) || words.get(k + 1).is_none_or(|n| n.is(':') || n.is(','))
    })?;
    let cue = cue_span(text, words, c);
    if according_to(text, words, c) {
        let speaker = subject_after(ctx, words, c + 2)?;
        return Some(Attribution { speaker, cue });
    }
    if let Some(speaker) = quoted_as_saying(ctx, words, 0, c) {
        return Some(Attribution { speaker, cue });
    }
    // A passive cue names its speaker after "by" ("was described by Jobs as the ...").
    if c > 0
        && words[c].text(text).ends_with("ed")
        && words[c - 1].is_word()
        && matches!(
            words[c - 1].text(text),
            "was" | "were" | "been" | "is" | "are" | "being"
        )
        && words.get(c + 1).is_some_and(|w| w.text(text) == "by")
    {
        if let Some(speaker) = subject_after(ctx, words, c + 2) {
            return Some(Attribution { speaker, cue });
        }
    }
    if let Some(speaker) = coordinated_subject(ctx, words, c) {
        return Some(Attribution { speaker, cue });
    }
    // "which, said Mr Hopkins, "is part of it"": an inverted cue names its subject after it.
    let speaker = match subject_before(ctx, words, 0, c, true) {
        Some(s) if s.name.is_some() => s,
        Some(s) if c > 0 && words[c - 1].is(',') => subject_after(ctx, words, c + 1)
            .filter(|a| a.name.is_some())
            .unwrap_or(s),
        Some(s) => s,
        None => subject_after(ctx, words, c + 1)?,
    };
    Some(Attribution { speaker, cue })
}

/// `Comair "deeply regrets the inconvenience ..."`: a quotation that is the predicate of a
/// sentence whose only words before it are a named person or organisation (after an optional
/// "The"), the quotation starting in lower case. That subject is the speaker; the attribution
/// has no cue (an empty span at the name's end).
pub(crate) fn subject_of_quoted_predicate(
    ctx: &Context,
    words: &[Word],
    inner: &str,
) -> Option<Attribution> {
    let text = ctx.text;
    if !inner
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
    {
        return None;
    }
    let mut s = 0;
    if words.first()?.text(text).eq_ignore_ascii_case("the") {
        s = 1;
    }
    let (first, last) = (words.get(s)?, words.last()?);
    if !words[s..].iter().all(|w| w.is_word()) {
        return None;
    }
    let Some(x) = ctx
        .entities_in(first.start, last.end)
        .find(|x| x.start == first.start && x.end == last.end)
    else {
        // An untagged name, capitalised also where it stands mid-sentence elsewhere
        // ("... parent of Comair. Comair "deeply regrets ..."").
        let n = words.len() - s;
        if n > 4
            || !words[s..]
                .iter()
                .all(|w| w.capitalised(text) && !cues::is_capitalised_non_name(w.text(text)))
        {
            return None;
        }
        let name = &text[first.start..last.end];
        let lo = floor_char(text, first.start.saturating_sub(PREDICATE_NAME_REACH));
        let mid_sentence =
            memchr::memmem::find_iter(&text.as_bytes()[lo..first.start], name.as_bytes())
                .take(MAX_SURNAME_TRIES)
                .map(|at| lo + at)
                .any(|at| {
                    let before = text[..at].trim_end();
                    before.len() < at
                        && before
                            .rsplit(' ')
                            .next()
                            .and_then(|w| w.chars().next())
                            .is_some_and(char::is_lowercase)
                });
        if !mid_sentence {
            return None;
        }
        return Some(Attribution {
            speaker: named(name, first.start, last.end),
            cue: (last.end, last.end),
        });
    };
    let name = if x.kind == EntityType::Person {
        if !is_person(x) {
            return None;
        }
        person_name(ctx, x)
    } else if x.kind.is_org() {
        x.canonical.clone()
    } else {
        return None;
    };
    Some(Attribution {
        speaker: named(&name, x.start, x.end),
        cue: (x.end, x.end),
    })
}

/// How far back `subject_of_quoted_predicate` looks for the same name mid-sentence, in bytes.
const PREDICATE_NAME_REACH: usize = 4000;

/// "The newspaper quoted the executive as saying", "Reuters quoted Jo Hale as saying": the
/// speaker is the person quoted (`null` when unnamed), not the publication that quotes.
fn quoted_as_saying(ctx: &Context, words: &[Word], lo: usize, c: usize) -> Option<Speaker> {
    let text = ctx.text;
    if c < lo + 3 || !words[c - 1].text(text).eq_ignore_ascii_case("as") {
        return None;
    }
    let q = (lo.max(c.saturating_sub(10))..c - 1)
        .rev()
        .find(|&k| words[k].text(text).eq_ignore_ascii_case("quoted"))?;
    if q + 1 >= c - 1 {
        return None;
    }
    // Only a name makes the quoted source a speaker ("quoted an executive as saying": null).
    let (from, to) = (words[q + 1].start, words[c - 2].end);
    if !ctx
        .entities_in(from, to)
        .any(|x| x.kind == EntityType::Person)
        && !words[q + 1].capitalised(text)
    {
        return Some(unknown());
    }
    Some(resolve(ctx, words, q + 1, c - 1, false, true))
}

/// The subject of a cue that shares the sentence's subject: a second verb after "and"
/// ("Mandaric said he was ... and claimed ...") or a participle after a comma ("Clooney
/// accused O'Reilly ..., saying ...", "He urged ..., adding:"). The subject is the person
/// (or pronoun) opening the sentence in `words`.
fn coordinated_subject(ctx: &Context, words: &[Word], c: usize) -> Option<Speaker> {
    let text = ctx.text;
    let mut j = c;
    while j > 0 && words[j - 1].is_word() && cues::is_skippable(words[j - 1].text(text)) {
        j -= 1;
    }
    let prev = words.get(j.checked_sub(1)?)?;
    let participle = words[c].text(text).ends_with("ing") && prev.is(',');
    let and = prev.is_word() && prev.text(text).eq_ignore_ascii_case("and");
    if !(participle || and) || j < 1 {
        return None;
    }
    // The sentence opener, from the text (the window may start after an earlier quotation
    // in the same sentence), past a leading conjunction and quotation marks.
    let pos = words[c].start;
    let lo = floor_char(text, pos.saturating_sub(OPENER_REACH));
    let from = super::words::sentence_start(text, lo, pos);
    if from == lo && lo > 0 && !text[..lo].ends_with('\n') {
        return None; // no sentence start within reach
    }
    let mut at = from;
    let mut opener = None;
    for w in text[from..pos].split(' ') {
        let t = w.trim_matches(|c: char| !c.is_alphanumeric());
        let here = at + w.find(t).unwrap_or(0);
        at += w.len() + 1;
        if t.is_empty() || matches!(t, "But" | "And" | "So" | "Yet") {
            continue;
        }
        opener = Some((t, here));
        break;
    }
    let (first, first_at) = opener?;
    if cues::pronoun(first) == Some(Pronoun::Person) {
        return Some(pronoun_speaker(
            ctx,
            Pronoun::Person,
            first_at,
            first_at + first.len(),
        ));
    }
    // A person named within the first few words ("Portsmouth chairman Milan Mandaric").
    let horizon = floor_char(text, (first_at + 40).min(pos));
    let p = ctx
        .entities_in(first_at, horizon)
        .find(|x| is_person(x) && x.start >= first_at)?;
    Some(named(&person_name(ctx, p), p.start, p.end))
}

/// How far back `coordinated_subject` looks for its sentence's start, in bytes.
const OPENER_REACH: usize = 300;

/// The attribution of a fragment whose sentence reports it with a verb of describing or
/// finding rather than speech ("Raj Mehta called the deal "a perfect fit"", "Auditors found
/// the books "in good order""): the subject of the last such verb in `words`.
pub(crate) fn before_fragment(ctx: &Context, words: &[Word]) -> Option<Attribution> {
    let text = ctx.text;
    let c = (0..words.len())
        .rev()
        .find(|&k| words[k].is_word() && cues::is_fragment_cue(words[k].text(text)))?;
    let cue = cue_span(text, words, c);
    if let Some(speaker) = coordinated_subject(ctx, words, c) {
        return Some(Attribution { speaker, cue });
    }
    let speaker = subject_before(ctx, words, 0, c, true)?;
    Some(Attribution { speaker, cue })
}

fn has_word(text: &str, words: &[Word], w: &str) -> bool {
    words
        .iter()
        .any(|x| x.is_word() && x.text(text).eq_ignore_ascii_case(w))
}

#[inline]
fn according_to(text: &str, words: &[Word], k: usize) -> bool {
    // The length first: most words are ruled out without reading them.
    words[k].is_word()
        && words[k].end - words[k].start == "according".len()
        && words[k].text(text).eq_ignore_ascii_case("according")
        && words
            .get(k + 1)
            .is_some_and(|n| n.text(text).eq_ignore_ascii_case("to"))
}

fn cue_span(text: &str, words: &[Word], c: usize) -> (usize, usize) {
    if according_to(text, words, c) {
        (words[c].start, words[c + 1].end)
    } else {
        (words[c].start, words[c].end)
    }
}

/// The subject phrase before the cue at `c` (words `lo..c`), resolved.
///
/// Skips adverbs and auxiliaries ("also", "has") and one parenthetical between commas
/// ("Okafor, the company's chief executive, said"). `sentence_initial` means `lo` starts a
/// sentence, so a lone capitalised word there is not taken for a name.
fn subject_before(
    ctx: &Context,
    words: &[Word],
    lo: usize,
    c: usize,
    sentence_initial: bool,
) -> Option<Speaker> {
    let text = ctx.text;
    let skip = |mut j: usize| {
        while j > lo && words[j - 1].is_word() && cues::is_skippable(words[j - 1].text(text)) {
            j -= 1;
        }
        j
    };
    let mut j = skip(c);
    // "The British Chambers of Commerce (BCC) said": skip a short parenthesis.
    if j > lo && words[j - 1].is(')') {
        if let Some(k) = (lo.max(j.saturating_sub(6))..j - 1)
            .rev()
            .find(|&k| words[k].is('('))
        {
            j = k;
        }
    }
    let mut between_commas = None;
    if j > lo && words[j - 1].is(',') {
        match (lo..j - 1).rev().find(|&k| words[k].is(',')) {
            Some(k) => {
                if k + 1 < j - 1 {
                    between_commas = Some((words[k + 1].start, words[j - 2].end));
                }
                j = skip(k);
            }
            None => j -= 1,
        }
    }
    // "Vantor's chief executive, Raj Mehta, called ...": the name is the parenthesis and the
    // phrase before it a role that names nobody.
    if let Some((a, b)) = between_commas {
        // Exactly one person in the parenthesis ("Tom McCabe MSP", "the Most Reverend Peter
        // Smith").
        let mut in_parens = ctx
            .entities_in(a, b)
            .filter(|x| is_person(x) && x.start >= a && x.end <= b);
        let only_person = match (in_parens.next(), in_parens.next()) {
            (Some(p), None) => Some(p),
            _ => None,
        };
        // The phrase before holds a role word or is a capitalised title ("Scottish Finance
        // Minister", "Roman Catholic Archbishop of Cardiff"), and names no person.
        let role_before = j > lo
            && ((lo..j).any(|k| words[k].is_word() && cues::is_role(words[k].text(text)))
                || (lo..j).all(|k| {
                    words[k].capitalised(text)
                        || matches!(words[k].text(text), "of" | "for" | "and" | "the")
                }))
            && !ctx
                .entities_in(words[lo].start, words[j - 1].end)
                .any(|x| x.kind == EntityType::Person);
        if let (Some(p), true) = (only_person, role_before) {
            return Some(named(&person_name(ctx, p), p.start, p.end));
        }
    }
    let e = j;
    let mut s = e;
    while s > lo && e - s < 10 {
        let w = &words[s - 1];
        let joins = w.is_word()
            || w.is('&')
            || (w.is('.') && s >= 2 && cues::is_title(words[s - 2].text(text)));
        if !joins {
            break;
        }
        s -= 1;
    }
    if s == e {
        return None;
    }
    if let Some(sp) = appositive_owner(ctx, words, lo, s, e) {
        return Some(sp);
    }
    // A leading conjunction is not part of the subject ("But the Chester chairman added").
    let opener = s;
    while s + 1 < e
        && words[s].is_word()
        && matches!(
            words[s].text(text).to_ascii_lowercase().as_str(),
            "but" | "and" | "so" | "yet"
        )
    {
        s += 1;
    }
    Some(resolve(
        ctx,
        words,
        s,
        e,
        sentence_initial && opener == lo,
        false,
    ))
}

/// "Mark Serwotka, the leader of the union said", "Jo Hale, Acme's chief executive said": an
/// appositive whose closing comma is missing. When the phrase before the cue starts with a
/// determiner or holds a role word ("director", "head", "economist") and names no person,
/// while the chunk before its comma ends in a person, that person is the subject.
fn appositive_owner(
    ctx: &Context,
    words: &[Word],
    lo: usize,
    s: usize,
    e: usize,
) -> Option<Speaker> {
    let text = ctx.text;
    if s <= lo || !words[s - 1].is(',') {
        return None;
    }
    let first = words[s].text(text);
    let role_phrase = (s..e).any(|k| words[k].is_word() && cues::is_role(words[k].text(text)));
    if !matches!(first, "the" | "a" | "an") && !role_phrase {
        return None;
    }
    let (from, to) = (words[s].start, words[e - 1].end);
    if ctx
        .entities_in(from, to)
        .any(|x| x.kind == EntityType::Person)
    {
        return None;
    }
    let ce = s - 1;
    let mut cs = ce;
    while cs > lo && ce - cs < 6 && words[cs - 1].is_word() {
        cs -= 1;
    }
    if cs == ce {
        return None;
    }
    let (cf, ct) = (words[cs].start, words[ce - 1].end);
    if let Some(p) = ctx
        .entities_in(cf, ct)
        .filter(|x| x.kind == EntityType::Person)
        .last()
        .filter(|x| x.end == ct)
    {
        return Some(named(&person_name(ctx, p), p.start, p.end));
    }
    let run = (cs..ce)
        .rev()
        .take_while(|&k| {
            words[k].capitalised(text) && !cues::is_capitalised_non_name(words[k].text(text))
        })
        .count();
    let k = ce - run;
    let after_prep = k > cs && cues::is_preposition(words[k - 1].text(text));
    if run >= 2 && !after_prep {
        let (a, b) = (words[k].start, words[ce - 1].end);
        return Some(named(&text[a..b], a, b));
    }
    None
}

/// The subject phrase after a cue (`said X`, `according to X`), from word `from`.
fn subject_after(ctx: &Context, words: &[Word], from: usize) -> Option<Speaker> {
    let text = ctx.text;
    let mut e = from;
    let mut seen_name = false;
    let mut spokes = false;
    while e < words.len() && e - from < 10 {
        let w = &words[e];
        if w.is_word() {
            let t = w.text(text);
            if seen_name && cues::is_preposition(t) && !spokes {
                break;
            }
            if cues::source_noun(t).is_some() {
                spokes = true;
                // "the Datamonitor report the trend ...": the phrase ends at its noun unless
                // a preposition names the author ("a report by The Information").
                let next = words.get(e + 1);
                if !next.is_some_and(|n| n.is_word() && cues::is_preposition(n.text(text))) {
                    e += 1;
                    break;
                }
            }
            if w.capitalised(text) {
                seen_name = true;
            }
        } else if !(w.is('&') || (w.is('.') && e > from && cues::is_title(words[e - 1].text(text))))
        {
            break;
        }
        e += 1;
    }
    if e == from {
        return None;
    }
    Some(resolve(ctx, words, from, e, false, true))
}

/// Resolves the subject phrase `words[s..e]` to a speaker.
fn resolve(
    ctx: &Context,
    words: &[Word],
    s: usize,
    e: usize,
    sentence_initial: bool,
    inverted: bool,
) -> Speaker {
    let text = ctx.text;
    let (from, to) = (words[s].start, words[e - 1].end);
    // 1. A person mention: the one nearest the cue.
    let mut persons = ctx.entities_in(from, to).filter(|x| is_person(x));
    let person = if inverted {
        persons.next()
    } else {
        persons.last()
    };
    if let Some(p) = person {
        return named(&person_name(ctx, p), p.start, p.end);
    }
    // 2. A pronoun next to the cue.
    let edge = if inverted { s } else { e - 1 };
    if let Some(kind) = cues::pronoun(words[edge].text(text)) {
        if words[edge].is_word() {
            return pronoun_speaker(ctx, kind, words[edge].start, words[edge].end);
        }
    }
    // The head noun ends the phrase before its first preposition ("the chief executive of a
    // car maker" is headed by "executive"; "a spokesperson for Meta" by "spokesperson").
    let head_end = (s + 1..e)
        .find(|&k| words[k].is_word() && cues::is_preposition(words[k].text(text)))
        .unwrap_or(e);
    // 3. A source noun: report, spokesperson, company.
    if let Some((k, noun)) = (s..head_end)
        .rev()
        .filter(|&k| !words[k].possessive) // "the company's chief executive" is a person
        // A capitalised noun inside a name ("The British Chambers of Commerce", "Bank of
        // England") is part of the name, not a description.
        .filter(|&k| {
            !words[k].capitalised(text)
                || k == s
                || (k == s + 1 && words[s].text(text).eq_ignore_ascii_case("the") && head_end == e)
        })
        .find_map(|k| cues::source_noun(words[k].text(text)).map(|n| (k, n)))
        // The noun heads the phrase: "union officials" are officials, not the union.
        .filter(|&(k, _)| k + 1 == head_end)
    {
        let span_from = (s..=k)
            .rev()
            .take_while(|&i| words[i].is_word())
            .last()
            .map_or(from, |i| words[i].start);
        let mention = (span_from, to);
        let company_in_np = ctx.entities_in(from, to).find(|x| x.kind.is_org());
        match noun {
            SourceNoun::Report => {
                if let Some(name) = name_after_by(ctx, words, k + 1, e) {
                    return Speaker {
                        name: Some(name.0),
                        span: Some(mention),
                    };
                }
                if let Some(a) = report_author(ctx, from) {
                    return Speaker {
                        name: Some(a),
                        span: Some(mention),
                    };
                }
                return unknown();
            }
            SourceNoun::Spokesperson => {
                // An unnamed spokesperson is an unnamed source, even when the employer is
                // named ("a spokesperson for Meta said"): only a name given with the phrase
                // ("spokesman Tom Hale") is a speaker, never the employer itself.
                if let Some(p) = ctx
                    .entities_in(words[k].end, to)
                    .find(|x| is_person(x) && x.start >= words[k].end)
                {
                    return named(&person_name(ctx, p), p.start, p.end);
                }
                return unknown();
            }
            SourceNoun::Company => {
                if let Some(co) = company_in_np {
                    return named(&co.canonical, co.start, co.end);
                }
                let definite = (s..k).any(|i| {
                    let t = words[i].text(text);
                    t.eq_ignore_ascii_case("the") || t.eq_ignore_ascii_case("its")
                });
                if definite {
                    if let Some(name) = described_as(ctx, words[k].text(text), from)
                        .or_else(|| subject_company(ctx, from).map(|co| co.canonical.clone()))
                    {
                        return Speaker {
                            name: Some(name),
                            span: Some(mention),
                        };
                    }
                }
                return unknown();
            }
            SourceNoun::Body => {
                if let Some(o) = ctx.entities_in(from, to).find(|x| x.kind.is_org()) {
                    return named(&o.canonical, o.start, o.end);
                }
                let definite = (s..k).any(|i| words[i].text(text).eq_ignore_ascii_case("the"));
                if definite && k + 1 == head_end {
                    if let Some(name) = described_as(ctx, words[k].text(text), from).or_else(|| {
                        ctx.nearest_before(from, |x| x.kind == EntityType::Org)
                            .filter(|o| has_whole_word(&o.canonical, words[k].text(text)))
                            .map(|o| o.canonical.clone())
                    }) {
                        return Speaker {
                            name: Some(name),
                            span: Some(mention),
                        };
                    }
                }
                return unknown();
            }
        }
    }
    // A definite description of a role ("the chief executive said", "said the Chancellor"):
    // the person named with that role earlier in the article.
    if words[s].text(text).eq_ignore_ascii_case("the") && head_end - s >= 2 && head_end - s <= 5 {
        let head = &words[head_end - 1];
        if head.is_word()
            && !head.possessive
            && cues::is_role(head.text(text))
            // "the Chester chairman": an organisation may qualify the role, a person not.
            && !ctx.entities_in(from, to).any(|x| x.kind == EntityType::Person)
        {
            let described = &text[words[s + 1].start..head.end];
            if let Some(p) = role_person(ctx, head.text(text), from)
                .or_else(|| role_person_ahead(ctx, described, to))
            {
                return Speaker {
                    name: Some(person_name(ctx, p)),
                    span: Some((from, to)),
                };
            }
        }
    }
    // 4. A company mention that heads the phrase.
    for co in ctx.entities_in(from, to).filter(|x| x.kind.is_org()) {
        let i = words.partition_point(|w| w.start < co.start);
        let after_prep = i > s && cues::is_preposition(words[i - 1].text(text));
        // "UKIP officials said": the organisation modifies an unnamed source.
        let modifier = words[i..e]
            .iter()
            .find(|w| w.start >= co.end)
            .is_some_and(|w| {
                w.is_word()
                    && !w.capitalised(text)
                    && !cues::is_preposition(w.text(text))
                    && !cues::is_skippable(w.text(text))
            });
        if !after_prep && !modifier {
            return named(&co.canonical, co.start, co.end);
        }
    }
    // 5. A capitalised name the entity stage missed.
    if let Some((name, a, b)) = capitalised_name(ctx, words, s, e, sentence_initial) {
        return Speaker {
            name: Some(name),
            span: Some((a, b)),
        };
    }
    unknown()
}

fn named(name: &str, start: usize, end: usize) -> Speaker {
    Speaker {
        name: Some(name.to_string()),
        span: Some((start, end)),
    }
}

fn unknown() -> Speaker {
    Speaker::default()
}

/// Resolves a pronoun at `start..end`; the mention offsets are the pronoun's own.
fn pronoun_speaker(ctx: &Context, kind: Pronoun, start: usize, end: usize) -> Speaker {
    let found = match kind {
        Pronoun::Person => {
            let female = ctx.text[start..end].eq_ignore_ascii_case("she");
            let clash = if female { Gender::Male } else { Gender::Female };
            let fits = |x: &Entity| is_person(x) && gender(ctx, x) != Some(clash);
            let person = pronoun_antecedent(ctx, start, &fits);
            let since = person.map_or(0, |p| p.end).max(start.saturating_sub(300));
            if spokesperson_company(ctx, since, start).is_some() {
                return unknown(); // the unnamed spokesperson speaks, not the company
            }
            if person.is_none() {
                if let Some((name, _)) = untagged_speaker_before(ctx, start) {
                    return Speaker {
                        name: Some(name),
                        span: Some((start, end)),
                    };
                }
            }
            person
        }
        Pronoun::It => subject_org(ctx, start, |x| x.kind.is_org()),
        Pronoun::They => ctx
            .nearest_before(start, |x| is_person(x) || x.kind.is_org())
            .filter(|x| start - x.end < 400),
    };
    match found {
        Some(x) => Speaker {
            name: Some(if x.kind == EntityType::Person {
                person_name(ctx, x)
            } else {
                x.canonical.clone()
            }),
            span: Some((start, end)),
        },
        None => unknown(),
    }
}

/// A full name the entity stage did not tag, as the subject of a cue that opens one of the
/// last sentences before `pos` ("Philip Shaw, an economist at Investec, said he ..."); used
/// for `he`/`she` only when no person entity is named before.
fn untagged_speaker_before(ctx: &Context, pos: usize) -> Option<(String, usize)> {
    static SUBJECT: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"(?:^|[.!?]\s+|\n)((?:[A-Z][a-z'-]+ ){1,2}[A-Z][a-z'-]+)(?:, [^,.\n\x22\u201c\u201d]{1,80},)? (?:has |had |also )?([a-z]+)\b",
        )
        .expect("valid regex")
    });
    let from = floor_char(ctx.text, pos.saturating_sub(UNTAGGED_REACH));
    let hay = &ctx.text[from..pos];
    // The hand-written matcher finds what the regex finds; the regex decides what it cannot.
    let (start, end) = super::untagged::last_match(hay, cues::is_cue).unwrap_or_else(|_| {
        SUBJECT
            .captures_iter(hay)
            .filter(|c| c.get(2).is_some_and(|v| cues::is_cue(v.as_str())))
            .filter_map(|c| c.get(1))
            .last()
            .map(|m| (m.start(), m.end()))
    })?;
    let name = &hay[start..end];
    let first = name.split(' ').next().unwrap_or("");
    if cues::is_capitalised_non_name(first) || cues::is_title(first) || ctx.quoted(from + start) {
        return None;
    }
    Some((name.to_string(), from + start))
}

/// How far back `untagged_speaker_before` looks, in bytes.
const UNTAGGED_REACH: usize = 400;

/// Prefers the speaking subject over a person named later in the same sentence: when `p`
/// is not followed by a cue verb in its sentence but an earlier person of that sentence is
/// ("David Cummings, a fund manager, said he expected Mr Glazer to win."), a following
/// `he said` refers to that earlier person, not to the object `p`.
fn subject_of_sentence<'a>(
    ctx: &Context<'a>,
    p: &'a Entity,
    fits: &impl Fn(&Entity) -> bool,
) -> &'a Entity {
    let text = ctx.text;
    let sentence_start = floor_char(text, p.start.saturating_sub(SENTENCE_REACH));
    let head = &text[sentence_start..p.start];
    let from = last_break(head).map_or(sentence_start, |k| sentence_start + k + 1);
    let i = ctx.entities.partition_point(|e| e.end <= p.start);
    // The earliest person of the sentence that a cue verb follows with no other person in
    // between is its speaking subject ("Sir Archy Kirkwood, who chairs the committee, said
    // that when Mr Johnson had announced ...").
    let earlier = ctx.entities[..i]
        .iter()
        .rev()
        .take_while(|e| e.start >= from)
        .filter(|e| fits(e) && !ctx.quoted(e.start) && e.canonical != p.canonical)
        .filter(|e| subject_cue_follows(ctx, e))
        .last();
    if let Some(e) = earlier {
        return e;
    }
    if subject_cue_follows(ctx, p) || cue_follows(text, p.end) {
        return p;
    }
    p
}

/// True when a cue verb follows person `p` in its sentence with no other person named in
/// between ("Dr Greenspan, 79, who has been in London, said").
fn subject_cue_follows(ctx: &Context, p: &Entity) -> bool {
    if let Some(&known) = ctx.cue_after.borrow().get(&p.end) {
        return known;
    }
    let found = cue_follows_end(ctx, p.end);
    ctx.cue_after.borrow_mut().insert(p.end, found);
    found
}

/// [`subject_cue_follows`] for a mention ending at `from`.
fn cue_follows_end(ctx: &Context, from: usize) -> bool {
    let text = ctx.text;
    let end = floor_char(text, (from + 160).min(text.len()));
    let tail = &text[from..end];
    let words = &tail[..clause_stop(tail)];
    // The words of the first 40 pieces split at non-letters (the empty ones left out).
    for (at, w) in ascii_words(words, 40) {
        let here = from + at;
        if cues::is_cue(w) && !cues::is_noun_like_cue(w) {
            // Persons after a preposition ("vice president at Ask Jeeves") do not interrupt.
            let interrupted = ctx.persons_between(from, here).any(|x| {
                let before = text[..x.start].trim_end();
                let prev = before.rsplit(' ').next().unwrap_or("");
                !cues::is_preposition(prev)
            });
            // "Jo Hale and Ann Lee said" or "Jo Hale left and Ann Lee said" is not Jo's cue;
            // an appositive or relative clause between commas may hold an "and" ("Kirkwood,
            // who chairs the work and pensions committee, said").
            // (The part after the last comma starts with it, so no " and " spans the join.)
            let gap = &ctx.text[from..here];
            let and_outside = match (gap.find(','), gap.rfind(',')) {
                (Some(a), Some(b)) if a < b => {
                    gap[..a].contains(" and ") || gap[b..].contains(" and ")
                }
                _ => gap.contains(" and "),
            };
            return !interrupted && !and_outside;
        }
    }
    false
}

/// The person a `he`/`she` at `pos` refers to: the nearest fitting person before it, or the
/// speaking subject of that person's sentence ([`subject_of_sentence`]); "According to X, ..."
/// makes X the subject. A person that is only the object of a sentence opened by another
/// `he`/`she` ("He said Ask Jeeves was ...") is passed over for that pronoun's antecedent.
fn pronoun_antecedent<'a>(
    ctx: &Context<'a>,
    pos: usize,
    fits: &impl Fn(&Entity) -> bool,
) -> Option<&'a Entity> {
    let text = ctx.text;
    let mut at = pos;
    let mut first = None;
    for _ in 0..3 {
        let p = ctx.nearest_before(at, fits)?;
        first.get_or_insert(p);
        let from = sentence_from(text, p.start);
        if let Some(x) = according_to_person(ctx, from, p.start, fits) {
            return Some(x);
        }
        let sub = subject_of_sentence(ctx, p, fits);
        if sub.canonical != p.canonical || subject_cue_follows(ctx, p) {
            return Some(sub);
        }
        let opener = text[from..p.start]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty() && !matches!(*w, "But" | "And" | "So"));
        if !opener.is_some_and(|w| cues::pronoun(w) == Some(Pronoun::Person)) {
            return Some(p);
        }
        at = from;
    }
    first
}

/// Where the sentence holding `pos` starts (at most [`SENTENCE_REACH`] bytes back).
fn sentence_from(text: &str, pos: usize) -> usize {
    let lo = floor_char(text, pos.saturating_sub(SENTENCE_REACH));
    let head = &text[lo..pos];
    last_break(head).map_or(lo, |k| lo + k + 1)
}

/// The byte of the last `.`, `!`, `?` or line break in `head`, as
/// `head.rfind(['.', '!', '?', '\n'])` finds it (all four are ASCII, so a byte scan finds
/// the same character).
fn last_break(head: &str) -> Option<usize> {
    let b = head.as_bytes();
    // `None` orders before any `Some`: the later of the two finds.
    memchr::memrchr3(b'.', b'!', b'?', b).max(memchr::memrchr(b'\n', b))
}

/// The fitting person X of a sentence opening "According to X," (from `from` to `to`).
fn according_to_person<'a>(
    ctx: &Context<'a>,
    from: usize,
    to: usize,
    fits: &impl Fn(&Entity) -> bool,
) -> Option<&'a Entity> {
    let head = ctx.text[from..to].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\u{201d}' | '\u{2019}' | '\'')
    });
    let rest = head.strip_prefix("According to ")?;
    let x_from = to - rest.len();
    let comma = rest.find(',')?;
    ctx.entities_in(x_from, x_from + comma)
        .find(|e| fits(e) && e.start >= x_from)
}

/// How far back and ahead `subject_of_sentence` looks within a sentence, in bytes.
const SENTENCE_REACH: usize = 200;

/// True when a cue verb follows `pos` within its clause, before the sentence ends, a quotation
/// mark or a few words ("Ms Ode said", "Tom Okafor, the chief executive, has said").
fn cue_follows(text: &str, pos: usize) -> bool {
    let end = floor_char(text, (pos + 80).min(text.len()));
    let tail = &text[pos..end];
    ascii_words(&tail[..clause_stop(tail)], usize::MAX)
        .take(12)
        .any(|(_, w)| cues::is_cue(w))
}

/// Where the clause at the start of `tail` stops: its first `.`, `!`, `?`, `:`, line end or
/// double quotation mark (`"`, `“`, `”`); `tail.len()` when none.
fn clause_stop(tail: &str) -> usize {
    let b = tail.as_bytes();
    // Each search looks only before what the searches before it found.
    let end = memchr::memchr3(b'.', b'!', b'?', b).unwrap_or(b.len());
    let end = memchr::memchr3(b'"', b'\n', b':', &b[..end]).unwrap_or(end);
    // `“` and `”` are E2 80 9C and E2 80 9D.
    memchr::memchr_iter(0xE2, &b[..end])
        .find(|&i| b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9C | 0x9D)))
        .unwrap_or(end)
}

/// The runs of ASCII letters in `s` with their byte offsets, as
/// `s.split(|c: char| !c.is_ascii_alphabetic()).take(pieces)` gives them, the empty pieces
/// left out: a run is in the first `pieces` pieces when fewer than `pieces` separator
/// characters (any other character, of any length) come before it.
fn ascii_words(s: &str, pieces: usize) -> impl Iterator<Item = (usize, &str)> {
    let b = s.as_bytes();
    let (mut i, mut separators) = (0, 0);
    std::iter::from_fn(move || {
        while i < b.len() && separators < pieces {
            if b[i].is_ascii_alphabetic() {
                let start = i;
                while i < b.len() && b[i].is_ascii_alphabetic() {
                    i += 1;
                }
                return Some((start, &s[start..i]));
            }
            // A separator character is counted at its first byte (not a continuation byte).
            if b[i] & 0xC0 != 0x80 {
                separators += 1;
            }
            i += 1;
        }
        None
    })
}

/// The organisation an earlier sentence describes with `noun` in an appositive ("US Airways,
/// the seventh-largest US airline," -> "the airline said"), also when the entity stage did
/// not tag it: the capitalised name right before ", the ... noun". Looks back at most
/// [`DESCRIBED_REACH`] bytes and takes the nearest.
fn described_as(ctx: &Context, noun: &str, pos: usize) -> Option<String> {
    let text = ctx.text;
    let from = floor_char(text, pos.saturating_sub(DESCRIBED_REACH));
    let hay = &text[from..pos];
    let mut best: Option<String> = None;
    for (k, _) in hay.match_indices(", the ") {
        let at = from + k;
        if ctx.quoted(at) {
            continue;
        }
        let rest = &hay[k + 6..];
        let np_end = rest.find([',', '.', ';', '(', '\n']).unwrap_or(rest.len());
        let np = &rest[..np_end];
        let last = np.split_whitespace().last().unwrap_or("");
        if np.split_whitespace().count() > 6 || !last.eq_ignore_ascii_case(noun) {
            continue;
        }
        // The name before the comma: a tagged organisation ending there, or a run of
        // capitalised words.
        if let Some(o) = ctx
            .entities_in(at.saturating_sub(80), at)
            .filter(|x| x.kind.is_org() && x.end == at)
            .last()
        {
            best = Some(o.canonical.clone());
            continue;
        }
        let head = &hay[..k];
        let words: Vec<&str> = head
            .rsplit(' ')
            .take(5)
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !cues::is_capitalised_non_name(w)
            })
            .collect();
        if words.is_empty() || words.iter().any(|w| w.contains(['"', '\u{201d}'])) {
            continue;
        }
        let start = at - words.iter().map(|w| w.len() + 1).sum::<usize>() + 1;
        if ctx
            .entities_in(start, at)
            .any(|x| x.kind == EntityType::Person)
        {
            continue;
        }
        best = Some(text[start..at].to_string());
    }
    best
}

/// The company "the company" refers to at `pos`: the nearest one that was the subject of
/// its sentence (it opens the sentence or a cue follows it: "Acme Corp said it signed a deal
/// with Beta Inc") within [`SUBJECT_COMPANY_REACH`] bytes, else the nearest company.
fn subject_company<'a>(ctx: &Context<'a>, pos: usize) -> Option<&'a Entity> {
    subject_org(ctx, pos, |x| x.kind == EntityType::Company)
}

/// The nearest organisation that `fits` and was the subject of its sentence, within
/// [`SUBJECT_COMPANY_REACH`] bytes before `pos`, else the nearest that fits.
fn subject_org<'a>(
    ctx: &Context<'a>,
    pos: usize,
    fits: impl Fn(&Entity) -> bool,
) -> Option<&'a Entity> {
    let text = ctx.text;
    let horizon = pos.saturating_sub(SUBJECT_COMPANY_REACH);
    let subject = ctx.nearest_before(pos, |x| {
        fits(x)
            && x.start >= horizon
            && (cue_follows(text, x.end) || {
                let from = sentence_from(text, x.start);
                text[from..x.start]
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()))
            })
    });
    subject.or_else(|| ctx.nearest_before(pos, fits))
}

/// How far back `subject_company` prefers a subject over the nearest company, in bytes.
const SUBJECT_COMPANY_REACH: usize = 1500;

/// How far back `described_as` looks, in bytes.
const DESCRIBED_REACH: usize = 3000;

/// A lede that gives the role before the name ("..., the courts minister has told MPs." and
/// later "said courts minister Christopher Leslie"): the first person after `pos`, within
/// [`ROLE_AHEAD`] bytes, named right after the whole description (`described`, without its
/// article), outside quotations.
fn role_person_ahead<'a>(ctx: &Context<'a>, described: &str, pos: usize) -> Option<&'a Entity> {
    let text = ctx.text;
    let end = floor_char(text, (pos + ROLE_AHEAD).min(text.len()));
    let i = ctx.entities.partition_point(|e| e.start < pos);
    ctx.entities[i..]
        .iter()
        .take_while(|e| e.start < end)
        .filter(|e| is_person(e) && !ctx.quoted(e.start))
        .find(|e| {
            let before = text
                [floor_char(text, e.start.saturating_sub(described.len() + 2))..e.start]
                .trim_end();
            before
                .len()
                .checked_sub(described.len())
                .and_then(|k| before.get(k..))
                .is_some_and(|t| t.eq_ignore_ascii_case(described))
        })
}

/// How far ahead `role_person_ahead` looks, in bytes.
const ROLE_AHEAD: usize = 1000;

/// The nearest person before `pos` named next to the role word `role` ("Northwind chief
/// executive Tom Okafor", "Tom Okafor, Northwind's chief executive").
fn role_person<'a>(ctx: &Context<'a>, role: &str, pos: usize) -> Option<&'a Entity> {
    if role.len() < 3 {
        return None;
    }
    let text = ctx.text;
    let i = ctx.entities.partition_point(|e| e.end <= pos);
    ctx.entities[..i]
        .iter()
        .rev()
        .filter(|e| e.kind == EntityType::Person && !ctx.quoted(e.start))
        .take(30)
        .find(|e| {
            let a = floor_char(text, e.start.saturating_sub(40));
            let b = floor_char(text, (e.end + 40).min(text.len()));
            has_whole_word(&text[a..e.start], role) || has_whole_word(&text[e.end..b], role)
        })
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True when `word` occurs in `hay` as a whole word, ASCII case-insensitively.
fn has_whole_word(hay: &str, word: &str) -> bool {
    let (h, w) = (hay.as_bytes(), word.as_bytes());
    if w.len() > h.len() {
        return false;
    }
    (0..=h.len() - w.len()).any(|k| {
        h[k..k + w.len()].eq_ignore_ascii_case(w)
            && (k == 0 || !h[k - 1].is_ascii_alphanumeric())
            && h.get(k + w.len())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// The canonical name of a person mention; a bare surname the entity stage could not link
/// ("Okoro") is expanded from an earlier full mention in the text ("Vince Okoro").
fn person_name(ctx: &Context, p: &Entity) -> String {
    let name = cues::strip_descriptors(&p.canonical).unwrap_or(&p.canonical);
    if !name.contains(' ') && name.chars().next().is_some_and(char::is_uppercase) {
        if let Some(full) = expand_surname(ctx, name, p.start) {
            return full;
        }
    }
    name.to_string()
}

/// A person mention that names someone (not only descriptive words), for the quote stage.
pub(crate) fn names_someone(e: &Entity) -> bool {
    is_person(e)
}

/// The speaker name of a person mention: role words stripped, a bare surname expanded.
pub(crate) fn canonical_person_name(ctx: &Context, p: &Entity) -> String {
    person_name(ctx, p)
}

/// A person mention that names someone: not only descriptive words ("Deputy Prime").
fn is_person(e: &Entity) -> bool {
    e.kind == EntityType::Person && cues::strip_descriptors(&e.canonical).is_some()
}

/// The gender a person mention shows: its title ("Mrs Maguire") or the first name of its
/// canonical form ("Hayley Yelling"); `None` when unknown or ambiguous ("Jordan", "Sundar").
fn gender(ctx: &Context, p: &Entity) -> Option<Gender> {
    if let Some(g) = title_gender(ctx.text, p) {
        return Some(g);
    }
    // A title on any mention of the same person ("Sandy Walkington" ... "Mr Walkington").
    if let Some(&(_, g)) = ctx
        .titled()
        .iter()
        .find(|(name, _)| name.as_str() == p.canonical)
    {
        return Some(g);
    }
    let (first, rest) = p.canonical.split_once(' ')?;
    if rest.is_empty() || first.len() > 20 {
        return None;
    }
    ctx.first_name_gender(first)
}

/// The gender a title shows, in the mention ("Mrs Maguire") or right before it ("Mr" +
/// "Walkington" when the entity leaves the title out).
///
/// The words read are the mention's text up to its first space or dot, and the run of letters
/// ending the text before it (spaces and dots trimmed). Titles are short ASCII words, so only
/// a run of at most four ASCII letters is looked at: a longer run, or one after another
/// letter, is no title.
fn title_gender(text: &str, p: &Entity) -> Option<Gender> {
    let lead_end = p
        .text
        .bytes()
        .position(|b| b == b' ' || b == b'.')
        .unwrap_or(p.text.len());
    if let Some(g) = title_word(&p.text[..lead_end]) {
        return Some(g);
    }
    let b = text.as_bytes();
    let mut end = floor_char(text, p.start.min(text.len()));
    while end > 0 && matches!(b[end - 1], b' ' | b'.') {
        end -= 1;
    }
    let run = b[..end]
        .iter()
        .rev()
        .take(5)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if run > 4 {
        return None;
    }
    let g = title_word(&text[end - run..end])?;
    // A letter before the run (outside ASCII: an ASCII one would be in it) makes it part of
    // a longer word.
    let letter_before = text[..end - run]
        .chars()
        .next_back()
        .is_some_and(char::is_alphabetic);
    (!letter_before).then_some(g)
}

/// The gender of a title word ("Mr", "Lady").
fn title_word(word: &str) -> Option<Gender> {
    match word {
        "Mr" | "Sir" | "Lord" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" => Some(Gender::Female),
        _ => None,
    }
}

/// The company of the last spokesperson mentioned in `from..to` ("A spokeswoman for Vireo
/// declined to comment. “...,” she said."), outside quotations.
fn spokesperson_company<'a>(ctx: &Context<'a>, from: usize, to: usize) -> Option<&'a Entity> {
    let hay = ctx.text.as_bytes().get(from..to)?;
    let at = from + last_spokesperson_word(hay)?;
    if ctx.quoted(at) {
        return None;
    }
    let near = ctx
        .entities_in(at.saturating_sub(40), (at + 60).min(ctx.text.len()))
        .filter(|x| x.kind.is_org())
        .min_by_key(|x| x.start.abs_diff(at));
    near.or_else(|| ctx.nearest_before(at, |x| x.kind.is_org()))
}

/// The words [`last_spokesperson_word`] looks for.
const SPOKESPERSON_WORDS: [&str; 2] = ["spokes", "representative"];

/// Where the last "spokes" or "representative" in `hay` starts.
fn last_spokesperson_word(hay: &[u8]) -> Option<usize> {
    static BACK: Lazy<[memmem::FinderRev<'static>; 2]> =
        Lazy::new(|| SPOKESPERSON_WORDS.map(memmem::FinderRev::new));
    static AHEAD: Lazy<[memmem::Finder<'static>; 2]> =
        Lazy::new(|| SPOKESPERSON_WORDS.map(memmem::Finder::new));
    // Most windows hold neither word: the forward searchers (vectorised, unlike the reverse
    // ones) rule them out.
    if !AHEAD.iter().any(|f| f.find(hay).is_some()) {
        return None;
    }
    BACK.iter().filter_map(|f| f.rfind(hay)).max()
}

/// A name after "by", "from", "for", "at" or "in" inside `words[s..e]` ("a report by The
/// Information", "a spokesperson for Meta").
fn name_after_by(ctx: &Context, words: &[Word], s: usize, e: usize) -> Option<(String, usize)> {
    let text = ctx.text;
    let k = (s..e).find(|&k| {
        matches!(
            words[k].text(text).to_ascii_lowercase().as_str(),
            "by" | "from" | "for" | "at" | "in"
        )
    })?;
    if let Some(x) = ctx
        .entities_in(words.get(k + 1)?.start, words[e - 1].end)
        .find(|x| x.kind != EntityType::Model)
    {
        return Some((x.canonical.clone(), x.start));
    }
    let mut j = k + 1;
    if j < e && words[j].text(text) == "the" {
        j += 1;
    }
    let run = (j..e)
        .take_while(|&i| words[i].capitalised(text) && !words[i].possessive)
        .count();
    (run > 0).then(|| {
        (
            text[words[j].start..words[j + run - 1].end].to_string(),
            words[j].start,
        )
    })
}

/// A run of capitalised words ending the phrase, taken as a name when it does not look like
/// a sentence opener. A lone surname is expanded from an earlier full mention.
fn capitalised_name(
    ctx: &Context,
    words: &[Word],
    s: usize,
    e: usize,
    sentence_initial: bool,
) -> Option<(String, usize, usize)> {
    let text = ctx.text;
    // "The British Chambers of Commerce said": a whole capitalised name after "the", with
    // small connectors inside, none of its words a role ("the Tory MP for ..." is not).
    if e >= s + 3 && words[s].text(text).eq_ignore_ascii_case("the") {
        let body = &words[s + 1..e];
        let connector =
            |w: &Word| matches!(w.text(text), "of" | "for" | "and" | "the" | "on" | "&");
        let caps = body.iter().filter(|w| w.capitalised(text)).count();
        let ok = body.first().is_some_and(|w| w.capitalised(text))
            && body
                .last()
                .is_some_and(|w| w.capitalised(text) && !w.possessive)
            && caps >= 2
            && body.iter().all(|w| {
                (w.capitalised(text)
                    && !cues::is_descriptor(w.text(text))
                    && !cues::is_capitalised_non_name(w.text(text)))
                    || connector(w)
            });
        if ok {
            let (a, b) = (body[0].start, body[body.len() - 1].end);
            return Some((text[a..b].to_string(), a, b));
        }
    }
    let mut k = e;
    while k > s {
        let w = &words[k - 1];
        let title_dot = w.is('.') && k >= 2 + s && cues::is_title(words[k - 2].text(text));
        if !(title_dot || (w.capitalised(text) && !w.possessive)) {
            break;
        }
        if w.is_word() && cues::is_capitalised_non_name(w.text(text)) {
            break;
        }
        k -= 1;
    }
    if k == e || (k > s && cues::is_preposition(words[k - 1].text(text))) {
        return None; // "one analyst at Barclays"
    }
    // "the documents released at the National Archives", "the Tory MP for Sleaford and North
    // Hykeham": a name inside a prepositional phrase of a described subject.
    if k > s
        && cues::is_determiner(words[s].text(text))
        && (s..k).any(|i| words[i].is_word() && cues::is_preposition(words[i].text(text)))
    {
        return None;
    }
    // A nickname in quotation marks inside the name: `Antonio "LA" Reid`, `Brian 'Head' Welch`.
    if k >= 4 && e - k == 1 {
        let mark = |w: &Word| {
            w.punct.is_some_and(|c| {
                matches!(
                    c,
                    '"' | '\'' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
                )
            })
        };
        let (f, o, n, c) = (&words[k - 4], &words[k - 3], &words[k - 2], &words[k - 1]);
        if f.capitalised(text)
            && mark(o)
            && n.capitalised(text)
            && mark(c)
            && !cues::is_capitalised_non_name(f.text(text))
        {
            let (a, b) = (f.start, words[e - 1].end);
            return Some((text[a..b].to_string(), a, b));
        }
    }
    let mut first = k;
    let mut titled = false;
    while first < e && (cues::is_title(words[first].text(text)) || words[first].is('.')) {
        titled = true;
        first += 1;
    }
    if first == e {
        return None;
    }
    let names = e - first;
    let (a, b) = (words[first].start, words[e - 1].end);
    let name = &text[a..b];
    // "said the American", "the 55-year-old Frenchman told": a nationality describes a
    // person, it does not name one.
    let described = (s..first).any(|i| {
        let t = words[i].text(text);
        t.eq_ignore_ascii_case("the") || t.ends_with("-old")
    });
    if names == 1 && !titled && described && is_demonym(name) {
        return None;
    }
    if names == 1 {
        if let Some(full) = expand_surname(ctx, name, a) {
            return Some((full, a, b));
        }
        // An organisation named earlier, by that name or a longer one ("Beta" for "Beta
        // Inc"), that the entity stage did not tag again at the sentence start.
        if let Some(o) = ctx.nearest_before(a, |x| {
            x.kind.is_org()
                && x.canonical.starts_with(name)
                && (x.canonical.len() == name.len() || x.canonical[name.len()..].starts_with(' '))
        }) {
            return Some((o.canonical.clone(), a, b));
        }
    }
    // A lone capitalised word opening the sentence ("Analysts said") is only a name when an
    // earlier full mention ("Jonathan Welch") vouches for it, as above.
    if !(names >= 2 || titled || !(sentence_initial && k == s)) {
        return None;
    }
    Some((name.to_string(), a, b))
}

/// How many titled persons [`Context::titled`] keeps.
const MAX_TITLED: usize = 64;

/// A word that looks like a nationality or inhabitant noun ("American", "Frenchman",
/// "Japanese", "Scot"): by its ending, as demonyms are formed.
fn is_demonym(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    ["ian", "an", "ese", "ish", "man", "woman", "i", "ch", "ot"]
        .iter()
        .any(|suf| w.len() > suf.len() + 2 && w.ends_with(suf))
        && !word.contains(['-', '.'])
}

/// How far back (bytes) a speaker's antecedent or full name is looked for: far more than an
/// article, and a bound that keeps the stage linear on inputs of any size.
const LOOKBACK: usize = 64 * 1024;

/// Earlier occurrences of a surname examined when looking for its forename.
const MAX_SURNAME_TRIES: usize = 64;

/// "Pichai" -> "Sundar Pichai" from an earlier person entity or "Forename Surname" in the text.
fn expand_surname(ctx: &Context, surname: &str, before: usize) -> Option<String> {
    if let Some(p) = ctx.nearest_before(before, |x| {
        x.kind == EntityType::Person
            && x.canonical.len() > surname.len()
            && x.canonical.ends_with(surname)
            && x.canonical[..x.canonical.len() - surname.len()].ends_with(' ')
    }) {
        return Some(p.canonical.clone());
    }
    let text = ctx.text;
    let mut from = before.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let hay = &text.as_bytes()[from..before];
    let mut quoted_full = None;
    let mut described = None;
    for at in memchr::memmem::find_iter(hay, surname.as_bytes())
        .map(|at| from + at)
        .take(MAX_SURNAME_TRIES)
    {
        let after_ok = text[at + surname.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let prev = text[..at].strip_suffix(' ');
        let Some(prev) = prev else { continue };
        let fs = prev
            .rfind(|c: char| !c.is_alphabetic() && c != '-')
            .map_or(0, |i| {
                i + prev[i..].chars().next().map_or(1, char::len_utf8)
            });
        let forename = &prev[fs..];
        let mut cs = forename.chars();
        let looks = cs.next().is_some_and(char::is_uppercase)
            && forename.len() >= 2
            && cs.all(|c| c.is_lowercase() || c == '-');
        if after_ok
            && looks
            && !cues::is_title(forename)
            && !cues::is_descriptor(forename)
            && !cues::is_capitalised_non_name(forename)
        {
            if !ctx.quoted(at) {
                return Some(format!("{forename} {surname}"));
            }
            // A full name given only inside a quotation ("I thank Frank Arnesen") still
            // names the person, when nothing outside quotations does.
            quoted_full.get_or_insert_with(|| format!("{forename} {surname}"));
        } else if after_ok && looks && cues::is_descriptor(forename) && !ctx.quoted(at) {
            // "Rapper Jay-Z": the word is a name that needs no forename.
            described.get_or_insert_with(|| surname.to_string());
        }
    }
    quoted_full.or(described)
}

/// A publication named as a report's author: "a report by X", "according to X", "X reported".
static AUTHOR: Lazy<Regex> = Lazy::new(|| {
    author_regex(
        r"((?:The )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: (?:of |the |for |on )?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})",
    )
});

/// [`AUTHOR`] with ASCII letter classes: on text whose only letters and digits are ASCII it
/// matches exactly what [`AUTHOR`] matches (an ASCII `\p{Lu}` is `A-Z`, an ASCII `\p{L}\p{N}` is `A-Za-z0-9`), and its lazy DFA
/// is far cheaper to build than one over the Unicode classes.
static AUTHOR_ASCII: Lazy<Regex> = Lazy::new(|| {
    author_regex(
        r"((?:The )?[A-Z][A-Za-z0-9&.'’-]*(?: (?:of |the |for |on )?[A-Z][A-Za-z0-9&.'’-]*){0,4})",
    )
});

fn author_regex(name: &str) -> Regex {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?:[Rr]eport|[Aa]rticle|[Ss]tory|[Ii]nvestigation|[Ii]nterview)s? (?:published )?(?:by|from|in) (?:the )?{name}|(?:[Rr]eported by|[Aa]ccording to) (?:the )?{name}|{name}(?:'s|’s)? (?:first |has |had |also |previously )?(?:reported|reports|report)(?-u:\b))"
    ))
    .expect("valid author regex")
}

/// The author regex for a haystack: [`AUTHOR_ASCII`] when no character of `hay` outside ASCII
/// is a letter or digit (`£`, `’`, curly quotes, dashes: neither regex can match one except
/// `’`, which both classes hold), else [`AUTHOR`]. Both then match exactly the same spans.
fn author_for(hay: &str) -> &'static Regex {
    if hay.is_ascii() || hay.chars().all(|c| c.is_ascii() || !c.is_alphanumeric()) {
        &AUTHOR_ASCII
    } else {
        &AUTHOR
    }
}

/// Every match of [`AUTHOR`] contains one of these ("report", "Article", "according to" ...)
/// and lies on one line: only the lines that hold one are searched.
static AUTHOR_WORDS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    aho_corasick::AhoCorasick::new([
        "eport",
        "rticle",
        "tory",
        "nvestigation",
        "nterview",
        "ccording to",
    ])
    .expect("author keywords")
});

/// The spans of the [`AUTHOR`] matches in `text`, as `AUTHOR.find_iter(text)` gives them.
fn author_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let m = AUTHOR_WORDS.find(&text[at..])?;
        let hit = at + m.start();
        // `at` is a line start: the line of the hit starts at or after it.
        let from = text[at..hit].rfind('\n').map_or(at, |k| at + k + 1);
        let to = text[hit..].find('\n').map_or(text.len(), |k| hit + k);
        at = (to + 1).min(text.len());
        Some(
            author_for(&text[from..to])
                .find_iter(&text[from..to])
                .map(move |m| (from + m.start(), from + m.end()))
                .collect::<Vec<_>>(),
        )
    })
    .flatten()
}

fn report_author(ctx: &Context, pos: usize) -> Option<String> {
    let authors = ctx.authors.get_or_init(|| {
        author_spans(ctx.text)
            .filter_map(|(start, end)| {
                // Captures only on the match: the lazy DFA finds, the slower engine groups.
                let c = author_for(&ctx.text[start..end]).captures_at(&ctx.text[..end], start)?;
                let m = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
                if ctx.quoted(m.start()) {
                    return None;
                }
                let name = m.as_str().trim_end_matches(['.', '\'', '’']);
                let name = name
                    .strip_prefix("A ")
                    .or_else(|| name.strip_prefix("An "))
                    .unwrap_or(name);
                if cues::is_capitalised_non_name(name) || cues::pronoun(name).is_some() {
                    return None;
                }
                let canonical = ctx
                    .entities_in(m.start(), m.end())
                    .find(|x| x.kind == EntityType::Company)
                    .map_or_else(|| name.to_string(), |x| x.canonical.clone());
                Some((m.start(), m.end(), canonical))
            })
            .collect()
    });
    // Authors are in text order: the last one ending before `pos`, else the first.
    let i = authors.partition_point(|a| a.1 <= pos);
    i.checked_sub(1)
        .map(|k| &authors[k])
        .or_else(|| authors.first())
        .map(|a| a.2.clone())
}

#[cfg(test)]
mod author_tests {
    use super::*;

    #[test]
    fn ascii_author_regex_agrees_on_ascii_text() {
        for text in [
            "A report by The Zentrix Herald said so. According to Acme News, it rose.",
            "Acme Daily reported. In an interview with Orbit Weekly he spoke.",
            "The Courier's story in the Globe of London; investigation by The Post for Sale 3G's",
            "Reports from the Foo-Bar & Co. Ltd.'s desk: X9 Media has reported",
            "no keywords at all",
            "A report by The Zentrix Herald on the £5m deal – “a record”, according to Acme’s Daily",
            "Orbit News’ story: the Acme’s reports of €3bn",
        ] {
            let caps = |r: &Regex| -> Vec<_> {
                r.captures_iter(text)
                    .map(|c| {
                        (1..=3)
                            .map(|g| c.get(g).map(|m| (m.start(), m.end())))
                            .collect::<Vec<_>>()
                    })
                    .collect()
            };
            assert_eq!(caps(&AUTHOR_ASCII), caps(&AUTHOR), "{text:?}");
        }
        assert!(std::ptr::eq(author_for("abc"), &*AUTHOR_ASCII));
        assert!(std::ptr::eq(
            author_for("£5m “so” – Acme’s"),
            &*AUTHOR_ASCII
        ));
        assert!(std::ptr::eq(author_for("É"), &*AUTHOR));
    }

    #[test]
    fn author_spans_match_the_whole_text_search() {
        for text in [
            "",
            "report",
            "A report by The Zentrix Herald said so.\nNothing here.\nAccording to Acme News, it rose.",
            "Acme Daily reported.\n\nIn an interview with Orbit Weekly he spoke.\nThe Courier's story in the Globe.",
            "no keywords at all\nstill none",
            "Story by\nZentrix Times reported\n",
            "Reported by ÉCO Média, according to Le Zentrix’s reports. Article in the Gazette; investigation by The Post",
        ] {
            let whole: Vec<_> = AUTHOR
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            assert_eq!(author_spans(text).collect::<Vec<_>>(), whole, "{text:?}");
        }
    }
}

#[cfg(test)]
mod clause_tests {
    use super::*;

    /// `title_gender` as it read before its byte scan: every character decoded.
    fn title_gender_chars(text: &str, p: &Entity) -> Option<Gender> {
        let lead = p.text.split([' ', '.']).next().unwrap_or("");
        let before = text[..floor_char(text, p.start.min(text.len()))].trim_end_matches([' ', '.']);
        let prev = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        [lead, prev].into_iter().find_map(title_word)
    }

    #[test]
    fn spokesperson_word_search_agrees_with_the_reverse_search() {
        for s in [
            "",
            "spokes",
            "A spokeswoman for Vireo said. A representative of Acme and a spokesman",
            "representatives spokes spokes",
            "nothing here at all, not even a spoke",
            "é spokesperson “é”",
        ] {
            let slow = SPOKESPERSON_WORDS
                .iter()
                .filter_map(|w| memmem::rfind(s.as_bytes(), w.as_bytes()))
                .max();
            assert_eq!(last_spokesperson_word(s.as_bytes()), slow, "{s:?}");
        }
    }

    #[test]
    fn first_name_genders_are_looked_up_once_and_agree_with_the_list() {
        let ctx = Context::new("", &[], &[]);
        for _ in 0..2 {
            for first in ["Sarah", "John", "SARAH", "Jordan", "Zzyzx", "", "Émile"] {
                assert_eq!(
                    ctx.first_name_gender(first),
                    crate::names::first_name_gender(first),
                    "{first:?}"
                );
            }
        }
        assert_eq!(ctx.first_names.borrow().len(), 7);
    }

    #[test]
    fn last_break_finds_what_rfind_finds() {
        for s in [
            "",
            "a",
            "Mr. Lee",
            "é! x\ny?",
            "…—“said”",
            "end.",
            "x.y!z?é",
            "\n",
        ] {
            assert_eq!(last_break(s), s.rfind(['.', '!', '?', '\n']), "{s:?}");
        }
    }

    #[test]
    fn title_gender_agrees_with_the_character_scan() {
        let texts = [
            "Mr Hale said",
            "Mr. Hale said",
            "Mrs  . Hale",
            "said Lady Hale",
            "The Mr Hale",
            "ÉMr Hale",
            "éMrs Hale",
            "ÅLady Hale",
            "Ms\u{a0}Hale",
            "XMiss Hale",
            "Missy Hale",
            "Sir. . Hale",
            "—Dame Hale",
            "1Lord Hale",
            "Hale",
            " Mr",
        ];
        for text in texts {
            for (start, _) in text.char_indices().chain([(text.len(), ' ')]) {
                for lead in ["Hale", "Mr Hale", "Mrs.Hale", "Lord", "Dr Hale", "", "Mrs"] {
                    let p = Entity {
                        text: lead.to_string(),
                        kind: EntityType::Person,
                        canonical: "Jo Hale".to_string(),
                        start,
                        end: text.len(),
                        source: crate::document::EntitySource::Gazetteer,
                    };
                    assert_eq!(
                        title_gender(text, &p),
                        title_gender_chars(text, &p),
                        "{text:?} {start} {lead:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn ascii_words_split_as_str_split_does() {
        for s in [
            "",
            " said",
            "Jo, the chief, said so",
            "„Hale“ — é said, didn't  ask",
            "a b c d e f",
            "ééé abc  ",
        ] {
            for pieces in [0, 1, 2, 3, 5, 40, usize::MAX] {
                let want: Vec<(usize, &str)> = s
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .take(pieces)
                    .filter(|w| !w.is_empty())
                    .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
                    .collect();
                assert_eq!(ascii_words(s, pieces).collect::<Vec<_>>(), want, "{s:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn clause_stop_and_last_break_agree_with_str_searches(
            s in "[a-z .!?:\"\n“”‘’—é]{0,24}"
        ) {
            let want = s
                .find(['.', '!', '?', '"', '\u{201c}', '\u{201d}', '\n', ':'])
                .unwrap_or(s.len());
            proptest::prop_assert_eq!(clause_stop(&s), want);
            proptest::prop_assert_eq!(last_break(&s), s.rfind(['.', '!', '?', '\n']));
        }
    }

    #[test]
    fn clause_stop_finds_the_first_stop() {
        for s in [
            "said so. Then",
            "a “b",
            "a ”b",
            "a ‘b’ c",
            "no stop",
            "x:y",
            "é\n",
        ] {
            let want = s
                .find(['.', '!', '?', '"', '\u{201c}', '\u{201d}', '\n', ':'])
                .unwrap_or(s.len());
            assert_eq!(clause_stop(s), want, "{s:?}");
        }
    }
}
