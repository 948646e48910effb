"""Read an agency's reply: statuses with their evidence, tracking numbers, dates, fees, exemptions.

1. the text is cleaned: quoted earlier messages ("On ... wrote:", ">" lines, Outlook
   "From:/Sent:" blocks) are cut, line wraps are joined, and it is split into sentences;
2. the statuses are read sentence by sentence by a statistical model fitted on labelled
   sentences kept as data (``prr.replies.reply_model``, ``prr/replies/rules/sentences/``), then combined
   with precedence rules (``prr.replies.reply_reading``): several statuses per reply, each with
   its evidence sentence and confidence, and the main one;
3. ``apply``/``apply_reason`` say whether the reading is sure enough to change the
   request without a person (``prr.replies.reply_reading.decide_apply``); a release with no
   attachment or link is never applied unseen;
4. tracking numbers, dates (resolved against the message date), fees (with deposit /
   total and whether payment comes first) and exemptions are extracted with the rule
   files in ``prr/replies/rules/*.yaml``.

The earlier phrase-rule reader (``prr/replies/rules/status.yaml``) is kept as ``reader="rules"``
for comparison in the benchmark.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage, Message

from prr.deadlines.calendar import add_business_days
from prr.replies.reply_reading import decide_apply  # noqa: F401  (the apply decision, re-exported)
from prr.replies.reply_text import drop_mail_footer, drop_restated_request
from prr.replies.rules import Rules, load_rules
from prr.requests.tokens import find_tokens

TIMEZONE = "America/Los_Angeles"
# Characters read from the message body and from attached letters: a letter states its
# decision on the first pages, and the rest (records, OCR'd exhibits) only costs time.
MAX_BODY_CHARS = 8_000
MAX_ATTACHMENT_CHARS = 6_000
EVIDENCE_CHARS = 300

_QUOTE_MARKERS = re.compile(
    r"^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$"
    r"|^[ \t]*-{2,}[ \t]*(?:Original|Forwarded)\s+Message[ \t]*-{2,}"
    r"|^[ \t]*Begin forwarded message:"
    r"|^[ \t]*_{10,}[ \t]*\n[ \t]*From:"
    r"|^[ \t]*From:[ \t][^\n]+\n[ \t]*(?:Sent|Date):[ \t]",
    re.MULTILINE | re.IGNORECASE)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0]+")
# A sentence ends at . ! ? or a colon-less line end, unless the dot belongs to a common
# abbreviation ("Gov. Code", "No. 12", "U.S.C.", "Mr. Smith").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bNo\.)(?<!\bno\.)(?<!\bGov\.)(?<!\bSec\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bCal\.)"
    r"(?<!\bEvid\.)(?<!\bPen\.)(?<!\bU\.S\.)(?<!\bv\.)(?<!\bvs\.)(?<!\bInc\.)(?<!\bDept\.)(?<!\bCo\.)"
    r"[\"'”’)]*\s+(?=[A-Z0-9\"“'(\[*•-])|\n\n")
_LINK = re.compile(r"https?://|\bwww\.|\bdownload|\bportal\b|\bsharefile\b|\bdropbox\b"
                   r"|\bnextrequest\b|\bgovqa\b", re.IGNORECASE)
_BARE_DENY = re.compile(r"^\W*(?:deny|denied|denies|denial)\W*$", re.IGNORECASE)


@dataclass
class Classification:
    status: str = "other"
    evidence: str = ""
    tracking_numbers: list[str] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    fees: list[dict] = field(default_factory=list)
    fee: dict = field(default_factory=dict)     # total / deposit / balance asked, before_work
    exemptions: list[str] = field(default_factory=list)
    confidence: float = 0.0
    rule: str = ""                       # what decided: "sentence-model" or a status rule id
    notes: list[str] = field(default_factory=list)   # why a guard changed the status, etc.
    statuses: list[dict] = field(default_factory=list)   # every status read: status, confidence, evidence
    apply: bool = False                  # sure enough to change the request without review
    apply_reason: str = ""

    def to_json(self) -> dict:
        return asdict(self)


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

def strip_quoted(text: str) -> str:
    """The reply without the earlier messages it quotes."""
    m = _QUOTE_MARKERS.search(text)
    if m:
        text = text[:m.start()]
    return _QUOTED_LINE.sub("", text)


def _prepare(parts: list[tuple[str, int]]) -> _Text:
    paragraphs = []
    for part, limit in parts:
        if not part:
            continue
        part = strip_quoted(part[:limit * 2].replace("\r\n", "\n").replace("\r", "\n"))[:limit]
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


# ------------------------------------------------------------------------------ status

def _decide(t: _Text, rules: Rules, has_attachment: bool, result: Classification) -> None:
    hits = []   # (priority, -start, rule, match)
    for rule in rules.statuses:
        if not rule.may_match(t.lower):
            continue
        for m in rule.regex.finditer(t.lower):
            if rule.status == "denied" and _BARE_DENY.match(m.group(0)):
                continue   # guard: the word alone is never a denial
            if rule.unless is not None and rule.unless.search(t.sentence(m.start())):
                continue
            hits.append((rule.priority, -m.start(), rule, m))
            break          # the first match of a rule is enough
    if not hits:
        result.status, result.confidence = "other", 0.2
        result.notes.append("no status phrase matched")
        return
    hits.sort(key=lambda h: (h[0], h[1]), reverse=True)

    if not has_attachment and not _LINK.search(t.text):
        released = [h for h in hits if h[2].status == "released"]
        if released and hits[0][2].status == "released":
            rule, m = released[0][2], released[0][3]
            result.status, result.rule, result.confidence = "other", rule.id, 0.3
            result.evidence = _evidence(t, m)
            result.notes.append(
                "release language but no attachment or download link: not marked released; "
                "check whether the records arrived")
            return
        hits = [h for h in hits if h[2].status != "released"]

    priority, _, rule, m = hits[0]
    status, confidence = rule.status, rule.confidence
    present = {h[2].status for h in hits}
    for combo in rules.combinations:
        when = set(combo["when"])
        if status in when and when <= present:
            status = combo["then"]
            result.notes.append(f"{combo['id']}: {combo.get('why', ' and '.join(sorted(when)))}")
            break
    runner_up = next((h for h in hits if h[2].status != rule.status), None)
    if runner_up and priority - runner_up[0] <= 3:
        confidence -= 0.15   # two statuses nearly tie: less sure
    result.status, result.rule = status, rule.id
    result.confidence = round(max(min(confidence, 1.0), 0.05), 2)
    result.evidence = _evidence(t, m)


def _evidence(t: _Text, m: re.Match) -> str:
    s, _ = t.sentence_at(m.start())
    raw = t.text[s:t.sentence_at(m.start())[1]]
    lead = len(raw) - len(raw.lstrip())
    return _clip(raw.strip(), m.start() - s - lead, m.end() - s - lead)


# ------------------------------------------------------------------- tracking numbers

def _alnum(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value).upper()


def _in_decoy(text: str, s: int, e: int, rules: Rules, window: int = 100) -> bool:
    # Decoys are only looked for around a candidate: scanning the whole reply with
    # every decoy pattern costs more than everything else put together.
    lo, hi = max(s - window, 0), min(e + window, len(text))
    for d in rules.decoys:
        for m in d.regex.finditer(text, lo, hi):
            if m.start() < e and s < m.end():
                return True
            if m.start() >= e:
                break
    return False


def tracking_numbers(text: str, *, requester_refs=(), rules: Rules | None = None) -> list[str]:
    """The agency's reference numbers in ``text``, decoys and our own references removed."""
    rules = rules or load_rules()
    ours = {_alnum(r) for r in requester_refs if r}
    for tok in find_tokens(text):
        ours.update({_alnum(tok), _alnum(tok)[3:]})
    cands = []
    lowered = _lower(text)
    for p in rules.tracking:
        if not p.may_match(lowered):
            continue
        for m in p.regex.finditer(text):
            grp = "num" if "num" in p.regex.groupindex else 0
            value, (s, e) = m.group(grp), m.span(grp)
            value = value.strip(" -/.:#‐")
            if not value or not any(c.isdigit() for c in value):
                continue
            if any(r.regex.fullmatch(value) for r in rules.rejects):
                continue
            if _in_decoy(text, s, e, rules):
                continue
            if _alnum(value) in ours or any(o and o in _alnum(value) for o in ours if len(o) >= 6):
                continue
            cands.append((s, e, value))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[tuple[int, int, str]] = []
    for s, e, v in cands:
        if any(ks <= s and e <= ke for ks, ke, _ in kept):
            continue
        kept = [k for k in kept if not (s <= k[0] and k[1] <= e)]
        kept.append((s, e, v))
    out, seen = [], set()
    for _, _, v in sorted(kept):
        key = _alnum(v)
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


