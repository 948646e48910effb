"""Alerts for confirmed changes: one per changed fact, never one per page.

Inside a Prefect flow run each change becomes a markdown artifact; when
``PRR_APPRISE_URLS`` is set each change is also sent through apprise (email,
webhook, chat: whatever the URLs name).
"""
from __future__ import annotations

import re

TITLES = {
    "contact_added": "{city}: {field} changed",
    "contact_removed": "{city}: {field} removed",
    "policy_changed": "{city}: page text changed",
    "page_moved": "{city}: a watched page moved",
    "page_broken": "{city}: a watched page is broken",
    "page_proposed": "{city}: page proposed for watching ({field})",
}


def title_for(change: dict) -> str:
    t = TITLES.get(change["kind"], "{city}: {kind}")
    if change["kind"] == "contact_added" and not change.get("old_value"):
        t = "{city}: new {field}"
    return t.format(city=change["city_slug"], field=change.get("field") or "", kind=change["kind"])


def markdown_for(change: dict) -> str:
    lines = [f"### {title_for(change)}", "",
             f"- change: #{change['id']} ({change['kind']}, {change['status']})",
             f"- page: {change.get('url') or '-'}",
             f"- detected: {change['detected_at']}"]
    if change.get("old_value"):
        lines.append(f"- old: `{change['old_value']}`")
    if change.get("new_value"):
        lines.append(f"- new: `{change['new_value']}`")
    if change.get("evidence"):
        lines += ["", "> " + change["evidence"].replace("\n", "\n> ")]
    lines += ["", f"Accept with `prr changes accept {change['id']}`, reject with `prr changes reject {change['id']}`."]
    return "\n".join(lines)


def _in_flow() -> bool:
    try:
        from prefect.context import FlowRunContext, TaskRunContext

        return FlowRunContext.get() is not None or TaskRunContext.get() is not None
    except Exception:
        return False


def alert_changes(changes: list[dict], *, settings=None, artifacts: bool | None = None) -> dict:
    """Publish each change. Returns counts: {"artifacts": n, "notified": n, "failed": n}."""
    if settings is None:
        from prr.core.settings import get_settings

        settings = get_settings()
    out = {"artifacts": 0, "notified": 0, "failed": 0}
    if not changes:
        return out
    if artifacts is None:
        artifacts = _in_flow()
    if artifacts:
        from prefect.artifacts import create_markdown_artifact

        for c in changes:
            key = re.sub(r"[^a-z0-9-]+", "-", f"change-{c['id']}-{c['city_slug']}".lower())[:100]
            create_markdown_artifact(markdown=markdown_for(c), key=key, description=title_for(c))
            out["artifacts"] += 1
    sent = send_notifications([(title_for(c), markdown_for(c)) for c in changes], settings.apprise_urls)
    out["notified"] += sent["notified"]
    out["failed"] += sent["failed"]
    return out


def send_notifications(messages: list[tuple[str, str]], urls) -> dict:
    """One apprise notification per (title, markdown body) to every configured URL."""
    sent = {"notified": 0, "failed": 0}
    if not messages or not urls:
        return sent
    import apprise

    ap = apprise.Apprise()
    for url in urls:
        ap.add(url)
    for title, body in messages:
        ok = ap.notify(title=title, body=body, body_format=apprise.NotifyFormat.MARKDOWN)
        sent["notified" if ok else "failed"] += 1
    return sent
