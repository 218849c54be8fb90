"""``kg new``: from a text file to a claims folder with one draft per number.

Every numeric mention becomes a draft figure (or a draft date, or a draft waiver
for a bare year) inside a draft claim for its sentence, with the value, unit,
precision and hedge read from the text.  Drafts fail the build until someone
confirms them, so nothing unreviewed is ever checked.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.files import write_atomic
from kg.interval import figure_interval
from kg.numbers import CURRENCIES as CURRENCY_CODES
from kg.numbers import MONTHS, UNIT_WORDS, WORD_VALUES, Mention, find_mentions, krone, unit_named
from kg.problems import InputError, Problem, display_path
from kg.vocab import vocabulary

if TYPE_CHECKING:
    from kg.authoring.placing import Placing

UNIT_CURIE = {"USD": "unit:CCY_USD", "CNY": "unit:CCY_CNY", "EUR": "unit:CCY_EUR",
              "GBP": "unit:CCY_GBP", "PERCENT": "unit:PERCENT", "YEAR": "unit:YR",
              "PERCENT_POINT": "cg:PercentagePoint", "UNITLESS": "unit:UNITLESS"}
#: what a count counts, from the noun after the number ("2,840 patients", "18,200 customers")
PEOPLE = set("""people persons person passengers employees workers staff patients residents
visitors fans spectators shoppers members students pupils children adults women men voters
tourists readers viewers inhabitants citizens households families jobseekers unemployed
migrants refugees nurses doctors teachers""".split())
USERS = set("users subscribers customers clients accounts followers buyers".split())
ORGANIZATIONS = set("""companies firms businesses cities towns banks schools hospitals
universities countries states stores shops branches retailers brands charities""".split())
_CHANGE_WORDS = re.compile(r"\b(up|down|rose|risen|rise|fell|fallen|fall|grew|growth|grown|"
                           r"increase[ds]?|decrease[ds]?|decline[ds]?|drop(?:ped)?|higher|lower|"
                           r"more|less|fewer|gain(?:ed)?|jump(?:ed)?|slump(?:ed)?|annual|a year)\b",
                           re.I)
_SALES_WORDS = re.compile(r"\b(sales|sold|revenue|turnover|spent|spending|GMV|gross merchandise"
                          r"|takings|receipts)\b", re.I)
#: "7.25 yuan to the dollar", "1.08 dollars per euro", "at a rate of 6.14"
#: a currency's name after its country's ("Australian dollar", "Swiss franc", "Indian rupee")
_CURRENCY_NAME = (r"(?:us\s+|u\.s\.\s+|(?-i:[A-Z][a-z]+)\s+)?(?:dollars?|yuan|renminbi|euros?|"
                  r"pounds?|sterling|francs?|yen|kron[aeo]r?|rupees?|rand|pesos?|reals?|"
                  r"shillings?|won|ringgits?|baht|rupiahs?|zlotys?|lira|liras?)\b")
_RATE_AFTER = re.compile(r"^\s*(?:to|per|a|an|for)\s+(?:the\s+|one\s+|each\s+|every\s+)?"
                         + _CURRENCY_NAME, re.I)
#: a rate said as what one unit of a currency bought: "one euro bought 0.86 pounds", "each
#: Swiss franc was worth €1.06"
_RATE_BOUGHT = re.compile(r"\b(?:one|each|every|a|1)\s+" + _CURRENCY_NAME +
                          r"\s+(?:bought|buys|fetched|fetches|(?:was|is|were)\s+worth|"
                          r"traded\s+at|trades\s+at|exchanged\s+for|equalled|equaled|equals)\s+"
                          r"(?:about\s+|around\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?$",
                          re.I)
#: other rates listed before the words every one of them shares: "US$1.08 and ₹93.6 to the
#: euro", "$1.08, £0.86 or ₹93.6 per euro"
_RATES_LISTED = re.compile(r"^(?:\s*(?:,\s*(?:and|or)?|and|or)\s*(?:[A-Z]{0,2}\$|[€£¥₹]|[A-Z]{3}\s?)?"
                           r"\d[\d,]*(?:\.\d+)?(?:\s?[A-Z]{3}\b)?)+(?=\s*(?:to|per)\b)")
_RATE_BEFORE = re.compile(r"\b(?:exchange\s+rate|at\s+an?\s+(?:\w+\s+){0,2}rate)\s+of\s+"
                          r"(?:about\s+|around\s+)?$", re.I)
#: a ratio named just before its number: "ratio of 6.1", "odds ratio was 2.3", "ratio: 0.59",
#: "a relative risk of 0.8" (a risk ratio by its other name)
#: ("feed conversion ratios (feed per kg gained) were 6.9 and 6.4": ratios named, an aside
#: on how they are reckoned, and every number of the list after them)
_RATIO_BEFORE = re.compile(r"\b(?:ratios?|relative\s+risks?)\s*(?:\([^()]{1,60}\)\s*)?"
                           r"(?:of|was|were|is|are|stood\s+at|at|[:=(])?\s*"
                           r"(?:about\s+|around\s+|roughly\s+)?"
                           r"(?:\d+(?:\.\d+)?\s*(?:,|and|or|v\.?|vs\.?|versus)\s*){0,3}$", re.I)
#: "the ratio of the minimum to the median wage rose to 0.75": the ratio named, then its verb
_RATIO_NAMED = re.compile(r"\bratio\s+of\s+[^.;:\d]{1,60}?\s+(?:was|is|rose|fell|increased|"
                          r"decreased|climbed|dropped|declined|stood|reached|edged\s+(?:up|down)|"
                          r"improved|widened|narrowed)(?:\s+(?:to|at))?\s+(?:about\s+|around\s+|"
                          r"roughly\s+)?$", re.I)
#: "the consumer price index stood at", "the index rose to": the level of an index follows
_MOVED = r"(?:rose|fell|climbed|edged\s+(?:up|down)|dropped|increased|decreased|declined)"
_INDEX_LEVEL = re.compile(
    r"\bind(?:ex|ices)\b[^.;:\d%]{0,40}?\b(?:reached|"
    r"(?:stood|was|were|is|came\s+in|ended|remained|held)\s+(?:\w+\s+){0,2}?at|"
    rf"(?:{_MOVED}|ended|was|were)\s+(?:\w+\s+){{0,2}}?to|"
    # "the index rose 0.3%, from 118.29": the level it moved from or to
    rf"{_MOVED}\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent),?\s+(?:from|to))\s+$", re.I)
#: a unit named as what moved, before its verb: "weekly hours fell from", "hours worked
#: edged up to", "tonnes handled reached"
_UNIT_SUBJECT = re.compile(
    r"\b(?P<unit>[a-z]+s)(?:\s+(?:worked|lost|spent|used|travelled|traveled|flown|driven|sold|"
    r"produced|handled|generated|consumed|collected|recycled|landed|"
    r"(?:of|per|by|in|at|on)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)){0,2}"
    r"\s+(?:edged\s+(?:up|down)|"
    r"rose|fell|climbed|dropped|increased|decreased|declined|grew|reached|stood|totall?ed|"
    r"averaged|came\s+in)(?:\s+(?:\w+\s+){0,2}?(?:to|at|from|by))?\s+$", re.I)
#: a number just before a subject's unit word: "52 weeks", "six months"
_COUNTED_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"twelve|a|an))\s*$", re.I)
#: a unit the sentence says its figure is measured in: "Capacity, measured in available seat
#: kilometres, totalled 3,412 million"
_MEASURED_IN = re.compile(r"\b(?:measured|expressed|counted)\s+in\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?P<unit>[a-z]+s)\b[^.;:\d]{0,40}$", re.I)
#: words after a number that start a phrase of place or time, no counted noun
_AFTER_LEVEL = {"across", "among", "during", "within", "since", "until", "against", "through",
                "throughout", "while", "as", "then", "now", "overall"}
#: units a subject names that are no figure's unit here ("years rose to 12" counts cases)
_NOT_SUBJECT_UNITS = {"YEAR", "MONTH", "PERCENT", "PERCENT_POINT", "PERMILLE", "UNITLESS",
                      "NUM", "INDEX"}
#: "€1 = US$1.095", "1 euro = 1.08 dollars": a rate written as an equation
_RATE_EQUALS = re.compile(r"(?:(?:[£$€¥]|US\$|[A-Z]{3}\s?)1|\b(?:one|1)\s+(?:dollar|euro|pound|"
                          r"franc|yen|yuan|krone|krona|rand|peso|rupee|shilling|real)s?|"
                          # "1 USD = 0.92 EUR": the code after the one
                          r"\b1\s?(?-i:[A-Z]{3}))\s*=\s*$")
#: units of time: a number of them after "each of the" counts periods ("each of the six months")
_TIME_UNITS = {"DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE"}
_EACH_OF = re.compile(r"\b(?:each|every\s+one|all|any|both|none)\s+of\s+(?:the|its|their)\s+$",
                      re.I)
#: "up 2.7 points", "+0.7 pts": points, in a sentence of percentages percentage points
_POINTS_AFTER = re.compile(r"\s*(?:points?|pts?\.?|pps?|ppts?)(?![\w-])", re.I)
_PERCENT_IN = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.I)
#: a confidence level ("95% CI", "90% confidence interval"): no percentage a sentence's
#: points are of
_CONFIDENCE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)\s*(?:CIs?|confidence|credible|"
                         r"uncertainty|UIs?|prediction)\b", re.I)
#: the points of a score or a game written after its number: "fell by 6.8 points", "won with
#: 89 points", "three points clear" (not "points of sale", a count of places)
_SCORE_POINTS_AFTER = re.compile(r"[\s-]*(?:points?|pts?\.?)(?![\w-])(?!\s+of\b)", re.I)
_PERCENTAGE_POINTS = re.compile(r"\bpercentage[\s-]+points?\b", re.I)
#: a text that writes "points" of places ("4,860 public charge points"): its "a target of
#: 12,000 points" counts them, no score
_POINTS_OF_PLACES = re.compile(r"\b(?:charg(?:e|ing)|access|collection|drop-off|pick-?up|entry|"
                               r"exit|water|service|sampling|monitoring|vantage|crossing|"
                               r"distribution|delivery|sales?|contact|observation|border|"
                               r"refill|recycling|parking|boarding|landing|meeting)\s+points\b",
                               re.I)
#: the points of a market's index, which moves in index points: no score
_MARKET_POINTS = re.compile(r"\b(?:index|indices|FTSE|Dow|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|"
                            r"Sensex|stocks?|shares|equities|bourse|market)\b", re.I)
#: the words of a rate that moves in percentage points when no percentage stands beside
#: it: "the jobless rate dipped by 0.1 points", "inflation has risen by 0.7 points"
_RATE_NAMED = re.compile(r"\b(?:rates?|inflation|margins?|shares?|proportion|turnout|"
                         r"yields?)\b", re.I)
#: points of an index, a score or a game are no percentage points
_NOT_PERCENT_POINTS = re.compile(r"\b(?:index|indices|score[sd]?|scoring|games?|match|"
                                 r"basis|rating)\b", re.I)
#: "10.72 NOK/USD", "63.9 MZN per USD": the number names a currency pair
_PAIR_AFTER = re.compile(r"^\s*[A-Z]{3}\s*(?:/|per\s+)[A-Z]{3}\b")
_NOT_NOUNS = set("""the a an of in on at to from than more less fewer and or this that which who
were was is are had have has by for with a year last over during between after before
under v vs versus against""".split())
#: the noun a count is of: "2,840 patients", "6.4 million passengers"
_COUNTED = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+([a-z]+)")
#: a sentence ends at . ! or ? followed by white space (so "2.1%" does not end one)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])"
    # a month's abbreviation ends nothing: "Monday, Sept. 2", "in Jan. 2024" ("Vol. 12" and
    # "No. 7" may end a head's line run into the first sentence: they still part it)
    + "".join(rf"(?<!\b{a}\.)" for a in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                        "Sept", "Oct", "Nov", "Dec", "approx", "ca", "c"))
    # nor does a currency's abbreviation before its amount: "Rs. 427.1 million", "kr. 95"
    + r"(?!(?<=\bRs\.)\s+\d)(?!(?<=\bkr\.)\s+\d)"
    + r"\s+"
    # nor does any point before a word in lower case: "Apple Inc. sold", "e.g. the"
    + r"(?![a-z])"
    # a footnote's mark after a sentence's point, ending its line ("… Asia services.1" and a
    # heading or sentence below): the sentence ends there all the same, else the next
    # paragraph's figures read as its own
    + r"|(?<=[a-z][.!?]\d)[^\S\n]*\n\s*(?=[A-Z])|(?<=[a-z][.!?]\d\d)[^\S\n]*\n\s*(?=[A-Z])")

#: what is left of a numbered heading or list item ("2. Where the money goes") once the
#: sentence end after its number has parted it from its words
_ENUMERATOR = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.")

#: The Turtle header of a claims file; ``{base}`` is the document's own namespace.
PREFIX_HEADER = """\
@prefix :        <{base}> .
@prefix cg:      <https://w3id.org/claimgraph/ns#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix ent:     <https://w3id.org/claimgraph/entity/> .
@prefix qudt:    <http://qudt.org/schema/qudt/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema:  <https://schema.org/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix unit:    <http://qudt.org/vocab/unit/> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
"""
PREFIXES = PREFIX_HEADER.replace("{base}", "https://w3id.org/claimgraph/doc/{doc_id}/")

RELATION_TEMPLATES = """
# ---------------------------------------------------------------------------
# Relations: copy a template, point it at your figures, remove the leading '#'.
# (`kg suggest DOC-ID` proposes some from the words around the figures.)
# ---------------------------------------------------------------------------
# :r-total a cg:SumRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "parts make the total" ;
#     cg:total :f-3 ; cg:part :f-1, :f-2 .
# :r-gap a cg:DifferenceRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "a lags b by d" ;
#     cg:minuend :f-1 ; cg:subtrahend :f-2 ; cg:difference :f-3 .
# :r-share a cg:RatioRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "a is a quarter of b" ;
#     cg:numerator :f-1 ; cg:denominator :f-2 ; cg:ratio :f-3 .
# :r-change a cg:PercentChangeRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "fell 11%" ;
#     cg:initial :f-1 ; cg:final :f-2 ; cg:change :f-3 ; cg:direction cg:Decrease .
# :r-points a cg:PercentagePointChangeRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "up 2 points" ;
#     cg:initial :f-1 ; cg:final :f-2 ; cg:change :f-3 ; cg:direction cg:Increase .
# :r-fx a cg:ConversionRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "yuan in dollars" ;
#     cg:amount :f-1 ; cg:convertedAmount :f-2 .     # add cg:rate :f-3 when a rate is given
# :r-more a cg:ComparisonRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "a beat b" ;
#     cg:greater :f-1 ; cg:lesser :f-2 .
# :r-day a cg:CalendarRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "it was Black Friday" ;
#     cg:onDate :d-1 ; cg:holiday cg:BlackFriday .    # or cg:weekday schema:Friday
# :r-average a cg:AverageRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "45 euros a ticket" ;
#     cg:aggregate :f-1 ; cg:count :f-2 ; cg:average :f-3 .
# :r-times a cg:MultipleRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "three times as much" ;
#     cg:multiple :f-1 ; cg:factor :f-2 ; cg:base :f-3 .
# :r-growth a cg:CompoundGrowthRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "10% a year" ;
#     cg:initial :f-1 ; cg:final :f-2 ; cg:growthRate :f-3 ; cg:periods 5 .    # 2010 to 2015
# :r-part a cg:ShareRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "35% of the total" ;
#     cg:portion :f-1 ; cg:share :f-2 ; cg:whole :f-3 .
# :r-whole a cg:WholeRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "shares of one whole" ;
#     cg:part :f-1, :f-2, :f-3 .    # shares in percent (or per mille) that add up to 100
# :r-again a cg:RestatementRelation ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "said twice" ;
#     cg:first :f-1 ; cg:restatedAs :f-2 .
# :r-reading a cg:ComparisonReading ; cg:claim :c-1 ; cg:basis cg:Stated ; rdfs:label "read another way" ;
#     cg:readingOf :r-more ; cg:greater :f-1 ; cg:lesser :f-2 .
# (docs/reference.md: every kind, its properties and a worked example)
"""


#: the longest document id: it names a folder (255 bytes at most on most file systems)
MAX_ID = 100


@dataclass(frozen=True)
class NewDocument:
    folder: Path
    figures: int
    dates: int
    waivers: int
    claims: int


def validate_id(doc_id: str) -> None:
    """A document id names a folder and IRIs: refuse one that cannot."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", doc_id):
        raise InputError(Problem("DOC-ID", 0, f"{doc_id!r} is not a document id",
                                 "use lower-case letters, digits, '.', '_' and '-'"))
    if len(doc_id) > MAX_ID:
        raise InputError(Problem("DOC-ID", 0, f"the document id is {len(doc_id)} characters "
                                 f"long", f"use at most {MAX_ID} (it names a folder and IRIs)"))


