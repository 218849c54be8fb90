"""A document's claims as spaCy tokens, one token per figure or date, for the patterns.

Each figure (or stated date) of a claim becomes a single token whose ``NORM`` names
its class (``_money_``, ``_count_``, ``_pct_``, ``_frac_`` …), so the patterns of
each relation kind are spaCy ``Matcher`` patterns over words and figure classes, on a
blank English pipeline (a tokenizer only: no model to download).  A relation often
reaches back into an earlier sentence ("Of those, …", "… of revenue"):
:meth:`Document.antecedent` finds the figure a careful reader would take it to mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache

from kg.numbers import AFTER_NUMBER_WORDS, CURRENCIES, UNIT_WORDS

#: figure classes (a token's NORM); amounts are what sums, differences and changes relate
MONEY, COUNT, QUANTITY = "_money_", "_count_", "_qty_"
PERCENT, POINTS, FACTOR, FRACTION, RATE = "_pct_", "_pp_", "_factor_", "_frac_", "_rate_"
DATE, YEAR = "_date_", "_year_"
AMOUNTS = (MONEY, COUNT, QUANTITY)
FIGURES = AMOUNTS + (PERCENT, POINTS, FACTOR, FRACTION, RATE, DATE)
#: the units of a length of time ("within 24 hours", "waited over 18 weeks")
DURATIONS = frozenset(("SEC", "MIN", "MINUTE", "HR", "HOUR", "DAY", "WK", "WEEK", "MO", "MONTH",
                       "YR", "YEAR"))
#: the words (and signs) that name a currency, as the number reader knows them
CURRENCY_WORDS = {w: code for w, code in (UNIT_WORDS | AFTER_NUMBER_WORDS).items()
                  if code in CURRENCIES}
#: ("nearly double the 0.63 million": "double" and its kin are a multiple, not a fraction;
#: so is "3.5x", a factor written short: "leverage below 3.5x")
_FACTOR_WORDS = re.compile(r"\b(times|\w+-?fold|twice|doubled|tripled|trebled|quadrupled|halved"
                           r"|double|triple|treble|quadruple)\b|\dx\b", re.I)
_YEAR = re.compile(r"^(1[89]\d{2}|20\d{2})$")
#: words that tell nothing about which figure a sentence means
_STOP = set("""a an the of in on at to for from by with and or but as is was were are be been
has have had it its their this that these those than then which who what when where while
there into over per each year years month quarter week day last previous first second third
percent million billion thousand also about more less some""".split())


def figure(*classes: str, role: str | None = None) -> tuple[dict, str | None]:
    """A pattern token: one figure of these classes, playing ``role`` when given."""
    return {"NORM": {"IN": list(classes or FIGURES)}}, role


def words(*texts: str, optional: bool = False) -> tuple[dict, None]:
    """A pattern token: one of these words (lower case)."""
    spec: dict = {"LOWER": {"IN": list(texts)}}
    if optional:
        spec["OP"] = "?"
    return spec, None


def gap(most: int, *, filler: Iterable[str] | None = None) -> tuple[dict, None]:
    """Up to ``most`` tokens that are no figure (and no punctuation), or only ``filler``."""
    spec: dict = {"NORM": {"NOT_IN": list(FIGURES)}, "IS_PUNCT": False, "OP": f"{{0,{most}}}"}
    if filler is not None:
        spec = {"LOWER": {"IN": list(filler)}, "OP": f"{{0,{most}}}"}
    return spec, None


#: what stands between a cue word and its figure: "than last year's 5.4 million"
FILLER = ("the", "a", "an", "its", "their", "his", "her", "last", "previous", "prior", "year",
          "'s", "same", "total", "all", "of")


@dataclass(frozen=True)
class Slot:
    """A figure (or date) where it stands: the token it became, and what it says."""

    local: str
    cls: str
    unit: str | None
    value: Decimal | None
    text: str
    sentence: int
    token: int
    year: int | None = None
    #: the words that say what the figure is: its clause up to it, and the noun after it
    words: frozenset[str] = frozenset()


@dataclass
class Sentence:
    index: int
    claim: str
    text: str
    doc: object  # a spaCy Doc
    slots: list[Slot]
    words: frozenset[str]
    by_token: dict[int, Slot] = field(default_factory=dict)
    #: each Patterns' matches here, found once (several kinds ask for the same cues)
    matched: dict[int, list[Match]] = field(default_factory=dict)

    def span(self, start: int, end: int) -> str:
        return self.doc[start:end].text


@dataclass(frozen=True)
class Match:
    name: str
    start: int
    end: int
    roles: dict[str, Slot]
    evidence: str


#: the cells of tables' total rows, by local name, each with the words that name it: its
#: table's caption and head, and its row's label (stemmed)
TotalCells = dict[str, tuple[frozenset[str], frozenset[str]]]


@dataclass
class Document:
    sentences: list[Sentence]
    #: each figure's period as the claims date it ("2023-H1"), by its local name
    periods: dict[str, str] = field(default_factory=dict)
    #: the cells of a table's total rows the reader marked (kg read knows which rows add up
    #: the others), each with the words that name it, stemmed: the table's caption and head
    #: ("Revenue by division"), and the row's label ("Group")
    totals: TotalCells = field(default_factory=dict)
    #: the table cell each figure of the text restates (kg read's sure ties), by local name
    restated: dict[str, str] = field(default_factory=dict)

    def antecedent(self, sentence: Sentence, unit: str | None, *,
                   need: Callable[[Slot], bool] = lambda s: True,
                   hint: Iterable[str] = (), back: int = 3) -> Slot | None:
        """The figure an earlier sentence gives that this one refers to ("of those", "of
        revenue", "less than wind farms"): same unit, in one of the ``back`` sentences
        before: the one described with most of this sentence's words ("revenue of €2.35
        billion" for "… of revenue"), then whose sentence shares most, then the nearest
        sentence, then the first figure of it (the sentence's subject, as a rule)."""
        wanted = sentence.words | {_stem(w) for w in hint}
        best = None
        for earlier in self.sentences[max(0, sentence.index - back):sentence.index]:
            overlap = len(wanted & earlier.words)
            for slot in earlier.slots:
                if slot.cls in AMOUNTS + (PERCENT,) and slot.unit == unit and need(slot):
                    rank = (-len(wanted & slot.words), -overlap, sentence.index - earlier.index,
                            slot.token)
                    if best is None or rank < best[0]:
                        best = (rank, slot)
        return best[1] if best else None


#: spaCy's faces made of brackets and colons ("):", ";)", ":-("): in a report they are a
#: bracket beside punctuation, "176 participants (91.7%): 90 in …"
_FACE = re.compile(r"[():;=\[\]'’-]*[()\[\]][():;=\[\]'’-]*")


@cache
def nlp():
    pipeline = _spacy().blank("en")
    pipeline.tokenizer.rules = {text: case for text, case in pipeline.tokenizer.rules.items()
                                if not _FACE.fullmatch(text)}
    return pipeline


def _spacy():
    """spaCy, imported without its command line where nothing has imported it yet.

    ``import spacy`` imports ``spacy.cli`` for the one name ``spacy.info``, and with it
    typer, weasel, requests, jinja2 and every command spaCy has (some 350 modules: about
    0.25 s of CPU in each `kg read`, a third of spaCy's import).  A blank English
    pipeline and its Matcher use none of them.  While spaCy itself is imported, a stand-in
    takes ``spacy.cli``'s place; it is gone from ``sys.modules`` once spaCy is in, so that a
    later ``import spacy.cli`` (spaCy's own commands, ``python -m spacy``) imports the real
    one, as ``spacy.info()`` does on its first call."""
    import sys

    if "spacy" in sys.modules:
        import spacy

        return spacy
    import types

    def info(*args, **kwargs):  # spacy.info: the real one, imported when first asked
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    cli, cli_info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []  # a package, as the real one is
    cli_info.info = info
    cli.info = cli_info
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": cli_info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    except (ImportError, AttributeError):  # a spaCy whose import wants more of its cli
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
        sys.modules.pop("spacy.cli", None)
        import spacy  # the plain way: slower, never wrong
        return spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli  # `import spacy.cli` sets it anew, to the real package
    return spacy


class Patterns:
    """Named spaCy ``Matcher`` patterns whose figure tokens carry roles.

    >>> p = Patterns({"base": [[words("from"), figure(MONEY, role="initial")]]})
    """

    def __init__(self, named: dict[str, list[list[tuple[dict, str | None]]]]):
        vocab = nlp().vocab  # spaCy imported first by nlp(), without its command line
        from spacy.matcher import Matcher

        self.matcher = Matcher(vocab)
        self.roles: dict[str, tuple[str, list[str | None]]] = {}
        for name, patterns in named.items():
            for n, pattern in enumerate(patterns):
                pattern = [p if isinstance(p, tuple) else (p, None) for p in pattern]
                key = f"{name}#{n}"
                self.matcher.add(key, [[spec for spec, _ in pattern]])
                self.roles[key] = (name, [role for _, role in pattern])

    def __call__(self, sentence: Sentence) -> list[Match]:
        if id(self) not in sentence.matched:
            sentence.matched[id(self)] = self._match(sentence)
        return sentence.matched[id(self)]

    def _match(self, sentence: Sentence) -> list[Match]:
        out = []
        seen = set()
        for match_id, start, end, alignment in self.matcher(sentence.doc, with_alignments=True):
            key = nlp().vocab.strings[match_id]
            name, roles = self.roles[key]
            bound = {}
            for token, element in zip(range(start, end), alignment):
                role = roles[element]
                if role and token in sentence.by_token:
                    bound[role] = sentence.by_token[token]
            ident = (name, tuple(sorted((r, s.local) for r, s in bound.items())))
            if ident not in seen:
                seen.add(ident)
                out.append(Match(name, start, end, bound, sentence.span(start, end)))
        return sorted(out, key=lambda m: (m.start, -m.end))


def classify(unit: str | None, quote: str) -> str:
    if unit in CURRENCIES:
        return MONEY
    if unit == "PERCENT":
        return PERCENT
    if unit == "PERCENT_POINT":
        return POINTS
    if unit == "RATE":
        return RATE
    if unit == "UNITLESS":
        return FACTOR if _FACTOR_WORDS.search(quote) else FRACTION
    if unit in (None, "NUM"):
        return COUNT
    return QUANTITY


def sentence(index: int, claim: str, text: str,
             figures: list[tuple[str, int, int, str | None, Decimal | None, str, str]]
             ) -> Sentence:
    """``figures``: (local, start, end, unit, value, quote, class or "") in ``text``."""
    doc = _years_apart(nlp()(text))
    spans = []
    for local, start, end, unit, value, quote, cls in figures:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(span.start < e and s < span.end for s, e, *_ in spans):
            continue
        cls = cls or classify(unit, quote)
        spans.append((span.start, span.end, local, unit, value, quote, cls))
    spans.sort()
    with doc.retokenize() as retokenizer:
        for start, end, *_, cls in spans:
            retokenizer.merge(doc[start:end], attrs={"NORM": cls})
    # after merging, a figure's token index is its start minus the tokens merged before it
    slots, shift = [], 0
    for start, end, local, unit, value, quote, cls in spans:
        slots.append(Slot(local, cls, unit, value, quote, index, start - shift))
        shift += end - start - 1
    for token in doc:
        if token.norm_ not in FIGURES and _YEAR.match(token.text):
            token.norm_ = YEAR
    slots = [replace(_with_year(doc, s), words=_described(doc, s)) for s in slots]
    content = _content(doc)
    s = Sentence(index, claim, text, doc, slots, content)
    s.by_token = {slot.token: slot for slot in slots}
    return s


#: a year and the next written with a dash the tokenizer keeps whole, as a financial year
#: is: "2018–19", "2019—20" (a hyphen it splits already: "2018-19" is "2018", "-", "19"; a
#: range of whole years, "the 1991–2020 normal", stays one word)
_YEAR_SPAN = re.compile(r"^(1[89]\d{2}|20\d{2})([–—])(\d{2})$")


def _years_apart(doc):
    """The doc with each year span written with an en or em dash split as a hyphened one is,
    so that its first year reads as a year ("from 25,540 in 2018–19")."""
    found = [(t, m) for t in doc if (m := _YEAR_SPAN.match(t.text))]
    if found:
        with doc.retokenize() as retokenizer:
            for token, m in found:
                retokenizer.split(token, list(m.groups()), heads=[(token, 0)] * 3)
    return doc


def _with_year(doc, slot: Slot) -> Slot:
    """The year a figure is for, when the words right after it say ("… in 2019")."""
    for token in doc[slot.token + 1:slot.token + 4]:
        if token.norm_ == YEAR:
            return replace(slot, year=int(token.text))
        if token.norm_ in FIGURES or token.text in ",;":
            break
    return slot


def _content(tokens) -> frozenset[str]:
    return frozenset(_stem(t.lower_) for t in tokens
                     if t.is_alpha and len(t) > 2 and t.lower_ not in _STOP)


def _described(doc, slot: Slot) -> frozenset[str]:
    """The clause before a figure (back to the previous figure or punctuation) and the
    two words after it: "Wind farms generated [61 TWh]", "[2,840] patients"."""
    start = slot.token
    while start > 0 and doc[start - 1].norm_ not in FIGURES and not doc[start - 1].is_punct:
        start -= 1
    after = []
    for token in doc[slot.token + 1:slot.token + 4]:
        if token.is_punct or token.norm_ in FIGURES:
            break
        after.append(token)
    return _content(list(doc[start:slot.token]) + after[:2])


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ions", "ion", "ies", "es", "s"):
        if suffix == "s" and word.endswith("ss"):
            break  # "class", "gross": a noun in "-ss" is no plural
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
