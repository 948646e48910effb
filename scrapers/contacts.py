"""Contacts on a city page: emails, phones (fax told apart), mailing addresses, portals.

Every contact carries a ``role`` read from the words around it (its own
sentence, its link text, the nearest heading): ``records`` for the clerk or a
public records desk, ``council`` for an elected official, ``newsletter`` for a
mailing list, and so on. A page that says "Councilmember Lee: lee@city.gov"
next to "Public records: clerk@city.gov" yields both, but only one is a records
contact. ``registry_kind()`` maps a contact onto the registry's contact kinds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from prr.scrapers.normalise import PageText, clean_url, normalise

ROLE_PATTERNS = (   # first match wins: the specific (newsletter, council) before the broad (clerk)
    ("newsletter", re.compile(r"newsletter|subscribe|e-?news|notify\s?me|mailing list|listserv|e-?alerts?", re.I)),
    ("council", re.compile(r"council\s?(?:member|woman|man|person)|\bmayor\b|vice mayor|district \d+ (?:council|rep)", re.I)),
    ("records", re.compile(r"public records?|records? requests?|\bc?pra\b|\bfoia\b|records act|"
                           r"request(?:ing)? (?:public )?records|city clerk|clerk'?s? office|\bclerk\b|"
                           r"public information request", re.I)),
    ("it", re.compile(r"information technology|\bI\.?T\.? (?:department|division|services|help)|help ?desk|"
                      r"cyber ?security|security incident|\bdata breach", re.I)),
    ("attorney", re.compile(r"city attorney|legal (?:department|services|division)|attorney'?s office", re.I)),
    ("privacy", re.compile(r"privacy", re.I)),
    ("media", re.compile(r"\bmedia\b|\bpress\b|public information officer|\bPIO\b|communications office", re.I)),
    ("webmaster", re.compile(r"webmaster|website (?:feedback|issues|problems)|accessibility", re.I)),
)

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])")
_AT = r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*"
_DOT = r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>)\s*"
OBFUSCATED_EMAIL = re.compile(rf"([A-Za-z0-9][\w.+-]*){_AT}([A-Za-z0-9-]+(?:(?:{_DOT}|\.)[A-Za-z0-9-]+)+)", re.I)
# "clerk at cityofx dot gov": plain words only when a "dot" makes the intent clear
WORDY_EMAIL = re.compile(r"\b([A-Za-z0-9][\w.+-]*)\s+at\s+([A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)+)\b", re.I)
_NOT_EMAIL_SUFFIX = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|css|js)$", re.I)

FAX_LABEL = re.compile(r"\b(?:fax|facsimile|f)\b\s*[:.#-]?\s*$|\bfax\b[^0-9]{0,12}$", re.I)
FAX_AFTER = re.compile(r"^\s*(?:\(fax\)|\[fax\]|fax\b(?!\s*[:#.]?\s*[\d(+]))", re.I)
VOICE_LABEL = re.compile(r"\b(?:phone|tel|telephone|call|voice|ph|p|main|office)\b\s*[:.#-]?\s*$", re.I)

ADDRESS_ANCHOR = re.compile(r"\b([A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}),?\s+(?:CA|Calif\.?|California)\.?,?\s+(9\d{4}(?:-\d{4})?)\b")
STREET_START = re.compile(
    r"(?:\b\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z0-9][\w.'-]*\s+){0,5}"
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Plaza|Parkway|Pkwy|"
    r"Circle|Cir|Highway|Hwy|Terrace|Ter|Square|Sq|Center|Ctr|Mall|Real|Alameda|Paseo|Calle|Camino)\b\.?"
    r"|\bP\.?\s?O\.?\s+Box\s+\d+|\b\d{1,6}\s+(?:Camino|Calle|Avenida|Paseo|Via|El|La)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")

PORTAL_VENDORS = (   # (vendor, host suffix or path pattern, always a records portal?)
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
)
PATH_VENDORS = (
    ("civicplus", re.compile(r"/FormCenter/|/RequestTracker\.aspx", re.I)),
    ("laserfiche", re.compile(r"/WebLink/|/Forms/", re.I)),
)
NEWSLETTER_HOSTS = re.compile(r"(?:^|\.)(?:govdelivery\.com|list-manage\.com|constantcontact\.com|mailchimp\.com)$")
BARE_PORTAL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?((?:[a-z0-9-]+\.)+(?:nextrequest\.com|govqa\.us|mycusthelp\.(?:com|net)|justfoia\.com|"
    r"foiaxpress\.com))(/[^\s<>\"')\]]*)?", re.I)
PORTAL_TEXT = re.compile(r"(?:public\s+)?records?\s+(?:request\s+)?(?:portal|center|centre)|"
                         r"submit\s+(?:a\s+|your\s+)?(?:public\s+)?records?\s+request|request\s+(?:public\s+)?records\s+online|"
                         r"online\s+(?:public\s+)?records?\s+request|records?\s+request\s+(?:form|online)", re.I)


@dataclass
class Contact:
    type: str                     # email | phone | address | portal
    value: str                    # email lower-cased, phone E.164, address text, portal URL
    role: str = "general"
    label: str = ""               # the words that gave the role (heading or link text)
    kind: str | None = None       # phone: voice | fax
    ext: str | None = None        # phone extension
    vendor: str | None = None     # portal vendor
    evidence: str = ""            # the paragraph it was found in

    def key(self) -> tuple:
        return (self.type, self.value.lower(), self.kind, self.ext)

    def registry_kind(self, page_kind: str | None = None) -> str | None:
        """The registry contact kind (records_email, portal_url, ...) or None when the
        contact is not one we keep (a council member, a newsletter, the webmaster)."""
        role = self.role
        if role == "general":
            role = {"records": "records", "it": "it", "attorney": "attorney"}.get(page_kind or "", None)
        if self.type == "portal":
            return "portal_url" if role in ("records", None) or self.vendor in _ALWAYS_RECORDS else None
        if role not in ("records", "it", "attorney"):
            return None
        if self.type == "email":
            return f"{role}_email"
        if self.type == "phone":
            if self.kind == "fax":
                return "records_fax" if role == "records" else None
            return f"{role}_phone"
        if self.type == "address":
            return "address" if role == "records" else None
        return None

    def display(self) -> str:
        if self.type == "phone":
            return self.value + (f" ext. {self.ext}" if self.ext else "") + (" (fax)" if self.kind == "fax" else "")
        return self.value


_ALWAYS_RECORDS = {v for v, _, always in PORTAL_VENDORS if always}


@dataclass
class Contacts:
    items: list[Contact] = field(default_factory=list)

    def _of(self, t):
        return [c for c in self.items if c.type == t]

    @property
    def emails(self) -> list[str]:
        return [c.value for c in self._of("email")]

    @property
    def phones(self) -> list[Contact]:
        return self._of("phone")

    @property
    def addresses(self) -> list[str]:
        return [c.value for c in self._of("address")]

    @property
    def portals(self) -> list[Contact]:
        return self._of("portal")

    def for_role(self, role: str) -> list[Contact]:
        return [c for c in self.items if c.role == role]

    def to_json(self) -> dict:
        return {
            "emails": self.emails,
            "phones": [{"e164": c.value, "ext": c.ext, "kind": c.kind, "role": c.role} for c in self.phones],
            "addresses": self.addresses,
            "portals": [{"url": c.value, "vendor": c.vendor, "role": c.role} for c in self.portals],
            "contacts": [{"type": c.type, "value": c.value, "role": c.role, "label": c.label, "kind": c.kind,
                          "ext": c.ext, "vendor": c.vendor} for c in self.items],
        }

    @classmethod
    def from_json(cls, data: dict) -> Contacts:
        return cls([Contact(**c) for c in data.get("contacts", [])])


@lru_cache(maxsize=4096)
def classify_role(text: str) -> str:
    for role, rx in ROLE_PATTERNS:
        if rx.search(text):
            return role
    return "general"


def portal_vendor(url: str) -> tuple[str | None, bool]:
    """(vendor, is always a records portal) for a URL; (None, False) if unknown."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").lower()
    for vendor, rx, always in PORTAL_VENDORS:
        if rx.search(host):
            return vendor, always
    for vendor, rx in PATH_VENDORS:
        if rx.search(parts.path):
            return vendor, False
    return None, False


