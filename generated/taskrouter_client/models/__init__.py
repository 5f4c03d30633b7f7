"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity import Activity
    from .activity_links_type_0 import ActivityLinksType0
    from .activity_page import ActivityPage
    from .create_activity_request import CreateActivityRequest
    from .create_task_channel_request import CreateTaskChannelRequest
    from .create_task_queue_bulk_real_time_statistics_request import CreateTaskQueueBulkRealTimeStatisticsRequest
    from .create_task_queue_request import CreateTaskQueueRequest
    from .create_task_request import CreateTaskRequest
    from .create_worker_request import CreateWorkerRequest
    from .create_workflow_request import CreateWorkflowRequest
    from .create_workspace_request import CreateWorkspaceRequest
    from .default_filter import DefaultFilter
    from .event import Event
    from .event_page import EventPage
    from .page_meta import PageMeta
    from .statistics_object import StatisticsObject
    from .task import Task
    from .task_channel import TaskChannel
    from .task_channel_links_type_0 import TaskChannelLinksType0
    from .task_channel_page import TaskChannelPage
    from .task_links_type_0 import TaskLinksType0
    from .task_page import TaskPage
    from .task_queue import TaskQueue
    from .task_queue_bulk_real_time_statistics import TaskQueueBulkRealTimeStatistics
    from .task_queue_cumulative_statistics import TaskQueueCumulativeStatistics
    from .task_queue_links_type_0 import TaskQueueLinksType0
    from .task_queue_page import TaskQueuePage
    from .task_queue_real_time_statistics import TaskQueueRealTimeStatistics
    from .task_queue_statistics import TaskQueueStatistics
    from .task_queue_task_order import TaskQueueTaskOrder
    from .task_queues_statistics import TaskQueuesStatistics
    from .task_queues_statistics_page import TaskQueuesStatisticsPage
    from .task_reservation import TaskReservation
    from .task_reservation_call_status import TaskReservationCallStatus
    from .task_reservation_conference_event import TaskReservationConferenceEvent
    from .task_reservation_links_type_0 import TaskReservationLinksType0
    from .task_reservation_page import TaskReservationPage
    from .task_reservation_status import TaskReservationStatus
    from .task_reservation_supervisor_mode import TaskReservationSupervisorMode
    from .task_routing import TaskRouting
    from .task_status import TaskStatus
    from .twilio_error import TwilioError
    from .twilio_error_details import TwilioErrorDetails
    from .update_activity_request import UpdateActivityRequest
    from .update_task_channel_request import UpdateTaskChannelRequest
    from .update_task_queue_request import UpdateTaskQueueRequest
    from .update_task_request import UpdateTaskRequest
    from .update_task_reservation_request import UpdateTaskReservationRequest
    from .update_task_reservation_request_conference_recording_status_callback_method import (
        UpdateTaskReservationRequestConferenceRecordingStatusCallbackMethod,
    )
    from .update_task_reservation_request_conference_status_callback_method import (
        UpdateTaskReservationRequestConferenceStatusCallbackMethod,
    )
    from .update_task_reservation_request_recording_status_callback_method import (
        UpdateTaskReservationRequestRecordingStatusCallbackMethod,
    )
    from .update_task_reservation_request_status_callback_method import UpdateTaskReservationRequestStatusCallbackMethod
    from .update_task_reservation_request_wait_method import UpdateTaskReservationRequestWaitMethod
    from .update_worker_channel_request import UpdateWorkerChannelRequest
    from .update_worker_request import UpdateWorkerRequest
    from .update_worker_reservation_request import UpdateWorkerReservationRequest
    from .update_worker_reservation_request_conference_recording_status_callback_method import (
        UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod,
    )
    from .update_worker_reservation_request_conference_status_callback_method import (
        UpdateWorkerReservationRequestConferenceStatusCallbackMethod,
    )
    from .update_worker_reservation_request_recording_status_callback_method import (
        UpdateWorkerReservationRequestRecordingStatusCallbackMethod,
    )
    from .update_worker_reservation_request_status_callback_method import (
        UpdateWorkerReservationRequestStatusCallbackMethod,
    )
    from .update_worker_reservation_request_wait_method import UpdateWorkerReservationRequestWaitMethod
    from .update_workflow_request import UpdateWorkflowRequest
    from .update_workspace_request import UpdateWorkspaceRequest
    from .worker import Worker
    from .worker_channel import WorkerChannel
    from .worker_channel_page import WorkerChannelPage
    from .worker_instance_statistics import WorkerInstanceStatistics
    from .worker_links_type_0 import WorkerLinksType0
    from .worker_page import WorkerPage
    from .worker_reservation import WorkerReservation
    from .worker_reservation_call_status import WorkerReservationCallStatus
    from .worker_reservation_conference_event import WorkerReservationConferenceEvent
    from .worker_reservation_links_type_0 import WorkerReservationLinksType0
    from .worker_reservation_page import WorkerReservationPage
    from .worker_reservation_status import WorkerReservationStatus
    from .worker_statistics import WorkerStatistics
    from .workers_cumulative_statistics import WorkersCumulativeStatistics
    from .workers_real_time_statistics import WorkersRealTimeStatistics
    from .workflow import Workflow
    from .workflow_configuration import WorkflowConfiguration
    from .workflow_cumulative_statistics import WorkflowCumulativeStatistics
    from .workflow_filter import WorkflowFilter
    from .workflow_links import WorkflowLinks
    from .workflow_page import WorkflowPage
    from .workflow_real_time_statistics import WorkflowRealTimeStatistics
    from .workflow_statistics import WorkflowStatistics
    from .workflow_target import WorkflowTarget
    from .workspace import Workspace
    from .workspace_cumulative_statistics import WorkspaceCumulativeStatistics
    from .workspace_links_type_0 import WorkspaceLinksType0
    from .workspace_page import WorkspacePage
    from .workspace_queue_order import WorkspaceQueueOrder
    from .workspace_real_time_statistics import WorkspaceRealTimeStatistics
    from .workspace_statistics import WorkspaceStatistics

