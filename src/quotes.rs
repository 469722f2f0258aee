//! Direct quotations and their speakers.
//!
//! The stage runs in three steps:
//!
//! 1. `marks` pairs quotation marks paragraph by paragraph in one pass over the bytes:
//!    straight and curly double quotes, single quotes as outer (British) or nested marks,
//!    `« »`, `„ “` and doubled apostrophes (`''...''`). Apostrophes (`Meta’s`, `don’t`,
//!    `rock ’n’ roll`, `the ’90s`, `the workers’ union`) are not marks. An unbalanced mark
//!    ends at its paragraph's end at the latest. A quotation that runs over paragraphs in the
//!    news convention (an opening mark on every paragraph, a closing mark only on the last) is
//!    linked across them, also when the paragraphs were run together on one line (an opening
//!    mark after a finished sentence while a quotation of the same family is open).
//! 2. Each quoted span is kept as a quotation or dropped as a quoted phrase (no `"kind":
//!    "phrase"` entries are emitted). A quotation starts a sentence or paragraph, follows a
//!    colon, dash or cue (`X said: “`), is attached to a cue (`“...,” X said`), is a stretch of
//!    four words or more inside a sentence, or is a shorter fragment in a sentence that
//!    reports words: a cue verb or a verb of describing or finding anywhere in it, outside
//!    quotation marks (`He described it as "disappointing"`, `"no other choice" ..., Jo Hale
//!    has said`, `MPs found the system was "flawed"`). Quoted titles and names, glosses
//!    (`Latin for "truth"`, `known as "Falcon"`, `called "Falcon"`), a single word between a
//!    determiner and a noun (`a "standstill" agreement`) and short spans in sentences that
//!    report nobody's words (`eight "critical" flaws`) are phrases.
//! 3. `speaker` attributes each quotation: a cue verb before or after it (`said`, `says`,
//!    `told`, `added`, `wrote`, `tweeted`, `according to`, ...) and its subject, resolved to a
//!    canonical name: a person mention (surname mentions carry the full name as canonical),
//!    a pronoun (`he`/`she`: the nearest person named before it outside quotations, `null`
//!    when an unnamed spokesperson was mentioned since), a role description (`the chief executive
//!    said`: the person introduced with that role), a report (`the report said`: the
//!    publication the article names as its author), `the company` (the company last named),
//!    or a company mention. Unnamed sources ("one analyst said", "a spokesperson for Meta
//!    said", as GUIDELINES.md asks) keep their cue with a `null` speaker.
//!
//! Quotations without a cue of their own inherit a speaker only from context the text gives:
//! the other part of a split quotation (`“First,” he said, “second.”`), the other paragraphs
//! of a running quotation, the attributed quotation just before (same or previous
//! paragraph, no other person named in between), or the reported speech that ends the
//! previous paragraph (`Mr Gates said that ...` followed by a paragraph of quotation), or
//! the one person the sentence just before introduces, as its subject or its last words
//! (`... led by research director Dr Ana Sibb. “We are ...”`; such an attribution has no cue).
//! A fragment whose own sentence has a verb with an unnamed subject (`Auditors found the books
//! "in order"`) inherits nothing. Otherwise the speaker is `null`.
//!
//! A quotation over several paragraphs is returned as one [`Quote`] per paragraph, each with
//! the text inside that paragraph's marks (so `text == &article[start..end]` always holds),
//! all with the same speaker and cue. `speaker_start`/`speaker_end` are the offsets of the
//! mention in the attribution clause itself: the name, the pronoun (`he`), or the source
//! phrase (`the report`, `a spokesperson for Meta`), whatever it was resolved to; they are
//! `null` when the speaker is.
//!
//! ```
//! use news_extract::quotes::find_quotes;
//! use news_extract::{Entity, EntitySource, EntityType};
//!
//! // "AI-first" is a quoted label (a phrase); the sentence reports nobody's words about it.
//! let text = "“We will keep hiring,” Pichai said. The “AI-first” push goes on.";
//! let pichai = Entity { text: "Pichai".into(), kind: EntityType::Person,
//!     canonical: "Sundar Pichai".into(), start: 26, end: 32, source: EntitySource::Coreference };
//! let quotes = find_quotes(text, &[], &[], &[pichai]);
//! assert_eq!(quotes.len(), 1);
//! assert_eq!(quotes[0].text, "We will keep hiring,");
//! assert_eq!(quotes[0].speaker.as_deref(), Some("Sundar Pichai"));
//! assert_eq!(quotes[0].cue.as_deref(), Some("said"));
//! ```

