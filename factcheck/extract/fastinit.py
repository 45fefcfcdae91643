"""A faster ``__init__`` for the frozen, slotted dataclasses the extractor makes by the hundred
per text (``NameMention``, ``DateMention``, ``Section``).

A frozen dataclass's generated ``__init__`` sets each field with ``object.__setattr__(self,
name, value)`` (its own ``__setattr__`` refuses): a look-up of the field by name per field.
With ``slots=True`` each field is a slot whose descriptor sets it directly; ``fast_init(cls)``
replaces ``__init__`` with one that calls those descriptors (about half the time: 556 -> 304 ns
for four fields). Nothing else changes: same parameters, defaults, order, keyword use; the class
stays frozen (assignment after ``__init__`` still raises), and equality, hash, repr, pickling
and ``dataclasses.replace`` are the dataclass's own.

Only the plain case is taken: every field set by ``__init__``, no ``default_factory``, no
``InitVar``, no keyword-only field, no ``__post_init__``; anything else is refused when the
class is decorated (TypeError), never handled differently.
"""

from __future__ import annotations

import dataclasses
import keyword
from typing import TypeVar

T = TypeVar("T")
_MEMBER = type(type("_Probe", (), {"__slots__": ("x",)}).__dict__["x"])


def fast_init(cls: type[T]) -> type[T]:
    """Give the frozen, slotted dataclass ``cls`` an ``__init__`` that sets its slots through
    their descriptors (module doc); returns ``cls``."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: fast_init takes a frozen dataclass with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: fast_init does not run __post_init__")
    fields = dataclasses.fields(cls)
    if len(fields) != len(getattr(cls, "__dataclass_fields__")):
        raise TypeError(f"{cls.__name__}: fast_init takes no InitVar or ClassVar fields")
    ns: dict[str, object] = {}
    args, body = [], []
    for f in fields:
        desc = cls.__dict__.get(f.name)
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING or \
                type(desc) is not _MEMBER or keyword.iskeyword(f.name) or \
                f.name.startswith("__"):
            raise TypeError(f"{cls.__name__}.{f.name}: fast_init takes only plain fields "
                            "(set by __init__, a plain default or none, a slot)")
        if f.default is dataclasses.MISSING:
            args.append(f.name)
        else:
            ns[f"_d_{f.name}"] = f.default
            args.append(f"{f.name}=_d_{f.name}")
        ns[f"_s_{f.name}"] = desc.__set__
        body.append(f"    _s_{f.name}(self, {f.name})")
    src = f"def __init__(self, {', '.join(args)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(src, ns)  # noqa: S102 - source built from the dataclass's own field names
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"      # type: ignore[attr-defined]
    init.__module__ = cls.__module__                          # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__                       # type: ignore[misc]
    cls.__init__ = init                                       # type: ignore[misc]
    return cls
