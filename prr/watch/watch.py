"""Check watched city pages and record what changed, fact by fact.

A check fetches every page politely (conditional GET), skips pages whose body
hash is unchanged, normalises the rest, extracts typed contacts and compares
them with the page's last snapshot:

- contacts as sets per registry kind (``records_email``, ``portal_url``, ...): a
  replaced email is ONE change (old -> new), an added or removed one is one each;
- policy text paragraph by paragraph, as a multiset, so a moved paragraph is no
  change; contact values inside paragraphs are masked so a changed email is not
  also reported as changed text.

A difference is only recorded once confirmed: by an immediate re-fetch
(``confirm="recheck"``, the default) or on the next check
(``confirm="next_check"``), so a flapping page does not alert. Failures never
become snapshots; ``failure_threshold`` failures in a row, a 404/410 or a
permanent redirect become a ``page_broken`` / ``page_moved`` change. A page's first check also proposes
the contacts on it that the registry lacks. Large runs fetch and parse in worker
processes, each owning some hosts; this process writes.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from prr.db import pages as store
from prr.db.core import now_utc
from prr.scrapers.contacts import Contacts, extract_contacts, has_local_numbers, mask_contacts
from prr.scrapers.fetch import Fetched, FetchError, PoliteFetcher
from prr.scrapers.normalise import PageText, normalise
from prr.watch.site_context import area_codes_for, flag_boilerplate, is_repeated, site_repeated

CONFIRM_MODES = ("recheck", "next_check", "none")
SOFT_404 = re.compile(r"\b(?:page not found|404 error|error 404|file not found|page (?:you requested |)"
                      r"(?:could not|cannot|can't) be found)\b", re.I)
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml")
MIN_PARAGRAPH = 3          # shorter leftovers ("|", "»") are not policy text


@dataclass
class WatchOptions:
    confirm: str = "recheck"
    failure_threshold: int = 3
    # Runs with at least this many pages are fetched and parsed in worker processes, each
    # owning some hosts (one process's GIL cannot keep up with dozens of fetching threads
    # and the parsing). 0: never.
    parallel_from: int = 50
    # On a page's first check, propose the contacts on it that the registry lacks.
    reconcile_registry: bool = True
    buffer_pages: int = 2000     # results held before writing (memory bound for huge runs)

    def __post_init__(self):
        if self.confirm not in CONFIRM_MODES:
            raise ValueError(f"confirm must be one of {', '.join(CONFIRM_MODES)}, not {self.confirm!r}")


@dataclass
class Diff:
    kind: str                  # contact_added | contact_removed | policy_changed
    field: str | None
    old_value: str | None
    new_value: str | None
    evidence: str = ""

    def key(self) -> tuple:
        return (self.kind, self.field, self.old_value, self.new_value)


@dataclass
class Analysis:
    page_text: PageText
    contacts: Contacts
    facts: dict[str, dict[str, str]]        # registry kind -> {value: evidence}
    norm_hash: str
    repeated: set[str] = field(default_factory=set)   # paragraphs the city's other pages repeat

    def with_area_codes(self, area_codes: tuple[str, ...], page_kind: str | None) -> Analysis:
        """Read the contacts again with the city's area codes when the page has
        seven-digit numbers ("385-7803") that need one."""
        if area_codes and has_local_numbers(self.page_text.text):
            self.contacts = extract_contacts(self.page_text, area_codes=area_codes)
            self.facts = facts_of(self.contacts, page_kind)
        return self

    def with_site(self, repeated: set[str], page_kind: str | None) -> Analysis:
        """Flag the contacts in paragraphs the site repeats: they never become facts."""
        if repeated:
            self.repeated = repeated
            flag_boilerplate(self.contacts, repeated)
            self.facts = facts_of(self.contacts, page_kind)
        return self

    @property
    def paragraphs(self) -> list[str]:
        """Comparable paragraphs (contacts masked); only needed when diffing."""
        return comparable_paragraphs(self.page_text.paragraphs)


@dataclass
class PageResult:
    page_id: int
    city_slug: str
    url: str
    outcome: str     # not_modified | same_hash | unchanged | baseline | changed | unconfirmed | failed | broken
    changes: list[int] = field(default_factory=list)
    error: str | None = None
    bytes: int = 0


@dataclass
class WatchSummary:
    results: list[PageResult] = field(default_factory=list)

    @property
    def change_ids(self) -> list[int]:
        return [c for r in self.results for c in r.changes]

    def counts(self) -> dict[str, int]:
        return dict(Counter(r.outcome for r in self.results))

    def to_json(self) -> dict:
        return {"pages": len(self.results), "outcomes": self.counts(), "changes": self.change_ids,
                "failures": [{"url": r.url, "error": r.error} for r in self.results if r.error]}


# --- analysis ----------------------------------------------------------------------------

def fact_value(c) -> str:
    return c.value + (f" ext. {c.ext}" if c.ext else "")


def comparable_paragraph(p: str) -> str:
    return " ".join(mask_contacts(p, "<contact>").split())


def facts_of(contacts: Contacts, page_kind: str | None) -> dict[str, dict[str, str]]:
    facts: dict[str, dict[str, str]] = {}
    for c in contacts.items:
        rk = c.registry_kind(page_kind)
        if rk:
            facts.setdefault(rk, {}).setdefault(fact_value(c), c.evidence[:300])
    return facts


def analyse(body_text: str, *, base_url: str | None, page_kind: str | None) -> Analysis:
    page_text = normalise(body_text, base_url)
    contacts = extract_contacts(page_text)
    facts = facts_of(contacts, page_kind)
    norm_hash = hashlib.sha256("\n".join(page_text.paragraphs).encode()).hexdigest()
    return Analysis(page_text, contacts, facts, norm_hash)


def comparable_paragraphs(paragraphs: list[str]) -> list[str]:
    return [q for q in (comparable_paragraph(p) for p in paragraphs)
            if len(q.replace("<contact>", "").strip(" .,:;|-")) >= MIN_PARAGRAPH]


def facts_from_snapshot(snapshot: dict, page_kind: str | None,
                        repeated: set[str] | None = None) -> dict[str, dict[str, str]]:
    contacts = Contacts.from_json(snapshot.get("contacts") or {})
    if repeated:
        flag_boilerplate(contacts, repeated)
    facts: dict[str, dict[str, str]] = {}
    for c in contacts.items:
        rk = c.registry_kind(page_kind)
        if rk:
            facts.setdefault(rk, {}).setdefault(fact_value(c), "")
    return facts


def diff_facts(old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]) -> list[Diff]:
    out = []
    for rk in sorted(set(old) | set(new)):
        before, after = old.get(rk, {}), new.get(rk, {})
        removed = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        # A removal and an addition of the same kind read as one replaced value.
        while removed and added:
            o, n = removed.pop(0), added.pop(0)
            out.append(Diff("contact_added", rk, o, n, after[n]))
        for n in added:
            out.append(Diff("contact_added", rk, None, n, after[n]))
        for o in removed:
            out.append(Diff("contact_removed", rk, o, None, before.get(o, "")))
    return out


def diff_paragraphs(old: list[str], new: list[str]) -> list[Diff]:
    """Paragraphs compared as multisets (order ignored); a removed paragraph and an added
    one that look alike are reported as one edited paragraph."""
    removed = list((Counter(old) - Counter(new)).elements())
    added = list((Counter(new) - Counter(old)).elements())
    out = []
    for a in list(added):
        best, best_ratio = None, 0.5
        for r in removed:
            ratio = difflib.SequenceMatcher(None, r, a, autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = r, ratio
        if best is not None:
            removed.remove(best)
            added.remove(a)
            out.append(Diff("policy_changed", "paragraph", best, a, _where(new, a)))
    # A new (or dropped) section is one fact: join neighbouring paragraphs into one change.
    for run in _runs(new, added):
        out.append(Diff("policy_changed", "paragraph", None, "\n".join(run), _where(new, run[0])))
    for run in _runs(old, removed):
        out.append(Diff("policy_changed", "paragraph", "\n".join(run), None, _where(old, run[0])))
    return out


def _runs(paragraphs: list[str], chosen: list[str]) -> list[list[str]]:
    left = Counter(chosen)
    runs: list[list[str]] = []
    prev = -2
    for i, p in enumerate(paragraphs):
        if left[p] > 0:
            left[p] -= 1
            if i == prev + 1 and runs:
                runs[-1].append(p)
            else:
                runs.append([p])
            prev = i
    return runs


def _where(paragraphs: list[str], p: str) -> str:
    i = paragraphs.index(p) if p in paragraphs else -1
    return f"paragraph {i + 1} of {len(paragraphs)}: {p[:300]}"


def diff_analysis(snapshot: dict, new: Analysis, page_kind: str | None) -> list[Diff]:
    """Facts and paragraphs that changed; what the city's other pages repeat is left out."""
    old_facts = facts_from_snapshot(snapshot, page_kind, new.repeated)
    old_paras = snapshot.get("paragraphs") or []
    new_paras = new.page_text.paragraphs
    if new.repeated:
        old_paras = [p for p in old_paras if not is_repeated(p, new.repeated)]
        new_paras = [p for p in new_paras if not is_repeated(p, new.repeated)]
    return diff_facts(old_facts, new.facts) + diff_paragraphs(comparable_paragraphs(old_paras),
                                                              comparable_paragraphs(new_paras))


