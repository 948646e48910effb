"""The offline end-to-end demonstration: the whole pipeline against a simulated city world.

``run_demo()`` makes a throwaway ``PRR_HOME`` and registry copy, starts the simulator
(:mod:`prr.demo.simulator`: city websites, a NextRequest-like portal, an SMTP server and an
answering agency, all on 127.0.0.1), points the real channels at it and runs the real
Prefect flows in order:

1. file requests: Oxnard by email (SMTP), Mission Viejo through its portal;
2. watch pages: the first check records each page as it is;
3. the agency answers in three rounds (acknowledgement with a tracking number, a
   14-day extension notice, the release with an incident-log PDF), each round followed
   by ingest replies, so the replies arrive in the order the city sent them;
4. documents: text and incident-log rows out of the released PDF, indexed;
5. follow up, on a scenario date a few days after Mission Viejo's extended deadline
   (its clerk goes quiet after the extension);
6. Oxnard's clerk page changes its records address; watch pages again: the change is
   confirmed by a re-fetch and proposed for review.

The scenario's calendar runs ahead of the wall clock: requests are filed now, and the
agency dates its replies on the days a clerk would send them after receipt. Follow-up
gets that scenario date as ``today``.

The report is read back from the database, not from what the steps returned, so it
shows what a user would find there afterwards.
"""
from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from prr.demo.demo_report import (  # noqa: F401  (re-exported)
    DemoReport,
    Step,
    _check,
    _read_back,
    _short,
    render,
)

REQUEST_KIND = "incident-logs"
# What each city is asked for (one batch, the same letter to both): the incidents the two
# seed guides describe.
REQUEST_PARAMS = {"incident": "the network security incident (data breach) affecting the City's systems "
                              "and residents' personal information, reported in early 2026",
                  "start": "2026-01-15", "end": "2026-03-01"}
CHANNELS = {"oxnard": "smtp", "mission-viejo": "nextrequest"}
# Oxnard's clerk answers, extends and releases; Mission Viejo's extends and goes quiet.
AGENCY_SCRIPTS = {"oxnard": ("ack", "extension", "release"), "mission-viejo": ("ack", "extension")}
REQUESTER = {"PRR_REQUESTER_NAME": "Dana Reporter", "PRR_REQUESTER_EMAIL": "dana.reporter@example.org",
             "PRR_REQUESTER_PHONE": "(805) 555-0142", "PRR_REQUESTER_ORG": "Ventura County Ledger",
             "PRR_REQUESTER_ADDRESS": "123 Main Street, Ventura, CA 93001"}
# Follow-up runs this many days after the latest deadline of the open requests (or, if
# none has one, FOLLOW_UP_DAY days after receipt), moved to a weekday.
FOLLOW_UP_GRACE_DAYS = 3
FOLLOW_UP_DAY = 31
DEMO_MARKER = ".prr-demo"     # in a folder the demo made: a later demo may empty and reuse it


# -- environment -------------------------------------------------------------------------

@contextlib.contextmanager
def _env(values: dict[str, str | None]):
    """Set (or unset, for None) environment variables for the demo; restore them after."""
    def apply(env: dict[str, str | None]) -> None:
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    saved = {k: os.environ.get(k) for k in values}
    try:
        apply(values)
        yield
    finally:
        apply(saved)


def prefect_env(prr_home: Path):
    """Where the demo's flows report: a running Prefect server when PREFECT_API_URL
    answers, else Prefect's temporary server with a Prefect home kept under the user's
    prr home (migrated on the first run only). Returns (LocalPrefect, environment)."""
    from prr.flows.local import local_prefect

    local = local_prefect(prr_home)
    env: dict[str, str | None] = {k: (v or None) for k, v in local.env.items()}
    env["PREFECT_LOGGING_LEVEL"] = "WARNING"
    return local, env


# -- running flows -----------------------------------------------------------------------

def _load_flow(module: str, name: str):
    mod = importlib.import_module(f"prr.flows.{module}")
    return getattr(mod, name)


