"""Mutation runs for check_blind_logs182.py: each broken copy of the set must fail the check.

Ground-truth mutations (ids listed in the content streams' drawing order or, where that is reading
order, with the first page's ids reversed; a dropped, swapped, duplicated or repeated id, a wrong sample
location, type or date, sha256, page count or record count, an unprinted related number, an id listed as
related, a related number or a page ordinal listed as a record, a missing agency folder) run the real
check on a copy in a temporary folder; trap mutations (two per layout, applied to the file's bytes and
fed to the layout check: Holloway's /Encrypt taken out of the trailer, its permissions opened to copying;
Fenwick's update dropped, the update pointing a page back at its first-revision content; Brindle's first
page given text in its own content stream, a page form drawing a header form of its own; Osprey's /Rotate
270 taken off the child Pages node, a page object given its own /Rotate; Sallow's xref made right, a page
redrawn in reading order).
Run: python tests/documents/blind_logs182/mutate_check_blind_logs182.py
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

SRC = Path(__file__).resolve().parent
sys.path.insert(0, str(SRC))
import check_blind_logs182 as C  # noqa: E402


def m_drop(g):
    g[0]["case_numbers"].pop(5)
    g[0]["record_count"] -= 1


def m_swap(g):
    c = g[0]["case_numbers"]
    c[3], c[4] = c[4], c[3]


def m_loc(g):
    g[0]["sample_records"][1]["location"] = "Nowhere Hall"


def m_sha(g):
    g[0]["sha256"] = "0" * 64


def m_rel(g):
    g[0]["related_numbers"].append({"record": g[0]["case_numbers"][0], "kind": "prior", "number": "ZZ99-1234"})


def m_count(g):
    g[0]["record_count"] += 1


def m_both(g):
    g[0]["related_numbers"].append(
        {"record": g[0]["case_numbers"][1], "kind": "prior", "number": g[0]["case_numbers"][0]}
    )


def m_date(g):
    g[-1]["sample_records"][2]["reported_at"] = "September 30, 1999 11:11"


def m_repeat(g):
    c = g[0]["case_numbers"]
    c.insert(2, c[1])
    g[0]["record_count"] += 1


def m_type(g):
    g[-1]["sample_records"][0]["type"] = "Arson"


def m_pages(g):
    g[0]["pages"] += 1


def m_dup(g):
    g[0]["case_numbers"].append(g[0]["case_numbers"][-1])
    g[0]["record_count"] += 1


def m_nonrec(g):
    """List a non-record number (a related number, else a page ordinal) as a record."""
    e = g[0]
    num = e["related_numbers"][0]["number"] if e["related_numbers"] else "1"
    e["case_numbers"].insert(1, num)
    e["record_count"] += 1


DRAW_ORDER = {}  # folder -> ids in the order the content streams draw them, else the first page reversed


def m_draw_order(g, folder):
    g[0]["case_numbers"] = DRAW_ORDER[folder]


MUTS = [m_draw_order, m_drop, m_swap, m_loc, m_sha, m_rel, m_count, m_both, m_date, m_type, m_pages, m_dup,
        m_nonrec, m_repeat]


def run_check(dst):
    return subprocess.run([sys.executable, str(SRC / "check_blind_logs182.py"), "--dir", str(dst)],
                          capture_output=True).returncode


def load(folder):
    e = json.loads((SRC / folder / "groundtruth.json").read_text())[0]
    return e, (SRC / folder / e["file"]).read_bytes()


folders = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "groundtruth.json").exists())
for f in folders:
    e, data = load(f)
    objs = C.objects(data)
    drawn = []
    if f != "holloway-bend-wa-pd":
        for _, head, _ in C.pages_of(objs):
            s = objs[C.ref(head, "Contents")][1] or b""
            for k in C.xobjects(objs, head).values():  # forms: their strings, nested forms' strings
                for k2 in [k, *C.xobjects(objs, objs[k][0]).values()]:
                    s += objs[k2][1] or b""
            drawn += [x for t in C.strings(s) for x in C.IDS[f].findall(t) if x in e["case_numbers"]]
    ids = e["case_numbers"]
    if drawn != ids and sorted(drawn) == sorted(ids):
        DRAW_ORDER[f] = drawn
    else:
        full = C.run(["pdftotext", "-layout", str(SRC / f / e["file"]), "-"])
        first = [x for x in ids if x in full.split("\f")[0]]
        DRAW_ORDER[f] = first[::-1] + ids[len(first):]
    assert DRAW_ORDER[f] != ids, f

caught = missed = 0
for f in folders:
    for m in MUTS:
        with tempfile.TemporaryDirectory() as tmp:
            dst = Path(tmp) / "s"
            shutil.copytree(SRC, dst, ignore=shutil.ignore_patterns("__pycache__"))
            gp = dst / f / "groundtruth.json"
            g = json.loads(gp.read_text())
            m(g, f) if m is m_draw_order else m(g)
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


def redefine(data, n, head, stream):
    """Append a new definition of object n (a simple scanner and poppler's repair take the last one)."""
    z = zlib.compress(stream)
    return data + b"%d 0 obj\n<< %s /Filter /FlateDecode /Length %d >>\nstream\n" % (n, head, len(z)) + z \
        + b"\nendstream\nendobj\n"


def t_hol_noencrypt(data):
    return data.replace(b"/Encrypt", b"/Encrypx")


def t_hol_copy(data):
    return re.sub(rb"/P -?\d+", b"/P -4", data, count=1)


def t_fen_dropupdate(data):
    return data[:re.search(rb"%%EOF\r?\n?", data).end()]


def t_fen_oldpage(data):
    """The update rewrites page 2's object but points it back at its first-revision content stream."""
    cut = re.search(rb"%%EOF\r?\n?", data).end()
    objs = C.objects(data[:cut])
    page2 = C.pages_of(objs)[1]
    old = C.ref(page2[1], "Contents")
    new = C.ref(C.objects(data)[page2[0]][0], "Contents")
    tail = data[cut:].replace(b"/Contents %d 0 R" % new, b"/Contents %d 0 R" % old, 1)
    return data[:cut] + tail


def t_bri_pagetext(data):
    objs = C.objects(data)
    n, head, _ = C.pages_of(objs)[0]
    c = C.ref(head, "Contents")
    return redefine(data, c, b"", b"BT /F5 11 Tf 1 0 0 1 40 40 Tm (Index) Tj ET\n" + objs[c][1])


def t_bri_ownheader(data):
    objs = C.objects(data)
    n, head, _ = C.pages_of(objs)[1]
    outer = next(iter(C.xobjects(objs, head).values()))
    hdr = C.xobjects(objs, objs[outer][0])["Hdr"]
    new = max(objs) + 1
    data = redefine(data, new, objs[hdr][0].replace("/Filter /FlateDecode", "").split("/Length")[0]
                    .strip("<> \n").encode(), objs[hdr][1])
    h2 = objs[outer][0].replace(f"/Hdr {hdr} 0 R", f"/Hdr {new} 0 R")
    return redefine(data, outer, h2.replace("/Filter /FlateDecode", "").split("/Length")[0].strip("<> \n")
                    .encode(), objs[outer][1])


def t_osp_norotate(data):
    return data.replace(b"/Rotate 270", b"/Rotate 0  ")


def t_osp_pagerotate(data):
    return data.replace(b"<< /Type /Page /Parent", b"<< /Type /Page /Rotate 90 /Parent", 1)


def t_sal_fixxref(data):
    return re.sub(rb"% exported by DL-7 listing service [^\n]*\n", b"", data, count=1)


def t_sal_readingorder(data):
    objs = C.objects(data)
    n, head, _ = C.pages_of(objs)[0]
    c = C.ref(head, "Contents")
    ops = re.findall(rb"BT .*? ET\n", objs[c][1])

    def pos(op):
        x, y = re.search(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm", op).groups()
        return -float(y), float(x)

    other = re.sub(rb"BT .*? ET\n", b"", objs[c][1])
    return redefine(data, c, b"", b"".join(sorted(ops, key=pos)) + other)


TRAP = {
    "holloway-bend-wa-pd": [t_hol_noencrypt, t_hol_copy],
    "fenwick-cove-me-pd": [t_fen_dropupdate, t_fen_oldpage],
    "brindle-creek-co-pd": [t_bri_pagetext, t_bri_ownheader],
    "osprey-hollow-township-mi-pd": [t_osp_norotate, t_osp_pagerotate],
    "sallow-ridge-county-nm-so": [t_sal_fixxref, t_sal_readingorder],
}
for f, muts in TRAP.items():
    e, data = load(f)
    assert not C.check_layout(f, e["file"], e, data), f
    for mut in muts:
        data2 = mut(data)
        assert data2 != data, (f, mut.__name__)
        out = C.check_layout(f, e["file"], e, data2)
        caught += bool(out)
        missed += not out
        if not out:
            print("MISSED trap", f, mut.__name__)

print(f"caught {caught}, missed {missed}")
sys.exit(1 if missed else 0)
