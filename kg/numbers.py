"""Find and read the numbers written in English text.

One scanner serves three jobs: coverage (every numeric mention in a source),
figure/quote agreement (the number written in a figure's quote), and drafting
figures for a new document.

>>> m = parse_quantity("close to 10 billion yuan")
>>> (m.value, m.unit, m.decimals, m.hedge)
(Decimal('10000000000'), 'CNY', -10, 'close-to')
>>> parse_quantity("24 2%").readings
(Decimal('24.2'), Decimal('242'))

Precision follows the written digits, XBRL-style (``decimals``): the value is
rounded to ``10**-decimals``.  Trailing zeros of a whole number are not taken
as significant ("200 million" is rounded to the hundred million, "910 million"
to the ten million), the usual reading of significant figures.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from decimal import Context, Decimal
from fractions import Fraction
from functools import cache
from importlib.util import find_spec
from pathlib import Path

__all__ = [
    "Mention",
    "canonical",
    "describe",
    "describe_interval",
    "interval_digits",
    "significant",
    "QuoteNumberError",
    "find_mentions",
    "parse_quantity",
    "render_quantity",
    "HEDGES",
    "UNIT_WORDS",
    "AFTER_NUMBER_WORDS",
    "unit_named",
]


class _lazy:  # noqa: N801 - used where re.compile was
    """A pattern compiled on first use: ``kg check`` imports this module for canonical()
    and describe() and never parses a text, and compiling the patterns took about 60 ms of
    every start."""

    __slots__ = ("_args", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args, self._pattern = (pattern, flags), None

    def __getattr__(self, name: str):
        if self._pattern is None:
            self._pattern = re.compile(*self._args)
        return getattr(self._pattern, name)


SCALES: dict[str, int] = {
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    "k": 3, "m": 6, "mn": 6, "bn": 9, "tn": 12, "mln": 6, "bln": 9,
    # South Asia's scale words: a lakh is a hundred thousand, a crore ten million
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}
SCALE_NAMES = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(ONES)}
WORD_VALUES.update({w: 10 * i for i, w in enumerate(TENS) if w})
WORD_VALUES["dozen"] = 12

#: the decimal places a fraction in words is written to ("a third": 0.3333333333)
FRACTION_PLACES = 10
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}
#: ordinals that name a fraction only before "of" ("one seventeenth of turnover"; never "a
#: sixth straight month")
FRACTION_DENOMINATORS_OF = {
    f"{w}{s}": n for n, w in ((6, "sixth"), (7, "seventh"), (8, "eighth"), (9, "ninth"),
                              (11, "eleventh"), (12, "twelfth"), (13, "thirteenth"),
                              (14, "fourteenth"), (15, "fifteenth"), (16, "sixteenth"),
                              (17, "seventeenth"), (18, "eighteenth"), (19, "nineteenth"),
                              (20, "twentieth"), (100, "hundredth"))
    for s in ("", "s")}

#: Hedge phrases and the canonical name the vocabulary uses for each
#: (``cg:Hedge`` individuals in ontology/vocabulary.ttl carry the interval rule).
HEDGES: dict[str, str] = {
    "a little more than": "a-little-more-than", "slightly more than": "a-little-more-than",
    "just over": "a-little-more-than", "just under": "nearly",
    "more than": "more-than", "over": "more-than", "above": "more-than",
    "in excess of": "more-than",
    "less than": "less-than", "fewer than": "less-than", "under": "less-than",
    "below": "less-than",
    "at least": "at-least", "no less than": "at-least",
    "at most": "at-most", "up to": "at-most", "no more than": "at-most",
    "close to": "close-to",
    "nearly": "nearly", "almost": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about",
    "only": "only", "just": "only", "a mere": "only",
}

#: Unit words written after or before a number, and the unit code they name.
UNIT_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "us dollar": "USD", "dollars": "USD",
    "dollar": "USD", "usd": "USD", "us$": "USD", "$": "USD",
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "¥": "CNY",
    "euros": "EUR", "euro": "EUR", "eur": "EUR", "€": "EUR",
    "pounds": "GBP", "pound": "GBP", "gbp": "GBP", "£": "GBP",
    "norwegian kroner": "NOK", "kroner": "NOK", "krone": "NOK", "nok": "NOK",
    "swedish kronor": "SEK", "kronor": "SEK", "krona": "SEK", "sek": "SEK",
    "danish kroner": "DKK", "dkk": "DKK",
    "swiss francs": "CHF", "swiss franc": "CHF", "francs": "CHF", "franc": "CHF", "chf": "CHF",
    "yen": "JPY", "jpy": "JPY",
    "rupees": "INR", "rupee": "INR", "inr": "INR",
    "australian dollars": "AUD", "australian dollar": "AUD", "aud": "AUD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "cad": "CAD",
    "a$": "AUD", "c$": "CAD", "₹": "INR", "rs": "INR", "rs.": "INR",
    # the other dollars' signs are not US dollars: "NZ$4.2 million", "HK$3.1 billion"
    "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "₩": "KRW", "₦": "NGN", "ksh": "KES",
    # the other signs only one currency writes: the colón, the peso of the Philippines, the
    # shekel, the dong, the hryvnia, the lira, the rouble, the guaraní, the cedi, the tenge
    "₡": "CRC", "₱": "PHP", "₪": "ILS", "₫": "VND", "₴": "UAH", "₺": "TRY", "₽": "RUB",
    "₲": "PYG", "₵": "GHS", "₸": "KZT",
    "%": "PERCENT", "percent": "PERCENT", "per cent": "PERCENT",
    "percentage points": "PERCENT_POINT", "percentage point": "PERCENT_POINT",
    "years": "YEAR", "year": "YEAR",
    "per mille": "PERMILLE", "‰": "PERMILLE",
    "kilometres": "KM", "kilometers": "KM", "kilometre": "KM",
    "kilometer": "KM", "km": "KM", "miles": "MILE", "mile": "MILE",
    "metres": "M", "meters": "M", "metre": "M", "meter": "M",
    "kilograms": "KG", "kilogram": "KG", "kg": "KG",
    "tonnes": "TONNE", "tonne": "TONNE", "litres": "LITRE", "liters": "LITRE",
    "litre": "LITRE", "liter": "LITRE", "hectares": "HECTARE", "hectare": "HECTARE",
    "square kilometres": "KM2", "square kilometers": "KM2",
    "km2": "KM2", "km²": "KM2", "sq km": "KM2",
    # a floor's or a tile's area written short: "24.6 million sq m", "1,200 sq. m", "80 sqm"
    "sq m": "M2", "sq. m": "M2", "sq.m": "M2", "sqm": "M2", "sq metres": "M2", "sq meters": "M2",
    "sq. metres": "M2", "sq. meters": "M2", "sq.metres": "M2", "sq.meters": "M2", "sqmetres": "M2",
    "sqmeters": "M2",
    "kwh": "KWH", "mwh": "MWH", "gwh": "GWH", "twh": "TWH",
    "kw": "KW", "mw": "MW", "gw": "GW", "kilowatts": "KW", "kilowatt": "KW", "megawatts": "MW",
    "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW",
    "°c": "DEGC", "° c": "DEGC", "degrees celsius": "DEGC", "degree celsius": "DEGC",
    "degrees centigrade": "DEGC",
}
#: unit words the parser reads only right after a number ("41 days", "63.9 meticais"), where
#: they cannot be anything else; a caption's "month" or "Sierra Leone" names no unit
AFTER_NUMBER_WORDS: dict[str, str] = {
    # ("30 m2" after a number only: a head's "(m3/ha)" is a rate, no cubic metres)
    "m2": "M2", "m3": "M3",
    "kilowatt hours": "KWH", "kilowatt hour": "KWH", "megawatt hours": "MWH",
    "megawatt hour": "MWH", "gigawatt hours": "GWH", "gigawatt hour": "GWH",
    "terawatt hours": "TWH", "terawatt hour": "TWH",
    "days": "DAY", "day": "DAY", "weeks": "WEEK", "week": "WEEK", "months": "MONTH",
    "month": "MONTH", "hours": "HOUR", "hour": "HOUR", "minutes": "MINUTE", "minute": "MINUTE",
    # their short forms, as a table's head writes them: "Median (wks)", "Delay (mins)"
    "wks": "WEEK", "wk": "WEEK", "hrs": "HOUR", "mins": "MINUTE", "yrs": "YEAR",
    # a port's containers, data, yield and carbon intensity: "1.3 million TEU", "50 GB",
    # "8.1 t/ha", "118 gCO2/kWh" (a stay's "nights" stay a count: "4.9 million overnight
    # stays" and "2.2 million nights" are one quantity's parts)
    "teu": "TEU", "hl": "HL", "hectolitres": "HL", "hectolitre": "HL", "hectoliters": "HL",
    "hectoliter": "HL", "gb": "GB", "tb": "TB",
    "gigabytes": "GB", "gigabyte": "GB", "terabytes": "TB", "terabyte": "TB",
    "t/ha": "T/HA", "t c/ha": "T/HA", "tc/ha": "T/HA", "tonnes a ha": "T/HA", "tonnes per hectare": "T/HA", "tonnes a hectare": "T/HA",
    # a nutrient's load or loss: "38 kg N/ha", "12 kg P/ha" (kilograms of the element)
    "kg n/ha": "KG/HA", "kg p/ha": "KG/HA", "kg k/ha": "KG/HA", "kg/ha": "KG/HA",
    "tonnes per ha": "T/HA", "t co2/ha": "T/HA", "tco2/ha": "T/HA", "t co2e/ha": "T/HA",
    "tco2e/ha": "T/HA", "gco2/kwh": "GCO2/KWH", "g co2/kwh": "GCO2/KWH",
    # percentage points written short: "up 1.2pp", "a 0.6 ppt fall"
    "pp": "PERCENT_POINT", "ppt": "PERCENT_POINT", "ppts": "PERCENT_POINT",
    "p.p.": "PERCENT_POINT",
    "gco2e/kwh": "GCO2/KWH", "grams of co2 per kilowatt hour": "GCO2/KWH",
    # the energy a plant spends on each cubic metre it treats or pumps: "3.4 kWh/m³"
    "kwh/m³": "KWH/M3", "kwh/m3": "KWH/M3",
}
#: the currencies the vocabulary has a unit for (QUDT's, ontology/vocabulary.ttl); a test
#: keeps the two lists the same
CURRENCIES = set("""USD CNY EUR GBP NOK SEK DKK CHF JPY INR AUD CAD AED AFN ALL AMD ANG AOA ARS
AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CDF CLP COP CRC CUP CVE CYP
CZK DJF DOP DZD EEK EGP ERN ETB FJD FKP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS
IQD IRR ISK JMD JOD KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LVL LYD MAD MDL
MGA MKD MMK MNT MOP MRU MTL MUR MVR MWK MXN MYR MZN NAD NGN NIO NPR NZD OMR PAB PEN PGK PHP PKR
PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SGD SHP SKK SLE SOS SRD STN SYP SZL THB TJS TMT TND
TOP TRY TTD TWD TZS UAH UGX UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWL""".split())
#: codes that are English words in capitals too ("ALL 5 members"): named in words only
_CODE_WORDS = {"ALL", "TOP", "CUP", "MAD", "SOS", "PEN", "TRY", "BOB"}
_CODES = "|".join(sorted(CURRENCIES - _CODE_WORDS))
#: a currency's hundredth, written after a number: "71.5 cents" is 0.715 of the currency the
#: text uses (which one is the drafter's call: cents are dollars', euros', rands' ...)
SUBUNITS = {"cents": "cent", "cent": "cent"}
#: short names that are English words too ("5 real" is no currency)
_NOT_CURRENCY_NAMES = {"real", "mark", "marks", "sol", "gold", "silver", "rights", "won"}


def _currency_names() -> dict[str, str]:
    """Every currency's English name, plural and (where no other currency shares it) short
    name, from the Unicode CLDR data babel ships: "mozambican meticals", "meticais" -> MZN."""
    written_by_babel = kept_babel_names()
    names: dict[str, set[str]] = {}
    for code in CURRENCIES:
        written = set(written_by_babel[code])
        for name in filter(None, written):
            name = name.lower()
            if "(" in name:
                continue
            names.setdefault(name, set()).add(code)
            *head, last = name.split()
            # Portuguese and Spanish plurals English texts keep: meticais, reais, quetzales
            for variant in ({last[:-1] + "is"} if last.endswith("al") else set()) | \
                    ({last + "es"} if last[-1] not in "aeiouys" else set()):
                names.setdefault(" ".join(head + [variant]), set()).add(code)
    short: dict[str, set[str]] = {}
    for name, codes in names.items():
        if " " in name:
            short.setdefault(name.split()[-1], set()).update(codes)
    out = {n: next(iter(c)) for n, c in names.items() if len(c) == 1}
    out.update({n: next(iter(c)) for n, c in short.items()
                if len(c) == 1 and n not in _NOT_CURRENCY_NAMES and n not in out})
    # a short name several currencies share ("shillings": Kenya's, Uganda's, ...): which one
    # is the drafter's call, from the country the text names
    SHARED_CURRENCY_NAMES.update({n: frozenset(c) for n, c in short.items() if len(c) > 1
                                  and n not in _NOT_CURRENCY_NAMES and n not in out
                                  and n not in UNIT_WORDS})
    return out


#: babel's English names of each currency, kept with the version of babel that wrote them
#: (``python -m kg.numbers`` writes the file again): loading babel's CLDR data for them took
#: 60 to 100 ms of every run that imports this module (issue 32)
BABEL_NAMES = Path(__file__).with_name("currency-names.json")


def babel_names(codes: Iterable[str]) -> dict[str, list[str]]:
    """What babel's CLDR data calls each currency in English: its display name, and its
    name for one and for two (``["Mozambican Metical", "Mozambican metical", "Mozambican
    meticals"]``)."""
    from babel import Locale
    from babel.numbers import get_currency_name

    en = Locale("en")
    return {code: [en.currencies.get(code, ""),
                   *(get_currency_name(code, count=n, locale=en) for n in (1, 2))]
            for code in sorted(codes)}


def babel_version() -> str | None:
    """The installed babel's version, read from its source without importing it (importing
    babel is part of what :data:`BABEL_NAMES` saves)."""
    spec = find_spec("babel")
    if spec is None or spec.origin is None:
        return None
    found = re.search(r"^__version__ = ['\"]([^'\"]+)['\"]",
                      Path(spec.origin).read_text(encoding="utf-8"), re.MULTILINE)
    return found[1] if found else None


def kept_babel_names() -> dict[str, list[str]]:
    """:func:`babel_names` of every currency in :data:`CURRENCIES`: as kept in
    :data:`BABEL_NAMES` when the installed babel is the one that wrote it and it names
    them all, else from babel itself."""
    from kg.jsontext import kept

    found = kept(BABEL_NAMES, {"babel": babel_version()})
    if found is not None and CURRENCIES <= found.get("names", {}).keys():
        return found["names"]
    return babel_names(CURRENCIES)


def babel_names_text() -> str:
    """The text of :data:`BABEL_NAMES` for the installed babel."""
    rows = ",\n".join(f"  {json.dumps(code)}: {json.dumps(names, ensure_ascii=False)}"
                     for code, names in babel_names(CURRENCIES).items())
    return f'{{"babel": {json.dumps(babel_version())}, "names": {{\n{rows}\n}}}}\n'


#: short currency names several currencies share, and their codes ("shillings" -> KES, UGX, ...)
SHARED_CURRENCY_NAMES: dict[str, frozenset[str]] = {}
for _name, _code in _currency_names().items():
    if _name not in UNIT_WORDS:
        AFTER_NUMBER_WORDS.setdefault(_name, _code)

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
#: "Aug 20, 2024", "Sept. 2": a month's short name, with its full stop, names it too ("May"
#: is its own short name; "Mar" and the rest only capitalised, so "mar" the verb is none)
_MONTH_SHORT = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
                "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
_MONTH_RE = "|".join([m.capitalize() for m in MONTHS] +
                     [rf"{s}\.?(?=\s)" for s in sorted(_MONTH_SHORT, key=len, reverse=True)])


class QuoteNumberError(ValueError):
    """A quote does not hold exactly one readable number."""


@dataclass(frozen=True)
class Mention:
    """One numeric mention: where it stands and what it says.

    ``value`` is the full quantity (910 million -> 910000000); ``upper`` is the
    other end of a range or the open end of "millions of".  ``unit`` is a code
    from :data:`UNIT_WORDS` (``None`` for a bare count).
    """

    text: str
    start: int
    end: int
    kind: str  # number | fraction | multiplier | word | indefinite | range | date | year
    value: Decimal | None = None
    upper: Decimal | None = None
    unit: str | None = None
    decimals: int | None = None
    hedge: str | None = None
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None
    readings: tuple[Decimal, ...] = field(default=())
    note: str | None = None
    scale: int = 0  # power of ten of the scale word ("billion" -> 9)
    #: "cent" where the number counts a currency's hundredths ("71.5 cents": value 0.715)
    #: and the text does not say which currency
    subunit: str | None = None
    #: a range's two ends as written ("6.2", "9.4 percent"); () for anything else
    parts: tuple[Mention, ...] = field(default=())

    @property
    def is_quantity(self) -> bool:
        """True for amounts; False for dates and bare years."""
        return self.kind not in ("date", "year")


# --- the scanner -------------------------------------------------------------

_WORD_NUMBER = (
    r"(?:" + "|".join(sorted(TENS[2:], key=len, reverse=True)) + r")(?:-(?:"
    + "|".join(ONES[1:10]) + r"))?"
    r"|" + "|".join(sorted(ONES + ["dozen"], key=len, reverse=True))
)
_SCALE_WORD = r"thousand|million|billion|trillion|lakhs?|crores?"
_FRACTION = r"half|halves|thirds?|quarters?|fifths?|tenths?"
#: the hedges "by" may stand before an ordinal fraction with ("by roughly an eighth"), each
#: its own fixed-width look-behind
_BY_HEDGES = ("", "about ", "roughly ", "nearly ", "almost ", "around ", "some ",
              "just over ", "just under ", "more than ", "less than ")

_DATE_RE = _lazy(
    # a day is not the start of a longer number: "January   1,845" in a table's row is
    # January's 1,845, not the first of January
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,\d{{3}}\b|\.\d)"
    rf"(?:,?\s+(?P<year>\d{{4}})\b)?"
    rf"|(?<![\d.,])\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_RE})\b"
    rf"(?:,?\s+(?P<year2>\d{{4}})\b)?"
)
#: verbs in -s that may follow a fraction ("one euro in every four goes on rent"): no noun
_VERBS_IN_S = {"is", "was", "has", "does", "goes", "says", "comes", "gets", "makes", "takes",
               "stays", "lives", "works", "uses", "pays", "needs", "wants", "buys", "sees"}
#: unit symbols a number may be written against with no space ("38mm", "40MW", "3.5kWh"),
#: in QUDT's case only: "5M" and "5K" stay scales, "4G" and "5GHz" stay unread
_GLUED_SYMBOLS = "mm|km|km²|kg|kt|Mt|ha|hL|kW|MW|GW|kWh|MWh|GWh|TWh|GB|TB"
_CORE_PATTERN = (
    # "one in four", "1 in 5", "two out of three": a fraction, not two counts (not "5 in 2023");
    # "one for every two plots": the ratio of two counts, said alike
    # "four applicants in ten", "two pounds in every five": the things counted may stand
    # between a numerator in words and "in" (never a time: "two days in a row")
    rf"(?P<onein>(?<![\w.,])(?:(?:{_WORD_NUMBER})(?:\s+(?!(?:in|out|of|and|or|the|a|an|per|"
    r"years?|months?|weeks?|days?|hours?|minutes?|times?)\b)[a-z]{3,12})?|\d{1,3})"
    rf"\s+(?:in|out\s+of|for\s+every)\s+(?:every\s+)?"
    rf"(?!(?:1[89]|20)\d\d\b)(?:{_WORD_NUMBER}|\d{{1,3}}(?:,\d{{3}})+|\d+)\b"
    r"(?!\s*(?:%|per\s*cent|percent|thousand|million|billion|years?|months?|weeks?|days?|"
    r"hours?|minutes?|games|matches|races|attempts)\b|[.,]\d))|"
    # digits not glued to letters ("O2O", "4G"), except a scale abbreviation ("3.2bn") or a
    # unit's symbol as QUDT writes it ("38mm", "a 40MW farm", "5km": case and all)
    # "1,18,450": Indian digit grouping (lakh, crore), two digits a group before the last three
    r"(?P<digits>(?<![\w.,])(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    # "7½%", "2¼ per cent", "1¾ hours": a whole number and a vulgar fraction glued to it
    r"(?:[½¼¾⅛⅜⅝⅞⅓⅔](?!\w))?"
    # ("43.1C": degrees Celsius glued, kept only where words of heat stand before, see
    # find_mentions)
    r"(?!(?!(?:bn|mn|tn|bln|mln|m|k|p|pp|(?-i:pc|B|b|MM|trn|trln|cr|Cr)|bps?|x)\b|(?-i:t?CO2e?)\b|(?-i:" + _GLUED_SYMBOLS + r")(?![\w/²³])|"
    r"(?-i:C)(?![\w/'’]|\.\w))\w"
    r"|\.\d|,\d{3}|,\d{2},\d))"
    # "the first half of 2024" and "the half-year" are periods, not a fraction
    # "two-thirds", "three-quarters": hyphened as often as not
    # "one and a quarter times", "two and a half": a whole number and a fraction
    # "four hundred and twelve", "nine hundred", "a hundred and twenty": one number, not
    # a 4 and a 12 (not "two hundred and three hundred": two numbers, the second a hundreds)
    rf"|(?P<hundreds>\b(?:a|{'|'.join(ONES[1:10])})[\s-]+hundred"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_NUMBER})\b(?![\s-]+hundred\b))?\b)"
    rf"|(?P<mixed>\b(?:{_WORD_NUMBER})\s+and\s+(?:a|one)[\s-]+(?:half|third|quarter)\b)"
    rf"|(?P<frac>\b(?:a|an|one|two|three|four|nine)(?:\s+|-)(?:{_FRACTION})\b"
    rf"|\b(?:a|an|one)(?:\s+|-)(?:{'|'.join(sorted(FRACTION_DENOMINATORS_OF, key=len, reverse=True))})"
    r"\b(?=\s+of\b|\s*$)"  # (or a quote's end: the figure's quote is the fraction)
    # "cut energy use by roughly an eighth", "up by a sixth": after "by" (and a hedge) the
    # ordinal is how much a thing moved, never a place in a row ("a sixth straight month")
    r"|(?:" + "|".join(rf"(?<=\bby {h})" for h in _BY_HEDGES) + r")"
    rf"(?:a|an|one)\s+(?:{'|'.join(sorted(FRACTION_DENOMINATORS_OF, key=len, reverse=True))})\b"
    r"|(?<!first )(?<!second )(?<!latter )(?<!same )(?<!this )(?<!first-)(?<!second-)"
    # ("at the end of the half", "grew in the half": the half-year, a noun, save "the half
    # of …")
    r"\bhalf\b(?![- ]?years?\b)(?:(?<!\bthe half)|(?=\s+of\b))"
    rf"(?!\s+an?\s+(?:{_SCALE_WORD})\b))"
    r"|(?P<indef>\b(?:tens|dozens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?:thousands|millions|billions))?(?=\s+of\b))"
    # "half a billion euros": half of the scale, not a half and a billion
    rf"|(?P<aword>\b(?:half\s+an?|a|an|one)\s+(?:hundred|{_SCALE_WORD})\b)"
    rf"|(?P<mult>\b(?:twice|doubled|tripled|trebled|quadrupled|halved)\b"
    # "nearly double the 0.63 million", "trips double in two years": a factor, where a
    # comparison or a span follows (not "double-digit", "a double room")
    # ("clinics will treble, from 42 to 126": the comma sets off the move the verb makes)
    r"|\b(?:double|triple|treble|quadruple)(?=\s+(?:the|in|its|their|from|that|what|over|"
    r"since|on)\b|,\s+from\b|$)"  # (or a quote's end: the figure's quote is the word)
    # "a thousandfold": the article is the multiple's, so a hedge before it reads
    rf"|\b(?:an?\s+)?(?:\d+|{_WORD_NUMBER}|hundred|thousand|million)-?fold\b)"
    # "two dozen": a count of dozens
    rf"|(?P<word>\b(?:(?:{'|'.join(ONES[1:13])})\s+dozen|{_WORD_NUMBER})\b)"
)
#: the signs a country writes glued to its amounts that end in a letter ("RM1.2 billion",
#: "Rp4,500", "Tk50 crore"): the digits after them are a number all the same
#: and the currencies' codes, as agencies and accounts glue them ("USD1.2 billion",
#: "EUR12m", "Rs1,200 crore")
#: (any three capitals here, which find_mentions keeps only where they are a currency's
#: code: one look behind for a class of letters is quick, one for every code is not)
_GLUED_SIGNS = r"(?<=(?<![\w.])(?-i:[A-Z]{3}))|(?<=(?<![\w.])(?-i:RM|Rp|Tk|Rs))|" \
    r"(?<=(?<![\w.])(?-i:Rs\.))"