def run_flow(module: str, name: str, **kwargs):
    """Run a flow by module and name; returns (state name, result or the exception).

    A parameter the flow no longer takes is an error here, not silently dropped: the
    step would otherwise not do what the report says it did."""
    fl = _load_flow(module, name)
    params = inspect.signature(fl.fn).parameters
    unknown = sorted(set(kwargs) - set(params))
    if unknown:
        raise TypeError(f"flow {module}:{name} takes no parameter {', '.join(unknown)} "
                        f"(it takes {', '.join(params) or 'none'})")
    state = fl(**kwargs, return_state=True)
    try:
        result = state.result(raise_on_failure=True)
    except Exception as e:       # the demo reports a failed step and goes on
        return state.name, e
    return state.name, result


def _describe(result) -> str:
    """One readable line for the result of one of the pipeline's flows."""
    try:
        if isinstance(result, list) and result and isinstance(result[0], dict) and "city" in result[0]:
            return "; ".join(f"{r['city']}: {r['status']}" + (f" ({r['note']})" if r.get("note") else "")
                             for r in result)
        if isinstance(result, dict) and "outcomes" in result:
            pages = ", ".join(f"{n} {k}" for k, n in result["outcomes"].items())
            return f"{pages}; {len(result['changes'])} change(s) recorded, {len(result['failures'])} failure(s)"
        if isinstance(result, dict) and "totals" in result:
            names = {"duplicate": "already read"}
            return ", ".join(f"{n} {names.get(k, k)}" for k, n in result["totals"].items()) or "no new mail"
        if isinstance(result, dict) and "overdue" in result and "messages" in result:
            return (f"{len(result['overdue'])} request(s) overdue on {result['today']}, "
                    f"{len(result['messages'])} message(s) sent, {len(result['errors'])} error(s)")
        if isinstance(result, dict) and "by_status" in result:
            return f"{result['documents']} pending document(s) processed"
    except (KeyError, TypeError, IndexError):
        pass
    return _summarise(result)


def _summarise(result) -> str:
    if isinstance(result, BaseException):
        return f"failed: {type(result).__name__}: {result}"
    if hasattr(result, "to_json"):
        result = result.to_json()
    if isinstance(result, dict):
        shown = {k: v for k, v in result.items() if not isinstance(v, (list, dict)) or len(str(v)) < 120}
        return ", ".join(f"{k}={v}" for k, v in shown.items())[:300]
    return str(result)[:300]


# -- the scenario ------------------------------------------------------------------------

def run_demo(home: Path | None = None, *, quiet: bool = False, console=None,
             keep_running: bool = False) -> DemoReport:
    """Run the whole scenario; returns the report (also printed unless ``quiet``).

    ``keep_running`` keeps the simulated servers up after the report until Ctrl-C."""
    t0 = time.perf_counter()
    home = Path(home).resolve() if home else Path(tempfile.mkdtemp(prefix="prr-demo-"))
    home.mkdir(parents=True, exist_ok=True)
    if (home / "prr.db").exists():
        if not (home / DEMO_MARKER).exists():
            raise FileExistsError(f"{home} already holds a prr database; give an empty folder or none "
                                  f"(the demo makes its own throwaway home)")
        shutil.rmtree(home)        # an earlier demo's folder (it has the marker): start it afresh
        home.mkdir(parents=True)
    (home / DEMO_MARKER).write_text("made by prr demo; prr demo may empty this folder\n", encoding="utf-8")
    if console is None and not quiet:
        from rich.console import Console

        console = Console()
    say = (lambda msg: console.print(msg)) if not quiet else (lambda msg: None)

    # Prefect reads its settings when first imported: only a fresh process can be pointed
    # at a Prefect home. Otherwise the caller's Prefect is used. The local server starts
    # now, so that it boots while the simulated world is built.
    local = server = None
    prefect_vars: dict[str, str | None] = {}
    if "prefect" not in sys.modules:
        from prr.core.settings import get_settings
        from prr.flows.local import LocalServer

        local, prefect_vars = prefect_env(get_settings().home)     # the user's prr home, not the demo's
        if local.mode == "temporary":
            server = LocalServer(local).start()
    try:
        return _run(home, report_args=(t0, quiet, console, say, keep_running), local=local, server=server,
                    prefect_vars=prefect_vars)
    finally:
        if server is not None:
            server.stop()


