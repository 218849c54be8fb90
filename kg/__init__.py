"""claimgraph: a knowledge graph of what documents claim, and checks that say whether it holds together.

The library comes first; the CLI (``kg``), the HTTP endpoint and the app are thin
layers over the same functions::

    from kg.build import build_corpus
    result = build_corpus("claims")
    print(result.summary())
"""

__version__ = "0.1.0"
