"""Search benchmark: index up to 300,000 synthetic document pages and time what `prr search`
waits for (ranked hits with snippets plus the match count) at several index sizes.

Indexing: the extract-documents flow's path (prr.db.documents.save_extractions: 10 documents
of 50 pages per transaction, new pages indexed with one INSERT ... SELECT) into a database
with the current migrations, interleaved round by round with the same path into a
database with FTS5's default merge setting (automerge 4, the setting before migration
0013). Pages/s (wall and CPU) are reported per round near each size.

Queries, at each size in --query-at: prr.documents.search.search_and_count (as the CLI runs
it) for rare words (two words of the long tail: `query_p95_ms`), one common word (on
75-99% of pages, ~3 times per page, like "traffic" in police logs: `common_word_p95_ms`),
a "the"-like word (every page, 6-29 times: `very_common_word_p95_ms`, no goal) and two-word
phrases of common words taken from the pages (`phrase_p95_ms`, no numeric goal). The old ranking (bm25 over every match, no
count) runs the same queries through the same code in the same run, interleaved query by
query; each query set is repeated --repeats times and the median p95 and its spread
(min..max over repeats) are reported.

Goals (at the largest size, 300k by default): common word p95 < 50 ms, rare < 20 ms,
index >= 5,000 pages/s and flat as the index grows (rate at the end >= 0.8x the start).
Last line: one JSON object.

    .venv/bin/python benchmarks/search.py [--pages 300000] [--query-at 100000,300000] [--repeats 3]
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import prr.db.search as fts_mod  # noqa: E402
import prr.documents.search as search_mod  # noqa: E402
from prr.db import connect, write  # noqa: E402
from prr.db.documents import save_extractions  # noqa: E402

PAGES_PER_DOC = 50
WORDS_PER_PAGE = 300        # ~2 KB of text
ROUND = 5_000               # pages per interleaved indexing round
BATCH_DOCS = 10             # documents per task in flows/documents.py (BATCH_SIZE)
SEED = 11
GOALS = {"common_word_p95_ms": 50.0, "query_p95_ms": 20.0, "index_pages_per_s": 5000, "index_flatness_min": 0.8}


def vocabulary(n: int = 20_000) -> list[str]:
    rnd = random.Random(SEED)
    letters = "abcdefghijklmnoprstuvwy"
    words = set()
    while len(words) < n:
        words.add("".join(rnd.choice(letters) for _ in range(rnd.randint(3, 9))))
    words = sorted(words)
    rnd.shuffle(words)          # frequency rank independent of spelling
    return words


def make_pages(vocab: list[str], cum: list[float], start: int, n: int) -> list[str]:
    """Pages start..start+n (the same text for the same numbers in every run), Zipf-like."""
    rnd = random.Random(SEED * 1_000_003 + start)
    words = rnd.choices(vocab, cum_weights=cum, k=n * WORDS_PER_PAGE)
    return [" ".join(words[i * WORDS_PER_PAGE:(i + 1) * WORDS_PER_PAGE]) for i in range(n)]


def index_batches(conn, pages: list[str], offset: int) -> tuple[float, float]:
    """What the extract-documents flow does per batch. Returns (wall s, CPU s)."""
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


def new_way(conn, q: str) -> None:
    """What `prr search Q` does now: windowed ranking and the (capped) count."""
    search_mod.search_and_count(conn, q, limit=20)


def old_way(conn, q: str) -> None:
    """The previous ranking: bm25 over every match (no window), no count."""
    saved = fts_mod._window_start
    fts_mod._window_start = lambda *a, **k: None
    try:
        search_mod.search(conn, q, limit=20)
    finally:
        fts_mod._window_start = saved


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[-1] if len(xs) > 1 else xs[0]


def spread(xs: list[float]) -> dict:
    return {"median": round(statistics.median(xs), 2), "min": round(min(xs), 2), "max": round(max(xs), 2)}


def query_sets(vocab: list[str], sample_pages: list[str]) -> dict[str, list[str]]:
    rnd = random.Random(SEED + 1)
    common = set(vocab[:200])
    phrases = []
    while len(phrases) < 30:
        words = rnd.choice(sample_pages).split()
        i = rnd.randrange(len(words) - 1)
        if words[i] in common and words[i + 1] in common:
            phrases.append(f'"{words[i]} {words[i + 1]}"')
    # Word of frequency rank r: ~28.6/(r+1) times on a 300-word page. "traffic" in real police
    # logs (LBPD, Norman OK): on 60-85% of pages, ~3 times per 300 words, i.e. ranks ~5-20 here
    # (on 75-99% of pages). Ranks 0-4 are "the"/"of" words: on every page, 6-29 times.
    return {"rare": [" ".join(rnd.sample(vocab[2000:20000], 2)) for _ in range(100)],
            "common": [vocab[rnd.randrange(5, 21)] for _ in range(40)],
            "very_common": [vocab[rnd.randrange(0, 5)] for _ in range(20)],
            "phrase": phrases}


def time_queries(conn, sets: dict[str, list[str]], repeats: int, old_share: float = 0.25) -> dict:
    """p95 per repeat for each set, new and old, interleaved query by query. The old way
    runs on a share of the queries (it takes up to a second each on common words)."""
    conn.execute("SELECT count(*) FROM document_pages_fts WHERE document_pages_fts MATCH 'x'")   # warm
    out = {}
    for name, qs in sets.items():
        new_p95, old_p95, new_med, new_cpu95, old_cpu95 = [], [], [], [], []
        for rep in range(repeats):
            new_t, old_t, new_c, old_c = [], [], [], []
            for i, q in enumerate(qs):
                run_old = i % round(1 / old_share) == rep % round(1 / old_share)
                order = (("new", new_way), ("old", old_way)) if i % 2 else (("old", old_way), ("new", new_way))
                for label, fn in order:
                    if label == "old" and not run_old:
                        continue
                    t, c = time.perf_counter(), time.process_time()
                    fn(conn, q)
                    (new_t if label == "new" else old_t).append((time.perf_counter() - t) * 1000)
                    (new_c if label == "new" else old_c).append((time.process_time() - c) * 1000)
            new_p95.append(p95(new_t))
            new_med.append(statistics.median(new_t))
            old_p95.append(p95(old_t))
            new_cpu95.append(p95(new_c))
            old_cpu95.append(p95(old_c))
        out[name] = {"new_p95_ms": spread(new_p95), "new_median_ms": spread(new_med), "old_p95_ms": spread(old_p95),
                     "new_cpu_p95_ms": spread(new_cpu95), "old_cpu_p95_ms": spread(old_cpu95),
                     "old_over_new_p95": round(statistics.median(old_p95) / statistics.median(new_p95), 1)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=300_000)
    ap.add_argument("--query-at", default="100000,300000", help="index sizes at which queries are timed")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    query_at = sorted({min(int(x), args.pages) for x in args.query_at.split(",")})
    vocab = vocabulary()
    cum = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    tmp = Path(tempfile.mkdtemp(prefix="prr-bench-search-"))
    try:
        result = run(args, query_at, vocab, cum, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(result))


def run(args, query_at, vocab, cum, tmp: Path) -> dict:
    conn = connect(tmp / "prr.db")                  # current migrations (automerge 16)
    old = connect(tmp / "old-merge.db")
    old.execute("INSERT INTO document_pages_fts (document_pages_fts, rank) VALUES ('automerge', 4)")
    rounds: list[dict] = []
    queries: dict[int, dict] = {}
    sets = None
    for start in range(0, args.pages, ROUND):
        chunk = make_pages(vocab, cum, start, min(ROUND, args.pages - start))
        sets = sets or query_sets(vocab, chunk[:500])
        timed = {}
        pairs = [("new", conn), ("old", old)]
        for label, c in (pairs if (start // ROUND) % 2 == 0 else pairs[::-1]):
            timed[label] = index_batches(c, chunk, start)
        size = start + len(chunk)
        rounds.append({"size": size, **{f"{k}_wall": len(chunk) / v[0] for k, v in timed.items()},
                       **{f"{k}_cpu": len(chunk) / v[1] for k, v in timed.items()}})
        print(f"{size:>7,} pages: {rounds[-1]['new_wall']:,.0f} pages/s "
              f"(old merge setting {rounds[-1]['old_wall']:,.0f}); load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        if size in query_at:
            queries[size] = time_queries(conn, sets, args.repeats)
            print(f"{size:>7,} pages: {json.dumps(queries[size])}", file=sys.stderr)
    old.close()
    conn.close()
    return summarise(args, rounds, queries)


def _rates_near(rounds: list[dict], size: int, key: str) -> list[float]:
    """Rates of the rounds in the last 20k pages up to ``size`` (at least one round)."""
    near = [r[key] for r in rounds if size - 20_000 < r["size"] <= size]
    return near or [rounds[0][key]]


def summarise(args, rounds, queries) -> dict:
    sizes = sorted({10_000, 100_000, args.pages} & {r["size"] for r in rounds}) or [rounds[-1]["size"]]
    index = {}
    for s in sizes:
        index[str(s)] = {k: spread(_rates_near(rounds, s, k)) for k in ("new_wall", "new_cpu", "old_wall", "old_cpu")}
    first, last = index[str(sizes[0])], index[str(sizes[-1])]
    flat_wall = last["new_wall"]["median"] / first["new_wall"]["median"]
    flat_old = last["old_wall"]["median"] / first["old_wall"]["median"]
    top = queries[max(queries)] if queries else None
    result = {
        "benchmark": "search", "pages": args.pages, "cpus": os.cpu_count(),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "index_pages_per_s_by_size": index,
        "index_pages_per_s": round(last["new_wall"]["median"]),
        "index_pages_per_cpu_s": round(last["new_cpu"]["median"]),
        "index_flatness": round(flat_wall, 2),
        "index_flatness_old_merge": round(flat_old, 2),
        # The same ratio on CPU-time rates: what it is when the load does not change mid-run.
        "index_flatness_cpu": round(last["new_cpu"]["median"] / first["new_cpu"]["median"], 2),
        "index_flatness_cpu_old_merge": round(last["old_cpu"]["median"] / first["old_cpu"]["median"], 2),
        "index_ratio_vs_old_merge": round(last["new_wall"]["median"] / last["old_wall"]["median"], 2),
        "queries_by_size": {str(k): v for k, v in queries.items()},
        "goals": {"common_word_p95_ms": "< 50", "query_p95_ms": "< 20", "index_pages_per_s": ">= 5000",
                  "index_flatness": ">= 0.8 (rate at the largest size / rate at the first 10k)"},
    }
    if top:
        result.update({
            "query_p95_ms": top["rare"]["new_p95_ms"]["median"],
            "common_word_p95_ms": top["common"]["new_p95_ms"]["median"],
            "phrase_p95_ms": top["phrase"]["new_p95_ms"]["median"],
            "very_common_word_p95_ms": top["very_common"]["new_p95_ms"]["median"],
            "old_ranking_very_common_word_p95_ms": top["very_common"]["old_p95_ms"]["median"],
            "old_ranking_query_p95_ms": top["rare"]["old_p95_ms"]["median"],
            "old_ranking_common_word_p95_ms": top["common"]["old_p95_ms"]["median"],
            "old_ranking_phrase_p95_ms": top["phrase"]["old_p95_ms"]["median"],
            "common_word_speedup_vs_old": top["common"]["old_over_new_p95"],
            # CPU time of the same queries (one thread): what the wall time is when the CPU is free.
            "query_p95_cpu_ms": top["rare"]["new_cpu_p95_ms"]["median"],
            "common_word_p95_cpu_ms": top["common"]["new_cpu_p95_ms"]["median"],
            "phrase_p95_cpu_ms": top["phrase"]["new_cpu_p95_ms"]["median"],
        })
    met = {
        "common_word_p95_ms": bool(top) and result["common_word_p95_ms"] < GOALS["common_word_p95_ms"],
        "query_p95_ms": bool(top) and result["query_p95_ms"] < GOALS["query_p95_ms"],
        "index_pages_per_s": result["index_pages_per_s"] >= GOALS["index_pages_per_s"],
        "index_pages_per_cpu_s": result["index_pages_per_cpu_s"] >= GOALS["index_pages_per_s"],
        "index_flatness": flat_wall >= GOALS["index_flatness_min"],
        "common_word_p95_cpu_ms": bool(top) and result["common_word_p95_cpu_ms"] < GOALS["common_word_p95_ms"],
        "query_p95_cpu_ms": bool(top) and result["query_p95_cpu_ms"] < GOALS["query_p95_ms"],
    }
    result["goals_met_each"] = met
    result["goals_met"] = all(v for k, v in met.items() if "cpu" not in k)
    # The same goals on CPU time, for runs where other processes took part of the CPU.
    result["goals_met_cpu_time"] = all(v for k, v in met.items() if k not in
                                       ("common_word_p95_ms", "query_p95_ms", "index_pages_per_s"))
    if os.getloadavg()[0] > (os.cpu_count() or 1):
        result["note"] = (f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end: other "
                          "processes shared the CPU; compare the ratios and the CPU-time rates")
    return result


if __name__ == "__main__":
    main()
