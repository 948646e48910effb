"""A number cell of two numbers under a title of two names ("CFS No. / Case No." over
"2510200015 / CP25-0701", "Event # / Report #" over "E25-1001 / 25-00312"): two columns
printed in one. Each number goes where its own name says (the call or event number to
``record_no``, the case or report number to ``case_no``), as two columns would, rather
than the first number standing for both."""
from __future__ import annotations

import re

from prr.scrapers.incident_log.fields import column_for
from prr.scrapers.incident_log.text import is_id

_TWO = re.compile(r"\s*(\S+)\s*/\s*(\S+)\s*$")
_IDS = ("record_no", "case_no")


def split_paired_numbers(values: dict[str, str], mapping: dict, name: str, number: str) -> bool:
    """Split ``values[name]`` when it is exactly two numbers under a title of two names that
    each name a different number field; True when split (the cell then needs no other reading)."""
    if " / " not in name:
        return False
    titles = [t.strip() for t in name.split(" / ")]
    m = _TWO.match(values.get(name) or "")
    if len(titles) != 2 or not m or number not in m.groups() or not all(is_id(g) for g in m.groups()):
        return False
    cols = [column_for(t) for t in titles]
    if set(cols) != set(_IDS):
        return False
    first, second = m.groups()
    values[name], mapping[name] = first, cols[0]
    values[titles[1]], mapping[titles[1]] = second, cols[1]
    return True
