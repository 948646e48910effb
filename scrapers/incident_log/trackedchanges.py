"""A log printed with its tracked changes shown, set as the reviewed log reads.

A review copy prints what was struck beside what replaced it, and the text layer holds
both: a corrected number after the struck one ("25-3136 25-3316"), an item renumbered
after a deleted item after its struck old item number ("12. 11."), and a paragraph
deleted in review still on the page with the reviewer's note in a margin column. Each
is told from the document's own layout, not from any word:

- struck item numbers: lines opening with two item numbers whose difference is the same
  on every such line (the old numbering running one step ahead of the new one); the
  old one is blanked so the new one stands where item numbers stand;
- struck record numbers: two numbers of the log's own shape side by side where every
  other entry prints one; the one far from its neighbours in the log's rising series is
  the struck one (a corrected number fits the series, the typo it replaced does not);
- deleted paragraphs: margin notes stand at one column right of the text; the notes of
  one kind (their first word) that each sit on an entry whose number stands above the
  next entry's while the entries around it rise mark entries taken out of the series:
  those entries are blanked. Notes of another kind (an inserted late entry, a corrected
  number) sit on entries that fit the series and change nothing.
"""
from __future__ import annotations

import re
from collections import Counter

# a record number: digit groups joined by hyphens, letters before it allowed
NUMBER = re.compile(r"(?<![\w/.:-])[A-Z]{0,4}\d{2,}(?:-\d{2,})+(?![\w/-])")
ITEMS = re.compile(r"^(\s*)((\d{1,3})([.)]))(\s+)(\d{1,3})\4\s")
# ``ITEMS`` on a page's text after a line break, as on one line (no line break in its spaces)
_PAGE_ITEMS = re.compile(r"\n[^\S\n]*\d{1,3}([.)])[^\S\n]+\d{1,3}\1[^\S\n]")
GAP = re.compile(r"\S(\s{3,})(\S(?:(?!\s{3}).)*)$")     # a line's last segment after a gap
MIN_LINES = 2           # lines showing a tracked change before it is read as one
MOST_PAIRS = 1 / 3      # struck-and-new pairs on at most this share of the entries
RISING = 0.8            # share of the series' steps that rise for it to be a series
NEIGHBOURS = 3          # series numbers each side a pair is measured against


def tracked_pages(page_texts: list[str]) -> list[str] | None:
    """The pages with struck numbers and deleted entries taken off, or None when the
    document shows no tracked changes."""
    pages = [text.split("\n") for text in page_texts]
    changed = _struck_items(pages)
    shape = _shape(pages)
    if shape is not None:
        changed = _struck_numbers(pages, shape) | changed
        changed = _deleted_entries(pages, shape) | changed
    return ["\n".join(lines) for lines in pages] if changed else None


def _struck_items(pages: list[list[str]]) -> bool:
    # (each page searched once with a pattern opening with a line break; only the lines of a
    # page where it finds one are matched one by one)
    hits = [(p, i, m) for p, lines in enumerate(pages) if _PAGE_ITEMS.search("\n" + "\n".join(lines))
            for i, line in enumerate(lines) if (m := ITEMS.match(line)) and int(m.group(3)) != int(m.group(6))]
    steps = Counter(int(m.group(3)) - int(m.group(6)) for _, _, m in hits)
    news = [int(m.group(6)) for _, _, m in hits]
    if len(hits) < MIN_LINES or len(steps) != 1 or any(a >= b for a, b in zip(news, news[1:])):
        return False        # two counters a step apart throughout, counting up: or no renumbering
    for p, i, m in hits:    # the old number blanked: the new one keeps the item column
        line = pages[p][i]
        pages[p][i] = line[:m.start(2)] + " " * (m.end(5) - m.start(2)) + line[m.end(5):]
    return True


def _shape(pages: list[list[str]]) -> str | None:
    # (a number's groups are joined by hyphens: a line with none holds no number, and is not searched)
    firsts = Counter(_form(m.group()) for lines in pages for line in lines if "-" in line and (m := NUMBER.search(line)))
    return firsts.most_common(1)[0][0] if firsts else None


def _form(token: str) -> str:
    return re.sub(r"\d", "9", token)


def _value(token: str) -> tuple[int, ...]:
    return tuple(int(g) for g in re.findall(r"\d+", token))


def _distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    # numbers of one shape differ by their serial mostly; earlier groups weigh more
    return sum(abs(x - y) * 10 ** (6 * (len(a) - k - 1)) for k, (x, y) in enumerate(zip(a, b)))