_GLUED_SIGN_WORDS = (CURRENCIES - _CODE_WORDS) | {"RM", "Rp", "Tk", "Rs", "R"}


def _glued_signs(pattern: str) -> str:
    """``pattern`` with its digits allowed after a sign of :data:`_GLUED_SIGNS`."""
    plain = r"(?P<digits>(?<![\w.,])(?:"
    if plain in pattern:
        return pattern.replace(plain, r"(?P<digits>(?:(?<![\w.,])|" + _GLUED_SIGNS + r")(?:", 1)
    return pattern.replace(r"(?P<digits>(?:(?<![\w.,])|",
                           r"(?P<digits>(?:(?<![\w.,])|" + _GLUED_SIGNS + "|", 1)


_CORE_RE = _lazy(_glued_signs(_CORE_PATTERN), re.IGNORECASE)
#: a number written with a decimal comma, its thousands grouped by a space or a point
#: ("4 815,3", "4.815,3") or not ("98,4", "7,1"): never three digits alone after the comma
#: ("4,815" stays a thousands comma's)
_DECIMAL_COMMA_NUMBER = (r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)"
                         r",(?!\d{3}(?!\d))\d+(?!\d|[.,]\d)")
#: a space (plain, no-break, thin) between a number's groups of thousands
_SPACE_SEP = "[ \u00a0\u202f\u2009]"
#: a whole number whose thousands a space groups ("66 448", "2 345 678"): every group after
#: the first of exactly three digits, and no part of a longer run of spaced digits (a
#: telephone's "13 555 0199", a cell after another: "171 188" is read so only where the
#: document groups thousands so); a year may stand before it ("in 2023 1 204 ...")
_SPACE_GROUPED = (rf"(?:(?<!\d{_SPACE_SEP})|(?<=(?<![\d.,])(?:18|19|20)\d\d{_SPACE_SEP}))"
                  rf"\d{{1,3}}(?:{_SPACE_SEP}\d{{3}})+(?!\d|{_SPACE_SEP}\d|[,'’]\d)")