mod cues;
mod marks;
mod speaker;
mod untagged;
mod words;

use crate::document::{Entity, Quote, Sentence, Token};
use marks::Piece;
use speaker::{Attribution, Context};
use words::Word;

/// How far (bytes) the stage looks before and after a quotation for its attribution.
const WINDOW: usize = 300;

/// How many words and punctuation marks after a quotation the attribution may use.
const AFTER_ITEMS: usize = 32;

/// Finds the direct quotations in `text` and attributes each to its speaker.
///
/// `entities` must be in text order (as the entity stage returns them); `sentences` and
/// `tokens` are accepted for the pipeline's uniform signature: the stage lexes the short
/// windows around each quotation itself, so it does not depend on tokenizer details.
/// Quotations come back in text order.
pub fn find_quotes(
    text: &str,
    _sentences: &[Sentence],
    _tokens: &[Token],
    entities: &[Entity],
) -> Vec<Quote> {
    let pieces = marks::find_pieces(text);
    if pieces.is_empty() {
        return Vec::new();
    }
    let ctx = Context::new(text, entities, &pieces);
    // Sized for a typical window, so the buffers rarely grow, and small enough (under 1 KB)
    // for the allocator's fast path.
    let mut before_words: Vec<Word> = Vec::with_capacity(40);
    let mut after_words: Vec<Word> = Vec::with_capacity(AFTER_ITEMS);
    // Per piece: kept as a quotation?, its own attribution, whether it starts its paragraph.
    let mut kept: Vec<Option<Found>> = Vec::with_capacity(pieces.len());
    let mut last_kept: Option<usize> = None;
    for (i, p) in pieces.iter().enumerate() {
        // The window before a piece reaches back to the last quotation, past quoted phrases
        // (`Antonio "LA" Reid, chairman of ..., said: "...`).
        let prev_close = match last_kept.map(|j| &pieces[j]) {
            Some(q) if q.para_start == p.para_start => q.close_end,
            _ => p.para_start,
        };
        let next_open = match pieces.get(i + 1) {
            Some(q) if q.para_start == p.para_start => q.open,
            _ => p.para_end,
        };
        let lo = ceil_boundary(text, prev_close.max(p.open.saturating_sub(WINDOW)));
        let from = words::sentence_start(text, lo, p.open);
        let cut = words::lex(text, from, p.open, false, usize::MAX, &mut before_words);
        let before = &before_words[cut..];
        let to = floor_boundary(text, next_open.min(p.close_end + WINDOW));
        let after = After {
            from: p.close_end,
            to,
            buf: &mut after_words,
        };
        let found = judge(&ctx, p, i, before, after, (lo, from));
        if found.is_some() {
            last_kept = Some(i);
        }
        kept.push(found);
    }
    share_attributions(&ctx, &pieces, &mut kept);
    pieces
        .iter()
        .zip(kept)
        .filter_map(|(p, f)| {
            let f = f?;
            // Marks around nothing but white space quote nothing.
            if p.start == p.end {
                return None;
            }
            let (speaker, speaker_start, speaker_end, cue) = match f.attribution {
                Some(a) => (
                    a.speaker.name,
                    a.speaker.span.map(|s| s.0),
                    a.speaker.span.map(|s| s.1),
                    Some(text[a.cue.0..a.cue.1].to_string()).filter(|c| !c.is_empty()),
                ),
                None => (None, None, None, None),
            };
            Some(Quote {
                text: text[p.start..p.end].to_string(),
                start: p.start,
                end: p.end,
                speaker_start: speaker_start.filter(|_| speaker.is_some()),
                speaker_end: speaker_end.filter(|_| speaker.is_some()),
                speaker,
                cue,
            })
        })
        .collect()
}

/// The sentence after a piece, lexed on demand into a reused buffer.
struct After<'b> {
    from: usize,
    to: usize,
    buf: &'b mut Vec<Word>,
}

impl<'b> After<'b> {
    fn lex(self, text: &str) -> &'b [Word] {
        // The lexer stops at the first sentence end: the sentence runs up to it.
        let cut = words::lex(text, self.from, self.to, true, AFTER_ITEMS, self.buf);
        if let Some(end) = cut.checked_sub(1) {
            self.buf.truncate(end);
        }
        self.buf
    }
}

