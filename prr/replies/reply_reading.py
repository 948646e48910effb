"""From sentences to what a reply says: statuses with evidence, the main one, and whether
to apply it without a person looking.

Every sentence of the cleaned reply is read by the sentence model (``prr.replies.reply_model``);
a sentence votes for the status it most likely states when that status is the most
likely label and its probability is at least ``VOTE``. A status is reported with its
strongest sentence as evidence and that probability as its confidence. Several statuses
can be reported at once (acknowledged + extension, fee + no records); precedence rules
then name the main one:

- released together with withheld/denied material is ``partial`` (not in an appeal
  decision: the records the earlier response released are history);
- a release read only from a portal's "files are available" notice yields to what the
  letter says;
- precedence ranks only statuses read strongly and nearly as surely as the surest one:
  a fee outranks everything else (nothing moves until it is paid; without any amount in
  the reply it leads only when it is the surest); records that came outrank a "no other
  records" aside; a finding outranks a closure, a closure a question, a question an
  extension, an extension an acknowledgement (both are reported, and the deadlines read
  the extension).

Mail that is not an answer (an auto-reply, a payment receipt, a survey, a bounce, a read
receipt, a posted-message notice) is ``other`` whatever its sentences resemble; an acknowledgement that never says the
request was received (a progress note) and a no-records reading that never says what was
looked for (an aside) are held below the apply bar.

Sentences whose words rule out what the model reads in them ("no records were withheld",
"any documents will appear at the link"), and the holds on a main status the reply does not
bear out, are in ``prr.replies.reply_holds``.

``decide_apply`` (``prr.replies.apply_decision``, re-exported here) is the one place that
says whether a reading may change a request without review.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from prr.replies.apply_decision import APPLY_AT, APPLY_AT_BY_STATUS, decide_apply, sure_extension  # noqa: F401
from prr.replies.reply_depth import HELD_AT, drop_nothing_more_after_referral, out_of_depth
from prr.replies.reply_holds import (
    DELIVERED_OTHERWISE_NOTE,
    STILL_IN_HAND,
    delivered_otherwise,
    drop_acknowledgement_waiting_on_requester,
    drop_possible_extensions,
    drop_unpaid_fee_in_closure,
    held_when_unsupported,
    main_clause,
    nothing_withheld,
    restates_receipt,
    sends_nothing,
    surer_of,
)
from prr.replies.reply_legibility import _noise, _unreadable
from prr.replies.reply_model import NONE, SentenceModel

# A sentence votes for a status when the model gives it at least this probability.
VOTE = 0.40
# Precedence only ranks statuses read at least this surely; a weaker status (one
# sentence that might be about fees) does not outrank a clear one.
STRONG = 0.60
# ... and only when it is nearly as sure as the surest status read: one middling sentence
# (a "no additional records" aside, a "please let us know" courtesy) does not outrank the
# statement the reply is plainly making.
PRECEDENCE_MARGIN = 0.25
# A fee read by a sentence (at least VOTE) in a reply whose fee rules find an amount asked
# before the work goes on is read at least this surely: two independent kinds of evidence.
FEE_WITH_AMOUNT = 0.75
SURE_ACK = 0.80
PRECEDENCE = ("fee", "partial", "released", "no_records", "denied", "closed", "clarification",
              "extension", "acknowledged")
FINDINGS = ("partial", "no_records", "denied", "released")
# Statuses one reply can state together without contradicting itself. Any other strong
# pair makes the reading less sure (it goes to review), whichever wins on precedence.
COMPATIBLE = {frozenset(p) for p in (
    ("acknowledged", "extension"), ("acknowledged", "clarification"), ("acknowledged", "fee"),
    ("extension", "clarification"), ("extension", "fee"), ("fee", "partial"), ("fee", "no_records"),
    ("fee", "clarification"), ("no_records", "closed"), ("no_records", "denied"), ("denied", "closed"),
    ("partial", "closed"), ("released", "closed"), ("clarification", "closed"),
    # "the records are attached; no other records were found"
    ("released", "no_records"), ("partial", "no_records"),
    # "part of the request is denied; the fee for the rest is $X" (or "records attached, $X due")
    ("fee", "denied"), ("fee", "released"),
    # "this part is denied / attached; for the rest we need more time"
    ("denied", "extension"), ("partial", "extension"), ("released", "extension"),
    # "nothing found / records attached; if you meant something else, tell us"
    ("no_records", "clarification"), ("released", "clarification"))}
MAX_SENTENCE_CHARS = 600
_APPEAL = re.compile(r"\bappeal\b", re.I)
# A portal's delivery notice: something was posted, without saying what. The letter it
# delivers says what the agency decided (often an acknowledgement or a closure).
_DELIVERY_VERB = re.compile(r"\b(?:available|post(?:ed)?|added|uploaded|download\w*|attach\w*|enclos\w*)\b", re.I)
# ("on file" says where records are kept, not that a file was sent)
_DELIVERY_THING = re.compile(r"(?<!\bon\s)\b(?:files?|documents?|attachments?|information|correspondence|messages?|response|letter)\b",
                             re.I)
# "your Public Records Act request", "the records request": the name of the request, not records sent
_REQUEST_NAME = re.compile(r"\b(?:(?:california\s+)?public\s+records\s+act|records?\s+(?:request|act|center|portal|unit|division))\b",
                           re.I)
# (or the things sent, named as attached: "the attached permits", not "the attached files")
_RECORDS_NAMED = re.compile(r"\b(?:records?|responsive|requested|reports?|footage|video|recordings?|emails|data|minutes"
                            r"|contracts?|logs?|photos?|images?|pages)\b|\b(?:the|these|our)\s+(?:attached|enclosed)\s+(?:[a-z]+\s+)?(?!(?:files|documents"
                            r"|attachments|letters|messages|pdfs|scans|copies|forms|notices|responses)\b)[a-z]{2,}s\b", re.I)
# Mail that is not an answer to the request whatever its sentences resemble: auto-replies,
# payment receipts, satisfaction surveys, a portal's "a message was posted" notice. Such a
# reply is `other` unless another sentence states a status very surely (a receipt that
# also attaches the records).
_NOT_AN_ANSWER = (
    ("an automatic reply (out of office)", re.compile(
        r"\b(?:automatic\s+reply|auto[- ]?reply|out\s+of\s+(?:the\s+)?office|away\s+from\s+(?:my|the)\s+(?:desk|office)"
        r"|on\s+(?:annual\s+|medical\s+)?leave\s+(?:until|through)|limited\s+access\s+to\s+e-?mail)\b", re.I)),
    ("a payment receipt", re.compile(
        r"\bpayment\s+(?:receipt|confirmation|received)\b|\bamount\s+paid\b"
        # (the payment may be named by how it was made: "your online / card / credit card payment")
        r"|\bthanks?(?:\s+you)?\s+for\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?payment\b"
        r"|\breceipt\s+for\s+(?:your\s+)?payment\b|\b(?:we(?:'ve|\s+have)\s+|we\s+)?received\s+your\s+(?:[\w-]+\s+){0,2}?payment\b"
        r"|\byour\s+payment\s+(?:has\s+been|was)\s+(?:received|processed|accepted)\b|\btransaction\s+(?:id|number|#)", re.I)),
    ("a satisfaction survey", re.compile(
        # (a survey the records are about, "the 2023 traffic survey", is not one)
        r"\b(?:take|complete|fill\s+out|answer)\s+(?:our|a|this|the)\s+(?:[\w-]+\s+){0,3}?survey\b|\bcustomer\s+satisfaction\b"
        r"|\bhow\s+(?:did\s+we\s+do|are\s+we\s+doing)\b|\brate\s+(?:your|our)\s+(?:experience|service)\b", re.I)),
    ("a delivery failure notice", re.compile(
        r"\b(?:undeliverable|delivery\s+(?:status\s+notification|has\s+failed|failure|incomplete)|could\s+not\s+be\s+delivered"
        r"|wasn't\s+delivered|mailbox\s+(?:unavailable|is\s+full|full)|address\s+(?:not\s+found|couldn't\s+be\s+found))\b", re.I)),
    ("a read receipt", re.compile(r"\bread\s+receipt\b|\bwas\s+read\s+on\b|^read:\s", re.I)),
    ("a portal notice that a message was posted", re.compile(
        r"\ba\s+(?:new\s+)?(?:message|note|comment)\s+(?:has\s+been|was)\s+(?:added|posted|sent\s+to\s+you)\b"
        r"|\bnew\s+message\s+(?:on|regarding|about|for)\s+your\s+request\b", re.I)),
)
SURE_DESPITE_KIND = 0.80
# The status each kind of non-answer looks like: a receipt's lines read as a fee, a survey
# as a question. However sure, that reading is the mail itself and keeps nothing.
_LOOKS_LIKE = {"a payment receipt": "fee", "a satisfaction survey": "clarification"}
# An auto-reply's "your message has been received" acknowledges the e-mail, not the
# request: it keeps the reading only when it names the request (a number, "your request").
_NAMES_THE_REQUEST = re.compile(r"\brequest\b|\b(?:reference|tracking|confirmation)\s+(?:no\.?|number|#)|#\s?\w*\d", re.I)
_PAID = _NOT_AN_ANSWER[1][1]
# Money going back to the requester ("a refund of $28.40 will be mailed"): nothing is asked.
# A promise to ask before charging ("we will notify you before incurring fees above $25"): no fee asked.
_ASK_BEFORE_CHARGING = re.compile(r"\b(?:notify|contact|tell|inform|advise|let\s+you\s+know|check\s+with)\b[^.]{0,40}\bbefore\b"
                                  r"[^.]{0,40}\b(?:incur\w*|charg\w*|fees?|costs?)\b", re.I)
# ("any unused deposit will be refunded" goes with a fee asked: it does not count)
_REFUND = re.compile(r"\ba\s+refund\s+of\s+\$|\bwe\s+(?:are|will\s+be)\s+refunding\b|\byour\s+over-?payment\b"
                     r"|\bless\s+than\s+the\s+\$?[\d.,]*\s*deposit\s+(?:that\s+)?you\s+(?:already\s+)?paid\b", re.I)


@dataclass
class StatusReading:
    status: str
    confidence: float
    evidence: str
    sentence: int = -1          # index of the evidence sentence in the cleaned reply

    def to_json(self) -> dict:
        return {"status": self.status, "confidence": round(self.confidence, 3), "evidence": self.evidence}


@dataclass
class Reading:
    statuses: list[StatusReading] = field(default_factory=list)
    status: str = "other"
    confidence: float = 0.0
    evidence: str = ""
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        d = asdict(self)
        d["statuses"] = [s.to_json() for s in self.statuses]
        return d


# A fee sentence with no amount asked that returns money, promises to ask first, or thanks for
# a payment ("thank you for your payment of $18.75") asks for nothing.
_NO_FEE_ASKED = ((_REFUND, "the fee sentence returns money to the requester: no fee is asked"),
                 (_ASK_BEFORE_CHARGING, "the fee sentence promises to ask before charging: no fee is asked"),
                 (_PAID, "the fee sentence thanks for a payment made: no fee is asked"))


# "We cannot continue until the invoice is paid in full": the work waits on a payment, so a
# fee is asked even when its amount is in the invoice rather than the text. A notice of what
# would happen ("if fees exceed $50, we will not begin until payment is received") is not.
_WAITS_ON_PAYMENT = re.compile(
    r"\b(?:until|before|once|upon\s+receipt\s+of)\b(?:\s+[\w-]+){0,4}?\s+(?:invoice|payment|fees?|deposit|balance)\s+"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:paid|received|remitted)\b"
    r"|\buntil\s+(?:we\s+receive|receipt\s+of)\s+(?:the\s+|your\s+)?(?:payment|deposit|fee)", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|should|in\s+the\s+event|whether|unless)\b", re.IGNORECASE)


def _waits_on_payment(evidence: str) -> bool:
    return bool(_WAITS_ON_PAYMENT.search(evidence)) and not _CONDITIONAL.search(evidence)


def _drop_fee_not_asked(best: dict, reading: Reading) -> None:
    for rx, why in _NO_FEE_ASKED:
        if "fee" in best and rx.search(best["fee"].evidence):
            best.pop("fee")
            reading.notes.append(why)


def read_sentences(sentences: list[str], model: SentenceModel, *, has_attachment: bool,
                   has_link: bool, amount_asked: bool = False, fee_amount: bool = True) -> Reading:
    """What the reply says, from its sentences (subject first, then body, then letters).
    ``fee_amount``: the reply names an amount this request costs (an amount asked is one)."""
    fee_amount = fee_amount or amount_asked
    reading = Reading()
    why = _unreadable(sentences)
    if why:
        reading.notes.append(why + ": needs a person")
        reading.confidence = 0.0
        return reading
    votes = _votes(sentences, model)
    _drop_bare_delivery_notice(votes, reading)
    drop_possible_extensions(votes, reading.notes)
    drop_acknowledgement_waiting_on_requester(votes, reading.notes)
    best = {label: max(vs, key=lambda v: v.confidence) for label, vs in votes.items()}
    drop_unpaid_fee_in_closure(best, sentences, reading.notes)
    drop_nothing_more_after_referral(best, sentences, reading.notes)
    # a fee sentence with evidence that a fee is asked (an amount asked before the work goes
    # on, or the sentence itself says the work waits on a payment) is read at least as sure
    f = best.get("fee")
    if f is not None and f.confidence < FEE_WITH_AMOUNT and (amount_asked or _waits_on_payment(f.evidence)):
        best["fee"] = StatusReading("fee", FEE_WITH_AMOUNT, f.evidence, f.sentence)
        reading.notes.append("a sentence reads as a fee and an amount is asked before the work goes on" if amount_asked
                             else "the fee sentence says the work waits on a payment: a fee asked")
    elif not amount_asked:
        _drop_fee_not_asked(best, reading)
    if "released" in best and "denied" in best and _APPEAL.search(best["denied"].evidence):
        # "your appeal is denied": what the earlier response released is history, not a release now
        best.pop("released")
        reading.notes.append("an appeal decision: the records it mentions were released before")
    if "released" in best and "denied" in best and "partial" not in best:
        d = best["denied"]
        best["partial"] = StatusReading("partial", min(best["released"].confidence, d.confidence), d.evidence,
                                        d.sentence)
        reading.notes.append("records released and some withheld: partial")
    if "partial" in best:
        best.pop("released", None)   # a partial release is the release
        best.pop("denied", None)
    reading.statuses = _ranked(list(best.values()), fee_amount=fee_amount)
    if not reading.statuses:
        reading.notes.append("no sentence states a status: needs a person")
        return reading
    kind = _not_an_answer(sentences, reading.statuses, amount_asked=amount_asked)
    if kind:
        reading.notes.append(f"{kind}, not an answer to the request: needs a person")
        reading.status, reading.confidence = "other", 0.0
        return reading
    first = reading.statuses[0]
    main = reading.statuses[0] = held_when_unsupported(first, sentences, reading.notes, reading.statuses[1:])
    if main is not first and main.confidence < STRONG and any(o.confidence >= STRONG for o in reading.statuses[1:]):
        # a held status (a progress note, an aside) does not outrank what the reply plainly
        # says ("withdrawn; no fees were incurred"): precedence runs again without it
        reading.notes.pop()
        reading.statuses = _ranked(reading.statuses, fee_amount=fee_amount)
        main = reading.statuses[0] = held_when_unsupported(reading.statuses[0], sentences, reading.notes,
                                                            reading.statuses[1:])
    if main.status == "acknowledged" and STILL_IN_HAND in reading.notes:
        reading.status, reading.confidence = "other", 0.0   # the suggestion stays in statuses
        return reading
    closes = any(s.status == "closed" and s.confidence >= STRONG for s in reading.statuses)
    conflict = max((o.confidence for o in reading.statuses[1:] if _contradicts(main, o, closes)), default=0.0)
    reading.status, reading.evidence = main.status, main.evidence
    reading.confidence = main.confidence * (1 - 0.5 * conflict)
    if conflict:
        other = next(o for o in reading.statuses[1:] if o.confidence == conflict)
        reading.notes.append(f"also reads as {other.status} ({conflict:.2f}): less sure")
    depth = out_of_depth(main, reading.statuses[1:], reading.confidence, model, amount_asked=amount_asked)
    if depth:
        reading.notes.append(depth)
        reading.confidence = min(reading.confidence, HELD_AT)
    if main.status == "released" and not (has_attachment or has_link) and delivered_otherwise(main.evidence):
        reading.notes.append(DELIVERED_OTHERWISE_NOTE)
    elif main.status == "released" and not (has_attachment or has_link):
        reading.notes.append("release language but no attachment or download link: "
                             "check whether the records arrived")
    return reading


def _votes(sentences: list[str], model: SentenceModel) -> dict[str, list[StatusReading]]:
    """Each readable sentence's vote (its most likely status, read at least ``VOTE``); a
    sentence opening with a lead-in that names the request is also read by its main clause."""
    votes: dict[str, list[StatusReading]] = {}
    kept = [i for i, s in enumerate(sentences) if not _noise(s)]
    texts = [sentences[i][:MAX_SENTENCE_CHARS] for i in kept]
    clauses = {j: c for j, c in enumerate(main_clause(t) for t in texts) if c}
    probs_all = model.predict(texts + list(clauses.values()))
    by_clause = dict(zip(clauses, probs_all[len(texts):]))
    for j, (i, full) in enumerate(zip(kept, probs_all)):
        probs = surer_of(full, by_clause.get(j), NONE)
        label = max(probs, key=probs.get)
        p, s = probs[label], sentences[i]
        if label == NONE or p < VOTE:
            continue
        if (label in ("no_records", "partial", "denied") and nothing_withheld(s, label)) or (
                label == "released" and sends_nothing(s)):
            continue   # "nothing was withheld" finds nothing missing; "any documents will be at" sends none
        votes.setdefault(label, []).append(StatusReading(label, p, s[:300], i))
    return votes


def thanks_for_payment(text: str) -> bool:
    """The mail is a payment receipt: its amounts were paid, none is asked."""
    return bool(_PAID.search(text))


def _not_an_answer(sentences: list[str], statuses: list[StatusReading], amount_asked: bool = False) -> str | None:
    """What kind of non-answer this mail is (auto-reply, receipt, survey, posted-message
    notice), unless a sentence that is not the marker itself states a status very surely.
    A reply that asks for money before the work goes on is not a receipt."""
    for kind, pattern in _NOT_AN_ANSWER:
        if kind == "a payment receipt" and amount_asked:
            continue
        if any(pattern.search(x) for x in sentences):
            if any(_keeps_reading(kind, pattern, st) for st in statuses):
                return None
            return kind
    return None


def _keeps_reading(kind: str, marker: re.Pattern, st: StatusReading) -> bool:
    """Whether a status read in a non-answer mail is more than the mail itself: very sure,
    not read from the marker, not the status this kind of mail looks like, and (for an
    auto-reply's acknowledgement) about the request rather than the e-mail."""
    if st.confidence < SURE_DESPITE_KIND or marker.search(st.evidence) or _LOOKS_LIKE.get(kind) == st.status:
        return False
    return not (kind.startswith("an automatic reply") and st.status == "acknowledged"
                and not _NAMES_THE_REQUEST.search(st.evidence))


def _ranked(statuses: list[StatusReading], fee_amount: bool = True) -> list[StatusReading]:
    """Statuses in the order they are reported: those read strongly and nearly as surely as
    the surest one by precedence, then the others by confidence."""
    top = max((s.confidence for s in statuses), default=0.0)

    def ranks(s: StatusReading) -> bool:
        if s.status == "fee" and not fee_amount:
            # no amount asked anywhere: "fees may apply" is a notice; it leads only when it
            # is the surest thing the reply says
            return s.confidence >= STRONG and s.confidence >= top
        if s.status in ("released", "partial") and s.confidence >= STRONG:
            return True   # records came: a "no other records" aside does not outrank them
        return s.confidence >= STRONG and s.confidence >= top - PRECEDENCE_MARGIN

    return sorted(statuses, key=lambda s: (not ranks(s), PRECEDENCE.index(s.status) if ranks(s) else -s.confidence))


def _is_delivery_notice(sentence: str) -> bool:
    """Something was posted or attached (a file, "our response", a letter) without naming
    records: what was delivered may be a letter saying anything."""
    return bool(_DELIVERY_VERB.search(sentence) and _DELIVERY_THING.search(sentence)
                and not _RECORDS_NAMED.search(_REQUEST_NAME.sub(" ", sentence)))


def _drop_bare_delivery_notice(votes: dict[str, list[StatusReading]], reading: Reading) -> None:
    """A release read only from a portal's "files are available to download" notice, in a
    reply whose letter clearly says something else, is that something else: the posted
    file is the letter (an acknowledgement, a closure, a no-records finding)."""
    released = votes.get("released") or []
    if not released or not all(_is_delivery_notice(v.evidence) for v in released):
        return
    others = [v for label, vs in votes.items() if label != "released" for v in vs if v.confidence >= STRONG]
    if others:
        votes.pop("released")
        reading.notes.append("a notice that files were posted, not a release: the letter says "
                             + max(others, key=lambda v: v.confidence).status)


def _contradicts(main: StatusReading, other: StatusReading, closes: bool = False) -> bool:
    if other.status == "clarification" and main.status in ("released", "no_records") and other.confidence > main.confidence:
        # the question is the surer statement: the "release" may be a pointer to public data
        return True
    if other.confidence < STRONG or frozenset((main.status, other.status)) in COMPATIBLE:
        return False
    if other.status != "acknowledged":
        return True
    # letters restate that the request was received ("your request was assigned number X",
    # "we forwarded your request"): only a clear acknowledgement ("this acknowledges
    # receipt") contradicts a finding, and none contradicts a reply that surely closes the
    # request -- a reply that closes the file is past acknowledging it
    return other.confidence >= SURE_ACK and not closes and not restates_receipt(other.evidence)
