//! The word classes the event stage looks at: trigger verbs in every inflection, and the small
//! closed classes (auxiliaries, negation, hedges, role words, group nouns, ...) that the local
//! rules around a trigger test for.
//!
//! One hash lookup per token gives all classes of a word at once ([`classify_in`]); the table is
//! built once per process.

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// The lemma of a trigger word. Some need a particle or a fixed phrase after them
/// ("step down", "part ways", "let go", "laid off", "take the helm", "walk out of").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lemma {
    Quit,
    Resign,
    Leave,
    Depart,
    Exit,
    Retire,
    Step,
    Walk,
    Part,
    Defect,
    Fire,
    Oust,
    Sack,
    Dismiss,
    Let,
    Lay,
    Join,
    Rejoin,
    Return,
    Hire,
    Recruit,
    Poach,
    Appoint,
    Name,
    Elect,
    Promote,
    Tap,
    Take,
    Unveil,
    /// "was relieved of his duties" (passive only).
    Relieve,
}

impl Lemma {
    /// Verbs whose grammatical subject is the mover only in the passive ("was fired"); in the
    /// active the mover is the object ("Meta fired Smith").
    pub(crate) fn mover_is_object_when_active(self) -> bool {
        matches!(
            self,
            Lemma::Fire
                | Lemma::Oust
                | Lemma::Sack
                | Lemma::Dismiss
                | Lemma::Let
                | Lemma::Lay
                | Lemma::Hire
                | Lemma::Recruit
                | Lemma::Poach
                | Lemma::Appoint
                | Lemma::Name
                | Lemma::Elect
                | Lemma::Promote
                | Lemma::Tap
                | Lemma::Unveil
                | Lemma::Relieve
        )
    }

    /// Verbs that only describe a personnel move when a role follows ("named CEO").
    pub(crate) fn needs_role(self) -> bool {
        matches!(
            self,
            Lemma::Name | Lemma::Elect | Lemma::Promote | Lemma::Unveil
        )
    }
}

/// Bit flags: the closed classes a word belongs to.
pub(crate) mod class {
    /// Auxiliary or modal verb, or an adverb that sits between a subject and its verb.
    pub const AUX: u32 = 1 << 0;
    /// A form of "be" or "get" that makes a following participle passive.
    pub const BE: u32 = 1 << 1;
    /// Negation ("not", "never", "n't").
    pub const NEG: u32 = 1 << 2;
    /// A hedge that makes a move hypothetical ("may", "plans", "expected", "rumoured").
    pub const HYPO: u32 = 1 << 3;
    /// A verb that denies what follows ("denied", "refused").
    pub const DENY: u32 = 1 << 4;
    /// A word that can head a role ("CEO", "president", "researcher").
    pub const ROLE_HEAD: u32 = 1 << 5;
    /// A word that can modify a role ("chief", "senior", "vice").
    pub const ROLE_MOD: u32 = 1 << 6;
    /// A plural noun for people that can head a group mover ("engineers", "employees").
    pub const GROUP: u32 = 1 << 7;
    /// A quantifier that can open a group phrase ("some", "many", "dozens").
    pub const QUANT: u32 = 1 << 8;
    /// A determiner or possessive pronoun.
    pub const DET: u32 = 1 << 9;
    /// A singular noun for a company ("company", "firm", "bank").
    pub const CORP: u32 = 1 << 10;
    /// A plural or generic noun for companies ("rivals", "startups").
    pub const CORP_PLURAL: u32 = 1 << 11;
    /// A noun for one's job ("job", "post", "position").
    pub const JOB: u32 = 1 << 12;
    /// A word that may follow an intransitive move ("in", "after", "last", "effective").
    pub const FOLLOW: u32 = 1 << 13;
    /// A time word ("yesterday", "Monday", "March").
    pub const TIME: u32 = 1 << 14;
    /// A subject pronoun ("he", "she", "they", "I").
    pub const PRONOUN: u32 = 1 << 15;
    /// A relative pronoun ("who", "that").
    pub const REL: u32 = 1 << 16;
    /// A reporting verb that ends a backward search for a subject ("said", "told").
    pub const STOP: u32 = 1 << 17;
    /// A word that is a trigger.
    pub const TRIGGER: u32 = 1 << 18;
    /// Definite: "the", "its" (a definite corporate noun phrase names a known company).
    pub const DEFINITE: u32 = 1 << 19;
    /// "former", "ex-", "onetime": the title is a past affiliation.
    pub const FORMER: u32 = 1 << 20;
    /// A conjunction or preposition that starts a clause ("after", "because", "while").
    pub const CLAUSE: u32 = 1 << 21;
}

