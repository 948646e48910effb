"""The out-of-depth check (prr.replies.reply_depth): readings sure by the model's numbers that
go to a person because the main status lost nothing to precedence it should have, or because
its sentence is unlike any the reader was taught."""
from __future__ import annotations

import pytest

from prr.replies.reply_depth import FAMILIAR_AT, out_of_depth
from prr.replies.reply_reading import StatusReading


class _Model:
    """A stand-in with a fixed familiarity, so each rule is checked alone."""

    def __init__(self, familiarity: float):
        self.value = familiarity

    def familiarity(self, sentence: str, label: str) -> float:
        return self.value


FEE = StatusReading("fee", 0.72, "We do not expect fees to exceed the minimum.")
ACK = StatusReading("acknowledged", 0.97, "Your request was assigned number 26-0412.")
CLOSED = StatusReading("closed", 0.99, "This request is now closed.")
PARTIAL = StatusReading("partial", 0.80, "Parts of the report were redacted.")

CASES = [
    ("fee-behind-a-surer-acknowledgement", FEE, [ACK], 0.72, 1.0, False, "read more surely"),
    ("finding-beside-a-surer-closure", PARTIAL, [CLOSED], 0.80, 1.0, False, None),
    ("close-readings", FEE, [StatusReading("acknowledged", 0.80, "Received.")], 0.72, 1.0, False, None),
    ("unfamiliar-sentence", PARTIAL, [], 0.80, FAMILIAR_AT - 0.05, False, "unlike any"),
    ("familiar-sentence", PARTIAL, [], 0.80, FAMILIAR_AT + 0.05, False, None),
    ("fee-backed-by-an-amount-asked", FEE, [], 0.72, 0.0, True, None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_out_of_depth(case):
    _, main, others, confidence, familiarity, amount_asked, want = case
    why = out_of_depth(main, others, confidence, _Model(familiarity), amount_asked=amount_asked)
    if want is None:
        assert why is None
    else:
        assert why and want in why and why.endswith("less sure")


def test_shipped_model_knows_its_own_sentences():
    from prr.replies.reply_model import get_model

    model = get_model()
    assert model.familiarity("Attached are the records responsive to your request.", "released") > 0.99
    assert model.familiarity("Zebra quartz violin.", "released") < FAMILIAR_AT
