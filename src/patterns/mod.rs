//! Candidate mentions: dictionary matches and the pattern rules for what no list holds.
//!
//! Each rule reads the [word view](words) of the text and proposes [`Candidate`]s; the
//! [resolver](crate::resolve) then keeps one mention per span. The rules:
//!
//! - [`gazetteer_candidates`]: dictionary surface forms at word starts, a model family
//!   extended by its version ("Llama 3.1 405B"), a company name by its legal designator
//!   ("Microsoft Corp.");
//! - `person`: capitalised name sequences anchored by a title or role ("CEO Sundar Pichai",
//!   "Dr. Amara Okafor"), a known first name, or a speech/move verb ("..., Okafor said");
//! - `company`: capitalised sequences ending in a designator ("Zentrix Labs Inc."), or with a
//!   cue ("startup X", "shares of X", "X's chief executive", "X, a Lagos-based company",
//!   "X (NASDAQ: XYZ)");
//! - `evidence`: ambiguous dictionary names ("Apple", "Bard", "Meta") need a cue or an
//!   unambiguous mention elsewhere in the article.

pub(crate) mod company;
pub(crate) mod evidence;
pub(crate) mod layout;
pub(crate) mod lexicon;
pub(crate) mod model;
pub(crate) mod org;
pub(crate) mod person;
pub(crate) mod words;

use std::cell::Cell;

use crate::document::{EntitySource, EntityType};
use crate::gazetteer::Gazetteer;

use words::{HEAD_CAPS, HEAD_TITLE, INNER, LOWER, SKIP, Word};

/// The canonical name of a candidate: a dictionary entry or a text built by a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Canon {
    /// Entry number in the gazetteer.
    Entry(u32),
    /// A name built from the text.
    Text(String),
}

/// A proposed mention.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub canon: Canon,
    pub source: EntitySource,
    /// Needs evidence before it can be kept.
    pub ambiguous: bool,
    /// Has a cue of its own (designator, version, ticker, ...).
    pub evidence: bool,
    /// The dictionary entry behind it, also when the canonical name was extended.
    pub entry: Option<u32>,
    /// First and last word (indices into the word view).
    pub first: usize,
    pub last: usize,
}

/// What every rule reads.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub words: &'a [Word],
    /// Class bits ([`lexicon`]) of each word that is not plain lower case.
    pub info: &'a [Cell<u32>],
    pub gaz: &'a Gazetteer,
    pub tickers: &'a [(usize, usize)],
    /// Indices of the words that do not start with a lower-case letter ([`WordIndex`]), the
    /// only words a name can start at; loops over name starts walk these.
    pub caps: &'a [u32],
    /// Indices of the words that are not plain lower case, and of the word "plc" (the one
    /// lower-case designator): the only words a dictionary name (when no entry is `nocase`)
    /// or a designator can be.
    pub heads: &'a [u32],
}

/// Per-word facts the rules share, built in one pass over the words.
pub(crate) struct WordIndex {
    /// Class bits of every word that is not plain lower case; the others are looked up on
    /// demand ([`Ctx::bits`], which reads them as cells: `Cell::from_mut(..).as_slice_of_cells()`).
    pub info: Vec<u32>,
    /// Indices of the words that do not start with a lower-case letter (capitalised, all
    /// caps, digits, other scripts), in order.
    pub caps: Vec<u32>,
    /// See [`Ctx::heads`].
    pub heads: Vec<u32>,
}

/// True when word `w` is plain lower case: its classes are computed when asked for.
fn plain_lower(w: &Word) -> bool {
    w.has(LOWER) && !w.has(INNER)
}

/// Marks class bits not looked up yet (plain lower-case words are looked up when asked for).
const UNKNOWN: u32 = 1 << 31;

