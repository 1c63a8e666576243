"""What students type, shaped for the slot it goes into (flows.pivot.phrases)."""

from __future__ import annotations

import pytest

from flows.pivot import phrases

# -- pieces -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("Data analytics", "data analytics"),
        ("Marketing", "marketing"),
        ("Inside sales representative", "inside sales representative"),
        ("The analytics team", "the analytics team"),
        ("Their repair programme", "their repair programme"),
        # Capitals that are the student's, or a name's, stay.
        ("Inside Sales Representative", "Inside Sales Representative"),
        ("Product Analytics", "Product Analytics"),
        ("New York office", "New York office"),
        ("SQL reporting", "SQL reporting"),
        ("UX research", "UX research"),
        ("iOS apps", "iOS apps"),
        ("I built it", "I built it"),
        ("I've used it", "I've used it"),
        ("Python scripts", "Python scripts"),
        ("Excel dashboards for finance", "Excel dashboards for finance"),
        ("McKinsey-style decks", "McKinsey-style decks"),
        ("LinkedIn outreach", "LinkedIn outreach"),
        ("B2B partnerships", "B2B partnerships"),
        ("Spanish-speaking markets", "Spanish-speaking markets"),
        ("data analytics", "data analytics"),
        ("", ""),
        ("**Boss** _x_", "**Boss** _x_"),
        ("مرحبا", "مرحبا"),
        ("42 things", "42 things"),
    ],
)
def test_lower_first_only_for_an_ordinary_leading_word(typed: str, want: str) -> None:
    assert phrases.lower_first(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("their mission!!", "their mission"),
        ("product analytics.", "product analytics"),
        ("partnerships?!", "partnerships"),
        ("the launch...", "the launch"),
        ("the launch…", "the launch"),
        ("community energy;", "community energy"),
        ("  spaced   out  ", "spaced out"),
        ("ends with a dash -", "ends with a dash"),
        # An abbreviation's full stop is part of the word.
        ("Lumen Outdoor Co.", "Lumen Outdoor Co."),
        ("Acme Inc.", "Acme Inc."),
        ("maps, charts, etc.", "maps, charts, etc."),
        ("the U.S.", "the U.S."),
        ("Acme Inc.!", "Acme Inc."),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_strip_end_leaves_no_end_mark_but_an_abbreviations(typed: str, want: str) -> None:
    assert phrases.strip_end(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (
            "I've used their gear for years 🏕️ and I love it",
            "I've used their gear for years and I love it",
        ),
        ("great people 👩🏽‍💻🎉", "great people"),
        ("🇬🇧 based", "based"),
        ("their app ❤️", "their app"),
        ("their app :) really", "their app really"),
        ("their app <3", "their app"),
        ("Acme™ and the © notice, 30°", "Acme™ and the © notice, 30°"),
        ("ratio 3:2 and 10:30", "ratio 3:2 and 10:30"),
        ("🏕️", ""),
    ],
)
def test_strip_emoji(typed: str, want: str) -> None:
    assert phrases.strip_emoji(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("For example, I built a dashboard", "I built a dashboard"),
        ("for instance: I ran the budget", "I ran the budget"),
        ("e.g. I ran the budget", "I ran the budget"),
        ("Um, honestly, data", "data"),
        ("...their launch", "their launch"),
        ("Well, I think their launch", "their launch"),
        ("Well-known brand", "Well-known brand"),
        ("So many trails mapped", "many trails mapped"),
        ("For my capstone, I built a model", "For my capstone, I built a model"),
        ("I'm not sure, maybe marketing", "marketing"),
    ],
)
def test_strip_lead_removes_filler_that_breaks_the_frame(typed: str, want: str) -> None:
    assert phrases.strip_lead(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("I've used their gear for years", "I've used your gear for years"),
        ("Their repair programme", "Your repair programme"),
        ("they publish their research", "you publish your research"),
        ("they're hiring people like me", "you're hiring people like me"),
        # "them" after the company as "they" is someone else (issue 10, p26 finding 1)
        ("how they treat them", "how you treat them"),
        ("THEIR launch", "Your launch"),
        ("a friend works there", "a friend works here"),
        ("there's a real focus on repair", "there's a real focus on repair"),
        ("theirs is the best", "yours is the best"),
        ("the theory of change", "the theory of change"),
    ],
)
def test_to_you_says_it_to_the_company(typed: str, want: str) -> None:
    assert phrases.to_you(typed) == want


