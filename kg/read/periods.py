"""The period each figure is for, as a careful reader dates it.

A sentence names periods ("in the third quarter of 2024", "in May 2023", "2022/23", "a year
earlier", "the previous quarter"); each belongs to the figure standing nearest it in its
clause (:func:`kg.read.ties.nearest`). A period after "from", "on", "than", "compared
with" is the base of a comparison: it dates an amount beside it, never a change. A figure
the words leave undated takes the period its sentence names for its other figures, else
the document's own (the first period its head names: "Retail trade, third quarter 2024").
A table's cell takes its column's and its row's period ("2024" and "March": 2024-03).

Periods are written as the model says them: a year as an ``xsd:gYear``, a month as an
``xsd:gYearMonth``, a day as an ``xsd:date``, and a quarter, a half or a fiscal year as
a ``dcterms:PeriodOfTime`` with its ``schema:startDate`` and ``schema:endDate``.

>>> document_period("Retail trade, third quarter 2024\\nReleased: November 14, 2024")
'2024-Q3'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from contextvars import ContextVar
from dataclasses import dataclass

_YEAR = r"((?:19|20)\d\d)"
_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name} | \
    {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_MONTH = "|".join(sorted((m for m in _MONTHS if m != "may"), key=len, reverse=True))
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}

#: (pattern, kind): each match's groups are read by :func:`_key`
_PATTERNS = [
    # "from September 2023 through August 2024", "between April 2024 and March 2025", "July
    # 2021 to June 2023": a run of months each written with its year is one period, the
    # whole run, not the two months that bound it
    (re.compile(rf"\b(between\s+)?({_MONTH}|May)\.?\s+{_YEAR}\s*(-|–|—|to|through|until|and)"
                rf"\s*({_MONTH}|May)\.?\s+{_YEAR}\b(?![-/]\d)", re.I), "month-span"),
    # "Q3 2025/26", "Quarter 3, 2025/26", "the first half of 2024-25": a quarter or half of
    # a year written across two (a financial or school year), named by the year it ends in
    (re.compile(rf"\b(?:(?:Q|Quarter\s*)([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)"
                rf"[\s-]+quarter|H([12])|(first|second)[\s-]+half)(?:\s+of|,)?\s+(?:the\s+)?"
                rf"(?:financial\s+year\s+|fiscal\s+(?:year\s+)?|FY\s?)?{_YEAR}\s*[/–-]\s*(\d\d)\b"
                rf"(?!\s*[/–-]\s*\d)", re.I), "split-part"),
    # "the final quarter of 2023" is its fourth; "last quarter" with no year is the one
    # before now (a relative period, below)
    (re.compile(rf"\b(final|last)[\s-]+quarter\s+of\s+(?:fiscal\s+|FY\s?)?{_YEAR}", re.I),
     "quarter"),
    (re.compile(rf"\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+of)?"
                rf"(?:\s+(?:fiscal\s+|FY\s?)?{_YEAR})?", re.I), "quarter"),
    (re.compile(rf"\bQ([1-4])\s*[-/ ]?\s*(?:FY\s?)?{_YEAR}\b|\b{_YEAR}\s*[-/ ]?\s*Q([1-4])\b",
                re.I), "q"),
    # "(Q1: €718.9 million; Q2: …)": a quarter named without its year is of the year the
    # text is about, as "the third quarter" is
    (re.compile(r"\bQ([1-4])\b(?!\s*[-/ ]?\s*(?:FY|'?\d))"), "q-bare"),
    (re.compile(rf"\b(first|second)[\s-]+half(?:\s+of)?(?:\s+(?:fiscal\s+|FY\s?)?{_YEAR})?", re.I),
     "half"),
    (re.compile(rf"\bH([12])\s*[-/ ]?\s*{_YEAR}\b", re.I), "h"),
    # "3Q24", "1H 2025", "Q3'24", "H1'25": a quarter or half written short, as analysts and
    # Asian reports write them (the year's two digits glued or after an apostrophe)
    (re.compile(r"\b(?:([1-4])([QH])\s?'?((?:19|20)?\d\d)|(?-i:([QH])([1-4])\s?'(\d\d)))\b"
                r"(?!\s*[/–-]\s*\d)"), "qh-short"),
    # "H1 FY26", "Q3 FY25", "FY26": a fiscal year written with two digits
    (re.compile(r"\b(?:([QH])([1-4])\s*[-/ ]?\s*)?FY\s?'?(\d\d)\b(?!\s*[/–-]\s*\d)"), "fy2"),
    (re.compile(rf"\b({_MONTH}|May)\.?\s*(?:-|–|—|through)\s*"
                rf"({_MONTH}|May)\.?(?:\s+{_YEAR})?\b(?!\s+\d)", re.I), "span"),
    # "July to September 2025": a run of months written with "to" is a period only where
    # it makes a quarter, a half or the year ("from March to June" is two months compared)
    (re.compile(rf"\b({_MONTH}|May)\.?\s+to\s+({_MONTH}|May)\.?(?:\s+{_YEAR})?\b(?!\s+\d)",
                re.I), "span-to"),
    # "between June and August": a run of months ("in May and June" names two)
    (re.compile(rf"\bbetween\s+({_MONTH}|May)\s+and\s+({_MONTH}|May)(?:\s+{_YEAR})?\b"
                rf"(?!\s+\d)", re.I), "span"),
    (re.compile(rf"\b(?:between\s+)?{_YEAR}\s*(?:-|–|—|to|and)\s*((?:19|20)\d\d)\b", re.I), "range"),
    # "2025/26", "FY2025/26", "FY 2026-27": a year written across two; an "FY" before it
    # names the same year, not the fiscal year that ends in 2025
    (re.compile(rf"(?:\bFY\s?|\b){_YEAR}\s*[/–-]\s*(\d\d)\b(?!\s*/)"), "fiscal"),
    # "FY25/26": the same written with two digits
    (re.compile(r"\bFY\s?'?(\d\d)\s*[/–-]\s*(\d\d)\b(?!\s*/)"), "fiscal2"),
    (re.compile(rf"\b(?:FY\s?|fiscal\s+(?:year\s+)?){_YEAR}\b", re.I), "fy"),
    # "the course we run every July": a month that comes round each year is no period
    (re.compile(rf"(?<!\bevery\s)(?<!\beach\s)\b({_MONTH}|May)\.?(?:\s+{_YEAR})?\b(?!\s+\d)",
                re.I), "month"),
    (re.compile(rf"(?<![\d/.,-]){_YEAR}(?![\d/]|-\d|,\d)"), "year"),
]
#: "the six months ended 30 June 2025", "the year to 31 March 2024", "three months to
#: September": the period that ends on that day (or month), read before the day itself
_ENDED = re.compile(rf"\b(?:(three|six|twelve|3|6|12)\s+months|(?:financial\s+|fiscal\s+)?"
                    rf"(year)|(half[\s-]year)|(quarter))\s+(?:(?:that|which)\s+)?(?:ended|ending|to)\s+(?:the\s+)?"
                    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?({_MONTH}|May)\.?(?:\s+(\d{{1,2}}),?)?"
                    rf"(?:\s+{_YEAR})?\b", re.I)
#: "the first six months of 2024", "the last three months of the year": a half or quarter;
#: "the first nine months of 2025": the year to date, a part of that year
_FIRST_MONTHS = re.compile(rf"\b(first|last|final|second)\s+(three|six|nine|3|6|9)\s+months"
                           rf"(?:\s+of)?(?:\s+(?:the\s+year|(?:fiscal\s+|FY\s?)?{_YEAR}))?",
                           re.I)
_RELATIVE = re.compile(
    # "twelve months earlier" is a year back, as "a year earlier" is
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:twelve|12)\s+months\s+(?:earlier|ago|"
    r"before)|(?:the\s+)?(?:previous|prior|preceding|"
    r"last)[\s-]+(?:year|season(?!\s+before\b))|the\s+(?:year|season)\s+before|(?:same|corresponding)\s+(?:quarter|month|period|half)\s+(?:a\s+year\s+"
    r"(?:earlier|ago|before)|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year))|"
    r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<step>quarter|month)\b|"
    # "last summer": the summer before the text was written, which may be of its own year
    r"\blast\s+(?P<season>summer|autumn|fall|spring)\b|"
    r"\b(?:this|the\s+current)\s+(?P<now>year|quarter|month|season)\b", re.I)
#: words before a period that make it the base of a comparison, not the figure's own
BASE = re.compile(r"\b(?:from|on|than|with|against|since|over|versus|vs\.?)\s+"
                  r"(?:(?:in|during|for)\s+)?(?:the\s+)?"
                  r"(?:same\s+\w+\s+(?:of|in)\s+|\w+\s+)?$"
                  # "up from £7.8m in 2025/26": the base's own amount between (a percent
                  # there counts as a change, which no base period may date: left as it was)
                  r"|\b(?:from|than|against|versus|vs\.?)\s+[^\s,;%]*\d[^\s,;%]*\s+"
                  r"(?:in|during|for)\s+(?:the\s+)?$"
                  # a multiple's base: "twice as many as in 2019", "2.1 times their 2023 level"
                  r"|\b(?:as|times)\s+(?:(?:in|during|for)\s+|(?:their|its|the|our)\s+)$", re.I)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str | None  # "2024-Q3"; None for a relative period
    step: str = ""  # of a relative period: "year" back, "quarter" back, "now"
    base: bool = False


_SPAN = re.compile(r"(\d{4})/(\d{4})")
#: a run of months: "2021-07/2023-06"
_MONTH_RUN = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def _year_of(current: str | None) -> str | None:
    """The year that completes "the third quarter" in a document about ``current``: "FY2024"
    where it reports on a fiscal year (its quarters are the fiscal year's)."""
    m = re.match(r"(FY)?(\d{4})", current or "")
    return (m.group(1) or "") + m.group(2) if m else None


#: whether the text being read says its financial year is the calendar year ("for the year
#: ended 31 December 2024"): its "FY2024" is then 2024, its "Q3 FY2024" 2024's third quarter
#: (kg read decides it per document: :func:`calendar_fiscal_year`)
CALENDAR_FISCAL: ContextVar[bool] = ContextVar("calendar_fiscal", default=False)
#: a year said to end on the last day of December, and a year said to end on any other day
_YEAR_TO_DECEMBER = re.compile(r"\byear(?:[\s-]+end)?(?:ed|ing|s)?\s+(?:on\s+|to\s+)?(?:31(?:st)?\s+"
                               r"Dec(?:ember|\.)?|Dec(?:ember|\.)?\s+31(?:st)?)\b", re.I)
_YEAR_TO_OTHER = re.compile(r"\byear(?:[\s-]+end)?(?:ed|ing|s)?\s+(?:on\s+|to\s+)?(?:\d{1,2}"
                            r"(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)|"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\.?\s+\d{1,2}\b)", re.I)


def calendar_fiscal_year(text: str) -> bool:
    """Whether ``text`` says its financial year ends on 31 December and on no other day:
    "audited results for the year ended 31 December 2024", "year ending December 31"."""
    return bool(_YEAR_TO_DECEMBER.search(text)) and not _YEAR_TO_OTHER.search(text)


#: whether the text being read names its fiscal years by the year they start in, as it says
#: ("the fiscal year ended March 31, 2025 (FY2024)"): its "FY2024" is the year that ends in
#: 2025 (kg read decides it per document: :func:`fiscal_named_by_start`)
FISCAL_BY_START: ContextVar[bool] = ContextVar("fiscal_by_start", default=False)
_FY_LABEL = r"(?:FY\s?|fiscal\s+(?:year\s+)?)((?:19|20)\d\d)"
#: a fiscal year's label beside the year it ends in, either way round: "the fiscal year
#: ended March 31, 2025 (FY2024)", "FY2024 (year ending 31 March 2025)", "FY2024 (April
#: 2024 to March 2025)"
_LABEL_AND_END = (
    re.compile(r"\byear\s+end(?:ed|ing)\s+(?:on\s+)?[^()\n]{0,20}?((?:19|20)\d\d)\s*\(\s*"
               + _FY_LABEL + r"\s*\)", re.I),
    re.compile(_FY_LABEL + r"\s*\(\s*(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+"
               r"end(?:ed|ing)\s+(?:on\s+)?[^()\n]{0,20}?((?:19|20)\d\d)\s*\)", re.I),
    re.compile(_FY_LABEL + r"\s*\(\s*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*(?:to|[-–])\s*"
               r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\s*\)", re.I))


def fiscal_named_by_start(text: str) -> bool:
    """Whether ``text`` says its fiscal year's label is the year it starts in, as Japanese
    companies name theirs: "results for the fiscal year ended March 31, 2025 (FY2024)";
    not where every label it so explains is the year's end ("FY2025 (year ended 30 June
    2025)")."""
    said = set()
    for i, pattern in enumerate(_LABEL_AND_END):
        for m in pattern.finditer(text):
            label, end = (m.group(2), m.group(1)) if i == 0 else (m.group(1), m.group(2))
            said.add(int(end) - int(label))
    return said == {1}


#: the first year of a fiscal year written across two ("2082/83") from which it is counted
#: in Nepal's calendar (Bikram Sambat 2070 is 2013/14): no text plans a Gregorian year so far
#: ahead
_BIKRAM_SAMBAT = 2070


def _key(kind: str, m: re.Match, year: str | None) -> str | None:
    key = _key_as_written(kind, m, year)
    if key and key.startswith("FY") and CALENDAR_FISCAL.get():
        return key[2:]  # ("FY2024" of a year to 31 December: the calendar year 2024)
    if key and key.startswith("FY") and FISCAL_BY_START.get() and (
            kind in ("fy", "fy2", "q") or kind in ("quarter", "half") and m.group(2)):
        # ("FY2024" of a year to March 2025, and its quarters: the year that ends in 2025)
        return f"FY{int(key[2:6]) + 1}{key[6:]}"
    return key


def _key_as_written(kind: str, m: re.Match, year: str | None) -> str | None:
    g = [x for x in m.groups()]
    # "at the end of December" in a report on a fiscal year named by the year it ends in:
    # October to December come before its end whatever month it ends in (March, June or
    # September), so they are of the calendar year before; January to March are of its own
    before_end = None
    if kind not in ("quarter", "half", "q-bare") and year and year.startswith("FY"):
        before_end = str(int(year[2:6]) - 1)
        year = year[2:]  # "in May" of a fiscal year's report is the calendar May
    # "the third quarter of fiscal 2024", "Q3 FY2024": a quarter of a fiscal year, which is
    # no calendar quarter (the company's year may end in September)
    fiscal = "FY" if re.search(r"\bfiscal\b|\bFY", m.group(0), re.I) else ""
    if kind == "quarter":
        y = g[1] or year
        return f"{fiscal}{y}-Q{_ORDINAL[g[0].lower()]}" if y else None
    if kind == "q-bare":
        return f"{year}-Q{g[0]}" if year else None
    if kind == "q":
        return f"{fiscal}{g[1]}-Q{g[0]}" if g[0] else f"{fiscal}{g[2]}-Q{g[3]}"
    if kind == "half":
        y = g[1] or year
        return f"{fiscal}{y}-H{1 if g[0].lower() == 'first' else 2}" if y else None
    if kind == "h":
        return f"{g[1]}-H{g[0]}"
    if kind == "qh-short":
        n, part, y = (g[0], g[1], g[2]) if g[0] else (g[4], g[3], g[5])
        if part == "H" and n not in "12":
            return None
        return f"{y if len(y) == 4 else '20' + y}-{part}{n}"
    if kind == "fy2":
        if g[0] == "H" and g[1] not in "12":
            return None
        return f"FY20{g[2]}" + (f"-{g[0]}{g[1]}" if g[0] else "")
    if kind in ("span", "span-to"):
        y = g[2] or (before_end if before_end and
                     _MONTHS[g[0].lower().rstrip(".")] >= 10 else year)
        if not y:
            return None
        # "Jan-Jun", "between April and June": a half, a quarter or the year; another
        # run of months ("June to August") is no period the model names
        first, last = _MONTHS[g[0].lower().rstrip(".")], _MONTHS[g[1].lower().rstrip(".")]
        if (first, last) == (1, 12):
            return y
        if last - first == 5 and last % 6 == 0:
            return f"{y}-H{last // 6}"
        if last - first == 2 and last % 3 == 0:
            return f"{y}-Q{last // 3}"
        return None
    if kind == "month-span":
        if (g[3].lower() == "and") != bool(g[0]):  # "in May 2023 and May 2024" names two
            return None
        return _month_span(int(g[2]), _MONTHS[g[1].lower().rstrip(".")],
                           int(g[5]), _MONTHS[g[4].lower().rstrip(".")])
    if kind == "fiscal":
        if int(g[1]) != (int(g[0]) + 1) % 100:
            return None
        if int(g[0]) >= _BIKRAM_SAMBAT:
            # "fiscal year 2082/83": Nepal's, in its own calendar, 56 to 57 years ahead of
            # the Gregorian; its fiscal year opens in mid-July, so 2082/83 is 2025/26
            start = int(g[0]) - 57
            return f"{start}/{(start + 1) % 100:02d}"
        return f"{g[0]}/{g[1]}"
    if kind == "fiscal2":
        return f"20{g[0]}/{g[1]}" if int(g[1]) == (int(g[0]) + 1) % 100 else None
    if kind == "split-part":
        if int(g[5]) != (int(g[4]) + 1) % 100:
            return None
        if g[0] or g[1]:
            return f"FY{int(g[4]) + 1}-Q{g[0] or _ORDINAL[g[1].lower()]}"
        return f"FY{int(g[4]) + 1}-H{g[2] or (1 if g[3].lower() == 'first' else 2)}"
    if kind == "month":
        name = g[0].lower().rstrip(".")
        if name == "may" and not g[1] and not m.group(0)[0].isupper():
            return None  # "may" the modal
        y = g[1] or (before_end if before_end and _MONTHS[name] >= 10 else year)
        return f"{y}-{_MONTHS[name]:02d}" if y else None
    if kind == "fy":  # "fiscal 2025", "FY2025": the fiscal year named by the year it ends in
        return f"FY{g[0]}"
    if kind == "range":  # "Rural Reading Corners, 2025-2027": the span, for the document
        return f"{g[0]}/{g[1]}" if int(g[1]) > int(g[0]) else None
    return g[0] if kind == "year" else None


def _month_span(y1: int, m1: int, y2: int, m2: int) -> str | None:
    """The period from month ``m1`` of ``y1`` to month ``m2`` of ``y2``, both in it: twelve
    months are a calendar year, the April-to-March year ("2024/25") or another fiscal year,
    named by the year it ends in ("FY2024" for September 2023 to August 2024); a calendar
    half or quarter is itself; any other run is the run of months ("2021-07/2023-06")."""
    months = (y2 - y1) * 12 + m2 - m1 + 1
    if months < 2:
        return None
    if months == 12:
        return str(y1) if m1 == 1 else f"{y1}/{y2 % 100:02d}" if m1 == 4 else f"FY{y2}"
    if y1 == y2 and months == 6 and m2 % 6 == 0:
        return f"{y1}-H{m2 // 6}"
    if y1 == y2 and months == 3 and m2 % 3 == 0:
        return f"{y1}-Q{m2 // 3}"
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _ended(m: re.Match, year: str | None) -> str | None:
    """The period :data:`_ENDED` names: three months ended in March, June, September or
    December are a calendar quarter, six months ended in June or December a half, a year
    ended in December the calendar year and one ended in March the April-to-March year;
    a year that ends in any other month is the organisation's fiscal year ("FY2025")."""
    months, whole, half, quarter, _, name, _, y = m.groups()
    y = y or (year[2:] if year and year.startswith("FY") else year)
    if not y or not re.fullmatch(r"\d{4}", y):
        return None
    month = _MONTHS[name.lower().rstrip(".")]
    span = {"3": 3, "three": 3, "6": 6, "six": 6, "12": 12, "twelve": 12}.get(
        (months or "").lower(), 12 if whole else 6 if half else 3)
    if span == 3 and month % 3 == 0:
        return f"{y}-Q{month // 3}"
    if span == 6 and month % 6 == 0:
        return f"{y}-H{month // 6}"
    if span == 12 and month == 12:
        return y
    if span == 12 and month == 3:
        return f"{int(y) - 1}/{int(y) % 100:02d}"
    if span == 12:
        # "the year ended 30 June 2025", "Year ended 30 April 2025": a fiscal year of the
        # organisation's own months, named by the year it ends in
        return f"FY{y}"
    return None


#: "the full year", "the whole year" with no year after it: the year the text is about
_WHOLE_YEAR = re.compile(r"\bthe\s+(?:full|whole)[\s-]+year\b(?![\s-]*(?:19|20)\d\d)", re.I)

#: the words between the two days that bound a period: "April 1, 2026 - March 31, 2027"
_DAY_SPAN = re.compile(r"\s*(?:-|–|—|to|through|until)\s*", re.I)


def _day_span(first: dt.date, last: dt.date) -> str | None:
    """The period that runs from ``first`` to ``last``, both days in it: a calendar year,
    half or quarter, the April-to-March year ("2026/27") or another fiscal year of twelve
    whole months, named by the year it ends in ("FY2026"); any other run of days none."""
    if first.day != 1 or (last + dt.timedelta(days=1)).day != 1:
        return None
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months == 12:
        if first.month == 1:
            return str(first.year)
        if first.month == 4:
            return f"{first.year}/{last.year % 100:02d}"
        return f"FY{last.year}"
    if first.year != last.year:
        return None
    if months == 6 and last.month % 6 == 0:
        return f"{first.year}-H{last.month // 6}"
    if months == 3 and last.month % 3 == 0:
        return f"{first.year}-Q{last.month // 3}"
    return None


def mentions(text: str, year: str | None = None) -> list[Mention]:
    """The periods a text names, in order; ``year`` completes "the third quarter"."""
    from kg.numbers import find_mentions

    taken: list[tuple[int, int]] = []
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    for m in _ENDED.finditer(text):  # "six months ended 30 June 2025": not the day, the half
        taken.append((m.start(), m.end()))
        key = _ended(m, year)
        if key:
            out.append(Mention(m.start(), m.end(), key))
    for m in _FIRST_MONTHS.finditer(text):
        taken.append((m.start(), m.end()))
        y = m.group(3) or (year[2:] if year and year.startswith("FY") else year)
        if y and re.fullmatch(r"\d{4}", y):
            fiscal = "FY" if re.search(r"\bfiscal\b|\bFY", m.group(0), re.I) else ""
            if m.group(2) in ("nine", "9"):
                # no quarter nor half: the year it runs in dates it (no figure of a later
                # quarter of it), and only when it runs from the year's start
                if m.group(1).lower() == "first":
                    out.append(Mention(m.start(), m.end(), f"{fiscal}{y}"))
                continue
            n = 1 if m.group(1).lower() == "first" else 2 if m.group(2) in ("six", "6") else 4
            grain = "H" if m.group(2) in ("six", "6") else "Q"
            if grain == "H" or n != 2:  # "the second three months" is no quarter said so
                out.append(Mention(m.start(), m.end(), f"{fiscal}{y}-{grain}{n}"))
    ranged: set[tuple[int, int]] = set()
    days = [m for m in find_mentions(text) if m.kind == "date" and m.date]
    for a, b in zip(days, days[1:]):
        # "Fiscal Year April 1, 2026 - March 31, 2027", "1 July 2025 to 30 June 2026": two
        # days that bound a whole year, half or quarter name that period, not two days
        key = _day_span(a.date, b.date)
        if key and free(a.start, b.end) and _DAY_SPAN.fullmatch(text, a.end, b.start):
            taken.append((a.start, b.end))
            out.append(Mention(a.start, b.end, key))
            ranged.add((a.start, b.end))
    for m in find_mentions(text):  # dates first: "November 14, 2024" is a day
        if not free(m.start, m.end):
            continue
        if m.kind == "date":
            if m.date:
                out.append(Mention(m.start, m.end, m.date.isoformat()))
            taken.append((m.start, m.end))  # "on 31 March" is a day, not the month
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            key = _key(kind, m, year)
            if not key and kind in ("span-to", "month-span"):
                continue
            taken.append((m.start(), m.end()))
            if kind == "month-span":  # "from July 2021 to June 2023": the run, no base
                ranged.add((m.start(), m.end()))
            if key:
                out.append(Mention(m.start(), m.end(), key))
    for m in _WHOLE_YEAR.finditer(text):
        # "guidance of an 11% margin for the full year" in a half-year's report: the year
        # that half is of, not the half
        if free(m.start(), m.end()) and year:
            taken.append((m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), year))
    for m in _RELATIVE.finditer(text):
        if free(m.start(), m.end()):
            # a season ("this season", "last season", "the season before") is the year the
            # text reports on, or the one before it: a club's, a harvest's, a theatre's year
            step = ("now-year" if m.group("now").lower() in ("year", "season") else "now") \
                if m.group("now") else (m.group("step") or m.group("season") or "year").lower()
            if re.match(r"last\b(?![\s-]+season)", m.group(0), re.I):
                # "last year": the writer's, not the text's
                step = "last-" + step
            out.append(Mention(m.start(), m.end(), None, step))
    # "over the first nine months of 2025", "over the six months to June": a run of months
    # after "over" is the span the figure accrued in, no base it is compared with
    spans = {(x.start, x.end) for x in out
             if re.search(r"\bmonths\b", text[x.start:x.end], re.I)}
    # "from 1 July 2025 to 30 June 2026": the span itself, no base
    out = [Mention(x.start, x.end, x.key, x.step, (b := BASE.search(text[:x.start])) is not None
                   and not ((x.start, x.end) in spans and b.group(0).lower().startswith("over"))
                   and not ((x.start, x.end) in ranged and
                            re.match(r"from|over", b.group(0), re.I)))
           for x in out]
    return sorted(out, key=lambda x: x.start)


#: the words of a head's line that says when and where the document appeared: a year after
#: them ("Vol. 12 (2024)", "Working Paper No. 2023-14") is the publication's, no period's
_PUBLICATION = re.compile(r"\b(?:Vol\.|Volume|Published|This\s+version|Working\s+Paper|"
                          r"Discussion\s+Paper|Journal|Issue|No\.)[^\n]*$", re.I)


#: a line that opens the body: "Abstract", "Summary", "Overview", "Highlights"
_OPENING = re.compile(r"\s*#*\s*(?:abstract|summary|overview|introduction|highlights|"
                      r"key\s+(?:points|findings|messages))\s*[:.]?\s*", re.I)
#: the words before a date of publishing, not of a period reported on: "Next update:
#: September 2025", "Last revised March 2024"
#: the words that say when a document came out, or was handed to those it is for
#: ("presented to the Board, March 2026", "Prepared for the council, June 2025")
_ISSUED = re.compile(r"\b(?:next\s+(?:update|release|issue|publication)|published|released|"
                     r"issued|updated|revised|this\s+version|version|dated?|presented|"
                     r"submitted|prepared|circulated)\b[^\n]*$", re.I)


def document_period(text: str, date: str | None = None) -> str | None:
    """The period a document reports on: the first period finer than a year its head
    names, other than a day ("Retail trade, third quarter 2024"), else the first year it
    names, else none. A date of publishing is no such period ("Next update: September
    2025", a line that is only "September 2025"), nor is a comparison's base ("8.5% more
    than in 2024", "the lowest since the spring of 2021", "from 4.69 million in 2021")."""
    lines = [line for line in text.split("\n") if line.strip()][:6]
    # a paper's "Abstract", a report's "Summary": the body starts under it, and its first
    # sentence names its own figures' periods ("Between 2021 and 2024 a landlord fitted
    # heat pumps in 420 homes"), not the document's
    opening = next((i for i, line in enumerate(lines) if i and _OPENING.fullmatch(line)), None)
    head = "\n".join(lines[:opening])[:400]
    year = date[:4] if date else None
    # "Fourth quarter and full-year 2023 results", published in 2024: the quarter is 2023's
    titled = next((m.key for m in mentions(head.split("\n")[0]) if m.key and
                   re.fullmatch(r"(?:FY)?\d{4}", m.key)), None)
    year = titled or year
    found = [_ended_before(head, m, date) for m in mentions(head, year) if m.key
             and len(m.key) != 10 and not _issued(head, m) and not _compared(head, m)]
    fine = [m for m in found if not re.fullmatch(r"(?:FY)?\d{4}", m.key)]
    title = head.split("\n")[0]
    if fine and titled and fine[0].end <= len(title) and _FULL_YEAR.search(title):
        # "Fourth quarter and full-year 2023 results": a report on the year and its last
        # quarter; a sentence that names neither is as likely the year's (a section headed
        # "Fourth quarter 2023" dates its own)
        return titled
    if fine and (bare := re.fullmatch(r"(?:FY)?\d{4}-([QH][1-4])", fine[0].key)) and \
            not re.search(r"\d{2}", head[fine[0].start:fine[0].end].replace(bare.group(1), "")):
        # "Q2 profit jumps" over "... for the quarter (Q2 FY27)": a part the title names
        # without its year is the one the head then names with it
        fine = [next((m for m in fine[1:] if m.key.endswith("-" + bare.group(1))), fine[0])]
    if fine:
        return fine[0].key
    # a year the head names besides its date's: a study's "2013-2023" dates nothing; a
    # period named by its end is one reported on, even after "published" ("today published
    # its results for the year ended 31 July 2025")
    found = [m for m in found if not _PUBLICATION.search(head, 0, m.start)
             or "\n" in head[_PUBLICATION.search(head, 0, m.start).end():m.start]
             or _ENDED.match(head, m.start)]
    if found:
        return found[0].key
    dateline = _dateline_year(head)
    if dateline or date:
        # "Friday, August 29, 2025 / ... / The city collected $47.3 million in the fiscal year
        # that ended June 30": a story's lead that names a year by its end names the period
        # it reports on (the day before the story: June 30 of the dateline's year or, past
        # the story's month, of the year before)
        lead = " ".join(text.split())[:700]
        for m in _ENDED.finditer(lead):
            key = _ended(m, dateline or date[:4])
            if key and m.group(2) and not _compared(lead, Mention(m.start(), m.end(), key)):
                return _ended_before(lead, Mention(m.start(), m.end(), key), date).key
    if date:
        # "Tea exports reached a record 384,600 tonnes last year, up 8.6 per cent on 2023's":
        # a story's lead that reports on "last year" (no comparison's base) is the year
        # before it was written
        title = len(head.split("\n")[0])
        for m in mentions(head, year):
            if m.step == "last-year" and m.start > title and not m.base and \
                    not _compared(head, m):
                return str(int(date[:4]) - 1)
    if dateline:
        return _season_of(text, dateline)
    return study_period(text, len(" ".join(head.split())))


#: what any season or fiscal year :func:`mentions` reads is written with: "2025/26",
#: "FY25-26", "the year ended 31 March 2025", "the twelve months to June" (a quick test
#: before reading every period of a long text)
_MAY_NAME_SEASON = re.compile(r"\d\d\s*[/–-]\s*\d\d\b|\b(?:ended|ending)\b|"
                              r"\b(?:year|months|quarter)\s+to\b", re.I)


def _season_of(text: str, year: str) -> str:
    """A dated story's period where the story names a season or fiscal year of its
    dateline's year and no calendar year at all: "Monday 18 May 2026 ... FINAL TABLE
    2025/26" reports on the 2025/26 season ("this season", "last season's 700"), not on
    2026. A story that names a calendar year anywhere ("since 2019") keeps its year."""
    if not _MAY_NAME_SEASON.search(text):  # no year written across two, nor one "ended"
        return year
    folded = " ".join(text.split())
    keys = [m.key for m in mentions(folded, year) if m.key]
    if any(re.fullmatch(r"(?:FY)?\d{4}|\d{4}/\d{4}", k) for k in keys):
        return year
    seasons = [k for k in keys if re.fullmatch(r"\d{4}/\d\d", k)]
    latest = max(seasons, default=None)
    if latest and year in (latest[:4], str(int(latest[:4]) + 1)):
        return latest
    return year


#: the words before a day that say when a paper or a page came out, not a period it reports
#: on: "Published online 3 June 2024", "Received March 3, 2025; accepted July 22, 2025",
#: "page last updated 2 March 2026", "last reviewed on 17 August 2024"
_PUBLISHED_DAY = re.compile(r"\b(?:published|received|accepted|revised|updated|reviewed|"
                            r"issued|released|posted|online|submitted)\b[\w\s,;:]{0,24}$",
                            re.I)


def _extent(key: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a period key; a fiscal year named by its end ("FY2024") any
    twelve months that end in that year (so from the start of the year before)."""
    if re.fullmatch(r"\d{4}", key):
        y = int(key)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := re.fullmatch(r"FY(\d{4})", key):
        y = int(m.group(1))
        return dt.date(y - 1, 1, 1), dt.date(y, 12, 31)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", key):
        day = dt.date.fromisoformat(key)
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d\d)", key):
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    try:
        return bounds(key)
    except (ValueError, KeyError):
        return None


#: the words before a year that name a part of it: "in the fall of 2022", "early 2022"
_PART_OF_YEAR = re.compile(r"\b(?:spring|summer|autumn|fall|winter|early|late|mid|middle|"
                           r"beginning|start|end)(?:\s+of)?(?:\s+the)?\s*[-–]?\s*$", re.I)


def study_period(text: str, head: int = 0) -> str | None:
    """The period of a text whose head names none (a study's abstract, a page without a
    dateline) where the whole text names one year, school or fiscal year and nothing outside
    it: a trial run "during the 2023 winter season" or "during the school year 2022/23"
    reports its results for that year, though its sentences name it once. A text that names
    two years ("repeated a 2014 survey in 2022/23"), a span ("between 2021 and 2024", "1
    January 2021 to 31 December 2023") or a day outside the year dates nothing; a day the
    paper was received, published or updated on is no period of its findings."""
    folded = " ".join(text.split())
    # the head's periods are the paper's own (its journal's year, its date) where the head
    # named none the document reports on
    found = [m for m in mentions(folded) if m.key and m.start >= head and not (
        len(m.key) == 10 and _PUBLISHED_DAY.search(folded, max(0, m.start - 40), m.start))
        and not re.search(r"(?:©|\(c\)|\bcopyright)\s*$", folded[max(0, m.start - 12):m.start],
                          re.I)]
    keys = {m.key for m in found}
    whole = {m.key for m in found if re.fullmatch(r"(?:FY)?\d{4}|\d{4}/\d\d", m.key)
             and not _PART_OF_YEAR.search(folded, max(0, m.start - 40), m.start)
             # "for twelve months (October 2023 to September 2024)": a run of months, not a
             # school or fiscal year the words name ("2022/23", "FY2024", "fiscal 2024")
             and not (m.key.startswith("FY") and not re.search(
                 r"FY|fiscal|financial|/|[-–]\d\d\b", folded[m.start:m.end], re.I))}
    if len(whole) != 1:
        return None
    year = whole.pop()
    first, last = _extent(year)
    for key in keys:
        extent = _extent(key)
        if extent is None or extent[0] < first or extent[1] > last:
            return None
    return year


def _ended_before(text: str, m: Mention, date: str | None) -> Mention:
    """A period named by an end that gives no year ("the fiscal year that ended June 30"),
    in a text written on ``date``: the last such end before it, so a story of February 2026
    means June 2025's."""
    ended = _ENDED.match(text, m.start)
    if not ended or ended.group(8) or not date or not m.key or \
            _MONTHS[ended.group(6).lower().rstrip(".")] <= int(date[5:7]):
        return m
    if date[:4] not in m.key:  # completed by another year than the date's: left as it is
        return m
    key = _ended(ended, str(int(date[:4]) - 1))
    return Mention(m.start, m.end, key, m.step, m.base) if key else m


#: a weekday or a place before a day: "Thursday, 11 September 2025", "GENEVA, 22 January
#: 2024", "By A. Writer — Wednesday, 15 October 2025", a masthead's "HILLTOWN HERALD - 3 May 2025"
_DATELINE_DAY = re.compile(r"(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|"
                           r"^[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?,|"
                           # a masthead in capitals (not a paper's "Working Paper - 3 May")
                           r"(?-i:^[A-Z][A-Z.'’&-]+(?:\s[A-Z][A-Z.'’&-]+)*\s+[-–—|]))\s*$",
                           re.I | re.M)


def _dateline_year(head: str) -> str | None:
    """The year of a news or press dateline in a head that names no period: an article
    ("Thursday, 11 September 2025", "GENEVA, 22 January 2024") reports on its own year. A
    paper's or a page's bare date dates nothing ("12 June 2024" under a study's title)."""
    from kg.numbers import find_mentions

    # a story with a byline ("By Dana Reyes, Staff Writer"): its date in the head, on the
    # masthead's line or after "Published", is the story's, and it reports on that year
    byline = _BYLINE.search(head) is not None
    for line in head.split("\n"):
        for m in find_mentions(line):
            if m.kind == "date" and m.date and (byline or _DATELINE_DAY.search(
                    line, 0, m.start)) and not re.search(
                        r"\b(?:updated|version|effective|from|until)\b" if byline else
                        r"\b(?:updated|published|released|issued|version|effective|from|until)\b",
                        line[:m.start], re.I):
                return str(m.date.year)
    return None


#: a story's byline: "By Dana Reyes", "By A. Writer, Staff Writer"
_BYLINE = re.compile(r"^\W*By\s+[A-Z][\w.'’-]*(?:\s+(?:de\s+|van\s+)?[A-Z][\w.'’-]*)+\s*(?:[,·|]|$)",
                     re.M)


_FULL_YEAR = re.compile(r"\b(?:full|whole)[\s-]+year\b|\bannual\b|\byear[\s-]+end\b|"
                        # "Fourth Quarter and Fiscal Year 2025 Results", "Q4 and Fiscal 2026"
                        r"\b(?:quarter|Q[1-4])\s+and\s+(?:fiscal|financial)\b", re.I)

#: a period after these in its clause is a comparison's base or a deadline, not the
#: period reported on ("8.5% more than the 5.18 million of 2024"; "from 389,500 hectolitres
#: in 2024", unless a "to" follows it; "to commit before the end of the phase in March")
_COMPARED = re.compile(r"\b(?:than|compared|against|versus|vs\.?|since|before|until|till|"
                       r"ahead\s+of|behind|by\s+the\s+end)\b(?:(?!,\s|;).)*$|"
                       # "two and a half times the 1,906 filed in 2024", "twice that of
                       # 2023", "half as many as in 2022": a multiple's base
                       r"\b(?:times|twice|double|triple|half)\s+(?:the|that|those|as)\b"
                       r"(?:(?!,\s|;).)*$|"
                       # "up 8.6 per cent on 2023's 354,200 tonnes", "5% down on 2023"
                       r"(?:%|\b(?:cent|up|down|higher|lower|more|less|ahead|behind))\s+on\s+"
                       r"(?:the\s+)?$|"
                       # "from 389,500 hectolitres in 2024", "from the 2019 level" (not
                       # "exports from the Kisanga highlands reached ... last year")
                       r"\bfrom\s+(?:(?!to\b)\S+\s+){0,2}?(?:\S*\d|$)(?:(?!,\s|;|\bto\b).)*$",
                       re.I | re.S)


def _compared(head: str, m: Mention) -> bool:
    """Whether a period of the head stands as a comparison's base in its sentence."""
    # a line that ends in a full stop ends its sentence: "... apply to bookings from 1 April
    # 2026.\nHire charges 2026/27" compares nothing with the heading's year
    start = max(head.rfind(". ", 0, m.start), head.rfind(".\n", 0, m.start),
                head.rfind("\n\n", 0, m.start), 0)
    return _COMPARED.search(head[start:m.start]) is not None


def _issued(head: str, m: Mention) -> bool:
    """Whether a month the head names is when the document came out: on a line of its
    own ("September 2025") or after "Next update:", "Published" on its line."""
    if not re.fullmatch(r"\d{4}-\d\d", m.key or ""):
        return False
    start = head.rfind("\n", 0, m.start) + 1
    end = head.find("\n", m.end)
    line = head[start:end if end >= 0 else len(head)]
    return _ISSUED.search(head[start:m.start] + " ") is not None or re.fullmatch(
        r"[\W\d]*(?:[A-Za-z]+day,?\s+)?" + re.escape(head[m.start:m.end]) + r"\W*", line) is not None


#: a section's number before its heading: "2. ", "3.1 ", "4) "
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:[.)]|(?:\.\d{1,2})+\.?)\s+(?=\S)")

#: the gap between two cells of a table set out in spaces or tabs ("Branch    2023/24")
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {2,}|\t)\s*(?=\S)")

