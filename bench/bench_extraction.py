"""Benchmark of the extractor: plain-text articles per second and HTML pages per second.

Run from the repository root:  .venv/bin/python bench/bench_extraction.py [--seconds 5]
It writes its own article variations (no corpus needed); the targets are 300 articles/s
and 30 pages/s on one core. Rates are counted in this process's CPU time, so that they hold
when the machine is busy with other work; wall-clock rates are printed beside them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from releases.extraction import extract  # noqa: E402
from releases.ingest.pages import parse_page  # noqa: E402

COUNTRIES = [("Morocco", "Rabat", "King"), ("Iran", "Tehran", "Supreme Leader"), ("Egypt", "Cairo", "President"),
             ("Myanmar", "Naypyitaw", "Senior General"), ("Kazakhstan", "Astana", "President")]  # fmt: skip
OCCASIONS = ["Independence Day", "Eid al-Fitr", "the New Year", "National Day", "Throne Day"]
TEXT_TARGET, PAGE_TARGET = 300, 30
NAMES = ["Amir Haddad", "Sara Benali", "Tomas Okafor", "Lina Petrova", "Omar Suleiman", "Mei Tanaka"]
FILLER = (
    "The measure follows a long tradition of clemency on national and religious holidays. Officials said "
    "those convicted of murder, rape, drug trafficking or terrorism were excluded. Rights groups welcomed "
    "the decision but said many critics of the government remained behind bars, and called for the release "
    "of journalists held for their work. The country's prisons have long been overcrowded, and lawyers say "
    "pre-trial detention is often extended for months. "
)


def make_article(rng: random.Random) -> tuple[str, dt.date]:
    country, city, role = rng.choice(COUNTRIES)
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))
    pardoned, freed, held = rng.randrange(100, 20000), rng.randrange(10, 900), rng.randrange(20000, 200000)
    official, spokesman = rng.sample(NAMES, 2)
    text = (
        f"{country}'s {role.lower()} pardons {pardoned:,} prisoners\n\n"
        f"{city.upper()}, {published:%b} {published.day} (Bench Wire) - {role} {official} pardoned {pardoned:,} "
        f"prisoners on {rng.choice(['Monday', 'Tuesday', 'Wednesday'])} to mark {rng.choice(OCCASIONS)}, "
        f"including {rng.randrange(2, 90)} foreigners and {rng.randrange(2, 90)} women, state media reported.\n\n"
        f"Justice ministry spokesman {spokesman} said about {freed} political prisoners would also be freed, "
        f"while the sentences of {rng.randrange(10, 500)} others would be reduced. {spokesman} said the "
        f"pardoned had served at least {rng.randrange(2, 9)} years.\n\n"
        f"{country}'s prisons held {held:,} people last year, according to official figures. "
        + FILLER
        * rng.randrange(1, 4)
    )
    return text, published


def make_page(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(40))
    return (
        "<!DOCTYPE html><html lang='en'><head><title>Bench</title>"
        "<meta property='article:published_time' content='2024-05-01'>"
        "<link rel='canonical' href='https://bench.example/a'></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article><h1>Bench</h1>{paragraphs}</article></main>"
        f"<aside>{'<div class=ad>Advertisement</div>' * 20}</aside><footer>{menu}</footer></body></html>"
    )


def rate(func, items, seconds: float) -> tuple[float, float]:
    """Items per second of this process's CPU time (fair on a machine shared with other work),
    and per second of wall-clock time."""
    done, start, wall = 0, time.process_time(), time.perf_counter()
    while time.process_time() - start < seconds:
        for item in items:
            func(item)
            done += 1
    return done / (time.process_time() - start), done / (time.perf_counter() - wall)


def report(label: str, rates: tuple[float, float], target: float | None) -> None:
    cpu, wall = rates
    verdict = f" (target {target:.0f} on one core: {'met' if cpu >= target else 'NOT met'})" if target else ""
    print(f"{label}: {cpu:.0f}/s by process CPU time, {wall:.0f}/s by wall clock{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    rng = random.Random(4)
    articles = [make_article(rng) for _ in range(200)]
    pages = [make_page(text) for text, _published in articles[:50]]
    extract(articles[0][0])  # compile the patterns once, outside the timing
    report("plain-text articles", rate(lambda a: extract(a[0], published=a[1]), articles, args.seconds), TEXT_TARGET)
    report("HTML pages to main text", rate(parse_page, pages, args.seconds), PAGE_TARGET)
    report("HTML pages to extraction", rate(lambda p: extract(parse_page(p).text), pages, args.seconds), None)


if __name__ == "__main__":
    main()
