"""Shards: every document in exactly one, and in the same one as the corpus grows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.check.shard import Shard
from kg.problems import InputError

NAMES = [f"doc-{i:05d}" for i in range(600)]


@pytest.mark.parametrize("count", [1, 2, 3, 7])
def test_every_document_is_in_exactly_one_shard(count: int) -> None:
    folders = [Path("claims") / n for n in NAMES]
    slices = [Shard(k, count).select(folders) for k in range(1, count + 1)]
    assert sorted(f for s in slices for f in s) == folders
    # and the slices are near even: no shard holds more than twice its share
    assert max(len(s) for s in slices) <= 2 * len(folders) / count


def test_a_document_stays_in_its_shard_when_others_are_added() -> None:
    before = {n: next(k for k in (1, 2, 3, 4) if Shard(k, 4).holds(n)) for n in NAMES[:300]}
    grown = [Path(n) for n in NAMES]  # 300 more documents
    for k in (1, 2, 3, 4):
        for folder in Shard(k, 4).select(grown):
            if folder.name in before:
                assert before[folder.name] == k


def test_a_slice_keeps_the_folder_order() -> None:
    folders = [Path(n) for n in NAMES]
    picked = Shard(2, 3).select(folders)
    assert picked == sorted(picked)


@pytest.mark.parametrize("text", ["0/2", "3/2", "2", "a/b", "1/0", "-1/2"])
def test_a_shard_that_is_not_k_of_n_is_a_clear_error(text: str) -> None:
    with pytest.raises(InputError) as err:
        Shard.parse(text)
    assert str(err.value.problem) == (f"--shard:0: {text!r} is not a shard (write K/N with "
                                      "1 <= K <= N, e.g. --shard 2/4)")
