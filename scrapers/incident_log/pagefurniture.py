"""Page furniture: lines that repeat at the top or bottom of most pages (headers, footers,
page numbers), found by their masked shape (digits as ``0``), and the patterns that find
such lines again in a text."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import islice

from prr.scrapers.incident_log.text import is_rule

_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=65536)
def mask(line: str) -> str:
    return _DIGITS.sub("0", " ".join(line.split()))


def furniture(pages: list[list[str]], zone: int = 4, text: str | None = None) -> set[str]:
    """Masked lines that repeat at the top or bottom of most pages (headers, footers,
    page numbers) and hardly anywhere else. ``text``: the pages' lines joined by newlines
    (counted with one regular expression per candidate instead of masking every line)."""
    if len(pages) < 2:
        return set()
    # the first and last ``zone`` filled lines, found from each end (not the whole page);
    # counted per edge: a header repeats at the top, a footer at the bottom (a record's
    # line that happens to open one page and close another is neither)
    seen, top_seen, bottom_seen, placed = Counter(), Counter(), Counter(), Counter()
    for lines in pages:
        top = [mask(lines[i]) for i in islice((i for i, ln in enumerate(lines) if ln.strip()), zone)]
        bottom = [mask(lines[i]) for i in islice((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), zone)]
        top_seen.update(set(top))
        bottom_seen.update(set(bottom))
        seen.update(set(top) | set(bottom))
        placed.update({*((k, n) for n, k in enumerate(top)), *((k, -1 - n) for n, k in enumerate(bottom))})
    threshold = max(2, int(len(pages) * 0.5))
    # (on two pages only of four or more, a line is furniture where it stands alike on both,
    # unless it reads as the middle of a sentence: prose wrapped alike twice, a record's)
    candidates = [k for k, v in seen.items() if max(top_seen[k], bottom_seen[k]) >= threshold and not is_rule(k)
                  and (len(pages) < 4 or v > 2 or any(placed[k, n] >= 2 for n in range(-zone, zone))
                       and not _mid_sentence(k))]
    if text is None:
        text = "\n".join(ln for lines in pages for ln in lines)
    after_newline = "\n" + text
    return {k for k in candidates
            if _count(mask_rx(k, after_newline=True), after_newline, int(1.2 * seen[k]) + 1) <= 1.2 * seen[k]}


MID_SENTENCE_WORDS = 8


def _mid_sentence(masked: str) -> bool:
    """A line opening with a word in lower case and running on for many words: a wrapped
    sentence's middle (``between 0/0 at 0 and 0/0 at 0. The caller ... Report``), which no running head or foot
    is."""
    words = masked.split()
    return len(words) >= MID_SENTENCE_WORDS and words[0][0].islower() and words[0].isalpha()


def _count(rx: re.Pattern, text: str, limit: int) -> int:
    """Matches of ``rx`` in ``text``, counted up to ``limit``."""
    return len(list(islice(rx.finditer(text), limit)))


_NOT_NEWLINE_SPACE = r"[^\S\n]"


def mask_rx(masked: str, *, group: bool = False, after_newline: bool = False) -> re.Pattern:
    """The lines whose ``mask`` is ``masked`` (multi-line mode: one match per line).
    ``after_newline``: each match starts at the newline before its line, for searching
    ``"\n" + text`` (see ``line_offsets``)."""
    return re.compile(_mask_pattern(masked, after_newline), re.M)


def _mask_pattern(masked: str, after_newline: bool = False) -> str:
    # mask() joins words with one space and writes each run of digits as "0"
    words = [r"\d+".join(re.escape(part) for part in word.split("0")) for word in masked.split(" ")]
    sp = _NOT_NEWLINE_SPACE
    return ("\n" if after_newline else "^") + f"{sp}*" + f"{sp}+".join(words) + f"{sp}*$"


def masks_rx(masked: set[str], *, after_newline: bool = False) -> re.Pattern | None:
    """Lines whose mask is any of ``masked``."""
    if not masked:
        return None
    return re.compile("|".join(f"(?:{_mask_pattern(m, after_newline)})" for m in sorted(masked)), re.M)


def line_offsets(rx: re.Pattern, after_newline: str) -> list[int]:
    """Where the lines start that ``rx`` (made ``after_newline``) matches in a text, given
    ``"\n" + text``. Led by the newline, a pattern is tried only where a line starts: one
    led by ``^`` is tried at every character (three times slower on a layout's text)."""
    return [m.start() for m in rx.finditer(after_newline)]


# a page number alone on its line ("Page 3 of 12", "3/12", "3"), as whole lines of a text
_PAGE_NUMBER_LINE = r"[^\S\n]*(?:Page[^\S\n]*)?\d{1,4}(?:[^\S\n]*(?:of|/)[^\S\n]*\d{1,4})?[^\S\n]*$"
PAGE_NUMBER_AFTER_NEWLINE = re.compile("\n" + _PAGE_NUMBER_LINE, re.I | re.M)     # for ``line_offsets``
