"""Summarise bench/results/ as a Markdown table.

python bench/report.py bench/results
"""

import re
import sys
from pathlib import Path


def to_ms(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def parse_wrk(path: Path) -> dict:
    text = path.read_text()
    found = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for percent in ("50", "99"):
        match = re.search(rf"^\s+{percent}%\s+(\S+)", text, re.M)
        found[f"p{percent}"] = to_ms(match.group(1)) if match else float("nan")
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    found["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    found["errors"] = sum(map(int, errors.groups())) if errors else 0
    found["requests"] = int(re.search(r"(\d+) requests in", text).group(1))
    return found


def main(results: Path) -> None:
    print(
        "| page | 1 client p50 | 1 client p99 | 16 conns req/s | 16 conns p99 "
        "| 1 client again (warm) p50 / p99 | errors / non-2xx |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name in ("timeline", "announcement", "filtered", "figures"):
        one, many = results / f"wrk-{name}-c1.txt", results / f"wrk-{name}-c16.txt"
        if not one.exists() or not many.exists():
            continue
        a, b = parse_wrk(one), parse_wrk(many)
        warm_path = results / f"wrk-{name}-c1-warm.txt"
        w = (
            parse_wrk(warm_path)
            if warm_path.exists()
            else {"p50": float("nan"), "p99": float("nan"), "errors": 0, "non2xx": 0}
        )
        print(
            f"| {name} | {a['p50']:.1f} ms | {a['p99']:.1f} ms | {b['rps']:.0f} | {b['p99']:.1f} ms "
            f"| {w['p50']:.1f} / {w['p99']:.1f} ms "
            f"| {a['errors'] + b['errors'] + w['errors']} / {a['non2xx'] + b['non2xx'] + w['non2xx']} |"
        )
    mixed = results / "wrk-mixed-c32.txt"
    if mixed.exists():
        m = parse_wrk(mixed)
        print(
            f"\nMixed load, 32 connections: {m['requests']} requests, {m['rps']:.0f} req/s, p50 {m['p50']:.1f} ms, "
            f"p99 {m['p99']:.1f} ms, {m['errors']} socket errors, {m['non2xx']} non-2xx"
        )
    ours, theirs = results / "wrk-filtered-c1.txt", results / "wrk-datasette-c1.txt"
    if ours.exists() and theirs.exists():
        a, d = parse_wrk(ours), parse_wrk(theirs)
        print(
            f"\nFiltered list with facets, first visits, 1 client: this app p50 {a['p50']:.1f} ms / p99 {a['p99']:.1f} ms; "
            f"Datasette on the same rows p50 {d['p50']:.1f} ms / p99 {d['p99']:.1f} ms "
            f"({d['p50'] / a['p50']:.1f}x at p50; {d['non2xx']} non-2xx)"
        )
    for name in ("seed", "export", "conditional", "queries", "first-visit-parts", "extraction", "import", "scale-seed", "scale-checks",
                 "scale-desk", "scale-import"):  # fmt: skip
        path = results / f"{name}.txt"
        if path.exists():
            print(f"\n{name}:\n```\n{path.read_text().strip()}\n```")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
