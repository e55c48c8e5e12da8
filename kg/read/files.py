"""Input files: which ones, their bytes, and whether those bytes are UTF-8 text."""
from __future__ import annotations

import os
import re
from typing import Callable, Iterator, Optional, Sequence

from kg.langid import script_of

#: file endings picked up when a folder is given
INPUT_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".xml", ".md")
#: larger inputs are not news articles (and would slow every later stage)
MAX_BYTES = 20 * 1024 * 1024


class ReadError(Exception):
    """An input that cannot be read as an article; ``str()`` is one line naming the file."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = " ".join(reason.split())
        super().__init__(path, self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # survives multiprocessing
        return (ReadError, (self.path, self.reason))


class InputFile(str):
    """A path to read, and its name under the folder it was found in, that folder's name first
    (``feed-a/item.txt``; a file named directly: its folder's name and its own): what tells two
    ``item.txt`` of two feeds apart, whichever way they are given."""

    relative: str

    def __new__(cls, path: str, relative: Optional[str] = None) -> "InputFile":
        self = super().__new__(cls, path)
        self.relative = (relative or os.path.basename(path)).replace(os.sep, "/")
        return self


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """``s3://bucket/feed``, ``file:///data/feed``...: read through fsspec, not ``open``."""
    return bool(_URL.match(str(path)))


def url_filesystem(url: str):
    """(fsspec filesystem, path inside it) for ``url``; a ReadError naming the URL when fsspec or
    the protocol's own package (s3fs, gcsfs...) is not installed, so a user learns what to install."""
    try:
        import fsspec
    except ImportError:
        raise ReadError(url, "reading URLs needs fsspec: pip install fsspec") from None
    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:
        protocol = url.split("://", 1)[0]
        raise ReadError(url, f"the {protocol}:// protocol needs a package that is not installed "
                             f"({exc}; e.g. pip install {_PACKAGES.get(protocol, protocol + 'fs')})") from None
    except ValueError as exc:
        raise ReadError(url, f"unknown URL protocol ({exc})") from None


#: the fsspec package behind common protocols (for the message when it is missing)
_PACKAGES = {"s3": "s3fs", "s3a": "s3fs", "gs": "gcsfs", "gcs": "gcsfs", "az": "adlfs", "abfs": "adlfs",
             "http": "aiohttp", "https": "aiohttp", "hdfs": "pyarrow"}


def _url_inputs(given: str) -> list[InputFile | ReadError]:
    """The files a URL names: itself, or the input files below it (sorted, hidden ones skipped),
    named ``folder/file`` as a local folder's are, so that a URL and a local path of the same
    folder give the same articles."""
    try:
        fs, root = url_filesystem(given)
        if not fs.exists(root):
            return [ReadError(given, "no such file or directory")]
        if not fs.isdir(root):
            parent = root.rstrip("/").rsplit("/", 2)
            return [InputFile(given, "/".join(parent[-2:]))]
        protocol = given.split("://", 1)[0]
        base = given.rstrip("/")
        top = root.rstrip("/").rsplit("/", 1)[-1]
        out: list[InputFile | ReadError] = []
        for found in sorted(fs.find(root), key=lambda p: p[len(root.rstrip("/")):].split("/")):
            rel = found[len(root.rstrip("/")):].lstrip("/")
            if any(part.startswith(".") for part in rel.split("/")) or not rel.lower().endswith(INPUT_SUFFIXES):
                continue
            url = f"{base}/{rel}" if base.startswith(f"{protocol}://") else fs.unstrip_protocol(found)
            out.append(InputFile(url, f"{top}/{rel}"))
        return out
    except ReadError as err:
        return [err]
    except Exception as exc:  # the remote side's own failure (permissions, network): one line
        return [ReadError(given, f"cannot list ({type(exc).__name__}: {exc})")]


def iter_input_files(paths: Sequence[str]) -> Iterator[InputFile | ReadError]:
    """Files named or found under folders (sorted, recursive); ReadError for missing paths.

    A file named explicitly is taken whatever its ending; inside folders only
    :data:`INPUT_SUFFIXES` count and hidden files and folders are skipped. An
    unreadable subfolder is reported, not silently skipped. A URL (``file://``, ``s3://``...)
    is listed through fsspec the same way.
    """
    seen: set[str] = set()
    for given in paths:
        if is_url(given):
            for path in _url_inputs(given):
                if isinstance(path, ReadError) or str(path) not in seen:
                    seen.add(str(path))
                    yield path
            continue
        if os.path.isdir(given):
            top = os.path.basename(os.path.normpath(os.path.abspath(given)))
            found: list[str | ReadError] = [p if isinstance(p, ReadError) else
                                            InputFile(p, os.path.join(top, os.path.relpath(p, given)))
                                            for p in _walk(given)]
        elif os.path.isfile(given):
            parent = os.path.basename(os.path.dirname(os.path.abspath(given)))
            found = [InputFile(given, os.path.join(parent, os.path.basename(given)))]
        else:
            yield ReadError(given, "no such file or directory")
            continue
        for path in found:
            if isinstance(path, ReadError):
                yield path
                continue
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                yield path


def _walk(folder: str) -> list[str | ReadError]:
    """Input files below ``folder`` in a stable order (by path components)."""
    found: list[str] = []
    errors: list[ReadError] = []

    def onerror(exc: OSError) -> None:
        errors.append(ReadError(exc.filename or folder, f"cannot list folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in files
                     if not name.startswith(".") and name.lower().endswith(INPUT_SUFFIXES))
    ordered: list[str | ReadError] = sorted(found, key=lambda p: os.path.relpath(p, folder).split(os.sep))
    return ordered + errors


def _load_url(url: str) -> bytes:
    fs, inner = url_filesystem(url)
    try:
        if fs.isdir(inner):
            raise ReadError(url, "is a directory")
        if (fs.size(inner) or 0) > MAX_BYTES:
            raise ReadError(url, f"file too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        with fs.open(inner, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise ReadError(url, "no such file or directory") from None
    except PermissionError:
        raise ReadError(url, "permission denied") from None
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(url, f"cannot read ({type(exc).__name__}: {exc})") from None


def load_bytes(path: str) -> bytes:
    """The file's bytes (through fsspec for a URL), or a ReadError saying why not."""
    if is_url(path):
        raw = _load_url(path)
        if not raw.strip():
            raise ReadError(path, "empty file")
        return raw
    try:
        if os.path.isdir(path):
            raise ReadError(path, "is a directory")
        if os.path.getsize(path) > MAX_BYTES:
            raise ReadError(path, f"file too large (over {MAX_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise ReadError(path, "no such file or directory") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, exc.strerror or "cannot read file") from None
    if not raw.strip():
        raise ReadError(path, "empty file")
    return raw


def decode(raw: bytes, path: str) -> str:
    """UTF-8 text of ``raw``; other encodings are refused with a guess for the user."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
        raise ReadError(path, "not UTF-8 (looks like UTF-16); re-save it as UTF-8")
    if b"\x00" in raw:
        raise ReadError(path, "binary file (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        guess = guess_encoding(raw)
        looks = f"looks like {guess}" if guess else f"invalid byte at offset {exc.start}"
        raise ReadError(path, f"not UTF-8 ({looks}); re-save it as UTF-8") from None


def _looks_utf16(raw: bytes) -> bool:
    """BOM-less UTF-16: NULs in every other byte that decode to printable text."""
    sample = raw[:2000]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) <= 0.4 * len(sample) / 2:
        return False
    try:
        text = sample.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return False
    return _share(text, lambda c: c.isprintable() or c.isspace()) > 0.95


def _share(chars: str, test: Callable[[str], bool]) -> float:
    """Fraction of ``chars`` passing ``test`` (0 for no chars)."""
    return sum(1 for c in chars if test(c)) / len(chars) if chars else 0.0


def _common_in(ch: str, codec: str, lo: int, hi: int) -> bool:
    """The character's lead byte in ``codec`` falls in its frequent-character block."""
    try:
        return lo <= ch.encode(codec)[0] <= hi
    except UnicodeEncodeError:
        return False


def _latin_in_word(text: str) -> float:
    """Share of non-ASCII letters next to an ASCII letter: accented Latin, not mojibake."""
    hits = total = 0
    for i, ch in enumerate(text):
        if ord(ch) > 0x7F and ch.isalpha():
            total += 1
            around = text[max(i - 1, 0):i] + text[i + 1:i + 2]
            hits += any(c.isascii() and c.isalpha() for c in around)
    return hits / total if total else 0.0


def _script_share(script: str) -> Callable[[str], float]:
    return lambda chars: _share(chars, lambda c: script_of(c) == script)


#: (codec, name shown to the user, plausibility of the decoded non-ASCII text)
_CANDIDATES: tuple[tuple[str, str, Callable[[str], float]], ...] = (
    ("gb18030", "GB18030", lambda t: _share(t, lambda c: script_of(c) == "Han")
     * _share(t, lambda c: _common_in(c, "gb2312", 0xB0, 0xD7))),
    ("big5", "Big5", lambda t: _share(t, lambda c: script_of(c) == "Han")
     * _share(t, lambda c: _common_in(c, "big5", 0xA4, 0xC6))),
    ("shift_jis", "Shift_JIS", lambda t: _share(t, lambda c: script_of(c) == "Kana" and ord(c) < 0xFF66)
     + 0.5 * _share(t, lambda c: script_of(c) == "Han")),
    ("euc_kr", "EUC-KR", _script_share("Hangul")),
    ("cp1256", "Windows-1256", _script_share("Arabic")),
    ("cp1251", "Windows-1251", lambda t: _share(t, lambda c: script_of(c) == "Cyrillic" and c.islower())),
    ("koi8_r", "KOI8-R", lambda t: _share(t, lambda c: script_of(c) == "Cyrillic" and c.islower())),
    ("cp1252", "Windows-1252", _latin_in_word),
)


def guess_encoding(raw: bytes) -> Optional[str]:
    """Name of the legacy encoding ``raw`` most plausibly uses, or None.

    Each candidate decodes the bytes; the one whose non-ASCII characters look
    most like real text of its script wins.
    """
    best: tuple[float, Optional[str]] = (0.5, None)
    for codec, name, plausible in _CANDIDATES:
        try:
            decoded = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        rest = "".join(c for c in decoded if ord(c) > 0x7F and not c.isspace())
        if not rest:
            continue
        score = plausible(rest) if codec != "cp1252" else plausible(decoded)
        if score > best[0]:
            best = (score, name)
    return best[1]
