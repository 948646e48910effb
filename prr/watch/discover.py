"""Find a city's records-request, IT, City Attorney and privacy pages from its website.

Candidates come from the home page's links (their text and URL), the sitemap
(robots.txt ``Sitemap:`` lines, else ``/sitemap.xml``; a sitemap index is followed
a little way) and, for kinds still missing, a few common paths. The best
candidate per kind is fetched, its contacts extracted, and both are proposed:
the page as a ``proposed`` page with a ``page_proposed`` change, each contact
not already in the registry as a ``contact_added`` change. Nothing is written to
the registry until someone accepts. All fetching goes through the polite fetcher.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from prr.db import pages as store
from prr.db.cities import contacts_for, get_city
from prr.scrapers.contacts import Contacts, extract_contacts, mark_boilerplate, repeated_blocks
from prr.scrapers.fetch import FetchError, PoliteFetcher
from prr.scrapers.normalise import all_links, normalise
from prr.watch.site_context import area_codes_for

PAGE_KINDS = ("records", "it", "attorney", "privacy")
SIGNALS = {   # (pattern, weight) over link text and URL path words
    "records": ((re.compile(r"public[\s_-]*records?[\s_-]*(?:act[\s_-]*)?requests?", re.I), 6),
                (re.compile(r"records?[\s_-]*requests?|request[\s_-]*(?:public[\s_-]*)?records|\bc?pra\b|foia", re.I), 5),
                (re.compile(r"public[\s_-]*records?", re.I), 4),
                (re.compile(r"city[\s_-]*clerk", re.I), 3),
                (re.compile(r"\bclerk\b", re.I), 2)),
    "it": ((re.compile(r"information[\s_-]*technology", re.I), 6),
           (re.compile(r"(?:^|[/\s_-])it(?:[\s_-]*(?:department|services|division))?(?:$|[/\s_-])", re.I), 3),
           (re.compile(r"technology[\s_-]*services|innovation[\s_-]*(?:and|&)[\s_-]*technology", re.I), 4)),
    "attorney": ((re.compile(r"city[\s_-]*attorney", re.I), 6),
                 (re.compile(r"\blegal[\s_-]*(?:department|services)?\b", re.I), 2)),
    "privacy": ((re.compile(r"privacy[\s_-]*(?:policy|notice|statement)", re.I), 6),
                (re.compile(r"privacy", re.I), 4)),
}
NEGATIVE = re.compile(r"\.(?:pdf|docx?|xlsx?|jpe?g|png|zip)$|/(?:calendar|news|agendas?|minutes|events?|jobs?)/"
                      r"|[?&](?:page|month)=", re.I)
COMMON_PATHS = {
    "records": ("/public-records", "/public-records-request", "/publicrecords", "/records-request",
                "/city-clerk"),
    "it": ("/information-technology", "/departments/information-technology"),
    "attorney": ("/city-attorney", "/departments/city-attorney"),
    "privacy": ("/privacy-policy", "/privacy"),
}
MIN_SCORE = 4
MAX_SITEMAP_URLS = 20000
MAX_CHILD_SITEMAPS = 5


@dataclass
class Candidate:
    url: str
    scores: dict[str, int] = field(default_factory=dict)
    why: list[str] = field(default_factory=list)


@dataclass
class ProposedPage:
    kind: str
    url: str
    why: str
    contacts: list = field(default_factory=list)      # prr.scrapers.contacts.Contact


@dataclass
class DiscoveryResult:
    city_slug: str
    pages: list[ProposedPage] = field(default_factory=list)
    changes: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"city": self.city_slug, "changes": self.changes, "errors": self.errors,
                "pages": [{"kind": p.kind, "url": p.url, "why": p.why,
                           "contacts": [{"type": c.type, "value": c.value, "role": c.role} for c in p.contacts]}
                          for p in self.pages]}


def _site(host: str) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, website: str) -> bool:
    a, b = _site(urlsplit(url).hostname), _site(urlsplit(website).hostname)
    return bool(a) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def score(text: str, url: str) -> dict[str, int]:
    path = urlsplit(url).path
    out = {}
    if NEGATIVE.search(url):
        return out
    for kind, signals in SIGNALS.items():
        s = 0
        for rx, weight in signals:
            if text and rx.search(text):
                s = max(s, weight + 1)        # the words a person clicks beat a URL slug
            if rx.search(path.replace("/", " / ")):
                s = max(s, weight)
        if s:
            out[kind] = s
    return out


def _add(cands: dict[str, Candidate], url: str, text: str, why: str) -> None:
    for kind, s in score(text, url).items():
        c = cands.setdefault(url, Candidate(url))
        if s > c.scores.get(kind, 0):
            c.scores[kind] = s
            c.why.append(why)


def sitemap_urls(fetcher: PoliteFetcher, website: str) -> list[str]:
    from lxml import etree

    roots = []
    parts = urlsplit(website)
    rp = fetcher._robots.get(parts.netloc.lower())
    if rp is not None and rp.site_maps():
        roots = list(rp.site_maps())
    roots = roots or [urljoin(website, "/sitemap.xml")]
    urls, queue, seen = [], list(roots), set()
    while queue and len(seen) < MAX_CHILD_SITEMAPS + len(roots):
        sm = queue.pop(0)
        if sm in seen:
            continue
        seen.add(sm)
        try:
            body = fetcher.fetch(sm).body
            doc = etree.fromstring(body, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
        except (FetchError, etree.XMLSyntaxError, ValueError):
            continue
        if doc is None:
            continue
        locs = [l.text.strip() for l in doc.iter("{*}loc") if l.text]
        if etree.QName(doc).localname == "sitemapindex":
            # Child sitemaps whose names hint at pages first (not news or events).
            locs.sort(key=lambda u: bool(re.search(r"news|event|calendar|agenda", u, re.I)))
            queue.extend(locs[:MAX_CHILD_SITEMAPS])
        else:
            urls.extend(locs[:MAX_SITEMAP_URLS - len(urls)])
    return urls


def find_pages(fetcher: PoliteFetcher, website: str, *, probe_common: bool = True,
               area_codes: tuple[str, ...] = ()) -> tuple[dict[str, ProposedPage], list[str]]:
    """The best page per kind for a website (network only; nothing is written)."""
    errors: list[str] = []
    cands: dict[str, Candidate] = {}
    fetched_pages: dict[str, object] = {}
    try:
        home = fetcher.fetch(website)
        fetched_pages[home.url] = home
        for text, href in all_links(home.text, home.url):
            if href.startswith("http") and same_site(href, website):
                _add(cands, href.split("#")[0], text, f"home page link {text!r}")
    except FetchError as e:
        errors.append(f"home page {website}: {e.kind}: {e.message}")
    for u in sitemap_urls(fetcher, website):
        if same_site(u, website):
            _add(cands, u, "", "listed in the sitemap")

    found: dict[str, ProposedPage] = {}
    texts: dict[str, list[str]] = {}          # url -> paragraphs (one page may serve two kinds)
    for kind in PAGE_KINDS:
        ranked = sorted((c for c in cands.values() if c.scores.get(kind, 0) >= MIN_SCORE),
                        key=lambda c: (-c.scores[kind], len(c.url)))
        tries = [(c.url, c.why[-1]) for c in ranked[:3]]
        if probe_common:   # also when the linked candidates turn out broken
            tries += [(urljoin(website, p), "common path") for p in COMMON_PATHS[kind]
                      if urljoin(website, p) not in {u for u, _ in tries}]
        for url, why in tries:
            try:
                page = fetched_pages.get(url) or fetcher.fetch(url)
            except FetchError as e:
                if why != "common path":
                    errors.append(f"{kind} page {url}: {e.kind}: {e.message}")
                continue
            fetched_pages[url] = page
            text = normalise(page.text, page.url)
            if not text.paragraphs or re.search(r"not found|404", text.title, re.I):
                continue
            found[kind] = ProposedPage(kind, page.url, why, extract_contacts(text, area_codes=area_codes).items)
            texts[page.url] = text.paragraphs
            break
    # What the found pages all repeat (a contact widget, a footer) is the site's, not the page's.
    repeated = repeated_blocks(texts.values())
    for kind, p in found.items():
        p.contacts = [c for c in mark_boilerplate(Contacts(p.contacts), repeated).items if c.registry_kind(kind)]
    return found, errors


def propose(conn, slug: str, found: dict[str, ProposedPage]) -> list[int]:
    """Record proposed pages and the contacts found on them as pending changes."""
    known = {(c["kind"], (c["value"] or "").lower()) for c in contacts_for(conn, slug, include_removed=True)}
    watched = {p["url"] for p in store.list_pages(conn, [slug], statuses=("active", "moved", "broken", "proposed", "rejected"))}
    ids = []
    with store.write(conn):
        for kind, p in found.items():
            summary = ", ".join(f"{c.registry_kind(kind)} {c.value}" for c in p.contacts) or "no contacts found"
            if p.url not in watched:
                page_id, _ = store.add_page(conn, slug, p.url, kind, status="proposed")
                if not store.find_change(conn, slug, "page_proposed", kind, None, p.url):
                    ids.append(store.add_change(conn, city_slug=slug, page_id=page_id, kind="page_proposed",
                                                field=kind, new_value=p.url, url=p.url,
                                                evidence=f"{p.why}; contacts there: {summary}"))
            else:
                page_id = store.find_page(conn, slug, p.url)["id"]
            for c in p.contacts:
                rk = c.registry_kind(kind)
                value = c.value + (f" ext. {c.ext}" if c.ext else "")
                if (rk, value.lower()) in known or store.find_change(conn, slug, "contact_added", rk, None, value):
                    continue
                known.add((rk, value.lower()))
                ids.append(store.add_change(conn, city_slug=slug, page_id=page_id, kind="contact_added",
                                            field=rk, new_value=value, url=p.url, evidence=c.evidence[:300]))
    return ids


def discover(conn, slugs: list[str], *, fetcher: PoliteFetcher | None = None, settings=None,
             probe_common: bool = True, workers: int = 4, on_city=None) -> list[DiscoveryResult]:
    """Discover pages for cities. Network work runs concurrently across cities (the
    fetcher keeps each host polite); database writes happen in this thread."""
    own = fetcher is None
    fetcher = fetcher or PoliteFetcher(settings)
    results = []
    try:
        todo = []
        for slug in slugs:
            city = get_city(conn, slug)
            if city is None or not city.get("website"):
                r = DiscoveryResult(slug, errors=[f"{slug}: no such city" if city is None
                                                  else f"{slug}: no website in the registry; add `website:` to its file"])
                results.append(r)
                if on_city:
                    on_city(r)
                continue
            todo.append((slug, city["website"], area_codes_for(conn, slug)))

        def work(item):
            slug, website, area_codes = item
            try:
                return slug, *find_pages(fetcher, website, probe_common=probe_common, area_codes=area_codes)
            except Exception as e:  # a bad site must not stop the others
                return slug, {}, [f"{website}: {type(e).__name__}: {e}"]

        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            for slug, found, errors in pool.map(work, todo):
                r = DiscoveryResult(slug, list(found.values()), errors=errors)
                r.changes = propose(conn, slug, found)
                results.append(r)
                if on_city:
                    on_city(r)
    finally:
        if own:
            fetcher.close()
    return results
