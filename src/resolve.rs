//! Resolution: one mention per span, canonical names, short forms.
//!
//! 1. **Overlaps**: candidates are taken longest first, a dictionary match before a pattern
//!    match of the same span, and a candidate that overlaps one already taken is dropped.
//! 2. **Canonical names**: a dictionary mention takes its entry's canonical name ("Meta
//!    Platforms" and "Meta’s" -> "Meta"); a pattern mention its own text (without a legal
//!    designator: "Zentrix Labs Inc." -> "Zentrix Labs").
//! 3. **Short forms** (source `coreference`): a surname alone ("Pichai", "Mr. Devlin") takes the
//!    canonical name of the full name mentioned in the article (the nearest one before it when
//!    two people share a surname); the first word of a pattern company ("Zentrix" after
//!    "Zentrix Labs Inc.") its company.
//! 4. **Headlines**: in ALL-CAPS and Title Case lines the names the body establishes are
//!    matched (case-insensitively for ALL CAPS).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHashMap as HashMap;

use crate::document::{Entity, EntitySource, EntityType};
use crate::gazetteer::word_key;
use crate::patterns::lexicon;
use crate::patterns::words::{HEAD_CAPS, HEAD_TITLE, SENT_START, SKIP};
use crate::patterns::{Candidate, Ctx};

/// Keeps one candidate per span: longest first, dictionary before pattern on equal spans.
pub(crate) fn select(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    if cands.iter().all(|c| c.start < c.end) {
        return select_nonempty(cands);
    }
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then((a.source as u8).cmp(&(b.source as u8)))
            .then(a.start.cmp(&b.start))
    });
    let mut out = keep_by_map(cands);
    out.sort_by_key(|c| c.start);
    out
}

/// [`select`] for non-empty spans: the taking order is sorted as small keys (the candidates
/// stay in place), and clashes are checked on the spans taken so far, a short list kept
/// sorted by start (as [`clashes`] checks its map; no map of the whole text). Kept spans
/// never overlap, so their starts differ and the result's order is that of `select`.
fn select_nonempty(cands: Vec<Candidate>) -> Vec<Candidate> {
    // Longest first, dictionary before pattern, earlier first, then the input order (the
    // order a stable sort on the first three keeps).
    let mut order: Vec<(usize, u8, usize, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| (usize::MAX - (c.end - c.start), c.source as u8, c.start, i))
        .collect();
    order.sort_unstable();
    // (start, end) of the spans taken, by start.
    let mut taken: Vec<(usize, usize)> = Vec::with_capacity(cands.len());
    let mut keep = vec![false; cands.len()];
    for &(.., i) in &order {
        let c = &cands[i];
        // Only the last span starting before `c` ends can overlap it; with none, `c` goes
        // right after the spans starting before it.
        let k = taken.partition_point(|t| t.0 < c.end);
        if k == 0 || taken[k - 1].1 <= c.start {
            taken.insert(k, (c.start, c.end));
            keep[i] = true;
        }
    }
    let mut out: Vec<Candidate> = cands
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    // (The starts differ: no order among equal keys to keep.)
    out.sort_unstable_by_key(|c| c.start);
    out
}

/// Takes the candidates in order, dropping one that overlaps one taken before, with an
/// interval map (start -> end) of the spans taken so far; right for empty spans too.
fn keep_by_map(cands: Vec<Candidate>) -> Vec<Candidate> {
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        if !clashes(&taken, &c) {
            taken.insert(c.start, c.end);
            out.push(c);
        }
    }
    out
}

/// True when `c` overlaps a span of `taken` (start -> end, spans never overlapping): only the
/// last span starting before `c` ends can.
fn clashes(taken: &BTreeMap<usize, usize>, c: &Candidate) -> bool {
    taken
        .range(..c.end)
        .next_back()
        .is_some_and(|(_, &end)| end > c.start)
}

/// A name the body establishes, for short forms and headlines.
#[derive(Clone)]
struct Known<'a> {
    kind: EntityType,
    /// Borrowed from the candidates; owned for a name the resolver builds.
    canonical: Cow<'a, str>,
    /// Byte where the full mention starts.
    at: usize,
}

/// A string key that hashes and compares as its ASCII-lower-cased form, so names are matched
/// regardless of ASCII case without building lower-cased copies.
#[derive(Clone, Copy)]
struct NoCase<'a>(&'a str);

impl Hash for NoCase<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        // Eight lower-cased bytes at a time (the last chunk padded with zeros); the length
        // keeps a padded chunk apart from real zero bytes.
        for chunk in self.0.as_bytes().chunks(8) {
            let mut buf = [0u8; 8];
            for (d, s) in buf.iter_mut().zip(chunk) {
                *d = s.to_ascii_lowercase();
            }
            h.write_u64(u64::from_le_bytes(buf));
        }
        h.write_usize(self.0.len());
    }
}

/// Word-suffixes of names (ASCII case aside) -> an entity index, with a mask of the suffix
/// lengths that spares the look-up of a name as long as no suffix.
#[derive(Default)]
struct SuffixMap<'a> {
    map: HashMap<NoCase<'a>, usize>,
    lens: u64,
}

impl<'a> SuffixMap<'a> {
    /// The bit of [`SuffixMap::lens`] for a name of `len` bytes.
    fn len_bit(len: usize) -> u64 {
        1 << len.min(63)
    }

