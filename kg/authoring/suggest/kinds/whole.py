"""Shares of one whole: a list of shares whose words say it exhausts the whole ("housing
31.2 percent, food 18.5 percent and all other goods the remaining 50.3 percent", "the
rest", "others"; "revenue came 39.6 percent from phones, 48.3 percent from computers and
12.2 percent from tablets", "split", "divided"), in one sentence or reaching back to the
list the sentence before began ("… and computers 48.3 percent. Tablets made up the
remaining 12.2 percent."). Never shares of overlapping groups ("58% of women and 61% of
those over 50": each names its own whole), never changes ("up 3%"), never a list the
words do not close.

A list is a run of shares joined by list separators (",", ";", "and", a bullet's dash):
its first item may be a whole clause ("Individual donors are expected to provide 47% of
our income"), each later one only a short label ("charitable foundations 30%", "from
tablets") or a label that names the rest. Shares that each follow a part of a sum read
before ("1,378 (57.4%) …, 612 (25.3%) … and 417 (17.3%)") exhaust that sum's total.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.authoring.suggest.kinds.cues import DOWN, UP
from kg.authoring.suggest.suggestion import Suggestion, make
from kg.authoring.suggest.text import (AMOUNTS, FIGURES, PERCENT, QUANTITY, YEAR, Document,
                                       Match, Sentence, Slot, nlp, words)

#: units whose shares exhaust a whole (the check's whole: 100 percent, 1,000 per mille)
SHARE_UNITS = ("PERCENT", "PERMILLE")
#: what joins the items of a list
SEPARATORS = (",", ";", "and", "&", "plus", "-", "–", "—", "•", "·")
#: what sets two figures against each other rather than listing them
CONTRASTS = ("but", "while", "whereas", "although", "though", "compared", "versus", "vs",
             "vs.", "than")
#: the most bullets (sentences of one share each) a rest reaches back over
BULLETS = 8
#: a later item's own words are short ("charitable foundations 30%") unless they name the rest
LABEL_WORDS = 4
#: words around a share that make it a change, not a share ("up 3%", "a 3% rise")
_CHANGE_AFTER = ("increase", "increases", "rise", "rises", "growth", "decline", "declines",
                 "drop", "fall", "higher", "lower", "more", "less", "up", "down", "gain",
                 "jump", "cut")
_MAKE = ("make", "makes", "made", "making")
#: what may stand between a share and the rest it is ("12.2 percent from the rest")
_BEFORE_REST = ("from", "to", "by", "with", "as", "the", "all", "came", "come", "comes", "went",
                "go", "goes")
#: before the rest, words that make a figure something of the rest, not its share: a rate
#: ("3.8% in the rest of the country", "40% on the rest") or a share of it ("of the rest")
_NOT_ITS_SHARE = ("in", "across", "throughout", "for", "among", "at", "on", "of", "over",
                  "above", "below")
#: the determiners between "of" and the whole it names ("of our income")
_DETERMINERS = ("the", "a", "an", "our", "its", "their", "his", "her", "all", "total", "this",
                "that", "these", "those")

#: cue words, as spaCy Matcher patterns (every match counts, not one a role as in Patterns)
CUES = {
    # an item that is the rest of the whole
    "rest": [[words("remaining", "rest", "remainder")],
             [words("the"), words("balance")],
             [words("other", "others")],
             [words("everything", "anything", "all"), words("else")]],
    # the whole handed out among the items
    "share out": [[words("split", "divided", "distributed", "apportioned", "breakdown")],
                  [words("broken", "breaks", "broke", "break"), words("down")],
                  [words("made", "make", "makes", "composed", "consists", "consisted",
                         "consist", "comprised"), words("up", optional=True), words("of")],
                  # "came 39.6 percent from phones": the share is the whole's
                  [words("came", "comes", "come", "coming"), {"IS_ALPHA": True, "OP": "{0,2}"},
                   {"NORM": {"IN": [PERCENT, QUANTITY]}}, words("from")]],
}


@cache
def _matcher():
    vocab = nlp().vocab  # spaCy imported first by nlp(), without its command line
    from spacy.matcher import Matcher
    matcher = Matcher(vocab)
    for name, patterns in CUES.items():
        matcher.add(name, [[p[0] if isinstance(p, tuple) else p for p in pattern]
                           for pattern in patterns])
    return matcher


def cues(sentence: Sentence) -> list[tuple[str, int, int]]:
    """(name, start, end) of every cue in the sentence, found once."""
    key = id(_matcher())
    if key not in sentence.matched:
        sentence.matched[key] = [Match(nlp().vocab.strings[i], start, end, {}, "")
                                 for i, start, end in _matcher()(sentence.doc)]
    return [(m.name, m.start, m.end) for m in sentence.matched[key]]


@dataclass
class Item:
    """A share in a list: its figure, where its own words start, and what it says."""

    slot: Slot
    label_start: int  # the first token of its own words (after the separator before it)
    own_end: int  # the token after its trailing words (up to the next separator)
    of: tuple[str, ...] = ()  # the whole its "of …" names ("our income"), if any
    change: bool = False
    years: frozenset[str] = frozenset()  # the years its own words name: one list, one year


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    runs = _runs(sentence, taken)
    for n, run in enumerate(runs):
        if any(i.change for i in run):
            continue
        head = run[0]
        named = [i for i in run[1:] if _is_rest(sentence, i.label_start, i.slot)]
        if _is_rest(sentence, max(head.label_start, head.slot.token - 4), head.slot):
            if n == 0 and not named and _is_rest(sentence, head.label_start, head.slot,
                                                 strong=True) and \
                    not any(s.token < head.slot.token for s in sentence.slots):
                # "The remaining 12.2 percent …": the list began in the sentence before
                earlier = _earlier(sentence, document)
                if earlier and not any(i.change for i in earlier):
                    _add(out, sentence, [*earlier, *run], "the rest of an earlier list: " +
                         sentence.span(head.label_start, run[-1].own_end))
            continue
        # the whole handed out: its words before the first share ("split", "came … from")
        start = 0 if n == 0 else head.label_start
        shared_out = any(start <= s < head.slot.token and (e <= head.slot.token or
                                                           head.slot.token < e)
                         for name, s, e in cues(sentence) if name == "share out")
        if len(run) >= 2 and (named or shared_out):
            if n == 0 and named and _goes_on(sentence, head.slot):
                # "Readymix added R1 796 million (18,2 %) and lime the balance (5,4 %)"
                # after "cement contributed …, or 76,3 %.": the list the sentence before
                # began goes on here, and its rest is the rest of the whole list
                earlier = _earlier(sentence, document)
                if earlier and not any(i.change for i in earlier):
                    _add(out, sentence, [*earlier, *run], "the rest of a list begun before: "
                         + sentence.span(head.label_start, run[-1].own_end))
                continue  # (a list the words say goes on, whose start is not read: none)
            _add(out, sentence, run, sentence.span(head.label_start, run[-1].own_end))
    _shares_of_a_sum(sentence, taken, out)
    _shares_of_a_listed_total(sentence, out)
    return out


#: the words that say a sentence's list goes on from the sentence before: "Services added
#: 18%", "Exports also took 12%", "a further 9% came from …"
_GOES_ON = ("added", "adds", "also", "further", "another")


def _goes_on(sentence: Sentence, first: Slot) -> bool:
    """Whether the words before the sentence's first share (in its first clause, before any
    other list opens) say the list goes on from the sentence before."""
    return sentence.index > 0 and any(t.lower_ in _GOES_ON
                                      for t in sentence.doc[:first.token])


def _add(out: list[Suggestion], sentence: Sentence, run: list[Item], evidence: str) -> None:
    parts = [i.slot for i in run]
    if len({p.unit for p in parts}) != 1 or any(p.local in s.figures for s in out for p in parts):
        return
    out.append(make("WholeRelation", sentence.claim, {"part": parts}, evidence,
                    " + ".join(p.text for p in parts) + ": the whole"))


def _rest_word(sentence: Sentence, at: int) -> bool:
    """Whether the rest word at ``at`` names the rest: not "other than", "each other",
    "on the other hand", "the balance sheet", "in the rest of the country"."""
    doc = sentence.doc
    before = doc[at - 1].lower_ if at > 0 else ""
    after = doc[at + 1].lower_ if at + 1 < len(doc) else ""
    word = doc[at].lower_
    lead = at - 1
    while lead >= 0 and doc[lead].lower_ in ("the", "all"):
        lead -= 1
    if lead >= 0 and doc[lead].lower_ in _NOT_ITS_SHARE:
        return False
    if word in ("other", "others"):
        return before not in ("than", "each", "every", "any", "no", "one", "some") and \
            after not in ("hand", "than")
    if word == "the":  # "the balance"
        return doc[at + 2].lower_ != "sheet" if at + 2 < len(doc) else True
    return True


def _runs(sentence: Sentence, taken: list[Suggestion]) -> list[list[Item]]:
    """The sentence's shares grouped into lists, in order."""
    doc = sentence.doc
    changes = {local for s in taken for role, locals_ in s.roles
               if role not in ("share", "part") for local in locals_}
    shares = [s for s in sentence.slots if s.unit in SHARE_UNITS]
    runs: list[list[Item]] = []
    previous: Slot | None = None
    for slot in shares:
        start = previous.token + 1 if previous else 0
        gap = doc[start:slot.token]
        seps = [t.i for t in gap if t.lower_ in SEPARATORS]
        label_start = seps[-1] + 1 if seps else start
        own_end = _own_end(sentence, slot)
        item = Item(slot, label_start, own_end, _of(sentence, slot),
                    slot.local in changes or _is_change(sentence, slot),
                    frozenset(t.text for t in doc[label_start:own_end] if t.norm_ == YEAR))
        if previous is not None and _joins(sentence, previous, slot, seps) and \
                (not item.of or item.of == runs[-1][0].of) and \
                len({y for i in [*runs[-1], item] for y in i.years}) <= 1 and \
                not any(t.lower_ == "among" for t in doc[label_start:slot.token]) and \
                (_label_words(sentence, label_start, slot) <= LABEL_WORDS or
                 _is_rest(sentence, label_start, slot)):
            runs[-1].append(item)
        else:
            # a new list: its first item's own words reach back to the previous figure
            item.label_start = start if previous is None else \
                max(start, _clause_start(sentence, slot))
            runs.append([item])
        previous = slot
    return runs


