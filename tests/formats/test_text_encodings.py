"""Vietnamese text in older encodings (issue 12, item 9): recognised and converted, or refused
with what it probably is and how to convert it.

The samples are written by hand from the published tables of each encoding (TCVN 5712:1993
VN3 for TCVN3, the VNI font layout, Windows-1258), not produced by the code under test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import nghiquyet as nq
from nghiquyet.formats.text import decode_text, decoded_text

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ket-luan-13.txt"

UNICODE = "Đảng Cộng sản Việt Nam\nCộng hoà xã hội chủ nghĩa Việt Nam\nthực hiện Nghị quyết của Ban Thường vụ Tỉnh ủy\n"
# TCVN3 (.VnTime): one byte per letter; "§" is Đ, "¶" ả, "Ö" ệ …
TCVN3 = (
    b"\xa7\xb6ng C\xe9ng s\xb6n Vi\xd6t Nam\n"
    b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\n"
    b"th\xf9c hi\xd6n Ngh\xde quy\xd5t c\xf1a Ban Th\xad\xeang v\xf4 T\xd8nh \xf1y\n"
)
# The same set in a .VnTimeH (capitals) font: the lower-case codes, drawn as capitals.
TCVN3_CAPITALS = b"\xa7\xb6NG C\xe9NG S\xb6N VI\xd6T NAM\n"
# VNI (VNI-Times): a base letter, then a byte for its marks, as cp1252 shows them.
VNI = (
    "Ñaûng Coäng saûn Vieät Nam\n"
    "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam\n"
    "thöïc hieän Nghò quyeát cuûa Ban Thöôøng vuï Tænh uûy\n"
).encode("cp1252")
# Windows-1258: precomposed ă â ê ô ơ ư đ, the tones as combining marks after the letter.
CP1258 = (
    b"\xd0a\xd2ng C\xf4\xf2ng sa\xd2n Vi\xea\xf2t Nam\n"
    b"C\xf4\xf2ng hoa\xcc xa\xde h\xf4\xf2i chu\xd2 nghi\xdea Vi\xea\xf2t Nam\n"
    b"th\xfd\xf2c hi\xea\xf2n Nghi\xf2 quy\xea\xect cu\xd2a Ban Th\xfd\xf5\xccng vu\xf2 Ti\xd2nh u\xd2y\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [(TCVN3, "tcvn3"), (VNI, "vni"), (CP1258, "cp1258")],
    ids=["tcvn3", "vni", "cp1258"],
)
def test_legacy_bytes_are_converted(data: bytes, encoding: str) -> None:
    assert decoded_text(data) == (UNICODE, encoding)


def test_tcvn3_capital_fonts_give_capitals() -> None:
    assert decode_text(TCVN3_CAPITALS + TCVN3) == "ĐẢNG CỘNG SẢN VIỆT NAM\n" + UNICODE


@pytest.mark.parametrize(("data", "encoding"), [(TCVN3, "tcvn3"), (VNI, "vni")], ids=["tcvn3", "vni"])
def test_font_encoded_text_copied_into_utf8_is_converted(data: bytes, encoding: str) -> None:
    copied = data.decode("cp1252").encode("utf-8")  # what copying from the Word file gives
    assert decoded_text(copied) == (UNICODE, encoding)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    data = text.encode(codec)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert decoded_text(data) == (text, codec)


def test_a_converted_document_says_so(tmp_path: Path) -> None:
    path = tmp_path / "vnTime.txt"
    path.write_bytes(TCVN3)
    document = nq.read_document(path)
    assert document.warnings[0].message.startswith("read as TCVN3")
    assert "Thường vụ Tỉnh ủy" in nq.to_text(document)


def test_unicode_text_is_left_as_it_is() -> None:
    for text in (UNICODE, "Café, résumé à la française — déjà vu.\n", EXAMPLE.read_text(encoding="utf-8")):
        assert decoded_text(text.encode("utf-8")) == (text, "utf-8")


def test_bytes_no_reading_explains_say_how_to_convert() -> None:
    with pytest.raises(nq.NghiquyetError, match=r"not UTF-8 text \(byte 4\).*iconv -f CP1258") as raised:
        decode_text(b"abc \xa7 def \x81\x8d xyz")
    assert "Unikey" in str(raised.value)


def test_a_weak_guess_is_named_not_applied() -> None:
    with pytest.raises(nq.NghiquyetError, match="it may be TCVN3"):
        decode_text(b"Ban \xa7\xb6ng \x81 xyz")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("write", [nq.to_json, nq.to_xml], ids=["json", "xml"])
def test_json_and_xml_in_utf16_without_a_byte_order_mark_are_read_as_themselves(
    codec: str, write: object, tmp_path: Path
) -> None:
    document = nq.parse_text(EXAMPLE.read_text(encoding="utf-8"))
    written = write(document).decode("utf-8")  # type: ignore[operator]
    data = written.replace("encoding='UTF-8'", "encoding='UTF-16'").encode(codec)
    assert nq.formats.read(data) == document  # told by the content alone, not parsed as text
    suffix = ".json" if write is nq.to_json else ".xml"
    path = tmp_path / f"unicode{suffix}"
    path.write_bytes(data)
    assert nq.read_document(path) == document
    assert nq.validate(path).ok, nq.validate(path).problems
