"""What of a reply is the agency's own statement, before the sentence model reads it.

Letters and portal mail restate the request ("Your request: ... all records showing no
citations were issued") and portal mail wraps the agency's message in vendor text. A
restated request is not a finding: a request for "records showing nothing was found" is
not a no-records response. The restated block is dropped for reading the status (the
tracking numbers, dates and fees are still read from the whole text).

A restated block starts at a line headed like ``Your request:``, ``Request details``,
``Description:``, ``Records requested:`` or ``Your request reads as follows`` and runs to
the next blank line (a paragraph) when the heading stands alone, or to the end of the
heading line when that line itself carries the request.
"""
from __future__ import annotations

import re

_RESTATED_HEAD = re.compile(
    r"^[ \t]*(?:\*\*)?(?:your\s+(?:original\s+)?request(?:\s+(?:reads|read|was|is|stated))?(?:\s+as\s+follows)?"
    r"|(?:the\s+)?request\s+(?:details?|description|text|summary)|description(?:\s+of\s+(?:the\s+)?records?)?"
    r"|records?\s+(?:requested|sought|description)|you\s+requested(?:\s+the\s+following)?"
    r"|request(?:ed)?\s+records?|summary\s+of\s+request)(?:\*\*)?[ \t]*[:\-–][ \t]*(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE)
# a restated request under a lone heading is at most this long; past it, the agency speaks
MAX_RESTATED_CHARS = 1500


# A mail footer that warns about confidentiality: it names exemptions and withholding
# ("may be withheld from the public") without deciding anything. Dropped to the next
# blank line.
_FOOTER_HEAD = re.compile(
    r"^[ \t]*(?:\*\*)?(?:confidentiality\s+(?:notice|statement|warning)|notice\s+of\s+confidentiality"
    r"|privileged\s+(?:and|&)\s+confidential|disclaimer)\b[^\n]*", re.IGNORECASE | re.MULTILINE)


def drop_mail_footer(text: str) -> str:
    """``text`` without confidentiality notices and disclaimers of the mail footer."""
    out, pos = [], 0
    for m in _FOOTER_HEAD.finditer(text or ""):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        end = text.find("\n\n", m.end())
        pos = len(text) if end < 0 else end
    out.append((text or "")[pos:])
    return "".join(out)


# The request quoted inline in a sentence of the letter ('You requested "the file named in the
# enclosed form."'): the requester's words, whatever they name ("enclosed", "no records").
_QUOTED_ASK = re.compile(
    r"\b(?:you\s+(?:requested|asked\s+for|sought)|your\s+request\s+(?:sought|asked\s+for|was\s+for))"
    r"\s*[:,]?\s*[\"\u201c][^\"\u201d]{1,1500}[\"\u201d]", re.IGNORECASE)


def drop_restated_request(text: str) -> str:
    """``text`` without the blocks that restate the request."""
    if not text:
        return text
    text = _QUOTED_ASK.sub("You sent a request.", text)
    out, pos = [], 0
    for m in _RESTATED_HEAD.finditer(text):
        if m.start() < pos:
            continue
        out.append(text[pos:m.start()])
        if (m.group("rest") or "").strip():
            # the heading line carries the request: drop that line only (a form field
            # layout, "Description: x" then "Status: Closed", keeps its other fields)
            end = m.end()
        else:
            # the heading stands alone: the request is the paragraph under it
            end = text.find("\n\n", m.end())
            end = min(len(text) if end < 0 else end, m.end() + MAX_RESTATED_CHARS)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# OCR of a scanned letter reads "o" as "0" and "l"/"i" as "1" ("Y0ur request is den1ed").
# A word made of letters and 0/1 is mended: 0 is "o"; each 1 is "l" or "i", whichever
# makes a word the labelled sentences use (else "l"). Only a text with several such words
# is mended, so identifiers like "R000123" or "A1" in a clean letter are left alone.
_OCR_WORD = re.compile(r"\b(?=[A-Za-z01]*[A-Za-z])(?=[A-Za-z]*[01])[A-Za-z01]{2,}\b")
MIN_OCR_WORDS = 3


def _vocabulary() -> frozenset[str]:
    global _VOCAB
    if _VOCAB is None:
        from prr.replies.reply_model import load_sentences

        _VOCAB = frozenset(w for s, _ in load_sentences() for w in re.findall(r"[a-z]+", s.lower()))
    return _VOCAB


_VOCAB: frozenset[str] | None = None


def _mend(word: str) -> str:
    upper = word.replace("0", "").replace("1", "").isupper()
    base = word.replace("0", "O" if upper else "o")
    ones = [i for i, c in enumerate(base) if c == "1"]
    choice = base.replace("1", "L" if upper else "l")
    if len(ones) <= 4:
        for mask in range(1 << len(ones)):
            chars = list(base)
            for bit, i in enumerate(ones):
                chars[i] = ("I" if upper else "i") if mask >> bit & 1 else ("L" if upper else "l")
            cand = "".join(chars)
            if cand.lower() in _vocabulary():
                choice = cand
                break
    return choice


def mend_ocr(text: str) -> str:
    """``text`` with OCR's 0-for-o and 1-for-l/i mended in words, when it has several."""
    if len(_OCR_WORD.findall(text or "")) < MIN_OCR_WORDS:
        return text
    return _OCR_WORD.sub(lambda m: _mend(m.group(0)), text)