#: a whole amount the rand's "R" is glued to with its scale after it: "R532 million", "R4bn"
_RAND_SCALED = r"\d+\s?(?:million|billion|bn|mn|m)\b"
#: a bare whole amount the rand's "R" is glued to where words after it price one thing by it
#: ("R17 per child per day", "R841 each", "R95 a month"), or a quote kg read wrote of one
#: (a road's "R61" or a model's "R2" has no "per" after it)
_RAND_EACH = r"\d{1,6}(?=\s+(?:per|each|a|an|every)\s+[a-z]|\s+each\b|$)"
#: the same scanner where the text writes decimal commas: such a number is read first
#: (the rand's "R" glued to such an amount, "R402,6 million", is its currency)
_CORE_RE_DECIMAL_COMMA = _lazy(_glued_signs(_CORE_PATTERN.replace(
    r"(?P<digits>(?<![\w.,])(?:", r"(?P<digits>(?:(?<![\w.,])|(?<=(?<![\w.])R)(?=(?:"
    + _DECIMAL_COMMA_NUMBER + r"|" + _SPACE_GROUPED + r")(?![\d.,]\d)|" + _RAND_SCALED + r"|"
    + _RAND_EACH + r"))(?:"
    + _DECIMAL_COMMA_NUMBER + r"(?![\d.,]\d)|" + _SPACE_GROUPED + r"(?![\d.,]\d)|(?:", 1).replace(
    r"|\d+)(?:\.\d+)?", r"|\d+)(?:\.\d+)?)", 1)), re.IGNORECASE)
#: an amount the rand's "R" is glued to where the text is South African: "R32 million",
#: "R4.2bn", "R16 000", "R1,250", "R6.05"
_RAND_AMOUNT = (r"(?:\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?\s?"
                r"(?:million|billion|bn|mn|m)\b"
                # "R6.05 a litre": rands and their cents, two decimals
                r"|\d{1,3}\.\d\d(?!\d|[.,]\d)|" + _RAND_EACH + ")")
#: whether the text being read groups thousands with a space, and whether it is South
#: African (its "R" glued to an amount is the rand)
_SPACE_THOUSANDS: ContextVar[bool] = ContextVar("space_thousands", default=False)
_RAND: ContextVar[bool] = ContextVar("rand", default=False)
#: the crown a text's bare "kr" is ("450 kr", "kr 1 200"), where the text says which: the
#: Norwegian, Swedish and Danish crowns all write it so
_KRONE: ContextVar[str | None] = ContextVar("krone", default=None)
#: whether the text being read groups thousands with a point ("8.412", "260.000"), as Danish,
#: German or Dutch texts write them
_POINT_THOUSANDS: ContextVar[bool] = ContextVar("point_thousands", default=False)


#: a number whose thousands an apostrophe groups ("1'862", "12’500.50"), as Swiss texts
#: write them: never anything else, so read so in any text that has one
_APOSTROPHE_GROUPED = r"\d{1,3}(?:['’]\d{3})+(?!\d|['’]\d)"
_APOSTROPHE_SIGN = _lazy(r"(?<![\w.,])" + _APOSTROPHE_GROUPED)


@cache
def _core_re(decimal_comma: bool, space: bool, rand: bool,
             apostrophe: bool = False) -> re.Pattern[str]:
    """The scanner for a text's conventions: decimal commas, thousands grouped by a space
    or an apostrophe, the rand's "R" glued to an amount."""
    if decimal_comma:
        return _CORE_RE_DECIMAL_COMMA._pattern or re.compile(*_CORE_RE_DECIMAL_COMMA._args)
    pattern = _CORE_PATTERN
    if apostrophe:
        pattern = pattern.replace(r"(?P<digits>(?<![\w.,])(?:",
                                  r"(?P<digits>(?<![\w.,])(?:" + _APOSTROPHE_GROUPED + "|", 1)
    glued = [_SPACE_GROUPED] if space else []
    if rand:
        glued.append(_RAND_AMOUNT)
    if glued:
        pattern = pattern.replace(
            r"(?P<digits>(?<![\w.,])(?:",
            r"(?P<digits>(?:(?<![\w.,])|(?<=(?<![\w.])R)(?=" + "|".join(glued) + r"))(?:"
            + (_SPACE_GROUPED + "|" if space else ""), 1)
    return re.compile(_glued_signs(pattern), re.IGNORECASE)


#: a head's "$'000", "£’000", "R'000": the thousands its amounts are counted in, no amount
#: (the "000" after a currency's sign and an apostrophe, the head's words around it)
_THOUSANDS_HEAD = _lazy(r".*?(?<![\w])(?:[$€£¥R]|[A-Z]{3}\s?)['’]000(?![\d,.]\d|\s*[-–]\s*\d)")


@contextmanager
def number_conventions(*, space_thousands: bool = False, rand: bool = False,
                       krone: str | None = None, point_thousands: bool = False):
    """Read numbers whose thousands a space groups ("66 448"), the rand's glued "R"
    ("R32 million"), a crown's "kr" (``krone``: its currency's code) and numbers whose
    thousands a point groups ("8.412", ``point_thousands``) within."""
    tokens = (_SPACE_THOUSANDS.set(space_thousands), _RAND.set(rand), _KRONE.set(krone),
              _POINT_THOUSANDS.set(point_thousands))
    try:
        yield
    finally:
        _SPACE_THOUSANDS.reset(tokens[0])
        _RAND.reset(tokens[1])
        _KRONE.reset(tokens[2])
        _POINT_THOUSANDS.reset(tokens[3])


def point_thousands() -> bool:
    """Whether the text being read groups its thousands with a point (False elsewhere)."""
    return _POINT_THOUSANDS.get()


#: an e-mail or web address in a country's own domain ("%s" its two letters)
_ADDRESS_IN = r"(?:@|\bwww\.|://)[\w-]+(?:\.[\w-]+)*\.%s\b(?![.-]?\w)"
#: the crowns by the words a text names each by: its name or code, else its country
#: (its name or code, else its country, else where the page places itself: the country's
#: own domain in an address, "hei@bibliotek.no", or its language's name offered as a
#: choice of the page's, "Norsk | English")
_CROWNS = (("NOK", r"\bNorwegian\s+kron(?:er|e|or)\b|\bNOK\b", r"\bNorw(?:ay|egian)\b",
            _ADDRESS_IN % "no" + r"|\bNorsk\b"),
           ("SEK", r"\bSwedish\s+kron(?:or|a|er)\b|\bSEK\b", r"\bSwe(?:den|dish)\b",
            _ADDRESS_IN % "se" + r"|\bSvenska\b"),
           ("DKK", r"\bDanish\s+kron(?:er|e|or)\b|\bDKK\b", r"\b(?:Denmark|Danish)\b",
            _ADDRESS_IN % "dk" + r"|\bDansk\b"))
#: a crown's "kr" beside an amount: "450 kr", "756,50 kr", "kr 1 200", "kr. 95"
_KR_AFTER = _lazy(r"\s?(?-i:kr)(?![\w/]|\.\w)")
_KR_BEFORE = _lazy(r"(?<![\w.])(?-i:[Kk]r)\.?\s?$")


def krone() -> str | None:
    """The crown a bare "kr" is read as where the text being read says (None elsewhere)."""
    return _KRONE.get()


def writes_krone(text: str) -> str | None:
    """The crown a text's bare "kr" is: the one crown it names by name or code ("All prices
    are in Norwegian kroner (NOK)"), else the one country of a crown it names; None where it
    writes no "kr" or names none or several.

    >>> writes_krone("Prices in Swedish kronor. A day pass is 120 kr.")
    'SEK'
    >>> writes_krone("A day pass is 120 kr.") is None
    True
    >>> writes_krone("Danish growers sold Norway spruce at 95 kr. (info@trae.dk)")
    'DKK'
    """
    if not re.search(r"\d\s?kr\b|\bkr\.?\s?\d", text, re.I):
        return None
    candidates: set[str] | None = None
    for which in (1, 2, 3):
        named = {code for code, *words in _CROWNS if re.search(words[which - 1], text)}
        if candidates is not None:
            # "Norway spruce" in a Danish text names two countries: where the page places
            # itself ("@statistik.dk") says which of them
            named &= candidates
        if len(named) == 1:
            return named.pop()
        candidates = named or candidates
    return None


_SPACE_GROUPED_RE = _lazy(r"(?<![\w.,])" + _SPACE_GROUPED)


_SPACE_GROUPED_QUOTE = _lazy(r"(?:(?<![\w.,])|(?<=(?<![\w.])R))" + _SPACE_GROUPED)
_RAND_QUOTE = _lazy(r"(?<![\w.])R(?=" + _RAND_AMOUNT + ")", re.IGNORECASE)


def writes_space_thousands(text: str) -> bool:
    """Whether ``text`` groups the thousands of its numbers with a space ("66 448", "R16
    000"), by its own evidence: three or more such numbers (a telephone's or a post code's
    one is no convention), more of them than numbers grouped with a comma ("4,815"), and no
    decimal commas (that convention reads its spaced numbers itself)."""
    if writes_decimal_commas(text):
        return False
    grouped = re.findall(r"(?:(?<![\w.,])|(?<=(?<![\w.])R))" + _SPACE_GROUPED
                         + r"(?P<point>\.\d)?", text)
    # a spaced group that a decimal point ends ("1 284.6") is hardly two numbers: it counts
    # twice, so that two of them say the convention as three bare ones do
    spaced = sum(2 if point else 1 for point in grouped)
    if spaced < 3:
        return False
    commas = len(re.findall(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)", text))
    return spaced > commas


#: a South African text: the country or its currency named
#: (or names its stock exchange, a province or a city of its own: "JSE share code: ABC",
#: "the KwaZulu-Natal region", "Gauteng and the Western Cape")
_SOUTH_AFRICAN = _lazy(r"\bSouth\s+Africa|\b(?:ZAR|rands?)\b|\bSA\s+Reserve\s+Bank\b|"
                       r"\bJSE\b|\bKwaZulu|\bGauteng\b|\b(?:Eastern|Western|Northern)\s+Cape\b|"
                       r"\bMpumalanga\b|\bLimpopo\b|\bJohannesburg\b|\bDurban\b|\bGqeberha\b|"
                       r"\bPretoria\b|\bCape\s+Town\b")


def writes_rand(text: str) -> bool:
    """Whether ``text`` is South African, so that an "R" glued to an amount ("R32 million")
    is the rand."""
    return bool(_SOUTH_AFRICAN.search(text))


#: whether the text being read writes decimal commas (kg read decides it per document)
_DECIMAL_COMMA: ContextVar[bool] = ContextVar("decimal_comma", default=False)
#: a quote's decimal comma: a comma with one, two or four or more digits after it, where
#: nothing but its own number goes on ("7,1%", "98,4 cents"); "1,300" and "1,18,450" are not
_DECIMAL_COMMA_SIGN = _lazy(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+|\d+),(?!\d{3}(?!\d))\d+"
                            r"(?!\d|[.,]\d)")


@contextmanager
def decimal_commas(on: bool = True):
    """Read numbers written with a decimal comma ("8,4%", "R4 815,3 million") within."""
    token = _DECIMAL_COMMA.set(on)
    try:
        yield
    finally:
        _DECIMAL_COMMA.reset(token)


def writes_decimal_commas(text: str) -> bool:
    """Whether ``text`` writes its numbers with a decimal comma, by its own evidence: two or
    more numbers with a comma that one, two or four or more digits follow ("7,1%", "98,4
    cents"), more of them than of three ("4,815"), and no number that only a thousands
    comma reads ("1,234,567", "1,234.5")."""
    signs = len(_DECIMAL_COMMA_SIGN.findall(text))
    if signs < 2:
        return False
    if re.search(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d,])|(?<![\d.,])\d{1,3},\d{3}\.\d",
                 text):
        return False
    threes = len(re.findall(r"(?<![\d.,])\d{1,3},\d{3}(?![\d,.]?\d)", text))
    return signs > threes


#: a whole number whose thousands a point groups ("8.412", "1.250.000"; no group starts
#: with a nought)
POINT_GROUPED = r"(?<![\w.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d]|[.,]\d)"
#: a number only a decimal point reads: one, two or four or more digits after the point
#: ("2.5", "0.75", "3.1416"), or a nought before it ("0.125"); not a clock's "09.30"
_POINT_DECIMAL = _lazy(r"(?<![\w.,])(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d{3})(?![\d]|[.,]\d)")
_CLOCK = _lazy(r"(?:[01]?\d|2[0-3])\.[0-5]\d")


