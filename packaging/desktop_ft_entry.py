"""The frozen app's entry point: the same `desktop-ft` command as the console script.

With no verb it opens the window; the bundle's executable also takes every CLI verb
(`desktop-ft hardware --json`, `desktop-ft train ...`).
"""

import multiprocessing
import sys

from desktop_ft.cli import main

if __name__ == "__main__":
    # Libraries that start worker processes (datasets.map, DataLoader workers) re-run this
    # executable; freeze_support turns those starts into workers instead of a second app.
    multiprocessing.freeze_support()
    sys.exit(main())
