"""Compound growth: "grew from A in 2014 to B in 2024, an average of 2.7 percent a year",
"grew from A to B, an average annual rate of 16.7 percent over ten years", "more than
doubled, growing at an average annual rate of 15.5 percent" (the years say the periods).

The periods are what the words say: "over five years", "over the last four years", "over
the decade"; else the years of the two figures ("in 2014 … in 2024")."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.authoring.new import DEPOSIT_VERBS
from kg.authoring.suggest.kinds.cues import bases, direction, refers_back, targets, year_of
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, FIGURES, PERCENT, QUANTITY, YEAR, Document,
                                       Patterns, Sentence, Slot, figure, gap, words)

_SPAN = ("over", "in", "across", "during", "within")
_SPAN_FILLER = ("the", "last", "past", "previous", "preceding", "next", "first", "those",
                "these", "a", "an", "its", "period", "of")
PATTERNS = Patterns({
    "growth": [
        [figure(PERCENT, role="rate"), words("a", "per", "each", "every"),
         words("year", "annum")],
        [figure(PERCENT, role="rate"), words("annually", "yearly", "p.a", "p.a.", "annualised",
                                             "annualized")],
        [figure(PERCENT, role="rate"), words("per"), words("annum")],
        # "a compound annual growth rate (CAGR) of 10.1%": brackets may stand between
        [words("annual", "annually", "compound", "compounded", "cagr", "yearly", "annualised",
               "annualized"),
         {"NORM": {"NOT_IN": list(FIGURES)}, "OP": "{0,5}"}, figure(PERCENT, role="rate")],
    ],
    # "paid 4.25% APY", "3.1% AER": a savings product's yield, a rate compounded yearly
    # (read only with a deposit and what it grows to, see _deposited)
    "yield": [[figure(PERCENT, role="rate"), words("apy", "aer", "a.p.y.", "a.e.r.")]],
    "decade": [[words("over", "in", "across", "during"), gap(2, filler=_SPAN_FILLER),
                words("decade")]],
    # "between 2019 and 2024", "from 2014 to 2024", "in 2015-2023"
    "years": [[words("between", "from"), {"NORM": YEAR}, words("and", "to"), {"NORM": YEAR}],
              [{"NORM": YEAR}, words("-", "–", "—"), {"NORM": YEAR}]],
})


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    for m in PATTERNS(sentence):
        if m.name not in ("growth", "yield"):
            continue
        rate = m.roles["rate"]
        ends = _ends(sentence, document) if m.name == "growth" else None
        later = (_later(sentence, document) if m.name == "growth" else
                 _deposited(sentence, document)) if ends is None else None
        if m.name == "yield" and later is None:
            continue
        before = None
        if ends is None and later is None:
            # "That is an average annual rate of growth of 40.3% over the two years": both
            # ends are the sentence before's
            before = _said_before(sentence, document)
            if before is None:
                continue
            ends = before
        initial, final = ends or later[:2]
        if _falls(sentence, rate.token) or (before and _falls(
                document.sentences[final.sentence], len(document.sentences[final.sentence].doc))):
            # "shrank from 412.6 km2 to 318.9 km2, an average annual rate of decline of 0.86%":
            # a relation of growth has no direction, and a rate of decline is no growth rate
            continue
        periods = later[2] if later else _span(sentence)
        years = year_of(document, initial), year_of(document, final)
        if periods is None and None not in years:
            periods = years[1] - years[0]
        if periods is None and before is None:
            periods = _years_before(sentence, document, years)
        if periods is None and None in years:
            periods = _read_span(sentence, document, initial, final)
        if not periods or periods < 1:
            continue  # no periods the words give: the rate cannot be checked
        when = tuple(f" ({y})" if y else "" for y in years)
        out.append(make("CompoundGrowthRelation", sentence.claim,
                        {"initial": initial, "final": final, "growthRate": rate}, m.evidence,
                        f"{initial.text}{when[0]} to {final.text}{when[1]}: {rate.text} a year",
                        periods=periods,
                        across=before is not None or _named(document, sentence, final)
                        or _same_measure(sentence, initial, final)))
    return out


def _ends(sentence: Sentence, document: Document) -> tuple[Slot, Slot] | None:
    """The first and last values: "from A to B", else the two dated amounts ("A in 2014 …
    B in 2024"), else "from A in 2019" with the end in an earlier sentence."""
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS and not _is_span(s)]
    start = [b.roles["base"] for b in bases(sentence) if b.roles["base"] in amounts
             and sentence.doc[b.start].lower_ == "from"]
    end = [t.roles["target"] for t in targets(sentence) if t.roles["target"] in amounts]
    if len(start) == 1 and len(end) == 1 and start[0].unit == end[0].unit \
            and start[0].token < end[0].token:
        return start[0], end[0]
    # "climbed to 1.28 million, compared with 986,000 in 2019 - a compound annual growth
    # rate of 4.5% over the five years": the level reached and the baseline set after it
    against = [b.roles["base"] for b in bases(sentence) if b.roles["base"] in amounts
               and sentence.doc[b.start].lower_ in ("compared", "against", "versus", "vs",
                                                    "vs.")]
    if not start and len(against) == 1 and len(end) == 1 and \
            against[0].unit == end[0].unit and end[0].token < against[0].token:
        return against[0], end[0]
    dated = [s for s in amounts if year_of(document, s) is not None]
    if len(dated) >= 2:
        first, last = sorted(dated[:2], key=lambda s: year_of(document, s))
        if first.unit == last.unit and year_of(document, first) < year_of(document, last):
            return first, last
    elif len(dated) == 1 and dated[0] in start:
        # "have grown from $7.2 million in 2019": the end is in an earlier sentence
        initial = dated[0]
        since = year_of(document, initial)
        final = _up_from(sentence, initial, amounts) or \
            document.antecedent(sentence, initial.unit,
                                need=lambda s: (year_of(document, s) or 0) > since)
        if final is None and _span(sentence):
            # "Over five years, national rents have risen from EUR 1,402 in late 2019": the
            # years say the periods, the end is the level of rents said first, for the period
            # kg read gave it (its own words name no year)
            final = _later_level(sentence, document, initial, subject=_grows(sentence))
        if final is not None:
            return initial, final
    elif len(dated) == 1 and len(amounts) == 1 and _span(sentence) and \
            _stood(sentence, dated[0]) and \
            any(t.lower_ in ("it", "they") for t in sentence.doc[:dated[0].token]):
        # "Organic land reached 36,500 ha. In 2020 it stood at 27,800 ha, so it has grown at
        # 6.5% a year over five years": the one dated level is the start, "it" the level the
        # sentence before ends on, never of an earlier year
        initial = dated[0]
        since = year_of(document, initial)
        final = document.antecedent(sentence, initial.unit, back=1,
                                    need=lambda s: (year_of(document, s) or since + 1) > since
                                    and not _changed_by(document, s))
        if final is not None and final.sentence != sentence.index:
            return initial, final
    # "Since the second quarter of 2019, when 5.70 million people were in work, employment
    # has grown at …": the start is the figure "when" introduces, the end the sentence before
    # ("since 2017/18, when the union exported 11,600 tonnes": "when" opens the figure's
    # clause, its subject and verb between)
    # ("over the five years from 2020, when 2,140 homes were finished": "from" a year says
    # the start as "since" does)
    since = [s for s in amounts if _since(sentence, s.token) and _when_clause(sentence, s)]
    if len(since) == 1 and _span(sentence):
        final = _it_before(sentence, since[0], amounts) or \
            document.antecedent(sentence, since[0].unit, back=1,
                                    need=lambda s: s.local != since[0].local
                                    and not _changed_by(document, s)
                                    and not _compared_with(document, s)) or \
            _later_level(sentence, document, since[0])
        if final is not None:
            return since[0], final
        year = _since_year(sentence, since[0].token)
        if year is not None:
            # "We have come a long way since 2019/20, when we generated 2,960 MWh: output has
            # grown by 17.1% a year over those six years": no level in the sentence before,
            # so the end is the level named alike for a later year, the year "since" names
            # the start's and kg read's period the end's
            initial = replace(since[0], year=year)
            final = _later_level(sentence, document, initial, subject=_grows(sentence))
            if final is not None:
                return initial, final
    elif len(since) == 1 and _since_year(sentence, since[0].token) and \
            _alone_in_its_clauses(sentence, since[0], amounts):
        # "Since 2019, when it lent 1.21 million books, loans have compounded at 5% a year"
        # with no span said: the start is of the year "since" names, the end the level an
        # earlier sentence names alike for a later year, and the two years give the periods
        # ("Since 2016, when the trust held £41 million, assets have grown …": the end may be
        # named by what grows, "assets", as well as by the start's own words; its year may be
        # the period kg read gave it, "at 31 December 2025")
        initial = replace(since[0], year=_since_year(sentence, since[0].token))
        final = _later_level(sentence, document, initial, subject=_grows(sentence))
        if final is not None and year_of(document, final) is not None:
            return initial, final
    if not amounts and sentence.index > 0 and _span(sentence) and \
            [t.lower_ for t in sentence.doc[:2]] in (["since", "then"], ["since", "that"]):
        return _since_then(sentence, document)
    ago = _ago_start(sentence, document, amounts)
    if ago is not None:
        return ago
    if len(amounts) == 1 and _span(sentence):
        return _compared_back(sentence, document, amounts[0])
    return None


