"""Pages whose text layer is a caption over pictures of text.

A screen capture pasted into a word-processor document and saved as PDF is an image with
no text layer, while the typed caption above or below it ("Screenshot 3 of 7 - search
results") is real text. Such a page has a text layer, so it is not read by OCR as a blank
page is, yet what it holds is in the images. A page is read this way when its text layer
is a few short lines and its images cover a large share of it: each image is read by OCR
(enlarged first: a capture at screen resolution has small text) and the page's text is
the caption's text and the images' readings in reading order, top to bottom.

Cheap for other documents: only pages with little text are looked at, and a page whose
text layer reads like a full page, or whose text lies over the images (a scan's own
reading), is never OCR'd."""
from __future__ import annotations

from pathlib import Path

from prr.scrapers.pdf.extractors import read_rows
from prr.scrapers.pdf.pageobjects import ImageBox, page_images, text_boxes

CAPTION_CHARS = 400       # a text layer this long or longer reads like a page, not a caption
CAPTION_LINES = 8         # non-blank lines
IMAGE_SHARE = 0.4         # of the page's area covered by its images
KIN_IMAGE_SHARE = 0.2     # the same, on the other pages of a document with such a page
MIN_IMAGE_SHARE = 0.05    # of the page's area: smaller images are logos, stamps, signatures
TARGET_DPI = 200          # captures at screen resolution are enlarged to about this
MAX_SCALE = 3.0
MIN_PIXELS = 20_000       # an image with fewer pixels holds no readable text


def caption_only(text: str) -> bool:
    """Whether a page's text layer is small enough to be a caption (and not empty: a page
    without text is OCR'd whole)."""
    if not text.strip() or len(text) >= CAPTION_CHARS:
        return False
    return sum(1 for line in text.splitlines() if line.strip()) <= CAPTION_LINES


def _text_over(page, images: list[ImageBox]) -> bool:
    """Whether text lies over one of the images (a scan's own reading, text typed on a
    picture): the text layer then is the images' text, not a caption beside them."""
    for left, bottom, right, top, _ in text_boxes(page):
        x, y = (left + right) / 2, (bottom + top) / 2
        if any(im.left <= x <= im.right and im.bottom <= y <= im.top for im in images):
            return True
    return False


def captioned_pages(pdf, texts: list[str], numbers: list[int]) -> list[int]:
    """The pages of ``numbers`` (whose text is caption-sized) that images cover by
    ``IMAGE_SHARE`` or more of their area; once a page is, the document is one of pasted
    images, and its pages covered by ``KIN_IMAGE_SHARE`` are too (one capture on the last
    page, under a caption of the same kind)."""
    shares = {}
    for n in numbers:
        if not caption_only(texts[n - 1]):
            continue
        page = pdf[n - 1]
        try:
            width, height = page.get_size()
            images = page_images(page, MIN_IMAGE_SHARE)
            # (overlapping images counted twice: pasted captures do not overlap)
            area = sum(im.area for im in images)
            if width > 0 and height > 0 and area >= KIN_IMAGE_SHARE * width * height \
                    and not _text_over(page, images):
                shares[n] = area / (width * height)
        finally:
            page.close()
    if not any(share >= IMAGE_SHARE for share in shares.values()):
        return []
    return sorted(shares)


def _image_of(page, box, obj):
    """The image's pixels in grey, enlarged to about ``TARGET_DPI``; the page's render of
    its region where the pixels cannot be had."""
    from PIL import Image

    left, bottom, right, top = box
    try:
        bitmap = obj.get_bitmap(render=False)
        image = bitmap.to_pil().convert("L")   # (a copy: the bitmap is freed with its object)
    except Exception:
        image = None
    if image is None or image.width * image.height < MIN_PIXELS:
        width, height = page.get_size()
        bitmap = page.render(scale=TARGET_DPI / 72, grayscale=True,
                             crop=(left, bottom, width - right, height - top))
        image = bitmap.to_pil()
        bitmap.close()
        return image
    dpi = image.width / max((right - left) / 72, 1e-6)
    scale = min(MAX_SCALE, TARGET_DPI / dpi) if dpi > 0 else 1.0
    if scale > 1.1:
        image = image.resize((round(image.width * scale), round(image.height * scale)), Image.LANCZOS)
    return image


def _band_text(textpage, width: float, bottom: float, top: float) -> str:
    if top <= bottom:
        return ""
    return textpage.get_text_bounded(left=0, bottom=bottom, right=width, top=top).replace("\r\n", "\n").strip()


def _letters(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def read_captioned(path: Path, numbers: list[int]) -> dict[int, str]:
    """Each page's caption text and its images' OCR in reading order (top to bottom), by
    page number."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    out = {}
    try:
        for n in numbers:
            page = doc[n - 1]
            textpage = page.get_textpage()
            try:
                width, height = page.get_size()
                images = sorted(page_images(page, MIN_IMAGE_SHARE), key=lambda im: -im[3])
                parts, above = [], height
                for left, bottom, right, top, obj in images:
                    # the text between the previous image and this one (a caption above it)
                    parts.append(_band_text(textpage, width, min(top, above), above))
                    image = _image_of(page, (left, bottom, right, top), obj)
                    parts.append(read_rows(image))
                    image.close()
                    above = min(above, bottom)
                parts.append(_band_text(textpage, width, 0, above))
                # text beside an image is in no band: then the whole layer first
                layer = textpage.get_text_range().replace("\r\n", "\n").strip()
                if _letters(" ".join(parts[0::2])) < _letters(layer):
                    parts = [layer] + parts[1::2]
            finally:
                textpage.close()
                page.close()
            out[n] = "\n".join(p.strip("\n") for p in parts if p.strip())
    finally:
        doc.close()
    return out
