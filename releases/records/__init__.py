"""The records' history and what hangs off a record: the public corrections log and earlier
versions, follow-ups and contested figures, wire copies, named prisoners.

May import the domain; never the public site, the desk or the importer.
"""
