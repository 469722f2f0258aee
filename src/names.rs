//! Name data the quote and event rules borrow from the gazetteer's lists: the gender of first
//! names (so "she" does not resolve to "Michael Sears") and the words for a company's
//! employees ("Googlers", "Amazonians").

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// Gender of a first name as the list gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Built once from ~14,000 lines, a table in name order searched by bisection: the list is
/// sorted already, so building it is one pass with no hashing (few names are looked up).
static FIRST_NAMES: Lazy<Vec<(&'static str, Gender)>> =
    Lazy::new(|| first_names(include_str!("gazetteer/data/first_names.tsv")));

/// `Name<TAB>gender` lines (more columns may follow) -> the gender of the names marked `M`
/// or `F`, in name order, each name once; `#` lines are comments, a later line wins.
fn first_names(list: &str) -> Vec<(&str, Gender)> {
    let mut table = Vec::with_capacity(list.len() / 8);
    let bytes = list.as_bytes();
    let mut pos = 0;
    // One pass over the bytes (the lines are short: a search call per line costs more).
    while pos < bytes.len() {
        let start = pos;
        while pos < bytes.len() && bytes[pos] != b'\n' {
            pos += 1;
        }
        // The lines of `str::lines`: a "\r\n" ending is cut as a whole.
        let mut end = pos;
        if pos < bytes.len() && end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        pos += 1;
        let line = &bytes[start..end];
        if line.first() == Some(&b'#') {
            continue;
        }
        let Some(tab) = line.iter().position(|&b| b == b'\t') else {
            continue;
        };
        // The second column is exactly "M" or "F".
        let gender = match &line[tab + 1..] {
            [b'M'] | [b'M', b'\t', ..] => Gender::Male,
            [b'F'] | [b'F', b'\t', ..] => Gender::Female,
            _ => continue,
        };
        table.push((&list[start..start + tab], gender));
    }
    if !table.windows(2).all(|w| w[0].0 < w[1].0) {
        // Not in order or a name twice: a stable sort keeps each name's lines in file order,
        // and the last of them wins.
        table.sort_by(|a, b| a.0.cmp(b.0));
        let mut unique: Vec<(&str, Gender)> = Vec::with_capacity(table.len());
        for entry in table {
            match unique.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => unique.push(entry),
            }
        }
        table = unique;
    }
    table
}

/// The gender `table` (from [`first_names`]) gives `name`.
fn gender_in(table: &[(&str, Gender)], name: &str) -> Option<Gender> {
    let i = table.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
    Some(table[i].1)
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
    if let Some(g) = gender_in(&FIRST_NAMES, first) {
        return Some(g);
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
    gender_in(&FIRST_NAMES, &title)
}

/// The company whose employees `word` names ("Googlers" -> "Google").
pub(crate) fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap;

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
        let table = first_names(list);
        assert_eq!(table.iter().copied().collect::<FxHashMap<_, _>>(), slow);
        assert_eq!(table.len(), 4);
        for name in ["Ann", "Bo", "Cy", "Di", "Ed", "Fi", "Gus", "Hal", "Zed", ""] {
            assert_eq!(gender_in(&table, name), slow.get(name).copied(), "{name}");
        }
        // The built-in list is in order already (the one-pass path).
        let builtin = include_str!("gazetteer/data/first_names.tsv");
        let rows: Vec<&str> = builtin
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').next())
            .collect();
        assert!(rows.windows(2).all(|w| w[0] < w[1]));
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