def _joins(sentence: Sentence, previous: Slot, slot: Slot, seps: list[int]) -> bool:
    """Whether two shares are items of one list: a separator between them, no contrast, and
    no other figure but the amount the second is a share of ("612 (25.3%)")."""
    if not seps:
        return False
    doc = sentence.doc
    between = doc[previous.token + 1:slot.token]
    if any(t.lower_ in CONTRASTS for t in between):
        return False
    figures = [t.i for t in between if t.norm_ in FIGURES]
    if not figures:
        return True
    amount = sentence.by_token.get(figures[-1])
    return len(figures) == 1 and amount is not None and amount.cls in AMOUNTS and \
        _paired_share(sentence, amount) is slot


def _label_words(sentence: Sentence, start: int, slot: Slot) -> int:
    return sum(1 for t in sentence.doc[start:slot.token] if t.is_alpha)


def _is_rest(sentence: Sentence, start: int, slot: Slot, strong: bool = False) -> bool:
    """Whether a share's own words name it the rest of the whole: before it from ``start``
    ("the remaining 6%", "all other goods … make up 35.4%", "others 5%"), or right after it
    ("12.2 percent from the rest", "5% other"; never "45% on the rest", a rate). ``strong``:
    only words that name all the rest ("the remaining", "the other", "all other"), not a
    category that may be one of several ("other income")."""
    doc = sentence.doc
    for name, at, _ in cues(sentence):
        if name != "rest" or not _rest_word(sentence, at):
            continue
        if strong and doc[at].lower_ in ("other", "others") and \
                (at == 0 or doc[at - 1].lower_ not in ("the", "all")):
            continue
        if start <= at < slot.token:
            return True
        if at > slot.token and all(t.lower_ in _BEFORE_REST for t in doc[slot.token + 1:at]):
            return True
    return False


