"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_request import AccessTokenRequest
from .access_token_response import AccessTokenResponse
from .create_viewing_room_request import CreateViewingRoomRequest
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
from .pano_scan import PanoScan
from .pano_task_state import PanoTaskState
from .pano_task_status import PanoTaskStatus
from .pano_task_status_response import PanoTaskStatusResponse
from .pano_task_submission import PanoTaskSubmission
from .pano_task_submission_response import PanoTaskSubmissionResponse
from .pano_upload_token import PanoUploadToken
from .pano_upload_token_response import PanoUploadTokenResponse
from .realsee_envelope import RealseeEnvelope
from .realsee_no_data import RealseeNoData
from .room_ticket import RoomTicket
from .room_ticket_request import RoomTicketRequest
from .room_ticket_response import RoomTicketResponse
from .submit_pano_task_request import SubmitPanoTaskRequest
from .viewing_room import ViewingRoom
from .viewing_room_detail import ViewingRoomDetail
from .viewing_room_detail_response import ViewingRoomDetailResponse
from .viewing_room_response import ViewingRoomResponse
from .voice_room_signature import VoiceRoomSignature
from .voice_room_signature_request import VoiceRoomSignatureRequest
from .voice_room_signature_response import VoiceRoomSignatureResponse

__all__ = (
    "AccessToken",
    "AccessTokenRequest",
    "AccessTokenResponse",
    "CreateViewingRoomRequest",
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
    "PanoScan",
    "PanoTaskState",
    "PanoTaskStatus",
    "PanoTaskStatusResponse",
    "PanoTaskSubmission",
    "PanoTaskSubmissionResponse",
    "PanoUploadToken",
    "PanoUploadTokenResponse",
    "RealseeEnvelope",
    "RealseeNoData",
    "RoomTicket",
    "RoomTicketRequest",
    "RoomTicketResponse",
    "SubmitPanoTaskRequest",
    "ViewingRoom",
    "ViewingRoomDetail",
    "ViewingRoomDetailResponse",
    "ViewingRoomResponse",
    "VoiceRoomSignature",
    "VoiceRoomSignatureRequest",
    "VoiceRoomSignatureResponse",
)
