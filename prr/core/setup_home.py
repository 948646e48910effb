"""``prr setup``: the requester profile and mail servers, written to ``HOME/settings.toml``.

Passwords never go into the file: a mail URL given with one is written without it, and
the password is read from ``PRR_SMTP_PASSWORD`` / ``PRR_IMAP_PASSWORD`` or the Prefect
Secret blocks ``prr-smtp-password`` / ``prr-imap-password`` (see prr.core.settings).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from prr.core import validate
from prr.core.home import SETTINGS_FILE, read_settings_file

PROFILE_FIELDS = ("name", "email", "phone", "address", "organisation")
MAIL_FIELDS = ("smtp_url", "imap_url", "reply_to")
SECRET_ENV = {"smtp_url": "PRR_SMTP_PASSWORD", "imap_url": "PRR_IMAP_PASSWORD"}


def check_value(key: str, value: str) -> str:
    """The normal form of one setting, or ValueError saying what is wrong."""
    value = (value or "").strip()
    if not value:
        if key in ("name", "email"):
            raise ValueError(f"the requester's {key} is needed: letters are signed with it and replies go to it")
        return ""
    if key == "email":
        from prr.core.settings import PLACEHOLDER_EMAIL

        if value.lower() == PLACEHOLDER_EMAIL:
            raise ValueError(f"{PLACEHOLDER_EMAIL} is the built-in example: give your own address")
        return validate.email_address(value)
    if key == "name":
        from prr.core.settings import PLACEHOLDER_NAME

        if value == PLACEHOLDER_NAME:
            raise ValueError(f"{PLACEHOLDER_NAME!r} is the built-in example: give your own name")
        return value
    if key == "phone":
        return validate.phone_number(value)[1]
    if key == "smtp_url":
        return validate.mail_url(value, ("smtp", "smtps"))
    if key == "imap_url":
        return validate.mail_url(value, ("imap", "imaps"))
    if key == "reply_to":
        if "{token}" not in value:
            raise ValueError("the reply-to address needs {token}, e.g. requests+{token}@example.org")
        validate.email_address(value.replace("{token}", "prr-token"))
        return value
    if "\n" in value:
        raise ValueError(f"the {key} must be one line")
    return value


@dataclass
class SetupResult:
    settings_file: Path
    written: dict
    notes: list[str] = field(default_factory=list)


def write_settings(home: Path, values: dict) -> SetupResult:
    """Merge ``values`` (already checked; keys of PROFILE_FIELDS and MAIL_FIELDS, empty =
    remove) into ``HOME/settings.toml``; passwords are stripped from mail URLs."""
    import tomli_w

    from prr.core.files import atomic_write

    home = Path(home)
    data = read_settings_file(home)
    profile, mail = dict(data.get("profile") or {}), dict(data.get("mail") or {})
    notes = []
    for key, value in values.items():
        section = profile if key in PROFILE_FIELDS else mail
        if key in SECRET_ENV and value:
            value, had = validate.without_password(value)
            if had:
                env = SECRET_ENV[key]
                notes.append(f"The password in the {key.replace('_url', '').upper()} URL was not written to the "
                             f"file: put it in the environment ({env}=...) or a Prefect Secret block "
                             f"named {env.lower().replace('_', '-')} (with PRR_PREFECT_SECRETS=1).")
        if value:
            section[key] = value
        else:
            section.pop(key, None)
    out = {k: v for k, v in (("profile", profile), ("mail", mail)) if v}
    path = home / SETTINGS_FILE
    home.mkdir(parents=True, exist_ok=True)
    text = ("# prr settings, written by `prr setup`. Environment variables (PRR_...) override these.\n"
            "# No passwords here: they come from the environment or Prefect Secret blocks.\n"
            + tomli_w.dumps(out))
    atomic_write(path, text.encode("utf-8"))
    return SetupResult(path, out, notes)
