"""No SQL outside db/: prr/, flows/ and scrapers/ reach the database only through named
functions of prr.db (see db/__init__.py). Reads the source (AST): a string that starts
like an SQL statement, or a call to ``execute``/``executemany``/``executescript``, or the
raw-SQL helpers ``prr.db.core.row``/``rows``, is a finding."""
from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHECKED = ("prr", "flows", "scrapers")
SQL_START = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|ALTER|DROP|WITH|PRAGMA|BEGIN|COMMIT|"
                       r"ROLLBACK|SAVEPOINT|RELEASE|VACUUM)\b")
EXECUTE = {"execute", "executemany", "executescript"}
RAW_HELPERS = {"row", "rows"}

# path -> why it may keep SQL. Keep this short: a query belongs in a db/ function.
ALLOWED: dict[str, str] = {}


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    raw_names = set()
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "prr.db.core":
            raw_names |= {a.asname or a.name for a in node.names if a.name in RAW_HELPERS}
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if SQL_START.match(node.value):
                out.append(f"{node.lineno}: SQL string {node.value.strip()[:50]!r}")
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr in EXECUTE:
                out.append(f"{node.lineno}: .{f.attr}(...)")
            elif isinstance(f, ast.Name) and f.id in raw_names:
                out.append(f"{node.lineno}: raw-SQL helper {f.id}(...)")
    return out


def _files():
    for top in CHECKED:
        yield from sorted((REPO / top).rglob("*.py"))


def test_no_sql_outside_db():
    found = {}
    for path in _files():
        rel = path.relative_to(REPO).as_posix()
        hits = findings(path)
        if hits and rel not in ALLOWED:
            found[rel] = hits
    assert not found, ("SQL outside db/ (move it into a named function in db/, see db/__init__.py):\n"
                       + "\n".join(f"{p}:{h}" for p, hs in found.items() for h in hs))


def test_every_allowed_file_still_needs_it():
    """An allow-list entry whose SQL has moved must go."""
    assert [rel for rel in ALLOWED if not findings(REPO / rel)] == []


def test_the_check_sees_sql(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""SELECT in a docstring is prose."""\nfrom prr.db.core import rows\n\n'
                      'def f(conn):\n    conn.execute("x")\n    q = "SELECT id FROM t"\n'
                      '    return rows(conn, q), f"UPDATE t SET a={1}", "Selected cities"\n')
    assert sorted(int(h.split(":")[0]) for h in findings(sample)) == [5, 6, 7, 7]
