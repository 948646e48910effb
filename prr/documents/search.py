"""Full-text search over letters (requests), replies (communications) and document pages.

Each kind has its own FTS5 table (``requests_fts``, ``communications_fts``,
``document_pages_fts``; db/migrations/0004_search.sql). Ranking (bm25) and snippets are
computed on the FTS table alone with ``ORDER BY rank LIMIT n`` and the result rows are
joined afterwards: measured 40 ms against 110 ms for a join-first query on ~30k hits.
Filters (city, since) restrict the FTS rowids with a subquery so the limit still holds.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from datetime import date

KINDS = ("letter", "reply", "document")
MARK_START, MARK_END = "\x02", "\x03"   # highlight markers no document text contains
SNIPPET_TOKENS = 16
_RULES = re.compile(r"[_=~-]{4,}")


class SearchQueryError(ValueError):
    """The query is not valid FTS5 syntax (or a filter is malformed)."""


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


def _fts(conn: sqlite3.Connection, table: str, query: str, where: str, params: list, limit: int):
    sql = (f"SELECT rowid, rank, snippet({table}, -1, ?, ?, ' … ', {SNIPPET_TOKENS}) AS snip "
           f"FROM {table} WHERE {table} MATCH ?")
    args: list = [MARK_START, MARK_END, query]
    if where:
        sql += f" AND rowid IN ({where})"
        args += params
    sql += " ORDER BY rank LIMIT ?"
    args.append(limit)
    try:
        # Layout text is full of column padding: one space reads better in a snippet.
        return [(r[0], r[1], " ".join(_RULES.sub(" ", r[2]).split())) for r in conn.execute(sql, args).fetchall()]
    except sqlite3.OperationalError as e:
        msg = str(e)
        if any(w in msg for w in ("locked", "no such table", "disk", "readonly", "corrupt")):
            raise
        raise SearchQueryError(_explain(query, msg)) from None


def _explain(query: str, msg: str) -> str:
    detail = re.sub(r"^fts5: ", "", msg)
    return (f"cannot search for {query!r}: {detail}. Search words are matched as typed; "
            "AND, OR, NOT, NEAR(...), \"exact phrase\" and prefix* are operators. "
            "Put text with punctuation in double quotes, e.g. \"10-6\" or \"case #\".")


def _restrict(select: str, city_col: str, at_col: str, city, since, conds: tuple = ()) -> tuple[str, list]:
    """A subquery of the rowids that pass the filters ("" when nothing is filtered)."""
    conds, params = list(conds), []
    if city:
        conds.append(f"{city_col} = ?")
        params.append(city)
    if since:
        conds.append(f"{at_col} >= ?")
        params.append(since)
    return (f"{select} WHERE {' AND '.join(conds)}" if conds else ""), params


def _by_id(conn, select: str, id_col: str, found: list) -> dict:
    ids = [f[0] for f in found]
    return {r["id"]: r for r in conn.execute(f"{select} WHERE {id_col} IN ({','.join('?' * len(ids))})", ids)}


def _letters(conn, query, city, since, limit) -> list[Hit]:
    where, params = _restrict("SELECT id FROM requests", "city_slug", "coalesce(filed_at, created_at)", city, since)
    found = _fts(conn, "requests_fts", query, where, params, limit)
    if not found:
        return []
    meta = _by_id(conn, "SELECT id, city_slug, subject, kind, coalesce(filed_at, created_at) AS at FROM requests",
                  "id", found)
    return [Hit("letter", rank, snip, m["subject"] or f"{m['kind']} request", m["city_slug"], rowid, at=m["at"])
            for rowid, rank, snip in found if (m := meta.get(rowid)) is not None]


def _replies(conn, query, city, since, limit) -> list[Hit]:
    where, params = _restrict("SELECT id FROM communications", "city_slug", "coalesce(sent_at, created_at)",
                              city, since, conds=("direction = 'in'",))
    found = _fts(conn, "communications_fts", query, where, params, limit)
    if not found:
        return []
    meta = _by_id(conn, "SELECT id, city_slug, request_id, subject, from_addr, coalesce(sent_at, created_at) AS at "
                        "FROM communications", "id", found)
    return [Hit("reply", rank, snip, m["subject"] or f"reply from {m['from_addr'] or 'unknown'}",
                m["city_slug"], m["request_id"], communication_id=rowid, at=m["at"])
            for rowid, rank, snip in found if (m := meta.get(rowid)) is not None]


def _documents(conn, query, city, since, limit) -> list[Hit]:
    where, params = _restrict("SELECT p.id FROM document_pages p JOIN documents d ON d.id = p.document_id",
                              "d.city_slug", "d.created_at", city, since)
    found = _fts(conn, "document_pages_fts", query, where, params, limit)
    if not found:
        return []
    meta = _by_id(conn, "SELECT p.id, p.number, p.document_id, d.filename, d.city_slug, d.request_id, "
                        "d.communication_id, d.created_at FROM document_pages p JOIN documents d ON d.id = p.document_id",
                  "p.id", found)
    return [Hit("document", rank, snip, m["filename"] or f"document {m['document_id']}",
                m["city_slug"], m["request_id"], communication_id=m["communication_id"],
                document_id=m["document_id"], page=m["number"], at=m["created_at"])
            for rowid, rank, snip in found if (m := meta.get(rowid)) is not None]


_SEARCHERS = {"letter": _letters, "reply": _replies, "document": _documents}


def search(conn: sqlite3.Connection, query: str, *, city: str | None = None, kind: str | None = None,
           since=None, limit: int = 20) -> list[Hit]:
    """Ranked hits across letters, replies and document pages (best first).

    ``query`` is FTS5 syntax; invalid syntax raises :class:`SearchQueryError` with a message
    saying how to fix it. ``since`` is a date (inclusive); ``kind`` one of KINDS.
    """
    if not query or not query.strip():
        raise SearchQueryError("the search query is empty; give one or more words")
    if kind is not None and kind not in KINDS:
        raise SearchQueryError(f"unknown kind {kind!r}; use one of {', '.join(KINDS)}")
    since_s = _since(since)
    kinds = [kind] if kind else list(KINDS)
    hits: list[Hit] = []
    for k in kinds:
        hits.extend(_SEARCHERS[k](conn, query, city, since_s, limit))
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Rebuild every FTS table from its content table (after bulk loads with triggers off)."""
    for table in ("requests_fts", "communications_fts", "document_pages_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