# ------------------------------------------------------------------------------ dates


def _parse_date(raw: str, message_date: date | None) -> date | None:
    from dateutil import parser as dparser

    raw = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", raw)
    anchor = message_date or date.today()
    try:
        parsed = dparser.parse(raw, default=datetime(anchor.year, 1, 1)).date()
    except (ValueError, OverflowError):
        return None
    if not re.search(r"\d{4}|/\d{2,4}$", raw) and parsed < anchor - timedelta(days=60):
        parsed = parsed.replace(year=parsed.year + 1)   # "by January 5" written in December
    return parsed


def _resolve_period(m: re.Match, rules: Rules, message_date: date) -> date | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else rules.number_words.get(raw)
    if not n or n > 400:
        return None
    unit = (m.groupdict().get("unit") or "").lower()
    period = (m.groupdict().get("period") or "").lower()
    if period.startswith(("month", "year")):
        from dateutil.relativedelta import relativedelta

        return message_date + (relativedelta(months=n) if period.startswith("month") else relativedelta(years=n))
    if period.startswith("week"):
        return message_date + timedelta(weeks=n)
    if unit in ("business", "working", "work"):
        return add_business_days(message_date, n)
    return message_date + timedelta(days=n)


def extract_dates(t: _Text, rules: Rules, message_date: date | None, notes: list[str]) -> list[dict]:
    found, claimed = [], []
    for p in rules.dates:
        if not p.may_match(t.lower):
            continue
        for m in p.regex.finditer(t.text):
            groups = p.regex.groupindex
            key = "date" if "date" in groups and m.group("date") else "n"
            s, e = m.span(key)
            if any(cs < e and s < ce for cs, ce in claimed):
                continue
            if key == "date":
                d = _parse_date(m.group("date"), message_date)
            elif message_date is None:
                notes.append(f"{p.id}: '{m.group(0).strip()}' not resolved: the message date is unknown")
                continue
            else:
                d = _resolve_period(m, rules, message_date)
            if d is None:
                continue
            claimed.append((s, e))
            item = {"date": d.isoformat(), "role": p.role}
            if item not in found:
                found.append(item)
    return sorted(found, key=lambda i: i["date"])


