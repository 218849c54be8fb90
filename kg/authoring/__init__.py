"""Bringing a new document in: draft it from its text (kg new), get relations suggested
(kg suggest), confirm what is right (kg confirm)."""