/// The [`WordIndex`] of `words`.
pub(crate) fn index_words(text: &str, words: &[Word], gaz: &Gazetteer) -> WordIndex {
    let n = words.len();
    // Whether a word is capitalised follows no pattern a branch predictor could learn, so
    // this pass has no branch on it: every word is written to both lists, and a list grows
    // only when the word belongs to it (a list is never longer than the words before it, so
    // `min(i)` changes nothing and spares the bounds checks).
    let mut info = crate::reuse::u32s(n, 0);
    let mut caps = crate::reuse::u32s(n, 0);
    let mut heads = crate::reuse::u32s(n, 0);
    let (mut n_caps, mut n_heads) = (0, 0);
    {
        let (info, caps, heads) = (&mut info[..n], &mut caps[..n], &mut heads[..n]);
        for (i, w) in words.iter().enumerate() {
            let lower = plain_lower(w);
            info[i] = u32::from(lower) * UNKNOWN;
            heads[n_heads.min(i)] = i as u32;
            n_heads += usize::from(!lower);
            caps[n_caps.min(i)] = i as u32;
            n_caps += usize::from(!w.has(LOWER));
        }
    }
    caps.truncate(n_caps);
    heads.truncate(n_heads);
    add_plc(text, words, &mut heads);
    MEMO.with_borrow_mut(|memo| {
        memo.start(gaz);
        for &h in &heads {
            let w = &words[h as usize];
            // Every head but "plc" is looked up now.
            if !plain_lower(w) {
                let bits = memo.classify(gaz, text, w.start, w.end, !w.has(words::JOINED));
                info[h as usize] = bits;
            }
        }
    });
    WordIndex { info, caps, heads }
}

impl WordIndex {
    /// Gives the lists back to this thread's spare buffers.
    pub fn recycle(self) {
        crate::reuse::keep_u32s(self.info);
        crate::reuse::keep_u32s(self.caps);
        crate::reuse::keep_u32s(self.heads);
    }
}

/// Adds to the ascending `heads` the plain lower-case words "plc" (found by a search of the
/// text, as they are rare).
fn add_plc(text: &str, words: &[Word], heads: &mut Vec<u32>) {
    for at in memchr::memmem::find_iter(text.as_bytes(), b"plc") {
        let Ok(i) = words.binary_search_by_key(&at, |w| w.start) else {
            continue;
        };
        let w = &words[i];
        if w.end == at + 3 && plain_lower(w) {
            let k = heads.partition_point(|&h| (h as usize) < i);
            heads.insert(k, i as u32);
        }
    }
}

/// Words a [`ClassMemo`] holds before it is emptied at the start of a document.
const MEMO_WORDS: usize = 4096;

/// Class bits of capitalised words by their text, kept per thread across documents for one
/// gazetteer ([`Gazetteer::id`]): "The", "Mr", "BBC" and names repeat, and a repeat costs a
/// hash look-up of the packed word instead of [`lexicon::classify_run`]'s look-ups.
/// `classify_run` depends on its arguments only and a gazetteer never changes, so the bits
/// are the same. Emptied for another gazetteer or when it holds [`MEMO_WORDS`] words.
#[derive(Default)]
struct ClassMemo {
    /// The word's bytes packed by [`pack16`] (at most 15 bytes, so the last of the 16 is
    /// free) with its length and whether it is one alphanumeric run in that last byte ->
    /// class bits. Two integers keep an entry at 24 bytes, the table denser in the cache.
    bits: rustc_hash::FxHashMap<(u64, u64), u32>,
    /// The gazetteer the bits are for.
    gaz: u64,
}

thread_local! {
    static MEMO: std::cell::RefCell<ClassMemo> = std::cell::RefCell::new(ClassMemo::default());
}

impl ClassMemo {
    /// Makes the memo ready for a document classified with `gaz`.
    fn start(&mut self, gaz: &Gazetteer) {
        if self.gaz != gaz.id() || self.bits.len() >= MEMO_WORDS {
            self.bits.clear();
            self.gaz = gaz.id();
        }
    }

