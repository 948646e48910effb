"""``prr doctor``: is this installation ready, and what to do about each missing piece.

Each check gives a status: ``ok``; ``warn`` (prr works, but a feature is off or a value is
doubtful); ``fail`` (something prr needs is broken: the command exits non-zero). Checks
only read: the database is not created, the registry not loaded, no mail is sent.
"""
from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

TIMEOUT_S = 5.0


@dataclass
class Check:
    name: str
    status: str          # ok | warn | fail
    detail: str
    fix: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def check_home(settings) -> list[Check]:
    home = Path(settings.home)
    from prr.core.home import stray_database

    warning = settings.home_warning or stray_database(home)
    out = [Check("home", "warn" if warning else "ok", f"{home} (chosen by {settings.home_source})", warning or "")]
    if settings.settings_file:
        from prr.core.home import read_toml

        try:
            read_toml(settings.settings_file)
            out.append(Check("settings file", "ok", str(settings.settings_file)))
        except ValueError as e:
            out.append(Check("settings file", "fail", str(e), "Fix the file, or run `prr setup` again."))
    else:
        out.append(Check("settings file", "warn", f"none at {home / 'settings.toml'}",
                         "Run `prr setup` to write your requester profile."))
    return out


def check_database(settings) -> Check:
    import sqlite3

    path = Path(settings.db_path)
    if not path.exists():
        return Check("database", "warn", f"{path} does not exist yet",
                     "It is created on first use; `prr init` creates it now and loads the registry.")
    from prr.db import applied_migrations, available_migrations
    from prr.db.cities import count_cities

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            applied = set(applied_migrations(conn))
            cities = count_cities(conn) if applied else 0
        finally:
            conn.close()
    except sqlite3.Error as e:
        return Check("database", "fail", f"{path}: {e}", "Restore a backup (`prr db backup` makes them) or move "
                                                             "the file away and run `prr init`.")
    pending = [m for m in available_migrations() if _migration_name(m) not in applied]
    if pending:
        return Check("database", "warn", f"{path}: {len(pending)} migration(s) not applied yet",
                     "Run `prr db migrate` (any command also migrates it on first use).")
    if not cities:
        return Check("database", "warn", f"{path}: migrated, no cities loaded", "Run `prr init`.")
    return Check("database", "ok", f"{path}: migrated, {cities} cities")


def _migration_name(m) -> str:
    return m if isinstance(m, str) else getattr(m, "name", None) or getattr(m, "stem", None) or str(m)


def check_registry(settings) -> Check:
    from prr.registry.registry import load_registry

    reg = Path(settings.registry_dir)
    if not reg.is_dir():
        return Check("registry", "fail", f"{reg} is not a folder", "Set PRR_REGISTRY to the registry folder.")
    cities, errors = load_registry(reg)
    if errors:
        first = "; ".join(str(e) for e in errors[:3])
        return Check("registry", "fail", f"{len(cities)} valid files, {len(errors)} with errors: {first}",
                     "Fix each file named (the message names the field); `prr init` lists all of them.")
    if not cities:
        return Check("registry", "fail", f"{reg}: no city files", "Set PRR_REGISTRY to a folder of <state>/<slug>.yaml.")
    with_contacts = sum(1 for c in cities if c.contact("records_email") or c.contact("portal_url"))
    return Check("registry", "ok", f"{reg}: {len(cities)} cities, {with_contacts} with a records email or portal")


def check_profile(settings) -> Check:
    p = settings.profile
    if p.is_placeholder:
        return Check("requester profile", "fail",
                     f"letters would be signed \"{p.name}\" <{p.email}>: the built-in example, replies would be lost",
                     "Run `prr setup` (or set PRR_REQUESTER_NAME and PRR_REQUESTER_EMAIL).")
    missing = [f for f in p.missing if f not in ("name", "email")]
    if missing:
        return Check("requester profile", "warn", f"{p.name} <{p.email}>; no {' or '.join(missing)}",
                     "Some agencies ask for a phone or postal address: `prr setup --phone ... --address ...`.")
    return Check("requester profile", "ok", f"{p.name} <{p.email}>, {p.phone}, {p.address}")


def _tls_context(parts):
    import ssl
    from urllib.parse import parse_qs

    cafile = (parse_qs(parts.query).get("cafile") or [None])[0]
    return ssl.create_default_context(cafile=cafile)


