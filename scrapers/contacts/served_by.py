"""Whose a city's police or fire lines are when another body provides that service.

"Police services are provided by the Elm County Sheriff. Contact the Elmford Station at ...":
the city's policing is the Sheriff's, so the station, dispatch and records lines of that
paragraph, and a records link off the city's site in it, are the Sheriff's, unless the
sentence gives them as the City's own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from prr.scrapers.contacts.attribution import CITY_DENIES, CITY_OWN
from prr.scrapers.contacts.attribution import NOT_THE_CITY as NOT_CITY_NAMED
from prr.scrapers.keyword_gate import keyword_gated

# "Police services are provided by the Elm County Sheriff", "Elmford is served by the County
# Sheriff's Department, Oak Station", "provided through a contract with CAL FIRE"
_SERVING_BODY = r"(?:Sheriff|County\s+Fire|Fire\s+(?:Authority|Protection\s+District)|CAL\s?FIRE)"
# (a name's initials keep their dots: "the L.A. County Sheriff's Department")
_NAME_CHAR = r"(?:[^.]|(?<=\b[A-Z])\.)"
SERVED_BY = re.compile(r"\b(?:provided|served|policed|patrolled|protected)\s+(?:(?:under|through|via)\s+(?:a\s+)?contract\s+)?"
                       rf"(?:by|with)\s+(?:the\s+)?{_NAME_CHAR}{{0,60}}?{_SERVING_BODY}|"
                       # "Elmford contracts with the Elm County Sheriff's Department": hired to police the city
                       rf"\bcontracts\s+with\s+(?:the\s+)?{_NAME_CHAR}{{0,60}}?Sheriff|"
                       # "Fire and medical responses are provided by Oakvale Fire & Rescue": the sentence's
                       # subject is the service, its provider is named (and is not the City; "our" names nobody)
                       r"\b(?:police|fire|law\s+enforcement)\b[^.;]{0,40}?\b(?:is|are)\s+provided\s+by\s+"
                       r"(?!(?:the\s+)?(?:City|Town)\b)(?:the\s+)?(?-i:[A-Z])|"
                       # "The Elm County Sheriff's Office provides police services to the City"
                       rf"{_SERVING_BODY}(?:['\u2019]s)?(?:\s+(?:Department|Office))?\s+(?:provides|serves|patrols)\b", re.I)
# What the sentence of the number or link is about: that service
SERVED_SERVICE = re.compile(r"\b(?:police|fire|(?:sub)?station|sheriff|law\s+enforcement|dispatch|non-?\s?emergency|"
                            r"reports?|records)\b", re.I)
_SERVED_HINT = re.compile(r"heriff|[Ff]ire|FIRE")      # (a cheap look before the full pattern)


_POLICE = re.compile(r"\b(?:police|sheriff(?:['\u2019]s)?|law\s+enforcement)\b", re.I)
_FIRE = re.compile(r"\bfire\b", re.I)


@lru_cache(maxsize=4096)      # asked for every number and link of a paragraph; sites repeat paragraphs
def _served_kinds(paragraph: str) -> frozenset[str] | None:
    """None when the paragraph does not say another body provides a service; else which of
    police and fire its sayings name (one scan of the paragraph gives both)."""
    if not (_SERVED_HINT.search(paragraph) and SERVED_BY.search(paragraph)):    # (the gated search: most say nothing)
        return None
    said = " ".join(m.group(0) for m in SERVED_BY.finditer(paragraph))
    return frozenset(k for k, pat in (("police", _POLICE), ("fire", _FIRE)) if pat.search(said))


def served_by_other(seg: str, paragraph: str) -> bool:
    """The paragraph says another body provides the city's police or fire service and the
    sentence is about that service, not given as the City's."""
    if len(paragraph) > 1200:
        return False
    served = _served_kinds(paragraph)
    return served is not None and bool(SERVED_SERVICE.search(seg)) \
        and not CITY_OWN.search(NOT_THE_CITY.sub(" ", seg)) and not _other_service(seg, served)


def _other_service(seg: str, served: frozenset[str]) -> bool:
    """"Elmford Police Department records: ... Fire service is provided by the Elm Fire
    Protection District": the sentence names the one service the paragraph does not say
    another body provides (police, where only fire is served by another), so it is not that body's."""
    police, fire = bool(_POLICE.search(seg)), bool(_FIRE.search(seg))
    return (police and not fire and served == {"fire"}) or (fire and not police and served == {"police"})


# "..., not the City" (see :data:`.attribution.NOT_THE_CITY`), and "The City does not hold
# deputies' reports": the City the subject of a denial, likewise not whose
NOT_THE_CITY = re.compile(rf"{NOT_CITY_NAMED.pattern}|{CITY_DENIES}")

# A keyword gate (see scrapers/keyword_gate.py): the same matches, about 2.5x sooner.
SERVED_BY = keyword_gated(SERVED_BY)
