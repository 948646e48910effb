"""The two seed cities' websites as a content-management system would serve them.

Pages carry what real city pages carry around the facts: a navigation bar, an alert
banner, a cookie banner, a footer, a "Last updated" line and cache-busting asset URLs
that differ on every response. The contacts come from the city's registry file, so the
simulated pages say what the real ones said when the registry was curated.

Version 2 of Oxnard's City Clerk page (``SiteState.version``) moves public-records
requests to a new address; everything else on it stays put except the "Last updated"
line, which is exactly the kind of noise a page watcher must ignore.
"""
from __future__ import annotations

import html
import secrets
from dataclasses import dataclass, field

from prr.registry.registry import City

# The records address Oxnard's clerk page announces in version 2 of the page.
OXNARD_NEW_RECORDS_EMAIL = "publicrecords@oxnard.org"

# Path of each simulated page under the city's prefix, by registry page kind.
PAGE_PATHS = {
    "oxnard": {
        "home": "/",
        "records": "/city-department/city-clerk/",
        "it": "/city-department/information-technology/",
        "privacy": "/privacy-policy/",
    },
    "mission-viejo": {
        "home": "/",
        "records": "/departments/city-clerk",
        "it": "/departments/information-technology",
        "privacy": "/privacy-policy",
    },
}

_LAST_UPDATED = {
    ("oxnard", 1): "February 3, 2026 9:14 AM",
    ("oxnard", 2): "November 18, 2026 4:02 PM",
    ("mission-viejo", 1): "January 27, 2026 11:30 AM",
}


@dataclass
class SiteState:
    """Mutable state shared with the HTTP handler threads."""
    version: dict[str, int] = field(default_factory=lambda: {"oxnard": 1, "mission-viejo": 1})
    hits: dict[str, int] = field(default_factory=dict)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _contact_value(city: City, kind: str) -> tuple[str, str]:
    c = city.contact(kind)
    if c is None:
        return "", ""
    return c.value or "", c.label or c.value or ""


def _layout(city: City, prefix: str, title: str, body: str, last_updated: str, style: str) -> str:
    """The page chrome: what a CivicPlus- or Granicus-style site wraps around content."""
    bust = secrets.token_hex(4)      # a cache-busting token that changes on every response
    session = secrets.token_urlsafe(12)
    paths = PAGE_PATHS[city.slug]
    nav = "".join(
        f'<li><a href="{prefix}{paths[k]}">{label}</a></li>'
        for k, label in (("home", "Home"), ("records", "City Clerk"),
                         ("it", "Information Technology"), ("privacy", "Privacy Policy")))
    name = _e(city.name)
    address = _e(_contact_value(city, "address")[0])
    phone = _e(_contact_value(city, "records_phone")[1])
    if style == "granicus":
        header = (f'<header class="site-header"><div class="logo"><a href="{prefix}/">City of {name}</a></div>'
                  f'<form class="search" action="{prefix}/search"><input type="hidden" name="sid" value="{session}">'
                  f'<input name="q" placeholder="Search"></form></header>'
                  f'<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>')
    else:
        header = (f'<div id="skipLink"><a href="#content">Skip to Main Content</a></div>'
                  f'<header id="cpHeader"><h2 class="siteName">{name}, CA - Official Website</h2>'
                  f'<nav id="cpNav"><ul class="nav">{nav}</ul></nav></header>')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{_e(title)} | City of {name}</title>
<link rel="stylesheet" href="{prefix}/assets/site.css?v={bust}">
<script src="{prefix}/assets/analytics.js?cb={bust}"></script>
</head>
<body>
<div class="alert-banner" role="alert">City Hall will be closed for the holiday. Online services remain available.</div>
{header}
<main id="content">
<div class="breadcrumbs"><a href="{prefix}/">Home</a> &rsaquo; {_e(title)}</div>
<h1>{_e(title)}</h1>
{body}
<p class="last-updated">Last updated: {last_updated}</p>
</main>
<footer id="footer">
<p>City of {name} &middot; {address} &middot; {phone}</p>
<ul class="footer-links"><li><a href="{prefix}{paths['privacy']}">Privacy Policy</a></li>
<li><a href="{prefix}/accessibility">Accessibility</a></li><li><a href="{prefix}/newsletter">Newsletter sign-up</a></li></ul>
<p>&copy; 2026 City of {name}. Powered by a content management system.</p>
</footer>
<div id="cookie-banner" class="cookie-consent">This website uses cookies to improve your experience.
<button>Accept</button> <a href="{prefix}{paths['privacy']}">Learn more</a></div>
<script>window.sessionId = "{session}";</script>
</body>
</html>
"""


def _oxnard_clerk(city: City, version: int) -> str:
    email, _ = _contact_value(city, "records_email")
    _, phone = _contact_value(city, "records_phone")
    address, _ = _contact_value(city, "address")
    if version >= 2:
        email = OXNARD_NEW_RECORDS_EMAIL
        notice = ("<p><strong>Public records requests now have their own address.</strong> "
                  "Please send requests under the California Public Records Act to the address below; "
                  "the previous address is no longer monitored for records requests.</p>")
    else:
        notice = ""
    return f"""
