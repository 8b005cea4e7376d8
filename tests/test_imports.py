"""No two modules of the library import each other, directly or through others.

A cycle makes the import order matter (a half-initialised module, an AttributeError that
depends on which module was imported first) and means two layers are really one. The test
reads every ``import``/``from … import`` statement in ``src/medsos`` with :mod:`ast`, at
module level *and* inside functions (a function-level import only postpones the cycle), and
fails naming each cycle. ``from medsos import i18n`` counts as an import of ``medsos.i18n``;
the import of a parent package that Python does implicitly is not counted. Imports by name
at run time (``importlib.import_module``, used by ``medsos.__getattr__`` and by the exercise
registry in ``checks.py``, which loads ``exercises/lNN.py`` on first use) are not statements
and are not seen.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted((SRC / "medsos").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the library's modules it imports anywhere in its code."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    targets.add(submodule if submodule in modules else source)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each as a cycle path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_graph_sees_module_level_and_function_level_imports():
    graph = import_graph()
    assert "medsos.i18n" in graph["medsos.errors"] or "medsos.catalogue" in graph["medsos.errors"]
    assert "medsos.sitebuild" in graph["medsos.__main__"]  # imported inside a function
    assert "medsos.checks" in graph["medsos.lessons.l01"]  # `from medsos import checks`


def test_a_cycle_is_found_and_named():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_library_has_no_import_cycle():
    found = cycles(import_graph())
    assert not found, "modules that import each other (directly or through others):\n" + "\n".join(
        "  " + " ↔ ".join(group) for group in found
    )
