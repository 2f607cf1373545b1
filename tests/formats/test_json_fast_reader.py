"""The fast JSON paths must accept exactly what the detailed converter accepts, read it
alike, and write what it writes.

from_json reads with the generated reader (the clean one when the input text cannot hold
a character XML refuses, else the one that checks every string) and asks cattrs' detailed
converter only to explain a failure, so a fast reader laxer than the detailed one would let
bad input through silently. These properties break generated documents at random places
and compare.
"""

import copy
import json
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.formats.json import FORMAT, _detailed, _reader, _writer
from nghiquyet.formats.json._generated import xml_safe_json
from nghiquyet.testing import documents

CLEAN, OTHER, WRITE = _reader(clean=True), _reader(clean=False), _writer()
DETAILED = _detailed()

_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 10_000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    # Values that are right somewhere, so that some mutations still make a document.
    | st.sampled_from(["roman", "arabic", "I.", "1.", "-", "KL", "T/M", "2023-10-06", "706-KL/TU", "paragraph"])
    | st.sampled_from(["division", "task", "reference", "date_mention", "a\x00b", "\ufffe", "Cafe\u0301"])
)
_JSON_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["name", "text", "type", "x"]), inner),
    max_leaves=6,
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every node of the payload with its path (keys and indexes) from the root."""
    places = [(path, node)]
    if isinstance(node, dict):
        for key, value in node.items():
            places += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            places += _places(value, (*path, index))
    return places


def _node(payload: dict[str, Any], path: tuple[Any, ...]) -> Any:
    for key in path:
        payload = payload[key]
    return payload


def _read(read: Any, payload: dict[str, Any]) -> tuple[bool, object]:
    try:
        return True, read(copy.deepcopy(payload))
    except Exception as exc:  # noqa: BLE001 - any failure counts as a refusal
        return False, type(exc)


def _detailed(payload: dict[str, Any]) -> nq.Document:
    return DETAILED.structure(payload, nq.Document)  # type: ignore[no-any-return]


@given(documents(), st.data())
def test_fast_reader_refuses_and_reads_what_the_detailed_one_does(doc: nq.Document, data: st.DataObject) -> None:
    payload = orjson.loads(nq.to_json(doc))
    del payload["format"]
    for _ in range(data.draw(st.integers(1, 2), label="mutations")):
        places = _places(payload)
        actions = ["replace", "delete", "add key"] if len(places) > 1 else ["add key"]
        action = data.draw(st.sampled_from(actions), label="action")
        if action == "add key":
            objects = [path for path, node in places if isinstance(node, dict)]
            target = _node(payload, data.draw(st.sampled_from(objects), label="object"))
            key = data.draw(st.sampled_from(["x", "type", "text", "name", "spans", "children"]), label="key")
            target[key] = data.draw(_JSON_VALUES, label="value")
        else:
            *parents, last = data.draw(st.sampled_from([path for path, _ in places[1:]]), label="where")
            target = _node(payload, tuple(parents))
            if action == "replace":
                target[last] = data.draw(_JSON_VALUES, label="value")
            else:
                del target[last]
    detailed = _read(_detailed, payload)
    fast = _read(OTHER, payload)
    assert fast[0] == detailed[0], f"fast {fast}, detailed {detailed}"
    if fast[0]:
        assert fast[1] == detailed[1]
    # Through from_json: the clean reader when the text passes the whole-text check.
    text = orjson.dumps({"format": FORMAT, **payload})
    try:
        read: tuple[bool, object] = True, nq.from_json(text)
    except nq.FormatError:
        read = False, nq.FormatError
    assert read[0] == detailed[0], f"from_json {read}, detailed {detailed} (clean text: {xml_safe_json(text)})"
    if read[0]:
        assert read[1] == detailed[1]


@given(documents())
def test_clean_reader_reads_what_the_detailed_one_does(doc: nq.Document) -> None:
    payload = orjson.loads(nq.to_json(doc))
    del payload["format"]
    assert CLEAN(copy.deepcopy(payload)) == _detailed(payload) == doc


@given(documents())
def test_generated_writer_writes_what_cattrs_writes(doc: nq.Document) -> None:
    assert WRITE(doc) == {"format": FORMAT, **DETAILED.unstructure(doc)}


_TRICKY = st.text(
    st.sampled_from(["a", "ệ", "\\", '"', "u", "b", "f", "\x00", "\x08", "\x0c", "\x1f", "\t", "\n"])
    | st.sampled_from(["\ufffe", "\uffff", "\ufeff"])
)


def _refused_by_xml(text: str) -> bool:
    return any(c in "\ufffe\uffff" or (ord(c) < 32 and c not in "\t\n\r") for c in text)


@given(_TRICKY, st.booleans())
def test_the_whole_text_check_lets_no_character_xml_refuses_through(text: str, ascii_only: bool) -> None:
    # Two spellings of the same JSON: orjson's (UTF-8, short escapes) and one with \u escapes.
    data = json.dumps([text], ensure_ascii=True).encode() if ascii_only else orjson.dumps([text])
    if xml_safe_json(data):
        assert not _refused_by_xml(orjson.loads(data)[0])


@given(documents())
def test_every_document_written_passes_the_whole_text_check(doc: nq.Document) -> None:
    assert xml_safe_json(nq.to_json(doc))  # so that reading it takes the clean reader
