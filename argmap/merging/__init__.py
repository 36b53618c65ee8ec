"""Merge maps of one debate: identity rules, the merge itself, and its report.

>>> from argmap.model import ArgumentMap
>>> a, b = ArgumentMap(), ArgumentMap()
>>> _ = a.claim("Labour lost touch with its voters", id="touch")
>>> _ = b.claim("Labour lost touch with voters", id="touch")
>>> merged, report = merge(a, b)
>>> [c.id for c in merged.claims]
['touch', 'touch-2']
>>> [(c.first, c.second_now, c.similarity) for c in report.candidates]
[('touch', 'touch-2', 0.909)]
>>> merged, report = merge(a, b, same={"touch": "touch"})
>>> [c.id for c in merged.claims], report.candidates
(['touch'], ())
"""

from argmap.merging.identity import CANDIDATE_SIMILARITY, fold_name, text_similarity
from argmap.merging.mapping_file import MergeMapping, parse_merge_mapping, read_merge_mapping
from argmap.merging.merge import MergeResult, merge
from argmap.merging.report import Candidate, Difference, MergeReport, Renamed

__all__ = [
    "CANDIDATE_SIMILARITY",
    "Candidate",
    "Difference",
    "MergeMapping",
    "MergeReport",
    "MergeResult",
    "Renamed",
    "fold_name",
    "merge",
    "parse_merge_mapping",
    "read_merge_mapping",
    "text_similarity",
]
