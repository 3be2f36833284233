"""A regular expression for a large word list, factored as a trie so matching stays fast."""

from __future__ import annotations

import re


def trie_pattern(words: list[str], after_first: str = "") -> str:
    """An alternation equivalent to '|'.join(words), preferring longer words, as a trie.

    `after_first` goes right after each word's first character: a lookbehind placed there
    (rather than before the word) lets the regex engine skip to possible first characters.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if not after_first:
        return _pattern(trie)
    branches = [re.escape(char) + after_first + _pattern(child) for char, child in sorted(trie.items()) if char]
    return "(?:" + "|".join(branches) + ")"


def _pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
