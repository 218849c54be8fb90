"""Make this folder's compact tables from the public datasets/* repositories.

Not run by claimgraph (nothing is downloaded at run time): run it by hand to take a
newer vintage, then update README.md here (commits and dates).

    python data/reference/make_tables.py population.csv gdp.csv cpi.csv country-codes.csv

The arguments are ``data/population.csv`` of github.com/datasets/population,
``data/gdp.csv`` of datasets/gdp, ``data/cpi.csv`` of datasets/cpi and
``data/country-codes.csv`` of datasets/country-codes.
"""

from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: World Bank indicator code -> how its values are written here: population in people,
#: GDP to the dollar, inflation to four decimals (far below any written figure's precision)
SERIES = {"SP.POP.TOTL": Decimal(1), "NY.GDP.MKTP.CD": Decimal(1),
          "FP.CPI.TOTL.ZG": Decimal("0.0001")}
#: rows of datasets/country-codes whose Wikidata id is missing there ("NA", Namibia's
#: alpha-2 code, was read as a missing value)
WIKIDATA_FIXES = {"NAM": "Q1030"}


def countries(path: Path) -> dict[str, tuple[str, str, str]]:
    """ISO 3166-1 alpha-3 -> (alpha-2, Wikidata id, CLDR name)."""
    out = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            alpha3 = row["ISO3166-1-Alpha-3"].strip()
            if not alpha3:
                continue
            wikidata = row["wikidata_id"].rsplit("/", 1)[-1].strip() or \
                WIKIDATA_FIXES.get(alpha3, "")
            name = row["CLDR display name"].strip() or row["official_name_en"].strip()
            out[alpha3] = (row["ISO3166-1-Alpha-2"].strip(), wikidata, name)
    return out


def series(path: Path, step: Decimal, known: dict,
           names: dict[str, str]) -> dict[tuple[str, int], str]:
    """(alpha-3, year) -> value, for countries only (the World Bank's aggregates, such as
    WLD or EUU, have no ISO 3166 code); ``names`` gets the World Bank's name of each."""
    out = {}
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for name, code, year, value in reader:
            names.setdefault(code, name)
            if code in known and value.strip():
                # fixed-point: normalize() alone writes 100 as 1E+2
                out[(code, int(year))] = f"{Decimal(value).quantize(step).normalize():f}"
    return out


def main(population: str, gdp: str, cpi: str, country_codes: str) -> None:
    known = countries(Path(country_codes))
    names: dict[str, str] = {}  # the World Bank's names: "United States", not CLDR's "US"
    tables = {code: series(Path(p), SERIES[code], known, names)
              for code, p in zip(SERIES, (population, gdp, cpi))}
    used = sorted({c for t in tables.values() for c, _ in t})
    with (HERE / "countries.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "iso2", "wikidata", "name"])
        for code in used:
            iso2, wikidata, name = known[code]
            w.writerow([code, iso2, wikidata, names.get(code, name)])
    keys = sorted({k for t in tables.values() for k in t})
    with (HERE / "worldbank.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "year", *SERIES])
        for key in keys:
            w.writerow([*key, *(tables[code].get(key, "") for code in SERIES)])


if __name__ == "__main__":
    main(*sys.argv[1:5])