def writes_point_thousands(text: str) -> bool:
    """Whether ``text`` groups the thousands of its numbers with a point ("8.412 trees",
    "260.000"), by its own evidence: it writes decimal commas (:func:`writes_decimal_commas`),
    groups at least one number so, and writes no number that only a decimal point reads
    ("2.5", "0.125"; a clock's "09.30" is none).

    >>> writes_point_thousands("Sales rose 4,2% to 1.350 units; margins were 12,5%.")
    True
    >>> writes_point_thousands("Sales rose 4,2% to 1.350 units; the ratio was 0.8, 12,5%.")
    False
    """
    if not re.search(POINT_GROUPED, text) or not writes_decimal_commas(text):
        return False
    return all(_CLOCK.fullmatch(m.group(0)) for m in _POINT_DECIMAL.finditer(text))


#: a power of ten a number is multiplied by: "× 10⁶", "x 10^9", "×10⁻³", "x 10E6"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_OF_TEN = _lazy(r"\s?[×x]\s?10(?:\^|\*\*)?(?P<exp>[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|(?<=\^)[-−]?\d{1,2}|"
                      r"(?<=\*\*)[-−]?\d{1,2})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])")
#: the vulgar fractions a number may have glued after it ("7½%")
_VULGAR = {c: Fraction(n, d) for c, n, d in (("½", 1, 2), ("¼", 1, 4), ("¾", 3, 4),
                                              ("⅛", 1, 8), ("⅜", 3, 8), ("⅝", 5, 8),
                                              ("⅞", 7, 8), ("⅓", 1, 3), ("⅔", 2, 3))}
#: a multiple written as a word: "doubled" is a factor of 2, "a thousandfold" of 1000
MULTIPLIER_WORDS = {"twice": 2, "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4,
                    "halved": Decimal("0.5"), "double": 2, "triple": 3, "treble": 3,
                    "quadruple": 4}
_SCALE_AFTER = _lazy(
    # ("a $3.4-billion plan", "a $12-million grant": the scale hyphened to its number, as an
    # adjective writes it)
    rf"(?:\s+|-)(?P<word>{_SCALE_WORD})\b|\s?(?P<abbr>bn|mn|tn|bln|mln)\b|(?P<abbr1>[mk])\b",
    re.IGNORECASE)
#: the scale abbreviations of German, Nordic and French writing after an amount: "450 Mio.
#: €", "2,3 Mrd. €", "NOK 1 234,5 mill.", "DKK 3,1 mia.", "3,4 Md€", "120 M€" (a glued "M"
#: or "Md" only before the euro's sign, where it is no metre; "mill" and "mia" only with
#: their full stop, where they are no words)
_EUROPEAN_SCALE = _lazy(r"\s?(?:(?P<million>(?-i:[Mm]io)\.?|(?-i:mill)\.|(?-i:M)(?=\s?€))"
                        r"|(?P<billion>(?-i:[Mm]rd)\.?|(?-i:mia)\.|(?-i:Mds?)\.?(?=\s?€)))"
                        r"(?!\w)")
#: scales written short after an amount of money only: "$2B", "$1.5MM" (as American
#: finance writes millions), "$1.2 trn", "RUB 3.4 trln", "₹500 cr" (a crore)
_MONEY_SCALE = _lazy(r"(?:(?P<billion>(?-i:B|b))|(?P<million>(?-i:MM))|"
                     r"\s?(?P<trillion>(?-i:trn|trln|Trn))|\s?(?P<crore>(?-i:cr|Cr)\.?))(?![\w.]\w)"
                     r"(?!\w)")
_SPACED_MILLIONS = _lazy(r"(?P<word>)(?P<abbr>)\s(?P<abbr1>m)(?![\w²³/]|\.\w)", re.IGNORECASE)
_GARBLED_PERCENT = _lazy(r" (\d)(?=\s?%)")
#: unit words not in the pattern below: currency names from the CLDR table, longest first
_NAMED = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
    (w for w in AFTER_NUMBER_WORDS if len(w) > 3), key=len, reverse=True))
#: the named units that begin with another unit's word ("tonnes per hectare" is not "tonnes")
#: or are too short for _NAMED, tried before the rest
_NAMED_FIRST = r"t(?:\s?(?:c|co2e?))?/ha|kg(?:\s?[npk])?/ha|tonnes\s+(?:per|a)\s+(?:hectare|ha)|gco2e?/kwh|g\s+co2/kwh|" \
    r"grams\s+of\s+co2\s+per\s+kilowatt[-\s]hour|(?-i:TEU|GB|TB|hl|hL)"
#: the kinds of days and hours a count of them may name between the number and the unit
_KIND_OF_TIME = "working|calendar|business|school|trading|bed|sick|volunteer|contact|patient"
#: more kinds, in lower case only ("1.9 sickness days", "142 operating days", "137,000
#: listening hours", "18,200 machine hours", "640 labour hours"; "1,095 consecutive days",
#: "612 shoot days", "14 leave days" too): a heading's "3 Opening hours" numbers a section, it counts no hours
_KIND_OF_TIME_LOWER = "(?-i:sickness|operating|opening|listening|teaching|training|machine|" \
    "labou?r|staff|flight|flying|engine|person|man|player|pupil|worker|crew|vehicle|" \
    "consecutive|successive|straight|full|whole|shoot|shooting|filming|lost|unpaid|paid|" \
    "rest|inpatient|leave|study|travel|delay|outage|visitor|guest|user|member|volunteering|" \
    "screen|care)"
_UNIT_AFTER = _lazy(
    # "a 40-minute session", "a 10-year bond": a unit of time or length glued by a hyphen
    # ("a 2,143-pound pumpkin": pounds, which a text whose money is not sterling weighs)
    # ("a 5-per-cent rise", "the 4-percent target": per cent hyphened so too)
    r"(?:\s*|-(?=(?:days?|weeks?|months?|years?|hours?|minutes?|miles?|pounds?|per-cent|"
    r"percent)\b|kilomet|metre|"
    r"meter))"
    r"(?P<unit>" + _NAMED_FIRST + r"|(?:of\s+an?\s+)?percentage[\s-]+(?:points?|pts?(?!\w))|pp|ppts?|p\.p\.|per[\s-]+cent|percent|%|"
    # "up 4pc", "2.3 pc": per cent written short, as British papers do (in lower case
    # only, never before "points": a "pc point" is a percentage point)
    r"(?-i:pc)(?!\s+(?:points?|pts?)\b)|per\s+mille|‰|u\.?s\.?\s+dollars?|"
    r"(?:kilo|mega|giga|tera)watt[-\s]hours?|"
    # "3.1 million working days", "1,200 volunteer hours": days and hours of a kind
    # (or joined by a hyphen: "41,860 player-hours", "640 person-days")
    r"(?:" + _KIND_OF_TIME + r"|" + _KIND_OF_TIME_LOWER + r")[\s-]+(?:days|hours)|"
    # "1,840 lane miles": the miles of each lane of a road, still miles
    r"(?-i:lane)\s+miles|"
    r"days?|weeks?|months?|hours?|minutes?|wks?|hrs|yrs|"
    r"(?:kilo|mega|giga)watts?|°\s?c|degrees?\s+(?:celsius|centigrade)|"
    r"(?:australian\s+|canadian\s+)dollars?|dollars?|usd|yuan|rmb|renminbi|cny|euros?|eur|"
    r"pounds?|gbp|(?:norwegian\s+|danish\s+)kroner|kroner|krone|nok|(?:swedish\s+)?kronor|"
    r"krona|sek|dkk|(?:swiss\s+)?francs?|chf|yen|jpy|rupees?|inr|aud|cad|years?|"
    # ("30 m2", "1,200 m3": the power written as a plain digit, in lower case only)
    r"square\s+kilomet(?:re|er)s|km2|km²|(?-i:m[23])|sq\s+km|sq\.?\s?m(?:et(?:re|er)s)?|kilomet(?:re|er)s?|km|miles?|metres?|meters?|kilograms?|kg|"
    r"tonnes?|litres?|liters?|hectares?|[kmgt]wh|[kmg]w|" + _NAMED + r")(?![\w/])"
    # "146 m", "3,566 m above sea level": metres, where no word that a count could be of
    # follows ("5.2 m passengers" is millions) and no currency stands before (checked below)
    r"|\s(?P<metre>m)(?![\w²³/]|\.\w)(?=\s*(?:$|[.,;:)]|\s(?:above|below|high|higher|lower|"
    r"long|deep|wide|tall|away|from|to|in|at|and|or|per|over|on|into|between|thick)\b|"
    # "0.61 m (24-inch)", "-0.74 m water equivalent (w.e.)", "17.8 m w.e.": a length's
    # other unit in brackets, a glacier's balance in metres of water
    r"\s\((?=[\d.,]+[\s-]*(?:inch|inches|in\b|ft|feet|foot|yards?|mm|cm))|"
    r"\s(?:water\s+equivalent|w\.e\.)))"
    # "a 0.36 m robotic telescope", "the 25 m pool": after an article, a length that
    # describes the noun after it (never "a 5.2 m passengers"; checked below)
    r"|\s(?P<metre_a>m)(?![\w²³/]|\.\w)(?=\s+[a-z])"
    # "7.12 h", "0.46 h (27.6 minutes)": hours by QUDT's symbol, spaced from a number (glued,
    # "24h" is no number the scanner reads), in lower case only ("5 H" is no hour)
    r"|\s(?P<hour>(?-i:h))(?![\w/]|\.\w)"
    # "1 g of ginger extract", "12.1 g with the low dose": grams by QUDT's symbol, spaced
    # from a number, in lower case only ("5 G" is no gram; "3 g-force" no mass)
    r"|\s(?P<gram>(?-i:g))(?![\w/-]|\.\w)"
    # "1.9 t of methane", "a load of 42 t.": tonnes by their symbol, spaced from a number,
    # in lower case only, where "of" (or the clause's end) follows, not "per" (a rate)
    r"|\s(?P<tonne>(?-i:t))(?![\w/]|\.\w)(?=\s+(?:of|each)\b|\s*(?:$|[.,;:)])|"
    # ("1 250 000 t in 2023": the year the tonnes are of)
    r"\s+in\s+(?:19|20)\d\d\b)"
    # "4.2 t CO2e", "120,000 tCO2e", "3.4 MtCO2e": tonnes (kilo-, mega-) of carbon dioxide
    # (or its equivalent), by their symbols as written, case and all
    r"|\s?(?P<co2>(?-i:t|kt|Mt))\s?(?-i:CO2|CO₂)(?:(?-i:e)|-?(?-i:eq)\.?)?(?![\w/₂])"
    # (not a rate: "t CO2 ha⁻¹", "t CO2e per tonne", "t CO2 a year")
    r"(?!\s*(?:\w+(?:⁻¹|-1)|per\b|an?\s+(?:hectare|ha|year|head|tonne)\b))"
    # a currency's code after the number, in capitals only ("5 ALL" is lek, "all 5" is not)
    r"|\s*(?P<code>(?-i:" + _CODES + r"))(?![\w/])"
    # "25 basis points", "40bp": hundredths of a percentage point
    r"|\s*(?P<basis>basis[\s-]+points?|bps?)\b(?![\w/])"
    r"|\s*(?P<subunit>cents?|pence)\b(?![\w/])"
    # "43.1C", "40C": degrees Celsius glued to the number, as newspapers write them (kept
    # only where the words before speak of heat, see :data:`_HEAT_BEFORE`)
    r"|(?P<celsius>(?-i:C))(?![\w/'’]|\.\w)"
    r"|(?P<pence>p)\b(?![\w/])",
    re.IGNORECASE,
)
class _lazy_before(_lazy):  # noqa: N801
    """A pattern anchored at the end of what it searches (a sign before a number): it looks
    only at the few characters before ``endpos``, which is all it can match (searching from
    the text's start each time made reading quadratic in the text's length)."""

    __slots__ = ()

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        return self.__getattr__("search")(text, max(pos, end - 16), end)


_UNIT_BEFORE = _lazy_before(r"(?P<unit>US\$|NZ\$|HK\$|(?<![\w.])(?-i:R\$|NT\$|RM|Rp|Tk|TSh|USh|GH₵|E£) ?|(?<![A-Za-z])S\$|A\$|C\$|\$|¥|€|£|₹|₩|₦|[₡₱₪₫₴₺₽₲₵₸]|"
                          r"KSh ?|Rs\.? ?|RMB ?|(?<![\w.])(?-i:S?Fr)\. ?|(?<![\w.])(?:"
                          + _CODES + r") ?)$")
#: words of heat before a number glued to a "C" ("the mercury reached 43.1C", "a top of
#: 38C"): a temperature, not a flat's or a form's letter
_HEAT_BEFORE = _lazy(r"\b(?:temperatures?|mercury|thermometer|heat|heatwave|hottest|coldest|"
                     r"warmest|coolest|degrees|maximum|minimum|max|min|tops?\s+of|highs?|lows?|"
                     r"hit|reached|peaked|soared|climbed|plunged|dropped|fell)\b[^.;\d]*$",
                     re.I)
