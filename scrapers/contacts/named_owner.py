"""Whose a number is, from the name the page gives it.

The other owner rules list the kinds of other bodies (counties, districts, vendors...); every
new set of pages brought bodies written in ways no list had. This rule turns the question
round: the name written nearest before a number, in its own line or clause ("Waste Management
(661) ...", "Travis AFB Security Forces: ...", "Gold Ridge FPD, ...", "GovQA by Granicus,
..."), is whose it is. A name counts when it looks like an organisation's: it has an
organisation's noun (Department, District, Services, Labs, Inc...), an acronym, or a word
with a capital inside it (a product: "AlertSCC"). It is the city's only when it says so:
"City"/"Town", the city's own name (from its domain), or only words cities name their desks
with ("Public Works Department", "Fire Station 3"). Any other organisation's name makes the
number not the city's (owner ``unknown``: kept, shown, never proposed). A number with no
such name before it is left as the other rules decided (the page's own).
"""
from __future__ import annotations

import re
from functools import lru_cache

from prr.scrapers.contacts.attribution import _CITY_DISTRICTS, CITY_OWN, TOLL_FREE, clause
from prr.scrapers.contacts.owner_context import CITY_DESK_WORDS, FACILITY_WORDS, NAMED_CITY

# Nouns that make a capitalised name an organisation's.
ORG_NOUNS = frozenset("""
department division bureau office unit section station agency authority district county
services service systems labs management group company corporation corp inc llc
ltd co forces base hospital clinic college university school schools association foundation
society bank solutions technologies partners network board commission court health
""".split())
# A trade a company is named for ("Marchetti Hauling", "Bertolotti Disposal"): an organisation's
# noun after another word only ("Towing release is ..." starts a sentence).
TRADE_NOUNS = frozenset("disposal hauling towing sanitation".split())
# Nouns cities also name their own desks with: a name made of them and unknown words ("Guest
# Services") may still be a desk of the city a name before it in the line names.
DESK_NOUNS = frozenset("department division bureau office unit section services service station".split())
COMPANY = frozenset("inc llc ltd corp co".split())
# Words cities name desks with, beyond those of :data:`CITY_DESK_WORDS`.
DESK_WORDS = CITY_DESK_WORDS | FACILITY_WORDS | frozenset("""
technology innovation safety quality municipal web website guest visitor tax business security officer chief cable transportation transit bus maintenance
operations citation citations license licensing development community arts cultural neighborhood risk purchasing
budget revenue collections personnel fleet facilities corporation yard administration support it hr gis
disposal hauling towing sanitation health control graffiti abatement zoning inspection inspections rental rentals
reservations events volunteer volunteers
""".split())
# Ordinary words that start a sentence or label, not a name: "Call Police Department at ..."
LEAD_WORDS = frozenset("""
call contact phone telephone email e-mail write visit for questions please the our your see ask send reach dial or and
to at by in on from with if when all any each most some this that these those other requests request reports report
records information help questions general main commercial residential after before during
""".split())
# A city's own acronym: its initial and a desk's ("BPD", "CPAU" for City of Palo Alto Utilities).
DESK_ACRONYM = re.compile(r"^[CT]?(?P<initial>[A-Z])[A-Z]?(?:PD|FD|PW|U|PL|CS)$")
# Acronyms that are no organisation's name (records and accessibility words, states).
NOT_ACRONYMS = frozenset("CPRA PRA FOIA TTY TDD ADA FAX PO USA CA US ID PDF FAQ FAQS OK AM PM ET PT RSVP "
                         "ZIP URL ASAP II III IV".split())
CONNECTORS = frozenset("of and & the for de la los las el del".split())
# Desks cities name "... Management": the records, risk and emergency desks.
DESK_MANAGEMENT = re.compile(r"\b(?:records?|risk|emergency)\s+management\b")
# A capitalised run: "County of Santa Clara Office of Emergency Management", "PG&E", "LASD Norwalk Station"
# ("City Clerk/Records Management Department": names joined by a slash are one desk's)
_RUN = re.compile(r"(?:[A-Z][\w&'.\u2019-]*|\d+)(?:(?:\s+(?:(?:of|and|&|the|for|de|la|del|los)\s+)*|\s*/\s*)"
                  r"(?:[A-Z][\w&'.\u2019-]*|\d+))*")
# "Council District 3", "Business Improvement District": parts of the city
CITY_DISTRICT = re.compile(rf"\b{_CITY_DISTRICTS}\s+(?:\w+\s+)?District\b")
_CITY_WORD = re.compile(r"\b(?:City|Town)")        # also "CityNet", "CityBus"
AFTER_NAME = re.compile(r"^\s*\(\s*([A-Z][\w&'.-]*(?:\s+[\w&'.-]+){1,4})\s*\)")
# "..., a private contractor", "(a separate company)": what the number's owner is, said after it
AFTER = re.compile(r"^\s*\)?\s*[,(]\s*(?:a|an)\s+(?:private|independent|separate|non-?profit|outside|contracted)\b",
                   re.I)


