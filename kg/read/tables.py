"""Tables in extracted text: found, split into cells, and read as figures and relations.

Every extractor leaves a table as lines of cells, either pipe rows (``| Q1 | 60.1 |``, from
Markdown, web pages and ruled PDF tables) or columns aligned with spaces (plain text, and
PDF tables without rules). A table is a header line and two or more rows whose cells after
the first are numbers; the lines just above it that name it (``Table 1. Retail sales``,
``(millions of dollars)``) are its caption, which gives the scale and unit of its cells.

>>> text = '''Table 1. Sales (millions of dollars)
...
...   Region      2023     2024   % change
...   North      4,020    4,215        4.9
...   South      5,311    5,468        3.0
...   Total      9,331    9,683        3.8
... '''
>>> t = find_tables(text)[0]
>>> (t.scale, t.unit, [c.header for c in t.columns])
(6, 'USD', ['2023', '2024', '% change'])
>>> [(r.label, [c.text for c in r.cells if c]) for r in t.rows][-1]
('Total', ['9,331', '9,683', '3.8'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache

from kg.numbers import (_LOCAL_SIGNS, _RAND, AFTER_NUMBER_WORDS, CURRENCIES, ONES,
                        POINT_GROUPED, TENS, QuoteNumberError, UNIT_WORDS, parse_quantity,
                        point_thousands, unit_named)

#: a number as a cell writes it: "4,020", "-2.3", "−0.4", "(1.2)", "12.5%", "$4.1", and in
#: Indian grouping (two digits a group before the last three) "1,28,635"
#: ("US$45", "NZ$12.50": a dollar its country's letters name, the cell's own currency; so
#: is a currency's code or another sign: "CHF 554.25", "₺26,205.00", "Rs 1,250", "R$ 48.90")
_NUMBER = re.compile(r"^(?P<sign>[-+−–])?\s*(?P<cur>(?-i:US|A|AU|C|CA|NZ|HK|S|R|NT)?\$|"
                     r"[€£¥₹₩₦₡₱₪₫₴₺₽₲₵₸]|(?-i:Rs)\.?\s?|(?-i:"
                     + "|".join(sorted(CURRENCIES - {"ALL", "TOP", "CUP", "MAD", "SOS", "PEN",
                                                     "TRY", "BOB"})) + r")\s?)?\s*"
                     r"(?P<digits>\d{1,2}(?:,\d{2})+,\d{3}"
                     r"(?:\.\d+)?|\d{1,3}(?:,\d{3})+"
                     r"(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?:(?P<pct>%)|(?P<pts>pts?\.?|pp|p\.p\.|"
                     r"ppts?|points?|(?P<bps>bps?|basis\s+points?)))?$", re.I)
_RULE = re.compile(r"^[\s\-=_–—+|:]+$")
#: cells separated by two or more spaces, or by a tab
#: what parts a row's cells: tabs, a wide gap, or a leader of dots ("Health ..... 32.8")
_GAP = re.compile(r"\t+| ?\.{4,} ?| {2,}")
_LEADER = re.compile(r"\S ?\.{4,} ?\S")
_SCALES = (("trillion", 12), ("billion", 9), ("million", 6), ("thousand", 3), ("'000", 3),
           ("000s", 3), ("000's", 3), ("bn", 9), ("mn", 6), ("mln", 6),
           # South Asia's: "(₹ lakh)", "(Rs crore)", "lakh litres"
           # ("₹ lakh crore": a lakh of crores, as Indian budgets head their totals)
           ("lakh crore", 12), ("crore", 7), ("lakh", 5))
#: a scale written short beside a currency in brackets: "(GBP m)", "($m)", "(€ m)", "(£000)"
#: ("$'000", "£’000": thousands marked off by an apostrophe, as accounts head them)
_SHORT_SCALE = re.compile(r"(?:[$€£¥]|\b(?:" + "|".join(sorted(CURRENCIES)) + r"))\s?(m|k|['’]?000)"
                          r"(?![\w'])", re.I)
#: a currency's code with its scale glued before or after it, as European accounts head
#: their columns: "(EURm)", "USDm", "SEKbn", "(MEUR)", "MSEK", "(kEUR)", "TEUR" (thousands);
#: or with a thousand or a million written in digits after it: "(NOK 1,000)", "(in CHF 1 000)"
_GLUED_CODES = "eur|usd|gbp|sek|nok|dkk|chf|isk|pln|czk|huf|jpy|cny|inr|aud|cad|nzd|zar|hkd|" \
    "sgd|kes|ngn|brl|mxn"
_CODE_SCALE = re.compile(r"(?<![a-z])(?:(?P<pre>k|t|m)(?P<code1>" + _GLUED_CODES + r")|"
                         r"(?P<code2>" + _GLUED_CODES + r")(?P<post>m|mn|bn|k))(?![a-z])"
                         r"|(?:\(|\bin\s)\s*(?P<code3>" + _GLUED_CODES + r")\s?(?P<digits>1[ ,.’'\u00a0]?000"
                         r"(?:[ ,.’'\u00a0]?000)?)(?![\d,.])")
#: the scale abbreviations of German, Nordic and French heads: "(Mio. €)", "Mrd. EUR",
#: "(NOK mill.)", "DKK mia.", "(M€)", "Md€" (of a head in lower case)
_EUROPEAN_SCALE = re.compile(r"(?<![a-z])(?:(?P<million>mio\b\.?|mill\.|m(?=\s?€))|"
                             r"(?P<billion>mrd\b\.?|mia\.|mds?(?=\s?€)))")
#: the units a caption may name ("(NOK million)", "thousands of tonnes"), from the number
#: parser's own words, longest first; a currency before any other unit; no word of one or
#: two letters, which captions use for other things ("rs", "m")
#: energy in words ("billions of kilowatt-hours") names a unit in a caption; the other words
#: the parser reads only after a number ("by month", "Sierra Leone") do not
_ENERGY_WORDS = {form: c for w, c in AFTER_NUMBER_WORDS.items() if c in ("KWH", "MWH", "GWH", "TWH")
                 for form in (w, w.replace(" ", "-"))}
#: so do a yield's, a port's, a grid's and a vineyard's units: "(t C/ha)", "(thousand TEU)",
#: "(gCO2/kWh)", "(thousand hectolitres)"
_ENERGY_WORDS |= {w: c for w, c in AFTER_NUMBER_WORDS.items() if c in ("T/HA", "TEU", "GCO2/KWH", "HL")
                  and len(w) > 2}
_CAPTION_UNITS = tuple(
    (w, c) for currency in (True, False)
    for w, c in sorted((UNIT_WORDS | _ENERGY_WORDS).items(), key=lambda p: -len(p[0]))
    if (c in CURRENCIES) == currency and c not in ("PERCENT", "PERCENT_POINT", "PERMILLE", "YEAR")
    and (len(w) > 2 or not w.replace(".", "").isalpha()) and w != "rs.")
#: a change a period, compounded: "Average annual growth (%)", "CAGR", "Growth p.a."
GROWTH_RATE_HEADER = re.compile(r"\bCAGR\b|\bcompound(?:ed)?\b|\baverage\s+annual\b|"
                                r"\bannual\s+average\b|\bannuali[sz]ed\b|\bp\.\s?a\.|"
                                r"\bper\s+(?:year|annum)\b|\ba\s+year\b", re.I)
CHANGE_HEADER = re.compile(r"(?<!ex)chang|growth|%\s*ch|\bchg\b|\by/y\b|\byoy\b|year[- ]on[- ]year|"
                           r"\bvar", re.I)
#: (never "point" inside a hyphened name: "Point-to-point", "End-point", "Point-of-sale")
POINTS_HEADER = re.compile(r"\bp\.?p\.?\b|percentage[- ]points?|(?<![\w-])points?(?![\w-])",
                           re.I)
SHARE_HEADER = re.compile(r"share|% of|percent of|per cent of|proportion|of total", re.I)
#: a head whose cells are percentages though they write no % sign: "Unemployment rate",
#: "EBIT margin (%)", "% funded"; an exchange rate or a rate per 1,000 is not one
PERCENT_HEADER = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\brates?\b|\bmargins?\b", re.I)
NOT_PERCENT = re.compile(r"exchange|\bper (?:\d|thousand|hundred|capita|head|hour|person)|"
                         r"\brate of exchange", re.I)
#: a saving: what one price leaves below another ("You save", "Saving"); never "Savings",
#: which is money put by, a level of its own
SAVING_HEADER = re.compile(r"\b(?:you\s+save|save[sd]?|saving)\b", re.I)
#: a departure from a normal: "Anomaly" beside "Mean temp." and "Normal temp."
ANOMALY_HEADER = re.compile(r"\b(?:anomal(?:y|ies)|departures?|deviations?)\b", re.I)
#: the normal an anomaly departs from
NORMAL_HEADER = re.compile(r"\b(?:normals?|baselines?|long[- ]term|climatolog\w*|expected)\b",
                           re.I)
#: a column that is what one column leaves of another: required less funded, list price
#: less the price paid, the year's mean less its normal
GAP_HEADER = re.compile(r"\b(?:gap|shortfall|remaining|unmet|balance|outstanding|unfunded|"
                        r"unspent|deficit)\b|" + SAVING_HEADER.pattern + "|" +
                        ANOMALY_HEADER.pattern, re.I)
#: a head that counts people or things, not money, whatever the caption's currency
COUNT_HEADER = re.compile(r"\b(?:employees|staff|headcount|people|persons|members|customers|"
                          r"passengers|visitors|students|households|respondents|sample|"
                          r"observations|patients|participants|FTEs?|number of|no\. of|"
                          r"shares|homes|dwellings|households|plots|sites|farms|firms|"
                          r"schools|hospitals|cases|obs\.?|count|sample size)\b|^\s*n\s*$", re.I)
#: a month's name, so that "Jan–Dec" is a year's total and "Boat-shed rental" is not
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: "All other divisions" is what the rows above leave, no total
_ALL_BUT = r"all\b(?!\s+(?:other|others|remaining|else)\b)"
#: "Combined" alone or before "total" sums the rows; "Combined science", "Combined heat and
#: power" name one thing among the rows
#: "Whole", "Whole year", "Whole of Wales", "Whole economy" sum the rows; "Whole milk
#: powder", "Wholesale" name one thing among them
_WHOLE = r"whole\b(?!\s+(?!(?:of|year|period|economy|country|sample|population|totals?)\b)[a-z])"
#: "Annual" alone, "Annual total" and "Annual (Jan–Dec)" sum the year's rows; "Annual
#: licences", "Annual (salmon & sea trout)" name one product among them
_ANNUAL = r"annual\b(?!\s+(?!(?:totals?|figures?|sum)\b)[a-z])(?!\s*\((?-i:[a-z]))"
TOTAL_LABEL = re.compile(r"^\s*(?:total|" + _ALL_BUT + r"|overall|sum\b|"
                         r"combined\b(?!\s+(?!totals?\b)[a-z])|grand total|"
                         + _WHOLE + r"|group\b(?!\s+(?!(?:total|revenue|sales|turnover|profit|income|result|ebit\w*|net|operating|consolidated|expenditure|spending|costs?|level|figures?)\b)[a-z])|year\b(?!\s*\d)|full[- ]year|"
                         + _ANNUAL + r"|" + _MONTHS + r"\s*[-–]\s*" + _MONTHS + r")|"
                         # "Eastmark total", "Q2 total", "Region totals:"
                         r"\btotals?\s*[:*†]?\s*$", re.I)
#: a subtotal, and a row that is part of the row above ("of which: online"), which a total
#: adds up no more; an average, a rate or a stock at a date is no total, whatever its first
#: word ("Annual average", "Year-end staff")
SUBTOTAL_LABEL = re.compile(r"^\s*sub[- ]?total", re.I)
PART_OF_ABOVE = re.compile(r"^\s*(?:of which|thereof|incl(?:uding|\.)|memo\b|o/w\b)", re.I)
_NOT_TOTAL = re.compile(r"average|\bmean\b|median|\bper\b|\brate\b|%|year[- ]end|"
                        r"\b(?:end|start(?!-up)|opening|closing)\b|\bper ?cent|\bshare\b|"
                        r"\bproportion\b", re.I)


def adds_up(label: str) -> bool:
    """Whether a row's figures are amounts a total adds up: not an average, a rate, a
    stock at a date, nor a part of the row above. A rate a row is charged at ("Indirect
    costs (10%)") says how the amount was reckoned, not that it is a rate."""
    label = _RATE_NOTE.sub(" ", label)
    return not _NOT_TOTAL.search(label) and not PART_OF_ABOVE.match(label)


#: an amount before the tax a total adds to it: "Price excluding VAT", "Net of GST",
#: "Bill before VAT" ("Profit before tax" is a result, no sum of a bill's lines)
_BEFORE_TAX = re.compile(r"\b(?:excluding|excl\.?|ex\.?|before|net\s+of|pre-?)\s*"
                         r"(?:VAT|GST|HST|sales\s+tax(?:es)?)\b", re.I)


def is_subtotal(row: Row) -> bool:
    """Whether a total row adds up part of what a total below it adds up: "Subtotal",
    "Price excluding VAT" over "VAT" and the total."""
    return bool(SUBTOTAL_LABEL.match(row.label) or _BEFORE_TAX.search(row.label))


def breakdowns(table: Table) -> dict[int, list[int]]:
    """The rows set in under a row, each the row it breaks down ("Revenue" over "  Print",
    "  Digital", "  Rights"): the layout says they make it up, as a total's label would.
    Only the rows one step in are its parts (a row further in breaks down the one above
    it), two or more of them, every one an amount: a rate or an average set in under an
    amount ("  of which: average fee") is no breakdown, and the row is read as none."""
    rows, out = table.rows, {}
    for r, row in enumerate(rows):
        if not row.label.strip() or row.kind != "value" or _NOT_TOTAL.search(row.label):
            continue
        under = []
        for k in range(r + 1, len(rows)):
            if not rows[k].label.strip() or rows[k].indent <= row.indent:
                break
            under.append(k)
        if not under:
            continue
        step = min(rows[k].indent for k in under)
        parts = [k for k in under if rows[k].indent == step]
        if len(parts) >= 2 and all(
                rows[k].kind == "value" and not rows[k].total and
                not _NOT_TOTAL.search(_RATE_NOTE.sub(" ", rows[k].label)) for k in parts):
            out[r] = parts
    return out


#: a span of months ("Jan–Mar", "Jul–Dec 2024"), and one month alone ("March", "Apr")
_MONTH_SPAN = re.compile(r"^\s*" + _MONTHS + r"\s*[-–]\s*" + _MONTHS, re.I)
_ONE_MONTH = re.compile(r"^\s*" + _MONTHS + r"(?!\s*[-–]\s*[a-z])", re.I)


def _month_spans(table: Table) -> None:
    """A row labelled by a span of months totals the single months above it ("Jan–Dec"
    under "January" … "December"); over no single month it is one period of a series
    ("Jan–Mar", "Apr–Jun", … above "Year"), a part of the total below, none itself."""
    since: list[Row] = []
    for row in table.rows:
        if row.total and _MONTH_SPAN.match(row.label):
            row.total = any(_ONE_MONTH.match(r.label) for r in since)
        since = [] if row.total else since + [row]


def _total_label(label: str) -> bool:
    return bool(TOTAL_LABEL.search(label) or SUBTOTAL_LABEL.match(label)) and \
        not _NOT_TOTAL.search(label)


#: a column that adds up the columns beside it: "Total", "All", "Year" after four quarters;
#: in labour statistics the labour force (employed and unemployed) and "Persons" (men and
#: women) are such totals
TOTAL_HEADER = re.compile(r"^\s*(?:total|" + _ALL_BUT + r"|overall|combined|year\b|full[- ]year|"
                          r"persons\b|both sexes|labou?r force\b)", re.I)
#: "Both bridges": a total of the two columns just before it, and of no others
_BOTH = re.compile(r"^\s*both\b", re.I)

@dataclass
class Cell:
    text: str
    start: int  # offsets in the whole text
    end: int
    value: Decimal | None
    percent: bool = False  # the cell writes a % sign
    noted: bool = False  # a footnote's mark stands after it ("85,000*"): a note qualifies it
    points: bool = False  # written in percentage points: "+0.7 pts"


@dataclass
class Column:
    header: str
    kind: str = "value"  # value | change | growth | diff | points | share | percent | gap
    count: bool = False  # the head names people or things counted: never money
    scale: int | None = None  # the head's own scale and unit: "Diluted shares (millions)"
    unit: str | None = None
    total: bool = False  # the head says the column adds up the columns beside it
    #: a change column whose head and cells say neither percent nor an amount ("Change"
    #: over "+4.5"): what the rows' own figures show decides, else it is read as nothing
    unsure: bool = False


@dataclass
class Row:
    label: str
    line: str  # the row as the text writes it (a claim's quote)
    start: int
    cells: list[Cell | None]  # one per column, None where the row leaves it empty
    total: bool = False
    kind: str = "value"  # what the label says its cells are: value | change | points | percent
    bold: bool = False  # the document sets the label in bold
    count: bool = False
    scale: int | None = None
    unit: str | None = None
    #: how far the label stands in from the table's edge: rows set further in under a row
    #: are its breakdown ("Revenue" over "  Print", "  Digital")
    indent: int = 0


@dataclass
class Table:
    caption: str
    columns: list[Column]
    rows: list[Row]
    start: int
    end: int
    caption_start: int = -1
    scale: int = 0
    unit: str | None = None  # a unit code of the vocabulary, or None for counts
    unit_words: str = ""  # the caption's words that gave scale and unit
    header_line: str = ""
    notes: list[str] = field(default_factory=list)
    period: str | None = None  # the period the caption names: "second quarter 2024"
    #: the caption says each amount is a mean, a median or a price of its row's members
    #: ("Mean stock per plot", "Average price by type"): a total row is their mean, no sum
    mean: bool = False
    #: the caption says the rows are the parts one amount is made of ("Components of the
    #: average price (cents per kWh)"): a total row adds them up, a mean or a rate as it is
    components: bool = False


def _lines(text: str) -> list[tuple[int, str]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


#: a footnote's mark after a cell's number: "85,000*", "1,204†"
_MARK = re.compile(r"(?<=[\d%)])\s*(?:[*†‡§]+|\[[a-z]\]|\([a-z]\))$")
#: a unit head, not a number: "£000", "$'000", "000s"
_SCALE_HEAD = re.compile(r"^[$€£¥]?\s*'?000'?s?$")


def singular(word: str) -> str:
    """A word as one of its things, by its ending alone, lower case: "colonies" -> "colony",
    "members" -> "member", "losses" -> "loss". The one rule every reader that likens a
    label's words to a sentence's uses, so that the two sides end alike; it is also handed
    words already singular, so a singular noun's own "s" stays: "class", "bonus",
    "analysis", and a word of three letters ("bus", "gas"). The ``inflect`` package reads
    plurals better ("bonuses") but cuts singulars ("bonus" -> "bonu"), takes some 50 µs a
    word against this rule's one and brings three more packages."""
    word = word.lower()
    if len(word) < 4 or not word.endswith("s") or word.endswith(("us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("sses"):
        return word[:-2]  # "classes", "businesses": the "-ss" noun's own ending stays
    return word if word.endswith("ss") else word[:-1]


def in_points(text: str) -> bool:
    """Whether a cell writes its number in percentage points: "+0.7 pts", "-1.2pp"."""
    m = _NUMBER.match(_point_decimal(unmarked(text)).strip("()"))
    return bool(m and m.group("pts"))


def _point_decimal(text: str) -> str:
    """In a document that writes decimal commas, a cell's number as a point writes it
    ("1 400,5" -> "1400.5", "5,8%" -> "5.8%"); else the text as it is."""
    from kg.numbers import _DECIMAL_COMMA, _DECIMAL_COMMA_NUMBER, _SPACE_GROUPED, _SPACE_THOUSANDS
    # "1'862", and "66 448" where the document groups thousands by a space: one number
    text = re.sub(r"(?<![\w.,])\d{1,3}(?:['’]\d{3})+(?!\d|['’]\d)",
                  lambda m: re.sub(r"['’]", "", m.group(0)), text)
    # (a document that writes decimal commas groups its thousands so too: "10 000")
    if _SPACE_THOUSANDS.get() or _DECIMAL_COMMA.get():
        text = re.sub(r"(?:(?<![\w.,])|(?<=(?<![\w.])R))" + _SPACE_GROUPED,
                      lambda m: re.sub(r"\s", "", m.group(0)), text)
    if not _DECIMAL_COMMA.get():
        return text
    text = re.sub(r"(?<![\w.,])" + _DECIMAL_COMMA_NUMBER, lambda m: re.sub(
        r"[ .\u00a0\u202f]", "", m.group(0)).replace(",", "."), text)
    # "8.655" where the document groups its thousands with a point: 8655
    return re.sub(POINT_GROUPED, lambda m: m.group(0).replace(".", ""), text) \
        if point_thousands() else text


#: a spread or a share in brackets after a cell's number, as a trial's table writes its
#: means and counts: "312.4 (38.1)" (mean and SD), "41 (32.8%)" (n and %), "6.1 (SD 2.0)"
_SPREAD = re.compile(r"(?<=\d)\s+\((?:(?:SD|SE|s\.?d\.?|±)\s*)?\d[\d,]*(?:\.\d+)?\s*%?\)$")


def unmarked(text: str) -> str:
    """A cell's number without the footnote mark after it: "85,000*" -> "85,000"; nor the
    spread in brackets a mean's cell gives after it: "312.4 (38.1)" -> "312.4"."""
    if not re.search(r"\d", text):
        return text.strip()
    return _SPREAD.sub("", _MARK.sub("", text.strip()))


def number(text: str) -> tuple[Decimal, bool] | None:
    """A cell's number and whether it writes a percent sign; None for words and blanks, and
    for a unit head ("£000": thousands of pounds)."""
    t = _point_decimal(unmarked(text))
    if _SCALE_HEAD.match(t.strip("()")):
        return None
    if t.startswith("(") and t.endswith(")%"):  # "(2.8)%": an accounting negative, in percent
        t = t[:-2] + "%)"
    negative = t.startswith("(") and t.endswith(")")
    if negative:
        t = t[1:-1]
    m = _NUMBER.match(t)
    if not m:
        return None
    try:
        value = Decimal(m.group("digits").replace(",", ""))
    except InvalidOperation:
        return None
    if m.group("bps"):  # "+100 bps": basis points, hundredths of a percentage point
        value = value / 100
    if negative or (m.group("sign") or "") in "-−–" and m.group("sign"):
        value = -value
    return value, bool(m.group("pct"))


def _split(line: str, base: int, grouped: bool = True) -> list[tuple[str, int, int]]:
    """A row's cells with their offsets: pipe-separated, or separated by wide gaps."""
    cells = []
    stripped = line.strip()
    if stripped.startswith("|"):
        inner_from = line.index("|") + 1
        inner_to = line.rstrip().rstrip("|")
        line = " " * inner_from + inner_to[inner_from:]  # offsets kept, outer pipes gone
        for m in re.finditer(r"[^|]+", line):
            piece = m.group(0)
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                cells.append((piece.strip(), base + m.start() + lead,
                              base + m.start() + lead + len(piece.strip())))
            elif m.start() >= inner_from:
                cells.append(("", base + m.start(), base + m.start()))
        return cells
    pos = 0
    for piece in _GAP.split(line):
        at = line.index(piece, pos) if piece else pos
        pos = at + len(piece)
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            cells.append((piece.strip(), base + at + lead, base + at + lead + len(piece.strip())))
    if len(cells) >= 2:  # a long label followed by one space only: "Services 3,114   2,701"
        m = re.match(r"^(.*[^\d\s,.%()$€£+−–-].*?) ([-+−–(]?[$€£]?\d[\d.,]*%?\)?)$", cells[0][0])
        if m and number(m.group(2)) is not None and number(cells[1][0]) is not None and \
                not re.fullmatch(r"\(.*%\)", m.group(2)) and not (
                    # "Partner churches (4) ...... $64,500": a count in brackets before a dot
                    # leader names how many the label's line covers (a leader leads from its
                    # label to the one amount of the line)
                    re.fullmatch(r"\(\d+\)", m.group(2)) and _LEADER.search(line)):
            # ("Indirect costs (10%)": a label's)
            label_end = cells[0][1] + len(m.group(1))
            cells[:1] = [(m.group(1), cells[0][1], label_end),
                         (m.group(2), cells[0][2] - len(m.group(2)), cells[0][2])]
    if len(cells) == 1:  # a PDF row without wide gaps: a label, then numbers
        m = re.match(r"^(.*?[^\d\s,.%()$€£+−–-][^\s]*)((?:\s+[-+−–(]?[$€£]?[\d.,]+%?\)?[*†‡]*)"
                     r"{2,})\s*$",
                     line)
        if m:
            cells = [(m.group(1).strip(), base + line.index(m.group(1).strip()),
                      base + line.index(m.group(1).strip()) + len(m.group(1).strip()))]
            # (where the document writes decimal commas, "3 562,1" is one number: its
            # thousands are grouped by a space)
            from kg.numbers import _DECIMAL_COMMA, _DECIMAL_COMMA_NUMBER
            from kg.numbers import _SPACE_THOUSANDS
            token = r"[^\s]+"
            if _DECIMAL_COMMA.get():
                # (and "14 820", a whole number it groups so: one number, a row it leaves
                # short of the heads split again, _fit_columns)
                token = r"[-+−–(]?[$€£]?" + _DECIMAL_COMMA_NUMBER + \
                    r"%?\)?[*†‡]*(?!\S)|" + (
                        r"[-+−–(]?[$€£]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+%?\)?[*†‡]*(?!\S)|"
                        if grouped else "") + r"[^\s]+"
            elif _SPACE_THOUSANDS.get() and grouped:
                # ("3 180" is one number where the document groups thousands by a space; a
                # row it leaves short of the heads is split again: _fit_columns)
                token = r"[-+−–(]?[$€£]?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+" \
                    r"(?:\.\d+)?%?\)?[*†‡]*(?!\S)|[^\s]+"
            for n in re.finditer(token, m.group(2)):
                cells.append((n.group(0), base + m.start(2) + n.start(),
                              base + m.start(2) + n.end()))
    return cells


def _fit_columns(rows: list, heads: int) -> list:
    """A PDF's rows set with single spaces, where the document groups thousands by a space:
    a row whose spaced numbers ("902 846") leave it fewer cells than the heads has two
    numbers there, one a column ("Zebra 902 846 -6.2" under "2023 2024 Change"), while
    "Impala 3 180 3 412 +7.3" fits the heads with its thousands grouped."""
    from kg.numbers import _DECIMAL_COMMA, _SPACE_THOUSANDS
    if not (_SPACE_THOUSANDS.get() or _DECIMAL_COMMA.get()) or heads < 2:
        return rows
    fitted = []
    for s, ln, cells in rows:
        if len(cells) not in (heads, heads + 1):
            plain = _split(ln, s, grouped=False)
            if len(plain) in (heads, heads + 1):
                cells = plain
        fitted.append((s, ln, cells))
    return fitted


_YEAR = re.compile(r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[/–-]\s*\d\d)?")


#: a header's cells when nothing but single spaces separates them: periods stand alone,
#: words run together ("Quarter 2013 2014 Change (%)")
#: (a percent sign after a word closes its head: "Change, % Share 2024, %" is two heads,
#: "Change, %" and "Share 2024, %", a year with its percent sign closing the words before it)
_HEAD_CELL = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:[/–-]\d\d)?(?!\d)|[QH][1-4](?:\s(?:19|20)\d\d)?|"
                        r"(?![QH][1-4]\b)[^\d\s]\S*(?:(?<![\w,)] %)(?<![\w,)] \(%\))"
                        r"\s+(?![QH][1-4]\b)[^\d\s]\S*)*"
                        r"(?:\s(?:19|20)\d\d(?=,?\s?(?:%|\(%\))(?!\S)))?")


def _split_words(line: str, base: int) -> list[tuple[str, int, int]]:
    cells: list[tuple[str, int, int]] = []
    for m in _HEAD_CELL.finditer(line):
        if cells and not re.search(r"[^\W_]", m.group(0)):
            # ", %", "(%)" alone: the unit of the head before it ("2024, %")
            cells[-1] = (line[cells[-1][1] - base:m.end()], cells[-1][1], base + m.end())
        else:
            cells.append((m.group(0), base + m.start(), base + m.end()))
    return cells


def _is_row(cells: list[tuple[str, int, int]]) -> bool:
    """Cells after the first are mostly numbers, and not all years (that is a header, a
    unit's symbol in brackets after its years too: "2023 (t)", which the footnote marks'
    "(a)" look like). A
    cell a pipe table leaves empty counts for neither: a total row may fill only the columns
    that add up ("| All types | | | 1,284 |", the averages left blank)."""
    numbers = [c[0] for c in cells[1:] if number(c[0]) is not None]
    filled = [c for c in cells[1:] if c[0]]
    return len(cells) >= 2 and len(numbers) >= 1 and len(numbers) >= len(filled) / 2 \
        and not all(_YEAR.fullmatch(unmarked(n)) for n in numbers)


#: "Fundraising: £84,640": a list item of a label and one amount after its colon
_COLON_ITEM = re.compile(r"^\s*(?:[-*•]\s+)?(?P<label>[A-Za-z][^:\d]{0,60}?):\s+"
                         r"(?P<amount>[-+−–(]?[$€£]?\d[\d,]*(?:\.\d+)?\)?)\s*$")


def _colon_lists(lines: list[tuple[int, str]]) -> set[int]:
    """Where the lines of a list of amounts closed by its total start ("Charitable
    activities: £701,560" … "Total expenditure: £786,200"): three or more "label: amount"
    lines with only blank lines between them, the last one's label a total's."""
    out: set[int] = set()
    run: list[tuple[int, str]] = []
    for start, line in lines + [(-1, "")]:
        if start >= 0 and not line.strip():
            continue
        if start >= 0 and _COLON_ITEM.match(line):
            run.append((start, line))
            continue
        if len(run) >= 3 and _total_label(_COLON_ITEM.match(run[-1][1])["label"]):
            out |= {at for at, _ in run}
        run = []
    return out


#: "Property taxes 28,460": a label and one amount with one space between, as a PDF sets a
#: list's rows; the label ends in a word no sentence breaks off at
_LABEL_AMOUNT = re.compile(r"^\s*(?P<label>[A-Za-z(][^.:;!?]{0,70}?[A-Za-z)])\s+"
                           r"(?P<amount>[-+−–(]?[$€£¥₹]?\d[\d,]*(?:\.\d+)?\)?)\s*$")
_TRAILING = {"to", "from", "by", "of", "at", "in", "on", "was", "were", "is", "are", "and", "or",
             "than", "the", "a", "an", "with", "for", "about", "around", "over", "under",
             "some", "nearly", "almost", "reached", "rose", "fell", "totalled", "totaled"}


def _amount_lists(lines: list[tuple[int, str]]) -> set[int]:
    """Where the lines of a list of amounts closed by its total start ("Property taxes
    28,460" … "Total revenue 40,000"): three or more "label amount" lines in a row, the last
    one's label a total's; a line of running text that ends in a number is no such list."""
    out: set[int] = set()
    run: list[tuple[int, re.Match[str]]] = []
    for start, line in lines + [(-1, "")]:
        m = _LABEL_AMOUNT.match(line) if start >= 0 else None
        if m and m["label"].split()[-1].lower() not in _TRAILING and \
                number(m["amount"]) is not None and not _YEAR.fullmatch(m["amount"]):
            run.append((start, m))
            continue
        if len(run) >= 3 and _total_label(run[-1][1]["label"]):
            out |= {at for at, _ in run}
        run = []
    return out


def _colon_split(line: str, base: int) -> list[tuple[str, int, int]]:
    """A "label: amount" list item's two cells."""
    m = _COLON_ITEM.match(line)
    return [(m["label"].strip(), base + m.start("label"), base + m.start("label") +
             len(m["label"].strip())), (m["amount"], base + m.start("amount"),
                                        base + m.end("amount"))]


#: a section's name on a line of its own inside a table: "INCOME", "Current assets"
_SECTION = re.compile(r"[A-Za-z][A-Za-z&,' -]{1,40}")


def find_tables(text: str, bold: tuple[tuple[int, int], ...] = ()) -> list[Table]:
    """Every table in ``text``, top to bottom; ``bold`` is where the document sets words in
    bold (a PDF's table rows), which marks a last row as the total."""
    lines = _lines(text)
    listed = _colon_lists(lines)
    amounts = _amount_lists(lines)

    def cells_of(line: str, base: int) -> list[tuple[str, int, int]]:
        if base in listed:
            return _colon_split(line, base)
        cells = _split(line, base)
        if base in amounts and len(cells) == 1:
            m = _LABEL_AMOUNT.match(line)
            cells = [(m["label"], base + m.start("label"), base + m.end("label")),
                     (m["amount"], base + m.start("amount"), base + m.end("amount"))]
        return cells
    tables = []
    last_header: list[tuple[str, int, int]] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        cells = cells_of(line, start) if line.strip() and not _RULE.match(line) else []
        if not _is_row(cells):
            i += 1
            continue
        # a run of rows, rules allowed between them
        rows, j = [], i
        while j < len(lines):
            s, ln = lines[j]
            if not ln.strip() or _RULE.match(ln):
                if not ln.strip() and rows and (j + 1 >= len(lines) or not _is_row(
                        cells_of(lines[j + 1][1], lines[j + 1][0]))):
                    break
                j += 1
                continue
            c = cells_of(ln, s)
            if not _is_row(c):
                break
            rows.append((s, ln, c))
            j += 1
        header_at = i - 1
        while header_at >= 0 and _RULE.match(lines[header_at][1]) and lines[header_at][1].strip():
            header_at -= 1
        header = cells_of(lines[header_at][1], lines[header_at][0]) if header_at >= 0 else []
        if len(header) == 1 and header_at >= 0 and not any(
                _GAP.search(r[1].strip()) or "|" in r[1] for r in rows):
            # a PDF's table: neither rows nor header have wide gaps
            header = _split_words(lines[header_at][1], lines[header_at][0])
            rows = _fit_columns(rows, len(header))
        if len(header) == 1 and rows and _SECTION.fullmatch(header[0][0]) and \
                not any("|" in r[1] or _LEADER.search(r[1]) for r in rows):
            # "INCOME" on a line of its own over the rows: a section's name, not the columns'
            # heads, which stand on the line above it (the first section) or over the
            # section just before it (a later one: "EXPENDITURE" after "Total income")
            above = header_at - 1
            while above >= 0 and _RULE.match(lines[above][1]) and lines[above][1].strip():
                above -= 1
            heads = cells_of(lines[above][1], lines[above][0]) if above >= 0 else []
            n_data = max(len(r[2]) for r in rows)
            if len(heads) in (n_data, n_data - 1) and len(heads) >= 2 and \
                    not _is_row(heads) and _looks_like_header([("", 0, 0)] + heads):
                header_at, header = above, heads
            elif tables and last_header and len(last_header) in (n_data, n_data - 1) and \
                    not text[tables[-1].end:lines[header_at][0]].strip():
                header = last_header
        if len(header) == 1 and header_at >= 1 and rows and not any("|" in r[1] for r in rows) \
                and header[0][1] - lines[header_at][0] > rows[0][2][0][2] - rows[0][0]:
            # the last line of heads set over several lines ("mille)" under "(per" under
            # "Weight"): one piece over the numbers, a line of heads above it
            above = cells_of(lines[header_at - 1][1], lines[header_at - 1][0])
            if len(above) >= 2 and not _is_row(above):
                header = [("", lines[header_at][0], lines[header_at][0])] + header
        if len(header) == 1 and header_at >= 0 and len(rows) >= 2 and not any(
                "|" in r[1] for r in rows) and all(len(r[2]) == 2 for r in rows) and \
                number(header[0][0]) is None and \
                header[0][1] - lines[header_at][0] >= max(r[2][0][2] - r[0] for r in rows) and \
                (header_at == 0 or not lines[header_at - 1][1].strip()):
            # "2026-27 ($)" alone over a column of amounts, right of every label: the one
            # column's head (its unit, its period); the labels have none
            header = [("", lines[header_at][0], lines[header_at][0])] + header
        if len(header) == 1 and header_at >= 0 and rows and all(
                len(r[2]) == 2 and _LEADER.search(r[1]) for r in rows) and \
                number(header[0][0]) is None:
            # "Revenue" over "Taxation revenue ..... 48.6": a section's word heads the one
            # column of amounts its dot leaders lead to; the labels have no head
            header = [("", lines[header_at][0], lines[header_at][0])] + header
        if not header and len(rows) >= 2 and all(
                len(r[2]) == 2 and (_LEADER.search(r[1]) or r[0] in listed or r[0] in amounts)
                for r in rows):
            # "Gifts from individuals ..... £301,450" under a blank line: a list of amounts
            # its dot leaders lead to, which no head names (a heading may stand above)
            header = [("", rows[0][0], rows[0][0])] * 2
        if not header and len(rows) >= 3 and all(len(r[2]) == 2 for r in rows) and \
                _total_label(rows[-1][2][0][0]) and not _total_label(rows[0][2][0][0]):
            # "Individual donors      97.3" … "Total income     412.8" under a blank line:
            # a list of amounts its own total closes, set out with gaps as a table is
            header = [("", rows[0][0], rows[0][0])] * 2
        header, rows = _unmerged(header, rows)
        if len(rows) >= 2 and len(header) >= 2:
            # a section of the table above ("INCOME … Total income", then "EXPENDITURE …"):
            # only blank lines between them, so the caption above is its caption too
            section_of = tables[-1] if tables and not text[tables[-1].end:lines[header_at][0]
                                                                ].strip() else None
            tables.append(_table(lines, header_at, header, rows, text, bold, section_of))
            last_header = header
            i = j
        else:
            i = max(j, i + 1)
    _currency_of_text(tables, text)
    _units_of_text(tables, text)
    return tables


#: a note that sets the unit of every amount after it: "All amounts are in Kenya shillings
#: (KES) millions unless stated otherwise", "All figures in £ thousands"
#: "All amounts are in euro", and the bare note that opens a sentence, "Figures in pounds
#: sterling" (capitalised, so "the rise in figures in ..." mid-sentence is no note)
_ALL_AMOUNTS = re.compile(r"(?:\b(?:all|the)\s+(?:amounts|figures|sums)|"
                          r"(?-i:\b(?:Amounts|Figures|Sums)))\s+(?:(?:are|shown|given|"
                          r"stated|quoted)\s+)*in\s+(?P<unit>[^.;:]{1,80})", re.I)


def _units_of_text(tables: list[Table], text: str) -> None:
    """A table with no unit or scale of its own (no caption's, head's or label's) under a
    note that says what all the document's amounts are in is in that unit and scale."""
    for t in tables:
        if t.unit is not None or t.scale or any(
                c.unit is not None or c.scale is not None or c.count or c.kind != "value"
                for c in t.columns) or any(r.unit is not None or r.scale is not None or r.count
                                           or r.kind != "value" for r in t.rows) or any(
                c is not None and c.percent for r in t.rows for c in r.cells):
            continue
        # the latest note that names money: "the figures in the table show ..." names none
        for note in reversed(list(_ALL_AMOUNTS.finditer(text, 0, t.start))):
            words = " ".join(note.group("unit").split())
            scale, unit, said = _scale_and_unit(words, words.lower())
            if unit is not None and unit in CURRENCIES:
                t.scale, t.unit, t.unit_words = scale, unit, said or words
                break


_LABEL_AND_NUMBER = re.compile(r"^(\S.*?)\s+([-+−–(]?[$€£]?\d[\d,]*(?:\.\d+)?%?\)?)$")


def _placed_by_position(rows, start: int, data, n_columns: int):
    """A short row of a table its text lines up with spaces ("Total valid votes  3,112" under
    rows of a description, votes and a share): each cell stands in the column whose cells
    in the full rows it overlaps, not in the first columns; None where the rows are ruled,
    no row is full, or a cell lines up with no column or with one another cell took."""
    full = [(s, cells[1:]) for s, ln, cells in rows
            if "|" not in ln and len(cells) == n_columns + 1]
    if not full or any("|" in ln for _, ln, _ in rows):
        return None
    spans = [(min(c[k][1] - s for s, c in full), max(c[k][2] - s for s, c in full))
             for k in range(n_columns)]
    out: list = [None] * n_columns
    last = -1
    for cell in data:
        a, b = cell[1] - start, cell[2] - start
        under = [k for k, (lo, hi) in enumerate(spans) if a < hi and lo < b]
        if len(under) != 1 or under[0] <= last:
            return None
        last = under[0]
        out[last] = cell
    return out


def _unmerged(header, rows):
    """A PDF's ruled table whose first rule the extraction lost: every row's first cell
    holds its label and its first number ("2020 2,476.6"), and the head's first cell two
    heads ("Year Empl"); each is split in two."""
    if not rows or len(header) < 2 or not all("|" in r[1] for r in rows):
        return header, rows
    words = header[0][0].split()
    if len(words) != 2 or any(len(r[2]) != len(header) for r in rows):
        return header, rows
    firsts = [_LABEL_AND_NUMBER.match(r[2][0][0]) for r in rows]
    # a figure has more digits than a label's ordinal ("Year 1", "Week 12"), and a head's
    # two words are two heads only where the second is no word of the first's ("End of")
    if not all(firsts) or not all(re.search(r"[.,]\d|\d{3}", m.group(2)) for m in firsts) or \
            words[1].lower() in {"of", "the", "and", "to", "in", "for", "by", "at", "on", "per"}:
        return header, rows
    text, start, end = header[0]
    second = text.rindex(words[1])
    header = [(words[0], start, start + len(words[0])),
              (words[1], start + second, start + second + len(words[1]))] + list(header[1:])
    out = []
    for (s, ln, cells), m in zip(rows, firsts):
        text, start, end = cells[0]
        out.append((s, ln, [(m.group(1), start, start + len(m.group(1))),
                            (m.group(2), start + m.start(2), start + m.end(2))] + list(cells[1:])))
    return header, out


#: a key's entry: "LF = labour force", "Chg: change on the year before"
_KEY_ENTRY = re.compile(r"(?:^|(?<=[,.;]\s)|(?<=\.\s\s))([A-Za-z][\w.%/&-]{0,11})\s*=\s*")
_KEY_SCALE = re.compile(r"\b(?:all|figures|values|amounts|data)?\s*in\s+"
                        r"(?:thousands|millions|billions)\b", re.I)


#: a note's "what in which unit": "Temperatures in °C", "rainfall in millimetres", "depth is
#: in metres"
_UNIT_NOTE = re.compile(r"^\s*(?:all\s+)?(?P<what>[A-Za-z][A-Za-z ]{2,40}?)\s+(?:(?:are|is)\s+)?"
                        r"(?:given\s+|shown\s+|measured\s+)?in\s+(?P<unit>[^;,.()]{1,30}?)\s*$")


def _units_noted(lines, top: int, columns: list[Column]) -> None:
    """A note above a table that gives some columns' unit by what they measure ("Temperatures
    in °C; rainfall in millimetres."): each column whose head names that thing, and has no
    unit of its own, is in that unit."""
    for _, line in lines[max(0, top - 3):top]:
        for part in re.split(r"[;.]\s+|;|\.$", line.strip()):
            m = _UNIT_NOTE.match(part)
            code = unit_named(m.group("unit")) if m else None
            if code is None or code in CURRENCIES:  # a caption's money is read as before
                continue
            stems = {w[:4] for w in re.findall(r"[a-z]{4,}", m.group("what").lower())}
            for col in columns:
                if col.unit is None and col.scale is None and col.kind == "value" and stems & {
                        w[:4] for w in re.findall(r"[a-z]{4,}", col.header.lower())}:
                    col.scale, col.unit = 0, code
    # an anomaly is in the unit of the two amounts it departs between ("Temperatures in °C"
    # names "Mean temp." and "Normal temp.", not "Anomaly")
    for i, col in enumerate(columns):
        before = [c for c in columns[:i] if c.kind == "value"][-2:]
        if ANOMALY_HEADER.search(col.header) and col.unit is None and col.scale is None and \
                len(before) == 2 and before[0].unit is not None and \
                (before[0].unit, before[0].scale) == (before[1].unit, before[1].scale):
            col.scale, col.unit = before[0].scale, before[0].unit


def _key_below(lines, rows) -> dict[str, str]:
    """The key a table's notes give just below it ("Empl = employed, LF = labour force,
    all in thousands. Chg = change in the rate (percentage points)."): each short head's
    meaning, and under "" the scale the key gives for the amounts."""
    last = rows[-1][0]
    k = next((n for n, (s, _) in enumerate(lines) if s == last), None)
    if k is None:
        return {}
    block = []
    for s, line in lines[k + 1:k + 5]:
        if not line.strip() or _is_row(_split(line, s)):
            break
        block.append(line.strip())
    text = " ".join(block)
    entries = list(_KEY_ENTRY.finditer(text))
    if not entries:
        return {}
    key = {}
    for m, after in zip(entries, entries[1:] + [None]):
        meaning = text[m.end():after.start() if after else len(text)].strip(" ,.;")
        depth, cut = 0, len(meaning)
        for n, ch in enumerate(meaning):  # "labour force, all in thousands": its first part
            depth += (ch == "(") - (ch == ")")
            if ch in ",;." and depth == 0:
                cut = n
                break
        if meaning[:cut].strip():
            key[m.group(1)] = meaning[:cut].strip()
    scale = _KEY_SCALE.search(text)
    if scale:
        key[""] = scale.group(0).strip()
    return key


#: words that say a table's amounts are money
_MONEY_TABLE = re.compile(r"\b(?:sales|revenues?|turnover|income|profits?|earnings|costs?|"
                          r"expenditures?|expenses|spending|budgets?|funding|grants?|assets|"
                          r"liabilities|cash|EBITD?A?|dividends?|prices?|wages|salar(?:y|ies)|"
                          r"donations|receipts|payments)\b", re.I)


def _currency_of_text(tables: list[Table], text: str) -> None:
    """A table of money whose caption gives a scale but no currency ("Net sales by segment
    (in millions)") is in the one currency the running text writes its amounts in; where
    the text writes several, or none, the cells stay without one."""
    bare = [t for t in tables if t.unit is None and t.scale and not any(
        c.count for c in t.columns) and (_MONEY_TABLE.search(t.caption + " " + t.header_line)
                                         or sum(bool(_MONEY_TABLE.search(r.label))
                                                for r in t.rows) * 2 >= len(t.rows))]
    if not bare:
        return
    from kg.numbers import CURRENCIES, find_mentions

    chars = list(text)
    for t in tables:
        chars[t.caption_start if t.caption_start >= 0 else t.start:t.end] = \
            " " * ((t.end) - (t.caption_start if t.caption_start >= 0 else t.start))
    said = {m.unit for m in find_mentions("".join(chars)) if m.unit in CURRENCIES}
    if len(said) != 1:
        return
    for t in bare:
        t.unit = next(iter(said))
        t.unit_words = (t.unit_words + "; " if t.unit_words else "") + \
            f"{t.unit}, the one currency of the text"


def _stacked_heads(lines, header_at: int, rows, heads: list[str]) -> tuple[list[str], int]:
    """Heads set over two or three lines of a space-aligned table ("Labour" over "force"):
    each piece of a line stands over the column its characters overlap, so a head line
    that leaves some columns blank ("(%)" under "Change" only) is placed by where its
    words stand, not by their order; a line just above the head whose pieces each stand
    over one column is part of the head (a piece over the labels is the labels' head), a
    line with a piece over several columns is the caption's."""
    n_data = len(heads)
    full = [r for r in rows if len(r[2]) == n_data]
    if not full:
        return heads, header_at
    spans = [(min(r[2][j][1] - r[0] for r in full), max(r[2][j][2] - r[0] for r in full))
             for j in range(n_data)]
    if any(a[1] >= b[0] for a, b in zip(spans, spans[1:])):
        return heads, header_at
    bounds = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]

    def placed(line: str) -> list[tuple[int, str]]:
        out = []
        for m in re.finditer(r"\S+(?: \S+)*", line):
            over = [j for j, (a, b) in enumerate(spans) if m.start() < b and a < m.end()]
            if not over:
                middle = (m.start() + m.end()) / 2
                over = [sum(middle >= b for b in bounds)]
            if len(over) > 1:
                return []
            out.append((over[0], m.group(0)))
        return out

    heads = list(heads)
    own = placed(lines[header_at][1])
    if own and len(own) < n_data - 1 and all(j > 0 for j, _ in own):
        # a head line that leaves columns blank: its words go where they stand
        heads = [""] * n_data
        for j, words in own:
            heads[j] = f"{heads[j]} {words}".strip()
    top = header_at
    for k in range(header_at - 1, max(header_at - 3, -1), -1):
        line = lines[k][1]
        if not line.strip() or _RULE.match(line) or _TITLE.match(line.strip()):
            break
        pieces = placed(line)
        data = [j for j, _ in pieces if j > 0]
        if data and all(number(w) is not None and not _YEAR.fullmatch(w.strip())
                        for j, w in pieces if j > 0):
            break  # a row of numbers above a section's name ("Total income … 3.4" over
            # "EXPENDITURE"): the section before's last row, no head
        # the labels' own head ("Group", "Year") stands over them only in a line that heads
        # most columns; a lone piece there is a caption's ("(millions)")
        if not data or (len(data) < len(pieces) and len(set(data)) < max(2, (n_data - 1) / 2)):
            break
        for j, words in pieces:
            heads[j] = f"{words} {heads[j]}".strip()
        top = k
    return heads, top


def _wraps_item(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` goes on from a list item: a line of the block of unbroken lines
    it ends opens on a bullet, and line ``k`` is indented past that bullet (a caption
    set right under a list starts level with it)."""
    text = lines[k][1]
    indent = len(text) - len(text.lstrip())
    while k > 0 and lines[k - 1][1].strip():
        k -= 1
        above = lines[k][1]
        if _LIST_ITEM.match(above.strip()):
            return indent > len(above) - len(above.lstrip())
    return False


def _indent(line: str, start: int, label_at: int) -> int:
    """The spaces before a row's label: from the line's start, or in a pipe table from the
    pipe that opens the row (a PDF's table keeps its indented labels so)."""
    if line.lstrip().startswith("|"):
        return label_at - (start + line.index("|") + 1)
    return label_at - start


def _looks_like_header(cells: list[tuple[str, int, int]]) -> bool:
    """Years as column heads are numbers too: "Region 2023 2024 % change"."""
    return all(number(c[0]) is None or _YEAR.fullmatch(unmarked(c[0])) for c in cells[1:])


#: a column's head that says its cells are the rows' units, not figures
_UNIT_HEAD = re.compile(r"units?(?:\s+of\s+measure)?|measured\s+in", re.I)


def _loose_heads(line: str) -> list[str]:
    """The heads a line of single-spaced words writes: each word a head, a sign or a
    bracket after a word part of it ("2023/24 2022/23 Change %" -> "2023/24", "2022/23",
    "Change %")."""
    heads: list[str] = []
    for word in line.split():
        if heads and (re.fullmatch(r"[%£$€¥]|\([^)]*\)", word) or
                      not re.search(r"[^\W_]", word)):
            heads[-1] = f"{heads[-1]} {word}"
        else:
            heads.append(word)
    return heads


def _dated_heads(line: str, n_data: int) -> list[str] | None:
    """The heads of a single-spaced line whose heads each end in a year, then perhaps one
    more ("Segment Six months to 31 Aug 2024 Six months to 31 Aug 2023 % change" ->
    "Segment", "Six months to 31 Aug 2024", "Six months to 31 Aug 2023", "% change"): the
    labels' head the words before those the second head opens with. None where the line
    is spaced into columns, or its years do not give one head a column."""
    if re.search(r"\S\s{2,}\S", line.strip()) or "|" in line:
        return None
    said = " ".join(line.split())
    years = list(re.finditer(r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b", said))
    if len(years) < 2:
        return None
    pieces, start = [], 0
    for year in years:
        pieces.append(said[start:year.end()].strip())
        start = year.end()
    if said[start:].strip():
        pieces.append(said[start:].strip())
    if len(pieces) != n_data - 1 or not all(pieces):
        return None
    opening = " " + pieces[1].split()[0] + " "
    at = pieces[0].find(opening)
    if at < 0 or len(pieces[1].split()) < 3:
        return None  # ("2024 2023 Change": one word a head, as the line's split reads it)
    return [pieces[0][:at].strip(), pieces[0][at + 1:], *pieces[1:]]


def _head_tokens(head: str) -> list[str]:
    """A column head's words, numbers and symbols, lower-cased ("Actual 2023-24 $" ->
    ["actual", "2023-24", "$"])."""
    return re.findall(r"[^\W_]+(?:[-/.][^\W_]+)*|[^\w\s]", head.lower())


def _table(lines, header_at: int, header, rows, text: str,
           bold: tuple[tuple[int, int], ...] = (), section_of: Table | None = None) -> Table:
    n_data = max(len(r[2]) for r in rows)
    heads = [h[0] for h in header]
    if len(heads) == n_data:
        # "| Q3 | 2024 | Q2 2025 |": a PDF's cell boundary inside a period's head, under
        # which the label column has no head of its own
        for k in range(len(heads) - 1):
            if re.fullmatch(r"[QH][1-4]", heads[k].strip()) and \
                    re.fullmatch(r"(?:19|20)\d\d", heads[k + 1].strip()) and \
                    sum(bool(re.search(r"\b[QH][1-4]\b", h)) for h in heads) >= 2:
                heads[k:k + 2] = [f"{heads[k].strip()} {heads[k + 1].strip()}"]
                break
    if len(heads) == n_data - 1:  # the label column has no head
        heads = [""] + heads
    heads = (heads + [""] * n_data)[:n_data]
    top = header_at
    if not any("|" in r[1] for r in rows):
        heads = _dated_heads(lines[header_at][1], n_data) or heads
        heads, top = _stacked_heads(lines, header_at, rows, heads)
    elif header_at >= 1 and lines[header_at - 1][1].strip().startswith("|"):
        # a head over two ruled lines ("| | 2024/25 | Change |" over "| Service | £000 | % |"):
        # a line of words (or periods) cell for cell above the head is part of it
        above = [c[0] for c in _split(lines[header_at - 1][1], lines[header_at - 1][0])]
        if len(above) in (n_data, n_data - 1) and len(heads) == n_data and any(above) and not any(
                number(a) is not None and not _YEAR.fullmatch(a) for a in above):
            if len(above) == n_data - 1:
                above = [""] + above
            heads = [f"{a} {h}".strip() for a, h in zip((above + [""] * n_data)[:n_data], heads)]
            top = header_at - 1
    elif header_at >= 1 and not any(h.strip() for h in heads[1:]) and \
            "|" not in lines[header_at - 1][1]:
        # "2023/24 2022/23 Change %" on a line of its own over "| Income | | | |" (a PDF's
        # ruled table whose heads stand outside its rules): a line with a period in it
        # that names one head a column, a sign after a word ("%", "£") part of its head
        above = _loose_heads(lines[header_at - 1][1])
        if len(above) == n_data - 1 and any(_YEAR.fullmatch(a) for a in above) and \
                not any(number(a) is not None and not _YEAR.fullmatch(a) for a in above):
            heads = [heads[0]] + above
            top = header_at - 1
    if section_of is not None and len(section_of.columns) == n_data - 1 and \
            any(c.header.strip() for c in section_of.columns) and all(
                set(_head_tokens(h)) <= set(_head_tokens(c.header))
                for h, c in zip(heads[1:], section_of.columns)) and \
            any(_head_tokens(c.header) != _head_tokens(h)
                for h, c in zip(heads[1:], section_of.columns)):
        # "EXPENDITURE" after "Total income", only "$" over its columns: a later section of
        # the table above, whose columns are the same ("Budget 2024-25 $", "Actual 2023-24
        # $"); the heads set over the first section are its heads too
        heads = [heads[0]] + [c.header for c in section_of.columns]
    columns = []
    extremes = any(re.search(r"\(\s*max\.?\s*\)", h, re.I) for h in heads[1:])
    for h in heads[1:]:
        scale, unit = _head_unit(h)
        if extremes and re.search(r"\(\s*mins?\s*\)", h, re.I):
            scale, unit = None, None  # "Temperature (min)" beside "(max)": the minimum
        columns.append(Column(h, _column_kind(h), _counts(h), scale, unit,
                              bool(TOTAL_HEADER.match(h))))
    # "FY 2024" (or "2024") after the four quarters of 2024 adds them up
    for i, col in enumerate(columns):
        year = column_period(col.header)
        quarters = [column_period(c.header) or "" for c in columns[max(0, i - 4):i]]
        if year and re.fullmatch(r"(?:19|20)\d\d", year) and i >= 4 and \
                sorted(quarters) == [f"{year}-Q{n}" for n in range(1, 5)]:
            col.total = True
    # "Both bridges" after the two bridges' columns adds them up; after three or more it
    # names some two of them, and after one, nothing it adds
    for i, col in enumerate(columns):
        if _BOTH.match(col.header) and i >= 2 and all(
                c.kind == "value" and not c.total for c in columns[i - 2:i]) and \
                (i == 2 or columns[i - 3].kind != "value"):
            col.total = True
    _units_noted(lines, top, columns)
    key = _key_below(lines, rows)
    for col in columns:
        meaning = key.get(col.header.strip())
        if meaning:  # "Chg = change in the rate on the previous year (percentage points)"
            scale, unit = _head_unit(meaning)
            kind = _column_kind(meaning)
            # "Balance = exports minus imports": the head said the kind, the key says more
            col.header, col.kind, col.count, col.scale, col.unit, col.total = (
                meaning, kind if kind != "value" else col.kind, _counts(meaning) or col.count,
                scale, unit, bool(TOTAL_HEADER.match(meaning)) or col.total)
    # beside a "% change" column, a "Change" column that says no percent is in the amounts'
    # own unit
    if any(c.kind == "change" and _SAYS_PERCENT.search(c.header) for c in columns):
        for c in columns:
            if c.kind == "change" and not _SAYS_PERCENT.search(c.header):
                c.kind = "diff"
    caption_lines = []
    caption_start = lines[top][0]
    k = top - 1
    blank = 0
    after_blank = False
    while k >= 0 and len(caption_lines) < 3:
        s = lines[k][1].strip()
        if not s:
            blank += 1
            if blank > 2 or (blank > 1 and not caption_lines):
                break
            after_blank = bool(caption_lines)
        elif _RULE.match(s):
            pass
        elif _is_row(_split(lines[k][1], lines[k][0])):
            break  # the rows of a table above
        elif len(s) > 120 or (s.endswith(".") and not _TITLE.match(s) and
                              not _UNITS.search(_FIGURE_IN_BRACKETS.sub(" ", s))):
            break  # a sentence of the running text
        elif s.endswith(":") and not _TITLE.match(s) and re.search(r"\d", s) and \
                len(s.split()) >= 6 and re.search(r"[,;]\s+[a-z]", s) and \
                not _UNITS.search(_FIGURE_IN_BRACKETS.sub(" ", s)):
            # "The shop is run by 34 volunteers, so hours are limited:": a sentence of the
            # running text that leads into the table, its own figures its own, no caption
            break
        elif s.endswith(".") and s[:1].islower() and not _TITLE.match(s):
            # "percentage points, from 7,1% to 8,4%." under "... improved by 1,3": the end
            # of a sentence the line above began, wrapped, whatever units it names
            break
        elif after_blank and not (_TITLE.match(s) or _UNITS.search(s)):
            break  # past a blank line, only a title or the units ("(in millions)") are its
        elif _LIST_ITEM.match(s):
            break  # "- Net cash of £31.5m (2024: £24.0m)": a list of the text, not a caption
        elif not _TITLE.match(s) and _wraps_item(lines, k):
            # "* Final dividend of 4.5 cents, bringing the" over "full-year dividend to 7.5
            # cents": the rest of a list item wrapped onto more lines, text not a caption
            break
        else:
            caption_lines.insert(0, s)
            caption_start = lines[k][0]
            if _TITLE.match(s):
                break
        k -= 1
    caption = " ".join(caption_lines)
    if section_of is not None and not caption_lines:
        caption = section_of.caption
    table = Table(caption, columns, [], start=lines[header_at][0],
                  end=rows[-1][0] + len(rows[-1][1]), caption_start=caption_start,
                  header_line=" ".join(lines[j][1].strip() for j in range(top, header_at + 1)))
    head_words = table.header_line
    for col in columns:
        if col.scale is not None or col.unit is not None:
            # "Area (thousand ha) | Yield (t/ha)": a head's own brackets scale its column
            # alone, not the table's other columns
            for inner in re.findall(r"\([^)]*\)", col.header):
                head_words = head_words.replace(inner, " ")
            tail = _IN_CURRENCY.search(col.header)
            if tail and not re.search(r"\(", col.header):
                head_words = head_words.replace(tail.group(0), " ")
            elif col.unit is not None and col.scale is None and not re.search(r"\(", col.header):
                # "Tonnes, 2024" beside "2023 | 2024" under "millions of cartons": the unit
                # a head's noun names is its column's alone, not the table's
                head_words = head_words.replace(col.header, " ")
    words = (caption + " " + head_words).lower()
    table.scale, table.unit, table.unit_words = _scale_and_unit(caption, words)
    counted = _SCALE_OF_THINGS.search(caption)
    if counted and table.unit is None and _noun_unit(counted.group("what")) is None:
        # "millions of 15 kg carton equivalents": the caption's scale counts the things it
        # names, not the tonnes a column's head names as its own unit
        for col in columns:
            if col.unit is not None and col.scale is None and col.kind == "value":
                col.scale = 0
    _unit_of_some_heads(table, caption)
    _unit_of_named_heads(table, caption_lines)
    stub_scale, stub_unit = _head_unit(heads[0])
    if table.unit is None and _RAND.get() and _RAND_SCALE.fullmatch(heads[0].strip()):
        # "R million | 2024 | 2023": the rows' head gives the rand and the scale of every
        # row, as a caption's "(R million)" does
        table.unit = "ZAR"
    if table.unit is None and stub_unit is not None and (
            not table.scale or stub_unit in CURRENCIES and stub_scale == table.scale):
        # "Sector (kt CO2e) | 1990 | 2024": the rows' head says what every row's cells are in
        table.scale, table.unit = stub_scale or 0, stub_unit
    if table.unit is None and not table.scale:
        # "Reaction time (ms) by group, mean (SD)": brackets in the caption that hold one
        # unit's symbol alone (QUDT's) say what the table's cells are in
        held = {unit_symbols().get(" ".join(inner.split()))
                for inner in re.findall(r"\(([^)]*)\)", caption)} - {None}
        if len(held) == 1:
            table.scale, table.unit = 0, held.pop()
    if table.unit is None:
        # "(thousand m³ solid volume)", "(kt dry matter)": caption brackets that open with a
        # unit's symbol (after the scale) and then only name what is measured in it
        held = {_symbol_then_words(inner) for inner in re.findall(r"\(([^)]*)\)", caption)}
        held = {h for h in held if h is not None and (not table.scale or h[0] == table.scale)}
        if len(held) == 1:
            table.scale, table.unit = held.pop()
    if table.unit is None and (any(re.match(r"\s*(?:in )?per ?cent(?:ages?)?\b", line, re.I)
                                   for line in caption_lines) or re.search(
            r"\((?:in\s+)?(?:per ?cent|percentages?|%)(?:\)|\s*;)|(?:\bin|,)\s+per ?cent\s*$",
            caption, re.I)):
        # "Percent of adults aged 15 and over; ...", "(percent)", "(per cent; change in points)"
        table.unit = "PERCENT"
    table.period = caption_period(caption)
    if not table.scale and key.get(""):  # the key's "all in thousands"
        table.scale, table.unit_words = _scale_and_unit(key[""], key[""].lower())[0], key[""]
    table.components = bool(_COMPONENTS.search(caption))
    table.mean = names_a_mean(caption) and not table.components
    if _CHANGE_IN_POINTS.search(caption):
        # "(per cent; change in percentage points)": the caption's second unit is the
        # change columns'
        for col in columns:
            if col.kind in ("change", "diff") and not _SAYS_PERCENT.search(col.header):
                col.kind = "points"
    if section_of is not None and not caption_lines and not table.scale and table.unit is None:
        table.scale, table.unit, table.unit_words = (section_of.scale, section_of.unit,
                                                     section_of.unit_words)
    # years down the first column are the rows' labels, not their figures
    years_down = len({r[2][0][0] for r in rows}) == len(rows) and all(
        _YEAR.fullmatch(r[2][0][0]) for r in rows)
    unit_at = next((i for i, c in enumerate(columns) if _UNIT_HEAD.fullmatch(c.header.strip())),
                   None)
    # "Budget line (£ million)" over the labels: every row is an amount of money, so a label
    # naming people ("Clinical staff") says what the money is for, not that it counts them
    money_rows = bool(_MONEY_TABLE.search(re.sub(r"\([^)]*\)", " ", heads[0])))
    # so does a caption that names only money in a currency ("Operating budget by program
    # (A$ '000)"): "Seasonal staff" is the program the money pays for; a caption that also
    # names people ("Revenue and employees by region") leaves a counting row its count
    money_rows = money_rows or (table.unit in CURRENCIES and
                                bool(_MONEY_TABLE.search(caption)) and
                                not COUNT_HEADER.search(caption + " " + table.header_line))
    for s, ln, cells in rows:
        label = cells[0][0] if number(cells[0][0]) is None or years_down else ""
        data = cells[1:] if label else cells
        placed = _placed_by_position(rows, s, data, len(columns)) \
            if label and len(data) < len(columns) else None
        if placed is not None:
            data = placed
        elif len(data) < len(columns):  # a short row fills the right-most columns
            data = [None] * (len(columns) - len(data)) + list(data) if not label else \
                list(data) + [None] * (len(columns) - len(data))
        scale, unit = _head_unit(label)
        if scale is None and unit is None and unit_at is not None and \
                len(data) > unit_at and data[unit_at] is not None:
            # "| Revenue | A$m | 280.0 |": a column headed "Unit" gives each row its own, as
            # the label's brackets would ("Revenue (A$m)")
            scale, unit = _head_unit(f"({data[unit_at][0]})")
        row = Row(label, ln.strip(), s, [], total=_total_label(label),
                  kind=_row_kind(label), count=_counts(label) and not _ALL_OF.match(label)
                  and not money_rows,
                  scale=scale,
                  unit=unit, indent=_indent(ln, s, cells[0][1]) if label else 0)
        if label and any(a <= cells[0][1] and cells[0][2] <= b for a, b in bold):
            row.bold = True
        for c in data[:len(columns)]:
            if c is None or number(c[0]) is None:
                row.cells.append(None)
                continue
            value, pct = number(c[0])
            quote = unmarked(c[0])  # the figure's quote is the number, not its footnote's mark
            row.cells.append(Cell(quote, c[1], c[1] + len(quote), value, pct,
                                  quote != _SPREAD.sub("", c[0].strip()), in_points(quote)))
        table.rows.append(row)
    for r, parts in breakdowns(table).items():
        parent = table.rows[r]
        if parent.scale is None and parent.unit is None:
            continue
        for k in parts:
            # "Mobile subscribers (thousands)" over "  of which postpaid": the parts are
            # counted as their whole is, unless they say otherwise
            child = table.rows[k]
            if child.scale is None and child.unit is None:
                child.scale, child.unit, child.count = parent.scale, parent.unit, \
                    child.count or parent.count
    # "Price excluding VAT" over "VAT at 19%" and "Total price": the amount before the tax
    # adds up the lines above it, as a subtotal does
    for r, row in enumerate(table.rows):
        if not row.total and row.kind == "value" and _BEFORE_TAX.search(row.label) and \
                any(below.total for below in table.rows[r + 1:]):
            row.total = True
    _statement_margins(table)
    _month_spans(table)
    # a bold last row under rows that are not bold is the total a PDF sets apart
    marked = [r.bold for r in table.rows]
    if len(marked) >= 3 and marked[-1] and not any(marked[:-1]):
        table.rows[-1].total = True
    # a last row with no label under rows that all have one, filled in every column, is
    # the footer that totals them (a web page's <tfoot>)
    last = table.rows[-1]
    if len(table.rows) >= 3 and not last.label.strip() and all(r.label.strip() for r in
                                                                table.rows[:-1]) and \
            all(c is not None for c in last.cells) and not any(r.total for r in table.rows):
        last.total = True
    _labour_force(table)
    _whole_place(table, text)
    _whole_span(table)
    _whole_by_share(table)
    _settle_changes(table)
    # a column of percents headed by no more than the sign ("%", "Per cent") whose total
    # row says 100 is each row's share of the total: the whole is written as 100
    for i, col in enumerate(table.columns):
        if col.kind == "percent" and not _CONTENT_WORD.search(_PERCENT_WORDS.sub(" ", col.header)) \
                and any(row.total and row.cells[i] is not None and row.cells[i].value == 100
                        for row in table.rows):
            col.kind = "share"
    return table


#: words that say each amount is a mean, a median or a price of the row's members; a mean
#: over time ("annual averages") of amounts that add up still adds up, and so does an
#: amount a period ("per year")
_MEAN_CAPTION = re.compile(r"\b(?:means?|averages?|medians?|typical|prices?)\b|"
                           r"\bper\s+(?!cent\b|mille\b|year\b|annum\b|month\b|quarter\b|week\b|day\b)"
                           r"[a-z]+", re.I)
#: "at current prices", "in constant 2020 prices": how amounts that add up are valued
_AT_PRICES = re.compile(r"\b(?:at|in)\s+(?:current|constant|real|market|basic|chained|"
                        r"(?:19|20)\d\d)\s+(?:(?:19|20)\d\d\s+)?prices\b", re.I)
_OVER_TIME = re.compile(r"\b(?:annual|yearly|quarterly|monthly|weekly|daily)\s+(?:averages|means)\b",
                        re.I)


#: words that say a table's rows are what one amount is made of
_COMPONENTS = re.compile(r"\b(?:components|breakdown|composition|make-?up|build-?up)\s+of\b",
                         re.I)


def names_a_mean(words: str) -> bool:
    """Whether a caption or a column's head says its amounts are means, medians or prices
    of the row's members ("Attainment 8 (average score)"), which no total row adds up."""
    return bool(_MEAN_CAPTION.search(_AT_PRICES.sub(" ", words))) and \
        not _OVER_TIME.search(words)


def _half_unit(cell: Cell) -> Decimal:
    """Half a unit of the last digit the cell writes: the rounding it may hide."""
    digits = unmarked(cell.text).strip("()%+-−– $€£¥")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    return Decimal(5).scaleb(-decimals - 1)


#: a caption that gives its change columns' unit apart: "(per cent; change in percentage
#: points)", "changes are in percentage points"
_CHANGE_IN_POINTS = re.compile(r"\bchanges?\s+(?:(?:is|are)\s+)?(?:in|as)\s+(?:percentage[\s-]+)?"
                               r"points\b|\bchanges?\s+(?:in|as)\s+pp\b", re.I)
#: a change head that names its span as a year: "Change on year", "Change over the year",
#: "Year-on-year change" (not "Average annual growth": a rate a year over many)
ON_YEAR_HEADER = re.compile(r"\b(?:on|over)\s+(?:the\s+)?year\b|\byear[\s-]+on[\s-]+year\b|"
                            r"\bon\s+a\s+year\s+(?:earlier|ago|before)\b", re.I)


def year_apart(columns: list[Column], change: Column, before: list[int]
               ) -> tuple[int, int] | None:
    """The two columns of ``before`` a change whose head says "on year" ("Change on year"
    after "Q4 2024 | Q3 2025 | Q4 2025") is between: the latest period and the same period a
    year earlier, not the two nearest; None where the head says no year or no column is
    a year before the latest."""
    if not ON_YEAR_HEADER.search(change.header):
        return None
    from kg.read.periods import back

    dated = [v for v in before if column_period(columns[v].header)]
    if not dated:
        return None
    latest = max(dated, key=lambda v: column_period(columns[v].header))
    ago = back(column_period(columns[latest].header), "year")
    earlier = next((v for v in dated if column_period(columns[v].header) == ago), None)
    return (earlier, latest) if earlier is not None else None


def _settle_changes(table: Table) -> None:
    """A change column whose head, cells and caption say neither percent nor an amount
    ("Change" over "+4.5" in a table of tonnes a hectare) may be either; the words allow
    both, so the rows' own figures break the tie: it is a difference where most rows'
    cells are the later period's amount less the earlier's and fewer are the change in
    percent, and a percent change the other way round; where neither holds for most
    rows, the column is read as nothing (a slip in one row never decides)."""
    cols = table.columns
    levels = [i for i, c in enumerate(cols) if c.kind == "value" and column_period(c.header)]
    for i, col in enumerate(cols):
        if col.kind != "change" or _SAYS_PERCENT.search(col.header) or \
                col.unit is not None or table.unit == "PERCENT" or \
                any(r.cells[i] is not None and (r.cells[i].percent or r.cells[i].points)
                    for r in table.rows):
            continue
        before = [v for v in levels if v < i]
        if len(before) < 2:
            col.unsure = True
            continue
        a, b = sorted(before[-2:], key=lambda v: column_period(cols[v].header))
        if ON_YEAR_HEADER.search(col.header):
            on_year = year_apart(cols, col, before)
            if on_year is None:
                col.unsure = True
                continue
            a, b = on_year
        diff = pct = rows = 0
        for row in table.rows:
            first, last, cell = row.cells[a], row.cells[b], row.cells[i]
            if first is None or last is None or cell is None or first.value <= 0:
                continue
            rows += 1
            slack = _half_unit(first) + _half_unit(last)
            diff += abs(last.value - first.value - cell.value) <= slack + _half_unit(cell)
            change = (last.value - first.value) / first.value * 100
            pct += abs(change - cell.value) <= slack / first.value * 100 * 2 + _half_unit(cell)
        if diff * 2 > rows and diff > pct:
            col.kind = "diff"
        elif pct * 2 > rows and pct > diff:
            pass
        else:
            col.unsure = True


#: a caption that cuts a place into its parts: "… by region", "by province"
_BY_PLACE = re.compile(r"\bby\s+(?:region|province|state|district|county|country|area|city|"
                       r"municipality|borough|zone|department|prefecture)s?\b", re.I)


#: the two rows whose sum labour statistics call the labour force, in either order
_EMPLOYED = re.compile(r"^\s*(?:in\s+)?employ(?:ed|ment)\b(?!\s+rate)", re.I)
_UNEMPLOYED = re.compile(r"^\s*(?:un|not\s+in\s+)employ(?:ed|ment)\b(?!\s+rate)", re.I)
_LABOUR_FORCE = re.compile(r"^\s*(?:the\s+)?(?:labou?r\s+force|economically\s+active)\s*"
                           r"(?:\([^)]*\))?\s*$", re.I)


def _labour_force(table: Table) -> None:
    """"Employed | Unemployed | Labour force": the labour force is, by what the words
    mean, the employed and the unemployed together, so a row of it right under those two
    (and no other rows above) is their total, as TOTAL_HEADER reads such a column."""
    rows = table.rows
    for r, row in enumerate(rows):
        if r != 2 or row.total or not _LABOUR_FORCE.match(row.label):
            continue
        labels = [x.label for x in rows[:2]]
        if sorted(bool(_UNEMPLOYED.match(x)) for x in labels) == [False, True] and \
                all(_EMPLOYED.match(x) or _UNEMPLOYED.match(x) for x in labels):
            row.total = True


def _whole_place(table: Table, text: str) -> None:
    """In a table "by region", a last row named for the place the document's title is
    about ("… in Kaleria", rows Northern, Central, Southern, then Kaleria) is the whole of
    the regions above it, though its label says no "total"."""
    rows = table.rows
    if len(rows) < 3 or any(r.total for r in rows) or not _BY_PLACE.search(table.caption):
        return
    title = next((line for line in text.split("\n") if line.strip()), "")
    def named(label: str) -> bool:
        # (a title in capitals, "NORVALE ENERGY AGENCY", names the place all the same)
        return bool(label) and re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", title,
                                          re.I) is not None
    if named(rows[-1].label.strip()) and not any(named(r.label.strip()) for r in rows[:-1]):
        rows[-1].total = True


#: a row label that is one month or quarter of a year: "April", "Sep", "Q3", "Q3 (Jul-Sep)"
_PART_OF_YEAR = re.compile(r"^\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                           r"[a-z]*\.?|Q[1-4]\b.*)\s*$", re.I)
#: a row label that names the span such parts make up: "Season", "Full year", "Summer"
_SPAN = re.compile(r"^\s*(?:the\s+)?(?:(?:whole|full|summer|winter|peak)\s+)?(?:season|year|"
                   r"period|summer|winter|spring|autumn|half[- ]year|(?:first|second)\s+half|"
                   r"H[12]|year\s+to\s+date|YTD)\b[^%]*$", re.I)


def _whole_span(table: Table) -> None:
    """Under three or more rows that are months or quarters ("April" … "September"), a
    last row that names the span they make up ("Season", "Full year") is their whole,
    though its label says no "total"."""
    rows = table.rows
    if len(rows) < 4 or any(r.total for r in rows):
        return
    if all(_PART_OF_YEAR.match(r.label) for r in rows[:-1]) and \
            not _PART_OF_YEAR.match(rows[-1].label) and _SPAN.match(rows[-1].label):
        rows[-1].total = True


def _whole_by_share(table: Table) -> None:
    """In a table with a share column ("Share of 2023 (%)"), a last row whose share the
    table writes as 100 ("State", "Scotland", "Everyone") is the whole the rows above are
    shares of: the layout says so, though its label says no "total"."""
    rows = table.rows
    if len(rows) < 3 or any(r.total for r in rows):
        return
    shares = [i for i, c in enumerate(table.columns) if c.kind == "share"]
    if len(shares) != 1:
        return
    i = shares[0]
    cells = [r.cells[i] for r in rows]
    if cells[-1] is None or cells[-1].value != 100 or rows[-1].kind != "value" or \
            any(c is None or c.value >= 100 for c in cells[:-1]):
        return
    rows[-1].total = True


_PERCENT_WORDS = re.compile(r"%|\bper ?cent(?:age)?s?\b|\(|\)", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{2,}", re.I)


#: a caption's line that says what the cells are in, though it ends like a sentence
_UNITS = re.compile(r"\((?:[^)]*)\)|\bin (?:percent|thousands|millions|billions)\b|"
                    r"\b(?:thousands|millions|billions) of\b|"
                    r"^\s*(?:in\s+)?(?:per ?cent|percentages?|thousands|millions|billions)\b", re.I)
#: brackets round a figure of a sentence ("of which 310 (62.0%) were renewed"), which say
#: no unit of a table: no scale or unit word inside them, or one a number goes before
#: ("(30 June 2023: $578.9 million)", "(2.4 per cent)": an amount, not "(£ million)")
_FIGURE_IN_BRACKETS = re.compile(r"\((?![^)]*\b(?:in|thousands?|millions?|billions?|per ?cent|"
                                 r"percent|percentages?)\b)[^)]*\d[^)]*\)|"
                                 r"\([^)]*\d\s?(?:thousand|million|billion|per ?cent|percent)s?"
                                 r"\b[^)]*\)", re.I)
#: an item of a bulleted list: "- Revenue up 11%", "• 1.80p a share"
_LIST_ITEM = re.compile(r"^[-*•–]\s+\S")
_TITLE = re.compile(r"^(?:Table|Chart|Exhibit|Figure)\s+[\dA-Z]", re.I)


#: a change in the amounts' own unit: "Difference", "Change ($m)"
DIFF_HEADER = re.compile(r"\bdiff(?:erence|\.)?(?:\b|$)", re.I)
_SAYS_PERCENT = re.compile(r"%|per ?cent|\bp\.?p\.?\b|points?\b", re.I)


def _column_kind(header: str) -> str:
    # "VAT at 20%", "Service charge (12.5%)": the rate a column's amounts are charged at
    # says how they were reckoned, not that its cells are rates (as for a row's label)
    rated = _RATE_NOTE.sub(" ", header)
    if rated.strip() and rated != header:
        header = rated
    if SHARE_HEADER.search(header):
        return "share"
    if POINTS_HEADER.search(header) and not re.search(r"\d{4}", header):
        return "points"
    if DIFF_HEADER.search(header) and not _SAYS_PERCENT.search(header):
        return "diff"
    if CHANGE_HEADER.search(header) or (GROWTH_RATE_HEADER.search(header) and
                                        re.search(r"\brate\b|CAGR", header, re.I)):
        own = _head_unit(header)
        if not _SAYS_PERCENT.search(header) and own != (None, None):
            return "diff"
        return "growth" if GROWTH_RATE_HEADER.search(header) else "change"
    if PERCENT_HEADER.search(header) and not NOT_PERCENT.search(header):
        return "percent"
    if GAP_HEADER.search(header):
        return "gap"
    return "value"


#: a head about people that is still money: "Staff costs", "Revenue per employee"
_MONEY_WORDS = re.compile(r"cost|expens|\bpay|wage|salar|spend|income|revenue|\bper\b|"
                          r"earnings|compensation|benefits", re.I)


#: a row of the whole group ("All plots", "All schools"): its cells are the group's values
#: in the table's unit, not a count of it
_ALL_OF = re.compile(r"\s*(?:all|every)\b", re.I)


def _counts(head: str) -> bool:
    """Whether a head counts people or things ("Employees", "Households surveyed"); a
    noun of people or things in the possessive ("Members' bonus", "Customers’ deposits",
    "Staff's pension") says whose the head's own noun is, and counts none of them."""
    return (any(not _POSSESSIVE.match(head, m.end()) for m in COUNT_HEADER.finditer(head))
            or _THINGS_DONE.match(head) is not None) and not _MONEY_WORDS.search(head)


#: a head of things and what was done to each ("Funerals conducted", "Meals served",
#: "Calls answered"): a count of them, whatever the caption's currency
_THINGS_DONE = re.compile(r"^\s*(?:[A-Za-z]+\s+)?[A-Za-z]{3,}s\s+(?:conducted|served|handled|"
                          r"completed|treated|delivered|attended|recorded|registered|"
                          r"answered|carried|admitted|enrolled|performed|visited|rescued)\b",
                          re.I)


#: a possessive's ending, then the noun it is said of
_POSSESSIVE = re.compile(r"(?:['’]s?|s['’])\s+[A-Za-z]")


#: the rate a row's amount is charged at, in brackets or closing its label ("Indirect costs
#: (10%)", "VAT at 20%"): a rate the row is at, not its cells' unit
_RATE_NOTE = re.compile(r"\(\s*[\d.,]+\s*%\s*\)|\bat\s+[\d.,]+\s*%\s*$"
                        # "Camp fee (CHF 690)", "Licence (US$1,200)": an amount in brackets,
                        # what the row's item costs in another currency, not its cells' unit
                        r"|\(\s*(?:[A-Z]{3}|[A-Z]{0,2}[$€£¥])\s?(?!'?000\b)\d[\d,.]*\s*\)")
#: the words after a head's last "in": "Monthly in US$", "Revenue in EUR m"
_SYMBOL_PER = re.compile(r"\s*(\S+)\s+per\s+([^\W\d]+)\s*$", re.I)
_IN_CURRENCY = re.compile(r"\bin\s+(\S+(?:\s+\S+)?)\s*$", re.I)


#: "points" as the noun of a row's thing, after a word that says what kind ("All service
#: points", "Charging points"): places, not percentage points, which a label writes alone or
#: after the words of a change ("Change (points)", "Difference, points")
_PLACES = re.compile(r"\b(?!(?:percentage|basis|index|change|difference|diff|in|of)\b)"
                     r"[a-z]{3,}\s+points?\b", re.I)


def _unit_of_some_heads(table: Table, caption: str) -> None:
    """"Quarter | TEU handled | Cumulative TEU | Container vessel calls": a unit only some
    columns' heads name, and no caption, is those columns' own; a column whose head names
    another thing ("vessel calls") counts it, as a head that names no period says."""
    if table.unit is None or _scale_and_unit(caption, caption.lower())[1] is not None:
        return
    naming = [c for c in table.columns
              if _scale_and_unit(c.header, c.header.lower())[1] == table.unit]
    others = [c for c in table.columns if c.kind == "value" and c not in naming and
              c.unit is None and re.search(r"[A-Za-z]{3,}", c.header) and
              column_period(c.header) is None and not _total_label(c.header)]
    if not naming or not others:
        return
    for c in naming:
        if c.unit is None:
            c.unit, c.scale = table.unit, c.scale if c.scale is not None else table.scale
    table.unit = None


#: a caption's scale of things it names: "millions of 15 kg carton equivalents"
_SCALE_OF_THINGS = re.compile(r"\b(?:thousands|millions|billions)\s+of\s+(?P<what>[^,;()]*"
                              r"[A-Za-z]{4,}[^,;()]*)", re.I)
#: a caption's line that says what one kind of column is in: "Income in EUR thousand",
#: "Revenue figures in £m", "Area is in thousand hectares"
_NAMED_IN = re.compile(r"(?P<what>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?:figures\s+|amounts\s+)?"
                       r"(?:(?:is|are)\s+)?(?:given\s+|shown\s+|stated\s+)?in\s+(?P<unit>[^.;:]+?)"
                       r"\.?")


def _unit_of_named_heads(table: Table, caption_lines: list[str]) -> None:
    """"Income in EUR thousand" under a table's title, over "2023 | 2024 | Income 2023 |
    Income 2024": the unit a caption's line gives the columns whose heads name what it
    says is in that unit is theirs alone; the other columns (the licences counted) are not
    in it."""
    if table.unit is None and not table.scale:
        return
    for line in caption_lines:
        said = _NAMED_IN.fullmatch(line.strip())
        if said is None:
            continue
        scale, unit, _ = _scale_and_unit(said.group("unit"), said.group("unit").lower())
        if (unit, scale) != (table.unit, table.scale):
            continue
        word = re.compile(rf"\b{re.escape(said.group('what').split()[0])}\b", re.I)
        values = [c for c in table.columns if c.kind == "value"]
        naming = [c for c in values if word.search(c.header)]
        if not naming or len(naming) == len(values) or any(
                c.unit is not None or c.scale is not None for c in naming):
            return
        for c in naming:
            c.unit, c.scale = table.unit, table.scale
        table.unit, table.scale = None, 0
        return


#: in a statement whose rows are amounts, a cost row ("Cost of sales", "Expenses") and an
#: income row ("Revenue", "Gross margin") above a result row (kg.read.turtle reads the
#: subtraction)
COST_LABEL = re.compile(r"\b(?:costs?|expenses?|expenditures?|charges?|spending|outgoings)\b",
                        re.I)
INCOME_LABEL = re.compile(r"\b(?:revenues?|sales|turnover|income|profit|surplus|result|margin|"
                          r"receipts|grants|funding|contributions?)\b", re.I)


def _statement_margins(table: Table) -> None:
    """A margin row right under a cost row that stands under an income row, in a table of
    money, is what the income leaves after the cost ("Revenue", "Cost of goods sold",
    "Gross margin" under "NZ$ million"): an amount, no percent, where neither its label nor
    its cells say per cent ("Gross margin (%)", "34.2%")."""
    if table.unit not in CURRENCIES:
        return
    rows = table.rows
    for r in range(2, len(rows)):
        income, cost, margin = rows[r - 2], rows[r - 1], rows[r]
        if margin.kind == "percent" and re.search(r"\bmargin\b", margin.label, re.I) and \
                not re.search(r"%|per ?cent|percentage", margin.label, re.I) and \
                not any(c is not None and c.percent and col.kind == "value"
                        for c, col in zip(margin.cells, table.columns)) and \
                COST_LABEL.search(cost.label) and cost.kind == "value" and \
                INCOME_LABEL.search(income.label) and not COST_LABEL.search(income.label) \
                and income.kind == "value":
            margin.kind = "value"


def _row_kind(label: str) -> str:
    """What a row's label says its cells are, where the measures stand in rows and the
    periods in columns: "EBIT margin (%)" is a percent, "Revenue growth (%)" a change."""
    label = _RATE_NOTE.sub(" ", label)  # "Indirect costs (10%)": a rate it is charged at
    # "Fuel sales (net margin)": words in brackets after an amount of money say how it is
    # counted; only a percent's sign or name there makes the cells percents
    outside = re.sub(r"\([^)]*\)", " ", label)
    if _MONEY_TABLE.search(outside):
        label = re.sub(r"\((?![^)]*(?:%|per ?cent|percentage))[^)]*\)", " ", label, flags=re.I)
    if POINTS_HEADER.search(_PLACES.sub(" ", label)) and not re.search(r"\d{4}", label):
        return "points"
    if not PERCENT_HEADER.search(label) or NOT_PERCENT.search(label):
        return "value"
    return "change" if CHANGE_HEADER.search(label) else "percent"


#: brackets that say a row's or head's amounts are in pence: "(pence)", "(p)", "(pence per
#: share)"
_PENCE = re.compile(r"\s*(?:pence|p)(?:\s+(?:per|a)\s+share)?\s*", re.I)
#: "(cents)", "(cents per share)", and the short "(c)" South African and Australian
#: results write ("Headline earnings per share (c)")
_CENTS = re.compile(r"\s*(?:cents?|c)(?:\s+(?:per|a)\s+share)?\s*", re.I)

#: a head that gives a rate per thousand of something: "Deaths per 1,000 births"
_PER_THOUSAND_HEAD = re.compile(r"\b(?:per|(?:for|in)\s+every)\s+(?:1,000|1000|thousand)"
                                r"(?![\d,.]*\d|\s+(?:million|billion)\b)", re.I)


#: a head that is a currency's sign (or code) and a scale alone: "AED million", "Tk lakh"
_SIGN_AND_SCALE = re.compile(r"\s*(?P<sign>[^\W\d_]{2,3}|[A-Z]{0,2}\$|[^\w\s$]{1,2})\s?"
                             r"(?P<scale>(?:thousand|million|billion|lakh|crore)s?|m|mn|bn|"
                             r"['’]000)\s*")


def _head_unit(head: str) -> tuple[int | None, str | None]:
    """The scale and unit a head's own brackets give: "(millions)", "($)", "(EUR '000)"."""
    inner = " ".join(re.findall(r"\(([^)]*)\)", _RATE_NOTE.sub(" ", head)))
    if not inner.strip():
        # "Monthly in £", "Price in US$": a currency the head names at its end is its
        # column's alone, as brackets would be
        tail = _IN_CURRENCY.search(head)
        if tail:
            scale, unit, _ = _scale_and_unit(tail.group(1), tail.group(1).lower())
            if unit in CURRENCIES:
                return scale, unit
        # "AED million", "Tk lakh", "NZ$ '000": a head that is only a currency's sign and a
        # scale, as a table's corner or an amount column writes it, gives both (the sign read
        # as the number reader reads it before an amount where the caption reader has none)
        bare = _SIGN_AND_SCALE.fullmatch(head)
        if bare:
            scale, unit, _ = _scale_and_unit(head, head.lower())
            if unit is None:
                try:
                    unit = parse_quantity(f"{bare['sign']} 1 {bare['scale']}").unit
                except QuoteNumberError:
                    unit = None
            if unit in CURRENCIES and scale:
                return scale, unit
        # "kg per colony", "km per trip": an amount of the unit whose symbol opens the head
        # for each of the things it names (no unit of its own after "per")
        per = _SYMBOL_PER.match(head)
        if per and unit_symbols().get(per.group(1)) and not unit_symbols().get(per.group(2)):
            return 0, unit_symbols()[per.group(1)]
        # "Falls per 1,000 bed-days", "Births per thousand residents": a rate per thousand,
        # whatever unit the things it is per are counted in
        if _PER_THOUSAND_HEAD.search(head) and not re.search(r"[$£€¥₹]", head):
            return 0, "PERMILLE"
        # "Weekly hours 2023", "Days lost": a head whose noun is a unit of time counts it;
        # "6 weeks to 3 Jan", "Twelve months ended" name the span of the column's period
        counted = _noun_unit(head)
        if counted and counted not in _TIME_UNITS:
            # "Tonnes of freight": the unit, with no scale of its own (a caption's applies)
            return None, counted
        return (0, counted) if counted else (None, None)
    if _PENCE.fullmatch(inner):
        return -2, "GBP"  # "Interim dividend (pence per share)": pounds, in hundredths
    if _CENTS.fullmatch(inner):
        # "Dividend per share (cents)": hundredths of the currency the table is in
        return -2, None
    scale, unit, _ = _scale_and_unit(inner, inner.lower())
    if unit is None:
        # brackets that hold a unit's symbol, after a scale or alone: "(thousand ha)",
        # "('000 t)", "(‰)"; the symbols are QUDT's (ontology/qudt-units.ttl)
        rest = inner
        for word, _power in _SCALES:
            rest = re.sub(r"(?<![a-z])" + re.escape(word) + r"s?(?![a-z])", " ", rest, flags=re.I)
        # "(000 ha)", "(000 t)": thousands written bare before the unit's symbol
        thousands = _BARE_THOUSANDS.match(rest)
        if thousands and not scale:
            scale, rest = 3, rest[thousands.end():]
        symbol = " ".join(rest.replace(" of ", " ").split())
        unit = unit_symbols().get(symbol)
        weighed = _WHAT_IT_WEIGHS.fullmatch(symbol)
        if unit is None and weighed and unit_symbols().get(weighed.group(1)) in _MASSES:
            # "(kt CO2e)", "(t CO2)": a mass of what the formula after its symbol names
            unit = unit_symbols()[weighed.group(1)]
        if unit is not None:
            return scale or 0, unit
    if not scale and unit is None:
        # brackets that hold nothing but a unit's name: "(minutes)", "(hours)"
        unit = AFTER_NUMBER_WORDS.get(" ".join(inner.lower().split()))
        if unit in _TIME_UNITS:  # "(hours)"
            return 0, unit
        short = _TIME_SYMBOLS.get(" ".join(inner.split()))
        if short:  # "Mean (min)", "Delay (h)": a unit of time by its symbol
            return 0, short
        if re.fullmatch(r"\s*per\s*mille\s*", inner, re.I):  # a basket's weights
            return 0, "PERMILLE"
        if re.fullmatch(r"\s*'?000'?s?\s*", inner):
            # "Passengers (000)": thousands of what the label counts; "Days lost (000)":
            # thousands of the unit of time the head's noun is
            return 3, _time_counted(re.sub(r"\([^)]*\)", " ", head))
        return None, None
    if unit is None and scale:
        # "Days lost ('000)", "Hours worked (millions)": the brackets scale the unit of
        # time the head's noun counts
        return scale, _noun_unit(re.sub(r"\([^)]*\)", " ", head))
    return scale, unit


#: units a head's word never gives its cells: periods and spans (a "Year" column), shares,
#: and symbols that are other words as often ("GB" Britain, "Mt" a mountain, "ms" a title)
_NOT_NOUN_UNITS = {"YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "PERCENT", "PERCENT_POINT",
                   "PERMILLE", "UNITLESS", "NUM", "INDEX"}
_NOT_NOUN_SYMBOLS = {"GB", "TB", "Mt", "ms", "mi", "pp", "lb", "in", "at"}


def _noun_unit(head: str) -> str | None:
    """The unit a head's noun counts: a unit of time (:func:`_time_counted`), or one unit of
    measure it names in words or by its symbol, not per something ("Tonnes landed",
    "Available seat km", "Hectares restored"); None where it names none or more than one
    ("Tonne-km"), a rate per one ("Litres per head") or a share ("% of tonnes")."""
    counted = _time_counted(head)
    if counted or re.search(r"%|\bper\s*cent|\bshare\b|\bper\b|/", head, re.I):
        return counted
    from kg.numbers import unit_named
    # "Towpath resurfacing, 2.4 km": an amount the label names is no unit of its cells
    head = re.sub(r"\d[\d,.]*\s*-?\s*[^\W\d_][\w²³]*", " ", head)
    # ("Net tonne-km" is one word: a tonne carried a kilometre is neither unit)
    words = re.findall(r"[^\W\d_][\w²³]*(?:-[^\W\d_][\w²³]*)*", head)
    found = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            written = " ".join(words[i:i + n])
            if n == 1 and (len(written) < 2 or written in _NOT_NOUN_SYMBOLS or (
                    # a unit's name only in the plural ("Tonnes landed"; "Meter rental" is a
                    # device's), and never "meters", which counts devices as often
                    len(written) > 4 and (not written.lower().endswith("s")
                                          or written.lower() == "meters"))):
                continue
            code = unit_named(written)
            if code is not None and code not in _NOT_NOUN_UNITS and code not in CURRENCIES:
                found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def _time_counted(head: str) -> str | None:
    """The unit of time a head's noun counts ("Weekly hours 2023", "Days lost"); None where
    it names none, or names the span of its column's period ("6 weeks to 3 Jan", "Twelve
    months ended"), a rate per one ("Calls per hour") or a share ("% of days")."""
    spans = [m.group(1) for m in re.finditer(
        r"(?<!\bper )\b(hours|minutes|days|weeks)\b", head, re.I)
        if not _SPAN_COUNT.search(head[:m.start()])]
    if len(spans) == 1 and not re.search(r"%|\bper\s*cent|\bshare\b", head, re.I):
        return AFTER_NUMBER_WORDS[spans[0].lower()]
    return None


#: a bracket's scale word, a unit's symbol, then plain words: "thousand m³ solid volume"
_SYMBOL_THEN_WORDS = re.compile(r"\s*(?:(?P<scale>thousand|million|billion)s?\s+)?(?P<symbol>\S+)"
                                r"(?:\s+[a-z]+)+\s*")


def _symbol_then_words(inner: str) -> tuple[int, str] | None:
    """The scale and unit of a caption's brackets that write a unit's symbol (QUDT's) after
    their scale and then plain lower-case words saying what it measures; None otherwise."""
    m = _SYMBOL_THEN_WORDS.fullmatch(inner)
    if m is None:
        return None
    unit = unit_symbols().get(m.group("symbol"))
    if unit is None:
        return None
    return {"thousand": 3, "million": 6, "billion": 9}.get(m.group("scale") or "", 0), unit


@cache
def unit_symbols() -> dict[str, str]:
    """QUDT's symbol of each unit the vocabulary has ("ha", "t", "kg", "‰"), to its code; not
    a currency's or a percent's (a head's brackets say those in words and signs the caption
    reader knows), nor a time's, nor "m" (a head's "(m)" is millions far more often than
    metres)."""
    from kg.vocab import unit_symbols as symbols
    from kg.vocab import vocabulary

    vocab = vocabulary()
    out = {}
    for code, symbol in symbols():  # kept, not parsed of the vocabulary files in each read
        if code in vocab.currencies or code in _TIME_UNITS or code in (
                "PERCENT", "PERCENT_POINT", "UNITLESS", "NUM", "YEAR") or symbol == "m":
            continue
        out[symbol] = code
    return out


_ISO_CODES = "|".join(sorted(CURRENCIES - {"ALL", "TOP", "CUP", "MAD", "SOS", "PEN", "TRY",
                                           "BOB"}))


#: the rupee's "Rs" in a caption, capital R and alone: "(Rs. million)", "(Rs crore)", "in Rs"
#: (lower case "rs" and the "Rs" inside a word stay out)
_RUPEES = re.compile(r"(?<![\w.])Rs\b\.?(?!\w)")
#: and in any case before a scale or alone in brackets: "(rs. million)", "rs lakh", "(rs)"
_RUPEES_SCALED = re.compile(r"(?<![\w.])rs\.?\s?(?:(?:million|billion|thousand|crores?|"
                            r"lakhs?|mn|bn|cr|['’]000)(?![\w'’])|(?=\)))", re.I)
#: the rand's "R" before a caption's scale: "(R million)", "(R'000)", "(Rm)", "R bn"
_RAND_SCALE = re.compile(r"(?<![\w.])R\s?(?:million|billion|thousand|m|bn|['’]000|000)(?![\w'’])")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled once a process, keyed by its own text: built per call from a
    word of a list of hundreds (:data:`_CAPTION_UNITS`), such patterns pushed each other out
    of the re module's cache (512 patterns) and were compiled again at every table (issue
    32)."""
    return re.compile(pattern)


_BRACKETED = re.compile(r"\(([^)]*)\)")
_AFTER_PER = re.compile(r"(?:\bper|/)\s*$")
#: a currency's ISO code in capitals, not inside a word
_ISO_CODE = re.compile(r"(?<![A-Za-z])(" + _ISO_CODES + r")(?![A-Za-z])")
#: a country's own sign for its currency written with another's symbol: "(R$ million)" is
#: reais and "(E£ million)" Egyptian pounds, never the "$" or "£" inside them
_LOCAL_SIGN = re.compile(r"(?<![A-Za-z])(" + "|".join(
    re.escape(s) for s in _LOCAL_SIGNS if not s.isalpha()) + ")")


def _scale_and_unit(caption: str, words: str) -> tuple[int, str | None, str]:
    scale = 0
    said = ""
    for word, power in _SCALES:
        if _compiled(r"(?<![a-z])" + re.escape(word)).search(words):
            scale, said = power, word
            break
    short = _SHORT_SCALE.search(words)
    if not scale and short:  # "(GBP m)", "($m)", "(£000)": a scale written short
        scale, said = {"m": 6, "k": 3, "000": 3}[short.group(1).lstrip("'’")], short.group(0)
    european = _EUROPEAN_SCALE.search(words) if not scale else None
    if european:  # "(Mio. €)", "(NOK mill.)": a scale written short as Europe writes it
        scale, said = (6 if european.group("million") else 9), european.group(0)
    counted = _COUNTED_IN_THOUSANDS.search(words) if not scale else None
    if counted:  # "Unit: 1.000 trees", "(1,000 tonnes)": the cells count in thousands
        scale, said = (6 if counted.group("million") else 3), counted.group(0).strip(" (:")
    coded = _CODE_SCALE.search(words)
    if coded and not scale:
        # "(EURm)", "(MSEK)", "(kEUR)", "(NOK 1,000)": a code and its scale in one
        written = coded.group("pre") or coded.group("post")
        scale = {"k": 3, "t": 3, "m": 6, "mn": 6, "bn": 9}.get(written or "", 0) or \
            (6 if len(re.sub(r"\D", "", coded.group("digits") or "")) > 4 else 3)
        said = coded.group(0)
    unit = None
    # "(cents per kWh)": a rate the vocabulary has a unit for, named whole in brackets
    named = [unit_named(p) for p in _BRACKETED.findall(caption)]
    rates = [c for c in named if c and "/" in c]
    local = _LOCAL_SIGN.search(caption) if not rates else None
    if local:
        unit = _LOCAL_SIGNS[local.group(1)]
    for word, code in _CAPTION_UNITS if not rates and not local else ():
        at = _compiled(re.escape(word) if not word.isalpha() else rf"\b{word}s?\b").search(words)
        if at:
            # "(cents per kWh)", "(£/tonne)": a unit after "per" is a rate's denominator, not
            # the cells' unit, which has no code here
            unit = None if _AFTER_PER.search(words[:at.start()]) else code
            break
    if rates:
        unit = rates[0]
    if unit is None:
        # a currency's ISO code in capitals: "(SGD m)", "ZAR million" (not a word that is
        # one too: "ALL", "TOP")
        code = _ISO_CODE.search(caption)
        unit = code.group(1) if code else None
    if unit is None and coded:
        unit = (coded.group("code1") or coded.group("code2") or coded.group("code3")).upper()
    if unit is None and (_RUPEES.search(caption) or _RUPEES_SCALED.search(words)):
        unit = "INR"  # "(Rs. million)", "Rs crore": the rupee's "Rs" with its capital
    rand = _RAND.get() and _RAND_SCALE.search(caption)
    if unit is None and rand:
        unit = "ZAR"  # "(R million)", "(R'000)", "Rm": the rand, in a South African text
        if not scale:
            # "(R'000)", "(Rm)": the rand's scale written short, as "($'000)" is the dollar's
            scale = {"m": 6, "bn": 9, "000": 3}.get(rand.group(0)[1:].strip().lstrip("'’"), 0)
            said = said or rand.group(0)
    parens = _BRACKETED.findall(caption)
    if unit is None and _INDEX_BASE.search(caption):
        unit = "INDEX"  # "Consumer price index by division (2020 = 100)": index levels
    if unit in _ENERGY_STEPS and scale in (3, 6, 9):
        # "billions of kilowatt-hours" are terawatt-hours: the unit a text writes them in
        steps = _ENERGY_STEPS.index(unit) + scale // 3
        if steps < len(_ENERGY_STEPS):
            unit, scale = _ENERGY_STEPS[steps], 0
    return scale, unit, "; ".join(parens) or said


_ENERGY_STEPS = ["KWH", "MWH", "GWH", "TWH"]
#: a caption's unit of a thousand (or a million) things written in digits, as statistics
#: offices head their tables: "Unit: 1.000 trees", "(1,000 tonnes)", "in 1 000 persons"
#: (never "per 1,000 residents": a rate)
_COUNTED_IN_THOUSANDS = re.compile(
    r"(?:\bunit:?\s*|\(\s*|\bin\s+)1[ ,.\u00a0\u202f]000(?P<million>[ ,.\u00a0\u202f]000)?"
    r"(?![\d,.]?\d)(?=\s+[a-z])", re.I)
#: a number before a unit of time in a head: the span of its period ("6 weeks to 3 Jan",
#: "twelve months ended"), not the unit of its cells
_SPAN_COUNT = re.compile(r"(?:\d|\b(?:" + "|".join(ONES[1:] + TENS[2:]) + r"))[\s-]*$", re.I)
#: thousands written bare at the head of a head's brackets: "(000 ha)", "(000s t)"
_BARE_THOUSANDS = re.compile(r"\s*'?000'?s?\s+(?=\S)")
#: a mass's symbol and the chemical formula of what it weighs: "kt CO2e", "t CO2-eq", "Mt C"
_WHAT_IT_WEIGHS = re.compile(r"(\S+)\s+(?:[A-Z][a-z]?\d*)+(?:e|[- ]?eq\.?)?")
_MASSES = {"KG", "TONNE", "KILOTONNE", "MEGATONNE"}
#: an index's base period: "(2020 = 100)", "2015=100"
_INDEX_BASE = re.compile(r"\b(?:18|19|20)\d\d(?:\s*[/-]\s*\d\d)?\s*=\s*100\b")
#: units of time a head's brackets may name by their symbols alone ("(min)" is the minimum
#: in a table that also has a "(max)" column: see :func:`_table`)
_TIME_SYMBOLS = {"min": "MINUTE", "mins": "MINUTE", "h": "HOUR", "hr": "HOUR", "hrs": "HOUR"}
#: units of time a head's brackets may name alone
_TIME_UNITS = {"MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "SECOND"}


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}


def caption_period(caption: str) -> str | None:
    """The one period a caption names: "second quarter 2024", "Q2 2024", "first half of
    2024", "2023"; None where it names none or several."""
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)"
                  r"(?:\s+of)?,?\s+((?:19|20)\d\d)\b", caption, re.I)
    if m:
        n = _ORDINAL[m.group(1).lower()]
        return f"{m.group(3)}-{'Q' if m.group(2).lower() == 'quarter' else 'H'}{n}"
    return column_period(caption)


#: a quarter in a column head, of a year or of a fiscal year: "Q3 2024", "Q4 FY2026", "2024 Q1"
_HEAD_QUARTER = re.compile(r"\b(Q[1-4])\s*[-/ ]?\s*(?:FY\s*)?((?:19|20)\d\d)\b|"
                           r"\b((?:19|20)\d\d)\s*[-/ ]?\s*(Q[1-4])\b", re.I)
_HEAD_HALF = re.compile(r"\b(H[12])\s*[-/ ]?\s*(?:FY\s*)?((?:19|20)\d\d)\b", re.I)
_HEAD_YEAR = re.compile(r"(?<![\d/–-])(?:FY\s*)?((?:19|20)\d\d)(?:\s*[/–-]\s*(\d\d))?(?!\d)")


def column_period(header: str) -> str | None:
    """The period a column head names: "2024", "Q3 2024", "2023/24", "H1 2024",
    "FY2024 Adopted"; None where it names none, or two years."""
    h = header.strip()
    # "Q4 FY2026": a quarter of the fiscal year, never the whole year a "FY2026" beside it is
    m = _HEAD_QUARTER.search(h)
    if m:
        q, y = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return f"{y}-{q.upper()}"
    m = _HEAD_HALF.search(h)
    if m:
        return f"{m.group(2)}-{m.group(1).upper()}"
    years = _HEAD_YEAR.findall(h)
    if len(years) == 1:
        year, tail = years[0]
        return year + (f"/{tail}" if tail else "")
    return None
