"""Readings a sentence can give that its words do not bear out, kept apart from the
precedence rules of ``prr.replies.reply_reading``.

Each is a kind of sentence the model reads as a status while what the sentence says is
something else, or is said too vaguely to act on unseen:

- a request named after a long lead-in ("Regarding your request of March 3, reference
  #123, for the permit files, please find attached ...") hides the main clause under the
  words of the request; the main clause is read too (``main_clause``);
- "no records were redacted or withheld" says nothing was held back (a release), not that
  nothing was found;
- "you can view the request and any documents at the link" is where records would go, not
  records sent, and "the records were lost in a flood" sends nothing either;
- "your request remains assigned / is still being worked on", in a reply that says it is an
  update, is a progress note, not an acknowledgement;
- a response date in an acknowledgement that says nothing is extended, delayed or needs
  more time ("you can expect a response from us by April 25") may be the law's own time:
  it is read less surely than the acknowledgement beside it.

- a release that says the records went by post, wait for inspection or sit in a portal
  request's files needs no attachment (``delivered_otherwise``); an unpaid invoice named in
  a reply that closes the request is why it closed, not a fee asked
  (``drop_unpaid_fee_in_closure``).

``held_when_unsupported`` holds a main status (a ``StatusReading``) below the apply bar
when the reply lacks what that status always says.
"""
from __future__ import annotations

import re
from dataclasses import replace

# A sentence that starts by naming what it answers; its main clause comes after a comma.
_LEAD_IN = re.compile(
    r"^\W*(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi|greetings|dear\s+[^,]{1,40}),?\s+)?(?:in\s+(?:response|reply|answer)\s+to|regarding|with\s+(?:regard|respect)\s+to|concerning|as\s+to"
    r"|further\s+to|following\s+up\s+on|in\s+connection\s+with|relating\s+to|pertaining\s+to|per\s+your|re:)\b",
    re.IGNORECASE)
MIN_CLAUSE_WORDS = 4


def main_clause(sentence: str) -> str | None:
    """The clause after a lead-in naming the request ("In response to your request of
    ..., attached please find ...": "attached please find ..."), or None."""
    if not _LEAD_IN.search(sentence):
        return None
    parts = sentence.split(", ")
    for i in range(len(parts) - 1, 0, -1):
        tail = ", ".join(parts[i:])
        if len(tail.split()) >= MIN_CLAUSE_WORDS:
            return tail
    return None


def surer_of(full: dict[str, float], clause: dict[str, float] | None, none: str) -> dict[str, float]:
    """The reading of a sentence or of its main clause, whichever states a status more surely."""
    if clause is None:
        return full

    def best(p: dict[str, float]) -> float:
        return max((v for k, v in p.items() if k != none), default=0.0)

    return clause if best(clause) > best(full) else full


# "No records were redacted or withheld": about withholding, not about whether records exist.
_WITHHOLDING = re.compile(r"\b(?:redact\w*|withh[eo]ld\w*|held\s+back|kept\s+back|blacked\s+out|removed)\b", re.I)
_FINDING_WORDS = re.compile(r"\b(?:found|locat\w*|exist\w*|search\w*|identif\w*|maintain\w*|possess\w*)\b", re.I)


_NONE_HELD = re.compile(r"\b(?:no|none|nothing|not)\b(?:\s+[\w-]+){0,5}?\s+(?:redact\w*|withh[eo]ld\w*|held\s+back|kept\s+back"
                        r"|blacked\s+out|removed)\b"
                        # "released to you without redaction", "provided unredacted", "in full"
                        r"|\bwithout\s+(?:any\s+)?redactions?\b|\bunredacted\b", re.I)
_EXCEPT = re.compile(r"\b(?:but|except|however|other\s+than|apart\s+from|only)\b", re.I)


