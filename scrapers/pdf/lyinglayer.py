"""A typeset text layer that does not say what the page prints, judged against the page image.

A font's ToUnicode map can be wrong on the digits only (each digit extracting as another
one: the ids keep their shape, the dates become other dates, often impossible ones), or an
id column can be set in a font whose digits extract as letters ("CG-AEACDI" for
"26-040238") while the rest of the page reads right. The words read fine, so the dictionary
check (``readable.py``) keeps the layer, and the readers take the wrong numbers (or another
column's numbers) for the ids.

Told in two steps, the cheap one first (most documents stop there, without OCR):

1. suspicions from the text alone, properties of any document: dates and clock times that
   cannot be (month and day both over 12, a day over 31, an hour over 23, a minute over 59)
   making up much of the date- and time-shaped tokens, where a real log has next to none;
   or many tokens of one shape of letter runs and separators ("LL-LLLLLL") drawn from ten
   letters or fewer, letters standing for digits, where a column of words draws from many more;
2. the page with the most suspect tokens is OCR'd: when the OCR reads the page's words as
   the layer does, reads its dates and times possible (or numbers where the layer has the
   letter tokens) and none of the layer's suspect tokens, the layer is the liar: every page
   is read by OCR instead.

A layer that passes step 1, or whose page image reads as its layer does, is kept."""
from __future__ import annotations

import re
from collections import defaultdict

HEAD_CHARS = 20_000         # the suspicions are looked for in the first pages' text (a few pages of a log)
MIN_IMPOSSIBLE = 5
IMPOSSIBLE_SHARE = 0.3      # of the date- and time-shaped tokens
MIN_LETTER_IDS = 8          # tokens of one letter shape, and as many distinct ones
MIN_LETTERS = 5             # letters in such a token (a short code "N/A" is no id)
MAX_DIGIT_LETTERS = 10      # ten digits: ten letters at most stand for them
WORDS_AGREE = 0.6           # of the layer's words on the sample page, this share read by OCR
LIES_FOUND = 0.2            # of the layer's suspect tokens, at most this share read by OCR

# Every document's text is searched, so the searches start with a literal character (the
# regular-expression engine skips to it at memory speed) and look behind it: the text path
# stays as fast as it was. Only impossible values match.
_BAD_MINUTE = re.compile(r":(?:(?<=(?<![\d:])\d:)|(?<=(?<![\d:])\d\d:))[6-9]\d(?![\d:])")
_BAD_HOUR = re.compile(r":(?<=(?<![\d:])(?:2[4-9]|[3-9]\d):)[0-5]\d(?![\d:])")
_BAD_DATE = re.compile(
    r"/(?:(?<=(?<![\d/])(?:1[3-9]|[2-9]\d)/)(?:1[3-9]|[2-9]\d)"       # day and month both over 12
    r"|(?<=(?<![\d/])(?:3[2-9]|[4-9]\d)/)\d\d?"                        # over 31 either side
    r"|(?:(?<=(?<![\d/])\d/)|(?<=(?<![\d/])\d\d/))(?:3[2-9]|[4-9]\d|0?0)"
    r"|(?:(?<=(?<![\d/])0/)|(?<=(?<![\d/])00/))\d\d?)/\d\d(?:\d\d)?(?![\d/])")
_BAD_ISO = re.compile(r"-(?<=(?<![\d-])\d{4}-)(?:1[3-9]|[2-9]\d|00)-\d\d(?![\d-])")
# every date- and time-shaped token (counted only where impossible ones are many)
_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")
_ISO = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")
_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
# a letter joined to a letter by a hyphen or slash: where a token of letter runs can be
_JOINED = (re.compile(r"-(?<=[A-Za-z]-)[A-Za-z]"), re.compile(r"/(?<=[A-Za-z]/)[A-Za-z]"))
# a token of letter runs joined by separators, all capitals or all small letters
_LETTER_TOKEN = re.compile(r"(?<![\w/-])(?:[A-Z]+(?:[-/][A-Z]+)+|[a-z]+(?:[-/][a-z]+)+)(?![\w/-])")
_RUN = re.compile(r"[A-Za-z]+")
_WORD = re.compile(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])")


def impossible_dates_and_times(text: str) -> list[str]:
    """The dates and clock times of the text that cannot be. Hours over 23 with no minute
    over 59 anywhere are elapsed times or page:line references, not clock times."""
    bad = _BAD_DATE.findall(text) + _BAD_ISO.findall(text) + _BAD_MINUTE.findall(text)
    if bad:
        bad += _BAD_HOUR.findall(text)
    return bad


def date_and_time_count(text: str) -> int:
    return len(_DATE.findall(text)) + len(_ISO.findall(text)) + len(_TIME.findall(text))


