"""Clemency records. The domain lives at this package's root: the models and their
invariants (`models`), the vocabulary (`choices`), the writes that span models (`services`:
publishing, merging, matching people), what makes cached public pages stale
(`invalidation`), the only hand-written SQL (`sql`), permissions, language helpers
(`i18n`), the cache backend and the dataset files. docs/ARCHITECTURE.md walks through it.

Below it, one package per job:

- `public/`: the public site (views, filters, exports, feeds, charts, page cache);
- `desk/`: the editors' desk (the admin);
- `ingest/`: importing (fetching, pages, feeds, filing, Celery tasks);
- `records/`: history, corrections, follow-ups, wire copies, named prisoners;
- `extraction/`: text in, facts out (pure: no Django, no database, no network).

The domain imports none of public, desk or ingest (tests/test_architecture.py holds these
rules); `apps.py` alone reaches up, to register the desk's admin pages.
"""