    /// `lexicon::classify_run(gaz, &text[start..end], one_run)`, remembered.
    #[inline]
    fn classify(
        &mut self,
        gaz: &Gazetteer,
        text: &str,
        start: usize,
        end: usize,
        one_run: bool,
    ) -> u32 {
        let word = &text[start..end];
        let n = end - start;
        let packed = if n < 16 {
            pack16(text.as_bytes(), start, end)
        } else {
            None
        };
        let Some((lo, hi)) = packed else {
            return lexicon::classify_run(gaz, word, one_run);
        };
        // Byte 15 of a word shorter than 16 bytes is zero-padding: the tag goes there.
        let tag = (n as u64 | if one_run { 0x80 } else { 0 }) << 56;
        *self
            .bits
            .entry((lo, hi | tag))
            .or_insert_with(|| lexicon::classify_run(gaz, word, one_run))
    }
}

/// The bytes `start..end` (at most 16) packed little-endian into two integers, zero-padded;
/// `None` for a longer word.
#[inline]
fn pack16(bytes: &[u8], start: usize, end: usize) -> Option<(u64, u64)> {
    let n = end - start;
    if n > 16 {
        return None;
    }
    let keep = |x: u64, k: usize| {
        if k >= 8 {
            x
        } else {
            x & ((1u64 << (8 * k)) - 1)
        }
    };
    if let Some(chunk) = bytes.get(start..start + 16) {
        let lo = u64::from_le_bytes(chunk[..8].try_into().ok()?);
        let hi = u64::from_le_bytes(chunk[8..].try_into().ok()?);
        return Some((keep(lo, n), if n > 8 { keep(hi, n - 8) } else { 0 }));
    }
    // Near the end of the text: through a zeroed buffer.
    let mut buf = [0u8; 16];
    buf[..n].copy_from_slice(&bytes[start..end]);
    let lo = u64::from_le_bytes(buf[..8].try_into().ok()?);
    let hi = u64::from_le_bytes(buf[8..].try_into().ok()?);
    Some((lo, hi))
}

/// The first index at or after `i` in the ascending `list`, moving the cursor `c` (kept by
/// the caller between calls with growing `i`) past the smaller ones.
#[inline]
fn next_listed(list: &[u32], i: usize, c: &mut usize) -> Option<usize> {
    while let Some(&k) = list.get(*c) {
        if k as usize >= i {
            return Some(k as usize);
        }
        *c += 1;
    }
    None
}

