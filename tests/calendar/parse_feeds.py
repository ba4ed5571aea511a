#!/usr/bin/python3
"""Parses every annual-calendar feed the server offers with an independent parser (Debian's
python3-icalendar): every body's, every county's, the City of Helsinki's, HUS's and Espoo's, in
Finnish, Swedish and English. Starts the real program on a fresh SQLite file loaded with data/.
Usage: parse_feeds.py BINARY DATA_DIR"""
import json
import subprocess
import sys
import tempfile
import urllib.request

from icalendar import Calendar

binary, data_dir = sys.argv[1], sys.argv[2]
failures = []
with tempfile.TemporaryDirectory() as work:
    database = f"sqlite:{work}/calendar.db"
    subprocess.run([binary, "--database", database, "load", "--quiet", data_dir], check=True)
    server = subprocess.Popen([binary, "--database", database, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline().strip().rsplit(":", 1)[1])
        base = f"http://127.0.0.1:{port}"

        def get(path):
            with urllib.request.urlopen(base + path, timeout=30) as response:
                return response.headers.get("Content-Type"), response.read()

        bodies = [b["id"] for b in json.loads(get("/api/bodies")[1])]
        counties = [o["id"] for o in json.loads(get("/api/organisations?classification=wellbeing_services_county")[1])]
        feeds = [f"/api/calendar/bodies/{b}.ics" for b in bodies]
        feeds += [f"/api/calendar/organisations/{o}.ics" for o in counties + ["municipality-091", "hus", "municipality-049"]]
        parsed = 0
        for feed in feeds:
            for lang in ("fi", "sv", "en"):
                content_type, body = get(f"{feed}?lang={lang}")
                if not content_type.startswith("text/calendar"):
                    failures.append(f"{feed}: content type {content_type}")
                    continue
                calendar = Calendar.from_ical(body)
                events = [c for c in calendar.walk("VEVENT")]
                uids = [str(e["UID"]) for e in events]
                if len(uids) != len(set(uids)):
                    failures.append(f"{feed}?lang={lang}: repeated UIDs")
                for e in events:
                    for field in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
                        if field not in e:
                            failures.append(f"{feed}?lang={lang}: a VEVENT has no {field}")
                parsed += 1
        # What the feeds must say: Espoo's negotiation of 15.1.2025 and its open § 14 deadline, in Swedish.
        espoo = Calendar.from_ical(get("/api/calendar/organisations/municipality-049.ics?lang=sv")[1])
        starts = {str(e["SUMMARY"]): e["DTSTART"].dt.isoformat() for e in espoo.walk("VEVENT")}
        if starts.get("Förhandling mellan välfärdsområdet och kommunen: Esbo och Västra Nyland") != "2025-01-15":
            failures.append(f"Espoo's negotiation is missing from its Swedish feed: {starts}")
        if not any(s.startswith("Tidsfrist: ") and d == "2029-05-31" for s, d in starts.items()):
            failures.append(f"Espoo's § 14 deadline 31.5.2029 is missing: {starts}")
    finally:
        server.terminate()
        server.wait(timeout=10)

for f in failures:
    print("FAIL:", f)
print(f"calendar feeds: {parsed} parsed, {len(failures)} failures")
sys.exit(1 if failures else 0)
