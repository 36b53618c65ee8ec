"""Questions users ask of a map: who said what, where actors agree, what is contested.

Every function takes an [`ArgumentMap`][argmap.model.argument_map.ArgumentMap] and returns plain
data (frozen attrs
classes, lists, dicts) that composes and serialises with `attrs.asdict`.
"""

from argmap.analysis.agreement import Relation, RelationKind, agreement
from argmap.analysis.contested import Contested, contested
from argmap.analysis.coverage import Coverage, SourceCoverage, coverage, source_coverage
from argmap.analysis.remarks import Remark, Version, remark_line, remarks
from argmap.analysis.summary import Summary, summarise
from argmap.analysis.tree import ClaimTree, Node, Role, claim_tree, render
from argmap.analysis.who import (
    ActorRow,
    ActorStatements,
    ClaimStatements,
    Statement,
    actor_table,
    statements_by,
    statements_on,
    words_of,
)

__all__ = [
    "ActorRow",
    "ActorStatements",
    "ClaimStatements",
    "ClaimTree",
    "Contested",
    "Coverage",
    "Node",
    "Relation",
    "RelationKind",
    "Remark",
    "Role",
    "SourceCoverage",
    "Statement",
    "Summary",
    "Version",
    "actor_table",
    "agreement",
    "claim_tree",
    "contested",
    "coverage",
    "remark_line",
    "remarks",
    "render",
    "source_coverage",
    "statements_by",
    "statements_on",
    "summarise",
    "words_of",
]
