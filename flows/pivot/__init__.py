"""The pivot flow: triage, pivot script, rehearsal and follow-up."""
