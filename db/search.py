"""Full-text queries (FTS5) over letters (requests), replies (communications) and document pages.

Each kind has its own FTS5 table (``requests_fts``, ``communications_fts``,
``document_pages_fts``; db/migrations/0003_search.sql). Ranking (bm25) and snippets are
computed on the FTS table alone with ``ORDER BY rank LIMIT n`` and the result rows are
joined afterwards. Filters (city, since) restrict the FTS rowids with a subquery so the
limit still holds. :mod:`prr.documents.search` turns what these functions return into hits.

Ranking rule: when at most ``WINDOW`` items of a kind match, FTS5's bm25 ranks them all.
When more match, the newest ``WINDOW`` matches (by rowid: the order rows were added) are
ranked by bm25 without its per-term rarity weight (:func:`_rank_window`), which for a
one-word, phrase or prefix query is exactly bm25's order. FTS5's own bm25 walks every
match of each phrase (for the rarity weight) and scores every match, so a common word
("traffic" on 300k pages) took over a second; now the work is bounded by the window.
The number of matches is counted exactly up to a cap (:func:`count`); a kind with fewer
matches than the window is counted by the ranking's own walk (``counted``).
"""
from __future__ import annotations

import re
import sqlite3

KINDS = ("letter", "reply", "document")
MARK_START, MARK_END = "\x02", "\x03"   # highlight markers no document text contains
SNIPPET_TOKENS = 16
WINDOW = 100            # newest matches per kind ranked when more match (a bound on ranking work)
_RULES = re.compile(r"[_=~-]{4,}")


class SearchQueryError(ValueError):
    """The query is not valid FTS5 syntax (or a filter is malformed)."""


def _matching(table: str, where: str, params: list) -> tuple[str, list]:
    """The FROM/WHERE of the rows of ``table`` that match (query first, then the filters)."""
    sql = f"FROM {table} WHERE {table} MATCH ?"
    if where:
        sql += f" AND rowid IN ({where})"
    return sql, params


def _window_start(conn, table: str, query: str, where: str, params: list,
                  counted: list | None = None) -> int | None:
    """Rowid of the WINDOW-th newest match (None when fewer match: rank them all). FTS5
    walks its doclist backwards and stops there: cost bounded by WINDOW, not by the matches.
    When fewer match, their number is appended to ``counted`` (else None: count them later)."""
    body, params = _matching(table, where, params)
    newest = conn.execute(f"SELECT rowid {body} ORDER BY rowid DESC LIMIT ?", [query, *params, WINDOW]).fetchall()
    if counted is not None:
        counted.append(len(newest) if len(newest) < WINDOW else None)
    return newest[-1][0] if len(newest) >= WINDOW else None


def _fts(conn: sqlite3.Connection, table: str, where: str, params: list, *, query: str, limit: int,
         counted: list | None = None):
    body, params = _matching(table, where, params)
    try:
        start = _window_start(conn, table, query, where, params, counted)
        if start is not None:
            found = _rank_window(conn, table, body, [query, *params], start, limit)
        else:
            sql = f"SELECT rowid, rank, snippet({table}, -1, ?, ?, ' … ', {SNIPPET_TOKENS}) {body} ORDER BY rank LIMIT ?"
            found = conn.execute(sql, [MARK_START, MARK_END, query, *params, limit]).fetchall()
    except sqlite3.OperationalError as e:
        raise _query_error(query, e) from None
    # Layout text is full of column padding: one space reads better in a snippet.
    return [(r[0], r[1], " ".join(_RULES.sub(" ", r[2]).split())) for r in found]


# Column weights as in the tables' bm25 rank settings (0003_search.sql) and FTS5's bm25 constants.
_WEIGHTS = {"requests_fts": (2.0, 1.0), "communications_fts": (2.0, 1.0), "document_pages_fts": (1.0,)}
K1, B = 1.2, 0.75


def _varints(blob: bytes) -> list[int]:
    """SQLite's big-endian 7-bit varints (FTS5 docsize and averages records)."""
    out, v = [], 0
    for byte in blob:
        v = (v << 7) | (byte & 0x7F)
        if not byte & 0x80:
            out.append(v)
            v = 0
    return out


def _rank_window(conn, table: str, body: str, args: list, start: int, limit: int) -> list[tuple]:
    """bm25 for the matches with rowid >= start, computed here from each row's hit count
    (highlight markers, weighted by column) and token count (the docsize table), the way
    FTS5's bm25 does but without its per-phrase rarity weight: that weight costs a walk
    over every match of each phrase, seconds for a common word on a big index. For a query
    of one word, phrase or prefix the order is exactly bm25's. Snippets are cut from the
    same highlighted text (asking FTS5 for them by rowid costs a doclist seek per row)."""
    weights = _WEIGHTS[table]
    marked = ", ".join(f"highlight({table}, {i}, ?, ?)" for i in range(len(weights)))
    rows = conn.execute(f"SELECT rowid, {marked} {body} AND rowid >= ?",
                        [*(MARK_START, MARK_END) * len(weights), *args, start]).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    sizes = dict(conn.execute(f"SELECT id, sz FROM {table}_docsize WHERE id IN ({','.join('?' * len(ids))})",
                              ids).fetchall())
    averages = _varints(conn.execute(f"SELECT block FROM {table}_data WHERE id = 1").fetchone()[0])
    avgdl = sum(averages[1:]) / max(averages[0], 1) or 1.0
    scored = []
    for r in rows:
        f = sum(w * (text or "").count(MARK_START) for w, text in zip(weights, r[1:]))
        dl = sum(_varints(sizes.get(r[0]) or b""))
        scored.append((-(f * (K1 + 1)) / (f + K1 * (1 - B + B * dl / avgdl)), -r[0], r[1:]))
    scored.sort(key=lambda x: x[:2])
    return [(-neg_rowid, rank, _snippet(texts)) for rank, neg_rowid, texts in scored[:limit]]


