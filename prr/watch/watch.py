"""Check watched city pages and record what changed, fact by fact.

A check fetches every page politely (conditional GET), skips pages whose body
hash is unchanged, normalises the rest, extracts typed contacts and compares
them with the page's last snapshot (see :mod:`prr.watch.compare`).

What is never a change:

- an outage served with 200 (empty, tiny, maintenance, error or firewall page, or
  text that shrank drastically) is a ``suspect`` fetch, recorded with its reason
  and not compared; a shrunken page served the same on a later day is accepted;
- a run where every host failed with DNS or connection errors is ``offline``: the
  failures are recorded, not counted, and nothing is proposed;
- a robots.txt refusal is recorded, never counted towards ``page_broken``.

A difference is only recorded once confirmed: by an immediate re-fetch
(``confirm="recheck"``, the default; done with no write transaction open) or on
the next check (``confirm="next_check"``). A contact removal must also be seen on
two different days. ``page_broken`` needs ``failure_threshold`` failures in a row
(two for a 404/410) spread over at least two days; a permanent redirect is
``page_moved``. A page's first check also proposes the contacts on it that the
registry lacks. Large runs fetch and parse in worker processes (see
:mod:`prr.watch.workers`); this process writes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from prr.db import pages as store
from prr.db.core import now_utc, savepoint
from prr.scrapers.fetch import Fetched, FetchError, PoliteFetcher
from prr.scrapers.normalise import outage_reason
from prr.watch.compare import (  # noqa: F401  (public names, importable from here as before)
    MIN_PARAGRAPH,
    SOFT_404,
    Analysis,
    Assessment,
    Diff,
    add_change,
    analyse,
    assess,
    comparable_paragraph,
    comparable_paragraphs,
    day_of,
    diff_analysis,
    diff_facts,
    diff_paragraphs,
    fact_value,
    facts_from_snapshot,
    is_soft_404,
    reconcile_with_registry,
)
from prr.watch.site_context import SiteContext
from prr.watch.workers import (  # noqa: F401
    PAGE_TYPES,
    WriteBatch,
    needs_analysis,
    run_parallel,
    worker_pool,
    young_collections_less_often,
)

__all__ = ["CONFIRM_MODES", "MIN_PARAGRAPH", "PAGE_TYPES", "SOFT_404", "Analysis", "Assessment", "Diff", "PageResult",
           "WatchOptions", "WatchSummary", "analyse", "assess", "check_pages", "comparable_paragraph",
           "comparable_paragraphs", "diff_analysis", "diff_facts", "diff_paragraphs", "fact_value",
           "facts_from_snapshot", "handle_failure", "handle_fetched", "handle_offline", "is_soft_404",
           "needs_analysis", "reconcile_with_registry", "watch", "worker_pool"]
CONFIRM_MODES = ("recheck", "next_check", "none")
NETWORK_KINDS = ("dns", "connection", "timeout")     # this machine may be offline


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
    now: str | None = None       # UTC ISO time of the check (tests, replays); default: the clock

    def __post_init__(self):
        if self.confirm not in CONFIRM_MODES:
            raise ValueError(f"confirm must be one of {', '.join(CONFIRM_MODES)}, not {self.confirm!r}")

    def clock(self) -> str:
        return self.now or now_utc()


@dataclass
class PageResult:
    page_id: int
    city_slug: str
    url: str
    # not_modified | same_hash | unchanged | baseline | changed | unconfirmed | suspect | failed |
    # broken | robots | offline
    outcome: str
    changes: list[int] = field(default_factory=list)
    error: str | None = None
    bytes: int = 0


@dataclass
class WatchSummary:
    results: list[PageResult] = field(default_factory=list)
    offline: bool = False      # every host failed with DNS or connection errors

    @property
    def change_ids(self) -> list[int]:
        return [c for r in self.results for c in r.changes]

    def counts(self) -> dict[str, int]:
        return dict(Counter(r.outcome for r in self.results))

    @property
    def all_failed(self) -> bool:
        """Nothing was read: every page failed (or the run was offline)."""
        return bool(self.results) and all(r.outcome in ("failed", "broken", "offline", "robots")
                                          for r in self.results)

    def to_json(self) -> dict:
        return {"pages": len(self.results), "outcomes": self.counts(), "changes": self.change_ids,
                "offline": self.offline, "all_failed": self.all_failed,
                "failures": [{"url": r.url, "error": r.error} for r in self.results if r.error]}


# --- failures ----------------------------------------------------------------------------

def _page_event(conn, page: dict, kind: str, new_value: str, evidence: str, at: str) -> int | None:
    if store.find_change(conn, page["city_slug"], kind, page["kind"], page["url"], new_value,
                         statuses=("pending", "rejected"), page_id=page["id"]):
        return None
    return store.add_change(conn, city_slug=page["city_slug"], page_id=page["id"], kind=kind,
                            field=page["kind"], old_value=page["url"], new_value=new_value,
                            evidence=evidence, url=page["url"], confirmations=1, detected_at=at)


def _not_counted(conn, page: dict, outcome: str, err: FetchError, at: str) -> PageResult:
    """A fetch failure that says nothing about the page (robots refusal, offline run)."""
    error = f"{err.kind}: {err.message}"
    store.record_fetch(conn, page["id"], outcome, reason=error, at=at, http_status=err.status)
    store.update_page(conn, page["id"], last_checked_at=at, last_error=f"{outcome}: {error}")
    return PageResult(page["id"], page["city_slug"], page["url"], outcome, error=error)


def handle_failure(conn, page: dict, err: FetchError, options: WatchOptions) -> PageResult:
    now = options.clock()
    if err.kind == "robots":        # the site asked us not to look: that is not a broken page
        return _not_counted(conn, page, "robots", err, now)
    error = f"{err.kind}: {err.message}"
    failures, first = store.record_failure(conn, page["id"], error=error, http_status=err.status, at=now)
    result = PageResult(page["id"], page["city_slug"], page["url"], "failed", error=error)
    gone = err.status in (404, 410)
    enough = failures >= (min(2, options.failure_threshold) if gone else options.failure_threshold)
    if enough and day_of(first) != day_of(now):
        why = (f"HTTP {err.status}: the page is gone (since {first[:10]})" if gone
               else f"{failures} failed checks in a row since {first[:10]}, last: {error}")
        cid = _page_event(conn, page, "page_broken", "", why + "; the contacts taken from it may be stale", now)
        store.update_page(conn, page["id"], status="broken")
        result.outcome = "broken"
        if cid:
            result.changes.append(cid)
    return result


def handle_offline(conn, page: dict, err: FetchError, options: WatchOptions) -> PageResult:
    return _not_counted(conn, page, "offline", err, options.clock())


# --- successful fetches --------------------------------------------------------------------

def handle_fetched(conn, page: dict, fetched: Fetched, options: WatchOptions,
                   refetch=None, analysis: Analysis | None = None, again=None,
                   assessment: Assessment | None = None) -> PageResult:
    """Process one successful fetch. The confirming re-fetch is ``again`` (a Fetched or a
    FetchError, fetched beforehand) or done by ``refetch()``: callers must not hold a
    write transaction then (check_pages re-fetches before it starts one)."""
    now = options.clock()
    a = assessment or assess(conn, page, fetched, options, analysis, now)
    if a.wants_recheck and options.confirm == "recheck" and again is None and refetch is not None:
        try:
            again = refetch()
        except FetchError as e:
            again = e
    return _apply(conn, page, fetched, options, a, again, now)


def _apply(conn, page: dict, fetched: Fetched, options: WatchOptions, a: Assessment, again, now: str) -> PageResult:
    result = PageResult(page["id"], page["city_slug"], page["url"], "unchanged", bytes=len(fetched.body))
    common = dict(last_checked_at=now, last_http_status=fetched.status, failures=0, last_error=None,
                  first_failed_at=None)
    if a.step in ("not_a_page", "soft_404"):
        status = 404 if a.step == "soft_404" else fetched.status
        kind = "http_4xx" if a.step == "soft_404" else "content_type"
        return handle_failure(conn, page, FetchError(kind, fetched.url, a.reason, status=status), options)
    if a.step == "suspect":
        store.record_fetch(conn, page["id"], "suspect", reason=a.reason, at=now, http_status=fetched.status,
                           size=len(a.analysis.page_text.text), content_hash=a.analysis.norm_hash)
        store.update_page(conn, page["id"], last_checked_at=now, last_http_status=fetched.status,
                          last_error=f"suspect: {a.reason}")
        result.outcome, result.error = "suspect", f"suspect: {a.reason} (not compared)"
        return result
    if page["status"] == "broken":
        common["status"] = "active"
    if fetched.permanent_redirect and fetched.permanent_redirect != page["url"]:
        cid = _page_event(conn, page, "page_moved", fetched.permanent_redirect,
                          f"HTTP {fetched.redirects[0][0]}: {page['url']} now redirects permanently to "
                          f"{fetched.permanent_redirect}", now)
        common["status"] = "moved"
        if cid:
            result.changes.append(cid)
    if a.step in ("not_modified", "same_hash"):
        extra = {} if a.step == "not_modified" else dict(etag=fetched.etag, last_modified=fetched.last_modified)
        store.update_page(conn, page["id"], **extra, **common)
        result.outcome = a.step
        return result
    analysis = a.analysis
    validators = dict(etag=fetched.etag, last_modified=fetched.last_modified, content_hash=fetched.sha256)

    def save_snapshot():
        store.add_snapshot(conn, page["id"], http_status=fetched.status, final_url=fetched.url,
                           content_hash=analysis.norm_hash, text=analysis.page_text.text,
                           paragraphs=analysis.page_text.paragraphs, contacts=analysis.contacts.to_json())

    if a.step == "baseline":
        save_snapshot()
        store.update_page(conn, page["id"], **validators, **common)
        result.outcome = "baseline"
        if options.reconcile_registry:
            result.changes.extend(reconcile_with_registry(conn, page, analysis, url=fetched.url, site=a.site))
        return result
    keys = {d.key() for d in a.diffs}
    for old in a.pending:      # it flapped back: forget what is no longer seen
        if (old["kind"], old["field"], old["old_value"], old["new_value"]) not in keys:
            store.drop_change(conn, old["id"])
    if not a.diffs:
        if a.snapshot["content_hash"] != analysis.norm_hash:
            save_snapshot()                   # only masked tokens changed; keep the latest text
        store.update_page(conn, page["id"], **validators, **common)
        return result
    confirmed = _confirmed(conn, page, fetched, options, a, again, now, result)
    if confirmed is None:          # not confirmed yet: keep the old baseline (and no validators)
        store.update_page(conn, page["id"], **common)
        result.outcome = "changed" if result.changes else "unconfirmed"
        return result
    held = _hold_removals(conn, page, [d for d in confirmed if d.kind == "contact_removed"], a, now,
                          fetched.url, result)
    with store.write(conn):
        for d in confirmed:
            if d.kind == "contact_removed":
                continue                      # recorded (or held) by _hold_removals
            if not store.find_change(conn, page["city_slug"], d.kind, d.field, d.old_value, d.new_value):
                result.changes.append(add_change(conn, page, d, status="pending", url=fetched.url, at=now))
        if not held and len(confirmed) == len(a.diffs):
            save_snapshot()
            store.update_page(conn, page["id"], **validators, **common)
        else:   # part of it is unconfirmed: keep the baseline so it is judged again next time
            store.update_page(conn, page["id"], **common)
    result.outcome = "changed" if result.changes else "unconfirmed"
    return result


def _confirmed(conn, page, fetched, options, a: Assessment, again, now, result) -> list[Diff] | None:
    """The differences confirmed by this check (None: recorded as unconfirmed, wait)."""
    if options.confirm == "recheck" and again is not None:
        if isinstance(again, FetchError):
            result.error = f"re-fetch to confirm failed: {again.kind}"
            return []
        if again.not_modified:
            return list(a.diffs)
        # The same page again: read and compared once (normalising, contacts and the diff are pure)
        same = (again.sha256, again.url, again.encoding) == (fetched.sha256, fetched.url, fetched.encoding)
        second = a.analysis if same else \
            a.read_like_this(analyse(again.text, base_url=again.url, page_kind=page["kind"]), page["kind"])
        if outage_reason(second.page_text, previous_chars=len(a.snapshot["text"] or "")):
            return []
        if same:
            return list(a.diffs)
        keys = {d.key() for d in diff_analysis(a.snapshot, second, page["kind"])}
        return [d for d in a.diffs if d.key() in keys]
    if options.confirm != "next_check":
        return list(a.diffs)
    seen = {(c["kind"], c["field"], c["old_value"], c["new_value"]): c for c in a.pending}
    for d in a.diffs:
        c = seen.get(d.key())
        if c is not None and d.kind != "contact_removed":    # removals wait for a second day below
            store.confirm_change(conn, c["id"])
            result.changes.append(c["id"])
    fresh = [d for d in a.diffs if d.key() not in seen]
    for d in fresh:
        if not store.find_change(conn, page["city_slug"], d.kind, d.field, d.old_value, d.new_value):
            add_change(conn, page, d, status="unconfirmed", url=fetched.url, at=now)
    if fresh:
        return None
    return list(a.diffs)     # the others were confirmed above; removals are judged next


def _hold_removals(conn, page, removals: list[Diff], a: Assessment, now: str, url: str, result) -> bool:
    """A contact removal becomes a pending change only when a healthy page lacked the
    contact on an earlier day too. Returns whether any removal is still waiting."""
    today = day_of(now)
    open_ = {(c["kind"], c["field"], c["old_value"], c["new_value"]): c for c in a.pending}
    held = False
    for d in removals:
        c = open_.get(d.key())
        if c is not None and day_of(c["detected_at"]) < today:
            store.confirm_change(conn, c["id"])
            result.changes.append(c["id"])
        elif c is None and store.find_change(conn, page["city_slug"], d.kind, d.field, d.old_value, d.new_value):
            continue                          # already pending, accepted or rejected
        else:
            held = True
            if c is None:
                add_change(conn, page, d, status="unconfirmed", url=url, at=now)
    return held


# --- runs ----------------------------------------------------------------------------------

def check_pages(conn, pages: list[dict], *, fetcher: PoliteFetcher, options: WatchOptions | None = None,
                on_result=None, on_fetched=None) -> WatchSummary:
    """Check pages concurrently (within the fetcher's politeness limits), parse large
    runs in worker processes, then write the results from this thread. Network
    failures are judged at the end: all of them and nothing else means offline."""
    options = options or WatchOptions()
    summary = WatchSummary()
    batch = WriteBatch(conn)
    site = SiteContext(conn)
    network_failures: list[tuple[dict, FetchError]] = []

    def finish(page, outcome, analysis=None):
        if isinstance(outcome, FetchError) and outcome.kind in NETWORK_KINDS:
            network_failures.append((page, outcome))
            return
        again, assessment = None, None
        if isinstance(outcome, Fetched):
            try:
                assessment = assess(conn, page, outcome, options, analysis, site=site)
            except Exception:       # recorded with its reason by the guarded step below
                assessment = None
            if assessment is not None and assessment.wants_recheck and options.confirm == "recheck":
                batch.commit()      # never wait on the network holding the write lock
                try:
                    again = fetcher.fetch(page["url"])
                except FetchError as e:
                    again = e
        _write(page, lambda: handle_failure(conn, page, outcome, options) if isinstance(outcome, FetchError)
               else handle_fetched(conn, page, outcome, options, analysis=analysis, again=again,
                                   assessment=assessment))

    def _write(page, step):
        batch.begin()
        try:
            with savepoint(conn, "page_check"):     # the page's writes are undone alone
                res = step()
        except Exception as e:  # one bad page must not stop the run; it is recorded with its reason
            store.update_page(conn, page["id"], last_error=f"internal: {type(e).__name__}: {e}",
                              last_checked_at=options.clock())
            res = PageResult(page["id"], page["city_slug"], page["url"], "failed",
                             error=f"internal: {type(e).__name__}: {e}")
        batch.done()
        summary.results.append(res)
        if on_result:
            on_result(res)

    try:
        # "already proposed or decided?" read once per city; fewer collections of young objects
        with store.known_changes(conn), young_collections_less_often():
            run_parallel(pages, fetcher, options, finish, batch, on_fetched, area_codes=site.area_codes)
            summary.offline = bool(network_failures) and not summary.results
            for page, err in network_failures:
                handler = handle_offline if summary.offline else handle_failure
                _write(page, lambda p=page, e=err, h=handler: h(conn, p, e, options))
    finally:
        batch.commit()
    return summary


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