_CAPTION = re.compile(r"(?:Table|Figure|Fig\.|Chart|Exhibit|Graph|Map|Box|Source|Note)s?\b",
                      re.I)


def headings(text: str, current: str | None) -> list[tuple[int, str | None]]:
    """The section headings after a text's title, each with where it stands in the text
    with white space folded and the period it names: "Full year 2023" dates the sentences
    under it (2023), "Outlook" none of its own (the document's period again)."""
    from kg.numbers import find_mentions

    folded = " ".join(text.split())
    out: list[tuple[int, str | None]] = []
    lines = text.split("\n")
    cursor = 0
    title = True
    for i, raw in enumerate(lines):
        line = " ".join(raw.strip().lstrip("#").split())
        if not line:
            continue
        at = folded.find(line, cursor)
        if at < 0:
            continue
        cursor = at + len(line)
        if title:  # the title names the document's own period
            title = False
            continue
        blank_before = i == 0 or not lines[i - 1].strip()
        # a numbered section's heading ("2. Borrowers and visits", "3.1 Outlook") is one
        line = _SECTION_NUMBER.sub("", line, count=1)
        if not blank_before or len(line) > 60 or line[-1] in ".,;:!?)|" or \
                not line[0].isupper() or any(m.is_quantity for m in find_mentions(line)) or \
                _CAPTION.match(line) or \
                len(_COLUMN_GAP.findall(raw.strip())) >= 2:  # a plain-text table's head row
            # a table's caption heads the table, not a section; so does the row of column
            # heads of a table set out in spaces ("Branch      2023/24     2024/25"): the
            # period of its first column dates none of the prose under the table
            continue
        found = [m.key for m in mentions(line, _year_of(current)) if m.key and len(m.key) != 10]
        out.append((at, found[0] if found else None))
    return out


