"""``python -m llmops_kit.cli``: the same as the ``llmops`` command."""

from . import main

main()
