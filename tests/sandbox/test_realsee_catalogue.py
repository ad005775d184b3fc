"""The Realsee sandbox's VR works and production projects, through the facades: a seeded, paged
set of works (``list_vrs`` and ``iter_vrs`` walk it), and production projects that a create makes
and the list and detail then show, as Realsee's project pages describe them."""

from __future__ import annotations

import asyncio

import pytest

from vrlive.realsee import AsyncRealsee, Realsee
from vrlive_core.errors import APIError
from vrlive_sandbox.controls import SandboxControls

APP = "vw9deNaEggNpPLkW"  # the sandbox's application id (SandboxConfig.realsee_app_id)


def test_the_iterator_walks_three_pages_of_vr_works(realsee: Realsee, controls: SandboxControls) -> None:
    """Done-when evidence of issue 24: ``for vr in realsee.entity.iter_vrs()`` over the sandbox's
    25 works, 10 a page. Run with ``-s`` to see the walk."""
    works = []
    for vr in realsee.entity.iter_vrs():
        works.append(vr)
        print(f"{vr.vr_code}  {vr.create_time}  {vr.name}")
    pages = [record.query for record in controls.requests(operation="list_vrs")]
    for record in controls.requests(operation="list_vrs"):
        print(f"GET {record.path}?{'&'.join(f'{k}={v}' for k, v in record.query.items())} -> {record.status}")
    print(f"{len(works)} VR works from {len(pages)} pages")
    assert [page["page"] for page in pages] == ["1", "2", "3"]
    assert len(works) == 25
    assert len({vr.vr_code for vr in works}) == 25
    assert works[0].name == "Sandbox work 25"  # newest first
    assert works[-1].vr_code == "80sandbox000000001"


def test_the_async_iterator_walks_the_same_pages(controls: SandboxControls) -> None:
    async def walk() -> list[str]:
        async with AsyncRealsee() as realsee:
            return [vr.vr_code async for vr in realsee.entity.iter_vrs(page_size=7)]

    codes = asyncio.run(walk())
    assert len(codes) == 25
    pages = [record.query["page"] for record in controls.requests(operation="list_vrs")]
    assert pages == ["1", "2", "3", "4"]


def test_how_many_works_there_are_is_a_setting(realsee: Realsee, controls: SandboxControls) -> None:
    controls.configure(realsee_vr_works=3)
    page = realsee.entity.list_vrs(page=1)
    assert (page.total, page.page_size, page.current_page, len(page.list_)) == (3, 10, 1, 3)
    assert realsee.entity.list_vrs(page=2).list_ == []
    controls.configure(realsee_vr_works=0)
    assert list(realsee.entity.iter_vrs()) == []


def _create(realsee: Realsee, name: str, **fields: object) -> str:
    project = realsee.production.create_production_project(
        name=name, user_identifier="agent-7", app_code=APP, device_type=2, **fields
    )
    assert isinstance(project.project_id, str)
    return project.project_id


def test_a_created_project_is_listed_and_shown(realsee: Realsee) -> None:
    created = realsee.production.create_production_project(
        name="Flat 4B", user_identifier="agent-7", app_code=APP, device_type=1, remark="north side"
    )
    assert (created.name, created.user_identifier, created.remark) == ("Flat 4B", "agent-7", "north side")
    assert created.project_id.startswith("auto3d-")
    page = realsee.production.list_production_projects(app_code=APP)
    assert page.total == 1
    (listed,) = page.project_list
    assert (listed.project_id, listed.name, listed.status_text.value, listed.vr_code) == (
        created.project_id,
        "Flat 4B",
        "project_not_upload",  # nothing uploaded yet
        "",
    )
    shown = realsee.production.get_production_project(project_id=created.project_id, app_code=APP)
    assert (shown.device_type.value, shown.shoot_type.value, shown.extension) == (1, 2, "{}")  # defaults
    assert shown.create_time == created.create_time


def test_the_list_filters_sorts_and_pages(realsee: Realsee, controls: SandboxControls) -> None:
    first = _create(realsee, "one")
    controls.advance(100)
    second = _create(realsee, "two")
    controls.advance(100)
    third = _create(realsee, "three")
    production = realsee.production

    def ids(**options: object) -> list[str]:
        page = production.list_production_projects(app_code=APP, **options)
        return [project.project_id for project in page.project_list]

    assert ids() == [third, second, first]  # newest first
    assert ids(sort="asc") == [first, second, third]
    page = production.list_production_projects(app_code=APP, page_size=2)
    assert (page.total, [p.project_id for p in page.project_list]) == (3, [third, second])
    assert ids(page_size=2, page=2) == [first]
    assert ids(page_size=1, start_id=page.next_start_id) == [first]
    assert ids(status=0) == [third, second, first]  # all not uploaded yet
    assert ids(status=4) == []
    assert [p.project_id for p in production.iter_production_projects(app_code=APP, page_size=2)] == [
        third,
        second,
        first,
    ]


def test_the_list_takes_a_time_window(realsee: Realsee, controls: SandboxControls) -> None:
    early = _create(realsee, "early")
    controls.advance(1000)
    late = _create(realsee, "late")
    now = int(controls.requests(operation="create_production_project")[-1].time)
    production = realsee.production
    window = production.list_production_projects(app_code=APP, start_timestamp=now - 10)
    assert [p.project_id for p in window.project_list] == [late]
    window = production.list_production_projects(app_code=APP, end_timestamp=now - 10)
    assert [p.project_id for p in window.project_list] == [early]


def test_unknown_projects_and_apps_are_refused(realsee: Realsee) -> None:
    production = realsee.production
    with pytest.raises(APIError, match="project auto3d-0 not found"):
        production.get_production_project(project_id="auto3d-0", app_code=APP)
    with pytest.raises(APIError, match="unknown app_code 'other'"):
        production.create_production_project(name="x", user_identifier="u", app_code="other", device_type=2)
    with pytest.raises(APIError, match="unknown app_code 'other'"):
        production.list_production_projects(app_code="other")