def validate_date(date: str | None) -> None:
    """A publication date given on the command line: YYYY-MM-DD or nothing."""
    if date:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            raise InputError(Problem("--date", 0, f"not a date: {date!r}", "use YYYY-MM-DD")) \
                from None


def new_document(claims_dir: Path, doc_id: str, source: Path, *, title: str | None = None,
                 authors: tuple[str, ...] = (), date: str | None = None) -> NewDocument:
    validate_id(doc_id)
    if not source.is_file():
        raise InputError(Problem(display_path(source), 0, "source file not found"))
    folder = claims_dir / doc_id
    if folder.exists():
        raise InputError(Problem(display_path(folder), 0, "the document folder exists already",
                                 "choose another id, or delete the folder"))
    data = source.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(display_path(source), 0,
                                 f"not UTF-8 text (byte {exc.start})", "convert it to UTF-8")
                         ) from None
    validate_date(date)
    claims, counts = _claims_ttl(doc_id, text)
    write_atomic(folder / "source.txt", data)
    write_atomic(folder / "document.ttl", _document_ttl(doc_id, source.name, data, title,
                                                        authors, date))
    write_atomic(folder / "claims.ttl", claims)
    return NewDocument(folder, *counts)


def _document_ttl(doc_id: str, name: str, data: bytes, title: str | None,
                  authors: tuple[str, ...], date: str | None) -> str:
    lines = [PREFIXES.format(doc_id=doc_id),
             f"<https://w3id.org/claimgraph/doc/{doc_id}> a cg:Document ;",
             f"    dcterms:identifier {_lit(doc_id)} ;",
             f"    dcterms:title {_lit(title or doc_id)} ;"]
    lines += [f"    dcterms:creator {_lit(a)} ;" for a in authors]
    if date:
        lines.append(f'    dcterms:date "{date}"^^xsd:date ;')
    lines += [f"    dcterms:source {_lit(name)} ;", '    cg:sourceFile "source.txt" ;',
              f'    schema:sha256 "{hashlib.sha256(data).hexdigest()}" .', ""]
    return "\n".join(lines)


def _claims_ttl(doc_id: str, text: str, indexed: bool = False, *,
                dollar: str | None | bool = False, placing: Placing | None = None,
                yen: str | None | bool = False) -> tuple[str, tuple[int, int, int, int]]:
    """The draft claims of a text; ``indexed`` where a part of the document the text leaves
    out (a table's caption) gives an index's base period; ``dollar``: the text's own dollar
    where the caller has read it already (:func:`local_dollar`; False: read it here), and
    ``yen`` so too (:func:`local_yen`).
    ``placing``: the source the quotes are placed in (kg read): each quote is told apart
    where it stands more than once, and a figure or date kg check could not place inside
    its claim's quote is not drafted (its number is skipped); the counts are of those
    drafted."""
    out = [PREFIXES.format(doc_id=doc_id),
           "# Drafted by `kg new` from the numbers in the text. Each draft says what was read;",
           "# check it, say what it is about (schema:about) and what it measures, then delete",
           "# its `cg:draft true ;` line (or run `kg confirm`). Drafts fail the build.",
           f"ent:{doc_id}-subject a schema:Thing ; rdfs:label {_lit('what ' + doc_id + ' is about')} .",
           ""]
    figures = numbered = dates = unplaced_dates = waivers = claims = 0
    whole = " ".join(text.split())  # a quote is anchored in the text with whitespace folded
    written = find_mentions(whole)
    cents = _cents_currency(written)
    dollar = local_dollar(whole) if dollar is False else dollar
    cents = dollar if dollar and cents == "USD" else cents  # "85 cents" of the same dollar
    yen = local_yen(whole) if yen is False else yen
    crown = krone()  # the crown a bare "kr" is, where the text being read says
    weighed_in = pounds_of_mass(whole, written)
    # an index named in words is read in index points only where the text gives its base
    # ("2015 = 100"): otherwise a table of the same levels reads them as bare numbers, and
    # the two would no longer agree
    indexed = indexed or re.search(r"\b(?:18|19|20)\d\d\s*=\s*100\b", whole) is not None
    # a currency name several countries share ("shillings") is left unread for now: the
    # conversion reader takes "3,780 shillings to the dollar" the other way round from how
    # its check computes a conversion (see _shared_names)
    shared: dict[str, str] = {}
    places = _POINTS_OF_PLACES.search(whole) is not None
    for sentence, mentions in _sentences(text):
        claims += 1
        claim = f":c-{claims}"
        told, span = placing.claim(sentence) if placing is not None else ("", None)
        out.append(f"{claim} a cg:Claim ; cg:draft true ;\n    cg:quote {_lit(sentence)} ;\n"
                   f"{told}    schema:about ent:{doc_id}-subject .\n")
        # dates, waivers and figures in the order the sentence writes them
        drafted = _drafts(sentence, [m for m in mentions if m.kind not in ("year", "date")],
                          cents, shared, indexed)
        if dollar:
            for d in drafted:
                if d.unit == "unit:CCY_USD" and not _US_DOLLAR.search(d.quote):
                    d.unit = _unit_curie(dollar) or d.unit
                    d.editorial = d.editorial or f"'$' is the text's own dollar ({dollar})"
        if places:
            for d in drafted:
                if d.unit == "cg:ScorePoint":  # "a target of 12,000 points": of places
                    d.unit, d.quote, d.measure = "unit:NUM", d.m.text, "cg:ItemCount"
                    d.editorial = None
        if crown:
            for d in drafted:
                if d.unit == _unit_curie(crown) and _KR.search(d.quote):
                    d.editorial = d.editorial or f"'kr' is the text's own crown ({crown})"
        if yen:
            for d in drafted:
                if d.unit == "unit:CCY_CNY" and "¥" in d.quote:
                    d.unit = _unit_curie(yen) or d.unit
                    d.editorial = d.editorial or "'¥' is the yen: the text names the yen " \
                        "or Japan, and never the yuan"
        _exact_deposits(sentence, drafted)
        if weighed_in:
            for d in drafted:
                if d.unit == "cg:CurrencyPerCurrency" and d.m.unit in CURRENCY_CODES and \
                        _PER_POUND.match(sentence[d.m.end:]):
                    # "a bonus of $5 for every pound over the record": a price per pound of
                    # mass, in the text's money, no exchange rate
                    d.unit = _unit_curie(dollar if d.m.unit == "USD" and dollar else d.m.unit) \
                        or d.unit
                    d.measure = _measure(sentence, d.m, d.unit)
                    d.quote, d.at, d.editorial = d.m.text, d.m.start, None
                if d.unit == "unit:CCY_GBP" and _POUNDS_WORD.search(d.quote):
                    d.unit = "unit:LB"
                    d.measure = _measure(sentence, replace(d.m, unit="LB"), d.unit)
                    d.editorial = (f"pounds of mass: the text's money is in {weighed_in}, "
                                   "and it names no sterling")
        entries = sorted([(m.start, m) for m in mentions if m.kind in ("year", "date")] +
                         [(d.at, d) for d in drafted], key=lambda e: e[0])
        for _, m in entries:
            if isinstance(m, _Draft):
                numbered += 1
                prefix = _prefix_in(sentence, m.quote, m.at)
                told, placed = placing.figure(claim, sentence, span, m.quote, prefix) \
                    if placing is not None else ("", True)
                if placed:
                    figures += 1
                    out.append(_figure(numbered, claim, doc_id, m, prefix, told))
            elif m.kind == "year":
                waivers += 1
                out.append(f":w-{waivers} a cg:Waiver ; cg:draft true ;\n"
                           f"    cg:quote {_lit(_context_quote(sentence, m, whole))} ;\n"
                           f'    cg:reason "a year used as a date" .\n')
            else:
                dates += 1
                ended = _range_end_year(sentence, m, mentions)
                if m.date:
                    when = f'cg:date "{m.date.isoformat()}"^^xsd:date .'
                elif ended is not None:
                    when = (f'cg:monthDay "--{m.month_day[0]:02d}-{m.month_day[1]:02d}"'
                            f'^^xsd:gMonthDay ;\n    cg:date "{ended.isoformat()}"^^xsd:date .'
                            f"   # the year of the range's end")
                elif every_year(sentence, m):
                    when = _every_year_date(m)
                else:  # what the text says, in a type that parses; the year is a person's call
                    month, day = m.month_day or (1, 1)
                    when = (f'cg:monthDay "--{month:02d}-{day:02d}"^^xsd:gMonthDay .   '
                            f'# TODO: the quote gives no year: add cg:date "YYYY-{month:02d}-'
                            f'{day:02d}"^^xsd:date')
                told, placed = "", True
                if placing is not None and not (placing.undated and
                                                when.startswith("cg:monthDay")):
                    told, placed = placing.figure(claim, sentence, span, m.text)
                if placed:
                    out.append(f":d-{dates} a cg:StatedDate ; cg:draft true ;\n"
                               f"    cg:claim {claim} ;\n"
                               f"    cg:quote {_lit(m.text)} ;\n{told}    {when}\n")
                else:
                    unplaced_dates += 1
    out.append(RELATION_TEMPLATES)
    return "\n".join(out), (figures, dates - unplaced_dates, waivers, claims)


