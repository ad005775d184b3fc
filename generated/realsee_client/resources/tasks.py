"""Asynchronous jobs on works - offline packaging and clean-up, AI virtual renders and their styles.

Resource classes of the ``tasks`` operations:
[`Tasks`][realsee_client.resources.tasks.Tasks] and
[`AsyncTasks`][realsee_client.resources.tasks.AsyncTasks] have the same methods;
``with_raw_response`` gives the same calls returning the raw
[`Response`][vrlive_core.types.Response] (status, headers, and the data or error).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from vrlive_core.resource import body_or_fields as _body_or_fields
from vrlive_core.resource import build as _build

from ..api.tasks import create_work_task as _create_work_task
from ..api.tasks import list_ai_render_styles as _list_ai_render_styles
from ..api.tasks import submit_ai_render as _submit_ai_render
from ..models.ai_render import AiRender
from ..models.ai_render_styles import AiRenderStyles
from ..models.create_work_task_request import CreateWorkTaskRequest
from ..models.realsee_no_data import RealseeNoData
from ..models.submit_ai_render_request import SubmitAiRenderRequest
from ..models.work_task_type import WorkTaskType
from ..types import UNSET, Response, Unset

if TYPE_CHECKING:
    from .base import ClientSource


class Tasks:
    """Asynchronous jobs on works - offline packaging and clean-up, AI virtual renders and their styles."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return TasksWithRawResponse(self._source)

    @overload
    def create_work_task(
        self,
        *,
        vr_code: str,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"],
    ) -> int | None | RealseeNoData: ...

    @overload
    def create_work_task(
        self,
        *,
        body: CreateWorkTaskRequest,
    ) -> int | None | RealseeNoData: ...

    def create_work_task(
        self,
        *,
        vr_code: str | Unset = UNSET,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"] | Unset = UNSET,
        body: CreateWorkTaskRequest | Unset = UNSET,
    ) -> int | None | RealseeNoData:
        """Start an asynchronous task on a VR work

        Starts a task on a work and returns its id: `work-compress` packs the work for offline use
        (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
        packaging), `work-archive` archives its raw data (not open to the public yet). Which types
        an application may start is decided per application.

        When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
        configured for the application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_task.yaml
        (`POST /open/v1/shepherd/task/create`).

        Args:
            vr_code (str): The work's VR code.
            task_type (WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"]): `work-compress`
                packs a work for offline use, `work-cleanup` cleans it up, `work-archive` archives its raw data (not
                open to the public yet).
            body (CreateWorkTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            int | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateWorkTaskRequest,
            body,
            {
                "vr_code": vr_code,
                "task_type": task_type,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateWorkTaskRequest,
                {
                    "vr_code": vr_code,
                    "task_type": task_type,
                },
            )
        return _create_work_task.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str,
        style_id: str,
        callback_id: str,
        callback_context: str | Unset = UNSET,
    ) -> AiRender: ...

    @overload
    def submit_ai_render(
        self,
        *,
        body: SubmitAiRenderRequest,
    ) -> AiRender: ...

    def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str | Unset = UNSET,
        style_id: str | Unset = UNSET,
        callback_id: str | Unset = UNSET,
        callback_context: str | Unset = UNSET,
        body: SubmitAiRenderRequest | Unset = UNSET,
    ) -> AiRender:
        """Submit an AI virtual render of a floor plan

        Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
        as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
        work's `vr_code`. When the render is done or has failed, Realsee POSTs an
        `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
        `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
        anything else is retried up to three times).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
        (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
        a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
        in the callback: the spec takes any style id the style list gives, as a string in the
        request (as documented) and an integer in answers.

        Args:
            outer_edge_group_id (str): The layout group to render, from `search_floor_plans`.
            style_id (str): The design style, a `style_id` of `list_ai_render_styles` written as a string (the
                vendor lists only `"3"`).
            callback_id (str): Your id of this render, sent back in the callback.
            callback_context (str | Unset): Your context for this render, sent back in the callback.
            body (SubmitAiRenderRequest): The request prebuilt, instead of its fields.

        Returns:
            AiRender: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SubmitAiRenderRequest,
            body,
            {
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "callback_id": callback_id,
                "callback_context": callback_context,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitAiRenderRequest,
                {
                    "outer_edge_group_id": outer_edge_group_id,
                    "style_id": style_id,
                    "callback_id": callback_id,
                    "callback_context": callback_context,
                },
            )
        return _submit_ai_render.sync(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def list_ai_render_styles(
        self,
    ) -> AiRenderStyles:
        """List the design styles of AI renders

        The design styles `submit_ai_render` can use.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
        (`GET /open/v1/shepherd/virtual/render/ai/style`).

        Returns:
            AiRenderStyles: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return _list_ai_render_styles.sync(
            client=self._source.client_for("AccessToken"),
        )


class TasksWithRawResponse:
    """The ``tasks`` calls, each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    def create_work_task(
        self,
        *,
        vr_code: str,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"],
    ) -> Response[int | None | RealseeNoData]: ...

    @overload
    def create_work_task(
        self,
        *,
        body: CreateWorkTaskRequest,
    ) -> Response[int | None | RealseeNoData]: ...

    def create_work_task(
        self,
        *,
        vr_code: str | Unset = UNSET,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"] | Unset = UNSET,
        body: CreateWorkTaskRequest | Unset = UNSET,
    ) -> Response[int | None | RealseeNoData]:
        """Start an asynchronous task on a VR work

        Starts a task on a work and returns its id: `work-compress` packs the work for offline use
        (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
        packaging), `work-archive` archives its raw data (not open to the public yet). Which types
        an application may start is decided per application.

        When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
        configured for the application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_task.yaml
        (`POST /open/v1/shepherd/task/create`).

        Args:
            vr_code (str): The work's VR code.
            task_type (WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"]): `work-compress`
                packs a work for offline use, `work-cleanup` cleans it up, `work-archive` archives its raw data (not
                open to the public yet).
            body (CreateWorkTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[int | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateWorkTaskRequest,
            body,
            {
                "vr_code": vr_code,
                "task_type": task_type,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateWorkTaskRequest,
                {
                    "vr_code": vr_code,
                    "task_type": task_type,
                },
            )
        return _create_work_task.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str,
        style_id: str,
        callback_id: str,
        callback_context: str | Unset = UNSET,
    ) -> Response[AiRender]: ...

    @overload
    def submit_ai_render(
        self,
        *,
        body: SubmitAiRenderRequest,
    ) -> Response[AiRender]: ...

    def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str | Unset = UNSET,
        style_id: str | Unset = UNSET,
        callback_id: str | Unset = UNSET,
        callback_context: str | Unset = UNSET,
        body: SubmitAiRenderRequest | Unset = UNSET,
    ) -> Response[AiRender]:
        """Submit an AI virtual render of a floor plan

        Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
        as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
        work's `vr_code`. When the render is done or has failed, Realsee POSTs an
        `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
        `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
        anything else is retried up to three times).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
        (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
        a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
        in the callback: the spec takes any style id the style list gives, as a string in the
        request (as documented) and an integer in answers.

        Args:
            outer_edge_group_id (str): The layout group to render, from `search_floor_plans`.
            style_id (str): The design style, a `style_id` of `list_ai_render_styles` written as a string (the
                vendor lists only `"3"`).
            callback_id (str): Your id of this render, sent back in the callback.
            callback_context (str | Unset): Your context for this render, sent back in the callback.
            body (SubmitAiRenderRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[AiRender]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SubmitAiRenderRequest,
            body,
            {
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "callback_id": callback_id,
                "callback_context": callback_context,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitAiRenderRequest,
                {
                    "outer_edge_group_id": outer_edge_group_id,
                    "style_id": style_id,
                    "callback_id": callback_id,
                    "callback_context": callback_context,
                },
            )
        return _submit_ai_render.sync_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    def list_ai_render_styles(
        self,
    ) -> Response[AiRenderStyles]:
        """List the design styles of AI renders

        The design styles `submit_ai_render` can use.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
        (`GET /open/v1/shepherd/virtual/render/ai/style`).

        Returns:
            Response[AiRenderStyles]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return _list_ai_render_styles.sync_detailed(
            client=self._source.client_for("AccessToken"),
        )


class AsyncTasks:
    """Asynchronous jobs on works - offline packaging and clean-up, AI virtual renders and their styles. (async)"""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @property
    def with_raw_response(self) -> AsyncTasksWithRawResponse:
        """The same calls, returning the raw Response instead of raising for a failed one."""
        return AsyncTasksWithRawResponse(self._source)

    @overload
    async def create_work_task(
        self,
        *,
        vr_code: str,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"],
    ) -> int | None | RealseeNoData: ...

    @overload
    async def create_work_task(
        self,
        *,
        body: CreateWorkTaskRequest,
    ) -> int | None | RealseeNoData: ...

    async def create_work_task(
        self,
        *,
        vr_code: str | Unset = UNSET,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"] | Unset = UNSET,
        body: CreateWorkTaskRequest | Unset = UNSET,
    ) -> int | None | RealseeNoData:
        """Start an asynchronous task on a VR work

        Starts a task on a work and returns its id: `work-compress` packs the work for offline use
        (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
        packaging), `work-archive` archives its raw data (not open to the public yet). Which types
        an application may start is decided per application.

        When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
        configured for the application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_task.yaml
        (`POST /open/v1/shepherd/task/create`).

        Args:
            vr_code (str): The work's VR code.
            task_type (WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"]): `work-compress`
                packs a work for offline use, `work-cleanup` cleans it up, `work-archive` archives its raw data (not
                open to the public yet).
            body (CreateWorkTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            int | None | RealseeNoData: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            CreateWorkTaskRequest,
            body,
            {
                "vr_code": vr_code,
                "task_type": task_type,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateWorkTaskRequest,
                {
                    "vr_code": vr_code,
                    "task_type": task_type,
                },
            )
        return await _create_work_task.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str,
        style_id: str,
        callback_id: str,
        callback_context: str | Unset = UNSET,
    ) -> AiRender: ...

    @overload
    async def submit_ai_render(
        self,
        *,
        body: SubmitAiRenderRequest,
    ) -> AiRender: ...

    async def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str | Unset = UNSET,
        style_id: str | Unset = UNSET,
        callback_id: str | Unset = UNSET,
        callback_context: str | Unset = UNSET,
        body: SubmitAiRenderRequest | Unset = UNSET,
    ) -> AiRender:
        """Submit an AI virtual render of a floor plan

        Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
        as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
        work's `vr_code`. When the render is done or has failed, Realsee POSTs an
        `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
        `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
        anything else is retried up to three times).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
        (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
        a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
        in the callback: the spec takes any style id the style list gives, as a string in the
        request (as documented) and an integer in answers.

        Args:
            outer_edge_group_id (str): The layout group to render, from `search_floor_plans`.
            style_id (str): The design style, a `style_id` of `list_ai_render_styles` written as a string (the
                vendor lists only `"3"`).
            callback_id (str): Your id of this render, sent back in the callback.
            callback_context (str | Unset): Your context for this render, sent back in the callback.
            body (SubmitAiRenderRequest): The request prebuilt, instead of its fields.

        Returns:
            AiRender: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        _body_or_fields(
            SubmitAiRenderRequest,
            body,
            {
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "callback_id": callback_id,
                "callback_context": callback_context,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitAiRenderRequest,
                {
                    "outer_edge_group_id": outer_edge_group_id,
                    "style_id": style_id,
                    "callback_id": callback_id,
                    "callback_context": callback_context,
                },
            )
        return await _submit_ai_render.asyncio(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def list_ai_render_styles(
        self,
    ) -> AiRenderStyles:
        """List the design styles of AI renders

        The design styles `submit_ai_render` can use.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
        (`GET /open/v1/shepherd/virtual/render/ai/style`).

        Returns:
            AiRenderStyles: The data of the response, typed.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
            errors.APIError: The response reports a failure; the subclass says which.
            errors.ResponseValidationError: The response does not match its schema.
        """

        return await _list_ai_render_styles.asyncio(
            client=self._source.client_for("AccessToken"),
        )


class AsyncTasksWithRawResponse:
    """The ``tasks`` calls (async), each returning the raw Response: status, headers, and ``parsed`` or ``error``."""

    def __init__(self, source: ClientSource) -> None:
        self._source = source

    @overload
    async def create_work_task(
        self,
        *,
        vr_code: str,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"],
    ) -> Response[int | None | RealseeNoData]: ...

    @overload
    async def create_work_task(
        self,
        *,
        body: CreateWorkTaskRequest,
    ) -> Response[int | None | RealseeNoData]: ...

    async def create_work_task(
        self,
        *,
        vr_code: str | Unset = UNSET,
        task_type: WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"] | Unset = UNSET,
        body: CreateWorkTaskRequest | Unset = UNSET,
    ) -> Response[int | None | RealseeNoData]:
        """Start an asynchronous task on a VR work

        Starts a task on a work and returns its id: `work-compress` packs the work for offline use
        (see `get_work_download_url`), `work-cleanup` cleans it up (otherwise done some time after
        packaging), `work-archive` archives its raw data (not open to the public yet). Which types
        an application may start is decided per application.

        When a task ends, Realsee POSTs a JSON `WorkTaskCallback` to the endpoint (host and path)
        configured for the application.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_task.yaml
        (`POST /open/v1/shepherd/task/create`).

        Args:
            vr_code (str): The work's VR code.
            task_type (WorkTaskType | Literal["work-compress", "work-cleanup", "work-archive"]): `work-compress`
                packs a work for offline use, `work-cleanup` cleans it up, `work-archive` archives its raw data (not
                open to the public yet).
            body (CreateWorkTaskRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[int | None | RealseeNoData]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            CreateWorkTaskRequest,
            body,
            {
                "vr_code": vr_code,
                "task_type": task_type,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                CreateWorkTaskRequest,
                {
                    "vr_code": vr_code,
                    "task_type": task_type,
                },
            )
        return await _create_work_task.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    @overload
    async def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str,
        style_id: str,
        callback_id: str,
        callback_context: str | Unset = UNSET,
    ) -> Response[AiRender]: ...

    @overload
    async def submit_ai_render(
        self,
        *,
        body: SubmitAiRenderRequest,
    ) -> Response[AiRender]: ...

    async def submit_ai_render(
        self,
        *,
        outer_edge_group_id: str | Unset = UNSET,
        style_id: str | Unset = UNSET,
        callback_id: str | Unset = UNSET,
        callback_context: str | Unset = UNSET,
        body: SubmitAiRenderRequest | Unset = UNSET,
    ) -> Response[AiRender]:
        """Submit an AI virtual render of a floor plan

        Renders a floor plan (`outer_edge_group_id`, from `search_floor_plans`) in a design style
        as a virtual VR work. The render starts in `RENDER_ING`; `81` + `basic_render_code` is the
        work's `vr_code`. When the render is done or has failed, Realsee POSTs an
        `AiRenderCallback` (JSON) to the application's callback endpoint, carrying your
        `callback_id` and `callback_context`, and expects an `AiRenderCallbackReply` (`code` 0;
        anything else is retried up to three times).

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_submit.yaml
        (`POST /open/v1/shepherd/virtual/render/ai/submit`). It types the request's `style_id` as
        a string limited to `"3"`, the answer's and the style list's as a number, and shows `1118`
        in the callback: the spec takes any style id the style list gives, as a string in the
        request (as documented) and an integer in answers.

        Args:
            outer_edge_group_id (str): The layout group to render, from `search_floor_plans`.
            style_id (str): The design style, a `style_id` of `list_ai_render_styles` written as a string (the
                vendor lists only `"3"`).
            callback_id (str): Your id of this render, sent back in the callback.
            callback_context (str | Unset): Your context for this render, sent back in the callback.
            body (SubmitAiRenderRequest): The request prebuilt, instead of its fields.

        Returns:
            Response[AiRender]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        _body_or_fields(
            SubmitAiRenderRequest,
            body,
            {
                "outer_edge_group_id": outer_edge_group_id,
                "style_id": style_id,
                "callback_id": callback_id,
                "callback_context": callback_context,
            },
        )
        if isinstance(body, Unset):
            body = _build(
                SubmitAiRenderRequest,
                {
                    "outer_edge_group_id": outer_edge_group_id,
                    "style_id": style_id,
                    "callback_id": callback_id,
                    "callback_context": callback_context,
                },
            )
        return await _submit_ai_render.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
            body=body,
        )

    async def list_ai_render_styles(
        self,
    ) -> Response[AiRenderStyles]:
        """List the design styles of AI renders

        The design styles `submit_ai_render` can use.

        Vendor docs: https://github.com/realsee-developer/realsee-
        developer.github.com/blob/main/static/api/task/shepherd_virtual_render_ai_style.yaml
        (`GET /open/v1/shepherd/virtual/render/ai/style`).

        Returns:
            Response[AiRenderStyles]: The response as it came (status, headers, body) with its typed
                data (``parsed``) or the typed error it carries (``error``); an API failure is not raised.

        Raises:
            errors.RequestValidationError: The arguments cannot make a request (nothing was sent).
            errors.TransportError: No response arrived (RequestTimeoutError if not in time).
        """

        return await _list_ai_render_styles.asyncio_detailed(
            client=self._source.client_for("AccessToken"),
        )


__all__ = [
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "Tasks",
    "TasksWithRawResponse",
]
