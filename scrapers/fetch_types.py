"""What a fetch returns: a :class:`Fetched` page or a typed :class:`FetchError`."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

FAILURE_KINDS = (
    "timeout", "dns", "tls", "connection", "http_4xx", "http_5xx", "too_large", "robots",
    "bot_challenge", "blocked_address", "redirect_loop", "redirects", "scheme",
    "content_type",     # raised by callers that expected a web page and got a PDF, an image...
)


class FetchError(Exception):
    """A typed fetch failure. ``kind`` is one of :data:`FAILURE_KINDS`."""

    def __init__(self, kind: str, url: str, message: str, *, status: int | None = None,
                 retry_after: float | None = None, location: str | None = None):
        super().__init__(f"{kind}: {message} ({url})")
        self.kind = kind
        self.url = url
        self.message = message
        self.status = status
        self.retry_after = retry_after
        self.location = location

    def to_json(self) -> dict:
        return {"kind": self.kind, "url": self.url, "message": self.message,
                "status": self.status, "retry_after": self.retry_after}

    def __reduce__(self):   # crosses process boundaries (parallel page checks)
        return (FetchError, (self.kind, self.url, self.message),
                {"status": self.status, "retry_after": self.retry_after, "location": self.location})

    def __setstate__(self, state):
        self.__dict__.update(state)


@dataclass
class Fetched:
    """A successful answer (2xx, or 304 when ``not_modified``)."""
    url: str                       # final URL after redirects
    status: int
    headers: dict[str, str]
    body: bytes = b""
    encoding: str | None = None
    not_modified: bool = False
    requested_url: str = ""
    redirects: list[tuple[int, str]] = field(default_factory=list)   # (status, target) per hop
    elapsed_s: float = 0.0
    _sha256: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        if not self.body:
            return ""
        return self.body.decode(self.encoding or "utf-8", errors="replace")

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def sha256(self) -> str:
        # Computed once (in the fetching thread when fetched through PoliteFetcher).
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self.body).hexdigest()
        return self._sha256

    @property
    def permanent_redirect(self) -> str | None:
        """The final target when the first hop was a permanent redirect (301/308)."""
        if self.redirects and self.redirects[0][0] in (301, 308):
            return self.url
        return None