#: the word before "from" that makes the amount before it the level reached: "worth £5
#: million last year, up from £3 million in 2019"
_UP_DOWN = ("up", "down", "rising", "falling", "climbing", "growing")


def _up_from(sentence: Sentence, initial: Slot, amounts: list[Slot]) -> Slot | None:
    """The level reached in the start's own clause: "were worth €5.2 million last year, up
    from €3.1 million in 2019 - growth of 11 per cent a year over five years" has its end
    before ", up from", the one amount of the start's unit before it in the sentence (none
    when another figure stands between, or the amount is a change: "rose by")."""
    doc = sentence.doc
    at = initial.token - 1
    while at > 0 and doc[at].lower_ != "from" and doc[at].lower_ in ("some", "about", "around",
                                                                      "nearly", "almost"):
        at -= 1
    if at < 2 or doc[at].lower_ != "from" or doc[at - 1].lower_ not in _UP_DOWN or \
            doc[at - 2].text != ",":
        return None
    before = [s for s in sentence.slots if s.token < at - 2]
    if not before or before[-1] not in amounts or before[-1].unit != initial.unit:
        return None
    level = before[-1]
    if doc[level.token - 1].lower_ in ("by", "of") or \
            sum(1 for s in amounts if s.token < initial.token and s.unit == initial.unit) != 1:
        return None
    return level