/// A piece kept as a quotation.
#[derive(Clone, Debug)]
struct Found {
    attribution: Option<Attribution>,
    /// The attribution came from a cue clause between this piece and the next one
    /// (`“First part,” he said, “second part.”`).
    after_clause_reaches_next: bool,
    /// A fragment inside a sentence whose own verb ("Auditors found the books were "...")
    /// names no speaker: it inherits nobody's.
    own_clause: bool,
}

/// Decides whether piece `i` is a quotation and finds its own attribution.
///
/// `after` lexes the sentence after the piece, only for likely quotations; `lexed` is where
/// the window of `before` was bounded and where its sentence starts (see
/// [`before_sentence_start`]).
fn judge(
    ctx: &Context,
    p: &Piece,
    i: usize,
    before: &[Word],
    after: After,
    lexed: (usize, usize),
) -> Option<Found> {
    let text = ctx.text;
    let inner = &text[p.start..p.end];
    let last = inner.trim_end().chars().next_back();
    let ends_punct = last
        .is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '…' | '—' | '–' | '-' | ':' | ';'));
    let ends_sentence = last.is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'));
    // Fewer than four words? Counted when a rule asks (counting stops at four).
    let n_words = std::cell::OnceCell::new();
    let few_words = || *n_words.get_or_init(|| words::count_words(inner, 4)) < 4;
    let before_last = before.last();
    let intro_cue = before_last.is_some_and(|w| {
        w.is(':')
            || w.is('—')
            || w.is('–')
            || (w.is_word() && cues::is_cue(w.text(text)))
            || (w.is(',') && before.len() >= 2 && {
                let b = &before[before.len().saturating_sub(5)..before.len() - 1];
                b.iter()
                    .any(|x| x.is_word() && cues::is_cue(x.text(text)) || x.text(text) == "to")
            })
    });
    let sentence_initial = before.is_empty();
    let continued = p.continues.is_some()
        || ctx
            .pieces
            .get(i + 1)
            .is_some_and(|q| q.continues == Some(i));
    let title = !ends_punct && title_like(inner);
    // The attribution by any cue of the sentence before the piece: computed once, when asked
    // (several rules below ask for it, and the search does not change between them).
    let sentence_attribution = std::cell::OnceCell::new();
    let before_all = || {
        sentence_attribution
            .get_or_init(|| speaker::before(ctx, before, before.len()))
            .clone()
    };
    let short_attributed = || {
        // `X said he was "amazed"`: a short fragment reported from a named speaker earlier in
        // the sentence, not after a determiner (`the "put" option` is a term).
        !title
            && !before_last.is_some_and(|w| w.is_word() && cues::is_determiner(w.text(text)))
            && before_all().is_some_and(|a| a.speaker.name.is_some())
    };
    let inside = !(continued || sentence_initial || intro_cue);
    if inside && (title || (few_words() && gloss_or_term(text, p, before))) {
        return None; // a title, a nickname, a gloss (`Latin for "truth"`), a term
    }
    let own_verb = inside && sentence_has_cue(ctx, p, before_sentence_start(text, p, lexed));
    if inside && few_words() && !own_verb && !short_attributed() {
        return None; // a short phrase in a sentence nobody speaks in: scare quotes
    }
    // Which attribution: a cue introducing the quotation wins, then a cue clause right after
    // it, then any cue earlier in the sentence (partial quotations).
    let intro = if intro_cue {
        speaker::before(ctx, before, 10)
    } else {
        None
    };
    if intro.is_some() {
        // The quotation is kept (a cue introduces it) and the choice below takes the subject
        // of a quoted predicate, else this cue: the sentence after it is not read.
        let subject = speaker::subject_of_quoted_predicate(ctx, before, inner);
        let attribution = if subject.is_some() { subject } else { intro };
        return Some(Found {
            attribution: attribution.filter(|a| keeps_cue(text, a)),
            after_clause_reaches_next: false,
            own_clause: false,
        });
    }
    let after = after.lex(text);
    let after_attr = speaker::after(ctx, after, ends_sentence && !ends_with_comma_outside(after));
    let after_adjacent = after_attr.is_some()
        && after
            .first()
            .is_some_and(|w| w.is_word() || w.is(',') || w.is('—') || w.is('–'));
    let mut sentence_cue = None;
    let quotation = continued
        || if sentence_initial || intro_cue {
            ends_punct || after_adjacent || intro_cue || (!few_words() && !title)
        } else {
            // Any span inside a sentence that passed the phrase tests above: a fragment in a
            // sentence with a cue, or a longer stretch of someone's words.
            sentence_cue = before_all();
            true
        };
    if !quotation {
        return None;
    }
    // "He had promised not to get "fat and happy," and, according to Reuters, once told ...":
    // a source cited after a fragment does not take the words from the sentence's speaker.
    let cited_after = after_attr
        .as_ref()
        .is_some_and(|a| text[a.cue.0..a.cue.1].eq_ignore_ascii_case("according to"))
        && !sentence_initial;
    if cited_after && sentence_cue.is_none() {
        sentence_cue = before_all().filter(|a| a.speaker.name.is_some());
    }
    let subject = speaker::subject_of_quoted_predicate(ctx, before, inner);
    let (attribution, reaches_next) = if let Some(a) = subject {
        (Some(a), false)
    } else if let Some(a) = intro {
        (Some(a), false)
    } else if cited_after && sentence_cue.is_some() {
        (sentence_cue.take(), false)
    } else if after_adjacent && (sentence_initial || ends_punct || p.continues.is_some()) {
        (after_attr, true)
    } else if let Some(a) = sentence_cue.or_else(before_all) {
        (Some(a), false)
    } else {
        (after_attr, true)
    };
    // A participle cue with no subject of its own ("..., before adding that it was “...”")
    // belongs to the clause before it: leave it to the follow-on rule.
    let attribution = attribution.or_else(|| {
        own_verb
            .then(|| speaker::before_fragment(ctx, before))
            .flatten()
            .filter(|a| a.speaker.name.is_some())
    });
    let own_clause = own_verb && attribution.is_none();
    let attribution = attribution.filter(|a| keeps_cue(text, a));
    let reaches_next = reaches_next
        && attribution.is_some()
        && ctx.pieces.get(i + 1).is_some_and(|q| {
            q.para_start == p.para_start && {
                // Only the attribution clause (and a comma) lies between the two pieces.
                let gap = &text[p.close_end..q.open];
                !has_terminator(gap)
            }
        });
    Some(Found {
        own_clause,
        attribution,
        after_clause_reaches_next: reaches_next,
    })
}

