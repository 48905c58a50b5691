"""One rank of a multi-process run: `desktop-ft train --worker RUN`, started by torchrun.

Every rank runs job.py's training loop on the same run folder. Rank 0 is the one that speaks:
it writes config-driven manifest updates and every event to RUN/metrics.jsonl (line-buffered,
which the launcher tails; stdout goes to RUN/ranks.log and is never parsed). The others train
silently. The process ends with os._exit after closing the process group (see Rank.finish).
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from typing import NoReturn

from desktop_ft.core import events as ev
from desktop_ft.core.errors import UserError
from desktop_ft.core.requests import TrainRequest
from desktop_ft.core.runs import describe


def _to_stderr(rank: int) -> ev.Emit:
    def emit(event: ev.Event) -> None:
        line = describe(event)
        if line:
            print(f"[rank {rank}] {line}", file=sys.stderr, flush=True)

    return emit


def main(run_dir: Path) -> NoReturn:
    from desktop_ft.training.distributed import Rank, set_parent_death_signal

    set_parent_death_signal()
    rank = Rank(run_dir)
    rank.install_signal_handlers()  # before anything slow: a stop may come at any time
    code = 0
    try:
        rank.init_process_group()
        from desktop_ft.training.job import _execute, run_training

        stop = threading.Event()  # set only when every rank agrees (Rank.sync_callback)
        if rank.is_main:
            run_training(TrainRequest(resume=rank.run.path), _to_stderr(0), stop, rank)
        else:
            run, config, checkpoint = rank.start_run()
            _execute(run, config, checkpoint, lambda event: None, stop, rank)
    except UserError as exc:
        print(f"[rank {rank.rank}] error: {exc}", file=sys.stderr)
        code = 2
    except BaseException:
        traceback.print_exc()
        code = 1
    rank.finish(code)
