"""The California Attorney General's data-breach list (https://oag.ca.gov/privacy/databreach/list).

Organisations that notify more than 500 California residents of a breach must send
the Attorney General a sample of the notice (Civil Code 1798.29(e), 1798.82(f)); the
AG publishes a table of them (Organization Name, Date(s) of Breach, Reported Date),
a CSV export of the same table, and one detail page per entry linking the
"Sample Notification" PDF.

The parsers are built to those documented columns and are deliberately tolerant:
columns are found by their header text (any order, extra columns kept), a breach
cell may hold several dates ("06/01/2026, 06/15/2026"), a range ("06/01/2026 -
06/15/2026"), "n/a" or nothing. A row that cannot be read is reported in
``problems`` with its row number and reason; the other rows still come through.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from urllib.parse import urljoin

from prr.scrapers.breach_dates import (  # noqa: F401  (public names, importable from here as before)
    DateParseError,
    _clean,
    find_dates,
    parse_breach_dates,
    parse_single_date,
)

# Header text (normalised: lowercase, letters and digits only) -> field.
_HEADER_FIELDS = {
    "organization": ("organizationname", "organisationname", "organization", "organisation",
                     "entity", "entityname", "name", "company"),
    "breach_dates": ("datesofbreach", "datesofbreaches", "dateofbreach", "breachdates",
                     "breachdate", "datesbreached"),
    "reported": ("reporteddate", "datereported", "reported", "reportdate", "datesubmitted",
                 "submitteddate"),
    "detail_url": ("url", "link", "detailurl", "detailpage", "details"),
}


@dataclass
class BreachEntry:
    """One row of the list (HTML or CSV)."""
    organization: str
    breach_dates: list[date] = field(default_factory=list)   # sorted, unique; a range gives both ends
    breach_dates_text: str = ""
    breach_is_range: bool = False
    reported_on: date | None = None
    detail_url: str | None = None
    source: str = "html"                                      # html | csv
    row: int = 0                                              # 1-based data row in the source
    extra: dict[str, str] = field(default_factory=dict)       # columns we do not know, kept verbatim

    @property
    def key(self) -> str:
        """Stable identity across runs and across the HTML and CSV forms of the list."""
        return entry_key(self.organization, self.breach_dates, self.reported_on)

    def to_json(self) -> dict:
        d = asdict(self)
        d["breach_dates"] = [x.isoformat() for x in self.breach_dates]
        d["reported_on"] = self.reported_on.isoformat() if self.reported_on else None
        d["key"] = self.key
        return d


@dataclass
class RowProblem:
    row: int
    reason: str
    raw: str = ""

    def to_json(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}" + (f" ({self.raw[:120]})" if self.raw else "")


@dataclass
class BreachList:
    entries: list[BreachEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    next_url: str | None = None          # the list page's pager "next" link, if any
    columns: list[str] = field(default_factory=list)


@dataclass
class BreachDetail:
    """What a detail page tells us: the sample notice link(s)."""
    notice_urls: list[str] = field(default_factory=list)
    title: str = ""


def normalise_org(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def entry_key(organization: str, breach_dates, reported_on: date | None) -> str:
    basis = "|".join([normalise_org(organization),
                      ",".join(d.isoformat() for d in sorted(set(breach_dates))),
                      reported_on.isoformat() if reported_on else ""])
    return hashlib.sha256(basis.encode()).hexdigest()[:20]


# --- columns ---------------------------------------------------------------------------

def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def map_columns(headers: list[str]) -> dict[str, int]:
    """Field name -> column index, found by header text. Exact names first, then prefixes."""
    keys = [_header_key(h) for h in headers]
    found: dict[str, int] = {}
    for fieldname, names in _HEADER_FIELDS.items():
        for i, k in enumerate(keys):
            if k in names and i not in found.values():
                found[fieldname] = i
                break
    for fieldname, names in _HEADER_FIELDS.items():
        if fieldname in found:
            continue
        for i, k in enumerate(keys):
            if i not in found.values() and any(k.startswith(n) for n in names if len(n) > 6):
                found[fieldname] = i
                break
    return found


def _entry_from_cells(cells: list[str], columns: dict[str, int], headers: list[str], *,
                      row: int, source: str, detail_url: str | None) -> BreachEntry:
    """Build an entry or raise ValueError saying why the row cannot be read."""
    needed = max(columns["organization"], columns.get("breach_dates", 0), columns.get("reported", 0))
    if len(cells) <= needed:
        raise ValueError(f"{len(cells)} cells, expected at least {needed + 1}")
    org = _clean(cells[columns["organization"]])
    if not org:
        raise ValueError("no organization name")
    try:
        dates, is_range = parse_breach_dates(cells[columns["breach_dates"]]) if "breach_dates" in columns else ([], False)
    except DateParseError as e:
        raise ValueError(f"breach dates: {e}") from None
    try:
        reported = parse_single_date(cells[columns["reported"]]) if "reported" in columns else None
    except DateParseError as e:
        raise ValueError(f"reported date: {e}") from None
    if not dates and reported is None:
        raise ValueError("neither a breach date nor a reported date")
    used = set(columns.values())
    extra = {headers[i] or f"column {i + 1}": _clean(c) for i, c in enumerate(cells)
             if i not in used and i < len(headers) and _clean(c)}
    if detail_url is None and "detail_url" in columns:
        detail_url = _clean(cells[columns["detail_url"]]) or None
    return BreachEntry(organization=org, breach_dates=dates,
                       breach_dates_text=_clean(cells[columns["breach_dates"]]) if "breach_dates" in columns else "",
                       breach_is_range=is_range, reported_on=reported, detail_url=detail_url,
                       source=source, row=row, extra=extra)


def _missing_columns(columns: dict[str, int]) -> list[str]:
    missing = [f for f in ("organization",) if f not in columns]
    if "breach_dates" not in columns and "reported" not in columns:
        missing.append("breach dates or reported date")
    return missing


# --- the list page ---------------------------------------------------------------------

def parse_breach_list_html(html: str | bytes, base_url: str | None = None) -> BreachList:
    """Read the list page's table. Each organisation cell links to its detail page.

    lxml directly rather than BeautifulSoup: the AG's page holds thousands of rows and
    this is about 4x faster on them."""
    import lxml.html

    result = BreachList()
    if isinstance(html, str):
        html = html.encode("utf-8")
    try:
        doc = lxml.html.fromstring(html)
    except Exception as e:   # empty or not HTML at all
        result.problems.append(RowProblem(0, f"not an HTML page ({type(e).__name__}: {e})"))
        return result
    table, trs, headers, columns = None, [], [], {}
    for t in doc.iter("table"):
        rows_ = t.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        if not rows_:
            continue
        hs = [_clean(" ".join(c.itertext())) for c in rows_[0].xpath("./th|./td")]
        cols = map_columns(hs)
        if "organization" in cols and not _missing_columns(cols):
            table, trs, headers, columns = t, rows_[1:], hs, cols
            break
    if table is None:
        result.problems.append(RowProblem(0, "no table with an Organization Name column and a date column; "
                                             "the page layout may have changed"))
        return result
    result.columns = headers
    n = 0
    for tr in trs:
        tds = tr.xpath("./td|./th")
        # itertext, not text_content: "06/01/2026<br>06/15/2026" must stay two dates.
        cells = [" ".join(td.itertext()) for td in tds]
        if not cells or not any(_clean(c) for c in cells):
            continue
        if not tr.xpath("./td"):
            continue   # a repeated header row
        n += 1
        link = None
        if len(tds) > columns["organization"]:
            hrefs = tds[columns["organization"]].xpath(".//a/@href") or tr.xpath(".//a/@href")
            if hrefs:
                link = urljoin(base_url, hrefs[0].strip()) if base_url else hrefs[0].strip()
        try:
            result.entries.append(_entry_from_cells(cells, columns, headers, row=n, source="html",
                                                    detail_url=link))
        except ValueError as e:
            result.problems.append(RowProblem(n, str(e), " | ".join(_clean(c) for c in cells)))
    nxt = doc.xpath('//a[@rel="next"]/@href | //li[contains(@class, "pager-next")]//a/@href'
                    ' | //li[contains(@class, "pager__item--next")]//a/@href')
    if nxt:
        result.next_url = urljoin(base_url, nxt[0]) if base_url else nxt[0]
    return result


# --- the CSV export --------------------------------------------------------------------

def parse_breach_csv(text: str | bytes, base_url: str | None = None) -> BreachList:
    """Read the CSV export. The header row names the columns; its order does not matter."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    text = text.lstrip("\ufeff")
    result = BreachList()
    reader = csv.reader(io.StringIO(text))
    headers: list[str] = []
    for raw in reader:
        if any(c.strip() for c in raw):
            headers = [_clean(h) for h in raw]
            break
    columns = map_columns(headers)
    missing = _missing_columns(columns)
    if missing:
        result.problems.append(RowProblem(0, f"CSV header lacks {', '.join(missing)}; found columns "
                                             f"{headers!r}"))
        return result
    result.columns = headers
    for n, cells in enumerate(reader, start=1):
        if not any(c.strip() for c in cells):
            continue
        try:
            entry = _entry_from_cells(cells, columns, headers, row=n, source="csv", detail_url=None)
        except ValueError as e:
            result.problems.append(RowProblem(n, str(e), " | ".join(_clean(c) for c in cells)))
            continue
        if entry.detail_url and base_url:
            entry.detail_url = urljoin(base_url, entry.detail_url)
        result.entries.append(entry)
    return result


