"""Questions users ask of a map: who said what, where actors agree, what is contested.

Every function takes an :class:`~argmap.model.ArgumentMap` and returns plain data (frozen attrs
classes, lists, dicts) that composes and serialises with :func:`attrs.asdict`.
"""

from argmap.analysis.agreement import Relation, RelationKind, agreement

__all__ = ["Relation", "RelationKind", "agreement"]