def nothing_withheld(sentence: str, label: str = "no_records") -> bool:
    """A "no records" sentence that only says nothing was held back; for a withholding
    label (partial, denied), a sentence that says nothing was ("no pages were redacted")."""
    if label == "no_records":
        return bool(_WITHHOLDING.search(sentence)) and not _FINDING_WORDS.search(sentence)
    return bool(_NONE_HELD.search(sentence)) and not _EXCEPT.search(sentence) and not _FINDING_WORDS.search(sentence)


# "You can view ... any documents at the link": where records will appear, if any.
_ANY_RECORDS = re.compile(r"\bany\s+(?:\w+\s+)?(?:records?|documents?|files?|materials?)\b", re.I)
_MAY_COME = re.compile(r"\b(?:can|could|will|may|once|when|if)\b", re.I)
_SENT_NOW = re.compile(r"\b(?:attach\w*|enclos\w*|here\s+(?:are|is)|herewith|provid\w*|produc\w*|releas(?:ed|ing)"
                       r"|sent|uploaded)\b", re.I)


_OFFERED = re.compile(r"\b(?:available|ready|link|urltoken|download\w*|copies|scanned|https?://)", re.I)
_LOST = re.compile(r"\b(?:lost|destroyed|burn(?:ed|t)|purged|discarded|shredded|deleted|overwritten|damaged)\b", re.I)


def sends_nothing(sentence: str) -> bool:
    """A release sentence that sends no records: about records that may come ("any documents
    ... can be viewed at"), or records that were lost or destroyed."""
    if _SENT_NOW.search(sentence):
        return False
    if _ANY_RECORDS.search(sentence) and _MAY_COME.search(sentence):
        return True
    # "the copies are available at the link; the paper originals were destroyed" still sends them
    return bool(_LOST.search(sentence)) and not _OFFERED.search(sentence)


# A reply that calls itself an update, or an acknowledgement that the request is still where it was.
_UPDATE = re.compile(r"\b(?:courtesy|status)\s+update\b|\bupdate\s+on\s+(?:your\s+)?(?:records?\s+)?request\b"
                     r"|^\W*(?:update|status\s+of)\b|\bchecking\s+in\b|\bfollowing\s+up\s+to\s+let\s+you\s+know\b", re.I)
_STILL = re.compile(r"\b(?:remains?|still|continues?\s+to\s+be)\b", re.I)


STILL_IN_HAND = "an update saying the request is still in hand, with no new fact: nothing to change"


def progress_update(evidence: str, sentences: list[str]) -> bool:
    """An acknowledgement read from a status note: a reply that says it is an update and
    that the request "remains" or is "still" where it was."""
    return (bool(_STILL.search(evidence)) or any(_STILL.search(s) for s in sentences)) and any(
        _UPDATE.search(s) for s in sentences)


# An extension states that the time is extended, delayed or needs more: a date alone, in a
# letter that also acknowledges the request, may be the law's own time.
_EXTENDED = re.compile(
    r"\b(?:extend\w*|extension|additional|further|more\s+time|delay\w*|unusual|need\w*|requir\w*|now|new|revised"
    r"|updated|pushed|moved|postpon\w*|because|due\s+to|volume|installments?|rolling|next|interim|first|final"
    r"|unable|cannot|not\s+be\s+able|longer|beyond)\b", re.I)


# An extension the agency only may take ("this period may be extended in unusual circumstances";
# "you will be notified if an extension becomes necessary") is the law's option, not one taken
# ... unless the sentence also says the time is extended.
_MAY_EXTEND = re.compile(
    r"\b(?:may|might|could|can)\s+(?:also\s+|further\s+)?be\s+(?:extended|lengthened|pushed\s+back)\b"
    r"|\bif\s+(?:an?\s+|the\s+)?(?:extension|more\s+time|additional\s+time)\s+(?:is|becomes|should\s+be(?:come)?|were|proves?)\s+"
    r"(?:necessary|needed|required)\b|\b(?:reserves?\s+the\s+right|(?:is|are)\s+(?:allowed|permitted))\s+to\s+extend\b", re.I)
