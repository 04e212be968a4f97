#!/usr/bin/env python3
"""The Node peer's generated register (../shared/peer, seed.js) in this
monitor's contract (docs/data-format.md), so both serve the same records in
the benchmark. Reads the peer's SQLite file and a dataset exported by this
monitor (for the header and the strategy); writes a dataset to import.

Choices the contract forces, the same for every record:
- Hof van Twente (GM1735) is added to a record's partners when the peer's
  record lacks it (the contract requires it in every partnership).
- The peer's decision bodies 'burgemeester' and 'ambtelijk' have no code of
  their own here: 'overig' (the text keeps the peer's words); none: 'onbekend'.
- Other organisations than municipalities get a slug id and a kind from
  their name. Strategy links to the 2014 numbers are dropped (the numbers
  are the peer's now).

Usage: bench/peer_dataset.py PEER.db BASE.json OUT.json
"""
import json
import re
import sqlite3
import sys
import unicodedata

CODE = {  # the peer's values -> this contract's codes, where they differ
    "gemeenschappelijke regeling": "gemeenschappelijke_regeling",
    "macht en kracht": "macht_en_kracht",
    "wettelijke verplichting": "wettelijke_verplichting",
    "continuïteit": "continuiteit",
    "in onderzoek": "in_onderzoek",
    "beëindigd": "beeindigd",
    "burgemeester": "overig",
    "ambtelijk": "overig",
}
HOF_VAN_TWENTE = "GM1735"


def code(value):
    return CODE.get(value, value)


def slug(name):
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:64]


def kind(name):
    first = name.split()[0].lower()
    return {"provincie": "provincie", "waterschap": "waterschap"}.get(first, "samenwerkingsverband")


def organisation(row):
    oid, name, cbs = row
    if cbs:
        return {"id": cbs, "name": name, "kind": "gemeente", "cbs_code": cbs}
    return {"id": slug(name), "name": name, "kind": kind(name), "cbs_code": None}


def main(peer_db, base_json, out_json):
    db = sqlite3.connect(peer_db)
    orgs = {row[0]: organisation(row) for row in db.execute("SELECT id, name, cbs_code FROM organisations ORDER BY id")}
    partners, motives = {}, {}
    for pid, oid in db.execute("SELECT partnership_id, organisation_id FROM partners ORDER BY partnership_id, organisation_id"):
        partners.setdefault(pid, []).append(orgs[oid]["id"])
    for pid, motive in db.execute("SELECT partnership_id, motive FROM motives ORDER BY partnership_id, motive"):
        motives.setdefault(pid, []).append(code(motive))
    records = []
    for (pid, number, name, description, scale, lf, lft, mt, dbc, dbt, layer, status, revision) in db.execute(
            "SELECT id, number, name, description, scale, legal_form_category, legal_form_text, motives_text,"
            " decided_by_category, decided_by_text, layer, status, revision FROM partnerships ORDER BY id"):
        ids = partners.get(pid, [])
        if HOF_VAN_TWENTE not in ids:
            ids = [HOF_VAN_TWENTE] + ids
        records.append({
            "number": number, "name": name, "description": description, "partners": ids, "scale": scale,
            "legal_form": {"category": code(lf), "text": lft or ""},
            "motives": {"categories": motives.get(pid, []), "text": mt or ""},
            "decided_by": {"category": code(dbc) if dbc else "onbekend", "text": dbt or ""},
            "layer": layer, "status": code(status), "revision": revision,
        })
    with open(base_json, encoding="utf-8") as f:
        dataset = json.load(f)
    dataset["organisations"] = list(orgs.values())
    dataset["partnerships"] = records
    for layer in dataset.get("strategy", {}).get("layers", []):
        for item in layer.get("successes", []) + layer.get("opportunities", []):
            item["partnerships"] = []
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump(dataset, f, ensure_ascii=False)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