#: what joins a range of dates: "from 6 October to 28 November 2025", "between … and …"
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|[-–—])\s*(?:(?:mon|tues|wednes|"
                         r"thurs|fri|satur|sun)day,?\s*)?$", re.I)


def _range_end_year(sentence: str, m: Mention, mentions: list[Mention]) -> dt.date | None:
    """The day a date without a year opens a range on, in the year the range's end gives:
    "from Monday 6 October to Friday 28 November 2025" is 6 October 2025 (a start after the
    end's month and day is in the year before: "15 December to 10 January 2026")."""
    if m.kind != "date" or m.date is not None or m.month_day is None:
        return None
    later = [x for x in mentions if x.kind == "date" and x.start >= m.end]
    if not later or later[0].date is None or \
            not _RANGE_JOIN.match(sentence[m.end:later[0].start]):
        return None
    end = later[0].date
    month, day = m.month_day
    year = end.year - ((month, day) > (end.month, end.day))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: words that make a date without a year a day of every year: "every year on November 11"
_EVERY_YEAR = re.compile(r"\b(?:every|each)\s+year\s+(?:on\s+)?(?:the\s+)?$|\bannually\s+on\s+$",
                         re.I)


def every_year(sentence: str, m: Mention) -> bool:
    """Whether the text gives the date ``m`` (no year) as a day of every year."""
    return m.kind == "date" and m.date is None and m.month_day is not None and \
        _EVERY_YEAR.search(sentence[max(0, m.start - 40):m.start]) is not None


def _every_year_date(m: Mention) -> str:
    """A day of every year as kg new drafts it: the month and day, and schema.org's yearly
    repeat frequency (it needs no year: docs/reference.md, cg:monthDay)."""
    month, day = m.month_day or (1, 1)
    return (f'cg:monthDay "--{month:02d}-{day:02d}"^^xsd:gMonthDay ;\n'
            '    schema:repeatFrequency "P1Y" .   # every year')


@dataclass
class _Draft:
    """One figure to draft: the mention it reads, and what the drafter decided about it."""

    m: Mention
    quote: str
    at: int  # where the quote starts in the sentence
    unit: str = "unit:NUM"
    measure: str = "cg:ItemCount"
    scale: int = 0  # a range's low end written without the scale word of its high end
    editorial: str | None = None  # where a unit the quote does not write comes from
    decimals: int | None = None  # a precision the words give, finer than the digits'


def _drafts(sentence: str, mentions: list[Mention], cents: str,
            shared: dict[str, str] | None = None, indexed: bool = False) -> list[_Draft]:
    """The figures of one sentence: a range's two ends are two figures ("0.38 to 0.91": the
    lower and upper limit), and the figures of one series ("$24.6 billion, against $18.9
    billion a year earlier") measure one thing in one unit."""
    out: list[_Draft] = []
    for m in mentions:
        if m.parts:
            low, high = m.parts
            low_draft = _draft(sentence, low, cents, shared, indexed)
            if low.unit is None and high.unit is not None and low.kind == "number":
                scale = high.scale if low.scale == 0 else 0
                low = replace(low, unit=high.unit, scale=scale,
                              value=low.value.scaleb(scale) if low.value is not None else None,
                              decimals=low.decimals - scale if low.decimals is not None else None)
                low_draft = _draft(sentence, low, cents, shared, indexed)
                low_draft.scale = scale
                low_draft.editorial = f"unit{' and scale' if scale else ''} from the range's " \
                    f"other end: {m.text!r}"
            out += [low_draft, _draft(sentence, high, cents, shared, indexed)]
        else:
            out.append(_draft(sentence, m, cents, shared, indexed))
    _interval_ends(sentence, out)
    _per_thousand(sentence, out)
    _per_hectare(sentence, out)
    _one_series(sentence, out)
    _elided_units(sentence, out)
    _parts_of_wholes(sentence, out)
    _averaged_points(sentence, out)
    _bracketed_comparatives(sentence, out, cents, shared, indexed)
    _bracketed_earlier_levels(sentence, out)
    return out


#: a rate per thousand after a bare number: "9.8 deaths per 1,000 live births", "63 books
#: for every 1,000 pupils", "4.5 per thousand": at most three words naming what is counted
#: (no verb or link of a new clause), then "per" (or "for/in every") and a thousand
_PER_THOUSAND = re.compile(
    r"\s+(?:(?!(?:and|or|but|than|from|to|with|were|was|is|are|has|have|had|in|on|at|by|of|"
    r"against|compared|versus|vs)\b)[a-z][a-z-]*\s+){0,3}?"
    r"(?:per|(?:for|in)\s+every)\s+(?:1,000|1000|one\s+thousand|a\s+thousand|thousand)"
    r"(?![\d,.]*\d|\s+(?:million|billion)\b)", re.I)

#: a mass of something the words name, then "per hectare": "16 kg of nitrogen retained per
#: hectare", "5.2 tonnes of carbon a hectare"
_MASS_PER_HECTARE = re.compile(r"\s+of\s+(?:(?!which\b)[a-z][a-z-]*\s+){1,3}?(?:per|a|each)\s+"
                               r"(?:hectare|ha)\b", re.I)
#: the mass a per-hectare unit is of
_PER_HECTARE = {"KG": "unit:KiloGM-PER-HA", "TONNE": "unit:TONNE-PER-HA"}


def _per_hectare(sentence: str, drafts: list[_Draft]) -> None:
    """A mass the words put per hectare after naming what it is of ("16.7 kg of nitrogen
    retained per hectare") is a mass per hectare, as "16.7 kg/ha" is; said in the note."""
    for d in drafts:
        unit = _PER_HECTARE.get(d.m.unit or "")
        if unit is None or d.editorial is not None or d.m.kind != "number":
            continue
        per = _MASS_PER_HECTARE.match(sentence, d.at + len(d.quote))
        if per is not None:
            d.unit = unit
            d.editorial = f"a mass per hectare: {sentence[d.at:per.end()].strip()!r}"


#: what is counted per thousand, then the words that compare another number with the rate
_COMPARED_RATE = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}\s*,?\s*(?:against|compared\s+(?:with|to)|"
                            r"versus|vs\.?|v|than|(?:up|down)\s+from|from)\s+"
                            r"(?:(?:about|around|some|nearly|almost)\s+)?", re.I)


def _per_thousand(sentence: str, drafts: list[_Draft]) -> None:
    """A bare number that a rate per thousand follows ("11.4 births per 1,000 people",
    "27 trees for every 1,000 residents") is in parts per thousand (per mille), as "%"
    makes a number parts per hundred; the unit is said in the note."""
    for d in drafts:
        if d.unit != "unit:NUM" or d.m.kind != "number" or d.m.unit is not None or \
                d.m.scale or d.editorial is not None:
            continue
        per = _PER_THOUSAND.match(sentence, d.at + len(d.quote))
        if per is None:
            continue
        d.unit, d.measure = "unit:PERMILLE", "cg:ShareOf"
        d.editorial = f"per mille: {sentence[d.at:per.end()].strip()!r}"
        # "11.0 claims per 1,000 policies, against 22.0 a year earlier": the bare number
        # the rate is compared with right after its thousand is a rate of the same kind
        later = [b for b in drafts if b.at >= per.end()]
        if later and _COMPARED_RATE.fullmatch(sentence[per.end():later[0].at]) and \
                later[0].unit == "unit:NUM" and later[0].m.kind == "number" and \
                later[0].m.unit is None and not later[0].m.scale and \
                later[0].editorial is None and not _counted_noun(sentence[later[0].m.end:]):
            later[0].unit, later[0].measure = d.unit, d.measure
            later[0].editorial = f"unit from the rate it is compared with: {d.quote!r}"


#: nothing but a bracket between an amount and a bare number, and a bracket closing after it
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def _bracketed_comparatives(sentence: str, drafts: list[_Draft], cents: str,
                            shared: dict[str, str] | None, indexed: bool) -> None:
    """"Net sales were EUR 148.2 million (131.6)": a bare number alone in brackets right
    after an amount with a unit and a scale word, written to as many decimals, is the same
    measure's comparative (as an interim report gives the year before's) in that unit and
    scale. A number after an amount with no scale word ("312.4 (38.1)": a mean and its
    spread) stays bare."""
    for i, (a, b) in enumerate(zip(drafts, drafts[1:]), start=1):
        m = b.m
        if m.kind != "number" or m.unit is not None or m.scale or m.value is None or \
                b.editorial is not None or not a.m.scale or a.m.unit is None or \
                a.unit in _NOT_ELIDED or a.m.decimals is None or m.decimals is None or \
                a.m.decimals + a.m.scale != m.decimals:
            continue
        if not _OPEN.fullmatch(sentence[a.at + len(a.quote):b.at]) or \
                not _CLOSE.match(sentence, b.at + len(b.quote)):
            continue
        scaled = replace(m, unit=a.m.unit, scale=a.m.scale, value=m.value.scaleb(a.m.scale),
                         decimals=m.decimals - a.m.scale)
        d = _draft(sentence, scaled, cents, shared, indexed)
        d.scale = a.m.scale
        d.editorial = f"unit and scale from the amount before its bracket: {a.quote!r}"
        drafts[i] = d


#: a change set against an earlier period, then that period's level alone in brackets:
#: "420 hectares more than a year earlier (16,430)", "38 tonnes down on 2023 (1,204)"
_EARLIER_LEVEL = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|up|down|above|below)\s+(?:than|on|from)\s+"
    r"(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous\s+|prior\s+)?(?:year|season|"
    r"month|quarter)(?:\s+before)?|last\s+(?:year|season)|(?:in\s+)?\d{4}(?:/\d{2,4})?)"
    r"\s*\(\s*$", re.I)