/// What the table knows about one lower-cased word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lex {
    pub flags: u32,
    pub lemma: Option<Lemma>,
}

impl Lex {
    pub(crate) fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

/// The words by their [`key`], and a cheap filter in front of them.
#[derive(Default)]
struct Table {
    map: HashMap<Key, Lex, rustc_hash::FxBuildHasher>,
    /// For each word length, first byte and last byte (each as a [`bucket`]), whether some
    /// word of the table has them: most words of a text are ruled out without hashing.
    shapes: [[u32; 27]; MAX_WORD + 1],
}

impl Table {
    /// The entry of `w`, added if new, its shape marked.
    fn add(&mut self, w: &str) -> &mut Lex {
        let b = w.as_bytes();
        assert!(!b.is_empty() && b.len() <= MAX_WORD, "{w:?}");
        self.shapes[b.len()][bucket(b[0])] |= 1 << bucket(b[b.len() - 1]);
        self.map.entry(key(b)).or_default()
    }
}

/// A word of at most [`MAX_WORD`] bytes, ASCII-lower-cased and packed with its length.
type Key = [u64; 3];

/// 0..=25 for an ASCII letter (either case), 26 for any other byte.
fn bucket(b: u8) -> usize {
    let l = b | 0x20;
    if l.is_ascii_lowercase() {
        usize::from(l - b'a')
    } else {
        26
    }
}

/// `word` (at most [`MAX_WORD`] bytes) lower-cased (ASCII) and packed with its length in
/// the last byte, which no word reaches: two words share a key only when they are equal
/// after lower-casing. Lower-cases eight bytes at a time: a byte in `A..=Z` gains 0x20,
/// every other byte (non-ASCII ones too) stays.
fn key(word: &[u8]) -> Key {
    let mut buf = [0u8; 24];
    buf[..word.len()].copy_from_slice(word);
    buf[23] = word.len() as u8;
    let at = |i: usize| {
        lower(u64::from_le_bytes(
            buf[i..i + 8].try_into().expect("8 bytes"),
        ))
    };
    [at(0), at(8), at(16)]
}

/// Eight bytes lower-cased at once: a byte in `A..=Z` gains 0x20, every other byte
/// (non-ASCII ones too) stays.
fn lower(x: u64) -> u64 {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = LOW * 0x80;
    let x7 = x & !HIGH;
    // Top bit of each byte: at least `A`, at most `Z`, and ASCII.
    let upper = (x7 + LOW * u64::from(0x80 - b'A')) & !(x7 + LOW * u64::from(0x7f - b'Z')) & !x;
    x | (upper & HIGH) >> 2
}

/// [`key`] of the first `len` bytes of `window` (`len` at most [`MAX_WORD`]), read from
/// the window eight bytes at a time and the bytes past the word masked off, instead of
/// copied to a buffer first (whose small stores the eight-byte loads would wait for).
fn key_in(window: &[u8; 24], len: usize) -> Key {
    let masks = WORD_MASKS[len.min(MAX_WORD)];
    let chunk = |i: usize| {
        u64::from_le_bytes(window[8 * i..8 * i + 8].try_into().expect("8 bytes")) & masks[i]
    };
    [
        lower(chunk(0)),
        lower(chunk(1)),
        lower(chunk(2) | (len as u64) << 56),
    ]
}

/// For each word length up to [`MAX_WORD`], the masks of the word's bytes in the three
/// eight-byte chunks of its key.
static WORD_MASKS: [[u64; 3]; MAX_WORD + 1] = word_masks();

const fn word_masks() -> [[u64; 3]; MAX_WORD + 1] {
    let mut table = [[0u64; 3]; MAX_WORD + 1];
    let mut len = 0;
    while len <= MAX_WORD {
        let mut byte = 0;
        while byte < len {
            table[len][byte / 8] |= 0xff << (8 * (byte % 8));
            byte += 1;
        }
        len += 1;
    }
    table
}

const TRIGGERS: &[(Lemma, &[&str])] = &[
    (Lemma::Quit, &["quit", "quits", "quitting"]),
    (
        Lemma::Resign,
        &["resign", "resigns", "resigned", "resigning"],
    ),
    (Lemma::Leave, &["leave", "leaves", "leaving", "left"]),
    (
        Lemma::Depart,
        &["depart", "departs", "departed", "departing"],
    ),
    (Lemma::Exit, &["exit", "exits", "exited", "exiting"]),
    (Lemma::Retire, &["retire", "retires", "retired", "retiring"]),
    (Lemma::Step, &["step", "steps", "stepped", "stepping"]),
    (Lemma::Walk, &["walk", "walks", "walked", "walking"]),
    (Lemma::Part, &["part", "parts", "parted", "parting"]),
    (
        Lemma::Defect,
        &["defect", "defects", "defected", "defecting"],
    ),
    (Lemma::Fire, &["fire", "fires", "fired", "firing"]),
    (Lemma::Oust, &["oust", "ousts", "ousted", "ousting"]),
    (Lemma::Sack, &["sack", "sacks", "sacked", "sacking"]),
    (
        Lemma::Dismiss,
        &[
            "dismiss",
            "dismisses",
            "dismissed",
            "dismissing",
            "remove",
            "removes",
            "removed",
            "removing",
        ],
    ),
    (Lemma::Let, &["let", "lets", "letting"]),
    (Lemma::Lay, &["lay", "lays", "laid", "laying"]),
    (Lemma::Join, &["join", "joins", "joined", "joining"]),
    (
        Lemma::Rejoin,
        &["rejoin", "rejoins", "rejoined", "rejoining"],
    ),
    (
        Lemma::Return,
        &["return", "returns", "returned", "returning"],
    ),
    (Lemma::Hire, &["hire", "hires", "hired", "hiring"]),
    (
        Lemma::Recruit,
        &["recruit", "recruits", "recruited", "recruiting"],
    ),
    (
        Lemma::Poach,
        &[
            "poach", "poaches", "poached", "poaching", "lure", "lures", "lured", "luring",
        ],
    ),
    (
        Lemma::Appoint,
        &["appoint", "appoints", "appointed", "appointing"],
    ),
    (
        Lemma::Name,
        &[
            "name",
            "names",
            "named",
            "naming",
            "designate",
            "designates",
            "designated",
            "select",
            "selects",
            "selected",
            "pick",
            "picks",
            "picked",
        ],
    ),
    (Lemma::Elect, &["elect", "elects", "elected", "electing"]),
    (
        Lemma::Promote,
        &[
            "promote",
            "promotes",
            "promoted",
            "promoting",
            "elevate",
            "elevates",
            "elevated",
        ],
    ),
    (Lemma::Tap, &["tap", "taps", "tapped", "tapping"]),
    (Lemma::Take, &["take", "takes", "took", "taken", "taking"]),
    (
        Lemma::Unveil,
        &["unveil", "unveils", "unveiled", "unveiling"],
    ),
    (Lemma::Relieve, &["relieved"]),
];

const CLASSES: &[(u32, &[&str])] = &[
    (
        class::AUX,
        &[
            "has",
            "have",
            "had",
            "having",
            "is",
            "was",
            "were",
            "are",
            "am",
            "be",
            "been",
            "being",
            "will",
            "would",
            "may",
            "might",
            "could",
            "can",
            "should",
            "shall",
            "must",
            "did",
            "does",
            "do",
            "also",
            "not",
            "no",
            "in",
            "talks",
            "discussions",
            "negotiations",
            "line",
            "n't",
            "never",
            "reportedly",
            "abruptly",
            "recently",
            "later",
            "eventually",
            "finally",
            "then",
            "subsequently",
            "quickly",
            "suddenly",
            "just",
            "officially",
            "formally",
            "effectively",
            "already",
            "now",
            "soon",
            "to",
            "plans",
            "plan",
            "planned",
            "planning",
            "expected",
            "set",
            "going",
            "likely",
            "unlikely",
            "considering",
            "poised",
            "about",
            "due",
            "decided",
            "agreed",
            "wants",
            "want",
            "wanted",
            "intends",
            "intend",
            "hopes",
            "threatened",
            "threatens",
            "offered",
            "refused",
            "refuses",
            "forced",
            "asked",
            "chose",
            "opted",
            "opt",
            "since",
            "ultimately",
            "once",
            "briefly",
            "initially",
            "first",
            "previously",
            "quietly",
            "unexpectedly",
            "allegedly",
            "apparently",
            "still",
            "get",
            "got",
            "gets",
            "getting",
            "both",
            "all",
            "himself",
            "herself",
            "themselves",
            "cannot",
            "ca",
            "wo",
            "won't",
            "didn't",
            "doesn't",
            "hasn't",
            "haven't",
            "wasn't",
            "weren't",
            "isn't",
            "mulling",
            "weighing",
            "tipped",
            "rumoured",
            "rumored",
            "thought",
            "believed",
            "understood",
            "known",
            "widely",
            "publicly",
            "temporarily",
            "permanently",
            "jointly",
            "together",
            "ready",
            "willing",
            "is",
            "'s",
            "’s",
        ],
    ),
    (
        class::BE,
        &[
            "is", "was", "were", "are", "am", "be", "been", "being", "get", "got", "gets",
            "getting", "'s", "’s",
        ],
    ),
    (
        class::NEG,
        &[
            "not", "n't", "never", "won't", "didn't", "doesn't", "hasn't", "haven't", "wasn't",
            "weren't", "isn't", "cannot", "no", "nor", "wo",
        ],
    ),
    (
        class::HYPO,
        &[
            "may",
            "might",
            "could",
            "can",
            "should",
            "plans",
            "plan",
            "planned",
            "planning",
            "intends",
            "intend",
            "intention",
            "intended",
            "expected",
            "expects",
            "expect",
            "considering",
            "consider",
            "considers",
            "considered",
            "mulling",
            "mulled",
            "weighed",
            "contemplating",
            "mooted",
            "linked",
            "weighing",
            "nominated",
            "nominee",
            "candidate",
            "candidates",
            "understood",
            "rumoured",
            "rumored",
            "rumour",
            "rumor",
            "rumours",
            "rumors",
            "speculation",
            "speculated",
            "talks",
            "likely",
            "possible",
            "possibly",
            "potential",
            "potentially",
            "poised",
            "tipped",
            "favourite",
            "favorite",
            "frontrunner",
            "front-runner",
            "whether",
            "if",
            "unless",
            "threatened",
            "threatens",
            "threaten",
            "threatening",
            "offered",
            "offer",
            "offers",
            "urged",
            "urging",
            "urge",
            "calls",
            "called",
            "calling",
            "keen",
            "hopes",
            "hoped",
            "hoping",
            "wants",
            "wanted",
            "aims",
            "aiming",
            "pressure",
            "demand",
            "demanded",
            "demands",
            "demanding",
            "want",
            "wants",
            "wanted",
            "hopes",
            "hoping",
            "hope",
            "trying",
            "tried",
            "try",
            "attempt",
            "seeking",
            "seek",
            "seeks",
            "asked",
        ],
    ),
    (
        class::DENY,
        &[
            "denied",
            "denies",
            "deny",
            "denying",
            "refused",
            "refuses",
            "refuse",
            "refusing",
            "rejected",
            "rejects",
            "dismissed",
        ],
    ),
    (
        class::ROLE_HEAD,
        &[
            "player-manager",
            "player-boss",
            "player-coach",
            "ceo",
            "cfo",
            "coo",
            "cto",
            "cmo",
            "cio",
            "cso",
            "cpo",
            "cro",
            "vp",
            "svp",
            "evp",
            "md",
            "president",
            "chairman",
            "chairwoman",
            "chairperson",
            "chair",
            "director",
            "head",
            "founder",
            "co-founder",
            "cofounder",
            "researcher",
            "scientist",
            "engineer",
            "manager",
            "partner",
            "secretary",
            "minister",
            "editor",
            "analyst",
            "boss",
            "leader",
            "treasurer",
            "counsel",
            "governor",
            "commissioner",
            "coach",
            "captain",
            "trustee",
            "adviser",
            "advisor",
            "economist",
            "strategist",
            "member",
            "designer",
            "developer",
            "architect",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "executive",
            "officer",
            "chief",
            "vice-president",
            "vice-chairman",
            "principal",
            "controller",
            "fellow",
            "executive-director",
            "lead",
            "scientist",
            "programmer",
            "producer",
            "correspondent",
            "columnist",
            "consultant",
            "deputy",
            "superintendent",
            "dean",
            "provost",
            "owner",
            "investor",
            "employee",
            "staffer",
            "veteran",
            "chancellor",
            "co-head",
            "guitarist",
            "bassist",
            "drummer",
            "singer",
            "vocalist",
            "keyboardist",
            "frontman",
            "ambassador",
            "envoy",
            "administrator",
        ],
    ),
    (
        class::ROLE_MOD,
        &[
            "permanent",
            "caretaker",
            "high",
            "chief",
            "senior",
            "vice",
            "managing",
            "general",
            "financial",
            "operating",
            "technology",
            "technical",
            "marketing",
            "commercial",
            "research",
            "product",
            "global",
            "interim",
            "acting",
            "deputy",
            "non-executive",
            "executive",
            "principal",
            "lead",
            "board",
            "group",
            "regional",
            "european",
            "international",
            "national",
            "finance",
            "operations",
            "investment",
            "strategy",
            "sales",
            "communications",
            "legal",
            "creative",
            "editorial",
            "design",
            "software",
            "hardware",
            "engineering",
            "science",
            "scientific",
            "data",
            "security",
            "information",
            "digital",
            "content",
            "chief-executive",
            "assistant",
            "associate",
            "joint",
            "founding",
            "independent",
            "staff",
            "distinguished",
            "corporate",
            "business",
            "development",
            "ai",
            "ml",
            "policy",
            "safety",
            "products",
            "platform",
            "cloud",
            "search",
            "ads",
            "devices",
            "human",
            "resources",
            "and",
            "of",
            "&",
            "co",
            "head",
            "news",
            "sport",
            "football",
            "finance",
            "foreign",
            "home",
            "trade",
            "health",
            "culture",
            "shadow",
            "prime",
            "first",
            "second",
            "top",
            "new",
            "incoming",
            "outgoing",
            "longtime",
            "long-time",
            "veteran",
            "star",
        ],
    ),
    (
        class::GROUP,
        &[
            "employees",
            "staff",
            "staffers",
            "workers",
            "engineers",
            "researchers",
            "scientists",
            "executives",
            "managers",
            "developers",
            "programmers",
            "designers",
            "members",
            "people",
            "veterans",
            "colleagues",
            "bankers",
            "traders",
            "analysts",
            "partners",
            "directors",
            "leaders",
            "founders",
            "co-founders",
            "alumni",
            "technologists",
            "specialists",
            "experts",
            "insiders",
            "teammates",
            "employees",
            "journalists",
            "reporters",
            "editors",
            "others",
            "officers",
            "officials",
            "staffs",
            "personnel",
            "recruits",
            "hires",
            "lawyers",
            "scientists",
            "workforce",
        ],
    ),
    (
        class::QUANT,
        &[
            "some",
            "many",
            "several",
            "most",
            "few",
            "dozens",
            "hundreds",
            "thousands",
            "scores",
            "all",
            "both",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "fifty",
            "number",
            "group",
            "handful",
            "wave",
            "string",
            "other",
            "others",
            "more",
            "fewer",
            "numerous",
            "various",
            "multiple",
            "half",
            "of",
            "at",
            "least",
            "around",
            "about",
            "nearly",
            "almost",
            "over",
            "than",
            "roughly",
            "some",
            "dozen",
            "hundred",
            "thousand",
            "a",
            "an",
            "the",
            "another",
            "these",
            "those",
        ],
    ),
    (
        class::DET,
        &[
            "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this",
            "that", "my", "your",
        ],
    ),
    (class::DEFINITE, &["the", "its", "this", "that", "our"]),
    (
        class::CORP,
        &[
            "company",
            "firm",
            "group",
            "business",
            "bank",
            "organisation",
            "organization",
            "startup",
            "start-up",
            "lab",
            "laboratory",
            "board",
            "band",
            "party",
            "club",
            "carmaker",
            "automaker",
            "retailer",
            "airline",
            "giant",
            "insurer",
            "broker",
            "agency",
            "studio",
            "publisher",
            "network",
            "broadcaster",
            "newspaper",
            "corporation",
            "conglomerate",
            "maker",
            "supplier",
            "operator",
            "employer",
            "outfit",
            "venture",
            "fund",
            "label",
            "chipmaker",
            "manufacturer",
            "partnership",
            "practice",
            "team",
            "side",
            "unit",
            "division",
            "subsidiary",
            "owner",
            "brand",
            "consultancy",
            "lender",
            "insurer",
            "exchange",
            "conglomerate",
            "developer",
            "platform",
            "service",
            "app",
            "lab",
            "labs",
        ],
    ),
    (
        class::CORP_PLURAL,
        &[
            "companies",
            "firms",
            "startups",
            "start-ups",
            "rivals",
            "rival",
            "competitors",
            "competitor",
            "banks",
            "businesses",
            "labs",
            "teams",
            "clubs",
            "employers",
            "companies",
            "competition",
            "industry",
            "sector",
            "government",
            "administration",
            "cabinet",
        ],
    ),
    (
        class::JOB,
        &[
            "job",
            "jobs",
            "post",
            "posts",
            "position",
            "positions",
            "role",
            "roles",
            "seat",
            "office",
            "duties",
            "responsibilities",
            "title",
            "chairmanship",
            "presidency",
            "directorship",
            "tenure",
            "employment",
            "career",
        ],
    ),
    (
        class::FOLLOW,
        &[
            "in",
            "on",
            "after",
            "before",
            "last",
            "this",
            "earlier",
            "later",
            "next",
            "early",
            "amid",
            "over",
            "following",
            "to",
            "for",
            "and",
            "but",
            "because",
            "when",
            "since",
            "effective",
            "with",
            "citing",
            "as",
            "from",
            "yesterday",
            "today",
            "tomorrow",
            "abruptly",
            "recently",
            "suddenly",
            "altogether",
            "soon",
            "shortly",
            "immediately",
            "following",
            "due",
            "at",
            "or",
            "so",
            "amidst",
            "during",
            "within",
            "until",
            "by",
            "once",
            "only",
            "months",
            "weeks",
            "years",
            "days",
            "year",
            "month",
            "week",
            "ago",
            "too",
            "also",
            "then",
            "while",
            "though",
            "although",
            "just",
            "quietly",
            "without",
            "under",
            "voluntarily",
            "unexpectedly",
            "together",
            "en",
            "last",
            "en-masse",
        ],
    ),
    (
        class::TIME,
        &[
            "yesterday",
            "today",
            "tomorrow",
            "christmas",
            "easter",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "last",
            "this",
            "next",
            "earlier",
            "later",
            "year",
            "month",
            "week",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "early",
            "late",
            "mid",
        ],
    ),
    (class::PRONOUN, &["he", "she", "they", "i", "we"]),
    (class::REL, &["who", "that", "which", "whom"]),
    (
        class::STOP,
        &[
            "said",
            "says",
            "say",
            "told",
            "tells",
            "according",
            "reported",
            "reports",
            "announced",
            "added",
            "adding",
            "but",
            "while",
            "although",
            "though",
            "because",
            "whereas",
            "however",
            "meanwhile",
        ],
    ),
    (
        class::FORMER,
        &["former", "ex", "ex-", "onetime", "one-time", "erstwhile"],
    ),
    (
        class::CLAUSE,
        &[
            "after", "before", "because", "while", "when", "as", "since", "although", "though",
            "until", "if", "unless", "whereas", "but",
        ],
    ),
];

static TABLE: Lazy<Table> = Lazy::new(|| {
    let mut t = Table::default();
    for &(lemma, words) in TRIGGERS {
        for w in words {
            let e = t.add(w);
            e.flags |= class::TRIGGER;
            e.lemma = Some(lemma);
        }
    }
    for &(flag, words) in CLASSES {
        for w in words {
            t.add(w).flags |= flag;
        }
    }
    t
});

/// Longest word the table may hold (its longest is shorter); longer tokens are in no class.
const MAX_WORD: usize = 22;

/// The classes of `word` (any case; curly apostrophes are kept as written).
#[cfg(test)]
pub(crate) fn classify(word: &str) -> Lex {
    classify_in(word, 0, word.len())
}

/// The classes of the word `text[start..end]` (any case; curly apostrophes are kept as
/// written; none when that is no slice of `text`), its key read from `text` in place where
/// 24 bytes of it are there from `start` ([`key_in`]).
pub(crate) fn classify_in(text: &str, start: usize, end: usize) -> Lex {
    let Some(word) = text.get(start..end) else {
        return Lex::default();
    };
    let bytes = word.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return Lex::default();
    };
    if bytes.len() > MAX_WORD {
        return Lex::default();
    }
    let table = &*TABLE;
    if table.shapes[bytes.len()][bucket(first)] & (1 << bucket(last)) == 0 {
        return Lex::default();
    }
    let window = text.as_bytes().get(start..start + 24);
    let key = match window.and_then(|w| <&[u8; 24]>::try_from(w).ok()) {
        Some(window) => key_in(window, bytes.len()),
        None => key(bytes),
    };
    table.map.get(&key).copied().unwrap_or_default()
}

