"""Settings from the environment (prefix ``PRR_``), then ``HOME/settings.toml`` (written by
``prr setup``), then defaults; read fresh on each call. The home itself is found by the
rule in :mod:`prr.core.home` (PRR_HOME, a ``prr.toml`` project file, the user data folder).

Secrets (SMTP/IMAP/portal credentials, apprise URLs with their tokens) are only ever read
here or through :mod:`prr.core.secrets`; they are never stored in the database or logged.
:class:`Settings` holds them as pydantic ``SecretStr`` (``str()`` and ``repr()`` show
``**********``); code that needs the value asks for it with :func:`reveal`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]   # the checkout (editable install)
PACKAGE_DIR = Path(__file__).resolve().parents[1]    # prr/


def _builtin(installed: str, checkout: str) -> Path:
    """Data shipped with prr: inside the installed package (a wheel puts templates/ and
    registry/ at prr/templates and prr/registry_data), else the checkout's top-level folder."""
    inside = PACKAGE_DIR / installed
    return inside if inside.is_dir() else PROJECT_ROOT / checkout


BUILTIN_REGISTRY = _builtin("registry_data", "registry")
BUILTIN_TEMPLATES = _builtin("templates", "templates")


def _path(name: str, default: Path) -> Path:
    v = os.environ.get(name)
    return Path(v).expanduser() if v else default


class SettingsError(ValueError):
    """A PRR_* variable holds a value of the wrong kind; the message names the variable."""


class EnvSettings(BaseSettings):
    """The typed ``PRR_*`` variables (pydantic-settings): one parser for every integer,
    number and boolean (1/true/yes/on, 0/false/no/off; anything else is an error naming
    the variable), credentials as SecretStr. An empty variable means its default."""

    model_config = SettingsConfigDict(env_prefix="PRR_", env_ignore_empty=True, extra="ignore")

    smtp_url: SecretStr | None = None
    imap_url: SecretStr | None = None
    imap_sent_folder: str = "Sent"
    allow_private_addresses: bool = False
    per_host_concurrency: int = Field(1, ge=1)
    per_host_interval: float = Field(1.0, ge=0)
    global_concurrency: int = Field(8, ge=1)
    timezone: str = "America/Los_Angeles"
    followups_before_escalation: int = Field(2, ge=0)
    followup_interval_days: int = Field(7, ge=1)
    breach_autofile: bool = False
    prefect_secrets: bool = False

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, v: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("not a known time zone (e.g. America/Los_Angeles)") from None
        return v


def read_env() -> EnvSettings:
    """The typed PRR_* variables; SettingsError names each bad one (never a secret's value)."""
    try:
        return EnvSettings()
    except ValidationError as e:
        problems = []
        for err in e.errors():
            name = "PRR_" + str(err["loc"][0]).upper() if err.get("loc") else "a PRR_ variable"
            shown = "" if "url" in name.lower() else f"={err.get('input')!r}"
            problems.append(f"{name}{shown}: {err['msg']}")
        raise SettingsError("; ".join(problems)) from None


