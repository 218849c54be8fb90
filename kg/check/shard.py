"""A deterministic slice of a claims folder, so a CI matrix can spread a large repository.

A document belongs to shard ``1 + sha256(folder name) mod N``: the same document stays in
the same shard as others are added or removed (its shard's kept results stay warm), and
every document is in exactly one shard.

>>> Shard.parse("2/4")
Shard(index=2, count=4)
>>> sum(Shard(k, 3).holds("china-us-ecommerce-2014") for k in (1, 2, 3))
1
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.problems import InputError, Problem


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based, as CI matrices count)."""

    index: int
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not m or not 1 <= int(m[1]) <= int(m[2]):
            raise InputError(Problem("--shard", 0, f"{text!r} is not a shard",
                                     "write K/N with 1 <= K <= N, e.g. --shard 2/4"))
        return cls(int(m[1]), int(m[2]))

    def holds(self, name: str) -> bool:
        digest = hashlib.sha256(name.encode("utf-8")).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.index - 1

    def select(self, folders: list[Path]) -> list[Path]:
        """The folders of this shard, in the order given."""
        return [f for f in folders if self.holds(f.name)]

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"