def _bracketed_earlier_levels(sentence: str, drafts: list[_Draft]) -> None:
    """"The canopy grew to 16,850 hectares, 420 hectares more than a year earlier (16,430)":
    a bare number alone in brackets right after the earlier period a change of an amount
    with a unit is set against is that period's level, in the change's unit (a count with
    no unit of its own would be tied to any table row of things the sentence names). Only
    where both are written to the same digits and neither has a scale word."""
    # (the year a change is set against is a mention of its own: "fewer than in 2023")
    amounts = [d for d in drafts if d.m.kind != "year"]
    for a, b in zip(amounts, amounts[1:]):
        m = b.m
        if m.kind != "number" or m.unit is not None or m.scale or m.value is None or \
                b.editorial is not None or b.unit != "unit:NUM" or a.m.unit is None or \
                a.m.scale or a.scale or a.unit in _NOT_ELIDED or a.m.decimals is None or \
                a.m.decimals != m.decimals or _counted_noun(sentence[b.at + len(b.quote):]):
            continue
        if not _EARLIER_LEVEL.fullmatch(sentence[a.at + len(a.quote):b.at]) or \
                not _CLOSE.match(sentence, b.at + len(b.quote)):
            continue
        b.unit, b.measure = a.unit, a.measure
        b.editorial = f"unit from the change its brackets follow: {a.quote!r}"


#: a confidence interval's words just before its ends: "(95% CI 0.38 to 0.91)"
_INTERVAL = re.compile(r"\b(?:CI|C\.I\.|confidence\s+interval|credible\s+interval|"
                       r"uncertainty\s+interval)\b[^\d]{0,12}(?:\d+(?:\.\d+)?\s*(?:%|percent|"
                       r"per\s+cent)[^\d]{0,6})?$", re.I)


def _interval_ends(sentence: str, drafts: list[_Draft]) -> None:
    """The ends of a confidence interval are in the unit of the estimate they bound ("a
    hazard ratio of 0.59 (95% CI 0.38 to 0.91)", "12.3 percent (95% CI 10.1 to 14.5)")."""
    level = re.compile(r"(?:80|90|95|99)(?:\.\d)?\s*(?:%|percent|per cent)")
    for i, d in enumerate(drafts):
        if d.unit != "unit:NUM" or d.m.kind != "number" or d.editorial:
            continue
        before = sentence[max(0, d.at - 40):d.at]
        ci = _INTERVAL.search(before)
        low = drafts[i - 1] if i else None
        if ci is None and low is not None and low.editorial and "interval" in low.editorial \
                and re.fullmatch(r"\s*(?:to|[-–])\s*", sentence[low.at + len(low.quote):d.at]):
            d.unit, d.measure, d.editorial = low.unit, low.measure, low.editorial  # upper end
            continue
        if ci is None:
            continue
        cut = d.at - len(before) + ci.start()
        estimates = [e for e in drafts[:i] if e.at + len(e.quote) <= cut
                     and not level.fullmatch(e.quote)]
        if not estimates or estimates[-1].unit in ("unit:NUM", "cg:CurrencyPerCurrency"):
            continue
        est = estimates[-1]
        d.unit, d.measure = est.unit, est.measure
        d.editorial = f"a confidence interval's end, in the unit of its estimate {est.quote!r}"


#: the words of a move right before a fraction in words: "fell by a quarter", "has grown by
#: a fifth", "down a third", "cut by about half" (not "make up one in three": a share; nor
#: "falls by", "rises by", as often nouns as verbs)
_MOVED_BY_FRACTION = re.compile(
    r"\b(?:rose|risen|grew|grown|fell|fallen|dropped|cut|reduced|increased|decreased|"
    r"declined|climbed|jumped|shrank|shrunk|slashed|lowered|raised|lifted|down|higher|lower|"
    r"(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)up)\s+(?:by\s+)?(?:about\s+|"
    r"around\s+|almost\s+|nearly\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)
#: a move made to a thing the words name between the verb and "by": "cut its purchases by a
#: third", "reduced energy use by roughly an eighth", "raised the fee for members by half";
#: words only, so a comma or a clause's joiner ("…, driven by", "and by") ends the object
_MOVED_OBJECT_BY_FRACTION = re.compile(
    r"\b(?:cut|cuts|reduced|reduces|lowered|lowers|slashed|slashes|trimmed|trims|raised|"
    r"raises|lifted|lifts|increased|increases|boosted|boosts|grew|grown)"
    r"(?:\s+(?!(?:by|and|but|or|while|whereas|as|than|which|that|who|when|driven|led|"
    r"helped|caused|offset|followed)\b)[A-Za-z][A-Za-z'\u2019-]*){1,6}\s+by\s+(?:about\s+|"
    r"around\s+|almost\s+|nearly\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?$", re.I)

#: the noun of a move right before a fraction in words, its size: "a fall of a third", "a
#: relative reduction of about a fifth", "growth of a quarter" (a noun's size, as "by" gives
#: a verb's; "a third of the claims" is a share, and stays one)
_MOVE_OF_FRACTION = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:(?:relative|further|overall|total|net|real|sharp|steep)\s+)?)?"
    r"(?:fall|drop|decline|decrease|reduction|cut|rise|increase|gain|jump|growth|climb|slump)"
    r"\s+of\s+(?:about\s+|around\s+|almost\s+|nearly\s+|roughly\s+|some\s+|"
    r"just\s+(?:over|under)\s+)?$", re.I)

#: a comparative right after a fraction in words: "a quarter more than the year before", "a
#: third fewer", "a fifth lower": the fraction says how much one level exceeds or falls
#: short of another, as "25% more" does (not "half as many": a multiple)
_COMPARED_BY_FRACTION = re.compile(
    r"\s+(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|cheaper|dearer|"
    r"longer|shorter)\b(?!\s+(?:likely|often)\b)", re.I)


def _draft(sentence: str, m: Mention, cents: str,
           shared: dict[str, str] | None = None, indexed: bool = False) -> _Draft:
    if m.kind == "fraction" and m.unit is None and m.value is not None and \
            not re.search(r"\d|\bin\b", m.text) and \
            (_MOVED_BY_FRACTION.search(sentence[:m.start]) or
             _MOVED_OBJECT_BY_FRACTION.search(sentence[:m.start]) or
             _MOVE_OF_FRACTION.search(sentence[:m.start]) or
             _COMPARED_BY_FRACTION.match(sentence, m.end)) and \
            not re.match(r"\s+(?:of|as)\b", sentence[m.end:]):
        # "fell by a quarter": how much a figure moved, said in words, so the percent it
        # says (a quarter is 25 percent: the quote's fraction times 10^2)
        d = _Draft(replace(m, value=m.value.scaleb(2)), m.text, m.start, "unit:PERCENT",
                   "cg:GrowthRate", scale=2)
        d.editorial = "a fraction in words that says how much a figure moved, in percent"
        return d
    d = _Draft(m, m.text, m.start)
    if m.unit in _TIME_UNITS and _EACH_OF.search(sentence[max(0, m.start - 24):m.start]):
        # "in each of the six months": the months are counted, not a duration
        number = re.match(r".*?(?=[\s-]+[a-z]+$)", m.text, re.I)
        if number:
            d.quote = number.group(0)
            return d
    # ("fell by 0.62 percentage points with one and by 0.19 points with the other")
    of_percentages = bool(_PERCENT_IN.search(_CONFIDENCE.sub(" ", sentence)) or
                          _RATE_NAMED.search(sentence, 0, m.start) or
                          _PERCENTAGE_POINTS.search(sentence)) and \
        not _NOT_PERCENT_POINTS.search(sentence[max(0, m.start - 30):m.start])
    if m.unit is None and m.kind == "number" and not m.subunit and \
            _POINTS_AFTER.match(sentence[m.end:]) and of_percentages:
        # "up 2.7 points" among percentages: percentage points
        d.unit, d.measure = "cg:PercentagePoint", "cg:Difference"
        d.editorial = "percentage points: the points of the percentages beside it"
        return d
    points = _SCORE_POINTS_AFTER.match(sentence, m.end) if m.unit is None and \
        m.kind in ("number", "word") and not m.subunit and not indexed else None
    # (not "a 0.3-point rise to 4.5%": among percentages, points are theirs)
    if points and not of_percentages and not _MARKET_POINTS.search(sentence):
        # "the total score fell by 6.8 points", "won with 89 points": no percentage beside
        # them, so the points of a score, which the quote says itself
        d.unit, d.quote = "cg:ScorePoint", sentence[d.at:points.end()]
        d.measure = "cg:Difference" if re.search(
            r"\b(?:by|of|clear|margin|difference|improvement|change)\s+$|\b(?:up|down)\s+$",
            sentence[max(0, m.start - 30):m.start], re.I) else "cg:Score"
        return d
    name = re.match(r"\s+([a-z]+)\b", sentence[m.end:])
    if m.unit is None and m.kind == "number" and not m.subunit and name and shared and \
            name.group(1) in shared:
        # "365 billion shillings" in a text about Uganda: Ugandan shillings
        code = shared[name.group(1)]
        named = replace(m, unit=code, end=m.end + name.end())
        if not _is_rate(sentence, named):
            d.unit = UNIT_CURIE.get(code) or _unit_curie(code) or "unit:NUM"
            d.measure = _measure(sentence, named, d.unit)
            d.editorial = f"{name.group(1)}: the currency of the country the text names ({code})"
            return d
        m = named
    if _is_rate(sentence, m):
        d.unit, d.measure = "cg:CurrencyPerCurrency", "cg:ExchangeRate"
        number = re.search(r"\d[\d,]*(?:\.\d+)?", m.text)
        # a rate's quote is its number: it names no currency; but not a number glued to
        # its currency's letter ("R18,42 to the US dollar"), which kg check finds only whole
        if number and not m.text[:number.start()][-1:].isalpha():
            d.quote, d.at = number.group(0), m.start + number.start()
        elif number:
            d.editorial = "an exchange rate, written in the currency it counts"
        return d
    if indexed and m.unit is None and m.kind == "number" and not m.subunit and \
            m.hedge is None and _INDEX_LEVEL.search(sentence[max(0, m.start - 80):m.start]) and \
            not _counted_noun(_POINTS_AFTER.sub("", sentence[m.end:], count=1)):
        # "the all-items index stood at 129.4": a level of the index, in its points
        d.unit, d.measure = "cg:IndexPoint", _measure(sentence, m, "unit:NUM")
        d.editorial = "a level of the index the sentence names"
        points = _POINTS_AFTER.match(sentence, m.end)
        if points:  # "131.6 points": the quote says the unit itself
            d.quote, d.editorial = sentence[d.at:points.end()], None
        return d
    subject = (_UNIT_SUBJECT.search(sentence[max(0, m.start - 60):m.start]) or
               _MEASURED_IN.search(sentence[max(0, m.start - 90):m.start])) \
        if m.unit is None and m.kind == "number" and not m.subunit else None
    if subject and _COUNTED_BEFORE.search(subject.string, 0, subject.start("unit")):
        # "those waiting more than 52 weeks fell to 412": the weeks are the threshold that
        # names whom the figure counts, a quantity of their own, not the figure's unit
        subject = None
    code = unit_named(subject.group("unit")) if subject else None
    if code and code not in CURRENCY_CODES and code not in _NOT_SUBJECT_UNITS and \
            _counted_noun(sentence[m.end:]) in (None, *_AFTER_LEVEL):
        # "weekly hours fell from 38.9": the unit is the thing the sentence says moved
        d.unit = UNIT_CURIE.get(code) or _unit_curie(code) or "unit:NUM"
        d.measure = _measure(sentence, replace(m, unit=code), d.unit)
        d.editorial = f"in the {subject.group('unit').lower()} the sentence names before it"
        return d
    if m.unit is None and m.kind == "number" and not m.subunit and (
            _RATIO_BEFORE.search(sentence[max(0, m.start - 110):m.start])
            or _RATIO_NAMED.search(sentence[max(0, m.start - 90):m.start])):
        # "a student-to-staff ratio of 6.1", "hazard ratio 0.59": no count of anything
        d.unit, d.measure = "unit:UNITLESS", "cg:Factor"
        return d
    if m.kind == "fraction" and re.search(r"\d\s*(?:p|pence|cents?)$", m.text):
        d.editorial = "hundredths of every one the sentence names: a share, in no currency"
    code = m.unit or (cents if m.subunit else None)
    if m.subunit:
        d.editorial = f"{m.subunit}s: hundredths of the {cents} the text's amounts are in"
    d.unit = UNIT_CURIE.get(code or "") or _unit_curie(code) or (
        "unit:UNITLESS" if m.kind in ("fraction", "multiplier") else "unit:NUM")
    d.measure = _measure(sentence, m, d.unit)
    return d


