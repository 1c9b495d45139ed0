"""Convert the PETRARCH2 / Phoenix actor dictionaries into newsgraph's knowledge-base file.

    python -m newsgraph.kb_build.phoenix ../shared/data/actor-dictionaries newsgraph/data/actors/

reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt`` (PETRARCH syntax: an entry line, ``+`` alias lines, ``[CODE
date-range]`` code lines, ``#`` comments) and writes ``phoenix.tsv.gz``: one line per named person or
body, ``kind <TAB> name <TAB> aliases <TAB> codes``, where

- ``kind`` is ``person`` or ``organization`` (one line per name and first code's country: two people of
  different countries who share a name stay two lines, and the knowledge base keeps them apart) (country entries themselves are left out: newsgraph's
  ``countries.csv`` holds the countries; their Phoenix aliases are mostly cities and provinces);
- ``name`` is the entry in its usual capitalisation ("Barack Obama", "al-Assad", "McCain");
- ``aliases`` (``|``-separated) are the entry's alias lines with the titles, honorifics and
  nationalities that open them removed ("PRESIDENT_BARACK_OBAMA", "MR._OBAMA_" → "Barack Obama",
  "Obama"), plus the name without its middle initials ("Henry A. Wallace" → "Henry Wallace");
  aliases naming an administration or government ("THE_OBAMA_ADMINISTRATION") are dropped;
- ``codes`` (``|``-separated) are the CAMEO codes with their ISO date ranges:
  ``USAGOV@2009-01-21..2013-02-01``, ``USAGOV@2009-01-20..`` (from), ``USAELI@..2000-01-01``
  (until), ``USAELI`` (undated: the entry's default role). Six-digit dates ``YYMMDD`` are read
  as 19YY for YY > 20, else 20YY.

The licence notice of the dictionaries travels with the converted file (``PHOENIX-LICENSE.txt``).
How a code becomes a country and a PLOVER sector is ``cameo_roles.csv`` (see ``newsgraph/kb.py``).
"""

from __future__ import annotations

import gzip
import re
import shutil
import sys
from pathlib import Path

FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

# words that open an alias without being part of the name
TITLE_WORDS = {
    "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SIR", "DAME", "LORD", "PROF", "PROF.", "PRESIDENT",
    "PRESIDENT-ELECT", "VICE", "VICE-PRESIDENT", "PRIME", "MINISTER", "DEPUTY", "SECRETARY", "SECRETARY-GENERAL",
    "GENERAL", "SENATOR", "SEN", "SEN.", "REP", "REP.", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN",
    "GOVERNOR", "GOV", "GOV.", "MAYOR", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "EMIR", "SHEIKH",
    "SHEIK", "AYATOLLAH", "CHANCELLOR", "PREMIER", "AMBASSADOR", "ENVOY", "FOREIGN", "DEFENSE", "DEFENCE",
    "INTERIOR", "FINANCE", "OF", "STATE", "THE", "FORMER", "EX", "EX-PRESIDENT", "LEADER", "CHAIRMAN",
    "CHIEF", "JUSTICE", "JUDGE", "ATTORNEY", "COL", "COL.", "GEN", "GEN.", "LT", "LT.", "ADMIRAL", "MARSHAL",
    "FIELD", "CAPTAIN", "COMMANDER", "SPEAKER", "POPE", "CARDINAL", "ARCHBISHOP", "BISHOP", "REV", "REV.",
    "REVEREND", "U.N.", "UN", "UNITED", "NATIONS", "SECY", "SEC.", "SECRETARY_GENERAL", "AND",
    "DIRECTOR", "HEAD", "FIRST", "LADY", "SHADOW", "OPPOSITION", "CANDIDATE", "NOMINEE", "PRESIDENTIAL",
}
GOVERNMENT_WORDS = {"ADMINISTRATION", "GOVERNMENT", "CABINET", "REGIME", "CAMP", "CAMPAIGN", "FAMILY"}
ORG_WORDS = {
    "MINISTRY", "DEPARTMENT", "COUNCIL", "COURT", "PARTY", "ARMY", "FORCE", "FORCES", "POLICE", "AGENCY",
    "COMMISSION", "COMMITTEE", "OFFICE", "BANK", "ASSOCIATION", "UNION", "FRONT", "MOVEMENT", "ORGANIZATION",
    "ORGANISATION", "INSTITUTE", "UNIVERSITY", "COMPANY", "CORPORATION", "CORP", "INC", "LTD", "GROUP",
    "BRIGADE", "BRIGADES", "FEDERATION", "ALLIANCE", "LEAGUE", "CONGRESS", "PARLIAMENT", "ASSEMBLY", "SENATE",
    "GUARD", "SERVICE", "SERVICES", "BUREAU", "BOARD", "AUTHORITY", "FOUNDATION", "FUND", "NAVY", "AIR",
    "CENTER", "CENTRE", "NETWORK", "NEWS", "TIMES", "POST", "PRESS", "TV", "RADIO", "SOCIETY",
    "ACADEMY", "SCHOOL", "HOSPITAL", "CHURCH", "TRIBUNAL", "COALITION", "SYNDICATE", "CLUB", "PROGRAMME",
    "PROGRAM", "PROJECT", "TASK", "SECRETARIAT", "MISSION", "EMBASSY", "ARMED", "MILITIA", "MILITIAS", "REBELS",
    "LIBERATION", "REVOLUTIONARY", "JIHAD", "ISLAMIC", "BATTALION", "REGIMENT", "DIVISION", "COMMAND",
    "INDUSTRIES", "AIRLINES", "AIRWAYS", "TRUST", "INTERNATIONAL", "WATCH", "FORUM", "CHAMBER", "TRIBE",
}
ROLE_WORDS = {"PRESIDENT", "MINISTER", "SECRETARY", "AMBASSADOR", "ENVOY", "SENATOR", "GOVERNOR", "MAYOR",
              "CHANCELLOR", "PREMIER", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS",
              "LEADER", "LEADERS", "CHIEF", "SECRETARY-GENERAL", "VICE-PRESIDENT", "JUDGE", "PROSECUTOR"}
