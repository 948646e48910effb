"""Secrets: from the environment first, then (opt-in) a Prefect Secret block.

A Prefect Secret block named like the variable in kebab case (``PRR_SMTP_URL`` ->
``prr-smtp-url``) is consulted only when ``PRR_PREFECT_SECRETS=1``, because loading a
block needs a Prefect API (and may start a temporary server).
"""
from __future__ import annotations

import os


def get_secret(env_name: str) -> str | None:
    value = os.environ.get(env_name)
    if value:
        return value
    if os.environ.get("PRR_PREFECT_SECRETS", "").lower() in ("1", "true", "yes"):
        from prefect.blocks.system import Secret  # heavy import: only on this path

        try:
            return Secret.load(env_name.lower().replace("_", "-")).get()
        except ValueError:
            return None
    return None
