"""Which contact is the page's records contact: one email, one phone, one portal at most.

The city's own, not boilerplate, chosen by its evidence: a records-request product, then
the records desk ("public records request", "CPRA", a "Records Bureau" widget, a
"Records:" label), then the clerk, then a department's own records unit (police records:
kind ``department``); emergency and dispatch lines, agenda and comment inboxes, fax, TDD,
mailing lists, webmasters and a link to the page itself never are. Between the records
desk and the clerk an office inbox beats a person's address; position on the page only
breaks ties.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from prr.scrapers.contacts.attribution import mask
from prr.scrapers.contacts.model import (
    ALWAYS_RECORDS_VENDORS,
    DEPARTMENT_UNIT,
    RECORDS_WORDS,
    Contact,
    Contacts,
    classify_role,
)

# A label naming a records desk ("Records Bureau" over a contact widget), not only the subject.
RECORDS_DESK = re.compile(r"\brecords\s+(?:division|unit|office|section|desk|line|bureau|team|center)\b", re.I)
OFFICE_INBOX = re.compile(r"clerk|records|\bc?pra\b|foia|publicinfo", re.I)
# Another desk's own records ("utility account records", "billing records"): not the city's
# records desk, however the sentence says "records".
OTHER_DESK_RECORDS = re.compile(r"\b(?:utility|utilities|water|electric|gas|billing|account|permit|building|planning|"
                                r"parking|payroll|personnel|business\s+licen[cs]e|library|museum|airport|harbor|"
                                r"transit|golf)\b[^.;]{0,30}\brecords\b", re.I)
# A desk given for the records the page is not about ("Other City records: City Clerk, ...").
# Only a line of its own: "For all other City records, contact the Clerk" in a sentence on a
# records page still names the records desk.
OTHER_RECORDS = re.compile(r"^\s*(?:for\s+)?(?:all\s+)?other\s+(?:City\s+|Town\s+|public\s+|kinds?\s+of\s+)?"
                           r"records\s*:?\s*$", re.I)
# A sentence giving the desk for the records this page is not about: "Questions about non-police
# City records go to the City Clerk".
# ... or names the kind it leaves out: "For City records other than police records", "City records
# (not police)". ("For all other City records, contact the Clerk" names no kind: on a records page
# it still names the records desk.)
NOT_THESE_RECORDS = re.compile(r"\bnon-?\s?[a-z]+\s+(?:City\s+|Town\s+|public\s+)?records\b|"
                               r"\brecords\s+(?:other\s+than|\(?\s*(?:not|except|excluding)\s+(?:the\s+)?[a-z]+\b)", re.I)
# A row or label naming the records desk by itself ("Public Records | Deputy Clerk | <number>")
# ... or a card's title asking to reach it ("Contact Records" over icon-only lines)
RECORDS_NAME = re.compile(r"^\s*(?:(?:contact|reach|call|e-?mail)\s+(?:the\s+)?)?(?:public\s+)?records(?:\s+requests?)?"
                          r"\s*:?\s*$", re.I)


def _alone(c: Contact) -> bool:
    """The contact stands alone in its cell or line: no sentence around it to name another desk."""
    return not re.search(r"[A-Za-z]{3,}", mask(c.evidence))


# The name of a desk right before a number: "Utility Billing (925) ...", "Parks Desk: ..."
DESK_BEFORE = re.compile(r"(?-i:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}))\s*[:,]?\s*$")


def _other_desk_named(c: Contact) -> bool:
    """The number's own words name a desk that is not the records desk or the clerk."""
    at = c.evidence.find(c.written) if c.written else -1
    m = DESK_BEFORE.search(c.evidence, max(0, at - 50), at) if at > 0 else None
    return bool(m) and classify_role(m.group(1)) not in ("records", "emergency") \
        and not RECORDS_WORDS.search(m.group(1))


