//! The surface-form matcher: a byte trie searched anchored, longest match first.
//!
//! The gazetteer only ever asks "which is the longest surface form that starts exactly here",
//! so it needs no failure links (which is what made a general Aho-Corasick automaton slow to
//! build). The trie is built depth first from the sorted patterns in one linear pass: the
//! edges of a node are contiguous and sorted by byte, the root's children and those of other
//! wide nodes sit in 256-entry rows. A run of bytes with no branch and no pattern ending
//! inside it (most of a long name) is one path node whose bytes are compared at once, so the
//! trie holds about three nodes per pattern rather than one per byte.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

/// [`Node::row`] of a path node: its bytes are `paths[lo..hi]`, its only child the next
/// node.
const PATH: u32 = u32::MAX - 1;

/// An anchored longest-match byte trie over a set of distinct, non-empty patterns.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// Child of the root for each first byte (`NONE` when absent).
    root: Box<[u32]>,
    /// The nodes, node 0 the root; one cache line holds four.
    nodes: Vec<Node>,
    /// Edges: bytes (sorted within a node) and their target nodes.
    edge_byte: Vec<u8>,
    edge_to: Vec<u32>,
    /// 256-entry rows of children by byte (`NONE` when absent), for the wide nodes.
    rows: Vec<u32>,
    /// The bytes of the path nodes.
    paths: Vec<u8>,
}

/// One trie node.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// Its edges: `edge_byte[lo..hi]`.
    lo: u32,
    hi: u32,
    /// The pattern that ends here, `NONE` when none.
    out: u32,
    /// Nodes with more than [`SPARSE_MAX`] children: the offset of their row in `rows`;
    /// [`PATH`] for a path node (a run of bytes with no branch and no pattern ending inside,
    /// matched at once); `NONE` for the others.
    row: u32,
}

/// Nodes with at most this many children are searched linearly.
const SPARSE_MAX: usize = 6;

