//! Model versions after a known family: "Llama 3.1 405B", "GPT-3.5 Turbo", "Claude 3.5
//! Sonnet", "Gemini 1.5 Pro", "Mixtral 8x7B", "o1-preview".

use once_cell::sync::Lazy;
use regex::Regex;

use crate::gazetteer::ends_on_boundary;

const SIZE_AND_VARIANTS: &str = r"(?:[\ \-](?:\d{1,3}(?:\.\d)?[BbMm]|\d{1,2}x\d{1,3}[Bb])\b)?
        (?:[\ \-](?:Turbo|Pro|Ultra|Nano|Flash|Sonnet|Opus|Haiku|Instruct|Chat|mini|Mini|
            preview|Preview|Vision|Max|Plus|Large|Medium|Small|Lite|Coder|Omni|Reasoner|
            Thinking|Heavy|Scout|Maverick)\b)*";

/// The tail regex: with a version first unless `versioned`; with Unicode `\d` and `\b`, or,
/// when `ascii`, their ASCII forms (far cheaper to compile).
fn tail_regex(versioned: bool, ascii: bool) -> Regex {
    let flags = if ascii { "x-u" } else { "x" };
    let version = if versioned {
        ""
    } else {
        r"(?:[\ \-](?:[vV]?\d{1,2}(?:\.\d{1,2})?[a-wyz]?)\b)?"
    };
    Regex::new(&format!(r"(?{flags})^{version}{SIZE_AND_VARIANTS}")).expect("model tail regex")
}

/// A version, a size and variant words, each optional, each after a space or hyphen.
static TAIL: Lazy<Regex> = Lazy::new(|| tail_regex(false, false));

/// A size and variant words only, after a name that already has a version ("Llama 2 70B").
static TAIL_NO_VERSION: Lazy<Regex> = Lazy::new(|| tail_regex(true, false));

/// [`TAIL`] with ASCII classes.
static TAIL_ASCII: Lazy<Regex> = Lazy::new(|| tail_regex(false, true));

/// [`TAIL_NO_VERSION`] with ASCII classes.
static TAIL_NO_VERSION_ASCII: Lazy<Regex> = Lazy::new(|| tail_regex(true, true));

/// How far past the end of a match the tail regex can look (a space or hyphen, the longest
/// piece, 10 bytes, and the character a `\b` reads), with room to spare.
const LOOK_PAST: usize = 16;

/// The match of the tail regex at the start of `rest`. The ASCII regex answers when every
/// byte it could have read is ASCII: there `\d` and `\b` mean the same in both forms, so
/// the match is the same; otherwise the Unicode regex decides.
fn tail_match(rest: &str, versioned: bool) -> Option<&str> {
    let ascii = if versioned {
        &TAIL_NO_VERSION_ASCII
    } else {
        &TAIL_ASCII
    };
    if let Some(m) = ascii.find(rest) {
        let seen = rest.len().min(m.end() + LOOK_PAST);
        if rest.as_bytes()[..seen].is_ascii() {
            return Some(m.as_str());
        }
    }
    let re = if versioned { &TAIL_NO_VERSION } else { &TAIL };
    re.find(rest).map(|m| m.as_str())
}

/// The version tail that follows a model family ending at byte `end`: its end and its text
/// with white space collapsed. `versioned` says the family name already carries a version
/// ("Llama 2"), so only a size or variant may follow.
pub(crate) fn tail(text: &str, end: usize, versioned: bool) -> Option<(usize, String)> {
    let rest = &text[end..];
    let mut s = tail_match(rest, versioned)?;
    // Back off to the last piece that ends on a word boundary.
    while !s.is_empty() && !ends_on_boundary(text, end + s.len()) {
        let cut = s[1..].rfind([' ', '-']).map_or(0, |p| p + 1);
        s = &s[..cut];
    }
    if s.is_empty() {
        return None;
    }
    let mut norm = String::with_capacity(s.len());
    for (i, part) in s.split(' ').filter(|p| !p.is_empty()).enumerate() {
        if i > 0 || s.starts_with(' ') {
            norm.push(' ');
        }
        norm.push_str(part);
    }
    Some((end + s.len(), norm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str, fam: &str) -> Option<String> {
        tail(text, fam.len(), fam.ends_with(|c: char| c.is_ascii_digit()))
            .map(|(e, n)| format!("{}|{}", &text[..e], n))
    }

    #[test]
    fn versions() {
        assert_eq!(
            t("Llama 3.1 405B was", "Llama").unwrap(),
            "Llama 3.1 405B| 3.1 405B"
        );
        assert_eq!(
            t("GPT-3.5 Turbo, a", "GPT").unwrap(),
            "GPT-3.5 Turbo|-3.5 Turbo"
        );
        assert_eq!(
            t("Claude 3.5 Sonnet.", "Claude").unwrap(),
            "Claude 3.5 Sonnet| 3.5 Sonnet"
        );
        assert_eq!(
            t("Gemini 1.5 Pro is", "Gemini").unwrap(),
            "Gemini 1.5 Pro| 1.5 Pro"
        );
        assert_eq!(
            t("Mixtral 8x7B beat", "Mixtral").unwrap(),
            "Mixtral 8x7B| 8x7B"
        );
        assert_eq!(t("o1-preview is", "o1").unwrap(), "o1-preview|-preview");
        assert_eq!(t("GPT-4o and", "GPT").unwrap(), "GPT-4o|-4o");
        assert_eq!(t("Llama 2 70B and", "Llama 2").unwrap(), "Llama 2 70B| 70B");
    }

    /// The ASCII shortcut gives the Unicode regex's match, also next to non-ASCII digits and
    /// letters (Arabic-Indic and full-width digits are `\d` only for the Unicode regex).
    #[test]
    fn ascii_path_matches_unicode_regex() {
        let pieces = [
            " ", "-", "3", "3.5", "v2", "405B", "8x7B", "70b", "4o", "1x", "Turbo", "Pro", "mini",
            "Thinking", "Maverick", "é", "٣", "３", "Ünï", "_", ".", "x", "B", "2024", "Proé",
            "Sonnet٣",
        ];
        let mut inputs = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    inputs.push(format!("{a}{b}{c}"));
                    inputs.push(format!(" {a} {b}-{c} Pro"));
                }
            }
        }
        inputs.push(" 3.5 Turbo Pro Pro Pro Pro Pro Pro Pro é".to_string());
        inputs.push(" 3.5 Turbo Pro Pro Pro Pro Pro Pro Pro".to_string());
        for versioned in [false, true] {
            let re = if versioned { &TAIL_NO_VERSION } else { &TAIL };
            for s in &inputs {
                let want = re.find(s).map(|m| m.as_str());
                assert_eq!(tail_match(s, versioned), want, "{s:?} {versioned}");
            }
        }
    }

    #[test]
    fn not_versions() {
        assert_eq!(t("Gemini 2024 was", "Gemini"), None);
        assert_eq!(t("Llama models", "Llama"), None);
        assert_eq!(t("GPT-4 5 times", "GPT-4"), None);
        assert_eq!(t("Claude 3x faster", "Claude"), None);
        assert_eq!(t("Claude", "Claude"), None);
    }
}
