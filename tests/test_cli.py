"""The command line: usage errors exit 2 with a reason, no traceback."""

from realpolitik.cli import main


def test_cli_missing_input_path_exits_2_naming_it(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["run", str(missing), "--db", str(tmp_path / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "no such file" in err
    assert "Traceback" not in err


def test_cli_unknown_command_exits_2(capsys):
    assert main(["frobnicate"]) == 2
