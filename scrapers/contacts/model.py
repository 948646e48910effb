"""What a contact is: its value, kind, owner and the evidence it was read from.

- ``role``: what the words around it say it is for (``records``, ``council``,
  ``newsletter``, ``webmaster``, ``it``, ...), read from its own sentence first, then
  its link text, the label above it, the nearest heading, the page title.
- ``kind``: the contact kind shown to people: ``records`` (a public records desk),
  ``clerk``, ``department``, ``general``, ``fax``, ``tdd``, ``mailing_list``,
  ``webmaster``, ``portal``.
- ``owner``: ``city`` (the page's own agency), ``agency`` (another agency: a federal
  line in a notice, another department's desk) or ``vendor`` (a portal vendor's
  support line) or ``unknown`` (the organisation named with it is not the city, and the
  page does not say whose it is: see :mod:`.named_owner`). Only the city's own contacts are
  proposed for the registry.
- ``region`` and ``boilerplate``: where the block sits (main, header, footer, nav) and
  whether it repeats on the site's other pages; boilerplate never creates changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache

from prr.scrapers.keyword_gate import may_hold, required_words

ROLE_PATTERNS = (   # first match wins: the specific (newsletter, council) before the broad (clerk)
    # ("subscribe", not a "subscriber": "Cable subscriber help" is a desk)
    ("newsletter", re.compile(r"newsletter|subscribe(?!rs?\b)|e-?news\b|notify\s?me|mailing list|listserv|e-?alerts?|"
                              r"distribution list", re.I)),
    # ... and the clerk's line for help to attend a meeting (disability accommodation) is meeting business.
    ("council", re.compile(r"council\s?(?:member|woman|man|person)|\bmayor\b|vice mayor|district \d+ (?:council|rep)|"
                           r"auxiliary\s+aids|(?:reasonable|disability-related|accessibility)\s+(?:accommodation|modification)s?\b|"
                           r"\b(?:to|and)\s+(?:attend|participate\s+in)\s+(?:a|the|this|any|public)\s+(?:\w+\s+)?meetings?",
                           re.I)),
    # Emergency and dispatch lines (often in a banner on police pages) are never a records desk.
    ("emergency", re.compile(r"non-?emergency|\bdispatch\b|\bemergenc(?:y|ies)\b|report\s+a\s+crime|"
                             r"crimes?\s+(?:that\s+is\s+)?in\s+progress", re.I)),
    ("records", re.compile(r"public records?|records? requests?|\bc?pra\b|\b(?:police|fire)(?:\s+department)?\s+records\b|\bfoia\b|records act|freedom of information|"
                           r"request(?:ing)? (?:public )?records|city clerk|clerk'?s? office|\bclerk\b|"
                           r"public information request|sunshine ordinance|"
                           r"records\s+(?:division|unit|office|section|desk|line|coordinator|manager|bureau|team)|"
                           # a "Records:" label, a request for a copy of a police or collision report
                           r"\brecords\s*:|\b(?:police|incident|crime|collision|crash|accident|traffic)\s+reports?\s+requests?|"
                           # "How do I get a copy of a City record?": asking for one is a records request
                           r"\bcop(?:y|ies)\s+of\s+(?:a\s+|an\s+|the\s+)?(?:city\s+|town\s+|public\s+)?records?\b",
                           re.I)),
    # Meeting business after the records desk: "email the Clerk about agendas" stays records.
    ("council", re.compile(r"\bagendas?\b|\b(?:public|written)\s+comments?|\bcity\s+council\b|council\s+meetings?", re.I)),
    ("it", re.compile(r"information technology|\bI\.?T\.? (?:department|division|services|help)|help ?desk|"
                      r"cyber ?security|security incident|\bdata breach", re.I)),
    ("attorney", re.compile(r"city attorney|legal (?:department|services|division)|attorney'?s office", re.I)),
    ("privacy", re.compile(r"privacy", re.I)),
    ("media", re.compile(r"\bmedia\b|\bpress\b|public information officer|\bPIO\b|communications office", re.I)),
    ("webmaster", re.compile(r"webmaster|web ?editor|website (?:feedback|issues|problems|questions)|"
                             r"web ?site accessibility", re.I)),
    # Another named department ("the Animal Services Department", "Planning Division").
    # ... or "Office": "Town Parking Citation Office" (not a "Main", "Front", "Post" or "Box" office)
    ("department", re.compile(r"\b(?!(?:The|This|Our|Each|Your|That|Every|Any)\s)(?:[A-Z][a-z]+\s+){1,3}"
                              r"(?:Department|Division|Bureau)\b|"
                              r"\b(?!(?:The|This|Our|Each|Your|That|Every|Any|Main|Front|Head|Post|Central|Home|"
                              r"Business|Administrative|Branch|Field)\s)(?:[A-Z][a-z]+\s+){1,3}Office\b|"
                              r"\b(?:Police|Fire|Planning|Building|Finance|Utilities|Public Works|Parks|"
                              r"Human Resources|Animal Services)\b")),
)
RECORDS_WORDS = re.compile(r"public records?|records? requests?|\bc?pra\b|\bfoia\b|records act|"
                           r"freedom of information|request(?:ing)? (?:public )?records|sunshine ordinance|"
                           r"records\s+(?:division|unit|office|section|desk|line|coordinator|manager|bureau|team)|"
                           r"^\s*records\s*:", re.I)       # a number labelled "Records:"
REGISTRY_ROLES = ("records", "it", "attorney")
# A department's own records unit ("Police Records Unit"): a records contact of kind
# department, for that department's records; the city's CPRA desk is the clerk/records office.
DEPARTMENT_UNIT = re.compile(r"\b(?:police|fire|sheriff'?s?)\b", re.I)
# A clerk named: the City Clerk, not a department's "records clerk" (a member of its staff)
THE_CLERK = re.compile(r"(?<!records\s)(?<!record\s)\bclerk", re.I)
NOT_THE_CLERK = re.compile(r"\b(?:not|never)\s+(?:by|from|with|through)?\s*(?:the\s+)?(?:City\s+|Town\s+)?Clerk(?:'s)?"
                           r"(?:\s+office)?\b", re.I)

# What each of those patterns cannot match without (``may_hold``), read from the patterns. A
# contact's kind is worked out for every new contact a watch stores, and most of their
# sentences hold none of these words.
NOT_THE_CLERK_WORDS = required_words(NOT_THE_CLERK)
DEPARTMENT_UNIT_WORDS = required_words(DEPARTMENT_UNIT)
RECORDS_WORDS_WORDS = required_words(RECORDS_WORDS)
THE_CLERK_WORDS = required_words(THE_CLERK)


# "available ... without a records request", "no public records request is needed": a records
# request named to say it is not needed is not what the contact is for
WITHOUT_A_REQUEST = re.compile(r"\b(?:without|no|not\s+(?:need|require)\w*)\s+(?:a\s+|an\s+|any\s+)?(?:formal\s+)?"
                               r"(?:public\s+)?records?\s+requests?(?:\s+(?:is|are)\s+(?:needed|required|necessary))?", re.I)


@lru_cache(maxsize=8192)
def classify_role(text: str) -> str:
    if "equest" in text:
        text = WITHOUT_A_REQUEST.sub(" ", text)
    for role, rx in ROLE_PATTERNS:
        if rx.search(text):
            return role
    return "general"


@dataclass
class Contact:
    type: str                     # email | phone | address | portal
    value: str                    # email lower-cased, phone E.164, address text, portal URL
    role: str = "general"
    label: str = ""               # the words that gave the role (heading or link text)
    kind: str | None = None       # phone: voice | fax | tdd
    ext: str | None = None        # phone extension
    vendor: str | None = None     # portal vendor
    evidence: str = ""            # the sentence or block it was read from
    owner: str = "city"           # city | agency | vendor | unknown
    region: str = "main"          # main | header | footer | nav
    boilerplate: bool = False     # repeated on the site's other pages
    written: str = ""             # as written on the page

    def key(self) -> tuple:
        return (self.type, self.value.lower(), self.ext)

    @property
    def contact_kind(self) -> str:
        if self.type == "portal":
            return "portal"
        if self.type == "phone" and self.kind in ("fax", "tdd"):
            return self.kind
        if self.role == "newsletter":
            return "mailing_list"
        if self.role == "webmaster":
            return "webmaster"
        if self.role == "records":
            return self._records_kind()
        if self.role in ("it", "attorney", "media", "privacy", "council", "department", "emergency"):
            return "department"
        return "general"

    def _records_kind(self) -> str:
        words = self.label + " " + self.evidence
        # ("..., not by the City Clerk": a clerk named to say not is not this desk)
        if may_hold(words, NOT_THE_CLERK_WORDS):
            words = NOT_THE_CLERK.sub(" ", words)
            # (the clerk named after it, "... or submit through the Clerk's portal", is another way in)
            before = NOT_THE_CLERK.sub(" ", self.label) if self.label and self.label in self.evidence else words
        else:       # (nor then in the label, part of the same text)
            before = self.label if self.label and self.label in self.evidence else words
        # ("the Police Department records clerk": that department's staff, not the City Clerk)
        if may_hold(words, DEPARTMENT_UNIT_WORDS) and DEPARTMENT_UNIT.search(words) \
                and not (may_hold(before, THE_CLERK_WORDS) and THE_CLERK.search(before)):
            return "department"
        return "records" if may_hold(words, RECORDS_WORDS_WORDS) and RECORDS_WORDS.search(words) else "clerk"

    def registry_kind(self, page_kind: str | None = None) -> str | None:
        """The registry contact kind (records_email, portal_url, ...) or None when the
        contact is not one we keep (another agency's, a council member, a newsletter,
        the webmaster, a TDD line)."""
        if self.owner != "city" or self.boilerplate:
            return None
        role = self.role
        if role == "general" and self.region == "main":     # site chrome is not about the page's subject
            role = {"records": "records", "it": "it", "attorney": "attorney"}.get(page_kind or "", None)
        if self.type == "portal":
            return "portal_url" if role in ("records", None) or self.vendor in ALWAYS_RECORDS_VENDORS else None
        if role not in REGISTRY_ROLES:
            return None
        if self.type == "email":
            return f"{role}_email"
        if self.type == "phone":
            if self.kind == "fax":
                return "records_fax" if role == "records" else None
            return f"{role}_phone" if self.kind != "tdd" else None
        if self.type == "address":
            return "address" if role == "records" else None
        return None

    def display(self) -> str:
        if self.type == "phone":
            return self.value + (f" ext. {self.ext}" if self.ext else "") + \
                {"fax": " (fax)", "tdd": " (TDD)"}.get(self.kind or "", "")
        return self.value


ALWAYS_RECORDS_VENDORS = {"govqa", "nextrequest", "justfoia", "foiaxpress"}


@dataclass
class Ignored:
    """A number or address on the page that is not a contact, with why."""
    type: str
    written: str
    reason: str
    evidence: str = ""
    value: str = ""              # normalised (E.164 for phones)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(obj) -> dict:
    """``asdict`` for a dataclass of plain values, without its deep copies (every field
    of a contact is a str, bool or None): a watch stores the contacts of every page."""
    names = _FIELD_NAMES.get(type(obj))
    if names is None:
        names = _FIELD_NAMES[type(obj)] = tuple(f.name for f in fields(obj))
    return {name: getattr(obj, name) for name in names}


_CONTACT_JSON: dict[tuple, dict] = {}
_CONTACT_JSON_MAX = 20_000


def _contact_json(c: Contact) -> dict:
    """A contact's fields and its ``contact_kind``, worked out once per distinct contact
    (every field alike): a site repeats its contacts on every page, and the kind's
    regular expressions ran for each one of every page a watch stores."""
    key = tuple(c.__dict__.items())
    try:
        got = _CONTACT_JSON.get(key)
    except TypeError:      # a field that is not a plain value: not cached
        return _fields(c) | {"contact_kind": c.contact_kind}
    if got is None:
        if len(_CONTACT_JSON) >= _CONTACT_JSON_MAX:
            _CONTACT_JSON.clear()
        got = _CONTACT_JSON[key] = _fields(c) | {"contact_kind": c.contact_kind}
    return dict(got)


@dataclass
class Contacts:
    items: list[Contact] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    page_url: str | None = None       # a link to the page itself is never its records contact
    # addresses the page gives only as a mailto's cc=/bcc= copy: a person writes to the
    # link's addressee, so a copy is never the records contact
    copied_only: frozenset[str] = frozenset()
    # what the page is about: its title and first heading ("Police Records | Town of ...")
    subject: str = ""

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

    def own(self) -> list[Contact]:
        """This city's contacts (another agency's and vendors' left out)."""
        return [c for c in self.items if c.owner == "city"]

    def for_role(self, role: str) -> list[Contact]:
        return [c for c in self.items if c.role == role]

    def records_contact(self, page_kind: str | None = None) -> dict[str, Contact | None]:
        from prr.scrapers.contacts.records_contact import choose_records_contact
        return choose_records_contact(self, page_kind)

    def to_json(self) -> dict:
        return {
            "emails": self.emails,
            "phones": [{"e164": c.value, "ext": c.ext, "kind": c.kind, "role": c.role, "owner": c.owner}
                       for c in self.phones],
            "addresses": self.addresses,
            "portals": [{"url": c.value, "vendor": c.vendor, "role": c.role} for c in self.portals],
            "contacts": [_contact_json(c) for c in self.items],
            "ignored": [_fields(i) for i in self.ignored],
            "copied_only": sorted(self.copied_only),
        }

    @classmethod
    def from_json(cls, data: dict) -> Contacts:
        names = set(Contact.__dataclass_fields__)
        return cls([Contact(**{k: v for k, v in c.items() if k in names}) for c in data.get("contacts", [])],
                   copied_only=frozenset(data.get("copied_only", ())))
