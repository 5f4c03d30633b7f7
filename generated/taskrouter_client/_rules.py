"""The rules of every operation's input, from openapi.yaml (by endpoint name). Written by the
generator's post-hook scripts/postgen.py; do not edit."""

from typing import Any

OPERATIONS: dict[str, Any] = {
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
        },
    }
}
