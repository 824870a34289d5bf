"""A site's own key pair set: Ed25519 for signing bundles, X25519 (age) for receiving them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SiteKeyMaterial:
    """Secret key material, kept only inside the encrypted database."""

    signing_key: bytes  # raw 32-byte Ed25519 private key
    age_identity: str  # "AGE-SECRET-KEY-1..."

    def signing_public_key(self) -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        private = Ed25519PrivateKey.from_private_bytes(self.signing_key)
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def age_recipient(self) -> str:
        """The public "age1..." recipient string for this identity."""
        import pyrage

        identity = pyrage.x25519.Identity.from_str(self.age_identity)
        return str(identity.to_public())


def generate() -> SiteKeyMaterial:
    """Fresh keys from the operating system's CSPRNG."""
    import pyrage
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    identity = pyrage.x25519.Identity.generate()
    return SiteKeyMaterial(signing_key=raw, age_identity=str(identity))
