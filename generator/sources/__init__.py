"""The vendors' pages against the specs: ``python -m generator sources check|diff|fetch``.

``spec/sources/`` holds a capture of each vendor page and ``sources.yaml``, the manifest tying
page, URL, spec and operations together. Reading a capture (``document``, and a reader per format)
gives prose, tables and code; ``view`` places each example and table at the endpoint and heading
it follows; ``check`` holds them to the spec (``strict`` validates examples, ``spec_index`` answers
what a schema says); ``diff`` compares two captures and ``fetch`` downloads new ones.
"""
