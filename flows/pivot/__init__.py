"""The pivot flow: from "right company, wrong job" to a plan, practice and follow-up."""

from flows.pivot.flow import build_flow

__all__ = ["build_flow"]
