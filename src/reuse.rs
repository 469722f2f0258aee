//! Buffers kept per thread and reused from one document to the next.
//!
//! An article's scratch lists (its tokens, its words, per-word bits and marks) allocated
//! afresh for each article land on memory the allocator has not handed out lately, so filling
//! them misses the cache on every line; a buffer given back after one article and taken for
//! the next stays warm. A thread keeps a few of each element type, none larger than
//! [`KEEP_BYTES`]: the pipeline has at most nine such buffers out at once (one for tokens,
//! one for words, four of integers, two of marks, one of word classes), so a thread holds at
//! most 2.3 MB after the largest articles, a few tens of KB after typical ones.

use std::cell::{Cell, RefCell};
use std::thread::LocalKey;

use crate::document::Token;
use crate::events::lexicon::Lex;
use crate::patterns::words::Word;

/// A buffer holding more than this many bytes is freed, not kept: 256 KB holds the tokens
/// of a 50 KB article, longer than almost any news story.
const KEEP_BYTES: usize = 256 << 10;

/// Spare buffers kept per element type.
const SPARES: usize = 4;

/// A thread's spare buffers of one element type.
type Spares<T> = RefCell<Vec<Vec<T>>>;

thread_local! {
    static TOKENS: Spares<Token> = const { RefCell::new(Vec::new()) };
    static WORDS: Spares<Word> = const { RefCell::new(Vec::new()) };
    static U32S: Spares<u32> = const { RefCell::new(Vec::new()) };
    static FLAGS: Spares<bool> = const { RefCell::new(Vec::new()) };
    static LEX: Spares<LexCell> = const { RefCell::new(Vec::new()) };
}

/// The events stage's cache of one token's word classes.
pub(crate) type LexCell = Cell<Option<Lex>>;

/// An empty token buffer (with room when one was given back).
pub(crate) fn tokens() -> Vec<Token> {
    take(&TOKENS)
}

/// Gives a token buffer back for the next document.
pub(crate) fn keep_tokens(v: Vec<Token>) {
    keep(&TOKENS, v);
}

/// An empty word buffer (with room when one was given back).
pub(crate) fn words() -> Vec<Word> {
    take(&WORDS)
}

/// Gives a word buffer back for the next document.
pub(crate) fn keep_words(v: Vec<Word>) {
    keep(&WORDS, v);
}

/// `n` times `fill`.
pub(crate) fn u32s(n: usize, fill: u32) -> Vec<u32> {
    let mut v = take(&U32S);
    v.resize(n, fill);
    v
}

/// Gives a buffer of integers back.
pub(crate) fn keep_u32s(v: Vec<u32>) {
    keep(&U32S, v);
}

/// `n` empty cells of the events stage's per-token word classes.
pub(crate) fn lex_cells(n: usize) -> Vec<LexCell> {
    let mut v = take(&LEX);
    v.resize(n, LexCell::new(None));
    v
}

/// Gives a buffer of word-class cells back.
pub(crate) fn keep_lex_cells(v: Vec<LexCell>) {
    keep(&LEX, v);
}

/// `n` times `false`.
pub(crate) fn falses(n: usize) -> Vec<bool> {
    let mut v = take(&FLAGS);
    v.resize(n, false);
    v
}

/// Gives a buffer of marks back.
pub(crate) fn keep_flags(v: Vec<bool>) {
    keep(&FLAGS, v);
}

fn take<T: 'static>(spares: &'static LocalKey<Spares<T>>) -> Vec<T> {
    // During thread teardown, or (never, today) while the list is borrowed: a new buffer.
    spares
        .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.pop()))
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn keep<T: 'static>(spares: &'static LocalKey<Spares<T>>, mut v: Vec<T>) {
    if v.capacity() == 0 || v.capacity() * std::mem::size_of::<T>() > KEEP_BYTES {
        return;
    }
    v.clear();
    let _ = spares.try_with(|s| {
        if let Ok(mut s) = s.try_borrow_mut() {
            if s.len() < SPARES {
                s.push(v);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_buffer_given_back_is_taken_again_empty() {
        let mut v = tokens();
        v.reserve(100);
        v.push(Token {
            start: 0,
            end: 1,
            kind: crate::document::TokenKind::Word,
            possessive: false,
            shape: crate::Shape::default(),
        });
        let cap = v.capacity();
        keep_tokens(v);
        let again = tokens();
        assert!(again.is_empty());
        assert_eq!(again.capacity(), cap);
        // Taken: none is left until the buffer comes back.
        assert_eq!(tokens().capacity(), 0);
        keep_tokens(again);
    }

    #[test]
    fn filled_buffers_come_back_filled_anew() {
        let mut a = u32s(5, 0);
        a[2] = 7;
        keep_u32s(a);
        assert_eq!(u32s(3, 9), [9, 9, 9]);
        let mut f = falses(4);
        f[0] = true;
        keep_flags(f);
        assert_eq!(falses(2), [false, false]);
    }

    #[test]
    fn a_few_buffers_are_kept_none_huge() {
        for _ in 0..SPARES + 2 {
            keep_u32s(Vec::with_capacity(8));
        }
        let kept: Vec<_> = (0..SPARES + 2).map(|_| u32s(0, 0)).collect();
        assert_eq!(kept.iter().filter(|v| v.capacity() >= 8).count(), SPARES);
        let v: Vec<Word> = Vec::with_capacity(KEEP_BYTES / std::mem::size_of::<Word>() + 1);
        keep_words(v);
        assert_eq!(words().capacity(), 0);
    }
}
