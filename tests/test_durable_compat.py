"""PyEval_CallObject for durable_rules on CPython 3.13+: the shim, its build and its loading.

On 3.11 and 3.12 ``PyEval_CallObject`` is a macro, so durable_rules never needs the symbol;
the shim's behaviour is still tested on every version by compiling it into a temporary folder.
"""

import ctypes
import importlib.util
import sys
from pathlib import Path

import pytest

from factcheck.durable_compat import NATIVE, provide_pyeval_callobject, shim_name

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def shim(tmp_path_factory):
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    lib = ctypes.PyDLL(str(hatch_build.compile_shim(ROOT, tmp_path_factory.mktemp("shim"))))
    fn = lib.PyEval_CallObject
    fn.restype = ctypes.py_object
    fn.argtypes = [ctypes.py_object, ctypes.py_object]
    return fn


def test_the_shim_calls_with_a_tuple_of_arguments(shim):
    assert shim(len, ("abcd",)) == 4
    assert shim(max, (3, 9, 4)) == 9


def test_the_shim_refuses_arguments_that_are_not_a_tuple(shim):
    with pytest.raises(TypeError, match="argument list must be a tuple"):
        shim(len, ["abcd"])


def test_the_engine_imports_durable_rules():
    import factcheck.engine as engine

    assert engine.Ruleset is not None


@pytest.mark.skipif(sys.version_info < (3, 13), reason="3.11 and 3.12 have PyEval_CallObject")
def test_the_installed_shim_is_loaded_into_the_global_symbols():
    assert (NATIVE / shim_name()).is_file()
    provide_pyeval_callobject()
    assert hasattr(ctypes.pythonapi, "PyEval_CallObject")
