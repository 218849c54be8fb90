"""Diagnoses: one culprit backed by two relations, two culprits, ties, the greedy path,
and the paper."""

from __future__ import annotations

from decimal import Decimal as D

from kg.build import build_corpus
from kg.check import check_corpus
from kg.diagnose.hitting import harmonic
from tests.check.conftest import fig, rel
from tests.conftest import PAPER_DIR, PAPER_ID


def local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def test_single_culprit_supported_by_two_relations(check) -> None:
    text = ("Malls made 520 million, online 4.1 billion, in all 9.3 billion; "
            "the malls trailed the 5.4 billion of outlets by 200 million.")
    report = check(text,
                   fig("malls", "520 million", "520000000"), fig("online", "4.1 billion", "4100000000"),
                   fig("total", "9.3 billion", "9300000000"),
                   fig("outlets", "5.4 billion", "5400000000"),
                   fig("gap", "200 million", "200000000"),
                   rel("sum", "SumRelation", "cg:total :total ; cg:part :malls, :online"),
                   rel("diff", "DifferenceRelation",
                       "cg:minuend :outlets ; cg:subtrahend :malls ; cg:difference :gap"))
    [d] = report.diagnosis_objects
    [c] = d.candidates
    assert (d.status, local(c.figure), c.support, c.suggested, c.pattern) == \
        ("likely", "malls", 2, D("5200000000"), "power of ten")
    assert sorted(local(i.rsplit("/", 1)[0]) for i in c.explains) == ["diff", "sum"]
    assert d.reasons[0] == "the only figure that takes part in all 2 violated relations"
    assert d.clears_all is True


def test_two_culprits_in_separate_components(check) -> None:
    text = ("Malls made 910 million, online 2.3 billion, in all 11.4 billion. "
            "Cats were 84, dogs 33, pets 81.")
    report = check(text,
                   fig("a", "910 million", "910000000"), fig("b", "2.3 billion", "2300000000"),
                   fig("t", "11.4 billion", "11400000000"),
                   fig("cats", "84", "84"), fig("dogs", "33", "33"), fig("pets", "81", "81"),
                   rel("r1", "SumRelation", "cg:total :t ; cg:part :a, :b"),
                   rel("r2", "SumRelation", "cg:total :pets ; cg:part :cats, :dogs"))
    suspects = sorted((local(c.figure), c.pattern, str(c.suggested))
                      for d in report.diagnosis_objects for c in d.candidates)
    assert suspects == [("a", "power of ten", "9100000000"), ("cats", "transposed digits", "48")]
    assert [d["component"] for d in report.diagnoses] == [1, 2]


def test_two_figures_one_relation_is_ambiguous(check) -> None:
    report = check("Tmall grew 24.2%; Amazon only 57.7%.",
                   fig("g", "24.2%", "24.2", "unit:PERCENT"),
                   fig("l", "57.7%", "57.7", "unit:PERCENT"),
                   rel("r", "ComparisonRelation", "cg:greater :g ; cg:lesser :l"))
    [d] = report.diagnosis_objects
    assert d.status == "ambiguous"
    alternatives = {local(c.figure): c for g in [d.candidates, *d.alternatives] for c in g}
    assert set(alternatives) == {"g", "l"}
    assert alternatives["g"].implied.low == D("57.65") and alternatives["g"].implied.high is None
    assert alternatives["l"].implied.high == D("24.25") and alternatives["l"].implied.low is None
    entries = report.diagnoses
    assert {e["status"] for e in entries} == {"ambiguous"} and len(entries) == 2
    assert d.clears_all is None


def test_greedy_path_on_a_generated_large_component(make_doc) -> None:
    # one hub figure in ten sums, each also with two figures of its own: 31 figures in one
    # component, more than the exact search takes; the hub alone explains every violation
    sentences, items = ["The fee was 7."], []
    items.append(':c0 a cg:Claim ; cg:quote "The fee was 7." .\n'
                 ':hub a cg:Figure ; cg:claim :c0 ; cg:quote "7" ; qudt:numericValue 7 ; '
                 "qudt:unit unit:NUM ; schema:about ent:x ; cg:measures cg:SalesVolume .\n")
    for i in range(10):
        # consistent with a fee of 3, not 7; all odd, since a trailing zero would make a
        # number as loose as "310" (305 to 315) and let its sum pass
        a, b, t = 101 + 2 * i, 201 + 2 * i, 305 + 4 * i
        sentence = f"Store {i} sold {a} and {b}, {t} in all."
        sentences.append(sentence)
        items.append(f':c{i + 1} a cg:Claim ; cg:quote "{sentence}" .\n')
        for name, value in (("a", a), ("b", b), ("t", t)):
            items.append(f':{name}{i} a cg:Figure ; cg:claim :c{i + 1} ; cg:quote "{value}" ; '
                         f"qudt:numericValue {value} ; qudt:unit unit:NUM ; schema:about ent:x ; "
                         "cg:measures cg:SalesVolume .\n")
        items.append(f':r{i} a cg:SumRelation ; cg:claim :c{i + 1} ; cg:basis cg:Stated ; '
                     f'rdfs:label "store {i}" ; cg:total :t{i} ; cg:part :a{i}, :b{i}, :hub .\n')
    items.append('ent:x rdfs:label "X" .\n')
    root = make_doc("big", text=" ".join(sentences), claims="".join(items))
    report = check_corpus(build_corpus(root))
    [d] = report.diagnosis_objects
    [c] = d.candidates
    assert (d.method, d.bound) == ("greedy", round(harmonic(10), 3))
    assert (local(c.figure), c.support, c.suggested) == ("hub", 10, D(3))
    assert len(d.candidates) <= d.bound * 1  # the optimum is one figure, by construction
    assert d.clears_all is True


