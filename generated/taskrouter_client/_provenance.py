"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.1.0"
SPEC_SHA256 = "304345b77efcfcc215e5610dff37615916a7293ff268b6a25d51bd5274f7ee59"
SPEC_TITLE = "Twilio TaskRouter Workflows"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