def _ago_start(sentence: Sentence, document: Document,
               amounts: list[Slot]) -> tuple[Slot, Slot] | None:
    """(initial, final) of "Six years ago, in 2019, the club had 410 members; membership has
    since grown at 5% a year", "there were 2,760 hectares a decade ago, so the area has grown
    by 0.8% a year": the one amount before the rate, said of a time "ago" or "earlier" (the
    span, see _span), is the start; the end is the level an earlier sentence gives of what
    grows, named so (by its words, or the start's), for a later year."""
    rates = [s for s in sentence.slots if s.cls == PERCENT]
    if not rates or _ago(sentence) is None:
        return None
    before = [s for s in amounts if s.token < rates[0].token]
    if len(before) != 1 or len(before) != len(amounts) or \
            not any(t.lower_ in _AGO for t in sentence.doc[:rates[0].token]):
        return None
    initial = before[0]
    year = year_of(document, initial) or _year_named(sentence)
    if year is not None:
        initial = replace(initial, year=year)
    final = _later_level(sentence, document, initial, subject=_grows(sentence))
    return (initial, final) if final is not None else None


#: the words that set a span of years back from now: "five years ago", "a decade earlier"
_AGO = ("ago", "earlier")


def _ago(sentence: Sentence) -> int | None:
    """The years "ago" or "earlier" says: "Five years ago" (the number drafted as a
    duration), "a decade ago", "A decade earlier"."""
    doc = sentence.doc
    for slot in sentence.slots:
        after = doc[slot.token + 1:slot.token + 2]
        if _is_span(slot) and slot.value and slot.value == int(slot.value) and len(after) \
                and after[0].lower_ in _AGO:
            return int(slot.value)
    for token in doc[1:-1]:
        if token.lower_ == "decade" and doc[token.i - 1].lower_ in ("a", "one") and \
                doc[token.i + 1].lower_ in _AGO:
            return 10
    return None


