"""Deadlines: the cited CPRA calendar (business days, holidays, office closures) and the
due dates of each request.

May import: prr.registry, prr.core, prr.scrapers, prr.db.
"""
