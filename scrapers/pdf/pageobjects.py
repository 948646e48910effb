"""What a PDF page draws, as pypdfium2 sees its objects: the images with their bounds and
whether its text is invisible (render mode 3, a scanner's reading) or printed.

The passes that judge a page's text layer against the images under it (``captioned.py``
for captions over pasted captures, ``copierlayer.py`` for a copier's invisible reading)
ask the same two questions of a page's objects; both ask them here."""
from __future__ import annotations

from typing import NamedTuple


class ImageBox(NamedTuple):
    """An image's bounds in page points, clipped to the page, and its pypdfium2 object
    (valid while its page is open)."""
    left: float
    bottom: float
    right: float
    top: float
    obj: object

    @property
    def area(self) -> float:
        return (self.right - self.left) * (self.top - self.bottom)


def page_images(page, min_share: float = 0.0) -> list[ImageBox]:
    """The page's images, clipped to the page, that cover ``min_share`` of its area or more."""
    import pypdfium2.raw as raw

    width, height = page.get_size()
    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = obj.get_bounds()
        box = ImageBox(max(left, 0), max(bottom, 0), min(right, width), min(top, height), obj)
        if box.right > box.left and box.top > box.bottom and box.area >= min_share * width * height:
            out.append(box)
    return out


def text_boxes(page) -> list[tuple[float, float, float, float, bool]]:
    """The page's text objects: (left, bottom, right, top, invisible)."""
    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
        left, bottom, right, top = obj.get_bounds()
        invisible = raw.FPDFTextObj_GetTextRenderMode(obj.raw) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
        out.append((left, bottom, right, top, invisible))
    return out
