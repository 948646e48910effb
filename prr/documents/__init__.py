"""Documents: extracted records, full-text search and the Datasette browser metadata.
PDF extractors themselves live in ``prr.scrapers.pdf``.

May import: prr.registry, prr.core, prr.scrapers, prr.db.
"""