/// False for a participle cue with no speaker ("adding"), unless the words are quoted as
/// someone's ("quoted an aide as saying").
fn keeps_cue(text: &str, a: &Attribution) -> bool {
    a.speaker.name.is_some()
        || !text[a.cue.0..a.cue.1].ends_with("ing")
        || text[..a.cue.0].trim_end().ends_with(" as")
}

/// Where the sentence holding piece `p` starts (at most [`WINDOW`] bytes back, never before
/// its paragraph). `known` is a search already made, `(lo, sentence_start(text, lo, p.open))`:
/// its answer is reused when its bound is this one (no quotation before `p` in its paragraph).
fn before_sentence_start(text: &str, p: &Piece, known: (usize, usize)) -> usize {
    let lo = ceil_boundary(text, p.para_start.max(p.open.saturating_sub(WINDOW)));
    if lo == known.0 {
        return known.1;
    }
    words::sentence_start(text, lo, p.open)
}

/// True when the sentence holding piece `p` (from `from`, to its end at most [`WINDOW`]
/// bytes after the piece) has a verb reporting words outside quotation marks: `said`,
/// `described ... as`, `found`, `noting`. Reads a bounded window, so the stage stays linear.
fn sentence_has_cue(ctx: &Context, p: &Piece, from: usize) -> bool {
    let text = ctx.text;
    let to = floor_boundary(text, p.para_end.min(p.close_end + WINDOW));
    let tail = &text[p.close_end..to];
    let b = tail.as_bytes();
    let end = sentence_end_in(b).map_or(to, |k| p.close_end + k);
    (from < p.open && has_fragment_cue(ctx, from, p.open))
        || has_fragment_cue(ctx, p.close_end, end)
}