    /// An empty map sized for the word-suffixes of `names` multi-word names (most have one
    /// or two: the size is a hint, not counted word by word).
    fn for_names(names: usize) -> Self {
        SuffixMap {
            map: HashMap::with_capacity_and_hasher(2 * names, Default::default()),
            lens: 0,
        }
    }

    /// The slot of `suffix`, inserting `n` when it has none.
    fn slot(&mut self, suffix: &'a str, n: usize) -> &mut usize {
        self.lens |= Self::len_bit(suffix.len());
        self.map.entry(NoCase(suffix)).or_insert(n)
    }

    fn get(&self, name: &str) -> Option<usize> {
        if self.lens & Self::len_bit(name.len()) == 0 {
            return None;
        }
        self.map.get(&NoCase(name)).copied()
    }

    fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl PartialEq for NoCase<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for NoCase<'_> {}

/// Name lists up to this long are scanned rather than indexed in a [`SuffixMap`].
const SCAN_MAX: usize = 12;

/// True when `q` is a proper word-suffix of `name` (one of [`word_suffixes`]), ASCII case
/// aside.
fn is_word_suffix(name: &str, q: &str) -> bool {
    let (n, q) = (name.as_bytes(), q.as_bytes());
    n.len() >= q.len() + 2
        && n[n.len() - q.len() - 1] == b' '
        && n[n.len() - q.len()..].eq_ignore_ascii_case(q)
}

/// The first of `names` (indices into `out`) whose canonical name ends with the word-suffix
/// `q`: what a [`SuffixMap`] of their suffixes filled in order by `or_insert` answers.
fn first_ending(out: &[Entity], names: &[usize], q: &str) -> Option<usize> {
    names
        .iter()
        .copied()
        .find(|&n| is_word_suffix(&out[n].canonical, q))
}

/// The one of `names` (indices into `out`) with the longest canonical name ending with the
/// word-suffix `q`, the first of equal length: what `longer_org_names`' map answers.
fn longest_ending(out: &[Entity], names: &[usize], q: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    for &n in names {
        if is_word_suffix(&out[n].canonical, q)
            && best.is_none_or(|b| out[b].canonical.len() < out[n].canonical.len())
        {
            best = Some(n);
        }
    }
    best
}

/// Every proper word-suffix of `name` (the text after each space but a leading one).
fn word_suffixes(name: &str) -> impl Iterator<Item = &str> {
    name.match_indices(' ')
        .filter(|&(p, _)| p > 0)
        .map(move |(p, _)| &name[p + 1..])
}

/// Classes that keep the first word of a pattern company from being its short form.
const NO_SHORT_HEAD: u32 =
    lexicon::COMMON | lexicon::STOP | lexicon::MONTH | lexicon::PLACE | lexicon::FIRST;
/// Classes that keep the first word of a full name from being a first-name reference.
const NO_FIRST_REF: u32 = lexicon::COMMON | lexicon::PLACE;

// The single-table look-ups below answer for these classes as `lexicon::classify` does.
const _: () = assert!((NO_SHORT_HEAD | NO_FIRST_REF | lexicon::FIRST) & !lexicon::LOWER_ONLY == 0);
const _: () = assert!(lexicon::SUFFIX & !lexicon::EXACT_ONLY == 0);

/// The lengths and first bytes of a set of words, for a quick "surely not one of them" before
/// a word is hashed and looked up.
#[derive(Clone, Copy, Default)]
struct Shape {
    /// One bit per length (63 for longer words).
    lens: u64,
    /// [`byte_bit`] of every first byte.
    firsts: u128,
}

impl Shape {
    /// Adds `w` to the set.
    fn add(&mut self, w: &str) {
        self.lens |= SuffixMap::len_bit(w.len());
        self.firsts |= w.as_bytes().first().map_or(0, |&b| byte_bit(b));
    }

    /// False when `w` is surely none of the words added (true does not say it is one).
    fn may_hold(&self, w: &str) -> bool {
        self.lens & SuffixMap::len_bit(w.len()) != 0
            && w.as_bytes()
                .first()
                .is_none_or(|&b| self.firsts & byte_bit(b) != 0)
    }

    fn union(self, other: Shape) -> Shape {
        Shape {
            lens: self.lens | other.lens,
            firsts: self.firsts | other.firsts,
        }
    }
}

/// The names the body establishes, that short forms refer to.
struct Refs<'a> {
    /// The [`Shape`] of the surnames and short company names (the keys of both maps).
    shape: Shape,
    /// Surname -> people with that surname, in text order.
    surnames: HashMap<u64, Vec<Known<'a>>>,
    /// Short company names -> company.
    short: HashMap<u64, Known<'a>>,
    /// Multi-word names of the article's pattern companies ("Halden Pacific Freight"): a
    /// person found by a speech verb that is the start of one ("Halden Pacific said") is
    /// that company.
    firms: Vec<&'a str>,
}

/// The people a one-word mention can name: by surname, else by a first name no two people
/// share.
struct People<'r, 'a> {
    surnames: &'r HashMap<u64, Vec<Known<'a>>>,
    firsts: HashMap<u64, Option<&'r Known<'a>>>,
    /// The [`Shape`] of the first names (the keys of `firsts`).
    first_shape: Shape,
    /// [`key_bit`] of every key of both maps: most words are neither, and need no look-up.
    keys: u64,
}

