"""Fixtures for reply ingestion: filed requests, RFC 5322 message builders, and a real
dovecot IMAP server on 127.0.0.1 (one per test session, a fresh mailbox user per test)."""
from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from email.utils import make_msgid
from pathlib import Path

import pytest

from replies_kit import build_mail, make_pdf

DOVECOT = "/usr/sbin/dovecot"
USERS = 100


# --- requests ------------------------------------------------------------------------

@pytest.fixture
def file_request(conn):
    """Make a request that was sent: drafted, filed (event with received_on), with an
    outgoing letter whose Message-ID replies can point at."""
    from db.events import add_event
    from db.requests import add_communication, insert_request, set_status, update_request
    from prr.tokens import new_token

    counter = itertools.count(1)

    def make(city: str = "oxnard", subject: str = "California Public Records Act request: incident logs",
             received_on: str = "2026-03-02", kind: str = "incident-logs") -> dict:
        n = next(counter)
        token = new_token()
        mid = make_msgid(domain="prr.example.org")
        rid = insert_request(conn, city_slug=city, kind=kind, params={"n": n}, dedupe_key=f"{city}-{kind}-{n}-{token}",
                             token=token, subject=f"{subject} [{token}]", body="Please send the records.",
                             channel="outbox", recipient=f"cityclerk@{city}.example")
        set_status(conn, rid, "filing")
        update_request(conn, rid, message_id=mid, filed_at=f"{received_on}T17:00:00+00:00", received_on=received_on)
        set_status(conn, rid, "filed")
        add_event(conn, "filed", request_id=rid, city_slug=city, channel="outbox", message_id=mid,
                  received_on=received_on, sent_at=f"{received_on}T17:00:00+00:00")
        add_communication(conn, request_id=rid, city_slug=city, direction="out", channel="outbox", message_id=mid,
                          from_addr="dana@example.org", to_addr=f"cityclerk@{city}.org",
                          subject=f"{subject} [{token}]", body="Please send the records.",
                          sent_at=f"{received_on}T17:00:00+00:00", status="recorded")
        from db.requests import get_request

        return get_request(conn, rid)

    return make


@pytest.fixture
def mail():
    return build_mail


@pytest.fixture
def pdf_bytes():
    return make_pdf


# --- dovecot -------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, log: Path, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dovecot exited with {proc.returncode}: {log.read_text() if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"dovecot did not listen on {port}: {log.read_text() if log.exists() else ''}")


@dataclass
class Dovecot:
    root: Path
    imap_port: int
    imaps_port: int
    cafile: Path
    passwd: Path
    _users: itertools.count

    def new_user(self) -> tuple[str, str]:
        """A fresh mailbox user (all are written before dovecot starts: it re-reads the
        passwd file only when its mtime changes, at one-second resolution)."""
        n = next(self._users)
        assert n <= USERS, "raise USERS in tests/replies/conftest.py"
        return f"u{n}", f"pw-u{n}-s3cret"

    def url(self, user: str, password: str, *, tls: bool = True, folder: str = "INBOX", **opts) -> str:
        from urllib.parse import urlencode

        if tls:
            opts.setdefault("cafile", str(self.cafile))
            base = f"imaps://{user}:{password}@127.0.0.1:{self.imaps_port}/{folder}"
        else:
            base = f"imap://{user}:{password}@127.0.0.1:{self.imap_port}/{folder}"
        return base + ("?" + urlencode(opts) if opts else "")

    def client(self, user: str, password: str):
        import imaplib

        c = imaplib.IMAP4("127.0.0.1", self.imap_port)
        c.login(user, password)
        return c

    def append(self, user: str, password: str, messages: list[bytes], folder: str = "INBOX") -> None:
        c = self.client(user, password)
        try:
            for raw in messages:
                typ, data = c.append(folder, None, None, raw)
                assert typ == "OK", data
        finally:
            c.logout()


def _ensure_dovecot() -> None:
    if os.path.exists(DOVECOT):
        return
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "-qq", "dovecot-imapd"], check=False,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, capture_output=True)
    if not os.path.exists(DOVECOT):
        pytest.fail("dovecot is not installed: run scripts/system-deps.sh (apt-get install -y dovecot-imapd)")


@pytest.fixture(scope="session")
def dovecot():
    _ensure_dovecot()
    # Not under pytest's tmp dir: it is private to root, and mail processes run unprivileged.
    root = Path(tempfile.mkdtemp(prefix="prr-dovecot-"))
    root.chmod(0o755)
    if os.geteuid() == 0:
        mail_user = pwd.getpwnam("nobody")
        login_user, internal_user = "dovenull", "dovecot"
        try:
            pwd.getpwnam(login_user), pwd.getpwnam(internal_user)
        except KeyError:
            login_user = internal_user = "nobody"
    else:
        mail_user = pwd.getpwuid(os.getuid())
        login_user = internal_user = mail_user.pw_name
    for sub in ("run", "state", "mail"):
        (root / sub).mkdir()
    if os.geteuid() == 0:
        os.chown(root / "mail", mail_user.pw_uid, mail_user.pw_gid)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(root / "key.pem"),
                    "-out", str(root / "cert.pem"), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    passwd = root / "passwd"
    passwd.write_text("".join(f"u{n}:{{PLAIN}}pw-u{n}-s3cret::::::\n" for n in range(1, USERS + 1)))
    imap_port, imaps_port = _free_port(), _free_port()
    log = root / "dovecot.log"
    conf = root / "dovecot.conf"
    conf.write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {passwd}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={root}/mail/%u
}}
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
""")
    proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_port(imap_port, proc, log)
        _wait_port(imaps_port, proc, log)
        yield Dovecot(root, imap_port, imaps_port, root / "cert.pem", passwd, itertools.count(1))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_user(dovecot):
    return dovecot.new_user()
