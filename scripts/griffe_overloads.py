"""Griffe extension for the reference site: an overloaded method documents its first overload's defaults.

A generated resource method with a request body has two overloads, the body's fields (required ones
without a default) and ``body=``, over one implementation whose every argument defaults to UNSET so
that either form can be given. The site shows the overloads' signatures only (``overloads_only``),
but the Parameters table reads its Default column from the implementation, where a required field
such as ``project_name`` would show ``UNSET``. This gives the implementation's parameters the
defaults of the first overload that declares them, the fields' one, so that required fields read
"required"; ``body``, which only the second form takes, keeps ``UNSET``.
"""

from __future__ import annotations

from typing import Any

import griffe


class FirstOverloadDefaults(griffe.Extension):
    """Default values of an overloaded function's parameters, as its first overload declares them."""

    def on_function(self, *, func: griffe.Function, **kwargs: Any) -> None:
        if not func.overloads:
            return
        primary = func.overloads[0].parameters
        for parameter in func.parameters:
            if parameter.name in primary:
                parameter.default = primary[parameter.name].default