def _own_end(sentence: Sentence, slot: Slot) -> int:
    """The token after a share's trailing words: up to the next separator or figure."""
    doc = sentence.doc
    end = slot.token + 1
    while end < len(doc) and doc[end].lower_ not in SEPARATORS and \
            doc[end].norm_ not in FIGURES and doc[end].text not in (".", ":"):
        end += 1
    return end


def _clause_start(sentence: Sentence, slot: Slot) -> int:
    """Where the clause of a list's first share starts (after ";" or ":")."""
    start = slot.token
    doc = sentence.doc
    while start > 0 and doc[start - 1].text not in (";", ":") and \
            doc[start - 1].norm_ not in FIGURES:
        start -= 1
    return start


def _of(sentence: Sentence, slot: Slot) -> tuple[str, ...]:
    """The whole a share's own "of …" names ("47% of our income" -> ("income",))."""
    doc = sentence.doc
    at = slot.token + 1
    if at >= len(doc) or doc[at].lower_ != "of":
        return ()
    named = []
    for t in doc[at + 1:at + 6]:
        if not t.is_alpha or t.lower_ in SEPARATORS:
            break
        if t.lower_ not in _DETERMINERS:
            named.append(t.lower_)
    return tuple(named[:3])


def _is_change(sentence: Sentence, slot: Slot) -> bool:
    """A share that is a change by its words: "up 3%", "rose by 3%", "a 3% rise"."""
    doc = sentence.doc
    for t in doc[max(0, slot.token - 3):slot.token]:
        if t.lower_ == "up" and t.i > 0 and doc[t.i - 1].lower_ in _MAKE:
            continue  # "made up 21.8 percent": a share
        if t.lower_ in UP + DOWN and t.lower_ not in ("more", "less", "added", "cut"):
            return True
    if slot.token > 0 and doc[slot.token - 1].lower_ == "by":
        return True
    after = doc[slot.token + 1:slot.token + 3]
    return any(t.lower_ in _CHANGE_AFTER for t in after)


