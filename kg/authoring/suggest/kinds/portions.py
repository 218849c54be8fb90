"""What shares, sums, averages and ratios share: a portion, the whole it is part of, and how
a careful reader finds the figure "the total", "of revenue" or "per resident" refers to.

A whole (or an aggregate, or a count) is a figure the text states as its own value for the
period it speaks of: never a baseline ("from", "than", "compared with", "when it was"),
never a change ("up $157 million", "an increase of"), never an average or a rate ("$44 per
person"), never a figure of another year.  Among those the words decide (the figure named
with the words after "of"); where they allow several, "the total" is the one in the same
sentence, else the first the text states that is larger than its part.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

from kg.authoring.suggest.kinds import cues
from kg.authoring.suggest.text import (AMOUNTS, COUNT, FIGURES, FRACTION, PERCENT, Document, Match,
                                       Sentence, Slot, _stem)

#: words after "of" that say which whole without naming its measure ("of the total")
_GENERIC = {"the", "a", "an", "all", "total", "its", "their", "our", "his", "her", "overall",
            "whole", "entire", "combined", "this", "that", "these", "those", "them", "same",
            "year", "years", "'s", "last", "previous", "grand",
            # "of the old footfall", "of the former budget": when, as "previous" says, not
            # what (no figure of "the old bridge" is named by its "old" alone)
            "old", "former", "original"}
#: where the words after "of" stop naming the whole ("of the total that day", "of the total in
#: 2024")
#: words that name a measure's total, not a part of it
_TOTAL_WORDS = {"total", "overall", "combined", "group", "consolidated"}
_STOP_NAMING = {"that", "in", "for", "on", "at", "during", "over", "this", "last", "and", "or",
                "by", "from", "to", "with", "which", "who", "while", "whereas"}
#: words right after a figure that make it a change, not a level ("$25 more than")
_CHANGE_AFTER = {"more", "less", "fewer", "higher", "lower", "up", "down", "above", "below",
                 "greater", "smaller", "larger", "bigger"}
#: words right before a figure that make it a change ("rose by", "an increase of")
_CHANGE_BEFORE = {"by",
                  # "added 15,200 jobs", "shed 2,500 posts": a verb that adds to or takes
                  # from a stock takes the change, never a level
                  "added", "adds", "adding", "shed", "sheds", "shedding", "created",
                  "creates", "creating", "axed", "axes", "axing"}
_CHANGE_NOUNS = {"increase", "decrease", "rise", "fall", "gain", "drop", "decline", "growth",
                 "reduction", "jump", "loss", "cut", "improvement", "change", "difference",
                 "gap", "shortfall", "surplus", "deficit",
                 # "an overspend of £677,000": what spending ran past its budget by, a gap
                 "overspend", "underspend", "overrun", "overshoot"}
#: the nouns whose amount is what is left between two levels: a part of the larger one,
#: which a share set off after it ("a shortfall of £2m, or 8% of the plan") is of
_GAP_NOUNS = {"gap", "shortfall", "surplus", "deficit", "saving", "savings", "overspend",
              "underspend", "overrun", "overshoot"}
#: words right after a figure that put it in another period ("$4,020 million a year earlier")
_EARLIER = {"earlier", "before", "ago", "previously", "prior"}
_PER = {"per", "each", "every", "a", "an"}
#: verbs that end the words naming a whole ("share of total output rose to …")
#: the verbs "those who … a place" name people by what they have been given or hold
_HAVING = {"held", "hold", "holds", "had", "have", "has", "received", "receive", "receives",
           "got", "get", "gets", "accepted", "accept", "accepts", "took", "take", "takes"}
_VERBS = {"was", "were", "is", "are", "stood", "reached", "came", "amounted", "totalled",
          "totaled", "improved", "widened", "narrowed", "remained", "stayed", "hit"}
#: words that name no measure: periods and the words around them ("last year's passengers")
_NAMELESS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
             "half", "last", "previous", "first", "second", "third", "fourth", "this", "that",
             "the", "and", "with", "for", "from", "was", "were", "are", "had", "has", "have",
             "while", "which", "who", "its", "their", "our", "other", "ago", "earlier", "before",
             "since", "until", "than", "into", "over", "per"}
#: words before "total" that say whose or when, not what: "the national total", "the group
#: total", "the annual total"
_SCOPES = {"provincial", "national", "regional", "state", "federal", "county", "city",
           "municipal", "local", "global", "world", "worldwide", "group", "company", "annual",
           "yearly", "monthly", "quarterly", "weekly", "daily", "overall", "grand", "combined",
           "entire", "full", "final", "running", "cumulative", "district", "country", "industry",
           "sector", "market", "europe", "european"}
#: periods a whole may be owned by ("of the quarter's total"): when, not what
_PERIODS = {"year", "quarter", "month", "week", "day", "half", "season", "period", "fortnight",
            "decade", "term", "semester"}
_AVERAGE_WORDS = {"average", "averaging", "averaged", "mean", "median", "typical"}
#: nouns one writer uses for another's count ("per person" of "1.2 million people")
_SAME_NOUN = {"person": "people", "people": "people", "persons": "people", "resident": "people",
              "residents": "people", "inhabitant": "people", "inhabitants": "people",
              "citizen": "people", "citizens": "people", "head": "people",
              "capita": "people", "individual": "people", "individuals": "people",
              "child": "children", "children": "children", "man": "men", "men": "men",
              "woman": "women", "women": "women", "earnings": "profit", "profit": "profit",
              "profits": "profit", "spending": "spending", "spent": "spending",
              "spend": "spending", "budget": "spending",
              "expenditure": "spending", "expenditures": "spending", "outlays": "spending",
              # the people an employer counts: "7,950 staff", "of the workforce", "employees"
              "staff": "employ", "workforce": "employ", "headcount": "employ",
              "personnel": "employ",
              # "46.0% of visitors: 189,800 visits" of "412,600 people visited": a venue
              # counts its visitors by their visits
              "visitor": "visit", "visitors": "visit", "visits": "visit", "visited": "visit"}


def stem(word: str) -> str:
    """A word's stem, the same for its plural and for the nouns writers swap ("per person"
    of "1.2 million people", "earnings" of "net profit")."""
    word = word.lower()
    if word in _SAME_NOUN:
        return _SAME_NOUN[word]
    if word.endswith("ship") and len(word) > 8:
        word = word[:-4]  # "the membership" counts the members, "readership" the readers
    # a noun in "-ss" is its own singular: "class" is the stem of "classes" (whose "es" _stem
    # cuts), never "clas" cut to "cla" ("glass", "business", "address" alike)
    cut = word if word.endswith("ss") else _stem(word)
    # a plural in "-ses" whose "es" _stem cut keeps its "s": "nurses" is "nurs", as "nurse"
    # is (cutting it again made "nur"); other words lose a last "s" _stem left
    if len(cut) > 3 and cut.endswith("s") and not cut.endswith("ss") and \
            not (word.endswith("ses") and cut == word[:-2]):
        cut = cut[:-1]
    word = cut
    # "employee" and "employees" (whose "es" _stem takes) are one stem: "employ"
    bare = word.rstrip("e")
    return bare if len(word) > 3 and len(bare) >= 3 else word


def is_base(sentence: Sentence, slot: Slot) -> bool:
    """A baseline: "from $4,020 million", "than the $1.185 billion", "when it stood at …"."""
    return any(m.roles.get("base") is slot for m in cues.bases(sentence))


def is_change(sentence: Sentence, slot: Slot) -> bool:
    """A change, not a level: "rose by 61,000", "an increase of $14 million", "£25 more"."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token] if t.is_alpha]
    after = doc[slot.token + 1] if slot.token + 1 < len(doc) else None
    if after is not None and after.lower_ in _CHANGE_AFTER:
        return True
    if signed(sentence, slot):
        return True  # "(+6.2 ms, or 2.0%)": a sign written on an amount makes it a move
    if before and before[-1] in _CHANGE_BEFORE:
        # ("owned by 150 grower members": the things a passive verb is done by, counted)
        return not (before[-1] == "by" and len(before) >= 2 and before[-2] in _DONE_BY)
    return len(before) >= 2 and before[-1] == "of" and before[-2] in _CHANGE_NOUNS


#: the participles whose "by" names who does them, never the size of a move ("owned by 212
#: members", "visited by 40,000 people")
_DONE_BY = {"owned", "run", "used", "visited", "attended", "staffed", "employed", "signed",
            "backed", "supported", "funded", "shared", "served", "joined", "read", "watched"}


#: signs a writer puts on an amount that moved: "+6.2 ms", "−13.7"
_SIGNS = ("+", "−", "–")


def signed(sentence: Sentence, slot: Slot) -> bool:
    """An amount written with a sign of its own ("+6.2 ms", "(−4,100)", "+£12m"): a move,
    never a level ("-" alone is too often a dash or a hyphen to say so)."""
    doc = sentence.doc
    if slot.text[:1] in _SIGNS or doc[slot.token].text[:1] in _SIGNS:
        return True
    if slot.token == 0 or doc[slot.token - 1].text not in _SIGNS or \
            doc[slot.token - 1].whitespace_:
        return False
    # the sign opens the figure, not a span between two ("10–12 weeks")
    return slot.token == 1 or bool(doc[slot.token - 2].whitespace_) or \
        doc[slot.token - 2].text in ("(", "[")


