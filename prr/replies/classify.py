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

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from email.message import EmailMessage, Message

from prr.deadlines.calendar import add_business_days  # noqa: F401  (re-exported)
from prr.replies.reply_cleaning import (  # noqa: F401  (re-exported)
    EVIDENCE_CHARS,
    MAX_ATTACHMENT_CHARS,
    MAX_BODY_CHARS,
    _clip,
    _lower,
    _prepare,
    _Text,
    strip_quoted,
)
from prr.replies.reply_depth import prices_the_hours
from prr.replies.reply_facts import (  # noqa: F401  (re-exported)
    extract_dates,
    extract_exemptions,
    extract_fees,
    fee_summary,
    tracking_numbers,
)
from prr.replies.reply_message import (  # noqa: F401  (re-exported)
    _REPLY_SUBJECT,
    TIMEZONE,
    _decode,
    _html_to_text,
    _strip_html,
    message_local_date,
    reply_parts,
)
from prr.replies.reply_reading import decide_apply, thanks_for_payment  # noqa: F401  (the apply decision, re-exported)
from prr.replies.reply_text import drop_mail_footer, drop_restated_request, mend_ocr
from prr.replies.rules import Rules, load_rules

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



# -------------------------------------------------------------------------- public API

def _read_by_model(t: _Text, has_attachment: bool, result: Classification, model=None,
                   amount_asked: bool = False, fee_amount: bool = True) -> None:
    from prr.replies.reply_model import get_model
    from prr.replies.reply_reading import read_sentences

    sentences = [t.text[s:e].strip() for s, e in zip(t.starts, t.ends) if t.text[s:e].strip()]
    reading = read_sentences(sentences, model or get_model(), has_attachment=has_attachment,
                             has_link=bool(_LINK.search(t.text)), amount_asked=amount_asked, fee_amount=fee_amount)
    result.status, result.confidence, result.evidence = reading.status, round(reading.confidence, 3), reading.evidence
    result.statuses = [s.to_json() for s in reading.statuses]
    result.rule = "sentence-model" if reading.statuses else ""
    result.notes.extend(reading.notes)
    result.apply, result.apply_reason = decide_apply(result)


def prepared_text(text: str, *, subject: str | None = None, attachment_text: str = "") -> tuple[_Text, int]:
    """The subject, body and attached text as one cleaned text, and where its subject ends
    (the subject is its first paragraph: a number there names the mail's request)."""
    return _prepared(_strip_html(text or ""), subject, attachment_text)


def _prepared(body: str, subject: str | None, attachment_text: str) -> tuple[_Text, int]:
    """``prepared_text`` of a body already read out of its HTML."""
    t = _prepare([(subject or "", 500), (body, MAX_BODY_CHARS), (attachment_text or "", MAX_ATTACHMENT_CHARS)])
    if not (subject and subject.strip()):
        return t, 0
    end = t.text.find("\n\n")
    return t, len(t.text) if end < 0 else end


def classify_text(text: str, *, subject: str | None = None, message_date: date | None = None,
                  has_attachment: bool = False, requester_refs=(),
                  attachment_text: str = "", rules: Rules | None = None, reader: str = "model",
                  model=None) -> Classification:
    """Read one reply. ``attachment_text`` is the text of attached letters, if known.
    ``reader="rules"`` uses the earlier phrase rules for the status (for comparison);
    ``model`` overrides the fitted sentence model (the benchmark fits one per held-out agency)."""
    rules = rules or load_rules()
    result = Classification()
    body = _strip_html(text or "")   # (an HTML body is parsed once, for both texts below)
    t, subject_end = _prepared(body, subject, attachment_text)
    attached = has_attachment or bool(attachment_text and attachment_text.strip())
    if reader == "rules":
        _decide(t, rules, attached, result)
        result.statuses = [{"status": result.status, "confidence": result.confidence,
                            "evidence": result.evidence}] if result.status != "other" else []
    else:
        # "Re: <our subject>" repeats what we wrote: it says nothing about what the agency did
        own = subject and _REPLY_SUBJECT.match(subject)
        # a restated request is not a finding: the status is read without it
        # OCR's "den1ed" and "y0ur" are mended for reading (a scanned letter)
        status_text = _prepare(([] if own else [(subject or "", 500)])
                               + [(mend_ocr(drop_restated_request(drop_mail_footer(body))),
                                   MAX_BODY_CHARS),
                                  (mend_ocr(drop_restated_request(attachment_text or "")), MAX_ATTACHMENT_CHARS)])
    result.fees = extract_fees(t, rules)
    result.fee = fee_summary(result.fees, t, rules)
    if reader != "rules":
        # an amount asked before the work goes on is the fee rules' evidence for a fee
        amount = any(result.fee.get(k) for k in ("total", "deposit", "balance"))
        # an hourly price for the work ("our fee is $18.00 an hour for research") names the fee
        # this request will cost, not "fees may apply"; a price per copy is a price list
        priced = amount or any(f["kind"] == "rate" and prices_the_hours(f["text"]) for f in result.fees)
        _read_by_model(status_text, attached, result, model, fee_amount=priced,
                       amount_asked=bool(amount and result.fee.get("before_work")))
    if (reader != "rules" and result.fee and not any(s["status"] == "fee" for s in result.statuses)
            and thanks_for_payment(status_text.text)):
        result.fee = {}   # a receipt's amounts were paid, and no sentence asks for more
    result.tracking_numbers = tracking_numbers(t.text, requester_refs=requester_refs, rules=rules,
                                               subject_end=subject_end)
    result.dates = extract_dates(t, rules, message_date, result.notes)
    result.exemptions = extract_exemptions(t.text, rules)
    return result




def classify_email(msg: EmailMessage | Message, *, requester_refs=()) -> Classification:
    """Classify a parsed reply: subject, body (plain, else HTML), attachments, Date header."""
    body, attached, has_attachment = reply_parts(msg)
    subject = str(msg.get("Subject") or "")
    return classify_text(body, subject=subject, message_date=message_local_date(msg),
                         has_attachment=has_attachment, requester_refs=requester_refs,
                         attachment_text=attached)
