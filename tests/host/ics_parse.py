#!/usr/bin/python3
"""Parses an iCalendar file with Python's icalendar (Debian python3-icalendar)
and prints its events as JSON, for the host test of /api/calendar.ics.
Fails (exit 1) on a line longer than 75 octets or a line end other than CRLF."""
import datetime
import json
import sys

import icalendar

raw = open(sys.argv[1], 'rb').read()
for number, line in enumerate(raw.split(b'\r\n')[:-1], 1):
    if len(line) > 75 or b'\n' in line or b'\r' in line:
        sys.exit('line %d: %d octets or a bare line end' % (number, len(line)))
if not raw.endswith(b'\r\n'):
    sys.exit('no CRLF at the end')

cal = icalendar.Calendar.from_ical(raw)
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    end = e.decoded('DTEND')
    events.append({
        'uid': str(e['UID']),
        'sequence': int(e['SEQUENCE']),
        'dtstamp': e.decoded('DTSTAMP').strftime('%Y%m%dT%H%M%SZ'),
        'all_day': type(start) is datetime.date and type(end) is datetime.date,
        'start': start.isoformat(),
        'end': end.isoformat(),
        'summary': str(e['SUMMARY']),
        'description': str(e.get('DESCRIPTION', '')),
        'categories': [str(c) for c in e.get('CATEGORIES').cats] if e.get('CATEGORIES') else [],
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME', '')), 'events': events}, ensure_ascii=False))
