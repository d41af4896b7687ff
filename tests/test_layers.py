"""The layering holds, checked on the source: each module imports only its own layer or lower
ones, there is no import cycle, no kiwatch import hides inside a function to dodge one, and no
status token is compared as a bare string outside kiwatch/core/vocab.py.

A deferred import is declared at module level with kiwatch.core.lazy.lazy_module("kiwatch.…")
and counts as an import for every rule here (layers, cycles); any other way of importing late
(an import in a function, importlib, __import__) is refused.

    core → stages → storage → application → cli
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiwatch.core import vocab

PACKAGE = Path(__file__).resolve().parent.parent / "kiwatch"

# Most specific prefix first. A new module must be placed here: that is the point.
LAYERS: list[tuple[str, int]] = [
    ("kiwatch.__main__", 4),
    ("kiwatch.cli", 4),
    ("kiwatch.detection", 3),
    ("kiwatch.crawlers", 3),
    ("kiwatch.notify", 3),
    ("kiwatch.web", 3),
    ("kiwatch.directory", 3),
    ("kiwatch.schedule", 3),
    ("kiwatch.scheduler", 3),
    ("kiwatch.exports", 3),
    ("kiwatch.fetch", 3),
    ("kiwatch.demo", 3),
    ("kiwatch.devserver", 3),
    ("kiwatch.storage", 2),
    ("kiwatch.pipelines", 1),
    ("kiwatch.core", 0),
    ("kiwatch.records", 0),
    ("kiwatch.settings", 0),
    ("kiwatch.registry", 0),
    ("kiwatch.tomlread", 0),
    ("kiwatch.netguard", 0),
    ("kiwatch.i18n", 0),
    ("kiwatch.display", 0),
    ("kiwatch", 0),
]
NAMES = ["core", "stages", "storage", "application", "cli"]

# Closed sets whose values must never be compared as bare strings (they are all Enums).
STATUS_SETS = (vocab.FetchOutcome, vocab.PageVerdict, vocab.ProfileVerdict, vocab.PageState, vocab.RunStatus,
               vocab.CentreStatus, vocab.CentreRunStatus, vocab.JobStatus, vocab.DigestStatus, vocab.DigestOutcome)
STATUS_VALUES = {member.value for enum in STATUS_SETS for member in enum}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    for prefix, level in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return level
    raise AssertionError(f"{module} has no layer: add it to LAYERS in {__file__}")


def _resolve(name: str, imported: str | None) -> str:
    """The kiwatch module an import names (a `from package import module` names the module)."""
    if imported and f"{name}.{imported}" in MODULES:
        return f"{name}.{imported}"
    return name


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


LAZY = "lazy_module"  # kiwatch.core.lazy's declared deferred import


def _lazy_call(node: ast.AST) -> ast.Call | None:
    if isinstance(node, ast.Call) and ((isinstance(node.func, ast.Name) and node.func.id == LAZY)
                                       or (isinstance(node.func, ast.Attribute) and node.func.attr == LAZY)):
        return node
    return None


def _lazy_target(call: ast.Call) -> str | None:
    """The module a lazy_module call names, if it names one as a string literal."""
    if len(call.args) == 1 and not call.keywords and isinstance(call.args[0], ast.Constant) \
            and isinstance(call.args[0].value, str):
        return call.args[0].value
    return None


def imports(path: Path) -> tuple[set[str], list[tuple[int, str]]]:
    """(kiwatch modules imported at run time at module level, function-local kiwatch imports);
    a module-level lazy_module("kiwatch.…") counts as a module-level import, one in a function
    as a function-local import."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top: set[str] = set()
    local: list[tuple[int, str]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for branch in child.orelse:  # `else:` runs; the TYPE_CHECKING body never does
                    visit(ast.Module(body=[branch], type_ignores=[]), in_function)
                continue  # never executed: no cycle at run time
            names: list[str] = []
            call = _lazy_call(child)
            if call is not None and (_lazy_target(call) or "").split(".")[0] == "kiwatch":
                names = [_lazy_target(call) or ""]
            elif isinstance(child, ast.Import):
                names = [alias.name for alias in child.names if alias.name.split(".")[0] == "kiwatch"]
            elif isinstance(child, ast.ImportFrom) and child.module and child.module.split(".")[0] == "kiwatch":
                names = [_resolve(child.module, alias.name) for alias in child.names]
            for name in names:
                if in_function:
                    local.append((child.lineno, name))
                else:
                    top.add(name)
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, False)
    return top, local


GRAPH = {name: imports(path) for name, path in MODULES.items()}


def test_every_module_has_a_layer():
    for name in MODULES:
        layer(name)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_higher_layer(module):
    own = layer(module)
    top, local = GRAPH[module]
    upward = [f"{name} ({NAMES[layer(name)]})" for name in sorted(top | {n for _, n in local}) if layer(name) > own]
    assert not upward, f"{module} ({NAMES[own]}) imports a higher layer: {', '.join(upward)}"


def test_no_function_local_kiwatch_imports():
    """An import inside a function is how cycles get hidden; imports sit at the top."""
    found = [f"{MODULES[m].relative_to(PACKAGE.parent)}:{line} imports {name}"
             for m, (_, local) in GRAPH.items() for line, name in local]
    assert not found, "\n".join(found)


