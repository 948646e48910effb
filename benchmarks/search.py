"""Search benchmark: index 100,000 synthetic document pages and time queries with snippets.

Goals: >= 5,000 pages/s indexed through the path the extract-documents flow uses
(prr.db.documents.save_extractions: a batch of documents per transaction, new pages indexed
with one INSERT ... SELECT) and a 95th-percentile query time under 20 ms with bm25
ranking and snippets (prr.documents.search.search). Also measured: one document per transaction
with the FTS triggers (what a single process_document does).
Baselines in the same run: bulk insert with one FTS rebuild afterwards (indexing), and
the same query written join-first (ranking). Wall-clock and CPU-time rates are both
printed: other processes may share the CPU.
Last line: one JSON object.
"""
from __future__ import annotations

import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from prr.db import connect, write  # noqa: E402
from prr.db.documents import save_extractions  # noqa: E402
from prr.documents.search import search  # noqa: E402

PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
PAGES_PER_DOC = 50
WORDS_PER_PAGE = 300        # ~2 KB of text
QUERIES = 300
ROUND = 10_000              # pages per alternating round
BATCH_DOCS = 10             # documents per task in flows/documents.py (BATCH_SIZE)
SEED = 11


def vocabulary(n: int = 20_000) -> list[str]:
    rnd = random.Random(SEED)
    letters = "abcdefghijklmnoprstuvwy"
    words = set()
    while len(words) < n:
        words.add("".join(rnd.choice(letters) for _ in range(rnd.randint(3, 9))))
    return sorted(words)


def make_pages(vocab: list[str]) -> list[str]:
    rnd = random.Random(SEED)
    # Zipf-like word frequencies, as in real text; one draw for all pages (fast).
    cum = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    words = rnd.choices(vocab, cum_weights=cum, k=PAGES * WORDS_PER_PAGE)
    return [" ".join(words[i * WORDS_PER_PAGE:(i + 1) * WORDS_PER_PAGE]) for i in range(PAGES)]


def index(conn, pages: list[str], offset: int = 0) -> tuple[float, float]:
    """What prr.db.documents.save_extraction does per document: one transaction, the pages in
    one executemany; the triggers index each row. Returns (wall s, CPU s)."""
    t, c = time.perf_counter(), time.process_time()
    for start in range(0, len(pages), PAGES_PER_DOC):
        with write(conn):
            doc_id = conn.execute(
                "INSERT INTO documents (city_slug, sha256, path, filename, status, created_at) "
                "VALUES (NULL, ?, ?, ?, 'ok', '2026-01-01T00:00:00+00:00')",
                (f"{offset + start:064d}", f"/files/{offset + start}.pdf",
                 f"doc-{(offset + start) // PAGES_PER_DOC}.pdf")).lastrowid
            conn.executemany("INSERT INTO document_pages (document_id, number, text, method) VALUES (?,?,?, 'text')",
                             ((doc_id, n + 1, text) for n, text in enumerate(pages[start:start + PAGES_PER_DOC])))
    return time.perf_counter() - t, time.process_time() - c


def index_batches(conn, pages: list[str], offset: int = 0) -> tuple[float, float]:
    """What the extract-documents flow does per batch: BATCH_DOCS documents saved in one
    transaction with one bulk index update (prr.db.documents.save_extractions)."""
    t, c = time.perf_counter(), time.process_time()
    per_batch = PAGES_PER_DOC * BATCH_DOCS
    for start in range(0, len(pages), per_batch):
        items = []
        with write(conn):
            for d in range(start, min(start + per_batch, len(pages)), PAGES_PER_DOC):
                doc_id = conn.execute(
                    "INSERT INTO documents (sha256, path, filename, status, created_at) VALUES (?, ?, ?, 'pending', "
                    "'2026-01-01T00:00:00+00:00')", (f"b{offset + d:063d}", f"/f/{offset + d}.pdf", f"b-{d}.pdf")
                ).lastrowid
                items.append({"document_id": doc_id, "status": "ok", "error": None, "records": [],
                              "pages": [{"number": n + 1, "text": text, "method": "text", "tables": []}
                                        for n, text in enumerate(pages[d:d + PAGES_PER_DOC])]})
        save_extractions(conn, items)
    return time.perf_counter() - t, time.process_time() - c


def bulk_baseline(conn, pages: list[str]) -> tuple[float, float]:
    """Triggers off, rows in, the index built from them in one go (FTS5 'rebuild' of a
    fresh table): the fastest way SQLite builds the same index."""
    t, c = time.perf_counter(), time.process_time()
    with write(conn):
        conn.execute("DELETE FROM document_pages")
        conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('delete-all')")
        doc_id = conn.execute("INSERT INTO documents (sha256, path, status, created_at) VALUES ('x','x','ok','t')"
                              ).lastrowid
        conn.executemany("INSERT INTO document_pages (document_id, number, text) VALUES (?,?,?)",
                         ((doc_id, i + 1, p) for i, p in enumerate(pages)))
        conn.execute("INSERT INTO document_pages_fts(document_pages_fts) VALUES('rebuild')")
    return time.perf_counter() - t, time.process_time() - c


