"""The vendors' pages against the specs: ``python -m generator sources check|diff|fetch``.

``spec/sources/`` holds a capture of each vendor page and ``sources.yaml``, the manifest tying
page, URL, spec and operations together (``manifest``). Reading a capture (``document``, with a
reader per format and ``tables``/``examples``/``samples`` for what a page prints: tables, JSON
examples, curl and HTTP request samples) gives prose, tables and code;
``view`` places each example and table at the endpoint and heading it follows; ``check`` holds one
page to its spec (``strict`` validates examples, ``spec_index`` answers what a schema says) and
``run`` checks a whole repository; ``diff`` compares two captures and ``fetch`` downloads new ones.
"""
