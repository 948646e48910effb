"""Records-request portals: from a link's target (a known vendor) or its words.

A link to a records-portal vendor (NextRequest, GovQA, JustFOIA, FOIAXpress) is a
portal whatever its text. A general form or document host (CivicPlus FormCenter,
Laserfiche Forms, Granicus, SeamlessDocs, Jotform, ...) is a portal only when the
link text says it is for records requests; so is any link, on the city's own site
or elsewhere, whose text says so ("Public Records Request", "FOIA", "Sunshine
Ordinance", "Records of the Board"), and a ``mailto:`` whose text names the request
desk ("FOIA Requests: ...").
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from prr.scrapers.keyword_gate import keyword_gated
from prr.scrapers.normalise import clean_url

PORTAL_VENDORS = (   # (vendor, host pattern, always a records portal?)
    ("govqa", re.compile(r"(?:^|\.)(?:govqa\.us|mycusthelp\.(?:com|net))$"), True),
    ("nextrequest", re.compile(r"(?:^|\.)nextrequest\.com$"), True),
    ("justfoia", re.compile(r"(?:^|\.)justfoia\.com$"), True),
    ("foiaxpress", re.compile(r"(?:^|\.)foiaxpress\.com$"), True),
    ("civicplus", re.compile(r"(?:^|\.)civicplus\.com$"), False),
    ("laserfiche", re.compile(r"laserfiche|(?:^|\.)lf(?:web|forms)?\."), False),
    ("granicus", re.compile(r"(?:^|\.)granicus\.com$"), False),
    ("seamlessdocs", re.compile(r"(?:^|\.)seamlessdocs\.com$"), False),
    ("jotform", re.compile(r"(?:^|\.)jotform\.com$"), False),
    ("formstack", re.compile(r"(?:^|\.)formstack\.com$"), False),
    ("smartsheet", re.compile(r"(?:^|\.)smartsheet\.com$"), False),
    ("microsoft_forms", re.compile(r"^forms\.(?:office|microsoft)\.com$"), False),
    ("cognito_forms", re.compile(r"(?:^|\.)cognitoforms\.com$"), False),
    ("wufoo", re.compile(r"(?:^|\.)wufoo\.com$"), False),
    ("google_forms", re.compile(r"^(?:docs\.google\.com|forms\.gle)$"), False),
    ("opengov", re.compile(r"(?:^|\.)opengov\.com$"), False),
    ("govpilot", re.compile(r"(?:^|\.)govpilot\.com$"), False),
)
PATH_VENDORS = (
    ("civicplus", re.compile(r"/FormCenter/|/RequestTracker\.aspx", re.I)),
    ("laserfiche", re.compile(r"/WebLink/|/Forms/", re.I)),
)
ALWAYS = {v for v, _, always in PORTAL_VENDORS if always}
NEWSLETTER_HOSTS = re.compile(r"(?:^|\.)(?:govdelivery\.com|list-manage\.com|constantcontact\.com|mailchimp\.com)$")
BARE_PORTAL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?((?:[a-z0-9-]+\.)+(?:nextrequest\.com|govqa\.us|mycusthelp\.(?:com|net)|justfoia\.com|"
    r"foiaxpress\.com))(/[^\s<>\"')\]]*)?", re.I)
BARE_HOST_HINTS = ("nextrequest.com", "govqa.us", "mycusthelp.", "justfoia.com", "foiaxpress.com")
# What the words of a link must say for it to be a records-request link.
PORTAL_TEXT = re.compile(
    r"public\s+records?|records?\s+(?:act\s+)?requests?|\bc?pra\b|\bfoia\b|freedom\s+of\s+information|"
    r"public\s+information\s+requests?|"
    # in Spanish: "Solicitud de Registros (Públicos)", "Registros públicos"
    r"\bsolicitud(?:es)?\s+de\s+(?:los\s+)?registros\b|\bregistros\s+p[uú]blicos\b|"
    r"records?\s+(?:request\s+)?(?:portal|center|centre)|request\s+(?:public\s+|police\s+|city\s+|fire\s+|department\s+)?records|sunshine\s+ordinance|"
    r"^records\s+of\s+the\s+(?:board|council|city|clerk)|"
    # a request for a copy of a report: a records request for a department's records
    r"\b(?:police|incident|crime|collision|crash|accident|traffic)\s+reports?\s+requests?|"
    r"\brequest\s+(?:a\s+)?(?:copy\s+of\s+(?:a\s+|an\s+|the\s+)?)?(?:police|incident|collision|crash|accident)\s+reports?",
    re.I)
# Words that make a records-sounding link something else.
NOT_PORTAL_TEXT = re.compile(r"medical\s+records?|birth|death|marriage|vital|"
                             r"(?<!request\s)(?<!request\sa\s)police\s+reports?(?!\s+requests?)|"
                             r"(?:video|audio)\s+record|recordings?|records?\s+retention\s+schedule|"
                             r"request(?:s)?\s+for\s+(?:proposals?|qualifications|bids)|"
                             r"\b(?:search|view|browse)\s+(?:public\s+)?records|\barchive|repository|"
                             r"\bagendas?\b|minutes|\bfaqs?\b|frequently\s+asked|"
                             # a form to write to the city, not to ask for records
                             r"\bcontact(?:\s+us)?\s+form|\bfeedback\s+form", re.I)

# Link text that is a question (an FAQ entry) or a bare site name ("FOIA.gov") names no form.
NOT_A_FORM = re.compile(r"\?\s*$|^\s*(?:how|what|where|when|who|can|do|does|is|are|why)\b|"
                        r"^\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|us|info)\s*$", re.I)
# A form host's page whose path names a records request is the request form whatever its link says.
FORM_VENDORS = {"laserfiche", "civicplus", "seamlessdocs", "jotform", "formstack", "cognito_forms", "wufoo",
                "opengov", "govpilot"}
# General form builders: a request action to one of them under a records heading is the request form.
FORM_HOSTS = FORM_VENDORS | {"microsoft_forms", "google_forms", "smartsheet"}
# ... a request action only: a heading names what the form is for, a "Picnic reservation form" names its own
REQUEST_ACTION = re.compile(r"^\W*(?:make|submit|file|start|send|begin)\s+(?:a\s+|your\s+)?(?:new\s+)?request\b"
                            r"(?:\s+online)?\W*$|^\W*request\s+online\W*$", re.I)
# A link that names no subject of its own: "request form (PDF)", "the printable request form".
BARE_REQUEST_FORM = re.compile(r"^\W*(?:(?:the|a|our|this|printable|paper|blank|fillable)\s+)*request\s+form"
                               r"(?:\s*\((?:pdf|word|doc|docx|fillable)\)|\s+\[(?:pdf|word)\])?\W*$", re.I)
# A link that names only the language (or file format) of what its sentence offers: "download the
# form in <English> or <español>", "request form: <Spanish> | <Tagalog>".
VERSION_ONLY = re.compile(r"^\W*(?:(?:in|en|sa)\s+)?(?:english|spanish|espa(?:n|\u00f1)ol|ingl(?:e|\u00e9)s|tagalog|filipino|chinese|"
                          r"\u4e2d\u6587|vietnamese|ti\u1ebfng\s+vi\u1ec7t|korean|\ud55c\uad6d\uc5b4|punjabi|hmong|russian|"
                          r"arabic|farsi|armenian|japanese|pdf|word|docx?)(?:\s+(?:version|form))?(?:\s*\((?:pdf|word|docx?)\))?\W*$",
                          re.I)
DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|rtf|odt)$", re.I)   # a file, not the page in another language
FILL_ONLINE = re.compile(r"\b(?:fill|complete|submit)\s+(?:it|this|the\s+form)\s+(?:out\s+)?online\b", re.I)
REQUEST_FORM_WORDS = re.compile(r"\brequest\s+form\b", re.I)
RECORDS_PATH = re.compile(r"public(?:[-_]|%20)?records?|records?(?:[-_]|%20)?requests?|reports?[-_]?requests?|"
                          r"\bc?pra[-_]?(?:request|form)|"
                          r"\bc?pra\b|foia|"
                          # the Spanish form: "Solicitud-de-Registros-Publicos.pdf"
                          r"registros?[-_]?p(?:u|%C3%BA|\u00fa)blicos?|solicitud[-_](?:de[-_])?registros?", re.I)


def portal_vendor(url: str) -> tuple[str | None, bool]:
    """(vendor, is always a records portal) for a URL; (None, False) if unknown."""
    parts = urlsplit(url if "://" in url else "https://" + url.lstrip("/"))
    host = (parts.hostname or "").lower()
    for vendor, rx, always in PORTAL_VENDORS:
        if rx.search(host):
            return vendor, always
    for vendor, rx in PATH_VENDORS:
        if rx.search(parts.path):
            return vendor, False
    return None, False


# A vendor's own site (its home, help centre, terms) rather than a city's tenant of it.
VENDOR_OWN_SITE = re.compile(r"^(?:(?:www|support|help|docs|status|about|blog)\.)?[\w-]+\.\w+$")
# On a portal's own pages, only the request form is the city's way in; its other pages
# (all requests, documents, sign in) are the product's menu.
REQUEST_FORM_TEXT = re.compile(r"\b(?:make|submit|new|file|start|create)\b[^|]{0,30}\brequests?\b|"
                               r"\brequests?\s+(?:form|records)\b", re.I)
REQUEST_FORM_PATH = re.compile(r"/(?:requests?/new|new[-_]?request|request[-_]?form|newrequest|request(?:open|edit)\.aspx|"
                               r"forms/launch/)", re.I)   # GovQA's forms are Request{Open,Edit}.aspx, JustFOIA's Forms/Launch/<id>
# A portal's pages for looking up requests already made: status, tracking, the public list.
PORTAL_LOOKUP_TEXT = re.compile(r"\b(?:status|browse|search|view|look\s+up|track|follow\s+up)\b[^|]{0,30}"
                                r"\b(?:requests?|documents|records)\b|\b(?:my|past|previous|existing|all|closed)\s+"
                                r"requests\b|\bsign\s*in\b|\blog\s*in\b", re.I)
# A form on the city's own site: "online request form", "request form (PDF)" with a records path.
# ... or a request action ("Make a request", "Request online") on a path naming records.
FORM_TEXT = re.compile(r"\bforms?\b|\bformularios?\b|\b(?:make|submit|file|start|send)\s+(?:a\s+|your\s+)?(?:new\s+)?request\b|"
                       r"\brequest\s+online\b|\bonline\s+request\b", re.I)


# Hosts a site builder serves the site's own uploaded files from (Squarespace, Wix, Webflow,
# Revize): a document there is on the city's own site, as if on its host.
SITE_FILE_HOST = re.compile(r"(?:^|\.)(?:squarespace(?:-cdn)?\.com|wixstatic\.com|usrfiles\.com|filesusr\.com|"
                            r"website-files\.com|webflow\.com|revize\.com)$")


# A portal's home page: its root, or GovQA's "supporthome.aspx" (the tenant's landing page).
PORTAL_HOME_PATH = re.compile(r"^/?$|/supporthome\.aspx$", re.I)

_LOCAL_HOST = re.compile(r"[\d.:]+|localhost")
_GOV_HOST = re.compile(r"(?:^|\.)(?:ca\.gov|gov)$")
_ADDRESS_WORD = re.compile(r"\S+@\S+")


def _government_elsewhere(host: str, page_host: str) -> bool:
    """A state or federal government's site (ca.gov, oag.ca.gov, foia.gov) linked from a
    city's page on another domain: that government's records page, not the city's."""
    if not host or not page_host or host == page_host or _LOCAL_HOST.fullmatch(page_host):
        return False
    if not _GOV_HOST.search(host):
        return False
    from prr.scrapers.contacts.attribution import email_owner
    return email_owner("x@" + host, "https://" + page_host) == "agency"


