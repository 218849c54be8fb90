"""``kg new``: from a text file to a claims folder with one draft per number.

Every numeric mention becomes a draft figure (or a draft date, or a draft waiver
for a bare year) inside a draft claim for its sentence, with the value, unit,
precision and hedge read from the text.  Drafts fail the build until someone
confirms them, so nothing unreviewed is ever checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.files import write_atomic
from kg.interval import figure_interval
from kg.numbers import CURRENCIES as CURRENCY_CODES
from kg.numbers import Mention, find_mentions
from kg.problems import InputError, Problem, display_path
from kg.vocab import vocabulary

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
_RATE_AFTER = re.compile(r"^\s*(?:to|per|a|an|for)\s+(?:the\s+|one\s+|each\s+|every\s+)?"
                         r"(?:us\s+|u\.s\.\s+)?(?:dollars?|yuan|renminbi|euros?|pounds?|sterling)\b",
                         re.I)
_RATE_BEFORE = re.compile(r"\b(?:exchange\s+rate|at\s+a\s+rate)\s+of\s+(?:about\s+|around\s+)?$",
                          re.I)
#: "10.72 NOK/USD": a number before a pair of currency codes
_RATE_PAIR = re.compile(r"^\s*[A-Z]{3}\s*/\s*[A-Z]{3}\b")
_NOT_NOUNS = set("""the a an of in on at to from than more less fewer and or this that which who
were was is are had have has by for with a year last""".split())
#: the noun a count is of: "2,840 patients", "6.4 million passengers"
_COUNTED = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+([a-z]+)")
#: a sentence ends at . ! or ? followed by white space (so "2.1%" does not end one)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

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


def _claims_ttl(doc_id: str, text: str) -> tuple[str, tuple[int, int, int, int]]:
    out = [PREFIXES.format(doc_id=doc_id),
           "# Drafted by `kg new` from the numbers in the text. Each draft says what was read;",
           "# check it, say what it is about (schema:about) and what it measures, then delete",
           "# its `cg:draft true ;` line (or run `kg confirm`). Drafts fail the build.",
           f"ent:{doc_id}-subject a schema:Thing ; rdfs:label {_lit('what ' + doc_id + ' is about')} .",
           ""]
    figures = dates = waivers = claims = 0
    whole = " ".join(text.split())  # a quote is anchored in the text with whitespace folded
    for sentence, mentions in _sentences(text):
        claims += 1
        claim = f":c-{claims}"
        out.append(f"{claim} a cg:Claim ; cg:draft true ;\n    cg:quote {_lit(sentence)} ;\n"
                   f"    schema:about ent:{doc_id}-subject .\n")
        for m in mentions:
            if m.kind == "year":
                waivers += 1
                out.append(f":w-{waivers} a cg:Waiver ; cg:draft true ;\n"
                           f"    cg:quote {_lit(_context_quote(sentence, m, whole))} ;\n"
                           f'    cg:reason "a year used as a date" .\n')
            elif m.kind == "date":
                dates += 1
                if m.date:
                    when = f'cg:date "{m.date.isoformat()}"^^xsd:date .'
                else:  # what the text says, in a type that parses; the year is a person's call
                    month, day = m.month_day or (1, 1)
                    when = (f'cg:monthDay "--{month:02d}-{day:02d}"^^xsd:gMonthDay .   '
                            f'# TODO: the quote gives no year: add cg:date "YYYY-{month:02d}-'
                            f'{day:02d}"^^xsd:date')
                out.append(f":d-{dates} a cg:StatedDate ; cg:draft true ;\n    cg:claim {claim} ;\n"
                           f"    cg:quote {_lit(m.text)} ;\n    {when}\n")
            else:
                figures += 1
                out.append(_figure(figures, claim, doc_id, m, sentence))
    out.append(RELATION_TEMPLATES)
    return "\n".join(out), (figures, dates, waivers, claims)


def _figure(n: int, claim: str, doc_id: str, m: Mention, sentence: str) -> str:
    quote = m.text
    if _is_rate(sentence, m):
        unit, measure = "cg:CurrencyPerCurrency", "cg:ExchangeRate"
        number = re.search(r"\d[\d,]*(?:\.\d+)?", m.text)
        if number and sentence.count(number.group(0)) == 1:
            quote = number.group(0)  # a rate's quote is its number: it names no currency
    else:
        unit = UNIT_CURIE.get(m.unit or "") or _unit_curie(m.unit) or (
            "unit:UNITLESS" if m.kind in ("fraction", "multiplier") else "unit:NUM")
        measure = _measure(sentence, m, unit)
    value = f"{m.value:f}" if m.value is not None else "0"
    extra = f" ; cg:rangeTo {m.upper:f}" if m.upper is not None else ""
    interval = figure_interval(m.value, decimals=m.decimals,
                               hedge=vocabulary().hedges.get(m.hedge) if m.hedge else None,
                               range_to=m.upper) if m.value is not None else None
    read = f"read as {value}" + (f", stands for {interval}" if interval else "") + \
        (f", hedge: {m.hedge}" if m.hedge else "")
    note = f"\n    cg:readingNote {_lit('TODO: ' + m.note)} ;" if m.readings else ""
    return (f":f-{n} a cg:Figure ; cg:draft true ;   # {read}\n"
            f"    cg:claim {claim} ;\n"
            f"    cg:quote {_lit(quote)} ;\n"
            f"    qudt:numericValue {value}{extra} ;\n"
            f"    qudt:unit {unit} ;{note}\n"
            f"    cg:measures {measure} ;   # TODO: what it measures\n"
            f"    schema:about ent:{doc_id}-subject .   # TODO: which entity\n")


def _is_rate(sentence: str, m: Mention) -> bool:
    """An exchange rate: a currency amount "to the dollar" or "per euro", or any number after
    "an exchange rate of"."""
    return bool((m.unit in CURRENCY_CODES and _RATE_AFTER.match(sentence[m.end:]))
                or (m.unit in (None, *CURRENCY_CODES) and _RATE_BEFORE.search(sentence[:m.start]))
                or (m.unit is None and _RATE_PAIR.match(sentence[m.end:])))


def _measure(sentence: str, m: Mention, unit: str) -> str:
    """What a number measures, guessed from the words next to it."""
    before, after = sentence[max(0, m.start - 40):m.start], sentence[m.end:m.end + 40]
    if m.kind == "multiplier":
        return "cg:Factor"
    if m.kind == "fraction":
        return "cg:ShareOf"
    if m.unit == "PERCENT_POINT":
        return "cg:Difference"
    if m.unit in ("PERCENT", "PERMILLE"):
        # "up 9 percent", "a 14 percent decline", not "fell to 4.1 percent" (a level)
        changed = (_CHANGE_WORDS.search(before[-25:]) and not re.search(r"\bto\s+$", before)) \
            or _CHANGE_WORDS.match(after.lstrip())
        return "cg:GrowthRate" if changed and not re.match(r"\s*of\b", after) else "cg:ShareOf"
    if m.unit == "YEAR":
        return "cg:Duration"
    if unit.startswith("unit:CCY"):
        if re.match(r"\s*(?:a|an|per|each|for each)\s+[a-z]", after, re.I) or \
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


def _sentences(text: str) -> list[tuple[str, list[Mention]]]:
    """Sentences that hold numbers, each with its mentions (normalized whitespace)."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text):  # a title line is not part of a sentence
        for piece in _SENTENCE_END.split(paragraph):
            sentence = " ".join(piece.split())
            mentions = find_mentions(sentence) if sentence else []
            if mentions:
                out.append((sentence, mentions))
    return out


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