/// The index (`a * 26 + b`) of a trigger word's first two letters (lower case) in the tables
/// of [`trigger_prefixes`] and [`trigger_shapes`].
const fn pair_index(word: &[u8]) -> usize {
    (word[0] - b'a') as usize * 26 + (word[1] - b'a') as usize
}

/// For each pair of lower-case first letters (`a * 26 + b`), the set of third letters some
/// trigger word starts with; computed at compile time.
static TRIGGER_PREFIXES: [u32; 26 * 26] = trigger_prefixes();

pub(crate) const fn trigger_prefixes() -> [u32; 26 * 26] {
    let mut t = [0u32; 26 * 26];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let words = TRIGGERS[i].1;
        let mut j = 0;
        while j < words.len() {
            let b = words[j].as_bytes();
            t[pair_index(b)] |= 1 << (b[2] - b'a');
            j += 1;
        }
        i += 1;
    }
    t
}

/// True when the word's first three letters (any case) start some trigger word.
#[inline]
pub(crate) fn trigger_prefix(word: &[u8]) -> bool {
    let [a, b, c, ..] = *word else {
        return false;
    };
    // ASCII letters only; `| 0x20` lower-cases them.
    let (a, b, c) = (a | 0x20, b | 0x20, c | 0x20);
    if !(a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_lowercase()) {
        return false;
    }
    let ab = usize::from(a - b'a') * 26 + usize::from(b - b'a');
    TRIGGER_PREFIXES[ab] & (1 << (c - b'a')) != 0
}

