#include "core/i18n.h"

#include <algorithm>
#include <iterator>

namespace swm {
namespace {

struct Entry {
    std::string_view key;
    const char* nl;
    const char* en;
};

// Keep this table sorted by key: lookups are a binary search.
constexpr Entry kEntries[] = {
    {"analysis.seed_legal_forms", "Het overzicht van november 2014 telt {0} GR, {1} SOK, {2} convenant, {3} project en {4} overig: samen {5} van de {6} samenwerkingsverbanden.", "The overview of November 2014 counts {0} GR, {1} SOK, {2} covenant, {3} project and {4} other: {5} of the {6} partnerships together."},
    {"analysis.seed_match", "Voor de vijf getelde rechtsvormen komt het register overeen met het overzicht.", "For the five counted legal forms the register matches the overview."},
    {"analysis.seed_mismatch", "{0}: het overzicht telt {1}, het register {2} (nr. {3}).", "{0}: the overview counts {1}, the register {2} (no. {3})."},
    {"analysis.seed_register_total", "Het register telt {0} lopende samenwerkingsverbanden.", "The register counts {0} running partnerships."},
    {"analysis.seed_uncounted", "Het verschil zit in nr. {0}: rechtsvorm '{1}', die de telling niet noemt.", "The difference is no. {0}: legal form '{1}', which the count leaves out."},
    {"app.title", "Samenwerkingsmonitor Hof van Twente", "Partnership monitor Hof van Twente"},
    {"decided_by.college", "College van B&W", "Mayor and aldermen"},
    {"decided_by.kring_gemeentesecretarissen", "Kring van gemeentesecretarissen", "Circle of municipal secretaries"},
    {"decided_by.onbekend", "Niet vermeld", "Not stated"},
    {"decided_by.overig", "Overig", "Other"},
    {"decided_by.raad", "Raad", "Municipal council"},
    {"decided_by.raad_en_college", "Raad en college", "Council and mayor and aldermen"},
    {"gr_kind.centrumgemeente", "Centrumgemeenteconstructie", "Central municipality arrangement"},
    {"gr_kind.openbaar_lichaam", "Openbaar lichaam", "Public body"},
    {"gr_kind.regeling_zonder_meer", "Regeling zonder meer", "Arrangement without a joint body"},
    {"host.already_running", "De monitor draait al op {0} (gegevens: {1}); de browser opent daar.", "The monitor is already running at {0} (data: {1}); the browser opens there."},
    {"host.press_enter_to_close", "Druk op Enter om dit venster te sluiten.", "Press Enter to close this window."},
    {"layer.bedrijfsvoering", "Bedrijfsvoering", "Business operations"},
    {"layer.beleid", "Beleid", "Policy"},
    {"layer.strategie", "Strategie", "Strategy"},
    {"layer.uitvoering", "Uitvoering", "Implementation"},
    {"legal_form.convenant", "Convenant", "Covenant"},
    {"legal_form.geen", "Geen", "None"},
    {"legal_form.gemeenschappelijke_regeling", "Gemeenschappelijke regeling (GR)", "Joint arrangement (GR)"},
    {"legal_form.onbekend", "Onbekend", "Unknown"},
    {"legal_form.overig", "Overig", "Other"},
    {"legal_form.project", "Project", "Project"},
    {"legal_form.samenwerkingsovereenkomst", "Samenwerkingsovereenkomst (SOK)", "Cooperation agreement (SOK)"},
    {"motive.complexiteit", "Complexiteit", "Complexity"},
    {"motive.continuiteit", "Continuïteit", "Continuity"},
    {"motive.duurzame_bedrijfsvoering", "Duurzame bedrijfsvoering", "Sustainable operations"},
    {"motive.gezamenlijke_ontwikkeling", "Gezamenlijke ontwikkeling", "Joint development"},
    {"motive.kennis", "Kennis", "Knowledge"},
    {"motive.kosten", "Kosten", "Costs"},
    {"motive.kwaliteit", "Kwaliteit", "Quality"},
    {"motive.kwetsbaarheid", "Kwetsbaarheid", "Vulnerability"},
    {"motive.macht_en_kracht", "Macht en kracht", "Power and strength"},
    {"motive.none", "Geen motief vermeld", "No motive stated"},
    {"motive.professionele_organisatie", "Professionele organisatie", "Professional organisation"},
    {"motive.strategische_projectagenda", "Strategische projectagenda", "Strategic project agenda"},
    {"motive.wettelijke_verplichting", "Wettelijke verplichting", "Legal obligation"},
    {"organisation_kind.bedrijf", "Bedrijf", "Company"},
    {"organisation_kind.gemeente", "Gemeente", "Municipality"},
    {"organisation_kind.overig", "Overig", "Other"},
    {"organisation_kind.provincie", "Provincie", "Province"},
    {"organisation_kind.rijk", "Rijksorganisatie", "National agency"},
    {"organisation_kind.samenwerkingsverband", "Samenwerkingsverband", "Joint body"},
    {"organisation_kind.stichting", "Stichting", "Foundation"},
    {"organisation_kind.vereniging", "Vereniging", "Association"},
    {"organisation_kind.waterschap", "Waterschap", "Water authority"},
    {"scale.A", "Achterhoek", "Achterhoek"},
    {"scale.MT", "Midden Twente", "Central Twente"},
    {"scale.Tw", "Twente", "Twente"},
    {"scale.Tw+A", "Twente en Achterhoek", "Twente and Achterhoek"},
    {"scale.Wt", "West Twente", "West Twente"},
    {"scale.Zt", "Zuid Twente", "South Twente"},
    {"scale.none", "Niet geografisch geclusterd", "Not geographically clustered"},
    {"status.beeindigd", "Beëindigd", "Ended"},
    {"status.in_onderzoek", "In onderzoek", "Under investigation"},
    {"status.kans", "Kans", "Opportunity"},
    {"status.lopend", "Lopend", "Running"},
    {"validation.cbs_code_malformed", "ongeldige CBS-code '{0}': verwacht GM en vier cijfers", "invalid CBS code '{0}': expected GM and four digits"},
    {"validation.cbs_code_mismatch", "de id van een gemeente moet haar CBS-code '{0}' zijn", "a municipality's id must be its CBS code '{0}'"},
    {"validation.cbs_code_missing", "een gemeente heeft een CBS-code nodig", "a municipality needs a CBS code"},
    {"validation.cbs_code_not_municipality", "alleen een gemeente heeft een CBS-code ('{0}')", "only a municipality has a CBS code ('{0}')"},
    {"validation.date_malformed", "ongeldige datum '{0}': verwacht JJJJ, JJJJ-MM of JJJJ-MM-DD", "invalid date '{0}': expected YYYY, YYYY-MM or YYYY-MM-DD"},
    {"validation.duplicate_layer", "taaklaag '{0}' komt twee keer voor", "task layer '{0}' occurs twice"},
    {"validation.duplicate_motive", "motief '{0}' staat er twee keer in", "motive '{0}' is listed twice"},
    {"validation.duplicate_number", "nummer {0} is al in gebruik", "number {0} is already in use"},
    {"validation.duplicate_organisation", "organisatie '{0}' komt twee keer voor", "organisation '{0}' occurs twice"},
    {"validation.duplicate_partner", "partner '{0}' staat er twee keer in", "partner '{0}' is listed twice"},
    {"validation.duplicate_region", "regio '{0}' staat er twee keer in", "region '{0}' is listed twice"},
    {"validation.end_before_start", "einddatum {0} ligt vóór de startdatum", "end date {0} is before the start date"},
    {"validation.expected_array", "moet een lijst zijn", "must be a list"},
    {"validation.expected_integer", "moet een geheel getal zijn", "must be a whole number"},
    {"validation.expected_object", "moet een object zijn", "must be an object"},
    {"validation.expected_string", "moet tekst zijn", "must be text"},
    {"validation.gr_kind_without_gr", "vorm '{0}' hoort alleen bij een gemeenschappelijke regeling", "form '{0}' only applies to a joint arrangement (GR)"},
    {"validation.hof_van_twente_missing", "Hof van Twente (GM1735) moet partner zijn", "Hof van Twente (GM1735) must be a partner"},
    {"validation.id_malformed", "ongeldige id '{0}': gebruik kleine letters, cijfers en '-'", "invalid id '{0}': use lower-case letters, digits and '-'"},
    {"validation.id_missing", "id ontbreekt", "id is missing"},
    {"validation.invalid_utf8", "tekst bevat ongeldige tekens (geen UTF-8)", "text contains invalid characters (not UTF-8)"},
    {"validation.json_syntax", "geen geldige JSON: {0}", "not valid JSON: {0}"},
    {"validation.json_too_deep", "te diep geneste JSON (meer dan {0} niveaus)", "JSON nested too deeply (more than {0} levels)"},
    {"validation.missing_field", "verplicht veld ontbreekt", "required field is missing"},
    {"validation.name_missing", "naam ontbreekt", "name is missing"},
    {"validation.number_not_positive", "nummer moet groter dan 0 zijn (nu {0})", "number must be greater than 0 (is {0})"},
    {"validation.number_out_of_range", "getal buiten bereik", "number out of range"},
    {"validation.region_combined", "'{0}' is een combinatie van regio's, geen regio", "'{0}' combines regions; it is not a region"},
    {"validation.revision_not_positive", "revisie moet 1 of hoger zijn (nu {0})", "revision must be 1 or more (is {0})"},
    {"validation.text_too_long", "tekst is te lang (maximaal {0} tekens)", "text is too long (at most {0} characters)"},
    {"validation.too_many_errors", "meer dan {0} fouten; de rest wordt niet getoond", "more than {0} errors; the rest are not shown"},
    {"validation.unknown_decided_by", "onbekende beslisser '{0}'", "unknown decision body '{0}'"},
    {"validation.unknown_field", "onbekend veld '{0}'", "unknown field '{0}'"},
    {"validation.unknown_filter", "onbekend filter '{0}'", "unknown filter '{0}'"},
    {"validation.unknown_gr_kind", "onbekende GR-vorm '{0}'", "unknown GR form '{0}'"},
    {"validation.unknown_layer", "onbekende taaklaag '{0}'", "unknown task layer '{0}'"},
    {"validation.unknown_legal_form", "onbekende rechtsvorm '{0}'", "unknown legal form '{0}'"},
    {"validation.unknown_motive", "onbekend motief '{0}'", "unknown motive '{0}'"},
    {"validation.unknown_organisation", "onbekende organisatie '{0}'", "unknown organisation '{0}'"},
    {"validation.unknown_organisation_kind", "onbekende soort organisatie '{0}'", "unknown kind of organisation '{0}'"},
    {"validation.unknown_partnership", "onbekend samenwerkingsverband nr. {0}", "unknown partnership no. {0}"},
    {"validation.unknown_scale", "onbekende schaal '{0}'", "unknown scale '{0}'"},
    {"validation.unknown_schema_version", "onbekende versie {0} van het gegevensformaat", "unknown data format version {0}"},
    {"validation.unknown_status", "onbekende status '{0}'", "unknown status '{0}'"},
};

// Strictly increasing also rules out a key entered twice.
constexpr bool sorted_by_key() {
    for (std::size_t i = 1; i < std::size(kEntries); ++i) {
        if (!(kEntries[i - 1].key < kEntries[i].key)) return false;
    }
    return true;
}
static_assert(sorted_by_key(), "kEntries must stay sorted by key: tr() does a binary search");

} // namespace

const char* tr(std::string_view key, Lang lang) {
    auto it = std::lower_bound(std::begin(kEntries), std::end(kEntries), key,
                               [](const Entry& e, std::string_view k) { return e.key < k; });
    if (it == std::end(kEntries) || it->key != key) return key.data();
    return lang == Lang::en ? it->en : it->nl;
}

Lang lang_from_code(std::string_view code) { return code == "en" ? Lang::en : Lang::nl; }

} // namespace swm
