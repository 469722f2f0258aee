//! The surface-form matcher: a byte trie searched anchored, longest match first.
//!
//! The gazetteer only ever asks "which is the longest surface form that starts exactly here",
//! so it needs no failure links (which is what made a general Aho-Corasick automaton slow to
//! build). The trie is built depth first from the sorted patterns in one linear pass: the
//! edges of a node are contiguous and sorted by byte, the root's children and those of other
//! wide nodes sit in 256-entry rows.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

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
    /// `NONE` for the others.
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
        let mut t = Trie {
            root: vec![NONE; 256].into_boxed_slice(),
            nodes: Vec::with_capacity(total / 2 + 1),
            edge_byte: Vec::with_capacity(total / 2),
            edge_to: Vec::with_capacity(total / 2),
            rows: Vec::new(),
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
            if hi - lo == 1 {
                // One pattern below: the rest of it is a chain of one-child nodes, laid out
                // exactly as the walk would (each node right after its parent).
                t.push_chain(id, out, &pat(lo)[d..], order[lo].2);
                continue;
            }
            if hi - lo > 1 {
                // All the patterns below share the bytes up to `shared` (the first and the
                // last share them, so all between do): a chain of one-child nodes down to
                // the node where they branch, laid out as the byte-by-byte walk would.
                let (a, z) = (&pat(lo)[d..], &pat(hi - 1)[d..]);
                let run = a.iter().zip(z).take_while(|(x, y)| x == y).count();
                if run > 0 {
                    let e = t.push_path(id, out, &a[..run]);
                    stack.push((lo as u32, hi as u32, (d + run) as u32, e));
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

    /// Appends node `id` (with the pattern `out` ending at it) and below it one node per
    /// byte of `path` but the last, each the only child of the one before, no pattern
    /// ending at them; returns the edge on the last byte of `path`, whose target is the next
    /// node to be added.
    fn push_path(&mut self, id: u32, out: u32, path: &[u8]) -> u32 {
        let e = self.edge_byte.len() as u32;
        let len = path.len() as u32;
        self.edge_byte.extend_from_slice(path);
        self.edge_to.extend((1..=len).map(|k| id + k));
        self.nodes.extend((0..len).map(|k| Node {
            lo: e + k,
            hi: e + k + 1,
            out: if k == 0 { out } else { NONE },
            row: NONE,
        }));
        e + len - 1
    }

    /// Appends node `id` (with the pattern `out` ending at it) and below it one node per
    /// byte of `rest`, each the only child of the one before; `pattern` ends at the last.
    fn push_chain(&mut self, id: u32, out: u32, rest: &[u8], pattern: u32) {
        let end = (self.edge_byte.len() + rest.len()) as u32;
        if !rest.is_empty() {
            self.push_path(id, out, rest);
        }
        self.nodes.push(Node {
            lo: end,
            hi: end,
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
    /// looked up in the root's row; each node on the path is read once, for both its
    /// pattern and its children.
    #[inline]
    pub(crate) fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, u32)> {
        let (&first, rest) = hay.split_first()?;
        let c = *self.root.get(first as usize)?;
        if c == NONE {
            return None;
        }
        let mut n = self.nodes[c as usize];
        let mut best = (n.out != NONE).then_some((1, n.out));
        for (i, &b) in rest.iter().enumerate() {
            let Some(next) = self.child(&n, b) else {
                break;
            };
            n = self.nodes[next as usize];
            if n.out != NONE {
                best = Some((i + 2, n.out));
            }
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
        let t = Trie::new(&patterns);
        for hay in [
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
        ] {
            for cut in 0..=hay.len() {
                let h = &hay[..cut];
                assert_eq!(t.longest_prefix(h.as_bytes()), slow(&patterns, h), "{h:?}");
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
        let empty: [&str; 0] = [];
        assert_eq!(Trie::new(&empty).longest_prefix(b"abc"), None);
        assert_eq!(Trie::new(&[""]).longest_prefix(b"abc"), None);
    }
}
