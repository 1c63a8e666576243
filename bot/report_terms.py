"""The report's shared terms: its threshold, bands, rubric elements, funnel steps and outcomes."""

from __future__ import annotations

from typing import Any

THRESHOLD = 10
SMALL = "fewer_than_10"
COMPLEMENTARY = "complementary"

BANDS = ("ready", "solid", "rework", "restart")
BAND_RANGES = {"ready": "14-16", "solid": "10-13", "rework": "6-9", "restart": "0-5"}
BAND_FLOORS = (("ready", 14), ("solid", 10), ("rework", 6), ("restart", 0))
MAX_TOTAL = 16
ELEMENTS = ("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8")
ELEMENT_NAMES = {
    "E1": "Timing",
    "E2": "Enthusiasm for the company",
    "E3": "Honest fit statement",
    "E4": "Bridge to their value",
    "E5": "One clear ask",
    "E6": "Keeps the door open",
    "E7": "Follow-up",
    "E8": "Delivery",
}
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
