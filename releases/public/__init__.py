"""The public site: pages, filters, exports, feeds, charts, the page cache and rate limits.

Reads published records only. May import the domain (`releases.models`, `releases.choices`,
`releases.i18n`, …) and `releases.records` (corrections, follow-ups, wire copies, prisoners);
never the editors' desk (`releases.desk`) or the importer (`releases.ingest`).
"""