def _run(home: Path, *, report_args, local, server, prefect_vars) -> DemoReport:
    t0, quiet, console, say, keep_running = report_args
    from prr.core.settings import BUILTIN_REGISTRY
    from prr.demo.simulator import CityWorld

    seed_registry = home / "registry-seed"
    for slug in CHANNELS:
        (seed_registry / "ca").mkdir(parents=True, exist_ok=True)
        shutil.copy(BUILTIN_REGISTRY / "ca" / f"{slug}.yaml", seed_registry / "ca" / f"{slug}.yaml")

    report = DemoReport(home=home, db_path=home / "prr.db", started_on=date.today())
    world = CityWorld(seed_registry, home / "inbox", channels=CHANNELS, scripts=AGENCY_SCRIPTS,
                      incident_window={slug: (date.fromisoformat(REQUEST_PARAMS["start"]),
                                              date.fromisoformat(REQUEST_PARAMS["end"])) for slug in CHANNELS})
    with world:
        registry = world.registry_copy(home / "registry")
        shutil.rmtree(seed_registry, ignore_errors=True)
        env = {
            "PRR_HOME": str(home), "PRR_DB": None, "PRR_REGISTRY": str(registry),
            "PRR_SMTP_URL": world.smtp.url, "PRR_IMAP_URL": None, "PRR_REPLY_TO": None,
            "PRR_ALLOW_NETWORKS": "127.0.0.0/8",      # loopback only: the simulated cities
            # Loopback needs no politeness delay; real hosts keep the 1 s default.
            "PRR_PER_HOST_INTERVAL": "0.05", "PRR_PER_HOST_CONCURRENCY": "2",
            "PRR_APPRISE_URLS": None, "PRR_TEMPLATES": None,
            **REQUESTER, "PRR_CONTACT": REQUESTER["PRR_REQUESTER_EMAIL"],
        }
        env.update(prefect_vars)
        if local is not None:
            report.prefect_home = local.home
            report.prefect = local.describe()
        with _env(env):
            say(f"[bold]prr demo[/] - a simulated Oxnard and Mission Viejo on {world.web.base_url}, "
                f"SMTP on {world.smtp.url}; home {home}")
            _scenario(world, report, say, local, server)
            report.simulator = {
                "web": world.web.base_url, "smtp": world.smtp.url,
                "mail_received": len(world.smtp.received),
                "portal_submissions": sum(len(p.submissions) for p in world.portals.values()),
                "portal_rejections": [r for p in world.portals.values() for r in p.rejected],
                "agency_replies": [(d.city_slug, d.stage, d.date.date().isoformat()) for d in world.agency.delivered],
                "follow_ups_received": len(world.agency.followups),
                "unrouted_mail": list(world.agency.unrouted),
            }
            _read_back(report)
            report.seconds = time.perf_counter() - t0
            if not quiet:
                render(report, console)
            if keep_running:
                _serve_until_interrupted(world, say)
    return report


def _serve_until_interrupted(world, say) -> None:
    say(f"\nThe simulated cities stay up: {world.web.url('oxnard', 'records')}, "
        f"{world.web.portal_url('mission-viejo')}, SMTP {world.smtp.url}. Press Ctrl-C to stop.")
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        say("stopped")


def _step(report: DemoReport, say, name: str, fn, describe=None) -> object:
    say(f"[cyan]>[/] {name} ...")
    t = time.perf_counter()
    try:
        state, result = fn()
    except Exception as e:     # a missing or broken part: reported, and the demo goes on
        state, result = None, e
    ok = not isinstance(result, BaseException)
    summary = _describe(result)
    if ok and describe is not None:
        summary = describe(summary)
    step = Step(name, time.perf_counter() - t, ok, summary, state)
    report.steps.append(step)
    say(f"  {'[green]ok[/]' if ok else '[red]failed[/]'} in {step.seconds:.1f}s: {_short(step.summary, 160)}")
    return result


