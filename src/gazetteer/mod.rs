//! Dictionaries of companies, people and AI models, compiled into one automaton.
//!
//! A [`Gazetteer`] holds [`Entry`] values (type, canonical name, aliases, id, flags) and the
//! single-token name lists the person rules use (first names, surnames, common words). It is
//! built once by a [`GazetteerBuilder`] and then searched with `&self` from any thread.
//!
//! # Matching
//!
//! Every surface form (canonical name and aliases) goes into one byte trie searched for the
//! longest match ("Google DeepMind" wins over "Google"). The trie is run *anchored* at word
//! starts that can begin a name
//! (a capital, a digit, or an inner capital as in "xAI"), so lower-case prose is skipped and
//! a match can only begin where a word begins. A match is kept only when it ends on a word
//! boundary: "Googlers" and "FacebookTwitterLinkedin" give nothing, while a possessive
//! ("Meta’s", "Platforms’") or a compound such as "Meta-owned" ends the mention before the
//! apostrophe or hyphen. Matching is case-sensitive: lower-case text never matches a
//! capitalised entry, unless the entry has the `nocase` flag. Single-token lists are hash sets
//! looked up per capitalised token.
//!
//! # TSV format
//!
//! Built-in entity files and the files given to
//! [`ExtractorBuilder::gazetteer_file`](crate::ExtractorBuilder::gazetteer_file) (CLI
//! `--gazetteer FILE`) are UTF-8 text, one entry per line, five tab-separated columns:
//!
//! ```text
//! # TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags
//! COMPANY<TAB>Meta<TAB>Meta Platforms|Meta Platforms Inc.<TAB>META<TAB>ambiguous,exchange=NASDAQ
//! MODEL<TAB>Bard<TAB><TAB><TAB>ambiguous,maker=Google
//! PERSON<TAB>Sundar Pichai<TAB><TAB><TAB>org=Google,role=chief executive
//! ```
//!
//! (`<TAB>` stands for one tab character.)
//!
//! - `TYPE`: `COMPANY`, `PERSON` or `MODEL` (publications and news agencies are companies);
//! - `canonical`: the name every mention is reported under;
//! - `aliases`: other surface forms separated by `|` (may be empty);
//! - `id`: an optional stable identifier;
//! - `flags`: comma-separated, any of `ambiguous` (the name is also a word or another thing
//!   and needs context: a cue nearby or an unambiguous mention elsewhere in the article),
//!   `nocase` (also match lower/Title/UPPER case), `maker=NAME` (MODEL: the canonical name of
//!   its maker), `org=NAME` and `role=TEXT` (PERSON), `exchange=X` (COMPANY). Unknown
//!   `key=value` flags are ignored.
//!
//! Lines starting with `#` and blank lines are ignored; trailing empty columns may be left
//! out. A malformed line is an [`Error::Gazetteer`] naming the file, the line and the problem.
//! Entries loaded later win over earlier ones with the same surface form, so a user file can
//! override the built-in data.
//!
//! Name lists: `first_names.tsv` is `Name<TAB>gender(M|F|U)<TAB>flags`, `surnames.tsv` is
//! `Name<TAB>flags` (flag `ambiguous`), `common_words.txt` one lower-case word per line.
//!
//! ```
//! use news_extract::EntityType;
//! use news_extract::gazetteer::{Entry, Gazetteer};
//!
//! let mut b = Gazetteer::builder();
//! b.add_entry(Entry::new(EntityType::Company, "Zentrix").alias("Zentrix Labs"));
//! let g = b.build();
//! let text = "Zentrix Labs hired. Zentrixes did not.";
//! let m = g.longest_at(text, 0).unwrap();
//! assert_eq!(&text[0..m.end], "Zentrix Labs");
//! assert_eq!(g.entry(g.entries_of(m.pattern)[0]).canonical, "Zentrix");
//! assert!(g.longest_at(text, 20).is_none());
//! ```
//!
//! # Resource usage
//!
//! [`Gazetteer::memory_usage`] reports the heap held by the trie and the word tables.
//! With the full built-in data (8,044 entries, 14,332 first names, 25,816 surnames, 11,109
//! common words) it is about 5 MB, 1.4 MB of it the trie, and the whole extractor builds
//! in about 20 ms (`benches/RESULTS.md`). Word tables are keyed by a 64-bit hash of
//! the word, so a look-up touches one cache line.

