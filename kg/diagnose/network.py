"""The figure/relation network a diagnosis works on: a small undirected graph.

Four operations are all :mod:`kg.diagnose.run` needs (nodes with attributes, edges,
neighbours, connected components of an induced subgraph); networkx gave them at the
price of importing it, about 0.1 s of every ``kg check`` that found a violation (issue 32:
the paper alone, start to printed report, is to take under 0.5 s).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any


class Network:
    """An undirected graph of hashable nodes, each with a dictionary of attributes.

    ``net[n]`` is ``n``'s neighbours (in the order their edges were added), ``net.nodes[n]``
    its attributes, as in networkx, so the callers read the same."""

    def __init__(self) -> None:
        self.nodes: dict[Any, dict[str, Any]] = {}
        self._adjacent: dict[Any, dict[Any, None]] = {}  # a dict keeps insertion order

    def add_node(self, node: Any, **attributes: Any) -> None:
        """Adds ``node`` or updates its attributes (networkx's ``add_node``)."""
        self.nodes.setdefault(node, {}).update(attributes)
        self._adjacent.setdefault(node, {})

    def add_edge(self, a: Any, b: Any) -> None:
        for node in (a, b):
            self.add_node(node)
        self._adjacent[a][b] = None
        self._adjacent[b][a] = None

    def __contains__(self, node: object) -> bool:
        return node in self._adjacent

    def __getitem__(self, node: Any) -> dict[Any, None]:
        return self._adjacent[node]

    def neighbors(self, node: Any) -> Iterator[Any]:
        return iter(self._adjacent[node])

    def components(self, within: Iterable[Any]) -> list[set[Any]]:
        """The connected components of the subgraph induced by ``within`` (the nodes of
        the network among them, and the edges between two of them)."""
        keep = {n for n in within if n in self._adjacent}
        seen: set[Any] = set()
        out: list[set[Any]] = []
        for start in keep:
            if start in seen:
                continue
            component, frontier = {start}, [start]
            while frontier:
                for other in self._adjacent[frontier.pop()]:
                    if other in keep and other not in component:
                        component.add(other)
                        frontier.append(other)
            seen |= component
            out.append(component)
        return out
