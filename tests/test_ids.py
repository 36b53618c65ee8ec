"""`slugify`'s shortcuts (ASCII text skips the NFKD round trip; the words found in one
`findall`, lower-cased once joined) give the ids the first version gave, kept here."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from argmap.model.ids import MAX_LENGTH, MAX_WORDS, slugify, slugify_all

_NON_WORD = re.compile(r"[^a-z0-9]+")


def first_slugify(text: str, *, max_words: int = MAX_WORDS, max_length: int = MAX_LENGTH) -> str:
    """slugify as it was before its shortcuts."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = [w for w in _NON_WORD.split(ascii_text.lower()) if w][:max_words]
    slug = "-".join(words)
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or "x"


_ASCII = st.text(alphabet=st.characters(max_codepoint=127))
_WORDY = st.text(alphabet="aZ09 -_:!ÉéßﬁΩ\u0301\u00bd", max_size=80)


@given(st.one_of(st.text(), _ASCII, _WORDY), st.integers(1, 8), st.integers(1, 60))
def test_slugify_gives_the_ids_it_always_gave(text: str, words: int, length: int) -> None:
    assert slugify(text, max_words=words, max_length=length) == first_slugify(
        text, max_words=words, max_length=length
    )


def test_both_branches() -> None:
    assert slugify("Fees DETER the Poor: 2010!") == "fees-deter-the-poor-2010"
    assert slugify("Ｆｅｅｓ ﬁne Éclair ½") == "fees-fine-eclair-12"


_TEXTS = st.lists(st.one_of(_ASCII, _WORDY, st.sampled_from(["", "a\x00b", "-!-", "A" * 60])))


@given(_TEXTS, st.integers(1, 8), st.integers(1, 60))
def test_slugify_all_is_slugify_of_each(texts: list[str], words: int, length: int) -> None:
    """The column at a time (one `findall` over the joined texts) gives each text's slug."""
    expected = [slugify(text, max_words=words, max_length=length) for text in texts]
    assert slugify_all(texts, max_words=words, max_length=length) == expected
