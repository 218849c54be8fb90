"""Minimum hitting sets: exact on small components, greedy with its bound on large ones."""

from __future__ import annotations

import random

from kg.diagnose.hitting import EXACT_LIMIT, harmonic, minimum_hitting_sets


def test_exact_finds_every_minimum_set() -> None:
    groups = [frozenset("abc"), frozenset("cde")]
    result = minimum_hitting_sets(groups)
    assert (result.method, result.sets) == ("exact", (frozenset("c"),))


def test_exact_two_culprits() -> None:
    groups = [frozenset("ab"), frozenset("cd")]
    result = minimum_hitting_sets(groups)
    assert result.size == 2 and len(result.sets) == 4


def test_greedy_on_a_generated_large_component_stays_within_its_bound() -> None:
    rng = random.Random(7)
    hubs = [f"hub{i}" for i in range(5)]
    groups = []
    for i in range(40):  # each relation: one hub and two private figures
        groups.append(frozenset({hubs[i % 5], f"p{i}a", f"p{i}b"}))
    rng.shuffle(groups)
    result = minimum_hitting_sets(groups)
    assert len(set().union(*groups)) > EXACT_LIMIT
    assert result.method == "greedy"
    optimum = 5  # the hubs, by construction
    assert result.bound == harmonic(8)  # each hub is in 8 relations
    [chosen] = result.sets
    assert all(chosen & g for g in groups)
    assert len(chosen) <= result.bound * optimum
    assert chosen == frozenset(hubs)
