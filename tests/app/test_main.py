"""kg.app.main: how a page that failed says so."""

from __future__ import annotations

from kg.app.main import failure
from kg.problems import InputError, Problem


def test_a_failed_page_says_so_in_one_line_without_paths() -> None:
    """Issue 29: a page that failed showed a Python traceback with absolute paths."""
    shown = failure(ValueError("Invalid IRI code point '<'\n  File \"/home/x/kg/check.py\""))
    assert shown == ("This page could not be shown (ValueError: Invalid IRI code point '<'); "
                     "the server's log has the details.")
    assert failure(KeyError()) == ("This page could not be shown (KeyError); the server's "
                                   "log has the details.")


def test_a_claims_files_problem_names_its_file_and_line() -> None:
    problem = Problem("claims/x/claims.ttl", 12, "x no longer builds: Turtle syntax error",
                      "fix it")
    assert failure(InputError(problem)) == \
        "claims/x/claims.ttl:12: x no longer builds: Turtle syntax error (fix it)"
