"""Mutation runs for check_blind_logs108.py: each broken copy of the set must fail the check.

Ground-truth mutations (a dropped, swapped, duplicated or repeated id, a wrong sample location,
type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a voided number or related number listed as a record, a changed layout count or summary)
run the real check on a copy in a temporary folder, per agency; one run removes an agency folder;
trap mutations (two per layout: a date printed month-first and the page-top continuation lines
removed; the voided total changed and an earlier-case citation changed into a listed id; an
update's paragraph reference and the paragraph total changed; an incident's closing line changed and
the status-line total changed; a `también en` target and a category row count changed) are
applied to the `pdftotext -layout` text and fed to the layout check.
Run: python tests/documents/blind_logs108/mutate_check_blind_logs108.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs108 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Calle Inexistente 999"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "citation", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "citation", "number": g[0]["case_numbers"][0]})


def m_date(g):
    s = g[-1]["sample_records"][2]
    s["reported_at"] = s["reported_at"].replace("2025", "2024")


def m_repeat(g):
    """List a record a second time where it is printed again (status lines, a repeated row, an update)."""
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Incendio provocado / Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a voided number (Villa Arboleda), else a related number, as a record."""
    e = g[0]
    num = (e.get("voided_numbers") or [e["related_numbers"][0]["number"]])[0]
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


def m_extra(g):
    """Change the sample summary (Puerta del Sol) or the layout's own count kept in the entry."""
    e = g[0]
    if "summary" in e["sample_records"][0]:
        e["sample_records"][0]["summary"] = "Sin novedad en el área."
    for k in ("paragraphs", "status_lines", "rows"):
        if k in e:
            e[k] += 1
    if "voided_numbers" in e:
        e["voided_numbers"] = e["voided_numbers"][1:]


MUTS = [m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup, m_nonrec, m_repeat,
        m_extra]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs108.py"), "--dir", str(dst)],
                          capture_output=True).returncode


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g)
            gp.write_text(json.dumps(g))
            if run_check(dst):
                caught += 1
            else:
                missed += 1
                print("MISSED", f, m.__name__)
with tempfile.TemporaryDirectory() as tmp:  # an agency folder removed
    dst = Path(tmp) / "s"
    shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(dst / folders[0])
    rc = run_check(dst)
    caught += bool(rc)
    missed += not rc
    if not rc:
        print("MISSED folder removed")


def bump(label, delta):
    return lambda t: re.sub(rf"{label}(\d+)", lambda m: f"{label}{int(m.group(1)) + delta}", t, count=1)


def cite_listed_id(t):
    first = re.search(r"^Número de caso: (VA25-\d{5}) +Folio", t, re.M).group(1)
    return re.sub(r"(Relacionado\s+con\s+el\s+caso|See\s+also\s+case)(\s+)VA25-\d{5}", rf"\1\2{first}", t, count=1)


def other_category(t):
    def swap(m):
        return m.group(1) + ("DAÑOS" if m.group(2).strip() != "DAÑOS" else "OTROS")
    return re.sub(r"(también en / also in: )([A-ZÁÉÍÓÚÑ ]+?)$", swap, t, count=1, flags=re.M)


TRAP = {  # text mutations that break each layout's trap
    "puerta-del-sol-ca-pd": lambda t: re.sub(r"^(PS25-\d{5} +)(\d\d)/11/2025", r"\g<1>11/\2/2025", t, count=1,
                                             flags=re.M),
    "villa-arboleda-ca-pd": bump("Números anulados: ", 1),
    "nogal-county-ca-so": lambda t: re.sub(r"\(párrafo (\d+)\)", lambda m: f"(párrafo {int(m.group(1)) + 1})", t,
                                           count=1),
    "campo-lindo-ca-pd": lambda t: t.replace(" CERRADA ", " EN ESCENA ", 1),
    "mesa-de-oro-ca-pd": other_category,
}
TRAP2 = {  # a second mutation of each trap
    "puerta-del-sol-ca-pd": lambda t: re.sub(r"(Case No\. +Date \(d/m/y\).*\n_{20,}\n)(?: +\S.*\n)+", r"\1", t),
    "villa-arboleda-ca-pd": cite_listed_id,
    "nogal-county-ca-so": bump("Paragraphs: ", -1),
    "campo-lindo-ca-pd": bump("Líneas de estado: ", -1),
    "mesa-de-oro-ca-pd": lambda t: re.sub(r" - (\d+) renglones / rows", lambda m: f" - {int(m.group(1)) + 1} "
                                          "renglones / rows", t, count=1),
}
for f, mut in list(TRAP.items()) + list(TRAP2.items()):
    for e in json.loads((SRC / f / "groundtruth.json").read_text()):
        t = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        assert not C.check_layout(f, e["file"], t, e, C.records(f, t)), f
        t2 = mut(t)
        assert t2 != t, f
        out = C.check_layout(f, e["file"], t2, e, C.records(f, t2))
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, e["file"])

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
