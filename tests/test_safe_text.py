"""printable(): untrusted text loses its terminal control codes and is clipped."""

from __future__ import annotations

import pytest

from scaler.safe_text import printable


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("plain text", "plain text"),
        ("line 1\n\tline 2", "line 1\n\tline 2"),
        ("\x1b[1;31merror:\x1b[0m bad", "error: bad"),  # colour (g++ -fdiagnostics-color)
        ("\x1b[2J\x1b[Hcleared", "cleared"),  # clear screen, cursor home
        ("\x1b]0;pwned title\x07after", "after"),  # OSC: set window title
        ("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
        ("\x9b31mC1 CSI", "C1 CSI"),
        ("a\rb", "a\\x0db"),  # carriage return would overwrite the line
        ("bell\x07", "bell\\x07"),
        ("nul\x00", "nul\\x00"),
        ("del\x7f", "del\\x7f"),
        ("lone \x1b", "lone \\x1b"),
        ("rtl \u202eevil", "rtl \\u202eevil"),  # bidi override reorders what follows
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("sep\u2028x", "sep\\u2028x"),
        ("surrogate \ud800", "surrogate \\ud800"),
        ("caf\u00e9 \u2013 \U0001f600", "caf\u00e9 \u2013 \U0001f600"),  # ordinary unicode stays
    ],
)
def test_control_codes_are_dropped_or_escaped(raw, shown):
    assert printable(raw) == shown


def test_single_line_mode_escapes_newlines_and_tabs():
    assert printable("a\nb\tc", multiline=False) == "a\\x0ab\\x09c"


def test_result_encodes_and_has_no_control_characters():
    hostile = "".join(chr(c) for c in range(0x20)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0)) + "\ud83d"
    out = printable(hostile, multiline=False)
    out.encode("utf-8")  # lone surrogates would raise here
    assert all(ch.isprintable() for ch in out)


def test_long_text_is_clipped_with_its_length():
    out = printable("x" * 10_000, limit=100)
    assert out.startswith("x" * 100)
    assert "10000 characters" in out
    assert len(out) < 150
    assert printable("x" * 100, limit=100) == "x" * 100


def test_clip_counts_escapes_and_bounds_huge_inputs():
    assert len(printable("\x00" * 10_000_000, limit=50)) < 100
    assert len(printable("\x1b[0m" * 1_000_000 + "tail", limit=50)) < 100


def test_non_strings_and_str_subclasses():
    class Sneaky(str):
        def __getitem__(self, key):
            raise RuntimeError("no")

    class Broken:
        def __str__(self):
            raise RuntimeError("no")

    assert printable(Sneaky("\x1b[31mred")) == "red"
    assert printable(b"\x1b") == "b'\\x1b'"
    assert printable(42) == "42"
    assert printable(Broken()) == "<unprintable Broken>"
