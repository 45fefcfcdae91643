"""``python -m factcheck`` is the ``factcheck`` command."""

from .cli import main

main()
