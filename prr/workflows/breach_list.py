"""Workflow: read the Attorney General's data-breach list, draft incident-log requests
for breached cities, and alert once per newly matched entry (from the CLI and the flow
alike).

Two steps: one reads the whole list (fetch, parse, store, match); then each matched
city is an item of the fan-out (notice PDFs, facts, drafts, and filing only when opted
in). Every item shares the context's polite fetcher, so the AG's server sees one
request at a time.
"""
from __future__ import annotations

import logging

from prr.workflows.base import Context, Report, alert

log = logging.getLogger(__name__)

NAME = "watch-breach-list"
WORKERS = 2
COLUMNS = ("entry", "organisation", "city", "status", "request", "dates", "problem")


def _act(ctx: Context, autofile: bool, on_entry):
    from prr.breaches.breaches import act_on_entries

    def act(entry_ids: list[int]) -> list:
        with ctx.connection() as conn:
            return act_on_entries(conn, entry_ids, autofile=autofile, settings=ctx.settings,
                                  fetcher=ctx.fetcher, on_entry=on_entry)

    return act


def run(ctx: Context, *, list_url: str | None = None, csv_url: str | None = None,
        data: bytes | str | None = None, data_name: str | None = None, autofile: bool | None = None,
        on_entry=None) -> Report:
    """Check the list (or ``data``, a saved copy); ``autofile`` (default the settings'
    breach_autofile, off) files the drafts."""
    from prr.breaches.breaches import alert_markdown, alert_title, city_groups, read_breach_list, resolve_autofile

    do_file = resolve_autofile(autofile, ctx.settings)
    conn = ctx.main_connection()
    read = read_breach_list(conn, list_url=list_url, csv_url=csv_url, data=data, data_name=data_name,
                            settings=ctx.settings, fetcher=ctx.fetcher)
    problems = [f"skipped row {p['row']}: {p['reason']}" for p in read.problems]
    problems += [f"could not read {e['url']}: {e['error']}" for e in read.errors]
    if read.errors and not read.seen:
        return Report(workflow=NAME, headline="The breach list could not be read.", problems=problems,
                      failed=True, data={"read": read.to_json(), "outcomes": [], "autofile": do_file})
    outcomes = [o for group in ctx.fanout.map(_act(ctx, do_file, on_entry), city_groups(conn), name="act-on-city")
                for o in group]
    matched = set(read.matched_ids)
    new_matched = [o for o in outcomes if o.entry_id in matched]
    sent = alert(ctx, [(alert_title(o), alert_markdown(o)) for o in new_matched])
    headline = (f"{read.seen} entries read, {len(read.new_ids)} new, {len(read.matched_ids)} newly matched to "
                f"registry cities; {len(outcomes)} acted on; filing {'on' if do_file else 'off (opt-in)'}.")
    log.info(headline)
    rows = [(o.entry_id, o.organization, o.city_slug, o.status, o.request_id,
             f"{o.params['start']}..{o.params['end']}" if o.params else "", o.error) for o in outcomes]
    return Report(workflow=NAME, headline=headline, columns=COLUMNS, rows=rows, problems=problems,
                  more="prr breaches list --matched", alerts=sent,
                  data={"read": read.to_json(), "outcomes": [o.to_json() for o in outcomes], "autofile": do_file,
                        "new_matched": len(new_matched)})
