"""CSV cells that a spreadsheet shows as text and never runs as a formula: what the exports
and the dataset files write."""

import datetime
import functools
import unicodedata

# A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets.
# Their fullwidth forms (＝, ＋, －, ＠) count too: some spreadsheets fold them to ASCII.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_TRIGGER_CHARACTERS = frozenset(FORMULA_TRIGGERS)


@functools.lru_cache(maxsize=1024)
def _folds_to_trigger(character: str) -> bool:
    """Whether a non-ASCII first character is a trigger once folded (＝ is =)."""
    return unicodedata.normalize("NFKC", character)[:1] in _TRIGGER_CHARACTERS


def _starts_formula(text: str) -> bool:
    first = text[:1]
    return first in _TRIGGER_CHARACTERS or (not first.isascii() and _folds_to_trigger(first))


def safe_cell(value) -> str | int:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if _starts_formula(text) else text


def safe_row(row: list) -> list:
    """safe_cell over a row, with the common cases (text, whole numbers) checked inline: a
    100,000-row export calls it for two million cells, most of them text that starts with an
    ASCII letter or digit (one set look-up and one isascii(), no call)."""
    cells = []
    for value in row:
        kind = value.__class__
        if kind is str:
            first = value[:1]
            if first in _TRIGGER_CHARACTERS or (not first.isascii() and _folds_to_trigger(first)):
                value = "'" + value
            cells.append(value)
        elif kind is int or kind is datetime.date or kind is datetime.datetime:
            cells.append(value)  # a date's text starts with a digit
        elif value is None:
            cells.append("")
        else:
            cells.append(safe_cell(value))
    return cells
