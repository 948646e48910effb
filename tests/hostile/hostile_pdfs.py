"""Hostile PDFs built byte by byte (no library smooths them out): each is small on disk
and expensive or broken inside."""
from __future__ import annotations

import zlib


def pdf(pages: list[bytes], *, compress: bool = True, extra_objects: list[bytes] = (), trailer_extra: bytes = b"",
        header: bytes = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") -> bytes:
    """A PDF whose pages have these content streams, with a correct xref table."""
    objects: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(n).encode() + b" >>")
    for i, content in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
                       + str(4 + 2 * i).encode() + b" 0 R /Resources << /Font << /F1 "
                       + str(3 + 2 * n).encode() + b" 0 R >> >> >>")
        data = zlib.compress(content, 9) if compress else content
        objects.append(b"<< /Length " + str(len(data)).encode() + (b" /Filter /FlateDecode" if compress else b"")
                       + b" >>\nstream\n" + data + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.extend(extra_objects)
    out = bytearray(header)
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R ".encode() + trailer_extra
            + f">>\nstartxref\n{xref}\n%%EOF\n".encode())
    return bytes(out)


def text_page(text: str) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj ET"


def many_paths(n: int) -> bytes:
    return b"0.5 w\n" + b"10 10 m 20 20 l S\n" * n


def generate() -> list[tuple[str, bytes, set[str]]]:
    """(case id, bytes, acceptable statuses): every case must end in one of them, quickly."""
    ok = {"ok"}
    bad = {"malformed", "empty", "not_pdf", "too_large", "timed_out", "encrypted", "error"}
    cases: list[tuple[str, bytes, set[str]]] = [
        ("paths-1e6-one-page", pdf([many_paths(1_000_000)]), {"timed_out", "too_large", "ok"}),
        ("paths-2e5-x3-pages", pdf([many_paths(200_000)] * 3), {"timed_out", "too_large", "ok"}),
        ("blank-300-pages", pdf([b""] * 300), {"empty", "timed_out", "too_large"}),
        ("pages-over-limit", pdf([text_page("page")] * 60), {"too_large"}),
        ("blank-30-pages-ocr-capped", pdf([b""] * 30), {"empty"}),
        ("empty-file", b"", {"empty"}),
        ("html-not-pdf", b"<!doctype html><html><body>Login</body></html>", {"not_pdf"}),
        ("header-only", b"%PDF-1.7\n", {"malformed", "empty"}),
        ("truncated", pdf([text_page("Incident log")])[:200], {"malformed", "empty", "ok"}),
        ("no-xref", pdf([text_page("hello")]).split(b"xref")[0], {"ok", "malformed", "empty"}),
        ("garbage-after-header", b"%PDF-1.4\n" + bytes(range(256)) * 64, {"malformed", "empty"}),
        ("zero-pages", pdf([]), {"empty", "malformed"}),
        ("uncompressed-text", pdf([text_page("Case 26-001 Trespass")], compress=False), ok),
        ("nested-arrays", pdf([text_page("x")], extra_objects=[b"[" * 5000 + b"]" * 5000]), ok | bad),
        ("deflate-bomb-stream", pdf([text_page("bomb")], extra_objects=[
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(zlib.compress(b"\0" * 50_000_000, 9))
            + zlib.compress(b"\0" * 50_000_000, 9) + b"\nendstream"]), ok | bad),
        ("self-referencing-pages", pdf([text_page("loop")]).replace(b"/Parent 2 0 R", b"/Parent 3 0 R"), ok | bad),
        ("encrypt-dict-bogus", pdf([text_page("secret")], trailer_extra=b"/Encrypt << /Filter /Standard /V 9 >> "),
         {"encrypted", "malformed", "ok", "empty"}),
        ("huge-mediabox", pdf([text_page("big")]).replace(b"[0 0 612 792]", b"[0 0 14400 14400]"), ok | bad),
        ("text-with-controls", pdf([text_page("\x1b[31mred\x07 [/b] [link=http://x]y")]), ok),
    ]
    # Many small variations of a valid document cut short at every structural point.
    good = pdf([text_page("Incident 26-0001 Burglary 123 Main St")])
    for cut in range(100, len(good), max(1, len(good) // 12)):
        cases.append((f"cut-at-{cut}", good[:cut], ok | bad))
    for i, flip in enumerate(range(20, len(good) - 20, max(1, len(good) // 10))):
        mutated = bytearray(good)
        mutated[flip] ^= 0xFF
        cases.append((f"byte-flip-{i}", bytes(mutated), ok | bad))
    return cases
