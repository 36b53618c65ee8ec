"""``python -m argmap`` runs the ``argmap`` command."""

from argmap.cli.main import main

main()
