"""Entry point of the frozen build: both ``peerdesk`` and ``peerdesk-cli`` start here.

The same as ``python -m peerdesk``; kept outside the package so that PyInstaller does not put
``peerdesk/`` itself on the module path.
"""

from peerdesk.cli import main

raise SystemExit(main())
