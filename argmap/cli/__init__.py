"""The ``argmap`` command line: one module per command, gathered by
[`argmap.cli.main`][argmap.cli.main]."""
