"""Breached cities from the Attorney General's data-breach list, turned into incident-log requests.

A check reads the list (CSV export and/or list page), stores every entry once with
its first-seen time, and matches each new entry to a registry city or one of its
departments. For a match prr fetches the entry's sample notice PDF, extracts its
text, pulls the notice's facts (what happened, breach dates, information involved)
and drafts an ``incident-logs`` request covering the breach dates. Filing is off
unless the user opts in (``PRR_BREACH_AUTOFILE=1`` or ``autofile=True``).

Matching is anchored: the whole organisation name must read as the city ("City of
X", "Town of X") or one of its departments ("X Police Department", "City of X Public
Library"), so "X Unified School District", "X County", "X Water District" or "X
Inc." never match city X, and "Ventura" inside "Buenaventura" is no match either.
"""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime

from prr.breaches.alerts import alert_markdown, alert_title, notify
from prr.breaches.drafting import request_params
from prr.breaches.matching import (
    MATCH_THRESHOLD,
    CityIndex,
    CityMatch,
    best_candidate,
    match_city,
    normalise_name,
)
from prr.breaches.notice_facts import NoticeFacts, extract_notice_facts
from prr.db import breaches as store

log = logging.getLogger(__name__)

__all__ = [
    "MATCH_THRESHOLD",
    "CheckResult",
    "CityIndex",
    "CityMatch",
    "EntryOutcome",
    "NoticeFacts",
    "ReadResult",
    "act_on_entries",
    "act_on_entry",
    "alert_markdown",
    "alert_title",
    "best_candidate",
    "check_breach_list",
    "city_groups",
    "extract_notice_facts",
    "fetch_notice",
    "match_city",
    "normalise_name",
    "notify",
    "read_breach_list",
    "request_params",
    "resolve_autofile",
]


# --- reading the list ------------------------------------------------------------------

@dataclass
class ReadResult:
    check_id: int
    seen: int = 0
    new_ids: list[int] = field(default_factory=list)
    matched_ids: list[int] = field(default_factory=list)     # newly matched this check
    problems: list[dict] = field(default_factory=list)       # malformed rows
    errors: list[dict] = field(default_factory=list)         # sources that could not be read

    def to_json(self) -> dict:
        return asdict(self)


def _fetcher(settings, fetcher):
    if fetcher is not None:
        return fetcher
    from prr.scrapers.fetch import PoliteFetcher

    return PoliteFetcher(settings)


def _fetch_sources(settings, fetcher, list_url, csv_url, max_pages, errors):
    from prr.scrapers.ag_breach import BreachList, parse_breach_csv, parse_breach_list_html
    from prr.scrapers.fetch import FetchError

    lists: list[BreachList] = []
    if csv_url:
        try:
            got = fetcher.fetch(csv_url)
            lists.append(parse_breach_csv(got.body, got.url))
        except FetchError as e:
            errors.append({"url": csv_url, "kind": e.kind, "error": str(e)})
    url, pages, visited = list_url, 0, set()
    while url and pages < max_pages and url not in visited:
        visited.add(url)
        try:
            got = fetcher.fetch(url)
        except FetchError as e:
            errors.append({"url": url, "kind": e.kind, "error": str(e)})
            break
        parsed = parse_breach_list_html(got.text, got.url)
        lists.append(parsed)
        pages += 1
        url = parsed.next_url if parsed.next_url and parsed.entries else None
    return lists


def read_breach_list(conn: sqlite3.Connection, *, list_url: str | None = None, csv_url: str | None = None,
                     data: bytes | str | None = None, data_name: str | None = None, settings=None,
                     fetcher=None, max_pages: int = 20) -> ReadResult:
    """Read the list, store entries (new ones get their first-seen time) and match them.

    With neither URL given, both come from the settings; give one to read only that
    one. ``data`` reads a saved copy (HTML or CSV) instead of fetching.
    """
    from prr.scrapers.ag_breach import merge_lists, parse_breach_list

    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    errors: list[dict] = []
    if data is not None:
        # A saved page's relative detail links point at the AG's site.
        lists = [parse_breach_list(data, settings.ag_breach_list_url)]
        source_url = data_name
    else:
        if not list_url and not csv_url:
            list_url, csv_url = settings.ag_breach_list_url, settings.ag_breach_csv_url
        own = fetcher is None
        fetcher = _fetcher(settings, fetcher)
        try:
            lists = _fetch_sources(settings, fetcher, list_url, csv_url, max_pages, errors)
        finally:
            if own:
                fetcher.close()
        source_url = csv_url or list_url
    check_id = store.start_check(conn, list_url=list_url if data is None else data_name,
                                 csv_url=csv_url if data is None else None)
    merged = merge_lists(*lists)
    result = ReadResult(check_id=check_id, seen=len(merged.entries),
                        problems=[p.to_json() for p in merged.problems], errors=errors)
    for e in merged.entries:
        entry_id, is_new = store.upsert_entry(
            conn, entry_key=e.key, organization=e.organization,
            breach_dates=[d.isoformat() for d in e.breach_dates], breach_dates_text=e.breach_dates_text,
            breach_is_range=e.breach_is_range, reported_on=e.reported_on.isoformat() if e.reported_on else None,
            detail_url=e.detail_url, source=e.source if data is None else "file", source_url=source_url,
            extra=e.extra)
        if is_new:
            result.new_ids.append(entry_id)
    index = CityIndex(store.city_names(conn))
    for entry in store.entries_to_match(conn):
        best = best_candidate(entry["organization"], index)
        if best is not None and best.score >= MATCH_THRESHOLD:
            store.set_match(conn, entry["id"], status="matched", city_slug=best.city_slug,
                            score=best.score, reason=best.reason)
            result.matched_ids.append(entry["id"])
        else:
            store.set_match(conn, entry["id"], status="unmatched",
                            city_slug=(best.city_slug or None) if best else None,
                            score=best.score if best else 0.0,
                            reason=best.reason if best else "no registry city in the name")
    store.finish_check(conn, check_id, entries_seen=result.seen, entries_new=len(result.new_ids),
                       matched_new=len(result.matched_ids), problems=result.problems, errors=errors)
    return result


