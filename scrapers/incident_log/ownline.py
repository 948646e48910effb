"""Paragraphs citing several numbers of the series: the one standing where the others
print their own number is theirs.

The numbered-paragraphs reader (``paras.py``) takes a paragraph as a record only where it
cites one number of the log's series: a paragraph citing two could be a note on an earlier
case, and which number would be its own is not known. Cards of a phone or tablet app show
it: every card prints its own number at the same place of the card (its first line, after
an icon printed as a text tag), and some end with a list of linked earlier incidents of
the same series and shape. Those cards cite several numbers and were lost.

Where nearly every paragraph citing one number prints it at the same place (the same line
of the paragraph, counted from its top or from its foot, and as far into that line), a
paragraph citing several whose line there holds exactly one number of the series, at that
place, is a record under it; the others it cites are related numbers. Not when another of
its numbers also stands that far into its line (entries run together without a blank line
between them, each opening alike: each is its own record, not related to the first), nor
when another paragraph already holds that number. Paragraphs whose numbers stand anywhere
(a press bulletin citing them mid-sentence) have no such place, and are read as before."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable

MIN_RECORDS = 5
SAME_PLACE_SHARE = 0.9      # of the one-number paragraphs, those printing it at the place


def own_numbers(paras: list[tuple[int, list[str]]],
                cite: Callable[[str], list[tuple[int, str]]]) -> list[tuple[int, list[str], str]]:
    """``(page, lines, number)`` of each paragraph that is a record, in order: those citing
    one number of the series (``cite(line)``: the series' numbers on a line, each with its
    offset in it), and those citing several that print one where the others print theirs."""
    cited = [[cite(ln) for ln in lines] for _, lines in paras]
    single = {k: next(t for c in cites for t in c) for k, cites in enumerate(cited) if sum(map(len, cites)) == 1}
    own = {k: number for k, (_, number) in single.items()}
    place = _number_place(cited, single)
    if place is not None:
        row, col = place
        taken = set(own.values())
        for k, cites in enumerate(cited):
            if k in single or sum(map(len, cites)) < 2 or not -len(cites) <= row < len(cites):
                continue
            at_col = [number for c in cites for at, number in c if at == col]
            if len(at_col) == 1 and cites[row] == [(col, at_col[0])] and at_col[0] not in taken:
                own[k] = at_col[0]
                taken.add(at_col[0])
    return [(paras[k][0], paras[k][1], own[k]) for k in sorted(own)]


def _number_place(cited: list[list[list[tuple[int, str]]]], single: dict[int, tuple[int, str]]) -> tuple | None:
    """``(line, offset)`` where nearly every one-number paragraph prints its number (the
    line an index from the top, or a negative one from the foot), or None."""
    if len(single) < MIN_RECORDS:
        return None
    at: Counter = Counter()
    for k, (col, _) in single.items():
        row = next(i for i, c in enumerate(cited[k]) if c)
        at[row, col] += 1
        at[row - len(cited[k]), col] += 1
    place, count = at.most_common(1)[0]
    return place if count >= SAME_PLACE_SHARE * len(single) else None
