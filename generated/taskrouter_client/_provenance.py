"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.1.0"
SPEC_SHA256 = "0b47482687ca0bf171789a55752482372abd4023b194465e63a1438617cd941c"
SPEC_TITLE = "Twilio TaskRouter Workflows"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
