"""A frozen copy of ``argmap/merging/merge.py`` as it was before the speed work (issue #16).

``merge.py`` here is that module of ``main`` at commit 9cb20af (2026-12-01), unchanged but for
this note. ``tests/test_merge_same_answers.py`` merges the same maps with it and with the
package and asserts the same merged document, the same report and the same errors, so the
bulk path can never drift from what argmap merged before. Do not "fix" anything here: change
the package, and when a change of answer is deliberate, say so in the test.
"""