impl Trie {
    /// Builds the trie; `patterns[i]` is pattern id `i`. Duplicates keep the first id.
    #[cfg(test)]
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Trie {
        // Sorted by bytes, then id; the first eight bytes as a number go first, which keeps
        // that order (see `prefix_key`) and settles most comparisons without a memcmp.
        let mut order: Vec<(u64, &[u8], u32)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (prefix_key(p.as_ref()), p.as_ref(), i as u32))
            .filter(|(_, p, _)| !p.is_empty())
            .collect();
        order.sort_unstable();
        Self::from_sorted(&order)
    }

    /// Builds the trie from `(prefix_key(p), p, id)` triples sorted by `p` (as `Trie::new`
    /// sorts them), none with an empty `p`. Duplicates keep the first id.
    pub(crate) fn from_sorted<S: AsRef<[u8]>>(order: &[(u64, S, u32)]) -> Trie {
        let pat = |k: usize| order[k].1.as_ref();
        let total: usize = order.iter().map(|(_, p, _)| p.as_ref().len()).sum();
        // About three nodes and two edges per pattern: its end, a branch, a path.
        let n = order.len();
        let mut t = Trie {
            root: vec![NONE; 256].into_boxed_slice(),
            nodes: Vec::with_capacity(3 * n + 1),
            edge_byte: Vec::with_capacity(2 * n),
            edge_to: Vec::with_capacity(2 * n),
            rows: Vec::new(),
            paths: Vec::with_capacity(total),
        };
        // Nodes with more than `SPARSE_MAX` children, which get a row below.
        let mut wide: Vec<u32> = Vec::new();
        // Depth first (preorder), so that the nodes and edges along one path (long names
        // with one child per node are the common case) sit next to each other in memory.
        // A node covers the sorted patterns `lo..hi` that share its prefix of length `depth`;
        // `slot` is the parent's edge that points to it.
        let mut stack: Vec<(u32, u32, u32, u32)> = Vec::with_capacity(256);
        stack.push((0, order.len() as u32, 0, NONE));
        while let Some((lo, hi, depth, slot)) = stack.pop() {
            let id = t.nodes.len() as u32;
            if slot != NONE {
                t.edge_to[slot as usize] = id;
            }
            let (mut lo, hi, d) = (lo as usize, hi as usize, depth as usize);
            let mut out = NONE;
            // The pattern equal to the prefix sorts first; duplicates follow it.
            while lo < hi && pat(lo).len() == d {
                if out == NONE {
                    out = order[lo].2;
                }
                lo += 1;
            }
            // The root keeps its edges (they fill `root`); below it, a run of bytes with no
            // branch becomes one path node.
            if id != 0 && hi - lo == 1 {
                // One pattern below: the rest of it is one path node, then its end.
                t.push_path(out, &pat(lo)[d..]);
                t.push_end(order[lo].2);
                continue;
            }
            if id != 0 && hi - lo > 1 {
                // All the patterns below share the bytes up to `run` (the first and the last
                // share them, so all between do): a path node, then the node where they
                // branch, popped next and so numbered right after it.
                let (a, z) = (&pat(lo)[d..], &pat(hi - 1)[d..]);
                let run = a.iter().zip(z).take_while(|(x, y)| x == y).count();
                if run > 0 {
                    t.push_path(out, &a[..run]);
                    stack.push((lo as u32, hi as u32, (d + run) as u32, NONE));
                    continue;
                }
            }
            let first = t.edge_byte.len();
            let pushed = stack.len();
            while lo < hi {
                let b = pat(lo)[d];
                let mut end = lo + 1;
                while end < hi && pat(end)[d] == b {
                    end += 1;
                }
                stack.push((lo as u32, end as u32, depth + 1, t.edge_byte.len() as u32));
                t.edge_byte.push(b);
                t.edge_to.push(NONE);
                lo = end;
            }
            // Smallest byte on top of the stack: visited first.
            stack[pushed..].reverse();
            let hi = t.edge_byte.len();
            if id != 0 && hi - first > SPARSE_MAX {
                wide.push(id);
            }
            t.nodes.push(Node {
                lo: first as u32,
                hi: hi as u32,
                out,
                row: NONE,
            });
        }
        // The root's children by byte, and 256-entry rows for the other wide nodes.
        if let Some(&root) = t.nodes.first() {
            for k in root.lo as usize..root.hi as usize {
                t.root[t.edge_byte[k] as usize] = t.edge_to[k];
            }
        }
        t.rows.reserve_exact(wide.len() * 256);
        for n in wide {
            let node = t.nodes[n as usize];
            let at = t.rows.len();
            t.rows.resize(at + 256, NONE);
            for k in node.lo as usize..node.hi as usize {
                t.rows[at + t.edge_byte[k] as usize] = t.edge_to[k];
            }
            t.nodes[n as usize].row = at as u32;
        }
        // Eight bytes can be read at any node's first edge (see `child`).
        t.edge_byte.extend_from_slice(&[0; 8]);
        t
    }

    /// Appends a path node over the bytes `path` (none when it is empty), with the pattern
    /// `out` ending where it starts; its child is the next node appended.
    fn push_path(&mut self, out: u32, path: &[u8]) {
        if path.is_empty() {
            debug_assert_eq!(out, NONE, "a pattern would be lost");
            return;
        }
        let lo = self.paths.len() as u32;
        self.paths.extend_from_slice(path);
        self.nodes.push(Node {
            lo,
            hi: self.paths.len() as u32,
            out,
            row: PATH,
        });
    }

    /// Appends a leaf: the node where `pattern` ends.
    fn push_end(&mut self, pattern: u32) {
        let at = self.edge_byte.len() as u32;
        self.nodes.push(Node {
            lo: at,
            hi: at,
            out: pattern,
            row: NONE,
        });
    }

    /// The child on byte `b` of the node `n` (not the root, whose children are in
    /// [`Trie::root`]).
    #[inline]
    fn child(&self, n: &Node, b: u8) -> Option<u32> {
        if n.row != NONE {
            let c = self.rows[n.row as usize + b as usize];
            return (c != NONE).then_some(c);
        }
        // At most `SPARSE_MAX` (< 8) edges: all compared at once, eight bytes as one integer,
        // with no branch on how many there are or which one matches.
        let lo = n.lo as usize;
        let count = n.hi - n.lo;
        debug_assert!(count as usize <= SPARSE_MAX, "a wide node without a row");
        let chunk: [u8; 8] = self.edge_byte.get(lo..lo + 8)?.try_into().ok()?;
        let k = byte_index(u64::from_le_bytes(chunk), b, count)?;
        self.edge_to.get(lo + k).copied()
    }

    /// The longest pattern that is a prefix of `hay`: its length and id. The first byte is
    /// looked up in the root's row; each node on the path is read once, for its pattern and
    /// then its children or its path, whose bytes are compared at once.
    #[inline]
    pub(crate) fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, u32)> {
        let &first = hay.first()?;
        let mut id = *self.root.get(first as usize)?;
        let mut pos = 1;
        let mut best = None;
        while let Some(&n) = self.nodes.get(id as usize) {
            if n.out != NONE {
                best = Some((pos, n.out));
            }
            if n.row == PATH {
                let path = self.paths.get(n.lo as usize..n.hi as usize)?;
                if !hay
                    .get(pos..pos + path.len())
                    .is_some_and(|h| same_bytes(h, path))
                {
                    break;
                }
                pos += path.len();
                id += 1;
                continue;
            }
            let Some(next) = hay.get(pos).and_then(|&b| self.child(&n, b)) else {
                break;
            };
            pos += 1;
            id = next;
        }
        best
    }

    /// Heap bytes held.
    pub(crate) fn memory_usage(&self) -> usize {
        self.root.len() * 4
            + self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.edge_byte.capacity()
            + self.edge_to.capacity() * 4
            + self.rows.capacity() * 4
            + self.paths.capacity()
    }
}