/// The first `.`, `!` or `?` in `b` followed by ASCII white space or the end of `b`.
fn sentence_end_in(b: &[u8]) -> Option<usize> {
    memchr::memchr3_iter(b'.', b'!', b'?', b)
        .find(|&k| b.get(k + 1).is_none_or(|c| c.is_ascii_whitespace()))
}

/// True when `text[a..z]` holds a word (a run of letters and hyphens) that is a fragment cue
/// ([`cues::is_fragment_cue`]) outside quotation marks. The quotation test reads the word's
/// position counting each character between words as one byte (so a word after `“` or `—`
/// is tested a little before its start), as the rule has always done.
fn has_fragment_cue(ctx: &Context, a: usize, z: usize) -> bool {
    let s = &ctx.text[a..z];
    let b = s.as_bytes();
    let in_word = |c: char| c.is_alphabetic() || c == '-';
    let (mut i, mut drift) = (0, 0);
    while i < b.len() {
        let start = i;
        while i < b.len() {
            if b[i] < 0x80 {
                if !WORD_BYTE[b[i] as usize] {
                    break;
                }
                i += 1;
            } else {
                let (c, n) = words::char_at(s, i);
                if !in_word(c) {
                    break;
                }
                i += n;
            }
        }
        if i > start && cues::is_fragment_cue(&s[start..i]) && !ctx.is_quoted(a + start - drift) {
            return true;
        }
        if i < b.len() {
            // The character between words: one byte where the position is counted.
            let n = words::char_at(s, i).1;
            drift += n - 1;
            i += n;
        }
    }
    false
}

/// The ASCII bytes of the words [`has_fragment_cue`] reads: letters and `-`.
static WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphabetic() || b == b'-' as usize;
        b += 1;
    }
    t
};