def _snippet(texts: tuple) -> str:
    """SNIPPET_TOKENS tokens of the column with the most hits, where the hits are densest
    (what FTS5's snippet() picks), with markers kept balanced and … where text was cut."""
    text = max(texts, key=lambda t: (t or "").count(MARK_START)) or ""
    tokens = text.split()
    n = SNIPPET_TOKENS
    hits = [MARK_START in t for t in tokens]
    best, best_lo, run = -1, 0, 0
    for i, hit in enumerate(hits):
        run += hit - (hits[i - n] if i >= n else 0)
        if run > best:
            best, best_lo = run, max(0, i - n + 1)
    piece = tokens[best_lo:best_lo + n]
    out = " ".join(piece)
    opened = out.count(MARK_START) - out.count(MARK_END)
    if opened > 0:
        out += MARK_END
    elif opened < 0 or (out.find(MARK_END) < out.find(MARK_START) if MARK_END in out else False):
        out = MARK_START + out
    return ("… " if best_lo else "") + out + (" …" if best_lo + n < len(tokens) else "")


def _count(conn: sqlite3.Connection, table: str, where: str, params: list, *, query: str, cap: int) -> int:
    body, params = _matching(table, where, params)
    try:
        return conn.execute(f"SELECT count(*) FROM (SELECT rowid {body} LIMIT ?)", [query, *params, cap + 1]
                            ).fetchone()[0]
    except sqlite3.OperationalError as e:
        raise _query_error(query, e) from None


def _query_error(query: str, e: sqlite3.OperationalError) -> Exception:
    msg = str(e)
    if any(w in msg for w in ("locked", "no such table", "disk", "readonly", "corrupt")):
        return e
    return SearchQueryError(_explain(query, msg))


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


def _filtered(kind: str, city, since) -> tuple[str, str, list]:
    """(FTS table, rowid subquery, its parameters) for one kind with the filters."""
    if kind == "letter":
        return ("requests_fts",
                *_restrict("SELECT id FROM requests", "city_slug", "coalesce(filed_at, created_at)", city, since))
    if kind == "reply":
        return ("communications_fts",
                *_restrict("SELECT id FROM communications", "city_slug", "coalesce(sent_at, created_at)",
                           city, since, conds=("direction = 'in'",)))
    return ("document_pages_fts",
            *_restrict("SELECT p.id FROM document_pages p JOIN documents d ON d.id = p.document_id",
                       "d.city_slug", "d.created_at", city, since))


def _by_id(conn, select: str, id_col: str, found: list) -> dict:
    ids = [f[0] for f in found]
    return {r["id"]: r for r in conn.execute(f"{select} WHERE {id_col} IN ({','.join('?' * len(ids))})", ids)}



# What a hit shows, per kind: (query of the content rows, their id column).
_META = {
    "letter": ("SELECT id, city_slug, subject, kind, coalesce(filed_at, created_at) AS at FROM requests", "id"),
    "reply": ("SELECT id, city_slug, request_id, subject, from_addr, coalesce(sent_at, created_at) AS at "
              "FROM communications", "id"),
    "document": ("SELECT p.id, p.number, p.document_id, d.filename, d.city_slug, d.request_id, "
                 "d.communication_id, d.created_at FROM document_pages p JOIN documents d ON d.id = p.document_id",
                 "p.id"),
}


def ranked(conn: sqlite3.Connection, kind: str, query: str, *, city: str | None, since: str | None, limit: int,
           counted: list | None = None) -> list[tuple[int, float, str, dict]]:
    """The best ``limit`` matches of one kind as (rowid, bm25 rank, snippet, its row: what
    ``_META`` selects), best first. Invalid FTS5 syntax raises :class:`SearchQueryError`."""
    found = _fts(conn, *_filtered(kind, city, since), query=query, limit=limit, counted=counted)
    if not found:
        return []
    meta = _by_id(conn, *_META[kind], found)
    return [(rowid, rank, snip, m) for rowid, rank, snip in found if (m := meta.get(rowid)) is not None]


def count(conn: sqlite3.Connection, kind: str, query: str, *, city: str | None, since: str | None,
          cap: int) -> int:
    """How many items of one kind match, counted up to ``cap + 1`` (a walk without ranking)."""
    return _count(conn, *_filtered(kind, city, since), query=query, cap=cap)


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Rebuild every FTS table from its content table (after bulk loads with triggers off)."""
    for table in ("requests_fts", "communications_fts", "document_pages_fts"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
