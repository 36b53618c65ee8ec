"""The package's version, its one home: ``pyproject.toml`` reads it from here
(``[tool.setuptools.dynamic]``), so ``argmap --version`` needs no ``importlib.metadata``
(about 25 ms at start-up).

>>> from argmap._version import __version__
>>> __version__.count(".")
2
"""

__version__ = "0.1.0"
