//! [`Shape`]: the case and character facts of a token, computed once by the tokenizer so that
//! later stages read them instead of looking at the token's text again.

/// Bits of one character: an upper-case letter, a lower-case letter, a digit (any numeric
/// character), anything but an ASCII letter or digit (`_`, `-`, every non-ASCII character).
pub(crate) const UPPER: u8 = 1;
pub(crate) const LOWER: u8 = 1 << 1;
pub(crate) const DIGIT: u8 = 1 << 2;
pub(crate) const OTHER: u8 = 1 << 3;
/// The character bits; a [`Shape`] keeps them for the first character in its low byte and
/// for the rest, or-ed together, in its high byte.
pub(crate) const CHAR_BITS: u8 = UPPER | LOWER | DIGIT | OTHER;
/// [`BYTE_BITS`] of a byte that is not ASCII (besides [`OTHER`]): its character must be
/// decoded.
const HIGH: u8 = 1 << 4;

/// Case and character facts of a token: what its first character is (upper-case letter,
/// lower-case letter, digit), which of those follow it, and whether the token is made of ASCII
/// letters and digits only.
///
/// The tokenizer fills in [`Token::shape`](crate::Token::shape) for every word and number
/// (punctuation and symbols keep the empty default); for ASCII words it gathers the facts
/// while it measures the word. [`Shape::of`] computes the same facts for any text.
///
/// ```
/// use news_extract::{tokenize, Shape};
///
/// let text = "OpenAI hired xAI staff; IBM fell 3%.";
/// let tokens = tokenize(text);
/// let shapes: Vec<Shape> = tokens.iter().map(|t| t.shape).collect();
/// assert!(shapes[0].is_capitalised() && shapes[0].has_inner_upper()); // OpenAI
/// assert!(shapes[1].is_lower());                                     // hired
/// assert!(shapes[2].starts_lower() && shapes[2].has_inner_upper());  // xAI
/// assert!(shapes[5].is_all_caps());                                  // IBM
/// assert!(shapes[7].starts_digit() && !shapes[7].is_ascii_alnum());  // 3%
/// assert_eq!(shapes[0], Shape::of("OpenAI"));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Shape(u16);

impl Shape {
    /// The shape of `text`: letters are upper or lower case by [`char::is_uppercase`] and
    /// [`char::is_lowercase`], digits are [`char::is_numeric`] characters; other characters
    /// only clear [`Shape::is_ascii_alnum`].
    ///
    /// ```
    /// use news_extract::Shape;
    /// assert!(Shape::of("McDonald").is_capitalised());
    /// assert!(Shape::of("Zürich").is_title());
    /// assert!(!Shape::of("Zürich").is_ascii_alnum());
    /// assert_eq!(Shape::of(""), Shape::default());
    /// ```
    pub fn of(text: &str) -> Shape {
        let bytes = text.as_bytes();
        let Some(&b0) = bytes.first() else {
            return Shape(0);
        };
        // ASCII text through the byte table; other text by characters.
        let first = BYTE_BITS[b0 as usize];
        let mut rest = 0;
        for &b in &bytes[1..] {
            rest |= BYTE_BITS[b as usize];
        }
        if (first | rest) & HIGH == 0 {
            return Shape::from_bits(first, rest);
        }
        Shape::of_chars(text)
    }

    /// [`Shape::of`] character by character.
    fn of_chars(text: &str) -> Shape {
        let mut chars = text.chars();
        let Some(first) = chars.next() else {
            return Shape(0);
        };
        let rest = chars.fold(0, |acc, c| acc | char_bits(c));
        Shape::from_bits(char_bits(first), rest)
    }

    /// The shape of a token whose first character has the bits `first` and whose other
    /// characters together have `rest`; bits other than [`CHAR_BITS`] are ignored.
    #[inline(always)]
    pub(crate) const fn from_bits(first: u8, rest: u8) -> Shape {
        Shape((first as u16 | (rest as u16) << 8) & (CHAR_BITS as u16 * 0x101))
    }

    /// The letter and digit bits of the first character (low three bits) and of the rest
    /// (next three): an index into a table of 64 facts.
    #[inline(always)]
    pub(crate) const fn case_index(self) -> usize {
        let case = (UPPER | LOWER | DIGIT) as u16;
        ((self.0 & case) | (self.0 >> 5 & case << 3)) as usize
    }

    /// True when the first character has one of `bits`.
    const fn first(self, bits: u8) -> bool {
        self.0 & bits as u16 != 0
    }

    /// True when a character after the first has one of `bits`.
    const fn rest(self, bits: u8) -> bool {
        self.0 & (bits as u16) << 8 != 0
    }

    /// The first character is an upper-case letter ("Meta", "IBM", "É").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("Meta").is_capitalised());
    /// ```
    pub const fn is_capitalised(self) -> bool {
        self.first(UPPER)
    }

    /// The first character is a lower-case letter ("said", "xAI").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("xAI").starts_lower());
    /// ```
    pub const fn starts_lower(self) -> bool {
        self.first(LOWER)
    }