_MODULES = {
    "Activity": ".activity",
    "ActivityLinksType0": ".activity_links_type_0",
    "ActivityPage": ".activity_page",
    "CreateActivityRequest": ".create_activity_request",
    "CreateTaskChannelRequest": ".create_task_channel_request",
    "CreateTaskQueueBulkRealTimeStatisticsRequest": ".create_task_queue_bulk_real_time_statistics_request",
    "CreateTaskQueueRequest": ".create_task_queue_request",
    "CreateTaskRequest": ".create_task_request",
    "CreateWorkerRequest": ".create_worker_request",
    "CreateWorkflowRequest": ".create_workflow_request",
    "CreateWorkspaceRequest": ".create_workspace_request",
    "DefaultFilter": ".default_filter",
    "Event": ".event",
    "EventPage": ".event_page",
    "PageMeta": ".page_meta",
    "StatisticsObject": ".statistics_object",
    "Task": ".task",
    "TaskChannel": ".task_channel",
    "TaskChannelLinksType0": ".task_channel_links_type_0",
    "TaskChannelPage": ".task_channel_page",
    "TaskLinksType0": ".task_links_type_0",
    "TaskPage": ".task_page",
    "TaskQueue": ".task_queue",
    "TaskQueueBulkRealTimeStatistics": ".task_queue_bulk_real_time_statistics",
    "TaskQueueCumulativeStatistics": ".task_queue_cumulative_statistics",
    "TaskQueueLinksType0": ".task_queue_links_type_0",
    "TaskQueuePage": ".task_queue_page",
    "TaskQueueRealTimeStatistics": ".task_queue_real_time_statistics",
    "TaskQueueStatistics": ".task_queue_statistics",
    "TaskQueueTaskOrder": ".task_queue_task_order",
    "TaskQueuesStatistics": ".task_queues_statistics",
    "TaskQueuesStatisticsPage": ".task_queues_statistics_page",
    "TaskReservation": ".task_reservation",
    "TaskReservationCallStatus": ".task_reservation_call_status",
    "TaskReservationConferenceEvent": ".task_reservation_conference_event",
    "TaskReservationLinksType0": ".task_reservation_links_type_0",
    "TaskReservationPage": ".task_reservation_page",
    "TaskReservationStatus": ".task_reservation_status",
    "TaskReservationSupervisorMode": ".task_reservation_supervisor_mode",
    "TaskRouting": ".task_routing",
    "TaskStatus": ".task_status",
    "TwilioError": ".twilio_error",
    "TwilioErrorDetails": ".twilio_error_details",
    "UpdateActivityRequest": ".update_activity_request",
    "UpdateTaskChannelRequest": ".update_task_channel_request",
    "UpdateTaskQueueRequest": ".update_task_queue_request",
    "UpdateTaskRequest": ".update_task_request",
    "UpdateTaskReservationRequest": ".update_task_reservation_request",
    "UpdateTaskReservationRequestConferenceRecordingStatusCallbackMethod": ".update_task_reservation_request_conference_recording_status_callback_method",
    "UpdateTaskReservationRequestConferenceStatusCallbackMethod": ".update_task_reservation_request_conference_status_callback_method",
    "UpdateTaskReservationRequestRecordingStatusCallbackMethod": ".update_task_reservation_request_recording_status_callback_method",
    "UpdateTaskReservationRequestStatusCallbackMethod": ".update_task_reservation_request_status_callback_method",
    "UpdateTaskReservationRequestWaitMethod": ".update_task_reservation_request_wait_method",
    "UpdateWorkerChannelRequest": ".update_worker_channel_request",
    "UpdateWorkerRequest": ".update_worker_request",
    "UpdateWorkerReservationRequest": ".update_worker_reservation_request",
    "UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod": ".update_worker_reservation_request_conference_recording_status_callback_method",
    "UpdateWorkerReservationRequestConferenceStatusCallbackMethod": ".update_worker_reservation_request_conference_status_callback_method",
    "UpdateWorkerReservationRequestRecordingStatusCallbackMethod": ".update_worker_reservation_request_recording_status_callback_method",
    "UpdateWorkerReservationRequestStatusCallbackMethod": ".update_worker_reservation_request_status_callback_method",
    "UpdateWorkerReservationRequestWaitMethod": ".update_worker_reservation_request_wait_method",
    "UpdateWorkflowRequest": ".update_workflow_request",
    "UpdateWorkspaceRequest": ".update_workspace_request",
    "Worker": ".worker",
    "WorkerChannel": ".worker_channel",
    "WorkerChannelPage": ".worker_channel_page",
    "WorkerInstanceStatistics": ".worker_instance_statistics",
    "WorkerLinksType0": ".worker_links_type_0",
    "WorkerPage": ".worker_page",
    "WorkerReservation": ".worker_reservation",
    "WorkerReservationCallStatus": ".worker_reservation_call_status",
    "WorkerReservationConferenceEvent": ".worker_reservation_conference_event",
    "WorkerReservationLinksType0": ".worker_reservation_links_type_0",
    "WorkerReservationPage": ".worker_reservation_page",
    "WorkerReservationStatus": ".worker_reservation_status",
    "WorkerStatistics": ".worker_statistics",
    "WorkersCumulativeStatistics": ".workers_cumulative_statistics",
    "WorkersRealTimeStatistics": ".workers_real_time_statistics",
    "Workflow": ".workflow",
    "WorkflowConfiguration": ".workflow_configuration",
    "WorkflowCumulativeStatistics": ".workflow_cumulative_statistics",
    "WorkflowFilter": ".workflow_filter",
    "WorkflowLinks": ".workflow_links",
    "WorkflowPage": ".workflow_page",
    "WorkflowRealTimeStatistics": ".workflow_real_time_statistics",
    "WorkflowStatistics": ".workflow_statistics",
    "WorkflowTarget": ".workflow_target",
    "Workspace": ".workspace",
    "WorkspaceCumulativeStatistics": ".workspace_cumulative_statistics",
    "WorkspaceLinksType0": ".workspace_links_type_0",
    "WorkspacePage": ".workspace_page",
    "WorkspaceQueueOrder": ".workspace_queue_order",
    "WorkspaceRealTimeStatistics": ".workspace_real_time_statistics",
    "WorkspaceStatistics": ".workspace_statistics",
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
    "Activity",
    "ActivityLinksType0",
    "ActivityPage",
    "CreateActivityRequest",
    "CreateTaskChannelRequest",
    "CreateTaskQueueBulkRealTimeStatisticsRequest",
    "CreateTaskQueueRequest",
    "CreateTaskRequest",
    "CreateWorkerRequest",
    "CreateWorkflowRequest",
    "CreateWorkspaceRequest",
    "DefaultFilter",
    "Event",
    "EventPage",
    "PageMeta",
    "StatisticsObject",
    "Task",
    "TaskChannel",
    "TaskChannelLinksType0",
    "TaskChannelPage",
    "TaskLinksType0",
    "TaskPage",
    "TaskQueue",
    "TaskQueueBulkRealTimeStatistics",
    "TaskQueueCumulativeStatistics",
    "TaskQueueLinksType0",
    "TaskQueuePage",
    "TaskQueueRealTimeStatistics",
    "TaskQueuesStatistics",
    "TaskQueuesStatisticsPage",
    "TaskQueueStatistics",
    "TaskQueueTaskOrder",
    "TaskReservation",
    "TaskReservationCallStatus",
    "TaskReservationConferenceEvent",
    "TaskReservationLinksType0",
    "TaskReservationPage",
    "TaskReservationStatus",
    "TaskReservationSupervisorMode",
    "TaskRouting",
    "TaskStatus",
    "TwilioError",
    "TwilioErrorDetails",
    "UpdateActivityRequest",
    "UpdateTaskChannelRequest",
    "UpdateTaskQueueRequest",
    "UpdateTaskRequest",
    "UpdateTaskReservationRequest",
    "UpdateTaskReservationRequestConferenceRecordingStatusCallbackMethod",
    "UpdateTaskReservationRequestConferenceStatusCallbackMethod",
    "UpdateTaskReservationRequestRecordingStatusCallbackMethod",
    "UpdateTaskReservationRequestStatusCallbackMethod",
    "UpdateTaskReservationRequestWaitMethod",
    "UpdateWorkerChannelRequest",
    "UpdateWorkerRequest",
    "UpdateWorkerReservationRequest",
    "UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod",
    "UpdateWorkerReservationRequestConferenceStatusCallbackMethod",
    "UpdateWorkerReservationRequestRecordingStatusCallbackMethod",
    "UpdateWorkerReservationRequestStatusCallbackMethod",
    "UpdateWorkerReservationRequestWaitMethod",
    "UpdateWorkflowRequest",
    "UpdateWorkspaceRequest",
    "Worker",
    "WorkerChannel",
    "WorkerChannelPage",
    "WorkerInstanceStatistics",
    "WorkerLinksType0",
    "WorkerPage",
    "WorkerReservation",
    "WorkerReservationCallStatus",
    "WorkerReservationConferenceEvent",
    "WorkerReservationLinksType0",
    "WorkerReservationPage",
    "WorkerReservationStatus",
    "WorkersCumulativeStatistics",
    "WorkersRealTimeStatistics",
    "WorkerStatistics",
    "Workflow",
    "WorkflowConfiguration",
    "WorkflowCumulativeStatistics",
    "WorkflowFilter",
    "WorkflowLinks",
    "WorkflowPage",
    "WorkflowRealTimeStatistics",
    "WorkflowStatistics",
    "WorkflowTarget",
    "Workspace",
    "WorkspaceCumulativeStatistics",
    "WorkspaceLinksType0",
    "WorkspacePage",
    "WorkspaceQueueOrder",
    "WorkspaceRealTimeStatistics",
    "WorkspaceStatistics",
)