def is_rate(sentence: Sentence, slot: Slot) -> bool:
    """An amount for each of something ("$44 per person", "an average of 74,900 a day",
    "for every $100 of value"): never a total or a count."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]]
    if before and before[-1] in ("per", "every", "each"):
        return True
    if any(w in _AVERAGE_WORDS or w in ("ratio", "rate") for w in before):
        return True  # "an average of 74,900", "a student-to-staff ratio of 6.1"
    if averaged_subject(sentence, slot) is not None:
        return True  # "the mean nightly audience was 1,250"
    after = [t for t in doc[slot.token + 1:slot.token + 4]]
    if after and after[0].lower_ in ("per", "each", "apiece"):
        return True
    if len(after) > 1 and after[0].lower_ == "for" and after[1].lower_ in ("every", "each"):
        return True  # "56 cents for every trip"
    if _on_each(doc, slot.token):
        return True  # "four sailings on each of the five weekdays": a count for each one
    # "227 street trees per 1,000 residents": a count per a number of something, however many
    # words name what is counted
    ahead = doc[slot.token + 1:slot.token + 6]
    for n, token in enumerate(ahead[:-1]):
        if not token.is_alpha:
            break
        if token.lower_ == "per" and n and (ahead[n + 1].like_num or
                                            ahead[n + 1].norm_ in FIGURES):
            return True
    # "$4,020 a year", "74,900 passengers a day"
    for n in (0, 1):
        # ("$4,000 plus a supplement": a word that adds the next item, no noun the amount
        # is counted in)
        if len(after) > n + 1 and after[n].lower_ in ("a", "an", "per") and \
                after[n + 1].is_alpha and all(t.is_alpha and t.lower_ not in _JOINS
                                              for t in after[:n]):
            later = doc[slot.token + n + 3] if slot.token + n + 3 < len(doc) else None
            return later is None or later.lower_ not in _EARLIER  # not "a year earlier"
    return False


def base_of_rate(sentence: Sentence, slot: Slot) -> bool:
    """A baseline set against an amount for each of something ("roughly R7 750 a tonne,
    against R8 701 in 2023"): the same rate at another time, never a total."""
    if not (is_base(sentence, slot) or is_earlier(sentence, slot)):
        return False
    level = [s for s in sentence.slots if s.token < slot.token and s.unit == slot.unit]
    return bool(level) and is_rate(sentence, level[-1])


#: words that add the next item to an amount ("$4,000 plus a supplement of $350"); ("and a"
#: may open a rate of its own: "a total of £1,107.36 and a cost of £2.00 per donor")
_JOINS = frozenset({"plus"})


def _on_each(doc, token: int) -> bool:
    """Whether the noun after a figure is counted for each one of something: "four return
    sailings on each of the five weekdays", "3 goals in every one of its games", "6.7 bikes
    for every station"."""
    at = token + 1
    while at < min(len(doc), token + 5) and doc[at].is_alpha and \
            doc[at].lower_ not in ("on", "for", "in", "at", "from", "across", "of"):
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("on", "for", "in", "at", "from", "across"):
        return False
    # ("6.7 bikes for every station"; "1,200 delegates from every county" is a total)
    return doc[at + 1].lower_ == "each" or [t.lower_ for t in doc[at + 1:at + 4]] == [
        "every", "one", "of"] or doc[at].lower_ in ("on", "for", "in") and \
        doc[at + 1].lower_ == "every"


#: verbs that state the value of the noun phrase before them ("the mean gate was 318")
STATES = {"was", "were", "is", "are", "stood", "came", "reached", "rose", "fell", "remained",
           "stayed", "worked", "works", "ran", "runs"}
#: words that end the noun phrase before such a verb
_CLAUSE_BREAKS = {"and", "but", "while", "whereas", "which", "that", "who", "when", "than"}


def stating_verb(sentence: Sentence, slot: Slot) -> int | None:
    """The token of the verb that states a figure as its subject's value ("was", "stood at",
    "came to about"), past the words between it and the figure; None if none does."""
    doc = sentence.doc
    at = slot.token - 1
    while at >= 0 and doc[at].lower_ in ("at", "to", "out", "about", "around", "roughly",
                                         "some", "nearly", "almost", "just"):
        at -= 1
    return at if at >= 0 and doc[at].lower_ in STATES else None


def averaged_subject(sentence: Sentence, slot: Slot) -> int | None:
    """Where the noun phrase an average word heads stands, when a figure is its stated value:
    "The mean nightly audience at the festival was 1,250", "our typical parcel count stood at
    410" (the token of its last word, before the verb); else None."""
    doc = sentence.doc
    at = stating_verb(sentence, slot)
    if at is None or at < 1:
        return None
    head = at - 1
    for token in reversed(doc[max(0, at - 7):at]):
        if not token.is_alpha or token.norm_ in FIGURES or token.lower_ in _CLAUSE_BREAKS:
            return None
        if token.lower_ in _AVERAGE_WORDS:
            return head
    return None


def per_thing(sentence: Sentence, slot: Slot) -> bool:
    """An amount the words say is for each of something: "CHF 2.40 per share", "56 cents for
    every trip", "earnings per share came to NOK 14.31" (the "per" in the words naming it)."""
    doc = sentence.doc
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
    if after[:1] in (["per"], ["each"], ["apiece"]) or after in (["for", "every"],
                                                                  ["for", "each"]):
        return True
    for token in reversed(doc[:slot.token]):
        if token.is_punct or token.norm_ in FIGURES:
            return False
        if token.lower_ in ("per", "each", "every"):
            return True
    return False


def same_span(sentence: Sentence, other: Sentence) -> bool:
    """Whether another sentence's figure may be of this one's span of time: "Capital
    expenditure in the quarter …, 24% of service revenue" is no part of "Year to date,
    service revenue totals €382.4 million"; a sentence that names no span, or several, is
    no bar."""
    from kg.authoring.suggest.kinds.average import span

    here, there = span(sentence), span(other)
    return other is sentence or here is None or there is None or here == there


def is_earlier(sentence: Sentence, slot: Slot) -> bool:
    """A figure the words put in an earlier period: "… a year earlier", "… the year before"."""
    doc = sentence.doc
    if _comparative(sentence, slot):
        return True
    for token in doc[slot.token + 1:slot.token + 8]:
        if token.is_punct or token.norm_ in FIGURES:
            return False
        if token.lower_ in _EARLIER and not (token.i + 1 < len(doc) and
                                             doc[token.i + 1].lower_ in _DEDUCTED):
            return True
    return False


def _comparative(sentence: Sentence, slot: Slot) -> bool:
    """"Net sales were EUR 148.2 million (131.6)": a bare number in brackets right after an
    amount written with its currency or scale is the same measure a year before, as results
    releases write their comparatives (a count's "412 (23.0)" is its percent: the count
    carries no unit word, so it is left alone)."""
    doc = sentence.doc
    if not 2 <= slot.token < len(doc) - 1 or doc[slot.token - 1].text != "(" or \
            doc[slot.token + 1].text != ")" or not re.fullmatch(r"[\d,.]+", slot.text):
        return False
    before = sentence.by_token.get(slot.token - 2)
    return before is not None and before.cls in AMOUNTS and not re.fullmatch(r"[\d,.]+",
                                                                             before.text)


#: what an amount may be stated "before" or "prior to" without being of an earlier period:
#: "£3.5 million before VAT", "€12 million before tax"
_DEDUCTED = {"vat", "tax", "taxes", "taxation", "interest", "depreciation", "amortisation",
             "amortization", "deductions", "costs", "expenses", "fees", "charges", "discounts",
             "subsidies", "exceptional", "adjustments"}


#: prepositions that make a figure qualify the noun of a figure before it: "148 workers from
#: four employers", "300 farms in 12 counties"
QUALIFYING = ("from", "in", "across", "at", "among", "over")


def qualified(sentence: Sentence, slot: Slot) -> Slot | None:
    """The figure whose noun ``slot`` qualifies: "148 office workers from four employers" ->
    148 for "four" (a preposition before it, a figure of its unit earlier in the clause with
    no punctuation between); None for a figure that heads its own noun phrase."""
    doc = sentence.doc
    if slot.token == 0 or doc[slot.token - 1].lower_ not in QUALIFYING:
        return None
    heads = [s for s in sentence.slots if s.token < slot.token and s.cls in AMOUNTS
             and s.unit == slot.unit and not any(t.is_punct for t in doc[s.token + 1:slot.token])]
    return heads[-1] if heads else None


def is_portion(sentence: Sentence, slot: Slot) -> bool:
    """The portion of a share its sentence states ("$312.4 million, or 25.2 percent of the
    total", "1,378 (57.4%)"), never "$17,954 million, 10.6% higher": a part, never the whole
    another share refers to."""
    doc = sentence.doc
    if slot.token > 1 and doc[slot.token - 1].text in ("(", ":"):
        # "One in four of our visitors (103,150 people)", "46.0% of visitors: 189,800": the
        # count of the share the words before it state
        for token in reversed(doc[max(0, slot.token - 8):slot.token - 1]):
            if token.norm_ in (PERCENT, FRACTION):
                return True
            if not token.is_alpha or token.norm_ in FIGURES:
                break
    start = slot.token + 1
    # "128,900 visitors, 31.2% of everyone who came": the noun the figure counts, then its
    # share set off after a comma
    while start < min(len(doc), slot.token + 3) and doc[start].is_alpha and \
            doc[start].norm_ not in FIGURES and doc[start].lower_ not in _STOP_NAMING:
        start += 1
    if start > slot.token + 1 and (start >= len(doc) or doc[start].text not in (",", "(")):
        return False
    for token in doc[start:start + 3]:
        if token.norm_ == PERCENT:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or after.lower_ == "of" or after.is_punct and \
                doc[token.i - 1].lower_ in ("or", "(")
        if token.norm_ in FIGURES or not (token.is_punct or token.lower_ in ("or", "some",
                                                                             "about")):
            return False
    return False


#: the verbs whose object is a part of a whole: "accounted for 2,591", "made up 1,697"
_PART_VERBS = (("accounted", "for"), ("account", "for"), ("accounts", "for"),
               ("accounting", "for"), ("made", "up"), ("make", "up"), ("makes", "up"),
               ("making", "up"))
#: words of hedging between such a verb and its figure
_PART_HEDGES = ("about", "some", "nearly", "almost", "around", "roughly", "just", "over",
                "under", "only", "another", "a", "further")


def accounted_for(sentence: Sentence, slot: Slot) -> bool:
    """Whether the figure is what its subject "accounted for" or "made up" ("the five
    groups listed accounted for 2,591 cases"): a part of a whole, never the whole "all the
    cases" names."""
    doc = sentence.doc
    at = slot.token
    while at > 0 and doc[at - 1].lower_ in _PART_HEDGES:
        at -= 1
    return at >= 2 and (doc[at - 2].lower_, doc[at - 1].lower_) in _PART_VERBS


def level(sentence: Sentence, slot: Slot) -> bool:
    """A figure its sentence states as its own value for the period it speaks of."""
    return slot.cls in AMOUNTS and not (is_base(sentence, slot) or is_change(sentence, slot)
                                        or is_rate(sentence, slot)
                                        or is_earlier(sentence, slot))


#: verbs a round figure follows as a mark passed, and nouns that make it one
_PASSED = {"passes", "passed", "passing", "crosses", "crossed", "crossing", "tops", "topped",
           "topping", "surpasses", "surpassed", "breaks", "broke", "hits", "hit"}
_MARKS = {"mark", "milestone", "barrier", "threshold", "level"}


def is_milestone(sentence: Sentence, slot: Slot) -> bool:
    """A round mark a level passed, not the level: "passes 100 million trips", "crossed the
    100 million mark" (never the total a later share is of); "passes $1.24 billion budget"
    is no round mark but a budget passed."""
    doc = sentence.doc
    before = [t.lower_ for t in doc[max(0, slot.token - 2):slot.token]]
    after = doc[slot.token + 1:slot.token + 3]
    if any(t.lower_ in _MARKS for t in after[:1]) or (
            len(after) > 1 and after[0].is_alpha and after[1].lower_ in _MARKS):
        return True
    number = re.sub(r"[^\d.]", "", slot.text)
    round_ = "." not in number and len(number.rstrip("0")) <= 1
    return round_ and bool(before) and (before[-1] in _PASSED or before[-2:] in (
        [w, "the"] for w in _PASSED))


def introduced(sentence: Sentence, document: Document, whole: Slot, back: int = 8) -> Slot:
    """The figure a whole counted "of the" refers back to: "We enrolled 248 nurses. … 201 of
    the 248 (81.1%) were women" (the whole is the nurses an earlier sentence counts: "the
    248" names no things of its own, so it is that count again), "71 of 117 intervention
    participants" after "117 in the intervention arm" (a count "of" its group, no article,
    the words after it naming the group an earlier sentence counts). The nearest earlier sentence's figure of the same value and unit that the words
    so point back to; the whole as written where none does (a whole that brings in its own
    things, "of 1,248 participants", with no earlier figure of them)."""
    doc = sentence.doc
    at = whole.token
    if at < 2 or whole.value is None:
        return whole
    named = doc[at - 1].lower_ in ("the", "those", "these", "our", "its", "their")
    of = doc[at - 1 - named].lower_ in ("of", "out") or doc[at - 1].lower_ == "of"
    if not of:
        return whole
    after = nouns_after(sentence, whole, 3) - {"in", "of", "the", "and", "or"}
    if not after and not named:
        after = _group_after_aside(sentence, whole)
    if not after and not named:
        return whole  # "201 of 248": a bare number, neither pointing back nor naming
    if after and named:
        # "Seventeen of the 38 farms": a definite noun phrase restates the whole in full, a
        # figure of the sentence's own (tied to the earlier one as a restatement)
        return whole
    for earlier in reversed(document.sentences[max(0, sentence.index - back):sentence.index]):
        same = [s for s in earlier.slots if s.value == whole.value and s.unit == whole.unit
                and s.cls == whole.cls and level(earlier, s)]
        if not same:
            continue
        if after:
            # "117 intervention participants": the earlier figure's words name them too
            same = [s for s in same if after & (name(earlier, s) | nouns_after(earlier, s, 4))]
        if len(same) == 1:
            return same[0]
        if same:
            return whole
    return whole


def _group_after_aside(sentence: Sentence, whole: Slot) -> set[str]:
    """The group a bare "N of M" names after its bracketed share: "39 of 141 (27.7%) in the
    control arm" (the nouns after "in"/"among" past the bracket: {control}); none where no
    bracket follows the whole or no "in"/"among" follows the bracket."""
    doc = sentence.doc
    k = whole.token + 1
    if k >= len(doc) or doc[k].text != "(":
        return set()
    while k < len(doc) and doc[k].text != ")":
        k += 1
    if k + 2 >= len(doc) or doc[k + 1].lower_ not in ("in", "among"):
        return set()
    out = set()
    for token in doc[k + 2:k + 5]:
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        out.add(stem(token.text))
    return out - {"the", "of", "and", "or"}


def nouns_after(sentence: Sentence, slot: Slot, most: int = 3) -> set[str]:
    """The nouns right after a count, up to ``most`` words: "46 mobile clinics" ->
    {mobile, clinic}."""
    out = set()
    for token in _compound_words(sentence.doc, slot.token + 1, most):
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        out.add(stem(token.text))
    return out


def _compound_words(doc, at: int, most: int) -> list:
    """The tokens of the ``most`` words from token ``at``, a hyphened compound one word and
    its hyphens left out ("1,086 e-scooter-related presentations": e, scooter, related,
    presentations; two words): the noun a count counts stands past its hyphened modifier."""
    out, k, n = [], at, 0
    while k < len(doc) and n < most:
        out.append(doc[k])
        while k + 2 < len(doc) and doc[k + 1].text in ("-", "‐") and doc[k].is_alpha and \
                doc[k + 2].is_alpha and not doc[k].whitespace_ and \
                not doc[k + 1].whitespace_:
            out.append(doc[k + 2])
            k += 2
        k += 1
        n += 1
    return out


def _counted_nouns(sentence: Sentence, slot: Slot) -> list[str]:
    """The words right after a count that say what it counts, in order ("262.3 thousand
    guest nights, or …" -> [guest, night]): the last is the thing counted."""
    out = []
    for token in sentence.doc[slot.token + 1:slot.token + 3]:
        if not token.is_alpha or token.norm_ in FIGURES or token.lower_ in _STOP_NAMING:
            break
        out.append(stem(token.text))
    return out


def name(sentence: Sentence, slot: Slot) -> frozenset[str]:
    """The words that name what a figure measures: back to the amount before it (or the
    sentence's start), and the two words after it ("Revenue up 12.0% to £548.0 million",
    "a $1.24 billion operating budget", "Programme work -- … -- will receive $6.9 million")."""
    doc = sentence.doc
    start = slot.token
    while start > 0 and doc[start - 1].text not in ";.":
        if doc[start - 1].norm_ in FIGURES and any(
                t.is_alpha and t.lower_ not in _STOP_NAMING and t.lower_ not in _GENERIC
                and not (t.lower_ == "of" and doc[start - 1].norm_ == PERCENT)
                for t in doc[start:slot.token]):
            # "grew from 2.1 million to 9.8 million": 9.8 million is the accounts' too; so is
            # the portion set off after its share ("Nursing staff make up 38.5% of the total
            # (1,502)", "… accounted for 85.9% of that, or £2.71m")
            break
        start -= 1
    after = []
    for token in doc[slot.token + 1:slot.token + 4]:
        if token.is_punct or token.norm_ in FIGURES or token.lower_ in _PER:
            break  # "$44 per person": the people are the count's, not the amount's name
        if after and token.lower_ in _STOP_NAMING:
            break  # "4,860 charge points in operation": the noun phrase ends at "in"
        after.append(token)
    # the noun phrase after it, up to its head: "4,860 public charge points"
    own = frozenset(words_before(sentence, slot, start) + [
        stem(t.text) for t in after[:3] if t.is_alpha and len(t) > 2
        and t.lower_ not in _NAMELESS] + _named_past_apposition(sentence, slot))
    if is_base(sentence, slot) or is_earlier(sentence, slot):
        # "Output was 420 tonnes, against 400 tonnes a year earlier": the same measure
        level = [s for s in sentence.slots if s.token < slot.token and s.unit == slot.unit]
        if level:
            return own | name(sentence, level[-1])
    return own


#: the verbs that name a figure set off between commas by what follows them: "The rest,
#: £2.1 million, forms the reserve fund", "The balance, 410 hours, went to training"
_NAMING_VERBS = {"forms", "formed", "form", "makes", "made", "becomes", "became", "goes",
                 "went", "is", "was", "are", "were", "funds", "funded"}


#: the marks a list's item opens on ("- the rest, £2.1 million, forms …")
_BULLETS = ("-", "*", "•", "–", "—")


def _named_past_apposition(sentence: Sentence, slot: Slot) -> list[str]:
    """The words a figure set off between commas right after the sentence's subject is
    named by after the closing comma, when a verb of being or making follows ("The
    remainder, £3.1 million, forms the members' bonus pool" names the bonus pool); none
    otherwise."""
    doc = sentence.doc
    k = slot.token
    if k < 2 or k + 2 >= len(doc) or doc[k - 1].text != "," or doc[k + 1].text != "," or \
            any(t.norm_ in FIGURES or (t.is_punct and not (t.i == 0 and t.text in _BULLETS))
                for t in doc[:k - 1]) or \
            doc[k + 2].lower_ not in _NAMING_VERBS:
        return []
    named = []
    for t in doc[k + 3:k + 9]:
        if t.text in ("'", "'s", "’", "’s"):
            continue  # "the members' bonus pool": an owner's mark goes on with the phrase
        if t.is_punct or t.norm_ in FIGURES or t.lower_ in _STOP_NAMING:
            break
        if t.is_alpha and len(t) > 2 and t.lower_ not in _NAMELESS and \
                t.lower_ not in _GENERIC:
            named.append(stem(t.text))
    return named


def verb_root(word: str) -> str:
    """A participle's verb, so the words after "of" find a figure the text said with the verb
    ("of the expected total" of "Insurers expect to pay out £312 million")."""
    return word[:-2] if len(word) > 5 and word.endswith("ed") and not word.endswith("eed") \
        else word


def words_before(sentence: Sentence, slot: Slot, start: int | None = None) -> list[str]:
    """The naming words before a figure, in order ("the programme budget works out at" ->
    [programme, budget, work, out]): the last noun is the head, those before qualify it."""
    doc = sentence.doc
    if start is None:
        start = slot.token
        while start > 0 and doc[start - 1].text not in ";." and not (
                doc[start - 1].norm_ in FIGURES and any(
                    t.is_alpha and t.lower_ not in _STOP_NAMING and t.lower_ not in _GENERIC
                    for t in doc[start:slot.token])):
            start -= 1
    return [stem(t.text) for t in doc[start:slot.token]
            if t.is_alpha and len(t) > 2 and t.lower_ not in _NAMELESS]


def of_words(sentence: Sentence, at: int) -> tuple[str, ...]:
    """The words after "of" at token ``at`` that name a whole: "of group revenue" -> (group,
    revenue); "of the total that day" -> () (no measure named); "of those who held an
    offer" -> (offer,): the people named by the thing the clause says they have."""
    said = [t for t in sentence.doc[at:at + 6]]
    if len(said) >= 4 and said[0].lower_ in ("those", "people", "everyone", "all") and \
            said[1].lower_ in ("who", "that") and said[2].is_alpha and \
            said[2].lower_ in _HAVING and said[3].lower_ in ("a", "an", "the", "our", "their"):
        noun = next((t for t in said[4:] if t.is_alpha), None)
        return (stem(noun.text),) if noun is not None and noun.lower_ not in _GENERIC else ()
    out: list[str] = []
    for token in sentence.doc[at:at + 5]:
        if token.lower_ in _PERIODS and token.i + 1 < len(sentence.doc) and \
                sentence.doc[token.i + 1].lower_ in ("'s", "’s"):
            # "of the quarter's total", "of the month's sales": the period says when, the
            # words after it what
            continue
        if token.lower_ == "total":
            # "of the provincial total" names the total; "of total output", output; "of the
            # dry recycling total" names dry recycling's total, not any total
            out = [w for w in out if w not in _SCOPES]
            continue
        if token.is_punct or token.norm_ in FIGURES or token.lower_ in _STOP_NAMING or \
                token.lower_ in cues.UP or token.lower_ in cues.DOWN or token.lower_ in _VERBS:
            break
        if token.is_alpha and token.lower_ not in _GENERIC and len(token) > 2:
            out.append(stem(token.text))
    return tuple(out)


#: the measures a writer abbreviates, as the words spell them out ("a payout of 69% of EPS")
_SPELLED_OUT = {"eps": ("earnings", "per", "share"), "dps": ("dividend", "per", "share")}


def resolve(sentence: Sentence, document: Document, like: Slot, *, before: int,
            hint: Iterable[str] = (), heads: Iterable[str] = (), exclude: Iterable[Slot] = (),
            unit: str | None = None, back: int = 6, larger: bool = True,
            same_sentence: bool = True, allow_portions: bool = False,
            bases: bool = False, also: frozenset[str] = frozenset(),
            named: bool = False, done: frozenset[str] = frozenset()) -> Slot | None:
    """The figure "the total", "of revenue", "the budget" refers to: a level of the same unit
    as ``like`` (or ``unit``) and the same period, in this sentence before token ``before``,
    in one of the ``back`` sentences before, or in the document's first lines (its headline
    total).  The words rank them (``hint``: the figure named with most of them, qualifiers
    first among those its head names: "programme budget" is a programme's budget before any
    budget, and any budget before a programme's other measure); where they allow several,
    the one in this sentence, then (``larger``: a total) one larger than ``like``, the one
    the text states first, then the nearest.
    ``heads`` are nouns any of which names it ("revenue", "sales"); ``bases``: the baseline
    of the same measure instead ("the margin rose to 23% from 21%": 21% of the figures
    before).  ``also``: words of the part ("Subscription revenue of £421.6 million, 76.9% of
    the total"): of two totals stated as early, the one named as its part.  ``named``: the
    words name a measure ("of profit"), so a figure none of whose words they match is none.
    ``done``: the participles the words put after the whole's noun ("of all ballot papers
    issued"): a figure of which another is said ("17 ballot papers were rejected") is none."""
    unit = like.unit if unit is None else unit
    # "of underlying EPS" names the figure "Underlying earnings per share were" gives
    hint = tuple(verb_root(stem(w)) for h in hint for w in _SPELLED_OUT.get(h.lower(), (h,)))
    head, qualifiers = (set(hint[-1:]) | {verb_root(stem(w)) for w in heads}, set(hint[:-1]))
    # the year written right after a figure ("35.0 billion yuan in 2013"); a sentence's other
    # years may be its baseline's ("… against 874,000 a month in 2023")
    year = like.year
    skip = {id(s) for s in exclude} | {id(like)}
    # what the part counts, its noun right after it: a total counting something else
    # ("guests" for "guest nights") is none the words name as its whole
    counts = _counted_nouns(sentence, like) if like.sentence == sentence.index else []
    reach = [s for s in document.sentences[max(0, sentence.index - back):sentence.index]]
    head_lines = [s for s in document.sentences[:3] if s not in reach and s.index < sentence.index]
    places = ([sentence] if same_sentence else []) + reach + head_lines
    found: list[tuple[tuple, Slot]] = []
    for place in places:
        for slot in place.slots:
            if id(slot) in skip or slot.unit != unit:
                continue
            if bases:
                if not (is_base(place, slot) or is_earlier(place, slot)) or \
                        is_change(place, slot) or is_rate(place, slot) or \
                        base_of_rate(place, slot):
                    continue
            elif not level(place, slot) or is_milestone(place, slot):
                continue
            if place is sentence and slot.token >= before:
                continue
            if not allow_portions and place is not sentence and is_portion(place, slot):
                continue
            if _remainder(place, slot):
                continue
            their = slot.year
            if not bases and year is not None and their is not None and their != year:
                continue
            said = done_to(place, slot) if done else frozenset()
            if said and not said & done:
                continue  # "of all ballot papers issued": not the ones "were rejected"
            words = frozenset(verb_root(w) for w in name(place, slot))
            # "158,900 unemployed people" is the unemployed; "the labour force, which
            # combines the employed and the unemployed, reached 2,788,000" only names them:
            # the noun right after a figure is what it counts
            # ("3,129 were issued with a ballot paper" is what "all ballot papers issued"
            # names before any figure its nouns match)
            # a qualifier alone names another measure of that kind: "of operating expenditure"
            # is never "Operating surplus" before "Total expenditure"
            counting = {verb_root(w) for w in nouns_after(place, slot, 2)}
            matched = (len(said & done), len(qualifiers & words) if head & (words | counting)
                       else 0, len(head & words), len(head & counting), len(qualifiers & words))
            if named and not any(matched):
                continue
            bigger = larger and like.value is not None and slot.value is not None and \
                slot.value > like.value
            if larger and not any(matched) and not bigger and like.value is not None:
                continue  # "the total" the words leave open is never smaller than its part
            # "We employ 4,730 staff. Academic staff make up 45.3% of the total": of the
            # totals the words leave open, the one counting what the part is, before the first
            counted = len(also & nouns_after(place, slot, 2))
            if counts and counts[-1] not in nouns_after(place, slot, 2):
                counted = 0  # "262.3 thousand guest nights": of the guests, not the nights
            # "19.6% of revenue": of the figures named "revenue", the total's ("Total revenue
            # of $451.5 million"), not a measure another word narrows ("annual recurring
            # revenue", "subscription revenue"), whichever is larger
            totalled = any(matched) and not qualifiers and any(
                w in _TOTAL_WORDS or w.startswith("total") for w in words_before(place, slot))
            # "Revenue of $612.4 million" is the revenue "of revenue" names; "Annual
            # recurring revenue of $655.0 million" a narrower measure, however larger
            bare = any(matched) and not qualifiers and bool(head & words) and set(
                words_before(place, slot)) <= head | _GENERIC
            rank = (tuple(-n for n in matched), place is not sentence, not bigger, -counted,
                    -totalled, -bare, 0, -len(also & words), sentence.index - place.index,
                    slot.token)
            found.append((rank, slot))
    if larger:
        # the total the words leave open is the one the text stated first (its headline,
        # not a market value or a forecast said later); a value restated is its nearest
        first: dict = {}
        for _, slot in found:
            first[slot.value] = min(first.get(slot.value, slot.sentence), slot.sentence)
        # a measure the words name: its largest statement (a total, a population)
        found = [(r[:6] + (first[s.value] if not any(r[0]) else -(s.value or 0),) + r[7:], s)
                 for r, s in found]
    if year is None and not bases:
        # a figure with no year speaks of the latest period in reach: never an earlier year's
        latest = max((slot.year for _, slot in found if slot.year is not None), default=None)
        found = [(r, s) for r, s in found if s.year is None or s.year == latest]
        # "131,650 passengers in August, or 40.2% of the quarter's total" beside a table row
        # of the quarter in 2024 and in 2025: a whole is of the part's period, so never a
        # cell of an earlier year's column (a column's head dates its cells; a sentence's
        # own dating is too loose to bar a total stated in words)
        part = _calendar_year(document.periods.get(like.local))
        if part is not None:
            found = [(r, s) for r, s in found if CELL.fullmatch(s.local) is None or
                     (_calendar_year(document.periods.get(s.local)) or part) >= part]
            # "In 2019, before the pandemic, the Authority sold 25,460" and then "permits
            # climbed to 10,214 and made up 33.8% of all licences sold": a whole whose own
            # sentence writes an earlier year it is dated by is that year's, no whole of
            # the part's (where the part's sentence does not write that year too); where the
            # words name no measure ("about a third of that") they may point back to it
            found = [(r, s) for r, s in found if not named or not _written_earlier_year(
                document, sentence, s, part)]
    return min(found, key=lambda f: f[0])[1] if found else None


def _total_row_named(document: Document, portion: Slot, words: tuple[str, ...]) -> Slot | None:
    """The cell of the one total row whose own label names ``words`` ("All licences" for "of
    all licences sold"), in the column of the portion's period and in its unit; None where
    no such row, or several, are."""
    period = document.periods.get(portion.local)
    wanted = {stem(w) for w in words}
    cells = [slot for place in document.sentences for slot in place.slots
             if slot.local in document.totals and slot.unit == portion.unit and
             document.periods.get(slot.local) == period and
             wanted & set(document.totals[slot.local][-1])]
    return cells[0] if period is not None and len(cells) == 1 else None


def _dated_apart(document: Document, portion: Slot, whole: Slot) -> bool:
    """Whether the reader dated a part and a whole the text states in words to two different
    calendar years (each a year, or a part of one: "2019" against "2024-Q3")."""
    if CELL.fullmatch(whole.local):
        return False
    years = [_calendar_year(document.periods.get(s.local)) for s in (portion, whole)]
    return None not in years and years[0] != years[1]


def _written_earlier_year(document: Document, sentence: Sentence, slot: Slot,
                          part: int) -> bool:
    """Whether a figure of another sentence is dated a calendar year before ``part`` that
    its own sentence writes (and the part's sentence does not)."""
    year = _calendar_year(document.periods.get(slot.local))
    if year is None or year >= part or slot.sentence == sentence.index:
        return False
    pattern = rf"\b{year}\b"
    return re.search(pattern, document.sentences[slot.sentence].text) is not None and \
        re.search(pattern, sentence.text) is None


def _calendar_year(period: str | None) -> int | None:
    """The calendar year of a period the reader dated ("2025", "2025-Q3", "2025-H1",
    "2025-08"); None for any other (a fiscal year "2024/25" spans two)."""
    hit = re.fullmatch(r"((?:19|20)\d\d)(?:-(?:Q[1-4]|H[12]|0[1-9]|1[0-2]))?", period or "")
    return int(hit[1]) if hit else None


def _participle(token) -> bool:
    return token.is_alpha and len(token) > 4 and token.lower_.endswith("ed")


def participles_after_noun(sentence: Sentence, at: int) -> frozenset[str]:
    """The participles the words from token ``at`` put after a noun: "all ballot papers
    issued" -> {issued}, "the loans approved last year" -> {approved}; "all registered
    voters" -> {} (before its noun, a participle names a kind)."""
    out, noun = set(), False
    for token in sentence.doc[at:at + 6]:
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        if noun and _participle(token):
            out.add(token.lower_)
        elif token.lower_ not in _GENERIC:
            noun = True
    return frozenset(out)


def done_to(sentence: Sentence, slot: Slot) -> frozenset[str]:
    """The participles said of what a figure counts, in its clause after it: "Seventeen
    ballot papers were rejected" -> {rejected}, "3,129 were issued with …" -> {issued}."""
    out = set()
    for token in sentence.doc[slot.token + 1:slot.token + 7]:
        if token.is_punct or token.norm_ in FIGURES:
            break
        if _participle(token):
            out.add(token.lower_)
    return frozenset(out)


def _of_that(sentence: Sentence, document: Document, m: Match, portion: Slot) -> Slot | None:
    """"We spent £3.27m in 2025. Charitable activities accounted for 85.9% of that, or
    £2.71m": "of that" is of the one level in the portion's unit the sentence before states
    (None where it states none or several)."""
    doc = sentence.doc
    if sentence.index == 0 or m.end >= len(doc) or doc[m.end - 1].lower_ != "of" or \
            doc[m.end].lower_ not in ("that", "this", "it") or \
            (m.end + 1 < len(doc) and not doc[m.end + 1].is_punct):
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == portion.unit and s.cls == portion.cls
              and level(before, s)]
    return levels[0] if len(levels) == 1 else None


