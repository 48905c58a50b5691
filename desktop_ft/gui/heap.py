"""Keep Python's garbage collector from freezing the window.

A full collection walks every tracked object; after Qt, pyqtgraph and numpy have loaded that is
~70,000 objects and 50 ms on an idle machine, 300-400 ms on a loaded one, and it runs on whichever
thread allocates at the wrong moment while holding the GIL, so a job's relay thread triggered
stalls of the GUI thread (benchmarks/bench_gui_latency.py). The objects that make up the loaded
libraries and the built window live as long as the app, so they are moved out of the collector's
sight with gc.freeze() once they exist; later collections only look at newer objects.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect what is already garbage, then freeze the survivors (cheap to call again)."""
    gc.collect()
    gc.freeze()
