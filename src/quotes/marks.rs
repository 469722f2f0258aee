//! Quotation-mark pairing: finds the outermost quoted spans of each paragraph.
//!
//! One pass over the bytes. Each paragraph (a line: news text puts one paragraph per line,
//! usually with blank lines between) is paired on its own, so an unbalanced mark can never
//! run past the end of its paragraph. Marks are classified by the characters around them
//! (an opening mark has white space or an opening bracket before it and text after it; a
//! closing mark the reverse); apostrophes inside words (`Meta’s`, `don't`), before decades
//! (`’90s`) and in `rock ’n’ roll` are skipped. A quotation left open at the end of a
//! paragraph ends there; when the next paragraph opens with a mark of the same family it is
//! the news convention for a quotation running over paragraphs, and the pieces are linked.

use crate::segment::chars::is_space as is_white;

/// The shape of a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkChar {
    /// `"`
    Straight,
    /// `“`
    LeftDouble,
    /// `”`
    RightDouble,
    /// `„`
    LowDouble,
    /// `‘`
    LeftSingle,
    /// `’`
    RightSingle,
    /// `'`
    StraightSingle,
    /// `«`
    LeftGuillemet,
    /// `»`
    RightGuillemet,
}

impl MarkChar {
    /// True for the single-quote family, where most marks are apostrophes.
    pub(crate) fn is_single(self) -> bool {
        matches!(
            self,
            MarkChar::LeftSingle | MarkChar::RightSingle | MarkChar::StraightSingle
        )
    }

    /// Whether a mark `close` closes a quotation opened with `self`.
    fn closed_by(self, close: MarkChar) -> bool {
        use MarkChar::*;
        match self {
            Straight | LeftDouble => matches!(close, Straight | RightDouble),
            RightDouble => close == RightDouble,
            LowDouble => matches!(close, LeftDouble | RightDouble),
            LeftSingle | StraightSingle => matches!(close, RightSingle | StraightSingle),
            RightSingle => close == RightSingle,
            LeftGuillemet => close == RightGuillemet,
            RightGuillemet => close == LeftGuillemet,
        }
    }

    fn same_family(self, other: MarkChar) -> bool {
        self.is_single() == other.is_single()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Close when a matching mark is open, else open.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    ch: MarkChar,
    role: Role,
    /// A closing single mark after `s` ("the workers’ union"): may be a plural possessive.
    possessive: bool,
}

/// One outermost quoted span inside one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// Byte of the opening mark.
    pub open: usize,
    /// First byte inside the marks.
    pub start: usize,
    /// End of the quoted words (the closing mark, or the paragraph end).
    pub end: usize,
    /// One past the closing mark (equal to `end` when unclosed).
    pub close_end: usize,
    /// The opening mark.
    pub ch: MarkChar,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
    /// The paragraph that holds the piece.
    pub para_start: usize,
    /// End of that paragraph (its line end).
    pub para_end: usize,
    /// Index of the piece in the previous paragraph this one continues.
    pub continues: Option<usize>,
}

/// Decodes the quotation mark at `i`, if any: its shape and byte length.
#[inline]
fn mark_at(b: &[u8], i: usize) -> Option<(MarkChar, usize)> {
    match b[i] {
        b'"' => Some((MarkChar::Straight, 1)),
        // Two apostrophes typed for a double quote: ''like this''.
        b'\'' if b.get(i + 1) == Some(&b'\'') => Some((MarkChar::Straight, 2)),
        b'\'' => Some((MarkChar::StraightSingle, 1)),
        0xE2 if i + 2 < b.len() && b[i + 1] == 0x80 => match b[i + 2] {
            0x98 => Some((MarkChar::LeftSingle, 3)),
            0x99 => Some((MarkChar::RightSingle, 3)),
            0x9C => Some((MarkChar::LeftDouble, 3)),
            0x9D => Some((MarkChar::RightDouble, 3)),
            0x9E => Some((MarkChar::LowDouble, 3)),
            _ => None,
        },
        0xC2 if i + 1 < b.len() => match b[i + 1] {
            0xAB => Some((MarkChar::LeftGuillemet, 2)),
            0xBB => Some((MarkChar::RightGuillemet, 2)),
            _ => None,
        },
        _ => None,
    }
}

/// Bytes that may start a quotation mark.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xE2] = true;
    t[0xC2] = true;
    t
};

