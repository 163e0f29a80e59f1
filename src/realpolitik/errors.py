"""Errors a user can cause, with messages that name the input and the reason."""


class RealpolitikError(Exception):
    """Base of the errors the command line reports without a traceback."""

    exit_code = 1


class UsageError(RealpolitikError):
    """The command was called wrongly (missing path, unknown kind...): exit status 2."""

    exit_code = 2