/// For each pair of first letters (`a * 26 + b`), the lengths (bit `len`) and the last
/// letters (bit `letter - b'a'`) of the trigger words with them, their possessive forms
/// ("exit's", "exit’s": two or four bytes longer, ending in `s`) included; computed at
/// compile time. See [`trigger_shape`].
static TRIGGER_SHAPES: [(u16, u32); 26 * 26] = trigger_shapes();

pub(crate) const fn trigger_shapes() -> [(u16, u32); 26 * 26] {
    let mut t = [(0u16, 0u32); 26 * 26];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let words = TRIGGERS[i].1;
        let mut j = 0;
        while j < words.len() {
            let b = words[j].as_bytes();
            let n = b.len();
            let ab = pair_index(b);
            t[ab].0 |= 1 << n | 1 << (n + 2) | 1 << (n + 4);
            t[ab].1 |= 1 << (b[n - 1] - b'a') | 1 << (b's' - b'a');
            j += 1;
        }
        i += 1;
    }
    t
}

/// True when the word's first two letters, length and last letter (any case) fit some
/// trigger word or its possessive form: every token that [`classify_in`] (or, for a
/// possessive, its stem) reads as a trigger passes, and most other words opening like one
/// ("first", "party", "leader") do not, so they are not looked up.
#[inline]
pub(crate) fn trigger_shape(word: &[u8]) -> bool {
    let (Some(&a), Some(&b), Some(&last)) = (word.first(), word.get(1), word.last()) else {
        return false;
    };
    let (a, b, last) = (a | 0x20, b | 0x20, last | 0x20);
    if !(a.is_ascii_lowercase() && b.is_ascii_lowercase() && last.is_ascii_lowercase()) {
        return false;
    }
    let (lengths, lasts) = TRIGGER_SHAPES[usize::from(a - b'a') * 26 + usize::from(b - b'a')];
    word.len() < 16 && lengths & (1 << word.len()) != 0 && lasts & (1 << (last - b'a')) != 0
}

