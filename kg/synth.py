"""Synthetic documents with known errors: a corpus whose right answer is known.

``kg synth --documents N --seed S --output DIR`` writes N document folders in
exactly the format of ``claims/`` (source text, document, entities and claims
Turtle) and ``DIR/ground-truth.json``: every planted error, the relation it
breaks, the figure that is wrong, as written and as it should be.

How the right answer is known: every *true* value satisfies its relation
exactly, and every figure is written as a rounding of its true value, so its
interval holds the true value and each relation is consistent by
construction, including those built to touch the edge of an interval.  A
planted error then rewrites one figure (or one word) the way people slip: a
power of ten, million for billion, the wrong currency, transposed, dropped or
extra digits, a rise written as a fall, percent and percentage points
confused, a total one rounding step too far, the wrong weekday.  Each slip
moves its figure far outside what the other figures allow, so exactly the
planted relations fail.

>>> docs = generate(documents=2, seed=7)
>>> len(docs), sum(len(d.figures) for d in docs) // 2
(2, 75)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.authoring.new import PREFIX_HEADER

BASE = "https://w3id.org/claimgraph/doc/"
BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6

#: every slip the diagnosis knows, plus the two errors only a check can see
PATTERNS = ("power of ten", "million/billion mix-up", "wrong currency", "transposed digits",
            "one wrong digit", "dropped digit", "extra digit", "sign flip (rise vs fall)",
            "percentage points read as percent", "percent read as percentage points",
            "rounding step", "wrong weekday")


@dataclass
class Figure:
    name: str
    quote: str
    value: Decimal
    unit: str
    measures: str
    about: str
    period: str = ""  # the object of dcterms:temporal (Turtle), if the figure has one


@dataclass
class Block:
    """One sentence of a document: a claim, its figures and one relation."""

    name: str
    sentence: str
    about: list[str]
    figures: list[Figure]
    relation: str  # Turtle predicate list of the relation (after its type)
    kind: str
    label: str
    date: tuple[str, str] | None = None  # (quote, ISO date) of a stated date
    relation_class: str = ""  # default: the class of ``kind``
    extra: str = ""  # more Turtle: the block's derived figures

    def __post_init__(self) -> None:
        self.relation_class = self.relation_class or _CLASS_OF[self.kind]


_CLASS_OF = {"sum": "SumRelation", "difference": "DifferenceRelation", "ratio": "RatioRelation",
             "percent-change": "PercentChangeRelation", "conversion": "ConversionRelation",
             "comparison": "ComparisonRelation", "date": "CalendarRelation",
             "average": "AverageRelation", "multiple": "MultipleRelation",
             "share": "ShareRelation", "growth": "CompoundGrowthRelation",
             "restatement": "RestatementRelation", "whole": "WholeRelation",
             "containment": "SumRelation"}


@dataclass
class Planted:
    document: str
    relation: str
    check: str
    pattern: str
    figure: str | None
    written: str
    true: str


@dataclass
class SynthDocument:
    doc_id: str
    title: str
    blocks: list[Block]
    entities: dict[str, str]
    planted: list[Planted] = field(default_factory=list)

    @property
    def figures(self) -> list[Figure]:
        return [f for b in self.blocks for f in b.figures]

    @property
    def text(self) -> str:
        paragraphs, current = [], []
        for i, b in enumerate(self.blocks):
            current.append(b.sentence)
            if len(current) == 4 or i == len(self.blocks) - 1:
                paragraphs.append(" ".join(current))
                current = []
        return f"{self.title}\n\n" + "\n\n".join(paragraphs) + "\n"


# --- numbers as people write them ---------------------------------------------------------

def _q(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places))


def _money(billions: Decimal, currency: str, style: int = 0) -> str:
    text = f"{billions}"
    if currency == "USD":
        return f"${text} billion" if style % 2 else f"{text} billion US dollars"
    return f"{text} billion {'yuan' if currency == 'CNY' else 'euros'}"


_SYLLABLES = ("nor", "val", "quin", "tex", "bar", "lum", "sor", "dan", "mer", "kil", "zen",
              "pol", "ar", "ven", "tor", "ria", "cas", "lin", "dor", "mia", "rex", "sel")
_REGIONS = ("the north", "the coast", "the capital", "the south", "the islands", "the east",
            "the west", "the valley", "the highlands", "the delta")
_HOLIDAYS = (("BlackFriday", "Black Friday"), ("Thanksgiving", "Thanksgiving"),
             ("SinglesDay", "Singles' Day"), ("DoubleTwelve", "Double Twelve"))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _holiday_date(rule: str, year: int) -> dt.date:
    if rule == "SinglesDay":
        return dt.date(year, 11, 11)
    if rule == "DoubleTwelve":
        return dt.date(year, 12, 12)
    first = dt.date(year, 11, 1)
    thanksgiving = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return thanksgiving + dt.timedelta(days=1 if rule == "BlackFriday" else 0)


class _Writer:
    """Writes one document's blocks; ``slip`` names the error to plant in a block, if any."""

    def __init__(self, rng: random.Random, doc_id: str) -> None:
        self.rng = rng
        self.doc_id = doc_id
        self.entities: dict[str, str] = {}
        self.planted: list[Planted] = []
        self.rate = _q(Decimal(rng.uniform(6.05, 7.25)), 2)  # yuan per US dollar

    def iri(self, local: str) -> str:
        return f"{BASE}{self.doc_id}/{local}"

    def company(self) -> str:
        while True:
            name = "".join(self.rng.choice(_SYLLABLES) for _ in range(2)).capitalize()
            slug = name.lower()
            if slug not in self.entities:
                self.entities[slug] = name
                return slug

    def name(self, slug: str) -> str:
        return self.entities[slug]

    def billions(self, low: float, high: float, places: int = 2) -> Decimal:
        return _q(Decimal(self.rng.uniform(low, high)), places)

    def plant(self, block: str, check: str, pattern: str, figure: str | None, written: str,
              true: str, focus: str | None = None) -> None:
        """``focus``: what the failing finding is about, when not the block's relation (a
        part of a period exceeding the whole: that figure)."""
        self.planted.append(Planted(self.doc_id, self.iri(focus or f"r-{block}"), check,
                                    pattern, self.iri(figure) if figure else None, written,
                                    true))

    # --- blocks, one per relation kind -------------------------------------------------

    def sum_block(self, n: int, slip: str | None = None, boundary: bool = False) -> Block:
        b = f"b{n}"
        parts = [self.company() for _ in range(3 if not boundary else 2)]
        region = self.rng.choice(_REGIONS)
        if boundary:
            # two parts (2 decimals) whose sum ends in 4, and a total with 1 decimal that
            # touches their interval exactly at its upper edge: s + 0.01 = t - 0.05
            total_tenths = Decimal(self.rng.randint(30, 90)) / 10
            s = total_tenths - Decimal("0.06")
            first = _q(s * Decimal(self.rng.uniform(0.3, 0.7)), 2)
            values = [first, s - first]
            total = total_tenths if slip != "rounding step" else total_tenths + Decimal("0.1")
            total_text = f"{total:.1f}"
        else:
            values = [self.billions(1, 9) for _ in parts]
            total = sum(values, Decimal(0))
            total_text = f"{total}"
        written = [f"{v}" for v in values]
        units = ["billion"] * len(values)
        true_total = f"{total_tenths:.1f}" if boundary else total_text
        if slip == "power of ten":
            written[0] = f"{values[0] * 100:.0f}"
            units[0] = "million"
        elif slip == "million/billion mix-up":
            units[0] = "million"
        quotes = [f"{w} {u} US dollars" for w, u in zip(written, units)]
        figures = [Figure(f"f-{b}-{i}", q, Decimal(w) * (MILLION if u == "million" else BILLION),
                          "unit:CCY_USD", "cg:SalesVolume", p)
                   for i, (q, w, u, p) in enumerate(zip(quotes, written, units, parts))]
        total_quote = f"{total_text} billion US dollars"
        figures.append(Figure(f"f-{b}-total", total_quote, Decimal(total_text) * BILLION,
                              "unit:CCY_USD", "cg:SalesVolume", "market"))
        names = [self.name(p) for p in parts]
        listing = ", ".join(f"{nm} sold {q}" for nm, q in zip(names[:-1], quotes[:-1]))
        sentence = (f"In {region}, {listing} and {names[-1]} sold {quotes[-1]}, "
                    f"{total_quote} in all.")
        if slip in ("power of ten", "million/billion mix-up"):
            self.plant(b, "sum", slip, figures[0].name, quotes[0],
                       f"{values[0]} billion US dollars")
        elif slip == "rounding step":
            self.plant(b, "sum", slip, figures[-1].name, total_quote,
                       f"{true_total} billion US dollars")
        part_list = ", ".join(f":{f.name}" for f in figures[:-1])
        return Block(b, sentence, [*parts, "market"], figures,
                     f"cg:total :{figures[-1].name} ; cg:part {part_list}", "sum",
                     f"sales in {region} add up")

    def difference_block(self, n: int, slip: str | None = None) -> Block:
        b = f"b{n}"
        a, c = self.company(), self.company()
        minuend = self.billions(20, 99, 1)
        subtrahend = self.billions(1, 15, 1)
        gap = minuend - subtrahend
        m_text, s_text = f"{minuend}", f"{subtrahend}"
        if slip == "transposed digits":
            digits = f"{minuend}"
            while digits[0] == digits[1] or abs(int(digits[0]) - int(digits[1])) < 2:
                minuend = self.billions(20, 99, 1)
                gap = minuend - subtrahend
                digits = f"{minuend}"
            m_text = digits[1] + digits[0] + digits[2:]
        if slip == "one wrong digit":  # "42.5" for "62.5": the first digit mistyped
            digits = f"{minuend}"
            m_text = str((int(digits[0]) + 3) % 7 + 2) + digits[1:]
        if slip == "wrong currency":
            s_text = f"{_q(subtrahend * self.rate, 1)}"
        mq, sq = _money(Decimal(m_text), "USD"), _money(Decimal(s_text), "USD", 1)
        dq = f"{gap} billion US dollars"
        figures = [Figure(f"f-{b}-m", mq, Decimal(m_text) * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-s", sq, Decimal(s_text) * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", c),
                   Figure(f"f-{b}-d", dq, gap * BILLION, "unit:CCY_USD", "cg:Difference", a)]
        sentence = (f"{self.name(a)} took {mq}, {dq} more than {self.name(c)}, "
                    f"which took {sq}.")
        if slip in ("transposed digits", "one wrong digit"):
            self.plant(b, "difference", slip, figures[0].name, mq, _money(minuend, "USD"))
        elif slip == "wrong currency":
            self.plant(b, "difference", slip, figures[1].name, sq, _money(subtrahend, "USD", 1))
        return Block(b, sentence, [a, c], figures,
                     f"cg:minuend :f-{b}-m ; cg:subtrahend :f-{b}-s ; cg:difference :f-{b}-d",
                     "difference", f"{self.name(a)} ahead of {self.name(c)}")

    def ratio_block(self, n: int, slip: str | None = None) -> Block:
        b = f"b{n}"
        a, c = self.company(), self.company()
        denominator = self.billions(11, 99, 2)
        while str(denominator)[0] == "1" and slip == "dropped digit" and \
                str(denominator)[1] == "0":
            denominator = self.billions(11, 99, 2)
        share = Decimal(self.rng.randint(12, 88))
        numerator = _q(denominator * share / 100, 2)
        d_text = f"{denominator}"
        if slip == "dropped digit":
            d_text = d_text[1:]  # "47.35" -> "7.35"
        nq, dq, rq = _money(numerator, "USD"), _money(Decimal(d_text), "USD"), f"{share}%"
        figures = [Figure(f"f-{b}-n", nq, numerator * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", c),
                   Figure(f"f-{b}-d", dq, Decimal(d_text) * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-r", rq, share, "unit:PERCENT", "cg:ShareOf", c)]
        sentence = (f"{self.name(c)}'s {nq} was {rq} of the {dq} that "
                    f"{self.name(a)} made.")
        if slip == "dropped digit":
            self.plant(b, "ratio", slip, figures[1].name, dq, _money(denominator, "USD"))
        return Block(b, sentence, [a, c], figures,
                     f"cg:numerator :f-{b}-n ; cg:denominator :f-{b}-d ; cg:ratio :f-{b}-r",
                     "ratio", f"{self.name(c)} as a share of {self.name(a)}")

    def percent_change_block(self, n: int, slip: str | None = None) -> Block:
        b = f"b{n}"
        a = self.company()
        initial = self.billions(2, 40, 2)
        change = _q(Decimal(self.rng.uniform(3, 45)), 1)
        falling = self.rng.random() < 0.4
        final = _q(initial * (1 + (-change if falling else change) / 100), 2)
        stated_falling = not falling if slip == "sign flip (rise vs fall)" else falling
        iq, fq, cq = _money(initial, "USD", 1), _money(final, "USD", 1), f"{change}%"
        verb = "fell" if stated_falling else "rose"
        figures = [Figure(f"f-{b}-i", iq, initial * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-f", fq, final * BILLION, "unit:CCY_USD", "cg:SalesVolume", a),
                   Figure(f"f-{b}-c", cq, change, "unit:PERCENT", "cg:GrowthRate", a)]
        sentence = f"{self.name(a)}'s sales {verb} {cq}, from {iq} in 2019 to {fq} in 2020."
        if slip:
            self.plant(b, "percent-change", slip, figures[2].name, f"{verb} {cq}",
                       f"{'fell' if falling else 'rose'} {cq}")
        direction = "cg:Decrease" if stated_falling else "cg:Increase"
        return Block(b, sentence, [a], figures,
                     f"cg:initial :f-{b}-i ; cg:final :f-{b}-f ; cg:change :f-{b}-c ; "
                     f"cg:direction {direction}", "percent-change",
                     f"{self.name(a)}'s sales change")

    def share_change_block(self, n: int, slip: str | None = None) -> Block:
        """A market share moving in percentage points (or, slipped, in percent)."""
        b = f"b{n}"
        a = self.company()
        initial = _q(Decimal(self.rng.uniform(8, 30)), 1)
        points = _q(Decimal(self.rng.uniform(1.5, 6)), 1)
        final = initial + points
        relative = _q(points / initial * 100, 1)
        relation_class = "PercentagePointChangeRelation"
        if slip == "percentage points read as percent":
            cq, cvalue, cunit, relation_class = f"{points}%", points, "unit:PERCENT", \
                "PercentChangeRelation"
            true = f"{points} percentage points"
        elif slip == "percent read as percentage points":
            cq, cvalue, cunit = f"{relative} percentage points", relative, "cg:PercentagePoint"
            true = f"{points} percentage points"
        else:
            cq, cvalue, cunit, true = f"{points} percentage points", points, \
                "cg:PercentagePoint", ""
        iq, fq = f"{initial}%", f"{final}%"
        figures = [Figure(f"f-{b}-i", iq, initial, "unit:PERCENT", "cg:ShareOf", a),
                   Figure(f"f-{b}-f", fq, final, "unit:PERCENT", "cg:ShareOf", a),
                   Figure(f"f-{b}-c", cq, cvalue, cunit, "cg:GrowthRate", a)]
        sentence = f"{self.name(a)}'s market share rose {cq}, from {iq} to {fq}."
        if slip:
            self.plant(b, "percent-change", slip, figures[2].name, cq, true)
        return Block(b, sentence, [a], figures,
                     f"cg:initial :f-{b}-i ; cg:final :f-{b}-f ; cg:change :f-{b}-c ; "
                     "cg:direction cg:Increase", "percent-change",
                     f"{self.name(a)}'s share change", relation_class=relation_class)

    def conversion_block(self, n: int, with_rate: bool) -> Block:
        b = f"b{n}"
        a = self.company()
        usd = self.billions(1, 20, 2)
        cny = _q(usd * self.rate, 1)
        usd_written = _q(cny / self.rate, 2)
        aq, uq = _money(cny, "CNY"), _money(usd_written, "USD")
        figures = [Figure(f"f-{b}-a", aq, cny * BILLION, "unit:CCY_CNY", "cg:SalesVolume", a),
                   Figure(f"f-{b}-u", uq, usd_written * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a)]
        roles = f"cg:amount :f-{b}-a ; cg:convertedAmount :f-{b}-u"
        if with_rate:
            rq = f"{self.rate}"
            figures.append(Figure(f"f-{b}-rate", rq, self.rate, "cg:CurrencyPerCurrency",
                                  "cg:ExchangeRate", "market"))
            roles += f" ; cg:rate :f-{b}-rate"
            sentence = f"{self.name(a)} earned {aq}, or {uq} at {rq} yuan a dollar."
        else:
            sentence = f"{self.name(a)} reported {aq} ({uq})."
        return Block(b, sentence, [a], figures, roles, "conversion",
                     f"{self.name(a)}'s earnings in two currencies")

    def comparison_block(self, n: int, slip: str | None = None, hedged: bool = False) -> Block:
        b = f"b{n}"
        a, c = self.company(), self.company()
        greater = self.billions(5, 9.9, 1)
        lesser = self.billions(1, 4.9, 1)
        l_text = f"{lesser}"
        if slip == "extra digit":
            l_text = l_text[0] + str(self.rng.randint(1, 9)) + l_text[1:]
        gq = f"more than {_money(greater, 'USD')}" if hedged else _money(greater, "USD")
        lq = _money(Decimal(l_text), "USD", 1)
        figures = [Figure(f"f-{b}-g", gq, greater * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-l", lq, Decimal(l_text) * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", c)]
        sentence = f"{self.name(a)}, with {gq}, outsold {self.name(c)}, with {lq}."
        if slip:
            self.plant(b, "comparison", slip, figures[1].name, lq, _money(lesser, "USD", 1))
        return Block(b, sentence, [a, c], figures, f"cg:greater :f-{b}-g ; cg:lesser :f-{b}-l",
                     "comparison", f"{self.name(a)} outsold {self.name(c)}")

    def average_block(self, n: int, slip: str | None = None) -> Block:
        """Takings, a count of orders, and the average order (a value per item)."""
        b = f"b{n}"
        a = self.company()
        count = self.rng.randint(120, 980) * 1000
        average = Decimal(self.rng.randint(12, 95))
        if slip == "transposed digits":
            while abs(int(str(average)[0]) - int(str(average)[1])) < 2:
                average = Decimal(self.rng.randint(12, 95))
        aggregate = _q(count * average / MILLION, 2)
        av_text = f"{average}"
        if slip == "transposed digits":
            av_text = av_text[::-1]
        cq, aq, vq = f"{count:,} orders", f"{aggregate} million euros", f"{av_text} euros"
        figures = [Figure(f"f-{b}-n", cq, Decimal(count), "unit:NUM", "cg:ItemCount", a),
                   Figure(f"f-{b}-a", aq, aggregate * MILLION, "unit:CCY_EUR",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-v", vq, Decimal(av_text), "unit:CCY_EUR", "cg:AverageValue",
                          a)]
        sentence = f"{self.name(a)} shipped {cq} worth {aq}, an average of {vq} an order."
        if slip:
            self.plant(b, "average", slip, figures[2].name, vq, f"{average} euros")
        return Block(b, sentence, [a], figures,
                     f"cg:aggregate :f-{b}-a ; cg:count :f-{b}-n ; cg:average :f-{b}-v",
                     "average", f"{self.name(a)}'s average order")

    def yield_block(self, n: int, slip: str | None = None) -> Block:
        """An average over a measured count (issue 30): tonnes over hectares, a yield in t/ha,
        checked in SI units by QUDT's multipliers."""
        b = f"b{n}"
        a = self.company()
        hectares = self.rng.randint(120, 980) * 10
        tenths = self.rng.randint(12, 95)  # 1.2 to 9.5 t/ha, two digits to transpose
        if slip == "transposed digits":
            while tenths % 10 == 0 or abs(tenths // 10 - tenths % 10) < 2:
                tenths = self.rng.randint(12, 95)
        per_hectare = Decimal(f"{tenths // 10}.{tenths % 10}")  # "9.0", never "9"
        tonnes = hectares * per_hectare  # a whole number: hectares come in tens
        written = f"{tenths % 10}.{tenths // 10}" if slip == "transposed digits" else \
            f"{per_hectare}"
        tq, hq, yq = f"{tonnes:,.0f} tonnes", f"{hectares:,} hectares", f"{written} t/ha"
        figures = [Figure(f"f-{b}-a", tq, tonnes.to_integral_value(), "unit:TONNE",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-n", hq, Decimal(hectares), "unit:HA", "cg:ItemCount", a),
                   Figure(f"f-{b}-v", yq, Decimal(written), "unit:TONNE-PER-HA",
                          "cg:AverageValue", a)]
        sentence = (f"{self.name(a)} sold {tq} of grain grown on {hq}, a yield of {yq}.")
        if slip:
            self.plant(b, "average", slip, figures[2].name, yq, f"{per_hectare} t/ha")
        return Block(b, sentence, [a], figures,
                     f"cg:aggregate :f-{b}-a ; cg:count :f-{b}-n ; cg:average :f-{b}-v",
                     "average", f"{self.name(a)}'s yield per hectare")

    def multiple_block(self, n: int, slip: str | None = None) -> Block:
        """'three times the', 'twice the', 'tenfold': a multiple of a base figure."""
        b = f"b{n}"
        a = self.company()
        base = self.billions(1.1, 9.9, 1)
        factor = self.rng.choice((2, 3, 4, 5, 10))
        word = {2: "twice", 3: "three times", 4: "four times", 5: "five times",
                10: "tenfold"}[factor]
        multiple = base * factor
        b_text = f"{base}"
        if slip == "extra digit":  # a stray digit in front: ten times too large or more
            b_text = str(self.rng.randint(1, 9)) + b_text
        mq, bq = _money(multiple, "EUR"), _money(Decimal(b_text), "EUR")
        figures = [Figure(f"f-{b}-m", mq, multiple * BILLION, "unit:CCY_EUR",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-k", word, Decimal(factor), "unit:UNITLESS", "cg:Factor", a),
                   Figure(f"f-{b}-b", bq, Decimal(b_text) * BILLION, "unit:CCY_EUR",
                          "cg:SalesVolume", a)]
        if factor == 10:
            sentence = f"{self.name(a)}'s exports grew {word}, from {bq} in 2015 to {mq}."
        else:
            sentence = f"{self.name(a)}'s exports reached {mq}, {word} the {bq} of 2015."
        if slip:
            self.plant(b, "multiple", slip, figures[2].name, bq, _money(base, "EUR"))
        return Block(b, sentence, [a], figures,
                     f"cg:multiple :f-{b}-m ; cg:base :f-{b}-b ; cg:factor :f-{b}-k",
                     "multiple", f"{self.name(a)}'s exports as a multiple")

    def share_of_block(self, n: int, slip: str | None = None) -> Block:
        """A portion stated as a percentage of a whole ('or 23.4% of the market')."""
        b = f"b{n}"
        a = self.company()
        whole = self.billions(20, 90, 1)
        share = _q(Decimal(self.rng.uniform(21, 88)), 1)
        while str(share)[1] == "0":
            share = _q(Decimal(self.rng.uniform(21, 88)), 1)
        portion = _q(whole * share / 100, 2)
        s_text = f"{share}"
        if slip == "dropped digit":
            s_text = s_text[1:]  # "23.4" -> "3.4"
        pq, wq, sq = _money(portion, "USD"), _money(whole, "USD", 1), f"{s_text}%"
        figures = [Figure(f"f-{b}-p", pq, portion * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-s", sq, Decimal(s_text), "unit:PERCENT", "cg:ShareOf", a),
                   Figure(f"f-{b}-w", wq, whole * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          "market")]
        sentence = f"{self.name(a)} sold {pq}, or {sq} of a {wq} market."
        if slip:
            self.plant(b, "share", slip, figures[1].name, sq, f"{share}%")
        return Block(b, sentence, [a, "market"], figures,
                     f"cg:portion :f-{b}-p ; cg:whole :f-{b}-w ; cg:share :f-{b}-s",
                     "share", f"{self.name(a)}'s share of the market")

    def restatement_block(self, n: int, slip: str | None = None) -> Block:
        """One quantity stated twice: '€4.12 billion in 2020; the annual report gives the
        same year's sales as 4,120 million euros' (a slip mistypes the second)."""
        b = f"b{n}"
        a = self.company()
        value = self.billions(1.1, 9.9, 2)
        millions = f"{value * 1000:,.0f}"
        if slip == "one wrong digit":  # "4,420" for "4,120": the second digit mistyped
            millions = millions[:2] + str((int(millions[2]) + 3) % 10) + millions[3:]
        fq, rq = _money(value, "EUR"), f"{millions} million euros"
        figures = [Figure(f"f-{b}-a", fq, value * BILLION, "unit:CCY_EUR", "cg:SalesVolume", a),
                   Figure(f"f-{b}-r", rq, Decimal(millions.replace(",", "")) * MILLION,
                          "unit:CCY_EUR", "cg:SalesVolume", a)]
        sentence = (f"{self.name(a)}'s sales reached {fq} in 2020; its annual report gives the "
                    f"same year's sales as {rq}.")
        if slip:
            self.plant(b, "restatement", slip, figures[1].name, rq,
                       f"{value * 1000:,.0f} million euros")
        return Block(b, sentence, [a], figures, f"cg:first :f-{b}-a ; cg:restatedAs :f-{b}-r",
                     "restatement", f"{self.name(a)}'s 2020 sales stated twice")

    def whole_block(self, n: int, slip: str | None = None) -> Block:
        """Shares of one whole: a company's sales by region, the last 'the remaining' one.
        True shares (two decimals) add up to exactly 100 and are written to one decimal, so
        the written ones add up to 99.9 to 100.1 and hold within their rounding."""
        b = f"b{n}"
        a = self.company()
        regions = self.rng.sample(_REGIONS, 3)
        first = _q(Decimal(self.rng.uniform(22, 68)), 2)
        second = _q((100 - first) * Decimal(self.rng.uniform(0.35, 0.75)), 2)
        true = [first, second, 100 - first - second]
        written = [f"{_q(v, 1)}" for v in true]
        if slip == "one wrong digit":  # "41.3" for "61.3": the first digit mistyped
            written[0] = str((int(written[0][0]) + 3) % 7 + 2) + written[0][1:]
        quotes = [f"{w}%" for w in written]
        figures = [Figure(f"f-{b}-{i}", q, Decimal(w), "unit:PERCENT", "cg:ShareOf", a)
                   for i, (q, w) in enumerate(zip(quotes, written))]
        sentence = (f"{self.name(a)}'s sales came {quotes[0]} from {regions[0]}, {quotes[1]} "
                    f"from {regions[1]} and the remaining {quotes[2]} from {regions[2]}.")
        if slip:
            self.plant(b, "whole", slip, figures[0].name, quotes[0], f"{_q(true[0], 1)}%")
        return Block(b, sentence, [a], figures,
                     "cg:part " + ", ".join(f":{f.name}" for f in figures), "whole",
                     f"{self.name(a)}'s sales by region")

    def growth_block(self, n: int, slip: str | None = None) -> Block:
        """Compound growth: 'grew from X in 2010 to Y in 2020, an average annual rate of r%'."""
        b = f"b{n}"
        a = self.company()
        initial = self.billions(1, 9, 1)
        start = self.rng.randint(2000, 2012)
        periods = self.rng.randint(5, 12)
        rate = Decimal(self.rng.randint(12, 29))
        while abs(int(str(rate)[0]) - int(str(rate)[1])) < 2:
            rate = Decimal(self.rng.randint(12, 29))
        final = _q(initial * (1 + rate / 100) ** periods, 1)
        r_text = f"{rate}"
        if slip == "transposed digits":
            r_text = r_text[::-1]
        iq, fq, rq = _money(initial, "USD"), _money(final, "USD"), f"{r_text}%"
        figures = [Figure(f"f-{b}-i", iq, initial * BILLION, "unit:CCY_USD",
                          "cg:SalesVolume", a),
                   Figure(f"f-{b}-f", fq, final * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          a),
                   Figure(f"f-{b}-r", rq, Decimal(r_text), "unit:PERCENT", "cg:GrowthRate", a)]
        sentence = (f"{self.name(a)}'s revenue grew from {iq} in {start} to {fq} in "
                    f"{start + periods}, an average annual rate of {rq}.")
        if slip:
            self.plant(b, "growth", slip, figures[2].name, rq, f"{rate}%")
        return Block(b, sentence, [a], figures,
                     f"cg:initial :f-{b}-i ; cg:final :f-{b}-f ; cg:growthRate :f-{b}-r ; "
                     f"cg:periods {periods}", "growth",
                     f"{self.name(a)}'s revenue growth, {start} to {start + periods}")

    def derived_block(self, n: int, slip: str | None = None) -> Block:
        """A comparison whose greater side is a derived figure: two parts from one sentence
        added up ('together more than')."""
        b = f"b{n}"
        a, c, rival = self.company(), self.company(), self.company()
        first, second = self.billions(2, 6, 1), self.billions(2, 6, 1)
        lesser = _q((first + second) * Decimal(self.rng.uniform(0.6, 0.9)), 1)
        aq, cq, lq = _money(first, "USD"), _money(second, "USD", 1), _money(lesser, "USD")
        figures = [Figure(f"f-{b}-a", aq, first * BILLION, "unit:CCY_USD", "cg:SalesVolume", a),
                   Figure(f"f-{b}-c", cq, second * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          c),
                   Figure(f"f-{b}-l", lq, lesser * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          rival)]
        sentence = (f"{self.name(a)} made {aq} and {self.name(c)} {cq}, together more than "
                    f"the {lq} of {self.name(rival)}.")
        extra = (f":d-{b} a cg:DerivedFigure ; cg:operation cg:Add ; "
                 f"cg:operands ( :f-{b}-a :f-{b}-c ) .\n")
        return Block(b, sentence, [a, c, rival], figures,
                     f"cg:greater :d-{b} ; cg:lesser :f-{b}-l", "comparison",
                     f"{self.name(a)} and {self.name(c)} together beat {self.name(rival)}",
                     extra=extra)

    def containment_block(self, n: int, slip: str | None = None) -> Block:
        """A month's sales and one day's of it (the day's period inside the month's, one
        measure and entity: kg check's period containment), the month's made up of two
        companies' (a passing sum that vouches for it). A slip writes the day ten times
        over: billion for million, past the whole month."""
        b = f"b{n}"
        a, c = self.company(), self.company()
        year, month = self.rng.randint(2015, 2024), self.rng.randint(1, 12)
        day = dt.date(year, month, self.rng.randint(1, 28))
        first, second = self.billions(2, 10, 1), self.billions(2, 10, 1)
        whole = first + second
        millions = int(whole * 1000 * Decimal(self.rng.uniform(0.02, 0.045)))
        scale, factor = ("billion", BILLION) if slip else ("million", MILLION)
        fq, sq, wq = _money(first, "USD"), _money(second, "USD", 1), _money(whole, "USD")
        pq = f"{millions} {scale} dollars"
        month_period = f'"{year}-{month:02d}"^^xsd:gYearMonth'
        figures = [Figure(f"f-{b}-w", wq, whole * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          "market", month_period),
                   Figure(f"f-{b}-a", fq, first * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          a, month_period),
                   Figure(f"f-{b}-c", sq, second * BILLION, "unit:CCY_USD", "cg:SalesVolume",
                          c, month_period),
                   Figure(f"f-{b}-d", pq, millions * factor, "unit:CCY_USD",
                          "cg:SalesVolume", "market", f'"{day.isoformat()}"^^xsd:date')]
        sentence = (f"In {day:%B} {year} the market took {wq}, {fq} at {self.name(a)} and {sq} "
                    f"at {self.name(c)}; on {day:%B} {day.day} alone it took {pq}.")
        if slip:
            self.plant(b, "containment", slip, figures[3].name, pq,
                       f"{millions} million dollars", focus=figures[3].name)
        return Block(b, sentence, ["market", a, c], figures,
                     f"cg:total :f-{b}-w ; cg:part :f-{b}-a, :f-{b}-c", "containment",
                     f"the market's sales in {day:%B} {year} add up")

    def calendar_block(self, n: int, slip: str | None = None) -> Block:
        b = f"b{n}"
        rule, holiday = self.rng.choice(_HOLIDAYS)
        year = self.rng.randint(2010, 2025)
        day = _holiday_date(rule, year)
        weekday = _WEEKDAYS[day.weekday()]
        if slip == "wrong weekday":
            weekday = _WEEKDAYS[(day.weekday() + self.rng.randint(1, 6)) % 7]
        quote = f"{day:%B} {day.day}, {year}"
        sentence = f"The busiest day was {holiday}, {weekday}, {quote}."
        if slip:
            self.plant(b, "date", slip, None, weekday, _WEEKDAYS[day.weekday()])
        return Block(b, sentence, ["market"], [],
                     f"cg:onDate :d-{b} ; cg:holiday cg:{rule} ; cg:weekday schema:{weekday}",
                     "date", f"{quote} was {holiday}", date=(quote, day.isoformat()))


# --- documents ------------------------------------------------------------------------------

#: which block kinds carry each pattern: the first in documents 0-10, the next in 11-21,
#: and so on in turn, so every relation kind gets its slips
_SLIP_BLOCKS = {
    "power of ten": ("sum",), "million/billion mix-up": ("sum", "containment"),
    "rounding step": ("boundary",), "wrong currency": ("difference",),
    "transposed digits": ("difference", "average", "growth"),
    "one wrong digit": ("difference", "whole", "restatement"),
    "dropped digit": ("ratio", "share-of"), "extra digit": ("comparison", "multiple"),
    "sign flip (rise vs fall)": ("percent-change",),
    "percentage points read as percent": ("share",),
    "percent read as percentage points": ("share",), "wrong weekday": ("calendar",),
}

#: the blocks of every document (about 70 figures, every relation kind)
_LAYOUT = ("sum", "sum", "boundary", "sum", "difference", "difference", "difference", "ratio",
           "ratio", "percent-change", "percent-change", "share", "conversion-rate",
           "conversion-rate", "conversion", "comparison", "hedged-comparison", "calendar",
           "calendar", "average", "multiple", "share-of", "growth", "derived", "whole",
           "restatement", "containment", "yield")  # new kinds last: the blocks before stay the same


def slip_block(pattern: str, index: int) -> str:
    """The block kind that carries ``pattern`` in document ``index``."""
    kinds = _SLIP_BLOCKS[pattern]
    return kinds[index // len(PATTERNS) % len(kinds)]


def slips_for(index: int) -> list[str]:
    """The errors planted in document ``index``: one pattern in turn, a second in every
    third document, none in every thirteenth (so N = 12 already covers every pattern, and
    each pattern meets every block kind it rotates through within 36)."""
    if index % 13 == 12:
        return []
    first = PATTERNS[index % len(PATTERNS)]
    if index % 3 == 2:
        second = PATTERNS[(index * 5 + 3) % len(PATTERNS)]
        if slip_block(second, index) != slip_block(first, index) or second == first:
            return [first] if second == first else [first, second]
    return [first]


def make_document(index: int, seed: int) -> SynthDocument:
    doc_id = f"synth-{seed}-{index:05d}"
    rng = random.Random(f"{seed}/{index}")
    w = _Writer(rng, doc_id)
    w.entities["market"] = "the market"
    slips = {slip_block(s, index): s for s in slips_for(index)}
    makers: dict[str, Callable[[int, str | None], Block]] = {
        "sum": lambda n, s: w.sum_block(n, s),
        "boundary": lambda n, s: w.sum_block(n, s, boundary=True),
        "difference": w.difference_block, "ratio": w.ratio_block,
        "percent-change": w.percent_change_block, "share": w.share_change_block,
        "conversion-rate": lambda n, s: w.conversion_block(n, True),
        "conversion": lambda n, s: w.conversion_block(n, False),
        "comparison": w.comparison_block,
        "hedged-comparison": lambda n, s: w.comparison_block(n, None, hedged=True),
        "calendar": w.calendar_block, "average": w.average_block,
        "multiple": w.multiple_block, "share-of": w.share_of_block, "growth": w.growth_block,
        "derived": w.derived_block, "whole": w.whole_block,
        "restatement": w.restatement_block, "containment": w.containment_block,
        "yield": w.yield_block,
    }
    # the yield takes the average's slip too (transposed digits): a slip of its own in the
    # rotation would move every other block's, and corpora of a seed stay as they were
    slips["yield"] = slips.get("average") if slips.get("average") == "transposed digits" \
        else None
    blocks: list[Block] = []
    sentences: set[str] = set()
    for n, kind in enumerate(_LAYOUT):
        slip = slips.pop(kind, None)
        while True:
            planted = len(w.planted)
            block = makers[kind](n, slip)
            # every quote must be findable in one place only ("6.88" must not also stand in
            # "6.88 billion US dollars"): redraw on a collision
            if all(block.sentence.count(f.quote) == 1 for f in block.figures) and \
                    block.sentence not in sentences:
                break
            del w.planted[planted:]
        sentences.add(block.sentence)
        blocks.append(block)
    title = f"Synthetic market report {index} (seed {seed})"
    return SynthDocument(doc_id, title, blocks, w.entities, w.planted)


def generate(documents: int, seed: int) -> list[SynthDocument]:
    return [make_document(i, seed) for i in range(documents)]


# --- files ------------------------------------------------------------------------------------

def write_corpus(output: Path, documents: int, seed: int,
                 progress: Callable[[], None] | None = None) -> dict:
    """Write ``documents`` folders and ground-truth.json under ``output``; return the truth."""
    output.mkdir(parents=True, exist_ok=True)
    planted: list[dict] = []
    relations = 0
    for i in range(documents):
        doc = make_document(i, seed)
        write_document(output / doc.doc_id, doc)
        planted.extend(vars(p) for p in doc.planted)
        relations += len(doc.blocks)
        if progress:
            progress()
    truth = {"generator": "kg synth", "seed": seed, "documents": documents,
             "relations": relations, "patterns": list(PATTERNS),
             "violations": sorted({p["relation"] for p in planted}), "planted": planted}
    (output / "ground-truth.json").write_text(json.dumps(truth, indent=1) + "\n",
                                              encoding="utf-8")
    return truth


def write_document(folder: Path, doc: SynthDocument) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = doc.text
    (folder / "source.txt").write_text(text, encoding="utf-8")
    prefixes = PREFIX_HEADER.replace("{base}", f"{BASE}{doc.doc_id}/")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    (folder / "document.ttl").write_text(prefixes + f"""
<{BASE}{doc.doc_id}> a cg:Document ;
    dcterms:identifier "{doc.doc_id}" ;
    dcterms:title "{doc.title}"@en ;
    cg:sourceFile "source.txt" ;
    schema:sha256 "{sha}" ;
    skos:editorialNote "Generated by kg synth: invented companies and figures with planted errors."@en .
""", encoding="utf-8")
    entities = "".join(f'ent:{doc.doc_id}-{slug} a schema:Organization ; rdfs:label "{name}"@en .\n'
                       for slug, name in sorted(doc.entities.items()))
    (folder / "entities.ttl").write_text(prefixes + "\n" + entities, encoding="utf-8")
    out = [prefixes]
    for b in doc.blocks:
        about = ", ".join(f"ent:{doc.doc_id}-{a}" for a in b.about)
        out.append(f"\n:c-{b.name} a cg:Claim ;\n    cg:quote '''{b.sentence}''' ;\n"
                   f"    schema:about {about} .\n")
        for f in b.figures:
            out.append(f":{f.name} a cg:Figure ; cg:claim :c-{b.name} ;\n"
                       f'    cg:quote "{f.quote}" ; qudt:numericValue {_turtle_number(f.value)} ;\n'
                       f"    qudt:unit {f.unit} ; cg:measures {f.measures} ;\n"
                       f"    schema:about ent:{doc.doc_id}-{f.about}"
                       + (f" ;\n    dcterms:temporal {f.period}" if f.period else "") + " .\n")
        if b.date:
            out.append(f':d-{b.name} a cg:StatedDate ; cg:claim :c-{b.name} ;\n'
                       f'    cg:quote "{b.date[0]}" ; cg:date "{b.date[1]}"^^xsd:date .\n')
        out.append(b.extra)
        out.append(f":r-{b.name} a cg:{b.relation_class} ; cg:claim :c-{b.name} ; "
                   f'cg:basis cg:Stated ;\n    rdfs:label "{b.label}"@en ;\n    {b.relation} .\n')
    (folder / "claims.ttl").write_text("".join(out), encoding="utf-8")


def _turtle_number(value: Decimal) -> str:
    """Integers without a trailing ".00" (an xsd:integer), other values as written."""
    return f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"