ACRONYMS = {"US", "UN", "UK", "EU", "USA", "NATO", "UAE", "IMF", "WHO", "ICC", "ICJ", "BBC", "CNN", "FBI", "CIA"}
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "das", "dos", "du", "van", "von", "der", "den", "la",
             "le", "y", "di", "del", "abu", "ul", "ud"}
_CODE = re.compile(r"\[([^\]]*)\]")


def _date(s: str) -> str | None:
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("19" if yy > 20 else "20") + s
    if len(s) != 8:
        return None
    y, m, d = s[:4], s[4:6], s[6:]
    m = m if "01" <= m <= "12" else "01"
    d = d if "01" <= d <= "31" else "01"
    return f"{y}-{m}-{d}"


def parse_code(cell: str) -> str | None:
    """``USAGOV 090121-130201`` → ``USAGOV@2009-01-21..2013-02-01``; ``[---]`` and junk → None."""
    parts = cell.replace("~", "").split()
    if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return code
    rng = "".join(parts[1:])
    if rng.startswith(">"):
        start = _date(rng[1:])
        return f"{code}@{start}.." if start else code
    if rng.startswith("<"):
        end = _date(rng[1:])
        return f"{code}@..{end}" if end else code
    if "-" in rng:
        a, b = rng.split("-", 1)
        start, end = _date(a), _date(b)
        if start or end:
            return f"{code}@{start or ''}..{end or ''}"
    return code


def _word_case(w: str) -> str:
    low = w.lower()
    if w.upper().strip(".") in ACRONYMS or (len(w) <= 4 and w.isalpha() and not re.search(r"[AEIOUY]", w.upper())):
        return w.upper()
    if low in PARTICLES:
        return low
    if "-" in w:
        return "-".join(_word_case(p) if i == 0 or p.lower() not in PARTICLES else p.lower()
                        for i, p in enumerate(w.split("-")))
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if "'" in low and low.index("'") == 1:  # O'BRIEN
        return low[0].upper() + "'" + low[2:].capitalize()
    if len(low) <= 3 and "." in low:  # initials "A."
        return low.upper()
    return low.capitalize()


def display(words: list[str]) -> str:
    out = [_word_case(w) for w in words]
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _words(phrase: str) -> list[str]:
    phrase = phrase.strip().rstrip("_").replace("_", " ")
    phrase = re.sub(r"\([^)]*\)", " ", phrase)  # "(AAIA)"
    return [w for w in phrase.split() if w not in ("+",)]


