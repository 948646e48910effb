"""Email addresses however a page writes or hides them.

Visible text (``clerk@city.gov``), ``mailto:`` targets (query strings dropped, ``%40``
and HTML entities decoded, several addresses split), Cloudflare ``data-cfemail``
(decoded by the page reader: the first byte is the XOR key), and the written-out forms
``clerk [at] city [dot] gov`` / ``clerk at city dot gov``. Scripts and CMS
configuration are never read (see :mod:`scrapers.contacts.page`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from prr.scrapers.keyword_gate import keyword_gated

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?![\w-])")
# A mailto target is used as written: some real ones carry "#" in the local part.
MAILTO_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+#'&-]{0,63}@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}")
_AT = r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*"
_DOT = r"\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>)\s*"
OBFUSCATED_EMAIL = re.compile(rf"([A-Za-z0-9][\w.+-]*){_AT}([A-Za-z0-9-]+(?:(?:{_DOT}|\.)[A-Za-z0-9-]+)+)", re.I)
# "clerk at cityofx dot gov": plain words only when a "dot" makes the intent clear
WORDY_EMAIL = re.compile(r"\b([A-Za-z0-9][\w.+-]*)\s+at\s+([A-Za-z0-9-]+(?:\s+dot\s+[A-Za-z0-9-]+)+)\b", re.I)
# A phone number (dashes or dots between its groups) run into the address after it, then a letter
GLUED_NUMBER = re.compile(r"(?:1[-.])?\d{3}[-.]\d{3}[-.]\d{4}(?=[A-Za-z])")
_NOT_EMAIL_SUFFIX = re.compile(r"\.(?:png|jpe?g|gif|webp|svg|css|js)$", re.I)
MAILING_LIST_LOCAL = re.compile(r"^(?:e?news(?:letter)?|list|lists|listserv|subscribe|updates|alerts|"
                                r"announce(?:ments)?|notify|no-?reply|donotreply)\b", re.I)
# A sender nobody can write to ("agendas-noreply@"), whatever the page says around it.
SENDER_LOCAL = re.compile(r"(?:^|[-_.])(?:no-?reply|do-?not-?reply)(?:$|[-_.])", re.I)
# Words inviting people to write to the address that follows: then it is a contact, even
# when its name sounds like a list ("Questions: news@...", "Submit comments to list-mails@...").
WRITE_CUE = re.compile(r"(?:\bquestions?|\bcomments?|\bsend|\bsubmit|\bwrite|\be-?mail|\bcontact|\breach)\b"
                       r"[^.@:]{0,40}?(?:\bto|\bat|:)?\s*$", re.I)
# "To receive agendas by email, send a message to x-request@lists...": a list's subscribe address.
# ... "sent through <Mail Service> from x@...": the bulk-mail service named between is no addressee
_VIA = r"(?:(?:through|via|by|using|with)\s+[^.;:@]{1,40}?\s+)?"
# "News by email:", "Get alerts by email: x@...": what the address sends, not who answers.
SUBSCRIBE_CUE = re.compile(rf"subscrib|sign\s*up|\b(?:news|alerts|updates|notices|notifications|newsletters?)\s+(?:by|via)\s+e-?mail\b|\bjoin\b|\bemailed\s+{_VIA}from|\bsent\s+(?:out\s+)?{_VIA}from|do\s+not\s+reply|"
                           r"\bto\s+(?:receive|get)\b[^.]{0,60}\bby\s+e-?mail", re.I)
WEBMASTER_LOCAL = re.compile(r"^(?:webmaster|web\.?master|webeditor|web\.?editor|webinquiry|website|webadmin)$", re.I)


@lru_cache(maxsize=8192)      # asked of every block of every page; a site repeats its blocks
def emails_in_text(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, address) for every address written in the text."""
    found = [(m.start(), m.end(), m.group(0)) for m in EMAIL_RE.finditer(text)] if "@" in text else []
    low = text.lower()
    if " at " in low or "at]" in low or "at)" in low or "at}" in low or "at>" in low:
        for rx in (OBFUSCATED_EMAIL, WORDY_EMAIL):
            for m in rx.finditer(text):
                domain = re.sub(rf"{_DOT}|\s+dot\s+", ".", m.group(2), flags=re.I)
                found.append((m.start(), m.end(), f"{m.group(1)}@{domain}"))
    out = []
    for start, end, addr in found:
        glued = GLUED_NUMBER.match(addr)
        if glued:        # "661-555-0134clerk@...": a number in the span before, printed with no space
            start, addr = start + glued.end(), addr[glued.end():]
        addr = addr.strip(".").lower()
        if _NOT_EMAIL_SUFFIX.search(addr) or not EMAIL_RE.fullmatch(addr):
            continue
        out.append((start, end, addr))
    return tuple(out)


# A mailto: query's copied (cc=, bcc=) and addressed (to=, cc=, bcc=) fields, and the separator
# of its addresses (compiled once: every mailto: link of every page is read with them)
_COPIED = re.compile(r"(?:^|&)(?:amp;)?(?:cc|bcc)=([^&]*)", re.I)
_ADDRESSED = re.compile(r"(?:^|&)(?:amp;)?(to|cc|bcc)=([^&]*)", re.I)
_ADDRESS_SEPARATOR = re.compile(r"[,;]")


