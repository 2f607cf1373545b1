"""Hostile and broken XML: every one is a FormatError naming line and column, never an lxml error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from _sample import full_document

NS = "urn:nghiquyet:xml:1"
SECRET = "TOP-SECRET-7f3a9c"


def _error(data: bytes | str) -> nq.FormatError:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_xml(data)
    error = caught.value
    assert isinstance(error, nq.NghiquyetError)
    assert error.line is not None
    assert error.column is not None
    assert f"line {error.line}, column {error.column}" in str(error)
    return error


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def test_external_entity_never_leaks_a_local_file(secret_file: Path) -> None:
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>\n'
        f'<Document xmlns="{NS}" version="1"><Header><Subject>&xxe;</Subject></Header></Document>'
    )
    error = _error(data)
    assert SECRET not in str(error)
    assert SECRET not in repr(error.__dict__)


def test_external_entity_in_an_attribute_never_leaks(secret_file: Path) -> None:
    data = (
        f'<!DOCTYPE Document [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        f'<Document xmlns="{NS}" version="&xxe;"><Header/></Document>'
    )
    error = _error(data.encode())
    assert SECRET not in str(error)


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    data = (
        f"<!DOCTYPE Document [{entities}]>"
        f'<Document xmlns="{NS}" version="1"><Header><Subject>&lol9;</Subject></Header></Document>'
    )
    error = _error(data)
    assert "lollol" not in str(error)


def test_an_external_dtd_is_refused() -> None:
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE Document SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
        f'<Document xmlns="{NS}" version="1"><Header/></Document>'
    )
    error = _error(data)
    assert "DOCTYPE" in error.message


def test_5000_deep_nesting_is_refused() -> None:
    depth = 5000
    data = f'<Document xmlns="{NS}" version="1"><Content>' + '<Division numbering="roman" marker="I.">' * depth
    data += "</Division>" * depth + "</Content><Header/></Document>"
    _error(data)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.999])
def test_truncated_files_say_where(fraction: float) -> None:
    xml = nq.to_xml(full_document())
    error = _error(xml[: int(len(xml) * fraction)])
    assert error.line >= 1


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"hello", b'{"format": "nghiquyet/1"}', b"\xff\xfe\x00garbage", b"<", b"%PDF-1.4\n"],
)
def test_input_that_is_not_xml(data: bytes) -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_xml(data)
    assert caught.value.line is not None


def test_wrong_namespace() -> None:
    error = _error('<?xml version="1.0"?>\n<Document xmlns="urn:nghiquyet:xml:2" version="1"><Header/></Document>')
    assert (error.line, error.column) == (2, 1)
    assert "urn:nghiquyet:xml:2" in error.message


def test_no_namespace() -> None:
    error = _error('<Document version="1"><Header/></Document>')
    assert "no namespace" in error.message


def test_wrong_root() -> None:
    error = _error(f'<?xml version="1.0"?>\n\n  <edXML xmlns="{NS}"/>')
    assert (error.line, error.column) == (3, 3)
    assert "edXML" in error.message


def _document(header: str = "<Header/>", rest: str = "") -> str:
    return f'<?xml version="1.0"?>\n<Document xmlns="{NS}" version="1">\n  {header}\n  {rest}\n</Document>\n'


@pytest.mark.parametrize(
    ("data", "line", "column", "words"),
    [
        (_document("<Header><Bogus/></Header>"), 3, 11, "Bogus"),
        (_document(rest='<Content><Paragraph extra="1"/></Content>'), 4, 12, "extra"),
        (_document("<Header><Secrecy>HƠI MẬT</Secrecy></Header>"), 3, 11, "Secrecy"),
        (
            _document(
                "<Header><PromulgationInfo><PromulgationDate>2023-02-30</PromulgationDate></PromulgationInfo></Header>"
            ),
            3,
            29,
            "2023-02-30",
        ),
        (_document(rest='<Content><Division numbering="roman" marker="7."/></Content>'), 4, 12, "roman"),
        (
            _document(rest='<Content><Paragraph>x <DateMention date="2023-01-01"></DateMention></Paragraph></Content>'),
            4,
            25,
            "some text",
        ),
        (
            _document(rest='<Content><Paragraph><OrganMention ref="o9">x</OrganMention></Paragraph></Content>'),
            4,
            23,
            "o9",
        ),
        (_document('<Header><DocumentType code="KL">Nghị quyết</DocumentType></Header>'), 3, 11, "Kết luận"),
        (
            _document(
                "<Header><Code><CodeNumber>7</CodeNumber><CodeNotation>"
                "<KindCode>KL</KindCode> / <IssuerCode>TU</IssuerCode></CodeNotation></Code></Header>"
            ),
            3,
            43,
            "KL/TU",
        ),
        (
            _document(rest='<Annotations><Organ id="o1"><OrganName>X</OrganName></Organ></Annotations>'),
            4,
            16,
            "not referenced",
        ),
        (f'<Document xmlns="{NS}" version="2"><Header/></Document>', 1, 1, "version"),
    ],
)
def test_wrong_content_names_line_and_column(data: str, line: int, column: int, words: str) -> None:
    error = _error(data)
    assert (error.line, error.column) == (line, column), str(error)
    assert words in str(error)
    assert error.path is not None
    assert error.path.startswith("/Document")


def _failure(data: bytes | str) -> nq.FormatError | None:
    """The FormatError reading ``data`` raises, or None; anything else propagates and fails the test."""
    try:
        nq.from_xml(data)
    except nq.FormatError as error:
        return error
    return None


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_any_input_raises_only_format_errors(data: bytes | str) -> None:
    error = _failure(data)
    assert error is not None  # nothing this short is a document
    assert error.line is not None


@given(st.data())
def test_damaged_documents_raise_only_format_errors(data: st.DataObject) -> None:
    xml = nq.to_xml(full_document())
    position = data.draw(st.integers(0, len(xml) - 1))
    replacement = data.draw(st.binary(max_size=4))
    error = _failure(xml[:position] + replacement + xml[position + 1 :])
    assert error is None or error.line is not None
