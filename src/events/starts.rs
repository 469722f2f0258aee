//! Where each family of rules may start: one walk over an article's tokens marks the tokens
//! that pass a family's first, cheap test (a trigger word of the main pass, a noun or
//! "became" form of `nominal`, "succeed"/"replace"/"over" of `succession`, "joined" of
//! `joined_by`, "career"/"move" of `career`). Each family then visits only its marked
//! tokens instead of walking all of them again, and still applies its own tests there.
//!
//! A mark is exactly the family's own first test (the same function), so visiting only
//! the marked tokens skips nothing the family would have looked at.

use crate::document::TokenKind;

use super::lexicon::trigger_prefix;

use super::context::Context;

/// The main pass: a trigger word ([`Context::maybe_trigger`]).
pub(crate) const TRIGGER: u8 = 1;
/// `nominal`: one of its candidate words (`nominal::may_be_candidate`).
pub(crate) const NOMINAL: u8 = 1 << 1;
/// `succession`: "over" or a form of "succeed"/"replace" (`succession::may_start`).
pub(crate) const SUCCESSION: u8 = 1 << 2;
/// `joined_by`: "joined" (`joined_by::may_start`).
pub(crate) const JOINED_BY: u8 = 1 << 3;
/// `career`: "career" or a form of "move" (`career::may_start`).
pub(crate) const CAREER: u8 = 1 << 4;

/// The tokens where some family may start, in text order, each with the families' bits.
///
/// A token is first looked up in [`SHAPES`] by its first byte and length, which rules out
/// most tokens at once; a family's own test then runs only where its bit is set there.
pub(crate) fn mark(ctx: &Context<'_>) -> Vec<(u32, u8)> {
    let bytes = ctx.text.as_bytes();
    let mut out = Vec::new();
    for (t, tok) in ctx.tokens.iter().enumerate() {
        let len = tok.end.wrapping_sub(tok.start);
        // Shorter than 3 bytes or longer than the table: no family (see `SHAPES`).
        if len.wrapping_sub(3) >= MAX_LEN - 3 {
            continue;
        }
        let Some(word) = bytes.get(tok.start..tok.end) else {
            continue;
        };
        let first = word[0];
        if first >= 0x80 {
            continue;
        }
        let mut m = SHAPES[usize::from(first)][len];
        if m == 0 {
            continue;
        }
        // `Context::maybe_trigger` past the shape: the token kind and the first letters.
        if m & TRIGGER != 0 && !(tok.kind == TokenKind::Word && trigger_prefix(word)) {
            m &= !TRIGGER;
        }
        if m & NOMINAL != 0 && !super::nominal::may_be_candidate(bytes, tok) {
            m &= !NOMINAL;
        }
        // (The bits of `succession`, `joined_by` and `career` are left as the shape gives
        // them: their tests are about as cheap as the shape, and run again in the family.)
        if m != 0 {
            out.push((t as u32, m));
        }
    }
    out
}

/// Tokens this long or longer start no family (the longest first word is 12 bytes).
const MAX_LEN: usize = 16;

/// For each ASCII first byte and token length, the families whose first test the token may
/// pass: a superset of each test, from the facts each test needs (checked against the tests
/// themselves by `shapes_are_implied`). Non-ASCII first bytes start no family.
static SHAPES: [[u8; MAX_LEN]; 128] = shapes();

const fn shapes() -> [[u8; MAX_LEN]; 128] {
    let mut table = [[0u8; MAX_LEN]; 128];
    let nominal_first = super::nominal::edge_table(false);
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let mut len = 0;
        while len < MAX_LEN {
            let mut m = 0;
            // `trigger_prefix`: three ASCII letters of a trigger word, 3 to 11 bytes.
            if c.is_ascii_alphabetic() && len >= 3 && len <= 11 {
                m |= TRIGGER;
            }
            // `may_be_candidate`: a candidate's first byte and length.
            if len >= 3 && len <= 12 && nominal_first[b] & (1 << len) != 0 {
                m |= NOMINAL;
            }
            if (c == b'o' && len == 4) || ((c == b's' || c == b'r') && len >= 7 && len <= 10) {
                m |= SUCCESSION;
            }
            if c == b'j' && len == 6 {
                m |= JOINED_BY;
            }
            if (c == b'c' || c == b'm') && len >= 4 && len <= 6 {
                m |= CAREER;
            }
            table[b][len] = m;
            len += 1;
        }
        b += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Token;

    /// A token that passes a family's own first test has the family's bit in [`SHAPES`]:
    /// every first byte (ASCII or not) and length 0 to 20, with the rest of the word from a
    /// few fills.
    #[test]
    fn shapes_are_implied() {
        let seg = crate::Segmenter::new();
        for w in [
            "left",
            "Left",
            "resigned",
            "departure",
            "Outgoing",
            "over",
            "succeeded",
            "replacing",
            "joined",
            "career",
            "moved",
            "moving",
            "nominated",
            "hands",
        ] {
            let text = w.to_string();
            let tokens = seg.tokenize(&text);
            let ctx = Context::new(&text, &[], &tokens, &[], &[]);
            assert!(!mark(&ctx).is_empty(), "{w}");
        }
        let firsts = (0u8..0x80)
            .map(|b| (b as char).to_string())
            .chain(["é", "É", "’", "“", "ß"].iter().map(|s| s.to_string()));
        for first in firsts {
            for len in 0..=20usize {
                for fill in ["a", "e", "n", "s", "d", "g", "r", "t", "y", "E", "D"] {
                    if len < first.len() {
                        continue;
                    }
                    let text = first.clone() + &fill.repeat(len - first.len());
                    let tok = Token {
                        start: 0,
                        end: text.len(),
                        kind: TokenKind::Word,
                        possessive: false,
                    };
                    let tokens = [tok];
                    let ctx = Context::new(&text, &[], &tokens, &[], &[]);
                    let b = text.as_bytes();
                    let shape = match b.first() {
                        Some(&c) if c < 0x80 => {
                            SHAPES[usize::from(c)].get(len).copied().unwrap_or(0)
                        }
                        _ => 0,
                    };
                    let tests = [
                        (TRIGGER, ctx.maybe_trigger(0)),
                        (NOMINAL, super::super::nominal::may_be_candidate(b, &tok)),
                        (SUCCESSION, super::super::succession::may_start(b, &tok)),
                        (JOINED_BY, super::super::joined_by::may_start(b, &tok)),
                        (CAREER, super::super::career::may_start(b, &tok)),
                    ];
                    for (bit, passes) in tests {
                        assert!(!passes || shape & bit != 0, "{text:?} {bit}");
                    }
                }
            }
        }
    }
}
