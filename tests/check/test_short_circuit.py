"""The pySHACL engine's queries stop evaluating ``&&`` and ``||`` where the verdict is
decided, with rdflib's own verdicts (kg.check.engine.short_circuit)."""

from __future__ import annotations

from itertools import product

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.operators import register_custom_function, unregister_custom_function

from kg.check.engine import prepared_query

TALLY = URIRef("urn:test:tally")


@pytest.fixture
def tally():
    """A SPARQL function ``<urn:test:tally>(?x)``, true, that counts its calls."""
    calls: list[Literal] = []

    def counted(term: Literal) -> Literal:
        calls.append(term)
        return Literal(True)

    register_custom_function(TALLY, counted)
    yield calls
    unregister_custom_function(TALLY, counted)


def _rows(text: str, prepared: bool) -> list[tuple]:
    query = prepared_query(text, (), None) if prepared else text
    return sorted(tuple(row) for row in Graph().query(query))


def test_a_false_operand_ends_a_conjunction(tally) -> None:
    # a group's FILTERs are one &&: the costly second filter runs only where the first holds
    text = ("SELECT ?kg WHERE { VALUES ?kg { 3 8 12 40 } FILTER (?kg > 10) "
            "FILTER (<urn:test:tally>(?kg)) }")
    assert _rows(text, prepared=True) == [(Literal(12),), (Literal(40),)]
    assert sorted(tally) == [Literal(12), Literal(40)]


def test_a_true_operand_ends_a_disjunction(tally) -> None:
    text = ("SELECT ?day WHERE { VALUES ?day { 1 6 7 } "
            "FILTER (?day >= 6 || <urn:test:tally>(?day)) }")
    assert _rows(text, prepared=True) == [(Literal(1),), (Literal(6),), (Literal(7),)]
    assert tally == [Literal(1)]


#: operands that are true, false, an error (a string compared with a number), an unbound
#: variable on its own and one inside an expression
OPERANDS = ("(1 < 2)", "(2 < 1)", '("cm" < 3)', "?missing", "(?missing > 0)")


@pytest.mark.parametrize("operator", ["&&", "||"])
def test_every_verdict_is_rdflibs(operator: str) -> None:
    """Every pair and triple of operands, in one query: the same value, or the same
    unbound one (an error), as rdflib evaluating every operand first."""
    cases = [f" {operator} ".join(c) for size in (2, 3) for c in product(OPERANDS, repeat=size)]
    text = (f"SELECT {' '.join(f'?v{i}' for i in range(len(cases)))} WHERE {{ "
            + " ".join(f"BIND (({case}) AS ?v{i})" for i, case in enumerate(cases)) + " }")
    (fast,), (reference,) = _rows(text, prepared=True), _rows(text, prepared=False)
    assert {case: value for case, value in zip(cases, fast)} == \
        {case: value for case, value in zip(cases, reference)}
    assert {None, Literal(True), Literal(False)} == set(reference)  # each verdict is met