# --- checking ----------------------------------------------------------------------------

def _record(conn, page: dict, diff: Diff, *, status: str, url: str) -> int | None:
    """Store a change unless the same fact is already open or was decided."""
    if store.find_change(conn, page["city_slug"], diff.kind, diff.field, diff.old_value, diff.new_value):
        return None
    return _add_change(conn, page, diff, status=status, url=url)


def _add_change(conn, page: dict, diff: Diff, *, status: str, url: str) -> int:
    return store.add_change(conn, city_slug=page["city_slug"], page_id=page["id"], kind=diff.kind,
                            field=diff.field, old_value=diff.old_value, new_value=diff.new_value,
                            evidence=diff.evidence, url=url, status=status,
                            confirmations=2 if status == "pending" else 1)


def _page_event(conn, page: dict, kind: str, new_value: str, evidence: str) -> int | None:
    if store.find_change(conn, page["city_slug"], kind, page["kind"], page["url"], new_value,
                         statuses=("pending", "rejected"), page_id=page["id"]):
        return None
    return store.add_change(conn, city_slug=page["city_slug"], page_id=page["id"], kind=kind,
                            field=page["kind"], old_value=page["url"], new_value=new_value,
                            evidence=evidence, url=page["url"], confirmations=1)


def handle_failure(conn, page: dict, err: FetchError, options: WatchOptions) -> PageResult:
    failures = store.record_failure(conn, page["id"], error=f"{err.kind}: {err.message}", http_status=err.status)
    result = PageResult(page["id"], page["city_slug"], page["url"], "failed", error=f"{err.kind}: {err.message}")
    gone = err.status in (404, 410)
    if gone or failures >= options.failure_threshold:
        why = (f"HTTP {err.status}: the page is gone" if gone
               else f"{failures} failed checks in a row, last: {err.kind}: {err.message}")
        cid = _page_event(conn, page, "page_broken", "", why + "; the contacts taken from it may be stale")
        store.update_page(conn, page["id"], status="broken")
        result.outcome = "broken"
        if cid:
            result.changes.append(cid)
    return result