def _runs(importer: str, imported: str) -> set[str]:
    """What importing `imported` executes: the module and each package above it, except the
    packages the importer already sits in (those are initialised first). Importing
    kiwatch.pipelines.extract.x from kiwatch.pipelines.normalise runs extract/__init__.py too."""
    parts = imported.split(".")
    ran = {".".join(parts[:i]) for i in range(2, len(parts) + 1)}
    return {m for m in ran if m in MODULES and not (importer + ".").startswith(m + ".") and m != importer}


def test_deferred_imports_are_declared():
    """Late imports go through lazy_module, at module level, naming an existing module as a
    literal (so the rules above can check them); importlib and __import__ are not used."""
    found = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"
            call = _lazy_call(node)
            if call is not None:
                target = _lazy_target(call)
                if target is None:
                    found.append(f"{where}: lazy_module needs the module's name as a string literal")
                elif target.split(".")[0] == "kiwatch" and target not in MODULES:
                    found.append(f"{where}: lazy_module names {target!r}, which is no kiwatch module")
            if name == "kiwatch.core.lazy":
                continue
            if isinstance(node, ast.Attribute) and node.attr == "import_module" or \
                    isinstance(node, ast.Name) and node.id == "__import__" or \
                    isinstance(node, ast.ImportFrom) and node.module == "importlib" and \
                    any(a.name == "import_module" for a in node.names):
                found.append(f"{where}: imports by name; declare it with kiwatch.core.lazy.lazy_module")
    assert not found, "\n".join(found)


def test_no_import_cycles():
    edges = {m: {r for n in top for r in _runs(m, n)} for m, (top, _) in GRAPH.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def strongconnect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    assert not cycles, f"import cycles: {cycles}"


def _about_status(node: ast.Compare) -> bool:
    """A comparison whose other side is a status, state, outcome or verdict."""
    text = ast.unparse(node).lower()
    return any(word in text for word in ("status", "state", "outcome", "verdict"))


def test_no_status_string_compared_outside_vocab():
    """`status == "ok"` would outlive a renamed member silently; compare with the Enum."""
    found = []
    for name, path in MODULES.items():
        if name == "kiwatch.core.vocab" or ".migrations." in name:  # a migration's sets are frozen literals
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and _about_status(node):
                operands = [node.left, *node.comparators]
                for operand in operands:
                    elements = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
                    for el in elements:
                        if isinstance(el, ast.Constant) and el.value in STATUS_VALUES:
                            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} compares {el.value!r}")
            elif isinstance(node, ast.keyword) and node.arg in ("status", "state", "outcome") \
                    and isinstance(node.value, ast.Constant) and node.value.value in STATUS_VALUES:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.value.lineno} passes {node.arg}={node.value.value!r}")
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                    and node.value.value in STATUS_VALUES \
                    and any(isinstance(t, ast.Attribute) and t.attr in ("status", "state", "outcome") for t in node.targets):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} assigns {node.value.value!r}")
    assert not found, "\n".join(found)


# What an application module may take from SQLAlchemy: handles to pass on, and error types.
# Queries (select, func, delete, ...) are built in kiwatch/storage only.
SQLALCHEMY_HANDLES = {"sqlalchemy": {"Engine"}, "sqlalchemy.orm": {"Session", "sessionmaker"}, "sqlalchemy.exc": None,
                      "sqlalchemy.engine": {"make_url"}}  # parses a database URL


def _tables() -> set[tuple[str, str]]:
    """(module, class) of every ORM table: classes in kiwatch/storage deriving from Base."""
    found = set()
    for name, path in MODULES.items():
        if name.startswith("kiwatch.storage"):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "Base" for b in node.bases):
                    found.add((name, node.name))
    return found


TABLES = _tables()
# Known exceptions (none left): a module listed here may query the ORM itself.
QUERY_EXCEPTIONS: set[str] = set()


def _runtime_imports_from(path: Path) -> list[tuple[int, str, str]]:
    """(line, module, name) of every `from module import name` executed at run time."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, ast.ImportFrom) and child.module:
                found.extend((child.lineno, child.module, alias.name) for alias in child.names)
            elif isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name, "*") for alias in child.names)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def test_only_storage_queries_the_database():
    """Outside kiwatch/storage, modules get rows and records from repositories: no SQL built
    there, no ORM table imported but for type annotations."""
    found = []
    for name, path in MODULES.items():
        if name.startswith("kiwatch.storage") or name in QUERY_EXCEPTIONS:
            continue
        for line, module, imported in _runtime_imports_from(path):
            where = f"{path.relative_to(PACKAGE.parent)}:{line}"
            if module.split(".")[0] == "sqlalchemy":
                allowed = SQLALCHEMY_HANDLES.get(module, set())
                if allowed is not None and imported not in allowed:
                    found.append(f"{where} imports {imported} from {module}")
            elif (module, imported) in TABLES:
                found.append(f"{where} imports the table {imported} (ask a repository in kiwatch/storage)")
    assert not found, "\n".join(found)


MAX_LINES = 400  # a module reads in one sitting
# Known exceptions, each with its reason; a module leaves this list when it is split.
LONG_MODULES = {
    "kiwatch.pipelines.rules": "data, not logic: the keyword and pattern tables, read as lists",
}


def test_modules_stay_short():
    long = [f"{MODULES[name].relative_to(PACKAGE.parent)}: {n} lines" for name in sorted(MODULES)
            if name not in LONG_MODULES and ".migrations." not in name
            and (n := len(MODULES[name].read_text(encoding="utf-8").splitlines())) > MAX_LINES]
    assert not long, f"over {MAX_LINES} lines, split by concept:\n" + "\n".join(long)