def smtp_reachable(url: str, timeout: float = TIMEOUT_S) -> str:
    """Connect, EHLO, and log in when the URL has a user and password; returns what the
    server said, raises OSError/smtplib.SMTPException when it cannot be used."""
    import smtplib
    from urllib.parse import unquote

    from prr.core.settings import split_secret_url

    parts = split_secret_url(url)
    ssl_on_connect = parts.scheme == "smtps"
    port = parts.port or (465 if ssl_on_connect else 587)
    cls = smtplib.SMTP_SSL if ssl_on_connect else smtplib.SMTP
    kwargs = {"context": _tls_context(parts)} if ssl_on_connect else {}
    with cls(parts.hostname, port, timeout=timeout, **kwargs) as s:
        code, banner = s.ehlo()
        if code != 250:
            raise smtplib.SMTPException(f"EHLO answered {code}")
        said = f"EHLO ok ({banner.decode(errors='replace').splitlines()[0]})"
        if not ssl_on_connect and s.has_extn("starttls"):
            s.starttls(context=_tls_context(parts))
            s.ehlo()
            said += ", STARTTLS ok"
        if parts.username and parts.password is not None:
            s.login(unquote(parts.username), unquote(parts.password))
            said += ", login ok"
        elif parts.username:
            said += ", login not checked (no password set)"
    return said


def imap_reachable(url: str, timeout: float = TIMEOUT_S) -> str:
    """Connect, read the greeting, STARTTLS when offered, and log in when the URL has a
    user and password (then log out: nothing is read or changed)."""
    import imaplib
    from urllib.parse import unquote

    from prr.core.settings import split_secret_url

    parts = split_secret_url(url)
    if parts.scheme == "imaps":
        c = imaplib.IMAP4_SSL(parts.hostname, parts.port or 993, ssl_context=_tls_context(parts), timeout=timeout)
    else:
        c = imaplib.IMAP4(parts.hostname, parts.port or 143, timeout=timeout)
    try:
        said = f"greeting ok ({c.welcome.decode(errors='replace')[:60]})"
        if parts.scheme == "imap" and "STARTTLS" in c.capabilities:
            c.starttls(ssl_context=_tls_context(parts))
            said += ", STARTTLS ok"
        if parts.username and parts.password is not None:
            c.login(unquote(parts.username), unquote(parts.password))
            said += ", login ok"
            c.logout()
        elif parts.username:
            said += ", login not checked (no password set)"
    finally:
        try:
            c.shutdown()
        except (OSError, imaplib.IMAP4.error):
            pass
    return said


def check_channels(settings) -> list[Check]:
    from prr.channels.smtp import smtp_url
    from prr.core.settings import mask_url, reveal

    out = []
    url = smtp_url(settings)
    if not url:
        out.append(Check("smtp", "warn", "not configured: letters are written to the outbox and sent by you",
                         "Set PRR_SMTP_URL=smtp://user:password@host:587, or `prr setup --smtp-url ...` "
                         "with the password in PRR_SMTP_PASSWORD."))
    else:
        try:
            out.append(Check("smtp", "ok", f"{mask_url(url)}: {smtp_reachable(url)}"))
        except Exception as e:  # noqa: BLE001 - any failure is the finding
            out.append(Check("smtp", "fail", f"{mask_url(url)}: {type(e).__name__}: {e}",
                             "Check the host, port and password (PRR_SMTP_URL / PRR_SMTP_PASSWORD) and that "
                             "this machine may reach the server."))
    imap = reveal(settings.imap_url)
    if not imap:
        out.append(Check("imap", "warn", "not configured: replies are read from the inbox folder only",
                         "Set PRR_IMAP_URL=imaps://user:password@host/INBOX to read replies from your mailbox."))
    else:
        try:
            out.append(Check("imap", "ok", f"{mask_url(imap)}: {imap_reachable(imap)}"))
        except Exception as e:  # noqa: BLE001
            out.append(Check("imap", "fail", f"{mask_url(imap)}: {type(e).__name__}: {e}",
                             "Check the host and port in PRR_IMAP_URL and that this machine may reach it."))
    return out


# (name, executables (any), status when missing, what it is for, how to install)
TOOLS = (
    ("poppler (pdftotext)", ("pdftotext",), "fail", "reading PDFs agencies send", "apt-get install poppler-utils"),
    ("tesseract", ("tesseract",), "warn", "OCR of scanned PDF pages", "apt-get install tesseract-ocr"),
    ("chromium", ("chromium", "chromium-browser", "google-chrome"), "warn",
     "portal filing and the browser tests", "apt-get install chromium"),
)


def check_tools(which=shutil.which) -> list[Check]:
    out = []
    for name, exes, missing_status, purpose, install in TOOLS:
        found = next((p for p in (which(e) for e in exes) if p), None)
        if found:
            out.append(Check(name, "ok", found))
        else:
            out.append(Check(name, missing_status, f"not found; needed for {purpose}",
                             f"{install} (or `make system-deps`)"))
    return out


def run_checks(settings=None) -> list[Check]:
    from prr.core.settings import get_settings

    settings = settings or get_settings()
    return [*check_home(settings), check_database(settings), check_registry(settings), check_profile(settings),
            *check_channels(settings), *check_tools()]