def mask_url(url: str | None) -> str | None:
    """``smtp://user:secret@host`` -> ``smtp://user:***@host`` (for logs and repr)."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is not None:
        netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
        return urlunsplit(parts._replace(netloc=netloc))
    # A password with an unescaped / ? or # ends urlsplit's netloc before the "@", so it
    # finds no password at all: mask everything up to the last "@".
    scheme, sep, rest = url.partition("://")
    userinfo, at, after = rest.rpartition("@")
    if sep and at and ":" in userinfo:
        return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{after}"
    return url


def split_secret_url(url: str):
    """``urlsplit`` for a URL that may carry a password. A malformed one raises ValueError
    with a message that quotes none of it (urlsplit's own port error can quote part of
    the password)."""
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018  (reading .port validates it)
    except ValueError:
        raise ValueError(f"{parts.scheme or 'the'} URL is malformed: its port is not a number, or its password "
                         "has / ? # or @ not written as %2F %3F %23 %40") from None
    return parts


PLACEHOLDER_NAME = "A. Requester"
PLACEHOLDER_EMAIL = "requester@example.org"


@dataclass(frozen=True)
class CredentialUrl:
    """A server URL split with its credentials unquoted. ``repr`` hides the password."""
    scheme: str
    hostname: str
    port: int | None
    username: str | None
    password: str | None = field(repr=False)
    path: str
    query: str


def parse_credential_url(url: str, *, what: str = "the") -> CredentialUrl:
    """Split ``scheme://user:password@host:port/path?query``. The credentials are taken
    up to the LAST ``@`` before the host, so a password holding ``#``, ``/``, ``?`` or
    ``@`` (written raw or percent-encoded) stays the password and never becomes a port
    or a path. Errors name what is wrong without quoting the password."""
    from urllib.parse import unquote

    scheme, sep, rest = url.strip().partition("://")
    if not sep or not scheme:
        raise ValueError(f"{what} URL has no scheme (expected e.g. smtp://user:password@host:587)")
    userinfo, at, hostpart = rest.rpartition("@")
    if at and any(c in hostpart.split("/", 1)[0].split("?", 1)[0] for c in "# "):
        raise ValueError(f"{what} URL is malformed after the credentials: write # in the password as %23")
    parts = urlsplit(f"{scheme}://{hostpart}")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"{what} URL's port is not a number between 0 and 65535") from None
    username = password = None
    if at:
        user, colon, pw = userinfo.partition(":")
        username = unquote(user) or None
        password = unquote(pw) if colon else None
        if password and username is None:
            raise ValueError(f"{what} URL has a password but no user name (user:password@host)")
    if not parts.hostname:
        raise ValueError(f"{what} URL has no host (expected {scheme}://user:password@host:port)")
    return CredentialUrl(scheme.lower(), parts.hostname, port, username, password, parts.path, parts.query)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine: ``localhost`` or a loopback address (a name is
    resolved, and every address must be loopback)."""
    import ipaddress
    import socket

    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    addrs = {ipaddress.ip_address(i[4][0].split("%")[0]) for i in infos}
    return bool(addrs) and all(a.is_loopback for a in addrs)


@dataclass(frozen=True)
class Limits:
    """Resource limits on outside input (environment ``PRR_LIMIT_<NAME>``, e.g.
    ``PRR_LIMIT_PDF_CPU_SECONDS=60``). What goes over one is recorded with its reason."""
    message_bytes: int = 50 * 1024 * 1024     # a reply, as received
    header_bytes: int = 256 * 1024            # its whole header block
    header_field_bytes: int = 16 * 1024       # one header field (unfolded)
    encoded_words: int = 200                  # RFC 2047 encoded words in one header field
    recipients: int = 1000                    # addresses in To + Cc
    mime_parts: int = 500
    mime_depth: int = 20
    attachment_bytes: int = 50 * 1024 * 1024  # one attachment, decoded
    pdf_cpu_seconds: int = 120                # CPU time of the extraction process
    pdf_memory_mb: int = 2048                 # address space of the extraction process
    pdf_wall_seconds: int = 600               # the whole extraction, OCR included
    pdf_pages: int = 5000
    pdf_ocr_pages: int = 100
    template_seconds: float = 5.0             # rendering one letter
    template_chars: int = 200_000             # one rendered letter

    @classmethod
    def from_env(cls, env) -> Limits:
        values = {}
        for f in fields(cls):
            raw = env.get(f"PRR_LIMIT_{f.name.upper()}")
            if raw:
                kind = float if f.type in ("float", float) else int
                try:
                    values[f.name] = kind(raw)
                except ValueError:
                    raise SettingsError(f"PRR_LIMIT_{f.name.upper()} must be a number, got {raw!r}") from None
                if values[f.name] <= 0:
                    raise SettingsError(f"PRR_LIMIT_{f.name.upper()} must be above 0, got {raw!r}")
        return cls(**values)


