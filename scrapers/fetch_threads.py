"""Fetching many pages at once: a fixed number of threads, each taking the next page until
none is left, with the results handed back through one queue as they come."""
from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Iterator

from prr.scrapers.fetch_types import FetchError


def fetch_in_threads(fetcher, todo: deque, n: int) -> Iterator[tuple]:
    """``n`` threads, each taking the next item until none is left, and the results as
    they come. (A thread pool's future per item and ``as_completed``'s waiter on every
    future cost CPU per page that a watch of thousands of pages pays on every one.) When
    the caller stops early, the threads take no more items and are waited for."""
    results: queue.SimpleQueue = queue.SimpleQueue()
    stop = threading.Event()

    def one(it):
        if isinstance(it, str):
            return it, fetcher.fetch(it)
        return it, fetcher.fetch(it["url"], etag=it.get("etag"), last_modified=it.get("last_modified"))

    def run():
        while not stop.is_set():
            try:
                it = todo.popleft()
            except IndexError:
                break
            try:
                results.put(one(it))
            except FetchError as e:
                results.put((it, e))
            except BaseException as e:  # handed to the caller, raised there
                results.put((None, e))
                break
        results.put(None)           # this thread is done

    n = max(1, n)
    threads = [threading.Thread(target=run, name=f"fetch_{i}", daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    running = n
    try:
        while running:
            got = results.get()
            if got is None:
                running -= 1
            elif got[0] is None and isinstance(got[1], BaseException):
                raise got[1]
            else:
                yield got
    finally:
        stop.set()
        for t in threads:
            t.join()
