/* PyEval_CallObject for CPython 3.13 and later, where the C API no longer has it.

   durable_rules 2.0.28 (its last release) calls PyEval_CallObject(callable, args) to run
   actions; CPython 3.13 removed that function, so the engine's extension fails to load with
   "undefined symbol: PyEval_CallObject". hatch_build.py compiles this file into a shared
   library and factcheck.durable_compat loads it with RTLD_GLOBAL before durable_rules is
   imported, so the dynamic linker resolves the symbol here. It behaves as the removed macro
   did: PyEval_CallObjectWithKeywords(callable, args, NULL), where args is NULL or a tuple. */

#include <Python.h>

/* up to 3.12 the headers define it as a macro; this file defines the function itself */
#undef PyEval_CallObject

PyObject *
PyEval_CallObject(PyObject *callable, PyObject *args)
{
    if (args == NULL) {
        return PyObject_CallNoArgs(callable);
    }
    if (!PyTuple_Check(args)) {
        PyErr_SetString(PyExc_TypeError, "argument list must be a tuple");
        return NULL;
    }
    return PyObject_Call(callable, args, NULL);
}