@dataclass(frozen=True)
class Profile:
    """The requester, as it appears in letters."""
    name: str = PLACEHOLDER_NAME
    email: str = PLACEHOLDER_EMAIL
    phone: str = ""
    address: str = ""
    organisation: str = ""

    @property
    def is_placeholder(self) -> bool:
        """True while the name or the address is still the built-in example: letters from it
        would carry a made-up identity, and replies to it would be lost."""
        return self.name.strip() in ("", PLACEHOLDER_NAME) or self.email.strip().lower() in ("", PLACEHOLDER_EMAIL)

    @property
    def missing(self) -> list[str]:
        """Profile fields letters use that are not filled in."""
        out = [] if self.name.strip() and self.name != PLACEHOLDER_NAME else ["name"]
        if not self.email.strip() or self.email.strip().lower() == PLACEHOLDER_EMAIL:
            out.append("email")
        return out + [f for f in ("phone", "address") if not getattr(self, f).strip()]


@dataclass(frozen=True)
class Settings:
    home: Path
    db_path: Path
    registry_dir: Path
    templates_dirs: tuple[Path, ...]
    profile: Profile
    smtp_url: SecretStr | None = field(default=None, repr=False)    # reveal() for the value
    imap_url: SecretStr | None = field(default=None, repr=False)
    reply_to: str | None = None           # e.g. "requests+{token}@example.org" (plus address)
    user_agent_contact: str = PLACEHOLDER_EMAIL
    # Page fetching: internal addresses (private, loopback, link-local...) are refused unless
    # in one of these networks (PRR_ALLOW_NETWORKS, e.g. "127.0.0.0/8"). Every redirect hop is checked.
    allow_networks: tuple[str, ...] = ()
    per_host_concurrency: int = 1
    per_host_interval_s: float = 1.0
    global_concurrency: int = 8
    apprise_urls: tuple[SecretStr, ...] = ()   # their tokens are in the host or path
    timezone: str = "America/Los_Angeles"
    followups_before_escalation: int = 2   # unanswered follow-ups before the City Attorney letter
    followup_interval_days: int = 7        # days between two follow-ups about the same request
    # The California Attorney General's data-breach list; auto-filing is opt-in per user.
    ag_breach_list_url: str = "https://oag.ca.gov/privacy/databreach/list"
    ag_breach_csv_url: str = "https://oag.ca.gov/privacy/databreach/list-export"
    breach_autofile: bool = False
    limits: Limits = field(default_factory=Limits)
    home_source: str = "PRR_HOME"          # what chose the home (prr.core.home): shown by `prr doctor`
    home_warning: str | None = None        # e.g. a relative PRR_HOME resolved against the current folder
    settings_file: Path | None = None      # HOME/settings.toml when it exists

    @property
    def outbox_dir(self) -> Path:
        return self.home / "outbox"

    @property
    def inbox_dir(self) -> Path:
        return self.home / "inbox"

    @property
    def files_dir(self) -> Path:
        return self.home / "files"

    @property
    def user_agent(self) -> str:
        from prr import __version__

        return f"prr/{__version__} (public-records request pipeline; contact: {self.user_agent_contact})"

    def __repr__(self) -> str:  # never show secrets
        shown = {f.name: getattr(self, f.name) for f in fields(self) if f.repr}
        shown["smtp_url"] = mask_url(reveal(self.smtp_url))
        shown["imap_url"] = mask_url(reveal(self.imap_url))
        # Apprise URLs carry their tokens in the host or path, where mask_url does not look.
        shown["apprise_urls"] = tuple(urlsplit(reveal(u)).scheme + "://***" for u in self.apprise_urls)
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"


def reveal(value: SecretStr | str | None) -> str | None:
    """The value of a secret setting (None stays None): the one place a credential is
    taken out of its ``SecretStr``, right where it is used."""
    return value.get_secret_value() if isinstance(value, SecretStr) else value


LOOPBACK_NETWORKS = ("127.0.0.0/8", "::1/128")


def _allow_networks(env, typed: EnvSettings) -> tuple[str, ...]:
    """PRR_ALLOW_NETWORKS: CIDR networks separated by commas or spaces. The old
    all-or-nothing PRR_ALLOW_PRIVATE_ADDRESSES=1 now means loopback only."""
    import ipaddress

    raw = env.get("PRR_ALLOW_NETWORKS", "")
    nets = tuple(n for n in raw.replace(",", " ").split() if n)
    for n in nets:
        try:
            ipaddress.ip_network(n, strict=False)
        except ValueError:
            raise SettingsError(f"PRR_ALLOW_NETWORKS: {n!r} is not a network like 127.0.0.0/8 or ::1/128") from None
    if not nets and typed.allow_private_addresses:
        return LOOPBACK_NETWORKS
    return nets