def test_to_you_turns_the_companys_possessive_into_your() -> None:
    said = phrases.to_you("Lumen Outdoor Co.'s repair programme", "Lumen Outdoor Co.")
    assert said == "your repair programme"
    assert phrases.to_you("Lumen's gear", "Lumen") == "your gear"


@pytest.mark.parametrize(
    ("typed", "clause"),
    [
        ("I've used their gear for years", True),
        ("they publish their research openly", True),
        ("Their mission is bold", True),
        ("a friend from my course works there", True),
        ("It's the only B-corp in outdoor gear", True),
        ("There's a real focus on repair", True),
        ("The people seemed really kind", True),
        ("their open data", False),
        ("the grid-forecasting launch", False),
        ("how they treat their customers", False),
        ("the launch that they announced", False),
        ("their commitment to repair, which is rare", False),
        ("the way the team works together", False),
        ("sustainability", False),
        ("", False),
    ],
)
def test_is_clause(typed: str, clause: bool) -> None:
    assert phrases.is_clause(typed) is clause


# -- shaped for a slot ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (
            "Data analytics, ideally on the merchandising or ecommerce side",
            "data analytics, ideally on the merchandising or ecommerce side",
        ),
        ("data analytics.", "data analytics"),
        ("I'd like to work in data analytics", "data analytics"),
        ("I want to do UX research", "UX research"),
        ("I'm interested in partnerships!", "partnerships"),
        ("Something in marketing, maybe", "marketing"),
        ("analytics or something", "analytics"),
        ("Probably product analytics?", "product analytics"),
        ("My best work is in UX research.", "UX research"),
        ("...in community energy", "community energy"),
        ("the merchandising team 🛍️", "the merchandising team"),
        ("Inside Sales Enablement", "Inside Sales Enablement"),
    ],
)
def test_noun_phrase(typed: str, want: str) -> None:
    assert phrases.noun_phrase(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("a data analyst", "data analyst roles"),
        ("I want to be a data analyst", "data analyst roles"),
        ("UX designers", "UX designer roles"),
        ("data analyst roles", "data analyst roles"),
        ("product analytics", "product analytics"),
        (
            "data analytics, ideally on the merchandising side",
            "data analytics, ideally on the merchandising side",
        ),
        ("", ""),
    ],
)
def test_work_area_makes_a_job_title_a_kind_of_work(typed: str, want: str) -> None:
    assert phrases.work_area(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        # Noun phrases follow "is" as they are, said to the company.
        ("the grid-forecasting launch", "the grid-forecasting launch"),
        ("Their community solar programme", "your community solar programme"),
        ("I love their open data", "your open data"),
        ("Really admire their repair programme!", "your repair programme"),
        ("I'm impressed by their B-corp status", "your B-corp status"),
        ("The mission.", "the mission"),
        ("Sustainability!", "sustainability"),
        ("how they treat their customers", "how you treat your customers"),
        (
            "the grid-forecasting launch and how open their engineers were at the careers fair",
            "the grid-forecasting launch and how open your engineers were at the careers fair",
        ),
        # Clauses follow "is that".
        (
            "I've used their gear for years 🏕️ and I love their repair-and-resell program",
            "that I've used your gear for years and I love your repair-and-resell program",
        ),
        ("they publish their research openly", "that you publish your research openly"),
        ("Because they're a B-corp", "that you're a B-corp"),
        ("A friend from my course works there", "that a friend from my course works here"),
        ("Their mission is bold.", "that your mission is bold"),
        ("I love their app and I use it daily", "that I love your app and I use it daily"),
        # The sentence's own start, typed back, is not repeated.
        ("What draws me to Lumen is their repair programme", "your repair programme"),
        ("...is their repair programme", "your repair programme"),
        ("🏕️", ""),
        ("", ""),
    ],
)
def test_complement_fits_after_is(typed: str, want: str) -> None:
    assert phrases.complement(typed) == want


