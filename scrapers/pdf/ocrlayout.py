"""How a scanned page image is handed to OCR, read from the image itself.

- **Show-through**: the blank back of a single-sided page scanned in duplex shows its
  front's text faintly through the paper, mirrored. Tesseract binarizes each page on its
  own, so that faint grey comes out as lines of garbage words. A page with almost no ink
  darker than mid-grey carries no print of its own but that little (a fax header line):
  it is read with the faint tones lifted to white.
- **Two columns**: a page laid out in two columns (index cards four down the left and four
  down the right, a newsletter's columns) has a white gutter down its middle. Tesseract's
  single-block reading (``--psm 6``, which keeps a table's rows whole) reads a line across
  both columns, mixing two unrelated texts line by line. Where one gutter runs down the
  middle of the content and no other white band runs alongside it (a table's column gaps
  are several; a list's number column sits at the edge), the text above the gutter, the
  left column, the right column and the text below it are read one after another.
"""
from __future__ import annotations

from dataclasses import dataclass

from prr.scrapers.pdf.readable import dictionary_share, unreadable

DARK = 128              # a pixel darker than this is ink
FAINT = 192             # lighter than this is no print: paper tone, show-through
SHOW_THROUGH_INK = 0.005    # share of pixels darker than FAINT below which a page holds no print of its own
STRIP = 40              # rows per horizontal strip (300 dpi: about a line of 10-point type)
CELL = 3                # columns per cell across
MIN_GUTTER = 15         # px (300 dpi: about 1/20 inch): narrower gaps are between words
DRIFT = 1               # cells a gutter may shift from one strip to the next (skew, a tilted card)
MIN_SPAN = 0.6          # of the content's strips: how far down the gutter runs
MIDDLE = (0.3, 0.7)     # of the content's width: where the gutter lies
READABLE = 0.5          # dictionary share of a faint page's plain reading that makes it print, not show-through


@dataclass
class Part:
    """One region of the page to OCR: a box, and the column path whose other side is blanked."""
    box: tuple[int, int, int, int]
    keep: str = ""                       # "left" or "right" of ``path``; "" keeps it all
    path: dict[int, int] | None = None   # strip -> x of the gutter


def faint_only(image) -> bool:
    """Whether the page holds almost no ink darker than mid-grey (a blank back's show-through)."""
    gray = image.convert("L")
    hist = gray.histogram()
    total = gray.width * gray.height
    return total > 0 and sum(hist[:FAINT]) < SHOW_THROUGH_INK * total


def lifted(image):
    """The page with its faint tones turned white (the print of a show-through back kept)."""
    return image.convert("L").point(lambda v: 255 if v >= FAINT else v)


def ocr_text(image, read) -> str:
    """The page's text as ``read(image)`` gives it, a blank back's show-through lifted first
    and a two-column page read a column at a time."""
    if image.mode in ("L", "RGB", "1") and faint_only(image):
        text = read(lifted(image))
        # (a whole page printed faint, a light fax, is print of its own, not show-through:
        # read as it is, its words are words, where the lifted page lost most of them)
        plain = read(image)
        if len(text.split()) * 2 < len(plain.split()) and not unreadable(plain)[0] \
                and (dictionary_share(plain) or 0) >= READABLE:
            return plain
        return text
    parts = column_parts(image)
    if not parts:
        return read(image)
    texts = []
    for part in parts:
        crop = _crop(image, part)
        texts.append(read(crop).strip("\n"))
        crop.close()
    return "\n".join(t for t in texts if t.strip())


