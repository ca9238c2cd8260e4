r"""Untrusted text made safe to print: no terminal control, bounded length.

Compiler diagnostics, a reference solution's stderr, a generator's exception message or a pool's
field values are text that scaler did not write. Printed raw, an ANSI escape can recolour or clear
the terminal, move the cursor over earlier lines or set the window title, and a megabyte of stderr
buries the line that matters. :func:`printable` is the one place that turns such text into
something safe to show: call it on untrusted text right before it reaches a terminal, a log line
or an error message.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["printable"]

DEFAULT_LIMIT = 2000

# ANSI / ECMA-48 sequences: CSI (ESC [ or 0x9b, ... final byte), OSC/DCS/APC/PM/SOS strings up to
# BEL or ST, and two-character ESC sequences. They are formatting: dropped, not shown.
_ANSI = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)
# Every other character a terminal may act on, or that hides or reorders text: C0/C1 controls,
# DEL, format characters (bidi overrides, zero-width), line/paragraph separators, surrogates,
# private use. Shown as \xNN / \uNNNN escapes. Newline and tab are kept where allowed.
_UNSAFE_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Co", "Zl", "Zp"))
_ESCAPE_START = re.compile(r"[\x1b\x90-\x9f]")  # no ANSI sequence without one of these
# (str.isprintable() is False for every unsafe category: text it accepts needs no escaping)


def printable(text: object, limit: int = DEFAULT_LIMIT, *, multiline: bool = True) -> str:
    r"""``text`` without ANSI escapes, with other control characters escaped, clipped to ``limit``.

    ``multiline=False`` also escapes newlines and tabs (one log line). Text beyond ``limit``
    characters (counted after escaping) is cut, with a note of the original length. Non-string input
    is converted with ``str()``; never raises.
    """
    try:  # a plain str: a str subclass cannot change what happens below
        text = str.__str__(text if issubclass(type(text), str) else str(text))
    except Exception:
        text = f"<unprintable {type(text).__name__}>"
    limit = max(int(limit), 0)
    window = 4 * limit + 64  # only what can survive the clip is processed
    head = text[:window]
    if _ESCAPE_START.search(head):
        head = _ANSI.sub("", head)
    keep = "\n\t" if multiline else ""
    if (head.replace("\n", "").replace("\t", "") if multiline else head).isprintable():  # common: C speed
        out = head
    else:
        out = "".join(_escape(ch) if ch not in keep and _unsafe(ch) else ch for ch in head)
    if len(out) > limit or len(text) > window:
        return f"{out[:limit]}... [clipped; {len(text)} characters in all]"
    return out


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
