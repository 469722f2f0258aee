//! Name data the quote and event rules borrow from the gazetteer's lists: the gender of first
//! names (so "she" does not resolve to "Michael Sears") and the words for a company's
//! employees ("Googlers", "Amazonians").

use std::collections::HashMap;

use once_cell::sync::Lazy;
use rustc_hash::FxHashMap;

/// Gender of a first name as the list gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Built once from ~14,000 lines: FxHash, a map sized up front and lines and columns found
/// with `memchr` keep that cheap.
static FIRST_NAMES: Lazy<FxHashMap<&'static str, Gender>> =
    Lazy::new(|| first_names(include_str!("gazetteer/data/first_names.tsv")));

/// `Name<TAB>gender` lines (more columns may follow) -> the gender of the names marked `M`
/// or `F`; `#` lines are comments, a later line wins.
fn first_names(list: &str) -> FxHashMap<&str, Gender> {
    let breaks = memchr::memchr_iter(b'\n', list.as_bytes());
    let mut map = FxHashMap::with_capacity_and_hasher(breaks.count(), Default::default());
    let mut pos = 0;
    let mut breaks = memchr::memchr_iter(b'\n', list.as_bytes());
    while pos < list.len() {
        // The lines of `str::lines`: a "\r\n" ending is cut as a whole.
        let line = match breaks.next() {
            Some(k) => {
                let l = &list[pos..k];
                pos = k + 1;
                l.strip_suffix('\r').unwrap_or(l)
            }
            None => {
                let l = &list[pos..];
                pos = list.len();
                l
            }
        };
        if line.starts_with('#') {
            continue;
        }
        let Some(tab) = memchr::memchr(b'\t', line.as_bytes()) else {
            continue;
        };
        let rest = &line.as_bytes()[tab + 1..];
        // The second column is exactly "M" or "F".
        let gender = match rest {
            [b'M'] | [b'M', b'\t', ..] => Gender::Male,
            [b'F'] | [b'F', b'\t', ..] => Gender::Female,
            _ => continue,
        };
        map.insert(&line[..tab], gender);
    }
    map
}

static DEMONYMS: Lazy<HashMap<&'static str, &'static str>> = Lazy::new(|| {
    include_str!("gazetteer/data/employee_demonyms.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.trim(), c.trim()))
        .collect()
});

/// The gender of a person's name, from its first word ("Sarah Friar" -> female); `None`
/// when the list does not say or calls the name unisex.
pub(crate) fn gender(person: &str) -> Option<Gender> {
    first_name_gender(person.split_whitespace().next()?)
}

/// The gender of a first name as written ("Sarah") or in capitals ("SARAH"); `None` when the
/// list does not say or calls the name unisex.
pub(crate) fn first_name_gender(first: &str) -> Option<Gender> {
    if let Some(g) = FIRST_NAMES.get(first) {
        return Some(*g);
    }
    // The list is in Title Case: try that form for names written in capitals.
    let mut chars = first.chars();
    let head = chars.next()?;
    if first.len() > 24 || !first.chars().any(char::is_uppercase) {
        return None;
    }
    let title: String = head
        .to_uppercase()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    FIRST_NAMES.get(title.as_str()).copied()
}

/// The company whose employees `word` names ("Googlers" -> "Google").
pub(crate) fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_name_table_matches_a_split_per_line() {
        let list = "# c\tM\nAnn\tF\t\nBo\tM\nCy\tU\nDi\tMF\nEd\nFi\tF\r\nGus\t\tM\nBo\tF\tambiguous\nHal\tM";
        let mut slow = FxHashMap::default();
        for l in list.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = l.split('\t');
            let (Some(name), Some(g)) = (cols.next(), cols.next()) else {
                continue;
            };
            match g {
                "M" => slow.insert(name, Gender::Male),
                "F" => slow.insert(name, Gender::Female),
                _ => None,
            };
        }
        assert_eq!(first_names(list), slow);
        assert_eq!(first_names(list).len(), 4);
    }

    #[test]
    fn genders_and_demonyms() {
        assert_eq!(gender("Sarah Friar"), Some(Gender::Female));
        assert_eq!(gender("Michael Sears"), Some(Gender::Male));
        assert_eq!(gender("Jordan Lee"), None);
        assert_eq!(gender(""), None);
        assert_eq!(demonym("Amazonians"), Some("Amazon"));
        assert_eq!(demonym("engineers"), None);
    }
}
