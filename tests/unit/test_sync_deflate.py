"""The payload is compressed on a second thread while it is written (sync/deflate.py)."""

from __future__ import annotations

import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerdesk.services.auth import SignedIn
from peerdesk.services.demo import DemoService
from peerdesk.sync.deflate import COMPRESS_LEVEL, Deflater
from peerdesk.sync.payload_export import build_payload
from tests.factories_sync import facility_and_office


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate() if t.name == "payload-deflate"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=5000), max_size=12))
def test_the_stream_inflates_to_the_pieces_joined(pieces: list[bytes]) -> None:
    with Deflater() as deflater:
        for piece in pieces:
            deflater.write(piece)
        stream = deflater.finish()
    assert zlib.decompress(stream) == b"".join(pieces)
    assert not _threads()


def test_a_large_payload_in_pieces_compresses_as_well_as_in_one_go() -> None:
    text = b"".join(b'{"id":"%06d","row":{"name":"Ana %d"}},' % (i, i % 97) for i in range(60_000))
    with Deflater() as deflater:
        for at in range(0, len(text), 100_000):
            deflater.write(text[at : at + 100_000])
        stream = deflater.finish()
    assert zlib.decompress(stream) == text
    assert len(stream) <= len(zlib.compress(text, COMPRESS_LEVEL)) * 1.05


def test_an_error_in_the_export_stops_the_thread() -> None:
    with pytest.raises(KeyError), Deflater() as deflater:
        deflater.write(b"x" * 1000)
        raise KeyError("the export stopped")
    assert not _threads()


def test_an_error_in_the_thread_reaches_finish(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def compress(self, data: bytes) -> bytes:
            raise MemoryError

        def flush(self) -> bytes:
            return b""

    monkeypatch.setattr(zlib, "compressobj", lambda level: Broken())
    with Deflater() as deflater:
        deflater.write(b"abc")
        with pytest.raises(MemoryError):
            deflater.finish()
    assert not _threads()


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SignedIn, SignedIn]]:
    def seed(fac: SignedIn, off: SignedIn) -> None:
        DemoService(fac.store).generate(fac.actor, 10, seed=7)

    yield from facility_and_office(tmp_path_factory.mktemp("deflate"), seed=seed)


def test_the_payload_comes_with_its_compressed_form(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    with fac.store.uow(write=False) as uow:
        payload = build_payload(uow.session, off.actor.site_id, 0, date.today())
    assert payload.written is not None and payload.deflated() is payload.written[1]
    assert zlib.decompress(payload.deflated()) == payload.data
    assert payload.record_count > 100 and not _threads()
    edited = replace(payload, data=payload.data.replace(b'"format":2', b'"format":1'))
    assert zlib.decompress(edited.deflated()) == edited.data  # not the stream written before


def test_a_cancelled_build_leaves_no_thread(sites: tuple[SignedIn, SignedIn]) -> None:
    fac, off = sites
    seen: list[float] = []

    def stop_in_the_tables(done: float) -> None:
        seen.append(done)
        if done > 0.7:
            raise KeyboardInterrupt

    with fac.store.uow(write=False) as uow, pytest.raises(KeyboardInterrupt):
        build_payload(uow.session, off.actor.site_id, 0, date.today(), stop_in_the_tables)
    assert seen[-1] > 0.7 and not _threads()
