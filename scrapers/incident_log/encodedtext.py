"""A log printed with its transfer encoding still on it: quoted-printable decoded, text
mis-read as Windows-1252 (mojibake) read back as written.

A log that reached the requester through a mail gateway or a raw export can be printed
before anyone decoded it. A quoted-printable body shows ``=`` as ``=3D`` and every byte
past ASCII as ``=C3=A9``, and cuts lines longer than 76 characters with a soft break, a
``=`` ending the line (``=20=`` where the cut falls after a space). The label and its
value are then glued by ``=3D`` (``CASE=3D24-01000``), so no number of the series
stands apart as a word, and a soft break can put a cited number at the start of a line
inside the block above it. UTF-8 text read as Windows-1252 prints each character past
ASCII as two or three (``â€™`` for a curly apostrophe, ``Ã©`` for ``é``, ``ï»¿`` for a
byte-order mark); a dash written right after a number (``24-01000â€”Theft``) glues a
letter to it, and again no number stands apart. So, before anything else is read, the
text is put back as it was written.

Told from the document, not from any label or number: quoted-printable when ``=XX``
escapes of what the encoding must escape (``=3D``, a blank ``=20``/``=09``, a byte past
ASCII) and lines ending in a soft break both abound; the page texts are then decoded with
the standard library's ``quopri``, page by page (a soft break at a page's foot drops its
``=``; the next page's header stands between it and its rest). A line ending in ``=`` that
is no soft break (a rule of ``=`` signs, an encoded-word's ``?=``) keeps its ``=``. The
bytes are read as UTF-8, or as Windows-1252 where they are not UTF-8. Mojibake when
its telltale sequences abound (a lead character of a UTF-8 sequence as Windows-1252
prints it, followed by its continuation characters so printed); only the lines that show
one are repaired, with ``ftfy``, one stretch between column gaps at a time, each padded
back to its printed width so the columns to its right keep their positions. A document
that shows neither is left exactly as it is: two regular expressions are its whole cost.
"""
from __future__ import annotations

import quopri
import re
from functools import lru_cache

MIN_ESCAPES = 8         # "=3D", "=20", "=C3": fewer may be a formula or a code printed
MIN_SOFT_BREAKS = 3     # lines ending in a soft break
MIN_MOJIBAKE = 5        # telltale sequences: fewer may be a name in another script

# what quoted-printable must escape: "=" itself, a blank before a line end, a byte past ASCII
_ESCAPE = re.compile(r"=(?:3D|20|09|[89A-F][0-9A-F])")
# a soft break: "=" ending a line, not after another "=" (a rule) or a "?" (an encoded-word's end)
_SOFT = re.compile(r"(?m)(?<![=?])=[ \t]*$")
# a line ending in "=" that is no soft break: its last "=" written as the escape it decodes from
_HARD_END = re.compile(r"(?m)(?<=[=?])=(?=[ \t]*$)")
# Windows-1252 as it prints the bytes 0x80-0xBF (UTF-8's continuation bytes)
_CONT = "".join(bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0))
# a UTF-8 sequence's lead byte so printed, followed by its continuation bytes so printed
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{re.escape(_CONT)}]|[\u00e0-\u00ef][{re.escape(_CONT)}]{{2}}")
_GAPS = re.compile(r"( {2,}|\t+)")


def decode_leftovers(page_texts: list[str]) -> list[str] | None:
    """The page texts with a quoted-printable body decoded and mojibake repaired, or None
    where the document shows neither."""
    text = "\n".join(page_texts)
    out = None
    if "=" in text and len(_ESCAPE.findall(text)) >= MIN_ESCAPES and len(_SOFT.findall(text)) >= MIN_SOFT_BREAKS:
        out = [_decode_page(page) for page in page_texts]
        text = "\n".join(out)
    # mojibake is printed in letters past ASCII: a text of ASCII alone (a flag Python keeps,
    # no scan) has none
    if not text.isascii() and len(_MOJIBAKE.findall(text)) >= MIN_MOJIBAKE:
        out = [_repair_page(page) for page in (out or page_texts)]
    return out


def _decode_page(page: str) -> str:
    # a rule or an encoded-word's end is kept: its "=" as "=3D", which decodes back to "="
    page = _HARD_END.sub("=3D", page)
    raw = quopri.decodestring(page.encode("utf-8"))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:      # a body in a one-byte charset
        return raw.decode("cp1252", errors="replace")


def _repair_page(page: str) -> str:
    if not _MOJIBAKE.search(page):
        return page
    lines = page.split("\n")
    for i, line in enumerate(lines):
        if _MOJIBAKE.search(line):
            lines[i] = "".join(_repair(part) if not _GAPS.fullmatch(part) else part for part in _GAPS.split(line))
    return "\n".join(lines)


def _repair(part: str) -> str:
    """A stretch between column gaps read back as written, padded to its printed width."""
    if not _MOJIBAKE.search(part):
        return part
    fixed = _ftfy().fix_text(part, _config())
    fixed = fixed.replace("\ufeff", "")      # a byte-order mark prints nothing
    return fixed + " " * (len(part) - len(fixed)) if len(fixed) <= len(part) else fixed


@lru_cache(maxsize=1)
def _ftfy():
    # imported where a document shows mojibake only: other logs do not pay its import
    import ftfy

    return ftfy


@lru_cache(maxsize=1)
def _config():
    # the encoding repaired and nothing else: entities, quotes, widths and line breaks as printed
    return _ftfy().TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        normalization=None, explain=False)
