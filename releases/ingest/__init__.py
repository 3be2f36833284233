"""Importing: feeds polled, articles fetched and read, the extractor run, drafts filed.

`http` is the one network door; `pages` turns HTML into main text; `feeds` reads RSS and
Atom; `polling` and `filing` are the writes; `tasks` are the thin Celery jobs over them.
May import the domain, `releases.records` and `releases.extraction`; never the public site
or the desk.
"""
