"""Review 27a blockers 2 and 5: text repairs never put a mistake into words typed right, and
what draws the student is said all to the company, plainly."""

import pytest

from flows.pivot import phrases, typed


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "I found that follow-up calls within 48 hours cut 30-day readmissions by 12 percent.",
            "I found that follow-up calls within 48 hours cut 30-day readmissions by 12 percent.",
        ),
        ("I showed that check-in texts cut no-shows by 20%", "check-in texts cut no-shows"),
        ("we found that sign-up rates grew 15% in a month", "sign-up rates grew 15%"),
        ("for 30-day and 90-day windows", "for 30-day and 90-day windows"),
        ("cut 30 day readmissions by 12%", "cut 30-day readmissions"),
        ("a 24-hr hackathon", "a 24-hour hackathon"),
        ("in 20 mins", "in 20 minutes"),
        ("I waited 2 hours outside", "I waited 2 hours outside"),
    ],
)
def test_compounds_typed_right_are_kept(text: str, said: str) -> None:
    assert said in typed.untexted(typed.repair(text))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "their warehouse robots r super cool and they open sourced their nav stack",
            "your warehouse robots are impressive and you open-sourced your nav stack",
        ),
        ("their apps are super awesome and they publish their roadmap", "you publish your roadmap"),
        ("it is super cool that they share their data", "impressive that you share your data"),
        ("their robots are fast and they pick 500 items an hour", "they pick 500 items"),
        ("their cool storage units", "cool storage units"),
    ],
)
def test_what_draws_them_said_to_the_company_plainly(text: str, said: str) -> None:
    assert said in phrases.complement(typed.repair(text), "Kestrel Robotics")
