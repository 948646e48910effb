"""The city registry: YAML files per city (``registry/<state>/<slug>.yaml``), loading,
validation, syncing into the store and the uscityurl import. Add a city by adding its YAML.

May import: prr.core, prr.scrapers, prr.db.
"""
