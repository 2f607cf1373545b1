"""The JSON round trip of nghiquyet beside the libraries a user would pick instead.

Run: python benchmarks/peers.py [--seconds N]   (needs msgspec and pydantic: pip install --group bench)

Each peer reads and writes the very JSON nghiquyet writes (same keys, tagged unions on
"type", fields at their default left out) into a model of the same shape, with the same
checks: exact JSON types (no coercion), unknown keys refused, text stored NFC and free of
characters XML cannot carry, notations read with Notation.parse, and the model's
invariants (division markers, bullets, spans sorted and inside their text, positive
numbers, Roman terms, named bodies, nesting depth). The peers:

- cattrs: nghiquyet's own attrs model (so the very same validators) with a cattrs
  orjson converter as its documentation suggests: strict hooks, tagged unions, extra
  keys forbidden, defaults omitted;
- pydantic v2, strict mode, frozen models, extra="forbid", discriminated unions,
  validators for text and invariants;
- msgspec, frozen Structs, forbid_unknown_fields, tagged unions, checks in
  __post_init__; and msgspec with no checks but its types, for scale.

All are measured in the same run, as ratios against raw orjson (dumps + loads of the same
dict; higher is better).
"""

from __future__ import annotations

import argparse
import datetime
from typing import Any

import msgspec
import orjson
from _peer_msgspec import MDocument
from _peer_pydantic import PDocument
from _timing import best_per_call, documents
from cattrs.preconf.orjson import make_converter
from cattrs.strategies import configure_tagged_union

import nghiquyet as nq
from nghiquyet.formats.json._wire import TAGS, wire_value

# cattrs, on nghiquyet's own attrs model.


def cattrs_converter() -> Any:
    converter = make_converter(forbid_extra_keys=True, omit_if_default=True)

    def strict(kind: type) -> Any:
        def structure(value: Any, _type: Any) -> Any:
            if value.__class__ is not kind:
                raise TypeError(f"expected {kind.__name__}")
            return value

        return structure

    for kind in (str, int, bool):
        converter.register_structure_hook(kind, strict(kind))
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))
    converter.register_unstructure_hook(nq.Notation, str)
    converter.register_structure_hook(nq.Notation, lambda value, _: nq.Notation.parse(value))
    for enum_type in (nq.DocumentKind, nq.Numbering, nq.SigningAuthority, nq.Secrecy, nq.Urgency, nq.DocumentSystem):
        wire = {member: wire_value(member) for member in enum_type}
        back = {value: member for member, value in wire.items()}
        converter.register_unstructure_hook(enum_type, wire.__getitem__)
        converter.register_structure_hook(enum_type, lambda value, _, back=back: back[value])
    for union in (nq.Span, nq.Block):
        configure_tagged_union(union, converter, tag_generator=TAGS.__getitem__, tag_name="type")
    return converter


def measure(name: str, document: nq.Document, seconds: float) -> None:
    converter = cattrs_converter()
    m_decoder, m_encoder = msgspec.json.Decoder(MDocument), msgspec.json.Encoder()
    plain_decoder = msgspec.json.Decoder()  # no checks at all: any JSON, for scale
    serializer = PDocument.__pydantic_serializer__
    data = nq.to_json(document)
    raw = orjson.loads(data)
    via_cattrs = converter.structure({k: v for k, v in raw.items() if k != "format"}, nq.Document)
    via_msgspec, via_pydantic = m_decoder.decode(data), PDocument.model_validate_json(data)
    # Every peer reads the document and writes back the same JSON.
    assert via_cattrs == document
    assert orjson.loads(m_encoder.encode(via_msgspec)) == raw
    assert orjson.loads(serializer.to_json(via_pydantic, exclude_defaults=True)) == raw
    plain = plain_decoder.decode(data)

    def cattrs_round_trip() -> object:
        payload = orjson.loads(orjson.dumps({"format": "nghiquyet/1", **converter.unstructure(document)}))
        del payload["format"]
        return converter.structure(payload, nq.Document)

    times = best_per_call(
        {
            "raw orjson": lambda: orjson.loads(orjson.dumps(raw)),
            "nghiquyet": lambda: nq.from_json(nq.to_json(document)),
            "nghiquyet, via str": lambda: nq.from_json(nq.to_json(document).decode()),
            "cattrs + orjson": cattrs_round_trip,
            "pydantic v2 strict": lambda: PDocument.model_validate_json(
                serializer.to_json(via_pydantic, exclude_defaults=True)
            ),
            "msgspec, same checks": lambda: m_decoder.decode(m_encoder.encode(via_msgspec)),
            "msgspec, no checks": lambda: plain_decoder.decode(m_encoder.encode(plain)),
        },
        seconds,
    )
    baseline = times["raw orjson"]
    print(f"{name}: {len(data):,} bytes of JSON; round trip (write + read), ratio = raw orjson / it")
    for peer, taken in times.items():
        print(f"  {peer:22s} {taken * 1e6:9.1f} µs   ratio {baseline / taken:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=1.0, help="time to spend on each measurement")
    args = parser.parse_args()
    for name, document in documents():
        measure(name, document, args.seconds)


if __name__ == "__main__":
    main()