pub(crate) mod builtin;
mod entry;
mod trie;
mod tsv;

use std::path::Path;

use rustc_hash::FxHashMap;

use crate::error::Error;
use crate::patterns::lexicon::{
    self, COMMON, FIRST, FIRST_AMBIGUOUS, GAZ_START, SURNAME, SURNAME_AMBIGUOUS,
};

pub use entry::{Entry, EntryFlags};

/// Collects entries and name lists, then compiles them into a [`Gazetteer`].
///
/// ```
/// use news_extract::gazetteer::Gazetteer;
/// let mut b = Gazetteer::builder();
/// b.load_tsv("COMPANY\tAcme Widgets\tAcme\t\t\n", "inline.tsv").unwrap();
/// assert_eq!(b.build().len(), 1);
/// ```
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
    /// Hash of a lower-case word -> name-list class bits.
    names: FxHashMap<u64, u32>,
}

impl GazetteerBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder holding all the built-in data.
    pub fn with_builtin() -> Self {
        let mut b = Self::new();
        builtin::load(&mut b).expect("built-in gazetteer data is valid");
        b
    }

    /// Adds one entry.
    pub fn add_entry(&mut self, entry: Entry) -> &mut Self {
        self.entries.push(entry);
        self
    }

    /// Adds the entries of a TSV text in the [module format](self); `path` names it in errors.
    pub fn load_tsv(&mut self, text: &str, path: impl AsRef<Path>) -> Result<&mut Self, Error> {
        tsv::parse_entities_into(text, path.as_ref(), &mut self.entries)?;
        Ok(self)
    }

    /// Reads and adds a TSV file.
    pub fn load_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.load_tsv(&text, path)
    }

    /// Adds first names (`Name<TAB>gender<TAB>flags` lines).
    pub fn load_first_names(
        &mut self,
        text: &str,
        path: impl AsRef<Path>,
    ) -> Result<&mut Self, Error> {
        for (name, info) in tsv::parse_names(text, path.as_ref(), 2)? {
            let bits = FIRST | if info.ambiguous { FIRST_AMBIGUOUS } else { 0 };
            *self.names.entry(lower_key(name)).or_default() |= bits;
        }
        Ok(self)
    }

    /// Adds surnames (`Name<TAB>flags` lines).
    pub fn load_surnames(
        &mut self,
        text: &str,
        path: impl AsRef<Path>,
    ) -> Result<&mut Self, Error> {
        for (name, info) in tsv::parse_names(text, path.as_ref(), 1)? {
            let bits = SURNAME | if info.ambiguous { SURNAME_AMBIGUOUS } else { 0 };
            *self.names.entry(lower_key(name)).or_default() |= bits;
        }
        Ok(self)
    }

    /// Adds common lower-case words (one per line).
    pub fn load_common_words(&mut self, text: &str) -> &mut Self {
        for w in tsv::parse_words(text) {
            *self.names.entry(lower_key(w)).or_default() |= COMMON;
        }
        self
    }

    /// Compiles the automaton.
    pub fn build(self) -> Gazetteer {
        Gazetteer::compile(self)
    }
}

/// A match of a surface form: where it ends and which pattern it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SurfaceMatch {
    /// One past the last byte of the match.
    pub end: usize,
    /// The pattern: look its entries up with [`Gazetteer::entries_of`].
    pub pattern: u32,
}

