"""Whether a reply, and each of its sentences, can be read at all: a test message, an empty
body, text that is not English, a mail system's alert that never mentions a request; OCR
debris and table rows too short on real words to state anything."""
from __future__ import annotations

import re

_LETTERS = re.compile(r"[A-Za-z]")
_URLISH = re.compile(r"\S*(?:https?://|www\.|@)\S*")
_MAIL_SYSTEM = re.compile(r"\b(?:sign(?:ed)?[- ]in|log(?:ged)?[- ]in|password|passcode|account|secure\s+(?:e-?mail|message)"
                          r"|encrypt\w*|recall|verification\s+code|activate|unsubscribe)\b", re.I)
_ABOUT_A_REQUEST = re.compile(
    r"\b(?:request\w*|records?|documents?|files?|foia|foil|foipa|cpra|opra|kora|sunshine|public\s+information"
    r"|information\s+act|invoice|fees?|payment|deposit|footage|report|emails|data|appeal|confirmation)\b", re.I)
# "This is a test message": an address check, not an answer to the request.
_TEST_MESSAGE = re.compile(r"\bthis\s+is\s+(?:just\s+|only\s+)?a\s+test\b|\btest\s+(?:e-?mail|message)\s+to\s+(?:verify|confirm|check)\b",
                           re.I)
_NUMBER = re.compile(r"^[#$(]?\d[\d,./:-]*[).,;:]?$")
_WORD = re.compile(r"^[\"'(“]?[A-Za-z][a-z]*(?:['’][a-z]+)?[.,;:!?)\"'”]*$")
# English function words: a terse question ("Which year's workpapers - FY 24-25 or FY 25-26?")
# may carry none of the commonest ones, so question words and "or" count too.
_ENGLISH = re.compile(r"\b(?:the|and|your|request|records?|we|you|to|of|is|for|this|or|which|what|when|where|whether"
                      r"|are|please|thanks?|our|with|have|has|will|can|that|from|it|would)\b", re.I)


def _unreadable(sentences: list[str]) -> str | None:
    """Why a reply cannot be read at all, or None."""
    text = " ".join(sentences)
    if any(_TEST_MESSAGE.search(s) for s in sentences):
        return "the message says it is a test (an address check), not an answer to the request"
    if len(_LETTERS.findall(text)) < 15:
        return "the message has no readable text (an empty body, or only an attachment)"
    words = len(text.split())
    if words >= 4 and len(_ENGLISH.findall(text)) / words < 0.04:
        return "the message does not read as English (another language, or OCR noise)"
    plain = _URLISH.sub(" ", text)
    if _MAIL_SYSTEM.search(plain) and not _ABOUT_A_REQUEST.search(plain):
        # sign-in alerts, secure-mail registrations, recalls: mail systems, not the agency
        return "the message never mentions a request, records or a records law"
    return None


def _noise(sentence: str) -> bool:
    """OCR debris, table rows and headers: too few real words to state anything."""
    tokens = sentence.split()
    if len(tokens) < 3:
        return len(_LETTERS.findall(sentence)) < 6
    return sum(bool(_WORD.match(t) or _NUMBER.match(t)) for t in tokens) / len(tokens) < 0.55
