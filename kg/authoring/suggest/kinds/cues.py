"""Cues shared by the kinds that compare two values: which figure is the baseline ("from",
"compared with", "than"), which the new value ("to"), and which way the text says it went."""

from __future__ import annotations

from kg.authoring.suggest.text import (AMOUNTS, FILLER, PERCENT, Match, Patterns, Sentence, figure,
                                       gap, words)

UP = ("up", "rose", "risen", "rise", "rises", "rising", "grew", "grown", "grow", "growth",
      "increase", "increased", "increases", "increasing", "higher", "more", "gain", "gained",
      "gains", "jump", "jumped", "climbed", "climb", "surged", "surge", "soared", "added",
      "larger", "greater", "bigger", "ahead", "beat", "beaten", "outsold", "exceeded")
DOWN = ("down", "fell", "fall", "fallen", "falls", "falling", "drop", "dropped", "drops",
        "decline", "declined", "declines", "decrease", "decreased", "decreases", "lower",
        "less", "fewer", "slump", "slumped", "plunged", "plunge", "shrank", "shrunk",
        "contracted", "slid", "dip", "dipped", "cut", "lost", "loss", "smaller", "behind")

_VALUES = AMOUNTS + (PERCENT,)

PATTERNS = Patterns({
    # the value compared against
    "base": [
        [words("from", "against", "versus", "vs", "vs.", "on", "over"),
         gap(3, filler=FILLER), figure(*_VALUES, role="base")],
        [words("compared", "comparing"), words("with", "to"), gap(3, filler=FILLER + ("only",)),
         figure(*_VALUES, role="base")],
        [words("than"), gap(3, filler=FILLER), figure(*_VALUES, role="base")],
        # "…, when it stood at €298,500" / "when the count was 1.54 million"
        [words("when", "where"), gap(3), words("at", "was", "were", "of"),
         figure(*_VALUES, role="base")],
    ],
    # the value reached
    "target": [[words("to", "reaching"), gap(2, filler=FILLER), figure(*_VALUES, role="target")]],
})


def bases(sentence: Sentence) -> list[Match]:
    return [m for m in PATTERNS(sentence) if m.name == "base"]


def targets(sentence: Sentence) -> list[Match]:
    return [m for m in PATTERNS(sentence) if m.name == "target"
            and sentence.doc[m.start - 1].lower_ not in ("compared", "equal", "close")]


def direction(word: str) -> str | None:
    word = word.lower()
    return "Increase" if word in UP else "Decrease" if word in DOWN else None


def nearest(slots, token: int):
    return min(slots, key=lambda s: abs(s.token - token)) if slots else None
