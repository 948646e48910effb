"""Generated parameter values and template sources that try to break out of a letter."""
from __future__ import annotations

import base64
import quopri

BREAKS = ["\r\n", "\n", "\r", "\x00", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
INJECTED = ["Bcc: attacker@evil.example", "Reply-To: attacker@evil.example", "To: everyone@evil.example",
            "Content-Type: text/html"]


def _q(text: str) -> str:
    return quopri.encodestring(text.encode(), header=True).decode().replace("\n", "")


def parameter_values() -> list[tuple[str, str]]:
    """(case id, value) for a ``--param`` that ends up in the Subject header."""
    out = []
    for i, header in enumerate(INJECTED):
        for j, brk in enumerate(BREAKS):
            out.append((f"raw-{i}-{j}", f"records{brk}{header}"))
        for j, brk in enumerate(["\r\n", "\n", "\r", "\u2028", "\x85"]):
            payload = f"x{brk}{header}"
            out.append((f"ew-q-{i}-{j}", f"=?utf-8?q?{_q(payload)}?="))
            out.append((f"ew-b-{i}-{j}", f"=?UTF-8?B?{base64.b64encode(payload.encode()).decode()}?="))
            out.append((f"ew-mid-{i}-{j}", f"the attack =?iso-8859-1?Q?{_q(payload)}?= of 2026"))
    out.append(("issue-example", "=?utf-8?q?=0D=0ABcc:_attacker@evil.example?="))
    out.append(("long-10k", "x" * 10_000))
    out.append(("ansi-and-markup", "\x1b[31mred\x1b[0m [/b] [link=https://evil.example]bank[/link]"))
    out.append(("fullwidth-colon", "records\uff1a Bcc\uff1a attacker@evil.example"))
    return out


def template_sources() -> list[tuple[str, str]]:
    """(case id, template body) that must fail with a clear error, quickly."""
    escapes = ["{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ cycler.__init__.__globals__.os }}",
               "{{ lipsum.__globals__['os'].popen('id').read() }}", "{{ self._TemplateReference__context }}",
               "{{ request.__class__.__mro__ }}", "{{ joiner.__init__.__globals__ }}",
               "{{ namespace.__init__.__globals__ }}", "{% for c in [].__class__.__base__.__subclasses__() %}{{c}}{% endfor %}",
               "{{ city.__class__ }}", "{{ params.update({'x': 1}) }}", "{{ city.clear() }}",
               "{{ '{0.__class__}'.format(city) }}", "{{ 'x'.__add__ }}", "{{ range.__self__ }}"]
    heavy = ["{{ 'x' * 10**10 }}", "{{ 'x' * 200001 }}", "{{ [1] * 10**9 }}", "{{ 'x'|center(10**10) }}",
             "{{ 'x'.ljust(10**9) }}", "{{ 'x'|indent(10**9) }}", "{{ 2 ** 1000000 }}",
             "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
             "{% for i in range(99999) %}{% for j in range(99999) %}xxxxxxxx{% endfor %}{% endfor %}",
             "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{ range(10**9)|list }}",
             "{{ 'abcdef'|wordwrap(1, wrapstring='x' * 150000) }}"]
    broken = ["{{ 1/0 }}", "{{ 'a' + 1 }}", "{{ undefined_name }}", "{{", "{% if %}", "{% for x in %}",
              "{% include 'other.txt' %}", "{% import 'os' as os %}", "{% extends 'base' %}", "{{ city.name.nope() }}",
              "{{ [][5] }}", "{{ {}['k'] }}", "{% set x = 1 %}{{ x.y.z }}", "{{ 'x' | nosuchfilter }}",
              "{% endfor %}", "{% raw %}"]
    return ([(f"escape-{i}", s) for i, s in enumerate(escapes)] + [(f"heavy-{i}", s) for i, s in enumerate(heavy)]
            + [(f"broken-{i}", s) for i, s in enumerate(broken)])


def front_matters() -> list[tuple[str, str]]:
    """(case id, whole template file) whose front matter is wrong."""
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")) + "subject: *i\n"
    return [("no-front-matter", "Hello"), ("unclosed", "---\nkind: x\n"), ("yaml-list", "---\n- a\n- b\n---\nbody"),
            ("yaml-scalar", "---\njust text\n---\nbody"), ("bad-yaml", "---\nkind: [\n---\nbody"),
            ("params-list", "---\nkind: x\ntitle: X\nsubject: S\nparams: [a, b]\n---\nbody"),
            ("param-spec-text", "---\nkind: x\ntitle: X\nsubject: S\nparams: {a: text}\n---\nbody"),
            ("bad-type", "---\nkind: x\ntitle: X\nsubject: S\nparams: {a: {type: exec}}\n---\nbody"),
            ("kind-number", "---\nkind: 5\ntitle: X\nsubject: S\n---\nbody"),
            ("billion-laughs", "---\nkind: x\ntitle: X\n" + laughs + "---\nbody"),
            ("python-tag", "---\nkind: !!python/object/apply:os.system ['id']\ntitle: X\nsubject: S\n---\nbody")]
