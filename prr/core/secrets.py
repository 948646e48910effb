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
    from prr.core.settings import read_env

    if read_env().prefect_secrets:     # parsed like every other PRR_ boolean
        from prefect.blocks.system import Secret  # heavy import: only on this path

        try:
            return Secret.load(env_name.lower().replace("_", "-")).get()
        except ValueError:
            return None
    return None
