#!/usr/bin/env node
// Derives the monitor's default map, assets/map/gemeenten-regio-2024.geojson,
// from CBS/PDOK's municipal boundaries of 2024 as generalised by the public
// cartomap/nl collection (../shared/geo/gemeenten-2024.wgs84.geojson, or the
// path given as the first argument). Rerun it when the source changes:
//
//   node scripts/derive-default-map.mjs [SOURCE.geojson] [OUTPUT.geojson]
//
// It keeps the 23 municipalities of the register (14 Twente, 8 Achterhoek,
// Lochem) and, as grey context, every municipality within 25 km of them,
// with their vertices exactly as in the source (rounded to 6 decimals,
// ~0.1 m): the source is already generalised, so nothing is coarsened.
// The output is one feature per line, with its source, year and licence as
// top-level members ("provenance" is what the monitor reads; see
// core/geo/map_provenance.h).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcePath = process.argv[2] ?? join(root, '..', 'shared', 'geo', 'gemeenten-2024.wgs84.geojson');
const outPath = process.argv[3] ?? join(root, 'assets', 'map', 'gemeenten-regio-2024.geojson');
const CONTEXT_KM = 25;

// The register's municipalities (assets/data/register-2014.json) by CBS code.
const REGION = {
  twente: {
    GM0141: 'Almelo', GM0147: 'Borne', GM1774: 'Dinkelland', GM0153: 'Enschede', GM0158: 'Haaksbergen',
    GM0163: 'Hellendoorn', GM0164: 'Hengelo', GM1735: 'Hof van Twente', GM0168: 'Losser', GM0173: 'Oldenzaal',
    GM1742: 'Rijssen-Holten', GM0183: 'Tubbergen', GM1700: 'Twenterand', GM0189: 'Wierden',
  },
  achterhoek: {
    GM0197: 'Aalten', GM1859: 'Berkelland', GM1876: 'Bronckhorst', GM0222: 'Doetinchem', GM1955: 'Montferland',
    GM1586: 'Oost Gelre', GM1509: 'Oude IJsselstreek', GM0294: 'Winterswijk',
  },
  other: { GM0262: 'Lochem' },
};
const regionCodes = Object.values(REGION).flatMap(Object.keys);

function fail(message) {
  console.error(`derive-default-map: ${message}`);
  process.exit(1);
}

const bytes = readFileSync(sourcePath);
const source = JSON.parse(bytes.toString('utf8'));
const byCode = new Map(source.features.map(f => [f.properties.statcode, f]));

// They are exactly the register's municipalities, with the same codes, and
// each is in the source under its name or one of its aliases ("Hengelo (O.)").
const names = Object.assign({}, ...Object.values(REGION));
const register = JSON.parse(readFileSync(join(root, 'assets', 'data', 'register-2014.json'), 'utf8'));
const registered = register.organisations.filter(o => o.kind === 'gemeente');
if (registered.length !== regionCodes.length || registered.some(o => names[o.id] !== o.name))
  fail('the register\'s municipalities (assets/data/register-2014.json) differ from REGION');
for (const o of registered) {
  const f = byCode.get(o.id);
  if (!f) fail(`${o.id} (${o.name}) is not in ${sourcePath}`);
  if (![o.name, ...(o.aliases ?? [])].includes(f.properties.statnaam))
    fail(`${o.id} is '${f.properties.statnaam}' in the source, not '${o.name}'`);
}

