"""The diagnosis's own figure-relation network (networkx is no longer imported for it):
the same neighbours and connected components networkx's Graph gives."""

from __future__ import annotations

import random

import networkx as nx

from kg.diagnose.run import Network


def _both(edges: list[tuple[str, str]], lone: list[str]) -> tuple[Network, nx.Graph]:
    ours, theirs = Network(), nx.Graph()
    for graph in (ours, theirs):
        for node in lone:
            graph.add_node(node, kind="relation", status="pass")
        for a, b in edges:
            graph.add_edge(a, b)
    return ours, theirs


def test_neighbours_and_attributes_as_networkx_keeps_them() -> None:
    ours, theirs = _both([("r1", "f1"), ("r1", "f2"), ("r2", "f2"), ("r1", "f1")], ["r3"])
    ours.add_node("r1", violated=True)
    theirs.add_node("r1", violated=True)
    for node in ("r1", "r2", "r3", "f1", "f2"):
        assert list(ours[node]) == list(theirs[node])
        assert list(ours.neighbors(node)) == list(theirs.neighbors(node))
        assert ours.nodes[node] == dict(theirs.nodes[node])
    assert "f2" in ours["r2"] and "f1" not in ours["r2"]
    assert "r3" in ours and "nowhere" not in ours


def test_components_of_an_induced_subgraph_match_networkx() -> None:
    rng = random.Random(7)
    for _ in range(200):
        nodes = [f"n{i}" for i in range(rng.randint(1, 14))]
        edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(0, 12))]
        ours, theirs = _both(edges, nodes[:3])
        within = {n for n in nodes if rng.random() < 0.6} | {"not-a-node"}
        expected = sorted(sorted(c) for c in nx.connected_components(theirs.subgraph(within)))
        assert sorted(sorted(c) for c in ours.components(within)) == expected
