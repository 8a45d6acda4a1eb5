#!/usr/bin/env python3
"""Generates src/TradeTargets/Model/countries.csv, the country catalogue, from maintained sources.

Sources (nothing else is typed by hand except build/countries/hand-maintained.csv):

* ISO 3166-1 (every country and territory: alpha-3, alpha-2, numeric code, English names): Debian's
  iso-codes package, /usr/share/iso-codes/json/iso_3166-1.json (`apt-get install iso-codes`).
* UN Comtrade's own area codes (842 USA, 251 France, 757 Switzerland, 699 India, ...) and its areas and
  groups (0 World, 97 EU, 899 "Areas, nes", ...): Comtrade's reference tables Reporters.json and
  partnerAreas.json as recorded in the rOpenSci comtradr repository (github.com/ropensci/comtradr):
  tests/testthat/re_tb2/comtradeapi.un.org/files/v1/app/reference/Reporters.json.R (the API's response
  stored as an R literal) and inst/extdata/partner.rds (the partner table as an R data frame).
* IMF (IFS) numeric country codes and UN M49 regions (Africa, Americas, Asia, Europe, Oceania): the countrycode
  package (github.com/vincentarelbundock/countrycode), columns `imf` and `un.region.name` of
  dictionary/codelist_without_cldr.csv, keyed by ISO alpha-3.

Usage (Python 3 standard library only):

    python3 build/countries/generate-countries.py COMTRADR_GIT_DIR COUNTRYCODE_GIT_DIR [ISO_JSON]

The two git directories are clones of the repositories above; the files are read from their HEAD
commit with `git show`, and the commits are written into the output's header. Run it from the
repository root; it rewrites src/TradeTargets/Model/countries.csv and fails on any ambiguity (a name
or code that would name two entries).
"""

import csv
import io
import json
import lzma
import gzip
import bz2
import struct
import subprocess
import sys

OUTPUT = "src/TradeTargets/Model/countries.csv"
HAND = "build/countries/hand-maintained.csv"
REPORTERS = "tests/testthat/re_tb2/comtradeapi.un.org/files/v1/app/reference/Reporters.json.R"
PARTNERS = "inst/extdata/partner.rds"
CODELIST = "dictionary/codelist_without_cldr.csv"


def git(repo, *args, binary=False):
    out = subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8")


def head(repo):
    return git(repo, "log", "-1", "--format=%H %cs").strip()