def _looks_like_html(s: str) -> bool:
    return bool(re.search(r"<(?:html|body|div|p|a|span|table|h[1-6]|br|ul|li|section|main)\b", s[:5000], re.I))


def _text_page(text: str) -> PageText:
    paragraphs, headings, heading = [], [], ""
    for line in text.splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        # A short line without contact-looking content reads as a heading for what follows.
        if len(line) < 60 and not re.search(r"[@\d]", line) and not line.endswith("."):
            heading = line.rstrip(":")
        paragraphs.append(line)
        headings.append(heading)
    return PageText(paragraphs=paragraphs, headings=headings)


class _Extractor:
    def __init__(self, page: PageText):
        self.page = page
        self.items: list[Contact] = []
        self.seen: dict[tuple, Contact] = {}

    def add(self, c: Contact) -> None:
        k = c.key()
        old = self.seen.get(k)
        if old is None:
            self.seen[k] = c
            self.items.append(c)
        elif old.role == "general" and c.role != "general":
            old.role, old.label = c.role, c.label

    def role_for(self, para_idx: int, start: int | None, end: int | None, extra: str = "") -> tuple[str, str]:
        """Role from (1) words just before the contact in its sentence, (2) link text,
        (3) the whole paragraph, (4) the nearest heading, (5) the page title."""
        para = self.page.paragraphs[para_idx] if para_idx is not None and para_idx < len(self.page.paragraphs) else ""
        if start is not None:
            before = para[:start]
            cut = max(before.rfind(". "), before.rfind("; "), before.rfind("•"))
            seg = before[cut + 1:] if cut >= 0 else before
            # Also the words right after, up to the end of the sentence ("... (Council)").
            after = para[end:end + 40].split(". ")[0] if end is not None else ""
            seg_role = classify_role(_strip_contacts(seg + " " + after))
            if seg_role != "general":
                return seg_role, seg.strip()[-80:]
        if extra:
            r = classify_role(extra)
            if r != "general":
                return r, extra
        r = classify_role(_strip_contacts(para))
        if r != "general" and _count_contacts(para) <= 1:
            return r, para[:80]
        # A short label line just above ("City Clerk (public records)", a <dt>, a <strong>).
        label_line = self._label_above(para_idx)
        if label_line:
            r = classify_role(label_line)
            if r != "general":
                return r, label_line
        heading = self.page.headings[para_idx] if para_idx is not None and para_idx < len(self.page.headings) else ""
        if heading:
            r = classify_role(heading)
            if r != "general":
                return r, heading
        if self.page.title:
            r = classify_role(self.page.title)
            if r in ("records", "it", "attorney"):
                return r, self.page.title
        return "general", heading

    def _label_above(self, para_idx: int | None) -> str:
        if not para_idx:
            return ""
        prev = self.page.paragraphs[para_idx - 1]
        if len(prev) <= 60 and not _count_contacts(prev) and "@" not in prev:
            return prev
        return ""

    def run(self) -> Contacts:
        page = self.page
        for a in page.links:
            low = a.href.lower()
            if low.startswith("mailto:"):
                addr = unquote(a.href[7:].split("?")[0]).strip()
                for one in addr.split(","):
                    if EMAIL_RE.fullmatch(one.strip()):
                        pos = page.paragraphs[a.paragraph].find(a.text) if a.text else -1
                        role, label = self.role_for(a.paragraph, pos if pos >= 0 else None,
                                                    pos + len(a.text) if pos >= 0 else None, a.text)
                        self.add(Contact("email", one.strip().lower(), role, label,
                                         evidence=page.paragraphs[a.paragraph]))
            elif low.startswith("tel:"):
                self._phones(a.href[4:], a.paragraph, from_link=True, link_text=a.text)
            elif low.startswith(("http://", "https://")):
                self._portal_link(a)
        # Cheap hints first: the full matchers (phonenumbers above all) cost milliseconds.
        for i, para in enumerate(page.paragraphs):
            low = para.lower()
            if "@" in para or " dot " in low or "at]" in low or "at)" in low or "at}" in low or "at>" in low:
                self._emails(para, i)
            if _PHONE_HINT.search(para):
                self._phones(para, i)
            if any(d in low for d in _BARE_HOST_HINTS):
                self._bare_portals(para, i)
        self._addresses()
        return Contacts(self.items)

    def _emails(self, para: str, i: int) -> None:
        found = []
        for m in EMAIL_RE.finditer(para):
            found.append((m.start(), m.end(), m.group(0)))
        for rx in (OBFUSCATED_EMAIL, WORDY_EMAIL):
            for m in rx.finditer(para):
                domain = re.sub(rf"{_DOT}|\s+dot\s+", ".", m.group(2), flags=re.I)
                found.append((m.start(), m.end(), f"{m.group(1)}@{domain}"))
        for start, end, addr in found:
            addr = addr.strip(".").lower()
            if _NOT_EMAIL_SUFFIX.search(addr) or not EMAIL_RE.fullmatch(addr):
                continue
            role, label = self.role_for(i, start, end)
            self.add(Contact("email", addr, role, label, evidence=para))

    def _phones(self, text: str, i: int, *, from_link: bool = False, link_text: str = "") -> None:
        import phonenumbers

        prev_end = 0
        for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
            num = m.number
            if num.country_code != 1:
                continue
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            before = text[prev_end:m.start]
            after = text[m.end:m.end + 12]
            prev_end = m.end
            context = link_text if from_link else before
            if not context.strip() and not from_link:
                context = self._label_above(i)      # "Fax" in a <dt> above the number
            kind = "fax" if (FAX_LABEL.search(context.rstrip()) or FAX_AFTER.search(after)
                             or (from_link and re.search(r"\bfax\b", link_text, re.I))) else "voice"
            ext = num.extension or None
            if from_link:
                role, label = self.role_for(i, None, None, link_text)
            else:
                role, label = self.role_for(i, m.start, m.end)
            evidence = self.page.paragraphs[i] if i < len(self.page.paragraphs) else text
            self.add(Contact("phone", e164, role, label, kind=kind, ext=ext, evidence=evidence))

    def _portal_link(self, a) -> None:
        vendor, always = portal_vendor(a.href)
        host = (urlsplit(a.href).hostname or "").lower()
        if NEWSLETTER_HOSTS.search(host):
            return
        para = self.page.paragraphs[a.paragraph]
        says_portal = bool(PORTAL_TEXT.search(a.text) or PORTAL_TEXT.search(para))
        if not (always or (vendor and says_portal) or (says_portal and PORTAL_TEXT.search(a.text))):
            return
        pos = para.find(a.text) if a.text else -1
        role, label = self.role_for(a.paragraph, pos if pos >= 0 else None,
                                    pos + len(a.text) if pos >= 0 else None, a.text)
        if always and role == "general":
            role = "records"
        if role not in ("records", "general"):
            return
        self.add(Contact("portal", a.href, role, a.text or label, vendor=vendor or "other", evidence=para))

    def _bare_portals(self, para: str, i: int) -> None:
        for m in BARE_PORTAL.finditer(para):
            url = clean_url("https://" + m.group(1).lower() + (m.group(2) or "/").rstrip(".,;:"))
            if any(c.type == "portal" and _same_portal(c.value, url) for c in self.items):
                continue
            vendor, _ = portal_vendor(url)
            role, label = self.role_for(i, m.start(), m.end())
            if role not in ("records", "general"):
                continue
            self.add(Contact("portal", url, "records", label, vendor=vendor, evidence=para))

    def _addresses(self) -> None:
        paras = self.page.paragraphs
        for i, para in enumerate(paras):
            if " CA" not in para and "Calif" not in para:
                continue
            for m in ADDRESS_ANCHOR.finditer(para):
                # The street may sit on the line(s) before "City, CA 9xxxx".
                window_start = max(0, i - 2)
                prefix_parts = paras[window_start:i] + [para[:m.start()]]
                prefix = ", ".join(p for p in prefix_parts if p is not None)
                starts = list(STREET_START.finditer(prefix[-160:]))
                if not starts:
                    continue
                tail = prefix[-160:]
                street = tail[starts[-1].start():]
                # Prefer the first street start in a run ("PO Box 9, 300 Main St" keeps the box)
                text = f"{street}, {m.group(0)}" if street.strip(" ,") else m.group(0)
                text = re.sub(r"\s*,\s*(,\s*)*", ", ", re.sub(r"\s+", " ", text)).strip(" ,")
                text = text.replace(" ,", ",")
                role, label = self.role_for(i, m.start(), m.end())
                self.add(Contact("address", text, role, label, evidence=para))


