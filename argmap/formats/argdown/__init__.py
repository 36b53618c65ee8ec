"""Argdown (https://argdown.org) import and export, in the classic 1.x syntax.

>>> from argmap.formats import argdown
>>> m = argdown.loads("[Tax]: Taxes are high.\\n  <+ [Jobs]: Jobs leave.")
>>> [c.id for c in m.claims], [(a.premises, a.conclusion) for a in m.arguments]
(['tax', 'jobs'], [(('jobs',), 'tax')])
>>> print(argdown.dumps(m).split("\\n\\n")[0])
[Tax]: Taxes are high.
"""

from argmap.formats.argdown.reader import loads
from argmap.formats.argdown.writer import dumps

__all__ = ["dumps", "loads"]
