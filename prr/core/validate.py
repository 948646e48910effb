"""Checks for values a person types (emails, phone numbers, URLs): each returns the
normal form or raises ValueError saying what is wrong and what a good value looks like."""
from __future__ import annotations

from urllib.parse import urlsplit


def email_address(value: str) -> str:
    """A syntactically valid address, normalised (the domain lower-cased); no DNS lookup."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise ValueError(f"{value!r} is not an email address: {e}") from None


def phone_number(value: str, region: str = "US") -> tuple[str, str]:
    """(E.164 form, national display form) of a valid phone number, e.g.
    ("+18053857803", "(805) 385-7803"); an extension is kept as " ext. N"."""
    import phonenumbers

    try:
        n = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as e:
        raise ValueError(f"{value!r} is not a phone number: {e}") from None
    if not phonenumbers.is_valid_number(n):
        raise ValueError(f"{value!r} is not a valid {region} phone number (e.g. (805) 385-7803)")
    ext = f" ext. {n.extension}" if n.extension else ""
    e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    return e164 + ext, phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL) + ext


def web_url(value: str) -> str:
    """An http(s) URL with a host."""
    v = value.strip()
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not a web address: give the full URL, e.g. https://www.oxnard.org/city-clerk/")
    return v


def mail_url(value: str, schemes: tuple[str, ...]) -> str:
    """A mail server URL (``smtp://user@host:587``) of one of ``schemes``, with a host."""
    from prr.core.settings import split_secret_url

    parts = split_secret_url(value.strip())
    if parts.scheme not in schemes or not parts.hostname:
        raise ValueError(f"the URL must look like {schemes[0]}://user@host:port (one of {', '.join(schemes)})")
    return value.strip()


def without_password(url: str) -> tuple[str, bool]:
    """(the URL with any password removed, whether it had one): passwords never go into files."""
    from urllib.parse import urlunsplit

    from prr.core.settings import split_secret_url

    parts = split_secret_url(url)
    if parts.password is None:
        return url, False
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{parts.username}@{host}" if parts.username else host
    return urlunsplit(parts._replace(netloc=netloc)), True
