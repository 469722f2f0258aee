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

/// Loads every built-in list into `b`.
pub(super) fn load(b: &mut GazetteerBuilder) -> Result<(), Error> {
    // First names, surnames and common words: some 50,000 keys, reserved once.
    b.names.reserve(56_000);
    // Some 8,300 entries in the entity files.
    b.entries.reserve(8_500);
    for (name, text) in ENTITY_FILES {
        b.load_tsv(text, format!("<built-in>/{name}"))?;
    }
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
