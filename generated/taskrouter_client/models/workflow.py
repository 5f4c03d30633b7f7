from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_links import WorkflowLinks


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A TaskRouter Workflow. Every attribute is present in an answer; all but its identity (sid, account_sid,
    workspace_sid, url) and task_reservation_timeout may be null. Attributes the API adds later are kept.

    """

    account_sid: str
    """ The Account that owns the Workflow. """
    assignment_callback_url: None | str
    """ Called when a Task of this Workflow is assigned to a Worker. """
    configuration: None | str
    """ The routing rules of the Workflow, as a JSON document in a string. """
    date_created: datetime.datetime | None
    """ When the Workflow was created (UTC). """
    date_updated: datetime.datetime | None
    """ When the Workflow was last changed (UTC). """
    document_content_type: None | str
    """ The media type of the configuration document, e.g. application/json. """
    fallback_assignment_callback_url: None | str
    """ Called when the call to assignment_callback_url fails. """
    friendly_name: None | str
    """ The name given to the Workflow. """
    links: None | WorkflowLinks
    """ URLs of resources related to the Workflow. """
    sid: str
    """ The unique identifier of the Workflow. """
    task_reservation_timeout: int
    """ Seconds TaskRouter waits for an assignment to be accepted. """
    url: str
    """ The absolute URL of the Workflow resource. """
    workspace_sid: str
    """ The Workspace that holds the Workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_links import WorkflowLinks  # noqa: PLC0415

        account_sid = self.account_sid

        assignment_callback_url: None | str
        assignment_callback_url = self.assignment_callback_url

        configuration: None | str
        configuration = self.configuration

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str
        if isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        document_content_type: None | str
        document_content_type = self.document_content_type

        fallback_assignment_callback_url: None | str
        fallback_assignment_callback_url = self.fallback_assignment_callback_url

        friendly_name: None | str
        friendly_name = self.friendly_name

        links: dict[str, Any] | None
        if isinstance(self.links, WorkflowLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        sid = self.sid

        task_reservation_timeout = self.task_reservation_timeout

        url = self.url

        workspace_sid = self.workspace_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "assignment_callback_url": assignment_callback_url,
                "configuration": configuration,
                "date_created": date_created,
                "date_updated": date_updated,
                "document_content_type": document_content_type,
                "fallback_assignment_callback_url": fallback_assignment_callback_url,
                "friendly_name": friendly_name,
                "links": links,
                "sid": sid,
                "task_reservation_timeout": task_reservation_timeout,
                "url": url,
                "workspace_sid": workspace_sid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_links import WorkflowLinks  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        assignment_callback_url: None | str = d.pop("assignment_callback_url")

        configuration: None | str = d.pop("configuration")

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_created = _parse_date_created(d.pop("date_created"))

        def _parse_date_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_updated = _parse_date_updated(d.pop("date_updated"))

        document_content_type: None | str = d.pop("document_content_type")

        fallback_assignment_callback_url: None | str = d.pop("fallback_assignment_callback_url")

        friendly_name: None | str = d.pop("friendly_name")

        def _parse_links(data: object) -> None | WorkflowLinks:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = WorkflowLinks.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WorkflowLinks, data)

        links = _parse_links(d.pop("links"))

        sid = d.pop("sid")

        task_reservation_timeout = d.pop("task_reservation_timeout")

        url = d.pop("url")

        workspace_sid = d.pop("workspace_sid")

        workflow = cls(
            account_sid=account_sid,
            assignment_callback_url=assignment_callback_url,
            configuration=configuration,
            date_created=date_created,
            date_updated=date_updated,
            document_content_type=document_content_type,
            fallback_assignment_callback_url=fallback_assignment_callback_url,
            friendly_name=friendly_name,
            links=links,
            sid=sid,
            task_reservation_timeout=task_reservation_timeout,
            url=url,
            workspace_sid=workspace_sid,
        )

        workflow.additional_properties = d
        return workflow

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
