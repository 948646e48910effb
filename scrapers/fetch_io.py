"""The few things the fetcher needs from an HTTP answer, over urllib3 or requests."""
from __future__ import annotations


def drain(resp, limit: int = 65536) -> None:
    try:
        read = 0
        for chunk in resp.chunks(8192):
            read += len(chunk)
            if read > limit:
                break
    except Exception:
        pass


class Urllib3Response:
    """The few things ``_request`` needs from an answer, over urllib3 or requests."""

    def __init__(self, resp):
        self._resp = resp
        self.status = resp.status
        # Repeated headers joined with ", " (as requests does).
        self.headers = {k.lower(): resp.headers[k] for k in resp.headers}
        self._consumed = False

    def chunks(self, size: int):
        yield from self._resp.stream(size, decode_content=True)
        self._consumed = True

    def close(self) -> None:
        # A fully read answer leaves its connection reusable; otherwise the connection is
        # closed so no unread bytes reach the next request on it.
        if not self._consumed:
            self._resp.close()
        self._resp.release_conn()


class RequestsResponse(Urllib3Response):
    def __init__(self, resp):
        self._resp = resp
        self.status = resp.status_code
        self.headers = {k.lower(): v for k, v in resp.headers.items()}

    def chunks(self, size: int):
        return self._resp.iter_content(size)

    def close(self) -> None:
        self._resp.close()


def short(e: Exception) -> str:
    text = str(e)
    return text if len(text) < 200 else text[:197] + "..."


def raise_connect_error(url: str, e: BaseException, timeout) -> None:
    """A urllib3 connect failure as the typed error callers act on (tls, dns, connection,
    timeout)."""
    import urllib3

    from prr.scrapers.fetch_types import FetchError

    exc = urllib3.exceptions
    if isinstance(e, exc.SSLError) or (isinstance(e, exc.ProxyError) and "SSL" in str(e)):
        raise FetchError("tls", url, f"TLS error: {short(e)}") from None
    # NewConnectionError is a ConnectTimeoutError subclass in urllib3 2: test it first.
    if isinstance(e, exc.NewConnectionError) or not isinstance(e, (exc.TimeoutError, TimeoutError)):
        text = str(e)
        kind = "dns" if ("NameResolution" in text or "getaddrinfo" in text) else "connection"
        raise FetchError(kind, url, f"cannot connect: {short(e)}") from None
    raise FetchError("timeout", url, f"no answer within {timeout} s") from None