def _scenario(world, report: DemoReport, say, local=None, server=None) -> None:
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.registry.registry import sync_registry

    settings = get_settings()
    conn = connect(settings.db_path)
    totals, errors, _ = sync_registry(conn, settings.registry_dir)
    if errors:
        report.problems += [str(e) for e in errors]
    conn.close()

    from prefect.settings import PREFECT_API_URL

    api = {}
    if server is not None:
        t = time.perf_counter()
        say(f"  waiting for {report.prefect}")
        server.wait()
        api = {PREFECT_API_URL: server.api_url}
        waited = time.perf_counter() - t
        if local.first_run:
            local.mark_migrated()
            report.prefect += f" (this first run waited {waited:.0f} s for it)"
        else:
            report.prefect += f" (waited {waited:.1f} s for it)"
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None, **api}):
        if report.prefect:
            say(f"  flows report to {report.prefect}")
        _step(report, say, "file requests (Oxnard by email, Mission Viejo through its portal)",
              lambda: _file_requests())
        _step(report, say, "watch pages (first check: each page as it is)",
              lambda: run_flow("watch_pages", "watch_pages", city_slugs=list(CHANNELS)))
        new = world.agency.collect()
        if len(new) != len(CHANNELS):
            report.problems.append(f"the simulated agencies received {len(new)} request(s), expected "
                                   f"{len(CHANNELS)}")
        for stage, label in (("ack", "acknowledgements"), ("extension", "extension notices"),
                             ("release", "release with the incident log")):
            sent = world.agency.answer(stage)
            say(f"  agency sent {len(sent)} {label}: "
                + ", ".join(f"{d.city_slug} dated {d.date:%a %Y-%m-%d}" for d in sent))
            _step(report, say, f"ingest replies ({label})", lambda: run_flow("ingest_replies", "ingest_replies"))
        _step(report, say, "documents (text, tables, incident rows, search index)",
              lambda: run_flow("documents", "extract_documents"), describe=_documents_summary)
        report.scenario_today = _follow_up_day(world)
        _step(report, say, f"follow up (scenario date {report.scenario_today:%a %Y-%m-%d})",
              lambda: run_flow("follow_up", "follow_up", today=report.scenario_today.isoformat()))
        world.agency.collect()       # follow-ups that reached the clerk
        new_email = world.change_oxnard_records_email()
        say(f"  Oxnard's City Clerk page now gives {new_email} for records requests")
        _step(report, say, "watch pages (after the page change; a re-fetch confirms it)",
              lambda: run_flow("watch_pages", "watch_pages", city_slugs=list(CHANNELS)))


def _follow_up_day(world) -> date:
    """A weekday a few days after the latest deadline of the requests still open, so the
    silent city is clearly late whatever the calendar (holidays, Fridays) did to it."""
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.requests import list_requests
    from prr.deadlines.request_deadlines import refresh_deadlines

    received = min((r.received_on for r in world.agency.requests), default=date.today())
    day = received + timedelta(days=FOLLOW_UP_DAY)
    conn = connect(get_settings().db_path)
    try:
        dues = [d.effective_due for r in list_requests(conn, open_only=True)
                if (d := refresh_deadlines(conn, r["id"])) is not None and d.effective_due]
    finally:
        conn.close()
    if dues:
        day = max(dues) + timedelta(days=FOLLOW_UP_GRACE_DAYS)
    from prr.deadlines.calendar import calendar_for_office

    return calendar_for_office(None).next_open_day(day)      # a business day by the CPRA calendar


def _documents_summary(flow_summary: str) -> str:
    """Ingest hands PDFs to the extractor as they arrive; say what the store holds."""
    from prr.core.settings import get_settings
    from prr.db import connect
    from prr.db.documents import incidents_for, list_documents

    conn = connect(get_settings().db_path)
    try:
        docs = list_documents(conn)
        rows = sum(len(incidents_for(conn, d["id"])) for d in docs)
    finally:
        conn.close()
    return (f"{len(docs)} document(s) in the store, {rows} incident row(s) "
            f"(ingest extracts PDFs as they arrive); this run: {flow_summary}")


def _file_requests():
    """One batch through the file_requests flow: a draft per city, filed through each city's channel."""
    return run_flow("file_requests", "file_requests", city_slugs=list(CHANNELS), kind=REQUEST_KIND,
                    params=REQUEST_PARAMS)
