#include "native-host/options.h"

#include "native-host/platform.h"

#include <cstdlib>

namespace swm {
namespace {

bool parse_port(const std::string& s, int& port) {
    if (s.empty() || s.size() > 5 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    port = std::atoi(s.c_str());
    return port >= 0 && port <= 65535;
}

} // namespace

ParsedOptions parse_options(const std::vector<std::string>& args) {
    ParsedOptions r;
    Options& o = r.options;
    size_t i = 0;
    if (!args.empty() && !args[0].empty() && args[0][0] != '-') {
        o.command = args[0];
        if (o.command != "export" && o.command != "import" && o.command != "import-map" && o.command != "snapshot" &&
            o.command != "report") {
            r.error = "onbekende opdracht '" + o.command + "'";
            return r;
        }
        i = 1;
    }
    // Takes the value of an option that needs one, or records an error.
    auto value = [&](const std::string& name, std::string& into) {
        if (i + 1 >= args.size()) {
            r.error = name + " verwacht een waarde";
            return false;
        }
        into = args[++i];
        return true;
    };
    for (; i < args.size() && r.error.empty(); ++i) {
        const std::string& a = args[i];
        std::string v;
        if (a == "-h" || a == "--help") o.help = true;
        else if (a == "--version") o.version = true;
        else if (a == "--no-browser") o.open_browser = false;
        else if (a == "--read-only") o.read_only = true;
        else if (a == "--present") o.present = o.read_only = true;
        else if (a == "--data-dir") value(a, o.data_dir);
        else if (a == "--bind") value(a, o.bind);
        else if (a == "--host-name") {
            if (value(a, o.host_name) && (o.host_name.empty() || o.host_name.find_first_of(":/ []@") != std::string::npos))
                r.error = "--host-name verwacht een computernaam zonder poort, niet '" + o.host_name + "'";
        }
        else if (a == "--output" || a == "-o") value(a, o.output);
        else if (a == "--since" && o.command == "report") {
            if (value(a, o.since) && (o.since.empty() || o.since.size() > 18 || o.since.find_first_not_of("0123456789") != std::string::npos))
                r.error = "--since verwacht het nummer van een momentopname, niet '" + o.since + "'";
        }
        else if (a == "--format") {
            if (value(a, o.format) && o.format != "json" && o.format != "csv")
                r.error = "--format moet json of csv zijn, niet '" + o.format + "'";
        } else if (a == "--port") {
            o.port_given = true;
            if (value(a, v) && !parse_port(v, o.port)) r.error = "--port verwacht een poortnummer 0-65535, niet '" + v + "'";
        } else if ((o.command == "import" || o.command == "import-map") && o.input.empty() && !a.empty() && (a[0] != '-' || a == "-")) {
            o.input = a;
        } else {
            r.error = "onbekende optie '" + a + "'";
        }
    }
    if (r.error.empty() && o.command == "import" && o.input.empty() && !o.help)
        r.error = "import verwacht een bestand: samenwerkingsmonitor import BESTAND";
    if (r.error.empty() && o.command == "snapshot" && o.output.empty() && !o.help)
        r.error = "snapshot verwacht --output BESTAND.html";
    if (r.error.empty() && o.command == "import-map" && o.input.empty() && !o.help)
        r.error = "import-map verwacht een bestand: samenwerkingsmonitor import-map BESTAND";
    return r;
}

std::string usage_text() {
    return "Samenwerkingsmonitor Hof van Twente\n"
           "\n"
           "Gebruik:\n"
           "  samenwerkingsmonitor [opties]                 start de monitor en open de browser\n"
           "  samenwerkingsmonitor export [--format json|csv] [--output BESTAND]\n"
           "                                                schrijf het register (standaard JSON naar stdout)\n"
           "  samenwerkingsmonitor import BESTAND           lees een register in (JSON of CSV; - is standaardinvoer); eerst wordt\n"
           "                                                alles gecontroleerd, dan pas toegepast\n"
           "  samenwerkingsmonitor snapshot --output BESTAND.html\n"
           "                                                schrijf een momentopname: één HTML-bestand met de monitor\n"
           "                                                en alle gegevens, te openen zonder server of netwerk\n"
           "  samenwerkingsmonitor import-map BESTAND       lees officiële gemeentegrenzen in (GeoJSON of TopoJSON\n"
           "                                                van CBS/PDOK, WGS84 of RD New) voor de kaart\n"
           "  samenwerkingsmonitor report [--output BESTAND.html] [--since MOMENTOPNAME]\n"
           "                                                schrijf het rapport voor de raad (HTML, af te drukken\n"
           "                                                als PDF); --since: het nummer van de momentopname om\n"
           "                                                mee te vergelijken (standaard de eerste)\n"
           "\n"
           "Opties:\n"
           "  --data-dir MAP    map met de database (standaard " + platform::default_data_dir() + ")\n"
           "  --port POORT      poort van de monitor (standaard 8642, of een vrije als die bezet is; 0 kiest\n"
           "                    een vrije poort)\n"
           "  --bind ADRES      adres om op te luisteren (standaard 127.0.0.1, alleen deze computer); met een\n"
           "                    ander adres kan iedereen op dat netwerk het register lezen, niet wijzigen\n"
           "  --host-name NAAM  naam van deze computer waarmee anderen de monitor openen (bij --bind)\n"
           "  --no-browser      open geen browser\n"
           "  --read-only       weiger elke wijziging (voor presentaties)\n"
           "  --present         presentatiemodus: alleen-lezen, de browser opent de presentatie\n"
           "                    (volgende dia: pijl rechts, PageDown of spatie; Esc stopt)\n"
           "  --version         toon versie, git-commit en bouwdatum\n"
           "  -h, --help        toon deze hulp\n";
}

} // namespace swm
