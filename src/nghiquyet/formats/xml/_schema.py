"""The XSD of the native XML, compiled once when first needed."""

from __future__ import annotations

from functools import cache
from importlib import resources

from lxml import etree

__all__ = ["xml_schema"]


@cache
def xml_schema() -> etree.XMLSchema:
    """The XSD of the native XML, as shipped in the package (``schemas/nghiquyet-1.xsd``)."""
    source = resources.files("nghiquyet.formats").joinpath("schemas", "nghiquyet-1.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(source, etree.XMLParser(resolve_entities=False, no_network=True)))