def join_first(conn, q: str):
    return conn.execute(
        "SELECT p.id, d.filename, p.number, snippet(document_pages_fts, -1, '[', ']', ' … ', 16) "
        "FROM document_pages_fts JOIN document_pages p ON p.id = document_pages_fts.rowid "
        "JOIN documents d ON d.id = p.document_id WHERE document_pages_fts MATCH ? "
        "ORDER BY bm25(document_pages_fts) LIMIT 20", (q,)).fetchall()


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1]


def main() -> None:
    vocab = vocabulary()
    t = time.perf_counter()
    pages = make_pages(vocab)
    print(f"generated {PAGES:,} pages of ~{sum(map(len, pages[:100])) // 100} bytes in {time.perf_counter() - t:.1f} s")
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-search-"))

    conn = connect(tmp / "prr.db")              # flow path: batches, bulk index update
    per_doc = connect(tmp / "per-document.db")   # one document per transaction, triggers
    base = connect(tmp / "baseline.db")
    base.execute("DROP TRIGGER document_pages_ai")
    # Alternate rounds of the three so all see the same machine load (others share the CPU).
    timing = {"batch": [0.0, 0.0], "per_doc": [0.0, 0.0], "bulk": [0.0, 0.0]}
    for start in range(0, PAGES, ROUND):
        chunk = pages[start:start + ROUND]
        for key, fn, c in (("batch", index_batches, conn), ("per_doc", index, per_doc), ("bulk", bulk_baseline, base)):
            w, cpu = fn(c, chunk, start) if fn is not bulk_baseline else fn(c, chunk)
            timing[key][0] += w
            timing[key][1] += cpu
    base.close()
    per_doc.close()
    rate, d_rate, b_rate = (PAGES / timing[k][0] for k in ("batch", "per_doc", "bulk"))
    print(f"prr flow path ({BATCH_DOCS} documents per transaction, bulk index): {rate:,.0f} pages/s wall, "
          f"{PAGES / timing['batch'][1]:,.0f} per CPU-second")
    print(f"prr one document per transaction (triggers): {d_rate:,.0f} pages/s wall, "
          f"{PAGES / timing['per_doc'][1]:,.0f} per CPU-second")
    print(f"baseline bulk insert + one rebuild:   {b_rate:,.0f} pages/s wall, {PAGES / timing['bulk'][1]:,.0f} per CPU-second")

    rnd = random.Random(SEED + 1)
    # Two-word queries of mid-frequency words (what people search: names, places, types),
    # plus one common word in one query out of ten to include big result sets.
    queries = []
    for i in range(QUERIES):
        words = rnd.sample(vocab[200:5000], 2) if i % 10 else [vocab[rnd.randrange(5, 50)], rnd.choice(vocab[200:5000])]
        queries.append(" ".join(words))
    search(conn, queries[0], kind="document")   # warm the page cache
    times, hits = [], 0
    for q in queries:
        t = time.perf_counter()
        found = search(conn, q, kind="document", limit=20)
        times.append((time.perf_counter() - t) * 1000)
        hits += len(found)
    all_kinds = []
    for q in queries[:100]:
        t = time.perf_counter()
        search(conn, q, limit=20)
        all_kinds.append((time.perf_counter() - t) * 1000)
    base_times = []
    for q in queries:
        t = time.perf_counter()
        join_first(conn, q)
        base_times.append((time.perf_counter() - t) * 1000)
    q95, b95 = p95(times), p95(base_times)
    print(f"query p95 with snippets: {q95:.2f} ms (median {statistics.median(times):.2f} ms, "
          f"{hits / len(queries):.1f} hits/query); all kinds p95 {p95(all_kinds):.2f} ms")
    print(f"baseline join-first query p95: {b95:.2f} ms")
    result = {
        "pages": PAGES,
        "index_pages_per_s": round(rate),
        "baseline_bulk_pages_per_s": round(b_rate),
        "index_ratio_vs_bulk": round(rate / b_rate, 2),
        "index_per_document_pages_per_s": round(d_rate),
        "index_pages_per_cpu_s": round(PAGES / timing["batch"][1]),
        "index_per_document_pages_per_cpu_s": round(PAGES / timing["per_doc"][1]),
        "baseline_bulk_pages_per_cpu_s": round(PAGES / timing["bulk"][1]),
        "query_p95_ms": round(q95, 2),
        "query_median_ms": round(statistics.median(times), 2),
        "query_all_kinds_p95_ms": round(p95(all_kinds), 2),
        "baseline_join_first_p95_ms": round(b95, 2),
        "query_speedup_vs_join_first": round(b95 / q95, 2) if q95 else None,
        "goals": {"index_pages_per_s": ">= 5000", "query_p95_ms": "< 20"},
    }
    result["goals_met"] = rate >= 5000 and q95 < 20
    # The same goal on CPU time, for runs where other processes took part of the CPU.
    result["goals_met_cpu_time"] = PAGES / timing["batch"][1] >= 5000 and q95 < 20
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        result["note"] = (f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores during the run: "
                          "other processes shared the CPU")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