/// Compiled dictionaries; see the [module docs](self). `Send + Sync`, searched with `&self`.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    automaton: Option<trie::Trie>,
    /// Entries of pattern `p`, most recently added last:
    /// `pattern_ids[pattern_start[p]..pattern_start[p + 1]]`.
    pattern_start: Vec<u32>,
    pattern_ids: Vec<u32>,
    /// First bytes of `nocase` surface forms: words starting with them are searched even when
    /// lower-case.
    nocase_first: [bool; 256],
    /// Word as written -> case-sensitive class bits: titles, designators, organisation words,
    /// and [`GAZ_START`] for the first alphanumeric run of every surface form ("GPT" of
    /// "GPT-4o", "Meta" of "Meta Platforms"), so that other words skip the automaton.
    exact: FxHashMap<u64, u32>,
    /// Lower-case word -> class bits: name lists (first name, surname, common word) and the
    /// lower-case lexicon classes (roles, cue words, ...).
    names: FxHashMap<u64, u32>,
    /// Number of this build, unique in the process (clones share it: same data); lets a
    /// per-thread memo of word classes ([`crate::patterns`]) outlive one document.
    id: u64,
}

/// Next [`Gazetteer::id`].
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Default for Gazetteer {
    fn default() -> Self {
        GazetteerBuilder::new().build()
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if at_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = !c.is_alphanumeric();
    }
    out
}

impl Gazetteer {
    /// A builder (empty; see [`GazetteerBuilder::with_builtin`]).
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The compiled built-in data.
    pub fn builtin() -> Gazetteer {
        GazetteerBuilder::with_builtin().build()
    }

