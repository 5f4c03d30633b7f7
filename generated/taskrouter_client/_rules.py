"""The rules of every operation's input, from openapi.yaml (by endpoint name). Written by the
generator's post-hook scripts/postgen.py; do not edit."""

from typing import Any

OPERATIONS: dict[str, Any] = {
    "list_workflow": {
        "operation_id": "ListWorkflow",
        "method": "GET",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            }
        },
        "query": {
            "FriendlyName": {"required": False, "type": ("string",)},
            "PageSize": {"required": False, "type": ("integer",), "minimum": 1, "maximum": 1000},
            "Page": {"required": False, "type": ("integer",), "minimum": 0},
            "PageToken": {"required": False, "type": ("string",)},
        },
        "header": {},
        "body": None,
    },
    "create_workflow": {
        "operation_id": "CreateWorkflow",
        "method": "POST",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            }
        },
        "query": {},
        "header": {},
        "body": {
            "content_type": "application/x-www-form-urlencoded",
            "required": True,
            "closed": True,
            "fields": {
                "FriendlyName": {"required": True, "type": ("string",), "minLength": 1},
                "Configuration": {
                    "required": True,
                    "type": ("string",),
                    "minLength": 1,
                    "contentMediaType": "application/json",
                    "contentSchema": {
                        "required": True,
                        "type": ("object",),
                        "properties": {
                            "task_routing": {
                                "required": True,
                                "type": ("object",),
                                "properties": {
                                    "filters": {
                                        "required": False,
                                        "type": ("array",),
                                        "items": {
                                            "required": True,
                                            "type": ("object",),
                                            "properties": {
                                                "filter_friendly_name": {"required": False, "type": ("string",)},
                                                "expression": {"required": True, "type": ("string",)},
                                                "targets": {
                                                    "required": True,
                                                    "type": ("array",),
                                                    "minItems": 1,
                                                    "items": {
                                                        "required": True,
                                                        "type": ("object",),
                                                        "properties": {
                                                            "queue": {
                                                                "required": True,
                                                                "type": ("string",),
                                                                "minLength": 34,
                                                                "maxLength": 34,
                                                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                                                            },
                                                            "expression": {"required": False, "type": ("string",)},
                                                            "priority": {
                                                                "required": False,
                                                                "type": ("integer",),
                                                                "minimum": 0,
                                                            },
                                                            "timeout": {
                                                                "required": False,
                                                                "type": ("integer",),
                                                                "minimum": 0,
                                                            },
                                                            "order_by": {"required": False, "type": ("string",)},
                                                            "skip_if": {"required": False, "type": ("string",)},
                                                            "known_worker_sid": {
                                                                "required": False,
                                                                "type": ("string",),
                                                            },
                                                            "known_worker_friendly_name": {
                                                                "required": False,
                                                                "type": ("string",),
                                                            },
                                                        },
                                                        "closed": False,
                                                        "not": {
                                                            "required": True,
                                                            "type": ("object",),
                                                            "properties": {
                                                                "known_worker_sid": {
                                                                    "required": True,
                                                                    "type": ("string",),
                                                                },
                                                                "known_worker_friendly_name": {
                                                                    "required": True,
                                                                    "type": ("string",),
                                                                },
                                                            },
                                                            "closed": False,
                                                        },
                                                    },
                                                },
                                            },
                                            "closed": False,
                                        },
                                    },
                                    "default_filter": {
                                        "required": True,
                                        "type": ("object",),
                                        "properties": {
                                            "queue": {
                                                "required": True,
                                                "type": ("string",),
                                                "minLength": 34,
                                                "maxLength": 34,
                                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                                            }
                                        },
                                        "closed": False,
                                    },
                                },
                                "closed": False,
                            }
                        },
                        "closed": False,
                    },
                },
                "AssignmentCallbackUrl": {
                    "required": False,
                    "type": ("string",),
                    "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
                    "format": "uri",
                },
                "FallbackAssignmentCallbackUrl": {
                    "required": False,
                    "type": ("string",),
                    "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
                    "format": "uri",
                },
                "TaskReservationTimeout": {"required": False, "type": ("integer",), "minimum": 1, "maximum": 86400},
            },
            "attributes": {
                "friendly_name": "FriendlyName",
                "configuration": "Configuration",
                "assignment_callback_url": "AssignmentCallbackUrl",
                "fallback_assignment_callback_url": "FallbackAssignmentCallbackUrl",
                "task_reservation_timeout": "TaskReservationTimeout",
            },
        },
    },
    "fetch_workflow": {
        "operation_id": "FetchWorkflow",
        "method": "GET",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "Sid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {},
        "header": {},
        "body": None,
    },
    "update_workflow": {
        "operation_id": "UpdateWorkflow",
        "method": "POST",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "Sid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {},
        "header": {},
        "body": {
            "content_type": "application/x-www-form-urlencoded",
            "required": True,
            "closed": True,
            "fields": {
                "FriendlyName": {"required": False, "type": ("string",), "minLength": 1},
                "Configuration": {
                    "required": False,
                    "type": ("string",),
                    "minLength": 1,
                    "contentMediaType": "application/json",
                    "contentSchema": {
                        "required": True,
                        "type": ("object",),
                        "properties": {
                            "task_routing": {
                                "required": True,
                                "type": ("object",),
                                "properties": {
                                    "filters": {
                                        "required": False,
                                        "type": ("array",),
                                        "items": {
                                            "required": True,
                                            "type": ("object",),
                                            "properties": {
                                                "filter_friendly_name": {"required": False, "type": ("string",)},
                                                "expression": {"required": True, "type": ("string",)},
                                                "targets": {
                                                    "required": True,
                                                    "type": ("array",),
                                                    "minItems": 1,
                                                    "items": {
                                                        "required": True,
                                                        "type": ("object",),
                                                        "properties": {
                                                            "queue": {
                                                                "required": True,
                                                                "type": ("string",),
                                                                "minLength": 34,
                                                                "maxLength": 34,
                                                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                                                            },
                                                            "expression": {"required": False, "type": ("string",)},
                                                            "priority": {
                                                                "required": False,
                                                                "type": ("integer",),
                                                                "minimum": 0,
                                                            },
                                                            "timeout": {
                                                                "required": False,
                                                                "type": ("integer",),
                                                                "minimum": 0,
                                                            },
                                                            "order_by": {"required": False, "type": ("string",)},
                                                            "skip_if": {"required": False, "type": ("string",)},
                                                            "known_worker_sid": {
                                                                "required": False,
                                                                "type": ("string",),
                                                            },
                                                            "known_worker_friendly_name": {
                                                                "required": False,
                                                                "type": ("string",),
                                                            },
                                                        },
                                                        "closed": False,
                                                        "not": {
                                                            "required": True,
                                                            "type": ("object",),
                                                            "properties": {
                                                                "known_worker_sid": {
                                                                    "required": True,
                                                                    "type": ("string",),
                                                                },
                                                                "known_worker_friendly_name": {
                                                                    "required": True,
                                                                    "type": ("string",),
                                                                },
                                                            },
                                                            "closed": False,
                                                        },
                                                    },
                                                },
                                            },
                                            "closed": False,
                                        },
                                    },
                                    "default_filter": {
                                        "required": True,
                                        "type": ("object",),
                                        "properties": {
                                            "queue": {
                                                "required": True,
                                                "type": ("string",),
                                                "minLength": 34,
                                                "maxLength": 34,
                                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                                            }
                                        },
                                        "closed": False,
                                    },
                                },
                                "closed": False,
                            }
                        },
                        "closed": False,
                    },
                },
                "AssignmentCallbackUrl": {
                    "required": False,
                    "type": ("string",),
                    "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
                    "format": "uri",
                },
                "FallbackAssignmentCallbackUrl": {
                    "required": False,
                    "type": ("string",),
                    "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+[^\\s]*$",
                    "format": "uri",
                },
                "TaskReservationTimeout": {"required": False, "type": ("integer",), "minimum": 1, "maximum": 86400},
                "ReEvaluateTasks": {"required": False, "type": ("boolean",)},
            },
            "attributes": {
                "friendly_name": "FriendlyName",
                "configuration": "Configuration",
                "assignment_callback_url": "AssignmentCallbackUrl",
                "fallback_assignment_callback_url": "FallbackAssignmentCallbackUrl",
                "task_reservation_timeout": "TaskReservationTimeout",
                "re_evaluate_tasks": "ReEvaluateTasks",
            },
        },
    },
    "delete_workflow": {
        "operation_id": "DeleteWorkflow",
        "method": "DELETE",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{Sid}",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "Sid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {},
        "header": {},
        "body": None,
    },
    "fetch_workflow_statistics": {
        "operation_id": "FetchWorkflowStatistics",
        "method": "GET",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/Statistics",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "WorkflowSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {
            "Minutes": {"required": False, "type": ("integer",), "minimum": 1},
            "StartDate": {"required": False, "type": ("string",), "format": "date-time"},
            "EndDate": {"required": False, "type": ("string",), "format": "date-time"},
            "TaskChannel": {"required": False, "type": ("string",), "minLength": 1},
            "SplitByWaitTime": {"required": False, "type": ("string",), "pattern": "^[0-9]+(,[0-9]+)*$"},
        },
        "header": {},
        "body": None,
    },
    "fetch_workflow_real_time_statistics": {
        "operation_id": "FetchWorkflowRealTimeStatistics",
        "method": "GET",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/RealTimeStatistics",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "WorkflowSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {"TaskChannel": {"required": False, "type": ("string",), "minLength": 1}},
        "header": {},
        "body": None,
    },
    "fetch_workflow_cumulative_statistics": {
        "operation_id": "FetchWorkflowCumulativeStatistics",
        "method": "GET",
        "route": "/v1/Workspaces/{WorkspaceSid}/Workflows/{WorkflowSid}/CumulativeStatistics",
        "path": {
            "WorkspaceSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WS[0-9a-fA-F]{32}$",
            },
            "WorkflowSid": {
                "required": True,
                "type": ("string",),
                "minLength": 34,
                "maxLength": 34,
                "pattern": "^WW[0-9a-fA-F]{32}$",
            },
        },
        "query": {
            "EndDate": {"required": False, "type": ("string",), "format": "date-time"},
            "Minutes": {"required": False, "type": ("integer",), "minimum": 1},
            "StartDate": {"required": False, "type": ("string",), "format": "date-time"},
            "TaskChannel": {"required": False, "type": ("string",), "minLength": 1},
            "SplitByWaitTime": {"required": False, "type": ("string",), "pattern": "^[0-9]+(,[0-9]+)*$"},
        },
        "header": {},
        "body": None,
    },
}
DOCUMENTS: dict[str, Any] = {
    "WorkflowConfiguration": {
        "required": True,
        "type": ("object",),
        "properties": {
            "task_routing": {
                "required": True,
                "type": ("object",),
                "properties": {
                    "filters": {
                        "required": False,
                        "type": ("array",),
                        "items": {
                            "required": True,
                            "type": ("object",),
                            "properties": {
                                "filter_friendly_name": {"required": False, "type": ("string",)},
                                "expression": {"required": True, "type": ("string",)},
                                "targets": {
                                    "required": True,
                                    "type": ("array",),
                                    "minItems": 1,
                                    "items": {
                                        "required": True,
                                        "type": ("object",),
                                        "properties": {
                                            "queue": {
                                                "required": True,
                                                "type": ("string",),
                                                "minLength": 34,
                                                "maxLength": 34,
                                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                                            },
                                            "expression": {"required": False, "type": ("string",)},
                                            "priority": {"required": False, "type": ("integer",), "minimum": 0},
                                            "timeout": {"required": False, "type": ("integer",), "minimum": 0},
                                            "order_by": {"required": False, "type": ("string",)},
                                            "skip_if": {"required": False, "type": ("string",)},
                                            "known_worker_sid": {"required": False, "type": ("string",)},
                                            "known_worker_friendly_name": {"required": False, "type": ("string",)},
                                        },
                                        "closed": False,
                                        "not": {
                                            "required": True,
                                            "type": ("object",),
                                            "properties": {
                                                "known_worker_sid": {"required": True, "type": ("string",)},
                                                "known_worker_friendly_name": {"required": True, "type": ("string",)},
                                            },
                                            "closed": False,
                                        },
                                    },
                                },
                            },
                            "closed": False,
                        },
                    },
                    "default_filter": {
                        "required": True,
                        "type": ("object",),
                        "properties": {
                            "queue": {
                                "required": True,
                                "type": ("string",),
                                "minLength": 34,
                                "maxLength": 34,
                                "pattern": "^WQ[0-9a-fA-F]{32}$",
                            }
                        },
                        "closed": False,
                    },
                },
                "closed": False,
            }
        },
        "closed": False,
    }
}
