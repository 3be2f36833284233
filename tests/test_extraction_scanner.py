"""The word scanner: a long alternation regrouped by first letter finds what the plain pattern
finds, including alternatives that open with an optional group or a class of letters."""

import re

from releases.extraction import rules

PATTERN = (
    r"pardon\w*|amnest\w*|(?:(?:who|that)\s+)?(?:remains?|still)?\s*on\s+death\s+row|releas\w*|"
    r"[وف]?(?:[يتن]|ست)فرج\w*|freed|clemency|(?<![\w-])free(?:d|s)?\b|commut\w*|jail\w*|inmates?"
)
TEXT = (
    "The king pardoned 300 inmates who remain on death row, and those still on death row. "
    "Others on death row were freed; a free-market jail, commuted terms. وتفرج السلطات عن 50 ويفرج عن 3. "
    "Amnesty and clemency for a pre-free man."
)


def spans(found) -> list[tuple[int, int]]:
    return [match.span() for match in found]


def test_optional_openings_and_letter_classes_do_not_force_the_slow_pattern():
    scanner = rules.word_scanner(PATTERN)
    assert isinstance(scanner, rules.WordScanner) and scanner.fallback is None
    plain = re.compile(rf"(?=\w)(?<!\w)(?:{PATTERN})", re.IGNORECASE)
    assert spans(scanner.finditer(TEXT)) == spans(plain.finditer(TEXT))
    assert "who remain on death row" in [m.group() for m in scanner.finditer(TEXT)]
    assert {"وتفرج", "ويفرج"} <= {m.group() for m in scanner.finditer(TEXT)}


def test_the_spread_alternatives_keep_the_text_without_an_optional_opening():
    assert rules._distributed(r"(?:who\s+)?still") == [r"who\s+still", "still"]
    assert rules._distributed("[وف]?فرج") == ["وفرج", "ففرج", "فرج"]
    assert rules._distributed("[يت]فرج") == ["يفرج", "تفرج"]
    assert rules._distributed(r"(?:ab)*c") == [r"(?:ab)*c"]  # a repeated group is left as it is
