"""``kg suggest``: relations a careful reader would check, from the words around figures.

Within one claim's sentence: "totaling", "in all" (a sum of the figures before);
"of which" (a sum of those after); "fell by", "up", "growth" with "from … to …"
(a percent change); "a quarter of", "X% of" (a ratio); "lags behind … by", "a gap
of" (a difference); "compared with", "only", "respectively", "than" (a
comparison); two currencies side by side (a conversion).  Each suggestion is a
relation typed ``cg:Suggestion``, so the build leaves it out until accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF

from kg.anchor import normalize
from kg.authoring.links import LinkSuggestion
from kg.corpus import DocumentSource, read_document
from kg.figures import decimal_value
from kg.files import write_atomic
from kg.namespaces import CG, QUDT
from kg.problems import InputError, Problem, display_path
from kg.vocab import vocabulary

SUGGESTIONS_FILE = "suggestions.ttl"
SUM_AFTER = re.compile(r"\b(totall?ing|in total|in all|altogether|together|combined|a total of)\b",
                       re.I)
SUM_BEFORE = re.compile(r"\b(of which|including)\b", re.I)
#: "5.5 million litres in all": the cue after the total (and its unit word)
SUM_TRAIL = re.compile(r"^\s*(?:[a-z]+\s+)?(in all|in total|altogether|together|combined)\b",
                       re.I)
FALL = re.compile(r"\b(fell|fall(?:en)?|dropp?(?:ed)?|declined?|decreased?|down|lower)\b", re.I)
RISE = re.compile(r"\b(rose|rise[ns]?|grew|growth|increased?|up|higher|gained?)\b", re.I)
RATIO = re.compile(r"^\s*(?:of|of the)\b", re.I)
DIFFERENCE = re.compile(r"\b(lags? behind|trails?|short of|ahead of|a gap of|more than|less than)\b",
                        re.I)
COMPARE = re.compile(r"\b(compared (?:with|to)|versus|vs\.?|than|only|respectively|beat(?:en)?)\b",
                     re.I)
#: "an average of 48 euros a ticket", "$612 per household", "48 euros each"
AVERAGE = re.compile(r"\b(an average of|on average|the average \w+ (?:spent|paid|earned|had)|"
                     r"averag(?:e|ed|ing))\b", re.I)
PER_ITEM = re.compile(r"^\s*(?:(?:a|an|per|each|for each)\s+[a-z-]+|each)\b", re.I)
#: "three times the", "more than doubled", "a tenfold", "half of"
MULTIPLE = re.compile(r"\b(times|\w+-?fold|twice|doubled|tripled|trebled|quadrupled|halved|"
                      r"half)\b", re.I)
#: "an average annual rate of 12 percent", "12 percent a year", "a compound annual growth"
GROWTH = re.compile(r"\b(annual(?:ly)?|a year|per year|each year|compound(?:ed)?|CAGR|"
                    r"year[- ]on[- ]year average)\b", re.I)
SHARE_OR = re.compile(r"(?:,|\()\s*or\s*$", re.I)
YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")


@dataclass(frozen=True)
class Fig:
    iri: str
    local: str
    start: int  # position in the claim's (normalized) sentence
    end: int
    unit: str | None
    value: object


@dataclass(frozen=True)
class Suggestion:
    kind: str
    claim: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    evidence: str
    label: str
    direction: str | None = None
    extra: str = ""  # more Turtle for the relation (cg:periods of compound growth)


def suggest(claims_dir: Path, doc_id: str) -> list[Suggestion]:
    folder = claims_dir / doc_id
    if not folder.is_dir():
        raise InputError(Problem(display_path(folder), 0, "no such document folder",
                                 f"create it with kg new {doc_id} --source FILE"))
    source = read_document(folder)
    if source.problems:
        raise InputError(source.problems[0])
    existing = _existing_roles(source)
    out = []
    for claim, sentence, figs in _claims(source):
        for s in _suggest_in(claim, sentence, figs):
            if s.roles not in existing:
                existing.add(s.roles)
                out.append(s)
    return out


def suggest_links(claims_dir: Path, doc_id: str) -> list[LinkSuggestion]:
    """Entity links to other documents (:mod:`kg.authoring.links`) not yet proposed."""
    from kg.authoring.links import suggest_links as links
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    proposed = set(re.findall(r"^#?l-\d+ <([^>]+)> schema:sameAs <([^>]+)>",
                              path.read_text(encoding="utf-8"), re.M)) if path.exists() else set()
    return [link for link in links(claims_dir, doc_id)
            if (link.subject, link.target) not in proposed]


def write_suggestions(claims_dir: Path, doc_id: str, suggestions: list[Suggestion],
                      links: list[LinkSuggestion] = ()) -> Path:
    from kg.authoring.links import turtle as link_turtle
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    text = ""
    if path.exists():
        text = path.read_text(encoding="utf-8")
    else:
        from kg.authoring.new import PREFIXES
        text = PREFIXES.format(doc_id=doc_id) + (
            "\n# Relations `kg suggest` proposes. Each is left out of the graph, so never checked,\n"
            "# until accepted: `kg suggest DOC-ID --accept s-N`, or delete ', cg:Suggestion'.\n"
            "# Entity links (l-N) are commented out until accepted (--accept l-N).\n"
            "# Delete the ones that are wrong.\n\n")
    start = max(map(int, re.findall(r"^:s-(\d+) ", text, re.M)), default=0) + 1
    for n, s in enumerate(suggestions, start=start):
        text += _turtle(n, s)
    start = max(map(int, re.findall(r"^#?l-(\d+)\b", text, re.M)), default=0) + 1
    for n, link in enumerate(links, start=start):
        text += link_turtle(n, link)
    write_atomic(path, text)
    return path


def accept(claims_dir: Path, doc_id: str, ids: list[str]) -> list[str]:
    """Accept suggestions by id: their ``cg:Suggestion`` type is removed."""
    path = claims_dir / doc_id / SUGGESTIONS_FILE
    if not path.exists():
        raise InputError(Problem(display_path(path), 0, "no suggestions yet",
                                 f"run kg suggest {doc_id}"))
    text = path.read_text(encoding="utf-8")
    for sid in ids:
        link = re.compile(rf"^#{re.escape(sid)} (<[^>]+> schema:sameAs <[^>]+> \.)$", re.M)
        if sid.startswith("l-") and link.search(text):
            text = link.sub(rf"\1  # {sid}", text)
            continue
        pattern = re.compile(rf"^(:{re.escape(sid)} a cg:\w+), cg:Suggestion", re.M)
        if not pattern.search(text):
            raise InputError(Problem(display_path(path), 0, f"no open suggestion {sid!r}",
                                     "open ones: " + ", ".join(
                                         a or b for a, b in re.findall(
                                             r"^:(s-\d+) a cg:\w+, cg:Suggestion|^#(l-\d+) ",
                                             text, re.M))))
        text = pattern.sub(r"\1", text)
    write_atomic(path, text)
    return ids


def _claims(source: DocumentSource):
    g = source.graph
    codes = vocabulary().unit_codes
    for claim in sorted(set(g.subjects(RDF.type, CG.Claim)), key=str):
        quote = g.value(claim, CG.quote)
        if quote is None:
            continue
        sentence = normalize(str(quote))
        figs = []
        for f in g.subjects(CG.claim, claim):
            if (f, RDF.type, CG.Figure) not in g or g.value(f, CG.quote) is None:
                continue
            fq = normalize(str(g.value(f, CG.quote)))
            at = sentence.find(fq)
            if at < 0:
                continue
            unit = g.value(f, QUDT.unit)
            figs.append(Fig(str(f), str(f).rsplit("/", 1)[-1], at, at + len(fq),
                            codes.get(URIRef(unit)) if unit else None,
                            decimal_value(g.value(f, QUDT.numericValue))))
        figs.sort(key=lambda x: x.start)
        yield str(claim), sentence, figs


def _suggest_in(claim: str, sentence: str, figs: list[Fig]) -> list[Suggestion]:
    out: list[Suggestion] = []
    for i, f in enumerate(figs):
        before = sentence[figs[i - 1].end:f.start] if i else sentence[:f.start]
        after = sentence[f.end:figs[i + 1].start] if i + 1 < len(figs) else sentence[f.end:]
        same_before = [p for p in figs[:i] if p.unit == f.unit]
        cue = SUM_AFTER.search(before) or SUM_TRAIL.match(after)
        # shares of groups that overlap ("62% use a phone and 48% a laptop") never add up
        if cue and len(same_before) >= 2 and f.unit not in ("PERCENT", "PERCENT_POINT"):
            out.append(Suggestion("SumRelation", claim, (("total", (f.local,)), ("part", tuple(
                p.local for p in same_before))), cue.group(cue.lastindex or 0),
                f"{' + '.join(p.local for p in same_before)} = {f.local}"))
        same_after = [p for p in figs[i + 1:] if p.unit == f.unit]
        if SUM_BEFORE.search(after) and len(same_after) >= 2 and \
                f.unit not in ("PERCENT", "PERCENT_POINT"):
            out.append(Suggestion("SumRelation", claim, (("total", (f.local,)), ("part", tuple(
                p.local for p in same_after))), SUM_BEFORE.search(after).group(0),
                f"{' + '.join(p.local for p in same_after)} = {f.local}"))
        if f.unit == "PERCENT" and GROWTH.search(sentence[max(0, f.start - 40):f.end + 30]):
            out.extend(_growth(claim, sentence, figs, i))
        elif f.unit in ("PERCENT", "PERCENT_POINT"):
            out.extend(_change(claim, sentence, figs, i))
        if f.unit == "PERCENT" and (RATIO.match(after) or SHARE_OR.search(before)):
            out.extend(_share(claim, sentence, figs, i, before))
        if f.unit == "UNITLESS" and MULTIPLE.search(sentence[f.start:f.end + 12]):
            out.extend(_multiple(claim, sentence, figs, i))
        if f.unit in _CURRENCIES and (AVERAGE.search(sentence[max(0, f.start - 40):f.start])
                                      or PER_ITEM.match(after)):
            out.extend(_average(claim, sentence, figs, i))
        if f.unit == "UNITLESS" and RATIO.match(after) and 0 < i < len(figs) - 1:
            num, den = figs[i - 1], figs[i + 1]
            if num.unit == den.unit and num.unit not in ("PERCENT", "UNITLESS"):
                out.append(Suggestion("RatioRelation", claim, (("numerator", (num.local,)),
                                                                ("denominator", (den.local,)),
                                                                ("ratio", (f.local,))),
                                      f"{sentence[f.start:f.end]} of",
                                      f"{num.local} / {den.local} = {f.local}"))
        window = sentence[max(0, f.start - 80):f.start]
        cue = DIFFERENCE.search(window)
        others = [p for p in figs if p is not f and p.unit == f.unit]
        if cue and re.search(r"\b(by|of)\s*$", window) and len(others) == 2:
            big, small = sorted(others, key=lambda p: p.value or 0, reverse=True)
            out.append(Suggestion("DifferenceRelation", claim, (("minuend", (big.local,)),
                                                                 ("subtrahend", (small.local,)),
                                                                 ("difference", (f.local,))),
                                  cue.group(0), f"{big.local} - {small.local} = {f.local}"))
        if i + 1 < len(figs):
            g = figs[i + 1]
            if f.unit and g.unit and f.unit != g.unit and f.unit in _CURRENCIES and \
                    g.unit in _CURRENCIES and len(sentence[f.end:g.start]) < 60:
                out.append(Suggestion("ConversionRelation", claim, (("amount", (f.local,)),
                                                                     ("convertedAmount", (g.local,))),
                                      sentence[f.start:g.end], f"{f.local} in {g.unit}"))
    out.extend(_comparisons(claim, sentence, figs, out))
    return out


_CURRENCIES = {"USD", "CNY", "EUR", "GBP"}


def _change(claim: str, sentence: str, figs: list[Fig], i: int) -> list[Suggestion]:
    """"fell by X%, from A to B" or "A, up X% from B"."""
    change = figs[i]
    window = sentence[max(0, change.start - 40):change.end + 40]
    fall, rise = FALL.search(window), RISE.search(window)
    if not (fall or rise):
        return []
    direction, word = ("Decrease", fall.group(0)) if fall else ("Increase", rise.group(0))
    wanted = "PERCENT" if change.unit == "PERCENT_POINT" else None
    others = [p for p in figs if p is not change and (wanted is None or p.unit == wanted)
              and not (wanted is None and p.unit in ("PERCENT", "PERCENT_POINT"))]
    after = [p for p in others if p.start > change.end]
    frm = re.search(r"\bfrom\b", sentence[change.end:], re.I)
    if frm and len(after) >= 2 and re.search(r"\bto\b", sentence[after[0].end:after[1].start]):
        initial, final = after[0], after[1]
    elif frm and after:
        before = [p for p in others if p.end <= change.start]
        if not before:
            return []
        initial, final = after[0], before[-1]
    else:
        return []
    if initial.unit != final.unit:
        return []
    kind = "PercentagePointChangeRelation" if change.unit == "PERCENT_POINT" else \
        "PercentChangeRelation"
    return [Suggestion(kind, claim, (("initial", (initial.local,)), ("final", (final.local,)),
                                     ("change", (change.local,))), word,
                       f"{initial.local} to {final.local}: {word} {change.local}", direction)]


def _share(claim: str, sentence: str, figs: list[Fig], i: int,
           before: str) -> list[Suggestion]:
    """"52.3 percent of the budget" (portion before, whole after) or "1,530 euros of the
    2,925 euros spent, or 52.3 percent" (both before)."""
    share = figs[i]
    amounts = [p for p in figs if p.unit not in ("PERCENT", "PERCENT_POINT", "UNITLESS")]
    earlier = [p for p in amounts if p.end <= share.start]
    later = [p for p in amounts if p.start >= share.end]
    if SHARE_OR.search(before) and len(earlier) >= 2:
        portion, whole = sorted(earlier[-2:], key=lambda p: p.value or 0)
    elif earlier and later:
        portion, whole = earlier[-1], later[0]
    else:
        return []
    if portion.unit != whole.unit:
        return []
    cue = "or" if SHARE_OR.search(before) else f"{sentence[share.start:share.end]} of"
    return [Suggestion("ShareRelation", claim, (("portion", (portion.local,)),
                                                ("whole", (whole.local,)),
                                                ("share", (share.local,))), cue,
                       f"{portion.local} is {share.local} of {whole.local}")]


