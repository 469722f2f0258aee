//! Dictionary entries: one named thing with its surface forms and flags.

use crate::document::EntityType;

use super::tsv::{split_ascii, trim};

/// Flags of an [`Entry`], the fifth column of the TSV format.
///
/// ```
/// use news_extract::gazetteer::EntryFlags;
/// let f = EntryFlags::parse("ambiguous,maker=Google").unwrap();
/// assert!(f.ambiguous);
/// assert_eq!(f.maker.as_deref(), Some("Google"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryFlags {
    /// The name is also an ordinary word or another thing ("Apple", "Bard", "Meta"): a mention
    /// needs context (a cue nearby, or an unambiguous mention elsewhere in the article).
    pub ambiguous: bool,
    /// Match the surface forms in lower, Title and UPPER case too, not only as written.
    pub nocase: bool,
    /// MODEL: canonical name of the company that makes it.
    pub maker: Option<String>,
    /// PERSON: canonical name of the person's organisation.
    pub org: Option<String>,
    /// PERSON: the person's role ("CEO").
    pub role: Option<String>,
    /// COMPANY: the exchange its shares trade on.
    pub exchange: Option<String>,
    /// ORG: the field whose context an ambiguous name needs (`sport` for a club named
    /// like its town, `music` for a band named like a word).
    pub domain: Option<String>,
}

impl EntryFlags {
    /// Parses a comma-separated flag list. Unknown `key=value` flags are ignored (forward
    /// compatibility); an unknown bare word or an empty value is an error.
    pub fn parse(s: &str) -> Result<EntryFlags, String> {
        let mut f = EntryFlags::default();
        for raw in split_ascii(s, b',') {
            let flag = trim(raw);
            if flag.is_empty() {
                continue;
            }
            let pair = flag
                .bytes()
                .position(|b| b == b'=')
                .map(|k| (&flag[..k], &flag[k + 1..]));
            match pair {
                None => match flag {
                    "ambiguous" => f.ambiguous = true,
                    "nocase" => f.nocase = true,
                    other => return Err(format!("unknown flag `{other}`")),
                },
                Some((key, value)) => {
                    let value = trim(value);
                    if value.is_empty() {
                        return Err(format!("flag `{key}=` has no value"));
                    }
                    let slot = match trim(key) {
                        "maker" => &mut f.maker,
                        "org" => &mut f.org,
                        "role" => &mut f.role,
                        "exchange" => &mut f.exchange,
                        "domain" => &mut f.domain,
                        _ => continue,
                    };
                    *slot = Some(value.to_string());
                }
            }
        }
        Ok(f)
    }
}

/// One dictionary entry: a company, person or model with every way it is written.
///
/// ```
/// use news_extract::EntityType;
/// use news_extract::gazetteer::Entry;
/// let e = Entry::new(EntityType::Company, "Meta")
///     .alias("Meta Platforms")
///     .alias("Meta Platforms Inc.");
/// assert_eq!(e.surface_forms().count(), 3);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// What the entry names.
    pub kind: EntityType,
    /// The name every mention of the entry is reported under.
    pub canonical: String,
    /// Other ways it is written (former names, short forms, legal names).
    pub aliases: Vec<String>,
    /// A stable identifier (a ticker, a Wikidata id, ...), if any.
    pub id: Option<String>,
    /// Matching flags and attributes.
    pub flags: EntryFlags,
}

impl Entry {
    /// An entry with no aliases and no flags.
    pub fn new(kind: EntityType, canonical: impl Into<String>) -> Entry {
        Entry {
            kind,
            canonical: canonical.into(),
            aliases: Vec::new(),
            id: None,
            flags: EntryFlags::default(),
        }
    }

    /// Adds an alias.
    pub fn alias(mut self, alias: impl Into<String>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Marks the entry ambiguous (needs context to match).
    pub fn ambiguous(mut self, yes: bool) -> Entry {
        self.flags.ambiguous = yes;
        self
    }

    /// Sets the maker of a MODEL entry.
    pub fn maker(mut self, maker: impl Into<String>) -> Entry {
        self.flags.maker = Some(maker.into());
        self
    }

    /// The canonical name followed by the aliases.
    pub fn surface_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.canonical.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}