/// A short quoted span that names or glosses rather than reports: right after "called",
/// "dubbed", "known as", "Latin for", or a single word between a determiner and a noun
/// (`a "standstill" agreement`, `the "put" option`).
fn gloss_or_term(text: &str, p: &Piece, before: &[Word]) -> bool {
    let n = before.len();
    let word = |k: usize| before.get(k).filter(|w| w.is_word()).map(|w| w.text(text));
    let Some(last) = n.checked_sub(1).and_then(word) else {
        return false;
    };
    let prev = n.checked_sub(2).and_then(word);
    if cues::is_gloss(last)
        || (last.eq_ignore_ascii_case("as") && prev.is_some_and(cues::is_gloss))
        || (last.eq_ignore_ascii_case("for") && prev.is_some_and(cues::is_gloss_for))
    {
        return true;
    }
    // A term follows a determiner or a quoted term and "and"/"or" (tested first: the other
    // tests read more).
    let after_quoted_term = matches!(last, "and" | "or")
        && n >= 2
        && before[n - 2]
            .punct
            .is_some_and(|c| matches!(c, '"' | '\u{201d}' | '\'' | '\u{2019}'));
    if !(cues::is_determiner(last) || after_quoted_term) {
        return false;
    }
    // One or two lower-case words naming a thing: `a "poison pill" plan`, `the "put" and
    // "call" options` (the second term after a quoted first one).
    let inner = text[p.start..p.end].trim();
    let n_words = inner.split_whitespace().count();
    // An evaluative adjective is someone's judgement, not a term (`an "interesting"
    // challenge`, `a "disastrous" year`).
    let adjective = n_words == 1 && {
        let w = inner.to_ascii_lowercase();
        w.len() > 6
            && [
                "ing", "ous", "ful", "ive", "ible", "able", "ent", "ant", "ical", "less", "est",
            ]
            .iter()
            .any(|suf| w.ends_with(suf))
    };
    let term_like = (n_words == 1 && !adjective)
        || (n_words == 2
            && inner
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-')));
    // A content word follows ("plan", "options"), not a function word ("a "green light" to
    // the plan", "the "principal focus" of his attention").
    let next = text[p.close_end..]
        .strip_prefix(' ')
        .and_then(|t| t.split(|c: char| !c.is_alphanumeric() && c != '-').next())
        .unwrap_or("");
    let coordinated = matches!(next, "and" | "or")
        && text[p.close_end..]
            .trim_start()
            .get(next.len()..)
            .is_some_and(|t| {
                t.trim_start()
                    .starts_with(['"', '\u{201c}', '\'', '\u{2018}'])
            });
    let noun_follows = coordinated
        || (next.chars().next().is_some_and(char::is_lowercase)
            && !cues::is_preposition(next)
            && !cues::is_determiner(next)
            && !matches!(
                next,
                "as" | "and"
                    | "or"
                    | "but"
                    | "than"
                    | "that"
                    | "which"
                    | "is"
                    | "was"
                    | "over"
                    | "under"
                    | "into"
                    | "after"
                    | "before"
                    | "against"
                    | "between"
                    | "among"
                    | "across"
                    | "through"
                    | "within"
                    | "without"
                    | "during"
                    | "until"
                    | "towards"
                    | "toward"
                    | "upon"
                    | "amid"
                    | "despite"
                    | "if"
                    | "when"
                    | "because"
            ));
    term_like && noun_follows
}

/// True when `s` holds a `.`, `!` or `?`: `s.contains(['.', '!', '?'])`, searched as bytes
/// (the three are ASCII).
fn has_terminator(s: &str) -> bool {
    memchr::memchr3(b'.', b'!', b'?', s.as_bytes()).is_some()
}

/// British style puts the comma outside the marks: `'We are ready', he said.`
fn ends_with_comma_outside(after: &[Word]) -> bool {
    after.first().is_some_and(|w| w.is(','))
}

/// True for a quoted title or name: every word capitalised or a small function word.
fn title_like(inner: &str) -> bool {
    let mut n = 0;
    for w in inner.split_whitespace() {
        n += 1;
        let small = matches!(
            w,
            "of" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "to" | "at" | "with" | "&"
        );
        if !small
            && !w
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        {
            return false;
        }
    }
    n >= 1
}

/// Gives unattributed quotations the speaker they continue: the other part of a split
/// quotation, the previous paragraphs of a running quotation, or the attributed quotation
/// just before (same or previous paragraph) when no other person is named in between.
fn share_attributions(ctx: &Context, pieces: &[Piece], kept: &mut [Option<Found>]) {
    // Running quotations over paragraphs: one attribution for the whole chain. Links point
    // backwards, so one pass finds each piece's chain head and the first attribution in it.
    if pieces.iter().any(|p| p.continues.is_some()) {
        let mut head: Vec<usize> = (0..pieces.len()).collect();
        let mut shared: Vec<Option<Attribution>> = vec![None; pieces.len()];
        for i in 0..pieces.len() {
            if let Some(prev) = pieces[i].continues {
                head[i] = head[prev];
            }
            let h = head[i];
            if shared[h].is_none() {
                shared[h] = kept[i].as_ref().and_then(|f| f.attribution.clone());
            }
        }
        for i in 0..pieces.len() {
            if let Some(f) = kept[i].as_mut() {
                if f.attribution.is_none() {
                    f.attribution = shared[head[i]].clone();
                }
            }
        }
    }
    // Split quotations and follow-on quotations.
    let mut last: Option<usize> = None;
    for i in 0..pieces.len() {
        if kept[i].is_none() {
            continue;
        }
        // A fragment with a verb of its own inherits only from an earlier fragment of its
        // sentence (`said "our country" was being "stolen from us"`).
        let same_sentence = || {
            last.is_some_and(|j| {
                pieces[j].para_start == pieces[i].para_start
                    && !has_terminator(&ctx.text[pieces[j].close_end..pieces[i].open])
            })
        };
        if kept[i]
            .as_ref()
            .is_some_and(|f| f.attribution.is_none() && (!f.own_clause || same_sentence()))
        {
            let inherited = match last {
                Some(j) if follows(ctx, pieces, j, i, kept[j].as_ref()) => {
                    kept[j].as_ref().and_then(|f| f.attribution.clone())
                }
                _ => reported_speech_before(ctx, &pieces[i], last.map(|j| &pieces[j]))
                    .or_else(|| introduced_before(ctx, &pieces[i], last.map(|j| &pieces[j]))),
            };
            if let Some(f) = kept[i].as_mut() {
                f.attribution = inherited;
            }
        }
        last = Some(i);
    }
}

/// A quotation opening a paragraph with no cue of its own, after a paragraph that ends in
/// reported speech ("Mr Gates said that a lot of work had been done.") and holds no quotation
/// of its own: the speaker of that reported speech, when no other person is named after it.
fn reported_speech_before(ctx: &Context, p: &Piece, last: Option<&Piece>) -> Option<Attribution> {
    let text = ctx.text;
    if !text[p.para_start..p.open].trim().is_empty() || p.para_start < 2 {
        return None;
    }
    // The previous non-empty paragraph.
    let prev_end = text[..p.para_start].trim_end().len();
    let prev_start = text[..prev_end].rfind('\n').map_or(0, |k| k + 1);
    if prev_end <= prev_start || last.is_some_and(|q| q.close_end > prev_start) {
        return None;
    }
    let from = words::sentence_start(
        text,
        prev_start.max(floor_boundary(text, prev_end.saturating_sub(WINDOW))),
        text[..prev_end].trim_end_matches(['.', '!', '?']).len(),
    );
    let from = ceil_boundary(text, from);
    let mut buf = Vec::new();
    words::lex(text, from, prev_end, false, usize::MAX, &mut buf);
    let a = speaker::before(ctx, &buf, buf.len())?;
    let name = a.speaker.name.as_deref()?;
    let other = ctx.other_person_between(a.cue.1, p.open, Some(name));
    (!other).then_some(a)
}

/// A quotation opening a sentence with no cue anywhere, right after a sentence that holds no
/// quotation and names exactly one person ("... done by research director Dr Ana Sibb.
/// "We are trying to fool your ears."", "Nwosu shrugs. "People said the same.""): that
/// person, the one the text has just introduced. The attribution has no cue (an empty span).
fn introduced_before(ctx: &Context, p: &Piece, last: Option<&Piece>) -> Option<Attribution> {
    let text = ctx.text;
    let head = text[p.para_start..p.open].trim_end();
    let para_opening = head.is_empty();
    if !para_opening && !head.ends_with(['.', '!', '?']) {
        return None;
    }
    // The sentence before: in this paragraph, or ending the previous one.
    let se = if para_opening {
        text[..p.para_start].trim_end().len()
    } else {
        p.para_start + head.len()
    };
    if se == 0 || !text[..se].ends_with(['.', '!', '?']) {
        return None;
    }
    let para_lo = text[..se].rfind('\n').map_or(0, |k| k + 1);
    let lo = ceil_boundary(text, para_lo.max(se.saturating_sub(WINDOW)));
    let ss = words::sentence_start(text, lo, se - 1);
    if last.is_some_and(|q| q.close_end > ss) {
        return None; // a quotation in or after that sentence
    }
    let mut persons = ctx
        .persons_between(ss, se)
        .filter(|x| speaker::names_someone(x));
    let first = persons.next()?;
    let name = speaker::canonical_person_name(ctx, first);
    if ctx.other_person_between(ss, se, Some(&name)) {
        return None;
    }
    // The person opens the sentence (its subject) or closes it (the one just introduced);
    // an object in mid-sentence ("appointed Tom Burns as caretaker for ...") is not enough.
    let lead: Vec<&str> = text[ss..first.start].split_whitespace().collect();
    let opens = lead.len() <= 4
        && lead.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(char::is_uppercase) || cues::is_descriptor(w)
        });
    let closes = text[first.end..se]
        .trim_end_matches(['.', '!', '?'])
        .trim()
        .is_empty();
    if !(opens || closes) {
        return None;
    }
    Some(Attribution {
        speaker: speaker::Speaker {
            name: Some(name),
            span: Some((first.start, first.end)),
        },
        cue: (p.open, p.open),
    })
}

/// True when quotation `i` continues the speaker of quotation `j` before it.
fn follows(ctx: &Context, pieces: &[Piece], j: usize, i: usize, prev: Option<&Found>) -> bool {
    let Some(prev) = prev else { return false };
    let Some(a) = prev.attribution.as_ref() else {
        return false;
    };
    if a.speaker.name.is_none() {
        return false;
    }
    let (pj, pi) = (&pieces[j], &pieces[i]);
    if i == j + 1 && prev.after_clause_reaches_next {
        return true; // “First part,” he said, “second part.”
    }
    let text = ctx.text;
    let same_para = pj.para_start == pi.para_start;
    let previous_para = !same_para
        && text[pj.para_end..pi.para_start].trim().is_empty()
        && text[pi.para_start..pi.open].trim().is_empty();
    if !(same_para || previous_para) {
        return false;
    }
    // No other person named between the two (outside quotations).
    !ctx.other_person_between(pj.close_end, pi.open, a.speaker.name.as_deref())
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests;