#: the words that may stand between two figures of one series: "$24.6 billion, against $18.9
#: billion a year earlier", "61 percent, up from 58 percent in 2023", "412 and 398"
_SERIES_GAP = re.compile(
    r"[\s,;:()]*(?:(?:up|down|from|against|compared|with|to|versus|vs\.?|v\.?|than|and|or|a|an|"
    # "EUR 1.2 million out of 1.9 million": the part and the whole it is out of
    r"out(?=\s+of\b)|"
    r"the|in|on|at|of|for|by|year|years|quarter|month|week|day|earlier|ago|before|previously|"
    r"last|prior|previous|same|period|\d{4}(?:/\d\d)?|fy\d*|q[1-4]|h[12]|" + "|".join(MONTHS) +
    r")[\s,;:()]*)+",
    re.IGNORECASE)
#: the words that close a clause and compare its amount with a bare number after them (",
#: compared with", ", against", ", up from", ", down from")
_COMPARED_AFTER_CLAUSE = re.compile(r",\s*(?:compared\s+(?:with|to)|against|up\s+from|"
                                    r"down\s+from|versus|vs\.?)\s*$", re.I)
#: units of time a span of time is counted in
_SPAN_UNITS = {"unit:YR", "unit:MO", "unit:WK", "unit:DAY", "unit:HR", "unit:MIN"}
#: the words before a span of time ("over the four years", "in the past six months")
_OVER = re.compile(r"\b(?:over|for|during|within|in|across|after)\s+(?:the\s+)?"
                   r"(?:(?:past|last|next|first|previous|following)\s+)?$", re.I)
#: the measures guessed when the words say nothing more specific
_FALLBACK = {"cg:MonetaryAmount", "cg:ItemCount"}


#: a figure written as one word with its unit before a noun: "nine-litre cases", "40-tonne
#: lorries"
_HYPHENED_SIZE = re.compile(r"\w-[a-z]+$")


def _attributive(sentence: str, d: _Draft) -> bool:
    """Whether a figure is the size of each thing a noun names ("sold 96,000 five-litre
    kegs, against 88,300"): it qualifies the things counted, and a bare number the clause is
    compared with counts those things, in no unit of the size."""
    return _HYPHENED_SIZE.search(d.quote) is not None and \
        re.match(r"\s+[a-z]", sentence[d.at + len(d.quote):]) is not None


def _one_series(sentence: str, drafts: list[_Draft]) -> None:
    """Figures of one series (next to each other, only series words between them) take one
    measure, and a bare number takes its neighbour's unit ("57.4 billion yuan, up from 50.9
    billion")."""
    for a, b in zip(drafts, drafts[1:]):
        gap = sentence[a.at + len(a.quote):b.at]
        noun = _counted_noun(gap) if a.unit == "unit:NUM" else None
        if noun:  # "133.7 million shoppers, up from 141.1 million": the noun is the first's
            gap = gap[re.match(r"\s*[a-z]+", gap, re.I).end():]
        if not _SERIES_GAP.fullmatch(gap) and _COMPARED_AFTER_CLAUSE.search(gap) and \
                not re.search(r"[;:]", gap) and b.unit == "unit:NUM" and \
                b.m.kind == "number" and b.editorial is None and b.measure == "cg:ItemCount" \
                and a.unit not in _NOT_ELIDED and a.m.scale == b.m.scale and \
                a.m.unit is not None and not a.scale and \
                not _OVER.search(sentence, 0, a.at) and not _attributive(sentence, a) and \
                not _counted_noun(sentence[b.m.end:]):
            # "booked 18,640 machine hours on the scheduler, compared with 14,910 in 2023":
            # the bare number the amount's clause is compared with is in its unit
            b.unit, b.measure = a.unit, a.measure
            b.editorial = f"unit from the figure it is compared with: {a.quote!r}"
            continue
        if not _SERIES_GAP.fullmatch(gap) or "cg:CurrencyPerCurrency" in (a.unit, b.unit):
            continue
        # "cut from 164 hours to 142": the two ends of one "from … to …"
        ends = re.fullmatch(r"\s*to\s*", gap) and re.search(r"\bfrom\s*$", sentence[:a.at], re.I)
        # ("mean 3.4 v 4.1 days": "v", as trial reports and law write "versus")
        compared = re.search(r"\b(?:from|against|compared|versus|vs|v|than|out\s+of)\b", gap,
                             re.I) or ends
        for bare, other in ((b, a), (a, b)):
            if other.unit in _SPAN_UNITS and _OVER.search(sentence, 0, other.at):
                # "1.5% a year over the four years, from 2.48 million": the span the
                # figures are over, not a figure compared with them
                continue
            # a count beside its share ("612 (25.3%)") is no amount of the share's unit; a
            # move in a score's points no level of the score (but the ends of one "from …
            # to … points" are levels of one score, and so is its most, "89 points out of
            # 100")
            if compared and bare.unit == "unit:NUM" and bare.m.kind == "number" and \
                    other.unit not in ("unit:NUM", "unit:UNITLESS", "unit:PERCENT",
                                       "cg:PercentagePoint") and \
                    (other.unit != "cg:ScorePoint" or ends or
                     re.search(r"\bout\s+of\s*$", gap, re.I)) and \
                    bare.measure == "cg:ItemCount" and \
                    not _counted_noun(sentence[bare.m.end:]) and bare.editorial is None:
                bare.unit, bare.measure = other.unit, other.measure
                bare.editorial = f"unit from the figure it is compared with: {other.quote!r}"
        if a.unit != b.unit or a.measure == b.measure:
            continue
        if a.measure in _FALLBACK and b.measure not in _FALLBACK:
            a.measure = b.measure
        elif b.measure in _FALLBACK and a.measure not in _FALLBACK:
            b.measure = a.measure
        elif a.unit == "unit:NUM" and not _counted_noun(sentence[b.m.end:]):
            b.measure = a.measure  # "133.7 million shoppers, up from 141.1 million": one kind


#: the link of a parallel clause that leaves its unit out ("1.31 million TEU and exports for
#: 0.83 million"): a conjunction, a few words naming the other part, and the same
#: preposition as the first clause's
_ELLIPSIS = re.compile(r"\s*[,;]?\s*(?:and|while|whereas|but|with)\s+(?:the\s+)?"
                       r"(?:[a-z][\w-]*\s+){1,3}?(?P<prep>for|to|at|by|of|in|on)\s*$", re.I)
#: units a part left bare never takes from its neighbour (a count beside a percentage is
#: a count; an exchange rate names no amount)
_NOT_ELIDED = {"unit:NUM", "unit:UNITLESS", "unit:PERCENT", "cg:PercentagePoint",
               "cg:CurrencyPerCurrency"}


#: the words of an average spread over each of those counted: "an average of 83.7 each",
#: "averaging 7.2 a player", "a mean of 12.5 per runner"
_AVERAGE_OF = re.compile(r"\b(?:an?\s+average\s+of|averag(?:ing|ed)|an?\s+mean\s+of)\s*$", re.I)
_MOVE_IN_POINTS = re.compile(r"\s*[,;]?\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:improvement|"
                             r"difference|change|fall|drop|rise|reduction|decrease|increase|"
                             r"gain|decline|cut|worsening)\s+of\s*", re.I)
_EACH_AFTER = re.compile(r"\s*(?:each|apiece|(?:a|per)\s+[a-z]+)\b", re.I)


def _averaged_points(sentence: str, drafts: list[_Draft]) -> None:
    """A bare number the words make the average of a score's points before it, each of
    those counted ("scored 412 points between them, an average of 68.7 each"), is in points
    too: an average is in its aggregate's unit."""
    for a, b in zip(drafts, drafts[1:]):
        if a.unit == "cg:ScorePoint" and b.unit == "unit:NUM" and b.m.kind == "number" and \
                b.editorial is None and _AVERAGE_OF.search(sentence, 0, b.at) and \
                _EACH_AFTER.match(sentence, b.at + len(b.quote)):
            b.unit, b.measure = a.unit, "cg:Score"
            b.editorial = f"an average of the points before it: {a.quote!r}"
    for a, b, c in zip(drafts, drafts[1:], drafts[2:]):
        if c.unit == "cg:ScorePoint" and all(
                d.unit == "unit:NUM" and d.m.kind == "number" and d.editorial is None and
                not _counted_noun(sentence[d.at + len(d.quote):]) for d in (a, b)) and \
                re.search(r"\bfrom\s*$", sentence[:a.at], re.I) and \
                re.fullmatch(r"\s*to\s*", sentence[a.at + len(a.quote):b.at]) and \
                _MOVE_IN_POINTS.fullmatch(sentence[b.at + len(b.quote):c.at]):
            # "fell from 48.2 to 31.5, an improvement of 16.7 points": the two ends of the
            # move are levels of the score the move is in points of
            for d in (a, b):
                d.unit, d.measure = c.unit, "cg:Score"
                d.editorial = f"a level of the score that moved by {c.quote!r}"


def _elided_units(sentence: str, drafts: list[_Draft]) -> None:
    """A bare number in a parallel clause that leaves out the unit of the clause before it
    takes that unit, where both are built alike: the same preposition before each and the
    same scale word ("Imports accounted for 1.31 million TEU and exports for 0.83 million";
    "wind rose to 4.2 billion kWh, while solar rose to 1.1 billion")."""
    for a, b in zip(drafts, drafts[1:]):
        if b.unit != "unit:NUM" or b.m.kind != "number" or b.editorial is not None or \
                a.unit in _NOT_ELIDED or a.m.scale != b.m.scale or a.scale or \
                _counted_noun(sentence[b.at + len(b.quote):]):
            continue
        link = _ELLIPSIS.fullmatch(sentence[a.at + len(a.quote):b.at])
        before = re.search(r"(\w+)\s*$", sentence[:a.at])
        if link and before and before.group(1).lower() == link.group("prep").lower():
            b.unit, b.measure = a.unit, a.measure
            b.editorial = f"unit from the parallel clause before it: {a.quote!r}"


#: the words between a part counted "of" a whole and the whole: "1,065 of the 1,095 days",
#: "21 of its 24 years"
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?", re.I)


def _parts_of_wholes(sentence: str, drafts: list[_Draft]) -> None:
    """A bare number counted "of" a whole written with its unit right after it ("boron
    stayed low on 1,065 of the 1,095 days", "negative in 21 of the 24 years") is in that
    unit: a part of so many days is days. Never money (a sum "of the £10 million" may be in
    its millions), nor a whole of another scale word."""
    for a, b in zip(drafts, drafts[1:]):
        if a.unit != "unit:NUM" or a.m.kind != "number" or a.editorial is not None or \
                b.unit in _NOT_ELIDED or b.unit.startswith("unit:CCY") or b.scale or \
                a.m.scale != b.m.scale or a.m.hedge is not None:
            continue
        if _PART_OF.fullmatch(sentence[a.at + len(a.quote):b.at]):
            a.unit, a.measure = b.unit, b.measure
            a.editorial = f"unit from the whole it is counted of: {b.quote!r}"