_SURNAME = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+")


def _acronym(word: str) -> bool:
    bare = word.strip(".,'\u2019")
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,5}", bare)) and bare not in NOT_ACRONYMS


def _is_org(words: list[str]) -> bool:
    for w in words:
        bare = w.strip(".,'\u2019")
        if bare.lower() in ORG_NOUNS or _acronym(w) or (bare.lower() in TRADE_NOUNS and len(words) >= 2):
            return True
        if re.fullmatch(r"[A-Z]?[a-z]+[A-Z][A-Za-z]+", bare) and not _SURNAME.fullmatch(bare):
            return True       # "AlertSCC", "GovQA", "eNotify" (a brand; "McCarthy", "DeLeon" a person)
    return False


_SHORT = {"mount": "mt", "saint": "st", "fort": "ft"}
_SHORT_PREFIX = re.compile(r"^(mount|saint|fort)(?=\w{3})")


def _leads(token: str, joined: str) -> bool:
    at = joined.find(token)
    return at >= 0 and _CITY_LEAD.sub("", joined[:at]) in _PLACE_LEADS


_CITY_LEAD = re.compile(r"^(?:the)?(?:cityof|townof|city|town)?")
# Words a place name starts with that a domain may drop ("El Cerrito" for el-cerrito.org)
_PLACE_LEADS = frozenset("""el la las los san santa del de st saint mt mount ft fort port point""".split()) | {""}


def _own_name(words: list[str], city_tokens: frozenset[str]) -> bool:
    """The run starts with the city's name, in full or by initials ("San Luis Obispo" for
    slocity.org, "BPD" for berkeleyca.gov)."""
    for k in range(1, min(4, len(words)) + 1):
        head = [w.strip(".,'\u2019") for w in words[:k]]
        joined = "".join(head).lower()
        initials = "".join(w[0] for w in head).lower()
        # "Mount Shasta" for mtshastaca.gov, "Saint Helena" for sthelena: the short form a domain uses
        short = _SHORT_PREFIX.sub(lambda m: _SHORT[m.group(1)], joined)
        # the city's name leads the run ("City of Elmford Water"); one it ends with names where a
        # body is ("Valley Health Elmford" is a hospital's)
        if any((len(joined) >= 4 and (joined in t or _leads(t, joined) or (short != joined and short in t)))
               or (k >= 2 and t.startswith(initials))
               for t in city_tokens if len(t) >= 4):
            return True
    m = DESK_ACRONYM.match(words[0].strip(".,"))
    return bool(m) and any(t.startswith(m.group("initial").lower()) for t in city_tokens)


def _is_city(words: list[str], city_tokens: frozenset[str], heading: str = "") -> bool:
    low = [w.strip(".,'\u2019").lower() for w in words]
    if CITY_DISTRICT.search(" ".join(words)):
        return True
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", heading))
    if len(initials) >= 2 and any(_acronym(w) and w.strip(".,").startswith(initials) for w in words):
        return True             # "MUED" under the heading "Municipal Utilities & Engineering"
    if any(w in COMPANY for w in low):
        return False            # "Elmford Towing, Inc.": a company, whatever town it is named for
    if _own_name(words, city_tokens):
        return True             # the city's own name: "Pasadena Water and Power"
    if low[-1] in FACILITY_WORDS and not any(_acronym(w) for w in words):
        return True             # a place ("Corporation Yard", "Westside Community Center"): the city's most likely
    rest = [w for w in low if w not in CONNECTORS and not w.isdigit()]
    if DESK_MANAGEMENT.search(" ".join(low)):     # "Records Management": a desk ("Waste Management" a company)
        rest = [w for w in rest if w != "management"]
    return all(w in DESK_WORDS for w in rest)


# A name given as who provides a service: "served by <Name>", "<Name> handles garbage and recycling"
_PROVIDER_BEFORE = re.compile(r"\b(?:served|supplied|provided|operated|collected)\s+by\s+$")
# (the doer of a utility's or hauler's work only: "Animal Control handles calls" is a desk)
_PROVIDER_AFTER = re.compile(r"\s+(?:handles|collects|picks\s+up|serves|supplies|provides)\s+(?:(?:all|most|your|the)\s+)?"
                             r"(?:garbage|trash|refuse|recycling|solid\s+waste|green\s+waste|yard\s+waste|compost|"
                             r"water|sewer|electricity|electric|natural\s+gas|gas|power|cable|internet)\b", re.I)