def _of_them(sentence: Sentence, document: Document, portion: Slot) -> Slot | None:
    """"39,200 claims were made. Roofs accounted for the bulk of them: around 24,300, or
    62%": a pronoun before the portion ("of them", "of those") takes up the one count of
    the portion's unit the sentence before states (None where it states none or several, or
    this sentence names one before the pronoun)."""
    doc = sentence.doc
    at = next((t.i for t in doc[1:portion.token] if t.lower_ in ("them", "those", "these")
               and doc[t.i - 1].lower_ == "of" and (t.i + 1 >= len(doc) or doc[t.i + 1].is_punct)),
              None)
    if sentence.index == 0 or at is None or \
            any(s.unit == portion.unit and s.token < at for s in sentence.slots):
        return None
    before = document.sentences[sentence.index - 1]
    levels = [s for s in before.slots if s.unit == portion.unit and s.cls == portion.cls
              and level(before, s)]
    return levels[0] if len(levels) == 1 else None


def portion_and_whole(sentence: Sentence, document: Document, m: Match, part: Slot,
                      hint: tuple[str, ...] = ()) -> tuple[Slot, Slot] | None:
    """The portion (the level written next to the share, as a rule before it) and the whole
    (named after "of": in this sentence, else the same period's total an earlier sentence
    gives: "of revenue", "of the total")."""
    whole = m.roles.get("whole")
    if whole is None:
        whole = _of_named(sentence, m)
        if whole is not None and not _one_clause(sentence, m.start):
            return None  # "… 840 homes that were not …, so the group makes up one in three"
    if whole is not None and _age_bound(sentence, whole):
        return None  # "20.4% of the 18-24 age group": an age names the group, no whole
    amounts = [s for s in sentence.slots if s.cls in AMOUNTS and s is not whole
               and not is_base(sentence, s)
               and (not is_change(sentence, s) or _gap_set_off(sentence, s, part))
               and not is_earlier(sentence, s) and not _age_bound(sentence, s)]
    # "…to $5 billion; 40 percent of sales came from Germany": no portion across a ";"
    before = [s for s in amounts if s.token < part.token
              and not any(t.text == ";" for t in sentence.doc[s.token:part.token])
              and not _qualifies_subject(sentence, s, part) and not _age_bound(sentence, s)
              and not _aside_of(sentence, s, part) and not _whole_of_a_share(sentence, s)
              and not _drawn_from(sentence, part)]
    if not before and _opens_with_that(sentence, part):
        return _that_share(sentence, document, m, part, whole)
    if whole is None and m.name == "or" and len(before) >= 1:
        base = _saving_against(sentence, before[-1])
        if base is not None:
            # "pay £900 a year, against £1,200 for oil: a saving of £300, or 25%": what is
            # saved is a part of what it is saved on, the amount set against
            return before[-1], base
    if whole is None and m.name == "or" and len(before) >= 2:
        found = _of_pair(sentence, before)
        if found:
            return found
    if whole is None and len(before) >= 2 and m.start > 0 and \
            sentence.doc[m.start - 1].text in ("-", "—", "–", "(", ","):
        # "spent $5.27 million of its $7.0 million budget - three-quarters of the total -":
        # a fraction set off after "A of B" is A's share of B (never two amounts by size)
        first, last = before[-2:]
        between = [t.lower_ for t in sentence.doc[first.token + 1:last.token]]
        if first.unit == last.unit and between[:1] == ["of"] and \
                all(w in ("the", "its", "their", "our", "his", "her", "a", "an", "total")
                    for w in between[1:]):
            return first, last
    # a portion after the share follows its whole's words: "two thirds of the 210,000
    # people hired, about 140,000", never a clause on: "…, and also has the largest gap, $7.5m"
    after = [s for s in amounts if s.token >= m.end and _right_after(sentence, m.end, s.token)
             and not _of_names(sentence, m, s)]
    # "aged 15 to 24 made up 18.4% of the unemployed, or 29,200 people": the figure "or"
    # sets off after the share restates its portion; one before it qualifies a noun
    # (the first amount after it: in "-- 57 per cent of the total -- worth £348 million, or
    # about €414 million" the "or" restates the value, no portion of the share)
    restated = [s for s in after if any(t.lower_ == "or" for t in sentence.doc[m.end:s.token])
                and not any(m.end <= o.token < s.token for o in amounts)]
    candidates = restated[:1] or ([before[-1]] if before else []) + after
    if whole is not None:
        candidates = [s for s in candidates if s.unit == whole.unit]
    if not candidates:
        return None
    portion = candidates[0]
    opened = _opened_of(sentence) if whole is None and not restated else None
    if opened is not None and opened[1] in before and not any(
            s.unit == opened[1].unit and opened[1].token < s.token < part.token and
            sentence.doc[s.token - 1].lower_ in ("and", "or", ",", ";", "while", "but")
            for s in before):
        # "Of the 186 pupils in Year 11, 121 achieved grade 4 or above -- 65.1% of the
        # cohort": the frame says which two figures the share relates, whatever stands
        # between ("Of the 900 staff, 400 are nurses and 200 doctors, 22% of the total":
        # a share after a list is its last item's, not the frame's)
        whole, portion = opened
    if whole is None:
        whole = _of_that(sentence, document, m, portion) or _of_them(sentence, document, portion)
    if whole is None:
        of = of_words(sentence, m.end) if sentence.doc[m.end - 1].lower_ == "of" else ()
        if sentence.doc[m.end - 1].lower_ == "of":
            of = _everyone(sentence, m.end, portion) or of
        if not of and m.name == "or" and portion.token + 2 < len(sentence.doc) and \
                sentence.doc[portion.token + 1].lower_ == "of" and portion.token < m.start:
            # "accounted for 126 of the daily population, or 11%": the portion's own "of …"
            # names the whole the share after it is of
            of = of_words(sentence, portion.token + 2)
        # a figure of this sentence with its own share is a sibling portion, not the whole
        siblings = [s for s in before if s is not portion and is_portion(sentence, s)]
        if not of and siblings:
            # "… 2,860 (36.0% of the workforce), and 1,130 doctors, or 14.2%": a bare share
            # after a sibling's is of the whole the sibling's names
            of = _share_whole_words(sentence, siblings[-1])
        done = participles_after_noun(sentence, m.end) if of else frozenset()
        # "29.0% of all naturalisations": the whole is every one counted, never a figure the
        # text states as a part ("the five listed accounted for 2,591 naturalisations")
        parts = _said_as_parts(sentence, document) if of and sentence.doc[m.end - 1].lower_ \
            == "of" and any(t.lower_ in ("all", "total") for t in
                            sentence.doc[m.end:m.end + 2]) else []
        whole = resolve(sentence, document, portion, before=portion.token, hint=hint + of,
                        also=name(sentence, portion), named=bool(of),
                        exclude=siblings + _listed_with(sentence, portion) + parts, done=done)
        if sentence.doc[m.end - 1].lower_ == "of":
            whole = _row_total(document, portion, of, whole) or whole
            whole = _current_level(document, of, whole) or whole
        # "a dividend of CHF 2.40 per share, one third of earnings per share": an amount per
        # thing is a part of another amount per thing, never of a total
        if whole is not None and per_thing(sentence, portion) and \
                not per_thing(document.sentences[whole.sentence], whole):
            whole = _per_same_thing(sentence, document, portion, hint + of, siblings + [whole])
            if whole is None:
                return None
        if whole is not None and not same_span(sentence, document.sentences[whole.sentence]):
            return None
        if whole is not None and _of_everything(sentence, m.end) and (
                accounted_for(document.sentences[whole.sentence], whole) or
                is_portion(document.sentences[whole.sentence], whole)):
            # "29.0% of all cases", where the last count of cases is what some of them
            # "accounted for": the words name every case, which a table's total holds;
            # no part of them
            whole = table_total(document, portion, of[-1:]) if of else None
            if whole is None:
                return None
        if whole is not None and of and _of_everything(sentence, m.end) and \
                _dated_apart(document, portion, whole):
            # "made up 33.8% of all licences sold" after "In 2019 the body sold 25,460": every
            # licence of the part's own period, which a table's total row of that period
            # holds; never a count of the words' thing the text dates to another period
            whole = _total_row_named(document, portion, of)
            if whole is None:
                return None
        if whole is not None:
            whole = _stated_exactly(sentence, document, whole) or whole
        if whole is None and of:
            # "$171.2 million, or 12.1% of net sales" where only a table's total row gives
            # the quarter's net sales
            whole = table_total(document, portion, of[-1:])
    if whole is None or whole.unit != portion.unit:
        return None
    if portion.cls == COUNT and sentence.doc[m.end - 1].lower_ == "of" and any(
            _MONEY_NOUN.fullmatch(t.lower_) for t in sentence.doc[m.end:m.end + 3]
            if t.is_alpha):
        # "the three bakeries accounted for 41% of total spending": what the things counted
        # take is a share of the money named, never a share their count is of a count
        return None
    return portion, whole


