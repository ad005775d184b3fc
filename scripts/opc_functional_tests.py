"""Run openapi-python-client's own functional tests against this project's generator.

    python scripts/opc_functional_tests.py CHECKOUT [PYTEST ARGUMENTS...]

CHECKOUT is a checkout of github.com/openapi-generators/openapi-python-client (the release this
project pins: 0.29.1). Its ``end_to_end_tests/functional_tests`` are copied into a temporary
folder, never into this repository, beside a ``conftest.py`` that re-points them: every
generation they ask for runs ``python -m generator generate --spec ... --allow-warnings`` (in
their process), and the parser of their failure-case tests reads this generator's findings
(``FILE:LINE:COL: warning: ... (#/components/schemas/NAME) ...``) instead of stock's warning
banner. The tests' own assertions are left as written. Prints pytest's summary; the exit status
is pytest's.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("__init__.py", "generated_client.py", "config.yml", "functional_tests")

CONFTEST = """
import contextlib
import io
import re
import sys
from pathlib import Path

sys.path.insert(0, {root!r})

from generator.__main__ import main  # noqa: E402

import end_to_end_tests.generated_client as generated_client  # noqa: E402
import end_to_end_tests.functional_tests.helpers as helpers  # noqa: E402


class Result:
    def __init__(self, exit_code, stdout, stderr):
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.output = stdout + stderr
        self.exception = None if exit_code == 0 else SystemExit(stdout + stderr)


def _run_command(command, extra_args=None, openapi_document=None, url=None, config_path=None,
                 raise_on_error=True):
    extra_args = list(extra_args or [])
    here = Path(generated_client.__file__).parent
    configs = [extra_args[i + 1] for i, a in enumerate(extra_args) if a == "--config"]
    config = configs[-1] if configs else str(config_path or here / "config.yml")
    output = next(extra_args[i + 1] for i, a in enumerate(extra_args) if a == "--output-path")
    argv = ["generate", "--spec", str(here / openapi_document), "--package", "testapi_client",
            "--output", output, "--config", config, "--allow-warnings"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    result = Result(code, out.getvalue(), err.getvalue())
    if code != 0 and raise_on_error:
        raise Exception(result.output)
    return result


generated_client._run_command = _run_command


class _FindingsParser:
    def __init__(self, generated):
        result = generated.generator_result
        assert result.exit_code == 0
        self.output = result.stdout + result.stderr
        assert ": warning: " in self.output, self.output
        self.by_schema = {{}}
        for line in self.output.splitlines():
            for name in re.findall(r"#/components/schemas/(\\w+)", line):
                self.by_schema[name] = self.by_schema.get(name, "") + line + "\\n"


helpers._GeneratorWarningsParser = _FindingsParser
"""


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    source = Path(argv[0]) / "end_to_end_tests"
    if not (source / "functional_tests").is_dir():
        print(f"error: no {source}/functional_tests: give an openapi-python-client checkout", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="opc-functional-") as scratch:
        tests = Path(scratch) / "end_to_end_tests"
        tests.mkdir()
        for name in COPIED:
            copy = shutil.copytree if (source / name).is_dir() else shutil.copy
            copy(source / name, tests / name)
        (tests / "functional_tests" / "__init__.py").touch()
        (Path(scratch) / "conftest.py").write_text(CONFTEST.format(root=str(ROOT)), encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore", *argv[1:]]
        command.append("end_to_end_tests/functional_tests")
        return subprocess.run(command, cwd=scratch, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
