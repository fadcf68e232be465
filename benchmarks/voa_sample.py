"""Draw a fixed random sample of coded events from the VOA corpus for checking by hand.

    .venv/bin/python benchmarks/voa_sample.py [CORPUS.jsonl] [--n 50] > benchmarks/voa_handcheck.tsv
    .venv/bin/python benchmarks/voa_sample.py --show benchmarks/voa_handcheck.tsv  # with sentences
    .venv/bin/python benchmarks/voa_sample.py --score benchmarks/voa_handcheck.tsv

The committed sample keeps offsets, not the corpus's sentences (which stay in ../shared);
`--show` prints each sampled event with its sentence for the reviewer. Reviewers fill the three
verdict columns (y/n) and a note; `--score` prints the share judged right.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa_stories.jsonl"
COLUMNS = ["n", "event_id", "article_id", "trigger_start", "trigger_end", "trigger", "cameo",
           "label", "source_code", "target_code", "modality", "type_ok", "source_ok", "target_ok",
           "note"]


def sample(corpus: Path, n: int, seed: int) -> list[dict]:
    from casus import Pipeline, Settings, read_inputs
    from casus.model import Skipped
    from casus.ontology import load_ontology

    settings = Settings()
    articles = [a for a in read_inputs([str(corpus)], settings) if not isinstance(a, Skipped)]
    events = [e for coded in Pipeline(settings).code(articles) for e in coded.events]
    picked = random.Random(seed).sample(events, min(n, len(events)))
    ontology = load_ontology()
    rows = []
    for number, event in enumerate(sorted(picked, key=lambda e: (e.article_id, e.trigger.start)), 1):
        rows.append({"n": number, "event_id": event.event_id, "article_id": event.article_id,
                     "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
                     "trigger": event.trigger.text, "cameo": event.cameo,
                     "label": ontology.get(event.cameo).label,
                     "source_code": _code(event.source), "target_code": _code(event.target),
                     "modality": event.modality,
                     "type_ok": "", "source_ok": "", "target_ok": "", "note": ""})
    return rows


def _code(actor) -> str:
    if actor is None:
        return "-"
    return f"{actor.code or '?'} ({actor.text})"


def show(path: Path, corpus: Path) -> None:
    """Each sampled event with its sentence, for the reviewer's eyes only."""
    import json

    texts = {str(json.loads(line)["id"]): json.loads(line)["text"]
             for line in corpus.open(encoding="utf-8")}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text = texts[row["article_id"]]
            start, end = int(row["trigger_start"]), int(row["trigger_end"])
            sentence = _sentence_around(text, start, end)
            print(f"#{row['n']} [{row['cameo']} {row['label']}] trigger={row['trigger']!r} "
                  f"source={row['source_code']} target={row['target_code']} "
                  f"modality={row['modality']}\n    {sentence}\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence the coder saw around [start, end): the same model splits it."""
    from casus import Settings
    from casus.stages.parse import load_model

    doc = load_model(Settings().spacy_model)(text)
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.sent.text.strip() if span is not None else text[start:end]


def score(path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    judged = [r for r in rows if r["type_ok"]]
    for column in ("type_ok", "source_ok", "target_ok"):
        right = sum(r[column].strip().lower() == "y" for r in judged)
        print(f"{column:<10} {right}/{len(judged)} = {right / max(len(judged), 1):.2f}")
    allright = sum(all(r[c].strip().lower() == "y" for c in ("type_ok", "source_ok", "target_ok"))
                   for r in judged)
    print(f"{'all three':<10} {allright}/{len(judged)} = {allright / max(len(judged), 1):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--score", type=Path, help="score a filled-in sample file")
    parser.add_argument("--show", type=Path, help="print a sample file's events with sentences")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return
    if args.show:
        show(args.show, args.corpus)
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(sample(args.corpus, args.n, args.seed))


if __name__ == "__main__":
    main()
