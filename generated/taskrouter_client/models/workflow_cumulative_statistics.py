from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_object import StatisticsObject


T = TypeVar("T", bound="WorkflowCumulativeStatistics")


@_attrs_define
class WorkflowCumulativeStatistics:
    """What happened to a Workflow's Tasks in an interval."""

    account_sid: None | str
    """ The Account that owns the Workflow. """
    avg_task_acceptance_time: int
    """ Average seconds from a Task's creation to its acceptance. """
    start_time: datetime.datetime | None
    """ The start of the interval. """
    end_time: datetime.datetime | None
    """ The end of the interval. """
    reservations_created: int
    """ Reservations created for Workers. """
    reservations_accepted: int
    """ Reservations accepted. """
    reservations_rejected: int
    """ Reservations rejected. """
    reservations_timed_out: int
    """ Reservations timed out. """
    reservations_canceled: int
    """ Reservations canceled. """
    reservations_rescinded: int
    """ Reservations rescinded. """
    split_by_wait_time: None | StatisticsObject
    """ Counts above and below each SplitByWaitTime threshold, by threshold. """
    wait_duration_until_accepted: None | StatisticsObject
    """ Wait before acceptance (avg, min, max, total). """
    wait_duration_until_canceled: None | StatisticsObject
    """ Wait before cancellation (avg, min, max, total). """
    tasks_canceled: int
    """ Tasks canceled. """
    tasks_completed: int
    """ Tasks completed. """
    tasks_entered: int
    """ Tasks that entered the Workflow. """
    tasks_deleted: int
    """ Tasks deleted. """
    tasks_moved: int
    """ Tasks moved from one queue to another. """
    tasks_timed_out_in_workflow: int
    """ Tasks that timed out of the Workflow (and were deleted). """
    workflow_sid: None | str
    """ The Workflow. """
    workspace_sid: None | str
    """ The Workspace that holds the Workflow. """
    url: None | str
    """ This resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.statistics_object import StatisticsObject  # noqa: PLC0415

        account_sid: None | str
        account_sid = self.account_sid

        avg_task_acceptance_time = self.avg_task_acceptance_time

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        reservations_created = self.reservations_created

        reservations_accepted = self.reservations_accepted

        reservations_rejected = self.reservations_rejected

        reservations_timed_out = self.reservations_timed_out

        reservations_canceled = self.reservations_canceled

        reservations_rescinded = self.reservations_rescinded

        split_by_wait_time: dict[str, Any] | None
        if isinstance(self.split_by_wait_time, StatisticsObject):
            split_by_wait_time = self.split_by_wait_time.to_dict()
        else:
            split_by_wait_time = self.split_by_wait_time

        wait_duration_until_accepted: dict[str, Any] | None
        if isinstance(self.wait_duration_until_accepted, StatisticsObject):
            wait_duration_until_accepted = self.wait_duration_until_accepted.to_dict()
        else:
            wait_duration_until_accepted = self.wait_duration_until_accepted

        wait_duration_until_canceled: dict[str, Any] | None
        if isinstance(self.wait_duration_until_canceled, StatisticsObject):
            wait_duration_until_canceled = self.wait_duration_until_canceled.to_dict()
        else:
            wait_duration_until_canceled = self.wait_duration_until_canceled

        tasks_canceled = self.tasks_canceled

        tasks_completed = self.tasks_completed

        tasks_entered = self.tasks_entered

        tasks_deleted = self.tasks_deleted

        tasks_moved = self.tasks_moved

        tasks_timed_out_in_workflow = self.tasks_timed_out_in_workflow

        workflow_sid: None | str
        workflow_sid = self.workflow_sid

        workspace_sid: None | str
        workspace_sid = self.workspace_sid

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "avg_task_acceptance_time": avg_task_acceptance_time,
                "start_time": start_time,
                "end_time": end_time,
                "reservations_created": reservations_created,
                "reservations_accepted": reservations_accepted,
                "reservations_rejected": reservations_rejected,
                "reservations_timed_out": reservations_timed_out,
                "reservations_canceled": reservations_canceled,
                "reservations_rescinded": reservations_rescinded,
                "split_by_wait_time": split_by_wait_time,
                "wait_duration_until_accepted": wait_duration_until_accepted,
                "wait_duration_until_canceled": wait_duration_until_canceled,
                "tasks_canceled": tasks_canceled,
                "tasks_completed": tasks_completed,
                "tasks_entered": tasks_entered,
                "tasks_deleted": tasks_deleted,
                "tasks_moved": tasks_moved,
                "tasks_timed_out_in_workflow": tasks_timed_out_in_workflow,
                "workflow_sid": workflow_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_object import StatisticsObject  # noqa: PLC0415

        d = dict(src_dict)
        account_sid: None | str = d.pop("account_sid")

        avg_task_acceptance_time = d.pop("avg_task_acceptance_time")

        def _parse_start_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_time = _parse_start_time(d.pop("start_time"))

        def _parse_end_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_time = _parse_end_time(d.pop("end_time"))

        reservations_created = d.pop("reservations_created")

        reservations_accepted = d.pop("reservations_accepted")

        reservations_rejected = d.pop("reservations_rejected")

        reservations_timed_out = d.pop("reservations_timed_out")

        reservations_canceled = d.pop("reservations_canceled")

        reservations_rescinded = d.pop("reservations_rescinded")

        def _parse_split_by_wait_time(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                split_by_wait_time_type_0 = StatisticsObject.from_dict(data)

                return split_by_wait_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        split_by_wait_time = _parse_split_by_wait_time(d.pop("split_by_wait_time"))

        def _parse_wait_duration_until_accepted(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wait_duration_until_accepted_type_0 = StatisticsObject.from_dict(data)

                return wait_duration_until_accepted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        wait_duration_until_accepted = _parse_wait_duration_until_accepted(d.pop("wait_duration_until_accepted"))

        def _parse_wait_duration_until_canceled(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                wait_duration_until_canceled_type_0 = StatisticsObject.from_dict(data)

                return wait_duration_until_canceled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        wait_duration_until_canceled = _parse_wait_duration_until_canceled(d.pop("wait_duration_until_canceled"))

        tasks_canceled = d.pop("tasks_canceled")

        tasks_completed = d.pop("tasks_completed")

        tasks_entered = d.pop("tasks_entered")

        tasks_deleted = d.pop("tasks_deleted")

        tasks_moved = d.pop("tasks_moved")

        tasks_timed_out_in_workflow = d.pop("tasks_timed_out_in_workflow")

        workflow_sid: None | str = d.pop("workflow_sid")

        workspace_sid: None | str = d.pop("workspace_sid")

        url: None | str = d.pop("url")

        workflow_cumulative_statistics = cls(
            account_sid=account_sid,
            avg_task_acceptance_time=avg_task_acceptance_time,
            start_time=start_time,
            end_time=end_time,
            reservations_created=reservations_created,
            reservations_accepted=reservations_accepted,
            reservations_rejected=reservations_rejected,
            reservations_timed_out=reservations_timed_out,
            reservations_canceled=reservations_canceled,
            reservations_rescinded=reservations_rescinded,
            split_by_wait_time=split_by_wait_time,
            wait_duration_until_accepted=wait_duration_until_accepted,
            wait_duration_until_canceled=wait_duration_until_canceled,
            tasks_canceled=tasks_canceled,
            tasks_completed=tasks_completed,
            tasks_entered=tasks_entered,
            tasks_deleted=tasks_deleted,
            tasks_moved=tasks_moved,
            tasks_timed_out_in_workflow=tasks_timed_out_in_workflow,
            workflow_sid=workflow_sid,
            workspace_sid=workspace_sid,
            url=url,
        )

        workflow_cumulative_statistics.additional_properties = d
        return workflow_cumulative_statistics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
