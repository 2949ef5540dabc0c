"""Lazy public names for a package: ``import llmops_kit`` stays cheap and never loads the course layer.

``llmops_kit`` and ``llmops_kit.course`` both list their public names by module and import each module
only when one of its names is first used; this is the one loader both packages use.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

__all__ = ["LazyExports"]


class LazyExports:
    """Resolves a package's public names on first access and caches them in the package's namespace."""

    def __init__(self, package: str, exports: Mapping[str, tuple[str, ...]], namespace: dict[str, Any]) -> None:
        self.package = package
        self.namespace = namespace
        #: name -> the module that defines it
        self.where = {name: module for module, names in exports.items() for name in names}

    def getattr(self, name: str) -> Any:
        """Import a public name from its module on first access (a module-level ``__getattr__``)."""
        module = self.where.get(name)
        if module is None:
            raise AttributeError(f"module {self.package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        self.namespace[name] = value
        return value

    def dir(self) -> list[str]:
        """The names a package shows: what it holds plus what it can import (a module-level ``__dir__``)."""
        return sorted({*self.namespace, *self.where})