/// The character before byte `i` inside `para_start..`, `None` at the paragraph start.
fn char_before(text: &str, para_start: usize, i: usize) -> Option<char> {
    if i <= para_start {
        return None;
    }
    text.get(para_start..i)?.chars().next_back()
}

fn char_after(text: &str, i: usize, para_end: usize) -> Option<char> {
    if i >= para_end {
        return None;
    }
    text.get(i..para_end)?.chars().next()
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”' | '„' | '«' | '»')
}

fn opens_context(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':') || is_quote_char(c)
}

fn closes_context(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '/' | '…'
    ) || is_quote_char(c)
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// Classifies the mark at `pos`, or `None` when it is an apostrophe or stray.
fn classify(
    text: &str,
    para_start: usize,
    para_end: usize,
    pos: usize,
    len: usize,
    ch: MarkChar,
) -> Option<Mark> {
    let prev = char_before(text, para_start, pos);
    let next = char_after(text, pos + len, para_end);
    let left = !is_space(next) && (is_space(prev) || prev.is_some_and(opens_context));
    let right = !is_space(prev) && (is_space(next) || next.is_some_and(closes_context));
    let mark = |role| {
        Some(Mark {
            pos,
            len,
            ch,
            role,
            possessive: false,
        })
    };
    use MarkChar::*;
    match ch {
        Straight => match (left, right) {
            (true, false) => mark(Role::Open),
            (false, true) => mark(Role::Close),
            // `months, " he said`: a stray space between the final comma and the closing mark.
            _ if is_space(prev) && is_space(next) && after_clause_punct(text, para_start, pos) => {
                mark(Role::Close)
            }
            _ if is_space(prev) && is_space(next) => None,
            _ => mark(Role::Either),
        },
        LeftDouble | LowDouble | LeftGuillemet => mark(Role::Either),
        RightDouble | RightGuillemet => {
            if left && !right {
                mark(Role::Either)
            } else {
                mark(Role::Close)
            }
        }
        LeftSingle | RightSingle | StraightSingle => {
            if is_word_char(prev) && is_word_char(next) {
                return None; // don't, Meta’s, O'Brien
            }
            if left && !right {
                if ch == RightSingle || elision_after(text, pos + len, para_end) {
                    return None; // ’90s, ’em, ’n’
                }
                mark(Role::Open)
            } else if right && !left {
                if ch == LeftSingle || elision_n_before(text, para_start, pos) {
                    return None;
                }
                let possessive = matches!(prev, Some('s' | 'S'));
                Some(Mark {
                    pos,
                    len,
                    ch,
                    role: Role::Close,
                    possessive,
                })
            } else {
                None
            }
        }
    }
}

/// True after an apostrophe that starts an elided word: `’90s`, `'08`, `’n’`, `'em`, `'tis`.
fn elision_after(text: &str, from: usize, para_end: usize) -> bool {
    let rest = &text[from..para_end];
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => {
            // ’90s, '08: digits then a non-letter or an "s".
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let after = rest[digits..].chars().next();
            digits == 2 && (after.is_none_or(|c| !c.is_alphabetic()) || after == Some('s'))
        }
        Some('n' | 'N') => {
            // ’n’ as in rock ’n’ roll.
            let after = chars.next();
            matches!(after, Some('\'' | '’'))
        }
        _ => {
            let word = rest.as_bytes();
            let n = word.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            let w = &word[..n];
            ["em", "tis", "twas", "cause", "til", "till"]
                .iter()
                .any(|e| w.eq_ignore_ascii_case(e.as_bytes()))
        }
    }
}

/// True for the second apostrophe of `’n’`.
fn elision_n_before(text: &str, para_start: usize, pos: usize) -> bool {
    let before = &text[para_start..pos];
    let mut rev = before.chars().rev();
    matches!(rev.next(), Some('n' | 'N')) && matches!(rev.next(), Some('\'' | '’'))
}

/// A quoted span found while pairing, with the stack depth it closed at.
#[derive(Clone, Copy, Debug)]
struct Pair {
    open: usize,
    start: usize,
    end: usize,
    close_end: usize,
    ch: MarkChar,
    closed: bool,
    /// Opening byte of the pair this one continues (implicit paragraph break).
    continues: Option<usize>,
}

/// Finds the outermost quoted spans of `text`, paragraph by paragraph, in text order.
pub(crate) fn find_pieces(text: &str) -> Vec<Piece> {
    scan_pieces(text, true)
}

