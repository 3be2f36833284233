"""A figure's quote, found in its source's text.

The extractor stores where each quote sits in the article (quote_start/quote_end), so the
desk and the public page can mark it in place. An editor who types or pastes a quote gets
the same: the desk looks for it in the source text and stores its offsets, or tells the
editor it is not there, so a quote the article does not contain is never filed as evidence.
"""

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from releases.models import Figure

# Typographic variants an editor's keyboard and an article's typesetting disagree on.
_SAME = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u200c": " ",
    }
)  # fmt: skip


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with case, typographic quotes and dashes and runs of white space folded, and
    for each folded character the index in `text` it came from."""
    out, origin = [], []
    for index, char in enumerate(unicodedata.normalize("NFC", text)):
        for folded in char.translate(_SAME).casefold():
            if folded.isspace():
                if out and out[-1] == " ":
                    continue
                folded = " "
            out.append(folded)
            origin.append(index)
    return "".join(out), origin


def locate_quote(text: str, quote: str, start: int | None = None, end: int | None = None) -> tuple[int, int] | None:
    """Where `quote` is in `text`: the given offsets when they still hold, else its first
    exact occurrence, else its first occurrence ignoring case, curly quotes, dashes and
    spacing (the offsets are then those of the article's own wording). None when absent."""
    quote = quote.strip()
    if not quote or not text:
        return None
    if start is not None and end is not None and 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    found = text.find(quote)
    if found >= 0:
        return found, found + len(quote)
    if unicodedata.normalize("NFC", text) != text:
        return None  # offsets of a normalised text would not be the stored text's
    haystack, origin = _folded(text)
    needle = _folded(quote)[0].strip()
    found = haystack.find(needle) if needle else -1
    if found < 0:
        return None
    return origin[found], origin[found + len(needle) - 1] + 1


class QuoteLocatingForm(forms.ModelForm):
    """A figure form that stores where its quote is in its source's text, or says it is not
    there. Only a quote (or source) the editor changed is held to it: a figure saved before
    keeps what it had, so correcting its value never fails on its quote. A source not
    fetched yet (no text) cannot be checked: the quote is kept without offsets."""

    class Meta:
        model = Figure
        # Every field: the admin narrows it (an inline to its fieldsets); a shorter list here
        # would hide the rest of the figure's own page.
        fields = "__all__"  # noqa: DJ007
        widgets = {"quote": forms.Textarea(attrs={"rows": 2}), "translation": forms.Textarea(attrs={"rows": 2})}

    def clean(self):
        data = super().clean()
        quote, source = (data.get("quote") or "").strip(), data.get("source")
        changed = not self.instance.pk or {"quote", "source"} & set(self.changed_data)
        if not changed:
            return data
        span = None
        if quote and source is not None and source.text:
            span = locate_quote(source.text, quote, data.get("quote_start"), data.get("quote_end"))
            if span is None:
                self.add_error(
                    "quote",
                    _(
                        "This quote is not in the text of “%(source)s”. Paste the sentence as the article "
                        "words it (an English rendering goes under translation), or choose the source it "
                        "comes from."
                    )
                    % {"source": source.title or source.url},
                )
                return data
        start, end = span or (None, None)
        for name, value in (("quote_start", start), ("quote_end", end)):
            if name in self.fields:
                data[name] = value
            setattr(self.instance, name, value)
        return data
