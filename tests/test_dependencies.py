"""The dependency files: production needs only requirements.txt, tests and lint come from
requirements-dev.txt, and constraints.txt pins every package either pulls in."""

import ast
import re
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent

# Installed for the app but never imported by name from its code, each for a reason.
USED_WITHOUT_IMPORT = {
    "psycopg2-binary": "Django's PostgreSQL backend loads it when DATABASE_URL says postgres",
    "gunicorn": "the server the image runs (tracker/gunicorn.py is its config)",
    "lxml-html-clean": "trafilatura reaches it through lxml.html.clean",
}


def requirements(name: str) -> dict[str, str]:
    """name -> pinned version of the requirements file (its -r includes left out)."""
    pins = {}
    for line in (ROOT / name).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line and not line.startswith("-"):
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", f"{name}: {line} is not pinned with =="
            pins[canonicalize_name(req.name)] = spec.version
    return pins


def constraints() -> dict[str, str]:
    return {
        canonicalize_name(name): version
        for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M)
    }


def closure(names) -> dict[str, str]:
    """Every installed distribution the given ones need, with its installed version."""
    found, stack = {}, list(names)
    while stack:
        dist = metadata.distribution(stack.pop())
        key = canonicalize_name(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist.version
        for line in dist.requires or []:
            req = Requirement(line)
            if not req.marker or req.marker.evaluate({"extra": ""}):
                stack.append(req.name)
    return found


def test_every_requirement_is_pinned_alike_in_the_constraints():
    pinned = constraints()
    for name in ("requirements.txt", "requirements-dev.txt"):
        for package, version in requirements(name).items():
            assert pinned.get(package) == version, (
                f"{name}: {package}=={version}, constraints.txt {pinned.get(package)}"
            )


def test_constraints_pin_every_transitive_dependency_as_installed():
    wanted = closure([*requirements("requirements.txt"), *requirements("requirements-dev.txt")])
    pinned = constraints()
    missing = {name: version for name, version in wanted.items() if pinned.get(name) != version}
    assert not missing, f"constraints.txt lacks or differs on {missing}"


def dotted(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"[a-z_]+(\.[A-Za-z_]+)*", value) is not None


def imported_top_level_modules() -> set[str]:
    """Top-level modules the app's code imports, and those its settings name in strings."""
    found = set()
    for path in [*(ROOT / "releases").rglob("*.py"), *(ROOT / "tracker").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
            elif path.name == "settings.py" and isinstance(node, ast.Constant) and dotted(node.value):
                found.add(node.value.split(".")[0])
    return found


def test_production_requirements_are_what_the_app_imports():
    """Nothing unused in the image (requests was, once), and no test or lint tool in it."""
    providers = metadata.packages_distributions()
    used = {canonicalize_name(d) for module in imported_top_level_modules() for d in providers.get(module, ())}
    production = set(requirements("requirements.txt"))
    unused = production - used - set(USED_WITHOUT_IMPORT)
    assert not unused, f"requirements.txt lists packages the app never imports: {sorted(unused)}"
    tools = {"pytest", "pytest-django", "pytest-httpserver", "hypothesis", "playwright", "ruff", "pyyaml"}
    assert not production & tools, f"test or lint tools in requirements.txt: {production & tools}"
    # Whatever the app imports from outside the standard library is installed by requirements.txt.
    needed = used - {canonicalize_name("django")} - set(closure(production))
    assert not needed, f"the app imports packages requirements.txt does not install: {sorted(needed)}"


def test_the_image_installs_production_only_with_the_constraints():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install -r requirements.txt -c constraints.txt" in dockerfile
    assert "requirements-dev" not in dockerfile
    makefile = (ROOT / "Makefile").read_text()
    assert "-r requirements-dev.txt -c constraints.txt" in makefile
    assert "-r requirements.txt" in (ROOT / "requirements-dev.txt").read_text()