def _year_named(sentence: Sentence) -> int | None:
    """The one year a sentence names ("in Q2 2020", "since 2015"), else None."""
    years = {int(t.text) for t in sentence.doc if t.norm_ == YEAR}
    return years.pop() if len(years) == 1 else None


#: the words that compare what a sentence's pronoun stands for with a figure after them:
#: "three times as many as in 2019 (782,000)", "up from", "more than", "compared with"
_COMPARING = ("as", "than", "from", "compared", "against", "versus", "vs", "vs.", "on")


def _compared_back(sentence: Sentence, document: Document,
                   earlier: Slot) -> tuple[Slot, Slot] | None:
    """(initial, final) of "… 2,184,000 trips. That's three times as many trips as in 2019
    (782,000), and works out to growth averaging 24.6% a year over those five years": the
    sentence opens on a pronoun for the level the sentence before gives and compares it
    with its one amount, the start; the level is the one of that unit there, never a
    baseline or a change."""
    from kg.authoring.suggest.kinds.portions import is_base, is_earlier

    doc = sentence.doc
    if sentence.index == 0 or not refers_back(sentence) or \
            not any(t.lower_ in _COMPARING for t in doc[2:earlier.token]):
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == earlier.unit and s.cls == earlier.cls
              and not is_base(before, s) and not is_earlier(before, s)
              and not _changed_by(document, s)]
    return (earlier, levels[0]) if len(levels) == 1 else None


#: the pronouns a growth's clause opens on for the level its sentence gave first
_IT = ("it", "they", "this", "these")


def _it_before(sentence: Sentence, start: Slot, amounts: list[Slot]) -> Slot | None:
    """"Fees are the largest item at £4.9 million; it has grown by 6% a year over the five
    years since 2020, when it stood at £3.7 million": the one level of the start's unit in
    the clause before, which the growth's "it" takes up, is the end."""
    from kg.authoring.suggest.kinds.portions import level

    doc = sentence.doc
    rates = [s for s in sentence.slots if s.cls == PERCENT and s.token < start.token]
    if not rates:
        return None
    here = [s for s in amounts if s.token < rates[-1].token and s is not start
            and s.unit == start.unit and level(sentence, s)]
    if len(here) != 1 or len(here) != len([s for s in amounts if s.token < start.token]):
        return None
    # (the pronoun opens a clause of its own, after a stop, a comma, a dash or "and": it is
    # the growth's subject, not an object inside the level's clause)
    opens = [t for t in doc[here[0].token + 1:rates[-1].token] if t.lower_ in _IT
             and doc[t.i - 1].text in (";", ",", "and", "—", "–", "-")]
    return here[0] if opens else None


def _since(sentence: Sentence, until: int) -> bool:
    """Whether the words before token ``until`` start the growth at a time: "since", or
    "from" right before a year ("over the five years from 2020")."""
    doc = sentence.doc
    return any(t.lower_ == "since" or t.lower_ == "from" and t.i + 1 < until
               and doc[t.i + 1].norm_ == YEAR for t in doc[:until])


