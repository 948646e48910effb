"""Saved request plans (``plans/*.yaml``): which cities, which letter, which period.

A plan's dates are relative (``period: previous_month``) and resolved on the day it runs,
so the same file files October's logs on Nov 1 and November's on Dec 1. The Prefect flow
(flows/file_requests.py) and ``prr plan preview|run`` both resolve plans here; the
file-requests workflow (prr.workflows.file_requests) drafts and files each city with
:func:`draft_one` and :func:`file_one`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from prr.core.settings import PROJECT_ROOT  # noqa: E402  (plans/ is in the checkout)

PERIODS = "previous_month, previous_week, previous_quarter or last_N_days"


def period_dates(period: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The date range a relative period names, seen from ``today``."""
    if period == "previous_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "previous_week":   # Monday to Sunday of last week
        end = today - dt.timedelta(days=today.weekday() + 1)
        return end - dt.timedelta(days=6), end
    if period == "previous_quarter":
        q_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end = q_start - dt.timedelta(days=1)
        return dt.date(end.year, 3 * ((end.month - 1) // 3) + 1, 1), end
    if period.startswith("last_") and period.endswith("_days") and period[5:-5].isdigit():
        n = int(period[5:-5])
        return today - dt.timedelta(days=n), today - dt.timedelta(days=1)
    raise ValueError(f"unknown period {period!r}: use {PERIODS}")


class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


@dataclass
class Plan:
    path: Path
    name: str
    cities: list[str]
    kind: str
    params: dict
    channel: str | None = None
    today: dt.date | None = None
    data: dict = field(default_factory=dict)


def resolve_plan(data: dict, today: dt.date, conn=None) -> tuple[list[str], str, dict, str | None]:
    """(cities, kind, params, channel) of a plan for a run on ``today``."""
    kind = data.get("kind")
    if not kind:
        raise ValueError("plan needs a `kind` (a template kind, e.g. incident-logs)")
    params = dict(data.get("params") or {})
    fill = {}
    if data.get("period"):
        start, end = period_dates(data["period"], today)
        params.setdefault("start", start.isoformat())
        params.setdefault("end", end.isoformat())
        fill = {"start": start.isoformat(), "end": end.isoformat(),
                "month": f"{start:%B %Y}" if start.month == end.month else f"{start:%B %Y} to {end:%B %Y}"}
    params = {k: v.format_map(_Keep(fill)) if isinstance(v, str) else v for k, v in params.items()}
    cities = data.get("cities") or []
    if isinstance(cities, dict) and cities.get("with_contact"):
        from prr.db.cities import slugs_with_contact

        cities = slugs_with_contact(conn, cities["with_contact"])
    if not isinstance(cities, list) or not cities:
        raise ValueError("plan needs `cities`: a list of registry slugs or {with_contact: records_email}")
    return cities, kind, params, data.get("channel")


def plan_path(plan: str | Path) -> Path:
    """A plan file: as given, or relative to the project folder (``plans/...``)."""
    path = Path(plan)
    if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / plan).exists():
        path = PROJECT_ROOT / plan
    return path


def local_today(tz: str = "America/Los_Angeles") -> dt.date:
    from zoneinfo import ZoneInfo

    # Periods are California months and weeks, whatever the machine's time zone.
    return dt.datetime.now(ZoneInfo(tz)).date()


def load_plan(plan: str | Path, today: dt.date | None = None, conn=None) -> Plan:
    """Read and resolve a plan file; ValueError says what is wrong with it."""
    import yaml

    path = plan_path(plan)
    if not path.is_file():
        raise ValueError(f"no plan file {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise ValueError(f"{path} is not valid YAML: {e}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping (kind, cities, period, params)")
    if today is None:
        from prr.core.settings import get_settings

        today = local_today(get_settings().timezone)
    cities, kind, params, channel = resolve_plan(data, today, conn)
    return Plan(path, str(data.get("name") or path.stem), cities, kind, params, channel, today, data)


def draft_one(conn, city_slug: str, kind: str, params: dict, channel: str | None = None,
              confirm_similar: bool = False) -> dict:
    """Draft one city's request; an identical request already drafted is reused, never doubled."""
    from prr.requests.filing import DuplicateRequestError, FilingError, draft_request

    try:
        rid = draft_request(conn, city_slug, kind, params, channel=channel, confirm_similar=confirm_similar)
        return {"city": city_slug, "request_id": rid, "drafted": True, "note": ""}
    except DuplicateRequestError as e:
        return {"city": city_slug, "request_id": e.existing_id, "drafted": False, "note": "identical request exists"}
    except FilingError as e:
        return {"city": city_slug, "request_id": None, "drafted": False, "note": str(e)}


def file_one(conn, request_id: int | None, channel: str | None = None) -> dict:
    """File one drafted request (exactly once: a request already past filing is skipped)."""
    from prr.db.requests import get_request
    from prr.requests.filing import FilingError, file_request

    if request_id is None:
        return {"status": "not drafted", "error": None}
    try:
        r = get_request(conn, request_id)
        if r["status"] not in ("draft", "failed", "filing"):
            return {"status": r["status"], "error": None, "skipped": True}
        receipt = file_request(conn, request_id, channel=channel)
        return {"status": receipt.status, "error": None, "tracking_number": receipt.tracking_number,
                "to": receipt.to or receipt.detail.get("portal_url") or receipt.path}
    except FilingError as e:
        r = get_request(conn, request_id)
        return {"status": r["status"] if r else "missing", "error": str(e), "hint": e.hint}


def outcome_row(drafted: dict, filed: dict) -> dict:
    """One city's line in a plan run's report."""
    return {"city": drafted["city"], "request_id": drafted["request_id"], "status": filed["status"],
            "note": filed.get("error") or drafted["note"] or ("already " + filed["status"] if filed.get("skipped")
                                                              else "")}
