"""Alerts for confirmed changes: one per changed fact, never one per page.

Alerts leave through the **alert sender** plugins (:class:`AlertSender`, registered by
kind): every sender whose ``configured(settings)`` says yes gets every alert. Built in:
``apprise`` (when ``PRR_APPRISE_URLS`` is set: e-mail, webhook, chat, whatever the URLs
name); outside packages add one with an entry point in ``prr.alert``. A flow run lists
its changes in its one summary artifact (prr.workflows), never one artifact per change.
"""
from __future__ import annotations

from typing import ClassVar

from prr.core.plugins import Plugin

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


def alert_changes(changes: list[dict], *, settings) -> dict:
    """Send each change as one alert. Returns counts: {"notified": n, "failed": n}."""
    return send_alerts([(title_for(c), markdown_for(c)) for c in changes], settings)


class AlertSender(Plugin):
    """A way of sending alerts: ``send`` delivers (title, markdown body) messages."""

    registry: ClassVar[dict[str, type]] = {}
    group = "alert"
    contract = ("configured", "send")

    def __init__(self, settings):
        self.settings = settings

    @classmethod
    def configured(cls, settings) -> bool:
        """Whether the settings ask for alerts through this sender."""
        return False

    def send(self, messages: list[tuple[str, str]]) -> dict:
        """Deliver each message; returns counts {"notified": n, "failed": n}."""
        raise NotImplementedError


class AppriseSender(AlertSender):
    """Alerts through apprise to every URL in PRR_APPRISE_URLS (e-mail, webhooks, chat)."""

    kind = "apprise"
    options = {"PRR_APPRISE_URLS": "apprise URLs, comma-separated (mailto://, json://, slack://, ...)"}

    @classmethod
    def configured(cls, settings) -> bool:
        return bool(settings.apprise_urls)

    def send(self, messages: list[tuple[str, str]]) -> dict:
        from prr.core.settings import reveal

        return send_notifications(messages, [reveal(u) for u in self.settings.apprise_urls])


def send_alerts(messages: list[tuple[str, str]], settings) -> dict:
    """Send every (title, markdown) message through every configured alert sender; counts summed."""
    sent = {"notified": 0, "failed": 0}
    if not messages:
        return sent
    for sender in AlertSender.kinds().values():
        if sender.configured(settings):
            for key, n in sender(settings).send(messages).items():
                sent[key] = sent.get(key, 0) + n
    return sent


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
