"""Owner of a contact from the page's structure, when its own sentence names nobody.

- a table cell takes the owner its row's earlier cells name ("Elm County Sheriff | ...");
- a number alone on its line takes the owner of its label line; a short labelled line in a
  contact card, the owner its first line names;
- an item of a list whose lead-in says the list is of other organisations ("... connects
  with other operators; questions go to them:") is theirs;
- a contact under a heading naming another agency or "Not City records" is that agency's;
- a name labelling a number in a list of other agencies ("Valley Water: ...") that is neither
  a city desk nor the city's own name is that organisation's;
- a sentence that only says "They ..." or "Call ..." takes the owner of the sentence before.

The words themselves are read in :mod:`.attribution`.
"""
from __future__ import annotations

import re

from prr.scrapers.contacts.attribution import (
    _SEGMENT_END,
    CITY_DENIES,
    CITY_OWN,
    CITY_PART,
    OTHER_AGENCY,
    OTHER_LIST,
    mask,
    own_piece,
    owner_from_words,
)

# A row that says its body is not one of the city's: "(Elm TMA, not a City office)"
NOT_A_CITY_DESK = re.compile(r"\bnot\s+an?\s+(?:City|Town)(?:'s)?\s+(?:office|department|service|agency|program|desk)s?\b")


def owner_from_block(seg: str, written: str, label_above: str = "", heading: str = "", row: str = "",
                     card: str = "", lead_in: str = "") -> str:
    """Owner of a number whose own sentence names nobody: a table cell takes the owner the
    row's earlier cells name ("Elm County Sheriff | (707) ..."); a number alone on its line
    takes the owner its label line names ("San Benito County Water District" over
    "831-637-8218"); a contact under a heading naming another agency ("County
    Clerk-Recorder", "Other agencies") is that agency's, unless its own words name the City;
    a short labelled line in a card ("Front desk: ...") is the agency's its first line names;
    an item of a list whose lead-in sentence says the list is of other organisations'
    ("Torrance Transit connects with other operators ...:") is theirs."""
    own = mask(seg.replace(written, " ") if written else seg)
    if CITY_OWN.search(own) or CITY_PART.search(own):
        return "city"
    if row and (OTHER_LIST.search(row) or NOT_A_CITY_DESK.search(row)):   # "Shuttle (a TMA, not a City office) | ..."
        return "agency"
    if row and not CITY_OWN.search(row) and owner_from_words(mask(row)) != "city":
        return owner_from_words(mask(row))
    if label_above and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:ext|extension|x)\b", " ", own, flags=re.I)):
        if not CITY_OWN.search(label_above) and owner_from_words(label_above) != "city":
            return owner_from_words(label_above)
    # a contact card: "X County Sheriff's Station" on its first line, "Front desk: ..." below
    if card and not CITY_OWN.search(card) and owner_from_words(own) == "city" and len(own) <= 40:
        if owner_from_words(card) != "city":
            return owner_from_words(card)
    if lead_in and OTHER_LIST.search(lead_in):     # "... connects with other operators; ask them:" over a list
        return "agency"
    if lead_in and len(own) <= 40:       # "... must be made to the County Sheriff's Records Unit:" over its lines
        last = [p for p in _SEGMENT_END.split(lead_in.strip()) if p.strip()][-1:]
        if last and not CITY_OWN.search(last[0]) and owner_from_words(mask(last[0])) != "city":
            return owner_from_words(mask(last[0]))
    if heading and (OTHER_LIST.search(heading) or (      # "Not City Offices" names the City to say not
            not CITY_OWN.search(heading) and not CITY_PART.search(heading) and OTHER_AGENCY.search(heading))):
        return "agency"
    return "city"


# Words a city names its own desks with ("Water Billing", "Main Library", "Senior Center").
CITY_DESK_WORDS = frozenset("""
city town clerk clerk's office offices department division bureau unit section desk line lines main general customer
service services billing utility utilities water power light electric gas sewer trash refuse recycling solid waste
stormwater wastewater library libraries hall police fire public works parks park recreation planning building
finance human resources animal shelter senior youth community center centre code enforcement housing permit permits
engineering records record information request requests questions phone telephone fax email mayor council manager
attorney treasurer economic development airport hours reception front administration administrative account accounts
payments parking traffic streets street environmental museum golf cemetery marina harbor emergency non-emergency
dispatch tty tdd and of the for our your online report reports team staff help contact contacts office's department's
after weekends weekdays evenings nights direct cell mobile voice teléfono telefono tel correo electrónico
""".split())     # (and the words that say when or how a line is reached: "After hours:", "Teléfono:")
FACILITY_WORDS = frozenset("center centre park library hall pool shelter yard plant field museum theater theatre "
                           "station house gym complex arena stadium garden gardens plaza garage facility".split())