def fiscal_is_calendar(text: str, current: str | None = None) -> bool:
    """Whether the fiscal periods a text names are calendar ones: it says a fiscal period
    ended on the last day of the calendar period of its number ("the second quarter of
    fiscal 2025, which ended June 30, 2025"; not "... of fiscal 2024, which ended
    September 28, 2024"). A sentence that names the period without its fiscal year ("its
    third quarter ended September 30, 2024") speaks of ``current``, the fiscal period the
    document reports on, where it names that period's grain."""
    # a title has no full stop: a blank line ends its sentence too
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", text):
        sentence = " ".join(sentence.split())
        if not re.search(r"\b(?:ended|ending|ends)\b", sentence, re.I):
            continue
        found = mentions(sentence)
        fiscal = next((m for m in found if m.key and m.key.startswith("FY")), None)
        day = next((m for m in found if fiscal and m.start > fiscal.start and m.key
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", m.key)), None)
        if not day and current and current.startswith("FY") and any(
                m.key == current[2:] and _ENDED.search(sentence, m.start, m.end)
                for m in found):
            # "the quarter ended September 30, 2024" is read as the calendar quarter only
            # where that day ends one; of the document's own grain and number, its fiscal
            # periods are the calendar's
            return True
        if fiscal and day:
            key = fiscal.key[2:]
            end = bounds(key)[1] if "-" in key else dt.date(int(key), 12, 31)
            return end.isoformat() == day.key
    return False


#: "fiscal year ended June 30, 2025", "financial year ending 31 March": the day after is the
#: fiscal year's last
_YEAR_ENDED = re.compile(r"\b(?:fiscal|financial)\s+year\s+(?:ended|ending|ends|to)\s+(?:on\s+)?",
                         re.I)
#: "Our financial year runs from 1 July to 30 June"
_YEAR_RUNS = re.compile(rf"\b(?:fiscal|financial)\s+year\s+runs\s+from\s+(?:\d{{1,2}}\s+)?"
                        rf"(?:{_MONTH}|May)(?:\s+\d{{1,2}})?\s+(?:to|until|through)\s+"
                        rf"(?:\d{{1,2}}\s+)?({_MONTH}|May)\b", re.I)
#: the words between a fiscal period and the calendar one it is: "H1 FY26 is the six months
#: to 31 December 2025", "Q4 FY2025 (the three months ended June 30, 2025)"
_IS_CALENDAR = re.compile(r"^[\s(,;:-]*(?:which\s+)?(?:is|was|being|=|covers|covering|ended|"
                          r"ending|ends|to)?\s*(?:the\s+)?$", re.I)


def fiscal_year_end(text: str) -> int | None:
    """The month the fiscal years a text names end in, where it says so: "fiscal year ended
    June 30, 2025" (6), "our financial year runs from 1 July to 30 June" (6), "H1 FY26 is
    the six months to 31 December 2025" (the first half ends six months before the year: 6).
    A fiscal year is named by the year it ends in; a year that ends on no month's last day
    (a 52-week year to September 28) has no calendar quarters, nor one whose words disagree."""
    from kg.numbers import find_mentions

    ends: set[int] = set()
    for m in _YEAR_RUNS.finditer(text):
        ends.add(_MONTHS[m.group(1).lower()])
    for m in _YEAR_ENDED.finditer(text):
        day = next((d for d in find_mentions(text[m.end():m.end() + 30])
                    if d.kind == "date" and d.start == 0 and d.date), None)
        if day is not None:
            if day.date.day != calendar.monthrange(day.date.year, day.date.month)[1]:
                return None
            ends.add(day.date.month)
    for sentence in re.split(r"(?<=[.!?;])\s+|\n\s*\n", text):
        found = mentions(sentence)
        for fy, then in zip(found, found[1:]):
            part = re.fullmatch(r"FY(\d{4})(?:-([QH])(\d))?", fy.key or "")
            if not part or not then.key or then.key.startswith("FY") or \
                    not _IS_CALENDAR.match(sentence[fy.end:then.start]) or \
                    re.search(r"\d\s*[/–-]\s*\d", sentence[fy.start:fy.end]):
                continue  # ("Quarter 3, 2025/26 (October to December 2025)": a year
                # written across two keeps the text's own name for its parts, as it does
                # for the year)
            if re.fullmatch(r"\d{4}-\d\d-\d\d", then.key):
                end = dt.date.fromisoformat(then.key)
                if end.day != calendar.monthrange(end.year, end.month)[1]:
                    return None
            elif re.fullmatch(r"\d{4}-[QH]\d", then.key):
                end = bounds(then.key)[1]
            else:
                continue
            months = 0 if not part.group(2) else (3 if part.group(2) == "Q" else 6) * (
                (4 if part.group(2) == "Q" else 2) - int(part.group(3)))
            at = end.year * 12 + end.month - 1 + months
            if at // 12 != int(part.group(1)):
                return None  # a fiscal year named by the year it starts in
            ends.add(at % 12 + 1)
    return ends.pop() if len(ends) == 1 else None


def on_calendar(key: str, end: int) -> str:
    """A fiscal quarter or half as the calendar's, for fiscal years that end in month
    ``end``: "FY2026-H1" of years to June is "2025-H2"; a fiscal year itself, and a part
    that is no calendar quarter or half, stay the company's."""
    m = re.fullmatch(r"FY(\d{4})-([QH])(\d)", key)
    if not m:
        return key
    months = 3 if m.group(2) == "Q" else 6
    at = int(m.group(1)) * 12 + end - 1 - months * ((12 // months) - int(m.group(3)))
    year, month = divmod(at, 12)
    month += 1
    return f"{year}-{m.group(2)}{month // months}" if month % months == 0 else key


def back(key: str, step: str) -> str | None:
    """The period a step before ``key``: a year back keeps the grain ("2024-Q3" -> "2023-Q3",
    "FY2024-Q3" -> "FY2023-Q3")."""
    if key.startswith("FY"):
        earlier = back(key[2:], step)
        return f"FY{earlier}" if earlier else None
    m = re.fullmatch(r"(\d{4})(?:-(Q|H)?(\d{1,2}))?(?:-(\d\d))?", key)
    f = re.fullmatch(r"(\d{4})/(\d\d)", key)
    if f and step == "year":
        y = int(f.group(1)) - 1
        return f"{y}/{(y + 1) % 100:02d}"
    if m and m.group(4) and step == "year" and not m.group(2):
        # "on 1 April 2024 ... a year earlier": the same day of the year before
        y, mo, d = int(m.group(1)) - 1, int(m.group(3)), int(m.group(4))
        return f"{y}-{mo:02d}-{min(d, calendar.monthrange(y, mo)[1]):02d}"
    if not m or m.group(4):
        return None
    y = int(m.group(1))
    grain, n = m.group(2), int(m.group(3)) if m.group(3) else None
    if step == "year":
        return f"{y - 1}" + (f"-{grain or ''}{m.group(3)}" if n is not None else "")
    if step == "quarter" and grain == "Q":
        return f"{y}-Q{n - 1}" if n > 1 else f"{y - 1}-Q4"
    if step == "month" and grain is None and n is not None:
        return f"{y}-{n - 1:02d}" if n > 1 else f"{y - 1}-12"
    return None


#: the words before a year that name a part of it by the part the sentence is of: "in the same
#: quarter of 2024", "the same three months of 2023", "the same period in 2022"
_SAME_PART_OF = re.compile(r"\bsame\s+(?:quarter|month|half|period|(?:three|six|3|6)\s+months)"
                           r"\s+(?:of|in)\s+$", re.I)


def in_year(key: str, year: str) -> str | None:
    """The part of ``year`` that ``key`` is of its own year: "2025-Q3" in 2024 is "2024-Q3";
    a whole year or a day is no part another year has the same of."""
    m = re.fullmatch(r"(FY)?\d{4}(-(?:Q|H)?\d{1,2})", key)
    return f"{m.group(1) or ''}{year}{m.group(2)}" if m else None


#: the last month of each season a text may call "last spring", "last summer", "last autumn"
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
#: the words that open a clause of a cause or a time, whose season dates no figure after it
_SEASON_ASIDE = re.compile(r"\b(?:because|since|after|before|when|once|as|although|while)\b",
                           re.I)
#: the words that set a quarter against the one before it, not the year's
_QUARTER_BEFORE = re.compile(r"\b(?:sequential(?:ly)?|(?:previous|preceding|prior|last|"
                             r"earlier)\s+(?:three\s+months|quarter)|quarter[\s-]on[\s-]quarter|"
                             r"q/q|QoQ)\b", re.I)
#: "widened to", "rose to about": the words before the figure a series moved to
_MOVED_TO = re.compile(r"\b(?:to|at)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
#: a move's verb and its "from" right before the figure it moved from: "will go up from",
#: "improved from", "edges down from" (never a range's "from 11% to 13%")
_MOVED_FROM = re.compile(r"\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|grew|"
                         r"grown|grow|grows|increased|increases|increase|decreased|decreases|"
                         r"climbed|climbs|dropped|drops|jumped|slipped|declined|improved|"
                         r"widened|narrowed|moved|goes|go|went|up|down)\s+(?:\w+\s+)?from\s+"
                         r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+)?$",
                         re.I)
#: "... from ": what stands between the figure moved to and the one moved from
_FROM_NEXT = re.compile(r"(?:\s+[\w-]+){0,4}?,?\s+from\s+(?:about\s+|around\s+|roughly\s+)?")
#: what stands between a figure and the one it moved from: "… 96.8 million, up from 88.1"
_UP_FROM = re.compile(r"(?:\s+[\w-]+){0,4}?,\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|"
                      r"roughly\s+)?", re.I)
#: what stands between a figure and the change that follows it: ", up", ", a rise of"
_CHANGE_BETWEEN = re.compile(r",?\s+(?:up|down|higher|lower|an?\s+(?:increase|rise|gain|"
                             r"fall|drop|decline|decrease)\s+of)\s+(?:by\s+)?", re.I)
#: what stands between that change and the figure changed from: " from", " on", " against"
_CHANGED_FROM = re.compile(r"\s+(?:from|on|against|compared\s+with|versus|vs\.?)\s+"
                           r"(?:about\s+|around\s+|roughly\s+)?", re.I)
#: words of a change over several years, whose "from" is no year before
_SPANNED = re.compile(r"\bsince\b|\bover\s+(?:the\s+)?(?:\w+\s+){0,2}(?:years|decades)\b|"
                      # "an average annual rise of 4%", "compound annual growth" (not "the
                      # average annual bill", an amount a year)
                      r"\b(?:average|compound)\s+annual(?!\s+(?:bills?|charges?|fees?|costs?|"
                      r"prices?|pay|salary|salaries|income|rent|premiums?)\b)|"
                      r"\bin\s+(?:\w+\s+)?(?:years|decades)\b",
                      re.I)
#: a conjunction and "in" before a period that opens a clause of its own: "and in 2025
#: they rose to", "but during H2 sales fell to", "while in 2023 it was"
_OPENS_A_CLAUSE = re.compile(r"(?:\b(?:and|but|while|whereas)|[,;])\s+(?:in|during)\s+"
                             r"(?:the\s+)?$", re.I)
#: what stands between a period and the amount its "when" clause introduces: ", when we
#: taught ", ", when it stood at "
#: a clause after a figure's that gives a reason: ", because …", ", thanks to …"
_REASON_CLAUSE = re.compile(r"[,;]\s*(?:because|thanks\s+to|owing\s+to|due\s+to|"
                            r"as(?!\s+(?:of|at|in|on|for|well|much|many|against|compared|"
                            r"a\s+result))\b)[^,;:.()\d]*$", re.I)


def reason_clause(sentence: str, spans: list, owner: str, start: int) -> bool:
    """Whether a phrase at ``start`` stands in a clause giving a reason after the clause of
    figure ``owner`` (", because the repairs were done last year"), no figure between."""
    end = next((s[1] for s in spans if s[2] == owner), None)
    if end is None or end > start or any(end <= s[0] < start for s in spans):
        return False
    return _REASON_CLAUSE.search(sentence[end:start]) is not None


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\s+[^,;:.()\d]{0,60}", re.I)
#: a "when" clause that says what a rate stood at ("compared with 2022, when it stood at
#: 50.8%", "when the rate was 4.1%"): a level, though a percent, of the period before it
_WHEN_LEVEL = re.compile(r"\s*,?\s*when\s+(?:it|they|(?:the|its|their)\s+[^,;:.()\d]{1,40}?)"
                         r"\s+(?:stood|was|were|had\s+been|came|amounted|totall?ed)"
                         r"(?:\s+(?:at|to))?\s*", re.I)
#: a bracket opened right after a period, with the figure of that period first in it: "in
#: the year before (3,690)", "than in 2024 (about £1.2m)"
_BRACKET_AFTER = re.compile(r"\s*\((?:about\s+|some\s+|around\s+|roughly\s+)?")
#: "from about " right before the figure a series moved from, and " to " between it and
#: the one it moved to
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                          r"almost\s+|just\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"\s+to\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                         r"almost\s+|just\s+)?", re.I)
#: a run the words bound otherwise than by the study's span: "since 2018", "in two years",
#: "between the two surveys", "within a month"
_SPANNED_FROM = re.compile(r"\bsince\b|\b(?:in|within|after)\s+(?:\w+\s+)?(?:days|weeks|"
                           r"months|years)\b|\bwithin\b|\bbetween\b", re.I)
#: the words that introduce a figure's own day: "On 30 June, net debt stood at ..."
_ON_DAY = re.compile(r"\b(?:on|at|as\s+(?:at|of)|by|since|until|from|to|between|and|of)\s+"
                     r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$", re.I)
#: a comparative right after a figure: the figure is a difference ("70 cents more than")
_DIFFERENCE_NEXT = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:more|less|fewer|higher|lower|above|"
                              r"below|greater|smaller|larger|bigger|cheaper|dearer)\s+than\b",
                              re.I)
#: the words before a deadline: "before the end of the relief phase in March", "until June"
_DEADLINE = re.compile(r"\b(?:(?<!year )(?<!month )(?<!quarter )(?<!week )(?<!day )before|"
                       r"until|till|due|deadline|by\s+the\s+(?:end|close)\s+of)\b"
                       r"[^,;.\d]{0,40}$", re.I)


#: a period's possessive, after its grain where the period's words leave it out: "last
#: year's", "the prior-year quarter's"
_POSSESSIVE = re.compile(r"(?:\s+(?:quarter|half|month|period|week))?['’]s\b", re.I)


def sentence_periods(sentence: str, spans: list[tuple[int, int, str]], kinds: dict[str, str],
                     current: str | None, today: str | None = None) -> dict[str, str]:
    """Each figure's period in one sentence, as :func:`_sentence_periods` dates it, with an
    aside in brackets that restates a figure ("£214.6 million (about €251 million) in
    2023/24", "1,378 (57.4%)") read as the figure it follows: the period after the bracket
    is the figure's before it, and the aside's figures take it too."""
    full = _sentence_periods(sentence, spans, kinds, current, today)
    masked, inside = sentence, {}
    for a in re.finditer(r"\s*\([^()]*\)", sentence):
        within = [x for x in spans if a.start() <= x[0] and x[1] <= a.end()]
        before = [x for x in spans if x[1] <= a.start()]
        if not within or not before or any(m.key or m.step for m in mentions(a.group(0))):
            continue  # "(2022/23: £489.5 million)" names its own period
        after = [m for m in mentions(sentence[a.end():], _year_of(current)) if m.key]
        if not after or not re.fullmatch(r"\s*(?:in|during|for|over)?\s*(?:the\s+)?",
                                          sentence[a.end():a.end() + after[0].start]):
            continue  # only an aside between a figure and the period that dates it
        masked = masked[:a.start()] + " " * (a.end() - a.start()) + masked[a.end():]
        host = max(before, key=lambda x: x[1])[2]
        inside.update({x[2]: host for x in within})
    if not inside:
        return full
    got = _sentence_periods(masked, [x for x in spans if x[2] not in inside], kinds, current,
                            today)
    for local, host in inside.items():
        if host in got:
            got[local] = got[host]
        elif local in full:
            got[local] = full[local]
    return got


def _grain(key: str) -> str:
    """A period's grain: a calendar year and a fiscal or school year ("2025", "FY2025",
    "2024/25") are one, a year's whole twelve months; a quarter, a half, a month others."""
    return re.sub(r"\d", "9", re.sub(r"^(?:FY\d{4}|\d{4}/\d\d|\d{4})", "Y", key))


def _split(key: str) -> str:
    """A fiscal year named by its end written across its two years: "FY2025" is "2024/25"."""
    fy = re.match(r"FY(\d{4})", key)
    return f"{int(fy.group(1)) - 1}/{fy.group(1)[2:]}{key[6:]}" if fy else key


#: the words before a period that make it a sentence's own, not a comparison's: "in", "during"
#: or "for" ("took in 4,318 animals in 2023-24"; not "above the 2026 outturn")
_OWN_PERIOD = re.compile(r"\b(?:in|during|for)\s+(?:the\s+)?(?:(?:financial|fiscal|school)\s+)?"
                         r"(?:year\s+)?$", re.I)


#: a period the sentence is about, its subject: "2025/26 was the harshest winter", "The 2024
#: season proved ..." (not "Third-quarter crossings rose 9.6 percent": the crossings')
_PERIOD_SUBJECT = re.compile(r"\s+(?:(?:season|year|winter|summer|financial\s+year|school\s+year|"
                             r"quarter|half|half-year|period)\s+)?(?:was|were|is|has|had|saw|"
                             r"brought|proved|turned\s+out)\b", re.I)


#: a word that opens a clause under the sentence's own: a period after it is that clause's
#: event's ("because the lanterns distributed in 2023 are out of warranty")
_SUBORDINATE = re.compile(r"\b(?:because|since|after|before|when|while|although|though|which|"
                          r"that|who|where|until|as)\b", re.I)


def paragraph_period(before: list[str], current: str | None) -> str | None:
    """The period the sentences before a figure's sentence in its section (``before``) last
    named, which dates that sentence's figures its own words leave undated ("We took in
    4,318 animals in 2023-24. Of those, 2,087 were returned to the wild": 2023/24 in a
    budget for 2024/25). Only the nearest sentence that names a period counts, and only
    where that period is the whole sentence's: named alone; of the grain of ``current``,
    the document's or heading's period (a month in a year's report is one event's), and
    near it (a history's "founded in 1998" dates nothing after it); its subject ("2025/26
    was the harshest winter"), or after "in" before every figure of the sentence or with its
    one figure (in "after €125.3 million in the first quarter and €127.1 million in the second"
    the quarter is one figure's); not in a clause under the sentence's own ("because the
    pumps fitted in 2023 ...")."""
    from kg.numbers import find_mentions

    if not current:
        return None
    year = _year_of(current)
    for sentence in reversed(before):
        found = mentions(sentence, year)
        if not found:
            continue
        if len(found) != 1 or found[0].key is None or found[0].base:
            return None
        m, key = found[0], found[0].key
        figures = [x for x in find_mentions(sentence) if x.is_quantity
                   and not (m.start <= x.start < m.end)]
        prefix = sentence[:m.start]
        # "In 2023-24, …", "… 4,318 animals in 2023-24.", "2025/26 was the harshest winter"
        # ("In fiscal 2023 a run of jackpots pulled in casual players": a cause's time, no
        # figure's)
        said = _OWN_PERIOD.search(prefix) and figures and (
            len(figures) == 1 or not any(x.start < m.start for x in figures)) or \
            re.fullmatch(r"\s*(?:the\s+)?", prefix, re.I) and _PERIOD_SUBJECT.match(sentence, m.end)
        if not said or _grain(key) != _grain(current) or _split(key) == _split(current) or \
                _SUBORDINATE.search(prefix) or \
                abs(int(key.lstrip("FY")[:4]) - int(year.lstrip("FY"))) > 3:
            return None
        return key
    return None


#: a list of words in commas, closed by "and" or "or": "sick, injured or orphaned"
_WORD_LIST = re.compile(r"\b[A-Za-z'’-]+(?:,\s+[A-Za-z'’-]+)+,?\s+(?:and|or)\s+[A-Za-z'’-]+\b")


#: the end of the period a report is about, where its stocks are counted: "headcount rose to
#: 612 at the period end", "net debt at quarter end", "at the end of the half", "by the end
#: of the quarter"; the mention starts after "at" (or "by"), which introduces a day. "At year
#: end" is left to the year: a careful reader dates it the year as often as its last day
_PERIOD_END = re.compile(
    r"(?<=\bat\s)(?:the\s+)?(?:(?P<a>period|quarter|half|half[\s-]year)"
    r"[\s-]end\b|end\s+of\s+the\s+(?P<b>period|quarter|half|half[\s-]year)"
    r"\b(?!\s+(?:of|in|to|ended|ending)\b))|"
    r"(?<=\bby\s)the\s+end\s+of\s+the\s+(?P<c>period|quarter|half)\b(?!\s+(?:of|in|to)\b)",
    re.I)


def _period_ends(sentence: str, current: str | None) -> list[Mention]:
    """The last day of the ``current`` period where :data:`_PERIOD_END` names its end by its
    grain ("at the quarter end" of a quarter; "at the period end" of any): a report on 2025-H1
    counts "612 at the period end" on 30 June 2025. The end of a period of another grain than
    the report's ("at the half-year end" in a quarter's report), or of a year, is left to the
    words around it."""
    if not current:
        return []
    out = []
    for m in _PERIOD_END.finditer(sentence):
        grain = re.sub(r"[\s-]+", " ", (m.group("a") or m.group("b") or m.group("c")).lower())
        fits = {"quarter": r"\d{4}-Q\d", "half": r"\d{4}-H\d", "half year": r"\d{4}-H\d",
                "period": r"\d{4}-[QH]\d"}[grain]
        if re.fullmatch(fits, current):
            out.append(Mention(m.start(), m.end(), bounds(current)[1].isoformat()))
    return out


def _sentence_periods(sentence: str, spans: list[tuple[int, int, str]], kinds: dict[str, str],
                      current: str | None, today: str | None = None) -> dict[str, str]:
    """Each figure's period in one sentence: ``spans`` say where each figure (by id) stands,
    ``kinds`` which are changes ("change") and which amounts, ``current`` the document's
    period.

    A period dates the figure in its own clause nearest it; one that opens the sentence
    ("In 2024, …") dates every figure the words leave undated; one in a clause of no
    figure ("since records began in 1964") dates none. A relative period ("when sales
    stood at …, compared with the previous quarter") reaches across the clause."""
    from kg.read.ties import CLAUSE, nearest

    year = _year_of(current)
    # a span of years ("1990-2020") dates a document, no single figure of a sentence
    found = [m for m in mentions(sentence, year) if not (m.key and _SPAN.fullmatch(m.key))]
    ends = _period_ends(sentence, current)
    if ends:  # "612 at the period end": the report's period's last day
        found = sorted([m for m in found if not any(e.start < m.end and m.start < e.end
                                                     for e in ends)] + ends,
                       key=lambda x: x.start)
    # the first figure, other than one inside a period's words ("the six months ended 30
    # June 2025": a duration that names the period, not a figure of it)
    first = min((x[0] for x in spans if not any(m.key and m.start <= x[0] and x[1] <= m.end
                                                 for m in found)), default=len(sentence))
    own: dict[str, str] = {}
    based: set[str] = set()  # dated as a comparison's base: never a change's end
    opening: list[str] = []
    earlier_said: str | None = None  # what a "last year" before resolved to
    for m in found:
        if m.step.removeprefix("last-") in _SEASON_ENDS and (
                not today or re.fullmatch(r"\d{4}/\d\d", current or "") or
                _SEASON_ASIDE.search(sentence, 0, m.start)):
            # "last summer's Year 11" in a school year's report is of that school year, not a
            # calendar year; "Because of the campaign launched last spring, the share rises
            # to 12.0%": the season dates the clause's event, not the figures after it
            continue
        if _DEADLINE.search(sentence, max(0, m.start - 60), m.start):
            continue  # "to commit before the end of the phase in March": no figure's period
        key = current if m.step.startswith("now") else m.key
        if key and re.fullmatch(r"\d{4}", key) and _SAME_PART_OF.search(sentence, 0, m.start):
            # "327,410 in the third quarter of 2025, against 318,400 in the same quarter of
            # 2024": the year's part is the one the sentence names, else the text's own
            part = next((x.key for x in found if x.key and x is not m and in_year(x.key, key)),
                        current)
            key = (in_year(part, key) if part else None) or key
        if m.step == "now-year" and not m.base and today and current and \
                re.fullmatch(r"\d{4}/\d\d", current) and today < bounds(current)[0].isoformat():
            # "up from $298.1 million this year" in March 2025, of the 2025/26 budget: a
            # text written before the year it plans for means the year it was written in
            # (one written after its year has ended still calls that year "this year")
            y = int(today[:4]) if int(today[5:7]) >= 4 else int(today[:4]) - 1
            key = f"{y}/{(y + 1) % 100:02d}"
        if key and len(key) == 10 and re.match(r"\s*(?:--|—|–)\s", sentence[m.end:]):
            continue  # "KAMPALA, Aug 20, 2024 -- The union shipped ...": a dateline
        if key and len(key) == 10 and m.end <= first and not _ON_DAY.search(
                sentence, max(0, m.start - 30), m.start):
            # "Issued Wednesday, 23 July 2025 Group revenue reached £412.6 million": a head's
            # day run into the first sentence; a figure's own day is introduced ("On 30 June")
            continue
        if key is not None and m.end <= first and not m.base and (len(key) != 10 or re.search(
                r"\b(?:on|at|as\s+(?:at|of))\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?"
                r"\s+)?(?:the\s+)?$", sentence[max(0, m.start - 30):m.start], re.I)):
            # "In March, arrivals jumped 12.4% to 1,046,300"; "As at 31 March 2025, net debt
            # stood at £4.2m": a day the words give the figures (a stock's), not a span's
            # start ("Since 1 April ...")
            opening.append(key)
            continue
        candidates = [s for s in spans if not (m.base and kinds.get(s[2]) == "change")]
        owner = nearest(sentence, candidates, m.start, m.end)
        if owner is not None and reason_clause(sentence, spans, owner, m.start):
            # "fall to CHF 610'000, because several repairs were completed last year": a
            # period in a clause that gives the reason dates that clause's event, no figure
            continue
        if key is None and not m.step.startswith("now") and owner is not None:
            near = next(s for s in spans if s[2] == owner)
            after = [s for s in candidates if s[0] >= m.end]
            if CLAUSE.search(sentence[min(near[1], m.end):max(near[0], m.start)]) and after:
                # "up 4.1% on the same quarter a year earlier, when they stood at €3.07
                # billion": a step back in a clause of no amount dates the one it introduces
                owner = after[0][2]
        introduced = None
        if key is not None and owner is not None and _OPENS_A_CLAUSE.search(
                sentence, max(0, m.start - 30), m.start):
            # "in Q3 2024 sales were $4.5bn and in H1 2025 they reached $9.1bn": a period a
            # conjunction's "in" sets before its clause dates the figure of that clause, not
            # the one that ends the clause before
            ahead = sorted(s for s in spans if s[0] >= m.end)
            if ahead and not CLAUSE.search(sentence[m.end:ahead[0][0]]) and \
                    not re.search(r"\b(?:and|but|while|whereas|than|from|against)\b",
                                  sentence[m.end:ahead[0][0]], re.I):
                owner = introduced = ahead[0][2]
        if key is not None:  # a period named, or "this year": only in its own clause
            near = owner and next(s for s in spans if s[2] == owner)
            # "4,120 sick, injured or orphaned birds in 2023-24": a list's commas end no clause
            if near and introduced is None and CLAUSE.search(_WORD_LIST.sub("list", sentence[min(near[1], m.end):max(
                    near[0], m.start)])):
                owner = None
            after = sorted(s for s in spans if s[0] >= m.end)
            if after and (kinds.get(after[0][2]) != "change" or _WHEN_LEVEL.fullmatch(
                    sentence[m.end:after[0][0]])) and \
                    _WHEN_CLAUSE.fullmatch(sentence[m.end:after[0][0]]):
                # "grown 4.6% a year since 2020/21, when we taught 19,900", "three times the
                # level of 2018/19, when it brought in £140.5 million": the period dates the
                # amount its "when" clause introduces, a base of the comparison
                owner = introduced = after[0][2]
        elif m.step.startswith("last-") and today:
            # "last year", "last month" count back from when the text was written ("today"),
            # not from the period it reports on: January 2025's "last year" is 2024
            grain = m.step[5:]
            y, mo = int(today[:4]), int(today[5:7])
            if grain in _SEASON_ENDS:
                # "last summer" in a text of October is that year's; in one of July the
                # year's before: the season that ended last before the text was written
                key = f"{y if mo > _SEASON_ENDS[grain] else y - 1}"
            else:
                now = {"year": f"{y}", "month": f"{y}-{mo:02d}",
                       "quarter": f"{y}-Q{(mo - 1) // 3 + 1}"}[grain]
                if grain == "year" and current and re.fullmatch(r"\d{4}/\d\d", current):
                    y = y if mo >= 4 else y - 1  # a text about school or fiscal years counts them
                    now = f"{y}/{(y + 1) % 100:02d}"
                key = back(now, grain)
            earlier_said = earlier_said or key
            if key and m.end <= first and not m.base:
                opening.append(key)  # "Last year we welcomed 2,400 attendees, 20% more ..."
                continue
        else:  # a step back reaches across the clause, from the period the sentence names
            # (a day only where the words introduce it as the figures': "on 1 April 2024")
            named = [x.key for x in found if x.key and (
                not x.base and len(x.key) != 10 or len(x.key) == 10 and x.start < m.start
                and re.search(r"\b(?:on|at|as\s+(?:at|of))\s+$", sentence[:x.start]))]
            # "£4.2m last year, up from £3.9m the year before": back from last year
            start = named[0] if named else earlier_said or current
            key = back(start, m.step.removeprefix("last-")) if start else None
        aside = _BRACKET_AFTER.match(sentence, m.end)
        opened = [x for x in spans if aside and x[0] == aside.end() and
                  sentence[x[0]:x[0] + 1] not in ("+", "-", "\u2212")]  # not a signed change
        if opened and (m.base or m.key is None and not m.step.startswith("now")):
            # "232 more than in the year before (3,690)", "up from 2024 (£1.2m)": a figure in
            # brackets right after a period is that period's, the comparison's base
            owner = introduced = opened[0][2]
        near = owner and next(x for x in spans if x[2] == owner)
        if m.base and near and near[1] <= m.start and _DIFFERENCE_NEXT.match(sentence, near[1]):
            # "€19.10 a month, 70 cents more than a year earlier": the base of a difference
            # whose other amount goes unsaid dates neither it nor anything else
            owner = None
        possessive = _POSSESSIVE.match(sentence, m.end)
        if m.base and near and near[1] <= m.start and not possessive and any(
                kinds.get(x[2]) == "change" and near[1] <= x[0] and x[1] <= m.start
                for x in spans):
            # "1,040 tonnes, or 1.04 million kg, an increase of 4.6% over the previous year":
            # the change stands between, so the base is the change's, and goes unsaid
            owner = None
        if key and possessive:
            # "last year's payment of £300", "from September's 3.4 percent": a period's
            # possessive dates the figure it introduces, not the one before it
            introduced = sorted(x for x in spans if m.end <= x[0] <= m.end + 40
                                and not CLAUSE.search(sentence[m.end:x[0]]))
            if introduced:
                owner = introduced[0][2]
        if owner is not None and owner not in own and key:
            own[owner] = key
            if owner == introduced:
                based.add(owner)
            if m.base or m.key is None and not m.step.startswith("now") and not (
                    m.step.startswith("last-") and today):
                based.add(owner)
        if key and not m.base and re.search(r";\s*$", sentence[:m.start]) and \
                re.match(r"\s*,", sentence[m.end:]):
            # "…; a year earlier, with 204,900 residents, it had been 1.8%": a period that
            # opens a clause after a semicolon dates every figure of that clause, as one
            # that opens the sentence dates the sentence's
            stop = re.compile(r";").search(sentence, m.end)
            stop = stop.start() if stop else len(sentence)
            for x in spans:
                if m.end <= x[0] and x[1] <= stop and x[2] not in own:
                    own[x[2]] = key
                    if m.key is None and not m.step.startswith("now"):
                        based.add(x[2])
    default = opening[0] if opening else current
    dated = {local: own.get(local, default) for _, _, local in spans}
    ordered = sorted(spans)
    ends = _SPAN.fullmatch(current or "")
    for (a0, a1, a), (b0, _, b) in zip(ordered, ordered[1:]):
        # "a margin of 11% to 13% for the full year": a range's two ends are of the period
        # its words name after it (a move "from 11% to 13% in 2024" is not a range)
        if b in own and a not in own and kinds.get(a) == kinds.get(b) and \
                re.fullmatch(r"\s*(?:to|-|–|and)\s*", sentence[a1:b0]) and \
                not re.search(r"\bfrom\s+$", sentence[max(0, a0 - 20):a0]) and \
                not re.search(r"\b(?:rose|fell|grew|climbed|dropped|increased|decreased|went|"
                              r"moved|jumped|slipped)\b", sentence[max(0, a0 - 60):a0]):
            dated[a] = own[a] = dated[b]
    for (a0, a1, a), (b0, _, b) in zip(ordered, ordered[1:]):
        # a study of a span of years ("2014-2024"): "commutes grew from about 184,000 to
        # 392,000", "fell from 4.2 to 2.6 per million", where the words name no period of
        # either, run from the span's first year to its last
        if ends and a not in own and b not in own and kinds.get(a) == kinds.get(b) and \
                _FROM_BEFORE.search(sentence, max(0, a0 - 30), a0) and \
                _TO_BETWEEN.fullmatch(sentence[a1:b0]) and not _SPANNED_FROM.search(sentence):
            dated[a], dated[b] = ends.group(1), ends.group(2)
            based.add(a)
            own[a], own[b] = dated[a], dated[b]
    for (a0, a1, a), (b0, _, b) in zip(ordered, ordered[1:]):
        # "the margin widened to 23.0% from 21.2%", "rises to 1.12% of assessed value from
        # 1.08%": the figure it moved from is the year's before, where the words name no
        # period of its own and the year is a whole one, or a half, which is set against
        # the same half a year before ("the interim margin widened to 9.1% from 7.7%" is
        # H1 2024's 7.7%); a quarter's "from" is the same quarter a year before, as a
        # quarter's report sets its figures against, unless the words say it is the quarter
        # before ("sequentially", "from the previous quarter"); "since 2018" or "over ten
        # years" spans many; "reached 71.4% of trips, up from 66.9%" is the same move
        if b in own or a in based or kinds.get(a) != kinds.get(b) or not dated.get(a) or \
                not re.fullmatch(r"(?:FY)?\d{4}(?:-H[12]|-Q[1-4])?|\d{4}/\d\d", dated[a]) or \
                "-Q" in dated[a] and _QUARTER_BEFORE.search(sentence) or \
                not (_MOVED_TO.search(sentence, max(0, a0 - 40), a0) and _FROM_NEXT.fullmatch(
                    sentence[a1:b0]) or _UP_FROM.fullmatch(sentence[a1:b0])) or \
                _SPANNED.search(sentence):
            continue
        earlier = back(dated[a], "year")
        if earlier:
            dated[b] = earlier
            based.add(b)
            own[b] = earlier  # a rate moved from ("to 38.3 percent from 32.8 percent")
    for (a0, a1, a), (c0, c1, c), (b0, _, b) in zip(ordered, ordered[1:], ordered[2:]):
        # the change written between the two: "revenue totalled NOK 7.86 billion, up 9.2
        # percent from NOK 7.20 billion", "a margin of 15.1%, up 0.4 percentage points from
        # 14.7%": the figure it changed from is the same part of the year before, as for
        # "to 23.0% from 21.2%" above
        if b in own or a in based or kinds.get(a) != kinds.get(b) or \
                kinds.get(c) != "change" or not dated.get(a) or \
                not re.fullmatch(r"(?:FY)?\d{4}(?:-H[12]|-Q[1-4])?|\d{4}/\d\d", dated[a]) or \
                "-Q" in dated[a] and _QUARTER_BEFORE.search(sentence) or \
                not _CHANGE_BETWEEN.fullmatch(sentence[a1:c0]) or \
                not _CHANGED_FROM.fullmatch(sentence[c1:b0]) or _SPANNED.search(sentence):
            continue
        earlier = back(dated[a], "year")
        if earlier:
            dated[b] = own[b] = earlier
            based.add(b)
    for (a0, a1, a), (b0, _, b) in zip(ordered, ordered[1:]):
        # the same move written the other way round: "the average bill will go up from £478
        # to £521", "the margin improved from 39.5% to 40.3%": the figure it moved from is
        # the year's before the one it moved to, where the words name no period of either
        if a in own or b in own or kinds.get(a) != kinds.get(b) or not dated.get(b) or \
                not re.fullmatch(r"(?:FY)?\d{4}(?:-H[12]|-Q[1-4])?|\d{4}/\d\d", dated[b]) or \
                "-Q" in dated[b] and _QUARTER_BEFORE.search(sentence) or \
                not _MOVED_FROM.search(sentence, max(0, a0 - 60), a0) or \
                not _TO_BETWEEN.fullmatch(sentence[a1:b0]) or _SPANNED.search(sentence) or \
                _SPANNED_FROM.search(sentence):
            continue
        earlier = back(dated[b], "year")
        if earlier:
            dated[a] = own[a] = earlier
            based.add(a)
    # a change the words leave undated is dated by its end: "from 18.4 percent in 2013 to
    # 57.9 percent in 2023, an increase of 39.5 points" is 2023's
    ends = [dated[local] for _, _, local in spans if kinds.get(local) != "change"
            and local not in based and dated[local]]
    # "The pass rate was 48.2% in 2023-24, compared with 47.9% in 2022-23, an increase of
    # 0.3 percentage points": where only rates are dated, by two periods or more, the
    # change is between them, so its end is the latest (a rate dated by one period alone,
    # "78.0%, against 76.0% in Q3 2023", may be the base: its period is no end)
    rated = {own[local] for _, _, local in spans if local in own and local not in based}
    if not ends and len(rated) > 1:
        ends = list(rated)
    latest = max(ends, key=_order) if ends else default
    for _, _, local in spans:
        if kinds.get(local) == "change" and local not in own:
            dated[local] = latest
    return {local: key for local, key in dated.items() if key}


def _order(key: str) -> tuple:
    """A period's place in time, for the latest of several."""
    try:
        return bounds(key)[1], key
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", key)
    fiscal = re.fullmatch(r"FY(\d{4})(?:-([QH])(\d))?", key)
    if fiscal:  # ordered as the calendar period of its number: good enough for "the latest"
        y, part = int(fiscal.group(1)), fiscal.group(2)
        month = 12 if not part else int(fiscal.group(3)) * (3 if part == "Q" else 6)
        return dt.date(y, month, calendar.monthrange(y, month)[1]), key
    if not m:
        return dt.date.min, key
    y, mo = int(m.group(1)), int(m.group(2) or 12)
    return dt.date(y, mo, int(m.group(3) or calendar.monthrange(y, mo)[1])), key


#: a row's or column's label that names a quarter or half but no year: "Q1 (Jan-Mar)", "H2"
_BARE_PART = re.compile(r"\s*(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|"
                        r"H([12])|(first|second)\s+half)\b(?!\s*(?:of\s+)?(?:fiscal\s+|FY\s?)?"
                        r"(?:19|20)\d\d)", re.I)


#: a day a table's caption names without its year, at which its columns' years stand:
#: "1 April", "at 31 March", "as of June 30"; not the end of a span ("year to 31 March",
#: "six months ended 30 June"), which is no day's value
_CAPTION_DAY = re.compile(
    rf"(?<!\bto)(?<!\bended)(?<!\bending)(?<!\buntil)(?<!\bthrough)(?<!\bfrom)(?<![-–])\s+"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}|May)|(?P<m2>{_MONTH}|May)\.?\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:to|-|–)\s*\d)",
    re.I)


