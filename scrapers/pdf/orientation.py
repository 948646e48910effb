"""Which way up a page reads, told from its reading when tesseract's orientation guess fails.

Tesseract's orientation detection (OSD) is good on a clean scan but not on a phone photograph
of a printout: a page turned a few degrees, keystoned, shadowed and lit unevenly can be called
upside down with confidence while it stands upright (and the reverse). The page then reads as
letters turned over (``¢ 40 € 39Vd`` for ``PAGE 4 OF 4``), which no dictionary knows.

So a page whose reading is unreadable (``readable.py``) is tried the other three ways on a
half-size copy with its contrast stretched (a quick reading, enough to tell words from
garbage), and is read again at full size the way that reads best, if one reads as words.
A page that read well in the first place costs nothing more.

Such a page is lit unevenly (what misled the detection): a shadow or a glare patch leaves
letters faint or grey against a grey ground, and tesseract's single threshold misreads them
(``£C26`` for ``FC26`` under glare). The page read again is first evened out: each pixel
divided by the paper's own brightness around it (the page blurred after its ink is taken
out by a maximum filter), so the paper is white everywhere and the ink dark.

A page photographed under uneven light is evened out before its first reading too, however
well it would read (``evened_photograph``): a shadow or a glare patch over a
few lines loses them whole (their numbers missing from the text) while the rest reads well.
A page whose paper is evenly lit (a flatbed scan, a fax, a rendered page) is read as it is."""
from __future__ import annotations

from prr.scrapers.pdf.readable import DICTIONARY_MIN, dictionary_share, unreadable

SMALL = 0.5         # of the 300-dpi render: the copy the turns are tried on
LEGIBLE = 0.5       # dictionary share at which a turn reads as words: the others are not tried
TURNS = (180, 90, 270)   # PIL's counter-clockwise degrees; upside down first (a page handed over
                         # the wrong way, a wrong OSD call), then sideways
# Measured on photographed printouts (shadow, glare, desk around the sheet): the darkest eighth's
# brightest paper at 0.41-0.72 of the page's brightest; on scans, faxes and rendered pages
# (shaded table rows, logos, grey paper) at 0.89 or more.
GRID = 8
UNEVEN = 0.8
SURROUND = 0.5   # of the page's brightest paper: darker is no paper (measured: desks 0.15-0.5, shadows from 0.55)


def badly_read(text: str) -> bool:
    """Whether a page's reading is garbage: many tokens, few of them words."""
    return unreadable(text)[0]


def _paper_maps(gray):
    """On an eighth-size copy of a greyscale page: its brightest paper around each point (a
    local maximum: the ink taken out) and that map blurred, the paper's brightness."""
    from PIL import ImageFilter

    small = gray.resize((max(1, gray.width // 8), max(1, gray.height // 8)))
    bright = small.filter(ImageFilter.MaxFilter(5))
    small.close()
    return bright, bright.filter(ImageFilter.GaussianBlur(6))


def _paper(gray):
    bright, paper = _paper_maps(gray)
    bright.close()
    return paper


def _uneven(paper) -> bool:
    import numpy as np

    ground = np.asarray(paper, dtype=np.float32)
    rows, cols = ground.shape
    top = float(ground.max())
    if top <= 0 or rows < GRID or cols < GRID:
        return False
    brightest = [ground[r * rows // GRID:(r + 1) * rows // GRID, c * cols // GRID:(c + 1) * cols // GRID].max()
                 for r in range(GRID) for c in range(GRID)]
    return min(brightest) < UNEVEN * top


def _divided(gray, paper):
    """The greyscale page divided by its paper's brightness around each point."""
    import numpy as np
    from PIL import Image

    large = paper.resize(gray.size)
    ink = np.asarray(gray, dtype=np.float32)
    ground = np.asarray(large, dtype=np.float32) + 1.0
    large.close()
    return Image.fromarray(np.clip(ink / ground * 255.0, 0, 255).astype("uint8"))


def unevenly_lit(image) -> bool:
    """Whether the page's paper is lit unevenly, as in a photograph (a shadow, a glare patch,
    the darker desk around the sheet) and not in a flatbed scan or a rendered page: in some
    part of a GRID x GRID division of the page even the brightest paper is darker than
    ``UNEVEN`` of the page's brightest. (A table's shaded rows or a logo leave white paper in
    every part; a scan's grey paper is grey all over.)"""
    paper = _paper(image.convert("L"))
    try:
        return _uneven(paper)
    finally:
        paper.close()


def evenly_lit(image):
    """The greyscale page divided by its paper's brightness around each point."""
    gray = image.convert("L")
    paper = _paper(gray)
    try:
        return _divided(gray, paper)
    finally:
        paper.close()


def evened_photograph(image):
    """A page whose paper is unevenly lit (``unevenly_lit``: a photograph) evened out
    (``evenly_lit``), what lies around the sheet (a desk, a counter, far darker than any of the
    paper even in shadow) whitened; None for an evenly lit page, read as it is. (Evened out,
    a desk's grain turns into grey streaks beside the lines that read as letters.) The
    paper's maps are made once for the test and the evening out."""
    import numpy as np
    from PIL import Image

    gray = image.convert("L")
    bright, paper = _paper_maps(gray)
    try:
        if not _uneven(paper):
            return None
        even = np.asarray(_divided(gray, paper), dtype=np.uint8).copy()
        top = float(np.asarray(paper).max())
        around = np.asarray(bright.resize(gray.size)) < SURROUND * top
        even[around] = 255
        return Image.fromarray(even)
    finally:
        bright.close()
        paper.close()


def legible_turn(image, read, base: float) -> int:
    """How far to turn ``image`` (degrees counter-clockwise) for it to read as words, by
    ``read`` of a small copy of each turn; 0 when no turn reads better than the page as it
    is, whose reading has the dictionary share ``base``."""
    from PIL import ImageOps

    even = evenly_lit(image)
    small = ImageOps.autocontrast(even.resize((max(1, int(even.width * SMALL)), max(1, int(even.height * SMALL)))),
                                  cutoff=1)
    even.close()
    try:
        best, best_share = 0, base
        for turn in TURNS:
            turned = small.rotate(turn, expand=True)
            share = dictionary_share(read(turned)) or 0.0
            turned.close()
            if share > best_share:
                best, best_share = turn, share
            if best_share >= LEGIBLE:
                break
    finally:
        small.close()
    # a turn is taken only when it reads as words, and clearly more so than the page as it was
    if best and best_share >= DICTIONARY_MIN and best_share >= 2 * base:
        return best
    return 0


def read_upright(image, text: str, read_page, read_quick) -> str:
    """The page's reading ``text`` (of ``image`` by ``read_page``), or where it is garbage and
    another turn of the page reads as words, the reading of that turn."""
    if not badly_read(text):
        return text
    turn = legible_turn(image, read_quick, dictionary_share(text) or 0.0)
    if not turn:
        return text
    even = evenly_lit(image)
    turned = even.rotate(turn, expand=True)
    even.close()
    try:
        again = read_page(turned)
    finally:
        turned.close()
    return again if (dictionary_share(again) or 0.0) > (dictionary_share(text) or 0.0) else text