# ----------------------------------------------------------------- fees and exemptions

def extract_fees(t: _Text, rules: Rules) -> list[dict]:
    if rules.fee_amount is None:
        return []
    out = []
    for m in rules.fee_amount.finditer(t.text):
        s, e = t.sentence_at(m.start())
        sentence = t.text[s:e]
        if any(sk.search(sentence) for sk in rules.fee_skip):
            continue
        room = rules.fee_context_chars
        lo, hi = max(m.start() - s - room, 0), min(m.end() - s + room, len(sentence))
        snippet = sentence[lo:hi].strip()
        if lo > 0:
            snippet = snippet.split(" ", 1)[-1]
        if hi < len(sentence):
            snippet = snippet.rsplit(" ", 1)[0]
        item = {"amount": round(float(m.group("value").replace(",", "")), 2), "text": snippet,
                "kind": _fee_kind(sentence[:m.start() - s][-90:], sentence[m.end() - s:][:50], rules)}
        if item not in out:
            out.append(item)
    return out[:30]


def _fee_kind(before: str, after: str, rules: Rules) -> str:
    for kind, pre, post in rules.fee_kinds:
        if (post is not None and post.search(after)) or (pre is not None and pre.search(before)):
            return kind
    return "amount"


def fee_summary(fees: list[dict], t: _Text, rules: Rules) -> dict:
    """What the agency asks: total, deposit, balance (dollars with cents) and whether payment
    comes before the work goes on. Empty when the reply names no amount."""
    asked = [f for f in fees if f["kind"] not in ("rate", "threshold", "paid")]
    if not asked:
        return {}
    out: dict = {}
    for kind in ("deposit", "balance"):
        found = [f["amount"] for f in asked if f["kind"] == kind]
        if found:
            out[kind] = max(found) if kind == "deposit" else found[-1]
    totals = [f["amount"] for f in asked if f["kind"] == "total"]
    plain = [f["amount"] for f in asked if f["kind"] == "amount"]
    if totals:
        out["total"] = max(totals)
    elif plain and not out:
        out["total"] = max(plain)
    if "deposit" in out and out.get("total", 0) < out["deposit"]:
        out.pop("total", None)   # "a deposit of $975.00": the only amount is the deposit
    before = rules.fee_before_work
    out["before_work"] = bool(before is not None and (before.search(t.text) or "deposit" in out))
    return out


