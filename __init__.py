"""Not part of the package: this file is only read when Python runs in the folder *above* a
clone named ``framing`` (``import framing`` then finds the clone's folder before the installed
package, and ``framing.load`` would be missing).  It says so on stderr and loads the real
package, ``framing/framing/``, so the import works anyway."""
import importlib.util as _util
import os as _os
import sys as _sys

_inner = _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "framing", "__init__.py")
_sys.stderr.write(f"framing: Python runs in the folder above the framing clone, so `import framing` found the "
                  f"clone's folder {_os.path.dirname(_os.path.abspath(__file__))!r}, not the package; loading "
                  f"{_os.path.dirname(_inner)!r} instead (run Python from another folder to silence this)\n")
_spec = _util.spec_from_file_location("framing", _inner, submodule_search_locations=[_os.path.dirname(_inner)])
_module = _util.module_from_spec(_spec)
_sys.modules["framing"] = _module
_spec.loader.exec_module(_module)
