"""What the extraction rule tests read of a text, bound to a language and a publication day (the day
weekdays and "yesterday" count from): the extraction, its figures by (value, metric) and its officials
by name. Each test module takes the one its assertions are written for."""

from releases.extraction import extract


def english(published):
    """run, figures and officials: each takes (text, title="", published=...); figures and officials
    give the extractor's own objects."""

    def run(text, title="", published=published):
        return extract(text, published=published, title=title, language="en")

    def figures(text, title="", published=published):
        return {(f.value, f.metric): f for f in run(text, title, published).figures}

    def officials(text, title="", published=published):
        return {o.name: o for o in run(text, title, published).officials}

    return run, figures, officials


def spanish(published):
    """read, figures and officials: each takes (text, published=...); figures give (category, role),
    officials (part, country)."""

    def read(text, published=published, title=""):
        return extract(text, published=published, title=title, language="es")

    def figures(text, published=published):
        return {(f.value, f.metric): (f.category, f.role) for f in read(text, published).figures}

    def officials(text, published=published):
        return {o.name: (o.part, o.country) for o in read(text, published).officials}

    return read, figures, officials


def in_any_language(published):
    """read, figures and officials: each takes (text, language); figures give (category, role,
    part_of), officials (part, country)."""

    def read(text, language, published=published):
        return extract(text, published=published, language=language)

    def figures(text, language):
        return {(f.value, f.metric): (f.category, f.role, f.part_of) for f in read(text, language).figures}

    def officials(text, language):
        return {o.name: (o.part, o.country) for o in read(text, language).officials}

    return read, figures, officials