/// [`find_pieces`]; `skip_plain` jumps over the paragraphs without a mark byte while no
/// quotation is left open (the tests compare it with visiting every paragraph).
fn scan_pieces(text: &str, skip_plain: bool) -> Vec<Piece> {
    let bytes = text.as_bytes();
    // Sized for a typical article, so the buffers rarely grow, and small enough (under 1 KB)
    // for the allocator's fast path.
    let mut out: Vec<Piece> = Vec::with_capacity(8);
    let mut marks: Vec<Mark> = Vec::with_capacity(32);
    let mut scratch = Scratch {
        stack: Vec::with_capacity(MAX_OPEN),
        pairs: Vec::with_capacity(16),
        chained: Chains::default(),
        single_closer_after: Vec::with_capacity(32),
    };
    // The piece left open at the end of the previous non-empty paragraph.
    let mut open_tail: Option<usize> = None;
    // A paragraph can hold a guillemet only when the text does: most texts have none, and
    // then no paragraph is searched for one.
    let any_guillemets = has_guillemet(bytes);
    let mut para_start = 0usize;
    while para_start <= bytes.len() {
        if skip_plain && open_tail.is_none() && !any_guillemets {
            // Paragraphs without a mark byte change nothing while no quotation is left open:
            // go straight to the paragraph of the next one (the end when there is none).
            match memchr::memchr3(b'"', b'\'', 0xE2, &bytes[para_start..]) {
                Some(k) => {
                    para_start = memchr::memrchr(b'\n', &bytes[para_start..para_start + k])
                        .map_or(para_start, |nl| para_start + nl + 1);
                }
                None => break,
            }
        }
        let para_end =
            memchr::memchr(b'\n', &bytes[para_start..]).map_or(bytes.len(), |p| para_start + p);
        let para = &bytes[para_start..para_end];
        // Guillemets start with 0xC2, which also starts other common characters (£, °): only
        // look at every interesting byte when the paragraph has one, else jump with memchr3.
        let guillemets = any_guillemets && has_guillemet(para);
        let mut i = para_start;
        while i < para_end {
            if guillemets {
                if !INTERESTING[bytes[i] as usize] {
                    i += 1;
                    continue;
                }
            } else {
                match memchr::memchr3(b'"', b'\'', 0xE2, &bytes[i..para_end]) {
                    Some(k) => i += k,
                    None => break,
                }
            }
            match mark_at(bytes, i) {
                // An apostrophe between ASCII letters or digits (`don't`, `O'Brien`): what
                // `classify` says of it, without decoding the characters around it.
                Some((ch, len))
                    if ch.is_single() && inside_ascii_word(bytes, para_start, para_end, i, len) =>
                {
                    i += len;
                }
                Some((ch, len)) => {
                    if let Some(m) = classify(text, para_start, para_end, i, len, ch) {
                        marks.push(m);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        if !marks.is_empty() {
            pair_paragraph(
                text,
                para_start,
                para_end,
                &marks,
                &mut out,
                &mut open_tail,
                &mut scratch,
            );
            marks.clear();
        } else if !text[para_start..para_end].trim().is_empty() {
            open_tail = None;
        }
        para_start = para_end + 1;
    }
    out
}

/// True when the mark at `i..i + len` has an ASCII letter or digit on both sides inside its
/// paragraph `para_start..para_end` (then, for a single mark, [`classify`] finds an
/// apostrophe).
fn inside_ascii_word(
    bytes: &[u8],
    para_start: usize,
    para_end: usize,
    i: usize,
    len: usize,
) -> bool {
    i > para_start
        && i + len < para_end
        && bytes[i - 1].is_ascii_alphanumeric()
        && bytes[i + len].is_ascii_alphanumeric()
}

/// True when `bytes` holds a guillemet (`«` or `»`, C2 AB or C2 BB).
fn has_guillemet(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xC2, bytes).any(|k| matches!(bytes.get(k + 1), Some(0xAB | 0xBB)))
}

/// Buffers of the pairing step, reused from paragraph to paragraph.
struct Scratch {
    stack: Vec<Mark>,
    pairs: Vec<Pair>,
    chained: Chains,
    single_closer_after: Vec<bool>,
}

fn pair_paragraph(
    text: &str,
    para_start: usize,
    para_end: usize,
    marks: &[Mark],
    out: &mut Vec<Piece>,
    open_tail: &mut Option<usize>,
    scratch: &mut Scratch,
) {
    let Scratch {
        stack,
        pairs,
        chained,
        single_closer_after: closers,
    } = scratch;
    stack.clear();
    pairs.clear();
    // (opening byte, opening byte of the pair it continues) for implicit paragraph breaks.
    chained.0.clear();
    single_closer_after(marks, closers);
    let single_closer_after = &*closers;
    for (k, m) in marks.iter().enumerate() {
        if m.role != Role::Open {
            let found = stack.iter().rposition(|o| o.ch.closed_by(m.ch));
            if let Some(at) = found {
                if m.possessive && single_closer_after[k] {
                    continue; // "the workers’ union": a plural possessive inside the quote
                }
                let o = stack[at];
                stack.truncate(at);
                pairs.push(Pair {
                    open: o.pos,
                    start: o.pos + o.len,
                    end: m.pos,
                    close_end: m.pos + m.len,
                    ch: o.ch,
                    closed: true,
                    continues: chained.get(&o.pos).copied(),
                });
                continue;
            }
            if m.role == Role::Close {
                continue;
            }
        }
        // An opening mark after a finished sentence while a quotation of the same family is
        // still open: paragraphs run together ("...an edge. "After all..."), the news
        // convention for a quotation over paragraphs. End the open one here and chain them.
        if let Some(at) = stack.iter().position(|o| o.ch.same_family(m.ch)) {
            if after_sentence_end(text, para_start, m.pos) {
                let o = stack[at];
                stack.truncate(at);
                let end = para_start + text[para_start..m.pos].trim_end().len();
                pairs.push(Pair {
                    open: o.pos,
                    start: o.pos + o.len,
                    end: end.max(o.pos + o.len),
                    close_end: end.max(o.pos + o.len),
                    ch: o.ch,
                    closed: false,
                    continues: chained.get(&o.pos).copied(),
                });
                chained.push((m.pos, o.pos));
            }
        }
        if stack.len() == MAX_OPEN {
            // No real quotation nests this deep: forget the oldest open mark, which keeps
            // every scan of the stack short on adversarial input (thousands of open marks).
            stack.remove(0);
        }
        stack.push(*m);
    }
    // The lowest mark left open runs to the paragraph end; an open single mark only when it
    // starts the paragraph (British style running quotation), else it was an apostrophe.
    let content_end = para_start + text[para_start..para_end].trim_end_matches(is_white).len();
    let first_char = para_start + (text[para_start..para_end].len())
        - text[para_start..para_end]
            .trim_start_matches(is_white)
            .len();
    if let Some(o) = stack
        .iter()
        .find(|o| !o.ch.is_single() || o.pos == first_char)
    {
        pairs.push(Pair {
            open: o.pos,
            start: o.pos + o.len,
            end: content_end.max(o.pos + o.len),
            close_end: content_end.max(o.pos + o.len),
            ch: o.ch,
            closed: false,
            continues: chained.get(&o.pos).copied(),
        });
    }
    pairs.sort_by_key(|p| p.open);
    let first_new = out.len();
    let mut last_end = 0usize;
    for p in pairs.iter() {
        if out.len() > first_new && p.open < last_end {
            continue; // nested inside a kept span
        }
        let (start, end) = trim_inside(text, p.start, p.end);
        // Pieces of this paragraph are pushed in order of their opening byte.
        let within = p
            .continues
            .and_then(|o| out[first_new..].binary_search_by_key(&o, |q| q.open).ok())
            .map(|j| first_new + j);
        let continues = match *open_tail {
            _ if within.is_some() => within,
            Some(prev) if out.len() == first_new && p.open == first_char => {
                let prev_piece: &Piece = &out[prev];
                prev_piece.ch.same_family(p.ch).then_some(prev)
            }
            _ => None,
        };
        last_end = p.close_end;
        out.push(Piece {
            open: p.open,
            start,
            end,
            close_end: p.close_end,
            ch: p.ch,
            closed: p.closed,
            para_start,
            para_end,
            continues,
        });
    }
    *open_tail = match out.last() {
        Some(last) if out.len() > first_new && !last.closed => Some(out.len() - 1),
        _ => None,
    };
}

/// Small map from an opening byte to the opening byte of the pair it continues.
#[derive(Default)]
struct Chains(Vec<(usize, usize)>);

impl Chains {
    /// Links are pushed in text order of their opening byte, so a binary search finds one.
    fn get(&self, open: &usize) -> Option<&usize> {
        self.0
            .binary_search_by_key(open, |(o, _)| *o)
            .ok()
            .map(|i| &self.0[i].1)
    }

    fn push(&mut self, link: (usize, usize)) {
        self.0.push(link);
    }
}

/// True when only white space separates `pos` from a sentence-final `.`, `!`, `?` or `…`
/// (possibly followed by a closing bracket or single mark).
fn after_sentence_end(text: &str, para_start: usize, pos: usize) -> bool {
    let before = text[para_start..pos].trim_end();
    if before.len() == text[para_start..pos].len() {
        return false; // no space before the mark
    }
    let before = before.trim_end_matches([')', '’', '\'']);
    before.ends_with(['.', '!', '?', '…'])
}

/// For each mark, true when a closing single mark follows it before any opening single mark
/// (one backward pass, so the check costs nothing per mark), written to `out`.
fn single_closer_after(marks: &[Mark], out: &mut Vec<bool>) {
    out.clear();
    out.resize(marks.len(), false);
    let mut next = false;
    for (k, m) in marks.iter().enumerate().rev() {
        out[k] = next;
        if m.ch.is_single() {
            next = m.role != Role::Open;
        }
    }
}

/// Open marks kept on the pairing stack; deeper nesting is adversarial, not prose.
const MAX_OPEN: usize = 8;

/// The span inside `start..end` without the white space at either end, in the segmenter's
/// sense (zero-width and byte-order-mark spaces too, so a quote never ends outside the
/// sentences); empty at `start` when nothing is left.
fn trim_inside(text: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = &text[start..end];
    let s = start + (inner.len() - inner.trim_start_matches(is_white).len());
    let e = start + inner.trim_end_matches(is_white).len();
    if s >= e { (start, start) } else { (s, e) }
}

/// True when the text before `pos` is one space after a comma or sentence end (`months, "`).
fn after_clause_punct(text: &str, para_start: usize, pos: usize) -> bool {
    let head = &text[para_start..pos];
    head.ends_with(' ') && head[..head.len() - 1].ends_with([',', '.', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_pieces(text)
            .iter()
            .map(|p| &text[p.start..p.end])
            .collect()
    }

    fn assert_skipping_agrees(text: &str) {
        let fast = scan_pieces(text, true);
        let slow = scan_pieces(text, false);
        assert_eq!(fast, slow, "{text:?}");
    }

    #[test]
    fn skipping_plain_paragraphs_agrees_with_visiting_each() {
        for t in [
            "",
            "\n",
            "No marks here.\nNor here.\n",
            "Plain.\n\n\"Open and never closed\n\nplain after\n\"Again.\"\n",
            "\"Running on\n\n\"and on,\" he said.\nPlain.\n'Single\n  \n'more'\n",
            "a\n\"b\nc\n\n\"d\n",
            "“Curly open\nplain\n“curly” text — dash\n",
            "It's don't\n\"x\" «Oui» said\n\"y",
        ] {
            assert_skipping_agrees(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn skipping_plain_paragraphs_agrees_on_any_text(t in "[a .'\"“”’\n]{0,24}") {
            assert_skipping_agrees(&t);
        }
    }

    /// Every single mark the ASCII-word fast path skips is one `classify` drops.
    fn assert_skipped_marks_are_apostrophes(text: &str) {
        let b = text.as_bytes();
        let (para_start, para_end) = (0, b.len());
        for i in 0..b.len() {
            let Some((ch, len)) = mark_at(b, i) else {
                continue;
            };
            if ch.is_single() && inside_ascii_word(b, para_start, para_end, i, len) {
                assert!(
                    classify(text, para_start, para_end, i, len, ch).is_none(),
                    "{text:?} at {i}"
                );
            }
        }
    }

    #[test]
    fn apostrophes_inside_ascii_words_are_skipped_as_classify_drops_them() {
        for t in [
            "don't O'Brien Meta’s rock ’n’ roll '90s 'em x'y'z 1'2 a’b",
            "'a' b'' ''c'' ’d’ e’ ‘f’ g' 'h é'i j'é",
        ] {
            assert_skipped_marks_are_apostrophes(t);
        }
    }

    proptest::proptest! {
        #[test]
        fn apostrophe_fast_path_agrees_with_classify(t in "[a-zA-Z0-9 '’‘\".,é]{0,16}") {
            assert_skipped_marks_are_apostrophes(&t);
        }
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(
            quoted("\"We are ready,\" she said. “So are we,” he said."),
            ["We are ready,", "So are we,"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let t = "Meta’s chief said: “We don’t love rock ’n’ roll from the ’90s or O'Brien's 'n' stuff.”";
        assert_eq!(
            quoted(t),
            ["We don’t love rock ’n’ roll from the ’90s or O'Brien's 'n' stuff."]
        );
    }

    #[test]
    fn british_single_outer_with_nested_double() {
        let t = "'He told me \"no\" twice,' she said. 'The workers’ union agreed.'";
        assert_eq!(
            quoted(t),
            ["He told me \"no\" twice,", "The workers’ union agreed."]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        let t = "“It was an ‘internal battle’, nothing more,” he said.";
        assert_eq!(quoted(t), ["It was an ‘internal battle’, nothing more,"]);
    }

    #[test]
    fn guillemets_and_low_quotes() {
        assert_eq!(
            quoted("Il a dit: «Nous partons.» Er sagte: „Wir gehen.“"),
            ["Nous partons.", "Wir gehen."]
        );
    }

    #[test]
    fn guillemets_are_found_in_any_paragraph_of_the_text() {
        // The text-wide test lets every paragraph that holds a guillemet be searched for one.
        let t = "£2 and 3° \"so\".\nIl a dit: «Nous partons.» «Oui»\n\n“Yes,” he said.";
        assert_eq!(quoted(t), ["so", "Nous partons.", "Oui", "Yes,"]);
        let mut start = 0;
        for para in t.split('\n') {
            let b = para.as_bytes();
            let slow =
                memchr::memchr_iter(0xC2, b).any(|k| matches!(b.get(k + 1), Some(0xAB | 0xBB)));
            assert_eq!(has_guillemet(b), slow);
            assert!(!slow || has_guillemet(t.as_bytes()));
            start += para.len() + 1;
        }
        assert_eq!(start, t.len() + 1);
        assert!(!has_guillemet("£2 3° ©".as_bytes()));
    }

    #[test]
    fn unbalanced_mark_ends_at_paragraph() {
        let t = "He said \"we will fight on.\n\nThe next paragraph has \"quotes\" too.";
        let p = find_pieces(t);
        assert_eq!(&t[p[0].start..p[0].end], "we will fight on.");
        assert!(!p[0].closed);
        assert_eq!(&t[p[1].start..p[1].end], "quotes");
        assert_eq!(p[1].continues, None);
    }

    #[test]
    fn multi_paragraph_quotation_is_linked() {
        let t = "She said: “We started small.\n\n“Then we grew,” she added.\n\nNo quote.";
        let p = find_pieces(t);
        assert_eq!(p.len(), 2);
        assert_eq!(&t[p[0].start..p[0].end], "We started small.");
        assert_eq!(p[1].continues, Some(0));
        assert!(p[1].closed);
    }

    #[test]
    fn open_single_mid_paragraph_is_an_apostrophe() {
        let t = "The players' 'big day' came. \"Yes,\" he said about the boys' win.";
        assert_eq!(quoted(t), ["big day", "Yes,"]);
    }

    #[test]
    fn run_together_paragraphs_split_at_a_new_opening_mark() {
        let t = "\"It is bitter,\" he said. \"There's an edge. \"After all that, we won.\" Later.";
        let p = find_pieces(t);
        let texts: Vec<&str> = p.iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(
            texts,
            [
                "It is bitter,",
                "There's an edge.",
                "After all that, we won."
            ]
        );
        assert!(!p[1].closed);
        assert_eq!(p[2].continues, Some(1));
        // A mark inside a sentence is not a paragraph break.
        assert_eq!(
            quoted("\"He said \"no\" to me,\" she said."),
            ["He said \"no\" to me,"]
        );
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        assert_eq!(
            quoted("''We will appeal,'' said the club. It's ''done''."),
            ["We will appeal,", "done"]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "\"",
            "'",
            "“",
            "\u{e2}",
            "a\"b\"c",
            "\n\"\n\"",
            "’’’",
            "« »",
            "\"\"",
            "'x",
        ] {
            let _ = find_pieces(t);
        }
    }
}