def copied_in_mailto(href: str) -> set[str]:
    """Addresses a mailto: only copies in (its cc= and bcc=), not its addressees."""
    if not href.lower().startswith("mailto:"):
        return set()
    query = unquote(href[7:]).partition("?")[2]
    return {v.strip().lower() for part in _COPIED.findall(query) for v in _ADDRESS_SEPARATOR.split(part)}


def emails_from_mailto(href: str) -> list[str]:
    """Addresses in a mailto: target ("mailto: a@x.gov, b@x.gov?subject=...")."""
    if not href.lower().startswith("mailto:"):
        return []
    target = unquote(href[7:]).strip()
    # "?subject=" ends the address list; "#" may be part of a (malformed but used) address.
    target, _, query = target.partition("?")
    # cc=, bcc= and to= in the query are addresses a person writes to as well.
    copied = [v for k, v in _ADDRESSED.findall(query)]
    out = []
    for one in _ADDRESS_SEPARATOR.split(",".join([target, *copied])):
        one = one.strip()
        if MAILTO_RE.fullmatch(one) and not _NOT_EMAIL_SUFFIX.search(one):
            out.append(one.lower())
    return list(dict.fromkeys(out))


LIST_SUFFIX = re.compile(r"[-_.](?:l|list|lists|news|announce|subscribe|updates|alerts)$", re.I)
LIST_DOMAIN = re.compile(r"^(?:lists?|listserv|mail(?:ing)?list|subscribe|enews|news)\.", re.I)


def email_kind(address: str) -> str | None:
    """newsletter (a mailing list) / webmaster from the address itself, else None."""
    local, _, domain = address.partition("@")
    if WEBMASTER_LOCAL.match(local):
        return "webmaster"
    if SENDER_LOCAL.search(local) or MAILING_LIST_LOCAL.match(local) or LIST_SUFFIX.search(local) \
            or LIST_DOMAIN.match(domain):
        return "newsletter"
    return None


# An address given as the sender of notices ("Notifications are sent from x@...; do not reply",
# "agendas are emailed from x@..."): nobody writes to it, like a list's.
# "You will receive updates from x@...": the portal's notification sender.
# "Get alerts by email from x@...": what comes by email from it is sent, not answered.
SENDER_BEFORE = re.compile(rf"\bby\s+e-?mail\s+from\s*:?\s*$|\b(?:sent|e-?mailed|mailed|delivered|come|comes|arrive|arrives)\s+(?:out\s+)?{_VIA}from\s*:?\s*$|"
                           # "Confirmations are sent automatically by x@": the system that sends them
                           r"\b(?:sent|e-?mailed|generated)\s+(?:automatically\s+)?by\s*:?\s*$|"
                           r"\b(?:receive|sends?|e-?mails?)\s+(?:\w+\s+)?(?:updates|notifications|notices|alerts|e-?mails?|messages)"
                           r"\s+from\s*:?\s*$|"
                           # "You will receive an emailed confirmation from x@", "a receipt from"
                           r"\b(?:receive|get)\s+(?:an?\s+|your\s+)?(?:[\w-]+\s+){0,2}(?:confirmations?|receipts?|"
                           r"acknowledge?ments?|notifications?|notices?|updates|alerts?)\s+from\s*:?\s*$",
                           re.I)
# ... or the words after it: "do not reply", "add it to your contacts" (so notices are not filtered as spam)
SENDER_AFTER = re.compile(r"^[\s,;:()-]*(?:please\s+)?(?:do\s+not|don'?t|cannot|can'?t)\s+(?:reply|respond|write)|"
                          # "x@... (send-only)", "(outgoing only)", "(unmonitored)": nobody reads what is sent to it
                          r"^[\s,;:(-]*(?:send[-\s]only|outgoing[-\s]only|unmonitored|not\s+monitored)\b|"
                          r"^[\s,;:()-]*(?:and\s+|please\s+)?(?:add|put)\s+(?:it|this(?:\s+address)?)\s+to\s+your\s+"
                          r"(?:contacts|address\s+book|safe\s+senders?)", re.I)


def is_sender(before: str, after: str) -> bool:
    """Whether the words around an address say it only sends notices."""
    return bool((_ends_from_or_by(before) and SENDER_BEFORE.search(before)) or SENDER_AFTER.search(after))


def _ends_from_or_by(before: str) -> bool:
    """What every alternative of SENDER_BEFORE ends with: "from" or "by", then an optional colon
    (spaces around it). Most words before an address do not, and the pattern, anchored at the
    end, is otherwise tried from every position of them."""
    tail = before.rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    return tail[-4:].lower() == "from" or tail[-2:].lower() == "by"


def invited_to_write(address: str, before: str, segment: str) -> bool:
    """Whether the words right before an address invite people to write to it (and
    nothing says it is a list people subscribe to or a sender)."""
    return bool(WRITE_CUE.search(before)) and not SUBSCRIBE_CUE.search(segment) \
        and not SENDER_LOCAL.search(address.partition("@")[0])

# A keyword gate (see scrapers/keyword_gate.py): the same matches, about 3x sooner.
SUBSCRIBE_CUE = keyword_gated(SUBSCRIBE_CUE)