impl Ctx<'_> {
    /// The first word at or after `i` that does not start with a lower-case letter (the word
    /// count when none). `c` is a cursor into [`Ctx::caps`], kept by the caller between calls
    /// with growing `i`.
    #[inline]
    pub fn next_cap(&self, i: usize, c: &mut usize) -> usize {
        next_listed(self.caps, i, c).unwrap_or(self.words.len())
    }

    /// The first word at or after `i` in [`Ctx::heads`] (the word count when none). `c` is
    /// a cursor into it, kept by the caller between calls with growing `i`.
    #[inline]
    pub fn next_head(&self, i: usize, c: &mut usize) -> usize {
        next_listed(self.heads, i, c).unwrap_or(self.words.len())
    }

    /// Class bits of word `i`.
    #[inline(always)]
    pub fn bits(&self, i: usize) -> u32 {
        let v = self.info[i].get();
        if v & UNKNOWN == 0 {
            return v;
        }
        self.lower_bits(i)
    }

    /// [`Ctx::bits`] of a plain lower-case word not looked up yet.
    #[cold]
    #[inline(never)]
    fn lower_bits(&self, i: usize) -> u32 {
        // Already lower case: one look-up in the lower-case table, kept for next time.
        let bits = self.gaz.lower_bits(self.words[i].text(self.text));
        self.info[i].set(bits);
        bits
    }

    /// True when word `i` has any of the class bits `bit`.
    #[inline]
    pub fn is(&self, i: usize, bit: u32) -> bool {
        self.bits(i) & bit != 0
    }

    /// True when word `i` is a common word and no known name.
    pub fn common_not_name(&self, i: usize) -> bool {
        let b = self.bits(i);
        b & lexicon::COMMON != 0 && b & (lexicon::FIRST | lexicon::SURNAME) == 0
    }

    /// Text of word `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        self.words[i].text(self.text)
    }

    /// Index of the first word that starts at or after byte `pos`.
    pub fn word_from(&self, pos: usize) -> usize {
        self.words.partition_point(|w| w.start < pos)
    }

    /// The text between the end of word `a` (possessive included) and the start of word `b`.
    #[inline]
    pub fn gap(&self, a: usize, b: usize) -> &str {
        let (x, y) = (self.words[a].full_end(), self.words[b].start);
        if x <= y { &self.text[x..y] } else { "" }
    }

    /// True when words `a` and `a + 1` are separated by spaces only.
    #[inline]
    pub fn spaced(&self, a: usize) -> bool {
        a + 1 < self.words.len()
            && words::spaced(self.text, self.words[a].full_end(), self.words[a + 1].start)
    }

    /// True when a ticker span starts right after byte `end` (spaces between).
    pub fn ticker_after(&self, end: usize) -> bool {
        let i = self.tickers.partition_point(|t| t.0 < end);
        self.tickers
            .get(i)
            .is_some_and(|t| self.text[end..t.0].bytes().all(|b| b == b' '))
    }

    /// The canonical text of a candidate.
    pub fn canonical<'c>(&'c self, c: &'c Candidate) -> &'c str {
        match &c.canon {
            Canon::Entry(id) => &self.gaz.entry(*id).canonical,
            Canon::Text(s) => s,
        }
    }

    /// The words at most `n` before word `first` and `n` after word `last` that are in the
    /// same sentence, as a half-open index range (bounded work even in a huge sentence).
    pub fn window(&self, first: usize, last: usize, n: usize) -> (usize, usize) {
        let s = self.words[first].sentence;
        let mut lo = first;
        while lo > 0 && first - lo < n && self.words[lo - 1].sentence == s {
            lo -= 1;
        }
        let mut hi = last + 1;
        while hi < self.words.len() && hi - last <= n && self.words[hi].sentence == s {
            hi += 1;
        }
        (lo, hi)
    }

    /// The text from word `a` to word `b` (inclusive) with runs of white space collapsed.
    pub fn name_text(&self, a: usize, b: usize) -> String {
        let raw = &self.text[self.words[a].start..self.words[b].end];
        let mut out = String::with_capacity(raw.len());
        for (i, part) in raw.split_whitespace().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(part);
        }
        out
    }
}

