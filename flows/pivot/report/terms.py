"""The report's own terms: its threshold, suppression reasons, funnel steps and outcomes.

The rubric's elements, bands and maximum come from ``flows.pivot.rubric``."""

from __future__ import annotations

from typing import Any

THRESHOLD = 10
SMALL = "fewer_than_10"
COMPLEMENTARY = "complementary"

NACE = {
    "full_time": "Employed full-time",
    "part_time": "Employed part-time",
    "self_employed": "Self-employed",
    "internship": "Internship",
    "volunteer": "Volunteer service",
    "military": "Military service",
    "further_education": "Continuing education",
    "seeking": "Still seeking",
    "not_seeking": "Not seeking",
}
FUNNEL = {
    "contacts": "Named a contact",
    "conversations": "Met a contact",
    "introductions": "Got an introduction",
    "referrals": "Got a referral",
    "interviews": "Got an interview",
    "offers": "Got an offer",
}

Cell = dict[str, Any]
