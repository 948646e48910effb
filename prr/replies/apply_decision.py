"""Whether a reading may change its request without a person: the apply bar and the one
function that decides (``decide_apply``), and the extension a reply states besides its
main status (``sure_extension``). Kept apart from the reading itself so that what the
reply says and what prr does with it without review are read separately.
"""
from __future__ import annotations

# A reading is applied without review when its main status is at least this sure. Fitted
# on the corpus replies (benchmarks/classify_accuracy.py): the lowest bar, from STRONG up,
# at which statuses applied unseen are right at least 95% of the time. Measured honestly,
# each agency's replies are applied at the bar fitted on the other agencies'; see
# docs/classify.md for both figures.
APPLY_AT = 0.60
# An acknowledgement changes no clock and closes nothing: it may be applied less surely.
APPLY_AT_BY_STATUS = {"acknowledged": 0.55}


def decide_apply(reading, *, apply_at: float | None = None) -> tuple[bool, str]:
    """Whether a reading (``Reading`` or a classification dict) may change its request
    without a person confirming it, and why. The single place for that decision.
    ``apply_at`` replaces ``APPLY_AT`` (the benchmark fits it without the agency it scores)."""
    bar = APPLY_AT if apply_at is None else apply_at
    get = reading.get if isinstance(reading, dict) else (lambda k, d=None: getattr(reading, k, d))
    status, confidence = get("status") or "other", float(get("confidence") or 0.0)
    if status == "other":
        return False, "no status read: " + ("; ".join(get("notes") or []) or "nothing to apply")
    contradicted = any("less sure" in n for n in get("notes") or [])
    # the lower bar of a status that changes no clock holds only when nothing contradicts it
    at = bar if contradicted else min(bar, APPLY_AT_BY_STATUS.get(status, bar))
    if confidence < at:
        return False, f"reads as {status} with confidence {confidence:.2f} (< {at}): needs a person"
    if status == "released" and any("no attachment or download link" in n for n in get("notes") or []):
        return False, "reads as released but nothing came with it: needs a person"
    return True, f"{status} with confidence {confidence:.2f}"


def sure_extension(reading: dict, confirmed: bool = False) -> dict | None:
    """The extension a reply states besides its main status (an acknowledgement that also
    takes the extension), when it is sure enough to start the extended clock."""
    for s in reading.get("statuses") or []:
        if s.get("status") == "extension" and (confirmed or float(s.get("confidence") or 0) >= APPLY_AT):
            return s
    return None
