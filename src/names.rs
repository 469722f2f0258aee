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

/// Built once from ~14,000 lines: FxHash and a map sized up front keep that cheap.
static FIRST_NAMES: Lazy<FxHashMap<&'static str, Gender>> = Lazy::new(|| {
    let list = include_str!("gazetteer/data/first_names.tsv");
    let mut map = FxHashMap::with_capacity_and_hasher(
        list.bytes().filter(|&b| b == b'\n').count(),
        Default::default(),
    );
    map.extend(
        list.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let name = cols.next()?;
                let gender = match cols.next()? {
                    "M" => Gender::Male,
                    "F" => Gender::Female,
                    _ => return None,
                };
                Some((name, gender))
            }),
    );
    map
});

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
    fn genders_and_demonyms() {
        assert_eq!(gender("Sarah Friar"), Some(Gender::Female));
        assert_eq!(gender("Michael Sears"), Some(Gender::Male));
        assert_eq!(gender("Jordan Lee"), None);
        assert_eq!(gender(""), None);
        assert_eq!(demonym("Amazonians"), Some("Amazon"));
        assert_eq!(demonym("engineers"), None);
    }
}
