"""Which of two number series is the records' own: the one given in order.

A table may print two numbers once per record, each distinct: the record's own number
and another office's (a public works complaint, a permit) in a column of its own. The
records' own numbers are issued as the calls come in, so in a log read in order they
rise from one record to the next (gaps aside); another office's numbers, issued by its
own desk, follow no order of this log. When the column first chosen does not rise and
another series as many numbers long does, nearly every step, on other lines than the
column's, that series is the records' own (on the line that closes each record, under
its unit lines: ``numberplace`` then opens each record at its first line). Two series
side by side on one line (an event number and its case number) are both the record's:
the column first chosen stays its number, unless that column mixes several offices'
prefixes (each visiting agency numbering its own work: a mutual-aid register) while the
rising one prints a single prefix: one office's series, the host's, issued in order.

A document may also number its own rows: a production's control numbers stamped on
release, an export's row count, each (whatever its prefix) running 1, 2, 3 ... by one
from the first row to the last. Such a count is the document's, not the records': when
another column of another shape holds distinct numbers on the same rows, numbers that do
not run by one, that column is the records' own (the count stays a related number).
"""
from __future__ import annotations

import re

RISING = 0.9            # share of steps up in the records' own series
UNORDERED = 0.7         # at most this share of steps up: a series in no order
AS_MANY = 0.95          # the other series numbers nearly as many records
COUNT_STEPS = 0.98      # share of steps that add one in a document's own row count
SAME_ROWS = 0.9         # share of the count's rows on which the other series stands
MIN_COUNTED = 10        # a count checked on fewer rows says nothing
MIXED_SHARE = 0.1       # a second prefix on at least this share of numbers: several offices'
ONE_PREFIX = 0.95       # one prefix on at least this share: one office's series

_DIGITS = re.compile(r"\d+")


def rising_share(members: dict[int, str]) -> float:
    """Share of steps from one number to the next (in line order) that go up, the
    numbers compared by their digits (a letter prefix aside)."""
    values = []
    for i in sorted(members):
        digits = "".join(_DIGITS.findall(members[i]))
        if digits:
            values.append(int(digits))
    steps = len(values) - 1
    if steps < 4:
        return 0.0
    return sum(1 for a, b in zip(values, values[1:]) if b > a) / steps


def steps_by_one(values: list[int]) -> int:
    """How many steps from one number to the next add one (a count: 1, 2, 3 ...)."""
    return sum(1 for a, b in zip(values, values[1:]) if b == a + 1)


def _apart(one: dict[int, str], other: dict[int, str]) -> bool:
    """The two series stand on other lines of the record (a number on the line closing it,
    the reference on its first): two numbers side by side on one line are both the
    record's (an event and its case number), the column first chosen stays its number."""
    return len(one.keys() & other.keys()) <= 0.1 * len(one)


_PREFIX = re.compile(r"^[^\d]*")


def _prefix_shares(members: dict[int, str]) -> list[float]:
    """Share of the numbers printed with each letter prefix (the text before the first
    digit), largest first."""
    counts: dict[str, int] = {}
    for tok in members.values():
        key = _PREFIX.match(tok).group().upper()
        counts[key] = counts.get(key, 0) + 1
    total = max(1, len(members))
    return sorted((n / total for n in counts.values()), reverse=True)


def _offices_apart(one: dict[int, str], chosen: dict[int, str]) -> bool:
    """``chosen`` mixes several offices' prefixes (two or more, each on a tenth of its
    numbers at least) while ``one`` prints a single prefix on nearly all of its numbers."""
    mixed = _prefix_shares(chosen)
    return len(mixed) >= 2 and mixed[1] >= MIXED_SHARE and _prefix_shares(one)[0] >= ONE_PREFIX


def in_order(candidates: list[tuple], chosen: tuple) -> tuple:
    """The candidate column to read as the records' numbers: ``chosen``, unless its
    numbers follow no order while another series, nearly as many distinct numbers,
    rises. Candidates are ``anchors.id_column``'s tuples (key, windows, members, ...)."""
    counted = past_row_count(candidates, chosen)
    if counted is not None:
        return counted
    if rising_share(chosen[2]) > UNORDERED:
        return chosen
    rising = [c for c in candidates if c is not chosen and c[0][0] >= AS_MANY * chosen[0][0]
              and c[0][0] <= chosen[0][0] / AS_MANY
              and (_apart(c[2], chosen[2]) or _offices_apart(c[2], chosen[2])) and rising_share(c[2]) >= RISING]
    return max(rising, key=lambda c: c[0]) if rising else chosen


def last_numbers(members: dict[int, str]) -> list[int]:
    """Each number's last run of digits, in line order (a prefix aside)."""
    out = []
    for i in sorted(members):
        runs = _DIGITS.findall(members[i])
        if runs:
            out.append(int(runs[-1]))
    return out


def _row_count(members: dict[int, str]) -> bool:
    """The numbers run 1, 2, 3 ... by one (nearly every step): the document counts its rows."""
    values = last_numbers(members)
    if len(values) < MIN_COUNTED or values[0] != 1:
        return False
    return steps_by_one(values) >= COUNT_STEPS * (len(values) - 1)


def past_row_count(candidates: list[tuple], chosen: tuple) -> tuple | None:
    """The column to read instead of ``chosen`` when ``chosen`` is the document's own row
    count and another series of another shape, as many distinct numbers and not a count,
    stands on the same rows; None otherwise."""
    if not _row_count(chosen[2]):
        return None
    rows = chosen[2].keys()
    other = [c for c in candidates if c is not chosen and c[3] != chosen[3] and c[0][0] >= AS_MANY * chosen[0][0]
             and len(c[2].keys() & rows) >= SAME_ROWS * len(rows) and not _row_count(c[2])]
    return max(other, key=lambda c: c[0]) if other else None
