"""Precision and recall of ``kg suggest`` on texts it was not written against.

Each text in ``benchmarks/suggest/<set>/`` is drafted with ``kg new`` exactly as a
newcomer would, then ``kg suggest`` runs on the drafts.  The JSON file beside each
text lists the relations a careful reader would encode: its kind, each role's
figures (by the words the text writes them with), and the direction, weekday or
number of periods where the kind has one.  A suggestion counts as right when all
of these match one gold relation.

    python benchmarks/suggest.py                   # the development set
    python benchmarks/suggest.py --set held-out    # the texts kept aside
    python benchmarks/suggest.py --set all --json results.json

The held-out set is run only to report, never to tune against.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent / "suggest"
SCALARS = ("direction", "weekday", "periods")


def _figure_quotes(claims_dir: Path, doc_id: str) -> dict[str, tuple[str, str]]:
    """Each drafted figure or date: (its quote, its claim's sentence)."""
    from kg.corpus import read_document
    from kg.namespaces import CG

    g = read_document(claims_dir / doc_id).graph
    out = {}
    for node in set(g.subjects(CG.quote, None)):
        claim = g.value(node, CG.claim)
        if claim is None:
            continue
        out[str(node).rsplit("/", 1)[-1]] = (str(g.value(node, CG.quote)),
                                             str(g.value(claim, CG.quote)))
    return out


def _matches(gold: str, quote: str, sentence: str, text: str) -> bool:
    """A gold figure is written as it stands in the text, once; a drafted figure is it
    when either quote holds the other and the figure's sentence holds the gold words."""
    return (gold in quote or quote in gold) and gold in sentence


def _key(relation: dict, resolve) -> tuple | None:
    roles = []
    for role, value in sorted(relation.items()):
        if role == "kind" or role in SCALARS:
            continue
        names = resolve(role, value)
        if names is None:
            return None
        roles.append((role, names))
    scalars = tuple((k, str(relation[k])) for k in SCALARS if k in relation)
    return (relation["kind"], tuple(roles), scalars)


def score_text(path: Path) -> tuple[list[tuple], list[tuple]]:
    """(gold keys, suggested keys) for one text, both in gold words."""
    from kg.authoring.new import new_document
    from kg.authoring.suggest import suggest

    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    for relation in gold:
        for role, value in relation.items():
            for words in value if isinstance(value, list) else ():
                if text.count(words) != 1:
                    sys.exit(f"{path.with_suffix('.json')}: {words!r} stands "
                             f"{text.count(words)} times in the text (write it as it stands, once)")
    with tempfile.TemporaryDirectory() as tmp:
        claims = Path(tmp)
        doc_id = path.stem.lower()
        new_document(claims, doc_id, path)
        quotes = _figure_quotes(claims, doc_id)
        suggested = suggest(claims, doc_id)
    gold_words = sorted({w for r in gold for v in r.values() if isinstance(v, list) for w in v})

    def to_gold(role, locals_):
        names = []
        for local in locals_:
            quote, sentence = quotes.get(local, ("", ""))
            hits = [w for w in gold_words if _matches(w, quote, sentence, text)]
            names.append(hits[0] if len(hits) == 1 else f"<{quote}>")
        return tuple(sorted(names))

    gold_keys = [_key(r, lambda role, v: tuple(sorted(v))) for r in gold]
    got = []
    for s in suggested:
        relation = {"kind": s.kind, **{role: locs for role, locs in s.roles}, **s.scalars}
        got.append(_key(relation, lambda role, v: to_gold(role, v) if not isinstance(v, str)
                        else v))
    return gold_keys, got


def run(sets: list[str]) -> dict:
    results = {}
    for name in sets:
        tp, fp, fn = Counter(), Counter(), Counter()
        texts = {}
        for path in sorted((HERE / name).glob("*.txt")):
            gold, got = score_text(path)
            hits = [k for k in got if k in gold]
            for k in got:
                (tp if k in gold else fp)[k[0]] += 1
            for k in gold:
                if k not in got:
                    fn[k[0]] += 1
            texts[path.stem] = {"gold": len(gold), "suggested": len(got), "right": len(hits),
                                "missed": [_show(k) for k in gold if k not in got],
                                "wrong": [_show(k) for k in got if k not in gold]}
        kinds = sorted(set(tp) | set(fp) | set(fn))
        per_kind = {k: _pr(tp[k], fp[k], fn[k]) for k in kinds}
        results[name] = {"texts": texts, "kinds": per_kind,
                         "all": _pr(sum(tp.values()), sum(fp.values()), sum(fn.values()))}
    return results


def _pr(tp: int, fp: int, fn: int) -> dict:
    return {"right": tp, "wrong": fp, "missed": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(tp / (tp + fn), 3) if tp + fn else None}


def _show(key: tuple) -> str:
    kind, roles, scalars = key
    return kind.removesuffix("Relation") + "(" + "; ".join(
        f"{r}={'+'.join(v)}" for r, v in roles) + "".join(f"; {k}={v}" for k, v in scalars) + ")"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=["dev", "held-out", "all"], default="dev")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong ones")
    args = ap.parse_args(argv)
    sets = ["dev", "held-out"] if args.set == "all" else [args.set]
    results = run(sets)
    for name, r in results.items():
        print(f"\n{name}: {len(r['texts'])} texts")
        print(f"{'kind':32} {'right':>5} {'wrong':>5} {'missed':>6} {'precision':>9} {'recall':>6}")
        for kind, m in list(r["kinds"].items()) + [("all", r["all"])]:
            print(f"{kind:32} {m['right']:5} {m['wrong']:5} {m['missed']:6} "
                  f"{_num(m['precision']):>9} {_num(m['recall']):>6}")
        if args.verbose:
            for stem, t in r["texts"].items():
                for k in t["missed"]:
                    print(f"  {stem}: missed {k}")
                for k in t["wrong"]:
                    print(f"  {stem}: wrong  {k}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


if __name__ == "__main__":
    sys.exit(main())