_EXTENSION_TAKEN = re.compile(r"\b(?:hereby\s+extend\w*|(?:are|am)\s+extending|(?:is|has\s+been|have\s+been)\s+extended"
                              r"|(?:need|require)\s+(?:an\s+)?(?:additional|more|extra)\b|new\s+(?:due|response)\s+date)", re.I)


# More time named only inside a condition ("Should the Office need additional time, we will
# let you know"; "if we require an extension, you will be notified"; "in the event more time
# is needed ..."): what would happen, not time taken. The condition is cut out before the
# rest of the sentence is asked whether it takes the time.
_IF_MORE_TIME = re.compile(
    r"\b(?:if|should|in\s+the\s+event(?:\s+that)?|where|when(?:ever)?|in\s+case)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:(?:requires?|needs?|takes?)\s+(?:an?\s+|any\s+)?(?:additional|more|extra|further)\s+(?:time|days|review)"
    r"|(?:requires?|needs?|takes?)\s+(?:an?\s+)?extension"
    r"|(?:additional|more|extra|further)\s+time\s+(?:is|be|becomes|proves|were)\s+(?:\w+\s+)?(?:necessary|needed|required))\b"
    r"[^,;.]*", re.I)


def only_possible_extension(evidence: str) -> bool:
    """An extension sentence that only says the time may be extended."""
    if _IF_MORE_TIME.search(evidence) and not _EXTENSION_TAKEN.search(_IF_MORE_TIME.sub(" ", evidence)):
        return True
    return bool(_MAY_EXTEND.search(evidence)) and not _EXTENSION_TAKEN.search(evidence)


# "We will continue processing your request when we receive it": the work waits on something
# the requester must send (a form, an authorization, an answer, a payment). Beside the ask it
# conditions, that sentence is the ask's, not an acknowledgement of its own.
_WAITS_ON_REQUESTER = re.compile(
    r"\b(?:continu|resum|proceed|go\s+on|keep\s+working|move\s+forward)\w*\b[^.]{0,80}?"
    r"\b(?:when|once|after|upon|as\s+soon\s+as)\b[^.]{0,60}?\b(?:receiv\w*|receipt|arriv\w*|returned)\b"
    r"|\b(?:when|once|after|upon|as\s+soon\s+as)\b[^.]{0,60}?\b(?:receiv\w*|receipt|arriv\w*|returned)\b[^.]{0,80}?"
    r"\b(?:continu|resum|proceed|go\s+on|keep\s+working|move\s+forward)\w*\b", re.I)


def drop_acknowledgement_waiting_on_requester(votes: dict, notes: list[str]) -> None:
    """An acknowledgement read only from "we will go on when we receive it", in a reply that
    asks the requester for something (a clarification or a fee), is that ask's condition."""
    acks = votes.get("acknowledged") or []
    if not acks or not (votes.get("clarification") or votes.get("fee")):
        return
    kept = [v for v in acks if not _WAITS_ON_REQUESTER.search(v.evidence)]
    if len(kept) < len(acks):
        votes["acknowledged"] = kept
        if not kept:
            votes.pop("acknowledged")
        notes.append("the work waits on what the requester sends: that sentence is the ask's, not an acknowledgement")


def drop_possible_extensions(votes: dict, notes: list[str]) -> None:
    """Keep, of the sentences read as an extension, those that take one (``votes`` by status)."""
    if "extension" not in votes:
        return
    taken = [v for v in votes["extension"] if not only_possible_extension(v.evidence)]
    if len(taken) < len(votes["extension"]):
        notes.append("an extension the agency only may take is not one taken")
    votes["extension"] = taken
    if not taken:
        votes.pop("extension")


def bare_response_date(evidence: str) -> bool:
    """An extension sentence that only gives a date for the answer."""
    return not _EXTENDED.search(evidence)


