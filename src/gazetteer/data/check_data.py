#!/usr/bin/env python3
"""Check every gazetteer data file in this folder (stdlib only, no network).

Usage: python3 check_data.py [DATA_DIR]

Entity files (*.tsv with 5 columns): TYPE, canonical, aliases, id, flags.
Checks: column count, known TYPE and flags, canonical names unique per type,
no alias shared by two entities of one type, maker/org references resolve to
a COMPANY canonical, no tab/newline inside fields, and (when common_words.txt
is present) that no unflagged COMPANY/MODEL canonical or alias is a plain
common English word. Exits 1 on the first class of errors, printing them all.
"""
import collections
import os
import sys

TYPES = {"COMPANY", "PERSON", "MODEL"}
BARE_FLAGS = {"ambiguous", "nocase"}
KEY_FLAGS = {"maker", "org", "role", "exchange", "domain"}
ENTITY_FILES = ("companies_curated.tsv", "companies_public.tsv", "ai_labs.tsv", "models_curated.tsv",
                "models_generated.tsv", "people_curated.tsv")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield n, line


def parse_flags(s):
    out = {}
    for part in filter(None, s.split(",")):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
        else:
            out[part] = True
    return out


def check(data_dir):
    errors = []
    common = set()
    cw = os.path.join(data_dir, "common_words.txt")
    if os.path.exists(cw):
        common = {w for _, w in rows(cw)}
    entities = []  # (file, line, type, canonical, aliases, id, flags)
    for fn in ENTITY_FILES:
        path = os.path.join(data_dir, fn)
        if not os.path.exists(path):
            continue
        for n, line in rows(path):
            cols = line.split("\t")
            if len(cols) != 5:
                errors.append(f"{fn}:{n}: {len(cols)} columns, want 5")
                continue
            typ, canon, aliases, ident, flags = cols
            if typ not in TYPES:
                errors.append(f"{fn}:{n}: unknown TYPE {typ!r}")
            if not canon or canon != canon.strip():
                errors.append(f"{fn}:{n}: empty or padded canonical {canon!r}")
            fl = parse_flags(flags)
            for k in fl:
                if k not in BARE_FLAGS and k not in KEY_FLAGS:
                    errors.append(f"{fn}:{n}: unknown flag {k!r}")
                if k in KEY_FLAGS and fl[k] is True:
                    errors.append(f"{fn}:{n}: flag {k} needs a value")
            al = [a for a in aliases.split("|") if a] if aliases else []
            for a in al:
                if a != a.strip():
                    errors.append(f"{fn}:{n}: padded alias {a!r}")
            entities.append((fn, n, typ, canon, al, ident, fl))
    canon_seen = {}
    surface = collections.defaultdict(list)
    companies = set()
    for fn, n, typ, canon, al, ident, fl in entities:
        key = (typ, canon)
        if key in canon_seen:
            errors.append(f"{fn}:{n}: duplicate {typ} canonical {canon!r} (first at {canon_seen[key]})")
        canon_seen[key] = f"{fn}:{n}"
        if typ == "COMPANY":
            companies.add(canon)
        for s in {canon, *al}:
            surface[(typ, s)].append(canon)
    for (typ, s), owners in surface.items():
        if len(set(owners)) > 1:
            errors.append(f"{typ} surface form {s!r} belongs to several entities: {sorted(set(owners))}")
    # A person's org= may be a non-company organisation too (a broadcaster, a ministry).
    orgs = set()
    oc = os.path.join(data_dir, "orgs_curated.tsv")
    if os.path.exists(oc):
        orgs = {line.split("\t")[1] for _, line in rows(oc) if "\t" in line}
    for fn, n, typ, canon, al, ident, fl in entities:
        if "maker" in fl and fl["maker"] not in companies:
            errors.append(f"{fn}:{n}: maker={fl['maker']!r} is not a COMPANY canonical")
        if "org" in fl and fl["org"] not in companies and fl["org"] not in orgs:
            errors.append(f"{fn}:{n}: org={fl['org']!r} is not a COMPANY or ORG canonical")
        if common and typ in ("COMPANY", "MODEL") and "ambiguous" not in fl:
            for s in (canon, *al):
                if s.lower() in common:
                    errors.append(f"{fn}:{n}: {typ} {s!r} is a common word but not flagged ambiguous")
    demonyms = os.path.join(data_dir, "employee_demonyms.tsv")
    if os.path.exists(demonyms):
        for n, line in rows(demonyms):
            cols = line.split("\t")
            if len(cols) != 2 or cols[1] not in companies:
                errors.append(f"employee_demonyms.tsv:{n}: want word<TAB>company canonical: {line!r}")
    for fn, ncol in (("first_names.tsv", 3), ("surnames.tsv", 2)):
        path = os.path.join(data_dir, fn)
        if not os.path.exists(path):
            continue
        seen = set()
        for n, line in rows(path):
            cols = line.split("\t")
            if len(cols) != ncol:
                errors.append(f"{fn}:{n}: {len(cols)} columns, want {ncol}")
                continue
            if cols[0] in seen:
                errors.append(f"{fn}:{n}: duplicate {cols[0]!r}")
            seen.add(cols[0])
            if ncol == 3 and cols[1] not in ("M", "F", "U"):
                errors.append(f"{fn}:{n}: gender {cols[1]!r}")
            if cols[-1] not in ("", "ambiguous"):
                errors.append(f"{fn}:{n}: flags {cols[-1]!r}")
    nick = os.path.join(data_dir, "nicknames.tsv")
    if os.path.exists(nick):
        for n, line in rows(nick):
            cols = line.split("\t")
            if len(cols) != 2 or not all(cols):
                errors.append(f"nicknames.tsv:{n}: want nickname<TAB>name: {line!r}")
    for fn in ("common_words.txt", "titles.txt", "roles.txt", "designators.txt",
               "org_words.txt", "places.txt"):
        path = os.path.join(data_dir, fn)
        if not os.path.exists(path):
            continue
        seen = set()
        for n, line in rows(path):
            if line != line.strip() or "\t" in line:
                errors.append(f"{fn}:{n}: stray whitespace or tab in {line!r}")
            if line in seen:
                errors.append(f"{fn}:{n}: duplicate {line!r}")
            seen.add(line)
    return errors, entities


def main():
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, entities = check(data_dir)
    for e in errors:
        print(e, file=sys.stderr)
    counts = collections.Counter((fn, typ) for fn, _, typ, *_ in entities)
    for (fn, typ), c in sorted(counts.items()):
        print(f"{fn}\t{typ}\t{c}")
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
