"""The editors' desk: the Django admin where editors enter, correct, review and publish.

Writes go through the domain's services (`releases.services`) and the records' writes
(`releases.records`); imports are enqueued through the importer's tasks (`releases.ingest`).
May import every other package; nothing imports the desk but the app's configuration.
"""
