"""Of two untitled category columns, the one of named places is the place.

A table without column titles types a column of a few values repeated across records as
the type and a second one as the disposition (``fields._by_values``). A sheet printing
where each contact was made as a name without a house number ("Pioneer Park shelter",
"Quarry Rd arcade") and what it was as words in sentence case ("Vape possession",
"Runaway juvenile - located") then has its places typed as the type. Told from the
document: the first column's values are names (two capitalised words or more on most of
them), the second's are not (one capitalised word, the first, on nearly all): the names
are the place and the other column is the type. Title-case types ("Noise Complaint")
beside names leave both columns as they were: nothing tells them apart.
"""
from __future__ import annotations

import re

_CAPITAL = re.compile(r"(?<!\S)[A-Z][a-z]")
NAMED = 0.7           # share of a place column's values naming something
PLAIN = 0.1           # share of a type column's values with a second capitalised word


def named_place_column(out: list[str | None], samples: list[list[str]]) -> list[str | None]:
    """``out`` with a type column of names, beside a disposition column of plain words,
    retyped as the location and the disposition column as the type."""
    if "type" not in out or "disposition" not in out or "location" in out:
        return out
    t, d = out.index("type"), out.index("disposition")
    names, words = _values(samples, t), _values(samples, d)
    if not names or not words:
        return out
    if not named_beside_plain(names, words):
        return out
    out = list(out)
    out[t], out[d] = "location", "type"
    return out


def named_beside_plain(names: list[str], words: list[str]) -> bool:
    """``names`` are names (two capitalised words or more on most), ``words`` are not."""
    return sum(1 for v in names if len(_CAPITAL.findall(v)) >= 2) >= NAMED * len(names) and \
        sum(1 for v in words if len(_CAPITAL.findall(v)) >= 2) <= PLAIN * len(words)


def _values(samples: list[list[str]], k: int) -> list[str]:
    return [s[k] for s in samples if k < len(s) and s[k]]
