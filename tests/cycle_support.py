"""Helpers for the meeting-cycle tests: a record from a gold file, a CA and certificates made here."""
from __future__ import annotations

import json
from pathlib import Path

from protokoll.model import Protocol

# Fields where the gold gives a list of acceptable values but the record has one value.
_SCALARS = {"organisation", "body", "number", "date", "start_time", "end_time", "location", "room", "contact",
            "chair", "secretary", "name", "affiliation", "title", "kind", "assignee", "due", "label"}


def _first(node, key=None):
    if isinstance(node, dict):
        return {k: _first(v, k) for k, v in node.items()}
    if isinstance(node, list):
        if key in _SCALARS:
            return _first(node[0]) if node else None
        return [_first(v) for v in node]
    return node


def protocol_from_gold(path: Path) -> Protocol:
    """The record a gold file describes, taking the first of each list of acceptable values."""
    return Protocol.model_validate(_first(json.loads(Path(path).read_text(encoding="utf-8"))))


# --- a CA and signers made in the test -------------------------------------------------------------------

def make_ca(folder: Path, name: str = "Protokoll Test Root"):
    """A self-signed root: (certificate, key, PEM path)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    pem = folder / f"{name.replace(' ', '_')}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key, pem


def make_signer(folder: Path, ca, common_name: str, passphrase: str = "hemligt") -> Path:
    """A PKCS#12 file with a signing certificate for ``common_name`` issued by ``ca`` (and the CA)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    ca_cert, ca_key, _ = ca
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(ca_cert.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    path = folder / f"{common_name.replace(' ', '_')}.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(common_name.encode(), key, cert, [ca_cert],
                                                          BestAvailableEncryption(passphrase.encode())))
    return path