    fn compile(b: GazetteerBuilder) -> Gazetteer {
        // Spelling variants (apostrophes, `nocase` casings) are the only new strings; every
        // other surface form borrows the entries' text.
        let mut nocase_first = [false; 256];
        let mut variants: Vec<(String, u32)> = Vec::new();
        let mut n_forms = 0;
        for (i, e) in b.entries.iter().enumerate() {
            for form in e.surface_forms() {
                let form = tsv::trim(form);
                if form.is_empty() {
                    continue;
                }
                n_forms += 1;
                let i = i as u32;
                // Few forms have an apostrophe: one byte walk rules both kinds out ('’' is
                // E2 80 99 in UTF-8).
                let quote = memchr::memchr2(b'\'', 0xE2, form.as_bytes()).is_some();
                if quote && form.contains('\'') {
                    variants.push((form.replace('\'', "’"), i));
                }
                if quote && form.contains('’') {
                    variants.push((form.replace('’', "'"), i));
                }
                if e.flags.nocase {
                    for v in [form.to_lowercase(), form.to_uppercase(), title_case(form)] {
                        nocase_first[v.as_bytes()[0] as usize] = true;
                        variants.push((v, i));
                    }
                }
            }
        }
        // Every (form, entry) pair, sorted by form bytes and then entry: one sort gives the
        // trie its input and groups the entries of each form, in the order they were added.
        let mut pairs: Vec<(u64, &str, u32)> = Vec::with_capacity(n_forms + variants.len());
        for (i, e) in b.entries.iter().enumerate() {
            for form in e.surface_forms() {
                let form = tsv::trim(form);
                if !form.is_empty() {
                    pairs.push((trie::prefix_key(form.as_bytes()), form, i as u32));
                }
            }
        }
        for (v, i) in &variants {
            pairs.push((trie::prefix_key(v.as_bytes()), v.as_str(), *i));
        }
        pairs.sort_unstable();
        pairs.dedup();
        // Pattern `p` is the `p`-th distinct form in byte order; its entries are
        // `pattern_ids[pattern_start[p]..pattern_start[p + 1]]`.
        let mut patterns: Vec<(u64, &str, u32)> = Vec::with_capacity(pairs.len());
        let mut pattern_start: Vec<u32> = Vec::with_capacity(pairs.len() + 1);
        let mut pattern_ids: Vec<u32> = Vec::with_capacity(pairs.len());
        for (k, &(key, form, i)) in pairs.iter().enumerate() {
            if k == 0 || pairs[k - 1].1 != form {
                pattern_start.push(k as u32);
                patterns.push((key, form, patterns.len() as u32));
            }
            pattern_ids.push(i);
        }
        pattern_start.push(pairs.len() as u32);
        let automaton = (!patterns.is_empty()).then(|| trie::Trie::from_sorted(&patterns));
        let mut exact: FxHashMap<u64, u32> =
            FxHashMap::with_capacity_and_hasher(patterns.len(), Default::default());
        for (k, v) in lexicon::exact_classes() {
            *exact.entry(word_key(k)).or_default() |= v;
        }
        for &(_, p, _) in &patterns {
            *exact.entry(word_key(first_run(p))).or_default() |= GAZ_START;
        }
        let mut names = b.names;
        for (k, v) in lexicon::lower_classes() {
            *names.entry(word_key(k)).or_default() |= v;
        }
        drop(patterns);
        drop(pairs);
        drop(variants);
        Gazetteer {
            entries: b.entries,
            automaton,
            pattern_start,
            pattern_ids,
            nocase_first,
            exact,
            names,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Number of this build, unique in the process; a clone has its original's. The data
    /// never changes after the build, so what is computed from one id stays true.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entry number `id`.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// All entries.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries with the surface form `pattern`, most recently added last.
    pub fn entries_of(&self, pattern: u32) -> &[u32] {
        let p = pattern as usize;
        &self.pattern_ids[self.pattern_start[p] as usize..self.pattern_start[p + 1] as usize]
    }

    /// True when some entry is `nocase`: lower-case words can begin a surface form.
    pub(crate) fn any_nocase(&self) -> bool {
        self.nocase_first.contains(&true)
    }

    /// True when a word starting with byte `b` can begin a surface form even in lower case.
    pub(crate) fn nocase_start(&self, b: u8) -> bool {
        self.nocase_first[b as usize]
    }

    /// The longest surface form that starts exactly at byte `start` of `text` and ends on a
    /// word boundary (see the [module docs](self)), if any.
    pub fn longest_at(&self, text: &str, start: usize) -> Option<SurfaceMatch> {
        let ac = self.automaton.as_ref()?;
        let mut limit = text.len();
        // A longest match that runs into a word ("Llama 20") is retried on a shorter haystack
        // so that a shorter surface form ("Llama") can still match.
        for _ in 0..4 {
            let (len, pattern) = ac.longest_prefix(text.as_bytes().get(start..limit)?)?;
            let end = start + len;
            if ends_on_boundary(text, end) {
                return Some(SurfaceMatch { end, pattern });
            }
            limit = previous_boundary(text, start, end)?;
        }
        None
    }

    /// Case-sensitive class bits of a word as written.
    pub(crate) fn exact_bits(&self, word: &str) -> u32 {
        self.exact.get(&word_key(word)).copied().unwrap_or(0)
    }

    /// True when `run` (the first alphanumeric run of a word) starts some surface form.
    pub(crate) fn starts_surface(&self, run: &str) -> bool {
        self.exact_bits(run) & GAZ_START != 0
    }

    /// Name-list class bits of a lower-case word.
    pub(crate) fn lower_bits(&self, lower: &str) -> u32 {
        self.names.get(&word_key(lower)).copied().unwrap_or(0)
    }

    /// Name-list class bits of `word` lower-cased: the same as
    /// `with_lower(word, |l| self.lower_bits(l))`, hashing a short ASCII word's lower-cased
    /// bytes straight from a stack buffer.
    pub(crate) fn lower_bits_of(&self, word: &str) -> u32 {
        self.names.get(&lower_key(word)).copied().unwrap_or(0)
    }

    /// Sizes of the name lists: (first names, surnames, common words).
    pub fn name_list_sizes(&self) -> (usize, usize, usize) {
        let count = |bit: u32| self.names.values().filter(|&&b| b & bit != 0).count();
        (count(FIRST), count(SURNAME), count(COMMON))
    }

    /// Heap bytes held by the surface-form trie alone.
    pub fn automaton_memory_usage(&self) -> usize {
        self.automaton.as_ref().map_or(0, trie::Trie::memory_usage)
    }

    /// Approximate heap bytes held: the automaton plus the entries and hash sets.
    pub fn memory_usage(&self) -> usize {
        let ac = self.automaton.as_ref().map_or(0, trie::Trie::memory_usage);
        let entries: usize = self
            .entries
            .iter()
            .map(|e| {
                std::mem::size_of::<Entry>()
                    + e.canonical.len()
                    + e.aliases.iter().map(|a| a.len() + 24).sum::<usize>()
            })
            .sum();
        // Hash tables of (u64, u32) pairs, at most 8/7 full.
        let sets = (self.names.capacity() + self.exact.capacity()) * 17;
        let patterns = (self.pattern_start.capacity() + self.pattern_ids.capacity()) * 4;
        ac + entries + sets + patterns
    }
}

/// The table key of a word: a 64-bit hash of its bytes. Keys instead of strings keep each
/// look-up to one cache line; with some 60,000 words a false hit is practically impossible.
pub(crate) fn word_key(word: &str) -> u64 {
    bytes_key(word.as_bytes())
}

/// [`word_key`] of `word` lower-cased; a short ASCII word is lower-cased in a stack buffer.
fn lower_key(word: &str) -> u64 {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = LOW * 0x80;
    let bytes = word.as_bytes();
    if bytes.len() <= 32 {
        // Eight bytes at a time: a byte in `A..=Z` gains 0x20; any byte with its top bit
        // set (not ASCII) sends the word to the general path.
        let mut buf = [0u8; 32];
        copy_short(&mut buf, bytes);
        let mut high = 0;
        for chunk in buf[..bytes.len().div_ceil(8) * 8].chunks_exact_mut(8) {
            let mut arr = [0u8; 8];
            arr.copy_from_slice(chunk);
            let x = u64::from_le_bytes(arr);
            high |= x & HIGH;
            let x7 = x & !HIGH;
            let upper = (x7 + LOW * u64::from(0x80 - b'A')) & !(x7 + LOW * u64::from(0x7f - b'Z'));
            chunk.copy_from_slice(&(x | (upper & HIGH) >> 2).to_le_bytes());
        }
        if high == 0 {
            return bytes_key(&buf[..bytes.len()]);
        }
    }
    word_key(&word.to_lowercase())
}

/// Copies `src` (at most 32 bytes) to the start of `buf` with fixed-size moves only
/// (overlapping at the end), which is cheaper than a library copy for words this short.
#[inline]
fn copy_short(buf: &mut [u8; 32], src: &[u8]) {
    let n = src.len();
    if n >= 8 {
        let mut k = 0;
        while k + 8 <= n {
            buf[k..k + 8].copy_from_slice(&src[k..k + 8]);
            k += 8;
        }
        if k < n {
            buf[n - 8..n].copy_from_slice(&src[n - 8..]);
        }
    } else if n >= 4 {
        buf[..4].copy_from_slice(&src[..4]);
        buf[n - 4..n].copy_from_slice(&src[n - 4..]);
    } else if n > 0 {
        buf[0] = src[0];
        buf[n / 2] = src[n / 2];
        buf[n - 1] = src[n - 1];
    }
}

/// [`word_key`] of a word given as bytes.
#[inline]
fn bytes_key(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.write_u8(0xff);
    h.finish()
}

/// The first alphanumeric run of `s` ("GPT" of "GPT-4o", "The" of "The Information").
pub(crate) fn first_run(s: &str) -> &str {
    // ASCII bytes one at a time; the first non-ASCII byte hands over to the char walk.
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b >= 0x80 {
            let end = s[i..]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(s.len(), |(k, _)| i + k);
            return &s[..end];
        }
        if !b.is_ascii_alphanumeric() {
            break;
        }
        i += 1;
    }
    &s[..i]
}

/// Calls `f` with `word` lower-cased, without allocating for short ASCII words.
#[cfg(test)]
pub(crate) fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let bytes = word.as_bytes();
    if bytes.len() <= 32 && bytes.is_ascii() {
        let mut buf = [0u8; 32];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out: always valid UTF-8.
        f(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or(""))
    } else {
        f(&word.to_lowercase())
    }
}