def _firsts(pages: list[list[str]], shape: str) -> list[tuple[int, int, re.Match]]:
    """Each line's first number of the log's shape, where the line has one."""
    out = []
    for p, lines in enumerate(pages):
        for i, line in enumerate(lines):
            if "-" not in line:     # (no hyphen, no number)
                continue
            m = next((m for m in NUMBER.finditer(line) if _form(m.group()) == shape), None)
            if m:
                out.append((p, i, m))
    return out


def _struck_numbers(pages: list[list[str]], shape: str) -> bool:
    firsts = _firsts(pages, shape)
    pairs = {}
    for k, (p, i, m) in enumerate(firsts):
        line = pages[p][i]
        after = NUMBER.match(line, m.end() + 1) if line[m.end():m.end() + 1] == " " else None
        if after and _form(after.group()) == shape and after.group() != m.group():
            pairs[k] = (m, after)
    if len(pairs) < MIN_LINES or len(pairs) > MOST_PAIRS * len(firsts):
        return False
    singles = [(k, _value(m.group())) for k, (_, _, m) in enumerate(firsts) if k not in pairs]
    drops, clear = [], 0
    for k, (old, new) in pairs.items():
        near = [v for j, v in singles if j < k][-NEIGHBOURS:] + [v for j, v in singles if j > k][:NEIGHBOURS]
        far = [min((_distance(_value(t.group()), v) for v in near), default=0) for t in (old, new)]
        # the one far out of the series is the struck one; where both sit near it, the
        # first (a review copy prints the struck text before what replaced it)
        struck = far[1] > 2 * max(far[0], 1)
        clear += far[0] > 2 * max(far[1], 1)
        drops.append((k, new if struck else old))
    if clear < len(pairs) / 2:
        return False        # not typos struck before their corrections: two numbers an entry
    for k, token in drops:      # the struck one and its space taken off
        p, i, _ = firsts[k]
        line, cut = pages[p][i], token.end() + 1 - token.start()
        kept = line[:token.start()] + line[token.end() + 1:]
        gap = GAP.search(line)
        if gap and gap.start(1) > token.end():      # a margin note keeps its column
            at = gap.start(1) - cut
            kept = kept[:at] + " " * cut + kept[at:]
        pages[p][i] = kept
    return True


def _margin_notes(lines: list[str]) -> dict[int, re.Match]:
    """Line -> its note, for notes starting at one column right of the text."""
    found = {i: m for i, line in enumerate(lines) if (m := GAP.search(line))}
    columns = Counter(m.start(2) for m in found.values())
    if not columns:
        return {}
    column, count = columns.most_common(1)[0]
    # the text beside the notes ends before their column on the lines without one
    ends = [len(line.rstrip()) for i, line in enumerate(lines) if line.strip() and i not in found]
    if count < MIN_LINES or not ends or sum(e < column for e in ends) < 0.9 * len(ends):
        return {}
    return {i: m for i, m in found.items() if m.start(2) == column}


def _deleted_entries(pages: list[list[str]], shape: str) -> bool:
    # the series: each line's first number, a number cited again later left out
    seen, series = set(), []
    for p, i, m in _firsts(pages, shape):
        if m.group() not in seen:
            seen.add(m.group())
            series.append((p, i, _value(m.group()), m.start()))
    steps = [a[2] < b[2] for a, b in zip(series, series[1:])]
    if not steps or sum(steps) < RISING * len(steps):
        return False
    at = {(p, i): k for k, (p, i, _, _) in enumerate(series)}
    kinds: dict[str, list[bool]] = {}
    marked = []
    for p, lines in enumerate(pages):
        for i, note in _margin_notes(lines).items():
            k = at.get((p, i))
            if k is None or series[k][3] >= note.start(2):
                continue        # a note on an entry's line, the entry's number left of it
            out = 0 < k < len(series) - 1 and series[k - 1][2] < series[k + 1][2] < series[k][2]
            kinds.setdefault(note.group(2).split()[0], []).append(out)
            marked.append((p, i, note.group(2).split()[0]))
    withdrawn = {kind for kind, outs in kinds.items() if all(outs)}
    if not withdrawn or len(withdrawn) == len(kinds):
        return False        # one kind of note apart from the others, or none
    for p, i, kind in marked:
        if kind in withdrawn:
            _blank_entry(pages[p], i, {j for (q, j) in at if q == p})
    return True


def _blank_entry(lines: list[str], start: int, opening: set[int]) -> None:
    """The entry from ``start`` to the next line opening an entry or the next blank line."""
    end = start + 1
    while end < len(lines) and lines[end].strip() and end not in opening:
        end += 1
    for j in range(start, end):
        lines[j] = ""
