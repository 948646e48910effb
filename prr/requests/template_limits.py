"""Bounds on rendering a letter template: time, output size and the few operations
that can build a huge value in one step.

The Jinja sandbox already refuses Python internals; these add what it does not:

* ``*`` on a string or list and ``**`` are checked before they run, so
  ``'x' * 10**10`` fails at once with a clear error instead of allocating 10 GB;
* filters and method calls refuse integer arguments above the output limit
  (``'x'|center(10**10)``, ``'x'.ljust(10**10)``);
* output is generated in chunks and stopped past ``template_chars``;
* a render running past ``template_seconds`` is interrupted (an asynchronous
  exception raised in the rendering thread by a timer, checked between bytecodes:
  loops in templates compile to Python loops).
"""
from __future__ import annotations

import ctypes
import functools
import threading


class TemplateLimitError(Exception):
    """A template went over a rendering limit; the message says which."""


class _Timeout(BaseException):   # BaseException: template code cannot catch it
    pass


def bounded_environment(max_chars: int, **options):
    """An immutable sandbox with the operator and argument checks."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BoundedSandbox(ImmutableSandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context, op, left, right):
            if op == "**" and isinstance(right, int) and abs(right) > 256:
                raise TemplateLimitError(f"exponent {right} is too large for a letter template")
            if op == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > max_chars:
                        raise TemplateLimitError(
                            f"repeating a value {n:,} times would make {len(seq) * n:,} items, over the "
                            f"{max_chars:,} a letter may hold (PRR_LIMIT_TEMPLATE_CHARS)")
            return super().call_binop(context, op, left, right)

        def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
            _check_args(args, kwargs, max_chars)
            return super().call(__context, __obj, *args, **kwargs)

    env = BoundedSandbox(**options)
    for name, f in list(env.filters.items()):
        env.filters[name] = _guarded_filter(f, max_chars)
    return env


def _check_args(args, kwargs, limit: int) -> None:
    for v in list(args) + list(kwargs.values()):
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > limit:
            raise TemplateLimitError(f"argument {v} is larger than a letter may be ({limit:,} characters)")


def _guarded_filter(f, max_chars: int):
    @functools.wraps(f)
    def guarded(*args, **kwargs):
        _check_args(args[1:], kwargs, max_chars)
        return f(*args, **kwargs)
    return guarded


def render_bounded(template, context: dict, *, seconds: float, max_chars: int) -> str:
    """Render within ``seconds`` and ``max_chars``; raises TemplateLimitError otherwise."""
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def interrupt():
        with lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    try:
        timer.start()
        try:
            parts, size = [], 0
            for chunk in template.generate(context):
                size += len(chunk)
                if size > max_chars:
                    raise TemplateLimitError(f"the letter grew past {max_chars:,} characters "
                                             "(PRR_LIMIT_TEMPLATE_CHARS); check the template's loops")
                parts.append(chunk)
            return "".join(parts)
        finally:
            with lock:
                state["done"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)
            timer.cancel()
    except _Timeout:
        raise TemplateLimitError(f"rendering took longer than {seconds:g} s (PRR_LIMIT_TEMPLATE_SECONDS); "
                                 "check the template's loops") from None