def needs_analysis(page: dict, fetched: Fetched) -> bool:
    return not fetched.not_modified and fetched.sha256 != page.get("content_hash")


def handle_fetched(conn, page: dict, fetched: Fetched, options: WatchOptions,
                   refetch=None, analysis: Analysis | None = None) -> PageResult:
    """Process one successful fetch. ``refetch()`` re-fetches the page (for confirm=recheck)."""
    result = PageResult(page["id"], page["city_slug"], page["url"], "unchanged", bytes=len(fetched.body))
    common = dict(last_checked_at=now_utc(), last_http_status=fetched.status, failures=0, last_error=None)
    if page["status"] == "broken":
        common["status"] = "active"
    if fetched.permanent_redirect and fetched.permanent_redirect != page["url"]:
        cid = _page_event(conn, page, "page_moved", fetched.permanent_redirect,
                          f"HTTP {fetched.redirects[0][0]}: {page['url']} now redirects permanently to "
                          f"{fetched.permanent_redirect}")
        common["status"] = "moved"
        if cid:
            result.changes.append(cid)
    if fetched.not_modified:
        store.update_page(conn, page["id"], **common)
        result.outcome = "not_modified"
        return result
    body_hash = fetched.sha256
    pending_confirmation = store.unconfirmed_changes(conn, page["id"]) if options.confirm == "next_check" else []
    if body_hash == page.get("content_hash") and not pending_confirmation:
        store.update_page(conn, page["id"], etag=fetched.etag, last_modified=fetched.last_modified, **common)
        result.outcome = "same_hash"
        return result

    if fetched.content_type and fetched.content_type not in PAGE_TYPES:
        err = FetchError("content_type", fetched.url, f"expected a web page, got {fetched.content_type}",
                         status=fetched.status)
        return handle_failure(conn, page, err, options)
    if analysis is None:
        analysis = analyse(fetched.text, base_url=fetched.url, page_kind=page["kind"])
    if _is_soft_404(analysis):
        err = FetchError("http_4xx", fetched.url, "the page says it was not found (soft 404)", status=404)
        return handle_failure(conn, page, err, options)
    area_codes = area_codes_for(conn, page["city_slug"])
    repeated = site_repeated(conn, page, analysis.page_text.paragraphs)
    analysis.with_area_codes(area_codes, page["kind"]).with_site(repeated, page["kind"])
    # A page that never had a good check has no snapshot: spare the query.
    snapshot = store.latest_snapshot(conn, page["id"]) if page.get("content_hash") else None
    validators = dict(etag=fetched.etag, last_modified=fetched.last_modified, content_hash=body_hash)

    def save_snapshot():
        store.add_snapshot(conn, page["id"], http_status=fetched.status, final_url=fetched.url,
                           content_hash=analysis.norm_hash, text=analysis.page_text.text,
                           paragraphs=analysis.page_text.paragraphs, contacts=analysis.contacts.to_json())

    if snapshot is None:
        save_snapshot()
        store.update_page(conn, page["id"], **validators, **common)
        result.outcome = "baseline"
        if options.reconcile_registry:
            result.changes.extend(reconcile_with_registry(conn, page, analysis, url=fetched.url))
        return result
    diffs = diff_analysis(snapshot, analysis, page["kind"])
    if not diffs:
        for old in pending_confirmation:      # it flapped back: forget the unconfirmed ones
            store.drop_change(conn, old["id"])
        if snapshot["content_hash"] != analysis.norm_hash:
            save_snapshot()                   # only masked tokens changed; keep the latest text
        store.update_page(conn, page["id"], **validators, **common)
        return result

    if options.confirm == "recheck" and refetch is not None:
        try:
            again = refetch()
        except FetchError as e:
            store.update_page(conn, page["id"], **common)
            result.outcome, result.error = "unconfirmed", f"re-fetch to confirm failed: {e.kind}"
            return result
        if again.not_modified:
            confirmed = diffs
        else:
            second = analyse(again.text, base_url=again.url, page_kind=page["kind"])
            second.with_area_codes(area_codes, page["kind"]).with_site(repeated, page["kind"])
            keys = {d.key() for d in diff_analysis(snapshot, second, page["kind"])}
            confirmed = [d for d in diffs if d.key() in keys]
    elif options.confirm == "next_check":
        seen = {(c["kind"], c["field"], c["old_value"], c["new_value"]): c for c in pending_confirmation}
        keys = {d.key() for d in diffs}
        for key, c in seen.items():
            if key in keys:
                store.confirm_change(conn, c["id"])
                result.changes.append(c["id"])
            else:
                store.drop_change(conn, c["id"])
        fresh = [d for d in diffs if d.key() not in seen]
        for d in fresh:
            _record(conn, page, d, status="unconfirmed", url=fetched.url)
        if fresh:
            # Keep the old baseline (and no validators) until the next check confirms.
            store.update_page(conn, page["id"], **common)
            result.outcome = "changed" if result.changes else "unconfirmed"
            return result
        confirmed = []          # all confirmed above
    else:
        confirmed = diffs

    with store.write(conn):
        for d in confirmed:
            cid = _record(conn, page, d, status="pending", url=fetched.url)
            if cid:
                result.changes.append(cid)
        if options.confirm == "next_check" or len(confirmed) == len(diffs):
            save_snapshot()
            store.update_page(conn, page["id"], **validators, **common)
        else:   # part of it flapped: keep the baseline so the rest is judged again next time
            store.update_page(conn, page["id"], **common)
    result.outcome = "changed" if result.changes else ("unconfirmed" if diffs and not confirmed else "unchanged")
    return result


