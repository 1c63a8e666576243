"""Issue 10 (w5 item 1): what draws the student, typed as a paragraph in a second language, is
said by the part that says what draws them, with the slips whose meaning is certain mended."""

from __future__ import annotations

import pytest

from flows.pivot import intake, typed


@pytest.mark.parametrize(
    ("typed_text", "said"),
    [
        (
            "the consulting projects for the energetic sector",
            "the consulting projects for the energy sector",
        ),
        ("energetic companies in Spain", "energy companies in Spain"),
        ("and I think is very related with this", "and I think it is closely related to this"),
        ("I believe was the best project", "I believe it was the best project"),
    ],
)
def test_certain_slips_mended(typed_text: str, said: str) -> None:
    assert typed.slips(typed_text)
    assert typed.repair(typed_text) == said


@pytest.mark.parametrize(
    ("paragraph", "first"),
    [
        (
            "I am very interesting in the consulting projects for the energetic sector, they make a"
            " lot of projects in renewables and I was working in a thesis about solar panels in the"
            " university of Valencia where we analyse the costs of installation in many towns",
            "I am very interesting in the consulting projects for the energetic sector",
        ),
        (
            "I like very much the software they develop for the energetic companies and I use it in"
            " my job since three years and it help me a lot to organise the clients and my"
            " colleagues also like it very much",
            "I like very much the software they develop for the energetic companies",
        ),
        ("your grid software for small towns", "your grid software for small towns"),
    ],
)
def test_paragraph_said_by_its_first_part(paragraph: str, first: str) -> None:
    assert intake._draws_said(paragraph) == first