# "Valley Water: 408-...", "Northfield public records: ...": a name labelling the number.
NAME_LABEL = re.compile(r"^(?P<name>[A-Z][\w&.'-]*(?:\s+(?:of|and|&|of\s+the|[A-Z][\w&.'-]*)){0,6}?)"
                        r"(?:\s+(?:customer|public))?(?:\s+records?)?"
                        r"(?:\s+(?-i:[a-z][\w'-]*)){0,4}\s*:\s*$")     # "Metro lost and found:"


def named_elsewhere(seg: str, written: str, paragraph: str, city_tokens: frozenset[str]) -> bool:
    """In a paragraph that lists other agencies' numbers, a number labelled with a name
    that is neither one of the city's desks nor the city's own name ("Valley Water:",
    "Caltech public records:") belongs to that organisation. Needs the city's domain to
    know its name; without it nothing is decided."""
    if not city_tokens or not written or written not in seg or len(paragraph) > 1200:
        return False
    m = NAME_LABEL.match(seg[:seg.index(written)].strip())
    if not m or not OTHER_AGENCY.search(paragraph.replace(seg, " ")):
        return False
    words = [w.lower().strip(".'") for w in re.findall(r"[A-Za-z][\w.'-]*", m.group("name"))]
    if any(len(w) >= 4 and any(w in t or t in w for t in city_tokens if len(t) >= 4) for w in words):
        return False           # "Pasadena Water and Power": the city's own name
    if any(w in FACILITY_WORDS for w in words):
        return False           # "Westside Community Center": a place, most likely the city's
    return any(w not in CITY_DESK_WORDS for w in words)


# A sentence whose subject is only a pronoun or "the office" ("They can be reached at ...").
PRONOUN_SUBJECT = re.compile(r"^(?:they|it|its|their|that\s+office|this\s+office|the\s+office|that\s+agency|"
                             r"the\s+agency|he|she)\b", re.I)


# A sentence that is only a number to call: it goes on about whoever the sentence before named.
# ("For non-emergencies call ...", "For after-hours service, call ...": the line of whoever the
# sentence before says answers those calls)
BARE_CALL = re.compile(r"(?:for\s+(?:non-?\s?emergenc\w*|after[- ]hours?|dispatch)(?:\s+(?:calls|service|help|line))?,?\s+)?"
                       r"(?:call|phone|telephone|tel|dial)\b\s*(?:at\s*)?[:.]?\s*[.]?", re.I)


# "Records Division: ...": a sentence led by the name of a desk
DESK_LABEL = re.compile(r"^(?-i:([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))\s*:")


# A sentence that is only "<what for>: <number>" ...
_LABEL_ONLY = re.compile(r"(?P<label>[^:.;]{2,50}):[\s.]*")
# ... whose label names no body: no run of capitalised words ("Records Division"), no desk noun
_NAMES_BODY = re.compile(r"(?-i:\b[A-Z][\w'\u2019-]*\s+[A-Z])|\b(?:clerk|police|fire|department|division|bureau|office|"
                         r"unit|hall|manager|attorney|council|mayor|library|finance|utilit(?:y|ies)|works|station|"
                         r"center|centre|desk|agency|district|county|city|town)\b", re.I)


def _names_no_body(seg: str) -> bool:
    if ":" not in seg[:52]:
        return False
    m = _LABEL_ONLY.fullmatch(mask(seg).strip())
    return bool(m) and not _NAMES_BODY.search(m.group("label"))


def _previous_sentence(seg: str, paragraph: str) -> str:
    before = paragraph[:paragraph.index(seg)].rstrip()
    cut = [m.end() for m in _SEGMENT_END.finditer(before[:-1] if before else "")]
    return before[cut[-1] if cut else 0:]


def owner_from_previous(seg: str, paragraph: str) -> str:
    """A sentence that names no one and starts with "They"/"Its"/"That office" is about the
    subject of the sentence before it: "The County Recorder keeps birth records. They can
    be reached at ..." is the Recorder's number. So is a sentence led by a desk's name that
    the sentence before gave as another agency's ("... are handled by the Sheriff's Office
    Records Division. Records Division: ...")."""
    bare = BARE_CALL.fullmatch(mask(seg).strip())       # "Call 805-...": a number and nothing else
    # "Call 530-... or see its records page": a call whose words point back at the one named before
    bare = bare or (BARE_CALL.match(seg.strip()) and re.search(r"\b(?:its|their|them)\b", seg, re.I))
    # "Voter information in Chinese: <number>": a label that names what the line is for and no
    # body goes on about whoever the sentence before gave a number for
    bare = bare or _names_no_body(seg)
    desk = DESK_LABEL.match(seg)
    if desk and paragraph.find(desk.group(1), 0, max(0, paragraph.find(seg))) < 0:
        desk = None           # the sentences before do not name that desk
    if not (PRONOUN_SUBJECT.match(seg) or bare or desk) or CITY_OWN.search(seg) or seg not in paragraph:
        return "city"
    prev = _previous_sentence(seg, paragraph)
    if desk and not (PRONOUN_SUBJECT.match(seg) or bare):
        at = prev.find(desk.group(1))
        whose = prev[max(0, at - 50):at] if at > 0 else ""
        return "city" if not whose or CITY_OWN.search(whose) else owner_from_words(mask(whose))
    # "X Water District bills residents for water; the City does not.": the City named only to
    # say it does not is not whom "their" points back to
    prev = CITY_DOES_NOT.sub(" ", prev)
    if not prev.strip() or CITY_OWN.search(prev) or CITY_PART.search(prev):
        return "city"
    return owner_from_words(prev)


