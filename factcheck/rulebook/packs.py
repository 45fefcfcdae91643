"""Loading rule packs: find the rule files, parse them all (or take them from the cache), load
the gazetteer, check ids are unique and ``unless`` names real rules, apply overrides.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..resources import rules_dir
from . import cache
from .loader import RuleFileError, line_of, load_yaml
from .overrides import apply_overrides
from .parse import parse_rule
from .rule import Rule, Rulebook


def _gazetteer_path(root: Path) -> Path:
    return root / "vocab" / "gazetteer.yaml"


def load_gazetteer(path: Path) -> tuple[str, ...]:
    """Every place name and alias of a gazetteer file (none when it is absent)."""
    if not path.exists():
        return ()
    data, lines = load_yaml(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        raise RuleFileError(path, 1, "a gazetteer is a mapping with a 'places' list")
    names: list[str] = []
    for i, item in enumerate(data["places"]):
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            names.append(item["name"])
            names += [a for a in item.get("aliases", []) if isinstance(a, str)]
        else:
            raise RuleFileError(path, line_of(lines, ("places", i)),
                                "each place is a name or {name: ..., aliases: [...]}")
    return tuple(names)


def rule_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(file, pack) for every rule file under the given folders or files, sorted."""
    out: list[tuple[Path, str]] = []
    for p in paths:
        p = Path(p)
        if p.is_file():
            out.append((p, p.parent.name))
            continue
        if not p.is_dir():
            raise RuleFileError(p, None, "no such rule folder or file")
        for f in sorted(p.rglob("*.yaml")) + sorted(p.rglob("*.yml")):
            if "vocab" in f.relative_to(p).parts or f.name == "gazetteer.yaml":
                continue
            out.append((f, f.parent.name))
    return out


def _parse_all(files: list[tuple[Path, str]]) -> dict[str, Rule]:
    """Every rule file parsed; ids unique; every ``unless`` names another rule."""
    rules: dict[str, Rule] = {}
    for f, pack in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleFileError(f, None, f"cannot read rule file: {exc}") from None
        rule = parse_rule(text, str(f), pack)
        if rule.id in rules:
            first = rules[rule.id]
            raise RuleFileError(f, rule.line, f"duplicate id '{rule.id}' (also in "
                                f"{first.path}:{first.line})")
        rules[rule.id] = rule
    for rule in rules.values():
        for other in rule.unless:
            if other not in rules or other == rule.id:
                data, lines = load_yaml(Path(rule.path).read_text(encoding="utf-8"), rule.path)
                raise RuleFileError(rule.path, line_of(lines, ("unless",)),
                                    f"unless: no other rule has the id '{other}'")
    return rules


def load_rulebook(paths: Iterable[str | Path] | None = None, *,
                  extra_paths: Iterable[str | Path] = (),
                  overrides: Mapping[str, Any] | None = None,
                  use_cache: bool = True) -> Rulebook:
    """Load, validate and compile rules (the shipped ``rules/`` unless ``paths`` is given).

    ``overrides``: ``{"rules": {id: "off"|"on"|"error"|"warning"|"info"}}`` or the inner
    mapping itself (the project configuration). An override naming an unknown rule is an error.
    """
    root = rules_dir()
    folders = [Path(p) for p in paths] if paths is not None else [root]
    folders += [Path(p) for p in extra_paths]
    files = rule_files(folders)
    gaz = _gazetteer_path(root)
    digest = cache.digest(files, gaz)
    folder = cache.cache_dir() if use_cache else None
    cache_file = folder / f"rulebook-{digest}.json" if folder else None
    cached = cache.read(cache_file) if cache_file else None
    if cached is not None:
        rules, gazetteer = cached
    else:
        rules = _parse_all(files)
        gazetteer = load_gazetteer(gaz)
        if cache_file:
            cache.write(cache_file, rules, gazetteer)
    book = Rulebook(rules=rules, gazetteer=gazetteer, digest=digest,
                    sources=tuple(str(f) for f, _ in files))
    apply_overrides(book, overrides or {})
    return book
