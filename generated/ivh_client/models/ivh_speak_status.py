from enum import StrEnum

from vrlive_core.enums import is_known


class IvhSpeakStatus(StrEnum):
    """The digital human's speech. Text - WaitingTextStart, TextStart (being said), WaitingTextOver, TextOver (said, or
    interrupted). Audio - the same with Audio. Error - the last drive failed (it ends that drive; later ones still
    work). Clause mode of streaming text - SentenceNext (send the next clause), SentenceStart, SentenceOver.

    A value the spec does not list parses as an unknown member (``is_known`` is False).
    """

    AUDIOOVER = "AudioOver"
    AUDIOSTART = "AudioStart"
    ERROR = "Error"
    INITIAL = "Initial"
    SENTENCENEXT = "SentenceNext"
    SENTENCEOVER = "SentenceOver"
    SENTENCESTART = "SentenceStart"
    TEXTOVER = "TextOver"
    TEXTSTART = "TextStart"
    WAITINGAUDIOOVER = "WaitingAudioOver"
    WAITINGAUDIOSTART = "WaitingAudioStart"
    WAITINGTEXTOVER = "WaitingTextOver"
    WAITINGTEXTSTART = "WaitingTextStart"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value (False for an unknown member a response carried)."""
        return is_known(self)
