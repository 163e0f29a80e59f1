"""Sector codes: CAMEO agent codes -> the sectors of the event schema."""

from __future__ import annotations

# CAMEO's agent codes are finer than the schema's sectors; codes with no schema sector
# (ELI elites, UAF unidentified forces, HLH health, ...) map to None and leave the sector open.
CAMEO_TO_SECTOR = {
    "GOV": "GOV", "MIL": "MIL", "SPY": "INT", "COP": "COP", "JUD": "JUD", "LEG": "LEG",
    "PTY": "PTY", "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP", "CVL": "CVL",
    "REF": "REF", "MED": "MED", "BUS": "BUS", "IGO": "IGO", "NGO": "NGO", "REL": "REL",
    "MUS": "REL", "CHR": "REL", "JEW": "REL", "BUD": "REL", "HIN": "REL", "LAB": "CVL",
    "EDU": "CVL", "AGR": "CVL", "HRI": "NGO", "CRM": "CVL", "TER": "TER", "RAD": "REB",
}  # fmt: skip

SECTORS = (
    "GOV", "MIL", "INT", "COP", "JUD", "LEG", "PTY", "REB", "TER", "OPP", "CVL", "REF", "MED",
    "BUS", "IGO", "NGO", "REL",
)  # fmt: skip

SECTOR_LABELS = {
    "GOV": "government", "MIL": "military", "INT": "intelligence", "COP": "police",
    "JUD": "judiciary", "LEG": "legislature", "PTY": "parties", "REB": "rebels",
    "TER": "designated groups", "OPP": "opposition", "CVL": "civilians", "REF": "refugees",
    "MED": "media", "BUS": "business", "IGO": "international organisations", "NGO": "NGOs",
    "REL": "religious",
}  # fmt: skip

# Sectors of a state's armed and security forces (named by role alone: "the police", "the
# troops", "intelligence officers").
FORCE_SECTORS = frozenset({"MIL", "COP", "INT"})

# A state's institutions are actors of their own: kind per sector.
SECTOR_KINDS = {
    "GOV": "government", "MIL": "military", "INT": "intelligence", "COP": "police",
    "LEG": "legislature",
}  # fmt: skip


def sector_of_cameo(code: str) -> str | None:
    return CAMEO_TO_SECTOR.get(code)
