"""Hatch build hook: compile the PyEval_CallObject shim durable_rules needs on CPython 3.13+.

On 3.13 and later it compiles ``factcheck/_native/pyeval_callobject.c`` with the interpreter's
own compiler settings (sysconfig LDSHARED, CCSHARED, include folder) into
``factcheck/_native/libpyeval_callobject-<SOABI>.so`` (git ignores it), ships it in the wheel,
and marks the wheel as platform-specific. Editable installs use the file in place. On 3.11 and
3.12 the wheel stays pure Python. See factcheck/durable_compat.py for why and how it is loaded.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("factcheck") / "_native" / "pyeval_callobject.c"


def compile_shim(root: Path, out_dir: Path | None = None) -> Path:
    """Compile the shim for the running interpreter (into ``out_dir``, by default beside its
    source); return the library's path."""
    src = root / SOURCE
    name = f"libpyeval_callobject-{sysconfig.get_config_var('SOABI')}.so"
    out = (out_dir or src.parent) / name
    ldshared = shlex.split(sysconfig.get_config_var("LDSHARED") or "cc -shared")
    ccshared = shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    cmd = [*ldshared, *ccshared, "-O2", f"-I{sysconfig.get_paths()['include']}", str(src),
           "-o", str(out)]
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise RuntimeError(f"cannot compile {SOURCE} (durable_rules needs it on Python "
                           f"3.13+; a C compiler is required): {' '.join(cmd)}\n{detail}"
                           ) from None
    return out


class PyEvalShimHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if sys.version_info < (3, 13):
            return
        lib = compile_shim(Path(self.root))
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if version != "editable":
            build_data["force_include"][str(lib)] = f"factcheck/_native/{lib.name}"