def _fact_key(kind: str, value: str) -> str:
    # Addresses are written many ways; compare letters and digits only.
    return re.sub(r"[^a-z0-9]", "", value.lower()) if kind == "address" else value.lower()


def reconcile_with_registry(conn, page: dict, analysis: Analysis, *, url: str) -> list[int]:
    """Contacts on a newly watched page that the registry does not have become pending
    changes (a replacement when the registry's value came from this very page)."""
    from prr.db.cities import contacts_for

    current = contacts_for(conn, page["city_slug"])
    known = {(c["kind"], _fact_key(c["kind"], c["value"])) for c in current if c["value"]}
    proposals = []
    for kind, values in analysis.facts.items():
        on_page = {_fact_key(kind, v) for v in values}
        replaceable = [c["value"] for c in current if c["kind"] == kind and c["value"]
                       and c["source_url"] in (page["url"], url) and _fact_key(kind, c["value"]) not in on_page]
        fresh = [v for v in values if (kind, _fact_key(kind, v)) not in known]
        for v in fresh:
            old = replaceable.pop(0) if len(fresh) == 1 and len(replaceable) == 1 else None
            proposals.append(Diff("contact_added", kind, old, v, values[v]))
    if not proposals:
        return []
    # What _record checks, for every proposal in one query (each is a distinct fact).
    decided = store.change_keys(conn, page["city_slug"], "contact_added", [d.new_value for d in proposals])
    return [_add_change(conn, page, d, status="pending", url=url) for d in proposals
            if (d.field or "", d.old_value or "", d.new_value or "") not in decided]


