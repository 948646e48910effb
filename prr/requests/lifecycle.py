"""The life of a request and the life of a reply: their states and the moves between them.

These tables are the one place the states are defined; docs/lifecycle.md explains them
for users, and the tests check that every status change prr records is a move listed
here. A state is only ever claimed when it is true: ``filed`` means the city has the
letter (a server's 250, a portal's confirmation, or the user saying they sent it), and
only then does the CPRA clock start.
"""
from __future__ import annotations

# --- requests ----------------------------------------------------------------------

#: Request states and what each means (shown by `prr request show` and in the docs).
REQUEST_STATES: dict[str, str] = {
    "draft": "written, not sent; nothing has left the machine",
    "filing": "being sent right now (a run holds it)",
    "ready_to_send": "the letter is in the outbox; send it yourself, then `prr request sent ID`",
    "awaiting_submission": "prepared for a portal or paper; submit it, then `prr request submitted ID`",
    "send_unconfirmed": "a send was attempted but prr cannot tell whether the city got it; "
                        "never re-sent automatically",
    "failed": "the send was refused or could not start; nothing reached the city",
    "filed": "the city has it; the CPRA clock runs",
    "acknowledged": "the city confirmed receipt",
    "extension": "the city extended its deadline (once, up to 14 days)",
    "clarification": "the city asked a question; the clock is paused",
    "fee": "the city asked for a fee; the clock is paused",
    "partial": "some records released, more to come",
    "released": "records released",
    "no_records": "the city says it has no such records",
    "denied": "the city refused",
    "closed": "closed by the city",
    "withdrawn": "withdrawn by the requester",
}

#: States in which the city has the letter: the CPRA clock has started.
CLOCK_STARTED = ("filed", "acknowledged", "extension", "clarification", "fee", "partial",
                 "released", "no_records", "denied", "closed")
#: States a reply may change (the city has the letter and has not closed it).
REPLY_CAN_CHANGE = ("filed", "acknowledged", "extension", "clarification", "fee", "partial")
CLOSED = ("released", "no_records", "denied", "closed", "withdrawn")

_OPEN_MOVES = {"acknowledged", "extension", "clarification", "fee", "partial", "filed"} | set(CLOSED)

#: Allowed moves: state -> {next state: what triggers it}.
REQUEST_TRANSITIONS: dict[str, dict[str, str]] = {
    "draft": {"filing": "`prr request file` (or the file_requests flow) starts a send",
              "withdrawn": "the requester withdraws it"},
    "failed": {"filing": "`prr request file` retries after the cause is fixed",
               "withdrawn": "the requester withdraws it"},
    "filing": {
        "filed": "SMTP 250 (journalled), or a portal's confirmation number",
        "ready_to_send": "the outbox channel wrote the .eml",
        "awaiting_submission": "a portal form or printed letter was prepared for a person",
        "failed": "refused before anything could reach the city (5xx, no connection, no contact)",
        "send_unconfirmed": "the connection dropped or timed out after the message was handed over, "
                            "or a run died after starting the send",
    },
    "ready_to_send": {"filed": "`prr request sent ID [--on DATE]`: the user sent it",
                      "withdrawn": "the requester withdraws it"},
    "awaiting_submission": {"filed": "`prr request submitted ID [--tracking N]`",
                            "withdrawn": "the requester withdraws it"},
    "send_unconfirmed": {
        "filed": "the sent journal or the IMAP Sent folder shows it, or `prr request sent ID`",
        "filing": "`prr request resend ID`: the user checked and it did not arrive",
        "withdrawn": "the requester withdraws it",
    },
    **{s: {t: "a reply from a known sender, classified" for t in _OPEN_MOVES - {s, "filed"}}
       for s in ("filed", "acknowledged", "extension", "clarification", "fee", "partial")},
}
for _s in ("clarification", "fee"):
    REQUEST_TRANSITIONS[_s]["filed"] = "the requester answered; the clock resumes"


def allowed(old: str, new: str) -> bool:
    """Whether a request may move from ``old`` to ``new``."""
    return new in REQUEST_TRANSITIONS.get(old, {})


# --- replies -----------------------------------------------------------------------

#: Incoming message states (``communications.status`` for direction 'in').
REPLY_STATES: dict[str, str] = {
    "recorded": "stored (raw copy kept); not yet matched; the next run finishes it",
    "matched": "tied to a request by a known sender and applied to it, in one transaction",
    "review": "held for a person, with the reason (unknown sender, failed DMARC/SPF/DKIM, "
              "weak or conflicting match, low-confidence reading)",
    "ignored": "looked at and set aside (by a person, or our own letter coming back)",
    "error": "could not be read; the reason is recorded and the run went on",
}

REPLY_TRANSITIONS: dict[str, dict[str, str]] = {
    "(new)": {"recorded": "a source yields a message not seen before",
              "error": "nothing of it could be stored but its raw copy and the reason",
              "ignored": "it carries the Message-ID of one of our own letters"},
    "recorded": {"matched": "one request scores above the threshold, the sender is known for the city "
                            "and no authentication check failed",
                 "review": "anything less: the reason says what was missing",
                 "error": "a step failed on this message (parse, date, store, classify)"},
    "review": {"matched": "`prr inbox accept ID [--request N]`: applied, and the sender is learned",
               "ignored": "`prr inbox ignore ID`"},
    "error": {"matched": "`prr inbox accept ID --request N`", "ignored": "`prr inbox ignore ID`"},
    "matched": {"matched": "`prr inbox accept ID --request N` reassigns it"},
    "ignored": {"matched": "`prr inbox accept ID --request N`"},
}
