"""DNS rebinding: the URL check sees a public address, the connection would go to a private
one. The resolver used for connecting refuses it (RELIABILITY H4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from kiwatch.devserver import DevServer

from tests.crawlhelp import FAST_ENV, REPO, write_registry

REBIND = textwrap.dedent("""
    import sys
    import kiwatch.netguard as netguard
    # The policy check's lookup answers with a public address (first DNS answer of a rebinding
    # attack); the connection's own lookup then gets the real one: 127.0.0.1.
    netguard.resolve = lambda host: ["93.184.216.34"] if host == "localhost" else [host]
    from kiwatch.crawlers.dump import main
    raise SystemExit(main(sys.argv[1:]))
""")


def test_private_address_found_at_connection_time_is_refused(tmp_path):
    (tmp_path / "site" / "ki").mkdir(parents=True)
    (tmp_path / "site" / "ki" / "index.html").write_text("<html><body><p>KI</p></body></html>")
    with DevServer(tmp_path / "site") as server:
        sites = write_registry(tmp_path / "sites.toml", [
            {"slug": "rebind", "start_urls": [f"http://localhost:{server.port}/ki/index.html"], "allow": ["/ki/"]}])
        out = tmp_path / "out.jsonl"
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIWATCH_")} | FAST_ENV
        proc = subprocess.run([sys.executable, "-c", REBIND, str(sites), str(out), "--fast"], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=90)
        assert proc.returncode == 0, proc.stderr[-3000:]
        (result,) = [json.loads(line) for line in out.read_text().splitlines()]
        assert (result["outcome"], result["reason"]) == ("blocked", "private_host"), result["detail"]
        assert "resolves to a loopback address (127.0.0.1)" in result["detail"]
        assert server.requested_paths() == []  # nothing reached the private host, not even robots.txt