def _with_password(url: str | None, secret_name: str) -> SecretStr | None:
    """A mail URL from the settings file carries no password: add the one from the
    environment or a Prefect Secret block (``PRR_SMTP_PASSWORD`` -> ``prr-smtp-password``)."""
    from urllib.parse import quote

    from prr.core.secrets import get_secret

    parts = urlsplit(url or "")
    if url and parts.username and parts.password is None and (password := get_secret(secret_name)):
        host = parts.netloc.rpartition("@")[2]
        url = urlunsplit(parts._replace(netloc=f"{parts.username}:{quote(password, safe='')}@{host}"))
    return SecretStr(url) if url else None


def get_settings() -> Settings:
    """Environment first, then ``HOME/settings.toml`` (written by ``prr setup``), then defaults."""
    from prr.core.home import SETTINGS_FILE, read_settings_file, resolve_home

    env = os.environ
    typed = read_env()
    found = resolve_home(env)
    home = found.path
    try:
        file = read_settings_file(home)
    except ValueError:
        file = {}    # `prr doctor` reports the broken file; commands run on the environment alone
    fp, fm = file.get("profile") or {}, file.get("mail") or {}

    def pick(name: str, section: dict, key: str, default: str = "") -> str:
        return env.get(name) or str(section.get(key) or "") or default

    user_templates = env.get("PRR_TEMPLATES")
    templates = tuple(Path(p).expanduser() for p in user_templates.split(os.pathsep) if p) if user_templates else ()
    email = pick("PRR_REQUESTER_EMAIL", fp, "email", PLACEHOLDER_EMAIL)
    return Settings(
        home=home,
        db_path=_path("PRR_DB", home / "prr.db"),
        registry_dir=_path("PRR_REGISTRY", BUILTIN_REGISTRY),
        # User folders first: a user template with the same kind overrides the built-in one.
        templates_dirs=templates + (BUILTIN_TEMPLATES,),
        profile=Profile(
            name=pick("PRR_REQUESTER_NAME", fp, "name", PLACEHOLDER_NAME),
            email=email,
            phone=pick("PRR_REQUESTER_PHONE", fp, "phone"),
            address=pick("PRR_REQUESTER_ADDRESS", fp, "address"),
            organisation=pick("PRR_REQUESTER_ORG", fp, "organisation"),
        ),
        smtp_url=typed.smtp_url or _with_password(fm.get("smtp_url"), "PRR_SMTP_PASSWORD"),
        imap_url=typed.imap_url or _with_password(fm.get("imap_url"), "PRR_IMAP_PASSWORD"),
        reply_to=env.get("PRR_REPLY_TO") or fm.get("reply_to") or None,
        user_agent_contact=env.get("PRR_CONTACT", email),
        allow_networks=_allow_networks(env, typed),
        per_host_concurrency=typed.per_host_concurrency,
        per_host_interval_s=typed.per_host_interval,
        global_concurrency=typed.global_concurrency,
        apprise_urls=tuple(SecretStr(u) for u in env.get("PRR_APPRISE_URLS", "").split() if u),
        timezone=typed.timezone,
        followups_before_escalation=typed.followups_before_escalation,
        followup_interval_days=typed.followup_interval_days,
        ag_breach_list_url=env.get("PRR_AG_BREACH_LIST_URL") or "https://oag.ca.gov/privacy/databreach/list",
        ag_breach_csv_url=env.get("PRR_AG_BREACH_CSV_URL") or "https://oag.ca.gov/privacy/databreach/list-export",
        breach_autofile=typed.breach_autofile,
        limits=Limits.from_env(env),
        home_source=found.source,
        home_warning=found.warning,
        settings_file=(home / SETTINGS_FILE) if (home / SETTINGS_FILE).is_file() else None,
    )