#: the nouns of an amount of money a share may be "of" ("of local spend", "of revenue")
_MONEY_NOUN = re.compile(r"spend|spending|expenditures?|revenues?|sales|turnover|income|"
                         r"costs?|budgets?|funding|profits?|earnings|wages|payroll")


#: the words that name a level as it stands now: "of current capacity"
_NOW = ("current", "existing", "present")
#: the words that make a change one still to come: "will lift capacity from A to B"
_PLANNED = ("will", "would", "shall", "'ll", "plans", "planned", "proposes", "proposed",
            "intends", "aims")


#: the words that open a sentence restating the figure of the one before as a share: "That
#: is", "This was", "That's", "That represents", "That works out at", "That is equivalent to"
_THAT = {"that", "this"}
_THAT_VERBS = {"is", "was", "'s", "’s", "represents", "represented", "equals", "equalled",
               "equaled", "amounts", "amounted", "works", "worked", "comes", "came", "makes",
               "made", "means", "meant", "equivalent", "to", "out", "at", "up", "roughly",
               "about", "some", "almost", "nearly", "just", "only", "around", "over", "under",
               "close", "more", "than", "less", "still", "already", "now", "therefore", "thus"}


#: the pronouns that name every one of something, which a clause after them says: "of
#: everyone who came through the doors", "of everything we spent", "of what we asked for"
_EVERY = {"everyone", "everybody", "everything", "what"}
#: the words of such a clause that name nothing counted or measured
_CLAUSE = {"who", "that", "which", "we", "they", "you", "i", "he", "she", "it", "had", "has",
           "have", "did", "do", "does", "was", "were", "is", "are", "been", "be", "would",
           "will", "could", "through", "the", "a", "an", "our", "their", "for", "to", "in",
           "on", "at", "of", "by"}