def portal_from_link(text: str, href: str, url: str, page_url: str | None = None,
                     region: str = "main", before: str = "", sentence: str = "",
                     heading: str = "", subject: str = "", line: str = "") -> tuple[str, str] | None:
    """(portal URL, vendor) when a link is a records-request portal, else None. The URL
    is absolute when the page's URL is known, without session ids either way. ``before``:
    the label the link's line starts with ("Submit a new request: City Records | ...");
    ``sentence``: the sentence the link sits in; ``heading``: the heading over its block;
    ``subject``: the page's title and first heading; ``line``: the line's text before the link."""
    low = href.lower()
    if low.startswith("mailto:"):
        words = _ADDRESS_WORD.sub(" ", text)      # the address itself says nothing ("pra@...")
        return (href, "email") if PORTAL_TEXT.search(words) and not NOT_PORTAL_TEXT.search(words) else None
    if low.startswith(("tel:", "javascript:", "#", "data:")):
        return None
    target = _unwrapped(url)        # a redirect's target says what the link is ("google.com/url?q=<form>")
    host = (urlsplit(target).hostname or "").lower()
    if NEWSLETTER_HOSTS.search(host):
        return None
    vendor, always = portal_vendor(target)
    page_host = (urlsplit(page_url).hostname or "").lower() if page_url else ""
    if always and VENDOR_OWN_SITE.match(host):
        return None
    if always and (PORTAL_LOOKUP_TEXT.search(text) or PORTAL_LOOKUP_TEXT.search(before)) \
            and not (REQUEST_FORM_TEXT.search(text) or REQUEST_FORM_TEXT.search(before)) \
            and not (page_host and PORTAL_HOME_PATH.search(urlsplit(target).path) and not portal_vendor(page_url)[1]):
        # "Check the status of my requests", "Browse past requests", "Track a request: <link>":
        # not the way to ask (the portal's root linked from a city page is the portal itself,
        # whatever its words say one does there: "search past requests")
        return None
    if always and page_host and portal_vendor(page_url)[1]:          # on the portal's own pages
        # the product's own menu is read too: its "Submit a Request" item is the way in
        if region == "footer" or not (REQUEST_FORM_TEXT.search(text) or REQUEST_FORM_TEXT.search(before)
                                    or REQUEST_FORM_PATH.search(urlsplit(url).path)):
            return None
    if _government_elsewhere(host, page_host):
        return None
    own_host = bool(page_host) and (host == page_host or (bool(SITE_FILE_HOST.search(host))
                                                          and bool(DOCUMENT_PATH.search(urlsplit(target).path))))
    if not always and page_host and host != page_host and (re.search(r"\b(?:City|Town)\b", text) or _names_site(text, host)) \
            and RECORDS_PATH.search(urlsplit(target).path) and portal_vendor(page_url)[1] \
            and not NOT_PORTAL_TEXT.search(text):
        # on a records portal's own page, its link back to the city's records page, named as the
        # city's ("City of Elm records information", "the City of Elm website")
        return _without_session(url), vendor or "website"
    says = _about_records(text) and not NOT_A_FORM.search(text)
    if not says and (vendor in FORM_VENDORS or (FORM_TEXT.search(text) and own_host)) \
            and not NOT_PORTAL_TEXT.search(text):
        says = bool(RECORDS_PATH.search(urlsplit(url).path))     # "online form" -> /Forms/PublicRecordsRequest
        # "To request records, ... or use the online request form": the sentence says what the form is for
        says = says or (bool(FORM_TEXT.search(text)) and _about_records(sentence))
        # "Download the records request form or fill it out online": a form builder's link whose
        # sentence names the request form it fills in
        says = says or (vendor in FORM_HOSTS and bool(FILL_ONLINE.search(sentence)) and bool(FORM_TEXT.search(sentence))
                        and _about_records(sentence))
    # "Submit a request online" / "our online request form" to a form builder under a heading,
    # or on a page, about public records requests
    if not says and vendor in FORM_HOSTS and (REQUEST_ACTION.search(text) or REQUEST_FORM_WORDS.search(text)) \
            and not NOT_PORTAL_TEXT.search(text) and _under_records(heading, subject):
        says = True
    # "Print the request form (PDF)": a document on the city's own site that is only "the request
    # form", on a page or under a heading about public records requests
    if not says and own_host and BARE_REQUEST_FORM.match(text) and _under_records(heading, subject):
        says = True
    # "Download the records request form in <English> or <Spanish>", "the request form (<English> |
    # <Tiếng Việt>)": a document on the city's own site whose words are only a language, in a sentence
    # offering a form for records requests (the sentence goes on across the links of one line)
    if not says and own_host and VERSION_ONLY.match(text) and DOCUMENT_PATH.search(urlsplit(target).path):
        says = _offers_records_form(re.split(r"[.!?]\s", line)[-1] + " " + sentence, heading, subject)
    if not (always or says):
        return None
    return _without_session(url), vendor or "website"


