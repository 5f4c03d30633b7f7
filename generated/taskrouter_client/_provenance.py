"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.0"
SPEC_SHA256 = "f033cc4aec0b8b33f688f5cf544808424ae7fc018bc123b5e28d0ffd6cea1443"
SPEC_TITLE = "Twilio TaskRouter Workflows"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