/// Every trigger word, for tests elsewhere.
#[cfg(test)]
pub(crate) fn trigger_words() -> impl Iterator<Item = &'static str> {
    TRIGGERS.iter().flat_map(|t| t.1.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed-key table with its filter answers as a map from the lower-cased words
    /// would: every word in several cases, cut short, extended, and non-ASCII forms.
    #[test]
    fn packed_lookup_agrees_with_a_plain_map() {
        let mut slow: HashMap<Vec<u8>, Lex> = HashMap::new();
        for &(lemma, words) in TRIGGERS {
            for w in words {
                let e = slow.entry(w.as_bytes().to_vec()).or_default();
                e.flags |= class::TRIGGER;
                e.lemma = Some(lemma);
            }
        }
        for &(flag, words) in CLASSES {
            for w in words {
                slow.entry(w.as_bytes().to_vec()).or_default().flags |= flag;
            }
        }
        let lookup = |w: &str| {
            slow.get(&w.to_ascii_lowercase().into_bytes())
                .copied()
                .unwrap_or_default()
        };
        let words = TRIGGERS
            .iter()
            .flat_map(|t| t.1.iter())
            .chain(CLASSES.iter().flat_map(|c| c.1.iter()));
        for w in words {
            let mut chars = w.chars();
            let title: String = chars
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(chars)
                .collect();
            let variants = [
                w.to_string(),
                w.to_uppercase(),
                title,
                format!("{w}s"),
                format!("{w}\0"),
                format!("x{w}"),
                format!("{w}é"),
                format!("{w}[@`{{"),
                w.chars().skip(1).collect(),
                w.replace('\'', "’"),
                w.repeat(3),
            ];
            for v in variants {
                assert_eq!(classify(&v), lookup(&v), "{v:?}");
            }
        }
    }

    /// The key read in place from a longer text is the key of the word copied out: every
    /// word of the table in several cases and lengths, followed by every kind of byte, and
    /// `classify_in` answers as `classify` on the slice for every span of a text (its end,
    /// where the key is copied, and spans off character boundaries included).
    #[test]
    fn key_in_place_agrees_with_key() {
        let words = TRIGGERS
            .iter()
            .flat_map(|t| t.1.iter())
            .chain(CLASSES.iter().flat_map(|c| c.1.iter()));
        let tails = [
            "",
            " ",
            "ZZZZZZZZZZZZZZZZZZZZZZZZ",
            "é’s and more text here",
            "\0\u{7f}@[`{",
        ];
        for w in words {
            for v in [
                w.to_string(),
                w.to_uppercase(),
                format!("{w}S"),
                w.repeat(2),
            ] {
                for tail in tails {
                    let text = format!("{v}{tail}{}", " ".repeat(24));
                    let n = v.len().min(MAX_WORD);
                    let window: &[u8; 24] = text.as_bytes()[..24].try_into().unwrap();
                    assert_eq!(
                        key_in(window, n),
                        key(&text.as_bytes()[..n]),
                        "{v:?}{tail:?}"
                    );
                }
            }
        }
        let text = "Mr Smith, the BBC's ex-CEO, RESIGNED and left; Doe’s chief executive quit \
                    Café président QUITTING former directors said it would hire Jones. left";
        for start in 0..=text.len() + 1 {
            for end in start..=(start + 30).min(text.len() + 1) {
                let slow = text.get(start..end).map_or(Lex::default(), classify);
                assert_eq!(classify_in(text, start, end), slow, "{start}..{end}");
            }
        }
    }

    #[test]
    fn inflections_map_to_lemmas() {
        for (w, l) in [
            ("Resigned", Lemma::Resign),
            ("left", Lemma::Leave),
            ("QUIT", Lemma::Quit),
            ("poached", Lemma::Poach),
            ("took", Lemma::Take),
            ("laid", Lemma::Lay),
        ] {
            assert_eq!(classify(w).lemma, Some(l), "{w}");
            assert!(classify(w).has(class::TRIGGER));
        }
    }

    #[test]
    fn closed_classes() {
        assert!(classify("CEO").has(class::ROLE_HEAD));
        assert!(classify("engineers").has(class::GROUP));
        assert!(classify("didn't").has(class::NEG));
        assert!(classify("rumoured").has(class::HYPO));
        assert!(!classify("smoking").has(class::TRIGGER));
        assert_eq!(classify(""), Lex::default());
        assert_eq!(classify(&"x".repeat(100)), Lex::default());
        assert_eq!(classify("Café"), Lex::default());
        assert_eq!(classify(&"x".repeat(23)), Lex::default());
        assert_eq!(classify("ex-"), classify("EX-"));
        assert!(classify("’s") != Lex::default());
    }
}