def _earlier(sentence: Sentence, document: Document) -> list[Item] | None:
    """The list the sentence before ends with, which this sentence's rest completes, or the
    bullets of one share each before it ("- Programmes: 71.5%. - Fundraising: 18.2%.")."""
    items: list[Item] = []
    for before in reversed(document.sentences[max(0, sentence.index - BULLETS):
                                               sentence.index]):
        runs = _runs(before, [])
        if not runs:
            break
        last = runs[-1]
        if any(s.token > last[-1].slot.token for s in before.slots):
            break  # the sentence goes on after its list: the rest is not of it
        bullet = len(before.slots) == 1 and \
            _label_words(before, 0, last[0].slot) <= LABEL_WORDS
        if not bullet and (items or any(i.of and i.of != last[0].of for i in last)):
            break
        items[:0] = last
        if not bullet:
            break
    return items or None


def _paired_share(sentence: Sentence, part: Slot) -> Slot | None:
    """The share written beside an amount: "612 (25.3%)", "21,950 undergraduates (69.7%)",
    "612, or 25.3%"."""
    doc = sentence.doc
    for t in doc[part.token + 1:part.token + 6]:
        if t.norm_ in FIGURES:
            share = sentence.by_token.get(t.i)
            between = doc[part.token + 1:t.i]
            words_ = [w for w in between if w.is_alpha]
            opened = between[-1:].text == "(" or between[-2:].text.startswith(", or") or \
                between[-1:].text == "or"
            return share if share is not None and share.unit in SHARE_UNITS and opened and \
                len(words_) <= 3 - (between[-1:].text == "or") else None
        if not (t.is_alpha or t.text in ("(", ",")):
            return None
    return None


def _shares_of_a_listed_total(sentence: Sentence, out: list[Suggestion]) -> None:
    """A total and, after a colon, its parts each with its share ("31,480 students: 21,950
    undergraduates (69.7%) and 9,530 postgraduates (30.3%)"): the shares exhaust it."""
    doc = sentence.doc
    for colon in (t.i for t in doc if t.text == ":"):
        before = [s for s in sentence.slots if colon - 4 <= s.token < colon]
        if not before or before[-1].cls not in AMOUNTS or \
                any(t.lower_ in SEPARATORS for t in doc[before[-1].token + 1:colon]):
            continue
        total = before[-1]
        end = next((t.i for t in doc[colon + 1:] if t.text in (";", ":")), len(doc))
        listed = [s for s in sentence.slots if colon < s.token < end]
        parts = [s for s in listed if s.cls in AMOUNTS]
        shares = [_paired_share(sentence, p) for p in parts]
        if len(parts) >= 2 and None not in shares and len(listed) == 2 * len(parts) and \
                all(p.unit == total.unit for p in parts):
            _add(out, sentence, [Item(s, s.token, s.token + 1) for s in shares],
                 sentence.span(total.token, end))


def _shares_of_a_sum(sentence: Sentence, taken: list[Suggestion], out: list[Suggestion]) -> None:
    """A sum read in this sentence whose every part has its share beside it ("1,378
    (57.4%) …, 612 (25.3%) … and 417 (17.3%)"): the shares exhaust the total."""
    by_local = {s.local: s for s in sentence.slots}
    for s in taken:
        if s.kind != "SumRelation":
            continue
        parts = [by_local.get(local) for role, locals_ in s.roles if role == "part"
                 for local in locals_]
        if len(parts) < 2 or None in parts:
            continue
        shares = [_paired_share(sentence, p) for p in sorted(parts, key=lambda p: p.token)]
        if None not in shares:
            _add(out, sentence, [Item(x, x.token, x.token + 1) for x in shares], s.evidence)