def _counted_noun(after: str) -> str | None:
    """The noun right after a count ("2,840 patients"), if any."""
    word = re.match(r"\s*([a-z]+)", after.lower())
    # "against 128.5 twelve months earlier": a number word starts a span, it is no noun
    return word.group(1) if word and word.group(1) not in _NOT_NOUNS and \
        word.group(1) not in WORD_VALUES else None


def _shared_names(text: str) -> dict[str, str]:
    """Currency names several currencies share ("shillings"), each resolved to the one
    currency of a country the text names ("Uganda": UGX); a name no named country settles
    stays unread."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    from kg.numbers import SHARED_CURRENCY_NAMES
    words = {n for n in SHARED_CURRENCY_NAMES if re.search(
        rf"\d(?:\s+(?:thousand|million|billion|trillion))?\s+{n}\b", text, re.I)}
    if not words:
        return {}
    named: set[str] = set()
    for code, country in Locale("en").territories.items():
        if len(code) == 2 and re.search(rf"\b{re.escape(country)}\b", text):
            named.update(get_territory_currencies(code, dt.date.today()))
    out = {}
    for word in words:
        codes = SHARED_CURRENCY_NAMES[word] & named
        if len(codes) == 1:
            out[word] = next(iter(codes))
    return out


#: words that say a "$" is the US dollar, whatever else the text names
_US_DOLLAR = re.compile(r"\bUS\$|\bUSD\b|\bU\.S\.|\bUnited States\b|\bUS dollars?\b|"
                        r"\bAmerican dollars?\b", re.I)
#: the US dollar said as a currency ("US$", "USD", "U.S. dollars"), not the country named
_US_CURRENCY = re.compile(r"\bUS\$|\bUSD\b|\b(?:US|U\.S\.|American|United States)\s+dollars?\b",
                          re.I)
#: a news story's dateline: the town in capitals, its province or state abbreviated as the
#: press does ("LAC-SAUVAGE, Ont. --", "HALIFAX, N.S. (CP) -"), then a dash or the agency
_DATELINE = re.compile(r"(?<![\w'’.-])[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*,\s+(?P<region>(?:[A-Z]\.){2,3}|[A-Z][a-z]{2,4}\.)"
                       r"\s*(?:\([A-Z]{2,4}\)\s*)?(?:--|[—–-])")
#: how far into a text its title, dateline and first paragraph run, where the place it is
#: about is given ("TOWN OF BELLHAVEN, NOVA SCOTIA"; "..., the Canada Mortgage and Housing
#: Corporation said"), not a place it mentions in passing
_HEAD = 600


#: the verbs that put money into a savings product ("put $10,000 into", "invests £5,000"):
#: the drafter's exact sums here and the growth reader's deposits
DEPOSIT_VERBS = frozenset({
    "put", "puts", "putting", "deposit", "deposits", "deposited", "depositing", "invest",
    "invests", "invested", "investing", "save", "saves", "saved", "saving", "place", "places",
    "placed", "lodge", "lodged", "lodges"})
#: a verb that deposits or lends the sum just after it ("borrowed $250,000")
_DEPOSITED = re.compile(r"\b(?:" + "|".join(sorted(DEPOSIT_VERBS | {
    "borrow", "borrows", "borrowed", "lend", "lends", "lent"})) + r")\s+(?:an?\s+|the\s+)?$",
    re.I)


def _exact_deposits(sentence: str, drafted: list[_Draft]) -> None:
    """A round sum a worked example deposits or lends ("A member who put $10,000 into it …
    will have $11,379.96") is the exact sum, not one rounded to the ten thousand, where the
    sentence gives what it comes to in the same currency to the cent."""
    cents = {d.unit for d in drafted if d.m.decimals is not None and d.m.decimals >= 2}
    for d in drafted:
        if d.unit in cents and d.unit.startswith("unit:CCY_") and d.m.decimals is not None \
                and d.m.decimals < 0 and d.m.hedge is None and not d.scale and \
                _DEPOSITED.search(sentence, 0, d.at):
            d.decimals = 0


#: a "pound" that is sterling whatever else the text says: "£", "GBP", "sterling", "pence"
#: a crown's "kr" in a quote ("450 kr", "kr 95")
_KR = re.compile(r"(?<![A-Za-z])[Kk]r\b")
_STERLING = re.compile(r"£|\bGBP\b|\bsterling\b|\bpence\b", re.I)
#: "for every pound", "per pound", "a pound": a price per pound, where pounds weigh
_PER_POUND = re.compile(r"\s*(?:for\s+)?(?:per|every|each|a|an)\s+pound\b", re.I)
#: a quote whose currency is the word "pound(s)" alone, which a mass shares
_POUNDS_WORD = re.compile(r"\bpounds?\s*$", re.I)


def pounds_of_mass(text: str, mentions: list[Mention] | None = None) -> str | None:
    """The currency a text's money is in where its "pounds" weigh something: it writes its
    amounts in another currency ("$4.1 million") and never sterling's sign, code, name or
    pence, as an American text weighs coffee ("5.42 million pounds"); None otherwise.

    >>> pounds_of_mass("Sales were $8.1 million; the roaster used 5.4 million pounds of beans.")
    'USD'
    >>> pounds_of_mass("Grants of £2.1 million and 400,000 pounds from the lottery.") is None
    True
    """
    if not re.search(r"\bpounds?\b", text, re.I) or _STERLING.search(text):
        return None
    written = {m.unit for m in (find_mentions(text) if mentions is None else mentions)
               if m.unit in CURRENCY_CODES} - {"GBP"}
    return next(iter(written)) if len(written) == 1 else None


#: the yen named: its name or code, or Japan (a text about a Japanese place or firm)
_YEN_NAMED = re.compile(r"\byen\b|\bJPY\b|\bJapan(?:ese)?\b", re.I)
#: the yuan named: a text that names China's currency keeps "¥" as the yuan
_YUAN_NAMED = re.compile(r"\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b", re.I)


def local_yen(text: str) -> str | None:
    """The currency a text's "¥" is in where it is not the yuan: the yen, where the text
    names the yen or Japan and never China's currency (a "¥" is the yuan's sign as much as
    the yen's). None where nothing says so, or where the yuan is named: "¥" stays the
    yuan.

    >>> local_yen("Osaka. Visitors spent ¥48.2 billion, the Japan Tourism Agency said.")
    'JPY'
    >>> local_yen("Shenzhen. Sales reached ¥9.1 billion, or 9.1 billion yuan.") is None
    True
    """
    if "¥" not in text or not _YEN_NAMED.search(text) or _YUAN_NAMED.search(text):
        return None
    return "JPY"


def local_dollar(text: str) -> str | None:
    """The dollar a text's bare "$" is in where it is not the US dollar: the one dollar its
    amounts are said to be in ("All amounts are in New Zealand dollars"), written beside
    other amounts ("C$4.1 million"), or of the one country its head names, by the country's
    name or as "Town, Province" ("Bellhaven, Nova Scotia"). None where nothing says so, or
    where the text names the US dollar or a second dollar too: a reader then takes "$" as
    the US dollar.

    >>> local_dollar("HAMILTON, Waikato - The council set rates of $2,410.")
    'NZD'
    >>> local_dollar("Ottawa. Exports to the United States fell by $3 billion.") is None
    True
    """
    if not re.search(r"(?<![A-Za-z])\$|\bdollars?\b", text, re.I):
        return None  # no dollar to place (and no need to load the places)
    stated = _stated_dollar(text)
    if stated is not None:
        # "All amounts are in Canadian dollars unless otherwise noted": the text says which
        # dollar its "$" is, and marks the others ("US$30.9 million")
        return stated
    head = text[:_HEAD]
    dateline = _dateline_dollar(head)
    if dateline is not None and not _US_CURRENCY.search(text):
        # "LAC-SAUVAGE, Ont. --": a news story's dateline places it in a province; the United
        # States named in passing ("riders from the United States") says nothing of its "$"
        return dateline
    if _US_DOLLAR.search(text):
        return None
    places, names = _dollar_places()
    found = {code for name, code in names.items() if _dollar_name(name).search(text)}
    found |= {m.unit for written in set(re.findall(r"\b[A-Z]{1,3}\$\s?\d", text))
              for m in find_mentions(written) if m.unit in names.values()}
    # "| Area of spending | NZ$ thousand |", "(A$ million)": a table's head or caption that
    # writes its dollar's letters before the scale the amounts are in
    found |= {UNIT_WORDS[sign.lower()] for sign in set(re.findall(
        r"\b([A-Z]{1,3}\$)\s?(?:thousands?|millions?|billions?|m|bn|k|['’]?000)(?![\w'’])", text))
              if UNIT_WORDS.get(sign.lower()) in names.values()}
    # (each pattern below is tried only on a text that holds its name as it spells it:
    # compiling the several hundred took about 40 ms of a read)
    found |= {code for place, code in places.items()
              if _holds(head, place, place.upper()) and _dollar_place(place).search(head)}
    found |= {code for place, code in _dollar_regions().items()
              if _holds(head, place, place.upper()) and _dollar_region(place).search(head)}
    # "Associations Incorporation Act 1981 (Qld)", "Brisbane QLD 4000": a state's or
    # province's abbreviation (its ISO 3166-2 code) after an Act's name, as Australian texts
    # cite their state's laws, or in a postal address before its post code
    found |= {code for abbreviation, code in _dollar_abbreviations().items()
              if _holds(text, abbreviation, abbreviation.title()) and
              _dollar_abbreviation(abbreviation).search(text)}
    # "Province of Nova Scotia, core funding", "the State of Queensland's grant": a text that
    # names a province or state as a government (its funder, its owner) anywhere is the
    # province's own, as a "Town, Province" head is
    if _GOVERNMENT_OF.search(text):
        found |= {code for place, code in _dollar_regions().items()
                  if _holds(text, place, place.upper()) and _government_of(place).search(text)}
    # "media@transit.example.au", "www.council.govt.nz": the country code that ends the
    # host of the text's own web or mail address (not one a brand borrows, ".tv", ".ai")
    found |= {code for host in _ADDRESS_HOST.findall(text)
              for code in [_dollar_domains().get(host.lower())] if code}
    # "Municipal and provincial funding", "Commonwealth grants": a government the text's
    # money comes from by the name only one dollar country gives its own
    found |= {code for words, code in _DOLLAR_GOVERNMENTS if words.search(text)}
    return next(iter(found)) if len(found) == 1 else None


#: the country code that ends a web or mail address's host ("@hcta.example.au",
#: "https://www.rates.govt.nz/", "www.foodbank.ca")
_ADDRESS_HOST = re.compile(r"(?:@|\bhttps?://|\bwww\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?"
                           r"\.([A-Za-z]{2})\b(?![.@-]?[A-Za-z0-9])")
#: country codes that names and brands borrow for their sound, not their country ("tv",
#: "ai", "io", "co", "me", ...): an address ending in one places nothing
_BORROWED_DOMAINS = frozenset({"tv", "ai", "io", "co", "me", "fm", "cc", "ws", "nu", "to",
                               "ly", "gg", "am", "la", "so", "sh", "ac", "vc", "is"})
#: the governments only one dollar country's texts speak of as their funders: a Canadian
#: province's ("municipal and provincial funding", "the provincial government"), the
#: Australian Commonwealth's ("Commonwealth grants"; not a US "Commonwealth of Virginia")
_DOLLAR_GOVERNMENTS = (
    (re.compile(r"\b(?:federal|municipal|city)\s+and\s+provincial\b|"
                r"\bprovincial\s+and\s+(?:federal|municipal)\b|"
                r"\bprovincial\s+(?:government|funding|grants?|ministry|health\s+plan)\b",
                re.I), "CAD"),
    # ("the Commonwealth Department of Health grant", "Commonwealth and state grants": the
    # Australian federal government's departments, and it beside the states)
    (re.compile(r"^(?![\s\S]*\bCommonwealth\s+of\s+[A-Z])[\s\S]*?"
                r"\bCommonwealth\s+(?:grants?|funding|[Gg]overnment|Department\s+of|"
                r"and\s+[Ss]tates?\b)"), "AUD"),
    # "ABN 63 555 019 482": an Australian Business Number, the eleven digits every Australian
    # business prints on its papers (two, then three groups of three)
    (re.compile(r"\bABN:?\s*\d{2}\s?\d{3}\s?\d{3}\s?\d{3}(?!\s?\d)"), "AUD"),
    # "GPO Box 1180, Brisbane QLD 4001": an Australian postal address, a general post office
    # box, then the town, its state's letters and a four-digit post code (whatever the
    # state's letters, as a text may abbreviate a state of its own)
    (re.compile(r"\bGPO\s+Box\s+\d+[A-Z]?,?\s+(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z]{2,3}\s+"
                r"\d{4}\b"), "AUD"),
)


def _dollar_domains_of_libraries() -> dict[str, str]:
    """The country code top-level domains ("au", "nz", "ca") of the countries of
    :func:`_dollar_places`, to their dollar's code."""
    import pycountry

    places, _ = _dollar_places_of_libraries()
    out = {}
    for name, code in places.items():
        country = pycountry.countries.get(name=name) or pycountry.countries.get(common_name=name)
        if country is not None and country.alpha_2.lower() not in _BORROWED_DOMAINS:
            out[country.alpha_2.lower()] = code
    return out


def _holds(text: str, *spellings: str) -> bool:
    return any(s in text for s in spellings)


#: a province or state named as a government: "Province of Manitoba", "State of Victoria"
_GOVERNMENT_OF = re.compile(r"\b(?:Province|State|Territory)\s+of\s+[A-Z]")


@functools.cache
def _government_of(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:Province|State|Territory)\s+of\s+(?:{re.escape(place)}|"
                      rf"{re.escape(place.upper())})\b")


# local_dollar's patterns, one a name, place or region, compiled once (a name is all they
# depend on): as strings built at each call, the several hundred of them were compiled
# again whenever the re module's cache (512 patterns) had let them go
@functools.cache
def _dollar_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}s?\b", re.I)