#: a year as "since" may name it: "2019", a financial year "2020/21" (it starts in 2020),
#: a part of one "mid-2020", "late-2018"
_SINCE_YEAR = re.compile(r"^(?:(?:mid|early|late|end)-)?((?:19|20)\d\d)(?:/(?:\d\d){1,2})?$", re.I)


def _since_year(sentence: Sentence, until: int) -> int | None:
    """The year "since" names before token ``until``: "Since 2019, when …", "Since the first
    quarter of 2022, when …", "since 2020/21, when …", "Since mid-2020, when …" (no figure or
    stop between)."""
    doc = sentence.doc
    for token in doc[:until]:
        if token.lower_ != "since":
            continue
        for after in doc[token.i + 1:min(until, token.i + 7)]:
            year = _SINCE_YEAR.match(after.text)
            if after.norm_ == YEAR or year is not None:
                return int(year.group(1) if year is not None else after.text)
            if after.norm_ in FIGURES or not after.is_alpha:
                break
    return None


#: the words of a growth that name no thing grown: "Student numbers have grown at an
#: average of …" names students
_GROWTH_WORDS = frozenset({"average", "averag", "annual", "annually", "rate", "compound",
                           "compounded", "year", "since", "now", "number", "numb", "grown",
                           "grow", "growth", "risen", "rose", "increased", "increas", "total",
                           "level", "per", "cent", "percent", "when", "mean", "means",
                           "equivalent"})


def _grows(sentence: Sentence) -> frozenset[str]:
    """The words that name what a growth's rate is of ("assets have grown by an average of
    7.6% a year": assets): the rate's own words, less those of growing."""
    rates = [s for s in sentence.slots if s.cls == PERCENT]
    return frozenset(w for s in rates[:1] for w in s.words if w not in _GROWTH_WORDS
                     and direction(w) is None)


#: the words that open another clause after a comma: "…, and is pulling ahead of its rival,
#: which reported 1.05 million TEU"
_NEXT_CLAUSE = ("and", "which", "who", "while", "whereas", "but")


def _alone_in_its_clauses(sentence: Sentence, start: Slot, amounts: list[Slot]) -> bool:
    """Whether the figure "since … when" gives is the only amount of the growth's clauses:
    any other stands after it, in a clause of its own a comma and a clause word open ("…,
    when it handled 0.96 million TEU, and is pulling ahead of its rival, which reported 1.05
    million TEU"); an amount the growth reaches ("… at 5% a year to 1.6 million") is none."""
    doc = sentence.doc
    for other in amounts:
        if other is start:
            continue
        if other.token < start.token or not any(
                doc[t].text == "," and doc[t + 1].lower_ in _NEXT_CLAUSE
                for t in range(start.token + 1, other.token - 1)):
            return False
    return True


def _when_clause(sentence: Sentence, slot: Slot) -> bool:
    """Whether "when" opens the clause a figure stands in: "…, when 5.70 million people were
    in work", "…, when the union exported 11,600 tonnes" (no figure or stop between)."""
    for token in reversed(sentence.doc[max(0, slot.token - 5):slot.token]):
        if token.lower_ == "when":
            return True
        if not token.is_alpha or token.norm_ in FIGURES:
            return False
    return False


def _since_then(sentence: Sentence, document: Document) -> tuple[Slot, Slot] | None:
    """(initial, final) of "… counted 2.41 million overnight stays in 2019. Since then the
    number has grown at an average annual rate of 5.5 percent over four years": the start is
    the one dated amount of the sentence before, the end the level of its unit an earlier
    sentence gives for a later year (never one a change states)."""
    before = document.sentences[sentence.index - 1]
    dated = [s for s in before.slots if s.cls in AMOUNTS and not _is_span(s)
             and year_of(document, s) is not None]
    if len(dated) != 1:
        return None
    final = _later_level(sentence, document, dated[0])
    return (dated[0], final) if final is not None else None


