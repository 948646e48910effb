"""The city's own named services ("Elmford Transit", "Elmford Public Utilities").

Words such as "Transit", "Port of" or "Water" usually name another agency; with the city's
own name in front they name one of its departments. They are masked before a contact's
owner is read from its words, so a heading over a list of other agencies still decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

from prr.scrapers.contacts.attribution import OTHER_AGENCY
from prr.scrapers.contacts.named_owner import _own_name

# A service named with the city's own name ("Elmford Transit", "Elmford Public Utilities") is
# the city's, unless named as a separate body ("... Transit Agency", "... Water District").
CITY_SERVICE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,4}?)(?:(?:Municipal|Public|City)\s+)?"
                          r"(?:Transit|Water|Utilities|Electric|Power|Light|Library|Airport|Harbor|Marina|Port|Golf)\b"
                          r"(?!\s+(?:Agency|Authority|District|Commission|Company|Corporation|Board|Association|"
                          r"Cooperative|Joint|Service\s+Area))")


# "the City's Transit Division": a desk the words say is the city's.
CITY_POSSESSIVE = re.compile(r"\bthe\s+(?:City|Town)['\u2019]s\s+(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*")


# "handled by Elmford Police Department Records": what a desk named with the city's own name
# does is done by the City, not by a vendor named after "by"
BY_NAME = re.compile(r"\b(?:processed|operated|administered|serviced|provided|hosted|handled|served|run|managed)\s+"
                     r"by\s+((?:St\.\s+|Mt\.\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,5})")


def _by_own_name(m: re.Match, city_tokens: frozenset[str]) -> str:
    name = m.group(1)
    if OTHER_AGENCY.search(name) or not _own_name(name.split(), city_tokens):
        return m.group(0)
    return m.group(0)[:m.start(1) - m.start(0)] + "the City's service"


def mask_city_services(text: str, city_tokens: frozenset[str]) -> str:
    """The city's own named services replaced by a neutral word, so that "Transit" or
    "Port of" in them is not read as another agency's name (a heading over other
    agencies still decides)."""
    if "'s " in text or "\u2019s " in text:
        text = CITY_POSSESSIVE.sub("the City's service", text)
    if not city_tokens:
        return text
    if " by " in text:
        text = BY_NAME.sub(lambda m: _by_own_name(m, city_tokens), text)

    def sub(m: re.Match) -> str:
        words = m.group(1).split()
        for k in range(len(words)):
            if "".join(words[k:]).lower() in city_tokens:
                return " ".join(words[:k] + ["service"])
        return m.group(0)
    return CITY_SERVICE.sub(sub, text)


# A body the page says is the city's own: "the Elm Fire Protection District, a subsidiary
# district of the City governed by the City Council", "Elm Housing Authority (a City agency)".
# So are "The Water District is a subsidiary district of the City" and "Elm Sanitary District
# (governed by the City Council)".
DECLARED_OWN = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,5}(?:District|Authority|Agency|Corporation))\s*(?:(?:,|\(|\u2014|-)\s*"
                          r"(?:is\s+)?|is\s+)(?:(?:a|the)\s+(?:subsidiary\s+(?:district|agency)\s+of\s+the\s+(?:City|Town)|"
                          r"(?:City|Town)(?:-owned)?\s+(?:agency|district|department)|"
                          r"(?:district|agency)\s+governed\s+by\s+the\s+(?:City|Town)\s+Council)|"
                          r"(?<=\()governed\s+by\s+the\s+(?:City|Town)\s+Council\))")
_BODY_KINDS = ("District", "Authority", "Agency", "Corporation")
_DECLARING_WORDS = ("agency", "district", "department", "governed")


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    for w in words:           # (a plain loop: any() over a generator costs more per page)
        if w in text:
            return True
    return False
_BODY = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,5}(?:District|Authority|Agency|Corporation))\b")


def declared_own_bodies(text: str) -> tuple[frozenset[str], ...]:
    """The words of each body the page declares the city's own (see :data:`DECLARED_OWN`)."""
    # A cheap test of what every wording of the pattern needs: a body's kind and the city.
    # Then what each wording after the body needs: "agency", "district", "department" or "governed"
    # as written (the pattern is case-sensitive); most pages with "City" and "Agency" say none.
    if not _contains_any(text, _BODY_KINDS) or ("City" not in text and "Town" not in text) or \
            not _contains_any(text, _DECLARING_WORDS):
        return ()
    return tuple(frozenset(w for w in m.group(1).lower().split() if w != "the")
                 for m in DECLARED_OWN.finditer(text))


def mask_declared(text: str, bodies: tuple[frozenset[str], ...]) -> str:
    """A body the page declared the city's own, named again (also shorter: "Elm Fire District"
    for "Elm Fire Protection District"), replaced by a neutral word."""
    if not bodies:
        return text
    return _BODY.sub(lambda m: "service" if any(_same_body(set(m.group(1).lower().split()), b) for b in bodies)
                     else m.group(0), text)


def _same_body(named: set[str], declared: frozenset[str]) -> bool:
    """The declared body named again: its words or fewer, or with one more word in front
    ("Hesperia Water District" after "The Water District is a subsidiary district of the City")."""
    return named <= declared or (len(declared) >= 2 and declared <= named and len(named - declared) <= 1)


# "Elmford Municipal Utility Services (EMUS)": the short name the page gives a body named with the
# city's own name is the city's too ("EMUS electric customer service: ...").
NAMED_ACRONYM = re.compile(r"\b((?:[A-Z][a-z]+\s+){2,6})\(([A-Z]{3,6})\)")


def own_acronyms(text: str, city_tokens: frozenset[str]) -> frozenset[str]:
    """Acronyms the page defines for a body named with the city's own name, in its initials."""
    if not city_tokens or "(" not in text:
        return frozenset()
    out = set()
    for m in NAMED_ACRONYM.finditer(text):
        words, acronym = m.group(1).split(), m.group(2)
        if "".join(w[0] for w in words) != acronym or OTHER_AGENCY.search(m.group(1)):
            continue       # not its initials, or a body of its own ("Elmford Valley Services District")
        for k in range(1, min(3, len(words)) + 1):
            joined = "".join(words[:k]).lower()
            if len(joined) >= 4 and any(joined in t or t in joined for t in city_tokens if len(t) >= 4):
                out.add(acronym)
                break
    return frozenset(out)


def mask_acronyms(text: str, acronyms: frozenset[str]) -> str:
    """The city's own acronyms replaced by words that say they are the city's."""
    if not acronyms:
        return text
    return _acronyms_pattern(acronyms).sub("City service", text)


@lru_cache(maxsize=64)      # one page's set, asked for every line and sentence its owners read
def _acronyms_pattern(acronyms: frozenset[str]) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(sorted(acronyms))})\b")
