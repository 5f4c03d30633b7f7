"""Contains all the data models used in inputs/outputs"""

from .create_workflow_request import CreateWorkflowRequest
from .twilio_error import TwilioError
from .twilio_error_details import TwilioErrorDetails
from .workflow import Workflow
from .workflow_links import WorkflowLinks

__all__ = (
    "CreateWorkflowRequest",
    "TwilioError",
    "TwilioErrorDetails",
    "Workflow",
    "WorkflowLinks",
)