def parse_breach_list(data: str | bytes, base_url: str | None = None) -> BreachList:
    """HTML or CSV, told apart by content."""
    text = data.decode("utf-8-sig", "replace") if isinstance(data, bytes) else data
    if text.lstrip().startswith("<") or "<table" in text[:200000].lower():
        return parse_breach_list_html(text, base_url)
    return parse_breach_csv(data, base_url)


def merge_lists(*lists: BreachList) -> BreachList:
    """One list from several sources (CSV and HTML): entries by key, first source wins,
    later ones fill a missing detail link."""
    merged = BreachList()
    by_key: dict[str, BreachEntry] = {}
    for bl in lists:
        merged.problems.extend(bl.problems)
        for e in bl.entries:
            have = by_key.get(e.key)
            if have is None:
                by_key[e.key] = e
                merged.entries.append(e)
            elif not have.detail_url and e.detail_url:
                have.detail_url = e.detail_url
    return merged


# --- detail pages ----------------------------------------------------------------------

def parse_breach_detail(html: str | bytes, base_url: str | None = None) -> BreachDetail:
    """Find the "Sample Notification" PDF link(s) on an entry's detail page.

    Links whose text or address says "sample" or "notice"/"notification" come first; any
    other PDF link follows, in page order.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = _clean((soup.find("h1") or soup.find("title") or soup).get_text(" "))[:200]
    preferred, other = [], []
    for a in soup.find_all("a", href=True):
        href = a["href"].strip()
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        url = urljoin(base_url, href) if base_url else href
        label = _clean(a.get_text(" ")).lower() + " " + href.lower()
        is_pdf = ".pdf" in href.lower().split("?")[0] or "pdf" in (a.get("type") or "")
        if "sample" in label or (is_pdf and ("notice" in label or "notification" in label)):
            if url not in preferred:
                preferred.append(url)
        elif is_pdf and url not in other:
            other.append(url)
    return BreachDetail(notice_urls=preferred + [u for u in other if u not in preferred], title=title)