# (STRONG of ``prr.replies.reply_reading``: a status read this surely takes part in precedence)
SURE_BESIDE = 0.60
# An acknowledgement says the agency has the request. A reply that never says so (no
# "received", "assigned", "logged", a request number...) but reads as one is a progress
# note ("staff are reviewing the records now"): nothing new, so a person looks at it.
_RECEIPT = re.compile(r"\b(?:receiv\w*|receipt|acknowledg\w*|assigned|logged|submitted|forward\w*|rout\w*|entered|pass\w*\s+(?:it|this|your\s+request)\s+(?:on|along)"
                      r"|confirm\w*|(?:reference|tracking|request|confirmation)\s+(?:no\.?|number|#|id)"
                      r"|thanks?\s+(?:you\s+)?for\s+(?:your|the|submitting)\s+(?:[\w-]+\s+){0,4}?request)|#\s?\w*\d", re.I)
PROGRESS_NOTE_AT = 0.5
# A no-records finding says what was looked for: records, responsive documents, a search, the
# files an office keeps. "There's no separate report" beside an answer given inline is an
# aside, not a finding: the reply goes to a person.
# The law's own deadline stated in an acknowledgement ("your statutory response date is
# ...", "the agency has seven business days to respond") extends nothing ...
_LAWS_OWN_DEADLINE = re.compile(
    r"\b(?:statutory|the\s+(?:law|act|statute)\s+(?:gives|allows|requires)"
    r"|ha(?:s|ve)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:business\s+|working\s+|calendar\s+)?days\s+to\s+respond)", re.IGNORECASE)
# ... unless the same sentence says the time is extended or the answer will be late.
_EXTENDING = re.compile(r"\b(?:extend\w*|extension|additional|further|more\s+time|delay\w*|unusual"
                        r"|anticipate\w*|expect\w*|estimat\w*|unable|cannot|not\s+be\s+able)\b", re.IGNORECASE)
# "We will not be able to produce the records within 30 days" is late, not a refusal.
_ONLY_LATE = re.compile(r"\b(?:not\s+be\s+able|unable|cannot|can\s*not)\b.{0,80}?\bwithin\s+(?:the\s+)?"
                        r"(?:\w+\s+)?(?:\(\d+\)\s+)?\d*\s*(?:business\s+|working\s+|calendar\s+)?days\b",
                        re.IGNORECASE)
# A denial refuses: it names a refusal, an exemption or the law it rests on, or says the
# records will not be given. "The records are not immediately available because they are in
# use" (a custodian's certification of a later day) only says when: it refuses nothing.
_REFUSAL = re.compile(
    r"\b(?:den(?:y|ied|ials?|ies|ying)|withh[eo]ld\w*|exempt\w*|excepted|declin\w*|refus\w*|reject\w*|confidential\w*"
    r"|privilege\w*|protected|prohibit\w*|barred|segregab\w*|(?:non)?disclos\w*|redact\w*|(?:exclu\w*|not\s+subject)\s+(?:from|to)"
    r"|not\s+(?:a\s+)?(?:public|disclosable|releasable)|section|code|exemptions?)\b|\u00a7", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"\b(?:no|not|none|never|cannot|unable)\b|n't\b", re.IGNORECASE)
_GIVE = re.compile(r"\b(?:releas\w*|provid\w*|produc\w*|grant\w*|shar\w*|furnish\w*|fulfil\w*|giv\w+|turn\w*\s+over"
                   r"|made\s+public|open\s+to)\b", re.IGNORECASE)


def refuses(evidence: str) -> bool:
    """A denial sentence that refuses something (see ``_REFUSAL``)."""
    return bool(_REFUSAL.search(evidence)) or bool(_NOT_GIVEN.search(evidence) and _GIVE.search(evidence))


# A no-records finding always says there is nothing ("no", "not", "unable to locate",
# "zero results"; "No. 12" is a number's label); a sentence without any such word ("this acknowledges receipt of your
# request for the contract documents") is something else read as one.
_NONE_SAID = re.compile(r"\bno\b(?!\.\s*\S*\d)|\b(?:not|none|never|nothing|nor|neither|unable|zero|empty|fail\w*|without|lack\w*)\b|n't\b",
                        re.IGNORECASE)