def _letter_shape(token: str) -> str:
    return _RUN.sub(lambda m: "L" * len(m.group(0)), token)


def letter_tokens(text: str) -> list[str]:
    """The tokens of letter runs joined by hyphens or slashes, five letters or more."""
    starts = set()
    for joined in _JOINED:
        for m in joined.finditer(text):
            i = m.start()
            while i > 0 and (text[i - 1].isalpha() or text[i - 1] in "-/"):
                i -= 1
            starts.add(i)
    out = []
    for i in sorted(starts):
        m = _LETTER_TOKEN.match(text, i)
        if m and sum(c.isalpha() for c in m.group(0)) >= MIN_LETTERS:
            out.append(m.group(0))
    return out


def letter_id_shapes(text: str) -> set[str]:
    """Shapes of letter runs and separators taken by many distinct tokens that draw, all
    together, on ten letters or fewer: letters standing for digits."""
    by_shape: dict[str, set[str]] = defaultdict(set)
    for t in letter_tokens(text):
        by_shape[_letter_shape(t)].add(t)
    return {shape for shape, tokens in by_shape.items() if len(tokens) >= MIN_LETTER_IDS
            and len(set("".join(tokens)) - set("-/")) <= MAX_DIGIT_LETTERS}


def suspicions(text: str) -> tuple[bool, set[str]]:
    """From the text alone: whether its dates and times are impossible, and the shapes of
    its tokens of letters standing for digits. Neither: the layer is not looked at again."""
    bad = impossible_dates_and_times(text)
    impossible = len(bad) >= MIN_IMPOSSIBLE and len(bad) >= IMPOSSIBLE_SHARE * date_and_time_count(text)
    return impossible, letter_id_shapes(text)


def _suspect_tokens(text: str, impossible: bool, shapes: set[str]) -> list[str]:
    out = impossible_dates_and_times(text) if impossible else []
    return out + [t for t in letter_tokens(text) if _letter_shape(t) in shapes]


def _digit_shape(shape: str) -> re.Pattern:
    """The number a letter-shape token stands for: its letters as digits."""
    return re.compile(r"(?<![\w-])" + re.escape(shape).replace("L", r"\d") + r"(?![\w-])")


def ocr_reads_true(layer: str, fresh: str, impossible: bool, shapes: set[str]) -> bool:
    """Whether a fresh OCR of a page reads its numbers clean where its layer lies: the
    words agree, the layer's suspect tokens are not in the OCR, and in their place the OCR
    reads possible dates and times, numbers where the layer has letters."""
    suspect = _suspect_tokens(layer, impossible, shapes)
    if not suspect:
        return False
    words = {w.lower() for w in _WORD.findall(layer)}
    read = {w.lower() for w in _WORD.findall(fresh)}
    if not words or len(words & read) < WORDS_AGREE * len(words):
        return False
    if sum(t in fresh for t in suspect) > LIES_FOUND * len(suspect):
        return False
    if impossible:
        found, bad = date_and_time_count(fresh), len(impossible_dates_and_times(fresh))
        if found < date_and_time_count(layer) / 2 or bad > LIES_FOUND * found:
            return False
    for shape in shapes:
        layer_count = sum(_letter_shape(t) == shape for t in suspect)
        if len(_digit_shape(shape).findall(fresh)) < layer_count / 2:
            return False
    return True


def _head(texts: list[str]) -> str:
    out, n = [], 0
    for t in texts:
        out.append(t)
        n += len(t)
        if n >= HEAD_CHARS:
            break
    return "\n".join(out)[:HEAD_CHARS]


def lying_layer_pages(path, texts: list[str], ocr, limit: int) -> tuple[dict[int, str] | None, str]:
    """The fresh OCR of every page (``limit`` pages at most) when the text layer lies about
    the page's numbers, by page number, and why; None when the layer is kept.
    ``ocr(path, numbers)`` reads page images, by page number."""
    impossible, shapes = suspicions(_head(texts))
    if not (impossible or shapes) or limit < 1:
        return None, ""
    counts = {i + 1: len(_suspect_tokens(t, impossible, shapes)) for i, t in enumerate(texts)}
    sample = max(counts, key=lambda n: counts[n])
    if not counts[sample]:
        return None, ""
    fresh = ocr(path, [sample])
    if not ocr_reads_true(texts[sample - 1], fresh.get(sample, ""), impossible, shapes):
        return None, ""
    rest = [n for n in range(1, len(texts) + 1) if n != sample][:limit - 1]
    why = ("its dates and times are impossible where the page image prints possible ones" if impossible else
           "a column of letters stands for the digits the page image prints")
    return {**fresh, **(ocr(path, rest) if rest else {})}, why
