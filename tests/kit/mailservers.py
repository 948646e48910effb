"""Real mail servers for tests, on 127.0.0.1: Debian's dovecot (IMAP with STARTTLS, and
IMAPS) with numbered mailbox users, and the self-signed certificate TLS servers use."""
from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed_cert(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost and its key (PEM files); it is its own CA,
    so clients trust it with ``cafile=cert.pem``."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


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


def _accounts() -> tuple[pwd.struct_passwd, str, str]:
    """(owner of the mail files, login user, internal user) for dovecot's processes."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return me, me.pw_name, me.pw_name
    try:
        pwd.getpwnam("dovenull"), pwd.getpwnam("dovecot")
        return pwd.getpwnam("nobody"), "dovenull", "dovecot"
    except KeyError:
        return pwd.getpwnam("nobody"), "nobody", "nobody"


class Dovecot:
    """``with Dovecot(users=N) as d:`` a dovecot on 127.0.0.1 whose mailbox users u1..uN
    (password ``pw-u<n>-s3cret``) are handed out by :meth:`new_user`, one per test."""

    def __init__(self, users: int = 1):
        self.users = users
        self._next_user = itertools.count(1)

    def __enter__(self) -> Dovecot:
        if not os.path.exists(DOVECOT):
            raise RuntimeError("dovecot is not installed: run scripts/system-deps.sh")
        # Not under pytest's tmp dir: it is private to root, and mail processes run unprivileged.
        self.root = root = Path(tempfile.mkdtemp(prefix="prr-dovecot-"))
        root.chmod(0o755)
        mail_user, login_user, internal_user = _accounts()
        for sub in ("run", "state", "mail"):
            (root / sub).mkdir()
        if os.geteuid() == 0:
            os.chown(root / "mail", mail_user.pw_uid, mail_user.pw_gid)
        self.cafile, key = self_signed_cert(root)
        # Every user is written before dovecot starts: it re-reads the passwd file only
        # when its mtime changes, at one-second resolution.
        self.passwd = root / "passwd"
        self.passwd.write_text("".join(f"u{n}:{{PLAIN}}pw-u{n}-s3cret::::::\n" for n in range(1, self.users + 1)))
        self.imap_port, self.imaps_port = free_port(), free_port()
        log = root / "dovecot.log"
        conf = root / "dovecot.conf"
        conf.write_text(f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.cafile}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={root}/mail/%u
}}
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
""")
        self.proc = subprocess.Popen([DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        try:
            _wait_port(self.imap_port, self.proc, log)
            _wait_port(self.imaps_port, self.proc, log)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    def new_user(self) -> tuple[str, str]:
        """A mailbox user no other test has used: (name, password)."""
        n = next(self._next_user)
        assert n <= self.users, f"all {self.users} mailbox users are taken: start Dovecot with more"
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
            if folder != "INBOX":
                c.create(folder)   # answers NO, harmlessly, when the folder exists
            for raw in messages:
                typ, data = c.append(folder, None, None, raw)
                assert typ == "OK", data
        finally:
            c.logout()