/// Dictionary matches at word starts, longest first, never overlapping each other.
pub(crate) fn gazetteer_candidates(ctx: &Ctx, out: &mut Vec<Candidate>) {
    let (text, words, gaz) = (ctx.text, ctx.words, ctx.gaz);
    // Without `nocase` entries a plain lower-case word starts no surface form: only the
    // heads are visited.
    let every_word = gaz.any_nocase();
    let mut head = 0;
    let mut i = 0;
    while i < words.len() {
        if !every_word {
            i = ctx.next_head(i, &mut head);
            if i >= words.len() {
                break;
            }
        }
        let w = words[i];
        let eligible = w.flags & (SKIP | HEAD_CAPS) == 0
            && if plain_lower(&w) {
                gaz.nocase_start(text.as_bytes()[w.start])
                    && gaz.starts_surface(if w.has(words::JOINED) {
                        crate::gazetteer::first_run(w.text(text))
                    } else {
                        w.text(text)
                    })
            } else {
                ctx.bits(i) & lexicon::GAZ_START != 0
            };
        let Some(m) = eligible.then(|| gaz.longest_at(text, w.start)).flatten() else {
            i += 1;
            continue;
        };
        let ids = gaz.entries_of(m.pattern);
        let Some(&id) = ids
            .iter()
            .rev()
            .find(|&&e| !gaz.entry(e).flags.ambiguous)
            .or(ids.last())
        else {
            i += 1;
            continue;
        };
        let entry = gaz.entry(id);
        // "Mr Shimizu", "Dr Fox": after a title a one-word name is a person's.
        if entry.kind != EntityType::Person && i > 0 && !text[w.start..m.end].contains(' ') {
            let gap = ctx.gap(i - 1, i);
            if (gap == " " || gap == ". ") && ctx.is(i - 1, lexicon::TITLE) {
                i += 1;
                continue;
            }
        }
        let mut end = m.end;
        let mut canon = Canon::Entry(id);
        let mut evidence = false;
        let mut first = i;
        // "the US Congress": a country code before a public body is part of its name.
        if entry.kind == EntityType::Org
            && i > 0
            && matches!(ctx.word(i - 1), "US" | "UK")
            && ctx.gap(i - 1, i) == " "
            && !words[i - 1].has(words::POSS)
            && words[i - 1].in_prose()
            && !entry.canonical.starts_with(ctx.word(i - 1))
        {
            first = i - 1;
            canon = Canon::Text(format!("{} {}", ctx.word(i - 1), entry.canonical));
        }
        match entry.kind {
            EntityType::Model => {
                let versioned = entry.canonical.ends_with(|c: char| c.is_ascii_digit());
                if let Some((e, tail)) = model::tail(text, end, versioned) {
                    canon = Canon::Text(format!("{}{}", entry.canonical, tail));
                    end = e;
                    evidence = true;
                }
            }
            EntityType::Company => {
                // "Roy Disney", "Sebastien Sainsbury": a one-word company name after a known
                // first name is that person's surname.
                if i > 0
                    && !text[w.start..m.end].contains(' ')
                    && ctx.spaced(i - 1)
                    && words[i - 1].in_prose()
                    && words[i - 1].is_name_like()
                    && !words[i - 1].has(words::POSS)
                    && ctx.bits(i - 1) & (lexicon::FIRST | lexicon::FIRST_AMBIGUOUS | lexicon::STOP)
                        == lexicon::FIRST
                    && !(words[i - 1].has(words::SENT_START) && ctx.common_not_name(i - 1))
                {
                    i += 1;
                    continue;
                }
                if let Some(e) = company::legal_tail(ctx, end) {
                    end = e;
                    evidence = true;
                } else if let Some(e) = unit_tail(ctx, end) {
                    // "Fiat Auto", "Verizon Communications": the name of the unit as written.
                    canon = Canon::Text(format!("{} {}", entry.canonical, &text[m.end..e].trim()));
                    end = e;
                    evidence = true;
                }
            }
            EntityType::Person | EntityType::Org => {}
        }
        let last = ctx.word_from(end).saturating_sub(1).max(i);
        // "Mistral's chief executive": a model named like its maker, followed by a business
        // noun, is the maker ("Mistral AI").
        let maker_named = entry.kind == EntityType::Model
            && words[last].has(words::POSS)
            && last + 1 < words.len()
            && ctx.is(last + 1, lexicon::POSSESSED)
            && entry
                .flags
                .maker
                .as_deref()
                .is_some_and(|m| m != entry.canonical && m.starts_with(&text[w.start..end]));
        if maker_named {
            let maker = entry.flags.maker.clone().unwrap_or_default();
            out.push(Candidate {
                start: w.start,
                end,
                kind: EntityType::Company,
                canon: Canon::Text(maker),
                source: EntitySource::Gazetteer,
                ambiguous: false,
                evidence: true,
                entry: None,
                first: i,
                last,
            });
            i = last + 1;
            continue;
        }
        out.push(Candidate {
            start: words[first].start,
            end,
            kind: entry.kind,
            canon,
            source: EntitySource::Gazetteer,
            ambiguous: entry.flags.ambiguous,
            evidence,
            entry: Some(id),
            first,
            last,
        });
        i = last + 1;
    }
}

