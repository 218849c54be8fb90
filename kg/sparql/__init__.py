"""SPARQL over the claim graph: the read-only guard, named queries, result formats."""
