"""Minimum hitting sets: the smallest sets of figures that touch every violated relation.

Exact (every minimum set) when a component has at most :data:`EXACT_LIMIT`
figures; beyond that, the greedy choice (the figure in most unhit relations
first), which is within a factor H(Δ) = 1 + 1/2 + … + 1/Δ of the minimum, Δ
being the largest number of violated relations one figure takes part in
(Johnson 1974; Lovász 1975).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from itertools import combinations

#: Largest number of candidate figures searched exhaustively (2^18 subsets at worst).
EXACT_LIMIT = 18
#: At most this many minimum hitting sets are listed for one component.
MAX_SETS = 50


@dataclass(frozen=True)
class HittingSets:
    sets: tuple[frozenset[Hashable], ...]
    method: str  # exact | greedy
    bound: float  # 1.0 when exact; H(Δ) for greedy

    @property
    def size(self) -> int:
        return len(self.sets[0]) if self.sets else 0


def minimum_hitting_sets(groups: Sequence[frozenset[Hashable]],
                         exact_limit: int = EXACT_LIMIT) -> HittingSets:
    """The smallest sets that share an element with every group.

    >>> minimum_hitting_sets([frozenset("ab"), frozenset("bc")]).sets
    (frozenset({'b'}),)
    """
    groups = [g for g in groups if g]
    universe = sorted(set().union(*groups), key=str) if groups else []
    if not groups:
        return HittingSets((), "exact", 1.0)
    if len(universe) <= exact_limit:
        return HittingSets(_exact(groups, universe), "exact", 1.0)
    return HittingSets((_greedy(groups, universe),), "greedy", harmonic(_max_degree(groups)))


def _exact(groups: Sequence[frozenset[Hashable]], universe: list[Hashable]) -> tuple[frozenset, ...]:
    for k in range(1, len(universe) + 1):
        found = []
        for combo in combinations(universe, k):
            chosen = frozenset(combo)
            if all(chosen & g for g in groups):
                found.append(chosen)
                if len(found) >= MAX_SETS:
                    break
        if found:
            return tuple(found)
    return (frozenset(universe),)  # pragma: no cover - the universe always hits


def _greedy(groups: Sequence[frozenset[Hashable]], universe: list[Hashable]) -> frozenset:
    unhit = list(groups)
    chosen: set[Hashable] = set()
    while unhit:
        best = max(universe, key=lambda e: (sum(e in g for g in unhit), -universe.index(e)))
        chosen.add(best)
        unhit = [g for g in unhit if best not in g]
    return frozenset(chosen)


def _max_degree(groups: Sequence[frozenset[Hashable]]) -> int:
    counts: dict[Hashable, int] = {}
    for g in groups:
        for e in g:
            counts[e] = counts.get(e, 0) + 1
    return max(counts.values())


def harmonic(n: int) -> float:
    """H(n) = 1 + 1/2 + … + 1/n, the greedy algorithm's approximation factor."""
    return sum(1.0 / i for i in range(1, n + 1))
