"""Issue 11, finding 3: a full stop after an abbreviation does not end the sentence, so feedback
never quotes a sentence cut at "Ms." or "e.g."; a real sentence end after one still ends it."""

import pytest

from flows.pivot.reading import sentence_spans


def _sentences(text: str) -> list[str]:
    low = text.lower()
    return [low[a:b] for a, b in sentence_spans(low)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd love to speak with Ms. Okafor. Could you introduce me?", 2),
        ("could i talk to dr. patel at the st. louis office?", 1),
        ("I built tools, e.g. a pricing model. I also ran a survey.", 2),
        ("I worked in the U.S. office for Mr. Lee, i.e. on pricing.", 1),
        ("I can call at 10 a.m. on Monday. Thanks!", 2),
        ("Forecasts, dashboards etc. I'd love to do more of that.", 2),
        ("My manager, Mrs. Adeyemi, saw it. May I stay in touch?", 2),
        ("Prof. Chen supervised it, vs. the usual one. Is that ok?", 2),
    ],
)
def test_abbreviations_keep_the_sentence(text: str, expected: int) -> None:
    found = _sentences(text)
    assert len(found) == expected, found
    assert not any(
        s.rstrip().endswith((" ms.", " dr.", " mr.", " mrs.", " e.g.", " st.")) for s in found
    )
