"""Benchmark 1: open + unlock (``AuthService.sign_in``) against Argon2id alone.

A real site is created with the production Argon2id cost; sign-in is then timed end to end
(key-slot file, Argon2id, AES-GCM unwrap, SQLCipher open, schema check, user lookup, audit
append, close) and compared with ``derive_kek`` on the same salt and parameters.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from unittest import mock

from bench.report import Row, Section, median, timed

USERNAME = "maria"
PASSPHRASE = "blue canoe under thunder"  # noqa: S105 - the throwaway bench site's


def run(repeats: int) -> Section:
    if os.environ.get("PEERDESK_TEST_WEAK_KDF"):
        raise RuntimeError("PEERDESK_TEST_WEAK_KDF must be unset: the bench uses production KDF")
    from peerdesk.db import keyslots
    from peerdesk.db.store import DataPaths
    from peerdesk.services.auth import AuthService
    from peerdesk.services.site_setup import initialize_site

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-unlock-") as tmp:
        paths = DataPaths(Path(tmp) / "site")
        init_time = timed(
            lambda: initialize_site(
                paths,
                site_name="Bench Facility",
                site_kind="facility",
                admin_username=USERNAME,
                admin_passphrase=PASSPHRASE,
            )
        )
        slots = keyslots.load(paths.slots)
        slot = slots.slots[slots.lookup_for(USERNAME)]
        if slot.kdf != keyslots.DEFAULT_KDF:
            raise RuntimeError(f"slot KDF {slot.kdf} is not the production {keyslots.DEFAULT_KDF}")

        auth = AuthService(paths)

        def sign_in() -> None:
            signed = auth.sign_in(USERNAME, PASSPHRASE)
            signed.store.close()

        def kdf() -> None:
            keyslots.derive_kek(PASSPHRASE, slot.salt, keyslots.DEFAULT_KDF)

        sign_in()  # warm-up: first-use imports and OS file cache
        kdf()
        sign_ins: list[float] = []
        kdfs: list[float] = []
        for i in range(repeats):
            # Alternate the order so that drift (turbo, thermal) hits both alike.
            for name in ("sign_in", "kdf") if i % 2 == 0 else ("kdf", "sign_in"):
                gc.collect()
                if name == "sign_in":
                    sign_ins.append(timed(sign_in))
                else:
                    kdfs.append(timed(kdf))

        # The same sign-in with Argon2id answered from a cache: what sign-in costs beyond the
        # KDF, measured directly rather than as a difference of two noisy ~0.5 s figures.
        real_kdf = keyslots.derive_kek
        cache: dict[tuple[str, bytes, keyslots.KdfParams], bytes] = {}

        def memo_kdf(secret: str, salt: bytes, params: keyslots.KdfParams) -> bytes:
            if (secret, salt, params) not in cache:
                cache[secret, salt, params] = real_kdf(secret, salt, params)
            return cache[secret, salt, params]

        overheads: list[float] = []
        with mock.patch.object(keyslots, "derive_kek", memo_kdf):
            sign_in()
            for _ in range(repeats):
                gc.collect()
                overheads.append(timed(sign_in))

    t_sign, t_kdf = median(sign_ins), median(kdfs)
    p = keyslots.DEFAULT_KDF
    return Section(
        title=(
            f"1. open + unlock vs Argon2id alone (t={p.time_cost}, "
            f"m={p.memory_kib // 1024} MiB, p={p.parallelism}; median of {repeats})"
        ),
        rows=[
            Row("sign_in + close / derive_kek, median", t_sign, t_kdf),
            Row(f"sign_in + close / derive_kek, best of {repeats}", min(sign_ins), min(kdfs)),
            Row("sign_in + close, KDF memoized / derive_kek", median(overheads), t_kdf),
        ],
        notes=[
            f"overhead beyond the KDF: {median(overheads) * 1e3:.1f} ms measured with the KDF "
            f"memoized; {(t_sign - t_kdf) * 1e3:.0f} ms as a difference of medians, "
            f"{(min(sign_ins) - min(kdfs)) * 1e3:.0f} ms of bests; ranges: sign-in "
            f"{min(sign_ins) * 1e3:.0f}-{max(sign_ins) * 1e3:.0f} ms, "
            f"derive_kek {min(kdfs) * 1e3:.0f}-{max(kdfs) * 1e3:.0f} ms",
            f"(site creation, two Argon2id slots: {init_time:.2f} s, not compared)",
        ],
    )
