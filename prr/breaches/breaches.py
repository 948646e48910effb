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

import difflib
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from prr.db import breaches as store

MATCH_THRESHOLD = 0.75

# --- matching --------------------------------------------------------------------------

_DEPARTMENTS = (
    "police department", "police dept", "police", "pd",
    "fire department", "fire dept", "fire rescue", "fire",
    "public library", "city library", "library",
    "public works department", "public works",
    "parks and recreation department", "parks and recreation",
    "city clerks office", "city clerk", "city attorneys office", "city attorney",
    "city managers office", "city manager", "city council", "city hall",
    "information technology department", "information technology", "it department",
    "finance department", "water department", "utilities department", "utilities",
    "human resources department", "human resources",
)
_DEPT = "(?P<dept>" + "|".join(re.escape(d) for d in _DEPARTMENTS) + ")"
# (pattern, weight, what it means); the name part must be a registry city name exactly.
_PATTERNS = [
    (re.compile(r"^(?:city|town) of (?P<name>.+?)$"), 1.0, "the city itself ({form})"),
    (re.compile(rf"^(?:city|town) of (?P<name>.+?) {_DEPT}$"), 0.95, "a city department ({form})"),
    (re.compile(rf"^{_DEPT} (?:of )?(?:city|town) of (?P<name>.+?)$"), 0.95, "a city department ({form})"),
    (re.compile(rf"^(?P<name>.+?) {_DEPT}$"), 0.9, "a city department ({form})"),
    # A bare city name is most likely the city, but stays below the threshold: a company
    # can be called "Vista" or "Commerce" too. It is kept as a candidate for review.
    (re.compile(r"^(?P<name>.+)$"), 0.7, "only the city's name ({form}); review by hand"),
]
_NOT_A_CITY_WORDS = re.compile(
    r"\b(unified|school|schools|district|county|college|university|inc|llc|llp|lp|ltd|corp|corporation|"
    r"company|co|bank|credit union|hospital|medical|health|clinic|insurance|authority|association|"
    r"foundation|church|group|services|holdings|partners)\b")
_US_STATES = (
    "alabama alaska arizona arkansas colorado connecticut delaware florida georgia hawaii idaho "
    "illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas "
    "utah vermont virginia washington wisconsin wyoming").split() + [
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
    "rhode island", "south carolina", "south dakota", "west virginia"]
_STATE_CODES = set("al ak az ar co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj "
                   "nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc".split())


