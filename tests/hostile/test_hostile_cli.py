"""Outside text printed by the CLI is text: Rich markup, links and terminal escapes in a
subject, a sender or a page paragraph print as themselves and crash nothing."""
from __future__ import annotations

import mailbox

import pytest
from typer.testing import CliRunner
from werkzeug.wrappers import Response

from prr.cli import app
from prr.db import pages as store

TRICKS = ["[/b]", "[bold red]loud[/]", "[link=https://evil.example/login]https://city.gov[/link]", "[/]",
          "\x1b[31mred\x1b[0m", "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07", "\x07bell", "[[/b]]", "\\[/b]",
          ":warning: [blink]x[/blink]"]
runner = CliRunner()


def _raw(i: int, trick: str) -> bytes:
    return (f"From: \"{trick}\" <clerk{i}@oxnard.org>\r\nTo: dana@example.org\r\nSubject: Re: {trick} records\r\n"
            f"Message-ID: <trick{i}@oxnard.org>\r\nDate: Mon, 23 Nov 2026 10:00:00 -0800\r\n\r\n"
            f"Body with {trick} inside.\r\n").encode()


def _clean(output: str) -> None:
    assert "\x1b" not in output and "\x07" not in output, "a terminal escape reached the output"
    assert "MarkupError" not in output and "Traceback" not in output


def test_inbox_import_and_review_print_markup_as_text(conn, prr_env, tmp_path):
    paths = []
    for i, trick in enumerate(TRICKS):
        p = tmp_path / f"m{i}.eml"
        p.write_bytes(_raw(i, trick))
        paths.append(str(p))
    out = runner.invoke(app, ["inbox", "import", *paths])
    assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
    _clean(out.output)
    review = runner.invoke(app, ["inbox", "review"])
    assert review.exit_code == 0, review.output
    _clean(review.output)
    assert "Re: [/b]" in review.output and "[link=https:" in review.output    # shown, not interpreted


def test_inbox_poll_prints_markup_as_text(conn, prr_env):
    box = mailbox.Maildir(str(prr_env.inbox_dir), create=True)
    for i, trick in enumerate(TRICKS):
        box.add(_raw(100 + i, trick))
    out = runner.invoke(app, ["inbox", "poll"])
    assert out.exception is None or isinstance(out.exception, SystemExit), out.exception
    _clean(out.output)


@pytest.mark.parametrize("trick", TRICKS, ids=[f"{len(TRICKS)}-{i}" for i in range(len(TRICKS))])
def test_watch_and_changes_print_page_text_as_text(trick, conn, prr_env, httpserver, monkeypatch):
    monkeypatch.setenv("PRR_ALLOW_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("PRR_PER_HOST_INTERVAL", "0")
    import hostile_pages

    state = {"policy": hostile_pages.POLICY}
    httpserver.expect_request("/clerk").respond_with_handler(
        lambda r: Response(hostile_pages.healthy(policy=state["policy"]), content_type="text/html"))
    conn.execute("DELETE FROM pages")
    store.add_page(conn, "oxnard", httpserver.url_for("/clerk"), "records")
    first = runner.invoke(app, ["watch", "oxnard"])
    assert first.exit_code == 0, first.output
    state["policy"] = hostile_pages.POLICY + [f"New rule {trick} applies to every request from now on."]
    out = runner.invoke(app, ["watch", "oxnard"])
    assert out.exit_code == 0, out.output
    _clean(out.output)
    assert "policy_changed" in out.output
    listing = runner.invoke(app, ["changes"])
    assert listing.exit_code == 0, listing.output
    _clean(listing.output)
    visible = trick.replace("\x1b[31m", "").replace("\x1b[0m", "")
    if "\x1b" not in trick and "\x07" not in trick:
        assert visible in listing.output.replace("\n", "")
