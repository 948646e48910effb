"""Quote marks of a printed e-mail: a log pasted into the quoted part, and a reply quoting
some of the log's records printed again below it.

A log forwarded by e-mail and printed from the mail client keeps the quoted text's marks:
each line of the log, its column titles included, starts with ``> `` (or ``>> `` when
quoted twice). The mark stands where the margin was, so the titles no longer start a
line and the first cell of each row is the mark. Told from the text: a run of at least
``MIN_QUOTED`` consecutive lines opening with the mark at one position (after the page's
indent; a mark opening a continuation line here and there, between unmarked lines, is
no quote); there the marks are blanked, so every column keeps its position.

A thread printed newest message first puts the reply above the message that holds the
log, and a reply asking about some entries quotes their lines behind the mark: copies of
records, not records. Read as records they come first, repeat numbers printed further
down and, lower or higher than the log's first numbers, pass for a section citing other
records that takes real records along with it. Told from the text: a run of marked lines
whose words are, line for line, printed again unmarked elsewhere in the document (three
in four of its lines at least, a mail client may rewrap a long one); such a run is
blanked before anything else is read. Text printed twice loses nothing when its quoted
copy is put aside, and a log quoted whole (nothing printed twice) keeps its lines.
"""
from __future__ import annotations

import re
from collections import Counter

from prr.scrapers.incident_log.quotedrows import blank_quoted_rows

MIN_QUOTED = 8
MIN_COPIED = 2      # lines of a quoted run printed again unmarked: fewer is no copy
_MARK = re.compile(r"(?m)^( *)((?:> ?)*>)(?= |$)")
_SPACES = re.compile(r"\s+")


def unquote(page_texts: list[str]) -> list[str] | None:
    """The pages with quoted copies of unmarked text blanked and the quote marks of a
    quoted log blanked, or None where no quoted run is printed."""
    if not any(">" in t for t in page_texts):
        return None
    copies_out = _blank_quoted_copies(page_texts)
    # rows quoted one by one among a reply's quoted headers (quotedrows.py)
    copies_out = blank_quoted_rows(copies_out or page_texts) or copies_out
    texts = copies_out or page_texts
    at = Counter((len(m.group(1)), m.group(2)) for t in texts for m in _MARK.finditer(t))
    if not at:
        return copies_out
    (indent, mark), n = at.most_common(1)[0]
    if n < MIN_QUOTED or _longest_run(texts, indent, mark) < MIN_QUOTED:
        return copies_out

    def blank(m: re.Match) -> str:
        if len(m.group(1)) != indent or m.group(2) != mark:
            return m.group(0)
        return m.group(1) + " " * len(mark)
    return [_MARK.sub(blank, t) for t in texts]


def _longest_run(page_texts: list[str], indent: int, mark: str) -> int:
    """The most lines in a row that open with the mark at the indent."""
    best = run = 0
    opening = " " * indent + mark
    for t in page_texts:
        for line in t.splitlines():
            quoted = line.startswith(opening) and line[len(opening):len(opening) + 1] in ("", " ")
            run = run + 1 if quoted else 0
            best = max(best, run)
    return best


def _words(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


def _quoted_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first, past last) line index of each run of consecutive marked lines."""
    runs, start = [], None
    for j, line in enumerate(lines + [""]):
        if _MARK.match(line):
            start = j if start is None else start
        elif start is not None:
            runs.append((start, j))
            start = None
    return runs


def _blank_quoted_copies(page_texts: list[str]) -> list[str] | None:
    """The pages with each quoted run that copies unmarked lines of the document blanked
    (its lines kept as empty lines, so the others keep their places), else None."""
    marked = [p for p, t in enumerate(page_texts) if _MARK.search(t)]
    if not marked:
        return None
    pages = {p: page_texts[p].split("\n") for p in marked}
    runs = [(p, run) for p in marked for run in _quoted_runs(pages[p])
            if run[1] - run[0] >= MIN_COPIED]
    if not runs:
        return None
    pages = [pages.get(p) or t.split("\n") for p, t in enumerate(page_texts)]
    unmarked = {_words(line) for lines in pages for line in lines if not _MARK.match(line)}
    unmarked.discard("")
    copies = []
    for p, (first, last) in runs:
        said = [w for w in (_words(_MARK.sub("", line, count=1)) for line in pages[p][first:last]) if w]
        printed = sum(w in unmarked for w in said)
        if printed >= MIN_COPIED and 4 * printed >= 3 * len(said):
            copies.append((p, first, last))
    if not copies:
        return None
    for p, first, last in copies:
        pages[p][first:last] = [""] * (last - first)
    return ["\n".join(lines) for lines in pages]
