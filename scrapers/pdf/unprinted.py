"""Text in a page's text layer that leaves no ink on the page, left out of the page's text.

``pdftotext`` prints every glyph a page's content draws, whatever its colour, clip or
crop: text set in white on the white page (a template's placeholder, entries suppressed by
blanking them), text clipped away by a frame it was pushed out of, rows a later opaque box
covers, a legal page's foot cut off by a letter CropBox, a layer switched off. A reader sees
none of it, and a log reader would take it for records. What is printed is what leaves ink:

- a text object that lies wholly outside the page's CropBox is not printed;
- a text object whose box is one flat light colour on a low-resolution render of the page
  is not printed (a glyph leaves edges at any colour over any fill: white text on a dark
  fill, light grey text, tiny fonts all show contrast);
- on a page known to carry unprinted text, a text object whose box another text's box
  overlaps (a label printed on the box that covers a row) is not printed if the page
  renders the same there without it.

Never dropped: a scanner's invisible OCR layer (render mode 3: that text is what the image
under it prints), objects on pages carrying a page-sized image (a scan) or on turned pages,
text under a dark bar (a redaction the page shows as such), objects of blank text or a lone
glyph. Annotations and form widgets are not rendered for the test, so text under them
counts as printed.

Cost: the check renders a sample of pages (the first two and the last, grayscale, 50 dpi;
~3-4 ms a page, page loading included), while pdftotext reads the file; only a document
whose sample shows unprinted text is looked at page by page. The pages holding unprinted
text are then read again from a copy of the document without those objects, by the
registered text extractor that read the others (``pdftotext -layout`` where poppler is there),
so their layout is the other pages'.
"""
from __future__ import annotations

import ctypes
import math
import os
import tempfile
from pathlib import Path

DPI = 50                    # render for the ink test: a 5 pt line is ~3.5 px high
FLAT = 6                    # grey levels (of 255) a box may vary by and still be one flat colour
LIGHT = 160                 # grey level from which a flat box is paper or a light cover
INSET = 0.2                 # of the object's height, taken off each side of its box (neighbours' edges)
SCAN_SHARE = 0.5            # an image covering this share of the page makes it a scan: left alone
MAX_TOGGLED = 200           # objects a page's thorough look renders the page without, at most
MIN_CHARS = 2               # a lone glyph is not worth a page's second reading (nor a risk to it)
SAMPLE_HEAD = 2             # the first pages and the last one are sampled


def _sample(count: int) -> list[int]:
    return sorted({*range(min(SAMPLE_HEAD, count)), count - 1})


