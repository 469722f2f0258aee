//! The surface-form matcher: a byte trie searched anchored, longest match first.
//!
//! The gazetteer only ever asks "which is the longest surface form that starts exactly here",
//! so it needs no failure links (which is what made a general Aho-Corasick automaton slow to
//! build). The trie is built breadth first from the sorted patterns in one linear pass: the
//! children of a node are contiguous and sorted by byte, the root's children sit in a
//! 256-entry table.

/// No pattern ends at this node.
const NONE: u32 = u32::MAX;

/// An anchored longest-match byte trie over a set of distinct, non-empty patterns.
#[derive(Clone, Debug, Default)]
pub(crate) struct Trie {
    /// Child of the root for each first byte (`NONE` when absent).
    root: Box<[u32]>,
    /// Edges of node `n`: `edge_byte[first[n]..first[n + 1]]`, sorted, and their targets.
    first: Vec<u32>,
    edge_byte: Vec<u8>,
    edge_to: Vec<u32>,
    /// The pattern that ends at each node, `NONE` when none.
    out: Vec<u32>,
}

impl Trie {
    /// Builds the trie; `patterns[i]` is pattern id `i`. Duplicates keep the first id.
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Trie {
        let mut order: Vec<(&[u8], u32)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_ref(), i as u32))
            .filter(|(p, _)| !p.is_empty())
            .collect();
        order.sort_unstable();
        let pat = |k: usize| order[k].0;
        let total: usize = order.iter().map(|(p, _)| p.len()).sum();
        let mut t = Trie {
            root: vec![NONE; 256].into_boxed_slice(),
            first: Vec::with_capacity(total / 2 + 2),
            edge_byte: Vec::with_capacity(total / 2),
            edge_to: Vec::with_capacity(total / 2),
            out: Vec::with_capacity(total / 2 + 1),
        };
        // Breadth first: node `n` covers the sorted patterns `ranges[n]` that share its
        // prefix of length `depth[n]`.
        let mut ranges: Vec<(u32, u32, u32)> = vec![(0, order.len() as u32, 0)];
        let mut n = 0;
        while n < ranges.len() {
            let (lo, hi, depth) = ranges[n];
            let (mut lo, hi, d) = (lo as usize, hi as usize, depth as usize);
            let mut out = NONE;
            // The pattern equal to the prefix sorts first; duplicates follow it.
            while lo < hi && pat(lo).len() == d {
                if out == NONE {
                    out = order[lo].1;
                }
                lo += 1;
            }
            t.out.push(out);
            t.first.push(t.edge_byte.len() as u32);
            while lo < hi {
                let b = pat(lo)[d];
                let mut end = lo + 1;
                while end < hi && pat(end)[d] == b {
                    end += 1;
                }
                let child = ranges.len() as u32;
                if n == 0 {
                    t.root[b as usize] = child;
                }
                t.edge_byte.push(b);
                t.edge_to.push(child);
                ranges.push((lo as u32, end as u32, depth + 1));
                lo = end;
            }
            n += 1;
        }
        t.first.push(t.edge_byte.len() as u32);
        t
    }

    /// The child of `node` on byte `b`.
    #[inline]
    fn step(&self, node: u32, b: u8) -> Option<u32> {
        if node == 0 {
            let c = self.root[b as usize];
            return (c != NONE).then_some(c);
        }
        let lo = self.first[node as usize] as usize;
        let hi = self.first[node as usize + 1] as usize;
        let bytes = &self.edge_byte[lo..hi];
        let k = if bytes.len() <= 8 {
            bytes.iter().position(|&x| x == b)?
        } else {
            bytes.binary_search(&b).ok()?
        };
        Some(self.edge_to[lo + k])
    }

    /// The longest pattern that is a prefix of `hay`: its length and id.
    #[inline]
    pub(crate) fn longest_prefix(&self, hay: &[u8]) -> Option<(usize, u32)> {
        if self.out.is_empty() {
            return None;
        }
        let mut node = 0;
        let mut best = None;
        for (i, &b) in hay.iter().enumerate() {
            let Some(next) = self.step(node, b) else {
                break;
            };
            node = next;
            let p = self.out[node as usize];
            if p != NONE {
                best = Some((i + 1, p));
            }
        }
        best
    }

    /// Heap bytes held.
    pub(crate) fn memory_usage(&self) -> usize {
        self.root.len() * 4
            + self.first.capacity() * 4
            + self.edge_byte.capacity()
            + self.edge_to.capacity() * 4
            + self.out.capacity() * 4
    }
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