/// Words that may follow a name after a hyphen without making the name part of a longer word
/// ("Meta-owned Instagram", "OpenAI-backed").
const HYPHEN_SUFFIXES: &[&str] = &[
    "owned",
    "backed",
    "based",
    "funded",
    "led",
    "made",
    "built",
    "powered",
    "run",
    "controlled",
    "developed",
    "style",
    "like",
    "era",
    "branded",
    "sponsored",
    "affiliated",
    "linked",
    "related",
    "focused",
    "listed",
    "operated",
    "designed",
    "trained",
    "generated",
    "supported",
];

/// True when a mention may end at byte `end`: not inside a word; a possessive or a
/// hyphenated compound from [`HYPHEN_SUFFIXES`] ends it.
pub(crate) fn ends_on_boundary(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    let Some(c) = chars.next() else { return true };
    if c.is_alphanumeric() {
        return false;
    }
    match c {
        '\'' | '’' => match chars.next() {
            None => true,
            Some('s' | 'S') => chars.next().is_none_or(|n| !n.is_alphanumeric()),
            Some(n) => !n.is_alphanumeric(),
        },
        '-' | '‐' => {
            let after = chars.as_str();
            let word_len = after
                .find(|ch: char| !ch.is_alphanumeric())
                .unwrap_or(after.len());
            if word_len == 0 {
                return true;
            }
            HYPHEN_SUFFIXES.contains(&after[..word_len].to_ascii_lowercase().as_str())
        }
        '.' | '&' | '@' | '_' => chars.next().is_none_or(|n| !n.is_alphanumeric()),
        _ => true,
    }
}