_CALLED = re.compile(r"\b(?:call|contact|phone|reach|dial)\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=8192)
def named_owner(lead: str, after: str, city_tokens: frozenset[str], heading: str = "") -> str | None:
    """``unknown`` when the nearest organisation's name in ``lead`` (the words before the
    number in its line or clause) is not the city's, or ``after`` says it is a private or
    separate body; ``city`` when that name is the city's; None when no name says. A name
    made only of desk nouns and unknown words ("Guest Services") is read past to a name before
    it, and decides alone only when the city's name is known (``city_tokens``)."""
    if AFTER.match(after):
        return "unknown"
    # "(County communications)" right after it: the body whose line it is, said after the number
    tag = AFTER_NAME.match(after)
    if tag:
        words = tag.group(1).split()
        if len(words) >= 2 and any(w.lower() in ORG_NOUNS for w in words) and not _CITY_WORD.search(tag.group(1)) \
                and not _is_city(words, city_tokens, heading):
            return "unknown"
    lead = re.sub(r"\S+@\S+|https?://\S+|\(?\d{3}\)?[\s.\u2010-\u2014-]?\d{3}[\s.\u2010-\u2014-]\d{4}", " ", lead)
    fallback = None
    runs = list(_RUN.finditer(lead))
    for i in range(len(runs) - 1, -1, -1):
        words = re.split(r"[\s/]+", runs[i].group(0))
        while words and words[0].lower() in LEAD_WORDS and \
                not DESK_MANAGEMENT.match(" ".join(words[:2]).lower()):     # "Call", "Commercial": a sentence's first word
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if _CITY_WORD.search(name):
            other = NAMED_CITY.search(name)         # "City of Pittsburg": another city
            if other and not _own_name(other.group("name").split(), city_tokens):
                return "unknown"
            if fallback is None or len(words) > 1:   # a bare "the City" does not make "Monterey Fire Department" a desk
                return "city"
            continue
        if fallback is not None and _own_name(words, city_tokens):
            return "city"             # "Palm Springs International Airport | Guest Services"
        if (_PROVIDER_BEFORE.search(lead, 0, runs[i].start()) or _PROVIDER_AFTER.match(lead, runs[i].end())) \
                and not _is_city(words, city_tokens, heading):
            return "unknown"          # "served by Elm Water, ...", "Elm Disposal collects trash: ...": the provider's
        # "... or call Public Works at <number>": the desk the words tell people to call, named only
        # with words cities name their desks with, is the city's; an earlier name ("the MV Connect
        # app") is not whose the number is
        if _CALLED.search(lead, 0, runs[i].start()) and not _is_org(words) and _is_city(words, city_tokens, heading):
            return "city"
        if not _is_org(words):
            continue
        if len(words) == 1 and _acronym(words[0]) and i < len(runs) - 1:
            continue          # a lone acronym before a nearer name: a credential ("Haley Croffoot, AICP, Senior Planner")
        if _is_city(words, city_tokens, heading):
            return "city"
        if fallback is None and all(w.strip(".,").lower() in DESK_NOUNS or not (
                w.strip(".,").lower() in ORG_NOUNS or _acronym(w) or _is_org([w])) for w in words):
            fallback = "unknown" if city_tokens else None      # "Palm Springs International Airport | Guest Services |": read on
            continue
        return "unknown"
    return fallback


# Words that only say what a number is, not whose: "Phone:", "Toll-free", "Main line".
FIELD_WORDS_ONLY = re.compile(r"[\W_\d]*(?:(?:main|toll[- ]?free|phone|telephone|tel|call|dial|voice|office|direct|line|"
                              r"number|no|ph|p|t|or|at|us|free|fax|f|switchboard|reception|ext|extension|x)\b[\W_\d]*)*",
                              re.I)


_NEXT_NUMBER = re.compile(r"\s(?:or|and)\s(?=[^.;]{0,80}\d{3}[\s.\u2010-\u2014-]\d{4})")
_OUR_VENDOR = re.compile(r"\bour\s+(?:\w+\s+)?(?:contractor|vendor|processor|provider|partner|servicer|operator)s?\b", re.I)


def foreign_unclear(e164: str, seg: str, written: str, area_codes: tuple[str, ...],
                    city_tokens: frozenset[str]) -> bool:
    """A toll-free number, or one outside the city's area codes, whose own words neither name
    the City (or "our", "us") nor only label it ("Phone: 1-800-..."): whose it is is not
    known, so it is not proposed as the city's. (No labelled city line in ten page sets is
    toll-free or out of area; the other agencies' and vendors' ones are many.)"""
    if not e164.startswith("+1") or not (TOLL_FREE.match(e164) or (area_codes and e164[2:5] not in area_codes)):
        return False
    words = clause(seg, written)
    if written and written in words:
        at = words.index(written) + len(written)
        # "... go to Invoice Cloud at (781) ... or to the City's Finance Department at (310) ...":
        # the words of the next number are not this one's
        nxt = _NEXT_NUMBER.search(words, at)
        words = (words[:nxt.start()] if nxt else words).replace(written, " ")
    # "billed by our contractor", "our vendor, Elm Pay": "our" there names someone else
    words = _OUR_VENDOR.sub(" vendor ", words)
    # an address says whose it is by its domain ("elmalarms@billingco.net" is the billing company's)
    words = re.sub(r"[\w.%+-]+@", " ", words)
    if CITY_OWN.search(words) or FIELD_WORDS_ONLY.fullmatch(words):
        return False
    low = words.lower()
    return not any(t in low for t in city_tokens if len(t) >= 4)