def _offers_records_form(offer: str, heading: str, subject: str) -> bool:
    """The words around a link offer a form, for records requests by themselves or under a
    heading (or on a page) about them."""
    return bool(FORM_TEXT.search(offer)) and not NOT_PORTAL_TEXT.search(offer) \
        and (bool(PORTAL_TEXT.search(offer)) or _under_records(heading, subject))


def _about_records(words: str) -> bool:
    """The words name a records request ("Public Records Request"), not another kind of
    record or request ("medical records", "request for proposals": :data:`NOT_PORTAL_TEXT`)."""
    return bool(PORTAL_TEXT.search(words)) and not NOT_PORTAL_TEXT.search(words)


def _under_records(heading: str, subject: str) -> bool:
    """The link stands under a heading, or on a page, about records requests."""
    return any(_about_records(h) for h in (heading, subject) if h)


def _names_site(text: str, host: str) -> bool:
    """The link's words are its own site's name ("Return to elmfordca.gov")."""
    return bool(host) and text.strip().lower().removeprefix("www.") == host.removeprefix("www.")


# Link wrappers that send the visitor on to the address in one parameter.
_REDIRECTS = {"www.google.com": "q", "google.com": "q", "l.facebook.com": "u"}
_SAFELINKS = re.compile(r"(?:^|\.)safelinks\.protection\.outlook\.com$")


