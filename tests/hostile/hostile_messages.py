"""Hostile replies generated from a few building blocks: forged or broken headers,
oversized parts, path-traversal names, markup and terminal escapes, bad encodings."""
from __future__ import annotations

import base64

TOKEN = "PRR-7K3M9QXD"


def message(headers: list[bytes], body: bytes = b"Your request is acknowledged.") -> bytes:
    return b"\r\n".join(headers) + b"\r\n\r\n" + body


def base_headers(subject: bytes = b"Re: records request [" + TOKEN.encode() + b"]") -> list[bytes]:
    return [b"From: Clerk <clerk@oxnard.org>", b"To: dana@example.org", b"Subject: " + subject,
            b"Date: Mon, 23 Nov 2026 10:00:00 -0800", b"Message-ID: <m1@oxnard.org>"]


def multipart(parts: list[bytes], boundary: bytes = b"B") -> tuple[list[bytes], bytes]:
    body = b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts) + b"--" + boundary + b"--\r\n"
    return [b"MIME-Version: 1.0", b'Content-Type: multipart/mixed; boundary="' + boundary + b'"'], body


def attachment(name: bytes, data: bytes, ctype: bytes = b"application/pdf") -> bytes:
    return (b"Content-Type: " + ctype + b'; name="' + name + b'"\r\nContent-Transfer-Encoding: base64\r\n'
            b'Content-Disposition: attachment; filename="' + name + b'"\r\n\r\n' + base64.encodebytes(data))


def generate() -> list[tuple[str, bytes, set[str]]]:
    """(case id, raw message, acceptable ingest statuses)."""
    any_status = {"matched", "review", "error", "duplicate", "skipped"}
    review = {"review", "error"}
    cases: list[tuple[str, bytes, set[str]]] = []
    add = lambda cid, raw, ok=any_status: cases.append((cid, raw, ok))  # noqa: E731
    # Size and shape limits: each must go to review with its reason, quickly.
    add("subject-20000-encoded-words", message(base_headers(b" ".join([b"=?utf-8?q?=41?="] * 20000))), review)
    add("to-50000-recipients", message(base_headers() + [b"To: " + b", ".join(b"u%d@x.org" % i for i in range(50000))]),
        review)
    h, body = multipart([b"Content-Type: text/plain\r\n\r\nx"] * 10000)
    add("mime-10000-parts", message(base_headers() + h, body), review)
    nested = b"".join(b'--N%d\r\nContent-Type: multipart/mixed; boundary="N%d"\r\n\r\n' % (i, i + 1) for i in range(300))
    add("mime-depth-300", message(base_headers() + [b"MIME-Version: 1.0",
                                                    b'Content-Type: multipart/mixed; boundary="N0"'], nested), review)
    add("header-block-1mb", message(base_headers() + [b"X-Junk-%d: %s" % (i, b"j" * 900) for i in range(1200)]), review)
    add("one-header-200kb", message(base_headers() + [b"X-Long: " + b"a" * 200_000]), review)
    h, body = multipart([attachment(b"big.pdf", b"%PDF-1.4\n" + b"0" * (60 * 1024 * 1024))])
    add("message-80mb", message(base_headers() + h, body), review)
    h, body = multipart([attachment(b"big.pdf", b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024))])
    add("attachment-3mb", message(base_headers() + h, body))
    # Dates that overflow or do not parse.
    for i, date in enumerate([b"Fri, 31 Dec 9999 23:59:59 -1200", b"Mon, 01 Jan 0001 00:00:00 +1400", b"31/12/2026",
                              b"Tue, 99 Feb 2026 25:61:61 +9999", b"", b"\x00\xff"]):
        add(f"date-{i}", message([h for h in base_headers() if not h.startswith(b"Date")] + [b"Date: " + date]))
    # Header injection and line-break look-alikes in the subject.
    for i, subj in enumerate([b"=?utf-8?q?=0D=0ABcc:_attacker@evil.example?=", b"Hi\xe2\x80\xa8Bcc: x@evil.example",
                              b"=?utf-8?b?" + base64.b64encode(b"a\r\nReply-To: x@evil.example") + b"?=",
                              b"\x1b[31mred\x1b[0m [/b] [link=https://evil.example]bank[/link]", b"[/b]" * 50]):
        add(f"subject-trick-{i}", message(base_headers(subj + b" [" + TOKEN.encode() + b"]")))
    # Attachment names that try to leave the store.
    for i, name in enumerate([b"../../../../tmp/evil.pdf", b"/etc/passwd", b"..\\..\\win.ini", b"a/../../b.pdf",
                              b"=?utf-8?q?=2E=2E=2F=2E=2E=2Fevil.pdf?=", b"\x00nul.pdf", b"CON", b"." * 300,
                              b"x" * 5000 + b".pdf", b"~/.ssh/authorized_keys"]):
        h, body = multipart([b"Content-Type: text/plain\r\n\r\nSee attached.", attachment(name, b"%PDF-1.4 tiny")])
        add(f"attachment-name-{i}", message(base_headers() + h, body))
    # Broken MIME and encodings.
    add("no-boundary", message(base_headers() + [b"MIME-Version: 1.0", b"Content-Type: multipart/mixed"], b"--x\r\nhi"),
        review)
    add("unknown-cte", message(base_headers() + [b"Content-Transfer-Encoding: x-rot13"], b"uryyb"), review)
    add("bad-base64", message(base_headers() + [b"Content-Transfer-Encoding: base64"], b"!!!!not base64!!!!"))
    add("bogus-charset", message(base_headers() + [b"Content-Type: text/plain; charset=x-klingon"], b"\xff\xfe"))
    add("no-headers", b"just text, no headers at all")
    add("empty", b"")
    add("nul-bytes", message(base_headers(), b"\x00" * 10000))
    add("only-cr", b"From: a@b.org\rSubject: x\r\rbody")
    add("binary-garbage", bytes(range(256)) * 100)
    # Mass variations: every header of a normal reply replaced by garbage in turn.
    junk = [b"\xff\xfe\xfd", b"=?x?q?", b"=?utf-8?b?****?=", b"<" * 500, b'"' * 301, b"\t\t\t", b"@" * 100]
    for hi in range(len(base_headers())):
        for ji, j in enumerate(junk):
            hs = base_headers()
            name = hs[hi].split(b":", 1)[0]
            hs[hi] = name + b": " + j
            add(f"garbled-{name.decode().lower()}-{ji}", message(hs))
    return cases