/// `a == b` for two slices of the same length, compared eight (or four) bytes at a time,
/// without the length-dependent branches of a general `memcmp`.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    debug_assert_eq!(a.len(), b.len());
    let n = a.len().min(b.len());
    if n >= 8 {
        let word =
            |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().unwrap_or([0; 8]));
        // The last eight bytes (overlapping the chunks before when `n` is no multiple of 8).
        let mut diff = word(a, n - 8) ^ word(b, n - 8);
        let mut i = 0;
        while i + 8 < n {
            diff |= word(a, i) ^ word(b, i);
            i += 8;
        }
        diff == 0
    } else if n >= 4 {
        let word =
            |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().unwrap_or([0; 4]));
        (word(a, 0) ^ word(b, 0)) | (word(a, n - 4) ^ word(b, n - 4)) == 0
    } else if n > 0 {
        (a[0] ^ b[0]) | (a[n / 2] ^ b[n / 2]) | (a[n - 1] ^ b[n - 1]) == 0
    } else {
        true
    }
}

/// The index of the first byte equal to `b` among the low `count` (< 8) bytes of `x`.
#[inline]
fn byte_index(x: u64, b: u8, count: u32) -> Option<usize> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let diff = x ^ (u64::from(b) * 0x0101_0101_0101_0101);
    // The top bit of each byte of `diff` that is not zero, exactly (no carries across bytes).
    let nonzero = (((diff & LOW7) + LOW7) | diff) & !LOW7;
    let wanted = (1u64 << (8 * count)) - 1;
    let hits = !nonzero & wanted & !LOW7;
    (hits != 0).then(|| hits.trailing_zeros() as usize / 8)
}

