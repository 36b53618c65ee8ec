"""AIF JSON, the Argument Interchange Format as AIFdb and OVA write it.

``loads`` reads AIFdb JSON, OVA3 exports and legacy OVA2 files (told apart by their content);
``load_aif`` also returns what it left out; ``dumps`` writes AIFdb JSON.

>>> from argmap.model import ArgumentMap
>>> m = ArgumentMap()
>>> m.support(m.claim("Trams cut traffic"), by=m.claim("Trams carry 200 people")).scheme
>>> [c.text for c in loads(dumps(m)).claims]
['Trams cut traffic', 'Trams carry 200 people']
"""

from argmap.formats.aif._graph import looks_like_aif
from argmap.formats.aif.read_aif import load_aif, loads
from argmap.formats.aif.write_aif import dumps

__all__ = ["dumps", "load_aif", "loads", "looks_like_aif"]