# (Recordings are records too: "there is no video of the incident", "no footage exists".)
_NO_RECORDS_FINDING = re.compile(r"\b(?:records?|responsive|search\w*|locat\w*|custody|maintain\w*|information"
                                 r"|documents?|files?|materials?|videos?|footage|recordings?|audio)\b", re.I)


def held_when_unsupported(main, sentences: list[str], notes: list[str], others=()):
    """The main status held below the apply bar when the reply lacks what that status always
    says: an acknowledgement that the request was received, a no-records finding what was
    looked for."""
    if main.status == "acknowledged" and progress_update(main.evidence, sentences):
        notes.append(STILL_IN_HAND)
    elif main.status == "acknowledged" and not any(_RECEIPT.search(x) for x in sentences):
        notes.append("reads as an acknowledgement but never says the request was received (a progress note?): less sure")
    elif (main.status == "extension" and bare_response_date(main.evidence)
          and any(o.status == "acknowledged" and o.confidence >= SURE_BESIDE for o in others)):
        notes.append("reads as an extension but only gives a date for the answer beside an acknowledgement "
                     "(the law's own time?): less sure")
    elif main.status == "no_records" and not _NONE_SAID.search(main.evidence):
        notes.append("reads as no records but never says there are none (a restated request?): less sure")
    elif main.status == "no_records" and not _NO_RECORDS_FINDING.search(main.evidence):
        notes.append("reads as no records but does not say what was searched for (an aside?): less sure")
    elif main.status == "extension" and _LAWS_OWN_DEADLINE.search(main.evidence) and not _EXTENDING.search(main.evidence):
        notes.append("reads as an extension but states the law's own deadline (nothing extended): less sure")
    elif main.status == "denied" and _ONLY_LATE.search(main.evidence):
        notes.append("reads as a denial but only says the answer will be late (an extension?): less sure")
    elif main.status == "denied" and not refuses(main.evidence):
        notes.append("reads as a denial but refuses nothing (records in use, a later day?): less sure")
    else:
        return main
    return replace(main, confidence=min(main.confidence, PROGRESS_NOTE_AT))




# "This responds to your request, received June 2 and assigned No. X": a final letter
# restating the receipt, not an acknowledgement that contradicts its answer.
_RESPONDS = re.compile(r"\b(?:this\s+(?:letter\s+|e-?mail\s+|message\s+)?(?:responds|is\s+(?:in\s+|our\s+)?respon\w*)"
                       r"|in\s+(?:response|reply)\s+to|responding\s+to)\b", re.I)


def restates_receipt(evidence: str) -> bool:
    """An acknowledgement sentence that says it is the response (it restates the receipt)."""
    return bool(_RESPONDS.search(evidence))