def _later_level(sentence: Sentence, document: Document, initial: Slot,
                 subject: frozenset[str] | None = None) -> Slot | None:
    """The level an earlier sentence gives of what ``initial`` counts, for a later year: of
    the unit's figures named with the initial's words ("overnight stays", "exported … tonnes"),
    the one sharing most of them, then the latest year's, then the nearest; never a change
    ("rose by 61,000"), a baseline or the initial's own year. With the ``subject`` words of
    what grows ("assets"), a figure is named by those too, or its sentence is where the
    figure has no words of its own ("Assets under management: NOK 412.8 billion"), and its
    year may be the period kg read gave it (the year "at 31 December 2024" says); an empty
    ``subject`` (the growth's words name nothing) allows those too, named by the initial's
    words alone."""
    from kg.authoring.suggest.kinds.portions import is_base, is_earlier

    since = year_of(document, initial)
    best = None
    for earlier in document.sentences[:sentence.index]:
        for slot in earlier.slots:
            year = year_of(document, slot) if slot.year is None else slot.year
            if year is None and subject is not None:
                year = _period_year(document, slot)
            # (what grows names the level before the start's own words do: "Student
            # numbers have grown …, when we taught 19,900" is of students)
            said = (slot.words or earlier.words) if subject is not None else slot.words
            named = len(said & (subject or frozenset()))
            shared = len(said & initial.words)
            if slot is initial or slot.unit != initial.unit or slot.cls not in AMOUNTS or \
                    not (shared or named) or year is None or since is not None and \
                    year <= since or _changed_by(document, slot) or is_base(earlier, slot) or \
                    is_earlier(earlier, slot) or subject is not None and \
                    _per_every(earlier, slot):
                continue
            rank = (-named, -shared, -year, sentence.index - earlier.index)
            if best is None or rank < best[0]:
                best = (rank, slot)
    if best is None or best[1].year is not None or year_of(document, best[1]) is not None:
        return best[1] if best else None
    return replace(best[1], year=_period_year(document, best[1]))


