from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta
    from ..models.task_queue import TaskQueue


T = TypeVar("T", bound="TaskQueuePage")


@_attrs_define
class TaskQueuePage:
    """One page of TaskQueue resources."""

    task_queues: list[TaskQueue]
    meta: PageMeta
    """ Where a page sits in its list; next_page_url is null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_queues = []
        for task_queues_item_data in self.task_queues:
            task_queues_item = task_queues_item_data.to_dict()
            task_queues.append(task_queues_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_queues": task_queues,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415
        from ..models.task_queue import TaskQueue  # noqa: PLC0415

        d = dict(src_dict)
        task_queues = []
        _task_queues = d.pop("task_queues")
        for task_queues_item_data in _task_queues:
            task_queues_item = TaskQueue.from_dict(task_queues_item_data)

            task_queues.append(task_queues_item)

        meta = PageMeta.from_dict(d.pop("meta"))

        task_queue_page = cls(
            task_queues=task_queues,
            meta=meta,
        )

        task_queue_page.additional_properties = d
        return task_queue_page

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