def test_the_papers_diagnosis() -> None:
    report = check_corpus(build_corpus(PAPER_DIR))
    assert report.diagnoses == [{
        "figure": f"https://w3id.org/claimgraph/doc/{PAPER_ID}/f-bf-malls",
        "quote": "910 million US dollars", "stated": 910000000.0, "suggested": 9100000000.0,
        "explains": [f"{PAPER_ID}/r-bf-sum/sum", f"{PAPER_ID}/r-malls-gap/difference"],
        "support": 2, "pattern": "power of ten", "status": "likely", "rank": 1, "component": 1,
        "implied": {"low": 9000000000.0, "high": 9200000000.0}, "conflicts": 0, "breaks": 0,
        "slip": "×10", "method": "exact", "bound": 1.0, "clearsAll": True,
        "reasons": [
            "the only figure that takes part in all 2 violated relations",
            "2 relations independently imply 9 to 9.2 billion US dollars for "
            "'910 million US dollars'",
            "'910 million US dollars' → 9.1 billion US dollars is a known slip: power of ten "
        "(×10)",
            "1 passing relation(s) involve '910 million US dollars'; they still pass with the "
            "suggested value"],
        "swaps": [], "alternatives": [], "relationSupport": 2, "sourceSupport": 0, "corroborated": 0,
        "otherSources": []}]


def test_violations_linked_only_by_passing_relations_are_diagnosed_apart(check) -> None:
    """Issue 15: two violations that share no figure were one component, so the first
    suspect's reasons came under one header with the second's, and "clears all: no" stood
    beside a suggestion that clears its own violation."""
    text = ("Malls made 910 million, online 2.3 billion, in all 11.4 billion, more than the "
            "410 million of outlets, which made 7.4 billion with 3.3 billion elsewhere.")
    report = check(text,
                   fig("a", "910 million", "910000000"), fig("b", "2.3 billion", "2300000000"),
                   fig("t", "11.4 billion", "11400000000"),
                   fig("o", "410 million", "410000000"),
                   fig("x", "7.4 billion", "7400000000"), fig("y", "3.3 billion", "3300000000"),
                   rel("r1", "SumRelation", "cg:total :t ; cg:part :a, :b"),
                   rel("link", "ComparisonRelation", "cg:greater :t ; cg:lesser :o"),
                   rel("r2", "SumRelation", "cg:total :x ; cg:part :o, :y"))
    assert report.relations[next(r for r in report.relations if r.endswith("/link"))] == "pass"
    ds = report.diagnosis_objects
    assert [[local(c.figure) for c in d.candidates] for d in ds] == [["a"], ["o"]]
    assert [d.clears_all for d in ds] == [True, True]
    assert all(len(d.candidates) == 1 and d.violated == 1 for d in ds)


def test_one_wrong_digit_is_a_slip(check) -> None:
    """Issue 15: the commonest typo, "4.2" for "6.2", had no pattern."""
    report = check("Shops 4.2 billion, online 3.1 billion, in all 9.3 billion.",
                   fig("s", "4.2 billion", "4200000000"), fig("o", "3.1 billion", "3100000000"),
                   fig("t", "9.3 billion", "9300000000"),
                   rel("r", "SumRelation", "cg:total :t ; cg:part :s, :o"))
    [d] = report.diagnosis_objects
    assert d.status == "ambiguous" or d.candidates[0].pattern == "one wrong digit"
    patterns = {local(c.figure): (c.pattern, c.detail, c.suggested)
                for g in [d.candidates, *d.alternatives] for c in g}
    assert patterns["s"] == ("one wrong digit", "4 → 6", D("6200000000"))


def test_two_rates_written_in_each_others_place_are_listed_beside_the_top(check) -> None:
    """Issue 15: swapping two stated rates clears both violations, an explanation as good as
    the one figure both relations imply; it was never listed."""
    text = "Sales rose from 100.0 to 120.0, up 10%, and then to 132.0, up 20%."
    report = check(text, fig("s0", "100.0", "100"), fig("s1", "120.0", "120"),
                   fig("s2", "132.0", "132"), fig("g1", "10%", "10", "unit:PERCENT"),
                   fig("g2", "20%", "20", "unit:PERCENT"),
                   rel("r1", "PercentChangeRelation", "cg:initial :s0 ; cg:final :s1 ; "
                       "cg:change :g1 ; cg:direction cg:Increase"),
                   rel("r2", "PercentChangeRelation", "cg:initial :s1 ; cg:final :s2 ; "
                       "cg:change :g2 ; cg:direction cg:Increase"))
    [d] = report.diagnosis_objects
    assert [local(c.figure) for c in d.candidates] == ["s1"]
    assert [(local(a.figure), local(b.figure)) for a, b in d.swaps] == [("g1", "g2")]
    assert "as good an explanation: '10%' and '20%' written in each other's place" in d.reasons
    [top] = [x for x in report.diagnoses if x["rank"] == 1]
    assert [s["quotes"] for s in top["swaps"]] == [["10%", "20%"]]


def test_vouching_is_worded_the_right_way_round(check) -> None:
    """Issue 15: "is vouched for by fewer passing relations" was said of the figure in more."""
    from kg.diagnose.run import _why_lower
    best = (1, 0, 0, 0, -1, 0, 0, ["a"])
    other = (1, 0, 0, 0, -1, 0, 2, ["b"])
    assert _why_lower(best, other) == " (ranked lower: is vouched for by more passing relations)"
