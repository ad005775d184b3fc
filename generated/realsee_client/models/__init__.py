"""Contains all the data models used in inputs/outputs

Each model's module is imported on the first use of its name
(``vrlive_core.lazy.lazy_names``), so that importing one model does not load them all.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .access_token_request import AccessTokenRequest
    from .access_token_response import AccessTokenResponse
    from .ai_design_availability import AiDesignAvailability
    from .ai_render import AiRender
    from .ai_render_callback import AiRenderCallback
    from .ai_render_callback_reply import AiRenderCallbackReply
    from .ai_render_response import AiRenderResponse
    from .ai_render_style import AiRenderStyle
    from .ai_render_styles import AiRenderStyles
    from .ai_render_styles_response import AiRenderStylesResponse
    from .city import City
    from .city_list_response import CityListResponse
    from .create_production_project_request import CreateProductionProjectRequest
    from .create_viewing_room_request import CreateViewingRoomRequest
    from .create_work_task_request import CreateWorkTaskRequest
    from .cruise_plugin_data import CruisePluginData
    from .cruise_plugin_data_auto_camera import CruisePluginDataAutoCamera
    from .cruise_plugin_response import CruisePluginResponse
    from .custom_backdrop import CustomBackdrop
    from .custom_backdrop_filter import CustomBackdropFilter
    from .custom_card import CustomCard
    from .custom_card_item import CustomCardItem
    from .custom_card_response import CustomCardResponse
    from .custom_detail import CustomDetail
    from .custom_detail_response import CustomDetailResponse
    from .custom_location import CustomLocation
    from .custom_music import CustomMusic
    from .custom_route import CustomRoute
    from .custom_routes import CustomRoutes
    from .custom_routes_response import CustomRoutesResponse
    from .design_area import DesignArea
    from .design_decoration import DesignDecoration
    from .design_floor_plan import DesignFloorPlan
    from .design_floor_plan_set import DesignFloorPlanSet
    from .design_line import DesignLine
    from .design_line_end import DesignLineEnd
    from .design_line_item import DesignLineItem
    from .design_model import DesignModel
    from .design_point import DesignPoint
    from .design_vector import DesignVector
    from .design_vector_response import DesignVectorResponse
    from .device_type import DeviceType
    from .floor_plan import FloorPlan
    from .floor_plan_bounding import FloorPlanBounding
    from .floor_plan_candidate import FloorPlanCandidate
    from .floor_plan_computed import FloorPlanComputed
    from .floor_plan_floor import FloorPlanFloor
    from .floor_plan_formatted import FloorPlanFormatted
    from .floor_plan_observer import FloorPlanObserver
    from .floor_plan_outline import FloorPlanOutline
    from .floor_plan_response import FloorPlanResponse
    from .floor_plan_room import FloorPlanRoom
    from .floor_plan_room_label import FloorPlanRoomLabel
    from .floor_plan_room_observer import FloorPlanRoomObserver
    from .floor_plan_room_outline import FloorPlanRoomOutline
    from .floor_plan_room_tag import FloorPlanRoomTag
    from .floor_plan_rules import FloorPlanRules
    from .floor_plan_search_response import FloorPlanSearchResponse
    from .floor_plan_search_result import FloorPlanSearchResult
    from .geo_point import GeoPoint
    from .get_pano_ruler_plugin_locate import GetPanoRulerPluginLocate
    from .guide_stop import GuideStop
    from .guide_stop_list_response import GuideStopListResponse
    from .guide_view import GuideView
    from .image_size import ImageSize
    from .list_production_projects_sort import ListProductionProjectsSort
    from .live_app import LiveApp
    from .live_app_extension import LiveAppExtension
    from .live_app_meta import LiveAppMeta
    from .live_app_role import LiveAppRole
    from .live_archive_config import LiveArchiveConfig
    from .live_audio_service import LiveAudioService
    from .live_center_config import LiveCenterConfig
    from .live_role import LiveRole
    from .live_role_config import LiveRoleConfig
    from .live_room_user import LiveRoomUser
    from .live_user_extension import LiveUserExtension
    from .live_voice_config import LiveVoiceConfig
    from .live_ws_access import LiveWsAccess
    from .pano_download_type import PanoDownloadType
    from .pano_is_accelerate import PanoIsAccelerate
    from .pano_manifest import PanoManifest
    from .pano_manifest_floor_map import PanoManifestFloorMap
    from .pano_ruler_plugin_data import PanoRulerPluginData
    from .pano_ruler_plugin_data_pano_ruler_plugin import PanoRulerPluginDataPanoRulerPlugin
    from .pano_ruler_plugin_response import PanoRulerPluginResponse
    from .pano_scan import PanoScan
    from .pano_task_state import PanoTaskState
    from .pano_task_status import PanoTaskStatus
    from .pano_task_status_response import PanoTaskStatusResponse
    from .pano_task_submission import PanoTaskSubmission
    from .pano_task_submission_response import PanoTaskSubmissionResponse
    from .pano_upload_token import PanoUploadToken
    from .pano_upload_token_response import PanoUploadTokenResponse
    from .plane_point import PlanePoint
    from .production_project import ProductionProject
    from .production_project_page import ProductionProjectPage
    from .production_project_page_response import ProductionProjectPageResponse
    from .production_project_response import ProductionProjectResponse
    from .production_project_state import ProductionProjectState
    from .production_project_status import ProductionProjectStatus
    from .production_ticket import ProductionTicket
    from .production_ticket_response import ProductionTicketResponse
    from .quaternion import Quaternion
    from .realsee_envelope import RealseeEnvelope
    from .realsee_no_data import RealseeNoData
    from .render_status import RenderStatus
    from .resblock import Resblock
    from .resblock_suggestions import ResblockSuggestions
    from .resblock_suggestions_response import ResblockSuggestionsResponse
    from .room_picture import RoomPicture
    from .room_picture_capture import RoomPictureCapture
    from .room_picture_list_response import RoomPictureListResponse
    from .room_ticket import RoomTicket
    from .room_ticket_request import RoomTicketRequest
    from .room_ticket_response import RoomTicketResponse
    from .search_floor_plans_area_sort import SearchFloorPlansAreaSort
    from .shoot_type import ShootType
    from .space_url import SpaceUrl
    from .space_url_response import SpaceUrlResponse
    from .submit_ai_render_request import SubmitAiRenderRequest
    from .submit_pano_task_request import SubmitPanoTaskRequest
    from .tag import Tag
    from .tag_list_response import TagListResponse
    from .viewer_view import ViewerView
    from .viewing_room import ViewingRoom
    from .viewing_room_detail import ViewingRoomDetail
    from .viewing_room_detail_response import ViewingRoomDetailResponse
    from .viewing_room_response import ViewingRoomResponse
    from .voice_room_signature import VoiceRoomSignature
    from .voice_room_signature_request import VoiceRoomSignatureRequest
    from .voice_room_signature_response import VoiceRoomSignatureResponse
    from .vr import Vr
    from .vr_meta import VrMeta
    from .vr_meta_detail import VrMetaDetail
    from .vr_meta_five import VrMetaFive
    from .vr_meta_original import VrMetaOriginal
    from .vr_meta_response import VrMetaResponse
    from .vr_model import VrModel
    from .vr_observer import VrObserver
    from .vr_page import VrPage
    from .vr_page_response import VrPageResponse
    from .vr_panorama import VrPanorama
    from .vr_panoramas import VrPanoramas
    from .vr_response import VrResponse
    from .vr_summary import VrSummary
    from .vr_type import VrType
    from .work_download import WorkDownload
    from .work_download_response import WorkDownloadResponse
    from .work_json import WorkJson
    from .work_task_callback import WorkTaskCallback
    from .work_task_callback_message import WorkTaskCallbackMessage
    from .work_task_response import WorkTaskResponse
    from .work_task_type import WorkTaskType
else:  # type checkers read the imports above, and an unknown name stays an error
    from vrlive_core.lazy import lazy_names

    __getattr__, __dir__ = lazy_names(
        __name__,
        {
            "AccessToken": ".access_token",
            "AccessTokenRequest": ".access_token_request",
            "AccessTokenResponse": ".access_token_response",
            "AiDesignAvailability": ".ai_design_availability",
            "AiRender": ".ai_render",
            "AiRenderCallback": ".ai_render_callback",
            "AiRenderCallbackReply": ".ai_render_callback_reply",
            "AiRenderResponse": ".ai_render_response",
            "AiRenderStyle": ".ai_render_style",
            "AiRenderStyles": ".ai_render_styles",
            "AiRenderStylesResponse": ".ai_render_styles_response",
            "City": ".city",
            "CityListResponse": ".city_list_response",
            "CreateProductionProjectRequest": ".create_production_project_request",
            "CreateViewingRoomRequest": ".create_viewing_room_request",
            "CreateWorkTaskRequest": ".create_work_task_request",
            "CruisePluginData": ".cruise_plugin_data",
            "CruisePluginDataAutoCamera": ".cruise_plugin_data_auto_camera",
            "CruisePluginResponse": ".cruise_plugin_response",
            "CustomBackdrop": ".custom_backdrop",
            "CustomBackdropFilter": ".custom_backdrop_filter",
            "CustomCard": ".custom_card",
            "CustomCardItem": ".custom_card_item",
            "CustomCardResponse": ".custom_card_response",
            "CustomDetail": ".custom_detail",
            "CustomDetailResponse": ".custom_detail_response",
            "CustomLocation": ".custom_location",
            "CustomMusic": ".custom_music",
            "CustomRoute": ".custom_route",
            "CustomRoutes": ".custom_routes",
            "CustomRoutesResponse": ".custom_routes_response",
            "DesignArea": ".design_area",
            "DesignDecoration": ".design_decoration",
            "DesignFloorPlan": ".design_floor_plan",
            "DesignFloorPlanSet": ".design_floor_plan_set",
            "DesignLine": ".design_line",
            "DesignLineEnd": ".design_line_end",
            "DesignLineItem": ".design_line_item",
            "DesignModel": ".design_model",
            "DesignPoint": ".design_point",
            "DesignVector": ".design_vector",
            "DesignVectorResponse": ".design_vector_response",
            "DeviceType": ".device_type",
            "FloorPlan": ".floor_plan",
            "FloorPlanBounding": ".floor_plan_bounding",
            "FloorPlanCandidate": ".floor_plan_candidate",
            "FloorPlanComputed": ".floor_plan_computed",
            "FloorPlanFloor": ".floor_plan_floor",
            "FloorPlanFormatted": ".floor_plan_formatted",
            "FloorPlanObserver": ".floor_plan_observer",
            "FloorPlanOutline": ".floor_plan_outline",
            "FloorPlanResponse": ".floor_plan_response",
            "FloorPlanRoom": ".floor_plan_room",
            "FloorPlanRoomLabel": ".floor_plan_room_label",
            "FloorPlanRoomObserver": ".floor_plan_room_observer",
            "FloorPlanRoomOutline": ".floor_plan_room_outline",
            "FloorPlanRoomTag": ".floor_plan_room_tag",
            "FloorPlanRules": ".floor_plan_rules",
            "FloorPlanSearchResponse": ".floor_plan_search_response",
            "FloorPlanSearchResult": ".floor_plan_search_result",
            "GeoPoint": ".geo_point",
            "GetPanoRulerPluginLocate": ".get_pano_ruler_plugin_locate",
            "GuideStop": ".guide_stop",
            "GuideStopListResponse": ".guide_stop_list_response",
            "GuideView": ".guide_view",
            "ImageSize": ".image_size",
            "ListProductionProjectsSort": ".list_production_projects_sort",
            "LiveApp": ".live_app",
            "LiveAppExtension": ".live_app_extension",
            "LiveAppMeta": ".live_app_meta",
            "LiveAppRole": ".live_app_role",
            "LiveArchiveConfig": ".live_archive_config",
            "LiveAudioService": ".live_audio_service",
            "LiveCenterConfig": ".live_center_config",
            "LiveRole": ".live_role",
            "LiveRoleConfig": ".live_role_config",
            "LiveRoomUser": ".live_room_user",
            "LiveUserExtension": ".live_user_extension",
            "LiveVoiceConfig": ".live_voice_config",
            "LiveWsAccess": ".live_ws_access",
            "PanoDownloadType": ".pano_download_type",
            "PanoIsAccelerate": ".pano_is_accelerate",
            "PanoManifest": ".pano_manifest",
            "PanoManifestFloorMap": ".pano_manifest_floor_map",
            "PanoRulerPluginData": ".pano_ruler_plugin_data",
            "PanoRulerPluginDataPanoRulerPlugin": ".pano_ruler_plugin_data_pano_ruler_plugin",
            "PanoRulerPluginResponse": ".pano_ruler_plugin_response",
            "PanoScan": ".pano_scan",
            "PanoTaskState": ".pano_task_state",
            "PanoTaskStatus": ".pano_task_status",
            "PanoTaskStatusResponse": ".pano_task_status_response",
            "PanoTaskSubmission": ".pano_task_submission",
            "PanoTaskSubmissionResponse": ".pano_task_submission_response",
            "PanoUploadToken": ".pano_upload_token",
            "PanoUploadTokenResponse": ".pano_upload_token_response",
            "PlanePoint": ".plane_point",
            "ProductionProject": ".production_project",
            "ProductionProjectPage": ".production_project_page",
            "ProductionProjectPageResponse": ".production_project_page_response",
            "ProductionProjectResponse": ".production_project_response",
            "ProductionProjectState": ".production_project_state",
            "ProductionProjectStatus": ".production_project_status",
            "ProductionTicket": ".production_ticket",
            "ProductionTicketResponse": ".production_ticket_response",
            "Quaternion": ".quaternion",
            "RealseeEnvelope": ".realsee_envelope",
            "RealseeNoData": ".realsee_no_data",
            "RenderStatus": ".render_status",
            "Resblock": ".resblock",
            "ResblockSuggestions": ".resblock_suggestions",
            "ResblockSuggestionsResponse": ".resblock_suggestions_response",
            "RoomPicture": ".room_picture",
            "RoomPictureCapture": ".room_picture_capture",
            "RoomPictureListResponse": ".room_picture_list_response",
            "RoomTicket": ".room_ticket",
            "RoomTicketRequest": ".room_ticket_request",
            "RoomTicketResponse": ".room_ticket_response",
            "SearchFloorPlansAreaSort": ".search_floor_plans_area_sort",
            "ShootType": ".shoot_type",
            "SpaceUrl": ".space_url",
            "SpaceUrlResponse": ".space_url_response",
            "SubmitAiRenderRequest": ".submit_ai_render_request",
            "SubmitPanoTaskRequest": ".submit_pano_task_request",
            "Tag": ".tag",
            "TagListResponse": ".tag_list_response",
            "ViewerView": ".viewer_view",
            "ViewingRoom": ".viewing_room",
            "ViewingRoomDetail": ".viewing_room_detail",
            "ViewingRoomDetailResponse": ".viewing_room_detail_response",
            "ViewingRoomResponse": ".viewing_room_response",
            "VoiceRoomSignature": ".voice_room_signature",
            "VoiceRoomSignatureRequest": ".voice_room_signature_request",
            "VoiceRoomSignatureResponse": ".voice_room_signature_response",
            "Vr": ".vr",
            "VrMeta": ".vr_meta",
            "VrMetaDetail": ".vr_meta_detail",
            "VrMetaFive": ".vr_meta_five",
            "VrMetaOriginal": ".vr_meta_original",
            "VrMetaResponse": ".vr_meta_response",
            "VrModel": ".vr_model",
            "VrObserver": ".vr_observer",
            "VrPage": ".vr_page",
            "VrPageResponse": ".vr_page_response",
            "VrPanorama": ".vr_panorama",
            "VrPanoramas": ".vr_panoramas",
            "VrResponse": ".vr_response",
            "VrSummary": ".vr_summary",
            "VrType": ".vr_type",
            "WorkDownload": ".work_download",
            "WorkDownloadResponse": ".work_download_response",
            "WorkJson": ".work_json",
            "WorkTaskCallback": ".work_task_callback",
            "WorkTaskCallbackMessage": ".work_task_callback_message",
            "WorkTaskResponse": ".work_task_response",
            "WorkTaskType": ".work_task_type",
        },
    )

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AccessTokenResponse",
    "AiDesignAvailability",
    "AiRender",
    "AiRenderCallback",
    "AiRenderCallbackReply",
    "AiRenderResponse",
    "AiRenderStyle",
    "AiRenderStyles",
    "AiRenderStylesResponse",
    "City",
    "CityListResponse",
    "CreateProductionProjectRequest",
    "CreateViewingRoomRequest",
    "CreateWorkTaskRequest",
    "CruisePluginData",
    "CruisePluginDataAutoCamera",
    "CruisePluginResponse",
    "CustomBackdrop",
    "CustomBackdropFilter",
    "CustomCard",
    "CustomCardItem",
    "CustomCardResponse",
    "CustomDetail",
    "CustomDetailResponse",
    "CustomLocation",
    "CustomMusic",
    "CustomRoute",
    "CustomRoutes",
    "CustomRoutesResponse",
    "DesignArea",
    "DesignDecoration",
    "DesignFloorPlan",
    "DesignFloorPlanSet",
    "DesignLine",
    "DesignLineEnd",
    "DesignLineItem",
    "DesignModel",
    "DesignPoint",
    "DesignVector",
    "DesignVectorResponse",
    "DeviceType",
    "FloorPlan",
    "FloorPlanBounding",
    "FloorPlanCandidate",
    "FloorPlanComputed",
    "FloorPlanFloor",
    "FloorPlanFormatted",
    "FloorPlanObserver",
    "FloorPlanOutline",
    "FloorPlanResponse",
    "FloorPlanRoom",
    "FloorPlanRoomLabel",
    "FloorPlanRoomObserver",
    "FloorPlanRoomOutline",
    "FloorPlanRoomTag",
    "FloorPlanRules",
    "FloorPlanSearchResponse",
    "FloorPlanSearchResult",
    "GeoPoint",
    "GetPanoRulerPluginLocate",
    "GuideStop",
    "GuideStopListResponse",
    "GuideView",
    "ImageSize",
    "ListProductionProjectsSort",
    "LiveApp",
    "LiveAppExtension",
    "LiveAppMeta",
    "LiveAppRole",
    "LiveArchiveConfig",
    "LiveAudioService",
    "LiveCenterConfig",
    "LiveRole",
    "LiveRoleConfig",
    "LiveRoomUser",
    "LiveUserExtension",
    "LiveVoiceConfig",
    "LiveWsAccess",
    "PanoDownloadType",
    "PanoIsAccelerate",
    "PanoManifest",
    "PanoManifestFloorMap",
    "PanoRulerPluginData",
    "PanoRulerPluginDataPanoRulerPlugin",
    "PanoRulerPluginResponse",
    "PanoScan",
    "PanoTaskState",
    "PanoTaskStatus",
    "PanoTaskStatusResponse",
    "PanoTaskSubmission",
    "PanoTaskSubmissionResponse",
    "PanoUploadToken",
    "PanoUploadTokenResponse",
    "PlanePoint",
    "ProductionProject",
    "ProductionProjectPage",
    "ProductionProjectPageResponse",
    "ProductionProjectResponse",
    "ProductionProjectState",
    "ProductionProjectStatus",
    "ProductionTicket",
    "ProductionTicketResponse",
    "Quaternion",
    "RealseeEnvelope",
    "RealseeNoData",
    "RenderStatus",
    "Resblock",
    "ResblockSuggestions",
    "ResblockSuggestionsResponse",
    "RoomPicture",
    "RoomPictureCapture",
    "RoomPictureListResponse",
    "RoomTicket",
    "RoomTicketRequest",
    "RoomTicketResponse",
    "SearchFloorPlansAreaSort",
    "ShootType",
    "SpaceUrl",
    "SpaceUrlResponse",
    "SubmitAiRenderRequest",
    "SubmitPanoTaskRequest",
    "Tag",
    "TagListResponse",
    "ViewerView",
    "ViewingRoom",
    "ViewingRoomDetail",
    "ViewingRoomDetailResponse",
    "ViewingRoomResponse",
    "VoiceRoomSignature",
    "VoiceRoomSignatureRequest",
    "VoiceRoomSignatureResponse",
    "Vr",
    "VrMeta",
    "VrMetaDetail",
    "VrMetaFive",
    "VrMetaOriginal",
    "VrMetaResponse",
    "VrModel",
    "VrObserver",
    "VrPage",
    "VrPageResponse",
    "VrPanorama",
    "VrPanoramas",
    "VrResponse",
    "VrSummary",
    "VrType",
    "WorkDownload",
    "WorkDownloadResponse",
    "WorkJson",
    "WorkTaskCallback",
    "WorkTaskCallbackMessage",
    "WorkTaskResponse",
    "WorkTaskType",
)
