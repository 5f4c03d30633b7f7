"""Contains all the data models used in inputs/outputs"""

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
