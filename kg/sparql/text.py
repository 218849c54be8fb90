"""SPARQL text as words and punctuation: strings, IRIs and comments masked out, so a
keyword or brace inside one is not mistaken for the query's own.

>>> masked('SELECT * { ?s ?p "}" } # {')
'SELECT * { ?s ?p     }    '
"""

from __future__ import annotations

import re

#: what may hide a keyword or a brace: strings, IRIs and comments
OPAQUE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


def masked(text: str) -> str:
    """``text`` with every string, IRI and comment blanked out, character for character
    (positions in it are positions in ``text``)."""
    return OPAQUE.sub(lambda m: " " * len(m.group(0)), text)
