"""Diagnosing violations: which figure is most likely wrong, what the other figures
imply it should be, and the slip that would explain it."""

from kg.diagnose.run import Candidate, Diagnosis, diagnose

__all__ = ["Candidate", "Diagnosis", "diagnose"]
