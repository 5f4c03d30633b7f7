"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_workflow_request import CreateWorkflowRequest
    from .default_filter import DefaultFilter
    from .page_meta import PageMeta
    from .statistics_object import StatisticsObject
    from .task_routing import TaskRouting
    from .twilio_error import TwilioError
    from .twilio_error_details import TwilioErrorDetails
    from .update_workflow_request import UpdateWorkflowRequest
    from .workflow import Workflow
    from .workflow_configuration import WorkflowConfiguration
    from .workflow_cumulative_statistics import WorkflowCumulativeStatistics
    from .workflow_filter import WorkflowFilter
    from .workflow_links import WorkflowLinks
    from .workflow_page import WorkflowPage
    from .workflow_real_time_statistics import WorkflowRealTimeStatistics
    from .workflow_statistics import WorkflowStatistics
    from .workflow_target import WorkflowTarget

_MODULES = {
    "CreateWorkflowRequest": ".create_workflow_request",
    "DefaultFilter": ".default_filter",
    "PageMeta": ".page_meta",
    "StatisticsObject": ".statistics_object",
    "TaskRouting": ".task_routing",
    "TwilioError": ".twilio_error",
    "TwilioErrorDetails": ".twilio_error_details",
    "UpdateWorkflowRequest": ".update_workflow_request",
    "Workflow": ".workflow",
    "WorkflowConfiguration": ".workflow_configuration",
    "WorkflowCumulativeStatistics": ".workflow_cumulative_statistics",
    "WorkflowFilter": ".workflow_filter",
    "WorkflowLinks": ".workflow_links",
    "WorkflowPage": ".workflow_page",
    "WorkflowRealTimeStatistics": ".workflow_real_time_statistics",
    "WorkflowStatistics": ".workflow_statistics",
    "WorkflowTarget": ".workflow_target",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "CreateWorkflowRequest",
    "DefaultFilter",
    "PageMeta",
    "StatisticsObject",
    "TaskRouting",
    "TwilioError",
    "TwilioErrorDetails",
    "UpdateWorkflowRequest",
    "Workflow",
    "WorkflowConfiguration",
    "WorkflowCumulativeStatistics",
    "WorkflowFilter",
    "WorkflowLinks",
    "WorkflowPage",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
    "WorkflowTarget",
)