/// One of 64 bits for a [`word_key`] (its top six bits), for a quick "surely not there".
fn key_bit(key: u64) -> u64 {
    1 << (key >> 58)
}

impl<'r, 'a> People<'r, 'a> {
    /// First names of full names, when no two people share one ("Chinedu" -> "Chinedu
    /// Okafor"); a first name that is also a surname key or a common word is left out.
    fn new(ctx: &Ctx, surnames: &'r HashMap<u64, Vec<Known<'a>>>) -> Self {
        let mut firsts: HashMap<u64, Option<&Known>> = HashMap::default();
        let mut first_shape = Shape::default();
        for list in surnames.values() {
            for k in list {
                let first = k.canonical.split(' ').next().unwrap_or("");
                let key = word_key(first);
                // An initial ("J Smith"), a common word or a nationality is no first-name
                // reference.
                if below_two_chars(first.trim_end_matches('.'))
                    || surnames.contains_key(&key)
                    || lexicon::lower_classes_of(ctx.gaz, first) & NO_FIRST_REF != 0
                {
                    continue;
                }
                first_shape.add(first);
                let slot = firsts.entry(key).or_insert(Some(k));
                if slot.is_some_and(|s| s.canonical != k.canonical) {
                    *slot = None;
                }
            }
        }
        let keys = surnames
            .keys()
            .chain(firsts.keys())
            .fold(0, |bits, &k| bits | key_bit(k));
        People {
            surnames,
            firsts,
            first_shape,
            keys,
        }
    }

    /// The person a word with [`word_key`] `key` at byte `at` names.
    fn person_for(&self, key: u64, at: usize) -> Option<&'r Known<'a>> {
        if self.keys & key_bit(key) == 0 {
            return None;
        }
        match self.surnames.get(&key) {
            // The list is sorted by position: the last person named before `at`.
            Some(list) => match list.partition_point(|k| k.at < at) {
                0 => list.first(),
                n => list.get(n - 1),
            },
            None => *self.firsts.get(&key)?,
        }
    }
}

/// Turns the selected candidates into entities, adding short-form and headline mentions.
pub(crate) fn finish(ctx: &Ctx, cands: Vec<Candidate>) -> Vec<Entity> {
    let mut covered = crate::reuse::falses(ctx.words.len());
    let mut out: Vec<Entity> = Vec::with_capacity(cands.len() + 4);
    let mut refs = take_candidates(ctx, &cands, &mut covered, &mut out);
    if !refs.surnames.is_empty() {
        adjacent_names(ctx, &mut covered, &mut out, &mut refs.surnames);
    }
    let people = People::new(ctx, &refs.surnames);
    if !refs.short.is_empty() {
        short_companies(&mut out, &refs.short);
    }
    longer_org_names(&mut out);
    full_names(&mut out, &people);
    acronyms_and_repeats(ctx, &mut covered, &mut out);
    if !refs.surnames.is_empty() || !refs.short.is_empty() || !refs.firms.is_empty() {
        bare_short_forms(ctx, &mut covered, &mut out, &refs, &people);
    }
    headlines(ctx, &mut covered, &mut out, &refs.surnames);
    crate::reuse::keep_flags(covered);
    out.sort_by_key(|e| e.start);
    out
}

/// True when `s` holds a space, as `s.contains(' ')` (a plain byte loop: names are short,
/// and the call to the general searcher costs more than the loop).
fn has_space(s: &str) -> bool {
    s.bytes().any(|b| b == b' ')
}

/// True when `s` has fewer than two chars, as `s.chars().count() < 2` (without counting
/// all of them).
fn below_two_chars(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next();
    chars.next().is_none()
}

/// `name` split before its last word at the last space: ("Mary Ann", "Smith") of "Mary Ann
/// Smith", ("", "Smith") of "Smith" (as `split(' ').rev()` gives the last parts, without
/// its slower backward char search).
fn split_last_word(name: &str) -> (&str, &str) {
    match name.bytes().rposition(|b| b == b' ') {
        Some(p) => (&name[..p], &name[p + 1..]),
        None => ("", name),
    }
}

