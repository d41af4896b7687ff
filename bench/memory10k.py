"""Peak memory of one crawl of ~9,700 pages (`python -m bench.memory10k`, after `--shapes` made the corpus):
~9,700 pages in one crawl: the 162 synthetic centres of the shapes corpus in each of its three versions."""
import json, sys, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / ".work" / "shapes" / "corpus"  # made by python -m bench --shapes
WORK = HERE / ".work" / "memory10k"
WORK.mkdir(parents=True, exist_ok=True)
from kiwatch.devserver import DevServer
from bench.proc import run
truth = json.load(open(str(CORPUS / "truth.json")))
import contextlib
srvs = {}
for v in ("baseline", "noise", "changes"):
    srvs[v] = DevServer(str(CORPUS / v)); srvs[v].validators = False
with contextlib.ExitStack() as st:
    for x in srvs.values(): st.enter_context(x)
    lines = []
    for v in ("baseline", "noise", "changes"):
        srv = srvs[v]
        for c in truth["centres"]:
            lines += ["[[centre]]", f'slug = "{v[:1]}-{c["slug"]}"', f'name = "{c["name"]} {v}"', 'municipality = "X"', 'kind = "kreisfreie Stadt"',
                      'regierungsbezirk = "Köln"', f'start_urls = ["{srv.base_url}{c["start"]}"]', f'allow = ["{c["allow"]}"]', ""]
    open(str(WORK / "sites.toml"), "w").write("\n".join(lines))
    env = {"KIWATCH_DOWNLOAD_DELAY": "0", "KIWATCH_AUTOTHROTTLE": "false", "KIWATCH_CONCURRENT_PER_DOMAIN": "16", "KIWATCH_CONCURRENT_REQUESTS": "16"}
    for f in WORK.glob("k.sqlite*"):
        __import__("os").unlink(f)
    m = run([str(Path(sys.executable).parent / "kiwatch"), "crawl", "--sites", str(WORK / "sites.toml"), "--db", f"sqlite:///{WORK / 'k.sqlite'}", "--allow-private-hosts", "-q"], env=env, timeout=1800)
    import sqlite3
    n = sqlite3.connect(WORK / "k.sqlite").execute("select count(*) from fetch_attempts").fetchone()[0]
    print(f"rc {m.returncode} pages {n} wall {m.wall_s:.1f} s cpu {m.cpu_s:.1f} s peak tree RSS {m.tree_peak_rss_mb:.0f} MB, largest process {m.peak_rss_mb:.0f} MB")
