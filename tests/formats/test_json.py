import contextlib
import json
from pathlib import Path

import jsonschema
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.formats.json import FORMAT, json_schema
from nghiquyet.testing import documents

SEED = Path(__file__).resolve().parents[2] / "examples" / "ket-luan-13.json"
SCHEMA = jsonschema.Draft202012Validator(json_schema())


@given(documents())
def test_json_round_trip(doc: nq.Document) -> None:
    assert nq.from_json(nq.to_json(doc)) == doc


@given(documents())
def test_output_follows_the_shipped_json_schema(doc: nq.Document) -> None:
    SCHEMA.validate(orjson.loads(nq.to_json(doc)))


def test_the_schema_is_itself_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_every_document_names_its_format_version() -> None:
    assert json.loads(nq.to_json(nq.Document()))["format"] == FORMAT


def test_seed_example_round_trips_and_is_complete() -> None:
    seed = nq.from_json(SEED.read_text(encoding="utf-8"))
    assert nq.from_json(nq.to_json(seed)) == seed
    assert nq.from_json(nq.to_json(seed, indent=True)) == seed
    assert {str(r.notation) for r in seed.references()} == {"706-KL/TU", "87-NQ/TU", "10-NQ/TU"}
    assert [d.label for d in seed.body] == ["I", "II", "III"]
    assert len(seed.recipients) == 8
    assert seed.conference == nq.Conference(
        ordinal=13, body=nq.Organization(name="Ban Chấp hành Đảng bộ thị xã"), term="XXIII"
    )


def test_seed_json_file_is_what_the_example_script_builds() -> None:
    import runpy

    built = runpy.run_path(str(SEED.with_name("ket_luan_13.py")))["KET_LUAN_13"]
    assert nq.from_json(SEED.read_text(encoding="utf-8")) == built


def _seed_dict() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def _break(path: list, value: object) -> str:
    data = _seed_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return json.dumps(data, ensure_ascii=False)


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "where", "says"),
    [
        (["body", 1, "children", 1, "heading"], 12, "$.body[1].children[1].heading", "expected a string"),
        (["draft"], "false", "$.draft", "true or false"),
        (["copies"], "12", "$.copies", "whole number"),
        (["copies"], True, "$.copies", "whole number"),
        (["copies"], 0, "$.copies", "copies"),
        (["kind"], "XX", "$.kind", "is not one of"),
        (["nonsense"], 1, "$", "unknown key"),
        (["body", 0, "surprise"], 1, "$.body[0]", "unknown key"),
        (["body", 0, "type"], "chapter", "$.body[0]", "found type 'chapter'"),
        (["body", 0, "type"], _DELETE, "$.body[0]", "found no type"),
        (["body", 0, "marker"], _DELETE, "$.body[0].marker", "required key missing"),
        (["body", 0, "marker"], "1.", "$.body[0].marker", "not a roman number"),
        (
            ["body", 1, "children", 1, "children", 0, "spans", 0, "end"],
            10_000,
            "$.body[1].children[1].children[0].spans",
            "outside",
        ),
        (["signatures", 0, "authority"], "TM", "$.signatures[0].authority", "is not one of"),
        (["conference", "ordinal"], 13.0, "$.conference.ordinal", "whole number"),
        (["preamble", 0, "spans", 0, "date"], "2023-02-30", "$.preamble[0].spans[0].date", "not a real date"),
        (["preamble", 0, "spans", 0, "date"], "06/10/2023", "$.preamble[0].spans[0].date", "YYYY-MM-DD"),
        (["recipients"], {"name": "x"}, "$.recipients", "expected an array"),
        (["body", 0, "children", 0, "text"], ["a"], "$.body[0].children[0].text", "expected a string"),
        (["recipients", 0, "name"], "a\u0000b", "$.recipients[0].name", "XML"),
        (["body", 0], "I. KẾT QUẢ", "$.body[0]", "expected an object"),
        (["body", 0, "type"], ["division"], "$.body[0]", "found type ['division']"),
        (["preamble", 0, "spans"], "42-67", "$.preamble[0].spans", "expected an array"),
        (["preamble", 0, "spans", 0, "surprise"], 1, "$.preamble[0].spans[0]", "unknown key"),
        (["preamble", 0, "spans", 0, "type"], "paragraph", "$.preamble[0].spans[0]", "found type 'paragraph'"),
        (["conference", "body", "name"], 5, "$.conference.body.name", "expected a string"),
        (["conference", "body", "code"], ["TU"], "$.conference.body.code", "expected a string"),
        (["conference", "body", "parent"], "Tỉnh ủy", "$.conference.body.parent", "expected an object"),
        (["conference"], ["Hội nghị"], "$.conference", "expected an object"),
        (["body", 2, "children", 1, "lead"], {"name": "Văn phòng"}, "$.body[2].children[1].lead", "expected an array"),
        (["body", 2, "children", 1, "lead", 0, "name"], None, "$.body[2].children[1].lead[0].name", "a string"),
        (["body", 2, "children", 1, "report_to", "name"], "\ufffe", "$.body[2].children[1].report_to.name", "XML"),
        (["signatures", 0, "signer"], False, "$.signatures[0].signer", "expected a string"),
        (["body", 0, "heading"], "a\x1fb", "$.body[0].heading", "U+001F"),
        (["format"], "nghiquyet/0", "$.format", "expected format"),
        (["format"], _DELETE, "$.format", "no format key"),
    ],
)
def test_bad_json_is_refused_with_its_path(path: list, value: object, where: str, says: str) -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_json(_break(path, value))
    assert caught.value.path == where
    assert says in str(caught.value)
    assert str(caught.value).startswith(where)


@pytest.mark.parametrize(
    "text", ["", "{", "[1, 2]", "null", '"text"', b"\xff\xfe", '{"format": "nghiquyet/1", "body": [' * 300]
)
def test_what_is_not_a_document_gets_a_format_error(text: str | bytes) -> None:
    with pytest.raises(nq.FormatError):
        nq.from_json(text)


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(nq.FormatError) as caught:
        nq.from_json('{\n  "format": "nghiquyet/1",\n  "kind": KL\n}')
    assert (caught.value.line, caught.value.column) == (3, 11)


def test_deep_nesting_is_refused_cleanly() -> None:
    depth = 2000
    opening = '{"type": "division", "numbering": "arabic", "marker": "1.", "children": ['
    payload = f'{{"format": "{FORMAT}", "body": [' + opening * depth + "]}" * depth + "]}"
    with pytest.raises(nq.FormatError):
        nq.from_json(payload)


def test_only_documents_can_be_written() -> None:
    with pytest.raises(TypeError, match="expects a Document"):
        nq.to_json({"kind": "KL"})  # type: ignore[arg-type]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.binary() | st.text())
def test_any_bytes_or_text_gives_a_document_or_a_format_error(data: bytes | str) -> None:
    with contextlib.suppress(nq.FormatError):
        nq.from_json(data)


_KEYS = st.sampled_from(["kind", "body", "notation", "issuer", "date", "signatures", "x"])


@given(st.dictionaries(_KEYS, _JSON_VALUES))
def test_any_json_object_gives_a_document_or_an_error_with_its_path(fields: dict) -> None:
    refused: nq.FormatError | None = None
    try:
        nq.from_json(json.dumps({"format": FORMAT, **fields}))
    except nq.FormatError as error:
        refused = error
    if refused is not None:
        assert (refused.path or "").startswith("$"), refused
