"""Write the lists of paths the web benchmark requests, from what is in the database.

    python bench/make_paths.py OUTDIR

One file per scenario; each line is a path. Varying the path (other pages, other
filters, other search words) keeps the benchmark from measuring one cached answer, and
the announcement and filtered lists are longer than a one-client run can get through, so
that run (after the cache is emptied) measures first visits only.
"""

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

import django  # noqa: E402

django.setup()

from releases.models import Announcement, PrisonerCategory  # noqa: E402

WORDS = ["amnesty", "pardon", "political", "journalists", "holiday", "decree", "court", "prison", "families", "leave"]


def main(outdir: Path) -> None:
    rng = random.Random(7)
    outdir.mkdir(parents=True, exist_ok=True)
    published = Announcement.objects.published()
    slugs = list(published.order_by("?").values_list("slug", flat=True)[:3200])
    countries = [c for (c,) in published.values_list("country").distinct()[:60]]
    categories = list(PrisonerCategory.objects.values_list("slug", flat=True))
    kinds = ["pardon", "amnesty", "release", "commutation"]
    scenarios = {
        "timeline": ["/"] + [f"/?page={n}" for n in range(2, 6)],
        "announcement": [f"/announcements/{slug}/" for slug in slugs[:3000]],
        # Warm-up paths are others, so a one-client run after them still meets pages (and
        # rows) nobody has asked for yet.
        "announcement-warmup": [f"/announcements/{slug}/" for slug in slugs[3000:]],
        "filtered": [
            f"/announcements/?country={rng.choice(countries)}&kind={rng.choice(kinds)}"
            f"&category={rng.choice(categories)}&q={rng.choice(WORDS)}"
            for _ in range(1500)
        ],
        "figures": [f"/figures/?metric={m}" for m in ("pardoned", "released", "detained")]
        + [f"/figures/?country={rng.choice(countries)}" for _ in range(50)],
    }
    warmup = {f"/announcements/?kind={kind}&q={word}" for kind in kinds for word in WORDS} - set(scenarios["filtered"])
    scenarios["filtered-warmup"] = sorted(warmup)
    for name, paths in scenarios.items():
        (outdir / f"{name}.txt").write_text("\n".join(paths) + "\n")
        print(f"{name}: {len(paths)} paths")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