def extract_exemptions(text: str, rules: Rules | None = None) -> list[str]:
    rules = rules or load_rules()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(p, m):
        s, e = m.span("section")
        if any(ts < e and s < te for ts, te in taken):
            return
        taken.append((s, e))
        section = re.sub(r"\s+", "", m.group("section"))
        if section.startswith(rules.exemption_ignore):
            return
        found.append((s, p.format.format(section=section)))

    lowered = _lower(text)
    for p in rules.exemptions:
        if not p.may_match(lowered):
            continue
        for m in p.regex.finditer(text):
            add(p, m)
            pos = m.end()
            while p.continues is not None:
                c = p.continues.match(text, pos)
                if not c:
                    break
                add(p, c)
                pos = c.end()
    out: list[str] = []
    for _, v in sorted(found):
        if v not in out:
            out.append(v)
    return out


# -------------------------------------------------------------------------- public API

def _read_by_model(t: _Text, has_attachment: bool, result: Classification, model=None) -> None:
    from prr.replies.reply_model import get_model
    from prr.replies.reply_reading import read_sentences

    sentences = [t.text[s:e].strip() for s, e in zip(t.starts, t.ends) if t.text[s:e].strip()]
    reading = read_sentences(sentences, model or get_model(), has_attachment=has_attachment,
                             has_link=bool(_LINK.search(t.text)))
    result.status, result.confidence, result.evidence = reading.status, round(reading.confidence, 3), reading.evidence
    result.statuses = [s.to_json() for s in reading.statuses]
    result.rule = "sentence-model" if reading.statuses else ""
    result.notes.extend(reading.notes)
    result.apply, result.apply_reason = decide_apply(result)