def unprinted_objects(page, thorough: bool = False) -> list:
    """The page's text objects that leave no ink (outside the CropBox, or a flat light box
    on the render), as pypdfium2 objects; none for a turned page or one carrying a
    page-sized image. The objects are walked with raw pdfium calls (a page of a few hundred
    objects in ~1 ms), the render read as bytes.

    ``thorough`` (a document known to carry unprinted text) also tests each object whose
    box another text object's box overlaps (a label printed on the box that covers a row):
    it leaves no ink if the page renders the same in its box without it."""
    import pypdfium2.raw as raw

    # a turned page's objects and boxes are not in the render's axes: left alone
    if page.get_rotation() % 360:
        return []
    texts = _text_objects(page)
    if not texts:
        return []
    crop = page.get_cropbox()
    shown = _Render(page, crop)
    out, overlapped = [], []
    for j, obj, box in texts:
        if box[2] <= crop[0] or box[0] >= crop[2] or box[3] <= crop[1] or box[1] >= crop[3]:
            out.append(j)
            continue
        area = shown.area(box)
        lo, hi = shown.spread(area)
        # one flat light colour: white on the paper, clipped away, under a white or grey box.
        # A dark bar over text is a redaction the page shows as such: left to the readers.
        if hi - lo <= FLAT and lo >= LIGHT:
            out.append(j)
        elif thorough and any(k != j and _overlap(box, other) for k, _, other in texts):
            overlapped.append((j, obj, area))
    for j, obj, area in overlapped[:MAX_TOGGLED]:
        mode = raw.FPDFTextObj_GetTextRenderMode(obj)
        raw.FPDFTextObj_SetTextRenderMode(obj, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
        try:
            without = _Render(page, crop)
        finally:
            raw.FPDFTextObj_SetTextRenderMode(obj, mode)
        if shown.same(without, area):
            out.append(j)
    if not out:
        return []
    wanted = set(out)
    objs = [o for k, o in enumerate(page.get_objects(max_depth=1)) if k in wanted]
    return [o for o in objs if len("".join(_text(page, o).split())) >= MIN_CHARS]


def _text_objects(page) -> list[tuple[int, object, tuple[float, float, float, float]]]:
    """The page's drawn text objects (index, raw object, bounds), not the invisible ones (a
    scanner's reading) nor empty ones; none if a page-sized image makes the page a scan."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    texts = []
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for j in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, j)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        raw.FPDFPageObj_GetBounds(obj, l, b, r, t)
        box = (l.value, b.value, r.value, t.value)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            area = max(min(box[2], width) - max(box[0], 0), 0) * max(min(box[3], height) - max(box[1], 0), 0)
            if area >= SCAN_SHARE * width * height:
                return []      # a scan: its text layer is what the image prints
        elif box[2] > box[0] and box[3] > box[1] \
                and raw.FPDFTextObj_GetTextRenderMode(obj) != raw.FPDF_TEXTRENDERMODE_INVISIBLE:
            texts.append((j, obj, box))
    return texts


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Render:
    """The page rendered in grey at DPI (annotations and form fields left out), as bytes."""

    def __init__(self, page, crop):
        self.crop, self.scale = crop, DPI / 72
        bitmap = page.render(scale=self.scale, grayscale=True, draw_annots=False, may_draw_forms=False)
        self.step, self.stride = bitmap.n_channels, bitmap.stride
        self.cols, self.rows, self.pixels = bitmap.width, bitmap.height, bytes(bitmap.buffer)
        bitmap.close()

    def area(self, box: tuple) -> tuple[int, int, int, int]:
        """The pixels (x0, x1, y0, y1) that tell whether a text box leaves ink: its top and
        bottom taken in (the rows above and below may reach into them), not its sides (a
        narrow glyph's strokes are near its sides); at least three pixels each way."""
        crop, scale, cols, rows = self.crop, self.scale, self.cols, self.rows
        left, bottom, right, top = box
        inset = INSET * (top - bottom)
        left, right = max(left, crop[0]), min(right, crop[2])
        bottom, top = max(bottom + inset, crop[1]), min(top - inset, crop[3])
        x0 = min(max(int((left - crop[0]) * scale), 0), cols - 1)
        x1 = min(max(math.ceil((right - crop[0]) * scale), x0 + 1), cols)
        if x1 - x0 < 3:      # a glyph narrower than a pixel or two: its surroundings too
            x0, x1 = max(x0 - 1, 0), min(x1 + 1, cols)
        y0 = min(max(math.ceil((crop[3] - top) * scale), 0), rows - 1)
        y1 = min(max(int((crop[3] - bottom) * scale), y0 + 1), rows)
        if y1 - y0 < 3:      # a thin run (dashes, dots, a rule typed as text): its full height and more
            middle = int((2 * crop[3] - top - bottom) / 2 * scale)
            y0, y1 = max(middle - 1, 0), min(middle + 2, rows)
        return x0, x1, y0, y1

    def _row(self, y: int, x0: int, x1: int) -> bytes:
        return self.pixels[y * self.stride + x0 * self.step:y * self.stride + x1 * self.step:self.step]

    def spread(self, area: tuple[int, int, int, int]) -> tuple[int, int]:
        """The darkest and lightest grey in the area (stopping once they differ)."""
        x0, x1, y0, y1 = area
        lo, hi = 255, 0
        middle = (y0 + y1) // 2       # printed text shows its contrast there: looked at first
        for y in (middle, *range(y0, middle), *range(middle + 1, y1)):
            row = self._row(y, x0, x1)
            lo, hi = min(lo, *row), max(hi, *row)
            if hi - lo > FLAT:
                break
        return lo, hi

    def same(self, other: _Render, area: tuple[int, int, int, int]) -> bool:
        x0, x1, y0, y1 = area
        return all(abs(a - b) <= FLAT for y in range(y0, y1)
                   for a, b in zip(self._row(y, x0, x1), other._row(y, x0, x1)))


def _text(page, obj) -> str:
    import pypdfium2.raw as raw

    textpage = getattr(page, "_unprinted_textpage", None)
    if textpage is None:
        textpage = page._unprinted_textpage = page.get_textpage()
    n = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    raw.FPDFTextObj_GetText(obj.raw, textpage.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), n)
    return buf.raw.decode("utf-16-le", "replace").rstrip("\0")


def sample_shows_unprinted(pdf) -> bool:
    """Whether the sampled pages hold text that leaves no ink (the cheap look)."""
    for i in _sample(len(pdf)):
        page = pdf[i]
        try:
            if unprinted_objects(page):
                return True
        finally:
            page.close()
    return False


def printed_texts(path: Path, numbers: list[int], read) -> tuple[dict[int, str], int]:
    """For a document whose sample shows unprinted text: the text of each page (of
    ``numbers``) that holds some, read again without it by ``read(path, numbers) -> texts by
    page number`` (the text extractor that read the other pages), and how many words were
    left out. The objects are taken out of a copy, so the other passes see the document as
    it is."""
    import pypdfium2 as pdfium

    copy = pdfium.PdfDocument(str(path), password="")
    changed, words = [], 0
    try:
        for n in numbers:
            page = copy[n - 1]
            try:
                hidden = unprinted_objects(page, thorough=True)
                if not hidden:
                    continue
                words += sum(len(_text(page, o).split()) for o in hidden)
                for obj in hidden:
                    page.remove_obj(obj)
                page.gen_content()
                changed.append(n)
            finally:
                page.close()
        if not changed:
            return {}, 0
        fd, name = tempfile.mkstemp(suffix=".pdf")
        os.close(fd)
        try:
            copy.save(name)
            return read(Path(name), changed), words
        finally:
            os.unlink(name)
    finally:
        copy.close()