def _multiple(claim: str, sentence: str, figs: list[Fig], i: int) -> list[Suggestion]:
    """"9.3 billion, three times the 3.1 billion", "more than doubled, from A to B"."""
    factor = figs[i]
    amounts = [p for p in figs if p is not factor and p.unit not in ("UNITLESS", None)
               and p.unit not in ("PERCENT", "PERCENT_POINT")]
    same = [p for p in amounts if p.unit == (amounts[0].unit if amounts else None)]
    if len(same) != 2:
        return []
    small, big = sorted(same, key=lambda p: p.value or 0)
    if factor.value is not None and factor.value < 1:
        small, big = big, small
    word = MULTIPLE.search(sentence[factor.start:factor.end + 12]).group(0)
    return [Suggestion("MultipleRelation", claim, (("multiple", (big.local,)),
                                                   ("base", (small.local,)),
                                                   ("factor", (factor.local,))), word,
                       f"{big.local} is {factor.local} × {small.local}")]


def _average(claim: str, sentence: str, figs: list[Fig], i: int) -> list[Suggestion]:
    """"took 57.6 million euros from 1.2 million tickets, an average of 48 euros a ticket"."""
    average = figs[i]
    counts = [p for p in figs if p.unit in ("NUM", None) and p is not average]
    totals = [p for p in figs if p is not average and p.unit == average.unit
              and (p.value or 0) > (average.value or 0)]
    if len(counts) != 1 or len(totals) != 1:
        return []
    cue = AVERAGE.search(sentence[max(0, average.start - 40):average.start])
    word = cue.group(0) if cue else PER_ITEM.match(sentence[average.end:]).group(0).strip()
    return [Suggestion("AverageRelation", claim, (("aggregate", (totals[0].local,)),
                                                  ("count", (counts[0].local,)),
                                                  ("average", (average.local,))), word,
                       f"{totals[0].local} ÷ {counts[0].local} = {average.local} each")]


