"""SPARQL extension functions the shapes call, defined once for both engines.

SPARQL 1.1 has no power or root; compound growth needs both.  ``cg:power`` is
declared in the vocabulary (ontology/vocabulary.ttl) and defined here: rdflib's
engine (pySHACL) gets it through :func:`rdflib.plugins.sparql.operators.register_custom_function`,
pyoxigraph's through ``custom_functions``.

>>> power(Decimal("1.1"), Decimal(2))
Decimal('1.21')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.namespaces import CG

POWER = URIRef(CG.power)
#: decimal places of a power: Oxigraph's xsd:decimal holds 18, so both engines compute on
#: the same value (and a message shows it rounded the same way: kg.check.shapes.LONG_QUOTIENT)
PLACES = 18


def power(base: Decimal, exponent: Decimal) -> Decimal | None:
    """``base`` to the power ``exponent`` to :data:`PLACES` decimal places; None where it
    is undefined (a negative base and a fractional exponent, zero to a negative power)."""
    try:
        if exponent == exponent.to_integral_value():
            with localcontext() as ctx:
                ctx.prec = 60
                result = base ** int(exponent)
        else:
            if base < 0:
                return None
            with localcontext() as ctx:
                ctx.prec = 40
                result = (base.ln() * exponent).exp() if base > 0 else Decimal(0)
        with localcontext() as ctx:
            ctx.prec = 60
            return result.quantize(Decimal(1).scaleb(-PLACES)).normalize() \
                if result != 0 else result
    except (InvalidOperation, ZeroDivisionError, OverflowError):
        return None


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


# --- rdflib (pySHACL and the explain queries) -----------------------------------------------

def _rdflib_power(base: Literal, exponent: Literal) -> Literal:
    from rdflib.plugins.sparql.sparql import SPARQLError
    b, e = _decimal(str(base)), _decimal(str(exponent))
    result = power(b, e) if b is not None and e is not None else None
    if result is None:
        raise SPARQLError(f"cg:power({base}, {exponent}) is undefined")
    return Literal(f"{result:f}", datatype=XSD.decimal)


def register_rdflib() -> None:
    from rdflib.plugins.sparql.operators import register_custom_function
    register_custom_function(POWER, _rdflib_power, override=True)


# --- pyoxigraph (the fast engine) -----------------------------------------------------------

def _ox_power(base: ox.Literal, exponent: ox.Literal) -> ox.Literal | None:
    if not isinstance(base, ox.Literal) or not isinstance(exponent, ox.Literal):
        return None
    b, e = _decimal(base.value), _decimal(exponent.value)
    result = power(b, e) if b is not None and e is not None else None
    return None if result is None else \
        ox.Literal(f"{result:f}", datatype=ox.NamedNode(str(XSD.decimal)))


OXIGRAPH = {ox.NamedNode(str(POWER)): _ox_power}

register_rdflib()