def _is_soft_404(a: Analysis) -> bool:
    head = " ".join([a.page_text.title] + a.page_text.paragraphs[:2])
    return bool(SOFT_404.search(head)) and len(a.page_text.paragraphs) < 15


def _worker_pool(workers: int):
    """(pool, queue): worker processes and the queue they stream finished pages on."""
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor

    # Forking is only safe while this is the process's only thread (another thread could
    # hold a lock the children would inherit locked: Prefect's, a progress bar's, fetching
    # threads'). It is then instant; forkserver has to start and import prr first
    # (~0.2 s, measured), so it is the fallback.
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
    else:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["prr.watch.watch", "phonenumbers"])
    queue = ctx.Queue()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(queue,))
    return pool, queue


_results_queue = None
STREAM_CHUNK = 25      # pages per message from a worker: writing starts while others are fetched


def _init_worker(queue) -> None:
    global _results_queue
    _results_queue = queue


def _fetch_and_analyse_job(settings, fetcher_config: dict, items: list[dict]) -> tuple[list[tuple], int, int, int]:
    """In a worker process: fetch a share of the hosts (a host is only ever in one share,
    so per-host limits hold) and parse what changed. Finished pages go to the main process
    in chunks of (page id, outcome, analysis) as they come; the rest is returned with
    (requests made, bytes received, chunks sent)."""
    out: list[tuple] = []
    sent = 0
    with PoliteFetcher(settings, **fetcher_config) as fetcher:
        for item, outcome in fetcher.fetch_many(items):
            page = item["page"]
            analysis = None
            if (isinstance(outcome, Fetched) and needs_analysis(page, outcome)
                    and (not outcome.content_type or outcome.content_type in PAGE_TYPES)):
                try:
                    analysis = analyse(outcome.text, base_url=outcome.url, page_kind=page["kind"])
                except Exception:   # parsed again in the main process, where the error is recorded
                    analysis = None
            out.append((page["id"], outcome, analysis))
            if _results_queue is not None and len(out) >= STREAM_CHUNK:
                _results_queue.put(out)
                out, sent = [], sent + 1
        return out, fetcher.requests_made, fetcher.bytes_received, sent


