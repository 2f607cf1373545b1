"""The fast JSON reader must accept exactly what the detailed one accepts, and read it alike.

from_json tries the fast converter first and asks the detailed one only to explain a
failure, so a fast reader laxer than the detailed one would let bad input through
silently. These properties break generated documents at random places and compare.
"""

import copy
from typing import Any

import orjson
from hypothesis import given
from hypothesis import strategies as st

import nghiquyet as nq
from nghiquyet.formats.json import _DETAILED, _FAST
from nghiquyet.testing import documents

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


def _read(converter: Any, payload: dict[str, Any]) -> tuple[bool, object]:
    try:
        return True, converter.structure(copy.deepcopy(payload), nq.Document)
    except Exception as exc:  # noqa: BLE001 - any failure counts as a refusal
        return False, type(exc)


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
    fast, detailed = _read(_FAST, payload), _read(_DETAILED, payload)
    assert fast[0] == detailed[0], f"fast {fast}, detailed {detailed}"
    if fast[0]:
        assert fast[1] == detailed[1]
