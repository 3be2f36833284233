"""Word lists written as one string, for readability of the vocabulary modules."""


def words(text: str) -> list[str]:
    """The whitespace-separated words of text."""
    return text.split()