def _everyone(sentence: Sentence, at: int, portion: Slot) -> tuple[str, ...]:
    """The words that name the whole of a share "of everyone who came through the doors":
    what the portion counts ("128,900 visitors": every visitor; "49.5 million cartons … of
    everything packed": every carton), else the clause's own words ("of everything we
    spent": what was spent); () where no such pronoun follows "of"."""
    doc = sentence.doc
    if at >= len(doc) or doc[at].lower_ not in _EVERY:
        return ()
    counted = tuple(_counted_nouns(sentence, portion))
    if counted:
        # ("49.5 million cartons, … 29.2% of everything packed for export": every carton)
        return counted[-1:]
    said = []
    for token in doc[at + 1:at + 7]:
        if not token.is_alpha or token.norm_ in FIGURES:
            break
        if token.lower_ not in _CLAUSE:
            said.append(stem(token.text))
    return tuple(said[:2])


def _of_everything(sentence: Sentence, at: int) -> bool:
    """Whether the words after a share's "of" (ending at token ``at``) name everything of a
    kind: "of all cases", "of the total", "of total sales"."""
    doc = sentence.doc
    return doc[at - 1].lower_ == "of" and any(
        t.lower_ in ("all", "total", "overall", "entire", "whole") for t in doc[at:at + 3])


