"""The state's document kinds (Nghị định 30/2020/NĐ-CP, Phụ lục III) beside the Party's."""

from __future__ import annotations

import pytest

from nghiquyet import DocumentKind
from nghiquyet.errors import DocumentError


@pytest.mark.parametrize(
    ("label", "code"),
    [("Công điện", "CĐ"), ("Giấy mời", "GM"), ("Hợp đồng", "HĐ"), ("Giấy phép", "GP"), ("Nghị định", "NĐ")],
)
def test_state_kinds_are_members_with_the_code_their_notations_print(label: str, code: str) -> None:
    kind = DocumentKind.from_label(label.upper())
    assert kind.code == code
    assert DocumentKind.from_code(code) is kind
    assert kind.is_state


def test_the_party_kinds_are_not_state_kinds() -> None:
    assert not any(k.is_state for k in (DocumentKind.KET_LUAN, DocumentKind.NGHI_QUYET, DocumentKind.CONG_VAN))
    assert DocumentKind.from_label("Bản thoả thuận") is DocumentKind.BAN_THOA_THUAN  # either spelling


def test_an_unknown_code_is_still_refused() -> None:
    with pytest.raises(DocumentError):
        DocumentKind.from_code("XYZ")
