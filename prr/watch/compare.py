"""What a page says and how two versions of it differ, fact by fact.

- contacts as sets per registry kind (``records_email``, ``portal_url``, ...): a
  replaced email is ONE change (old -> new), an added or removed one is one each;
- policy text paragraph by paragraph, as a multiset, so a moved paragraph is no
  change; contact values inside paragraphs are masked so a changed email is not
  also reported as changed text.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from prr.db import pages as store
from prr.scrapers.contacts import Contacts, extract_contacts, has_local_numbers, mask_contacts
from prr.scrapers.fetch import Fetched
from prr.scrapers.normalise import PageText, normalise
from prr.scrapers.outage_page import outage_reason
from prr.watch.site_context import SiteContext, flag_boilerplate, is_repeated

SOFT_404 = re.compile(r"\b(?:page not found|404 error|error 404|file not found|page (?:you requested |)"
                      r"(?:could not|cannot|can't) be found)\b", re.I)
MIN_PARAGRAPH = 3          # shorter leftovers ("|", "»") are not policy text
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml")
DAY_ZONE = ZoneInfo("America/Los_Angeles")           # "two days" are California days


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
    area_codes: tuple[str, ...] = ()         # the city's area codes the contacts were read with

    def with_area_codes(self, area_codes: tuple[str, ...], page_kind: str | None) -> Analysis:
        """Read the contacts again with the city's area codes when the page has
        seven-digit numbers ("385-7803") that need one (unless already read with them)."""
        area_codes = tuple(area_codes)
        if area_codes == self.area_codes:
            return self
        self.area_codes = area_codes
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


def analyse(body_text: str, *, base_url: str | None, page_kind: str | None,
            area_codes: tuple[str, ...] = ()) -> Analysis:
    """``area_codes``: the city's, when known where the page is parsed (a worker process):
    a page with seven-digit numbers is then read once, with them, instead of once there
    and again by :meth:`Analysis.with_area_codes` in the writing process."""
    page_text = normalise(body_text, base_url)
    area_codes = tuple(area_codes)
    local = bool(area_codes) and has_local_numbers(page_text.text)
    contacts = extract_contacts(page_text, area_codes=area_codes) if local else extract_contacts(page_text)
    facts = facts_of(contacts, page_kind)
    norm_hash = hashlib.sha256("\n".join(page_text.paragraphs).encode()).hexdigest()
    return Analysis(page_text, contacts, facts, norm_hash, area_codes=area_codes)


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


def _fact_key(kind: str, value: str) -> str:
    # Addresses are written many ways; compare letters and digits only.
    return re.sub(r"[^a-z0-9]", "", value.lower()) if kind == "address" else value.lower()


def reconcile_with_registry(conn, page: dict, analysis: Analysis, *, url: str,
                            site: SiteContext | None = None) -> list[int]:
    """Contacts on a newly watched page that the registry does not have become pending
    changes (a replacement when the registry's value came from this very page)."""
    current = (site or SiteContext(conn)).registry_contacts(page["city_slug"])
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
    return [add_change(conn, page, d, status="pending", url=url) for d in proposals
            if (d.field or "", d.old_value or "", d.new_value or "") not in decided]


def add_change(conn, page: dict, diff: Diff, *, status: str, url: str, at: str | None = None) -> int:
    return store.add_change(conn, city_slug=page["city_slug"], page_id=page["id"], kind=diff.kind,
                            field=diff.field, old_value=diff.old_value, new_value=diff.new_value,
                            evidence=diff.evidence, url=url, status=status,
                            confirmations=2 if status == "pending" else 1, detected_at=at)


def is_soft_404(a: Analysis) -> bool:
    if len(a.page_text.paragraphs) >= 15:
        return False
    head = " ".join([a.page_text.title] + a.page_text.paragraphs[:2])
    # every phrase SOFT_404 looks for holds "found" or "404", and no other letter case-folds to
    # one of theirs: a head without either cannot match, and most heads have neither
    lowered = head.lower()
    return ("found" in lowered or "404" in lowered) and bool(SOFT_404.search(head))


def day_of(ts: str) -> str:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(DAY_ZONE).date().isoformat()


# --- judging a fetched page -----------------------------------------------------------

@dataclass
class Assessment:
    """What a fetched page is, read from the store without writing (so a confirming
    re-fetch can happen before any write transaction starts)."""
    step: str                      # not_modified | same_hash | not_a_page | soft_404 | suspect | baseline | compare
    analysis: Analysis | None = None
    snapshot: dict | None = None
    diffs: list[Diff] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)     # unconfirmed changes of the page
    reason: str = ""
    area_codes: tuple[str, ...] = ()
    repeated: set[str] = field(default_factory=set)
    site: SiteContext | None = None       # the run's site context (registry contacts read once)

    def read_like_this(self, other: Analysis, page_kind: str | None) -> Analysis:
        """Another fetch of the page (the confirming one) read with the same site context."""
        return other.with_area_codes(self.area_codes, page_kind).with_site(self.repeated, page_kind)

    @property
    def wants_recheck(self) -> bool:
        return self.step == "compare" and bool(self.diffs)


def assess(conn, page: dict, fetched: Fetched, options, analysis: Analysis | None = None,
           now: str | None = None, site: SiteContext | None = None) -> Assessment:
    """What the fetched page is. ``site``: the run's :class:`SiteContext` (one per run
    saves reading each city's registry and snapshots again for every page)."""
    if fetched.not_modified:
        return Assessment("not_modified")
    pending = store.unconfirmed_changes(conn, page["id"]) if page.get("content_hash") else []
    if fetched.sha256 == page.get("content_hash") and not pending:
        return Assessment("same_hash")
    if fetched.content_type and fetched.content_type not in PAGE_TYPES:
        return Assessment("not_a_page", reason=f"expected a web page, got {fetched.content_type}")
    if analysis is None:
        analysis = analyse(fetched.text, base_url=fetched.url, page_kind=page["kind"])
    if is_soft_404(analysis):
        return Assessment("soft_404", analysis, reason="the page says it was not found (soft 404)")
    site = site or SiteContext(conn)
    area_codes = site.area_codes(page["city_slug"])
    repeated = site.repeated(page, analysis.page_text.paragraphs, analysis.norm_hash)
    analysis.with_area_codes(area_codes, page["kind"]).with_site(repeated, page["kind"])
    context = dict(area_codes=area_codes, repeated=repeated, site=site)
    # A page that never had a good check has no snapshot: spare the query.
    snapshot = store.latest_snapshot(conn, page["id"]) if page.get("content_hash") else None
    found = outage_reason(analysis.page_text, previous_chars=len(snapshot["text"] or "") if snapshot else None)
    if found is not None and found[0] == "tiny" and snapshot is None and analysis.facts:
        found = None            # a short first page that names a contact (an agenda line) is a page
    if found is not None:
        kind, reason = found
        if kind != "shrunk" or not _seen_on_earlier_day(conn, page, analysis, now or options.clock()):
            return Assessment("suspect", analysis, snapshot, reason=f"{kind}: {reason}", **context)
    if snapshot is None:
        return Assessment("baseline", analysis, **context)
    return Assessment("compare", analysis, snapshot, diff_analysis(snapshot, analysis, page["kind"]), pending,
                      **context)


def _seen_on_earlier_day(conn, page: dict, analysis: Analysis, now: str) -> bool:
    """The same smaller page was already served on an earlier day: it is the page now."""
    today = day_of(now)
    return any(f["content_hash"] == analysis.norm_hash and day_of(f["fetched_at"]) < today
               for f in store.page_fetches(conn, page["id"], outcome="suspect"))
