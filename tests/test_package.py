"""Package-level promises: light import, no torch, no network, documented CLI."""
import subprocess
import sys

import pytest


def _run(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_import_is_light_and_offline():
    out = _run(
        "import socket\n"
        "def refuse(*a, **k): raise RuntimeError('network used at import')\n"
        "socket.socket.connect = refuse\n"
        "import sys, time; t = time.perf_counter(); import framing; dt = time.perf_counter() - t\n"
        "print('torch' in sys.modules, 'pandas' in sys.modules, 'matplotlib' in sys.modules, dt < 5)\n")
    assert out.split() == ["False", "False", "False", "True"]


def test_public_api_loads_without_torch():
    out = _run("import sys, framing\n"
               "framing.load; framing.normalize; framing.Corpus\n"
               "import framing.cli\n"
               "print('torch' in sys.modules)")
    assert out.strip() == "False"


def test_every_public_name_resolves():
    import framing
    for name in framing.__all__:
        assert getattr(framing, name) is not None, name
    with pytest.raises(AttributeError):
        framing.no_such_thing