@functools.cache
def _dollar_place(place: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{re.escape(place)}|{re.escape(place.upper())})\b")


@functools.cache
def _dollar_region(place: str) -> re.Pattern[str]:
    return re.compile(rf"[A-Z][\w'’-]+,\s+(?:{re.escape(place)}|{re.escape(place.upper())})"
                      r"\b")


@functools.cache
def _dollar_abbreviation(abbreviation: str) -> re.Pattern[str]:
    written = f"(?:{re.escape(abbreviation)}|{re.escape(abbreviation.title())})"
    # a two-letter one ("ON", "BC") only in capitals
    written = written if len(abbreviation) > 2 else re.escape(abbreviation)
    return re.compile(rf"\b(?:Act|Regulations?|Rules)(?:\s+(?:18|19|20)\d\d)?\s+\({written}\)"
                      rf"|\b[A-Z][a-z]+,?\s+{re.escape(abbreviation)},?\s+"
                      # an Australian post code ("4000"), a Canadian one ("M5V 2T6")
                      r"(?:\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b")


def _dollar_abbreviations_of_libraries() -> dict[str, str]:
    """The abbreviations of the states, provinces and territories of :func:`_dollar_regions`
    (not their districts, regions or islands, whose codes no text writes), their ISO 3166-2
    codes' own part ("QLD", "NSW", "ON"), to their dollar's code; one that two countries'
    share says neither."""
    import pycountry

    places, _ = _dollar_places_of_libraries()
    found: dict[str, set[str]] = {}
    for name, code in places.items():
        country = pycountry.countries.get(name=name) or pycountry.countries.get(common_name=name)
        for s in (pycountry.subdivisions.get(country_code=country.alpha_2) or ()) \
                if country is not None else ():
            if s.type in ("State", "Province", "Territory"):
                found.setdefault(s.code.split("-", 1)[1], set()).add(code)
    return {a: codes.pop() for a, codes in found.items()
            if len(codes) == 1 and a.isalpha() and len(a) > 1}


def _stated_dollar(text: str) -> str | None:
    """The one dollar a text says its amounts are in ("All amounts are in Canadian dollars",
    "figures are in New Zealand dollars unless otherwise stated"); None where it says none,
    or two."""
    _, names = _dollar_places()
    countries = "|".join(re.escape(n.removesuffix(" dollar")) for n in names
                         if n.endswith(" dollar"))
    found = set()
    for m in re.finditer(rf"\b(?:amounts?|figures?|numbers|prices|values|sums|results|"
                         rf"statements)\b[^.;:]{{0,60}}?\b(?:are|is|were|be)\s+(?:\w+\s+){{0,2}}?"
                         rf"in\s+({countries})\s+dollars?\b|\bin\s+({countries})\s+dollars?\s*,?"
                         rf"\s*unless\s+(?:otherwise|stated|noted|indicated)\b", text, re.I):
        found.add(names[f"{(m.group(1) or m.group(2)).lower()} dollar"])
    return next(iter(found)) if len(found) == 1 else None


def _dollar_places_of_libraries() -> tuple[dict[str, str], dict[str, str]]:
    """The countries whose currency is a dollar other than the US one (their names, from
    pycountry, to the code babel's CLDR data gives their currency), and those dollars'
    names ("new zealand dollar")."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_territory_currencies

    en = Locale("en")
    places: dict[str, str] = {}
    for country in pycountry.countries:
        # a fixed day: what a text reads as must not change with the day it is read
        codes = get_territory_currencies(country.alpha_2, dt.date(2025, 1, 1))
        if not codes or codes[0] == "USD" or \
                "dollar" not in (en.currencies.get(codes[0]) or "").lower():
            continue
        for name in {country.name, getattr(country, "common_name", country.name)}:
            places[name] = codes[0]
    names = {en.currencies[c].lower(): c for c in set(places.values()) if c in en.currencies}
    return places, names


def _dollar_regions_of_libraries() -> dict[str, str]:
    """The provinces, states and regions (ISO 3166-2, from pycountry) of the countries
    whose currency is a dollar other than the US one, to that dollar's code."""
    import pycountry

    places, _ = _dollar_places_of_libraries()
    codes = {pycountry.countries.get(name=n) or pycountry.countries.get(common_name=n): c
             for n, c in places.items()}
    return {s.name: codes[country] for country in codes if country is not None
            for s in pycountry.subdivisions.get(country_code=country.alpha_2) or ()}


#: what local_dollar reads of pycountry and babel (the dollar countries and their dollars'
#: names, their regions, the regions' abbreviations, the countries' web domains), kept with
#: both libraries' versions: loading pycountry's countries and subdivisions and babel's CLDR
#: data took about 0.1 s of each kg read of a text with a "$" (after an upgrade of either:
#: ``python -m kg.authoring.new``)
DOLLAR_PLACES = Path(__file__).with_name("dollar-places.json")


def dollar_place_versions() -> dict[str, str | None]:
    """The installed pycountry's and babel's versions (neither imported)."""
    from importlib.metadata import PackageNotFoundError, version

    from kg.numbers import babel_version

    try:
        found = version("pycountry")
    except PackageNotFoundError:
        found = None
    return {"pycountry": found, "babel": babel_version()}


def dollar_places_of_libraries() -> dict[str, object]:
    """What :data:`DOLLAR_PLACES` keeps, from pycountry and babel themselves."""
    places, names = _dollar_places_of_libraries()
    return {**dollar_place_versions(), "places": places, "names": names,
            "regions": _dollar_regions_of_libraries(),
            "abbreviations": _dollar_abbreviations_of_libraries(),
            "domains": _dollar_domains_of_libraries()}


def dollar_places_text() -> str:
    """The text of :data:`DOLLAR_PLACES` for the installed pycountry and babel."""
    import json

    # (sorted: the libraries give some names in an order that changes from process to
    # process, and none of their readers depends on it)
    return json.dumps(dollar_places_of_libraries(), ensure_ascii=False, indent=1,
                      sort_keys=True) + "\n"


@functools.lru_cache(maxsize=1)
def _dollar_kept() -> dict:
    """:func:`dollar_places_of_libraries`: as kept in :data:`DOLLAR_PLACES` where the
    installed pycountry and babel are the ones that wrote it, else from them."""
    from kg.jsontext import kept

    found = kept(DOLLAR_PLACES, dollar_place_versions())
    if found is not None and found.get("places"):
        return found
    return dollar_places_of_libraries()


def _dollar_places() -> tuple[dict[str, str], dict[str, str]]:
    """The countries whose currency is a dollar other than the US one (their names, from
    pycountry, to the code babel's CLDR data gives their currency), and those dollars'
    names ("new zealand dollar")."""
    kept = _dollar_kept()
    return kept["places"], kept["names"]


def _dollar_regions() -> dict[str, str]:
    """The provinces, states and regions of :func:`_dollar_places`' countries, to their
    dollar's code."""
    return _dollar_kept()["regions"]


def _dollar_abbreviations() -> dict[str, str]:
    """The abbreviations of :func:`_dollar_regions`' states, provinces and territories."""
    return _dollar_kept()["abbreviations"]


def _dollar_domains() -> dict[str, str]:
    """The web domains of :func:`_dollar_places`' countries."""
    return _dollar_kept()["domains"]


def _dateline_dollar(head: str) -> str | None:
    """The dollar of the province or state a news story's dateline abbreviates: "Ont." the
    start of one region's name ("Ontario"), "N.S." the initials of one's ("Nova Scotia"),
    among the regions of the dollar countries (:func:`_dollar_regions`); None where there is
    no dateline or its abbreviation could be more than one dollar's region."""
    m = _DATELINE.search(head)
    if m is None:
        return None
    short = m["region"]
    if short.count(".") >= 2:
        letters = short.replace(".", "")
        codes = {code for name, code in _dollar_regions().items()
                 if "".join(w[0] for w in name.split()) == letters and len(name.split()) > 1}
    else:
        codes = {code for name, code in _dollar_regions().items()
                 if name.lower().startswith(short[:-1].lower())}
    return codes.pop() if len(codes) == 1 else None


def _cents_currency(mentions: list[Mention]) -> str:
    """The currency "cents" are hundredths of: the one a text's amounts (``mentions``) are
    mostly in."""
    from collections import Counter
    written = Counter(m.unit for m in mentions
                      if m.unit in CURRENCY_CODES and m.unit not in ("GBP", "JPY"))
    return written.most_common(1)[0][0] if written else "USD"


def _figure(n: int, claim: str, doc_id: str, d: _Draft, prefix: str | None,
            told: str = "") -> str:
    """A figure's Turtle: ``prefix`` the words that tell its quote apart in its sentence
    (:func:`_prefix_in`), ``told`` a selector's Turtle line where the placing gave one."""
    m = d.m
    value = f"{m.value:f}" if m.value is not None else "0"
    extra = f" ; cg:rangeTo {m.upper:f}" if m.upper is not None else ""
    interval = figure_interval(m.value, decimals=m.decimals,
                               hedge=vocabulary().hedges.get(m.hedge) if m.hedge else None,
                               range_to=m.upper) if m.value is not None else None
    read = f"read as {value}" + (f", stands for {interval}" if interval else "") + \
        (f", hedge: {m.hedge}" if m.hedge else "")
    note = f"\n    cg:readingNote {_lit('TODO: ' + m.note)} ;" if m.readings else ""
    prefix = f"\n    cg:quotePrefix {_lit(prefix)} ;" if prefix else ""
    scale = f"\n    cg:scale {d.scale} ;" if d.scale else ""
    editorial = f"\n    skos:editorialNote {_lit(d.editorial)} ;" if d.editorial else ""
    if d.decimals is not None:
        scale += f"\n    cg:decimals {d.decimals} ;   # a sum deposited is exact"
    return (f":f-{n} a cg:Figure ; cg:draft true ;   # {read}\n"
            f"    cg:claim {claim} ;\n"
            f"    cg:quote {_lit(d.quote)} ;{prefix}\n{told}"
            f"    qudt:numericValue {value}{extra} ;{scale}\n"
            f"    qudt:unit {d.unit} ;{note}{editorial}\n"
            f"    cg:measures {d.measure} ;   # TODO: what it measures\n"
            f"    schema:about ent:{doc_id}-subject .   # TODO: which entity\n")