#: a year in a caption that is no period of the cells: an index's base ("(2020 = 100)") and
#: a day's year ("year to 30 June 2026", "as at 31 March 2025"), which says when a period
#: ends or a stock is counted, not which year the cells are of
_NO_CAPTION_PERIOD = re.compile(
    r"\(?\s*(?:base(?:\s+year)?:?\s*)?(?:18|19|20)\d\d(?:\s*[/-]\s*\d\d)?\s*=\s*100\s*\)?|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH}|May)\.?,?\s+(?:18|19|20)\d\d\b|"
    rf"\b(?:{_MONTH}|May)\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d\b", re.I)


#: a day with its year at which a table's caption counts its cells, where its columns and rows
#: name no period: "Patients waiting, 30 September 2025", "Members at 31 March 2026", "as of
#: June 30, 2025"; not the end of a span ("year to 31 March 2026", "six months ended 30 June
#: 2025", "1 April to 30 September 2025") nor the day a table was issued
_CAPTION_COUNTED_DAY = re.compile(
    rf"(?<!\bto)(?<!\bended)(?<!\bending)(?<!\buntil)(?<!\bthrough)(?<!\bfrom)(?<!\band)"
    rf"(?<!\bsince)(?<!\bpublished)(?<!\bupdated)(?<!\breleased)(?<!\bissued)(?<![-–])"
    rf"(?:\s+|,\s*|^)"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}|May)\.?,?|(?P<m2>{_MONTH}|May)\.?\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:to|-|–|and)\s*\d)",
    re.I)


