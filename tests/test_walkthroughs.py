"""Every ```sh block in README.md and docs/*.md runs, as written, in a new temporary home,
or is marked as not runnable here, with the reason:

- ``# needs network`` (first line of the block): it reads the live web (city sites, the
  Attorney General's list, GitHub);
- ``# needs a human``: it waits for a person (a prompt, a server that runs until Ctrl-C,
  your own files or decisions);
- ``# long-running``: the demo, the test suite, the benchmarks (run on their own);

or the same words in an HTML comment on the line before the fence (``<!-- needs network -->``),
which keeps a block's text clean. The blocks of one file run in order in one home, like a
reader following it; mail goes to a local SMTP server; the working folder holds the files
the walkthroughs name (log.pdf, portal-download.pdf, replies.mbox, saved/*.eml,
saved.csv). An unmarked block that fails fails this test. Every ``prr`` command in every
block, marked or not, must name a real command.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = [p for p in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))] if "```sh" in p.read_text()]
MARKS = ("needs network", "needs a human", "long-running")
FENCE = re.compile(r"^```sh\n(.*?)^```", re.S | re.M)
MARK = re.compile(r"^\s*(?:#|<!--)\s*(" + "|".join(MARKS) + r")\b")


def blocks(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        body = m.group(1)
        first = next((x for x in body.splitlines() if x.strip()), "")
        mark = MARK.match(first) or MARK.match(before)
        name = path.relative_to(REPO) if path.is_relative_to(REPO) else path.name
        out.append({"where": f"{name}:{line}", "body": body,
                    "mark": mark.group(1) if mark else None})
    return out


def _fixtures(work: Path) -> None:
    """The files the walkthroughs name, made here (no network, nothing from the corpus)."""
    import importlib.util
    import mailbox
    from email.message import EmailMessage

    spec = importlib.util.spec_from_file_location("docs_pdfs", REPO / "tests" / "documents" / "docs_pdfs.py")
    docs_pdfs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docs_pdfs)
    docs_pdfs.block_log(work / "log.pdf", docs_pdfs.incidents(12))
    docs_pdfs.block_log(work / "portal-download.pdf", docs_pdfs.incidents(8, seed=3))

    def reply(n: int) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = "City Clerk <cityclerk@oxnard.org>"
        msg["To"] = "dana@example.org"
        msg["Subject"] = f"Public records request {n}"
        msg["Message-ID"] = f"<walkthrough-{n}@oxnard.org>"
        msg["Date"] = "Mon, 02 Mar 2026 10:00:00 -0800"
        msg.set_content("We received your request and will respond within 10 days.")
        return msg

    box = mailbox.mbox(str(work / "replies.mbox"))
    box.add(reply(1))
    box.close()
    (work / "saved").mkdir()
    (work / "saved" / "reply-2.eml").write_bytes(bytes(reply(2)))
    sys.path.insert(0, str(REPO / "tests" / "breaches"))
    from breachsite import ROWS, list_csv

    (work / "saved.csv").write_text(list_csv(ROWS, with_malformed=False), encoding="utf-8")


def _env(tmp: Path, smtp_url: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    registry = tmp / "registry"
    shutil.copytree(REPO / "registry", registry)        # walkthroughs may edit city files
    env.update(PRR_HOME=str(tmp / "home"), PRR_REGISTRY=str(registry), PRR_SMTP_URL=smtp_url,
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
               XDG_DATA_HOME=str(tmp / "xdg"), COLUMNS="200")
    return env


@pytest.mark.parametrize("doc", DOCS, ids=[str(p.relative_to(REPO)) for p in DOCS])
def test_walkthroughs_run(doc, tmp_path, smtp_sink):
    runnable = [b for b in blocks(doc) if b["mark"] is None]
    if not runnable:
        pytest.skip(f"{doc.name}: every sh block is marked ({', '.join(b['mark'] for b in blocks(doc))})")
    work = tmp_path / "work"
    work.mkdir()
    _fixtures(work)
    env = _env(tmp_path, smtp_sink.url)
    for b in runnable:
        proc = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", b["body"]], cwd=work, env=env,
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, (
            f"{b['where']} failed (exit {proc.returncode}). Fix the walkthrough, or mark the block "
            f"({', '.join(MARKS)}).\n--- block\n{b['body']}--- stdout\n{proc.stdout[-3000:]}\n"
            f"--- stderr\n{proc.stderr[-3000:]}")


def _prr_lines(body: str) -> list[list[str]]:
    import shlex

    joined = body.replace("\\\n", " ")
    out = []
    for line in joined.splitlines():
        line = line.split(" #", 1)[0].strip()
        words = shlex.split(line, comments=True) if line else []
        while words and "=" in words[0] and not words[0].startswith("-"):
            words = words[1:]                  # VAR=value prr ...
        if words[:1] == ["prr"]:
            out.append(words[1:])
    return out


def test_every_documented_prr_command_exists():
    import click
    import typer.main

    from prr.cli import app

    root = typer.main.get_command(app)
    missing = []
    for doc in DOCS:
        for b in blocks(doc):
            for words in _prr_lines(b["body"]):
                cmd, ctx_words = root, list(words)
                while isinstance(cmd, click.Group) and ctx_words and not ctx_words[0].startswith("-"):
                    sub = cmd.get_command(click.Context(cmd), ctx_words[0])
                    if sub is None:
                        missing.append(f"{b['where']}: prr {' '.join(words)}")
                        break
                    cmd, ctx_words = sub, ctx_words[1:]
    assert not missing, "documented commands that do not exist:\n" + "\n".join(missing)


def test_a_failing_unmarked_block_is_caught(tmp_path):
    """The extraction sees marks and unmarked blocks, so a broken walkthrough cannot hide."""
    md = tmp_path / "x.md"
    md.write_text("```sh\nprr nothing-here\n```\n\n<!-- needs network -->\n```sh\nprr watch\n```\n"
                  "```sh\n# needs a human\nprr browse\n```\n")
    got = [(b["mark"], b["body"].strip().splitlines()[-1]) for b in blocks(md)]
    assert got == [(None, "prr nothing-here"), ("needs network", "prr watch"), ("needs a human", "prr browse")]
