"""A scanner's invisible OCR layer judged against the page image it lies over.

A copier or scanner that OCRs what it scans leaves its reading as invisible text (render
mode 3) over the page image. That reading can be bad in a way the dictionary check
(``readable.py``) does not see: the words read roughly right while the numbers are misread,
0/O, 1/l, 2/Z, 5/S, 6/G, 8/B swapped ("K2G-O0415" for "K26-00415"). A log's ids then stop
following the document's own pattern, and the readers lose the records they open.

Told in three steps, the cheap ones first (a file with no image is passed over at once):

1. the layer's id-shaped numbers (five digits or more once misreadings are folded back)
   are looked at: many of them must carry a confusable letter where the same shape, as
   the layer itself prints it clean elsewhere, has a digit;
2. the pages so read must be one image covering the page with invisible text only over it
   (what the PDF itself shows: a scan with a machine's reading, not a typeset page);
3. a fresh OCR of the page image with the most such numbers must read them to the pattern
   (far fewer misread, as many or more clean): then every such page is read by OCR.

A real text layer (visible text, or invisible text that reads its numbers cleanly) is kept."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from prr.scrapers.pdf.pageobjects import page_images, text_boxes

MIN_DIGITS = 5          # an id-shaped number: five digits or more (unit codes "1B29" are no ids)
MIN_MISREAD = 3
# of the id-shaped numbers of a known shape, this share misread or more: a layer that
# misreads one number in ten loses as many records, and one misread with a letter hides others
# misread as another digit (a 3 read 8 still looks right); a real layer is kept by step 3
MISREAD_SHARE = 0.1
FULL_PAGE = 0.9         # an image covering this share of the page's width and height

_TOKEN = re.compile(r"(?<![\w~-])[A-Za-z0-9]+(?:[-~][A-Za-z0-9]+)*(?![\w~-])")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
# a token with a confusable letter after a digit: the only ones that can be misread numbers,
# found by the regular-expression engine alone (most documents have none: no pass in Python)
_FOLDABLE = re.compile(r"(?<![\w~-])(?=[A-Za-z0-9~-]*?\d[A-Za-z0-9~-]*?[OoDlIZzSsGB~])"
                       r"[A-Za-z0-9]+(?:[-~][A-Za-z0-9]+)*(?![\w~-])")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[A-Za-z]")
# the letters (and the tilde for a hyphen) OCR reads for digits; folded only after a number's first digit
_FOLD = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "Z": "2", "z": "2", "S": "5",
                       "s": "5", "G": "6", "B": "8", "~": "-"})


def _folded(token: str) -> str:
    first = _DIGIT.search(token)
    return token if first is None else token[:first.start()] + token[first.start():].translate(_FOLD)


def _shape(token: str) -> str:
    return _LETTER.sub("A", _DIGIT.sub("9", token))


def number_shapes(text: str) -> set[str]:
    """The shapes of the text's own id-shaped numbers: each printed clean twice or more."""
    clean = Counter(_shape(t) for t in _TOKEN.findall(text) if _folded(t) == t and _id_shaped(t))
    return {s for s, n in clean.items() if n >= 2}


def misread_numbers(text: str, shapes: set[str]) -> tuple[int, int]:
    """How many id-shaped numbers of the text are misread and how many read clean: a number
    read with a confusable letter that folds back to one of ``shapes`` is misread."""
    misread = clean = 0
    for t in _TOKEN.findall(text):
        if not _id_shaped(t):
            continue
        folded = _folded(t)
        if folded == t:
            clean += _shape(t) in shapes
        else:
            misread += _shape(folded) in shapes
    return misread, clean


def _id_shaped(token: str) -> bool:
    return len(_DIGIT.findall(_folded(token))) >= MIN_DIGITS


def _misread_much(misread: int, clean: int) -> bool:
    return misread >= MIN_MISREAD and misread >= MISREAD_SHARE * (misread + clean)


def invisible_over_image(pdf, numbers: list[int]) -> list[int]:
    """The pages of ``numbers`` that are one image covering the page, with text over it
    that is all invisible (render mode 3) and nothing else drawn."""
    out = []
    for n in numbers:
        page = pdf[n - 1]
        try:
            width, height = page.get_size()
            images, texts = page_images(page), text_boxes(page)
            covers = len(images) == 1 and images[0].right - images[0].left >= FULL_PAGE * width \
                and images[0].top - images[0].bottom >= FULL_PAGE * height
            if covers and texts and all(invisible for *_, invisible in texts):
                out.append(n)
        finally:
            page.close()
    return out


def misread_layer_pages(path: Path, pdf, texts: list[str], ocr, limit: int) -> dict[int, str] | None:
    """The fresh OCR of the pages whose invisible layer misreads the document's numbers,
    by page number (``limit`` pages at most); None when the layer is kept. ``ocr(path,
    numbers)`` reads page images, by page number."""
    # (no image in the file, no scan under the text: one search of the file's bytes, as an
    # image is a stream whose dictionary no object stream or encryption hides)
    if not _IMAGE.search(path.read_bytes()):
        return None
    text = "\n".join(texts)
    if sum(1 for t in _FOLDABLE.findall(text) if _id_shaped(t) and _folded(t) != t) < MIN_MISREAD:
        return None         # (too few numbers read with a letter to be a misreading layer)
    shapes = number_shapes(text)
    if not _misread_much(*misread_numbers(text, shapes)):
        return None
    counts = {i + 1: misread_numbers(t, shapes) for i, t in enumerate(texts)}
    pages = invisible_over_image(pdf, [n for n, (misread, _) in counts.items() if misread])
    if not pages or limit < 1:
        return None
    # the page with the most misread numbers, read afresh, must read them to the pattern:
    # at most half as many misread, and clean the ones read clean plus half the others
    sample = max(pages, key=lambda n: counts[n][0])
    misread, clean = counts[sample]
    fresh = ocr(path, [sample])
    again_misread, again_clean = misread_numbers(fresh[sample], shapes | number_shapes(fresh[sample]))
    if again_misread * 2 > misread or again_clean < clean + misread // 2:
        return None
    # every page of invisible text over an image is the same machine's reading: read afresh
    rest = [n for n in invisible_over_image(pdf, list(range(1, len(texts) + 1))) if n != sample][:limit - 1]
    return {**fresh, **(ocr(path, rest) if rest else {})}