def _that_share(sentence: Sentence, document: Document, m: Match, part: Slot,
                whole: Slot | None) -> tuple[Slot, Slot] | None:
    """The portion and whole of a share "That is" restates the figure of the sentence before
    as (see _said_before_that): the whole the words after "of" name, in this sentence or,
    read from the portion's sentence, in those before it."""
    found = _said_before_that(sentence, document, part, whole)
    if len(found) != 1:
        return None
    portion = found[0]
    if whole is None:
        if sentence.doc[m.end - 1].lower_ != "of":
            return None
        of = of_words(sentence, m.end)
        before = document.sentences[portion.sentence]
        # ("of all scheduled trips" where a table's total row counts them, in the portion's
        # period: that cell, before any figure of the text the words happen to name)
        whole = table_total(document, portion, of[-1:]) if of else None
        if whole is None and any(t.lower_ in ("total", "all") for t in
                                 sentence.doc[m.end:m.end + 3]):
            # "of the total catch" of "caught 412 animals": the total the words leave open
            # is the larger figure the text states first
            whole = resolve(before, document, portion, before=portion.token)
            if whole is not None and CELL.fullmatch(whole.local) and \
                    whole.local not in document.totals:
                return None  # one row's cell of a table is never "the total"
            if whole is not None and _other_side_of_the_books(
                    set(of), name(document.sentences[whole.sentence], whole)):
                return None  # "of total expenditure" is no share of the income stated first
    if whole is None or whole.unit != portion.unit:
        return None
    return portion, whole


#: the money a body takes in and the money it pays out (stems): a whole named by one is
#: never a figure the words name by the other ("of total expenditure", "our income")
_MONEY_IN = ("income", "revenue", "revenues", "sales", "turnover", "receipts", "takings")
_MONEY_OUT = ("spending", "spend", "spent", "expenditure", "costs", "expenses", "outgoings")


def _other_side_of_the_books(of: set[str], named: frozenset[str]) -> bool:
    """Whether the words "of …" name money in and the whole's own words money out only, or
    the other way round."""
    money_in = {stem(w) for w in _MONEY_IN}
    money_out = {stem(w) for w in _MONEY_OUT}
    for side, other in ((money_in, money_out), (money_out, money_in)):
        if of & side and not of & other and named & other and not named & side:
            return True
    return False


def _opens_with_that(sentence: Sentence, part: Slot) -> bool:
    """Whether the words before the share are "That is", "This was", "That's roughly"."""
    words = [t.lower_ for t in sentence.doc[:part.token]]
    return sentence.index > 0 and len(words) >= 2 and words[0] in _THAT and \
        all(w in _THAT_VERBS for w in words[1:]) and words[1] in _THAT_VERBS - {
            "to", "out", "at", "up", "more", "than", "less"}


def _said_before_that(sentence: Sentence, document: Document, part: Slot,
                      whole: Slot | None) -> list[Slot]:
    """"The scheme caught 412 animals … took 58 target sharks. That's 16.4 per cent of the
    total catch": a sentence that opens with "That is" and states no amount before its share
    speaks of the one amount the sentence before states (its level: never a baseline, a
    change or a figure of an earlier time; an amount a year only where the whole is one
    too, "about $4.87 million a year. That is 9.3% of the $52.3 million annual budget");
    [] where it states none or several."""
    if not _opens_with_that(sentence, part):
        return []
    before = document.sentences[sentence.index - 1]
    rate = whole is not None and whole.sentence == sentence.index and (
        is_rate(sentence, whole) or any(t.lower_ in ("annual", "yearly") for t in
                                        sentence.doc[whole.token + 1:whole.token + 3]))
    found = [s for s in before.slots if s.cls in AMOUNTS and s.value is not None
             and (whole is None or s.unit == whole.unit)
             and not (is_base(before, s) or is_change(before, s) or is_earlier(before, s))
             and is_rate(before, s) == rate]
    return found if len(found) == 1 else []


def _stated_exactly(sentence: Sentence, document: Document, whole: Slot) -> Slot | None:
    """The figure a headline's rounder whole restates to more digits ("€186m" of "exported
    ceramics worth €186.4 million"), stated before this sentence as a level of the same
    unit: "the total" a share is of is the exact one, the rounder only repeats it (None
    where no one such figure is, or the whole has a single significant digit)."""
    if whole.value is None or len(whole.value.normalize().as_tuple().digits) < 2:
        return None
    found = {s.value: s for place in document.sentences[:sentence.index + 1]
             for s in place.slots
             if s.unit == whole.unit and s.value is not None and s.value != whole.value
             and s.cls == whole.cls and CELL.fullmatch(s.local) is None
             and (place is not sentence or s.token < whole.token)
             and level(place, s) and not is_portion(place, s) and _rounded(whole, s)}
    return next(iter(found.values())) if len(found) == 1 else None


def _aside_of(sentence: Sentence, slot: Slot, part: Slot) -> bool:
    """Whether an amount stands in brackets set right after another amount, closed before
    the share ("€47.9 million (US$51.8 million at the year's average rate), or 25.7% of the
    total"): an aside on that amount (its conversion, its other unit), never the portion."""
    doc = sentence.doc
    opens = next((t.i for t in reversed(doc[:slot.token]) if t.text in ("(", ")")), None)
    if opens is None or doc[opens].text != "(" or opens < 1 or \
            not any(t.text == ")" for t in doc[slot.token + 1:part.token]):
        return False
    return any(s.token == opens - 1 and s.cls in AMOUNTS for s in sentence.slots)


def _drawn_from(sentence: Sentence, part: Slot) -> bool:
    """Whether a share is what the amount before it came "from" ("harvested 8,100 tonnes,
    or 61% of the crop, from 58% of the farmland", "earned $2.1 million from a third of its
    clients"): the share of a source, of another measure, so that amount is not its
    portion (a level a move started from is a change's, read as such)."""
    doc = sentence.doc
    k = part.token - 1
    while k >= 0 and doc[k].lower_ in _HEDGES_BEFORE:
        k -= 1
    return k >= 1 and doc[k].lower_ == "from" and cues.direction(doc[k - 1].text) is None