def _unwrapped(url: str) -> str:
    if "/url?" not in url and "safelinks" not in url and "l.facebook.com" not in url:
        return url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    key = _REDIRECTS.get(host) if parts.path == "/url" or host == "l.facebook.com" else \
        "url" if _SAFELINKS.search(host) else None
    if key:
        target = dict(parse_qsl(parts.query)).get(key, "")
        if target.startswith(("http://", "https://")):
            return target
    return url


def _without_session(url: str) -> str:
    """GovQA and others put session ids in the query under varying names (sSessionID)."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if "session" not in k.lower()]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


@lru_cache(maxsize=8192)      # asked of every block of every page; a site repeats its blocks
def bare_portals(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Vendor portal hosts written without a link ("file at cityx.nextrequest.com")."""
    low = text.lower()
    for hint in BARE_HOST_HINTS:    # a plain loop: any() over a generator costs twice as much
        if hint in low:
            break
    else:
        return ()
    out = []
    for m in BARE_PORTAL.finditer(text):
        if VENDOR_OWN_SITE.match(m.group(1).lower()):
            continue              # the vendor's help centre, not a city's portal
        url = clean_url("https://" + m.group(1).lower() + (m.group(2) or "/").rstrip(".,;:"))
        out.append((m.start(), m.end(), url, portal_vendor(url)[0] or "other"))
    return tuple(out)


def same_portal(a: str, b: str) -> bool:
    ha, hb = (urlsplit(a).hostname or "").lower(), (urlsplit(b).hostname or "").lower()
    return bool(ha) and ha == hb

# Keyword gates (see scrapers/keyword_gate.py): the same matches, 2-3x sooner; asked of every link.
PORTAL_TEXT = keyword_gated(PORTAL_TEXT)
NOT_PORTAL_TEXT = keyword_gated(NOT_PORTAL_TEXT)
RECORDS_PATH = keyword_gated(RECORDS_PATH)
