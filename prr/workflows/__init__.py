"""Workflows: one module per workflow (file, ingest, follow up, extract, watch pages, breach
list, plan), each called by both the CLI and the Prefect flows.

May import: the capability packages, prr.core, prr.scrapers, prr.db.
"""
