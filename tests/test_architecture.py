"""The packages' import rules, read from the source: each package imports only what its
docstring allows, so the layers stay layers."""

import ast
from pathlib import Path

import pytest

RELEASES = Path(__file__).resolve().parent.parent / "releases"

# package -> packages of the app it must never import
FORBIDDEN = {
    "domain": ("releases.public", "releases.desk", "releases.ingest"),
    "releases.records": ("releases.public", "releases.desk", "releases.ingest"),
    "releases.public": ("releases.desk", "releases.ingest"),
    "releases.ingest": ("releases.public", "releases.desk"),
    "releases.desk": (),
    "releases.extraction": ("releases.public", "releases.desk", "releases.ingest", "releases.records"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(RELEASES.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module the file imports, relative imports made absolute."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            found.add(target)
            found |= {f"{target}.{alias.name}" for alias in node.names}
    return found


def package_of(path: Path) -> str:
    name = module_name(path)
    for package in FORBIDDEN:
        if package != "domain" and (name == package or name.startswith(package + ".")):
            return package
    return "domain"


def app_modules() -> list[Path]:
    return [
        p
        for p in sorted(RELEASES.rglob("*.py"))
        if "migrations" not in p.parts and "management" not in p.parts and p.name != "apps.py"
    ]


@pytest.mark.parametrize("path", app_modules(), ids=lambda p: str(p.relative_to(RELEASES)))
def test_module_imports_only_what_its_package_allows(path):
    package = package_of(path)
    crossed = {m for m in imports(path) for banned in FORBIDDEN[package] if m == banned or m.startswith(banned + ".")}
    assert not crossed, f"{path.relative_to(RELEASES)} ({package}) imports {sorted(crossed)}"


@pytest.mark.parametrize("path", sorted((RELEASES / "extraction").rglob("*.py")), ids=lambda p: p.name)
def test_extractor_imports_no_django_and_nothing_of_the_app(path):
    outside = {
        m
        for m in imports(path)
        if m.split(".")[0] == "django" or (m.startswith("releases.") and not m.startswith("releases.extraction"))
    }
    assert not outside, f"extraction/{path.name} imports {sorted(outside)}"


def test_rules_catch_a_crossing(tmp_path):
    """The reader of imports sees a relative import that reaches the desk from the domain."""
    bad = RELEASES / "_crossing_probe.py"
    try:
        bad.write_text("from .desk import admin\nfrom .public import views as v\n")
        assert package_of(bad) == "domain"
        assert {"releases.desk.admin", "releases.public.views"} <= imports(bad)
    finally:
        bad.unlink()


def test_every_package_says_its_job_and_what_it_may_import():
    for package in ("public", "desk", "ingest", "records", "extraction"):
        doc = ast.get_docstring(ast.parse((RELEASES / package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"releases/{package}/__init__.py needs a docstring with its import rules"


def test_no_module_defines_a_top_level_name_twice():
    """A second `_PATTERN = …` further down a module silently replaces the first for every
    use above it too; each module-level name is defined once."""
    import collections

    repeated = {}
    for path in sorted(RELEASES.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        names = collections.Counter()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
        twice = sorted(name for name, count in names.items() if count > 1 and name != "__all__")
        if twice:
            repeated[str(path.relative_to(RELEASES.parent))] = twice
    assert repeated == {}


@pytest.mark.django_db
def test_the_test_helpers_are_one_module_with_one_counter():
    """Fixtures and test bodies make records through the same helpers (one `_counter`): a
    second copy of conftest would give two sources the same address."""
    import sys

    from tests import conftest

    assert sys.modules.get("conftest") in (None, conftest)
    assert conftest.make_source().url != conftest.make_source().url
