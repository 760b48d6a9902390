"""The one error type for requests that cannot be served.

Its message is what the performer reads in the Max or Pd console, so it names the parameter, the
value that was given and what is allowed: "n must be a whole number from 1 to 512, got 0".
"""


class RequestError(Exception):
    """A request that cannot be served; the dispatcher answers it with /error <address> <message>."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