#: currencies' signs as their own countries write them before an amount: "R$3.4 billion",
#: "RM1.2 billion", "Rp 4.5 trillion", "NT$800", "Tk 50 crore", "TSh 2,000", "USh 5,000",
#: "GH₵450", "E£120"
_LOCAL_SIGNS = {"R$": "BRL", "NT$": "TWD", "RM": "MYR", "Rp": "IDR", "Tk": "BDT", "TSh": "TZS",
                "USh": "UGX", "GH₵": "GHS", "E£": "EGP"}
#: a currency's sign spaced from the amount after it by one space: "US$ 3.4bn", "€ 450"
_SPACED_SIGN_BEFORE = _lazy(r"(?:(?<![\w$])(?P<unit>US\$|NZ\$|HK\$|A\$|C\$)|(?<![\w$])"
                            r"(?P<sign>\$|€|£|₹))[ \u00a0\u202f]$")
#: the euro's sign after an amount: "12,50 €", "45€"
_EURO_AFTER = _lazy(r"[ \u00a0\u202f]?€(?![\w$£€])")
_RAND_BEFORE = _lazy(r"(?<![\w.])(?P<unit>R) ?$")
_HEDGE_BEFORE = _lazy(
    r"(?:^|(?<=[\s(\"“]))(?P<hedge>" + "|".join(
        re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_RANGE_JOIN = _lazy(r"\s*(?:to|–|-|—)\s*", re.IGNORECASE)
#: "hundreds" means at least two hundred and fewer than a thousand.
_INDEF_BOUNDS = {"tens": (20, 100), "dozens": (24, 144), "hundreds": (200, 1000),
                 "thousands": (2000, 10**6), "millions": (2 * 10**6, 10**9),
                 "billions": (2 * 10**9, 10**12)}
_INDEF_SCALE = {"thousands": 10**3, "millions": 10**6, "billions": 10**9}


#: "For every £1 we spent, 82p went to ...": the hundredths that follow are a share of it
_EVERY_ONE_BEFORE = _lazy(
    r"\b(?:for|of|from|out\s+of|in)\s+(?:every|each)\s+(?:(?:[£$€]|US\$|A\$|C\$)\s?1\b(?!\.\d|,\d)|"
    r"(?:dollar|euro|pound|rand|franc|peso|rupee|shilling)\b)[^.;:\d]{0,40},\s*$", re.I)


#: a fiscal or school year ("2018/19", "2023-24", "2023/2024"): one period, not two numbers
_FISCAL_YEAR = _lazy(r"(?<![\w.,/])(?P<first>(?:18|19|20)\d\d)\s?[/–-]\s?(?P<second>\d\d(?:\d\d)?)"
                          r"(?![\w/]|[.,]\d)")
#: the number of a table, figure or section is its name, not a quantity ("Table 1.")
_LABEL = _lazy(r"\b(?:Table|Figure|Fig\.|Chart|Exhibit|Appendix|Annex|Section|Box|Panel)"
                    r"\s+(?P<label>\d+(?:\.\d+)*[A-Za-z]?)\b", re.IGNORECASE)
#: the number of a line, a route, a gate or a plot is part of its name, not a quantity
#: ("the Line 3 extension", "at Terminal 2", "Route 12 fell"); only capitalised, as a name
#: is written ("three platforms" or "gate 4 of 6" may count)
_NAMED_NUMBER = _lazy(r"\b(?:Line|Route|Platform|Terminal|Gate|Runway|Pier|Berth|Ward|Plot|"
                      r"Room|Junction|Exit|Phase|Zone|Lane|Bay|Floor|Block|"
                      # a rank or class a plan names by number ("Priority 2 routes", "Tier 1
                      # capital", "Stage 3 works"): which one, not how many
                      r"Priority|Tier|Stage|Band|Category|Wave)"
                      r"\s+(?P<label>\d{1,3}[A-Z]?)\b(?![.,]\d|\s*%)"
                      # an age a group of people is named by, joined to its bound ("tickets
                      # for under-26s", "over-65 passes"): which people, not how many
                      r"|\b(?:[Uu]nder|[Oo]ver)-(?P<age>\d{1,3})(?:s\b|\b)(?![.,]\d|-)")


#: "(billions of dollars)", "in millions of euros)": a caption's scale, not an amount
_SCALE_NOTE = _lazy(r"(?:[(\[]|\bin)\s*$", re.IGNORECASE)
_SCALE_NOTE_AFTER = _lazy(
    r"\s+of\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(
        (w for w in (*UNIT_WORDS, *AFTER_NUMBER_WORDS) if w[0].isalpha() and len(w) > 2),
        key=len, reverse=True)) + r")\b[^()\[\]\d;]{0,40}[)\]]", re.IGNORECASE)


#: the words before a bare number that make it an age in years: "aged 50", "under the age
#: of 25", "ages of 18", "the average age of members is still 61.4", "the corresponding ages
#: were 34.6 and"
_AGE_BEFORE = _lazy(
    r"(?:\b(?:aged|ages?\s+of|age)\s+(?:about\s+|around\s+|over\s+|under\s+|between\s+)?"
    r"|\b(?:average|mean|median)\s+ages?\b(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+"
    r"(?:is|was|were|are|of|at|stood\s+at|rose\s+to|fell\s+to)\s+(?:still\s+|now\s+|just\s+)?"
    r"|\bages?\s+(?:were|are|was|is)\s+(?:still\s+|now\s+)?"
    r"|\bages\s+(?:were|are)\s+\d[\d.]*\s+and\s+"
    # "children under 12", "those under 19 in full-time education": people bounded by age
    r"|\b(?:children|kids|young\s+people|people|adults|pupils|students|those|anyone|everyone|"
    r"players|members|residents|patients|girls|boys|women|men|juniors|visitors|passengers|"
    r"riders|swimmers|guests)\s+(?:aged\s+)?(?:under|over|below|above)\s+)$", re.IGNORECASE)
#: what may follow a people's age bound: its unit, a clause's verb or conjunction, a mark;
#: never a noun it would count ("children under 300 pupils" is no age)
_AGE_AFTER = _lazy(r"\s*(?:$|[.,;:)(\]—–-]|(?:years?|yrs?)\b|year-olds?\b|(?:and|or|in|with|who|"
                   r"get|got|go|goes|went|travel|travels|are|were|is|was|pay|pays|paid|must|"
                   r"can|may|need|needs|ride|swim|enter|free|make|made|account|accounted|"
                   r"number|numbered)\b)", re.IGNORECASE)
#: a person's age set off after the name ("said Kurtzman, 63, a retired fitter", "Ana
#: Ruiz, 71."): the name a verb of saying gives, or two capitalised words; never a place's
_AGE_NAMED = _lazy(r"(?:\b(?:said|says|according\s+to)\s+[A-Z][\w'’-]+|"
                   r"\b(?!(?:In|At|On|The|For|From|To|By|With|And|But|Of|As|Since|After|"
                   r"Before|During|Across|Over|Under|Across|Near|Outside|Inside)\b)"
                   r"[A-Z][a-z'’-]+\s+(?!(?:Road|Street|Avenue|Lane|Way|Box|Square|Place|"
                   r"Drive|Court|Park|Suite|Floor|House)\b)[A-Z][a-z'’-]+),\s+$")


def _an_age(text: str, m: Mention) -> bool:
    """Whether a bare number is a person's age or an age bound, which is in years: "aged 50",
    "under the age of 25", "children under 12", "said Kurtzman, 63, a retired fitter"."""
    if m.value is None or not 0 < m.value <= 120 or m.scale or \
            re.match(r"\s*(?:-|–|—|to)\s*\d", text[m.end:]):
        return False  # (a band of ages, "aged 5-7", is read as the band's words say)
    # ("under 12": the bound's word is the mention's own)
    bound = re.match(r"[^\W\d]+(?:\s+[^\W\d]+)*\s+", text[m.start:m.end])
    before = text[max(0, m.start - 80):m.start] + (bound.group(0) if bound else "")
    after = text[m.end:m.end + 12]
    if _AGE_NAMED.search(before) and m.value == m.value.to_integral_value() and \
            re.match(r"\s*(?:,|\.(?!\d)|\)|$)", after):
        return True
    said = _AGE_BEFORE.search(before)
    if said is None:
        return False
    people = re.search(r"(?:under|over|below|above)\s+$", said.group(0), re.I) and \
        not re.search(r"\bage", said.group(0), re.I)
    return not people or _AGE_AFTER.match(after) is not None


def find_mentions(text: str) -> list[Mention]:
    """Every numeric mention in ``text``, in order of position.

    >>> [m.text for m in find_mentions("from $57.4 billion in 2013 to $50.9 billion")]
    ['$57.4 billion', '2013', '$50.9 billion']
    """
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE_RE.finditer(text):
        mentions.append(_date_mention(m))
        taken.append((m.start(), m.end()))
    for m in _FISCAL_YEAR.finditer(text):
        first, second = int(m.group("first")), int(m.group("second"))
        if second in ((first + 1) % 100, first + 1) and \
                not any(s <= m.start() < e for s, e in taken):
            mentions.append(Mention(text=m.group(0), start=m.start(), end=m.end(), kind="year",
                                    value=Decimal(first)))
            taken.append((m.start(), m.end()))
    taken += [m.span("label") for m in _LABEL.finditer(text)]
    # "Q3'24", "H1 '25", "FY'26": a quarter's, a half's or a fiscal year's two digits
    taken += [m.span(1) for m in re.finditer(r"(?<![\w'])(?-i:[QH][1-4]|FY)\s?['’](\d\d)\b", text)]
    taken += [m.span("label" if m.group("label") else "age")
              for m in _NAMED_NUMBER.finditer(text)]
    pos = 0
    space, rand = _SPACE_THOUSANDS.get(), _RAND.get()
    apostrophe = ("'" in text or "’" in text) and bool(_APOSTROPHE_SIGN.search(text))
    core = _CORE_RE_DECIMAL_COMMA if _DECIMAL_COMMA.get() else \
        _core_re(False, space, rand, apostrophe) if space or rand or apostrophe else _CORE_RE
    while True:
        m = core.search(text, pos)
        if m is None:
            break
        label = next((e for s, e in taken if s <= m.start() < e), None)
        if label is not None and space and m.end() > label:
            pos = label  # "Table 3 245 people": the label, then a number of its own
            continue
        if label is not None or (
                m.group("indef") and _SCALE_NOTE.search(text, 0, m.start())
                and _SCALE_NOTE_AFTER.match(text, m.end())) or \
                _THOUSANDS_HEAD.match(text, max(0, m.start() - 5), m.end() + 1):
            pos = m.end()
            continue
        if m.group("digits") and text.startswith("C", m.end()) and \
                not _HEAT_BEFORE.search(text, max(0, m.start() - 80), m.start()) and \
                not re.fullmatch(r"[^\d]{0,20}\d[\d.,]*C", text):
            pos = m.end()  # "Flat 12C", "Form 4C": a label, no number (a quote's "43.1C" is)
            continue
        if m.group("digits") and m.group(0)[-1:] in "123" and re.search(
                r"(?<![\w.,])[^\W\d_]{1,3}\^?[−–-]?$", text[max(0, m.start() - 6):m.start()]) and \
                re.search(r"[−–-]\d$", text[max(0, m.start() - 1):m.end()]) and \
                re.match(r"(?![\w.,]\d|\w)", text[m.end():]) and \
                re.search(r"\d[\s\u00a0\u202f]+(?:[^\W\d_]{1,3}[\s·]+|[^\W\d_]{4,14}\s+)?"
                          r"[^\W\d_]{1,3}\^?[−–-]?$", text[max(0, m.start() - 28):m.start()]):
            # "38 mm h−1", "148 m−2": a unit's power, no number of its own; so in "312
            # individuals m−2", where the things counted stand between number and unit
            pos = m.end()
            continue
        if m.group("digits") and m.start() and text[m.start() - 1].isalpha() and \
                re.search(r"[A-Za-z]+$", text[max(0, m.start() - 4):m.start()]).group(0) \
                not in _GLUED_SIGN_WORDS:
            pos = m.end()  # "ISO9001", "ABC123": a name's digits, no amount
            continue
        if m.group("digits") and m.group(0) in ("3", "6", "9", "12") and \
                re.match(r"(?-i:M)\s?(?:'?\d\d|(?:19|20)\d\d)\b", text[m.end():]) and \
                not _UNIT_BEFORE.search(text, 0, m.start()):
            pos = m.end() + 1  # "9M 2024", "6M25": the first nine or six months, no millions
            continue
        if m.group("digits") and re.match(r"(?-i:B|b|MM|trn|trln|cr|Cr)\b", text[m.end():]) and \
                not (_UNIT_BEFORE.search(text, 0, m.start()) or
                     _SPACED_SIGN_BEFORE.search(text, max(0, m.start() - 6), m.start())):
            pos = m.end()  # "Class 2B", "Form 4b": a label's letter, no scale (a sum's "$2B" is)
            continue
        mention = _extend(text, m)
        if mention.unit is None and mention.kind == "number" and _an_age(text, mention):
            mention = replace(mention, unit="YEAR")
        mentions.append(mention)
        pos = mention.end
    mentions.sort(key=lambda x: x.start)
    return _join_ranges(text, mentions)


