"""What every filing step shares: its errors, the settings, city and template lookups,
the channel and the contact it needs, and the :class:`Draft` handed to the channel."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from prr.channels.base import Channel, Draft
from prr.db.cities import current_contact, get_city
from prr.requests.letters import LetterError, Template, get_template


class FilingError(Exception):
    """Filing could not proceed; ``hint`` says what to do next."""

    def __init__(self, message: str, *, request_id: int | None = None, city_slug: str | None = None,
                 hint: str = "", retryable: bool = True, other_run: bool = False):
        super().__init__(message)
        self.other_run = other_run      # another run is filing (or has filed) this request
        self.request_id = request_id
        self.city_slug = city_slug
        self.hint = hint
        self.retryable = retryable


class MissingContactError(FilingError):
    pass


class DuplicateRequestError(FilingError):
    def __init__(self, message: str, *, existing_id: int, **kw):
        super().__init__(message, retryable=False, **kw)
        self.existing_id = existing_id


class SimilarRequestError(FilingError):
    def __init__(self, message: str, *, similar_ids: list[int], **kw):
        super().__init__(message, retryable=False, **kw)
        self.similar_ids = similar_ids


# --- lookups ---

def _settings(settings):
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    return settings


def local_date(utc_iso: str, tz: str = "America/Los_Angeles") -> str:
    """The California calendar date of a UTC timestamp (what the CPRA counts from)."""
    when = dt.datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(ZoneInfo(tz)).date().isoformat()


def _city(conn, slug: str) -> dict:
    city = get_city(conn, slug)
    if city is None:
        from prr.registry.registry import unknown_city_message

        message, hint = unknown_city_message(conn, slug)
        raise FilingError(message, city_slug=slug, retryable=False, hint=hint)
    return city


def _template(kind: str, settings) -> Template:
    try:
        return get_template(kind, settings.templates_dirs)
    except LetterError as e:
        raise FilingError(str(e), retryable=False) from None


# --- channel, contact and draft ---

def _channel_class(kind: str) -> type[Channel]:
    import prr.channels  # noqa: F401  (registers every channel)

    try:
        return Channel.get(kind)
    except KeyError as e:
        raise FilingError(str(e.args[0]), retryable=False) from None


def _contact_for(conn, city: dict, ch_cls: type[Channel], recipient_kind: str) -> tuple[str | None, dict | None]:
    needed = recipient_kind if ch_cls.needs == "recipient" else ch_cls.needs
    if needed is None:
        return None, None
    contact = current_contact(conn, city["slug"], needed)
    if contact is None:
        raise MissingContactError(
            f"{city['name']} ({city['slug']}) has no current {needed} contact, which the {ch_cls.kind} channel needs",
            city_slug=city["slug"],
            hint=f"Add a {needed} contact to the city's registry file and run `prr init`, "
                 f"or file through another channel with --channel.")
    if needed == "portal_url" and contact.get("vendor") and contact["vendor"] != ch_cls.kind:
        raise MissingContactError(
            f"{city['name']} ({city['slug']}): its portal_url is a {contact['vendor']} portal, "
            f"not {ch_cls.kind}", city_slug=city["slug"], hint=f"File with --channel {contact['vendor']}.")
    return needed, contact


def _profile(settings) -> dict:
    p = settings.profile
    return {k: getattr(p, k) for k in ("name", "email", "phone", "address", "organisation")}


def _build_draft(request: dict, city: dict, settings, *, message_id: str, contact: dict | None,
                 contact_kind: str | None, to: str | None = None, subject: str | None = None,
                 body: str | None = None, kind: str | None = None, in_reply_to: str | None = None) -> Draft:
    from prr.requests.tokens import plus_address

    prof = _profile(settings)
    email_to = to
    if email_to is None and contact is not None and contact_kind and contact_kind.endswith("_email"):
        email_to = contact["value"]
    return Draft(
        request_id=request["id"], city_slug=city["slug"], city_name=city["name"], kind=kind or request["kind"],
        token=request["token"], subject=subject or request["subject"], body=body or request["body"],
        message_id=message_id, from_name=prof["name"], from_addr=prof["email"], to=email_to,
        reply_to=plus_address(settings.reply_to, request["token"]) if settings.reply_to else None,
        in_reply_to=in_reply_to,
        portal_url=contact["value"] if contact and contact_kind == "portal_url" else None,
        portal_vendor=contact.get("vendor") if contact and contact_kind == "portal_url" else None,
        address=contact["value"] if contact and contact_kind == "address" else None,
        profile=prof, params=request.get("params") or {})


def _get_channel(kind: str, settings, channels: dict[str, Channel] | None) -> Channel:
    cls = _channel_class(kind)
    if channels is None:
        return cls(settings)
    if kind not in channels:
        channels[kind] = cls(settings)
    return channels[kind]


# --- which channel, and who the letter is from ---

EMAIL_CHANNELS = ("outbox", "smtp")
PLACEHOLDER_HINT = ("Run `prr setup` to write your requester profile, or set PRR_REQUESTER_NAME and "
                    "PRR_REQUESTER_EMAIL (and PRR_REQUESTER_PHONE, PRR_REQUESTER_ADDRESS if the city asks).")


def choose_channel(conn, city: dict, settings, *, explicit: str | None = None,
                   recipient_kind: str = "records_email") -> tuple[str, str]:
    """(channel, why) for a letter to ``city``. The one rule: ``--channel`` if given; else a
    portal or paper channel the city's registry names; else smtp when PRR_SMTP_URL is set
    and the city has the email the letter goes to; else the outbox."""
    from prr.channels.smtp import smtp_url

    if explicit:
        return explicit, "chosen with --channel"
    named = city.get("channel") or "outbox"
    if named not in EMAIL_CHANNELS:
        return named, f"the city's registry files through {named}"
    has_email = current_contact(conn, city["slug"], recipient_kind) is not None
    if smtp_url(settings):
        if has_email:
            return "smtp", f"PRR_SMTP_URL is set and the city has a {recipient_kind}"
        return "outbox", f"the city has no {recipient_kind}: the letter is written to the outbox"
    return "outbox", "PRR_SMTP_URL is not set: the letter is written to the outbox for you to send"


def is_placeholder(profile) -> bool:
    return profile.is_placeholder


def from_line(profile) -> str:
    import email.utils

    return email.utils.formataddr((profile.name, profile.email))


def require_profile(settings, channel: str, request_id: int | None = None) -> None:
    """Nothing leaves by a channel other than the outbox as the placeholder requester:
    the city would answer an address nobody reads."""
    if channel != "outbox" and is_placeholder(settings.profile):
        raise FilingError(f"no requester profile: letters through {channel} would go out as "
                          f"{from_line(settings.profile)}, and the city's answer would be lost",
                          request_id=request_id, retryable=False, hint=PLACEHOLDER_HINT)
