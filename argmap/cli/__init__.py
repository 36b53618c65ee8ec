"""The ``argmap`` command line: one module per command, gathered by :mod:`argmap.cli.main`."""
