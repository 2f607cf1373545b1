"""The signing line as printed: "T/M BAN THƯỜNG VỤ" is an authority mark, then the body signed for."""

from __future__ import annotations

from ..model import SigningAuthority

__all__ = ["split_authority"]

# Longest first, so that a mark that begins a longer one ("TUQ" of "TUQ.") does not take its place.
_AUTHORITIES = sorted(SigningAuthority, key=lambda authority: len(authority.code), reverse=True)


def split_authority(printed: str) -> tuple[SigningAuthority | None, str | None]:
    """``"T/M BAN THƯỜNG VỤ"`` → (T/M, "BAN THƯỜNG VỤ"); ``"K/T"`` → (K/T, None); a line
    without a mark → (None, the line)."""
    for candidate in _AUTHORITIES:
        if printed == candidate.code:
            return candidate, None
        if printed.startswith(candidate.code + " "):
            return candidate, printed[len(candidate.code) + 1 :]
    return None, printed
