"""Request samples (curl commands, raw HTTP requests): the endpoint each calls, and the JSON body it
sends at the page lines it is printed on; bodies that are not JSON are left alone."""

from __future__ import annotations

import pytest

from generator.sources.examples import parse_example
from generator.sources.samples import request_samples

SWAGGER_UI = """curl -X 'POST' \\
  'https://api.example.com/v1/rooms?draft=1' \\
  -H 'accept: application/json' \\
  -H 'Content-Type: application/json' \\
  -d '{
  "name": "demo",
  "size": 2
}'
echo done
"""


def test_a_curl_body_keeps_the_page_lines_of_its_keys() -> None:
    (sample,) = request_samples(SWAGGER_UI, first_line=10)
    assert (sample.kind, sample.line, sample.last_line, sample.method, sample.path) == (
        "curl sample",
        10,
        17,
        "POST",
        "/v1/rooms",
    )
    assert sample.body is not None
    example = parse_example(sample.body)
    assert (example.line, example.value) == (14, {"name": "demo", "size": 2})
    assert (example.lines[("name",)], example.lines[("size",)]) == (15, 16)


BODIES = {
    "--data": ("curl --data '{\"a\": 1}' https://x.example/v1/a", "POST", {"a": 1}),
    "-d attached": ("curl -XPUT -d'{\"a\": 1}' https://x.example/v1/a", "PUT", {"a": 1}),
    "--data-raw": ("curl --location --request PATCH 'https://x.example/v1/a' --data-raw '[1]'", "PATCH", [1]),
    "--json": ("$ curl --json '{\"a\": 1}' {{baseUrl}}/v1/a", "POST", {"a": 1}),
    "--data-binary, double quotes": (
        'curl https://x.example/v1/a --data-binary "{\\"a\\": \\"$X\\"}"', "POST", {"a": "$X"}
    ),
    "no scheme, piped": ("curl -d '{\"a\": 1}' x.example/v1/a | jq .", "POST", {"a": 1}),
}  # fmt: skip


@pytest.mark.parametrize("case", BODIES, ids=list(BODIES))
def test_each_way_of_sending_a_json_body(case: str) -> None:
    command, method, value = BODIES[case]
    (sample,) = request_samples(command)
    assert (sample.method, sample.path) == (method, "/v1/a")
    assert sample.body is not None
    assert parse_example(sample.body).value == value


NOT_JSON = {
    "a form body": "curl -d 'a=1&b=2' https://x.example/v1/a",
    "a form Content-Type": "curl -H 'Content-Type: application/x-www-form-urlencoded' -d '{\"a\":1}' "
    "https://x.example/v1/a",
    "--data-urlencode": "curl --data-urlencode 'q={\"a\":1}' https://x.example/v1/a",
    "multipart": "curl -F 'file=@a.zip' -F 'meta={\"a\":1}' https://x.example/v1/a",
    "a file": "curl -H 'Content-Type: application/json' -d @body.json https://x.example/v1/a",
    "several -d": "curl -d '{\"a\":1}' -d '{\"b\":2}' https://x.example/v1/a",
    "-G moves data to the query": "curl -G -d '{\"a\":1}' https://x.example/v1/a",
    "no body at all": "curl --location --globoff 'https://x.example/v1/a?x=&y=2' \\\n"
    "--header 'Authorization: '",
}


@pytest.mark.parametrize("case", NOT_JSON, ids=list(NOT_JSON))
def test_a_body_that_is_not_json_is_left_alone(case: str) -> None:
    (sample,) = request_samples(NOT_JSON[case])
    assert (sample.path, sample.body) == ("/v1/a", None)


def test_what_is_not_a_curl_command() -> None:
    assert request_samples("curl is a command-line tool\nA curl sample follows.") == []
    assert request_samples('curl -d \'{"a": 1} https://x.example/v1/a') == []  # the quote never closes


def test_a_raw_http_request() -> None:
    text = (
        "Request\nPOST /v1/a?x=1 HTTP/1.1\nHost: x.example\nContent-Type: application/json\n\n"
        '{\n  "a": 1\n}\nResponse\n'
    )
    (sample,) = request_samples(text)
    assert (sample.kind, sample.line, sample.last_line, sample.method, sample.path) == (
        "HTTP request sample",
        2,
        8,
        "POST",
        "/v1/a",
    )
    assert sample.body is not None
    assert parse_example(sample.body).lines[("a",)] == 7
    (form,) = request_samples(text.replace("application/json", "application/x-www-form-urlencoded"))
    assert form.body is None