# A release that says the records wait at a counter or went by post: nothing is attached
# by design, so a missing attachment or link says nothing against it.
# In any voice: "are available for you to inspect at City Hall", "the County has mailed the
# records", "were sent by First-Class Mail", "released in the Documents section of this request"
# (a portal notice whose link is a button the text does not keep).
_DELIVERED_OTHERWISE = re.compile(
    r"\b(?:(?:are|is)\s+(?:now\s+)?(?:available|ready)\s+(?:for\s+(?:you\s+)?(?:to\s+)?|to\s+(?:be\s+)?)"
    r"(?:inspect\w*|review\w*|view\w*|examin\w*|pick(?:ed)?[\s-]?up|collect\w*)"
    r"|(?:have\s+been|has\s+been|were|was|are\s+being|is\s+being)\s+(?:mailed|shipped|posted\s+to\s+you"
    r"|sent\s+(?:to\s+you\s+)?(?:by|via|through)\s+(?:(?:U\.?S\.?|first[\s-]class|certified|regular|registered|priority)\s+)*"
    r"(?:mail|post|USPS|FedEx|UPS|courier))"
    r"|(?:we|I|the\s+\w+(?:\s+\w+)?)\s+(?:have\s+|has\s+|had\s+)?(?:mailed|shipped)\s+(?:you\s+)?(?:the|your|all|a|an|copies|\d)"
    r"|(?<!be\s)(?<!been\s)\b(?:sent|mailed|shipped)\s+(?:[\w,-]+\s+){0,8}?(?:by|via|through)\s+(?:the\s+)?"
    r"(?:(?:U\.?S\.?|first[\s-]class|certified|regular|registered|priority|overnight)\s+)*(?:mail|post|USPS|FedEx|UPS|courier)"
    r"|(?:placed|put|dropped)\s+(?:them\s+|it\s+|the\s+\w+\s+)?in\s+the\s+mail"
    r"|(?:released|posted|uploaded|published|added|placed|available)\s+(?:\w+\s+){0,2}?(?:in|to|on|under)\s+the\s+"
    r"(?:documents?|files?|attachments?|records?|downloads?)\s+(?:section|tab|area|folder|panel))\b",
    re.IGNORECASE)
DELIVERED_OTHERWISE_NOTE = "released for inspection, pick-up or by post: nothing is attached by design"


def delivered_otherwise(evidence: str) -> bool:
    """A release sentence that says the records went some way other than with the message."""
    return bool(_DELIVERED_OTHERWISE.search(evidence))


# An invoice that went unpaid, named in a reply that surely closes the request, is why it
# closed: nothing is asked any more ("an invoice for $58.40 was sent ... and payment was not
# received"; "because the invoice went unpaid, the request is now closed"; "more than 30 days
# have passed without payment, so the request is closed"; "we have not received payment"). A closure only
# threatened is not read surely as one.
_WENT_UNPAID = re.compile(r"\b(?:payment|the\s+(?:fee|deposit|invoice))\s+(?:was|has|had)\s+not\s+(?:been\s+)?(?:received|paid|made)"
                          r"|\b(?:was|were|remains?|remained|went)\s+(?:not\s+paid|unpaid)\b|\bno\s+payment\s+(?:was|has\s+been|had\s+been)\s+received"
                          r"|\b(?:did\s+not|didn't|never)\s+(?:receive\s+(?:your\s+|a\s+|the\s+)?payment|pay\b)|\bnon-?payment\b"
                          # ("we have not received payment or any reply")
                          r"|\b(?:have|has|had)\s+not\s+(?:yet\s+)?received\s+(?:your\s+|a\s+|the\s+|any\s+)?payment"
                          r"|\b(?:haven't|hasn't|hadn't)\s+(?:yet\s+)?received\s+(?:your\s+|a\s+|the\s+|any\s+)?payment"
                          # time that went by with no payment ("30 days have passed without payment")
                          r"|\b(?:passed|elapsed|gone\s+by|went\s+by|expired)\s+(?:\w+\s+){0,3}?(?:without|with\s+no)\s+(?:any\s+|a\s+)?payment",
                          re.I)


def drop_unpaid_fee_in_closure(best: dict, sentences: list[str], notes: list[str]) -> None:
    """Drop the fee reading (of ``best``, by status) of a reply that closes on an unpaid invoice."""
    # (the closing sentence that itself gives the unpaid invoice as its reason need not be
    # read more surely than the invoice sentence: "60 days went by without payment, so we
    # have closed the request")
    if ("fee" in best and "closed" in best and best["closed"].confidence >= SURE_BESIDE
            and (best["closed"].confidence >= best["fee"].confidence or _WENT_UNPAID.search(best["closed"].evidence))
            and any(_WENT_UNPAID.search(x) for x in sentences)):
        best.pop("fee")
        notes.append("the reply names an unpaid invoice as why the request is closed: no fee is asked")
