//! Model versions after a known family: "Llama 3.1 405B", "GPT-3.5 Turbo", "Claude 3.5
//! Sonnet", "Gemini 1.5 Pro", "Mixtral 8x7B", "o1-preview".

use once_cell::sync::Lazy;
use regex::Regex;

use crate::gazetteer::ends_on_boundary;

const SIZE_AND_VARIANTS: &str = r"(?:[\ \-](?:\d{1,3}(?:\.\d)?[BbMm]|\d{1,2}x\d{1,3}[Bb])\b)?
        (?:[\ \-](?:Turbo|Pro|Ultra|Nano|Flash|Sonnet|Opus|Haiku|Instruct|Chat|mini|Mini|
            preview|Preview|Vision|Max|Plus|Large|Medium|Small|Lite|Coder|Omni|Reasoner|
            Thinking|Heavy|Scout|Maverick)\b)*";

/// A version, a size and variant words, each optional, each after a space or hyphen.
static TAIL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?x)^(?:[\ \-](?:[vV]?\d{{1,2}}(?:\.\d{{1,2}})?[a-wyz]?)\b)?{SIZE_AND_VARIANTS}"
    ))
    .expect("model tail regex")
});

/// A size and variant words only, after a name that already has a version ("Llama 2 70B").
static TAIL_NO_VERSION: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?x)^{SIZE_AND_VARIANTS}")).expect("model tail regex"));

/// The version tail that follows a model family ending at byte `end`: its end and its text
/// with white space collapsed. `versioned` says the family name already carries a version
/// ("Llama 2"), so only a size or variant may follow.
pub(crate) fn tail(text: &str, end: usize, versioned: bool) -> Option<(usize, String)> {
    let rest = &text[end..];
    let re = if versioned { &TAIL_NO_VERSION } else { &TAIL };
    let mut s = re.find(rest)?.as_str();
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

    #[test]
    fn not_versions() {
        assert_eq!(t("Gemini 2024 was", "Gemini"), None);
        assert_eq!(t("Llama models", "Llama"), None);
        assert_eq!(t("GPT-4 5 times", "GPT-4"), None);
        assert_eq!(t("Claude 3x faster", "Claude"), None);
        assert_eq!(t("Claude", "Claude"), None);
    }
}