/// One entity per candidate, in order; collects the names short forms refer to.
#[inline(never)]
fn take_candidates<'a>(
    ctx: &'a Ctx,
    cands: &'a [Candidate],
    covered: &mut [bool],
    out: &mut Vec<Entity>,
) -> Refs<'a> {
    let text = ctx.text;
    let mut refs = Refs {
        shape: Shape::default(),
        surnames: HashMap::default(),
        short: HashMap::default(),
        firms: cands
            .iter()
            .filter(|c| c.kind == EntityType::Company && c.source == EntitySource::Pattern)
            .map(|c| ctx.canonical(c))
            .filter(|n| has_space(n))
            .collect(),
    };
    for c in cands {
        for k in &mut covered[c.first..=c.last] {
            *k = true;
        }
        let mut canonical = ctx.canonical(c);
        let mut kind = c.kind;
        let mut source = c.source;
        // (Not "David Rubin", named with a first name, of "David Rubin & Partners".)
        let first_name = || {
            let w = text[c.start..c.end].split(' ').next().unwrap_or("");
            lexicon::lower_classes_of(ctx.gaz, w) & lexicon::FIRST != 0
        };
        if kind == EntityType::Person
            && source == EntitySource::Pattern
            && !refs.firms.is_empty()
            && !first_name()
        {
            if let Some(f) = firm_starting(&refs.firms, &text[c.start..c.end]) {
                canonical = f;
                kind = EntityType::Company;
                source = EntitySource::Coreference;
            }
        }
        let known = || Known {
            kind,
            canonical: Cow::Borrowed(canonical),
            at: c.start,
        };
        match kind {
            EntityType::Person if has_space(canonical) => {
                let (rest, mut s) = split_last_word(canonical);
                if lexicon::exact_classes_of(ctx.gaz, s.trim_end_matches('.')) & lexicon::SUFFIX
                    != 0
                {
                    s = split_last_word(rest).1;
                }
                refs.shape.add(s);
                refs.surnames.entry(word_key(s)).or_default().push(known());
            }
            EntityType::Company if source == EntitySource::Pattern => {
                let head = canonical.split(' ').next().unwrap_or("");
                if !head.is_empty()
                    && lexicon::lower_classes_of(ctx.gaz, head) & NO_SHORT_HEAD == 0
                    && !demonym_like(head)
                {
                    refs.shape.add(head);
                    refs.short.entry(word_key(head)).or_insert_with(known);
                }
            }
            _ => {}
        }
        out.push(Entity {
            text: text[c.start..c.end].to_string(),
            kind,
            canonical: canonical.to_string(),
            start: c.start,
            end: c.end,
            source,
        });
    }
    refs
}

/// "Martyn Williams" after "Shane Williams": an unknown capitalised word before a known
/// surname makes another person's full name. Leaves each surname's people in text order.
#[inline(never)]
fn adjacent_names(
    ctx: &Ctx,
    covered: &mut [bool],
    out: &mut Vec<Entity>,
    surnames: &mut HashMap<u64, Vec<Known<'_>>>,
) {
    let text = ctx.text;
    // Both words are name-like: only words not starting in lower case are visited.
    for &i in ctx.caps {
        let i = i as usize;
        if i == 0 {
            continue;
        }
        let (p, w) = (i - 1, &ctx.words[i]);
        let pw = &ctx.words[p];
        // (The flags first: most capitalised words follow a lower-case one, and need no
        // look at the text between.)
        if covered[i]
            || covered[p]
            || !w.is_name_like()
            || !w.in_prose()
            || !pw.in_prose()
            || !pw.is_name_like()
            || pw.has(crate::patterns::words::POSS)
            || !ctx.spaced(p)
            || ctx.bits(p) & (lexicon::STOP | lexicon::TITLE | lexicon::ROLE | lexicon::COMMON) != 0
        {
            continue;
        }
        let Some(list) = surnames.get_mut(&word_key(w.text(text))) else {
            continue;
        };
        covered[p] = true;
        covered[i] = true;
        let canonical = crate::patterns::person::name_text(ctx, p, i);
        list.push(Known {
            kind: EntityType::Person,
            canonical: Cow::Owned(canonical.clone()),
            at: pw.start,
        });
        out.push(Entity {
            text: text[pw.start..w.end].to_string(),
            kind: EntityType::Person,
            canonical,
            start: pw.start,
            end: w.end,
            source: EntitySource::Pattern,
        });
    }
    for list in surnames.values_mut() {
        list.sort_by_key(|k| k.at);
    }
}

/// A one-word company found by a cue ("Shares of Brightwater") that is the short form of
/// a longer company name in the article takes that name.
#[inline(never)]
fn short_companies(out: &mut [Entity], short: &HashMap<u64, Known<'_>>) {
    for e in out {
        if e.kind == EntityType::Company
            && e.source == EntitySource::Pattern
            && !has_space(&e.canonical)
        {
            if let Some(k) = short.get(&word_key(&e.canonical)) {
                if *k.canonical != *e.canonical {
                    e.canonical = k.canonical.to_string();
                    e.source = EntitySource::Coreference;
                }
            }
        }
    }
}

/// Short forms found by a rule take the full name: a single word after a title ("Mr.
/// Devlin"), or the end of a longer name ("Della Valle", "Van der Berg").
#[inline(never)]
fn full_names(out: &mut [Entity], people: &People) {
    // Every proper word-suffix of a full name -> the first full name in text order that ends
    // with it (ASCII case aside): one look-up per mention instead of a scan of all names.
    let full: Vec<usize> = (0..out.len())
        .filter(|&n| out[n].kind == EntityType::Person && has_space(&out[n].canonical))
        .collect();
    // (A few names are scanned: building the map costs more.)
    let full_names = (full.len() > SCAN_MAX).then(|| {
        let mut map = SuffixMap::for_names(full.len());
        for &n in &full {
            for s in word_suffixes(&out[n].canonical) {
                map.slot(s, n);
            }
        }
        map
    });
    let view: &[Entity] = out;
    let owner = |q: &str| match &full_names {
        Some(map) => map.get(q),
        None => first_ending(view, &full, q),
    };
    // The new names are worked out from the names as they stand, then set.
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (n, e) in out.iter().enumerate() {
        if e.kind != EntityType::Person || e.source == EntitySource::Gazetteer {
            continue;
        }
        if !has_space(&e.canonical) {
            if let Some(k) = people.person_for(word_key(&e.text), e.start) {
                renamed.push((n, k.canonical.to_string()));
            }
            continue;
        }
        if let Some(f) = owner(&e.canonical) {
            renamed.push((n, out[f].canonical.clone()));
        }
    }
    for (n, canonical) in renamed {
        out[n].canonical = canonical;
        out[n].source = EntitySource::Coreference;
    }
}

