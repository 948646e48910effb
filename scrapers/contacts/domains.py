"""Whose a domain is: the city's own names read from its site's host and known domains,
and whether an address's domain is the city's or another organisation's."""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

_GENERIC_DOMAIN_PARTS = {"www", "ci", "co", "cityof", "city", "townof", "countyof", "gov", "org", "com", "net",
                         "us", "ca", "mi", "il", "mo", "info", "mail"}


# Site builders that host many sites under their own name: there the site's name is the
# tenant's (its first path segment or its subdomain), not the builder's ("google", "weebly").
_PATH_TENANT_HOSTS = {"sites.google.com"}
_SUBDOMAIN_TENANT_HOSTS = re.compile(r"\.(?:wixsite|weebly|godaddysites|squarespace|wordpress|webflow|"
                                     r"business\.site|carrd|jimdosite|strikingly)\.(?:com|io|co)$|\.business\.site$")
_LOCAL_HOST = re.compile(r"[\d.:]+|localhost")       # an address or a test server names no one


@lru_cache(maxsize=4096)      # asked for each contact of a page, with the page's URL
def site_host(site_url: str) -> str:
    """The host that names the site: the tenant's name on a site builder's shared host."""
    parts = urlsplit(site_url)
    host = (parts.hostname or "").lower()
    if host in _PATH_TENANT_HOSTS:       # sites.google.com/NAME/..., /view/NAME/..., /a/DOMAIN/NAME/...
        segs = [p for p in parts.path.lower().split("/") if p] + ["", "", ""]
        skip = {"view": 1, "site": 1, "a": 2}.get(segs[0], 0)
        return segs[skip] or host
    m = _SUBDOMAIN_TENANT_HOSTS.search(host)
    if m:
        return host[:m.start()].split(".")[-1] or host
    return host


def _hosts(site_url: str | None, city_domains: tuple[str, ...]) -> list[str]:
    return [h for h in ([site_host(site_url)] if site_url else []) + list(city_domains)
            if h and not _LOCAL_HOST.fullmatch(h)]


@lru_cache(maxsize=4096)
def city_tokens_of(site_url: str | None, city_domains: tuple[str, ...] = ()) -> frozenset[str]:
    """The distinctive parts of the city's domains ("cityofpasadena" -> "pasadena")."""
    hosts = _hosts(site_url, city_domains)
    out = set()
    for h in hosts:
        for t in _domain_core(h):
            out.add(re.sub(r"^(?:cityof|townof|ci|city|town)", "", t))
    return frozenset(t for t in out if t)


def _domain_core(host: str) -> set[str]:
    parts = [p for p in re.split(r"[.\-]", host.lower()) if p]
    core = {p for p in parts if p not in _GENERIC_DOMAIN_PARTS and len(p) > 2}
    return core or set(parts)


# What a domain part puts around a city's name: "cityofmarina", "marinaca"
_NAME_AFFIX = re.compile(r"^(?:cityof|townof|city|town|ci)|ca$")


def _with_bare_names(tokens: set[str]) -> set[str]:
    """The tokens and the names in them: a portal tenant "marinaca" and "cityofmarina" name
    one city ("marina")."""
    bare = {_NAME_AFFIX.sub("", t) for t in tokens}
    return tokens | {t for t in bare if len(t) >= 4}


@lru_cache(maxsize=8192)      # a site's pages give the same addresses and links again
def email_owner(address: str, site_url: str | None, city_domains: tuple[str, ...] = ()) -> str | None:
    """``agency`` when the address's domain is clearly another organisation's than the
    site's and the city's known domains; None when it cannot be told (no domain known,
    or a local test server)."""
    hosts = _hosts(site_url, city_domains)
    if not hosts:
        return None
    domain = address.rsplit("@", 1)[-1]
    mine = _with_bare_names(set().union(*(_domain_core(h) for h in hosts)))
    theirs = _with_bare_names(_domain_core(domain))
    # "cityofoxnard.org" and "oxnard.org" are one city: a shared token, or one inside the other.
    if any(a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)) for a in mine for b in theirs):
        return "city"
    return "agency"


def city_initials(title: str, city_tokens: frozenset[str]) -> str:
    """The initials of the city's name when it is two words or more ("Huntington Beach" ->
    "hb"), read from the page title words that spell a token of its domain; "" otherwise."""
    words = re.findall(r"[A-Za-z]+", title)
    for i in range(len(words)):
        for j in range(i + 2, min(i + 4, len(words)) + 1):
            joined = "".join(words[i:j]).lower()
            if any(t.startswith(joined) for t in city_tokens):
                return "".join(w[0] for w in words[i:j]).lower()
    return ""


def initials_domain(address: str, initials: str) -> bool:
    """An address on a domain that names the city by its initials ("surfcity-hb.org" for
    Huntington Beach, "ci.slo.ca.us" for San Luis Obispo, "cosb.org": City Of Solana Beach) is the city's."""
    if not initials:
        return False
    parts = re.split(r"[.\-]", address.rsplit("@", 1)[-1].lower())
    return any(re.sub(r"^(?:cityof|townof|city|ci|co|to)|(?:city|ca)$", "", p) == initials or p == initials for p in parts)


# The city's name as its page titles write it: "Clerk | Twentynine Palms, CA - Official Website",
# "City of Elm Grove | Records", "Town of Elm Grove".
_TITLE_NAME = re.compile(r"\b(?:City|Town|Village)\s+of\s+((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*)|"
                         r"((?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*),\s*(?:CA|California)\b")


def _title_name(title: str) -> str:
    """The city's name as the page title writes it ("Twentynine Palms"), or ""."""
    m = _TITLE_NAME.search(title)
    return (m.group(1) or m.group(2)) if m else ""


def city_name_of(title: str) -> str:
    """The city's name from a page title, its words joined and lower-cased ("twentyninepalms"),
    or "" when the title does not write it as "City of X" or "X, CA"."""
    return re.sub(r"[^a-z0-9]", "", _title_name(title).lower())


def name_domain(address: str, name: str) -> bool:
    """An address on a domain that spells the city's name in full, where the site's own host
    abbreviates it or writes a number in digits ("29palms.org" and "twentyninepalms.gov")."""
    if len(name) < 4:
        return False
    parts = re.split(r"[.\-]", address.rsplit("@", 1)[-1].lower())
    return any(_NAME_AFFIX.sub("", p) == name or p == name for p in parts)

_LETTERS = re.compile(r"[A-Za-z]+")


def with_title_name(city_tokens: frozenset[str], title: str) -> frozenset[str]:
    """The tokens and the city's name from the page title when the domain writes that name by
    its initials only ("ssf.net" for South San Francisco): "South San Francisco Police
    Department" is then the city's own name, as "Pasadena Water and Power" is for pasadena.gov."""
    if not city_tokens:
        return city_tokens        # (no token for the initials to be: the title is not read)
    words = _LETTERS.findall(_title_name(title or ""))
    initials = "".join(w[0] for w in words).lower()
    if len(words) < 2 or initials not in city_tokens:
        return city_tokens
    return city_tokens | {"".join(words).lower()}