/// The last position after `start` and before `end` where a shorter mention could end.
fn previous_boundary(text: &str, start: usize, end: usize) -> Option<usize> {
    let s = &text[start..end];
    let mut last = None;
    for (i, c) in s.char_indices() {
        if i > 0 && !c.is_alphanumeric() && ends_on_boundary(text, start + i) {
            last = Some(start + i);
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EntityType;

    fn g(tsv: &str) -> Gazetteer {
        let mut b = Gazetteer::builder();
        b.load_tsv(tsv, "t").unwrap();
        b.build()
    }

    fn found<'t>(g: &Gazetteer, text: &'t str, start: usize) -> Option<&'t str> {
        g.longest_at(text, start).map(|m| &text[start..m.end])
    }

    #[test]
    fn longest_and_boundaries() {
        let g = g(
            "COMPANY\tGoogle\nCOMPANY\tGoogle DeepMind\nMODEL\tLlama\nMODEL\tLlama 2\nCOMPANY\tMeta\tMeta Platforms\n",
        );
        assert_eq!(
            found(&g, "Google DeepMind said", 0),
            Some("Google DeepMind")
        );
        assert_eq!(found(&g, "Google said", 0), Some("Google"));
        assert_eq!(found(&g, "Googlers", 0), None);
        assert_eq!(found(&g, "Llama 20 times", 0), Some("Llama"));
        assert_eq!(found(&g, "Llama 2, then", 0), Some("Llama 2"));
        assert_eq!(found(&g, "Meta’s model", 0), Some("Meta"));
        assert_eq!(
            found(&g, "Meta Platforms’ releases", 0),
            Some("Meta Platforms")
        );
        assert_eq!(found(&g, "Meta's", 0), Some("Meta"));
        assert_eq!(found(&g, "Meta'sy", 0), None);
        assert_eq!(found(&g, "Meta-owned Instagram", 0), Some("Meta"));
        assert_eq!(found(&g, "Meta-analysis", 0), None);
        assert_eq!(found(&g, "Meta.com", 0), None);
        assert_eq!(found(&g, "Meta.", 0), Some("Meta"));
        assert_eq!(found(&g, "FacebookGoogle", 8), Some("Google"));
        assert_eq!(found(&g, "meta", 0), None);
    }

    #[test]
    fn nocase_and_apostrophes() {
        let g = g("COMPANY\tMcDonald's\nCOMPANY\tiRobot\t\t\tnocase\n");
        assert_eq!(found(&g, "McDonald’s sales", 0), Some("McDonald’s"));
        assert_eq!(found(&g, "IROBOT shares", 0), Some("IROBOT"));
        assert_eq!(found(&g, "irobot shares", 0), Some("irobot"));
        assert!(g.nocase_start(b'i'));
        assert!(!g.nocase_start(b'm'));
    }

    #[test]
    fn later_entries_listed_last() {
        let mut b = Gazetteer::builder();
        b.load_tsv("COMPANY\tApple\nMODEL\tApple\n", "t").unwrap();
        b.add_entry(Entry::new(EntityType::Person, "Apple"));
        let g = b.build();
        let m = g.longest_at("Apple", 0).unwrap();
        let kinds: Vec<_> = g
            .entries_of(m.pattern)
            .iter()
            .map(|&i| g.entry(i).kind)
            .collect();
        assert_eq!(
            kinds,
            [EntityType::Company, EntityType::Model, EntityType::Person]
        );
    }

    #[test]
    fn name_lists() {
        let mut b = Gazetteer::builder();
        b.load_first_names("Jacob\tM\t\nWill\tM\tambiguous\n", "f")
            .unwrap();
        b.load_surnames("DEVLIN\t\n", "s").unwrap();
        b.load_common_words("will\nreport\n");
        let g = b.build();
        let bits = |w: &str| with_lower(w, |l| g.lower_bits(l));
        assert_eq!(bits("Jacob"), FIRST);
        assert_eq!(
            bits("Will") & !lexicon::STOP,
            FIRST | FIRST_AMBIGUOUS | COMMON
        );
        assert_eq!(bits("Devlin"), SURNAME);
        assert_eq!(bits("Reports"), 0);
        assert_eq!(bits("Report"), COMMON);
        assert_eq!(bits("Émile"), 0);
        assert_eq!(g.name_list_sizes(), (2, 1, 2));
        assert!(g.memory_usage() > 0);
    }

    #[test]
    fn fast_paths_match_the_char_walks() {
        let mut b = Gazetteer::builder();
        b.load_first_names("Émile\tM\t\nJacob\tM\t\n", "f").unwrap();
        let g = b.build();
        for w in [
            "",
            "Jacob",
            "JACOB",
            "ÉMILE",
            "Émile",
            "GPT-4o",
            "Zürich-based",
            "a",
            "x\u{e9}y.z",
            "O'Neil",
            "ΣΟΦΙΑ",
            "abcdefghijklmnopqrstuvwxyzabcdefghij",
        ] {
            let slow = w
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(w.len(), |(i, _)| i);
            assert_eq!(first_run(w), &w[..slow], "{w:?}");
            assert_eq!(
                g.lower_bits_of(w),
                with_lower(w, |l| g.lower_bits(l)),
                "{w:?}"
            );
        }
        for w in [
            "",
            "@[`{AZaz09",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{|}",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{|}~",
            "McDONALD'S",
            "ÉMILE",
            "x\u{e9}",
            "\x7f\x01 -",
        ] {
            assert_eq!(lower_key(w), word_key(&w.to_lowercase()), "{w:?}");
        }
        // Every length up to the stack buffer's and one past it.
        let long = "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{01AB";
        for n in 0..=long.len() {
            let w = &long[..n];
            assert_eq!(lower_key(w), word_key(&w.to_lowercase()), "{w:?}");
            let mut buf = [0u8; 32];
            if n <= 32 {
                copy_short(&mut buf, w.as_bytes());
                assert_eq!(&buf[..n], w.as_bytes());
                assert!(buf[n..].iter().all(|&b| b == 0));
            }
        }
        assert_eq!(g.lower_bits_of("JACOB"), FIRST);
        assert_eq!(g.lower_bits_of("ÉMILE"), FIRST);
    }

    #[test]
    fn empty_gazetteer_matches_nothing() {
        let g = Gazetteer::builder().build();
        assert!(g.longest_at("Anything", 0).is_none());
        assert!(g.is_empty());
    }
}