def normalise_name(name: str) -> str:
    """Lowercase ASCII words: 'City of San Buenaventura, California' -> 'city of san buenaventura'."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("&", " and ").replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    s = re.sub(r"\bthe\b", " ", s)
    s = re.sub(r"\bsaint\b", "st", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s(?:california|calif|ca)$", "", s)
    return s


def _other_state(raw: str) -> str | None:
    """'City of Richmond, Virginia' or 'City of Salem, OR' names a state that is not California."""
    tail = raw.rsplit(",", 1)[1] if "," in raw else raw
    t = normalise_name(tail)
    for st in _US_STATES:
        if t == st or t.endswith(" " + st):
            return st
    if "," in raw and t in _STATE_CODES:
        return t.upper()
    return None


@dataclass
class CityMatch:
    city_slug: str
    city_name: str
    score: float
    reason: str
    department: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


class CityIndex:
    """Registry city names (and the aliases in parentheses, e.g. 'San Buenaventura (Ventura)')."""

    def __init__(self, cities: Iterable):
        self.names: dict[str, list[tuple[str, str]]] = {}
        for c in cities:
            slug, name = (c["slug"], c["name"]) if isinstance(c, dict) else (c.slug, c.name)
            forms = {name, re.sub(r"\s*\(.*?\)\s*", " ", name)} | set(re.findall(r"\((.*?)\)", name))
            for form in forms:
                key = normalise_name(form)
                if key and (slug, name) not in self.names.setdefault(key, []):
                    self.names[key].append((slug, name))
        self.max_words = max((len(k.split()) for k in self.names), default=1)
        self._by_length: dict[int, list[str]] = {}
        for key in self.names:
            self._by_length.setdefault(len(key), []).append(key)

    def exact(self, name: str) -> list[tuple[str, str]]:
        return self.names.get(name, [])

    def close(self, name: str) -> tuple[float, str, str, str] | None:
        """The most similar city name (for typos); only long names, never across obvious
        non-city words."""
        if len(name) < 6 or _NOT_A_CITY_WORDS.search(name):
            return None
        best = None
        keys = [k for n in range(len(name) - 3, len(name) + 4) for k in self._by_length.get(n, ())]
        for key in keys:
            cities = self.names[key]
            if len(cities) != 1:
                continue
            sm = difflib.SequenceMatcher(None, name, key)
            if sm.real_quick_ratio() < 0.9 or sm.quick_ratio() < 0.9:
                continue
            ratio = sm.ratio()
            if ratio >= 0.9 and (best is None or ratio > best[0]):
                best = (ratio, key, *cities[0])
        return best

    def mentioned(self, text: str) -> tuple[str, str, str] | None:
        """The longest city name that appears as whole words inside ``text`` (normalised)."""
        words = text.split()
        best = None
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self.max_words) + 1):
                key = " ".join(words[i:j])
                cities = self.names.get(key)
                if cities and len(cities) == 1 and (best is None or len(key) > len(best[0])):
                    best = (key, *cities[0])
        return best


def match_city(organization: str, cities, *, threshold: float = MATCH_THRESHOLD) -> CityMatch | None:
    """The registry city an organisation is (or a department of), with a score and the reason.

    ``cities`` is a :class:`CityIndex` or an iterable of ``{"slug", "name"}``. Returns None
    when the best score is below ``threshold`` (pass 0 to get the best candidate anyway).
    """
    index = cities if isinstance(cities, CityIndex) else CityIndex(cities)
    best = best_candidate(organization, index)
    if best is None or best.score < threshold:
        return None
    return best


def best_candidate(organization: str, index: CityIndex) -> CityMatch | None:
    s = normalise_name(organization)
    if not s:
        return None
    state = _other_state(organization)
    if state:
        return CityMatch("", "", 0.0, f"names another state ({state})")
    candidates: list[CityMatch] = []
    for pattern, weight, meaning in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        name = m.group("name")
        dept = m.groupdict().get("dept")
        hits = index.exact(name)
        if len(hits) == 1:
            slug, city = hits[0]
            candidates.append(CityMatch(slug, city, weight, meaning.format(form=f"'{organization.strip()}'"), dept))
        elif len(hits) > 1:
            candidates.append(CityMatch(hits[0][0], hits[0][1], 0.3,
                                        f"'{name}' names {len(hits)} registry cities; review by hand", dept))
        else:
            near = index.close(name)
            if near:
                ratio, key, slug, city = near
                candidates.append(CityMatch(slug, city, round(weight * ratio * 0.9, 3),
                                            f"{meaning.format(form=repr(organization.strip()))}, with the name "
                                            f"spelled close to {city} (similarity {ratio:.2f})", dept))
    if not candidates:
        seen = index.mentioned(s)
        if seen:
            key, slug, city = seen
            return CityMatch(slug, city, 0.3, f"mentions {city} but is another organisation "
                                              f"('{organization.strip()}')")
        return None
    return max(candidates, key=lambda c: c.score)


# --- notice facts ----------------------------------------------------------------------

_HEADINGS = {
    "what_happened": r"what happened",
    "information_involved": r"what information (?:was|is|were) involved",
    "what_we_are_doing": r"what (?:we are|we re|is [a-z ]{1,40}) doing",
    "what_you_can_do": r"what you can do",
    "other": r"other important information",
    "more_info": r"for more information",
}
_HEADING_RE = re.compile(r"(?im)^[ \t]*(?P<h>" + "|".join(f"(?:{h})" for h in _HEADINGS.values()) + r")[ \t]*[?.:]?")
_DATA_TYPES = [
    ("name", r"\bnames?\b"),
    ("Social Security number", r"social security"),
    ("driver's license number", r"driver.?s licen[cs]e"),
    ("state ID number", r"(?:state )?identification (?:card )?number|state id"),
    ("passport number", r"passport"),
    ("financial account number", r"financial account|bank account|account number|routing number"),
    ("payment card number", r"credit card|debit card|payment card|card number"),
    ("medical information", r"medical"),
    ("health insurance information", r"health insurance"),
    ("date of birth", r"date of birth|birth ?date"),
    ("username and password", r"user ?name|password|login credentials"),
    ("email address", r"e-?mail address"),
    ("address", r"\b(?:home |mailing |street )?address(?:es)?\b"),
    ("phone number", r"phone number|telephone number"),
    ("taxpayer ID number", r"tax(?:payer)? identification|\bitin\b|\btin\b"),
    ("biometric data", r"biometric"),
    ("employee ID", r"employee (?:id|identification)"),
]
_SYSTEMS = [
    ("email", r"\be-?mail (?:account|system|server|environment)s?\b"),
    ("network", r"\bnetwork\b"),
    ("servers", r"\bservers?\b"),
    ("ransomware-encrypted systems", r"ransomware|encrypted"),
    ("utility billing", r"utility billing|billing system"),
    ("payment systems", r"payment (?:system|portal|processing)"),
    ("website", r"\bwebsite\b|web portal|online portal"),
    ("third-party vendor systems", r"\bvendor\b|third[- ]party"),
]
_INCIDENT_WORDS = re.compile(r"unauthori[sz]ed|incident|breach|ransomware|cyber|attack|compromis|"
                             r"suspicious|malware|accessed|acquired", re.I)


@dataclass
class NoticeFacts:
    what_happened: str = ""
    breach_dates: list[str] = field(default_factory=list)       # ISO dates found in "what happened"
    information_involved: str = ""
    data_types: list[str] = field(default_factory=list)
    systems: list[str] = field(default_factory=list)
    error: str | None = None                                    # why there are no facts (notice missing, ...)

    def to_json(self) -> dict:
        return asdict(self)


def _squash(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"


def _sections(text: str) -> dict[str, str]:
    marks = []
    for m in _HEADING_RE.finditer(text):
        h = m.group("h").lower()
        for name, pat in _HEADINGS.items():
            if re.fullmatch(pat, h):
                marks.append((m.start(), m.end(), name))
                break
    out: dict[str, str] = {}
    for i, (_start, end, name) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        out.setdefault(name, text[end:stop].strip())
    return out


def extract_notice_facts(text: str) -> NoticeFacts:
    """Facts from a breach notice, by the headings California's notice form prescribes
    (Civil Code 1798.82(d): "What Happened?", "What Information Was Involved?", ...),
    falling back to the sentences that talk about the incident."""
    from prr.scrapers.ag_breach import find_dates

    text = (text or "").replace("\r\n", "\n")
    sec = _sections(text)
    happened = sec.get("what_happened", "")
    if not happened:
        sentences = re.split(r"(?<=[.!?])\s+", re.sub(r"\s+", " ", text))
        happened = " ".join(s for s in sentences if _INCIDENT_WORDS.search(s))[:1500]
    involved = sec.get("information_involved", "")
    types_from = involved or text
    facts = NoticeFacts(
        what_happened=_squash(happened, 1200),
        information_involved=_squash(involved, 800),
        data_types=[label for label, pat in _DATA_TYPES if re.search(pat, types_from, re.I)],
        systems=[label for label, pat in _SYSTEMS if re.search(pat, happened, re.I)],
    )
    facts.breach_dates = sorted({d.isoformat() for d in find_dates(happened)})
    return facts


# --- the request -----------------------------------------------------------------------

def request_params(entry: dict, facts: NoticeFacts | None = None, today: date | None = None) -> dict:
    """``incident-logs`` parameters for an entry: records from the start of the breach to today.

    start = the earliest breach date (the notice's dates stand in when the list says
    "n/a"; with no breach date anywhere, the reported date). end = ``today``, the day the
    letter is drafted, never the last breach day: the notices to affected people, the
    submission to the Attorney General and the correspondence with vendors and
    investigators are all dated after the breach window, and a request limited to it would
    rightly be answered "no records". The breach window and the report date go to the
    letter as ``breach_start``, ``breach_end`` and ``reported_on`` so it can say why.
    """
    dates = [date.fromisoformat(d) for d in entry.get("breach_dates") or []]
    if not dates and facts and facts.breach_dates:
        dates = [date.fromisoformat(d) for d in facts.breach_dates]
    reported = date.fromisoformat(entry["reported_on"]) if entry.get("reported_on") else None
    today = today or date.today()
    start = min(dates) if dates else (reported or today)
    end = max([today, start, *dates] + ([reported] if reported else []))
    when = f" on {reported:%B} {reported.day}, {reported.year}" if reported else ""
    incident = f"the data breach {entry['organization']} reported to the California Attorney General{when}"
    if facts and facts.what_happened:
        incident += f" (the notice says: \u201c{_squash(facts.what_happened, 300)}\u201d)"
    params = {"incident": incident, "start": start.isoformat(), "end": end.isoformat()}
    if dates:
        params["breach_start"], params["breach_end"] = min(dates).isoformat(), max(dates).isoformat()
    if reported:
        params["reported_on"] = reported.isoformat()
    if facts and facts.systems:
        params["systems"] = ", ".join(facts.systems)
    return params


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
        for entry in store.entries_to_act_on(conn):
            outcome = act_on_entry(conn, entry["id"], autofile=do_file, settings=settings, fetcher=fetcher)
            result.outcomes.append(outcome)
            if on_entry:
                on_entry(outcome)
        return result
    finally:
        if own:
            fetcher.close()


# --- alerts ----------------------------------------------------------------------------

def alert_title(o: EntryOutcome) -> str:
    return f"Data breach: {o.organization} matched {o.city_slug}"


def alert_markdown(o: EntryOutcome) -> str:
    lines = [f"### {alert_title(o)}", ""]
    if o.match_score is not None:
        lines.append(f"- match: score {o.match_score:.2f}, {o.match_reason}")
    lines.append(f"- sample notice: {o.notice_url or 'not found'}")
    if o.params:
        lines.append(f"- incident-logs request: {o.params.get('start')} to {o.params.get('end')}")
    if o.request_id:
        what = {"filed": "filed", "awaiting_submission": "awaiting submission on the city's portal",
                "ready_to_send": f"written to the outbox: send it, then `prr request sent {o.request_id}`",
                "send_unconfirmed": "sent, but the server did not confirm it: check before resending",
                "existing": "already covers these dates (no new draft)"}.get(
            o.status, "drafted (not filed: filing is opt-in)")
        lines.append(f"- request #{o.request_id} {what}")
    if o.error:
        lines.append(f"- problem: {o.error} (retried on the next check)")
    facts = o.facts or {}
    if facts.get("what_happened"):
        lines += ["", "> " + _squash(facts["what_happened"], 600)]
    if facts.get("data_types"):
        lines += ["", f"Information involved: {', '.join(facts['data_types'])}"]
    if facts.get("error"):
        lines += ["", f"Notice: {facts['error']}"]
    return "\n".join(lines)


def notify(outcomes: list[EntryOutcome], settings) -> dict:
    """Send one apprise notification per outcome when PRR_APPRISE_URLS is set."""
    from prr.core.alerts import send_notifications

    return send_notifications([(alert_title(o), alert_markdown(o)) for o in outcomes], settings.apprise_urls)
