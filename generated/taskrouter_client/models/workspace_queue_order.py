from typing import Literal

WorkspaceQueueOrder = Literal["FIFO", "LIFO"] | str
"""One of the values the spec names (WORKSPACE_QUEUE_ORDER_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

WORKSPACE_QUEUE_ORDER_VALUES: frozenset[str] = frozenset(
    {
        "FIFO",
        "LIFO",
    }
)


def check_workspace_queue_order(value: str) -> WorkspaceQueueOrder:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
