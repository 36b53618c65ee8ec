"""A frozen copy of the diagram code as it was before the speed work (issue #16).

These modules are ``argmap/diagram/{build,_emit,labels,legend,quoting,mermaid}.py`` of ``main``
at commit 6436977 (2026-12-01), unchanged but for their imports, which point at each other.
``tests/test_diagram_frozen.py`` draws the same maps with them and with the package and
asserts byte-identical text, so the fast path can never drift from what argmap drew before.
The goldens in ``tests/data/dot_golden.json`` pin this copy itself to the output of that
commit. Do not "fix" anything here: change the package, and when a change of output is
deliberate, say so in the test and update the goldens.
"""