# --- acting on a match -----------------------------------------------------------------

@dataclass
class EntryOutcome:
    entry_id: int
    organization: str
    city_slug: str
    status: str                          # drafted | filed | ready_to_send | awaiting_submission | existing | error
    request_id: int | None = None
    params: dict = field(default_factory=dict)
    notice_url: str | None = None
    facts: dict | None = None
    error: str | None = None
    match_score: float | None = None
    match_reason: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


def fetch_notice(conn: sqlite3.Connection, entry: dict, *, settings, fetcher) -> tuple[str | None, int | None, NoticeFacts]:
    """Detail page -> sample notice PDF -> stored document -> text -> facts. Never raises
    for a missing or bad notice: the facts carry the reason instead."""
    from prr.scrapers.ag_breach import parse_breach_detail
    from prr.scrapers.fetch import FetchError

    if not entry.get("detail_url"):
        return None, None, NoticeFacts(error="the list gave no detail page for this entry")
    try:
        page = fetcher.fetch(entry["detail_url"])
    except FetchError as e:
        return None, None, NoticeFacts(error=f"detail page: {e}")
    detail = parse_breach_detail(page.text, page.url)
    if not detail.notice_urls:
        return None, None, NoticeFacts(error=f"no sample notice link on {entry['detail_url']}")
    notice_url = detail.notice_urls[0]
    try:
        pdf = fetcher.fetch(notice_url)
    except FetchError as e:
        return notice_url, None, NoticeFacts(error=f"sample notice: {e}")
    from prr.db.documents import pages_for
    from prr.documents.documents import add_document, process_document

    filename = notice_url.rsplit("/", 1)[-1].split("?")[0] or "sample-notice.pdf"
    doc_id = add_document(conn, pdf.body, filename=filename, city_slug=entry["city_slug"],
                          content_type="application/pdf", settings=settings)
    result = process_document(conn, doc_id)
    text = "\n".join(p["text"] or "" for p in pages_for(conn, doc_id))
    if result.get("status") != "ok" or not text.strip():
        return notice_url, doc_id, NoticeFacts(error=f"sample notice text: {result.get('status')} "
                                                     f"{result.get('error') or '(no text)'}")
    return notice_url, doc_id, extract_notice_facts(text)


