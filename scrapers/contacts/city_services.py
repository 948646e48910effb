"""The city's own named services ("Elmford Transit", "Elmford Public Utilities").

Words such as "Transit", "Port of" or "Water" usually name another agency; with the city's
own name in front they name one of its departments. They are masked before a contact's
owner is read from its words, so a heading over a list of other agencies still decides.
"""
from __future__ import annotations

import re

# A service named with the city's own name ("Elmford Transit", "Elmford Public Utilities") is
# the city's, unless named as a separate body ("... Transit Agency", "... Water District").
CITY_SERVICE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,4}?)(?:(?:Municipal|Public|City)\s+)?"
                          r"(?:Transit|Water|Utilities|Electric|Power|Light|Library|Airport|Harbor|Marina|Port|Golf)\b"
                          r"(?!\s+(?:Agency|Authority|District|Commission|Company|Corporation|Board|Association|"
                          r"Cooperative|Joint|Service\s+Area))")


def mask_city_services(text: str, city_tokens: frozenset[str]) -> str:
    """The city's own named services replaced by a neutral word, so that "Transit" or
    "Port of" in them is not read as another agency's name (a heading over other
    agencies still decides)."""
    if not city_tokens:
        return text

    def sub(m: re.Match) -> str:
        words = m.group(1).split()
        for k in range(len(words)):
            if "".join(words[k:]).lower() in city_tokens:
                return " ".join(words[:k] + ["service"])
        return m.group(0)
    return CITY_SERVICE.sub(sub, text)