def counted_day(words: str) -> str | None:
    """The one day :data:`_CAPTION_COUNTED_DAY` finds in a table's ``words``, as ISO."""
    days = set()
    for day in _CAPTION_COUNTED_DAY.finditer(words):
        d, mo = day.group("d1") or day.group("d2"), day.group("m1") or day.group("m2")
        try:
            days.add(dt.date(int(day.group("y")), _MONTHS[mo.lower().rstrip(".")],
                             int(d)).isoformat())
        except ValueError:
            return None
    return days.pop() if len(days) == 1 else None


def caption_own_period(caption: str, period: str | None) -> str | None:
    """The caption's ``period`` where the caption names it as the cells' own: not an
    index's base year nor the year of a day it names."""
    from kg.read.tables import caption_period

    if period and caption_period(_NO_CAPTION_PERIOD.sub(" ", caption)) == period:
        return period
    return None


def cell_period(column: str | None, row: str, current: str | None, words: str = "",
                own: str | None = None) -> str | None:
    """A table cell's period: its column's and its row's ("2024" and "March": 2024-03). A
    year's column in a table whose own ``words`` say "three months" (or "six months") is
    that year's quarter (or half) of the document's period. A cell whose column and row name
    none is of the table's ``own`` period, its caption's ("League table 2025/26"), before
    the document's."""
    year = _year_of(current)
    # "Change on 2025/26", "% change since 2019": the column's period is the base its change
    # is measured from, which dates no cell of it (a day's "Stock on 31 March" is its own)
    col = [m.key for m in mentions(column or "", year) if m.key and not _SPAN.fullmatch(m.key)
           and not (m.base and len(m.key) != 10)]
    month = re.fullmatch(rf"\s*({_MONTH}|May)\.?\s*", row, re.I)
    if month and col and re.fullmatch(r"\d{4}", col[0]):
        return f"{col[0]}-{_MONTHS[month.group(1).lower()]:02d}"
    # "Q1" in a row under "2023", or a "Q1" column of a table about 2023: 2023-Q1
    part_row, part_col = _BARE_PART.match(row), _BARE_PART.match(column or "")
    whole = col[0] if col and re.fullmatch(r"(?:FY)?\d{4}", col[0]) else None
    if part_row and (whole or not col) or part_col and not col:
        grain = part_row or part_col
        y = whole if part_row and whole else next(
            (k for k in (m.key for m in mentions(row if part_col else "", year) if m.key)
             if re.fullmatch(r"(?:FY)?\d{4}", k)), year)
        if y:
            n = grain.group(1) or grain.group(2) or grain.group(3) or grain.group(4)
            n = _ORDINAL.get(n.lower(), n)
            return f"{y}-{'Q' if grain.group(1) or grain.group(2) else 'H'}{n}"
    within = [m.key for m in mentions(row, col[0] if col else year) if m.key]
    if col and re.fullmatch(r"\d{4}", col[0]) and within and \
            re.fullmatch(r"\d{4}-[QH]\d", within[0]):  # "Jan-Jun" under "2024": 2024-H1
        return f"{col[0]}{within[0][4:]}"
    day = _CAPTION_DAY.search(words)
    if col and re.fullmatch(r"\d{4}", col[0]) and day and not _SPAN.search(words):
        # "Prices on 1 April (pence)" over "2024 | 2023": each column is that day of its year
        d, mo = day.group("d1") or day.group("d2"), day.group("m1") or day.group("m2")
        try:
            return dt.date(int(col[0]), _MONTHS[mo.lower()], int(d)).isoformat()
        except ValueError:
            pass
    part = re.fullmatch(r"\d{4}-([QH]\d)", current or "")
    if col and re.fullmatch(r"\d{4}", col[0]) and part and (
            (part.group(1)[0] == "Q" and re.search(r"\bthree\s+months\b|\bquarter", words, re.I))
            or (part.group(1)[0] == "H" and re.search(r"\bsix\s+months\b|\bhalf", words, re.I))):
        return f"{col[0]}-{part.group(1)}"
    rows = [m.key for m in mentions(row, (_year_of(col[0]) if col else year)) if m.key and
            len(m.key) != 10 and not _SPAN.fullmatch(m.key)]
    if not col and not rows and not _SPAN.search(words) and (counted := counted_day(words)):
        # "Patients waiting, 30 September 2025" over "Hospital | Waiting | Over 18 weeks":
        # the cells are counted on that day, not over the quarter the report is about
        return counted
    return (col or rows or [own or current])[0]