def _growth(claim: str, sentence: str, figs: list[Fig], i: int) -> list[Suggestion]:
    """"grew from A in 2010 to B in 2020, an average annual rate of 12 percent"."""
    rate = figs[i]
    amounts = [p for p in figs if p is not rate and p.unit not in ("PERCENT", "PERCENT_POINT",
                                                                   "UNITLESS", "YEAR")]
    years = [int(y) for y in YEAR.findall(sentence)]
    if len(amounts) != 2 or amounts[0].unit != amounts[1].unit or len(years) < 2 or \
            years[1] <= years[0]:
        return []
    initial, final = amounts
    cue = GROWTH.search(sentence[max(0, rate.start - 40):rate.end + 30]).group(0)
    periods = years[1] - years[0]
    return [Suggestion("CompoundGrowthRelation", claim, (("initial", (initial.local,)),
                                                         ("final", (final.local,)),
                                                         ("growthRate", (rate.local,))), cue,
                       f"{initial.local} to {final.local} over {periods} years: "
                       f"{rate.local} a year", extra=f" ; cg:periods {periods}")]


def _comparisons(claim: str, sentence: str, figs: list[Fig],
                 already: list[Suggestion]) -> list[Suggestion]:
    used = {loc for s in already for _, locs in s.roles for loc in locs}
    out = []
    cue = COMPARE.search(sentence)
    if not cue:
        return out
    by_unit: dict[str | None, list[Fig]] = {}
    for f in figs:
        if f.local not in used:
            by_unit.setdefault(f.unit, []).append(f)
    for unit, group in by_unit.items():
        if len(group) < 2 or unit == "UNITLESS":
            continue
        ranked = sorted(group, key=lambda p: p.value or 0, reverse=True)
        top = ranked[0]
        for other in ranked[1:]:
            out.append(Suggestion("ComparisonRelation", claim, (("greater", (top.local,)),
                                                                 ("lesser", (other.local,))),
                                  cue.group(0), f"{top.local} > {other.local}"))
    return out