<section class="department-intro">
<p>The City Clerk's Office maintains the official records of the City of Oxnard, including
minutes, resolutions, ordinances, contracts and agreements, and coordinates the City's
responses to requests made under the California Public Records Act (Gov. Code 7920.000 et seq.).</p>
</section>
<section id="public-records">
<h2>Public Records Requests</h2>
{notice}
<p>You may request records by email, by mail or in person. Please describe the records as
specifically as you can and include a way to reach you. Ask for a tracking number for your request.</p>
<ul class="contact">
<li>Email: <a href="mailto:{_e(email)}">{_e(email)}</a></li>
<li>Phone: <a href="tel:+18053857803">{_e(phone)}</a></li>
<li>Office: {_e(address)}</li>
</ul>
<p>Our online PRA request portal is also available from this page.</p>
</section>
<section id="hours">
<h2>Office Hours</h2>
<p>Monday through Thursday, 8:00 a.m. to 6:00 p.m.; alternating Fridays, 8:00 a.m. to 5:00 p.m.</p>
</section>
<section id="council">
<h2>City Council</h2>
<p>To reach a Councilmember about a City matter, call the City Council Office at (805) 385-7430.</p>
</section>
"""


def _mission_viejo_clerk(city: City, version: int, portal_url: str | None) -> str:
    email, _ = _contact_value(city, "records_email")
    _, phone = _contact_value(city, "records_phone")
    address, _ = _contact_value(city, "address")
    portal = ""
    if portal_url:
        portal = (f'<p>The fastest way to make a request is the '
                  f'<a href="{_e(portal_url)}">Public Records Request Form</a> (NextRequest portal).</p>')
    return f"""
<div class="content-block">
<p>The City Clerk is the custodian of the City's official records and the City's elections official.</p>
<h2>Public Records Requests</h2>
{portal}
<p>Requests may also be made in writing to the City Clerk. Please ask for a case or tracking number
and keep copies of all correspondence.</p>
<dl class="contact-card">
<dt>Email</dt><dd><a href="mailto:{_e(email)}">{_e(email)}</a></dd>
<dt>Phone</dt><dd>{_e(phone)}</dd>
<dt>Address</dt><dd>{_e(address)}</dd>
</dl>
<p>Office hours: Monday to Friday, 8 a.m. to 5 p.m.</p>
</div>
"""


def _it_page(city: City) -> str:
    email, _ = _contact_value(city, "records_email")
    _, phone = _contact_value(city, "records_phone")
    return f"""
<p>Information Technology supports the City's network, servers, telephones and business applications,
and leads the City's response to cybersecurity incidents.</p>
<h2>Report a security incident</h2>
<p>If you believe City systems or City-held personal information have been exposed, report it at once.
Write down what you saw, when, and which accounts or systems were involved, and keep the evidence.</p>
<p>For copies of incident records, make a public records request to the City Clerk at
<a href="mailto:{_e(email)}">{_e(email)}</a> or {_e(phone)}.</p>
"""


def _privacy_page(city: City) -> str:
    return f"""
<p>The City of {_e(city.name)} respects your privacy. This policy explains what information the City
collects through its website and online services and how it is used.</p>
<h2>Information we collect</h2>
<p>When you browse the website we collect the pages you visit, your browser type and your IP address
to keep the site secure and working. When you submit a form we collect what you enter.</p>
<h2>Security of your information</h2>
<p>The City uses administrative, technical and physical safeguards to protect personal information.
If a breach of the security of the system exposes your personal information, the City will notify you
as required by Civil Code 1798.29 and 1798.82.</p>
<h2>Public records</h2>
<p>Information you submit to the City may be a public record subject to disclosure under the California
Public Records Act, unless an exemption applies.</p>
"""


def _home_page(city: City, prefix: str) -> str:
    paths = PAGE_PATHS[city.slug]
    return f"""
<p>Welcome to the official website of the City of {_e(city.name)}.</p>
<ul class="quick-links">
<li><a href="{prefix}{paths['records']}">Public Records Requests</a></li>
<li><a href="{prefix}{paths['it']}">Information Technology</a></li>
<li><a href="{prefix}{paths['privacy']}">Privacy Policy</a></li>
</ul>
"""


def render_page(city: City, kind: str, *, prefix: str, version: int, portal_url: str | None = None) -> str:
    """HTML of one simulated page (``kind`` is a registry page kind or ``home``)."""
    style = "granicus" if city.slug == "mission-viejo" else "civicplus"
    last = _LAST_UPDATED.get((city.slug, version)) or _LAST_UPDATED[(city.slug, 1)]
    if kind == "records":
        if city.slug == "oxnard":
            return _layout(city, prefix, "City Clerk", _oxnard_clerk(city, version), last, style)
        return _layout(city, prefix, "City Clerk", _mission_viejo_clerk(city, version, portal_url), last, style)
    if kind == "it":
        return _layout(city, prefix, "Information Technology", _it_page(city), last, style)
    if kind == "privacy":
        return _layout(city, prefix, "Privacy Policy", _privacy_page(city), last, style)
    if kind == "home":
        return _layout(city, prefix, f"City of {city.name}", _home_page(city, prefix), last, style)
    raise KeyError(kind)
