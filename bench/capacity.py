"""Capacity of one machine at the default politeness: a generated registry of many hosts on
loopback addresses (127.0.x.y, one per centre), crawled by `kiwatch crawl` with its defaults
(robots.txt obeyed, 1 s delay per host, AutoThrottle, 1 request per host at a time, 16 in all).

    python -m bench --capacity                      # 1,000 hosts x 6 pages, 0 and 200 ms latency
    python -m bench --capacity --hosts 200 --pages 6 --latency 0.2

Each host serves a small invented centre site: a start page linking to `pages - 1` sub-pages
(contact, team, news, ...), a robots.txt, nothing else — every request loop is bounded.
The server answers after `latency` seconds (asyncio, so waiting costs no CPU), standing in
for the network and the municipal server. Only loopback addresses are used.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from pathlib import Path

from bench.blocks import replace_block

from bench.kiwatch_runner import Kiwatch

SUBPAGES = ("kontakt", "team", "ueber-uns", "aktuelles", "projekte", "angebote", "downloads", "organisation")
BEGIN, END = "<!-- bench:capacity:begin -->", "<!-- bench:capacity:end -->"


def host_of(i: int) -> str:
    return f"127.0.{1 + i // 250}.{1 + i % 250}"


def _page(i: int, name: str, pages: int) -> bytes:
    links = "".join(f'<li><a href="/ki/{s}.html">{s.replace("-", " ").title()}</a></li>'
                    for s in SUBPAGES[: pages - 1])
    body = (f"<h1>Kommunales Integrationszentrum Probestadt {i}</h1>"
            f"<p>Das Kommunale Integrationszentrum Probestadt {i} ist Teil des Amtes für Bildung und Integration.</p>"
            f"<h2>Kontakt</h2><p>Kommunales Integrationszentrum<br>Beispielweg {1 + i % 90}<br>{40000 + i} Probestadt {i}</p>"
            f"<p>Telefon: 0201 {1000 + i}-0<br>E-Mail: ki@probestadt{i}.example</p>"
            f"<p>Leitung: Erika Beispiel{i}</p><h2>{name}</h2>"
            + "<p>Wir beraten Zugewanderte, Schulen und Vereine in Probestadt und begleiten Projekte.</p>" * 8)
    return (f"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{name} – KI Probestadt {i}</title>"
            f"</head><body><nav><ul><li><a href=\"/ki/\">Start</a></li>{links}</ul></nav>"
            f"<main>{body}</main><footer>Stadt Probestadt {i}</footer></body></html>").encode()


class LoopbackFarm:
    """One asyncio HTTP/1.1 server listening on `hosts` loopback addresses, in a thread."""

    def __init__(self, hosts: int, pages: int, latency: float):
        self.hosts, self.pages, self.latency = hosts, pages, latency
        self.requests = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "LoopbackFarm":
        self._thread.start()
        self._ready.wait(60)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._start())
        self._ready.set()
        self._loop.run_forever()

    async def _start(self) -> None:
        addresses = [host_of(i) for i in range(self.hosts)]
        first = await asyncio.start_server(self._serve, addresses[0], 0, backlog=256)
        self.port = first.sockets[0].getsockname()[1]
        self._servers = [first]
        for chunk in range(1, len(addresses), 100):
            self._servers.append(await asyncio.start_server(self._serve, addresses[chunk:chunk + 100], self.port,
                                                            backlog=64))

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host = writer.get_extra_info("sockname")[0]
        parts = host.split(".")
        index = (int(parts[2]) - 1) * 250 + int(parts[3]) - 1
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                while (h := await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                self.requests += 1
                path = line.split()[1].decode("latin-1") if len(line.split()) > 1 else "/"
                if self.latency:
                    await asyncio.sleep(self.latency)
                status, body, ctype = self._answer(index, path)
                writer.write(f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                             + body)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def _answer(self, i: int, path: str) -> tuple[str, bytes, str]:
        if path == "/robots.txt":
            return "200 OK", b"User-agent: *\nDisallow: /intern/\n", "text/plain"
        if path in ("/ki/", "/ki/index.html"):
            return "200 OK", _page(i, "Startseite", self.pages), "text/html; charset=utf-8"
        name = path.removeprefix("/ki/").removesuffix(".html")
        if name in SUBPAGES[: self.pages - 1]:
            return "200 OK", _page(i, name.title(), self.pages), "text/html; charset=utf-8"
        return "404 Not Found", b"<html><body>Nicht gefunden</body></html>", "text/html; charset=utf-8"


def write_registry(path: Path, hosts: int, port: int) -> None:
    lines = []
    for i in range(hosts):
        lines += ["[[centre]]", f'slug = "probe-{i:04d}"', f'name = "KI Probestadt {i}"', f'municipality = "Probestadt {i}"',
                  'kind = "kreisfreie Stadt"', 'regierungsbezirk = "Köln"',
                  f'start_urls = ["http://{host_of(i)}:{port}/ki/"]', 'allow = ["/ki/"]', ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def measure(work: Path, hosts: int, pages: int, latency: float, log=print) -> dict:
    """Two crawls (first, then a re-crawl) of `hosts` x `pages` at the default politeness."""
    out = {"hosts": hosts, "pages_per_host": pages, "latency_s": latency, "runs": {}}
    d = work / "capacity" / f"{hosts}x{pages}-{int(latency * 1000)}ms"
    d.mkdir(parents=True, exist_ok=True)
    with LoopbackFarm(hosts, pages, latency) as farm:
        sites = d / "sites.toml"
        write_registry(sites, hosts, farm.port)
        runner = Kiwatch(d, sites)
        runner.env = {}  # the defaults: politeness on
        for name in ("first", "recrawl"):
            before = farm.requests
            t0 = time.time()
            res = runner.check(name)
            rec = {"wall_s": res.wall_s, "cpu_s": res.cpu_s, "peak_rss_mb": res.peak_rss_mb, "fetches": res.fetches,
                   "requests": farm.requests - before, "note": res.note, "load1": os.getloadavg()[0]}
            try:
                from bench.shapes import _run_summary

                rec["cpu"] = _run_summary(runner.db_path).get("cpu", {})
                if rec["cpu"].get("first_request_at"):
                    rec["startup_wall_s"] = rec["cpu"]["first_request_at"] - t0
            except Exception as exc:  # the figures above still stand
                rec["cpu_error"] = str(exc)
            out["runs"][name] = rec
            log(f"capacity {hosts}x{pages} latency {latency * 1000:.0f} ms {name}: {res.wall_s:.1f} s, "
                f"{res.fetches} fetches, {farm.requests - before} requests, {res.cpu_s:.1f} CPU s, "
                f"{res.peak_rss_mb:.0f} MB {res.note[:200]}")
    return out


def render(results: list[dict], night_hours: float = 8.0) -> str:
    lines = ["| hosts × pages | server latency | pass | wall s | pages/s | CPU ms/page (all processes) | peak MB | "
             "centres per night (8 h), this many pages each | CPU share of the night |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        for name, run in r["runs"].items():
            pages = run["fetches"] or r["hosts"] * r["pages_per_host"]
            rate = pages / run["wall_s"]
            per_centre_s = run["wall_s"] / r["hosts"]
            centres_night = night_hours * 3600 / per_centre_s
            lines.append(f"| {r['hosts']} × {r['pages_per_host']} | {r['latency_s'] * 1000:.0f} ms | {name} | "
                         f"{run['wall_s']:.1f} | {rate:.1f} | {1000 * run['cpu_s'] / pages:.2f} | {run['peak_rss_mb']:.0f} | "
                         f"{centres_night:,.0f} | {run['cpu_s'] / run['wall_s'] / (os.cpu_count() or 1):.0%} |")
    return "\n".join(lines)


def update_benchmarks(path: Path, md: str) -> None:
    replace_block(path, md, BEGIN, END, "Capacity at the default politeness (issue 11)")


def main(work: Path, hosts: int, pages: int, latencies: list[float], update: Path | None, log=print) -> str:
    results = [measure(work, hosts, pages, lat, log=log) for lat in latencies]
    (work / "capacity" / "report-capacity.json").write_text(json.dumps(results, indent=1, default=str))
    md = (f"Run of {time.strftime('%Y-%m-%d %H:%M:%S %Z')}: `python -m bench --capacity --hosts {hosts} --pages {pages}` "
          f"(kiwatch defaults: robots.txt, 1 s per host, AutoThrottle, 1 request per host, 16 in all).\n\n" + render(results))
    if update is not None:
        update_benchmarks(update, md)
    return md
