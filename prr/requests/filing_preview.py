"""A draft's letter before it is saved, and the keys that tell one request from another:
``dedupe_key`` refuses an identical request, ``find_similar`` flags overlapping dates."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from prr.db import requests as store
from prr.db.cities import current_contact
from prr.requests.filing_common import (
    FilingError,
    _city,
    _settings,
    _template,
    choose_channel,
    from_line,
    require_profile,
)
from prr.requests.letters import LetterError, render


def normalise_params(values: dict) -> dict:
    out = {}
    for k, v in sorted(values.items()):
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, str):
            v = " ".join(v.split()).casefold()
        elif isinstance(v, (list, tuple)):
            v = sorted(" ".join(str(x).split()).casefold() for x in v)
        out[k] = v
    return out


def dedupe_key(city_slug: str, kind: str, values: dict) -> str:
    """city + kind + a digest of the normalised parameters (case and spacing ignored)."""
    digest = hashlib.sha256(json.dumps(normalise_params(values), sort_keys=True).encode()).hexdigest()[:24]
    return f"{city_slug}:{kind}:{digest}"


def find_similar(conn, city_slug: str, kind: str, values: dict, *, limit: int = 20) -> list[dict]:
    """Earlier requests of the same kind to the same city whose date ranges overlap (not
    withdrawn; the oldest ``limit``). The range is :func:`prr.db.requests.date_range`
    (a breach request's is the breach's dates). Uses the indexed date columns, so
    drafting stays linear however many requests there are."""
    mine = store.date_range(values)
    if mine is None:
        return []
    return store.requests_overlapping(conn, city_slug, kind, *mine, limit=limit)


@dataclass
class Preview:
    city_slug: str
    kind: str
    channel: str
    recipient: str | None
    subject: str
    body: str
    params: dict = field(default_factory=dict)
    dedupe_key: str = ""
    channel_reason: str = ""        # why this channel (the one rule, prr.filing_common.choose_channel)
    from_line: str = ""             # who the letter is from
    profile_problem: str = ""       # set when filing through this channel would be refused


def preview_request(conn, city_slug: str, kind: str, params: dict, *, settings=None,
                    channel: str | None = None, token: str = "PRR-XXXXXXXX") -> Preview:
    """Render the letter a draft would hold, without saving anything."""
    from prr.channels.mail import subject_with_token

    settings = _settings(settings)
    city = _city(conn, city_slug)
    tpl = _template(kind, settings)
    if not tpl.meta.standalone:
        raise FilingError(f"a {kind!r} letter is about an existing request; send it with send_letter "
                          "(the follow-up flow does)", retryable=False)
    try:
        letter = render(tpl, params, city=city, profile=settings.profile, token=token)
    except LetterError as e:
        raise FilingError(f"{city_slug}: {e}", city_slug=city_slug, retryable=False) from None
    contact = current_contact(conn, city_slug, tpl.meta.recipient)
    chosen, why = choose_channel(conn, city, settings, explicit=channel, recipient_kind=tpl.meta.recipient)
    problem = ""
    try:
        require_profile(settings, chosen)
    except FilingError as e:
        problem = f"{e} {e.hint}"
    return Preview(city_slug, kind, chosen, contact["value"] if contact else None,
                   subject_with_token(letter.subject, token), letter.body, letter.params,
                   dedupe_key(city_slug, kind, letter.params), channel_reason=why,
                   from_line=from_line(settings.profile), profile_problem=problem)

