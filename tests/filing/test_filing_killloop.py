"""The kill -9 loop: `prr request file --all` is killed 36 times (half at a random crash
point, half by a timer at a random moment) while new drafts keep arriving. Afterwards
no letter is at the server twice and every request is in view: filed, or
send_unconfirmed for the user to settle; settling them leaves exactly one copy each."""
from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

from prr.db.requests import get_request, list_requests
from prr.requests.filing import draft_request

KILLS = 36
STEPS = ("before_send", "intent_written", "after_250", "after_send", "after_record")


@pytest.mark.slow
def test_kill_loop_never_duplicates_and_loses_nothing(conn, prr_env, smtp_sink, incident_params):
    from test_filing_crash import child_env, prr_cli

    rng = random.Random(20261129)
    kills = attempts = 0
    n = 0
    while kills < KILLS and attempts < 3 * KILLS:
        attempts += 1
        for _ in range(2):    # new work keeps arriving
            n += 1
            city = ("oxnard", "mission-viejo")[n % 2]
            draft_request(conn, city, "incident-logs",
                          dict(incident_params, incident=f"incident {n}", start=f"2025-{n % 12 + 1:02d}-01",
                               end=f"2025-{n % 12 + 1:02d}-02"), confirm_similar=True)
        if attempts % 2:
            step = f"{rng.choice(STEPS)}:{rng.randint(1, 2)}"
            proc = subprocess.run([sys.executable, "-m", "prr", "request", "file", "--all"],
                                  env=child_env(prr_env, smtp_sink.url, step), capture_output=True, timeout=120)
            kills += proc.returncode == -signal.SIGKILL
        else:
            proc = subprocess.Popen([sys.executable, "-m", "prr", "request", "file", "--all"],
                                    env=child_env(prr_env, smtp_sink.url), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.4, 2.0))
            if proc.poll() is None:
                proc.kill()
                kills += 1
            proc.wait()
    assert kills == KILLS, f"only {kills} kills in {attempts} runs"
    prr_cli(prr_env, smtp_sink.url, "request", "file", "--all")    # a clean run settles what it can

    requests = list_requests(conn)
    copies = Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)
    states = Counter(r["status"] for r in requests)
    duplicates = sum(1 for c in copies.values() if c > 1)
    lost = [r["id"] for r in requests if r["status"] not in ("filed", "send_unconfirmed")
            or (r["status"] == "filed" and copies[r["token"]] != 1)]
    unconfirmed = [r for r in requests if r["status"] == "send_unconfirmed"]
    # The user settles each unknown send with what the server really holds.
    for r in unconfirmed:
        verb = "sent" if copies[r["token"]] else "resend"
        assert prr_cli(prr_env, smtp_sink.url, "request", verb, str(r["id"])).returncode == 0
    final = Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)
    print(json.dumps({"kills": kills, "runs": attempts, "requests": len(requests), "states": dict(states),
                      "duplicates": duplicates, "lost": len(lost), "unconfirmed": len(unconfirmed),
                      "unconfirmed_that_had_arrived": sum(1 for r in unconfirmed if copies[r["token"]])}))
    assert duplicates == 0 and lost == []
    assert all(get_request(conn, r["id"])["status"] == "filed" for r in requests)
    assert all(final[r["token"]] == 1 for r in requests) and sum(final.values()) == len(requests)
