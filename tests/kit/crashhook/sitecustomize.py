"""Test-only crash points, injected into a child process through PYTHONPATH: with
PRR_TEST_CRASH_AT=step[:N] the process kills itself (SIGKILL) at the N-th time it
reaches ``step``. Production code carries no crash hook; this wraps its functions.

Steps, in the order a filing reaches them:
  before_send    filing recorded `filing`, the channel not called yet
  intent_written the sent journal holds the intent to send; nothing sent
  after_250      the server accepted the message; the journal does not know yet
  after_send     the journal has the 250; the database does not
  after_record   the database says filed
and in reply ingestion:
  before_apply   the reply is matched, its effect on the request not yet written
"""

import os
import signal

_SPEC = os.environ.get("PRR_TEST_CRASH_AT", "")
_counts: dict = {}


def _hit(step: str) -> None:
    name, _, nth = _SPEC.partition(":")
    if name != step:
        return
    _counts[step] = _counts.get(step, 0) + 1
    if _counts[step] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def _install() -> None:
    import prr.requests.filing_state as fs
    from prr.channels.mail import SentJournal, SmtpSender
    from prr.channels.smtp import SmtpChannel

    deliver, record, file_, send, append = (fs._deliver, fs._record_success, SmtpChannel.file, SmtpSender.send,
                                            SentJournal.append)

    def _deliver(*a, **k):
        _hit("before_send")
        return deliver(*a, **k)

    def _record_success(*a, **k):
        out = record(*a, **k)
        _hit("after_record")
        return out

    def _file(self, draft):
        out = file_(self, draft)
        _hit("after_send")
        return out

    def _send(self, *a, **k):
        out = send(self, *a, **k)
        _hit("after_250")
        return out

    def _append(self, message_id, **detail):
        out = append(self, message_id, **detail)
        if detail.get("phase") == "sending":
            _hit("intent_written")
        return out

    fs._deliver, fs._record_success = _deliver, _record_success
    SmtpChannel.file, SmtpSender.send, SentJournal.append = _file, _send, _append

    import prr.replies.ingest as ingest

    apply_reply = ingest.apply_reply

    def _apply_reply(*a, **k):
        _hit("before_apply")
        return apply_reply(*a, **k)

    ingest.apply_reply = _apply_reply


if _SPEC:
    _install()