/// The first eight bytes of `p` as a big-endian number, zero-padded: `a < b` implies
/// `prefix_key(a) <= prefix_key(b)` (a shorter prefix pads with the smallest byte), so
/// sorting by (key, bytes) is sorting by bytes.
pub(crate) fn prefix_key(p: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = p.len().min(8);
    buf[..n].copy_from_slice(&p[..n]);
    u64::from_be_bytes(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The longest pattern that prefixes `hay`, by brute force.
    fn slow(patterns: &[&str], hay: &str) -> Option<(usize, u32)> {
        let mut best: Option<(usize, u32)> = None;
        for (i, p) in patterns.iter().enumerate() {
            if !p.is_empty()
                && hay.as_bytes().starts_with(p.as_bytes())
                && best.is_none_or(|(l, _)| p.len() > l)
            {
                best = Some((p.len(), i as u32));
            }
        }
        best
    }

    #[test]
    fn longest_prefix_matches_brute_force() {
        let patterns = [
            "Google",
            "Google DeepMind",
            "Go",
            "G",
            "Meta",
            "Meta Platforms",
            "Meta Platforms Inc.",
            "Zürich Insurance",
            "",
            "Apple",
            "AppleTV",
            "A",
            "Zentrix",
        ];
        let t = Trie::new(&patterns);
        for hay in [
            "Google DeepMind said",
            "Google Deep",
            "Googlers",
            "Gx",
            "Meta Platforms Inc. and",
            "Meta Platform",
            "Zürich Insurance Group",
            "Zürich",
            "Apple pie",
            "AppleTV+",
            "",
            "x",
            "Zentrix",
        ] {
            assert_eq!(
                t.longest_prefix(hay.as_bytes()),
                slow(&patterns, hay),
                "{hay:?}"
            );
        }
        assert!(t.memory_usage() > 0);
    }

    /// `longest_prefix` agrees with brute force on every prefix of every haystack.
    fn agrees_on_every_cut(patterns: &[&str], hays: &[&str]) {
        let t = Trie::new(patterns);
        for hay in hays {
            for cut in 0..=hay.len() {
                let h = &hay[..cut];
                assert_eq!(t.longest_prefix(h.as_bytes()), slow(patterns, h), "{h:?}");
            }
        }
    }

    #[test]
    fn chains_duplicates_and_shared_prefixes() {
        let patterns = [
            "Acme",
            "Acme Corp",
            "Acme",
            "Acme Corporation",
            "Ace",
            "B",
            "Bravo Two",
            "Bravo",
            "Bravo Two",
            "Charlie Brown Ltd",
            "Charlie",
            "Ch",
        ];
        let hays = [
            "Acme Corporation plc",
            "Acme Corp.",
            "Acme",
            "Aces",
            "Bravo Two Three",
            "Bravo T",
            "Charlie Brown Lt",
            "Charlie Brown Ltd.",
            "Chx",
            "B",
        ];
        agrees_on_every_cut(&patterns, &hays);
    }

    /// `same_bytes` agrees with `==` for every length up to 20 and a difference at every
    /// position.
    #[test]
    fn same_bytes_matches_slice_equality() {
        let a: Vec<u8> = (0..20u8).map(|i| b'a' + i).collect();
        for n in 0..=a.len() {
            assert!(same_bytes(&a[..n], &a[..n]));
            for k in 0..n {
                let mut b = a[..n].to_vec();
                b[k] ^= 0x20;
                assert!(!same_bytes(&a[..n], &b), "{n} {k}");
            }
        }
    }

    /// `byte_index` agrees with a byte-by-byte search for every byte value, position and count.
    #[test]
    fn byte_index_matches_linear_search() {
        let samples: [[u8; 8]; 5] = [
            [0, 1, 2, 3, 4, 5, 6, 7],
            [0x80, 0xff, 0x7f, 0x00, 0x01, 0xfe, 0x81, 0x80],
            [b'a', b'a', b'b', b' ', b'.', b'a', 0, 0],
            [0xff; 8],
            [0; 8],
        ];
        for bytes in samples {
            let x = u64::from_le_bytes(bytes);
            for count in 0..8u32 {
                for b in 0..=255u8 {
                    let want = bytes[..count as usize].iter().position(|&c| c == b);
                    assert_eq!(byte_index(x, b, count), want, "{bytes:?} {count} {b}");
                }
            }
        }
    }

    #[test]
    fn prefix_key_keeps_byte_order() {
        let words: [&[u8]; 12] = [
            b"",
            b"\0",
            b"a",
            b"a\0",
            b"a\0\0",
            b"ab",
            b"abcdefgh",
            b"abcdefgh\0",
            b"abcdefghi",
            b"abcdefgi",
            b"\xff",
            b"b",
        ];
        for a in words {
            for b in words {
                if a < b {
                    assert!(prefix_key(a) <= prefix_key(b), "{a:?} {b:?}");
                }
            }
        }
    }

    #[test]
    fn wide_nodes_and_empty_sets() {
        let words: Vec<String> = (0u8..=255).map(|b| format!("x{}", b as char)).collect();
        let t = Trie::new(&words);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.longest_prefix(w.as_bytes()), Some((w.len(), i as u32)));
        }
        // Every pattern below the root's only child, one of them alone: path nodes from the
        // first level down.
        agrees_on_every_cut(
            &["Alpha One", "Alpha Two", "Alpha", "Alphabet Inc"],
            &[
                "Alpha One.",
                "Alpha Tw",
                "Alphabet Inc",
                "Alphabet In",
                "Alp",
            ],
        );
        let one = Trie::new(&["Zentrix Labs"]);
        assert_eq!(one.longest_prefix(b"Zentrix Labs ltd"), Some((12, 0)));
        assert_eq!(one.longest_prefix(b"Zentrix Lab"), None);
        let empty: [&str; 0] = [];
        assert_eq!(Trie::new(&empty).longest_prefix(b"abc"), None);
        assert_eq!(Trie::new(&[""]).longest_prefix(b"abc"), None);
    }
}