# A portal link that names the form ("online request form", "Submit a Public Records Request")
# before one that only names the subject ("Public Records", often the page itself).
FORM_LINK = re.compile(r"\bform\b|\b(?:submit|make|file|new)\b|\brequests?\b", re.I)


# A page about a department's own records ("Police Records", "Records | ... Police Department"):
# there that department's records unit is the page's records desk, the clerk the desk for the rest.
DEPARTMENT_RECORDS_PAGE = re.compile(r"\b(?:police|sheriff'?s?|fire)\b[^|]{0,40}\brecords\b|"
                                     r"\brecords\b[^|]{0,20}\|[^|]*\b(?:police|sheriff'?s?)\b", re.I)


# A department's own records inbox by its name: "pdrecords@", "police.records@", "fdreports@"
DEPARTMENT_INBOX = re.compile(r"(?:[a-z]?pd|police|fd|fire)[._-]?(?:records|reports)\b", re.I)


def _records_score(c: Contact, department_page: bool = False) -> tuple:
    """Site chrome last; then the evidence: a records-request product, the city's records
    desk ("public records request", "CPRA"), the clerk, a department's own records unit
    (police records: the right desk for its own records, not the city's CPRA desk); an
    office inbox (clerk@, records@) before a named person's address."""
    if c.type == "portal" and c.vendor in ALWAYS_RECORDS_VENDORS:
        evidence = 4              # a records-request product says what it is for
    elif c.role != "records":
        evidence = 3 if RECORDS_WORDS.search(c.label + " " + c.evidence) or (RECORDS_NAME.match(c.label) and _alone(c)) \
            else 0
    else:
        # (on a page about that department's records its unit is the page's desk: above the clerk,
        # below a desk the words call the records desk)
        # (elsewhere a department's unit ranks below a line only a records heading names: "How do I
        # request other City records? ... Questions: <line>" is the city's desk, the police unit is not)
        evidence = {"records": 3, "clerk": 2, "department": 2.5 if department_page else 0.9}.get(c.contact_kind, 0)
    if OTHER_DESK_RECORDS.search(c.evidence) and not re.search(r"\bpublic\s+records\b", c.evidence, re.I):
        evidence = min(evidence, 1)
    if OTHER_RECORDS.search(c.label):
        evidence = 0
    if NOT_THESE_RECORDS.search(c.evidence) and (department_page or c.type != "portal"):
        # "non-police City records go to the City Clerk": the desk for other records; a request
        # form "for all City records except police" beside the police forms is the general form
        evidence = min(evidence, 1)
    if c.type == "phone" and evidence == 3 and classify_role(mask(c.evidence)) == "general" \
            and not RECORDS_DESK.search(c.label) and not (RECORDS_NAME.match(c.label) and _alone(c)):
        evidence = min(evidence, 1)   # only the heading above says "records": the sentence names no desk
    if c.type == "phone" and evidence == 3 and c.label not in c.evidence and _other_desk_named(c):
        evidence = 1                  # "Utility Billing (925) ..." under a "Records Center" heading
    if c.type == "portal" and not department_page and DEPARTMENT_UNIT.search(c.label):
        evidence = min(evidence, 2.5)   # "Police records request" on the city's records page: that department's form
    inbox = 1 if c.type == "email" and OFFICE_INBOX.search(c.value.split("@")[0]) else 0
    form = 1 if c.type == "portal" and FORM_LINK.search(c.label) else 0
    # The records desk and the clerk are both the request desk: there an office inbox
    # (clerk@, records@) beats a named person's address, whichever of the two it names.
    desk = min(evidence, 2) if c.type == "email" else evidence
    if department_page and c.type == "email" and c.role == "records" and c.contact_kind in ("clerk", "department"):
        # on a department's records page: its unit's inbox before the clerk's (the desk for other
        # records), a person the words put in the records desk before both
        desk = {"clerk": 1.5, "department": 1.75}[c.contact_kind]
    return (0 if c.boilerplate else 1, 1 if c.region == "main" else 0, desk, inbox, evidence, form)