/// Bare surnames, first names and short company names in the body.
#[inline(never)]
fn bare_short_forms(
    ctx: &Ctx,
    covered: &mut [bool],
    out: &mut Vec<Entity>,
    refs: &Refs,
    people: &People,
) {
    let text = ctx.text;
    let short_keys = refs.short.keys().fold(0, |bits, &k| bits | key_bit(k));
    // Every word a look-up below can find has this shape.
    let shape = refs.shape.union(people.first_shape);
    for &i in ctx.caps {
        let (i, w) = (i as usize, &ctx.words[i as usize]);
        if covered[i] || w.flags & (SKIP | HEAD_CAPS | HEAD_TITLE) != 0 || !w.is_name_like() {
            continue;
        }
        // "Western Pacific" after "Western Pacific Air Corp": the first two words of a
        // company's name, written as a name.
        if let Some(f) = (!refs.firms.is_empty()
            && i + 1 < ctx.words.len()
            && !covered[i + 1]
            && ctx.words[i + 1].is_name_like()
            && !w.has(crate::patterns::words::POSS)
            && ctx.spaced(i))
        .then(|| firm_starting(&refs.firms, &text[w.start..ctx.words[i + 1].end]))
        .flatten()
        {
            covered[i] = true;
            covered[i + 1] = true;
            out.push(Entity {
                text: text[w.start..ctx.words[i + 1].end].to_string(),
                kind: EntityType::Company,
                canonical: f.to_string(),
                start: w.start,
                end: ctx.words[i + 1].end,
                source: EntitySource::Coreference,
            });
            continue;
        }
        let t = w.text(text);
        if !shape.may_hold(t) {
            continue;
        }
        let bits = ctx.bits(i);
        // "Grant applications rose" is no mention of Oliver Grant; "Grant could leave" is.
        // (Tested before the look-ups, which a stop word or such a common word never uses.)
        if bits & lexicon::STOP != 0
            || w.has(SENT_START) && bits & lexicon::COMMON != 0 && !verb_follows(ctx, i)
        {
            continue;
        }
        let key = word_key(t);
        if let Some(k) = people.person_for(key, w.start).or_else(|| {
            (short_keys & key_bit(key) != 0)
                .then(|| refs.short.get(&key))
                .flatten()
        }) {
            covered[i] = true;
            out.push(Entity {
                text: t.to_string(),
                kind: k.kind,
                canonical: k.canonical.to_string(),
                start: w.start,
                end: w.end,
                source: EntitySource::Coreference,
            });
        }
    }
}

/// "Cyber Security Division" after "National Cyber Security Division", "Congress" after
/// "US Congress": an organisation named by the end of a longer one in the article takes
/// its name (the longest, the first of equal length; ASCII case aside).
#[inline(never)]
fn longer_org_names(out: &mut [Entity]) {
    // Word-suffix -> index of the entity with the longest name ending in it.
    let multi_word: Vec<usize> = (0..out.len())
        .filter(|&n| out[n].kind == EntityType::Org && has_space(&out[n].canonical))
        .collect();
    if multi_word.is_empty() {
        return;
    }
    // (A few names are scanned: building the map costs more.)
    let org_names = if multi_word.len() > SCAN_MAX {
        let mut map = SuffixMap::for_names(multi_word.len());
        for &n in &multi_word {
            let e = &out[n];
            for s in word_suffixes(&e.canonical) {
                let slot = map.slot(s, n);
                if out[*slot].canonical.len() < e.canonical.len() {
                    *slot = n;
                }
            }
        }
        if map.is_empty() {
            return;
        }
        Some(map)
    } else {
        None
    };
    let view: &[Entity] = out;
    let owner = |q: &str| match &org_names {
        Some(map) => map.get(q),
        None => longest_ending(view, &multi_word, q),
    };
    // The new names are worked out from the names as they stand, then set.
    let renamed: Vec<(usize, String)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Org)
        .filter_map(|(n, e)| {
            let f = owner(&e.canonical)?;
            Some((n, out[f].canonical.clone()))
        })
        .collect();
    for (n, canonical) in renamed {
        out[n].canonical = canonical;
    }
}

/// The firm among `firms` whose name starts with the words `written` and goes on.
fn firm_starting<'f>(firms: &[&'f str], written: &str) -> Option<&'f str> {
    firms.iter().copied().find(|f| {
        f.len() > written.len() && f.starts_with(written) && f.as_bytes()[written.len()] == b' '
    })
}

/// An acronym in brackets right after a name ("Indian Petrochemicals Corporation (IPC)"):
/// the acronym, when its first letter is the name's.
fn bracket_acronym<'t>(text: &'t str, e: &Entity) -> Option<&'t str> {
    let rest = text.get(e.end..)?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest).strip_prefix('(')?;
    let close = rest.find(')')?;
    let acr = &rest[..close];
    let ok = (2..=8).contains(&acr.len())
        && acr.bytes().all(|b| b.is_ascii_uppercase() || b == b'&')
        && acr.as_bytes()[0] == e.canonical.as_bytes().first().copied().unwrap_or(0);
    ok.then_some(acr)
}

