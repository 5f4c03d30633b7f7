from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_object import StatisticsObject


T = TypeVar("T", bound="WorkflowStatistics")


@_attrs_define
class WorkflowStatistics:
    """A Workflow's cumulative and real-time statistics."""

    account_sid: None | str
    """ The Account that owns the Workflow. """
    cumulative: None | StatisticsObject
    """ The cumulative statistics. """
    realtime: None | StatisticsObject
    """ The real-time statistics. """
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

        cumulative: dict[str, Any] | None
        if isinstance(self.cumulative, StatisticsObject):
            cumulative = self.cumulative.to_dict()
        else:
            cumulative = self.cumulative

        realtime: dict[str, Any] | None
        if isinstance(self.realtime, StatisticsObject):
            realtime = self.realtime.to_dict()
        else:
            realtime = self.realtime

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
                "cumulative": cumulative,
                "realtime": realtime,
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

        def _parse_cumulative(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cumulative_type_0 = StatisticsObject.from_dict(data)

                return cumulative_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        cumulative = _parse_cumulative(d.pop("cumulative"))

        def _parse_realtime(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                realtime_type_0 = StatisticsObject.from_dict(data)

                return realtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        realtime = _parse_realtime(d.pop("realtime"))

        workflow_sid: None | str = d.pop("workflow_sid")

        workspace_sid: None | str = d.pop("workspace_sid")

        url: None | str = d.pop("url")

        workflow_statistics = cls(
            account_sid=account_sid,
            cumulative=cumulative,
            realtime=realtime,
            workflow_sid=workflow_sid,
            workspace_sid=workspace_sid,
            url=url,
        )

        workflow_statistics.additional_properties = d
        return workflow_statistics

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