def _existing_roles(source: DocumentSource) -> set:
    g = source.graph
    roles = set()
    for relation in set(g.subjects(CG.basis, None)):
        role_pairs = []
        for prop in ("total", "part", "minuend", "subtrahend", "difference", "numerator",
                     "denominator", "ratio", "initial", "final", "change", "amount",
                     "convertedAmount", "greater", "lesser", "aggregate", "count", "average",
                     "multiple", "base", "factor", "growthRate", "portion", "whole", "share"):
            locs = tuple(sorted(str(o).rsplit("/", 1)[-1] for o in g.objects(relation, CG[prop])))
            if locs:
                role_pairs.append((prop, locs))
        roles.add(tuple(role_pairs))
    return roles


def _turtle(n: int, s: Suggestion) -> str:
    roles = " ; ".join(f"cg:{role} " + ", ".join(f":{x}" for x in locs) for role, locs in s.roles)
    direction = f" ; cg:direction cg:{s.direction}" if s.direction else ""
    claim = s.claim.rsplit("/", 1)[-1]
    evidence = s.evidence.replace("\\", "\\\\").replace('"', '\\"')
    label = s.label.replace('"', '\\"')
    return (f":s-{n} a cg:{s.kind}, cg:Suggestion ;\n"
            f"    cg:claim :{claim} ; cg:basis cg:Stated ;\n"
            f'    rdfs:label "{label}" ; cg:evidence "{evidence}" ;\n'
            f"    {roles}{direction}{s.extra} .\n\n")