def classify_text(text: str, *, subject: str | None = None, message_date: date | None = None,
                  has_attachment: bool = False, requester_refs=(),
                  attachment_text: str = "", rules: Rules | None = None, reader: str = "model",
                  model=None) -> Classification:
    """Read one reply. ``attachment_text`` is the text of attached letters, if known.
    ``reader="rules"`` uses the earlier phrase rules for the status (for comparison);
    ``model`` overrides the fitted sentence model (the benchmark fits one per held-out agency)."""
    rules = rules or load_rules()
    result = Classification()
    t = _prepare([(subject or "", 500), (_strip_html(text or ""), MAX_BODY_CHARS),
                  (attachment_text or "", MAX_ATTACHMENT_CHARS)])
    attached = has_attachment or bool(attachment_text and attachment_text.strip())
    if reader == "rules":
        _decide(t, rules, attached, result)
        result.statuses = [{"status": result.status, "confidence": result.confidence,
                            "evidence": result.evidence}] if result.status != "other" else []
    else:
        # "Re: <our subject>" repeats what we wrote: it says nothing about what the agency did
        own = subject and _REPLY_SUBJECT.match(subject)
        # a restated request is not a finding: the status is read without it
        status_text = _prepare(([] if own else [(subject or "", 500)])
                               + [(drop_restated_request(drop_mail_footer(text and _strip_html(text) or "")), MAX_BODY_CHARS),
                                  (drop_restated_request(attachment_text or ""), MAX_ATTACHMENT_CHARS)])
        _read_by_model(status_text, attached, result, model)
    result.tracking_numbers = tracking_numbers(t.text, requester_refs=requester_refs, rules=rules)
    result.dates = extract_dates(t, rules, message_date, result.notes)
    result.fees = extract_fees(t, rules)
    result.fee = fee_summary(result.fees, t, rules)
    result.exemptions = extract_exemptions(t.text, rules)
    return result


def _decode(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:   # broken transfer encoding: read nothing rather than fail the reply
        return ""
    if payload is None:
        inner = part.get_payload()
        return inner if isinstance(inner, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:   # unknown charset name: keep what can be read
        return payload.decode("utf-8", errors="replace")


_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_HTML_BODY = re.compile(r"^\s*(?:<!doctype|<html|<body|<div|<p\b|<table)", re.IGNORECASE)


def _strip_html(text: str) -> str:
    """Mail that reached us as HTML source in a text body: read its text, not its tags."""
    return _html_to_text(text) if _HTML_BODY.match(text[:200]) else text


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "lxml").get_text("\n")


def message_local_date(msg: Message, timezone: str = TIMEZONE) -> date | None:
    """The Date header as a California calendar date (None when missing or unreadable)."""
    from email.utils import parsedate_to_datetime
    from zoneinfo import ZoneInfo

    raw = msg.get("Date")
    if not raw:
        return None
    try:
        dt = parsedate_to_datetime(str(raw))
    except (TypeError, ValueError, IndexError):
        return None
    if dt.tzinfo is None:
        return dt.date()
    return dt.astimezone(ZoneInfo(timezone)).date()


def reply_parts(msg: Message) -> tuple[str, str, bool]:
    """(body text, text of text attachments, has a real attachment) of a message."""
    plain, html, attached, has_attachment = [], [], [], False
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        filename = part.get_filename()
        disposition = part.get_content_disposition()
        # images referenced from the HTML (Content-ID) are signatures and logos, not records
        is_logo = part.get_content_maintype() == "image" and part.get("Content-ID") is not None
        if (filename or disposition == "attachment") and not is_logo:
            has_attachment = True
            if ctype == "text/plain":
                attached.append(_decode(part))
            continue
        if ctype == "text/plain":
            plain.append(_decode(part))
        elif ctype == "text/html":
            html.append(_decode(part))
    body = "\n\n".join(plain) if plain else "\n\n".join(_html_to_text(h) for h in html)
    return body, "\n\n".join(attached), has_attachment


def classify_email(msg: EmailMessage | Message, *, requester_refs=()) -> Classification:
    """Classify a parsed reply: subject, body (plain, else HTML), attachments, Date header."""
    body, attached, has_attachment = reply_parts(msg)
    subject = str(msg.get("Subject") or "")
    return classify_text(body, subject=subject, message_date=message_local_date(msg),
                         has_attachment=has_attachment, requester_refs=requester_refs,
                         attachment_text=attached)