def _shares(items: list[dict], n: int) -> list[list[dict]]:
    """Split by host into n shares of similar page counts."""
    from urllib.parse import urlsplit

    by_host: dict[str, list] = {}
    for it in items:
        by_host.setdefault(urlsplit(it["url"]).netloc.lower(), []).append(it)
    shares: list[list[dict]] = [[] for _ in range(n)]
    for group in sorted(by_host.values(), key=len, reverse=True):
        min(shares, key=len).extend(group)
    return [s for s in shares if s]


def check_pages(conn, pages: list[dict], *, fetcher: PoliteFetcher, options: WatchOptions | None = None,
                on_result=None, on_fetched=None) -> WatchSummary:
    """Check pages concurrently (within the fetcher's politeness limits), parse large
    runs in worker processes, then write the results from this thread."""
    import os

    options = options or WatchOptions()
    summary = WatchSummary()
    items = [{"url": p["url"], "etag": p["etag"], "last_modified": p["last_modified"], "page": p}
             for p in pages]
    workers = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    pool = queue = None
    if options.parallel_from and len(pages) >= options.parallel_from and workers > 1:
        try:
            pool, queue = _worker_pool(workers)
        except Exception:      # e.g. no usable __main__ for worker processes: parse here instead
            pool = queue = None
    batch = _WriteBatch(conn)

    def finish(page, outcome, analysis=None):
        batch.begin()
        try:
            conn.execute("SAVEPOINT page_check")
            if isinstance(outcome, FetchError):
                res = handle_failure(conn, page, outcome, options)
            else:
                res = handle_fetched(conn, page, outcome, options,
                                     refetch=lambda u=page["url"]: fetcher.fetch(u), analysis=analysis)
            conn.execute("RELEASE page_check")
        except Exception as e:  # one bad page must not stop the run; it is recorded with its reason
            conn.execute("ROLLBACK TO page_check")
            conn.execute("RELEASE page_check")
            store.update_page(conn, page["id"], last_error=f"internal: {type(e).__name__}: {e}",
                              last_checked_at=now_utc())
            res = PageResult(page["id"], page["city_slug"], page["url"], "failed",
                             error=f"internal: {type(e).__name__}: {e}")
        batch.done()
        summary.results.append(res)
        if on_result:
            on_result(res)

    # Without worker processes, results are written after the fetching, not during it:
    # every sqlite call releases the GIL, and getting it back from dozens of busy fetching
    # threads costs ~0.3 ms a call (measured: 1,000 pages' writes took 1.6 s during the
    # fetch, 0.13 s after it). ``buffer_pages`` bounds the memory this takes on huge runs.
    buffered: list = []

    def flush(commit: bool = True):
        for page, outcome, analysis in buffered:
            finish(page, outcome, analysis)
        buffered.clear()
        if commit:
            batch.commit()

    try:
        if pool is not None:
            # Worker processes fetch and parse, each its own hosts (one process's GIL cannot
            # keep up with dozens of fetching threads plus the parsing); this one writes, as
            # the pages arrive (it runs no fetching threads, so its sqlite calls are cheap).
            import queue as queue_mod
            from concurrent.futures import FIRST_COMPLETED, wait

            by_id = {p["id"]: p for p in pages}
            handled: set[int] = set()
            config = dict(fetcher.config(), global_limit=max(1, fetcher.global_limit // workers))
            jobs = {pool.submit(_fetch_and_analyse_job, fetcher.settings, config, share): share
                    for share in _shares(items, workers)}
            expected_chunks, received_chunks = 0, 0

            def take(done):
                for page_id, outcome, analysis in done:
                    if page_id in handled:      # a dead worker's share re-checked here already had it
                        continue
                    handled.add(page_id)
                    buffered.append((by_id[page_id], outcome, analysis))
                    if on_fetched:
                        on_fetched(by_id[page_id])
                flush(commit=False)

            running = set(jobs)
            while running or received_chunks < expected_chunks:
                try:
                    take(queue.get(timeout=0.02 if running else 5.0))
                    received_chunks += 1
                    continue
                except queue_mod.Empty:
                    batch.commit()      # idle: do not hold the write lock while waiting
                    if not running:     # chunks of a worker that died on the way: re-checked below
                        break
                finished, running = wait(running, timeout=0, return_when=FIRST_COMPLETED)
                for job in finished:
                    try:
                        done, requests_made, bytes_received, chunks = job.result()
                        expected_chunks += chunks
                        with fetcher._lock:      # the run's totals include the workers' requests
                            fetcher.requests_made += requests_made
                            fetcher.bytes_received += bytes_received
                    except Exception:      # a worker died: check the rest of its share here instead
                        rest = [it for it in jobs[job] if it["page"]["id"] not in handled]
                        done = [(it["page"]["id"], outcome, None) for it, outcome in fetcher.fetch_many(rest)]
                    take(done)
            missing = [it for it in items if it["page"]["id"] not in handled]
            if missing:
                take([(it["page"]["id"], outcome, None) for it, outcome in fetcher.fetch_many(missing)])
            flush()
        else:
            for item, outcome in fetcher.fetch_many(items):
                buffered.append((item["page"], outcome, None))
                if on_fetched:
                    on_fetched(item["page"])
                if len(buffered) >= options.buffer_pages:
                    flush()
            flush()
    finally:
        batch.commit()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            queue.close()
    return summary


class _WriteBatch:
    """Group the writes of many page checks into one transaction (committed every
    ``max_items`` pages or ``max_s`` seconds) instead of two commits per page."""

    def __init__(self, conn, max_items: int = 200, max_s: float = 0.5):
        self.conn, self.max_items, self.max_s = conn, max_items, max_s
        self.count, self.started = 0, 0.0

    def begin(self) -> None:
        import time

        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.count, self.started = 0, time.monotonic()

    def done(self) -> None:
        import time

        self.count += 1
        if self.count >= self.max_items or time.monotonic() - self.started > self.max_s:
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")


def watch(conn, city_slugs=None, *, settings=None, fetcher: PoliteFetcher | None = None,
          options: WatchOptions | None = None, on_result=None, on_fetched=None) -> WatchSummary:
    """Check every active page of the given cities (all when None)."""
    pages = store.list_pages(conn, city_slugs)
    own = fetcher is None
    fetcher = fetcher or PoliteFetcher(settings)
    try:
        return check_pages(conn, pages, fetcher=fetcher, options=options, on_result=on_result,
                           on_fetched=on_fetched)
    finally:
        if own:
            fetcher.close()
