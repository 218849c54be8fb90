"""Currency conversions: "48 million yuan, about $6.6 million", "9.5 million euros, or about
10.3 million US dollars at 1.08 dollars per euro" (a stated rate says which way it runs),
"NOK 4,812 million, up 9.6% from NOK 4,391 million … (USD 449 million at 10.72 NOK/USD)",
"… and equivalent to USD 1,699 million", "€1,526.8 million in the first six months of 2024
(about CHF 1.47 billion)", "translated at 1.0813 US dollars per euro, revenue amounted to
US$3,154 million" (the amount in an earlier sentence).  A measure restated in another unit of
its dimension: "a 26.2-mile (42.2 km) race", "2.86 million meters rowed in 2025 — about 1,777
miles"."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kg.numbers import krone
from kg.authoring.suggest.kinds.cues import bases
from kg.authoring.suggest.kinds.portions import name
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (COUNT, CURRENCY_WORDS, MONEY, QUANTITY, RATE, Document,
                                       Patterns, Sentence, Slot, figure, gap, words)

_HEDGE = ["about", "roughly", "some", "around", "nearly", "almost", "approximately", "approx",
          "approx.", "circa", "c.", "over", "under", "just"]
_JOIN = {"OP": "{0,3}", "LOWER": {"IN": [",", "(", "or", "equivalent", "to", "worth", "i.e.",
                                         "that", "is", *_HEDGE]}}
#: words that name no measure of their own: two amounts "total" share name nothing alike
_GENERIC = {"total", "amount", "sum", "figure", "value", "year", "equivalent", "converted",
            "about", "some", "roughly", "the", "was", "is", "were", "of", "in"}
#: how far back (in tokens) a cue may reach for the amount it converts: a bracket or "or"
#: right after its amount; "equivalent to" and "converted" say so at any distance
_REACH = {"(": 15, "or": 8, "worth": 8}
PATTERNS = Patterns({"pair": [
    [figure(MONEY, role="a"), (_JOIN, None), figure(MONEY, role="b")],
    # "57.1 billion yuan in daily trading volume, 9.3 billion US dollars"
    [figure(MONEY, role="a"), words("in", "of", "for"), gap(4), words(",", "("),
     (_JOIN, None), figure(MONEY, role="b")],
], "converted": [
    # a converted amount the words mark as such, its amount further back: "… (about CHF
    # 1.47 billion)", "and equivalent to USD 1,699 million", "amounted to US$3,154 million"
    [words("("), {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
    [words("equivalent", "equal", "translating", "translated", "converted", "corresponding"),
     words("to", "into"), {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
    [words("worth", "or"), {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
], "at a rate": [
    # "translated at 1.0813 US dollars per euro, revenue amounted to US$3,154 million": a
    # conversion only where the sentence states the rate
    [words("amounted", "amounting", "amounts", "came", "comes", "totalled", "totaled"),
     words("to"), {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
    # "… recorded as £1.90 million at £0.79 per dollar", "revenue equates to about $557
    # million at $1.35 to the pound": an amount restated in another currency at a rate
    [words("recorded", "booked", "entered", "shown", "reported", "stated", "valued"),
     words("as", "at"), {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
    [words("equate", "equates", "equated", "equating", "translates", "translating", "converts",
           "converting"), words("to", "into"), {"LOWER": {"IN": _HEDGE}, "OP": "?"},
     figure(MONEY, role="b")],
    # "At an exchange rate of EUR 1.06 per Swiss franc, that is about EUR 42,400": the
    # amount a sentence before gives, restated at the rate this one states
    [words("that", "this"), words("is", "was", "makes", "means", "gives"),
     {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
    # "€6.2 million, which at an average rate of €1.17 to the pound is about £5.3 million":
    # the relative clause restates the amount it follows at the rate it names
    [words("which"), words("at"), gap(7), figure(RATE), gap(5),
     words("is", "was", "makes", "made", "gives", "gave", "equals", "equalled", "equaled"),
     {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(MONEY, role="b")],
]})

#: a measure restated in another unit: in brackets right after it ("14 miles (23 km)"), or
#: after a dash or comma and a hedge that says it is the same quantity, rounded ("2.86 million
#: meters rowed in 2025 — about 1,777 miles", "5,000 kg, or roughly 11,000 lb")
UNIT_PATTERNS = Patterns({"restated": [
    [figure(QUANTITY, role="a"), words("("), {"LOWER": {"IN": _HEDGE}, "OP": "?"},
     figure(QUANTITY, role="b"), words(")")],
    [figure(QUANTITY, role="a"), words(","), words("or"), figure(QUANTITY, role="b")],
], "hedged": [
    # (the hedge may stand in the restatement's own quote: "about 1,777 miles")
    [figure(QUANTITY, role="a"), gap(8), words(",", "—", "–", "-"),
     {"LOWER": {"IN": ["or", "i.e.", "that", "is", "equivalent", "to"]}, "OP": "{0,2}"},
     {"LOWER": {"IN": _HEDGE}, "OP": "?"}, figure(QUANTITY, role="b")],
]})
_EACH = ("per", "each", "every", "a", "an")
#: words after a second measure that make it a part of the first or a gap from it
_APART = {"more", "less", "longer", "shorter", "higher", "lower", "further", "farther", "fewer",
          "above", "below", "over", "under", "than", "up", "down", "ahead", "behind", "beyond",
          "short", "of", "off", "heavier", "lighter", "faster", "slower", "extra"}
#: units of time whose length varies (a month, a year): no one multiplier converts them
_UNEVEN = {"MONTH", "YEAR", "QUARTER"}
#: a day or a week said in hours or minutes is a working one ("a half day (4 hours)", "a
#: day's course (7.5 hours)", "a week (37 hours)"): its hours are what the words make it,
#: never the 24 a calendar day has, so no multiplier converts the one into the other
_WORKED = ({"DAY", "WK", "WEEK"}, {"HR", "HOUR", "MIN", "MINUTE", "SEC"})


def _unit_conversions(sentence: Sentence) -> list[Suggestion]:
    """A measure and its restatement in another unit of its dimension, as QUDT's multipliers
    convert them: the words (brackets, a hedge after a dash) say they are one quantity; two
    figures whose values merely convert are not."""
    from kg.vocab import vocabulary

    scales = vocabulary().scales
    out = []
    done: set[str] = set()
    for m in UNIT_PATTERNS(sentence):
        a, b = m.roles["a"], m.roles["b"]
        if b.local in done or a.unit == b.unit or {a.unit, b.unit} & _UNEVEN:
            continue
        if any(a.unit in one and b.unit in other or b.unit in one and a.unit in other
               for one, other in (_WORKED,)):
            continue
        next_ = sentence.doc[b.token + 1:b.token + 2].text.lower()
        if next_ in _EACH and sentence.doc[a.token + 1:a.token + 2].text.lower() not in _EACH:
            # "3,110 MWh, or 2.19 kWh per vehicle-km": an amount for each of something, no
            # restatement of the whole
            continue
        if next_ in _APART:
            continue  # "10 km, some 400 metres longer than …": a gap, not the same quantity
        if m.name == "hedged" and sentence.doc[b.token - 1].lower_ not in _HEDGE and \
                b.text.split(None, 1)[0].lower() not in _HEDGE:
            continue  # "ran 40 km, then 3 miles more": no word says they are one quantity
        one, other = scales.get(a.unit or ""), scales.get(b.unit or "")
        if one is None or other is None or one[0] != other[0]:
            continue  # "40 km (about 30 minutes)": two measures, not one restated
        done.add(b.local)
        out.append(make("ConversionRelation", sentence.claim,
                        {"amount": a, "convertedAmount": b}, m.evidence,
                        f"{a.text} is {b.text}"))
    return out


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = _unit_conversions(sentence)
    done: set[str] = set()
    # the amounts this sentence writes as another amount of it restated in their currency,
    # to the currency of the amount they restate
    converted: dict[str, str | None] = {}
    for m in PATTERNS(sentence):
        b = m.roles["b"]
        if b.local in done:
            continue
        rate = next((s for s in sentence.slots if s.token > b.token and _is_rate(sentence, s)),
                    None)
        if m.name == "at a rate":
            rate = next((s for s in sentence.slots if _is_rate(sentence, s)), None)
            if rate is None:
                continue
        a = m.roles.get("a")
        referred = False  # the words point back to the amount ("that is …")
        if a is None and m.name == "at a rate" and sentence.doc[m.start].lower_ in ("that",
                                                                                     "this"):
            # "… or CHF 27,000 over 12 months. At … EUR 1.06 per Swiss franc, that is EUR
            # 28,620 a year": "that" is what the sentence right before states
            a = _that(sentence, document, b, rate)
            if a is None:
                continue
            referred = True
        if a is None or a.local in {x.roles["base"].local for x in bases(sentence)}:
            a = _amount(sentence, document, b, rate)
        if a is None or a.unit == b.unit or a.cls != MONEY:
            continue
        if converted.get(a.local) == b.unit:
            # "EUR 86 a hectare (about US$93), equivalent to EUR 5.15 a kilogram": the dollars
            # restate the euros, so euros after them restate some other measure, never the
            # dollars converted back
            continue
        if a.sentence != sentence.index and (
                name(document.sentences[a.sentence], a) & name(sentence, b)) - _GENERIC:
            # "Total income … was £512.4m. … total income was equivalent to €599.5 million,
            # converted at €1.17 to the pound": the words name the amount they restate
            referred = True
        if m.name == "converted" and a.sentence == b.sentence and b.token - a.token > \
                _REACH.get(sentence.doc[m.start].lower_, 99):
            continue  # "Having spent €12 million, it won contracts worth £40 million"
        done.add(b.local)
        if a.sentence == b.sentence and a.token < b.token:
            converted[b.local] = a.unit
        roles = {"amount": a, "convertedAmount": b}
        label = f"{a.text} is {b.text}"
        said = sentence
        if rate is None:
            said, rate = _stated_rate(document, a.unit, b.unit)
        if rate is not None:
            counted, per = _currencies(said, rate)
            # "… at 1.08 dollars per euro": the dollars are the amount; so are they at "1.08
            # to the euro", the dollars left unnamed, where the euros are the amount first said
            if counted == b.unit or counted is None and per == a.unit:
                roles = {"amount": b, "convertedAmount": a}
            if rate.cls == RATE:
                # a number the words make a rate but drafted as a count ("10.72 NOK/USD")
                # says which way the conversion runs, but is no rate figure to check with
                roles["rate"] = rate
                label += f" at {rate.text}"
        # the document's one rate for the pair, stated in a sentence of its own, is the
        # rate its conversions are made at: read firmly, as a careful reader checks them
        out.append(make("ConversionRelation", sentence.claim, roles, m.evidence, label,
                        **({"across": True} if said is not sentence or referred else {})))
    return out


def _stated_rate(document: Document, one: str | None,
                 other: str | None) -> tuple[Sentence, Slot | None]:
    """The one rate between two currencies the document states anywhere ("Dollar prices are
    calculated at €1 = US$1.095"): a page that converts every price at one rate says so
    once.  Two different rates for the pair make none the rate of a given conversion."""
    found: dict[Decimal | None, tuple[Sentence, Slot]] = {}
    for sentence in document.sentences:
        for slot in sentence.slots:
            if slot.cls == RATE and {*_currencies(sentence, slot)} == {one, other}:
                found.setdefault(slot.value, (sentence, slot))
    if len(found) != 1:
        return document.sentences[0], None
    return next(iter(found.values()))


def _amount(sentence: Sentence, document: Document, b: Slot, rate: Slot | None) -> Slot | None:
    """The amount a marked converted amount converts: the nearest amount of money before it
    in another currency, passing over a baseline ("up 9.6% from NOK 4,391 million …
    (USD 449 million …)" converts the headline figure, not the year-earlier one); with no
    such amount in the sentence, the earlier one in the currency the stated rate names."""
    baseline = {m.roles["base"].local for m in bases(sentence)}
    before = [s for s in sentence.slots if s.cls == MONEY and s.token < b.token
              and not _comparative(sentence, s)]
    if any(s.unit == b.unit for s in before):
        before = [s for s in before if s.token > max(x.token for x in before
                                                     if x.unit == b.unit)]
    other = [s for s in before if s.unit != b.unit]
    if other:
        plain = [s for s in other if s.local not in baseline]
        return (plain or other)[-1]
    if rate is None:
        return None
    codes = [c for c in _currencies(sentence, rate) if c and c != b.unit]
    if not codes:
        return None
    # "Total income … was £512.4m. … For our partners: total income was equivalent to
    # €599.5 million, converted at €1.17 to the pound": the amount the words name, a few
    # sentences back, never a baseline ("from £86.7m the year before")
    return document.antecedent(
        sentence, codes[0], back=6,
        need=lambda s: s.cls == MONEY and s.local not in {
            m.roles["base"].local for m in bases(document.sentences[s.sentence])})


def _comparative(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount stands alone in brackets right after another of its unit: "EUR
    148.2 million (131.6)" gives the year before's beside the amount, which is what a
    converted amount after them restates."""
    doc = sentence.doc
    k = slot.token
    if k < 2 or doc[k - 1].text != "(" or k + 1 >= len(doc) or doc[k + 1].text != ")":
        return False
    before = sentence.by_token.get(k - 2)
    return before is not None and before.unit == slot.unit


#: the periods an amount may be "a"/"per" of ("CHF 2,250 a month", "EUR 28,620 a year")
_PERIODS = ("day", "week", "month", "quarter", "year")


def _per_period(sentence: Sentence, slot: Slot) -> str | None:
    """The period an amount is "a"/"per"/"each" of, right after it: "CHF 2,250 a month"."""
    doc = sentence.doc
    words_ = [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
    if len(words_) == 2 and words_[0] in ("a", "an", "per", "each", "every") and \
            words_[1] in _PERIODS:
        return words_[1]
    return None


def _that(sentence: Sentence, document: Document, b: Slot, rate: Slot | None) -> Slot | None:
    """The amount "that" restates at the rate: the one the sentence right before gives in the
    rate's other currency (no baseline), or of those the one not said a period other than
    the converted amount's ("CHF 2,250 a month …, or CHF 27,000 over 12 months" for "EUR
    28,620 a year"); None where the words leave several."""
    if rate is None or sentence.index == 0:
        return None
    codes = [c for c in _currencies(sentence, rate) if c and c != b.unit]
    before = document.sentences[sentence.index - 1]
    baseline = {m.roles["base"].local for m in bases(before)}
    found = [s for s in before.slots if s.cls == MONEY and codes and s.unit == codes[0]
             and s.local not in baseline]
    if len(found) > 1:
        period = _per_period(sentence, b)
        found = [s for s in found if _per_period(before, s) in (None, period)]
    return found[0] if len(found) == 1 else None


def _is_rate(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is an exchange rate: drafted as one, or a number drafted as a count
    that the currencies after it make one ("10.72 NOK/USD")."""
    if slot.cls == RATE:
        return True
    return slot.cls == COUNT and all(_currencies(sentence, slot))


def _currencies(sentence: Sentence, rate: Slot) -> tuple[str | None, str | None]:
    """The currency a rate counts and the one it counts per, as the words after its number
    say: "7.25 yuan to the dollar" -> (CNY, USD), "10.72 NOK/USD" -> (NOK, USD)."""
    # the currency written right before the number first ("CHF 0.8986 per dollar"), then
    # the quote's own words and those after it
    before = sentence.doc[rate.token - 1] if rate.token > 0 else None
    words_ = [before.lower_] if before is not None and _currency(before.lower_) else []
    # an ISO code in capitals names the currency as its sign would ("KES 129.5 to the
    # dollar", "at 10.72 NOK/USD"), though few codes are among the words for currencies
    iso = [t.text for t in ([before] if before is not None else []) +
           list(sentence.doc[rate.token + 1:rate.token + 6]) if _iso(t.text)]
    if not words_ and before is not None and _iso(before.text):
        words_ = [before.lower_]
    if not words_ and before is not None and before.lower_ in ("kr", "kr.") and krone():
        # "at kr 11,60 to the euro": the crown the text's bare "kr" is
        words_, iso = [krone().lower()], [*iso, krone()]
    words_ += [w for w in re.split(r"[\s$€£¥]+", rate.text.lower()) if w and
               not any(ch.isdigit() for ch in w)]
    # the sign written onto the number ("NZ$1.09 per Australian dollar"), which the rate's
    # quote, its number alone, leaves out: the currency the rate counts
    sign = re.sub(r"\d[\d,]*(?:\.\d+)?", " ", sentence.doc[rate.token].text).lower().split()
    if not words_ and len(sign) == 1 and _currency(sign[0]):
        words_ = sign
    lead = len(words_)
    for token in sentence.doc[rate.token + 1:rate.token + 6]:
        if token.norm_.startswith("_") or (token.is_punct and token.text != "/"):
            break
        words_.append(token.lower_)
    codes: list[str] = []
    for m in _names(*iso).finditer(" ".join(words_)):  # "kenyan shillings", "dollar", "nok"
        code = _currency(m.group(0)) or _iso(m.group(0).upper())
        if code is not None and (not codes or codes[-1] != code):
            codes.append(code)
    if len(codes) == 1:
        # an equation names the currency counted per on its left: "€1 = US$1.095"
        equals = [t.i for t in sentence.doc[max(0, rate.token - 3):rate.token] if t.text == "="]
        if equals:
            left = next((s for s in reversed(sentence.slots)
                         if equals[-1] - 3 <= s.token < equals[-1]), None)
            if left is not None and left.cls == MONEY and left.value == 1:
                code = left.unit
            else:  # "€ 1 =" split in two tokens: the symbol names it
                code = next((_currency(t.lower_) for t in sentence.doc[max(0, equals[-1] - 3):
                                                                     equals[-1]]
                             if _currency(t.lower_)), None)
            if code is not None and code != codes[0]:
                codes.append(code)
        elif not _names(*iso).search(" ".join(words_[:lead])) and \
                _PER_ONE.match(" ".join(words_[lead:])):
            # "at R19,82 to the euro", its counted currency a sign no word names: the one
            # named is the currency counted per, never the one counted
            return None, codes[0]
    return (codes + [None, None])[0], (codes + [None, None])[1]


#: the words between a rate's number and the currency it counts per: "to the euro", "per
#: dollar", "a pound"
_PER_ONE = re.compile(r"(?:to the|against the|per|for (?:each|every|one)|to (?:one|each|every)|"
                      r"an?)\s")


def _currency(word: str) -> str | None:
    return CURRENCY_WORDS.get(word) or CURRENCY_WORDS.get(word.rstrip("s"))


def _iso(word: str) -> str | None:
    """The ISO code a word in capitals is ("KES"); lower-case codes may be words ("all")."""
    from kg.numbers import CURRENCIES

    return word if word.isupper() and word in CURRENCIES else None


@cache
def _names(*codes: str) -> re.Pattern[str]:
    """A currency's name in words, the longest first: "kenyan shillings" before "dollar";
    with ``codes``, those ISO codes (lower-cased) among them."""
    names = sorted({*CURRENCY_WORDS, *(w.rstrip("s") for w in CURRENCY_WORDS),
                    *(c.lower() for c in codes)}, key=len, reverse=True)
    return re.compile(r"(?<![\w$])(?:" + "|".join(re.escape(n) for n in names if n) +
                      r")s?(?![\w])")