def test_complement_says_the_company_name_as_your() -> None:
    typed = "Lumen Outdoor Co.'s repair-and-resell program"
    assert phrases.complement(typed, "Lumen Outdoor Co.") == "your repair-and-resell program"


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("because they're sustainable", "they're sustainable"),
        ("That they publish openly.", "they publish openly"),
        ("They publish openly 🎉", "they publish openly"),
        ("I use it daily", "I use it daily"),
    ],
)
def test_clause(typed: str, want: str) -> None:
    assert phrases.clause(typed) == want


@pytest.mark.parametrize(
    ("typed", "to_company", "want"),
    [
        ("i've used their gear for years 🏕️", True, "I've used your gear for years."),
        ("i've used their gear for years 🏕️", False, "I've used their gear for years."),
        ("thank you so much!!", False, "Thank you so much."),
        ("could I meet their analytics lead?", True, "Could I meet your analytics lead?"),
        ("Um, so, I applied to Acme Inc.", False, "I applied to Acme Inc."),
        (
            "For example, I built a dashboard. It cut churn",
            False,
            "I built a dashboard. It cut churn.",
        ),
        ("", False, ""),
    ],
)
def test_spoken_is_one_sentence_to_say_aloud(typed: str, to_company: bool, want: str) -> None:
    assert phrases.spoken(typed, to_company=to_company) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        # A frame of its own: said as it is, never after "For example,".
        (
            "For my capstone, I built a demand-forecasting model that cut overstock by 12%.",
            (
                "own",
                "For my capstone, I built a demand-forecasting model that cut overstock by 12%",
            ),
        ),
        ("for my capstone I built a model", ("own", "For my capstone I built a model")),
        (
            "Last summer I ran the society's budget",
            ("own", "Last summer I ran the society's budget"),
        ),
        ("At Acme I cut returns by a third", ("own", "At Acme I cut returns by a third")),
        ("In 2023, I led a team of five", ("own", "In 2023, I led a team of five")),
        (
            "During my internship, I automated reports",
            ("own", "During my internship, I automated reports"),
        ),
        # To follow "For example,".
        ("I built a usage dashboard in Looker", ("example", "I built a usage dashboard in Looker")),
        ("For example, I built a usage dashboard", ("example", "I built a usage dashboard")),
        ("e.g. I ran the budget!", ("example", "I ran the budget")),
        (
            "Built a stock dashboard that my society still uses",
            ("example", "I built a stock dashboard that my society still uses"),
        ),
        (
            "Managed our £4k budget for two years",
            ("example", "I managed our £4k budget for two years"),
        ),
        ("led a team of 5 volunteers", ("example", "I led a team of 5 volunteers")),
        ("set up a tutoring scheme", ("example", "I set up a tutoring scheme")),
        ("My dashboard cut churn by 5% 📈", ("example", "my dashboard cut churn by 5%")),
        (
            "A usage dashboard my team used for renewals",
            ("example", "a usage dashboard my team used for renewals"),
        ),
        ("Embedded systems work at uni", ("example", "embedded systems work at uni")),
        (
            "Python scripts that saved my team hours",
            ("example", "Python scripts that saved my team hours"),
        ),
        ("", ("example", "")),
    ],
)
def test_proof(typed: str, want: tuple[str, str]) -> None:
    assert phrases.proof(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        # The student's capitals are kept as typed: a title is never lower-cased.
        ("Inside Sales Representative", "Inside Sales Representative"),
        ("Inside sales representative", "Inside sales representative"),
        ("inside sales representative", "inside sales representative"),
        ("Head of Sales", "Head of Sales"),
        ("Marketing and Events Coordinator", "Marketing and Events Coordinator"),
        ("the inside sales role", "inside sales"),
        ("A Marketing Coordinator position", "Marketing Coordinator"),
        ("HR administrator.", "HR administrator"),
        ("Analyst", "Analyst"),
        ("Role", "Role"),
        (
            "**Boss** _x_ [click](https://evil.example)",
            "**Boss** _x_ [click](https://evil.example)",
        ),
    ],
)
def test_role_name_fits_the_x_role(typed: str, want: str) -> None:
    assert phrases.role_name(typed) == want