def turtle(key: str) -> tuple[str, str]:
    """(the object of ``dcterms:temporal``, the Turtle that defines it, or "")."""
    if re.fullmatch(r"\d{4}", key):
        return f'"{key}"^^xsd:gYear', ""
    if re.fullmatch(r"\d{4}-\d\d", key):
        return f'"{key}"^^xsd:gYearMonth', ""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", key):
        return f'"{key}"^^xsd:date', ""
    iri = "ent:period-" + key.replace("/", "-")
    if key.startswith("FY"):  # a company's fiscal year: its months are the company's
        return iri, f'{iri} a dcterms:PeriodOfTime ; rdfs:label "{key}" .\n'
    start, end = bounds(key)
    return iri, (f'{iri} a dcterms:PeriodOfTime ; rdfs:label "{key}" ;\n'
                 f'    schema:startDate "{start}"^^xsd:date ; schema:endDate "{end}"^^xsd:date .\n')


def bounds(key: str) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter, a half or a fiscal year (April to March)."""
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", key)
    if m:
        y, n = int(m.group(1)), int(m.group(3))
        months = 3 if m.group(2) == "Q" else 6
        first = (n - 1) * months + 1
        last = first + months - 1
        return dt.date(y, first, 1), dt.date(y, last, calendar.monthrange(y, last)[1])
    m = re.fullmatch(r"(\d{4})/(\d\d)", key)
    if m:
        y = int(m.group(1))
        return dt.date(y, 4, 1), dt.date(y + 1, 3, 31)
    m = _MONTH_RUN.fullmatch(key)
    if m:  # a run of whole months
        y, last = int(m.group(3)), int(m.group(4))
        return (dt.date(int(m.group(1)), int(m.group(2)), 1),
                dt.date(y, last, calendar.monthrange(y, last)[1]))
    m = _SPAN.fullmatch(key)
    if m:  # a span of whole years
        return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31)
    raise ValueError(f"no period: {key!r}")
