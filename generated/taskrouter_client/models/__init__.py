"""Contains all the data models used in inputs/outputs"""

from .create_workflow_request import CreateWorkflowRequest
from .page_meta import PageMeta
from .statistics_object import StatisticsObject
from .twilio_error import TwilioError
from .twilio_error_details import TwilioErrorDetails
from .update_workflow_request import UpdateWorkflowRequest
from .workflow import Workflow
from .workflow_cumulative_statistics import WorkflowCumulativeStatistics
from .workflow_links import WorkflowLinks
from .workflow_page import WorkflowPage
from .workflow_real_time_statistics import WorkflowRealTimeStatistics
from .workflow_statistics import WorkflowStatistics

__all__ = (
    "CreateWorkflowRequest",
    "PageMeta",
    "StatisticsObject",
    "TwilioError",
    "TwilioErrorDetails",
    "UpdateWorkflowRequest",
    "Workflow",
    "WorkflowCumulativeStatistics",
    "WorkflowLinks",
    "WorkflowPage",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
)