// Distances in km on a local equirectangular projection around the region:
// at 52° N the error over 100 km is far below what 25 km needs.
const LAT0 = 52.1, KM_PER_DEG_LAT = 111.2, KM_PER_DEG_LON = 111.2 * Math.cos(LAT0 * Math.PI / 180);
const km = ([lon, lat]) => [lon * KM_PER_DEG_LON, lat * KM_PER_DEG_LAT];
const polygonsOf = g => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const ringsOf = f => polygonsOf(f.geometry).flat();
function segmentDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const t = dx || dy ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}
// Shapes that share a border are at distance 0; otherwise the nearest
// vertex-to-edge distance, both ways.
function distance(ringsA, ringsB) {
  let best = Infinity;
  for (const [from, to] of [[ringsA, ringsB], [ringsB, ringsA]])
    for (const ring of from)
      for (const p of ring)
        for (const other of to)
          for (let i = 0; i + 1 < other.length; ++i) best = Math.min(best, segmentDistance(p, other[i], other[i + 1]));
  return best;
}
const projected = f => ringsOf(f).map(r => r.map(km));
const regionRings = regionCodes.flatMap(c => projected(byCode.get(c)));
const context = source.features
  .filter(f => !regionCodes.includes(f.properties.statcode))
  .filter(f => distance(projected(f), regionRings) <= CONTEXT_KM)
  .sort((a, b) => a.properties.statcode.localeCompare(b.properties.statcode));

const round = v => Math.round(v * 1e6) / 1e6;
const vertexCount = f => ringsOf(f).reduce((n, r) => n + r.length - 1, 0);
function featureLine(f) {
  const g = f.geometry;
  const coordinates = g.type === 'Polygon'
    ? g.coordinates.map(r => r.map(p => p.map(round)))
    : g.coordinates.map(poly => poly.map(r => r.map(p => p.map(round))));
  return JSON.stringify({
    type: 'Feature',
    properties: { statcode: f.properties.statcode, statnaam: f.properties.statnaam },
    geometry: { type: g.type, coordinates },
  });
}

const features = [...regionCodes.map(c => byCode.get(c)), ...context];
const credit = 'Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd';
const header = {
  type: 'FeatureCollection',
  name: 'Gemeentegrenzen van Twente, de Achterhoek, Lochem en omgeving (2024, gegeneraliseerd)',
  provenance: {
    kind: 'shipped',
    source: 'CBS/PDOK (Kadaster), gemeentegrenzen 2024, gegeneraliseerd (cartomap/nl, mapshaper)',
    year: 2024,
    licence: 'CC BY 4.0',
    licence_url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
    credit,
  },
  derivation: {
    script: 'scripts/derive-default-map.mjs',
    from: basename(sourcePath),
    from_sha256: createHash('sha256').update(bytes).digest('hex'),
    selection: `de 14 gemeenten van Twente, de 8 van de Achterhoek en Lochem; als grijze context de ${context.length} ` +
      `gemeenten binnen ${CONTEXT_KM} km daarvan`,
    generalisation: 'hoekpunten ongewijzigd uit de bron (afgerond op 6 decimalen, ~0,1 m); niet verder vereenvoudigd',
    vertices: features.reduce((n, f) => n + vertexCount(f), 0),
    hof_van_twente_vertices: vertexCount(byCode.get('GM1735')),
  },
  comparison_2014:
    "Vergeleken met de gemeentegrenzen van CBS van 2014 zijn de 23 gemeenten van de regio dezelfde, met dezelfde " +
    "codes, en verschillen hun gegeneraliseerde oppervlakten hoogstens 4%: tussen 2014 en 2024 heeft geen " +
    "herindeling de regio geraakt (vastgesteld bij het inlezen van de CBS-grenzen van 2014 en 2024, issue 20). " +
    "Bij het afleiden van dit bestand is nagegaan dat de 23 codes en namen in de bron van 2024 precies die van het " +
    "register van 2014 zijn (assets/data/register-2014.json); de oppervlakten van 2014 zijn hier niet opnieuw " +
    "vergeleken, omdat er geen bestand van 2014 bij de bron lag.",
};

// Readable: the metadata first, then one municipality per line.
const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
const text = `${head},\n  "features": [\n${features.map(f => '    ' + featureLine(f)).join(',\n')}\n  ]\n}\n`;
JSON.parse(text);  // what is written must be JSON
writeFileSync(outPath, text);
console.log(`${outPath}: ${regionCodes.length} municipalities of the region and ${context.length} around them, ` +
            `${header.derivation.vertices} vertices (Hof van Twente ${header.derivation.hof_van_twente_vertices}), ` +
            `${text.length} bytes`);