/// Acronyms defined in brackets take the name they follow ("IPC" -> "Indian
/// Petrochemicals Corporation"), and a multi-word company or organisation name found by a
/// rule is that entity wherever else the article writes it ("Just Add Monsters").
#[inline(never)]
fn acronyms_and_repeats(ctx: &Ctx, covered: &mut [bool], out: &mut Vec<Entity>) {
    let text = ctx.text;
    // (acronym, kind, canonical) and (kind, canonical, start, end of a rule-found name);
    // both lists are short, so a linear look-up beats hashing every word.
    let mut acr: Vec<(&str, EntityType, String)> = Vec::new();
    let mut repeats: Vec<(EntityType, String, usize, usize)> = Vec::new();
    for e in out.iter() {
        if !matches!(e.kind, EntityType::Company | EntityType::Org) {
            continue;
        }
        if let Some(a) = bracket_acronym(text, e) {
            if !acr.iter().any(|x| x.0 == a) {
                acr.push((a, e.kind, e.canonical.clone()));
            }
        }
        if e.source == EntitySource::Pattern
            && has_space(&e.text)
            && !repeats.iter().any(|r| text[r.2..r.3] == e.text)
        {
            repeats.push((e.kind, e.canonical.clone(), e.start, e.end));
        }
    }
    if acr.is_empty() && repeats.is_empty() {
        return;
    }
    let is_acronym =
        |t: &str| t.len() <= 8 && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'&');
    // Mentions of an acronym already found take the full name.
    if !acr.is_empty() {
        for e in out.iter_mut() {
            if !is_acronym(&e.text) {
                continue;
            }
            if let Some((_, kind, canonical)) = acr.iter().find(|x| x.0 == e.text) {
                e.kind = *kind;
                e.canonical = canonical.clone();
                e.source = EntitySource::Coreference;
            }
        }
    }
    // The rule-found names as written, and a mask of their first bytes.
    let names: Vec<&str> = repeats.iter().map(|r| &text[r.2..r.3]).collect();
    let starts = names
        .iter()
        .filter_map(|name| name.as_bytes().first())
        .fold(0, |bits, &b| bits | byte_bit(b));
    let n = ctx.words.len();
    let mut i = 0;
    // Only capitalised words start a mention here.
    let mut cap = 0;
    while i < n {
        i = ctx.next_cap(i, &mut cap);
        if i >= n {
            break;
        }
        let w = &ctx.words[i];
        if covered[i] || !w.in_prose() || !w.has(crate::patterns::words::CAP) {
            i += 1;
            continue;
        }
        let t = w.text(text);
        if w.has(crate::patterns::words::UPPER) && is_acronym(t) {
            if let Some((_, kind, canonical)) = acr.iter().find(|x| x.0 == t) {
                covered[i] = true;
                out.push(Entity {
                    text: t.to_string(),
                    kind: *kind,
                    canonical: canonical.clone(),
                    start: w.start,
                    end: w.end,
                    source: EntitySource::Coreference,
                });
                i += 1;
                continue;
            }
        }
        // No rule-found name starts with this word's first byte.
        if t.as_bytes()
            .first()
            .is_some_and(|&b| starts & byte_bit(b) == 0)
        {
            i += 1;
            continue;
        }
        // The longest rule-found name written from here, word by word.
        let mut hit: Option<(usize, usize)> = None;
        for (r, (&(_, _, start, end), name)) in repeats.iter().zip(&names).enumerate() {
            if name.as_bytes().get(t.len()) != Some(&b' ') || !name.starts_with(t) {
                continue;
            }
            let mut j = i;
            let mut pos = start + t.len();
            let mut ok = true;
            while pos < end {
                // The next word of the name after one space.
                let rest = &text[pos + 1..end];
                let word_len = rest.find(' ').unwrap_or(rest.len());
                j += 1;
                if j >= n
                    || covered[j]
                    || !ctx.spaced(j - 1)
                    || ctx.words[j - 1].has(crate::patterns::words::POSS)
                    || ctx.words[j].text(text) != &rest[..word_len]
                {
                    ok = false;
                    break;
                }
                pos += 1 + word_len;
            }
            if ok && hit.is_none_or(|(_, m)| m < j) {
                hit = Some((r, j));
            }
        }
        match hit {
            Some((r, last)) => {
                let (kind, canonical) = (repeats[r].0, repeats[r].1.clone());
                let end = ctx.words[last].end;
                for c in &mut covered[i..=last] {
                    *c = true;
                }
                out.push(Entity {
                    text: text[w.start..end].to_string(),
                    kind,
                    canonical,
                    start: w.start,
                    end,
                    source: EntitySource::Coreference,
                });
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// One of 128 bits for a byte (all non-ASCII bytes share the last), for a quick "surely
/// not there".
fn byte_bit(b: u8) -> u128 {
    1 << b.min(127)
}

/// Auxiliaries and modals after a sentence-initial surname ("Grant could leave").
const AUX_AFTER: &[&str] = &[
    "could", "did", "had", "has", "is", "may", "might", "should", "was", "will", "would",
];

/// True when word `i` is followed by a speech or move verb or an auxiliary: the subject of
/// its clause.
fn verb_follows(ctx: &Ctx, i: usize) -> bool {
    ctx.spaced(i)
        && !ctx.words[i].has(crate::patterns::words::POSS)
        && (ctx.is(i + 1, lexicon::VERB_AFTER) || AUX_AFTER.contains(&ctx.word(i + 1)))
}

/// "European", "Japanese", "British": capitalised adjectives that start many names but are no
/// short form of any.
fn demonym_like(w: &str) -> bool {
    w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("ic")
}

/// Names in headline lines, matched against what the body establishes.
#[inline(never)]
fn headlines(
    ctx: &Ctx,
    covered: &mut [bool],
    out: &mut Vec<Entity>,
    surnames: &HashMap<u64, Vec<Known<'_>>>,
) {
    let words = ctx.words;
    let open = |i: usize| {
        let w = &words[i];
        // (The flags first: most words are in the body.)
        w.flags & (HEAD_CAPS | HEAD_TITLE) != 0 && w.has(crate::patterns::words::CAP) && !covered[i]
    };
    if !ctx.caps.iter().any(|&i| open(i as usize)) {
        return;
    }
    // Upper-cased surface -> (kind, canonical), from body mentions, canonicals and surnames.
    let mut known: HashMap<String, (EntityType, String)> = HashMap::default();
    for e in out.iter() {
        known
            .entry(e.text.to_uppercase())
            .or_insert((e.kind, e.canonical.clone()));
        known
            .entry(e.canonical.to_uppercase())
            .or_insert((e.kind, e.canonical.clone()));
    }
    for list in surnames.values() {
        if let [only] = list.as_slice() {
            let s = only.canonical.rsplit(' ').next().unwrap_or("");
            known
                .entry(s.to_uppercase())
                .or_insert_with(|| (only.kind, only.canonical.to_string()));
        }
    }
    let mut i = 0;
    while i < words.len() {
        // (The flag first: most words are in the body.)
        if words[i].flags & (HEAD_CAPS | HEAD_TITLE) == 0 || covered[i] {
            i += 1;
            continue;
        }
        let mut hit = None;
        let mut j = i;
        while j < words.len()
            && j - i < 4
            && !covered[j]
            && words[j].flags & (HEAD_CAPS | HEAD_TITLE) != 0
        {
            let key = ctx.text[words[i].start..words[j].end].to_uppercase();
            if let Some(k) = known.get(&key) {
                hit = Some((j, k.clone()));
            }
            if words[j].has(crate::patterns::words::POSS) || !ctx.spaced(j) {
                break;
            }
            j += 1;
        }
        match hit {
            Some((j, (kind, canonical))) => {
                for c in &mut covered[i..=j] {
                    *c = true;
                }
                out.push(Entity {
                    text: ctx.text[words[i].start..words[j].end].to_string(),
                    kind,
                    canonical,
                    start: words[i].start,
                    end: words[j].end,
                    source: EntitySource::Coreference,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Canon;

    #[test]
    fn split_last_word_agrees_with_split_rev() {
        for name in [
            "Mary Ann Smith",
            "John Smith Jr.",
            "Smith",
            "",
            " ",
            "a  b",
            "Zoë Ðorđević III",
            "Jean-Luc Picard ",
            "Ünal Öz",
        ] {
            let mut parts = name.split(' ').rev();
            let (rest, last) = split_last_word(name);
            assert_eq!(Some(last), parts.next(), "{name:?}");
            if name.contains(' ') {
                assert_eq!(Some(split_last_word(rest).1), parts.next(), "{name:?}");
            }
        }
    }

    fn cand(start: usize, end: usize, source: EntitySource) -> Candidate {
        Candidate {
            start,
            end,
            kind: EntityType::Company,
            canon: Canon::Text(String::new()),
            source,
            ambiguous: false,
            evidence: true,
            entry: None,
            first: 0,
            last: 0,
        }
    }

    #[test]
    fn suffix_map_agrees_with_lower_cased_keys() {
        let names = [
            "National Cyber Security Division",
            "Cyber Security Division",
            "US Congress",
            "Van der Berg",
            "Jan VAN DER BERG",
            "Élysée Palace Office",
            "A  Double  Spaced Name",
            " Leading Space",
            "Department for Work and Pensions Committee",
        ];
        let mut fast = SuffixMap::default();
        let mut slow: HashMap<String, usize> = HashMap::default();
        for (n, name) in names.iter().enumerate() {
            for s in word_suffixes(name) {
                fast.slot(s, n);
                slow.entry(s.to_ascii_lowercase()).or_insert(n);
            }
        }
        let queries = [
            "cyber security division",
            "SECURITY DIVISION",
            "Division",
            "Congress",
            "congres",
            "der Berg",
            "DER BERG",
            "Berg",
            "élysée palace office",
            "Palace Office",
            "PALACE office",
            " Double  Spaced Name",
            "Double  Spaced Name",
            "Spaced Name",
            "Leading Space",
            "Space",
            "for Work and Pensions Committee",
            "Pensions Committee",
            "",
            "Name",
            "an eight-byte chunk and a bit more",
        ];
        for q in queries {
            assert_eq!(
                fast.get(q),
                slow.get(&q.to_ascii_lowercase()).copied(),
                "{q}"
            );
        }
    }

    #[test]
    fn byte_loops_agree_with_str_methods() {
        for s in [
            "", " ", "a", "é", "J.", "Jo", "Zoë", "Mary Ann", "x y", "Ðorđe", "ab ",
        ] {
            assert_eq!(has_space(s), s.contains(' '), "{s:?}");
            assert_eq!(below_two_chars(s), s.chars().count() < 2, "{s:?}");
        }
    }

    #[test]
    fn shape_holds_every_word_added() {
        let added = [
            "Pichai",
            "Devlin",
            "Zentrix",
            "Ó",
            "Chinedu",
            "",
            "A-very-long-surname-indeed-more-than-sixty-three-bytes-long-for-sure",
        ];
        let mut shape = Shape::default();
        for w in added {
            shape.add(w);
        }
        for w in added {
            assert!(shape.may_hold(w), "{w:?}");
        }
        // Another length or first byte is surely not there.
        assert!(!shape.may_hold("Xyz"));
        assert!(!shape.may_hold("Pichaixx"));
        assert!(!shape.may_hold("Qichai"));
        assert!(!Shape::default().may_hold(""));
        let both = Shape::default().union(shape);
        assert!(both.may_hold("Devlin"));
    }

    fn org(canonical: &str) -> Entity {
        Entity {
            text: canonical.to_string(),
            kind: EntityType::Org,
            canonical: canonical.to_string(),
            start: 0,
            end: 0,
            source: EntitySource::Pattern,
        }
    }

    #[test]
    fn suffix_scans_agree_with_suffix_maps() {
        let words = [
            "Van", "der", "BERG", "Berg", "Security", "Division", "", "Élysée",
        ];
        let mut seed = 5u64;
        for _ in 0..400 {
            let mut out = Vec::new();
            seed = next_seed(seed);
            for _ in 0..(seed >> 40) % 8 + 1 {
                let mut name = String::new();
                seed = next_seed(seed);
                for k in 0..(seed >> 40) % 4 + 1 {
                    seed = next_seed(seed);
                    if k > 0 || (seed >> 20) % 9 == 0 {
                        name.push(' ');
                    }
                    name.push_str(words[(seed >> 33) as usize % words.len()]);
                }
                out.push(org(&name));
            }
            let names: Vec<usize> = (0..out.len()).collect();
            let mut first = SuffixMap::default();
            let mut longest = SuffixMap::default();
            for &n in &names {
                for s in word_suffixes(&out[n].canonical) {
                    first.slot(s, n);
                    let slot = longest.slot(s, n);
                    if out[*slot].canonical.len() < out[n].canonical.len() {
                        *slot = n;
                    }
                }
            }
            let mut queries: Vec<String> = out.iter().map(|e| e.canonical.clone()).collect();
            queries.extend(words.iter().map(|w| w.to_string()));
            queries.extend(["der berg", "VAN DER BERG", " Berg", "division"].map(String::from));
            for q in &queries {
                assert_eq!(first_ending(&out, &names, q), first.get(q), "{q:?}");
                assert_eq!(longest_ending(&out, &names, q), longest.get(q), "{q:?}");
            }
        }
    }

    /// One step of a linear congruential generator: pseudo-random spans without a crate.
    fn next_seed(seed: u64) -> u64 {
        seed.wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407)
    }

    #[test]
    fn select_nonempty_agrees_with_the_sorted_interval_map() {
        let mut seed = 11u64;
        for round in 0..300 {
            let mut cands = Vec::new();
            for k in 0..(round % 50 + 1) {
                seed = next_seed(seed);
                let start = (seed >> 33) as usize % 100;
                let len = (seed >> 20) as usize % 10 + 1;
                let source = if (seed >> 45) % 3 == 0 {
                    EntitySource::Gazetteer
                } else {
                    EntitySource::Pattern
                };
                let mut c = cand(start, start + len, source);
                // Tells equal spans apart.
                c.first = k;
                cands.push(c);
            }
            let mut slow = cands.clone();
            slow.sort_by(|a, b| {
                (b.end - b.start)
                    .cmp(&(a.end - a.start))
                    .then((a.source as u8).cmp(&(b.source as u8)))
                    .then(a.start.cmp(&b.start))
            });
            let mut slow = keep_by_map(slow);
            slow.sort_by_key(|c| c.start);
            let spans = |v: &[Candidate]| {
                v.iter()
                    .map(|c| (c.start, c.end, c.source, c.first))
                    .collect::<Vec<_>>()
            };
            assert_eq!(spans(&select_nonempty(cands)), spans(&slow));
        }
    }

    #[test]
    fn longest_then_gazetteer() {
        let got = select(vec![
            cand(0, 4, EntitySource::Gazetteer),
            cand(0, 13, EntitySource::Pattern),
            cand(20, 26, EntitySource::Pattern),
            cand(20, 26, EntitySource::Gazetteer),
            cand(12, 21, EntitySource::Pattern),
        ]);
        let spans: Vec<_> = got.iter().map(|c| (c.start, c.end, c.source)).collect();
        assert_eq!(
            spans,
            [
                (0, 13, EntitySource::Pattern),
                (20, 26, EntitySource::Gazetteer)
            ]
        );
    }
}
