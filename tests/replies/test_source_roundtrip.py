"""Every registered reply source, run for real: given a place holding two messages (a
Maildir, .eml files, an mbox, a real IMAP server), it yields both."""
from __future__ import annotations

import mailbox

import pytest
from replies_kit import build_mail

from prr.replies.sources import Source

MESSAGES = [build_mail(subject="Re: your request", body="Received.", message_id="<rt1@x>"),
            build_mail(subject="Records", body="Attached.", message_id="<rt2@x>")]


def _maildir(tmp_path, request):
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for m in MESSAGES:
        box.add(m)
    return str(tmp_path / "Maildir")


def _eml(tmp_path, request):
    for i, m in enumerate(MESSAGES):
        (tmp_path / f"{i}.eml").write_bytes(m)
    return str(tmp_path)


def _mbox(tmp_path, request):
    box = mailbox.mbox(str(tmp_path / "replies.mbox"))
    for m in MESSAGES:
        box.add(m)
    box.flush()
    return str(tmp_path / "replies.mbox")


def _imap(tmp_path, request):
    dovecot = request.getfixturevalue("dovecot")
    user, pw = request.getfixturevalue("imap_user")
    dovecot.append(user, pw, MESSAGES)
    return dovecot.url(user, pw)


PLACES = {"maildir": _maildir, "eml": _eml, "mbox": _mbox, "imap": _imap}


@pytest.mark.parametrize("kind", sorted(Source.kinds()))
def test_source_yields_its_messages(kind, tmp_path, prr_env, request):
    assert kind in PLACES, f"reply source {kind!r} has no round-trip case here: add one"
    place = tmp_path / "place"        # tmp_path also holds the test's home and registry
    place.mkdir()
    source = Source.get(kind)(PLACES[kind](place, request), settings=prr_env)
    with source:
        got = list(source.messages())
    assert len(got) == 2 and all(isinstance(ref, str) and raw for ref, raw in got)
    assert {b"<rt1@x>" in raw or b"rt1@x" in raw for _, raw in got} == {True, False}
