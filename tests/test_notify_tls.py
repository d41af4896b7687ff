"""SMTP over STARTTLS and implicit TLS against a real aiosmtpd on 127.0.0.1 with its own
certificate: delivered when the certificate is trusted, refused with a clear reason when not,
and the password never appears in an error."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from kiwatch.notify.mailer import DeliveryError, Mailer
from kiwatch.settings import Settings

from tests.crawlhelp import self_signed_context
from tests.notify_support import Handler, free_port


def message() -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "kiwatch@example.org", "laki@example.org", "KI Duisburg: neue Adresse"
    msg.set_content("Sonnenwall 73-75")
    return msg


@pytest.fixture
def tls(tmp_path):
    return self_signed_context(tmp_path), str(tmp_path / "cert.pem")


def serve(**kwargs):
    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller, handler


def settings(controller, security, **extra) -> Settings:
    return Settings(smtp_host="127.0.0.1", smtp_port=controller.port, smtp_security=security, smtp_timeout=5.0,
                    mail_from="kiwatch@example.org", **extra)


def test_starttls_delivers_when_the_certificate_is_trusted_and_refuses_when_not(tls):
    context, ca_file = tls
    controller, handler = serve(tls_context=context, require_starttls=True)
    try:
        with Mailer(settings(controller, "starttls", smtp_ca_file=ca_file)) as mailer:
            mailer.send(message(), "laki@example.org")
        assert [m["Subject"] for m in handler.to("laki@example.org")] == ["KI Duisburg: neue Adresse"]
        with pytest.raises(DeliveryError, match="TLS failed") as info, Mailer(settings(controller, "starttls")) as mailer:
            mailer.send(message(), "laki@example.org")  # self-signed, not trusted: never sent in clear
        assert info.value.temporary
        assert len(handler.messages) == 1
    finally:
        controller.stop()


def test_implicit_tls_delivers(tls):
    context, ca_file = tls
    controller, handler = serve(ssl_context=context)
    try:
        with Mailer(settings(controller, "tls", smtp_ca_file=ca_file)) as mailer:
            mailer.send(message(), "laki@example.org")
        assert len(handler.to("laki@example.org")) == 1
    finally:
        controller.stop()


def test_server_without_starttls_is_not_used_in_clear():
    controller, handler = serve()
    try:
        with pytest.raises(DeliveryError, match="does not offer STARTTLS"), Mailer(settings(controller, "starttls")) as mailer:
            mailer.send(message(), "laki@example.org")
        assert handler.messages == []
    finally:
        controller.stop()


def test_refused_login_names_the_user_but_never_the_password(tls):
    context, ca_file = tls

    def refuse(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=False, handled=False)

    controller, handler = serve(tls_context=context, require_starttls=True, authenticator=refuse, auth_require_tls=True)
    try:
        secret = "s3cr3t-Passw0rt"
        mailer = Mailer(settings(controller, "starttls", smtp_ca_file=ca_file, smtp_user="kiwatch", smtp_password=secret))
        with pytest.raises(DeliveryError) as info, mailer:
            mailer.send(message(), "laki@example.org")
        assert "kiwatch" in str(info.value) and not info.value.temporary
        assert secret not in str(info.value) and secret not in repr(mailer)
        assert handler.messages == []
    finally:
        controller.stop()


def test_user_set_but_server_offers_no_login_names_the_real_reason():
    """Issue 8 #14: security none, a user set, a server without AUTH: the message says there is no
    login on this connection (not "does not offer STARTTLS"), and nothing is sent unauthenticated."""
    controller, handler = serve()  # aiosmtpd without an authenticator offers no AUTH
    try:
        mailer = Mailer(settings(controller, "none", smtp_user="kiwatch", smtp_password="pw"))
        with pytest.raises(DeliveryError) as info, mailer:
            mailer.send(message(), "laki@example.org")
        assert "offers no login (AUTH)" in str(info.value) and "smtp_user" in str(info.value)
        assert "STARTTLS" not in str(info.value).split(";")[0] and not info.value.temporary
        assert handler.messages == []
        with Mailer(settings(controller, "none")) as mailer:  # without a user it is an open relay: delivered
            mailer.send(message(), "laki@example.org")
        assert len(handler.messages) == 1
    finally:
        controller.stop()
