"""Data only: the XSD and JSON Schema of the native formats, and the OASIS Akoma Ntoso XSD.

Read them with :mod:`importlib.resources`, e.g.
``files("nghiquyet.formats").joinpath("schemas", "nghiquyet-1.xsd")``.
"""

__all__: list[str] = []
