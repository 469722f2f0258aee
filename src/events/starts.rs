//! Where each family of rules may start: one walk over an article's tokens marks the tokens
//! a family may act on (a trigger word of the main pass, a noun or "became" form of
//! `nominal`, "succeed"/"replace"/"over" of `succession`, "joined" of `joined_by`,
//! "career"/"move" of `career`). Each family then visits only its marked tokens instead of
//! walking all of them again, and still applies all its own tests there.
//!
//! A mark is implied by what the family needs of a token before it does anything with it
//! (its first test, or the words it acts on), so visiting only the marked tokens skips
//! nothing the family would have acted on.

use crate::document::{Token, TokenKind};

use super::lexicon::{trigger_prefix, trigger_shape};

/// The main pass: a trigger word ([`Context::maybe_trigger`](super::context::Context) and the table's trigger class,
/// which implies [`trigger_shape`]).
pub(crate) const TRIGGER: u8 = 1;
/// `nominal`: one of its candidate words (`nominal::CANDIDATES`).
pub(crate) const NOMINAL: u8 = 1 << 1;
/// `succession`: "over" or a form of "succeed"/"replace".
pub(crate) const SUCCESSION: u8 = 1 << 2;
/// `joined_by`: "joined".
pub(crate) const JOINED_BY: u8 = 1 << 3;
/// `career`: "career" or a form of "move".
pub(crate) const CAREER: u8 = 1 << 4;

/// The tokens where some family may start, in text order, each with the families' bits.
///
/// One branch-free test per token first ([`may_mark`]): its first two letters, length and
/// last byte against [`SHAPES`], which every token some family marks passes and about one
/// token in eight does (one branch, mostly not taken, instead of a length test and a
/// [`PAIRS`] test that a third of the tokens pass at random). The tokens that pass go
/// through [`mark_token`].
///
/// The pipeline runs it right after tokenizing, while the tokens and the text are still in
/// the cache, and hands the marks to the event stage ([`super::find_events_marked`]).
pub(crate) fn mark(text: &str, tokens: &[Token]) -> Vec<(u32, u8)> {
    let bytes = text.as_bytes();
    // About one token in ten is marked: room for that many, so that the vector seldom grows.
    let mut out = Vec::with_capacity(tokens.len() / 8);
    for (t, tok) in tokens.iter().enumerate() {
        let m = mark_one(bytes, tok);
        if m != 0 {
            out.push((t as u32, m));
        }
    }
    out
}

/// The marks of one token `tok` of the text `bytes` (0 for none): what [`mark`] gives it.
/// The pipeline marks each token as the tokenizer makes it (`crate::lexed`).
#[inline(always)]
pub(crate) fn mark_one(bytes: &[u8], tok: &Token) -> u8 {
    if may_mark(bytes, tok) {
        mark_token(bytes, tok)
    } else {
        0
    }
}

/// False when no family marks token `tok` ([`mark_token`] gives 0), from its first two
/// bytes, length and last byte against [`SHAPES`], with no branch but the ones on the
/// bytes lying in the text (a token not in the text is marked for no family).
#[inline]
fn may_mark(bytes: &[u8], tok: &crate::document::Token) -> bool {
    let (Some(&[a, b]), Some(&z)) = (
        bytes.get(tok.start..tok.start.wrapping_add(2)),
        bytes.get(tok.end.wrapping_sub(1)),
    ) else {
        return false;
    };
    let pair = usize::from(FIRST_BUCKET[usize::from(a)] | u16::from(BUCKET[usize::from(b)])) & 1023;
    let shape = SHAPES[pair];
    // The length's shift wraps around at 64: a length of 64 or more may pass, which
    // `mark_token` then rules out.
    let len = tok.end.wrapping_sub(tok.start) as u32;
    (shape >> LEN_SHIFT).wrapping_shr(len) & (shape >> BUCKET[usize::from(z)]) & 1 != 0
}

/// The families' bits for one token (0 for none).
///
/// A token is looked up in [`PAIRS`] by its first two bytes (any bytes) and in [`LENGTHS`] by its
/// length; the first tests of the main pass and of `nominal` then run where their bits are
/// still set.
#[inline]
fn mark_token(bytes: &[u8], tok: &crate::document::Token) -> u8 {
    let len = tok.end.wrapping_sub(tok.start);
    // Shorter than 3 bytes or longer than the table: no family (see `LENGTHS`).
    if len.wrapping_sub(3) >= LENGTHS.len() - 3 {
        return 0;
    }
    let (Some(&a), Some(&b)) = (bytes.get(tok.start), bytes.get(tok.start + 1)) else {
        return 0;
    };
    let mut m = PAIRS[usize::from(a) << 8 | usize::from(b)] & LENGTHS[len];
    if m == 0 {
        return 0;
    }
    let Some(word) = bytes.get(tok.start..tok.end) else {
        return 0;
    };
    // `Context::maybe_trigger` past the pair and length (the kind and the third letter),
    // then the shape every trigger word has (its length and last letter).
    if m & TRIGGER != 0
        && !(tok.kind == TokenKind::Word && trigger_prefix(word) && trigger_shape(word))
    {
        m &= !TRIGGER;
    }
    if m & NOMINAL != 0 && !super::nominal::may_be_candidate(bytes, tok) {
        m &= !NOMINAL;
    }
    m
}

