"""Full-text search over letters (requests), replies (communications) and document pages.

The queries (FTS5 tables, the bm25 window, snippets, counts) are in :mod:`prr.db.search`;
this module checks what the user asked, turns the rows into :class:`Hit` objects, merges
the kinds by rank and counts the matches (exactly up to ``COUNT_CAP`` per kind).
"""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import date

from prr.db import search as fts
from prr.db.search import KINDS, MARK_END, MARK_START, SearchQueryError, rebuild_index

__all__ = ["KINDS", "MARK_END", "MARK_START", "Hit", "MatchCount", "SearchQueryError", "count_matches",
           "rebuild_index", "search", "search_and_count"]

COUNT_CAP = 10_000      # count_matches stops here and says "more than"


@dataclass
class Hit:
    kind: str                  # letter | reply | document
    rank: float                # bm25: lower is better
    snippet: str               # with MARK_START/MARK_END around matched terms
    title: str
    city_slug: str | None
    request_id: int | None
    communication_id: int | None = None
    document_id: int | None = None
    page: int | None = None
    at: str | None = None

    def snippet_marked(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def to_json(self) -> dict:
        d = asdict(self)
        d["snippet"] = self.snippet_marked("**", "**")
        return d


def _since(since) -> str | None:
    if since is None or since == "":
        return None
    if isinstance(since, date):
        return since.isoformat()
    try:
        return date.fromisoformat(str(since)).isoformat()
    except ValueError:
        raise SearchQueryError(f"--since must be a date like 2026-01-31, not {since!r}") from None


def _letter(rowid: int, rank: float, snip: str, m: dict) -> Hit:
    return Hit("letter", rank, snip, m["subject"] or f"{m['kind']} request", m["city_slug"], rowid, at=m["at"])


def _reply(rowid: int, rank: float, snip: str, m: dict) -> Hit:
    return Hit("reply", rank, snip, m["subject"] or f"reply from {m['from_addr'] or 'unknown'}",
               m["city_slug"], m["request_id"], communication_id=rowid, at=m["at"])


def _document(rowid: int, rank: float, snip: str, m: dict) -> Hit:
    return Hit("document", rank, snip, m["filename"] or f"document {m['document_id']}",
               m["city_slug"], m["request_id"], communication_id=m["communication_id"],
               document_id=m["document_id"], page=m["number"], at=m["created_at"])


_HITS = {"letter": _letter, "reply": _reply, "document": _document}


def _check(query: str, kind: str | None) -> list[str]:
    if not query or not query.strip():
        raise SearchQueryError("the search query is empty; give one or more words")
    if kind is not None and kind not in KINDS:
        raise SearchQueryError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    return [kind] if kind else list(KINDS)


def search(conn: sqlite3.Connection, query: str, *, city: str | None = None, kind: str | None = None,
           since=None, limit: int = 20) -> list[Hit]:
    """Ranked hits across letters, replies and document pages (best first).

    ``query`` is FTS5 syntax; invalid syntax raises :class:`SearchQueryError` with a message
    saying how to fix it. ``since`` is a date (inclusive); ``kind`` one of KINDS.
    Per kind, bm25 ranks the newest ``WINDOW`` matches (all of them when fewer match).
    """
    return search_and_count(conn, query, city=city, kind=kind, since=since, limit=limit, count=False)[0]


def search_and_count(conn: sqlite3.Connection, query: str, *, city: str | None = None, kind: str | None = None,
                     since=None, limit: int = 20, count: bool = True,
                     cap: int = COUNT_CAP) -> tuple[list[Hit], MatchCount | None]:
    """:func:`search` and :func:`count_matches` together (what `prr search` shows): a kind
    with fewer matches than the window is counted by the search itself, so a rare phrase
    of common words is looked for once, not twice."""
    kinds = _check(query, kind)
    since_s = _since(since)
    hits: list[Hit] = []
    counted: list = []
    for k in kinds:
        hits.extend(_HITS[k](*found) for found in fts.ranked(conn, k, query, city=city, since=since_s, limit=limit,
                                                              counted=counted))
    hits.sort(key=lambda h: h.rank)
    if not count:
        return hits[:limit], None
    total, more = 0, False
    for k, n in zip(kinds, counted):
        if n is None:
            n = fts.count(conn, k, query, city=city, since=since_s, cap=cap)
        more = more or n > cap
        total += min(n, cap)
    return hits[:limit], MatchCount(total, more)


@dataclass
class MatchCount:
    count: int                 # exact when not ``more``
    more: bool = False         # True: at least ``count`` (the count stopped at COUNT_CAP per kind)

    def __str__(self) -> str:
        return f"more than {self.count:,}" if self.more else f"{self.count:,}"


def count_matches(conn: sqlite3.Connection, query: str, *, city: str | None = None, kind: str | None = None,
                  since=None, cap: int = COUNT_CAP) -> MatchCount:
    """How many items match (the filters as in :func:`search`). Counting walks the index
    without ranking; it stops at ``cap`` per kind so a common word stays cheap."""
    kinds = _check(query, kind)
    since_s = _since(since)
    total, more = 0, False
    for k in kinds:
        n = fts.count(conn, k, query, city=city, since=since_s, cap=cap)
        more = more or n > cap
        total += min(n, cap)
    return MatchCount(total, more)
