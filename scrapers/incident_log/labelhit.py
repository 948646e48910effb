"""A label's hit on a line, and how many records a label must repeat in to count: shared by
the label finders (``labels.py``, ``leftlabels.py``) and the value reader (``labelvalues.py``)."""
from __future__ import annotations

from typing import NamedTuple

MIN_RECORDS = 2


class Hit(NamedTuple):
    label: str
    line: int      # index into the flat line list
    start: int     # column where the label starts
    end: int       # column after the label (where the value starts)
