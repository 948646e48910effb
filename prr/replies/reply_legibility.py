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


# A line that only names something states no status, however many request words it holds
# (both are read token by token: a regex over a whole line backtracks badly):
# - who signs, a role or an office ("Public Records Request Coordinator, Law Department",
#   "FOIA Liaison, Office of the County Attorney"): title-case words ending in a role or an
#   office, then optionally a comma and the body it belongs to;
# - which request the mail is about ("Public Records Request KNX-27-0517", "FOIA Request ::
#   2027-AB-011"): title-case words, a request word or a records law's name, and a number.
# A status word ("Request Denied, Records Office", "Records Request 27-118 Completed",
# "Acknowledgement of Request 27-118", "Fee Estimate - PRR 27-0412") keeps the line read.
_STATUS_WORD = re.compile(
    r"(?:Acknowledg\w*|Receipt|Receiv\w*|Extension|Extended|Denial|Denied|Releas\w*|Respon\w*|Clos\w*|Fees?"
    r"|Invoice|Estimate|Payment|Clarification|Notice|Determination|Production|Installment|Final|Interim|Partial"
    r"|Withdr\w*|Complet\w*|Fulfil\w*|Available|Ready|Cancel\w*|Updat\w*|Approved|Granted|Pending)$")
_TITLE_TOKEN = re.compile(r"(?:[A-Z][\w'’&.]*|of|for|the|and|&)$")
_ROLE = re.compile(r"(?:Coordinator|Officer|Specialist|Manager|Analyst|Custodian|Administrator|Supervisor|Technician"
                   r"|Assistant|Director|Clerk|Counsel|Attorney|Liaison|Secretary|Department|Division|Office|Unit"
                   r"|Section|Bureau|Services?|Team|Center|Centre|Staff|Desk)$")
_REQUEST_WORD = re.compile(r"(?:Request|C?PRA|FOIA|FOIL|PRR|OPRA|KORA|TPRA|MPIA|GRAMA)$")
_NAME_WORD = re.compile(r"(?:request|records?|public|open|information|act|no\.|number|your|our)$")
_ID_TOKEN = re.compile(r"#?[A-Z]{0,8}[-]?\d[\w/-]*$")
_PUNCT_TOKEN = re.compile(r"[#:()\[\]/|–—-]+$")


def _title_words(tokens: list[str]) -> bool:
    return bool(tokens) and all(_TITLE_TOKEN.match(t) and not _STATUS_WORD.match(t) for t in tokens)


def _names_only(sentence: str) -> bool:
    """The line only names who signs or which request the mail is about."""
    line = sentence.strip().rstrip(".")
    if not line or len(line) > 140:
        return False
    head, _, tail = line.partition(",")
    words = head.split()
    if _title_words(words) and _ROLE.match(words[-1]) and (not tail.strip() or _title_words(tail.split())):
        return True
    tokens = [t for t in line.replace("::", " ").split() if not _PUNCT_TOKEN.match(t)]
    ids = [t for t in tokens if _ID_TOKEN.match(t) and any(c.isdigit() for c in t)]
    # (a subject may write the request's name in lower case: "Records request LG-27-044")
    rest = [t.capitalize() if _NAME_WORD.match(t) else t for t in tokens if t not in ids]
    return bool(ids) and any(_REQUEST_WORD.match(t) for t in rest) and _title_words(rest)


def _noise(sentence: str) -> bool:
    """OCR debris, table rows and headers: too few real words to state anything; a line that
    only names who signs or which request the mail is about."""
    if _names_only(sentence):
        return True
    tokens = sentence.split()
    if len(tokens) < 3:
        return len(_LETTERS.findall(sentence)) < 6
    return sum(bool(_WORD.match(t) or _NUMBER.match(t)) for t in tokens) / len(tokens) < 0.55
