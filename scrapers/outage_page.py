"""Pages served with 200 that are not the page: maintenance, error and firewall pages, and
pages whose text is tiny or shrank, so a watch does not take an outage for an edit."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prr.scrapers.normalise import PageText

# What maintenance, error and web-application-firewall pages say instead of the page.
_OUTAGE_TEXT = re.compile(
    r"\b(?:under (?:scheduled )?maintenance|scheduled maintenance|down for maintenance|maintenance mode"
    r"|temporarily (?:unavailable|down|offline|closed)|service (?:is )?(?:temporarily )?unavailable"
    r"|we(?:'|’| wi)ll be back|be back (?:soon|shortly|online)|site is (?:currently )?(?:down|offline|unavailable)"
    r"|bad gateway|gateway time-?out|internal server error|an error occurred while processing your request"
    r"|access (?:is )?denied|request (?:was )?(?:blocked|rejected)|the requested url was rejected"
    r"|you (?:have been|are) blocked|why have i been blocked|web application firewall|security check"
    r"|(?:incident|support|reference|event|ray) id\s*(?:is\s*)?[:#]?\s*[0-9a-f-]{4,}|not acceptable!?"
    r"|checking (?:if the site connection is secure|your browser))", re.I)
OUTAGE_MAX_CHARS = 3000      # a real page that mentions maintenance is longer than an outage page
TINY_WORDS = 10              # fewer words than this is not a page anyone maintains
SHRINK_RATIO = 0.3           # under 30% of the last good text...
SHRINK_MIN_CHARS = 800       # ...of a page that had at least this much


def outage_reason(page: PageText, *, previous_chars: int | None = None) -> tuple[str, str] | None:
    """Why a page served with 200 looks like an outage rather than the page:
    ``(kind, reason)`` with kind ``empty``, ``outage``, ``tiny`` or ``shrunk``; None when
    it looks like a real page. ``previous_chars``: length of the last good text."""
    text = page.text.strip()
    # Words are only counted up to TINY_WORDS (the count is only needed below that): every
    # page a watch reads comes through here.
    chars, words = len(text), len(text.split(None, TINY_WORDS))
    if chars == 0:
        return "empty", "the page has no text"
    if chars < OUTAGE_MAX_CHARS and (m := _OUTAGE_TEXT.search(" ".join([page.title] + page.paragraphs[:8]))):
        return "outage", f"it looks like a maintenance, error or firewall page (\"{m.group(0)[:60]}\", {chars} characters)"
    if words < TINY_WORDS and (previous_chars is None or previous_chars > chars * 2):
        return "tiny", f"only {words} word{'' if words == 1 else 's'} of text"
    if previous_chars and previous_chars >= SHRINK_MIN_CHARS and chars < previous_chars * SHRINK_RATIO:
        return "shrunk", f"the text shrank from {previous_chars} to {chars} characters"
    return None
