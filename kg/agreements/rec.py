"""The state of one agreement while the document is assembled (records.py builds it, facts.py fills it)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from kg.doc import Claim


@dataclass
class Rec:
    """An agreement under assembly."""

    parties: frozenset[str]
    first: int                          # sentence index of its first mention
    titles: set[str] = field(default_factory=set)
    names: list[Claim] = field(default_factory=list)
    party_claims: list[Claim] = field(default_factory=list)
    events: list[tuple[str, str, Claim]] = field(default_factory=list)  # (stage, strength, claim)
    signed_on: list[tuple[int, Claim]] = field(default_factory=list)    # (priority, claim)
    signed_at: Optional[Claim] = None
    signatories: list[Claim] = field(default_factory=list)
    duration: Optional[Claim] = None
    mutual_defense: Optional[Claim] = None
    kind: str = "agreement"
    label: str = ""
    last: int = 0                       # sentence index of its latest mention

    def add_date(self, priority: int, claim: Claim) -> None:
        """A signing date a sentence supports; the same date at the same strength is kept once
        (its first sentence), so a long article repeating itself keeps the record small."""
        if all(p != priority or c.value != claim.value for p, c in self.signed_on):
            self.signed_on.append((priority, claim))