def r_string_literal(text, start):
    """Reads the R string literal that starts after `start` (escapes \\n, \\", \\\\, \\t)."""
    i = text.index(start) + len(start)
    out = []
    escapes = {"n": "\n", '"': '"', "\\": "\\", "t": "\t"}
    while text[i] != '"':
        if text[i] == "\\":
            out.append(escapes[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def read_rds(data):
    """A minimal reader of R's XDR serialization (version 2 or 3) for data frames of atomic columns."""
    for decompress in (lzma.decompress, gzip.decompress, bz2.decompress):
        try:
            data = decompress(data)
            break
        except Exception:
            pass
    if data[:2] != b"X\n":
        raise ValueError("not an XDR R serialization")
    pos = 2
    refs = []

    def i32():
        nonlocal pos
        value = struct.unpack(">i", data[pos:pos + 4])[0]
        pos += 4
        return value

    version = i32()
    i32()
    i32()
    if version == 3:
        pos += i32()

    def item():
        nonlocal pos
        flags = i32()
        kind = flags & 0xFF
        has_attr, has_tag = flags & (1 << 9), flags & (1 << 10)
        if kind == 254:  # NULL
            return None
        if kind == 255:  # reference to an earlier symbol
            index = flags >> 8 or i32()
            return refs[index - 1]
        if kind == 1:  # symbol
            symbol = ("sym", item())
            refs.append(symbol)
            return symbol
        if kind == 2:  # pairlist
            attr = item() if has_attr else None
            tag = item() if has_tag else None
            car, cdr = item(), item()
            return [(tag[1] if tag else None, car)] + (cdr if isinstance(cdr, list) else [])
        if kind == 9:  # string
            n = i32()
            if n == -1:
                return None
            value = data[pos:pos + n].decode("utf-8")
            pos += n
            return value
        if kind in (10, 13):  # logical, integer
            values = [i32() for _ in range(i32())]
            values = [None if v == -(2 ** 31) else v for v in values]
            if kind == 10:
                values = [None if v is None else bool(v) for v in values]
        elif kind == 14:  # double
            n = i32()
            values = [None if v != v else v for v in struct.unpack(">%dd" % n, data[pos:pos + 8 * n])]
            pos += 8 * n
        elif kind in (16, 19, 20):  # character vector, list, expression
            values = [item() for _ in range(i32())]
        else:
            raise ValueError("unsupported R type %d" % kind)
        attributes = dict(item()) if has_attr else {}
        return ("vec", values, attributes) if attributes else values

    frame = item()
    _, columns, attributes = frame
    names = attributes["names"]
    names = names[1] if isinstance(names, tuple) else names
    columns = [c[1] if isinstance(c, tuple) else c for c in columns]
    return [dict(zip(names, row)) for row in zip(*columns)]


def key(text):
    # The same normalisation as CountryCatalog.Normalise: case, surrounding spaces and a leading "the".
    k = text.strip().upper()
    return k[4:].lstrip() if k.startswith("THE ") else k


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    comtradr, countrycode = sys.argv[1], sys.argv[2]
    iso_path = sys.argv[3] if len(sys.argv) == 4 else "/usr/share/iso-codes/json/iso_3166-1.json"
    iso_version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True).stdout.strip() or "unknown"

    with open(iso_path, encoding="utf-8") as f:
        iso = {x["alpha_3"]: x for x in json.load(f)["3166-1"]}

    reporters = json.loads(r_string_literal(git(comtradr, "show", "HEAD:" + REPORTERS), 'charToRaw("'))["results"]
    partners = read_rds(git(comtradr, "show", "HEAD:" + PARTNERS, binary=True))

    imf, region = {}, {}
    for row in csv.DictReader(io.StringIO(git(countrycode, "show", "HEAD:" + CODELIST))):
        if row["iso3c"] and row["imf"]:
            imf[row["iso3c"]] = int(row["imf"])
        if row["iso3c"] and row["un.region.name"]:
            region[row["iso3c"]] = row["un.region.name"]

    with open(HAND, encoding="utf-8") as f:
        hand = {row["alpha3"]: row for row in csv.DictReader(f)}
    unknown = set(hand) - set(iso)
    if unknown:
        sys.exit(f"{HAND}: not ISO 3166-1 alpha-3 codes: {sorted(unknown)}")

    # Comtrade entries: (code, alpha code, description, is group, expired).
    comtrade = {}
    for r in reporters:
        comtrade[r["reporterCode"]] = (
            (r.get("reporterCodeIsoAlpha3") or "").strip(), r["text"], bool(r["isGroup"]), bool(r.get("entryExpiredDate")))
    for r in partners:
        code = int(r["id"])
        if code not in comtrade:
            alpha = (r["iso_3"] or "").strip()
            comtrade[code] = (alpha if len(alpha) <= 3 else "", r["country"].strip(), bool(r["group"]), r["exit_year"] is not None)

    # A Comtrade code names a country when it is not a group, Comtrade gives it the country's ISO
    # alpha-3 code, and it is either current or the country's own ISO numeric code (an expired code of
    # the same territory, such as Mayotte's 175). Every other code (World, groups, "nes" areas, bunkers,
    # free zones, former countries and the codes of former borders such as 280 for West Germany) is an
    # area: importers skip and count it.
    country_codes, areas = {}, []
    for code, (alpha, text, group, expired) in sorted(comtrade.items()):
        if alpha in iso and not group and (not expired or int(iso[alpha]["numeric"]) == code):
            country_codes.setdefault(alpha, []).append((code, text))
        else:
            areas.append((code, "" if alpha in iso else alpha, text))

    numeric_owner = {int(x["numeric"]): a3 for a3, x in iso.items()}
    comtrade_owner = {}
    for a3, codes in country_codes.items():
        for code, _ in codes:
            comtrade_owner[code] = a3
    for code, _, text in areas:
        if code in numeric_owner and code not in comtrade_owner:
            # An area's code that is also some country's ISO numeric code would make numeric lookups ambiguous.
            print(f"note: Comtrade area {code} '{text}' shares ISO numeric code of {numeric_owner[code]}", file=sys.stderr)
    for code, a3 in comtrade_owner.items():
        if code in numeric_owner and numeric_owner[code] != a3:
            sys.exit(f"Comtrade code {code} is {a3} but ISO numeric {code} is {numeric_owner[code]}")

    index = {}

    def claim(text, owner):
        k = key(text)
        if index.setdefault(k, owner) != owner:
            return False
        return True

    rows = []
    for a3 in sorted(iso):
        x = iso[a3]
        override = hand.get(a3, {})
        name = override.get("name") or x.get("common_name") or x["name"]
        candidates = [a3, x["alpha_2"], name, x["name"], x.get("common_name"), x.get("official_name")]
        candidates += [a for a in (override.get("aliases") or "").split(";")]
        candidates += [text for _, text in country_codes.get(a3, [])]
        aliases, seen = [], set()
        for i, c in enumerate(candidates):
            if not c or key(c) in seen:
                continue
            if not claim(c, a3):
                if i < 3:
                    sys.exit(f"'{c}' names both {a3} and {index[key(c)]}")
                print(f"note: '{c}' for {a3} already names {index[key(c)]}; left out", file=sys.stderr)
                continue
            seen.add(key(c))
            if i >= 3:
                aliases.append(c)
        if a3 in hand:
            for a in (hand[a3].get("aliases") or "").split(";"):
                if a and index.get(key(a)) != a3:
                    sys.exit(f"hand-maintained alias '{a}' for {a3} also names {index.get(key(a))}")
        codes = " ".join(str(c) for c, _ in country_codes.get(a3, []))
        rows.append(["country", a3, x["alpha_2"], int(x["numeric"]), imf.get(a3, ""), codes, name, ";".join(aliases), region.get(a3, "")])

    imf_codes = [r[4] for r in rows if r[4] != ""]
    if len(imf_codes) != len(set(imf_codes)):
        sys.exit("two countries share an IMF code")

    for code, alpha, text in areas:
        rows.append(["area", alpha, "", "", "", code, text, "", ""])

    with open(OUTPUT, "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by build/countries/generate-countries.py: do not edit; edit build/countries/hand-maintained.csv or rerun.\n")
        f.write(f"# ISO 3166-1: Debian iso-codes {iso_version} (iso_3166-1.json).\n")
        f.write(f"# UN Comtrade reference tables Reporters.json and partnerAreas.json as recorded in ropensci/comtradr {head(comtradr)}.\n")
        f.write(f"# IMF (IFS) codes and UN M49 regions: vincentarelbundock/countrycode {head(countrycode)}, {CODELIST} columns imf and un.region.name.\n")
        f.write("# Names and aliases of build/countries/hand-maintained.csv (kept by hand: no source has them).\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["kind", "code", "alpha2", "numeric", "imf", "comtrade", "name", "aliases", "region"])
        writer.writerows(rows)
    print(f"{OUTPUT}: {sum(r[0] == 'country' for r in rows)} countries, {len(areas)} areas", file=sys.stderr)


if __name__ == "__main__":
    main()
