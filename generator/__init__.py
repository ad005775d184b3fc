"""Declarative generation of the typed clients in ``generated/`` from the specs in ``spec/``.

``targets.yaml`` says what to render, ``templates/`` holds the jinja2 overrides of
openapi-python-client, and ``python -m generator generate|check`` drives them.
"""