# Review w27, item 5: a title typed as a job ad writes it never puts a comma in "the x role":
# the organisation after it is left out, an area after a comma goes before it.
@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("Service Designer, NHS Digital", "the Service Designer role"),
        ("Junior Producer at Channel 4", "the Junior Producer role"),
        ("Researcher - Wellcome Trust", "the Researcher role"),
        ("Associate, Corporate Finance", "the Corporate Finance Associate role"),
        ("analyst, data & AI", "the data & AI analyst role"),
        ("Consultant, Data & AI practice", "the Consultant role"),
        ("Sales, Marketing and Events Assistant", "the Sales, Marketing and Events Assistant role"),
    ],
)
def test_role_without_its_organisation_tail(typed: str, want: str) -> None:
    assert phrases.the_role(typed) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("data analytics, ideally on the merchandising or ecommerce side", "data analytics"),
        ("Product analytics (growth)", "product analytics"),
        ("UX research or design", "UX research"),
        ("partnerships - especially with councils", "partnerships"),
        ("community energy", "community energy"),
    ],
)
def test_head_is_the_core_of_a_phrase(typed: str, want: str) -> None:
    assert phrases.head(typed) == want


# Review w27, item 1: a better fit typed with its explanation, an example or what comes next
# is named in a draft by the kind of work alone, never a clipped clause ("data journalism and
# so finding the story").
@pytest.mark.parametrize(
    ("typed", "want"),
    [
        (
            "climate reporting, so digging into emissions filings, for example council data, "
            "and then writing explainers",
            "climate reporting",
        ),
        ("market research so basically surveys and focus groups", "market research"),
        ("risk modelling i.e. stress tests for lenders", "risk modelling"),
        ("service design, which means mapping journeys end to end", "service design"),
        ("product analytics, for instance funnel dashboards", "product analytics"),
        ("growth marketing and then owning the paid channels", "growth marketing"),
        ("dev advocacy / community stuff", "developer advocacy"),
        ("brand partnerships plus some influencer campaigns", "brand partnerships"),
        ("policy work, not lobbying", "policy work"),
        ("content design rather than copywriting", "content design"),
        # A second kind of work after a comma is still named.
        (
            "the risk operations team, fraud detection on merchant payments",
            "risk operations and fraud detection",
        ),
    ],
)
def test_work_names_the_kind_of_work_without_its_explanation(typed: str, want: str) -> None:
    assert phrases.work(typed) == want
    assert "," not in phrases.head(typed) and " so " not in phrases.head(typed)


# -- never odd, never a placeholder -----------------------------------------------------------

ODD = ["", " ", "\n\n", "🏕️🎉", "...", "?!", "-", "a", "I", "مرحبا 🚀 שלום", "x" * 2000, "[name]"]


@pytest.mark.parametrize("typed", ODD)
def test_odd_input_never_raises_and_never_doubles_a_mark(typed: str) -> None:
    for shaped in (
        phrases.noun_phrase(typed),
        phrases.work_area(typed),
        phrases.clause(typed),
        phrases.complement(typed),
        phrases.spoken(typed, to_company=True),
        phrases.proof(typed)[1],
        phrases.role_name(typed),
        phrases.head(typed),
    ):
        assert isinstance(shaped, str)
        assert ".." not in shaped and "?!" not in shaped and "  " not in shaped