def parse_quantity(quote: str) -> Mention:
    """The one quantity written in ``quote`` (dates and bare years are ignored).

    Raises :class:`QuoteNumberError` when the quote holds no number or more than one.
    """
    # a quote with a decimal comma ("8,4%") reads one way whatever document it is from
    # and so does a quote with thousands grouped by a space ("66 448") or the rand's glued
    # "R" ("R32 million"): kg read writes such a quote only from a text that writes them so
    comma = _DECIMAL_COMMA.get() or bool(_DECIMAL_COMMA_SIGN.search(quote))
    space = not comma and (_SPACE_THOUSANDS.get() or bool(_SPACE_GROUPED_QUOTE.search(quote)))
    rand = not comma and (_RAND.get() or bool(_RAND_QUOTE.search(quote)))
    with decimal_commas(comma), number_conventions(space_thousands=space, rand=rand,
                                                   point_thousands=_POINT_THOUSANDS.get()):
        found = find_mentions(quote)
    quantities = [m for m in found if m.is_quantity]
    if not quantities:
        dates = [m for m in found if not m.is_quantity]
        if len(dates) == 1:
            return dates[0]
        raise QuoteNumberError(f"no number found in {quote!r}")
    if len(quantities) > 1:
        found = ", ".join(repr(m.text) for m in quantities)
        raise QuoteNumberError(f"{len(quantities)} numbers in {quote!r} ({found}); a figure's "
                               "quote must hold exactly one")
    return quantities[0]


def _date_mention(m: re.Match[str]) -> Mention:
    month_name = (m.group("month") or m.group("month2")).rstrip(".")
    month = MONTHS.index(month_name.lower()) + 1 if month_name.lower() in MONTHS else \
        _MONTH_SHORT[month_name]
    day = int(m.group("day") or m.group("day2"))
    year_text = m.group("year") or m.group("year2")
    date = None
    if year_text:
        try:
            date = dt.date(int(year_text), month, day)
        except ValueError:
            date = None
    return Mention(text=m.group(0), start=m.start(), end=m.end(), kind="date",
                   date=date, month_day=(month, day))


def _extend(text: str, m: re.Match[str]) -> Mention:
    """Grow a number core into a mention: hedge, currency, scale, unit."""
    start, end = m.start(), m.end()
    kind, value, upper, decimals, note = "number", None, None, None, None
    readings: tuple[Decimal, ...] = ()
    unit: str | None = None
    exp = 0
    core = m.group(0)

    if m.group("digits"):
        # ("66 448", "1'862": the thousands' spaces and apostrophes are no part of the value)
        vulgar = _VULGAR.get(core[-1])
        if vulgar is not None:
            core = core[:-1]
        digits = re.sub(r"[,'’ \u00a0\u202f\u2009]", "", core)
        if _DECIMAL_COMMA.get() and re.fullmatch(_DECIMAL_COMMA_NUMBER, core):
            digits = re.sub(r"[ .\u00a0\u202f]", "", core).replace(",", ".")
        elif _POINT_THOUSANDS.get() and re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", core):
            digits = core.replace(".", "")  # "8.412" where the text groups thousands so
        value = Decimal(digits)
        decimals = _digit_decimals(digits)
        if vulgar is not None:
            value = value + _fraction_decimal(vulgar)
            # (as precise as the fraction: a half to one place, an eighth to three; a
            # third has no end)
            decimals = -value.normalize().as_tuple().exponent if vulgar.denominator != 3 \
                else None
        garbled = _GARBLED_PERCENT.match(text, end)
        if garbled:
            # "24 2%": a decimal point lost in the source.  Both readings are kept;
            # the figure must say which one it takes and why.
            tail = garbled.group(1)
            readings = (Decimal(f"{digits}.{tail}"), Decimal(f"{digits}{tail}"))
            value, decimals = readings[0], len(tail)
            note = f"garbled in the source: {text[start:garbled.end()]!r} reads as " \
                   f"{readings[0]} (lost decimal point) or {readings[1]} (stray space)"
            end = garbled.end()
    elif m.group("onein"):
        kind = "fraction"
        words = core.lower().split()
        numerator, denominator = (int(w.replace(",", "")) if w[0].isdigit() else _word_value(w)
                                  for w in (words[0], words[-1]))
        between = [w for w in words[1:-1] if w not in ("in", "out", "of", "for", "every")]
        # "four stations in five regions": things of their own after the second number make
        # it a count of those, not the whole the first is a part of
        after = re.match(r"\s+([a-z]+s)\b", text[m.end():])
        counted = between and after and after.group(1) not in _VERBS_IN_S
        if not 0 < numerator <= denominator or counted:  # "9 in 3": two numbers after all
            first = core.split()[0]
            return Mention(text=first, start=start, end=start + len(first),
                           kind="number" if first.isdigit() else "word",
                           value=Decimal(numerator),
                           decimals=_digit_decimals(first) if first.isdigit() else None)
        value = _fraction_decimal(Fraction(numerator, denominator))
    elif m.group("hundreds"):
        kind = "word"
        hundreds, _, rest = re.sub(r"\s+and\s+", " ", core.lower()).partition("hundred")
        count = hundreds.strip(" -")
        value = Decimal(100 * (1 if count == "a" else WORD_VALUES[count]) +
                        (_word_value(rest.strip(" -")) if rest.strip(" -") else 0))
    elif m.group("mixed"):
        kind = "word"
        whole, _, fraction = core.lower().partition(" and ")
        value = _fraction_decimal(Fraction(_word_value(whole.strip())) +
                                  Fraction(1, FRACTION_DENOMINATORS[fraction.split()[-1]]))
    elif m.group("frac"):
        kind = "fraction"
        count_word, denom_word = re.split(r"[\s-]+", core.lower())[0], \
            re.split(r"[\s-]+", core.lower())[-1]
        numerator = 1 if count_word in ("a", "an", "one", "half") else WORD_VALUES[count_word]
        if numerator >= FRACTION_DENOMINATORS.get(denom_word, 100) > 1 and \
                denom_word.endswith("s"):
            # "over the four quarters", "both halves": a count of parts, not a whole one
            first = re.split(r"[\s-]+", core)[0]
            return Mention(text=first, start=start, end=start + len(first), kind="word",
                           value=Decimal(numerator))
        frac = Fraction(numerator, FRACTION_DENOMINATORS.get(denom_word) or
                        FRACTION_DENOMINATORS_OF[denom_word])
        value = _fraction_decimal(frac)
    elif m.group("mult"):
        kind = "multiplier"
        word = core.lower()
        if word in MULTIPLIER_WORDS:
            value = Decimal(MULTIPLIER_WORDS[word])
        else:
            stem = word.removesuffix("fold").rstrip("-").split()[-1]
            value = Decimal(stem) if stem.isdigit() else \
                Decimal(100) if stem == "hundred" else \
                Decimal(10) ** SCALES[stem] if stem in SCALES else Decimal(_word_value(stem))
    elif m.group("indef"):
        kind = "indefinite"
        words = core.lower().split()
        lower, upper_ = (Decimal(b) for b in _INDEF_BOUNDS[words[0]])
        if len(words) == 3:  # "hundreds of millions"
            lower, upper_ = lower * _INDEF_SCALE[words[2]], upper_ * _INDEF_SCALE[words[2]]
        value, upper = lower, upper_
        end = m.end()
    elif m.group("aword"):
        kind = "word"
        word = core.lower().split()[-1]
        value = Decimal(100) if word == "hundred" else Decimal(10) ** SCALES[word]
        if core.lower().startswith("half"):
            value = value / 2
    else:
        kind = "word"
        value = Decimal(_word_value(core.lower()))

    power = _POWER_OF_TEN.match(text, end) if m.group("digits") else None
    if power:
        # "3.4 × 10⁶ cells", "2.1 x 10^-3": a number times a power of ten, as abstracts write
        # them (the power's digits no number of their own)
        exp = int(power.group("exp").translate(_SUPERSCRIPTS).replace("−", "-"))
        value = value * (Decimal(10) ** exp)
        if decimals is not None:
            decimals -= exp
        end, exp = power.end(), 0  # (no scale word's)
    if kind in ("number", "word") and value is not None and not power:
        scale = _SCALE_AFTER.match(text, end)
        if not scale and m.group("digits") and _UNIT_BEFORE.search(text, 0, start):
            # "CHF 48.6 m", "£ 3.2 m": after an amount of money a spaced "m" is millions, as
            # glued "48.6m" is (no sum of money is in metres)
            scale = _SPACED_MILLIONS.match(text, end)
        short = None
        if not scale and m.group("digits"):
            short = _EUROPEAN_SCALE.match(text, end)
            if short is None:
                # "$2B", "$1.5MM", "€3.4 trn", "₹500 cr": scales written short after money
                short = _MONEY_SCALE.match(text, end)
                if short and not (_UNIT_BEFORE.search(text, 0, start) or
                                  _SPACED_SIGN_BEFORE.search(text, max(0, start - 6), start)):
                    short = None
                if short and short.group("crore") and not re.search(
                        r"(?:₹|Rs\.?|INR)\s?$", text[max(0, start - 5):start]):
                    short = None  # (a crore's "cr" only after the rupee's sign)
        if short:
            said = short.groupdict()
            exp = 6 if said.get("million") else 7 if said.get("crore") else \
                12 if said.get("trillion") else 9
            value = value * (Decimal(10) ** exp)
            readings = tuple(r * (Decimal(10) ** exp) for r in readings)
            if decimals is not None:
                decimals -= exp
            end = short.end()
        if scale and (scale.group("word") or m.group("digits")):
            word = scale.group("word") or scale.group("abbr") or scale.group("abbr1")
            exp = SCALES[word.lower()]
            # "₹2.5 lakh crore", "Rs 20 thousand crore": crores of lakhs or of thousands, as
            # Indian budgets count
            crores = re.match(r"\s+crores?\b", text[scale.end():], re.I) \
                if word.lower() in ("lakh", "lakhs", "thousand") else None
            if crores:
                exp += 7
            value = value * (Decimal(10) ** exp)
            readings = tuple(r * (Decimal(10) ** exp) for r in readings)
            if decimals is not None:
                decimals -= exp
            end = scale.end() + (crores.end() if crores else 0)
    # "three times", and "2.5x" written short (not "4x4", no boundary after its x)
    times = re.match(r"\s+times\b|x\b", text[end:], re.IGNORECASE) if kind in ("number", "word") \
        and exp == 0 else None
    if times:  # "three times", "2.5 times": a factor
        kind = "multiplier" if kind == "word" else kind
        unit = "UNITLESS"
        end += times.end()
    if kind == "indefinite":
        after = re.match(r"\s+of", text[end:])
        if after:
            end += after.end()

    # "half a day", "a quarter of an hour": a fraction of a unit of time; "half a percentage
    # point", "three-quarters of a percentage point": of the unit a rate moves in
    of_time = re.match(r"\s+(?:of\s+)?an?\s+(day|hour|minute|week|month|year|"
                       r"percentage\s+point)\b", text[end:],
                       re.I) if m.group("frac") else None
    # "a quarter point", "a half-point cut", "half a point", "three-quarters of a point": a
    # rate's move in percentage points written short (only a quarter or a half glued to
    # "point": "a third point" is an ordinal's)
    short_point = re.match(r"\s+(?:of\s+)?an?\s+point\b(?!\s+of\b)", text[end:], re.I) or (
        re.match(r"[\s-]point\b(?!\s+of\b)", text[end:], re.I)
        if re.search(r"(?:half|quarters?)$", core, re.I) else None) \
        if m.group("frac") and not of_time else None
    if short_point:
        unit = "PERCENT_POINT"
        end += short_point.end()
    elif of_time:
        written = re.sub(r"\s+", " ", of_time.group(1).lower())
        if AFTER_NUMBER_WORDS.get(written) or UNIT_WORDS.get(written):
            unit = AFTER_NUMBER_WORDS.get(written) or UNIT_WORDS[written]
            end += of_time.end()
        else:
            of_time = None
    per = _PER_BY_EXPONENT.match(text, end) if unit is None and kind == "number" and \
        not (of_time or short_point) else None
    per_unit = _per_by_exponent(per) if per else None
    if per_unit:  # "8.9 t ha−1", "12 µg m−3": one unit over another, as science writes it
        unit, end = per_unit, per.end()
    counted = _COUNT_PER_AREA.match(text, end) if unit is None and kind == "number" and \
        not (of_time or short_point or per) else None
    if counted:  # "312 earthworms m−2": a count of the noun per square metre
        unit, end, per = "NUM/M2", counted.end(), counted
    # (a unit over one the vocabulary has none of, "mm h−1", is no millimetres: no unit)
    unit_after = _UNIT_AFTER.match(text, end) if not (of_time or short_point or per) \
        else None
    if unit_after and unit_after.group("unit"):
        # "80 miles per hour", "kilometres per hour": a longer name the vocabulary has is
        # the unit, not its first word
        longer = _vocabulary_units_after().match(text, end)
        if longer and longer.end() > unit_after.end():
            unit_after = None
    subunit = None
    # "one in five dollars": the dollars are the whole's, the fraction has no unit
    if unit_after and kind != "indefinite" and not m.group("onein"):
        if unit_after.group("unit"):
            word = re.sub(r"[\s-]+", " ", unit_after.group("unit").lower()).replace(
                "u.s.", "us").replace("u.s", "us")
            # "0.8 of a percentage point": a fraction of the unit, its count of it
            word = re.sub(r"^of an? (?=percentage)", "", word)
            word = re.sub(rf"^(?:{_KIND_OF_TIME}|{_KIND_OF_TIME_LOWER}) (?=days|hours)", "",
                          word)
            word = re.sub(r"^lane (?=miles)", "", word)
            # ("12 percentage pts": the points written short)
            word = re.sub(r"^percentage pts?$", "percentage points", word)
            unit = "PERCENT" if word == "pc" else UNIT_WORDS.get(word) or AFTER_NUMBER_WORDS[word]
        elif unit_after.group("code"):
            unit = unit_after.group("code")
        elif unit_after.group("co2"):
            if kind in ("number", "word") and unit is None and \
                    not _UNIT_BEFORE.search(text, 0, start):
                unit = {"t": "TONNE", "kt": "KILOTONNE", "Mt": "MEGATONNE"}[
                    unit_after.group("co2")]
            else:
                unit_after = None
        elif unit_after.group("basis"):
            if kind not in ("number", "word") or value is None or unit is not None:
                unit_after = None
            else:
                # a basis point is a hundredth of a percentage point, as precise as written
                value = value / 100
                readings = tuple(r / 100 for r in readings)
                decimals = decimals + 2 if decimals is not None else None
                unit = "PERCENT_POINT"
        elif unit_after.group("metre_a"):
            if kind == "number" and unit is None and not _UNIT_BEFORE.search(text, 0, start) \
                    and re.search(r"(?:^|\s)(?:an?|the)\s+$", text[max(0, start - 5):start],
                                  re.I):
                unit = "M"
            else:
                unit_after = None
        elif unit_after.group("metre") and kind == "number" and unit is None and \
                not _UNIT_BEFORE.search(text, 0, start):
            unit = "M"
        elif unit_after.group("hour") and kind == "number" and unit is None and \
                not _UNIT_BEFORE.search(text, 0, start):
            unit = "HOUR"
        elif unit_after.group("hour"):
            unit_after = None
        elif unit_after.group("gram"):
            if kind == "number" and unit is None and not _UNIT_BEFORE.search(text, 0, start):
                unit = "G"
            else:
                unit_after = None
        elif unit_after.group("tonne"):
            if kind == "number" and unit is None and not _UNIT_BEFORE.search(text, 0, start):
                unit = "TONNE"
            else:
                unit_after = None
        elif unit_after.group("celsius"):
            if kind == "number" and unit is None and value is not None and (
                    _HEAT_BEFORE.search(text, max(0, start - 80), start) or
                    re.fullmatch(r"[^\d]{0,20}\d[\d.,]*C", text)):
                unit = "DEGC"
            else:
                unit_after = None  # "Flat 12C", "Form 4C": a label's letter
        elif value is not None and kind == "number" and unit is None:
            # "71.5 cents", "4.2p": hundredths of a currency, as precise as written
            hundredths = unit_after.group("subunit") or unit_after.group("pence")
            value = value / 100
            readings = tuple(r / 100 for r in readings)
            decimals = decimals + 2 if decimals is not None else None
            unit, subunit = ("GBP", None) if hundredths.lower() in ("p", "pence") else \
                (None, "cent")
            if re.match(r"\s+(?:of|in|out\s+of)\s+(?:every|each)\s+(?:dollar|euro|pound|"
                        r"rand|franc|peso|rupee|shilling)\b", text[unit_after.end():], re.I) \
                    or _EVERY_ONE_BEFORE.search(text, max(0, start - 60), start):
                # "85 cents of every dollar": a share of the whole, in no currency
                kind, unit, subunit, decimals = "fraction", None, None, None
        else:
            unit_after = None
        if unit_after:
            end = unit_after.end()
    base = _INDEX_BASE.match(text, end) if unit is None and kind == "number" else None
    if base:  # "118.64 (2015 = 100)": a level of an index
        unit, end = "INDEX", base.end()
    if unit is None and kind in ("number", "word") and not of_time and \
            not m.group("onein") and not per:
        named = _vocabulary_units_after().match(text, end)
        if named:
            unit, end = _vocabulary_unit_code(named.group("unit")), named.end()
    if unit is None and kind == "number" and _KRONE.get() is not None and \
            not _UNIT_BEFORE.search(text, 0, start):
        # "450 kr", "kr 1 200": the crown the text names
        crown = _KR_AFTER.match(text, end)
        if crown:
            unit, end = _KRONE.get(), crown.end()
        elif crown := _KR_BEFORE.search(text, max(0, start - 4), start):
            unit, start = _KRONE.get(), crown.start()
    unit_before = _UNIT_BEFORE.search(text, 0, start)
    if unit_before is None and exp == 0 and m.group("digits") and \
            re.fullmatch(r"(?:18|19|20)\d\d", core):
        unit_before = None  # "US$ 2024 prices": a year after a spaced sign is no amount
    elif unit_before is None:
        # "US$ 3.4bn", "€ 450 million", "£ 12.50": the sign spaced from its amount
        unit_before = _SPACED_SIGN_BEFORE.search(text, max(0, start - 6), start)
    if unit is None and unit_before is None and kind in ("number", "word") and \
            value is not None and not (exp == 0 and re.fullmatch(r"(?:18|19|20)\d\d", core)):
        # "12,50 €", "450 Mio. €", "120 M€": the euro's sign after the amount, as most of
        # Europe writes it
        euro = _EURO_AFTER.match(text, end)
        if euro:
            unit, end = "EUR", euro.end()
    if unit_before is None and _DECIMAL_COMMA.get() and (
            re.fullmatch(_DECIMAL_COMMA_NUMBER, core) or
            # "R532 million": digits glued to an "R" the scanner reads only where its scale
            # follows them (:data:`_RAND_SCALED`)
            (start and text[start - 1] == "R" and m.group("digits"))):
        # "R4 815,3 million", "R 38,6 million", "R532 million": the rand's symbol, where
        # amounts are written with a decimal comma
        unit_before = _RAND_BEFORE.search(text, max(0, start - 3), start)
    if unit_before is None and (_SPACE_THOUSANDS.get() or _RAND.get()) and start and \
            text[start - 1] == "R" and m.group("digits"):
        # "R16 000", "R32 million": the rand's "R" glued to an amount (the scanner took the
        # digits after it only where it is the rand's)
        unit_before = _RAND_BEFORE.search(text, max(0, start - 3), start)
    if unit_before and kind == "number" and subunit is None:
        written = (unit_before.group("unit") or unit_before.group("sign")).strip()
        # ("Fr. 12.50", "SFr. 450": the Swiss franc, as Switzerland writes it; "R$", "RM",
        # "Rp": the real's, ringgit's, rupiah's signs, and others a country writes its own)
        unit = "ZAR" if written == "R" else written if written in CURRENCIES else \
            "CHF" if written in ("Fr.", "SFr.") else _LOCAL_SIGNS.get(written) or \
            UNIT_WORDS[written.lower()]
        start = unit_before.start()
    hedge_m = _HEDGE_BEFORE.search(text, max(0, start - 24), start)
    if hedge_m and hedge_m.group("hedge").lower().startswith("up") and re.search(
            r"\b(?:\w+ed|rose|grew|went|came|shot|crept|risen|grown|gone|"
            r"(?:go|goe|rise|climb|grow|jump|edge|move|creep|shoot|come|tick|inch|step|"
            r"ramp|push|shift)(?:s|es)|(?:go|ris|climb|grow|jump|edg|mov|creep|shoot|"
            r"com|tick|inch|stepp|ramp|push|shift)ing)\s+$",
            text[max(0, hedge_m.start() - 16):hedge_m.start()], re.I):
        # "edged up to 0.91", "goes up to 41% from 38%", "is climbing up to 7%": a movement
        # to the figure, not "at most"
        hedge_m = None
    if hedge_m and hedge_m.group("hedge").lower() == "over" and unit in _SPANS and \
            not _MORE_THAN_SPAN.search(text, max(0, hedge_m.start() - 16), hedge_m.start()):
        hedge_m = None  # "which over 52 weeks comes to": the span a total is summed over
    if hedge_m and hedge_m.group("hedge").lower() == "over" and \
            _SHARED_OVER.search(text, max(0, hedge_m.start() - 16), hedge_m.start()):
        hedge_m = None  # "spread over twelve payments": what a total is shared out over
    hedge = None
    if hedge_m:
        hedge = HEDGES[re.sub(r"\s+", " ", hedge_m.group("hedge").lower())]
        start = hedge_m.start()
    # "in 2010" is a year although its trailing zero makes it look like a rounded number
    if (kind == "number" and unit is None and re.fullmatch(r"\d{4}", core) and value is not None
            and 1800 <= value <= 2100 and hedge is None
            and text[m.end():end].strip() == ""):
        kind = "year"
    return Mention(text=text[start:end], start=start, end=end, kind=kind,
                   value=canonical(value) if value is not None else None,
                   upper=canonical(upper) if upper is not None else None, unit=unit, decimals=decimals if kind == "number" else None,
                   hedge=hedge, readings=tuple(canonical(r) for r in readings), note=note,
                   scale=exp, subunit=subunit)


