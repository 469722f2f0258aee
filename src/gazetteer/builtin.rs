//! The built-in data, compiled into the binary with `include_str!`.
//!
//! Sources, licences and the generator are described in `data/README.md` and `data/NOTICE`.

use super::GazetteerBuilder;
use crate::error::Error;

/// Entity files, in load order: generated lists first, so that the hand-kept ones (loaded
/// later) win on a shared surface form.
const ENTITY_FILES: &[(&str, &str)] = &[
    (
        "companies_public.tsv",
        include_str!("data/companies_public.tsv"),
    ),
    ("ai_labs.tsv", include_str!("data/ai_labs.tsv")),
    (
        "companies_curated.tsv",
        include_str!("data/companies_curated.tsv"),
    ),
    (
        "models_generated.tsv",
        include_str!("data/models_generated.tsv"),
    ),
    (
        "models_curated.tsv",
        include_str!("data/models_curated.tsv"),
    ),
    (
        "people_curated.tsv",
        include_str!("data/people_curated.tsv"),
    ),
    ("orgs_curated.tsv", include_str!("data/orgs_curated.tsv")),
];

/// Loads every built-in list into `b`: the entity files here, and meanwhile the name lists
/// (independent of them, about half the work) on a second thread when one can be started.
pub(super) fn load(b: &mut GazetteerBuilder) -> Result<(), Error> {
    std::thread::scope(|s| {
        let names = std::thread::Builder::new()
            .name("news-extract-names".into())
            .spawn_scoped(s, || {
                let mut n = GazetteerBuilder::new();
                load_names(&mut n).map(|()| n.names)
            });
        load_entities(b)?;
        match names {
            Ok(handle) => {
                let names = handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
                if b.names.is_empty() {
                    b.names = names;
                } else {
                    for (k, v) in names {
                        *b.names.entry(k).or_default() |= v;
                    }
                }
                Ok(())
            }
            // No thread to be had: the same work here.
            Err(_) => load_names(b),
        }
    })
}

/// Loads the entity files into `b`.
fn load_entities(b: &mut GazetteerBuilder) -> Result<(), Error> {
    // Some 8,300 entries in the entity files.
    b.entries.reserve(8_500);
    for (name, text) in ENTITY_FILES {
        b.load_tsv(text, format!("<built-in>/{name}"))?;
    }
    Ok(())
}

/// Loads the first names, surnames and common words into `b`.
fn load_names(b: &mut GazetteerBuilder) -> Result<(), Error> {
    // Some 50,000 keys, reserved once.
    b.names.reserve(56_000);
    b.load_first_names(
        include_str!("data/first_names.tsv"),
        "<built-in>/first_names.tsv",
    )?;
    b.load_surnames(include_str!("data/surnames.tsv"), "<built-in>/surnames.tsv")?;
    b.load_common_words(include_str!("data/common_words.txt"));
    Ok(())
}

/// Honorifics written before a name ("Mr", "Dr", "Prime Minister").
pub(crate) const TITLES: &str = include_str!("data/titles.txt");
/// Roles that describe a person ("chief executive", "researcher").
pub(crate) const ROLES: &str = include_str!("data/roles.txt");
/// Legal-form designators that end a company name ("Inc.", "GmbH").
pub(crate) const DESIGNATORS: &str = include_str!("data/designators.txt");
/// Place names that are also first names, surnames or company names ("Jordan", "Chelsea").
pub(crate) const PLACES: &str = include_str!("data/places.txt");
/// Last words of company names that are not legal forms ("Group", "Labs").
pub(crate) const ORG_WORDS: &str = include_str!("data/org_words.txt");

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-thread load gives what loading everything on one thread gives.
    #[test]
    fn parallel_load_matches_sequential() {
        let mut parallel = GazetteerBuilder::new();
        load(&mut parallel).unwrap();
        let mut sequential = GazetteerBuilder::new();
        load_entities(&mut sequential).unwrap();
        load_names(&mut sequential).unwrap();
        assert_eq!(parallel.names, sequential.names);
        assert_eq!(parallel.entries, sequential.entries);
        assert!(parallel.names.len() > 40_000, "{}", parallel.names.len());
        assert!(parallel.entries.len() > 7_000, "{}", parallel.entries.len());
    }

    /// Names already in the builder (a caller's own lists) are kept and merged.
    #[test]
    fn load_merges_into_existing_names() {
        let mut b = GazetteerBuilder::new();
        b.load_first_names("Zorblatt\tm\t\n", "own.tsv").unwrap();
        load(&mut b).unwrap();
        let g = b.build();
        assert_ne!(
            g.lower_bits("zorblatt") & crate::patterns::lexicon::FIRST,
            0
        );
        assert_ne!(g.lower_bits("john") & crate::patterns::lexicon::FIRST, 0);
    }
}