def test_promise_todo() -> None:
    from flows.pivot.phrases import promise_todo

    said = "I told Priya I'll send my dashboard link."
    assert promise_todo(said, "Priya Nair") == "Send Priya your dashboard link"
    said = "I said I'd send him the article on media mix modeling…"
    assert promise_todo(said, "Marcus Lee") == "Send Marcus the article on media mix modeling"
    assert promise_todo("I promised to follow up next week") == "Follow up next week"
    assert promise_todo("the slides maybe", "Sam Patel") == ""


def test_note_detail_is_said_to_the_person_or_left_out() -> None:
    from flows.pivot.phrases import note_detail, pledge

    names = ["Northwind Analytics", "Sam Lee"]
    assert note_detail("I said I'd send my dashboard link to Priya", names, False)[0] == "promise"
    assert note_detail(
        "she liked my dashboard story and said she'd intro me to her friend sam lee at northwind "
        "analytics",
        names,
        True,
    ) == ("clause", "you liked my dashboard story")
    assert note_detail("you told me abt ur new spring catalog launch", names, False) == (
        "clause",
        "you told me about your new spring catalog launch",
    )
    # A topic talked about: the note says "our conversation about ..." (drafts.yaml's
    # detail_line.topic), never "I especially enjoyed your team".
    assert note_detail("we talked abt her team w/ sam lee", names, False) == (
        "topic",
        "your team with Sam Lee",
    )
    assert note_detail("I loved hearing about her roadmap", names, False) == (
        "thing",
        "hearing about your roadmap",
    )
    assert note_detail("I was nervous the whole time", names, False) == ("", "")
    # Only the recipient's own pronoun becomes "you"; a run-on second sentence gets a semicolon.
    assert note_detail("she said i should totally ask his team, he runs fraud", names, False) == (
        "clause",
        "you said I should ask his team; he runs fraud",
    )
    # "he" and "she" with neither the subject: who is "you" is unknown, so it is left out.
    assert note_detail("the dbt tip her colleague gave him", names, False) == ("", "")
    # An offer told again by naming the person to be introduced is left out when thanked for.
    typed = "she said talk to rahul mehta at phonepe and she'll intro me by next week"
    assert note_detail(typed, names, True, (), ["Rahul Mehta"]) == ("", "")
    assert pledge("I said I'd send my dashboard link to Priya", "Priya Raman") == (
        "send you my dashboard link"
    )


def test_job_requests_and_role_fit_are_recognised() -> None:
    from flows.pivot.feedback import asks_for_a_job, says_role_fits

    assert asks_for_a_job("Do you have any other jobs, maybe in policy?")
    assert asks_for_a_job("Are there any vacancies in the policy team?")
    assert asks_for_a_job("Can I apply for that one instead?")
    assert not asks_for_a_job("Who leads the policy team, and could you point me to them?")
    assert says_role_fits(
        "The application specialist role I like very much, it is exactly my work."
    )
    assert says_role_fits("I love this job.")
    assert not says_role_fits("I don't love this job.")
    assert not says_role_fits("I'm not sure grants administration is for me.")


def test_complement_is_a_noun_phrase_or_a_clause_by_its_first_part() -> None:
    from flows.pivot.phrases import complement

    long = (
        "their open-science policy — every study they fund has to publish its data openly, "
        "and I heard Dr. Okafor talk about it at the LSE in October."
    )
    assert complement(long, "Halden") == "your open-science policy"
    assert complement("their repair program - it is great") == "your repair program - it is great"
    assert complement("they publish their research") == "that you publish your research"


def test_role_and_title_lose_their_hedges() -> None:
    from flows.pivot.phrases import job_title, role_name

    assert role_name("podcast partnerships coordinator i think?? 😅") == (
        "podcast partnerships coordinator"
    )
    assert role_name("Inside Sales Representative") == "Inside Sales Representative"
    assert job_title("Hiring manager for the CS team") == "CS team hiring manager"
    assert job_title("hiring manager for sales i think") == "sales hiring manager"
