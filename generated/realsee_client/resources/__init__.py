"""The Realsee Open API operations as resource classes, one per tag of the spec.

[`Resources`][realsee_client.resources.Resources] and
[`AsyncResources`][realsee_client.resources.AsyncResources] hold each tag's resource as an
attribute, bound to a source of clients (`base.ClientSource`): a facade (such as the vrlive
overlay's) is one of them and provides its clients; the sync and async halves
(`vrlive_core.resource.SyncSource`, `AsyncSource`) close them.
[`ClientResources`][realsee_client.resources.ClientResources] and
[`AsyncClientResources`][realsee_client.resources.AsyncClientResources] send every call
through one client.
"""

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from vrlive_core.resource import AsyncSource, GeneratedClient, SingleClient, SyncSource

from ..client import AuthenticatedClient, Client
from .auth import AsyncAuth, Auth
from .data import AsyncData, Data
from .editor import AsyncEditor, Editor
from .entity import AsyncEntity, Entity
from .lookup import AsyncLookup, Lookup
from .pano import AsyncPano, Pano
from .plugins import AsyncPlugins, Plugins
from .production import AsyncProduction, Production
from .tasks import AsyncTasks, Tasks
from .tools import AsyncTools, Tools
from .transfer import AsyncTransfer, Transfer
from .viewing import AsyncViewing, Viewing


class Resources(SyncSource):
    """Every tag of the spec as a resource, bound to this object as its source of clients:
    a subclass provides ``client_for`` and ``public_client`` (`base.ClientSource`)."""

    if TYPE_CHECKING:  # a subclass's: a facade's, or ClientResources'

        def client_for(self, scheme: str) -> AuthenticatedClient: ...

        def public_client(self) -> AuthenticatedClient | Client: ...

    @cached_property
    def auth(self) -> Auth:
        """Access tokens."""
        return Auth(self)

    @cached_property
    def data(self) -> Data:
        """The data mart - vector data of AI design schemes."""
        return Data(self)

    @cached_property
    def editor(self) -> Editor:
        """What Realsee's editor keeps for a copy of a work (`resource_code`) - its basic information, guided routes and contact card."""
        return Editor(self)

    @cached_property
    def entity(self) -> Entity:
        """VR works (a `vr_code` each) and what they carry - basic data for the viewer SDK, metadata, floor plans, room pictures, tags and the guided tour."""
        return Entity(self)

    @cached_property
    def lookup(self) -> Lookup:
        """Where production can happen - cities, residential communities and the floor plans (layouts) of both."""
        return Lookup(self)

    @cached_property
    def pano(self) -> Pano:
        """Panorama to VR - upload credentials, task submission and status."""
        return Pano(self)

    @cached_property
    def plugins(self) -> Plugins:
        """Data for the viewer SDK's plugins (panorama ruler, automatic cruise), handed to the SDK as it comes."""
        return Plugins(self)

    @cached_property
    def production(self) -> Production:
        """Production projects - a shoot before its VR work is built - and the tickets their capture apps need."""
        return Production(self)

    @cached_property
    def tasks(self) -> Tasks:
        """Asynchronous jobs on works - offline packaging and clean-up, AI virtual renders and their styles."""
        return Tasks(self)

    @cached_property
    def tools(self) -> Tools:
        """Links to a work, such as its VR viewing link."""
        return Tools(self)

    @cached_property
    def transfer(self) -> Transfer:
        """Taking a work offline - its package's download address and the signing of its `work.json`."""
        return Transfer(self)

    @cached_property
    def viewing(self) -> Viewing:
        """Live viewing rooms (Viewing Service)."""
        return Viewing(self)


class ClientResources(Resources):
    """Every tag of the spec as a resource, sending through one client (`vrlive_core.resource.SingleClient`).

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._source = SingleClient[AuthenticatedClient, Client](client, AuthenticatedClient)

    def client_for(self, scheme: str) -> AuthenticatedClient:
        return self._source.client_for(scheme)

    def public_client(self) -> AuthenticatedClient | Client:
        return self._source.public_client()

    def generated_clients(self) -> Sequence[GeneratedClient]:
        return self._source.generated_clients()


class AsyncResources(AsyncSource):
    """Every tag of the spec as a resource, async, bound to this object as its source of clients:
    a subclass provides ``client_for`` and ``public_client`` (`base.ClientSource`)."""

    if TYPE_CHECKING:  # a subclass's: a facade's, or ClientResources'

        def client_for(self, scheme: str) -> AuthenticatedClient: ...

        def public_client(self) -> AuthenticatedClient | Client: ...

    @cached_property
    def auth(self) -> AsyncAuth:
        """Access tokens."""
        return AsyncAuth(self)

    @cached_property
    def data(self) -> AsyncData:
        """The data mart - vector data of AI design schemes."""
        return AsyncData(self)

    @cached_property
    def editor(self) -> AsyncEditor:
        """What Realsee's editor keeps for a copy of a work (`resource_code`) - its basic information, guided routes and contact card."""
        return AsyncEditor(self)

    @cached_property
    def entity(self) -> AsyncEntity:
        """VR works (a `vr_code` each) and what they carry - basic data for the viewer SDK, metadata, floor plans, room pictures, tags and the guided tour."""
        return AsyncEntity(self)

    @cached_property
    def lookup(self) -> AsyncLookup:
        """Where production can happen - cities, residential communities and the floor plans (layouts) of both."""
        return AsyncLookup(self)

    @cached_property
    def pano(self) -> AsyncPano:
        """Panorama to VR - upload credentials, task submission and status."""
        return AsyncPano(self)

    @cached_property
    def plugins(self) -> AsyncPlugins:
        """Data for the viewer SDK's plugins (panorama ruler, automatic cruise), handed to the SDK as it comes."""
        return AsyncPlugins(self)

    @cached_property
    def production(self) -> AsyncProduction:
        """Production projects - a shoot before its VR work is built - and the tickets their capture apps need."""
        return AsyncProduction(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Asynchronous jobs on works - offline packaging and clean-up, AI virtual renders and their styles."""
        return AsyncTasks(self)

    @cached_property
    def tools(self) -> AsyncTools:
        """Links to a work, such as its VR viewing link."""
        return AsyncTools(self)

    @cached_property
    def transfer(self) -> AsyncTransfer:
        """Taking a work offline - its package's download address and the signing of its `work.json`."""
        return AsyncTransfer(self)

    @cached_property
    def viewing(self) -> AsyncViewing:
        """Live viewing rooms (Viewing Service)."""
        return AsyncViewing(self)


class AsyncClientResources(AsyncResources):
    """Every tag of the spec as a resource, async, sending through one client (`vrlive_core.resource.SingleClient`).

    Operations that take credentials need an ``AuthenticatedClient`` (a token, or an ``auth`` flow).
    """

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._source = SingleClient[AuthenticatedClient, Client](client, AuthenticatedClient)

    def client_for(self, scheme: str) -> AuthenticatedClient:
        return self._source.client_for(scheme)

    def public_client(self) -> AuthenticatedClient | Client:
        return self._source.public_client()

    def generated_clients(self) -> Sequence[GeneratedClient]:
        return self._source.generated_clients()


__all__ = ["AsyncClientResources", "AsyncResources", "ClientResources", "Resources"]
