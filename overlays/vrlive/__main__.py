"""``python -m vrlive``: the same as the ``vrlive`` command."""

import sys

from vrlive.cli import main

sys.exit(main())