def _whole_of_a_share(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount is the whole an earlier percent of the sentence is "of" ("made up
    8.5% of the region's $4.1 billion of sales, against 9.9% of $3.8 billion"): what that
    share is of, never the portion of the next."""
    doc = sentence.doc
    k = slot.token - 1
    # (the whole's owner may stand between: "of the region's", "of all its")
    while k >= 0 and slot.token - k <= 4 and (doc[k].is_alpha or doc[k].lower_ in ("'s", "’s")) \
            and doc[k].lower_ != "of" and doc[k].norm_ not in FIGURES:
        k -= 1
    if k < 1 or doc[k].lower_ != "of":
        return False
    share = sentence.by_token.get(k - 1)
    return share is not None and share.cls == PERCENT


def _current_level(document: Document, of: tuple[str, ...],
                   whole: Slot | None) -> Slot | None:
    """"81% of current capacity", where the whole the words name is the level a planned change
    will reach ("will lift capacity from 24,600 to 27,800"): the current level is the one it
    starts "from", of the same unit; None where the words say no "current", the change has
    happened ("lifted capacity from … to …": its level now is the one it reached) or no
    "from" value stands before it."""
    if whole is None or not set(of) & set(_NOW):
        return None
    at = document.sentences[whole.sentence]
    doc = at.doc
    if whole.token < 1 or doc[whole.token - 1].lower_ != "to":
        return None
    start = next((s for s in reversed(at.slots) if s.token < whole.token
                  and s.unit == whole.unit and doc[s.token - 1].lower_ == "from"
                  and is_base(at, s)), None)
    if start is None or any(s.token > start.token and s.token < whole.token and
                            s.unit == whole.unit for s in at.slots):
        return None
    clause = [t.lower_ for t in doc[:start.token]]
    return start if set(clause) & set(_PLANNED) else None


#: the words right before a figure that state it as a part of something larger: "the five
#: largest accounted for 2,591 cases", "women made up 1,212 of them"
_PART_VERBS = (("accounted", "for"), ("account", "for"), ("accounts", "for"),
               ("accounting", "for"), ("made", "up"), ("make", "up"), ("makes", "up"),
               ("making", "up"))


def _said_as_parts(sentence: Sentence, document: Document, back: int = 6) -> list[Slot]:
    """The figures of this sentence and the ``back`` before it that the words state as a
    part ("accounted for 2,591 naturalisations", "made up 1,212"): what "all …" or "the
    total …" names is the whole they are parts of, never one of them."""
    out = []
    for place in document.sentences[max(0, sentence.index - back):sentence.index + 1]:
        doc = place.doc
        for slot in place.slots:
            if slot.token >= 2 and (doc[slot.token - 2].lower_,
                                    doc[slot.token - 1].lower_) in _PART_VERBS:
                out.append(slot)
    return out


def _row_total(document: Document, portion: Slot, of: tuple[str, ...],
               said: Slot | None) -> Slot | None:
    """"Health … at £412.6m, or 36.1% of the total", where £412.6m restates the Health row's
    cell of 2026/27: the whole is a total row below that row, in the same column; the one
    the words after "of" name (its label or the table's caption: "of spending"), or for
    "the total" the one labelled a total (not "Subtotal, direct costs") or the only one.
    Where the text states a total the words may mean (``said``: "spending plans of £1.14
    billion"), the cell stands for it only where that figure restates the cell or is the
    cell rounded (the exact figure the share was worked from); a total the text states
    otherwise ("$1.15 billion" of 1,145,100: a slip) stays the whole as written, so the
    share's check finds it (None)."""
    cell = re.fullmatch(r"f-t(\d+)-r(\d+)-c(\d+)", document.restated.get(portion.local, ""))
    if cell is None:
        return None
    t, r, c = cell.groups()
    below = [slot for place in document.sentences for slot in place.slots
             if slot.local in document.totals and slot.unit == portion.unit and
             (m := re.fullmatch(rf"f-t{t}-r(\d+)-c{c}", slot.local)) and int(m[1]) > int(r)]
    # ("the total" by the row's label alone: the head "Budget line … Total" names every row)
    named = [slot for slot in below if of and of[-1] in set().union(*document.totals[slot.local])
             or not of and "total" in document.totals[slot.local][1]]
    found = named[0] if len(named) == 1 else below[0] if not of and len(below) == 1 else None
    if found is None or said is None or said is found or \
            document.restated.get(said.local) == found.local or _rounded(said, found):
        return found
    return None


def _rounded(said: Slot, cell: Slot) -> bool:
    """Whether a figure of the text is a cell's value rounded to the figure's own last
    significant digit ("£1.14 billion" of 1,142.0 £ million)."""
    if said.value is None or cell.value is None or said.value == 0:
        return False
    quantum = Decimal(1).scaleb(said.value.normalize().as_tuple().exponent)
    return cell.value.quantize(quantum, rounding=ROUND_HALF_UP) == said.value


def _listed_with(sentence: Sentence, portion: Slot) -> list[Slot]:
    """The amounts a list sets beside the portion: "Bakery contributed £389 million and
    Beverages £253 million, the latter accounting for 19 percent of the total" (only "and"
    or a comma and the next item's name between): items of one whole, never its total."""
    doc = sentence.doc
    out, at = [], portion
    for slot in reversed([s for s in sentence.slots if s.token < portion.token]):
        between = doc[slot.token + 1:at.token]
        # (the next item's name must stand there: "£10m, £4m of it from exports" is no list)
        if slot.unit != portion.unit or not 2 <= len(between) <= 5 or \
                between[0].lower_ not in ("and", ",") or not between[1].is_alpha or \
                not all(t.is_alpha or t.text in "&-'" for t in between[1:]):
            break
        out.append(slot)
        at = slot
    return out


def table_total(document: Document, portion, heads: tuple[str, ...]):
    """"EBIT … from €63.5 million …; the EBIT margin improved to 4.7% from 4.3%", where only a
    table of revenue by division gives the first half's revenue: the whole is the cell of
    the total row whose table or label names it (``heads``), in the column of the portion's
    own period (the period the words chose the portion by, never the value); None where no
    one such cell is."""
    period = document.periods.get(portion.local)
    if period is None:
        return None
    wanted = {stem(w) for w in heads}
    cells = [slot for place in document.sentences for slot in place.slots
             if slot.local in document.totals and
             wanted & set().union(*document.totals[slot.local])
             and slot.unit == portion.unit and document.periods.get(slot.local) == period]
    return cells[0] if len(cells) == 1 else None


#: a table cell's local name: its table, row and column ("f-t1-r4-c2")
CELL = re.compile(r"f-t(\d+)-r(\d+)-c(\d+)")


def table_rows(document: Document) -> dict[tuple[str, str], list[Slot]]:
    """Each table row's cells by (table, row), in the order of their columns."""
    rows: dict[tuple[str, str], list[Slot]] = {}
    for place in document.sentences:
        for slot in place.slots:
            if cell := CELL.fullmatch(slot.local):
                rows.setdefault(cell.groups()[:2], []).append(slot)
    return rows


def row_label(cells: list[Slot]) -> frozenset[str]:
    """The stems of a table row's label: the words its first cell carries (the cells after
    it have none)."""
    return frozenset(stem(w) for w in cells[0].words) if cells else frozenset()


def table_row(document: Document, period: str | None, unit: str | None,
              names: Callable[[frozenset[str]], bool]) -> Slot | None:
    """The cell of a table's row whose label ``names`` accepts, in the column of ``period``
    ("Gross margin was 77.4%" of a year whose gross profit only a table's "Gross profit" row
    gives): the period the words chose decides the column, never a value; None where no row
    or several rows of any table name it."""
    if period is None:
        return None
    found = [s for cells in table_rows(document).values() if names(row_label(cells))
             for s in cells if s.unit == unit and s.cls in AMOUNTS
             and document.periods.get(s.local) == period]
    return found[0] if len(found) == 1 else None


#: pronouns that open a clause qualifying the noun before them ("patients who waited …")
_RELATIVE = {"who", "whose", "whom", "which", "that"}


def _opened_of(sentence: Sentence) -> tuple[Slot, Slot] | None:
    """(whole, portion) of "Of the 240 pupils in Year 6, 171 …": the level the sentence opens
    with after "Of" and the first amount of its unit after the comma that ends the words
    naming it (a heading before a colon may stand first)."""
    doc = sentence.doc
    at = 2 if len(doc) > 2 and doc[1].text == ":" and doc[0].is_alpha else 0
    if len(doc) <= at + 2 or doc[at].lower_ != "of":
        return None
    at += 1 + (doc[at + 1].lower_ in ("the", "our", "its", "their", "all"))
    whole = sentence.by_token.get(at)
    if whole is None or whole.cls not in AMOUNTS or not level(sentence, whole):
        return None
    comma = next((t.i for t in doc[whole.token + 1:] if t.text == ","), None)
    after = [s for s in sentence.slots if comma is not None and s.token > comma
             and s.cls in AMOUNTS]
    if not after or after[0].unit != whole.unit or \
            any(t.is_alpha for t in doc[comma + 1:after[0].token]):
        return None  # "Of the 240 pupils, most …": the portion opens the clause
    return whole, after[0]


def _qualifies_subject(sentence: Sentence, slot: Slot, part: Slot) -> bool:
    """Whether a figure stands in a relative clause that says which group the share is of,
    with no break before the share: "Patients who had waited more than 18 weeks made up a
    quarter of the list", "Firms that employ fewer than 50 staff make up 72%" (a threshold
    of the group, not its size; "The firm, which sold 3,000 cars, a quarter of …" is)."""
    doc = sentence.doc
    if any(t.is_punct for t in doc[slot.token + 1:part.token]):
        return False
    for token in reversed(doc[:slot.token]):
        if token.is_punct:
            return False
        if token.lower_ in _RELATIVE and token.i > 0 and doc[token.i - 1].is_alpha:
            return True
    return False


#: words right before a figure that make it what is left beside other parts, or one more
_REST = {"remaining", "other", "further", "additional"}


def _remainder(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is written as a part beside others ("the remaining 655,000 trips",
    "the other 40 staff", "a further 1,200"): never the whole a share or a fraction is of."""
    doc = sentence.doc
    k = slot.token - 1
    while k >= 0 and k >= slot.token - 3 and doc[k].lower_ in _HEDGES_BEFORE:
        k -= 1
    return k >= 0 and doc[k].lower_ in _REST


#: the nouns that name a figure set off after them as what is left of a whole: "the rest,
#: £2.1 million", "the balance of 410 hours", "the remainder (38)"
_REST_NOUNS = {"rest", "remainder", "balance"}


def _the_rest(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is written as what is left of a whole: "the remaining 655,000", "the
    rest, £2.1 million", "the balance of 410 hours" (a part beside the others)."""
    doc = sentence.doc
    if _remainder(sentence, slot):
        return True
    k = slot.token - 1
    while k >= 0 and slot.token - k <= 3 and (doc[k].lower_ in _HEDGES_BEFORE or
                                                doc[k].text in (",", "(", "of", "-", "–", "—")):
        k -= 1
    return k >= 1 and doc[k].lower_ in _REST_NOUNS and doc[k - 1].lower_ in ("the", "its",
                                                                              "their", "our")


_HEDGES_BEFORE = {"about", "around", "roughly", "some", "nearly", "almost", "over", "just",
                  "approximately", "an", "estimated"}


def _age_bound(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure is an age that says which people a share is of ("residents aged 65
    and over", "children aged under 5", "those aged 16 to 64", "the 18-24 age group",
    "25- to 34-year-olds"), not how many they are."""
    doc = sentence.doc
    k = slot.token - 1
    while k >= 0 and doc[k].lower_ in ("over", "under", "between", "from", "to", "and", "-",
                                       "–") and slot.token - k <= 3:
        k -= 1
    if k >= 0 and doc[k].lower_ in ("aged", "age", "ages"):
        return True
    # an age band named before its noun: the band's other end, "+" or "to" may stand between
    j = slot.token + 1
    while j < len(doc) and j - slot.token <= 4 and (
            doc[j].lower_ in ("-", "–", "to", "and", "+", "or") or doc[j].like_num):
        j += 1
    return j + 1 < len(doc) and (doc[j].lower_ == "age" and doc[j + 1].lower_ in (
        "group", "groups", "band", "bands", "bracket", "range") or doc[j].lower_ == "year"
        and doc[j + 1].lower_ in ("-", "olds", "old"))


#: words that open a clause of its own between a portion and its share
_CLAUSE_OPENERS = {"so", "that", "which", "who", "while", "whereas", "but", "and", "because",
                   "although", "though", "thus", "hence"}


def _one_clause(sentence: Sentence, share: int) -> bool:
    """Whether the amount before a share is in the share's clause: "Only 410 places were
    funded, half of …", never "… 840 homes that were not, so the group makes up …"."""
    before = [s for s in sentence.slots if s.cls in AMOUNTS and s.token < share]
    return bool(before) and not any(t.lower_ in _CLAUSE_OPENERS
                                    for t in sentence.doc[before[-1].token + 1:share])


def _of_named(sentence: Sentence, m: Match) -> Slot | None:
    """The whole a share's "of" names with a figure of its own: "half of the council's
    annual target of 1,280", "40% of its budget of $2 million": the level right after the
    naming words' own "of" (no other preposition, punctuation or figure between)."""
    doc = sentence.doc
    if m.end < 1 or doc[m.end - 1].lower_ != "of":
        return None
    for token in doc[m.end:m.end + 7]:
        slot = sentence.by_token.get(token.i)
        if slot is not None:
            return slot if slot.cls in AMOUNTS and doc[token.i - 1].lower_ == "of" and \
                token.i - 1 > m.end and level(sentence, slot) else None
        if not (token.is_alpha or token.lower_ == "'s") or \
                (token.lower_ in _STOP_NAMING and token.lower_ != "of"):
            return None
    return None


def _per_same_thing(sentence: Sentence, document: Document, portion: Slot,
                    hint: tuple[str, ...], exclude: list[Slot]) -> Slot | None:
    """The amount per the same thing as ``portion`` that "of earnings per share" means:
    "NOK 4.40 for each of the 20 million shares" for "NOK 2.20 per share": the nearest
    amount per thing of its unit, here or up to three sentences back, whose sentence names
    the thing (and, where ``hint`` names a measure, that measure); else None."""
    thing = _per_noun(sentence, portion)
    if thing is None:
        return None
    skip = {id(s) for s in exclude} | {id(portion)}
    wanted = {stem(w) for w in hint}
    for place in [sentence] + document.sentences[max(0, sentence.index - 3):sentence.index][::-1]:
        said = {stem(t.text) for t in place.doc if t.is_alpha}
        if thing not in said or (wanted and not wanted & said):
            continue
        found = [s for s in place.slots if id(s) not in skip and s.unit == portion.unit
                 and (place is not sentence or s.token < portion.token) and per_thing(place, s)]
        if found:
            return found[-1]
    return None


def _per_noun(sentence: Sentence, slot: Slot) -> str | None:
    """The thing an amount is for each of: "CHF 2.40 per share" -> share."""
    doc = sentence.doc
    for token in doc[slot.token + 1:slot.token + 4]:
        if token.lower_ in ("per", "each", "every", "a", "an") and token.i + 1 < len(doc) and \
                doc[token.i + 1].is_alpha and doc[token.i + 1].lower_ != "of":
            return stem(doc[token.i + 1].text)
        if not token.is_alpha or token.norm_ in FIGURES:
            return None
    return None


def _share_whole_words(sentence: Sentence, portion: Slot) -> tuple[str, ...]:
    """The words naming the whole of the share set off right after a portion: "2,860 (36.0%
    of the workforce)" -> (employ,); () where the share names none."""
    doc = sentence.doc
    for token in doc[portion.token + 1:portion.token + 4]:
        if token.norm_ == PERCENT:
            at = token.i + 1
            return of_words(sentence, at + 1) if at < len(doc) and doc[at].lower_ == "of" else ()
    return ()


_HEDGES = {"or", "some", "about", "roughly", "nearly", "around", "almost", "approximately"}
#: "which is", "which comes to", "which amounts to": the words that give what a share of an
#: amount comes to
_COMES_TO = {"which", "is", "was", "comes", "came", "amounts", "amounted", "to", "works",
             "out", "at"}


def _right_after(sentence: Sentence, start: int, token: int) -> bool:
    between = [t for t in sentence.doc[start:token]]
    while between and between[-1].lower_ in _HEDGES:
        between.pop()
    if not between:
        return True
    if len(between) >= 2 and between[-1].lower_ == "with" and between[-2].text == ",":
        between.pop()  # "31.8 percent of the total, with 68,900 people": its portion
    # "a fee of 5% of the £2,400, which comes to £120": what the share of the whole "which"
    # says it comes to is its portion
    at = len(between)
    while at and between[at - 1].lower_ in _COMES_TO:
        at -= 1
    if 0 < at < len(between) and between[at - 1].text == "," and \
            between[at].lower_ == "which":
        del between[at:]
    # "of the 210,000 people who found work, about 140,000"; never a clause on ("…, and
    # also has the largest gap, $7.5 million")
    return len(between) <= 8 and between[-1].text in ",:;—–-(" and \
        not any(t.lower_ in ("and", "but", "while", "whereas", "also") for t in between)


def _of_names(sentence: Sentence, m: Match, slot: Slot) -> bool:
    """Whether the "of" a share ends on names the figure: "20% of £18,500, which is …" --
    the amount it is a share of, never its portion."""
    if sentence.doc[m.end - 1].lower_ != "of":
        return False
    between = sentence.doc[m.end:slot.token]
    return len(between) <= 3 and not any(t.is_punct or t.like_num for t in between)


#: the pronouns after "of" that stand for a figure said before: "of which", "of whom"
_RELATIVE = ("which", "whom")


def _named_by_of(sentence: Sentence, slot: Slot) -> bool:
    """"of the 2,925 euros", "Of the county's 52,300 tonnes": an "of" in the figure's own noun
    phrase, never one that ends an earlier phrase ("52,300 tonnes of waste, 21,450 …")."""
    span = sentence.doc[max(0, slot.token - 4):slot.token]
    # ("£68,500, of which £41,100": that "of" points back to the figure "which" stands for;
    # "a saving of £40": that "of" gives the size of a move or gap, never names a whole)
    ofs = [t.i for t in span if t.lower_ == "of" and
           (t.i + 1 >= len(sentence.doc) or sentence.doc[t.i + 1].lower_ not in _RELATIVE)
           and not (t.i > 0 and sentence.doc[t.i - 1].lower_ in _CHANGE_NOUNS | _GAP_NOUNS)]
    return bool(ofs) and not any(t.is_punct and t.text != "'s"
                                 for t in sentence.doc[ofs[-1] + 1:slot.token])


def _gap_set_off(sentence: Sentence, slot: Slot, part: Slot) -> bool:
    """Whether the share comes right after the amount of a gap, set off by "or" ("leaving a
    shortfall of £2m, or 8% of the plan"): that gap is the share's portion, though a gap is
    a change everywhere else."""
    doc = sentence.doc
    between = [t.lower_ for t in doc[slot.token + 1:part.token]]
    return between in ([",", "or"], ["or"]) and slot.token >= 2 and \
        doc[slot.token - 1].lower_ == "of" and doc[slot.token - 2].lower_ in _GAP_NOUNS


def _of_pair(sentence: Sentence, before: list[Slot]) -> tuple[Slot, Slot] | None:
    """"Of the $53.0 million …, donors gave $26.7 million, or 50.4 percent" and "1,530 euros
    of the 2,925 euros …, or 52.3 percent": the whole is the one "of (the)" names."""
    last = before[-1]
    same = [s for s in before[:-1] if s.unit == last.unit]
    if not same:
        return None
    other = same[-1]
    if [t.lower_ for t in sentence.doc[max(0, last.token - 2):last.token]] in (
            [["of", w] for w in _RELATIVE]):
        # "a van costing £68,500, of which £41,100, or 60 per cent, is raised": the figure
        # "which" stands for is the whole, the one after it its portion
        return last, other
    for whole, portion in ((other, last), (last, other)):
        if _named_by_of(sentence, whole):
            return portion, whole
    if _the_rest(sentence, last):
        # "the state put in Rs 29.1 crore, and the city found the rest, Rs 19.4 crore, or
        # 40%": the rest is a part beside the other, never a part of it
        return None
    portion, whole = sorted((other, last), key=lambda s: s.value or 0)
    if is_portion(sentence, whole):
        # "2,860 nurses (36.0% of staff), and 1,130 doctors, or 14.2%": a figure with a share
        # of its own is the other's sibling in one whole, not that whole
        return None
    return portion, whole


#: the nouns and verbs of an amount saved on a dearer alternative
_SAVED = {"saving", "savings", "save", "saves", "saved", "saves"}


def _saving_against(sentence: Sentence, portion: Slot) -> Slot | None:
    """"Owners pay £900 a year, against £1,200 for oil: a saving of £300, or 25%": a saving
    (the words right before it say so) is a share of the dearer amount the sentence sets the
    cheaper against ("against", "compared with", "than"), the one baseline of its unit
    before it; None where there is no such one baseline."""
    doc = sentence.doc
    said = [t.lower_ for t in doc[max(0, portion.token - 3):portion.token] if t.is_alpha]
    if not said or not (said[-1] in _SAVED or said[-1] == "of" and len(said) >= 2
                        and said[-2] in _SAVED):
        return None
    bases = [s for s in sentence.slots if s.token < portion.token and s.unit == portion.unit
             and s.cls in AMOUNTS and is_base(sentence, s)]
    return bases[0] if len(bases) == 1 else None