/// The bucket of a byte that is no ASCII letter (see [`BUCKET`]).
const OTHER: u8 = 26;

/// For each byte, its bucket: 0 to 25 for an ASCII letter of either case (its place in the
/// alphabet), [`OTHER`] for any other byte.
static BUCKET: [u8; 256] = buckets();

const fn buckets() -> [u8; 256] {
    let mut table = [OTHER; 256];
    let mut i = 0;
    while i < 26 {
        table[b'a' as usize + i] = i as u8;
        table[b'A' as usize + i] = i as u8;
        i += 1;
    }
    table
}

/// [`BUCKET`] shifted to the first byte's place in a [`SHAPES`] index (`bucket << 5`).
static FIRST_BUCKET: [u16; 256] = first_buckets();

const fn first_buckets() -> [u16; 256] {
    let bucket = buckets();
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = (bucket[i] as u16) << 5;
        i += 1;
    }
    table
}

/// Where the lengths start in a [`SHAPES`] entry.
const LEN_SHIFT: usize = 32;

/// For each pair of first-byte buckets (`a << 5 | b`, see [`BUCKET`]), what a token opening
/// with them needs for some family to mark it: bit [`LEN_SHIFT`] `+ len` for each length it
/// may have (3 to 15) and bit `bucket` for each bucket its last byte may be in. Implied by
/// [`mark_token`]'s tests family by family (the main pass: `trigger_shape`; `nominal`:
/// `may_be_candidate`; the others: their lengths, any last byte), so a token that fails it
/// is marked for no family. Checked against [`mark_token`] by the tests below.
static SHAPES: [u64; 1024] = shapes();

const fn shapes() -> [u64; 1024] {
    let mut table = [0u64; 1024];
    let (bucket, pairs, lengths) = (buckets(), pairs(), lengths());
    let trigger = super::lexicon::trigger_shapes();
    let first_len = super::nominal::edge_table(false);
    let last_len = super::nominal::edge_table(true);
    // The buckets a candidate word of `nominal` may end in.
    let mut nominal_lasts = 0u64;
    let mut e = 0;
    while e < 128 {
        if last_len[e] != 0 {
            nominal_lasts |= 1 << bucket[e];
        }
        e += 1;
    }
    let any_last = (1u64 << 27) - 1;
    // Lengths 3 to 15: the only ones `mark_token` marks.
    let len_range = ((1u64 << 16) - 1) & !0b111;
    let mut ab = 0;
    while ab < 256 * 256 {
        let families = pairs[ab];
        if families != 0 {
            let (a, b) = ((ab >> 8) as u8, (ab & 0xff) as u8);
            let (ba, bb) = (bucket[a as usize], bucket[b as usize]);
            let mut lens = 0u64;
            let mut lasts = 0u64;
            let mut len = 0;
            while len < 16 {
                let here = families & lengths[len];
                // Families with no test past the pair and length: any last byte.
                if here & (SUCCESSION | JOINED_BY | CAREER) != 0 {
                    lens |= 1 << len;
                    lasts |= any_last;
                }
                len += 1;
            }
            if families & TRIGGER != 0 && ba < 26 && bb < 26 {
                let (l, z) = trigger[ba as usize * 26 + bb as usize];
                lens |= l as u64 & length_mask(&lengths, TRIGGER);
                lasts |= z as u64;
            }
            if families & NOMINAL != 0 && a < 128 {
                lens |= first_len[a as usize] as u64 & length_mask(&lengths, NOMINAL);
                lasts |= nominal_lasts;
            }
            table[(ba as usize) << 5 | bb as usize] |= (lens & len_range) << LEN_SHIFT | lasts;
        }
        ab += 1;
    }
    table
}

/// The lengths (bit `len`) at which `family` acts, by the table of [`lengths`].
const fn length_mask(lengths: &[u8; 16], family: u8) -> u64 {
    let mut mask = 0u64;
    let mut len = 0;
    while len < 16 {
        if lengths[len] & family != 0 {
            mask |= 1 << len;
        }
        len += 1;
    }
    mask
}

