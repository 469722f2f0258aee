//! Buffers kept per thread and reused from one document to the next.
//!
//! The token and word lists of an article are its largest scratch data. Allocated afresh
//! for each article they land on memory the allocator has not handed out lately, so filling
//! them misses the cache on every line; a buffer given back after one article and taken for
//! the next stays warm. A thread keeps one of each, never one larger than [`KEEP_BYTES`].

use std::cell::Cell;
use std::thread::LocalKey;

use crate::document::Token;
use crate::patterns::words::Word;

/// A buffer holding more than this many bytes (a huge article's) is freed, not kept.
const KEEP_BYTES: usize = 1 << 20;

thread_local! {
    static TOKENS: Cell<Vec<Token>> = const { Cell::new(Vec::new()) };
    static WORDS: Cell<Vec<Word>> = const { Cell::new(Vec::new()) };
}

/// This thread's token buffer (empty; with room when one was given back).
pub(crate) fn tokens() -> Vec<Token> {
    take(&TOKENS)
}

/// Gives a token buffer back for the next document.
pub(crate) fn keep_tokens(v: Vec<Token>) {
    keep(&TOKENS, v);
}

/// This thread's word buffer (empty; with room when one was given back).
pub(crate) fn words() -> Vec<Word> {
    take(&WORDS)
}

/// Gives a word buffer back for the next document.
pub(crate) fn keep_words(v: Vec<Word>) {
    keep(&WORDS, v);
}

fn take<T: 'static>(slot: &'static LocalKey<Cell<Vec<T>>>) -> Vec<T> {
    // During thread teardown the slot is gone: a new buffer then.
    slot.try_with(Cell::take).unwrap_or_default()
}

fn keep<T: 'static>(slot: &'static LocalKey<Cell<Vec<T>>>, mut v: Vec<T>) {
    if v.capacity() * std::mem::size_of::<T>() <= KEEP_BYTES {
        v.clear();
        let _ = slot.try_with(|c| c.set(v));
    }
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
        // Taken: the slot is empty until the buffer comes back.
        assert_eq!(tokens().capacity(), 0);
        keep_tokens(again);
    }

    #[test]
    fn a_huge_buffer_is_not_kept() {
        let v: Vec<Word> = Vec::with_capacity(KEEP_BYTES / std::mem::size_of::<Word>() + 1);
        keep_words(v);
        assert_eq!(words().capacity(), 0);
    }
}
