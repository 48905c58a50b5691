"""Nothing runs that the user did not trust, no secret reaches a file, no path escapes its run
folder: model code and pickle weights are refused unless opted in per model, the Hugging Face
token lives only in a keyring, and run and export names cannot climb out of their folders."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from robust_helpers import assert_user_error, base_config, write_config

from desktop_ft.core import secrets
from desktop_ft.core.crash import write_crash_report
from desktop_ft.core.errors import UserError
from desktop_ft.core.events import Log
from desktop_ft.core.runs import RunFolder

TOKEN = "hf_PlantedTokenForTheLeakTest0123456789"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in this process (a stand-in for the OS
    store, which CI machines do not have)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture()
def use_keyring():  # -> Callable[[KeyringBackend], KeyringBackend]
    before = keyring.get_keyring()

    def use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield use
    keyring.set_keyring(before)
    secrets._known.discard(TOKEN)


def files_containing(folder: Path, text: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


# model code and pickle weights ----------------------------------------------------------------

def _remote_code_model(tiny: Path, folder: Path, marker: Path) -> Path:
    """The tiny model as a 'custom architecture' whose Python code, if run, leaves a marker."""
    model = folder / "custom-model"
    shutil.copytree(tiny, model)
    config = json.loads((model / "config.json").read_text())
    config.update(model_type="desktop_ft_custom", architectures=["CustomModel"], auto_map={
        "AutoConfig": "configuration_custom.CustomConfig",
        "AutoModelForCausalLM": "modeling_custom.CustomModel"})
    (model / "config.json").write_text(json.dumps(config))
    (model / "configuration_custom.py").write_text(
        "from pathlib import Path\n"
        f"Path({str(marker)!r}).write_text('the model code ran')\n"
        "from transformers import Phi3Config\n\n\n"
        "class CustomConfig(Phi3Config):\n    model_type = 'desktop_ft_custom'\n")
    (model / "modeling_custom.py").write_text(
        "from transformers import Phi3ForCausalLM\n\n"
        "from .configuration_custom import CustomConfig\n\n\n"
        "class CustomModel(Phi3ForCausalLM):\n    config_class = CustomConfig\n")
    return model


def test_model_code_runs_only_when_trusted(cli, tiny_model_dir: Path, chat_dataset: Path,
                                           tmp_path: Path) -> None:
    marker = tmp_path / "RAN"
    model = _remote_code_model(tiny_model_dir, tmp_path, marker)
    config = write_config(tmp_path / "run.yaml", base_config(model, chat_dataset))
    assert_user_error(cli("train", config), "custom-model", "config.json", "field 'auto_map'",
                      "own Python code", "trust_remote_code: true")
    assert not marker.exists()  # refused before a line of it ran
    trusted = write_config(tmp_path / "trusted.yaml", base_config(
        model, chat_dataset, trust_remote_code=True, merge=True, train={"max_steps": 1}))
    result = cli("train", trusted, "--json")
    assert result.code == 0, result.err
    assert marker.read_text() == "the model code ran"  # the user's explicit choice
    merged = Path(json.loads(result.out)["merged_dir"])  # merged with the same trust
    assert json.loads((merged / "config.json").read_text())["model_type"] == "desktop_ft_custom"


def test_pickle_weights_need_an_opt_in(cli, tiny_model_dir: Path, chat_dataset: Path,
                                       tmp_path: Path) -> None:
    from safetensors.torch import load_file
    from torch import save

    model = tmp_path / "pickled"
    shutil.copytree(tiny_model_dir, model)
    weights = load_file(model / "model.safetensors")
    (model / "model.safetensors").unlink()
    save(weights, model / "pytorch_model.bin")
    config = write_config(tmp_path / "run.yaml", base_config(model, chat_dataset))
    assert_user_error(cli("train", config), "pytorch_model.bin", "field 'model'", "pickle",
                      "allow_pickle_weights: true")
    allowed = write_config(tmp_path / "allowed.yaml", base_config(
        model, chat_dataset, allow_pickle_weights=True, train={"max_steps": 1}))
    result = cli("train", allowed, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["status"] == "finished"


def test_trust_is_off_by_default_and_recorded_per_run(tiny_model_dir: Path,
                                                      chat_dataset: Path) -> None:
    from desktop_ft.core import config as cfg

    config = cfg.RunConfig()
    assert config.trust_remote_code is False and config.allow_pickle_weights is False
    config = cfg.from_dict(base_config(tiny_model_dir, chat_dataset, trust_remote_code=True))
    assert "trust_remote_code: true" in cfg.dump(config)  # the run folder's config.yaml says so


# the token -----------------------------------------------------------------------------------

def test_token_lives_in_the_keyring(use_keyring) -> None:
    store = use_keyring(MemoryKeyring())
    secrets.store_token(f"  {TOKEN}\n")
    assert store.store[(secrets.SERVICE, secrets.HF_TOKEN)] == TOKEN
    assert secrets.load_token() == TOKEN
    assert secrets.token_source() == "keyring"
    assert secrets.delete_token() and secrets.load_token() is None
    assert not secrets.delete_token()


def test_no_keyring_means_no_token_file(cli, use_keyring, home: Path, tmp_path: Path,
                                        monkeypatch) -> None:
    use_keyring(fail.Keyring())
    with pytest.raises(UserError) as info:
        secrets.store_token(TOKEN)
    assert "no keyring" in info.value.message and "HF_TOKEN" in info.value.hint
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(TOKEN + "\n"))
    assert_user_error(cli("token", "set"), "no keyring", "never writes secrets to a plain file")
    assert cli("token", "status").out.strip() == "token: none (no keyring on this system)"
    assert files_containing(tmp_path, TOKEN) == []


def test_a_planted_token_never_reaches_a_file(cli, use_keyring, home: Path,
                                              tiny_model_dir: Path, chat_dataset: Path,
                                              tmp_path: Path, monkeypatch) -> None:
    use_keyring(MemoryKeyring())
    secrets.store_token(TOKEN)
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # A real training run, with the token in the keyring and the environment.
    config = write_config(tmp_path / "run.yaml", base_config(tiny_model_dir, chat_dataset))
    trained = cli("train", config, "--json")
    assert trained.code == 0, trained.err
    run = RunFolder(Path(json.loads(trained.out)["run_dir"]))
    # A run whose hub model cannot be fetched (the token is passed to the hub client).
    hub = write_config(tmp_path / "hub.yaml", base_config(Path("someorg/private-model"),
                                                          chat_dataset))
    failed = cli("train", hub)
    assert failed.code == 2, failed.err
    # Text that carries the token, written the ways a run writes text.
    writer = run.event_writer()
    writer(Log(message=f"hub said: 401 for Authorization: Bearer {TOKEN}"))
    writer.log_text(f"a library echoed {TOKEN}")
    writer.close()
    run.update_manifest(error=f"request with token={TOKEN} failed")
    report = write_crash_report(RuntimeError(f"HTTP 401, token {TOKEN}"))
    assert files_containing(tmp_path, TOKEN) == []
    assert TOKEN not in trained.err + trained.out + failed.err
    masked = f"token {secrets.MASK}"
    assert masked in report.read_text() and f"Bearer {secrets.MASK}" in run.metrics_path.read_text()
    # Also a token never seen before, by its shape.
    assert secrets.redact("hf_" + "x" * 34) == secrets.MASK


# paths ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["../../escape", "/etc/cron.d/evil", "..", "a/../../b",
                                  "..\\..\\windows", "~/.ssh/x", "\0nul", ""])
def test_run_names_stay_inside_the_runs_folder(name: str, tmp_path: Path) -> None:
    root = tmp_path / "runs"
    run = RunFolder.create(name, root)
    assert run.path.parent == root and run.path.is_dir()
    assert ".." not in run.path.name and "/" not in run.path.name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs"]


def test_a_config_name_cannot_climb_out(cli, home: Path, tiny_model_dir: Path,
                                        chat_dataset: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "run.yaml", base_config(
        tiny_model_dir, chat_dataset, name="../../../outside", train={"max_steps": 1}))
    result = cli("train", config, "--json")
    assert result.code == 0, result.err
    run_dir = Path(json.loads(result.out)["run_dir"]).resolve()
    assert run_dir.parent == (home / "runs").resolve() and run_dir.name.endswith("-outside")
    assert not (home.parent.parent / "outside").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "run.yaml"]


def test_export_names_cannot_climb_out(tmp_path: Path) -> None:
    from desktop_ft import jobs

    source = tmp_path / "model"
    source.mkdir()
    for target, precision in (("../../evil", "int4"), ("cpu", "../../evil")):
        with pytest.raises(UserError):
            jobs.export(jobs.ExportRequest(source=source, target=target, precision=precision),
                        lambda e: None, threading.Event())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]