/// Words after a dictionary company that name one of its units or its full name ("Fiat
/// Auto", "Verizon Communications", "Vodafone KK", "Fox TV"), sorted.
const UNIT_WORDS: &[&str] = &[
    "Airlines",
    "Auto",
    "Communications",
    "Electric",
    "Electronics",
    "Investments",
    "KK",
    "Securities",
    "TV",
    "Television",
];

/// The end of a unit word right after a company name ending at byte `end`, when no
/// further capitalised word follows.
fn unit_tail(ctx: &Ctx, end: usize) -> Option<usize> {
    let k = ctx.word_from(end);
    if k >= ctx.words.len() || ctx.text.get(end..ctx.words[k].start) != Some(" ") {
        return None;
    }
    if !ctx.words[k].in_prose() || UNIT_WORDS.binary_search(&ctx.word(k)).is_err() {
        return None;
    }
    let more = k + 1 < ctx.words.len()
        && ctx.spaced(k)
        && !ctx.words[k].has(words::POSS)
        && ctx.words[k + 1].has(words::CAP)
        && ctx.words[k + 1].in_prose()
        && !ctx.is(k + 1, lexicon::STOP);
    (!more).then_some(ctx.words[k].end)
}

/// For each word, true when an unambiguous (or already evidenced) COMPANY or MODEL
/// candidate covers it: person rules do not start or run there.
pub(crate) fn taken_words(words: &[Word], cands: &[Candidate]) -> Vec<bool> {
    let mut taken = crate::reuse::falses(words.len());
    for c in cands {
        if c.kind != EntityType::Person && (!c.ambiguous || c.evidence) {
            for t in &mut taken[c.first..=c.last] {
                *t = true;
            }
        }
    }
    taken
}

/// True when word `i` may be part of a name in running text.
#[inline]
pub(crate) fn name_word(ctx: &Ctx, i: usize) -> bool {
    let w = &ctx.words[i];
    if !w.in_prose() || !w.is_name_like() || ctx.is(i, lexicon::STOP) {
        return false;
    }
    !(w.has(HEAD_TITLE) || w.has(words::HYPHEN) && lower_compound(w.text(ctx.text)))
}

/// "Oxford-based", "Meta-owned": a capitalised word joined to a lower-case one.
pub(crate) fn lower_compound(t: &str) -> bool {
    t.contains(['-', '‐'])
        && t.split(['-', '‐'])
            .skip(1)
            .any(|p| p.chars().next().is_some_and(char::is_lowercase))
}

/// Runs `f` on the rule context of `text` (one sentence) as `find_entities` builds it, for
/// tests that compare a fast path of a rule with its general form.
#[cfg(test)]
pub(crate) fn with_ctx<R>(text: &str, gaz: &Gazetteer, f: impl FnOnce(&Ctx) -> R) -> R {
    let sentences = [crate::document::Sentence {
        start: 0,
        end: text.len(),
    }];
    let mut ws = words::scan(text, &sentences);
    let tickers = layout::mark(text, &mut ws);
    let mut index = index_words(text, &ws, gaz);
    let info = Cell::from_mut(&mut index.info[..]).as_slice_of_cells();
    f(&Ctx {
        text,
        words: &ws,
        info,
        gaz,
        tickers: &tickers,
        caps: &index.caps,
        heads: &index.heads,
    })
}

#[cfg(test)]
mod sorted_lists {
    #[test]
    fn binary_searched_lists_are_sorted() {
        let l = super::UNIT_WORDS;
        assert!(l.windows(2).all(|w| w[0] < w[1]), "{l:?}");
    }
}