def _prefix_in(sentence: str, quote: str, at: int) -> str | None:
    """The words before a figure's quote that tell it from the quote's other occurrences in
    its sentence (kg.anchor then picks this one): None where the quote stands once."""
    from kg.anchor import occurrences
    from kg.authoring.placing import telling_prefix
    hits = occurrences(sentence, quote, 0, len(sentence))
    return telling_prefix(sentence, hits, at) if len(hits) > 1 and at in hits else None


def _is_rate(sentence: str, m: Mention) -> bool:
    """An exchange rate: a currency amount "to the dollar" or "per euro", or any number after
    "an exchange rate of"."""
    after = sentence[m.end:]
    listed = _RATES_LISTED.match(after)
    if listed and m.unit in CURRENCY_CODES:
        after = after[listed.end():]
    return bool((m.unit in CURRENCY_CODES and _RATE_AFTER.match(after))
                or (m.unit in (None, *CURRENCY_CODES) and m.kind == "number"
                    and _RATE_EQUALS.search(sentence[max(0, m.start - 12):m.start]))
                or (m.unit in (None, *CURRENCY_CODES) and _RATE_BEFORE.search(sentence[:m.start])
                    and not (m.unit is None and _counts_things(sentence[m.end:])))
                or (m.unit in CURRENCY_CODES and _RATE_BOUGHT.search(sentence[:m.start]))
                or (m.unit is None and m.kind == "number" and _PAIR_AFTER.match(sentence[m.end:])))


def _counts_things(after: str) -> bool:
    """Whether the words after a bare number name things it counts, no currency ("ran at a
    rate of 14,200 units": a pace of building, no exchange rate; "at a rate of 3,780
    shillings to the dollar" is one)."""
    from kg.numbers import SHARED_CURRENCY_NAMES
    noun = _counted_noun(after)
    if noun is None or noun in SHARED_CURRENCY_NAMES:
        return False
    return not _RATE_AFTER.match(after[after.lower().find(noun) + len(noun):])


def _measure(sentence: str, m: Mention, unit: str) -> str:
    """What a number measures, guessed from the words next to it."""
    before, after = sentence[max(0, m.start - 40):m.start], sentence[m.end:m.end + 40]
    if m.kind == "multiplier":
        return "cg:Factor"
    if m.kind == "fraction":  # a share, but "half a day" is a duration
        return "cg:Duration" if m.unit in ("YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE") \
            else "cg:ShareOf"
    if m.unit == "PERCENT_POINT":
        return "cg:Difference"
    if m.unit in ("PERCENT", "PERMILLE"):
        # "up 9 percent", "a 14 percent decline", not "fell to 4.1 percent" (a level)
        changed = (_CHANGE_WORDS.search(before[-25:]) and not re.search(r"\bto\s+$", before)) \
            or _CHANGE_WORDS.match(after.lstrip())
        return "cg:GrowthRate" if changed and not re.match(r"\s*of\b", after) else "cg:ShareOf"
    if m.unit in ("YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE"):
        return "cg:Duration"
    if unit.startswith("unit:CCY"):
        # "$12 a head" is an average, "$18.9 billion a year earlier" a level at another time
        if re.match(r"\s*(?:a|an|per|each|for each)\s+(?!(?:year|quarter|month|week|day)\s+"
                    r"(?:earlier|ago|before|previously)\b)[a-z]", after, re.I) or \
                re.search(r"\baverage\b", before, re.I) or re.match(r"\s*on average", after):
            return "cg:AverageValue"
        return "cg:SalesVolume" if _SALES_WORDS.search(before + after) else "cg:MonetaryAmount"
    if unit == "unit:NUM":
        # the noun after it, else what the sentence's other counts are of ("against 3,310")
        right_after = re.match(r"\s*([a-z]+)(?:\s+([a-z]+))?", after.lower())
        nouns = [w for w in right_after.groups() if w] if right_after else []
        if nouns and nouns[0] in _NOT_NOUNS:
            nouns = []
        nouns = nouns or _COUNTED.findall(sentence.lower())
        for noun in nouns:
            if noun in PEOPLE:
                return "cg:PeopleCount"
            if noun in USERS:
                return "cg:UserCount"
            if noun in ORGANIZATIONS:
                return "cg:OrganizationCount"
        return "cg:ItemCount"
    # a physical quantity measures its QUDT quantity kind (Length, Mass, Energy, …)
    kinds = sorted(vocabulary().kinds.get(m.unit or "", ()), key=lambda k: (len(k), k))
    return f"<{kinds[0]}>" if kinds else "cg:ItemCount"


#: the label of an identifier right before its number: "UIN 17452", "Ref. 118", "ID: 4471",
#: "No. 7" (the abbreviation only: "the number 12" may be a count)
_IDENTIFIER_BEFORE = re.compile(r"(?:\b(?:UIN|ID|[Rr]ef|ISBN|ISSN)\.?|\bNos?\.|"
                                # "Registration number 2006/…", "company no. 0451…": the
                                # number a register files a body or a record under
                                r"\b(?:[Rr]egistration|[Cc]ompany|[Cc]harity|[Rr]eference|"
                                r"[Aa]ccount|[Ss]erial|[Pp]olicy|[Ii]nvoice|[Ll]icen[cs]e|"
                                r"VAT)\s+(?:[Nn]umber|[Nn]o\.?))\s*[:#]?\s*$")
#: a number written with a leading zero ("018842", "0451"): a code's digits, never a
#: quantity, which no one writes so
_LEADING_ZERO = re.compile(r"0\d{2,}")


def _code_part(sentence: str, m: Mention) -> bool:
    """Whether a bare number is a code's, not a quantity: written with a leading zero
    ("018842"), or one part of a code of three or more parts joined by slashes
    ("2006/018842/06")."""
    if m.kind not in ("number", "year"):
        return False
    written = sentence[m.start:m.end]
    if _LEADING_ZERO.fullmatch(written):
        return True
    start = len(re.search(r"[\d/]*$", sentence[:m.start]).group(0))
    end = len(re.match(r"[\d/]*", sentence[m.end:]).group(0))
    code = sentence[m.start - start:m.end + end]
    return len([part for part in code.split("/") if part]) >= 3


def _sentences(text: str) -> list[tuple[str, list[Mention]]]:
    """Sentences that hold numbers, each with its mentions (normalized whitespace)."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):  # a title line is not part of a sentence
        before = ""
        for piece in (p for item in _list_items(paragraph) for part in _row_lines(item)
                      for p in _SENTENCE_END.split(part)):
            sentence, before = " ".join(piece.split()), before[-12:] + " "
            if _ENUMERATOR.fullmatch(sentence):
                continue  # "4. Labour and incomes": a list's or heading's number, no figure
            mentions = find_mentions(sentence) if sentence else []
            if mentions and _section_number(paragraph, sentence, mentions[0]):
                mentions = mentions[1:]  # "2.1 Water infrastructure.": a section's number
            # "UIN 17452", "Ref: 2024/118", "No. 7": an identifier's number, no quantity
            # (the label's point may have parted the sentence: "Licence No. | 448 covers")
            mentions = [m for m in mentions if m.unit is not None or m.scale or not (
                        _IDENTIFIER_BEFORE.search(before + sentence[:m.start]) or
                        _code_part(sentence, m))]
            before = sentence
            if mentions:
                out.append((sentence, mentions))
    return out


#: a line of a table the extraction left as text ("Property taxes 28,460", "Other (net)
#: 1,385"): a label in words, then one number closing the line, with no sentence's punctuation
_ROW_LINE = re.compile(r"[^\S\n]*[A-Z][^\n.!?;:|]*?[^\S\n][$£€]?[-+−]?\d[\d,]*(?:\.\d+)?%?"
                       r"[^\S\n]*")


#: a line that opens an item of a bulleted list: "  - Revenue of $412.7 million"
_LIST_ITEM = re.compile(r"[^\S\n]*[-*\u2022\u2013][^\S\n]+\S")


def _list_items(paragraph: str) -> list[str]:
    """A paragraph with each item of a bulleted list set apart (an item's wrapped lines stay
    with it): items are often written without a full stop, and run together they would make
    one sentence whose change ("narrowed by $13.5 million") takes another item's amount."""
    lines = paragraph.split("\n")
    if sum(_LIST_ITEM.match(line) is not None for line in lines) < 2:
        return [paragraph]
    items: list[list[str]] = []
    first = True
    for line in lines:
        # the lines before the first item stay with it: a list's heading ("Highlights,
        # fourth quarter 2023") is what its first item is read with, as before
        if not items or _LIST_ITEM.match(line) and not first:
            items.append([line])
        else:
            items[-1].append(line)
        first = first and not _LIST_ITEM.match(line)
    return ["\n".join(item) for item in items]


def _row_lines(paragraph: str) -> list[str]:
    """A paragraph with each line of a run of two or more table rows set apart: a row ends
    with its number and no full stop, so without this the rows run on into the sentence
    after them, whose share or total then takes a row's figure for its own (one such line
    alone may be a wrapped line of prose, and stays as it is)."""
    lines = paragraph.split("\n")
    rows = [_ROW_LINE.fullmatch(line) is not None for line in lines]
    parts: list[str] = []
    prose: list[str] = []
    for k, line in enumerate(lines):
        in_run = rows[k] and (k > 0 and rows[k - 1] or k + 1 < len(lines) and rows[k + 1])
        if not in_run:
            prose.append(line)
            continue
        if prose:
            parts.append("\n".join(prose))
            prose = []
        parts.append(line)
    if prose:
        parts.append("\n".join(prose))
    return parts


def _section_number(paragraph: str, sentence: str, first: Mention) -> bool:
    """Whether the sentence opens with a numbered section's number ("2.1 Staffing", "3.4.2
    Costs") that also opens a line of its paragraph: a bare dotted number before a capital
    names a section; a quantity would carry a unit or scale ("2.1 Million" reads as one)."""
    number = sentence[first.start:first.end]
    if first.start != 0 or first.unit is not None or \
            not re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", number) or \
            not re.match(r"\s+[A-Z]", sentence[first.end:]):
        return False
    return re.search(r"(?m)^[ \t#*]*" + re.escape(number) + r"\s+[A-Z]", paragraph) is not None


def _unit_curie(code: str | None) -> str | None:
    """A unit the vocabulary knows (km, tonnes, per mille, …), as the Turtle writes it."""
    iri = vocabulary().units.get(code or "")
    if iri is None:
        return None
    for prefix, namespace in (("unit:", "http://qudt.org/vocab/unit/"),
                              ("cg:", "https://w3id.org/claimgraph/ns#")):
        if str(iri).startswith(namespace):
            return prefix + str(iri)[len(namespace):]
    return f"<{iri}>"


def _context_quote(sentence: str, m: Mention, whole: str) -> str:
    """A waiver's quote: the mention with the words either side, as the text writes them
    (a full stop stays glued to its word), widened until it stands once in the whole text
    (a waiver belongs to no claim, so it is looked for everywhere)."""
    start, end = m.start, m.end
    for _ in range(12):
        before = re.search(r"\S+\s*$", sentence[:start])
        after = re.match(r"\s*\S+", sentence[end:])
        start = before.start() if before else start
        end = end + after.end() if after else end
        quote = sentence[start:end].strip(" ,;")
        if whole.count(quote) == 1 or (before is None and after is None):
            return quote
    return sentence[start:end].strip(" ,;")


def _lit(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


if __name__ == "__main__":  # python -m kg.authoring.new: write kg/authoring/dollar-places.json
    import sys

    DOLLAR_PLACES.write_text(dollar_places_text(), encoding="utf-8")
    print(f"wrote {DOLLAR_PLACES}", file=sys.stderr)
