"""Multiples: "81,000 fans, twice the 40,500 …", "three times the 3.1 billion euros", "2.4
times as much as …", "twice as likely as on-site staff (22.1% against 11.0%)", "more than
doubled, from 1.4 billion euros to 3.2 billion euros", "a thousandfold increase, from … to …".

Which figure is the multiple and which the base is what the words say: the figure before
"N times" is the multiple and the one after it the base; two figures after it stand in the
order of the things compared ("A were twice as likely as B (A's against B's)"); a verb
("doubled") goes from its "from" value to its "to" value. Never the values' order: that
would make the relation pass by construction.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.authoring.suggest.kinds.average import span
from kg.authoring.suggest.kinds.cues import (bases, is_gap, is_time_ago, level_said_before,
                                            refers_back, targets, year_of)
from kg.authoring.suggest.kinds.portions import (is_base, is_change, is_earlier, is_rate,
                                                 level, name, nouns_after, resolve, stem,
                                                 verb_root)
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, FACTOR, PERCENT, YEAR, Document, Patterns,
                                       Sentence, Slot, figure)

PATTERNS = Patterns({"factor": [[figure(FACTOR, role="factor")]]})
#: a factor written short, "4.2x"
_SHORT = re.compile(r"\dx$", re.I)
_VALUES = AMOUNTS + (PERCENT,)
_JOIN = ("against", "versus", "vs", "vs.", "and", ",", "compared", "with", "to")
#: (with the bare verbs: "will treble, from 42 to 126" goes from its "from" value to its "to")
_VERBS = ("doubled", "tripled", "trebled", "quadrupled", "halved", "double", "triple",
          "treble", "quadruple", "fold", "increase",
          "increased", "rise", "rose", "grew", "growth", "jump", "jumped")


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out = []
    # ("net debt of $212.5 million, or 1.4 times EBITDA of $151.8 million": a factor the
    # ratios read already as a leverage, debt over earnings, is no multiple too)
    ratios = {local for s in taken if s.kind == "RatioRelation"
              for role, locals_ in s.roles if role == "ratio" for local in locals_}
    for m in PATTERNS(sentence):
        factor = m.roles["factor"]
        if _SHORT.search(factor.text) or factor.local in ratios:
            continue  # ("net debt of $2.97 billion, or 4.2x EBITDA": a ratio as finance
            # writes it, the ratio's reading)
        # ("covered 2.5 times by headline earnings per share": the words name the earnings
        # another sentence gives, as "1.7 times 2023 revenue" names its base; "earnings cover
        # the dividend 2.4 times" is a cover, no count of occasions)
        covered = _covered(sentence, document, factor)
        if covered is None and _occasions(sentence, factor):
            continue
        if _bound(sentence, factor):
            continue  # ("more than triple the size of …": a bound, no factor the text states)
        if _quoted(sentence, factor):
            continue  # ('41 shifts are "doubled"': a word named as the trade's term)
        found = covered or \
            _roles(sentence, factor, document) or _that(sentence, document, factor) or \
            _that_size(sentence, document, factor)
        named = covered if covered else None if found else \
            _since(sentence, document, factor) or _since_when(sentence, document, factor) or \
            _named_base(sentence, document, factor) or \
            _as_many_as_before(sentence, document, factor)
        found = found or named
        if found is None:
            continue
        big, small = found
        # "That is 1.6 times the …": the sentence's subject is the figure before it; "1.7
        # times 2023 revenue": the words name the base an earlier sentence gives
        across = (big.sentence != sentence.index and refers_back(sentence)) or \
            named is not None or small.sentence != sentence.index
        out.append(make("MultipleRelation", sentence.claim,
                        {"multiple": big, "base": small, "factor": factor}, m.evidence,
                        f"{small.text} × {factor.value:g} = {big.text} ({factor.text})",
                        across=across))
    return out


#: the words that make a factor a bound: "more than three times", "at least double"
#: ("over seven times the price" is left to its reading: "over" also opens what the factor
#: is of, "over twice as much over the year")
_BOUND = (("more", "than"), ("at", "least"), ("upwards", "of"), ("in", "excess", "of"),
          ("less", "than"), ("at", "most"), ("fewer", "than"))


#: the nouns and verbs of a change a factor may stand before ("a threefold increase")
_CHANGE_NOUNS = ("increase", "increased", "rise", "rose", "grew", "growth", "jump", "jumped")


#: the marks that set a word off as a term: "doubled", ‘tripled’
_QUOTES = ('"', "“", "”", "'", "‘", "’")


def _quoted(sentence: Sentence, factor: Slot) -> bool:
    """Whether the factor stands alone in quotation marks ('31 routes are "doubled" - one
    driver runs two'): the text names a term of its trade, and states no multiple."""
    doc = sentence.doc
    return 0 < factor.token < len(doc) - 1 and doc[factor.token - 1].text in _QUOTES and \
        doc[factor.token + 1].text in _QUOTES


def _bound(sentence: Sentence, factor: Slot) -> bool:
    """Whether the words set the factor as a bound: "more than three times the £77m",
    "over twice as many as", "more than triple the size of" (the factor says only that one
    is above so many times the other, a comparison, not a multiple). A verb of change
    ("more than doubled, from A to B") is left to its reading."""
    if re.search(r"(?:ed|ing)$", factor.text.lower()) or any(
            t.lower_ in _CHANGE_NOUNS for t in sentence.doc[factor.token + 1:factor.token + 3]):
        return False  # ("more than a thousandfold increase, from A to B": a change's factor)
    words = factor.text.lower().split()
    before = [t.lower_ for t in sentence.doc[max(0, factor.token - 3):factor.token]]
    for bound in _BOUND:
        n = len(bound)
        if tuple(words[:n]) == bound or tuple(before[-n:]) == bound:
            return True
    return False


def _roles(sentence: Sentence, factor: Slot,
           document: Document | None = None) -> tuple[Slot, Slot] | None:
    """(multiple, base) as the words around the factor give them, or None."""
    # ("as many as two winters ago, when 664 …": a count of spans of time dates a figure)
    values = [s for s in sentence.slots if s.cls in _VALUES and not is_gap(sentence, s)
              and not is_time_ago(sentence, s)]
    verb = factor.text.lower().endswith(_VERBS) or any(
        t.lower_ in _VERBS for t in sentence.doc[factor.token + 1:factor.token + 3])
    # "risen from 556 homes in 2020 to 993 in 2025 - nearly 1.8 times the starting level":
    # the level it started at is the "from" value, as with a verb
    started = [t.lower_ for t in sentence.doc[factor.token + 1:factor.token + 4]]
    if started[:1] == ["the"] and started[1:2] and (
            started[1] in _START or _from_year(sentence, factor)) and \
            started[2:3] and started[2] in ("level", "figure", "value", "number", "total"):
        verb = True
    if not verb and after_change(sentence, factor, values):
        # "an upgrade from 25 watts to 100 watts - four times": a factor set off right after
        # a "from A to B" says what B is of A, as the verb would
        verb = True
    if verb:  # "more than doubled, from A to B": from the "from" value to the "to" value
        start = [b.roles["base"] for b in bases(sentence) if b.roles["base"] in values
                 and sentence.doc[b.start].lower_ == "from"]
        end = [t.roles["target"] for t in targets(sentence) if t.roles["target"] in values]
        if len(start) == 1 and len(end) == 1 and start[0].unit == end[0].unit:
            return end[0], start[0]
    before = [s for s in values if s.token < factor.token]
    # ("A is four times that size, and B of them …": a figure past the clause's end is the
    # next clause's, never the base)
    after = [s for s in values if s.token > factor.token]
    end = _clause_end(sentence, factor.token)
    restated = _restated_multiple(sentence, factor, after)
    if restated is not None and before:
        like = [s for s in before if s.unit == restated.unit]
        return (restated, like[-1]) if like else None
    # "rose to £286,500 from £280,600, 8.4 times earnings of £34,200": the level the
    # sentence states is the multiple, never the baseline it changed from
    levels = [s for s in before if not is_base(sentence, s)]
    if before and not levels and document is not None and refers_back(sentence):
        # "… exported €186.4 million. That was 8.3% more than the €172.1 million of 2024,
        # and roughly double the €93.0 million of 2015": every figure before the factor is
        # a baseline of another comparison, and the subject, "That", is the level the
        # sentence before gives (else no multiple the words tie)
        like = [s for s in after if s.token < end]
        said = level_said_before(sentence, document, like[0]) if like else None
        return (said, like[0]) if said is not None else None
    for first in reversed(levels or before):  # "A is 2.4 times B", "A, 76.9% of …, 3 times B"
        like = [s for s in after if s.unit == first.unit and s.token < end]
        if like:
            return first, like[0]
    paired = _against(sentence, factor, before) if not after else None
    if paired is None and not after and not before:
        # "taken out 3,290 times over the year, against 1,645 times … - twice as often": the
        # pair is two counts of times, each written as "N times"
        paired = _against(sentence, factor, [s for s in sentence.slots
                                             if s.token < factor.token and _times_counted(
                                                 sentence, s)])
    if paired is not None:
        return paired
    if before and factor.token - before[-1].token <= 5:
        # "received CAD 2,156 million, 1.9 times as much as universities, and their share
        # climbed from 39.2% to 41.1%": the multiple is the figure before the factor, and a
        # pair after it is another clause's
        return None
    # ("a penalty, for the 12 tenants …, of twice the deposit": a count before it is no
    # amount of the pair's unit)
    named = None if any(b.unit == a.unit for b in before for a in after) else \
        _named_after(sentence, factor, after)
    if named is not None:
        return named
    # "A were twice as likely as B … (22.1% against 11.0%)": a pair joined by "against"
    for a, b in zip(after, after[1:]):
        joined = sentence.doc[a.token + 1:b.token]
        if a.unit == b.unit and len(joined) and all(t.lower_ in _JOIN for t in joined) \
                and sentence.doc[a.token - 1].lower_ != "from":  # "from A to B": a change
            return a, b
    return None


def after_change(sentence: Sentence, factor: Slot, values: list[Slot]) -> bool:
    """Whether the factor is set off (a comma, dash or bracket, a hedge inside the factor)
    right after the "to" value of a "from … to …" pair and its noun, nothing else between."""
    doc = sentence.doc
    if factor.token < 1 or doc[factor.token - 1].text not in (",", "-", "—", "–", "("):
        return False
    before = [s for s in values if s.token < factor.token]
    if not before:
        return False
    end = before[-1]
    # (the "to" value's own noun may stand before the mark: "to 100 watts - four times")
    noun = doc[end.token + 1:factor.token - 1]
    if len(noun) > 2 or not all(t.is_alpha for t in noun):
        return False
    return any(t.roles["target"] is end for t in targets(sentence)) and any(
        sentence.doc[b.start].lower_ == "from" and b.roles["base"].unit == end.unit
        for b in bases(sentence))


def _restated_multiple(sentence: Sentence, factor: Slot, after: list[Slot]) -> Slot | None:
    """"40 members, and three times as many visitors (120)": the figure in brackets after
    the things "N times as many" counts, with no "as" naming a base, is the multiple itself."""
    doc = sentence.doc
    if [t.lower_ for t in doc[factor.token + 1:factor.token + 2]] != ["as"] or \
            doc[factor.token + 2:factor.token + 3].text.lower() not in _AS or not after:
        return None
    words = doc[factor.token + 3:after[0].token]
    if len(words) < 2 or words[-1].text != "(" or \
            not all(t.is_alpha and t.lower_ != "as" for t in words[:-1]):
        return None
    return after[0]


#: the nouns "N times that …" points back with: "four times that size"
_THAT_NOUNS = ("size", "number", "level", "figure", "amount", "total", "many", "much")


def _that_size(sentence: Sentence, document: Document,
               factor: Slot) -> tuple[Slot, Slot] | None:
    """"It opened with 50 staff. Its payroll of 200 is four times that size": "that" points
    back to a figure of the multiple's unit the sentence before gives; the multiple is the
    figure right before the factor."""
    doc = sentence.doc
    words = [t.lower_ for t in doc[factor.token + 1:factor.token + 3]]
    if not words or words[0] not in ("that", "this"):
        return None
    if len(words) > 1 and words[1] not in _THAT_NOUNS and doc[factor.token + 2].is_alpha:
        return None
    values = [s for s in sentence.slots if s.cls in _VALUES and s is not factor
              and s.token < factor.token]
    if not values or factor.token - values[-1].token > 4 or not level(sentence, values[-1]):
        return None
    multiple = values[-1]
    base = document.antecedent(sentence, multiple.unit, back=1,
                               need=lambda s: not is_base(document.sentences[s.sentence], s))
    return (multiple, base) if base is not None else None


def _named_after(sentence: Sentence, factor: Slot,
                 after: list[Slot]) -> tuple[Slot, Slot] | None:
    """"a fine of three times the fee - the fee was £400, so the fine came to £1,200": both
    figures after the factor; the base is the one whose own clause names the thing after
    "the" ("the fee"), the multiple the other, in its unit (where just one clause names it)."""
    doc = sentence.doc
    if len(after) != 2 or after[0].unit != after[1].unit or \
            doc[factor.token + 1:factor.token + 2].text.lower() != "the" or \
            factor.token + 2 >= len(doc) or not doc[factor.token + 2].is_alpha:
        return None
    noun = stem(doc[factor.token + 2].text)
    own = [_clause_words(sentence, s, after[0].token if s is after[1] else factor.token)
           for s in after]
    if (noun in own[0]) == (noun in own[1]):
        return None
    base, multiple = after if noun in own[0] else after[::-1]
    return multiple, base


def _clause_words(sentence: Sentence, slot: Slot, stop: int) -> set[str]:
    """The stemmed words of a figure's own clause before it, back to a stop or token
    ``stop`` (at most six words): "- those deposits totalled £19,200" -> {those, deposit, …}."""
    out = set()
    for token in reversed(sentence.doc[max(stop + 1, slot.token - 6):slot.token]):
        if not token.is_alpha:
            break
        out.add(stem(token.text))
    return out


def _against(sentence: Sentence, factor: Slot, before: list[Slot]) -> tuple[Slot, Slot] | None:
    """"A mean of 1,420 birds per site, against 890 at unrestored sites, so restored wetlands
    supported 1.6 times as many birds": the pair before "N times as many", joined by
    "against" (or "versus", "compared with"), is the multiple and its base, in that order."""
    doc = sentence.doc
    if [t.lower_ for t in doc[factor.token + 1:factor.token + 2]] != ["as"] or \
            doc[factor.token + 2:factor.token + 3].text.lower() not in _AS:
        return None
    pairs = []
    for a, b in zip(before, before[1:]):
        joined = [t.lower_ for t in doc[a.token + 1:b.token]]
        words_ = [w for w in joined if w not in (",", "the", "with", "a", "an")]
        if a.unit == b.unit and joined and words_ and words_[-1] in ("against", "versus",
                                                                      "vs", "vs.", "compared") \
                and doc[b.token - 1].lower_ in ("against", "versus", "vs", "vs.", "with",
                                                 "the"):
            pairs.append((a, b))
    if not pairs:
        return _bracketed_pair(sentence, factor, before)
    return pairs[0] if len(pairs) == 1 and pairs[0][1] is before[-1] else None


def _bracketed_pair(sentence: Sentence, factor: Slot,
                    before: list[Slot]) -> tuple[Slot, Slot] | None:
    """"12 of 143 tenants (8.4%) and 4 of 148 owners (2.7%) - about three times as often":
    two rates each in brackets after the counts it is worked from, joined by "and", right
    before the factor: the first is the multiple, the second its base."""
    doc = sentence.doc
    inside = [s for s in before if 0 < s.token < len(doc) - 1 and doc[s.token - 1].text == "("
              and doc[s.token + 1].text == ")"]
    if len(inside) < 2 or inside[-1] is not before[-1]:
        return None
    a, b = inside[-2], inside[-1]
    between = [t.text for t in doc[b.token + 2:factor.token]]
    if a.unit != b.unit or doc[a.token + 2:a.token + 3].text.lower() != "and" or \
            not between or not all(w in (",", "-", "—", "–") for w in between):
        return None
    return a, b


#: the words after "N times" that make it a factor of something ("three times as many",
#: "twice the fee", "2.4 times more"), not a count of how often a thing happened
_FACTOR_AFTER = ("as", "the", "that", "what", "of", "its", "their", "his", "her", "our",
                 "more", "less", "higher", "lower", "larger", "smaller", "greater", "bigger",
                 "faster", "slower", "longer", "shorter", "earnings", "income")


def _times_counted(sentence: Sentence, slot: Slot) -> bool:
    """Whether "N times" counts how often a thing happened ("used 1,645 times in the
    year"): written in digits, with no word that makes it a factor of something after it."""
    doc = sentence.doc
    if slot.cls != FACTOR or not slot.text[:1].isdigit() or \
            not slot.text.lower().endswith("times"):
        return False
    after = doc[slot.token + 1] if slot.token + 1 < len(doc) else None
    return after is None or after.lower_ not in _FACTOR_AFTER


#: the words before "N times" that make it a factor even with nothing after it: a copula, a
#: hedge, a verb of change ("grew 3 times, from …"), a mark setting it off ("- 3 times")
_FACTOR_BEFORE = ("is", "was", "are", "were", "be", "been", "being", "'s", "about", "nearly",
                  "almost", "roughly", "some", "around", "over", "than", "by", "up", "down",
                  "just", "more", "at", "least", "to", "of", "or", "and", "only", "multiplied")


def _occasions(sentence: Sentence, factor: Slot) -> bool:
    """Whether "N times" counts the occasions a verb's action happened ("the crews launched
    146 times, up from 121"): a count in digits right after a verb that is no copula, hedge
    or verb of change, with a mark or a preposition after it, never a factor's word."""
    doc = sentence.doc
    if not _times_counted(sentence, factor) or factor.token < 1:
        return False
    prev = doc[factor.token - 1]
    if not prev.is_alpha or prev.lower_ in _FACTOR_BEFORE or prev.lower_ in _VERBS or \
            prev.lower_.endswith(("fold", "ly")):
        return False
    nxt = doc[factor.token + 1] if factor.token + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in (
        "in", "during", "over", "last", "this", "a", "an", "per", "each", "between", "since",
        "before", "after", "while", "when", "across", "on", "at", "within", "up", "down")


#: words that name the level a change started from: "the starting level"
_START = ("starting", "initial", "original", "opening", "earlier", "previous", "base")


def _from_year(sentence: Sentence, factor: Slot) -> bool:
    """Whether "N times the 2014 level" names the level a change went from: a year after
    "the", where the sentence dates its "from" value by no other year ("grew from 184,000
    in 2019 to … - 2.1 times the 2014 level" is of another level, said elsewhere)."""
    doc = sentence.doc
    named = doc[factor.token + 2] if factor.token + 2 < len(doc) else None
    if named is None or named.norm_ != YEAR:
        return False
    said = [t.text for t in doc[:factor.token] if t.norm_ == YEAR]
    return not said or said[0] == named.text


#: words between a subject and its verb that name nothing: "revenue has nearly doubled"
_AUXILIARY = {"has", "have", "had", "was", "were", "is", "are", "been", "be", "nearly",
              "almost", "more", "than", "roughly", "about", "now", "also", "since", "then",
              "the", "its", "their", "our", "a", "an", "over", "longer", "term", "period"}


def _since(sentence: Sentence, document: Document, factor: Slot) -> tuple[Slot, Slot] | None:
    """"Revenue has nearly doubled from CHF 110.3 million in 2018" (its level now said
    before): the base is the one "from" value, the multiple the level an earlier sentence
    gives of the measure the verb's subject names, never of an earlier year."""
    verb = factor.text.lower().endswith(_VERBS)
    values = [s for s in sentence.slots if s.cls in _VALUES and s is not factor]
    start = [b.roles["base"] for b in bases(sentence) if b.roles["base"] in values
             and sentence.doc[b.start].lower_ == "from"]
    if not verb or len(values) != 1 or len(start) != 1 or start[0].token < factor.token or \
            targets(sentence):
        return None
    base = start[0]
    subject = []
    for token in reversed(sentence.doc[:factor.token]):
        if not token.is_alpha:
            break
        if token.lower_ not in _AUXILIARY:
            subject.insert(0, token.text)
    if not subject:
        return None
    since = year_of(document, base)
    multiple = resolve(sentence, document, replace(base, year=None), before=0, hint=subject,
                       named=True, larger=False, same_sentence=False, exclude=[base])
    if multiple is None or stem(subject[-1]) not in name(document.sentences[multiple.sentence],
                                                          multiple):
        return None
    then = year_of(document, multiple)
    if since is None or then is not None and then <= since:
        return None
    return multiple, base


#: the subjects that point back to the level the sentence before gives: "the number has
#: doubled", "it has trebled"
_BACK_SUBJECTS = ("number", "figure", "total", "it", "this", "that", "level", "count", "tally",
                  "amount", "sum")
#: the verbs of a factor that has a year as its start: "doubled since 2021"
_SINCE_VERBS = ("doubled", "tripled", "trebled", "quadrupled")


def _since_when(sentence: Sentence, document: Document,
                factor: Slot) -> tuple[Slot, Slot] | None:
    """"Collisions climbed to 8,120. In 2019 the figure was 4,060, so the number has doubled",
    "Spending on agency staff came to €61 million. It has trebled since 2020, when it stood at
    €20 million": the sentence's one figure, dated by a year it writes, is the level the verb
    went from, and the multiple is the level the sentence before gives of what the verb's
    subject points back to ("the number", "it"), never of an earlier year; none where the
    subject names a measure (which of the levels before is its, the words may not say)."""
    doc = sentence.doc
    if not factor.text.lower().endswith(_SINCE_VERBS) or targets(sentence):
        return None
    # ("… has doubled in seven years": a span of time the change took is no level)
    values = [s for s in sentence.slots if s.cls in _VALUES and s is not factor
              and not is_gap(sentence, s) and not _span_taken(sentence, s)
              and not is_change(sentence, s)]
    if len(values) != 1 or any(sentence.doc[b.start].lower_ == "from" for b in bases(sentence)):
        return None
    base = values[0]
    years = [int(t.text) for t in doc if t.norm_ == YEAR and t.i not in sentence.by_token]
    since = year_of(document, base) or (years[0] if len(set(years)) == 1 else None)
    if since is None:
        return None
    subject = []
    for token in reversed(doc[:factor.token]):
        if not token.is_alpha or token.lower_ in ("so", "and", "but", "which", "thus"):
            break
        if token.lower_ not in _AUXILIARY:
            subject.insert(0, token.lower_)
    if not subject:
        return None
    need = lambda s: not is_base(document.sentences[s.sentence], s) and \
        not is_change(document.sentences[s.sentence], s) and \
        level(document.sentences[s.sentence], s)
    if subject[-1] not in _BACK_SUBJECTS:
        return None  # ("Agency spending has trebled": which of the amounts before is the
        # agency's, the words of a clause may not say)
    multiple = document.antecedent(sentence, base.unit, back=1, need=need)
    if multiple is None or multiple.cls != base.cls or not need(multiple):
        return None
    then = year_of(document, multiple)
    if then is not None and then <= since:
        return None
    return multiple, base


#: the units of a span of time a change took: "doubled in seven years"
_SPAN_UNITS = ("YR", "YEAR", "MO", "MONTH", "WK", "WEEK", "DAY")


def _span_taken(sentence: Sentence, slot: Slot) -> bool:
    """Whether the figure is the span of time a change took: "in seven years", "over five
    years", "within a decade"."""
    return slot.unit is not None and slot.unit.rsplit("/", 1)[-1] in _SPAN_UNITS and \
        slot.token > 0 and \
        sentence.doc[slot.token - 1].lower_ in ("in", "over", "within", "across")


def _that(sentence: Sentence, document: Document, factor: Slot) -> tuple[Slot, Slot] | None:
    """"That is 1.6 times the statewide median of $257,800": the multiple is what "that"
    points back to, the same unit's figure an earlier sentence gives (a guess, so proposed)."""
    first = sentence.doc[0].lower_
    # ("That's three times as many as in 2019 (782,000), and works out to 24.6% a year":
    # a figure past the clause's end is the next clause's)
    end = _clause_end(sentence, factor.token)
    values = [s for s in sentence.slots if s.cls in _VALUES and s is not factor
              and s.token < end]
    if first not in ("that", "this", "it", "which") or len(values) != 1 \
            or values[0].token < factor.token:
        return None
    base = values[0]
    # the subject of the sentence before, not its baseline ("… $412,500, up 6.8 percent from
    # $386,200"): a "from" value is what it changed from
    multiple = document.antecedent(sentence, base.unit, back=1,
                                   need=lambda s: not is_base(document.sentences[s.sentence], s))
    return (multiple, base) if multiple is not None else None


def _clause_end(sentence: Sentence, at: int) -> int:
    """The token where the clause the token ``at`` stands in ends: a comma before "and" or
    "but", a semicolon, or "while" (the sentence's end where none)."""
    doc = sentence.doc
    for token in doc[at + 1:]:
        if token.text == ";" or token.lower_ in ("while", "whereas") or (
                token.text == "," and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ in ("and", "but")):
            return token.i
    return len(doc)


#: the words "N times as … as" compares by
_AS = ("much", "many", "large", "high", "big", "great", "long", "heavy", "expensive",
       # how often or fast a thing happens: "used 3,290 times, against 1,645 - twice as often"
       "often", "frequently", "fast", "quickly", "far")


#: the verb of a dividend's cover: earnings "cover" it so many times
_COVER = ("cover", "covers", "covered")


def _noun_phrase(tokens) -> list[str]:
    """The words of the noun phrase the tokens open with: "headline earnings per share"."""
    nouns = []
    for token in tokens:
        if not token.is_alpha or len(nouns) == 5:
            break
        if token.lower_ in ("the", "its", "our", "their") and not nouns:
            continue
        nouns.append(token.text)
    return nouns


def _covered(sentence: Sentence, document: Document, factor: Slot) -> tuple[Slot, Slot] | None:
    """(multiple, base) of a dividend's cover: "a dividend of 75 cents per share, which is
    covered 2.5 times by headline earnings per share" (the amount before the verb is the
    base, the earnings "by" names the multiple), "Headline earnings cover the dividend 2.4
    times" (the subject the multiple, the object the base): each amount the words name that
    the document states, the earnings as a level (never the start of their move); None where
    the words name no such figure."""
    doc = sentence.doc
    verb = next((t for t in reversed(doc[max(0, factor.token - 5):factor.token])
                 if t.lower_ in _COVER), None)
    if verb is None:
        return None
    values = [s for s in sentence.slots if s.cls in _VALUES and s is not factor]

    def named(words: list[str], like: Slot, exclude: list[Slot]) -> Slot | None:
        found = resolve(sentence, document, like, before=0, hint=words, named=True,
                        same_sentence=False, back=40, exclude=exclude)
        while found is not None and not level(document.sentences[found.sentence], found):
            exclude = [*exclude, found]
            found = resolve(sentence, document, like, before=0, hint=words, named=True,
                            same_sentence=False, back=40, exclude=exclude)
        # (every word of the phrase names it: "headline earnings per share" is no dividend
        # per share)
        said = {stem(w) for w in words if w.lower() not in ("per", "of", "a", "an", "and")}
        if found is None or not said <= name(document.sentences[found.sentence], found):
            return None
        return found

    if verb.lower_ == "covered":
        after = doc[factor.token + 1:factor.token + 3]
        if not after or after[0].lower_ != "by":
            return None
        nouns = _noun_phrase(doc[after[0].i + 1:])
        base = [s for s in values if s.token < verb.i]
        if not nouns or not base or [s for s in values if s.token > factor.token]:
            return None
        multiple = named(nouns, base[-1], [base[-1]])
        return (multiple, base[-1]) if multiple is not None else None
    # "Headline earnings cover the dividend 2.4 times": no figure of the sentence's own
    if values:
        return None
    subject = _noun_phrase(reversed(doc[:verb.i]))[::-1]
    obj = _noun_phrase(doc[verb.i + 1:factor.token])
    if not subject or not obj:
        return None
    # (the amount the object names: the nearest level an earlier sentence names so)
    # ("a dividend of 62 cents per share": an amount per share is what is covered; of the
    # factor's own period, where the claims date both)
    head, period = stem(obj[-1]), document.periods.get(factor.local)
    bases_ = [s for place in document.sentences[max(0, sentence.index - 12):sentence.index]
              for s in place.slots if s.cls in _VALUES and not is_base(place, s)
              and not is_change(place, s) and head in name(place, s)
              and document.periods.get(s.local, period) == period]
    if not bases_:
        return None
    multiple = named(subject, bases_[-1], [bases_[-1]])
    return (multiple, bases_[-1]) if multiple is not None else None


def _named_base(sentence: Sentence, document: Document,
                factor: Slot) -> tuple[Slot, Slot] | None:
    """"An order backlog of NOK 31.2 billion, about 1.7 times 2023 revenue": the multiple is
    the figure before the factor, the base the figure an earlier sentence gives of the
    measure the words after the factor name (of the year they name)."""
    values = [s for s in sentence.slots if s.cls in _VALUES and not is_gap(sentence, s)]
    before = [s for s in values if s.token < factor.token]
    if not before or [s for s in values if s.token > factor.token]:
        return None
    doc = sentence.doc
    start = factor.token + 1
    # "CAD 2,156 million, 1.9 times as much as universities": the things after "as … as"
    # name the base; the multiple is the level set off right before the factor
    compared = [t.lower_ for t in doc[start:start + 3]] in (["as", w, "as"] for w in _AS)
    if compared:
        start += 3
        if factor.token - before[-1].token > 4 or not level(sentence, before[-1]):
            return None
    year, nouns = None, []
    # (a hyphen joining two words takes no place of the four: "the long-run rate")
    window: list = []
    for token in doc[start:]:
        if len([t for t in window if not _joins(t)]) == 4:
            break
        window.append(token)
    for token in window:
        if compared and token.lower_ in ("and", "or", "in", "on", "at", "for", "with"):
            break  # "as much as universities and colleges": the first noun heads them
        if token.norm_ == YEAR and not nouns:
            year = int(token.text)
        elif token.lower_ in ("the", "its", "their", "our", "last", "year's") and not nouns:
            continue  # "three times the adult fare": a determiner before the noun it names
        elif _joins(token) and nouns:
            continue  # "the long-run rate": a hyphen joins the words of one noun phrase
        elif token.is_alpha and token.lower_ not in ("the", "its", "their", "our", "last",
                                                     "year's", "as", "much", "many"):
            nouns.append(token.text)
        else:
            break
    if not nouns or not compared and doc[factor.token + 1].lower_ in ("as", "more", "higher",
                                                                      "larger"):
        return None  # "2.4 times higher …" names no figure here
    multiple = before[-1]
    yearly = year is not None or any(w.lower() in ("annual", "yearly") for w in nouns)
    # "annual revenue" is never the quarter's revenue a nearer sentence gives
    other_spans = [s for earlier in document.sentences[:sentence.index]
                   if span(earlier) not in ("year", None) for s in earlier.slots] if yearly else []
    base = resolve(sentence, document, multiple, before=0, hint=nouns, named=True,
                   larger=False, same_sentence=False, exclude=other_spans)
    if base is None or stem(nouns[-1]) not in name(document.sentences[base.sentence], base):
        base = None if year is not None else \
            _rate_base(sentence, document, multiple, nouns[-1]) or \
            _labelled(sentence, document, multiple, nouns) or \
            _allowance(sentence, document, multiple, nouns)
        if base is None:
            return None
    if yearly:
        # "2023 revenue" is the year's: never a quarter's figure of that year
        # ("annual revenue" names no year: any year's revenue, never a quarter's)
        if year is not None and year_of(document, base) not in (year, None) or \
                span(document.sentences[base.sentence]) not in ("year", None):
            return None
    return multiple, base


#: the words that name nothing a base is said of: "as many as the nets", "as in 2015"
_NOT_NAMING = ("the", "its", "their", "our", "those", "that", "in", "on", "for", "by", "of")


def _as_many_as_before(sentence: Sentence, document: Document,
                       factor: Slot) -> tuple[Slot, Slot] | None:
    """"The nets caught 58 sharks. The drumlines caught 290 sharks over the same months, five
    times as many as the nets": the multiple is the one level before the factor in its
    clause, the base the level of its unit an earlier sentence gives of the thing "as … as"
    names (the nets), or of the year it names ("three times as many as in 2015": the one
    level of that year's in the two sentences before); None where the words name neither."""
    doc = sentence.doc
    k = factor.token + 1
    if [t.lower_ for t in doc[k:k + 1]] != ["as"] or doc[k + 1:k + 2].text.lower() not in _AS:
        return None
    k += 2
    while k < len(doc) and doc[k].lower_ != "as" and doc[k].is_alpha and k < factor.token + 6:
        k += 1  # "twice as many students as": the things counted
    if k >= len(doc) or doc[k].lower_ != "as":
        return None
    values = [s for s in sentence.slots if s.cls in AMOUNTS and s is not factor]
    before = [s for s in values if s.token < factor.token]
    if not before or [s for s in values if s.token > factor.token] or \
            any(t.text in (";", ":") for t in doc[before[-1].token:factor.token]) or \
            not level(sentence, before[-1]):
        return None
    multiple = before[-1]
    after = doc[k + 1:k + 4]
    if len(after) >= 2 and after[0].lower_ in ("in", "during") and after[1].norm_ == YEAR:
        year = int(after[1].text)
        found = [s for place in document.sentences[max(0, sentence.index - 2):sentence.index]
                 for s in place.slots if s.unit == multiple.unit and s.cls == multiple.cls
                 and level(place, s) and year_of(document, s) == year]
        return (multiple, found[0]) if len(found) == 1 else None
    nouns = []
    for token in after:
        if not token.is_alpha or token.norm_ in (YEAR,):
            break
        if token.lower_ in _NOT_NAMING and not nouns:
            if token.lower_ in ("in", "on", "for", "by", "of"):
                return None  # "as many as in June": a time or place, no thing named
            continue
        nouns.append(token.text)
    if not nouns:
        return None
    # (what the multiple counts, the base counts too: "five times as many as the nets" is
    # the nets' catch of sharks, never "Nets strung off 51 beaches")
    counted = nouns_after(sentence, multiple, 2)
    skip = [multiple]
    while len(skip) < 4:
        base = resolve(sentence, document, multiple, before=0, hint=nouns, named=True,
                       larger=False, same_sentence=False, exclude=skip, back=6)
        if base is None or stem(nouns[-1]) not in name(document.sentences[base.sentence],
                                                       base):
            return None
        if not counted or counted & nouns_after(document.sentences[base.sentence], base, 2):
            return multiple, base
        skip.append(base)
    return None


def _rate_base(sentence: Sentence, document: Document, multiple: Slot,
               noun: str) -> Slot | None:
    """"Prawns fetched €9,000 per tonne, over seven times the price of mackerel", "118,406
    crossings, about 1.3 times the daily average": the base an earlier sentence states as a
    rate or an average ("the price of mackerel was about €1,250 a tonne", "the bridges
    averaged 91,015 crossings a day"), which no level is; the one of the multiple's unit the
    last noun names, and none where several are."""
    head = verb_root(stem(noun))
    # ("four times the long-run rate": a word for any rate names each one, this sentence's
    # before the multiple too: "an average of 1.8 metres a year, but … 7.2 metres")
    generic = noun.lower() in _RATE_NOUNS
    places = document.sentences[max(0, sentence.index - 6):sentence.index] + \
        ([sentence] if generic else [])
    found = [s for earlier in places for s in earlier.slots
             if s.unit == multiple.unit and s.cls == multiple.cls and s is not multiple
             and (earlier is not sentence or s.token < multiple.token)
             and is_rate(earlier, s) and not is_base(earlier, s) and not is_change(earlier, s)
             and (generic or head in {verb_root(w) for w in name(earlier, s)})]
    return found[0] if len(found) == 1 else None


#: the nouns that name what a plan or a tier gives of the thing the multiple measures,
#: whatever the thing is: "five times the Team allowance", "twice the Basic quota"
_ALLOWANCE_NOUNS = ("allowance", "quota", "entitlement", "allocation")
#: how many sentences back the tier a plan is set against may stand
_ALLOWANCE_BACK = 6


def _allowance(sentence: Sentence, document: Document, multiple: Slot,
               nouns: list[str]) -> Slot | None:
    """"Pro studio: … 9 hours of kiln time a month, three times the Basic allowance": the
    words name a tier ("Basic") and its allowance of the thing the multiple measures, so the
    base is the one earlier level, in the multiple's unit, of that same thing ("3 hours of
    kiln time"), in the item the tier's name labels where an earlier sentence says the name
    (a heading may name it where no sentence does); none where several such levels stand."""
    if len(nouns) < 2 or nouns[-1].lower() not in _ALLOWANCE_NOUNS:
        return None
    tier = {stem(w) for w in nouns[:-1]}
    counted = nouns_after(sentence, multiple, 3) - {"of", "a", "an", "the", "per"}
    if not counted:
        return None
    places = document.sentences[max(0, sentence.index - _ALLOWANCE_BACK):sentence.index]
    found = [(earlier, s) for earlier in places for s in earlier.slots
             if s.unit == multiple.unit and s.cls == multiple.cls
             and counted & nouns_after(earlier, s, 3) and level(earlier, s)
             and not is_base(earlier, s) and not is_change(earlier, s)]
    # (the tier's name said in an earlier sentence: the level of the item it names)
    said = [p for p in places if tier <= {stem(t.text) for t in p.doc}]
    if said:
        found = [(e, s) for e, s in found if e in said]
    return found[0][1] if len(found) == 1 else None


#: the nouns that name a rate as such, whatever it is of: "the long-run rate"
_RATE_NOUNS = ("rate", "average", "mean", "pace")


def _joins(token) -> bool:
    """A hyphen written between two words with no space: "long-run"."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and \
        not token.doc[token.i - 1].whitespace_


#: what marks a list's item in plain text
_BULLETS = ("-", "*", "•", "–", "·")
#: how many sentences back a list's labelled item may stand
_LABELLED_BACK = 8


def _labelled(sentence: Sentence, document: Document, multiple: Slot,
              nouns: list[str]) -> Slot | None:
    """"Higher rate: … taxed at 40%, twice the basic rate": the base is the one level, in the
    multiple's unit, of the earlier item a list labels with those words ("Basic rate: income
    … is taxed at 20%"); a label said by several items, or an item with several such levels,
    names none."""
    wanted = [stem(w) for w in nouns]
    found = []
    for earlier in document.sentences[max(0, sentence.index - _LABELLED_BACK):sentence.index]:
        doc = earlier.doc
        # (a plain-text list marks its items: "- Basic rate: …")
        first = 1 if len(doc) and doc[0].text in _BULLETS else 0
        colon = next((t.i for t in doc[first:first + len(wanted) + 1] if t.text == ":"), None)
        if colon is None or [stem(t.text) for t in doc[first:colon]] != wanted:
            continue
        found.append([s for s in earlier.slots if s.cls == multiple.cls and
                      s.unit == multiple.unit and s.token > colon and _stated(earlier, s)])
    return found[0][0] if len(found) == 1 and len(found[0]) == 1 else None


def _stated(sentence: Sentence, slot: Slot) -> bool:
    """A figure its sentence states as its own value: a level, or a percent (a rate, "taxed
    at 20%") that is no change or value changed from."""
    if slot.cls == PERCENT:
        return not (is_base(sentence, slot) or is_change(sentence, slot)
                    or is_earlier(sentence, slot))
    return level(sentence, slot)