_PHONE_HINT = re.compile(r"\d[\d\s().\-]{6,}\d")
_BARE_HOST_HINTS = ("nextrequest.com", "govqa.us", "mycusthelp.", "justfoia.com", "foiaxpress.com")


def _same_portal(a: str, b: str) -> bool:
    return (urlsplit(a).hostname or "").lower() == (urlsplit(b).hostname or "").lower()


# Emails, <link targets> and phone numbers, to be masked (a loose pattern: it only has to
# cover what the extractor finds, and it runs on every paragraph).
_CONTACT_TOKEN = re.compile(r"[^\s<>()\[\]]+@[^\s<>()\[\]]+|<[^>]+>|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")


def mask_contacts(text: str, repl: str = " ") -> str:
    if "@" not in text and "<" not in text and not any(ch.isdigit() for ch in text):
        return text
    return _CONTACT_TOKEN.sub(repl, text)


def _strip_contacts(text: str) -> str:
    return mask_contacts(text)


_PHONE_LIKE = re.compile(r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")


def _count_contacts(text: str) -> int:
    n = len(EMAIL_RE.findall(text)) if "@" in text else 0
    return n + (len(_PHONE_LIKE.findall(text)) if _PHONE_HINT.search(text) else 0)


def extract_contacts(source, base_url: str | None = None) -> Contacts:
    """Contacts from HTML, plain text, or an already normalised :class:`PageText`."""
    if isinstance(source, PageText):
        page = source
    else:
        if isinstance(source, bytes):
            source = source.decode("utf-8", "replace")
        page = normalise(source, base_url) if _looks_like_html(source) else _text_page(source)
    return _Extractor(page).run()