def _per_every(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is one term of a rate, no level: "one public charge point for every
    434 residents", "two nurses per ward" (either term)."""
    if slot.token > 0 and sentence.doc[slot.token - 1].lower_ in ("every", "each", "per"):
        return True
    for token in sentence.doc[slot.token + 1:slot.token + 6]:
        if token.lower_ == "per" or token.lower_ == "for" and \
                sentence.doc[token.i + 1:token.i + 2].text.lower() in ("every", "each"):
            return True
        if not token.is_alpha:
            return False
    return False


def _read_span(sentence: Sentence, document: Document, initial: Slot,
               final: Slot) -> int | None:
    """The years between the two ends of "grew from about 184 to 392 - twice the earlier
    level, or 7% a year compounded", where the words name no year and no span: the whole
    years kg read gave the two figures (from the document's own "2015-2025", its heading's
    years), when both ends stand in the rate's sentence and each has a year of its own."""
    if initial.sentence != sentence.index or final.sentence != sentence.index:
        return None
    got = [document.periods.get(s.local) or "" for s in (initial, final)]
    if not all(re.fullmatch(r"(?:19|20)\d\d", p) for p in got):
        return None  # a quarter, a month, a span or none: not whole years apart
    first, last = (int(p) for p in got)
    return last - first if last > first else None


def _period_year(document: Document, slot: Slot) -> int | None:
    """The year of the period kg read gave a figure ("2024-12-31", "2025-26", "2026-Q1")."""
    period = document.periods.get(slot.local) or ""
    return int(period[:4]) if re.match(r"\d{4}", period) else None


def _stood(sentence: Sentence, slot: Slot) -> bool:
    """Whether a verb of being states the figure: "it stood at 27,800", "it was 27,800"."""
    said = [t.lower_ for t in sentence.doc[max(0, slot.token - 2):slot.token]]
    return bool(said) and (said[-1] in ("was", "were") or said[-2:] in (
        ["stood", "at"], ["was", "at"], ["were", "at"], ["totalled", "at"]) or said[-1] in (
        "totalled", "totaled", "numbered"))


def _said_before(sentence: Sentence, document: Document) -> tuple[Slot, Slot] | None:
    """The "from … to …" of the sentence before, where this one opens on a pronoun for it
    ("That is …", "This corresponds to …") and states no amount of its own."""
    if sentence.index == 0 or not refers_back(sentence) or any(
            s.cls in AMOUNTS and not _is_span(s) for s in sentence.slots):
        return None
    before = document.sentences[sentence.index - 1]
    ends = _ends(before, document)
    if ends is None or any(s.sentence != before.index for s in ends):
        return None
    return ends


def _falls(sentence: Sentence, until: int) -> bool:
    """Whether the words before token ``until`` say the values fell ("shrank", "a rate of
    decline")."""
    return any(direction(t.text) == "Decrease" for t in sentence.doc[:until])


def _named(document: Document, sentence: Sentence, final: Slot) -> bool:
    """Whether an end taken from an earlier sentence is what the growth's words name: "the
    Group has grown revenue from …" and "revenue of €2,917 million" (a measure word both
    say), not only a figure of the same unit."""
    if final.sentence == sentence.index:
        return False
    said = final.words or document.sentences[final.sentence].words
    return bool(said & sentence.words)


def _same_measure(sentence: Sentence, initial: Slot, final: Slot) -> bool:
    """Whether two ends both from earlier sentences are named alike ("2.99 million overnight
    stays", "2.41 million overnight stays in 2019") and this sentence opens on "Since then"
    for the earlier: the words tie all three."""
    doc = sentence.doc
    return initial.sentence != sentence.index and final.sentence != sentence.index and \
        [t.lower_ for t in doc[:2]] in (["since", "then"], ["since", "that"]) and \
        bool(initial.words & final.words)


def _compared_with(document: Document, slot: Slot) -> bool:
    """Whether a figure is what another is compared with ("above the target of 3,000
    homes"), not a level reached."""
    from kg.authoring.suggest.kinds.portions import is_base

    return is_base(document.sentences[slot.sentence], slot)


def _changed_by(document: Document, slot: Slot) -> bool:
    """Whether a figure is the amount of a change ("rose by 61,000"), not a level."""
    doc = document.sentences[slot.sentence].doc
    return slot.token > 0 and doc[slot.token - 1].lower_ == "by"


def _is_span(slot: Slot) -> bool:
    return slot.cls == QUANTITY and slot.unit in ("YR", "YEAR", "ANN")


def _span(sentence: Sentence) -> int | None:
    """How many years the words say the growth took: "over five years" (the number
    drafted as a duration, its quote often with the "over"), "over a decade"."""
    for m in PATTERNS(sentence):
        if m.name == "decade":
            return 10
        if m.name == "years":
            first, last = (int(t.text) for t in sentence.doc[m.start:m.end] if t.norm_ == YEAR)
            if last > first:
                return last - first
    for slot in sentence.slots:
        before = [t.lower_ for t in sentence.doc[max(0, slot.token - 4):slot.token]]
        said = slot.text.lower().split()[:1] + before
        if _is_span(slot) and slot.value and slot.value == int(slot.value) \
                and any(w in _SPAN for w in said):
            return int(slot.value)
        # "rose from 1,240 at baseline to 3,065 after four years, or 25.4% a year": the
        # time that had passed when the end was measured ("after" right before its span,
        # right after the end's amount; never "After two years of decline, …")
        if _is_span(slot) and slot.value and slot.value == int(slot.value) and \
                (slot.text.lower().split()[:1] == ["after"] or before[-1:] == ["after"]) \
                and any(s.cls in AMOUNTS and not _is_span(s) and
                        slot.token - 4 <= s.token < slot.token for s in sentence.slots):
            return int(slot.value)
    # "Five years ago, in Q2 2020, …; volumes have since grown …": from then to now
    return _ago(sentence)


def _years_before(sentence: Sentence, document: Document,
                  years: tuple[int | None, int | None]) -> int | None:
    """The span the sentence before gives a growth whose own words give its two ends but no
    time: "Cycling's share rose from 6.8% in 2014 to 11.9% in 2024. Daily trips grew from
    184,000 to 392,000, or 7.9% a year": the two years that sentence names (exactly two, the
    earlier first) are the ends' (a year this sentence names, or its ends', is one of them:
    "2.1 times the 2014 level")."""
    if sentence.index == 0:
        return None
    earlier = document.sentences[sentence.index - 1]
    said = [int(t.text) for t in earlier.doc if t.norm_ == YEAR]
    if len(said) != 2 or said[0] >= said[1]:
        return None
    # the years are a move's, each the year of a figure that sentence gives ("from 6.8% in
    # 2014 to 11.9% in 2024"), never a span the words give of something else ("the plan,
    # adopted in 2015, runs to 2030")
    if {year_of(document, s) for s in earlier.slots} - {None} != set(said):
        return None
    here = {int(t.text) for t in sentence.doc if t.norm_ == YEAR}
    if not here <= set(said) or years[0] not in (None, said[0]) or \
            years[1] not in (None, said[1]):
        return None
    return said[1] - said[0]


def _later(sentence: Sentence, document: Document) -> tuple[Slot, Slot, int] | None:
    """"Five years later they reached B": the span (a whole number of years the sentence
    drafts as a duration, "later" after it) gives the periods, the one amount of the
    sentence is the end and the previous sentence's amount in its unit the start."""
    doc = sentence.doc
    spans = [s for s in sentence.slots if _is_span(s) and s.value and s.value == int(s.value)
             and any(t.lower_ == "later" for t in doc[s.token:s.token + 4])]
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS and not _is_span(s)]
    if len(spans) != 1 or len(amounts) != 1:
        return None
    initial = document.antecedent(sentence, amounts[0].unit, back=1)
    return (initial, amounts[0], int(spans[0].value)) if initial is not None else None



