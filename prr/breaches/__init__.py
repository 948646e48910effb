"""The California Attorney General's data-breach list: parsing, matching to agencies, reports.

May import: the other capability packages, prr.core, prr.scrapers, prr.db.
"""
