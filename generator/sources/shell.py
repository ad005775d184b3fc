"""Splits a shell command (a curl sample on a page) into words the way a POSIX shell does, keeping
where each character of a word was written, so that a JSON body can be read with its page lines.

Quotes, backslashes and line continuations are honoured. One deliberate difference: a backslash
before a newline *inside* a word (or inside double quotes) keeps the newline, where a shell would
join the lines; a JSON body then keeps every key on the line the page prints it on. Between words a
backslash-newline continues the command, as in any shell. The command ends at a newline that does
not continue it, or at ``|``, ``;``, ``&``, ``<`` or ``>`` outside quotes; nothing is expanded.
"""

from __future__ import annotations

from attrs import frozen

_BLANKS = " \t\r"
_ENDS = "|;&<>"
_DOUBLE_QUOTED_ESCAPES = '"\\$`\n'


@frozen
class Word:
    """A word of a command: its text, and for each of its characters the offset it was written at."""

    text: str
    offsets: tuple[int, ...]


@frozen
class Command:
    words: tuple[Word, ...]
    end: int
    """The offset where the command stopped (its ending newline, or the end of the text)."""


class UnclosedQuote(ValueError):
    """A quote that the text never closes: not a command that can be read."""


class _Splitter:
    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.at = start
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def keep(self, offset: int) -> None:
        self.chars.append(self.text[offset])
        self.offsets.append(offset)

    def continuation(self) -> int:
        """The length of a backslash-newline at the current offset (CRLF too), or 0."""
        for mark in ("\\\n", "\\\r\n"):
            if self.text.startswith(mark, self.at):
                return len(mark)
        return 0

    def single_quoted(self) -> None:
        close = self.text.find("'", self.at + 1)
        if close < 0:
            raise UnclosedQuote
        for offset in range(self.at + 1, close):
            self.keep(offset)
        self.at = close + 1

    def double_quoted(self) -> None:
        self.at += 1
        while self.at < len(self.text) and self.text[self.at] != '"':
            if self.text[self.at] == "\\" and self.text[self.at + 1 : self.at + 2] in set(_DOUBLE_QUOTED_ESCAPES):
                self.at += 1
            self.keep(self.at)
            self.at += 1
        if self.at >= len(self.text):
            raise UnclosedQuote
        self.at += 1

    def word(self) -> Word:
        self.chars, self.offsets = [], []
        text = self.text
        while self.at < len(text) and text[self.at] not in _BLANKS + "\n" + _ENDS:
            char = text[self.at]
            if char == "'":
                self.single_quoted()
            elif char == '"':
                self.double_quoted()
            elif char == "\\" and self.at + 1 < len(text):
                if self.continuation():
                    self.at += self.continuation() - 1  # keep the newline: lines stay put
                else:
                    self.at += 1
                self.keep(self.at)
                self.at += 1
            else:
                self.keep(self.at)
                self.at += 1
        return Word("".join(self.chars), tuple(self.offsets))

    def command(self) -> Command:
        words: list[Word] = []
        text = self.text
        while self.at < len(text):
            if text[self.at] in _BLANKS:
                self.at += 1
            elif self.continuation():
                self.at += self.continuation()
            elif text[self.at] in "\n" + _ENDS or text[self.at] == "#":
                break
            else:
                words.append(self.word())
        return Command(tuple(words), self.at)


def split_command(text: str, start: int = 0) -> Command:
    """The words of the command starting at ``start``; raises UnclosedQuote when a quote never closes."""
    return _Splitter(text, start).command()


__all__ = ["Command", "UnclosedQuote", "Word", "split_command"]