#: what the deposit comes to: "will have £5,314.81", "would be worth", "grows to"
_COMES = {"have", "has", "worth", "to", "receive", "get", "gets", "got"}


def _deposited(sentence: Sentence, document: Document) -> tuple[Slot, Slot, int] | None:
    """"… paid 4.25% APY. A member who put $10,000 into it in January 2025 will have
    $11,379.96 when it matures in January 2028": the sentence after the yield deposits one
    amount and says what it comes to, each with its year; the years are the periods."""
    if sentence.index + 1 >= len(document.sentences):
        return None
    after = document.sentences[sentence.index + 1]
    doc = after.doc
    amounts = [s for s in after.slots if s.cls in AMOUNTS and not _is_span(s)]
    if len(amounts) != 2 or amounts[0].unit != amounts[1].unit or amounts[0].unit is None:
        return None
    initial, final = amounts
    if not any(t.lower_ in DEPOSIT_VERBS for t in doc[max(0, initial.token - 3):initial.token]) \
            or not any(t.lower_ in _COMES for t in doc[final.token - 2:final.token]):
        return None
    years = _year_after(after, initial), _year_after(after, final)
    if None in years or years[1] <= years[0]:
        return None
    return initial, final, years[1] - years[0]


def _year_after(sentence: Sentence, slot: Slot) -> int | None:
    """The year a figure's clause gives after it ("$10,000 … in January 2025", "$11,379.96
    when it matures in January 2028"), else the year it was read for."""
    for token in sentence.doc[slot.token + 1:slot.token + 9]:
        if token.norm_ == YEAR:
            return int(token.text)
        if token.norm_ in FIGURES or token.text in ",;:()[].!?":
            break
    return slot.year
