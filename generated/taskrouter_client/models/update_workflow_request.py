from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_configuration import WorkflowConfiguration


T = TypeVar("T", bound="UpdateWorkflowRequest")


@_attrs_define
class UpdateWorkflowRequest:
    """The form fields of an Update Workflow request; only the fields given change."""

    friendly_name: str | Unset = UNSET
    """ A new name for the Workflow. """
    configuration: str | Unset | WorkflowConfiguration = UNSET
    """ New routing rules: a JSON document (a WorkflowConfiguration) sent as the text of this form field, held by a
    client as the text or as the document. """
    assignment_callback_url: str | Unset = UNSET
    """ The URL TaskRouter calls when a Task of this Workflow is assigned to a Worker. """
    fallback_assignment_callback_url: str | Unset = UNSET
    """ The URL TaskRouter calls when the call to AssignmentCallbackUrl fails. """
    task_reservation_timeout: int | Unset = UNSET
    """ Seconds TaskRouter waits for your application to accept an assignment. """
    re_evaluate_tasks: bool | Unset = UNSET
    """ Whether the Workflow's pending Tasks go through the new rules again (sent as `true` or `false`; the API's
    default is false). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_configuration import WorkflowConfiguration  # noqa: PLC0415

        friendly_name = self.friendly_name

        configuration: dict[str, Any] | str | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, WorkflowConfiguration):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        assignment_callback_url = self.assignment_callback_url

        fallback_assignment_callback_url = self.fallback_assignment_callback_url

        task_reservation_timeout = self.task_reservation_timeout

        re_evaluate_tasks = self.re_evaluate_tasks

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if configuration is not UNSET:
            field_dict["Configuration"] = configuration
        if assignment_callback_url is not UNSET:
            field_dict["AssignmentCallbackUrl"] = assignment_callback_url
        if fallback_assignment_callback_url is not UNSET:
            field_dict["FallbackAssignmentCallbackUrl"] = fallback_assignment_callback_url
        if task_reservation_timeout is not UNSET:
            field_dict["TaskReservationTimeout"] = task_reservation_timeout
        if re_evaluate_tasks is not UNSET:
            field_dict["ReEvaluateTasks"] = re_evaluate_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_configuration import WorkflowConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName", UNSET)

        def _parse_configuration(data: object) -> str | Unset | WorkflowConfiguration:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_1 = WorkflowConfiguration.from_dict(data)

                return configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | WorkflowConfiguration, data)

        configuration = _parse_configuration(d.pop("Configuration", UNSET))

        assignment_callback_url = d.pop("AssignmentCallbackUrl", UNSET)

        fallback_assignment_callback_url = d.pop("FallbackAssignmentCallbackUrl", UNSET)

        task_reservation_timeout = d.pop("TaskReservationTimeout", UNSET)

        re_evaluate_tasks = d.pop("ReEvaluateTasks", UNSET)

        update_workflow_request = cls(
            friendly_name=friendly_name,
            configuration=configuration,
            assignment_callback_url=assignment_callback_url,
            fallback_assignment_callback_url=fallback_assignment_callback_url,
            task_reservation_timeout=task_reservation_timeout,
            re_evaluate_tasks=re_evaluate_tasks,
        )

        return update_workflow_request