def _strip_title(words: list[str], nationalities: set[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and (words[i].upper() in TITLE_WORDS or words[i].upper() in nationalities):
        i += 1
    return words[i:]


def _read_entries(path: Path):
    """(name, [alias lines], [codes], comment) per entry of one dictionary file."""
    entry = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1] if "#" in raw else ""
        if not line.strip():
            continue
        stripped = line.strip()
        codes = [c for c in (parse_code(m) for m in _CODE.findall(stripped)) if c]
        head = _CODE.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if entry is not None and head.lstrip("+").strip():
                entry[1].append(head.lstrip("+"))
            if entry is not None:
                entry[2].extend(codes)
            continue
        if not head:  # a code line
            if entry is not None:
                entry[2].extend(codes)
            continue
        if head.startswith("!") or "=" in head:  # macros
            continue
        if entry is not None:
            yield entry
        entry = [head, [], codes, comment]
    if entry is not None:
        yield entry


def _kind(name_words: list[str], codes: list[str], comment: str) -> str | None:
    upper = {w.upper().strip(".,") for w in name_words}
    if not codes:
        return None
    if all(re.fullmatch(r"[A-Z]{3}", c.split("@")[0]) for c in codes) and \
            not any(c.split("@")[0] in ("IGO", "NGO", "IMG", "MNC") for c in codes):
        return None  # a country (or a place coded as its country)
    dated = any("@" in c for c in codes)
    if upper & ROLE_WORDS and not dated and not upper & (ORG_WORDS - {"UNITED", "NATIONS"}):
        return None  # a role ("AMERICAN_VICE_PRESIDENT", "US_AMBASSADOR_TO_THE_UN"): the stage reads titles itself
    if upper & ORG_WORDS or len(name_words) > 8:
        return "organization"
    if "CountryInfo" in comment or "IGOrulers" in comment:
        return "person"
    if dated and 2 <= len(name_words) <= 8 and not upper & ROLE_WORDS:
        return "person"
    if 2 <= len(name_words) <= 4 and not upper & TITLE_WORDS and not any(w.upper() in ("THE",) for w in name_words) \
            and all(re.fullmatch(r"[A-Z][A-Z.'\-]*", w.upper()) for w in name_words) \
            and codes and not codes[0].startswith(("MNC", "NGO", "IGO")):
        return "person"
    if upper & TITLE_WORDS:
        return None  # a role ("AMERICAN_VICE_PRESIDENT"): the actors stage reads titles itself
    return "organization"


def convert(src: Path, out_dir: Path, nationalities: set[str]) -> dict[str, int]:
    rows: dict[tuple[str, str], list] = {}
    counts = {"person": 0, "organization": 0, "skipped": 0}
    for fname in FILES:
        for head, aliases, codes, comment in _read_entries(src / fname):
            words = _words(head)
            if not words:
                continue
            kind = _kind(words, codes, comment)
            if kind is None:
                counts["skipped"] += 1
                continue
            if kind == "person":
                words = _strip_title(words, nationalities)
            name = display(words)
            alias_set: list[str] = []
            for al in aliases:
                aw = _words(al)
                if not aw or {w.upper() for w in aw} & GOVERNMENT_WORDS:
                    continue
                if kind == "person":
                    aw = _strip_title(aw, nationalities)
                    if any(w.upper() in TITLE_WORDS for w in aw):
                        continue
                a = display(aw)
                if a and a != name and a not in alias_set:
                    alias_set.append(a)
            if kind == "person":
                plain = [w for w in words if not re.fullmatch(r"[A-Z]\.?", w.upper())]
                if 2 <= len(plain) < len(words):
                    a = display(plain)
                    if a not in alias_set:
                        alias_set.append(a)
            primary = codes[0][:3] if codes else ""
            key = (kind, name, primary)
            if key in rows:  # the same name twice for one country: one entry, aliases and codes joined
                old = rows[key]
                old[2].extend(a for a in alias_set if a not in old[2])
                old[3].extend(c for c in codes if c not in old[3])
                continue
            rows[key] = [kind, name, alias_set, list(dict.fromkeys(codes))]
            counts[kind] += 1
    out_dir.mkdir(parents=True, exist_ok=True)
    with gzip.open(out_dir / "phoenix.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# Converted from the PETRARCH2/Phoenix actor dictionaries (MIT, (c) 2014 Open Event Data"
                " Alliance; see PHOENIX-LICENSE.txt) by newsgraph/kb_build/phoenix.py\n")
        f.write("kind\tname\taliases\tcodes\n")
        for kind, name, als, cds in sorted(rows.values(), key=lambda r: (r[0], r[1], r[3])):
            f.write(f"{kind}\t{name}\t{'|'.join(als)}\t{'|'.join(cds)}\n")
    lic = src / "LICENSE"
    if lic.exists():
        shutil.copyfile(lic, out_dir / "PHOENIX-LICENSE.txt")
    return counts


def _nationalities() -> set[str]:
    import csv
    from importlib import resources

    text = resources.files("newsgraph").joinpath("data", "actors", "countries.csv").read_text(encoding="utf-8")
    out = set()
    for row in csv.DictReader(text.splitlines()):
        for cell in (row["name"], row.get("aliases") or "", row.get("adjectives") or ""):
            for v in cell.split("|"):
                if v and " " not in v:
                    out.add(v.upper())
    return out | {"US", "U.S.", "U.S", "UK", "U.K."}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    counts = convert(Path(argv[0]), Path(argv[1]), _nationalities())
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
