"""Prefect defaults that make a one-off run work anywhere (no server, no network).

Import this module before ``prefect`` (every flow module does): it only sets
environment defaults, so a user's own Prefect profile or variables still win.

Measured here: the temporary server takes 13-24 s to start with a fresh PREFECT_HOME
(the 20 s default timeout is too close); analytics would try the network; the task-run
recorder makes short runs stall ~2 s on the local server's SQLite locks; the flow
heartbeat thread costs ~1 s per flow run.
"""
from __future__ import annotations

import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": "",
    "PREFECT_UI_ENABLED": "true",
    "PREFECT_LOGGING_LEVEL": "INFO",
}


def apply_defaults() -> None:
    for key, value in DEFAULTS.items():
        if value == "":
            continue
        os.environ.setdefault(key, value)


apply_defaults()