#[cfg(test)]
mod memo_tests {
    use super::*;

    /// The memo gives `classify_run`'s bits for every capitalised word, repeated or not,
    /// long, non-ASCII, at the very end of the text, and for two gazetteers in turn.
    #[test]
    fn memo_agrees_with_classify_run() {
        let text = "Mr Smith met The BBC and Smith. GPT-4o, O'Neil, Zürich, Ünïcödé, \
                    Internationalisation Committee, BBC's Mr MR mr Dr. Jean-Luc Apple \
                    AppleX Appl Ap A B Smith-Jones ABCDEFGHIJKLMNO ABCDEFGHIJKLMNOP \
                    ABCDEFGHIJKLMNOPQ Smith Smith-Jones ABCDEFGHIJKLMNO-P Ap";
        let builtin = Gazetteer::builtin();
        let mut b = Gazetteer::builder();
        b.load_tsv("COMPANY\tSmith Co\n", "t").unwrap();
        let small = b.build();
        for gaz in [&builtin, &small, &builtin, &small] {
            for round in 0..2 {
                let sents = [crate::document::Sentence {
                    start: 0,
                    end: text.len(),
                }];
                let ws = words::scan(text, &sents);
                let index = index_words(text, &ws, gaz);
                for (i, w) in ws.iter().enumerate() {
                    if plain_lower(w) {
                        continue;
                    }
                    let want = lexicon::classify_run(gaz, w.text(text), !w.has(words::JOINED));
                    assert_eq!(index.info[i], want, "{} round {round}", w.text(text));
                }
            }
        }
    }

    /// The branch-free pass gives the lists and bits of their definitions: heads are the
    /// words that are not plain lower case and the words "plc", caps the words that do not
    /// start lower case, and only plain lower-case words are left to look up later.
    #[test]
    fn index_matches_definitions() {
        let gaz = Gazetteer::builtin();
        for text in [
            "Acme plc said plc. Plc PLC plcs xplc plc's Zentrix plc plcplc plc",
            "plc",
            "",
            "all lower case words here",
            "Every Word Capitalised Here",
            "iPhone maker Apple and eBay, 3M and x-ray plc-style Ünïcödé émile",
        ] {
            let sents = [crate::document::Sentence {
                start: 0,
                end: text.len(),
            }];
            let ws = words::scan(text, &sents);
            let index = index_words(text, &ws, &gaz);
            let want_heads: Vec<u32> = (0..ws.len() as u32)
                .filter(|&i| {
                    let w = &ws[i as usize];
                    !plain_lower(w) || w.text(text) == "plc"
                })
                .collect();
            let want_caps: Vec<u32> = (0..ws.len() as u32)
                .filter(|&i| !ws[i as usize].has(LOWER))
                .collect();
            assert_eq!(index.heads, want_heads, "{text}");
            assert_eq!(index.caps, want_caps, "{text}");
            for (i, w) in ws.iter().enumerate() {
                let want = if plain_lower(w) {
                    UNKNOWN
                } else {
                    lexicon::classify_run(&gaz, w.text(text), !w.has(words::JOINED))
                };
                assert_eq!(index.info[i], want, "{} in {text}", w.text(text));
            }
        }
    }

    #[test]
    fn pack16_pads_with_zeros() {
        let t = b"abcdefghijklmnopqrstuvwxyz";
        for s in 0..t.len() {
            for e in s + 1..=t.len() {
                let got = pack16(t, s, e);
                if e - s > 16 {
                    assert_eq!(got, None);
                    continue;
                }
                let mut buf = [0u8; 16];
                buf[..e - s].copy_from_slice(&t[s..e]);
                let lo = u64::from_le_bytes(buf[..8].try_into().unwrap());
                let hi = u64::from_le_bytes(buf[8..].try_into().unwrap());
                assert_eq!(got, Some((lo, hi)), "{s}..{e}");
            }
        }
    }
}
