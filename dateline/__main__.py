"""``python -m dateline``: the same as the ``dateline`` command."""

import sys

from dateline.cli import main

sys.exit(main())