# An inbox for comments on meetings ("Email comments to", "public comment"): the council's
# mail, not the page's records contact. (The clerk's phone for agenda questions stays a
# records option: the labelled sets disagree on it, so nothing decides it here.)
OTHER_PURPOSE = re.compile(r"\b(?:public|written)\s+comments?|\be-?mail\s+(?:your\s+)?comments|"
                           r"\b(?:send|submit)\s+(?:your\s+)?comments|"
                           r"\bcomments?\s+(?:to|on|about|for)\s+(?:the\s+)?(?:council|agenda|meeting|item)", re.I)


# A sentence giving its own subject: "can help with questions about the contract", "questions
# on your water bill" (under a records heading, still not the records desk)
OTHER_QUESTIONS = re.compile(r"\bquestions?\s+(?:about|on|regarding|concerning)\s+(?:the\s+|your\s+|a\s+|an\s+)?"
                             r"(?!(?:public\s+|police\s+|city\s+)?(?:records?|requests?|reports?|c?pra)\b)\w|"
                             # ... or before it: "For accessibility questions, email ...", "billing questions:"
                             r"\b(?:for|with)\s+(?!(?:public\s+|police\s+|city\s+)?(?:records?|requests?|reports?|c?pra|"
                             r"any|other|general|more|your|these|those|the|such)\b)[a-z]+\s+questions\b", re.I)


def _for_other_purpose(c: Contact) -> bool:
    if c.type == "email" and OTHER_PURPOSE.search(c.evidence) and not RECORDS_WORDS.search(c.evidence):
        return True
    # (a role its own words gave, "Questions about records: Clerk, ...", is not undone; a general one is)
    return c.type in ("email", "phone") and (c.label not in c.evidence or c.role == "general") \
        and bool(OTHER_QUESTIONS.search(c.evidence)) and not RECORDS_WORDS.search(c.evidence)


def _same_page(url: str, page_url: str | None) -> bool:
    if not page_url:
        return False
    def key(u):
        parts = urlsplit(u)
        return ((parts.hostname or "").lower(), parts.path.rstrip("/").lower(), parts.query)
    return key(url) == key(page_url)


def choose_records_contact(contacts: Contacts, page_kind: str | None = None) -> dict[str, Contact | None]:
    """The records email, phone and portal of the page (None where there is none). A
    contact given for meeting business and a link to the page itself are never it."""
    out: dict[str, Contact | None] = {}
    usable = [c for c in contacts.items if not (c.type in ("email", "phone") and _for_other_purpose(c))
              and not (c.type == "email" and c.value in contacts.copied_only)
              and not (c.type == "portal" and _same_page(c.value, contacts.page_url))]
    for typ in ("email", "phone", "portal"):
        candidates = [c for c in usable if c.type == typ and c.owner == "city"
                      and c.contact_kind not in ("fax", "tdd", "mailing_list", "webmaster")
                      and (c.role == "records" or (c.role == "general" and page_kind == "records" and c.region == "main")
                           or (typ == "portal" and (c.role in ("records", "general")
                                                    or c.vendor in ALWAYS_RECORDS_VENDORS)))]
        department_page = bool(DEPARTMENT_RECORDS_PAGE.search(contacts.subject))
        if not candidates and typ == "email":
            # the only clerk or records inbox on the page, even in the footer, is the records email
            # (not a department's own records inbox, "pdrecords@" in the Police card, on a page
            # not about that department's records: the clerk takes the city's requests)
            candidates = [c for c in usable if c.type == "email" and c.owner == "city"
                          and c.contact_kind not in ("mailing_list", "webmaster")
                          and (department_page or not DEPARTMENT_INBOX.match(c.value))
                          and OFFICE_INBOX.search(c.value.split("@")[0])]
        best = None
        for c in candidates:        # the first of the best wins: position only breaks ties
            if best is None or _records_score(c, department_page) > _records_score(best, department_page):
                best = c
        out[typ] = best
    return out
