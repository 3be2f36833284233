"""Import into the full store against an empty one, in alternating runs (bench/scale.sh).

    .venv/bin/python bench/import_pairs.py [--pairs 3] [--articles 300]

One run of each is noisy on a small machine (a run that starts cold reads its index pages
from disk), so the runs alternate: an empty store (bench/bench_import.py, its own database,
made again each run), then the full one (DATABASE_URL as it is, --keep-store), `--pairs`
times. Prints each pair and the medians: the full store's rate (target ≥ 20 articles/s) and
its ratio to the empty store's (target ≥ 0.8).
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
EMPTY_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/ingest_bench"


def rate(articles: int, *, keep_store: bool) -> float:
    env = dict(os.environ)
    if not keep_store:
        env["DATABASE_URL"] = os.environ.get("BENCH_IMPORT_EMPTY_DATABASE_URL", EMPTY_DATABASE_URL)
    command = [sys.executable, "bench/bench_import.py", "--articles", str(articles)]
    done = subprocess.run(
        command + (["--keep-store"] if keep_store else []),
        cwd=PROJECT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = re.search(r"^articles/s: ([\d.]+)$", done.stdout, re.MULTILINE)
    if found is None:
        raise SystemExit(f"no rate in the import benchmark's output:\n{done.stdout}")
    return float(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--articles", type=int, default=300)
    options = parser.parse_args()
    empty, full = [], []
    for pair in range(1, options.pairs + 1):
        empty.append(rate(options.articles, keep_store=False))
        full.append(rate(options.articles, keep_store=True))
        print(f"pair {pair}: empty store {empty[-1]:.1f}  full store {full[-1]:.1f} articles/s  "
              f"full / empty {full[-1] / empty[-1]:.2f}", flush=True)  # fmt: skip
    ratios = [f / e for f, e in zip(full, empty, strict=True)]
    print(
        f"full store: median {statistics.median(full):.1f} articles/s (target 20), range {min(full):.1f}-{max(full):.1f}"
    )
    print(
        f"full / empty: median {statistics.median(ratios):.2f} (target 0.8), range {min(ratios):.2f}-{max(ratios):.2f}"
    )


if __name__ == "__main__":
    main()
