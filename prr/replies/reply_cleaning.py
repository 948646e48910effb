"""Cleaning an agency reply for reading: quoted earlier messages cut, line wraps joined, and
the text split into sentences whose positions map back to the original (for evidence)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Characters read from the message body and from attached letters: a letter states its
# decision on the first pages, and the rest (records, OCR'd exhibits) only costs time.
MAX_BODY_CHARS = 8_000
MAX_ATTACHMENT_CHARS = 6_000
EVIDENCE_CHARS = 300

_QUOTE_MARKERS = re.compile(
    r"^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$"
    r"|^[ \t]*-{2,}[ \t]*(?:Original|Forwarded)\s+(?:Message|request)[ \t]*-{2,}"
    r"|^[ \t]*Begin forwarded message:"
    r"|^[ \t]*_{10,}[ \t]*\n[ \t]*From:"
    r"|^[ \t]*From:[ \t][^\n]+\n[ \t]*(?:Sent|Date):[ \t]",
    re.MULTILINE | re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0]+")
# Quotes escaped with a backslash by the system that stored or exported the message
# (I\'ll forward this): the words are the same without it.
_ESCAPED_QUOTE = re.compile(r"\\(['\"])")
# A sentence ends at . ! ? or a colon-less line end, unless the dot belongs to a common
# abbreviation ("Gov. Code", "No. 12", "U.S.C.", "Mr. Smith").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bNo\.)(?<!\bno\.)(?<!\bNos\.)(?<!\bnos\.)(?<!\bGov\.)(?<!\bSec\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bCal\.)"
    r"(?<!\bEvid\.)(?<!\bPen\.)(?<!\bU\.S\.)(?<!\bv\.)(?<!\bvs\.)(?<!\bInc\.)(?<!\bDept\.)(?<!\bCo\.)(?<!\bC\.F\.R\.)(?<!\bU\.S\.C\.)(?<!\bAnn\.)(?<!\bMiss\.)"
    r"[\"'”’)]*\s+(?=[A-Z0-9\"“'(\[*•-])|\n\n")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _lower(text: str) -> str:
    """Lower-cased text of the same length, so match positions map back to the original."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


@dataclass
class _Text:
    """Cleaned reply text with sentence boundaries for looking up evidence."""
    text: str
    starts: list[int]
    ends: list[int]
    lower: str = ""       # same length as text (ASCII-only lowering): status rules run on it

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(self.starts, pos) - 1, 0)
        return self.starts[i], self.ends[i]

    def sentence(self, pos: int) -> str:
        s, e = self.sentence_at(pos)
        return self.text[s:e].strip()


# ---------------------------------------------------------------------------- cleaning

# ---------------------------------------------------------------------------- cleaning

# "Forwarding the City Attorney's answer below. Files attached.": a short cover note that
# points at the forwarded answer; the answer is the message forwarded. ("Dana - see below,
# this one is yours" passes a request on inside the agency: what it forwards is not read.)
_POINTS_BELOW = re.compile(r"\b(?:forward\w*|see|here\s+is)\b[^.\n]{0,60}\b(?:answer|response|reply|note|letter|decision)\b"
                           r"[^.\n]{0,20}\bbelow\b", re.I)
COVER_NOTE_CHARS = 300
_HEADER_LINE = re.compile(r"^[ \t]*(?:From|Sent|Date|To|Cc|Subject):[^\n]*\n?", re.MULTILINE | re.IGNORECASE)


def strip_quoted(text: str) -> str:
    """The reply without the earlier messages it quotes. A short cover note pointing below
    ("forwarding the answer below") keeps the first message it forwards, without its
    header lines, up to the next quoted message."""
    m = _QUOTE_MARKERS.search(text)
    if m:
        head = text[:m.start()]
        if len(head.strip()) <= COVER_NOTE_CHARS and _POINTS_BELOW.search(head):
            rest = _HEADER_LINE.sub("", text[m.end():])
            nxt = _QUOTE_MARKERS.search(rest)
            return _QUOTED_LINE.sub("", head + "\n\n" + (rest[:nxt.start()] if nxt else rest))
        text = head
    return _QUOTED_LINE.sub("", text)


def _prepare(parts: list[tuple[str, int]]) -> _Text:
    paragraphs = []
    for part, limit in parts:
        if not part:
            continue
        part = _ESCAPED_QUOTE.sub(r"\1", part[:limit * 2].replace("\r\n", "\n").replace("\r", "\n"))
        part = strip_quoted(part)[:limit]
        for para in _PARAGRAPH_BREAK.split(part):
            para = _SPACES.sub(" ", _SOFT_BREAK.sub(" ", para)).strip()
            if para:
                paragraphs.append(para)
    text = "\n\n".join(paragraphs)
    starts, ends, pos = [], [], 0
    for m in _SENTENCE_END.finditer(text):
        starts.append(pos)
        ends.append(m.start() + (1 if text[m.start()] in ".!?" else 0))
        pos = m.end()
    starts.append(pos)
    ends.append(len(text))
    return _Text(text, starts, ends, _lower(text))


def _clip(sentence: str, start: int, end: int, limit: int = EVIDENCE_CHARS) -> str:
    """Keep the evidence readable: at most ``limit`` characters around the match."""
    if len(sentence) <= limit:
        return sentence
    room = max(limit - (end - start), 40) // 2
    lo, hi = max(start - room, 0), min(end + room, len(sentence))
    return ("…" if lo else "") + sentence[lo:hi].strip() + ("…" if hi < len(sentence) else "")