def act_on_entry(conn: sqlite3.Connection, entry_id: int, *, autofile: bool = False, settings=None,
                 fetcher=None) -> EntryOutcome:
    """Notice, facts, draft (and file only when ``autofile``) for one matched entry.

    A failure is recorded on the entry (``action_status='error'`` with the reason) and the
    next check retries it; a request already drafted is never drafted twice.
    """
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    entry = store.get_entry(conn, entry_id)
    if entry is None or entry["match_status"] != "matched":
        raise LookupError(f"breach entry {entry_id} is not a matched entry")
    out = EntryOutcome(entry_id, entry["organization"], entry["city_slug"], "error",
                       match_score=entry["match_score"], match_reason=entry["match_reason"])
    own = fetcher is None
    fetcher = _fetcher(settings, fetcher)
    try:
        request_id = entry["request_id"]
        if request_id is None:
            notice_url, doc_id, facts = fetch_notice(conn, entry, settings=settings, fetcher=fetcher)
            out.notice_url, out.facts = notice_url, facts.to_json()
            from zoneinfo import ZoneInfo

            out.params = request_params(entry, facts, today=datetime.now(ZoneInfo(settings.timezone)).date())
            store.update_action(conn, entry_id, notice_url=notice_url, notice_document_id=doc_id,
                                notice_facts=facts.to_json())
            from prr.requests.filing import DuplicateRequestError, SimilarRequestError, draft_request

            try:
                request_id = draft_request(conn, entry["city_slug"], "incident-logs", out.params, settings=settings)
            except (DuplicateRequestError, SimilarRequestError) as e:
                # The user (or another entry of the same incident) already asked for these
                # records: link to that request instead of drafting a second one.
                existing = getattr(e, "existing_id", None) or (getattr(e, "similar_ids", None) or [None])[0]
                out.request_id, out.status = existing, "existing"
                out.error = None
                store.update_action(conn, entry_id, action_status="existing", request_id=existing,
                                    error=f"covered by request {existing}: {e}")
                return out
            except Exception as e:   # no template, no contact, city missing: say so, retry later
                out.error = f"drafting failed: {type(e).__name__}: {e}"
                store.update_action(conn, entry_id, action_status="error", error=out.error)
                return out
            out.request_id = request_id
            out.status = "drafted"
            store.update_action(conn, entry_id, action_status="drafted", request_id=request_id, error=None)
        else:   # drafted earlier; only the filing failed
            out.request_id, out.status = request_id, "drafted"
            out.params, out.notice_url, out.facts = {}, entry["notice_url"], entry["notice_facts"]
            if not autofile:
                store.update_action(conn, entry_id, action_status="drafted", error=None)
        if autofile:
            try:
                from prr.requests.filing import file_request

                receipt = file_request(conn, request_id, settings=settings)
            except Exception as e:
                out.error = f"filing failed: {type(e).__name__}: {e}"
                store.update_action(conn, entry_id, action_status="error", error=out.error)
                return out
            # A portal channel may leave the request awaiting a manual submission.
            out.status = getattr(receipt, "status", None) or "filed"
            store.update_action(conn, entry_id, action_status=out.status, error=None)
        return out
    finally:
        if own:
            fetcher.close()


def resolve_autofile(autofile: bool | None, settings) -> bool:
    """Filing is opt-in: an explicit argument wins, else PRR_BREACH_AUTOFILE (off by default)."""
    return settings.breach_autofile if autofile is None else bool(autofile)


@dataclass
class CheckResult:
    read: ReadResult
    outcomes: list[EntryOutcome] = field(default_factory=list)
    autofile: bool = False

    @property
    def new_matched(self) -> list[EntryOutcome]:
        return [o for o in self.outcomes if o.entry_id in set(self.read.matched_ids)]

    def to_json(self) -> dict:
        return {"read": self.read.to_json(), "outcomes": [o.to_json() for o in self.outcomes],
                "autofile": self.autofile}


def city_groups(conn: sqlite3.Connection) -> list[list[int]]:
    """The entries to act on (new matches and retries), grouped by city: the groups are
    independent; inside one, entries go in order (two entries of one incident must not
    both draft: the second links the first's request)."""
    by_city: dict[str, list[int]] = {}
    for e in store.entries_to_act_on(conn):
        by_city.setdefault(e["city_slug"], []).append(e["id"])
    return list(by_city.values())


def act_on_entries(conn: sqlite3.Connection, entry_ids: list[int], *, autofile: bool, settings, fetcher,
                   on_entry: Callable[[EntryOutcome], None] | None = None) -> list[EntryOutcome]:
    out = []
    for entry_id in entry_ids:
        outcome = act_on_entry(conn, entry_id, autofile=autofile, settings=settings, fetcher=fetcher)
        if outcome.error:
            log.warning("%s (%s): %s", outcome.organization, outcome.city_slug, outcome.error)
        out.append(outcome)
        if on_entry:
            on_entry(outcome)
    return out


def check_breach_list(conn: sqlite3.Connection, *, list_url: str | None = None, csv_url: str | None = None,
                      data: bytes | str | None = None, data_name: str | None = None,
                      autofile: bool | None = None, settings=None, fetcher=None,
                      on_entry: Callable[[EntryOutcome], None] | None = None) -> CheckResult:
    """Read the list, then act on every matched entry not yet drafted (new ones and retries)."""
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    do_file = resolve_autofile(autofile, settings)
    own = fetcher is None
    if fetcher is None:
        fetcher = _fetcher(settings, None)
    try:
        read = read_breach_list(conn, list_url=list_url, csv_url=csv_url, data=data, data_name=data_name,
                                settings=settings, fetcher=fetcher)
        result = CheckResult(read, autofile=do_file)
        for entry_ids in city_groups(conn):
            result.outcomes += act_on_entries(conn, entry_ids, autofile=do_file, settings=settings,
                                              fetcher=fetcher, on_entry=on_entry)
        return result
    finally:
        if own:
            fetcher.close()
