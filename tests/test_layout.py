"""The layout issue 8 asks for: storage/ shows engine, rules, class lists and demo apart,
and no module of the app is over 400 lines (one concept a module)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for folder in ("storage", "tui")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert sizes and {name: n for name, n in sizes.items() if n > 400} == {}


def test_storage_shows_its_parts() -> None:
    storage = ROOT / "storage"
    for package, modules in {
        "engine": ("storage", "transaction", "schema", "check", "lock", "files", "stamp"),
        "actions": ("families", "contacts", "calendar", "exports"),
        "rules": ("insights", "matching", "mix", "when", "summary", "safetext"),
        "classlists": ("classfile", "classlist", "classmerge"),
        "demo": ("__init__", "families", "contacts", "names", "calendar"),
    }.items():
        for module in modules:
            assert (storage / package / f"{module}.py").is_file(), (package, module)
    loose = sorted(p.stem for p in storage.glob("*.py"))
    assert loose == ["__init__", "book", "paths", "records"]