CITY_DOES_NOT = re.compile(rf"\b(?:but\s+)?the\s+{CITY_DENIES}[^.;]*")


# "the neighbouring City of Elmford", "Town of Ridge Police": a place named as a city or town.
NAMED_CITY = re.compile(r"(?-i:\b(?:City|Town)\s+of\s+(?P<name>(?:St\.\s+|San\s+|Santa\s+|Los\s+|La\s+|El\s+)?"
                        r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))")


def _is_own_name(name: str, city_tokens: frozenset[str], title: str) -> bool:
    words = re.findall(r"[A-Za-z]+", name)
    joined = "".join(words).lower()
    initials = "".join(w[0] for w in words).lower()
    if any(joined in t or (len(t) >= 4 and t in joined) or (len(initials) >= 2 and t.startswith(initials))
           for t in city_tokens):
        return True
    return bool(title) and name.lower() in title.lower()


# "Elmford City Hall", "Elmford City Clerk": a city's desk named with its name before "City"
NAMED_CITY_DESK = re.compile(r"(?-i:\b(?P<name>(?:St\.\s+|San\s+|Santa\s+|Los\s+|La\s+|El\s+)?[A-Z][a-z]+)"
                             r"\s+(?:City|Town)\s+(?:Hall|Clerk|Council|Manager|Attorney)\b)")
# Words that say which of the city's own halls or clerks, not which city: "the Old City Hall",
# "Deputy City Clerk"
_HALL_WORDS = frozenset("""main new old historic temporary interim central downtown the our your at to call visit
contact email deputy assistant acting chief senior former elected phone telephone reach ask dial write or and
from by for with in on this current please""".split())
# "Elmford Police (neighbouring city): ...": the brackets say it is another city's
NEIGHBOUR_CITY = re.compile(r"\(\s*(?:a\s+|the\s+)?(?:neighbou?ring|nearby|adjacent|adjoining)\s+(?:city|town)\b", re.I)


def other_city_named(seg: str, written: str, city_tokens: frozenset[str], title: str = "") -> bool:
    """A number whose own words name another city ("call the neighbouring City of Elmford's
    police at ...", "City of Elmford: ...", "Elmford City Hall: ...", "Elmford Police
    (neighbouring city): ...") is that city's. The city's own name is known from its domain
    (or the page title); without it nothing is decided."""
    if not city_tokens or not written or written not in seg:
        return False
    piece = own_piece(seg, written) or seg
    before = piece[:piece.find(written)] if written in piece else piece
    if NEIGHBOUR_CITY.search(before):
        return True
    names = [m.group("name") for m in NAMED_CITY.finditer(piece)]
    names += [m.group("name") for m in NAMED_CITY_DESK.finditer(before) if m.group("name").lower() not in _HALL_WORDS]
    return bool(names) and not any(_is_own_name(n, city_tokens, title) for n in names)


# "the Station", "the Department's portal": a body the sentence before named
DEFINITE = re.compile(r"(?-i:\b[Tt]he\s+([A-Z][a-z]+)(?:['\u2019]s)?\b)")


def referent_owner(seg: str, paragraph: str) -> str:
    """A sentence that names a body only as "the Station" / "the Department" is about the one
    the sentence before named with that word: "... provided under contract by the Elm County
    Sheriff's Department, Oak Station. Reports: ask the Station, 661-..." is the Sheriff's."""
    if seg not in paragraph or CITY_OWN.search(DEFINITE.sub(" ", seg)):
        return "city"
    prev = ""
    for m in DEFINITE.finditer(seg):
        noun = m.group(1)
        if noun in ("City", "Town"):
            return "city"
        prev = prev or _previous_sentence(seg, paragraph)
        at = prev.find(noun)
        if at < 0:
            continue
        whose = prev[max(0, at - 80):at + len(noun)]
        whose = whose[whose.rfind(",", 0, max(0, len(whose) - len(noun) - 30)) + 1:]
        owner = owner_from_words(mask(whose))
        if owner != "city" and not CITY_OWN.search(whose):
            return owner
    return "city"
