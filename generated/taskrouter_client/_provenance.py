"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.0"
SPEC_SHA256 = "f723d22058209fe62ef303fe4715021f50928d99c07d874379d06683f71e9605"
SPEC_TITLE = "Twilio TaskRouter Workflows"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
