from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_configuration import WorkflowConfiguration


T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest:
    """The form fields of a Create Workflow request."""

    friendly_name: str
    """ A name for the Workflow, shown in the Console and in events. """
    configuration: str | WorkflowConfiguration
    """ The routing rules of the Workflow: a JSON document (a WorkflowConfiguration) sent as the text of this form
    field. A client may hold it as the text or as the document; either way the wire form is the JSON text. """
    assignment_callback_url: str | Unset = UNSET
    """ The URL TaskRouter calls when a Task of this Workflow is assigned to a Worker. """
    fallback_assignment_callback_url: str | Unset = UNSET
    """ The URL TaskRouter calls when the call to AssignmentCallbackUrl fails. """
    task_reservation_timeout: int | Unset = UNSET
    """ Seconds TaskRouter waits for your application to accept an assignment before it offers the Task elsewhere.
    The server's default is 120. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_configuration import WorkflowConfiguration  # noqa: PLC0415

        friendly_name = self.friendly_name

        configuration: dict[str, Any] | str
        if isinstance(self.configuration, WorkflowConfiguration):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        assignment_callback_url = self.assignment_callback_url

        fallback_assignment_callback_url = self.fallback_assignment_callback_url

        task_reservation_timeout = self.task_reservation_timeout

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FriendlyName": friendly_name,
                "Configuration": configuration,
            }
        )
        if assignment_callback_url is not UNSET:
            field_dict["AssignmentCallbackUrl"] = assignment_callback_url
        if fallback_assignment_callback_url is not UNSET:
            field_dict["FallbackAssignmentCallbackUrl"] = fallback_assignment_callback_url
        if task_reservation_timeout is not UNSET:
            field_dict["TaskReservationTimeout"] = task_reservation_timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_configuration import WorkflowConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        def _parse_configuration(data: object) -> str | WorkflowConfiguration:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_1 = WorkflowConfiguration.from_dict(data)

                return configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | WorkflowConfiguration, data)

        configuration = _parse_configuration(d.pop("Configuration"))

        assignment_callback_url = d.pop("AssignmentCallbackUrl", UNSET)

        fallback_assignment_callback_url = d.pop("FallbackAssignmentCallbackUrl", UNSET)

        task_reservation_timeout = d.pop("TaskReservationTimeout", UNSET)

        create_workflow_request = cls(
            friendly_name=friendly_name,
            configuration=configuration,
            assignment_callback_url=assignment_callback_url,
            fallback_assignment_callback_url=fallback_assignment_callback_url,
            task_reservation_timeout=task_reservation_timeout,
        )

        return create_workflow_request