#: the units of a span of time "over" may name rather than bound ("over 52 weeks", "Over
#: five years, rents rose 40%")
_SPANS = {"YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE"}
#: the words after which "over" a span is "more than" it: "for over 20 years", "in over
#: six months", "lasting over three hours", "children aged over 5 years"
_MORE_THAN_SPAN = _lazy(r"\b(?:for|of|in|after|within|lasting|lasted|lasts|took|take|takes|"
                             r"taking|aged|is|was|were|are|be|been|than|last|ago)\s+$",
                             re.IGNORECASE)

#: the words after which "over" names what a total is shared out over, never "more than":
#: "spread over twelve payments", "divided over 40 members", "averaged over 52 weeks"
_SHARED_OVER = _lazy(r"\b(?:spread|divided|split|shared|averaged|averaging)\s+(?:out\s+)?$",
                     re.IGNORECASE)


#: an index's base period written after its level: "131.6 (2015 = 100)", "(base 2020=100)"
_INDEX_BASE = _lazy(r"\s*\(\s*(?:base(?:\s+year)?:?\s*)?(?:18|19|20)\d\d(?:\s*[/-]\s*\d\d)?"
                         r"\s*=\s*100\s*\)")
#: the vocabulary's codes the patterns above read already, or that name no unit after a number
_NOT_AFTER_NUMBER = {"NUM", "UNITLESS", "RATE", "PERCENT", "PERCENT_POINT", "YEAR",
                     "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND"}


#: a unit's symbol that is also a word a text writes after a number: the inch's "in" ("3 in
#: 10 homes"), read from the unit's name alone
_WORD_SYMBOLS = {"in", "at", "a"}


def _plural(noun: str) -> str:
    """A unit's name in the plural: "tonnes", "inches"."""
    return noun + ("es" if re.search(r"(?:ch|sh|s|x)$", noun) else "s")


#: a unit over another written as science writes it, the second with a negative power:
#: "t ha−1", "mg L-1", "µg m⁻³", "km h^-1" (the one a number's unit is, :func:`_per_by_exponent`);
#: the substance measured may stand between the two, a formula in capitals that changes
#: nothing in the unit: "kg CH4 ha−1", "kg N2O-N ha-1", "t CO2-eq ha⁻¹", "g C m-2"
_PER_BY_EXPONENT = re.compile(r"[ \u00a0\u202f](?P<top>[^\W\d_]{1,3})[ \u00a0\u202f·]"
                              r"(?:(?P<substance>[A-Z][A-Za-z0-9₀-₉]{0,5}(?:-(?:eq|[A-Z]))?)"
                              r"[ \u00a0\u202f])?"
                              r"(?P<bottom>[^\W\d_]{1,3})(?:\^?[−–-](?P<power>[123])|"
                              r"⁻(?P<sup>[¹²³]))(?![\w¹²³])")


#: a count per area as ecology writes it, the thing counted between the number and the
#: square metre's negative power: "312 earthworms m−2", "41 seedlings m⁻²"
_COUNT_PER_AREA = re.compile(r"[ \u00a0\u202f](?P<noun>[^\W\d_]{3,})[ \u00a0\u202f]m"
                             r"(?:\^?[−–-]2|⁻²)(?![\w¹²³])")


def _per_by_exponent(m: re.Match) -> str | None:
    """The unit code of "t ha−1" ("t/ha"), "µg m−3" ("µg/m³"): the one the number reader's
    words or the vocabulary name so written with a slash; None for any other."""
    power = m["power"] or "¹²³".index(m["sup"]) + 1
    bottom = m["bottom"] + {"1": "", "2": "²", "3": "³"}[str(power)]
    for bottoms in (bottom, bottom.replace("²", "2").replace("³", "3")):
        code = unit_named(f"{m['top']}/{bottoms}")
        if code and "/" in code:
            return code
    return None


@cache
def _vocabulary_units() -> dict[str, str]:
    """The vocabulary's other units as a text writes them after a number (a currency's names
    are babel's, above): QUDT's symbol as written ("ha", "mm", "mmHg"; none of one letter,
    which is a scale or an initial as often) and its English names (label and alternative
    labels), singular or plural and in either spelling ("millimetres", "twenty-foot
    equivalent units", "parts per thousand")."""
    from kg.vocab import kept_readings, vocabulary, vocabulary_graph

    kept = kept_readings()
    if kept:
        return dict(kept["unit_words"])
    return read_vocabulary_units(vocabulary(), vocabulary_graph())


