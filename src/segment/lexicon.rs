//! Word lists the splitter and tokenizer consult: abbreviations by class, usual sentence
//! openers and verbs of saying. The lists live in `data/` beside this file and are embedded at
//! build time; they are parsed once into hash sets on first use.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;

/// How a period after an abbreviation behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Precedes a name; never ends a sentence ("Dr.", "Gen.").
    Title,
    /// Precedes a number ("No. 3"); an ordinary word otherwise.
    Number,
    /// Never ends a sentence ("e.g.", "vs.").
    Never,
    /// Ends a sentence only before a usual sentence opener ("Corp.", "U.S.", "p.m.").
    Ending,
    /// Ends a sentence before any capitalised word ("etc.").
    Loose,
    /// A single capital letter or dotted capitals ("W.", "H.R.", "J.R.R."): like `Ending`.
    Initial,
}

/// FNV-1a: the keys are short words looked up at every period, where SipHash showed up in
/// profiles; the lists are fixed, so flooding is not a concern.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// Byte strings to values, with the length of the longest key: longer words are not looked
/// up at all.
struct Table<V> {
    map: FastMap<Box<[u8]>, V>,
    max_len: usize,
}

impl<V: Copy> Table<V> {
    fn new<'k>(entries: impl Iterator<Item = (&'k [u8], V)>) -> Self {
        let map: FastMap<Box<[u8]>, V> = entries.map(|(k, v)| (Box::from(k), v)).collect();
        let max_len = map.keys().map(|k| k.len()).max().unwrap_or(0);
        Table { map, max_len }
    }

    #[inline]
    fn get(&self, key: &[u8]) -> Option<V> {
        if key.len() > self.max_len {
            return None;
        }
        self.map.get(key).copied()
    }
}

/// A filter over the lower-cased entries by length, first and last byte (a bit per hashed
/// shape): when a word's shape is missing, neither the word nor its lower-case form is listed.
/// Most words looked up are ordinary words before a full stop; this answers them for a few
/// instructions.
struct Shapes([u64; 16]);

impl Shapes {
    /// The bit of the shape of `key` (not empty). Setting bit 5 maps a capital to its lower
    /// case, so a word and its lower-case form have the same shape.
    #[inline]
    fn bit(key: &[u8]) -> usize {
        let first = usize::from(key[0] | 0x20);
        let last = usize::from(key[key.len() - 1] | 0x20);
        (first * 37 + last * 11 + key.len()) & 1023
    }

    fn insert(&mut self, key: &[u8]) {
        let bit = Self::bit(key);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// False when no entry has the shape of `word` (not empty).
    #[inline]
    fn may_contain(&self, word: &[u8]) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] >> (bit % 64) & 1 != 0
    }
}

struct Lexicon {
    /// Shapes of the `folded` keys.
    shapes: Shapes,
    /// Entries as written.
    exact: Table<Abbrev>,
    /// Lower-cased key -> (class, whether the entry itself is written in lower case).
    folded: Table<(Abbrev, bool)>,
    starters: FastSet<&'static str>,
    speech_verbs: FastSet<&'static str>,
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let mut exact: FastMap<&str, Abbrev> = FastMap::default();
    let mut folded: FastMap<String, (Abbrev, bool)> = FastMap::default();
    let mut class = None;
    for line in entries(include_str!("data/abbreviations.txt")) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            class = Some(match name {
                "title" => Abbrev::Title,
                "number" => Abbrev::Number,
                "never" => Abbrev::Never,
                "ending" => Abbrev::Ending,
                "loose" => Abbrev::Loose,
                other => panic!("abbreviations.txt: unknown class [{other}]"),
            });
            continue;
        }
        let class = class.expect("abbreviations.txt: entry before the first [class]");
        exact.insert(line, class);
        let lower = line.to_ascii_lowercase();
        let is_lower = lower == line;
        folded.entry(lower).or_insert((class, is_lower));
    }
    let mut shapes = Shapes([0; 16]);
    for key in folded.keys() {
        shapes.insert(key.as_bytes());
    }
    Lexicon {
        shapes,
        exact: Table::new(exact.iter().map(|(k, &v)| (k.as_bytes(), v))),
        folded: Table::new(folded.iter().map(|(k, &v)| (k.as_bytes(), v))),
        starters: entries(include_str!("data/sentence_starters.txt")).collect(),
        speech_verbs: entries(include_str!("data/speech_verbs.txt")).collect(),
    }
});

fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The class of `word` (written without its final period), if it is an abbreviation.
///
/// Entries match as written, and entries written in lower case also with a capital first
/// letter. ALL CAPS forms ("CORP", "MR") match only with `caps`, which the caller sets when the
/// surrounding text is in capitals too: in ordinary text "SEC", "FT" and "MS" are acronyms.
///
/// Besides the listed entries, a single capital letter ("W") and dotted capitals ("H.R",
/// "J.R.R", "N.J") are initials, and other short dotted forms with a capital ("S.p.A") are treated
/// like listed `Ending` abbreviations.
pub(crate) fn abbreviation(word: &str, caps: bool) -> Option<Abbrev> {
    let bytes = word.as_bytes();
    if bytes.len() > 12 {
        return None;
    }
    let lex = &*LEXICON;
    // Without a listed shape and a '.', no rule below can match (every listed form lower-cases
    // to a `folded` key).
    if bytes.len() >= 2 && !lex.shapes.may_contain(bytes) && !bytes.contains(&b'.') {
        return None;
    }
    if let Some(class) = lex.exact.get(bytes) {
        return Some(class);
    }
    if bytes.is_empty() || !word.is_ascii() {
        return None;
    }
    if bytes.len() == 1 {
        return bytes[0].is_ascii_uppercase().then_some(Abbrev::Initial);
    }
    let all_caps = bytes.iter().all(|b| !b.is_ascii_lowercase());
    let capitalised =
        bytes[0].is_ascii_uppercase() && bytes[1..].iter().all(|b| !b.is_ascii_uppercase());
    if !all_caps && !capitalised || bytes.len() > lex.folded.max_len {
        return dotted(bytes);
    }
    let mut buf = [0u8; 12];
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    match lex.folded.get(lower) {
        Some((class, _)) if all_caps && caps => Some(class),
        Some((class, true)) => Some(class),
        _ => dotted(bytes),
    }
}

/// Dotted forms not in the list: all single capitals are initials ("H.R"); segments of at most
/// two letters with at least one capital are acronyms ("S.p.A"). Lower-case domains ("x.ai") are
/// not abbreviations.
fn dotted(bytes: &[u8]) -> Option<Abbrev> {
    if !bytes.contains(&b'.') {
        return None;
    }
    let mut initials = true;
    let mut has_upper = false;
    for seg in bytes.split(|&b| b == b'.') {
        if seg.is_empty() || seg.len() > 2 || !seg.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        has_upper |= seg[0].is_ascii_uppercase();
        initials &= seg.len() == 1 && seg[0].is_ascii_uppercase();
    }
    if initials {
        Some(Abbrev::Initial)
    } else if has_upper {
        Some(Abbrev::Ending)
    } else {
        None
    }
}

/// True when `word` usually opens a sentence ("The", "He", "However"), also in ALL CAPS.
pub(crate) fn is_starter(word: &str) -> bool {
    let lex = &*LEXICON;
    // "I'd", "It’s", "We're": the part before the apostrophe.
    let word = word.split(['\'', '’']).next().unwrap_or(word);
    if lex.starters.contains(word) {
        return true;
    }
    let bytes = word.as_bytes();
    if bytes.len() < 2 || bytes.len() > 12 || !bytes.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let mut buf = [0u8; 12];
    let title = &mut buf[..bytes.len()];
    title.copy_from_slice(bytes);
    title[1..].make_ascii_lowercase();
    std::str::from_utf8(title).is_ok_and(|t| lex.starters.contains(t))
}

/// True when `word` (lower case) is a verb of saying ("said", "asked").
pub(crate) fn is_speech_verb(word: &str) -> bool {
    LEXICON.speech_verbs.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(abbreviation("Mr", false), Some(Abbrev::Title));
        assert_eq!(abbreviation("MR", true), Some(Abbrev::Title));
        assert_eq!(abbreviation("MR", false), None);
        assert_eq!(abbreviation("SEC", false), None);
        assert_eq!(abbreviation("U.S", false), Some(Abbrev::Ending));
        assert_eq!(abbreviation("mr", false), None);
        assert_eq!(abbreviation("Corp", false), Some(Abbrev::Ending));
        assert_eq!(abbreviation("CORP", true), Some(Abbrev::Ending));
        assert_eq!(abbreviation("e.g", false), Some(Abbrev::Never));
        assert_eq!(abbreviation("E.g", false), Some(Abbrev::Never));
        assert_eq!(abbreviation("Approx", false), Some(Abbrev::Never));
        assert_eq!(abbreviation("W", false), Some(Abbrev::Initial));
        assert_eq!(abbreviation("H.R", false), Some(Abbrev::Initial));
        assert_eq!(abbreviation("N.J", false), Some(Abbrev::Initial));
        assert_eq!(abbreviation("S.p.A", false), Some(Abbrev::Ending));
        assert_eq!(abbreviation("x.ai", false), None);
        assert_eq!(abbreviation("OpenAI.com", false), None);
        assert_eq!(abbreviation("said", false), None);
        assert_eq!(abbreviation("Meta", false), None);
        assert_eq!(abbreviation("", false), None);
        assert_eq!(abbreviation("Café", false), None);
    }

    /// Every listed entry, as written, in lower case and in capitals, passes the shape filter.
    #[test]
    fn shapes_hold_every_entry() {
        let lex = &*LEXICON;
        for line in entries(include_str!("data/abbreviations.txt")) {
            if line.starts_with('[') {
                continue;
            }
            for form in [line.to_string(), line.to_lowercase(), line.to_uppercase()] {
                assert!(lex.shapes.may_contain(form.as_bytes()), "{form}");
            }
        }
        assert_eq!(abbreviation("said", false), None);
        assert_eq!(abbreviation("Etc", false), Some(Abbrev::Loose));
    }

    #[test]
    fn starters_and_verbs() {
        assert!(is_starter("The"));
        assert!(is_starter("THE"));
        assert!(!is_starter("the"));
        assert!(!is_starter("Bush"));
        assert!(is_starter("I'd"));
        assert!(is_starter("It’s"));
        assert!(is_speech_verb("asked"));
        assert!(!is_speech_verb("quit"));
    }
}