/// For each token length, the families that act on a token that long: the main pass on 3
/// to 11 bytes (`Context::maybe_trigger`), `nominal` on 3 to 12 (`may_be_candidate`), and
/// the lengths of the words of `succession`, `joined_by` and `career`. Longer tokens start
/// no family.
static LENGTHS: [u8; 16] = lengths();

const fn lengths() -> [u8; 16] {
    let mut table = [0u8; 16];
    let mut len = 3;
    while len <= 12 {
        if len <= 11 {
            table[len] |= TRIGGER;
        }
        table[len] |= NOMINAL;
        len += 1;
    }
    let mut i = 0;
    while i < super::succession::SUCCESSION_WORDS.len() {
        table[super::succession::SUCCESSION_WORDS[i].len()] |= SUCCESSION;
        i += 1;
    }
    table["over".len()] |= SUCCESSION;
    table["joined".len()] |= JOINED_BY;
    // "career", and "move", "moves", "moved", "moving" (`career::may_start`: 4 to 6 bytes).
    table[4] |= CAREER;
    table[5] |= CAREER;
    table[6] |= CAREER;
    table
}

/// For each pair of first bytes (`a << 8 | b`), the families that act on a token opening
/// with them (none for a non-ASCII byte, so one lookup rules those out too): the main pass on the first two letters of a trigger word in any case
/// (`trigger_prefix`), the others on those of their words as written (`nominal` acts only
/// on its `CANDIDATES`, compared as written). Checked against the families by the tests
/// below.
static PAIRS: [u8; 256 * 256] = pairs();

const fn pairs() -> [u8; 256 * 256] {
    let mut table = [0u8; 256 * 256];
    let prefixes = super::lexicon::trigger_prefixes();
    let mut a = 0;
    while a < 26 {
        let mut b = 0;
        while b < 26 {
            if prefixes[a * 26 + b] != 0 {
                let (la, lb) = (b'a' + a as u8, b'a' + b as u8);
                let (ua, ub) = (la.to_ascii_uppercase(), lb.to_ascii_uppercase());
                set(&mut table, la, lb, TRIGGER);
                set(&mut table, la, ub, TRIGGER);
                set(&mut table, ua, lb, TRIGGER);
                set(&mut table, ua, ub, TRIGGER);
            }
            b += 1;
        }
        a += 1;
    }
    let mut i = 0;
    while i < super::nominal::CANDIDATES.len() {
        let w = super::nominal::CANDIDATES[i].as_bytes();
        set(&mut table, w[0], w[1], NOMINAL);
        i += 1;
    }
    let mut i = 0;
    while i < super::succession::SUCCESSION_WORDS.len() {
        let w = super::succession::SUCCESSION_WORDS[i].as_bytes();
        set(&mut table, w[0], w[1], SUCCESSION);
        i += 1;
    }
    set(&mut table, b'o', b'v', SUCCESSION);
    set(&mut table, b'j', b'o', JOINED_BY);
    set(&mut table, b'c', b'a', CAREER);
    set(&mut table, b'm', b'o', CAREER);
    table
}

const fn set(table: &mut [u8; 256 * 256], a: u8, b: u8, family: u8) {
    table[(a as usize) << 8 | b as usize] |= family;
}

#[cfg(test)]
mod tests {
    use super::super::context::Context;
    use super::super::lexicon::class;
    use super::*;

    /// `text` as one word token.
    fn word(text: &str) -> [Token; 1] {
        [Token {
            start: 0,
            end: text.len(),
            kind: TokenKind::Word,
            possessive: false,
            shape: crate::Shape::default(),
        }]
    }

    fn marks(text: &str) -> u8 {
        mark(text, &word(text)).first().map_or(0, |&(_, m)| m)
    }

    /// A token that passes the first test of the main pass (`maybe_trigger` and the trigger
    /// class) is marked for it: every first byte (ASCII or not), second byte from a few,
    /// lengths 0 to 20, and every trigger word in several cases and possessive forms. (The
    /// other families act only on the words of their lists: `family_words_are_marked`.)
    #[test]
    fn first_tests_imply_marks() {
        let firsts = (0u8..0x80)
            .map(|b| (b as char).to_string())
            .chain(["é", "É", "’", "“", "ß"].iter().map(|s| s.to_string()));
        for first in firsts {
            for second in ["", "a", "e", "o", "u", "i", "x", "E", "O", "-", "é"] {
                for len in 0..=20usize {
                    for fill in ["a", "e", "n", "s", "d", "g", "r", "t", "y", "E", "D"] {
                        let head = first.clone() + second;
                        if len < head.len() {
                            continue;
                        }
                        let text = head + &fill.repeat(len - first.len() - second.len());
                        let tokens = word(&text);
                        let ctx = Context::for_test(&text, &[], &tokens, &[]);
                        let m = marks(&text);
                        if ctx.maybe_trigger(0) && ctx.has(0, class::TRIGGER) {
                            assert!(m & TRIGGER != 0, "{text:?}");
                        }
                    }
                }
            }
        }
    }

