"""Helpers for crawl tests: registry files, a small KI site tree, and crawls in a subprocess.

Crawls run as `python -m kiwatch.crawlers.dump` in a child process because the Twisted reactor
cannot be restarted within one process.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import ssl
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PNG_BYTES = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\xf8\x0f\0\x01\x01\x01\0\x18\xdd\x8d\xb0\0\0\0\0IEND\xaeB`\x82"
PDF_BYTES = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# Fast and small: every crawl test must finish in seconds.
FAST_ENV = {
    "KIWATCH_DOWNLOAD_TIMEOUT": "2",
    "KIWATCH_RETRY_TIMES": "2",
    "KIWATCH_RETRY_AFTER_CAP": "1",
    "KIWATCH_CONCURRENT_PER_DOMAIN": "16",
    "KIWATCH_CONCURRENT_REQUESTS": "32",
    "KIWATCH_MAX_HTML_BYTES": str(1024 * 1024),
    "KIWATCH_WARN_BYTES": str(4 * 1024 * 1024),
    "KIWATCH_CONTACT": "ki-test@example.org",
}


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value)  # a JSON string is a valid TOML basic string


def write_registry(path: Path, centres: list[dict]) -> Path:
    """A registry TOML file (format of DESIGN.md); `name` defaults to the slug."""
    chunks = []
    for centre in centres:
        entry = {"name": f"KI {centre['slug']}", **centre}
        chunks.append("[[centre]]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in entry.items()))
    path.write_text("\n".join(chunks), encoding="utf-8")
    return path


def run_dump(sites: Path, out: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 90) -> list[dict]:
    """Run one crawl in a child process and return its JSON lines."""
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")}
    child_env.update(FAST_ENV)
    child_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "kiwatch.crawlers.dump", str(sites), str(out), "--fast", *args],
        cwd=REPO, env=child_env, capture_output=True, text=True, timeout=timeout,
    )
    assert proc.returncode == 0, f"dump failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def closed_port() -> int:
    """A local port nobody listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def page(title: str, *links: tuple[str, str], text: str = "") -> str:
    anchors = "\n".join(f'<a href="{href}">{label}</a>' for href, label in links)
    return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p>\n{anchors}\n</body></html>\n"


def make_site(root: Path, *, other_host: str) -> Path:
    """A small KI site: scope, session ids, non-pages, depth, an allow-prefixed area, faults' files."""
    files = {
        "ki/index.html": page(
            "Kommunales Integrationszentrum",
            ("kontakt.html", "Kontakt"),
            ("team.html?PHPSESSID=abc123", "Unser Team"),
            ("team.html?PHPSESSID=zzz999&utm_source=x#oben", "Team"),
            ("/other/kontakt.html", "Kontakt (anderes Amt)"),
            (f"{other_host}/ki/fremd.html", "Kontakt woanders"),
            ("wetter.html", "Wetter heute"),
            ("bild.png", "Integration Bild"),
            ("mailto:ki@stadt.de", "Kontakt per Mail"),
            ("tel:+492031234", "Kontakt Telefon"),
            ("kalender.html?month=5&year=2024", "Integration Kalender"),
            ("flyer.pdf", "Flyer"),
            ("sink-boom.html", "Kontakt Störung"),
        ),
        "ki/kontakt.html": page("Kontakt", ("tief.html", "Kontakt Details")),
        "ki/tief.html": page("Tief", ("tiefer.html", "Kontakt noch tiefer")),
        "ki/tiefer.html": page("Tiefer"),
        "ki/team.html": page("Team", text="Leitung: Frau Muster"),
        "ki/wetter.html": page("Wetter"),
        "ki/kalender.html": page("Kalender"),
        "ki/sink-boom.html": page("Kontakt Störung"),
        "other/kontakt.html": page("Anderes Amt"),
        "x/start.html": page("Bereich X", ("wetter.html", "Wetter"), ("/y/kontakt.html", "Kontakt Y")),
        "x/wetter.html": page("Wetter in X"),
        "y/kontakt.html": page("Kontakt Y"),
        "known/index.html": page("Known", ("linked.html", "Kontakt")),
        "known/linked.html": page("Linked"),
        "known/orphan.html": page("Orphan: no link leads here any more"),
        "cond/etag.html": page("Conditional by ETag"),
        "cond/lastmod.html": page("Conditional by Last-Modified"),
        "many/index.html": page("Many", *[(f"kontakt{i}.html", f"Kontakt {i}") for i in range(30)]),
        "deep/index.html": page("Deep"),
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for i in range(30):
        (root / f"many/kontakt{i}.html").write_text(page(f"Kontakt {i}"), encoding="utf-8")
    (root / "ki/bild.png").write_bytes(PNG_BYTES)
    (root / "ki/flyer.pdf").write_bytes(PDF_BYTES)
    (root / "files").mkdir(exist_ok=True)
    (root / "files/doc.pdf").write_bytes(PDF_BYTES)
    (root / "files/bild.png").write_bytes(PNG_BYTES)
    (root / "files/page.html").write_text(page("Kontakt als Oktett-Strom"), encoding="utf-8")
    return root


def by_url(results: list[dict]) -> dict[str, dict]:
    """Results keyed by URL; fails on a URL reported twice (exactly one result per URL)."""
    keyed: dict[str, dict] = {}
    for result in results:
        key = f"{result['centre']} {result['url']}"
        assert key not in keyed, f"two results for {key}"
        keyed[result["url"]] = result
    return keyed


def self_signed_context(directory: Path) -> "ssl.SSLContext":
    """A server TLS context with a fresh self-signed certificate for 127.0.0.1/localhost."""
    import datetime
    import ipaddress
    import ssl

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context
