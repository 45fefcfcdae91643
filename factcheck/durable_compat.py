"""Make durable_rules 2.0.28 importable on CPython 3.13+: provide ``PyEval_CallObject``.

CPython 3.13 removed ``PyEval_CallObject`` from the C API; durable_rules' extension still calls
it, so ``import durable`` fails with "undefined symbol: PyEval_CallObject". ``hatch_build.py``
compiles ``_native/pyeval_callobject.c`` (a few lines that call ``PyObject_Call``) when the
package is built or installed on 3.13+, and ``provide_pyeval_callobject`` loads that library
with RTLD_GLOBAL so the extension's undefined symbol resolves to it. Call it before importing
durable_rules (``factcheck.engine`` does). On 3.11 and 3.12 it does nothing. This module must
not import durable_rules itself.
"""

from __future__ import annotations

import ctypes
import sys
import sysconfig
from pathlib import Path

NATIVE = Path(__file__).resolve().parent / "_native"


def shim_name() -> str:
    """The file name of the compiled shim for the running interpreter."""
    return f"libpyeval_callobject-{sysconfig.get_config_var('SOABI')}.so"


def provide_pyeval_callobject() -> None:
    """Load the shim into the process's global symbols if this CPython lacks the function."""
    if sys.version_info < (3, 13) or hasattr(ctypes.pythonapi, "PyEval_CallObject"):
        return
    lib = NATIVE / shim_name()
    if not lib.is_file():
        raise ImportError(f"{lib} is missing: durable_rules needs it on Python "
                          f"{sys.version_info.major}.{sys.version_info.minor}; reinstall "
                          f"factcheck with a C compiler present (pip install .)")
    ctypes.CDLL(str(lib), mode=ctypes.RTLD_GLOBAL)
