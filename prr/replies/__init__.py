"""Agency replies: reply sources (IMAP, Maildir, mbox, .eml), matching a reply to its request,
classifying it with YAML rules, and ingesting it into the store.
Add a reply source in ``prr/replies/sources/``; classifier rules live in ``prr/replies/rules/``.

May import: prr.requests, prr.deadlines, prr.registry, prr.documents, prr.core, prr.scrapers, prr.db.
"""