    /// The first character is a digit ("2024", "4o").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("4o").starts_digit());
    /// ```
    pub const fn starts_digit(self) -> bool {
        self.first(DIGIT)
    }

    /// An upper-case letter follows the first character ("McDonald", "xAI", "IBM").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("McDonald").has_inner_upper());
    /// assert!(!news_extract::Shape::of("Meta").has_inner_upper());
    /// ```
    pub const fn has_inner_upper(self) -> bool {
        self.rest(UPPER)
    }

    /// A digit follows the first character ("GPT4", "o1").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("o1").has_inner_digit());
    /// ```
    pub const fn has_inner_digit(self) -> bool {
        self.rest(DIGIT)
    }

    /// The token has a lower-case letter anywhere.
    ///
    /// ```
    /// assert!(news_extract::Shape::of("IBMs").has_lower());
    /// assert!(!news_extract::Shape::of("IBM").has_lower());
    /// ```
    pub const fn has_lower(self) -> bool {
        self.first(LOWER) || self.rest(LOWER)
    }

    /// The token has a letter (upper or lower case) anywhere.
    ///
    /// ```
    /// assert!(news_extract::Shape::of("4o").has_letter());
    /// assert!(!news_extract::Shape::of("2024").has_letter());
    /// ```
    pub const fn has_letter(self) -> bool {
        self.first(UPPER | LOWER) || self.rest(UPPER | LOWER)
    }

    /// Letters, none of them lower case ("IBM", "U.S.", "GPT-4").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("GPT-4").is_all_caps());
    /// assert!(!news_extract::Shape::of("2024").is_all_caps());
    /// ```
    pub const fn is_all_caps(self) -> bool {
        self.has_letter() && !self.has_lower()
    }

    /// Capitalised with lower-case letters after the first ("Meta", "McDonald").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("Meta").is_title());
    /// assert!(!news_extract::Shape::of("IBM").is_title());
    /// ```
    pub const fn is_title(self) -> bool {
        self.is_capitalised() && self.rest(LOWER)
    }

    /// Lower-case letters only among its letters, the first character one of them ("said").
    ///
    /// ```
    /// assert!(news_extract::Shape::of("said").is_lower());
    /// assert!(!news_extract::Shape::of("iPhone").is_lower());
    /// ```
    pub const fn is_lower(self) -> bool {
        self.starts_lower() && !self.rest(UPPER)
    }

    /// Every byte is an ASCII letter or digit: no joiner, possessive, sign or other script.
    ///
    /// ```
    /// assert!(news_extract::Shape::of("GPT4").is_ascii_alnum());
    /// assert!(!news_extract::Shape::of("GPT-4").is_ascii_alnum());
    /// ```
    pub const fn is_ascii_alnum(self) -> bool {
        self.0 != 0 && !self.first(OTHER) && !self.rest(OTHER)
    }
}

/// The bits of character `c`.
#[inline]
fn char_bits(c: char) -> u8 {
    if c.is_ascii() {
        byte_bits(c as u8)
    } else if c.is_uppercase() {
        UPPER | OTHER
    } else if c.is_lowercase() {
        LOWER | OTHER
    } else if c.is_numeric() {
        DIGIT | OTHER
    } else {
        OTHER
    }
}

/// The bits of an ASCII byte.
pub(crate) const fn byte_bits(b: u8) -> u8 {
    if b.is_ascii_uppercase() {
        UPPER
    } else if b.is_ascii_lowercase() {
        LOWER
    } else if b.is_ascii_digit() {
        DIGIT
    } else {
        OTHER
    }
}

/// [`byte_bits`] of every ASCII byte; [`OTHER`] and [`HIGH`] for the rest.
static BYTE_BITS: [u8; 256] = {
    let mut t = [OTHER | HIGH; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = byte_bits(b as u8);
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-table path agrees with the character path on ASCII and mixed text.
    #[test]
    fn byte_path_matches_char_path() {
        for t in [
            "",
            "a",
            "A",
            "7",
            "_",
            "Meta",
            "IBM",
            "xAI",
            "o1",
            "GPT-4o",
            "co_founder",
            "3.5%",
            "$1.2bn",
            "Mr.",
            "U.S.",
            "O'Neil",
            "Meta’s",
            "Zürich",
            "ÉCOLE",
            "谷歌",
            "e\u{301}",
            "aB",
            "Ab1",
            "1aB",
            "...",
            "-",
            "AT&T",
            "x\u{7f}",
        ] {
            assert_eq!(Shape::of(t), Shape::of_chars(t), "{t:?}");
        }
        for b in 0..128u8 {
            let s = [b'a', b, b'Z'];
            let t = std::str::from_utf8(&s).unwrap();
            assert_eq!(Shape::of(t), Shape::of_chars(t), "{t:?}");
            let t = std::str::from_utf8(&s[1..2]).unwrap();
            assert_eq!(Shape::of(t), Shape::of_chars(t), "{t:?}");
        }
    }
}