def column_parts(image) -> list[Part]:
    """The page's regions in reading order where it has one gutter down its middle; none else."""
    from PIL import ImageFilter

    gray = image.convert("L")
    ink = gray.filter(ImageFilter.MedianFilter(3)).point(lambda v: 255 if v < DARK else 0)
    box = ink.getbbox()
    if box is None:
        return []
    x0, y0, x1, y1 = box
    cols, rows = max(1, (x1 - x0) // CELL), max(1, (y1 - y0) // STRIP)
    if rows < 10:
        return []
    grid = ink.crop(box).resize((cols, rows), resample=_box_filter())
    values = list(grid.get_flattened_data() if hasattr(grid, "get_flattened_data") else grid.getdata())
    blank = [[values[r * cols + c] == 0 for c in range(cols)] for r in range(rows)]
    wide = [_widened(row, MIN_GUTTER // CELL) for row in blank]
    span = _spans(wide)
    need = MIN_SPAN * rows
    # the text's own left and right edges, a stamp or a margin mark beyond them left out
    left, right = _extent([sum(values[r * cols + c] for r in range(rows)) for c in range(cols)])
    reach = MIN_GUTTER // CELL
    runs = [_runs([span[r][c] >= need for c in range(cols)]) for r in range(rows)]
    inner = [[(a, b) for a, b in rr if a > left + reach and b < right - reach] for rr in runs]
    if any(len(rr) > 1 for rr in inner):
        return []       # more than one long white band: a table's columns, not a page's two
    narrow = [(b - a, r, (a + b) // 2) for r, rr in enumerate(inner) for a, b in rr]
    if not narrow:
        return []
    _, start, x = min(narrow)
    if not left + MIDDLE[0] * (right - left) <= x <= left + MIDDLE[1] * (right - left):
        return []
    # down the page and up from its narrowest strip, the gutter kept where it was as far as the
    # white allows (below a column that ends early the white runs to the page's edge)
    cells: dict[int, int] = {}
    for order in (range(start, rows), range(start - 1, -1, -1)):
        at = x
        for r in order:
            run = next(((a, b) for a, b in runs[r] if a - DRIFT <= at <= b + DRIFT), None)
            if run is None:
                break
            at = min(max(at, run[0]), run[1])
            cells[r] = at
    path = {r: x0 + c * CELL + CELL // 2 for r, c in cells.items()}
    if len(path) < need:
        return []
    first, last = min(path), max(path)
    if any(r not in path for r in range(first, last + 1)):
        return []
    top, bottom = y0 + first * STRIP, y0 + (last + 1) * STRIP if last < rows - 1 else y1
    parts = [Part((x0, y0, x1, top))] if top - y0 > STRIP // 2 else []
    shifted = {y0 + r * STRIP: x for r, x in path.items()}
    parts += [Part((x0, top, x1, bottom), "left", shifted), Part((x0, top, x1, bottom), "right", shifted)]
    if y1 - bottom > STRIP // 2:
        parts.append(Part((x0, bottom, x1, y1)))
    return parts


def _extent(ink: list[int], share: float = 0.01) -> tuple[int, int]:
    """The columns between which all but ``share`` of the ink lies, on either side."""
    total = sum(ink) or 1
    seen, left, right = 0, 0, len(ink) - 1
    for c, v in enumerate(ink):
        seen += v
        if seen > share * total:
            left = c
            break
    seen = 0
    for c in range(len(ink) - 1, -1, -1):
        seen += ink[c]
        if seen > share * total:
            right = c
            break
    return left, right


def _box_filter():
    from PIL import Image

    return Image.Resampling.BOX if hasattr(Image, "Resampling") else Image.BOX


def _widened(row: list[bool], width: int) -> list[bool]:
    """Cells at the centre of a white run at least ``width`` cells wide."""
    half = max(1, width // 2)
    out = [False] * len(row)
    run = 0
    for c, b in enumerate(row):
        run = run + 1 if b else 0
        if run >= 2 * half + 1:
            out[c - half] = True
    return out


def _spans(wide: list[list[bool]]) -> list[list[int]]:
    """For each white cell, the number of strips of the longest white path down through it
    (a path may shift ``DRIFT`` cells a strip)."""
    rows, cols = len(wide), len(wide[0])

    def sweep(order):
        out = [[0] * cols for _ in range(rows)]
        prev = None
        for r in order:
            cur = out[r]
            for c in range(cols):
                if wide[r][c]:
                    best = max(prev[max(0, c - DRIFT):c + DRIFT + 1]) if prev else 0
                    cur[c] = best + 1
            prev = cur
        return out

    down, up = sweep(range(rows)), sweep(range(rows - 1, -1, -1))
    return [[d + u - 1 if d else 0 for d, u in zip(dr, ur)] for dr, ur in zip(down, up)]


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for c, f in enumerate(flags + [False]):
        if f and start is None:
            start = c
        elif not f and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def _crop(image, part: Part):
    """The part's box cut from the page, the other column blanked where it keeps one side."""
    from PIL import ImageDraw

    x0, y0, x1, y1 = part.box
    crop = image.crop(part.box).convert("L")
    if part.keep and part.path:
        draw = ImageDraw.Draw(crop)
        for y, x in part.path.items():
            if y0 <= y < y1:
                if part.keep == "left":
                    draw.rectangle([x - x0, y - y0, x1 - x0, min(y1, y + STRIP) - y0], fill=255)
                else:
                    draw.rectangle([0, y - y0, x - x0, min(y1, y + STRIP) - y0], fill=255)
    return crop