def read_vocabulary_units(vocab, graph) -> dict[str, str]:
    """:func:`_vocabulary_units` read of the vocabulary graph itself."""
    from rdflib.namespace import RDFS, SKOS

    from kg.namespaces import QUDT

    out: dict[str, str] = {}
    for code, iri in vocab.units.items():
        if code in vocab.currencies or code in _NOT_AFTER_NUMBER:
            continue
        symbol = graph.value(iri, QUDT.symbol)
        if symbol is not None and len(str(symbol)) > 1 and "·" not in str(symbol) and \
                str(symbol).lower() not in _WORD_SYMBOLS:
            out[str(symbol)] = code
        for label in (*graph.objects(iri, RDFS.label), *graph.objects(iri, SKOS.altLabel)):
            words = str(label).lower().replace("-", " ").split()
            # the plural is the head noun's: "degrees Celsius", "tonnes per hectare"
            head = next((i - 1 for i, w in enumerate(words) if w in ("per", "of") and i),
                        len(words) - 1)
            for name in (words, words[:head] + [_plural(words[head])] + words[head + 1:],
                         [_plural(words[0])] + words[1:]):  # "degrees Celsius"
                text = " ".join(name)
                out.setdefault("~" + text, code)
                out.setdefault("~" + text.replace("metre", "meter").replace("litre", "liter"),
                               code)
    return out


@cache
def _vocabulary_units_after() -> re.Pattern[str]:
    names = sorted(_vocabulary_units(), key=len, reverse=True)
    # "a 24-inch mirror", "a 640-acre estate": a unit's name glued by a hyphen, as an
    # adjective writes it
    return re.compile(r"(?:(?:\s*|-(?=[^\W\d_]{2}))(?P<unit>" + "|".join(
        (r"(?i:" + r"[\s-]+".join(map(re.escape, n[1:].split())) + ")") if n[0] == "~"
        else re.escape(n) for n in names) + r"))(?![\w/²³])")


def unit_named(words: str) -> str | None:
    """The unit code a unit's name or symbol alone stands for ("millimetres", "°C", "mm",
    "tonnes"), from the number reader's words and the vocabulary's; None for anything else.

    >>> unit_named("millimetres"), unit_named("°C"), unit_named("stations")
    ('MM', 'DEGC', None)
    """
    written = " ".join(words.split())
    code = UNIT_WORDS.get(written.lower()) or AFTER_NUMBER_WORDS.get(written.lower())
    if code is None and _vocabulary_units_after().fullmatch(" " + written):
        code = _vocabulary_unit_code(written)
    return code


def _vocabulary_unit_code(written: str) -> str:
    units = _vocabulary_units()
    return units.get(written) or units["~" + " ".join(written.lower().replace("-", " ").split())]


def _join_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Merge "300% to 400%" into one range mention (but not "from X ... to Y")."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        cur = mentions[i]
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (nxt is not None and cur.kind == "number" and nxt.kind == "number"
                and nxt.hedge is None and _RANGE_JOIN.fullmatch(text[cur.end:nxt.start])
                and cur.unit in (nxt.unit, None) and _is_range(text, cur, nxt)):
            low, low_decimals = cur.value, cur.decimals
            if cur.scale == 0 and nxt.scale and low is not None and low_decimals is not None:
                # "3 to 4 billion": the scale written once applies to both ends.
                low, low_decimals = low * Decimal(10) ** nxt.scale, low_decimals - nxt.scale
            decimals = None
            if low_decimals is not None and nxt.decimals is not None:
                decimals = min(low_decimals, nxt.decimals)
            out.append(Mention(text=text[cur.start:nxt.end], start=cur.start, end=nxt.end,
                               kind="range", value=low, upper=nxt.value, unit=nxt.unit,
                               decimals=decimals, hedge=cur.hedge, scale=nxt.scale,
                               parts=(cur, nxt)))
            i += 2
            continue
        out.append(cur)
        i += 1
    return out


#: words before "X to Y" that make X a change and Y the level it reached ("rose by $157
#: million to $5,468 million"), or X the level left ("from 10% to 12%"): two figures
_CHANGE_BEFORE = _lazy(
    r"\b(?:from|by|rose|rise[sn]?|fell|fallen|falls?|grew|grow[sn]?|increased?|decreased?|"
    r"declined?|dropped|climbed|jumped|gained|slipped|slid|lost|added|cut|surged|soared|"
    r"plunged|tumbled|up|down|higher|lower)\s+$", re.IGNORECASE)


def _is_range(text: str, low: Mention, high: Mention) -> bool:
    """Whether "X to Y" (or "X-Y") is one range rather than a change, a level and a
    negative number ("6.4 -0.7": a table's next column), or a score ("6 to 1")."""
    between = text[low.end:high.start]
    change = _CHANGE_BEFORE.search(text, max(0, low.start - 12), low.start)
    # "from X to Y" is never a range; "by $157 million to $5,468 million", each end with its
    # own unit, is a change and a level, while "by 6.2 to 9.4 percent" is a range of changes
    if change and (change.group(0).lower().startswith("from") or low.unit or low.scale):
        return False
    if re.fullmatch(r"\s+[-–—]", between):  # a minus sign glued to the next number
        return False
    if low.unit is None and high.unit is not None and re.match(
            r"(?:[A-Z]{0,2}\$|[€£¥₹]|Rs|RMB|[A-Z]{3}\s?\d)", high.text):
        return False  # "19 to £548.0 million": a bare number is no low end of a sum of money
    scaled = low.value * Decimal(10) ** high.scale if low.scale == 0 and low.value is not None \
        else low.value
    return scaled is None or high.value is None or scaled <= high.value


def canonical(value: Decimal) -> Decimal:
    """The plain form of a decimal: no exponent, no trailing zeros (``2.3E+9`` -> ``2300000000``)."""
    value = value.normalize()
    if value == value.to_integral_value():
        # as many digits as the whole number has: 1E+30 (a product of two large figures)
        # has more than the default context's 28
        return value.quantize(Decimal(1), context=Context(prec=max(28, value.adjusted() + 1)))
    return value


def _digit_decimals(digits: str) -> int:
    """Decimal places the written digits carry; trailing zeros of a whole number don't count."""
    if "." in digits:
        return len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    if not stripped:
        return 0
    return -(len(digits) - len(stripped))


def _word_value(words: str) -> int:
    dozens = re.fullmatch(r"(\w+)\s+dozen", words)
    if dozens:  # "two dozen" is 24
        return 12 * WORD_VALUES[dozens.group(1)]
    parts = words.split("-")
    return sum(WORD_VALUES[p] for p in parts)


def _fraction_decimal(frac: Fraction) -> Decimal:
    value = Decimal(frac.numerator) / Decimal(frac.denominator)
    # ten places: "a third" is 0.3333333333, as near to 1/3 as a reader writes it down
    return value.quantize(Decimal(10) ** -FRACTION_PLACES).normalize()


# --- writing numbers ---------------------------------------------------------

_UNIT_SUFFIX = {"USD": " US dollars", "CNY": " yuan", "EUR": " euros", "GBP": " pounds",
                "NOK": " kroner", "SEK": " kronor", "DKK": " Danish kroner", "CHF": " Swiss francs", "JPY": " yen", "INR": " rupees", "AUD": " Australian dollars", "CAD": " Canadian dollars",
                "PERCENT": "%", "PERCENT_POINT": " percentage points", "YEAR": " years",
                "PERMILLE": "‰", "KM": " km", "MILE": " miles", "M": " m",
                "KG": " kg", "TONNE": " tonnes", "KILOTONNE": " kilotonnes",
                "MEGATONNE": " megatonnes", "LITRE": " litres", "HECTARE": " hectares",
                "KM2": " km²", "KWH": " kWh", "MWH": " MWh", "GWH": " GWh",
                "TWH": " TWh", "KW": " kW", "MW": " MW", "GW": " GW", "DEGC": " °C",
                "T/HA": " t/ha", "GB": " GB", "TB": " TB", "TEU": " TEU", "HL": " hl",
                "GCO2/KWH": " gCO2/kWh", "KWH/M3": " kWh/m³", "INDEX": " index points",
                "MM": " mm", "CM": " cm", "MMHG": " mmHg", "TON_SHORT": " short tons",
                "LB": " lb", "DAY": " days", "WEEK": " weeks", "MONTH": " months",
                "HOUR": " hours", "MINUTE": " minutes", "MS": " ms", "KM/H": " km/h",
                "MPH": " mph", "G/DL": " g/dL", "KG/HA": " kg/ha", "M3": " m³",
                "MG/L": " mg/L", "CT/KWH": " cents/kWh", "W": " W",
                "IN": " inches", "ACRE": " acres", "M2": " m²", "LX": " lux",
                "MG/KG": " mg/kg", "UG/M3": " µg/m³", "KM3": " km³", "G": " g",
                "DEGF": " °F", "FT2": " sq ft", "ML": " ML", "G/M2": " g/m²", "MM/H": " mm/h",
                "NUM/M2": " per m²", "POINTS": " score points", "CFU/CM2": " CFU/cm²",
                "CFU/ML": " CFU/mL", "CFU/G": " CFU/g"}


def render_quantity(value: Decimal, decimals: int, unit: str | None = None,
                    scale: int | None = None) -> str:
    """Write ``value`` the way a text would, with the precision ``decimals`` implies.

    >>> render_quantity(Decimal("11400000000"), -8, "USD")
    '11.4 billion US dollars'
    >>> render_quantity(Decimal("57.7"), 1, "PERCENT")
    '57.7%'
    """
    if scale is None:
        scale = 0
        if unit != "PERCENT" and abs(value) >= 1000:
            scale = max(e for e in SCALE_NAMES if abs(value) >= Decimal(10) ** e)
    mantissa = value / (Decimal(10) ** scale)
    places = decimals + scale
    if places > 0:
        text = f"{mantissa:.{places}f}"
    else:
        text = f"{mantissa.quantize(Decimal(1)):f}"
    words = f" {SCALE_NAMES[scale]}" if scale else ""
    return f"{text}{words}{_UNIT_SUFFIX.get(unit, '') if unit else ''}"


def describe(value: Decimal, unit: str | None = None, digits: int = 4) -> str:
    """A value for people: scale words, at most ``digits`` significant digits.

    >>> describe(Decimal("3210000000"), "USD")
    '3.21 billion US dollars'
    >>> describe(Decimal("-11.32404181"), "PERCENT")
    '-11.32%'
    """
    scale = 0
    if unit not in ("PERCENT", "PERCENT_POINT") and abs(value) >= 10**6:
        scale = max(e for e in (6, 9, 12) if abs(value) >= Decimal(10) ** e)
    mantissa = value / (Decimal(10) ** scale)
    text = _significant(mantissa, digits)
    words = f" {SCALE_NAMES[scale]}" if scale else ""
    if unit == "PERCENT":
        return f"{text}{words}%"
    return f"{text}{words}{_UNIT_SUFFIX.get(unit, '') if unit else ''}"


def significant(value: Decimal) -> int:
    """The significant digits of a value, at least 4 (so "159.55" keeps all five and
    "11400000000" is "11.4 billion").

    >>> significant(Decimal("159.55")), significant(Decimal("11400000000"))
    (5, 4)
    """
    digits = value.normalize().as_tuple().digits if value else (0,)
    return max(4, len(digits))


def _significant(value: Decimal, digits: int) -> str:
    if value == 0:
        return "0"
    exponent = value.adjusted()
    places = max(0, digits - 1 - exponent)
    rounded = round(value, places)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def interval_digits(low: Decimal | None, high: Decimal | None, unit: str | None = None,
                    digits: int = 4) -> int:
    """Significant digits enough to tell an interval's ends apart ("41.876 to 41.884%", not
    "41.88% to 41.88%"), at least ``digits``."""
    while low is not None and high is not None and low != high and digits < 15 and \
            describe(low, unit, digits) == describe(high, unit, digits):
        digits += 1
    return digits


def describe_interval(low: Decimal | None, high: Decimal | None, unit: str | None = None) -> str:
    """"8.335 to 8.445 billion US dollars": the unit once when both ends share it, and as
    many digits as it takes for the ends to differ.

    >>> describe_interval(Decimal("41.876"), Decimal("41.884"), "PERCENT")
    '41.876% to 41.884%'
    >>> describe_interval(Decimal("44"), Decimal("44"))
    'exactly 44'
    """
    if low is None and high is None:
        return "any value"
    if low is not None and low == high:
        return f"exactly {describe(low, unit)}"  # a whole count, or sums of them
    if low is None:
        return f"at most {describe(high, unit)}"
    if high is None:
        return f"at least {describe(low, unit)}"
    digits = interval_digits(low, high, unit)
    low_text, high_text = describe(low, unit, digits), describe(high, unit, digits)
    low_num, _, low_rest = low_text.partition(" ")
    high_num, _, high_rest = high_text.partition(" ")
    if low_rest and low_rest == high_rest:
        return f"{low_num} to {high_num} {high_rest}"
    return f"{low_text} to {high_text}"


if __name__ == "__main__":  # python -m kg.numbers: write kg/currency-names.json again
    BABEL_NAMES.write_text(babel_names_text(), encoding="utf-8")
    print(f"wrote {BABEL_NAMES}", file=sys.stderr)
