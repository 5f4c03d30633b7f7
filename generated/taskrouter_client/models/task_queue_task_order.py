from typing import Literal

TaskQueueTaskOrder = Literal["FIFO", "LIFO"] | str
"""One of the values the spec names (TASK_QUEUE_TASK_ORDER_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

TASK_QUEUE_TASK_ORDER_VALUES: frozenset[str] = frozenset(
    {
        "FIFO",
        "LIFO",
    }
)


def check_task_queue_task_order(value: str) -> TaskQueueTaskOrder:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
