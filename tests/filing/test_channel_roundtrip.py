"""Every registered filing channel, run for real: a Draft in gives a valid Receipt, and
the letter arrives where the channel says (the local SMTP server, the local portal, a
file in the outbox)."""
from __future__ import annotations

from pathlib import Path

import pytest

from prr.channels import Channel
from prr.channels.base import Draft, Receipt


def _draft(**where) -> Draft:
    return Draft(request_id=7, city_slug="oxnard", city_name="City of Oxnard", kind="incident-logs",
                 token="PRR-7K3M9QXD", subject="Public records request [PRR-7K3M9QXD]",
                 body="Under the California Public Records Act, I request the incident logs.",
                 message_id="<rt-7@prr.example.org>", from_name="Dana Reporter", from_addr="dana@example.org",
                 profile={"name": "Dana Reporter", "email": "dana@example.org"}, **where)


def _arrived_smtp(request, receipt: Receipt) -> bool:
    sink = request.getfixturevalue("smtp_sink")
    return any(b"PRR-7K3M9QXD" in m.data for m in sink.received)


def _arrived_portal(request, receipt: Receipt) -> bool:
    portal = request.getfixturevalue("portal")
    return receipt.tracking_number == "23-145" and len(portal.state.submissions) == 1


def _arrived_file(request, receipt: Receipt) -> bool:
    return bool(receipt.path) and Path(receipt.path).is_file() and Path(receipt.path).stat().st_size > 0


CASES = {   # kind -> (where the draft goes, given the fixtures; proof that it arrived)
    "smtp": (lambda r: {"to": "cityclerk@oxnard.org"}, _arrived_smtp),
    "outbox": (lambda r: {"to": "cityclerk@oxnard.org"}, _arrived_file),
    "manual": (lambda r: {"address": "300 West Third Street, Oxnard, CA 93030"}, _arrived_file),
    "nextrequest": (lambda r: {"portal_url": r.getfixturevalue("portal").url, "portal_vendor": "nextrequest"},
                    _arrived_portal),
    "govqa": (lambda r: {"portal_url": "https://oxnard.govqa.us/WEBAPP/_rs/", "portal_vendor": "govqa"}, _arrived_file),
}


@pytest.mark.parametrize("kind", sorted(Channel.kinds()))
def test_a_draft_in_gives_a_valid_receipt(kind, request, prr_env, monkeypatch):
    assert kind in CASES, f"channel {kind!r} has no round-trip case here: add one"
    where, arrived = CASES[kind]
    settings = prr_env
    if kind == "smtp":
        settings = request.getfixturevalue("smtp_settings")
    channel = Channel.get(kind)(settings)
    try:
        receipt = channel.file(_draft(**where(request)))
    finally:
        channel.close()
    assert isinstance(receipt, Receipt) and receipt.request_id == 7 and receipt.channel == kind
    assert receipt.status in ("filed", "awaiting_submission", "ready_to_send")
    assert (receipt.sent_at is not None) == (receipt.status == "filed")
    assert arrived(request, receipt), receipt