    /// Every trigger word, in any case and with a possessive ending, is marked for the
    /// main pass; most words that only open like one are not.
    #[test]
    fn trigger_words_are_marked() {
        let mut found = 0;
        for w in super::super::lexicon::trigger_words() {
            let upper = w.to_uppercase();
            let title = w[..1].to_uppercase() + &w[1..];
            for v in [w.to_string(), upper, title] {
                for text in [
                    v.clone(),
                    format!("{v}'s"),
                    format!("{v}’s"),
                    format!("{v}s"),
                ] {
                    let tokens = word(&text);
                    let ctx = Context::for_test(&text, &[], &tokens, &[]);
                    if ctx.maybe_trigger(0) && ctx.has(0, class::TRIGGER) {
                        found += 1;
                        assert!(marks(&text) & TRIGGER != 0, "{text:?}");
                    }
                }
            }
        }
        assert!(found > 300, "{found}");
        for w in ["first", "party", "profit", "leader", "quite"] {
            assert_eq!(marks(w) & TRIGGER, 0, "{w}");
        }
    }

    /// Every word a family acts on is marked for it.
    #[test]
    fn family_words_are_marked() {
        for w in super::super::nominal::CANDIDATES {
            assert!(marks(w) & NOMINAL != 0, "{w}");
        }
        for w in super::super::succession::SUCCESSION_WORDS
            .iter()
            .chain(&["over"])
        {
            assert!(marks(w) & SUCCESSION != 0, "{w}");
        }
        assert!(marks("joined") & JOINED_BY != 0);
        for w in ["career", "move", "moves", "moved", "moving"] {
            assert!(marks(w) & CAREER != 0, "{w}");
        }
        for w in [
            "left",
            "Left",
            "LEFT",
            "resigned",
            "Resigned",
            "quits",
            "appointed",
        ] {
            assert!(marks(w) & TRIGGER != 0, "{w}");
        }
    }

    /// The branch-free test in front of `mark_token` rules out no token it marks: every pair
    /// of first bytes some family opens with, in every length, with every last byte, and with
    /// every third letter that opens a trigger word after that pair (and one that does not).
    #[test]
    fn shapes_imply_marks() {
        let mut marked = 0;
        for (ab, &families) in PAIRS.iter().enumerate() {
            if families == 0 {
                continue;
            }
            let (a, b) = ((ab >> 8) as u8, (ab & 0xff) as u8);
            let thirds: Vec<u8> = (b'a'..=b'z')
                .chain(b'A'..=b'Z')
                .filter(|&c| trigger_prefix(&[a, b, c]))
                .chain([b'x', b'-', 0xc3])
                .collect();
            for len in 0..=17usize {
                for &c in &thirds {
                    for last in 0..=255u8 {
                        let mut text = vec![a, b, c];
                        text.resize(len.max(3), b'e');
                        text.truncate(len.max(2));
                        if len >= 3 {
                            text[len - 1] = last;
                        }
                        for kind in [TokenKind::Word, TokenKind::Number] {
                            let tok = Token {
                                start: 0,
                                end: len,
                                kind,
                                possessive: false,
                                shape: crate::Shape::default(),
                            };
                            if mark_token(&text, &tok) != 0 {
                                marked += 1;
                                assert!(
                                    may_mark(&text, &tok),
                                    "{:?}",
                                    String::from_utf8_lossy(&text)
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(marked > 10_000, "{marked}");
    }

    /// `mark` finds the tokens `mark_token` marks, in order, in real text.
    #[test]
    fn mark_agrees_with_mark_token() {
        let text = "Acme said Jane Doe resigned and left; she joined Globex's board, replacing \
                    the outgoing CEO, who will retire. Her career move: JOINED, Quits, o, \
                    über-départ, departure’s, Left's exits REPLACED over OVER moved, resign";
        let seg = crate::segment::Segmenter::new();
        let tokens = seg.tokenize(text);
        let slow: Vec<(u32, u8)> = tokens
            .iter()
            .enumerate()
            .map(|(t, tok)| (t as u32, mark_token(text.as_bytes(), tok)))
            .filter(|&(_, m)| m != 0)
            .collect();
        assert!(slow.len() > 15, "{slow:?}");
        assert_eq!(mark(text, &tokens), slow);
    }
}
