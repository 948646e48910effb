"""Mailing and office addresses (California form: "Street, City, CA 9xxxx")."""
from __future__ import annotations

import re

ADDRESS_ANCHOR = re.compile(r"\b([A-Z][A-Za-z.'-]+(?:\s+[A-Z][A-Za-z.'-]+){0,3}),?\s+(?:CA|Calif\.?|California)\.?,?\s+"
                            r"(9\d{4}(?:-\d{4})?)\b")
STREET_START = re.compile(
    r"(?:\b\d{1,6}[A-Z]?\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?(?:[A-Z0-9][\w.'-]*\s+){0,5}"
    r"(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Plaza|Parkway|Pkwy|"
    r"Circle|Cir|Highway|Hwy|Terrace|Ter|Square|Sq|Center|Ctr|Mall|Real|Alameda|Paseo|Calle|Camino)\b\.?"
    r"|\bP\.?\s?O\.?\s+Box\s+\d+|\b\d{1,6}\s+(?:Camino|Calle|Avenida|Paseo|Via|El|La)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")

# The part of every anchor from "CA" to the ZIP code: a text without it holds no address. It
# is searched first because the anchor's leading words make the engine try it at every capital
# letter of a line ("... under the California Public Records Act ...": ~8 us a sentence).
ZIP_CUE = re.compile(r"(?:CA|Calif\.?|California)\.?,?\s+9\d{4}")

# (compiled once: every page with an address writes each one with these)
_SEPARATOR = re.compile(r"\s*[·•|]\s*")
_COMMAS = re.compile(r"\s*,\s*(,\s*)*")
_SPACES = re.compile(r"\s+")


def find_addresses(lines: list[str]) -> list[tuple[int, int, int, str]]:
    """(line index, start, end, address) for each address; the street may sit on the
    one or two lines above "City, CA 9xxxx"."""
    out = []
    for i, line in enumerate(lines):
        if (" CA" not in line and "Calif" not in line) or not ZIP_CUE.search(line):
            continue
        for m in ADDRESS_ANCHOR.finditer(line):
            prefix = ", ".join(lines[max(0, i - 2):i] + [line[:m.start()]])
            tail = prefix[-160:]
            starts = list(STREET_START.finditer(tail))
            if not starts:
                continue
            street = tail[starts[-1].start():]
            text = f"{street}, {m.group(0)}" if street.strip(" ,") else m.group(0)
            text = _SEPARATOR.sub(", ", text)
            text = _COMMAS.sub(", ", _SPACES.sub(" ", text)).strip(" ,").replace(" ,", ",")
            out.append((i, m.start(), m.end(), text))
    return out
