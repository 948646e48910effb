"""Page watching: fetching city pages, spotting changes, discovering contacts and proposing
registry changes for review.

May import: prr.registry, prr.core, prr.scrapers, prr.db.
"""
