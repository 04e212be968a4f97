// What the source says apart from what the register inferred or chose:
// partner provenance, stated counts, dates with their meaning, the basis of
// legal forms and task layers, and the "alleen genoemde partners" switch.
#include "default_dataset.h"
#include "validation_checks.h"

#include "core/analysis.h"
#include "core/text.h"
#include "core/validation.h"
#include "core/view_link.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace swm;
using nlohmann::json;
using swm::test::default_dataset;
using swm::test::has;

namespace {

const Partnership& nr(int number) {
    const Partnership* p = default_dataset().partnership(number);
    REQUIRE(p);
    return *p;
}

const Provenance& partner(int number, const char* id) {
    const Provenance* p = nr(number).provenance_of(id);
    REQUIRE(p);
    return *p;
}

int share(const Analysis& a, const std::string& id) {
    for (const auto& s : a.shared_with_hof_van_twente) {
        if (s.organisation_id == id) return s.count;
    }
    return -1;
}

std::vector<int> numbers(const PartnershipFilter& f) {
    std::vector<int> out;
    for (const auto& p : apply_filter(f, default_dataset())) out.push_back(p.number);
    return out;
}

const LayerItem& strategy_item(TaskLayer layer, const std::string& text) {
    const LayerDescription* l = default_dataset().strategy.layer(layer);
    REQUIRE(l);
    for (const auto* list : {&l->successes, &l->opportunities}) {
        for (const auto& item : *list) {
            if (item.text == text) return item;
        }
    }
    FAIL("no item " << text);
    throw 0;
}

} // namespace

TEST_CASE("provenance: partners inferred from the scale or a group name say so, and why") {
    // Nr 2, 7, 22 name no participants: the 14 come from the scale 'Tw'.
    for (int n : {2, 7, 22}) {
        INFO("nr. " << n);
        CHECK(partner(n, "GM0153").basis == Basis::inferred);  // Enschede
        CHECK(partner(n, "GM0153").rule == ProvenanceRule::scale_tw);
        CHECK(nr(n).partners_counted(true) == (n == 7 ? std::vector<std::string>{"GM1735", "veiligheidsregio-twente"}
                                                       : std::vector<std::string>{"GM1735"}));
    }
    // "Twentse gemeenten" read as all 14; Almelo at nr 5 is named as the centrumgemeente.
    for (int n : {5, 16, 17, 27}) CHECK(partner(n, "GM0163").rule == ProvenanceRule::twentse_gemeenten);
    CHECK(partner(5, "GM0141").basis == Basis::stated);
    // Achterhoek: the 8 names are a choice.
    for (int n : {4, 9, 18}) {
        INFO("nr. " << n);
        CHECK(partner(n, "GM0222").basis == Basis::chosen);  // Doetinchem
        CHECK(partner(n, "GM0222").rule == ProvenanceRule::achterhoekse_gemeenten);
        CHECK_FALSE(partner(n, "GM0222").reason.empty());
    }
    CHECK(partner(28, "GM0168").rule == ProvenanceRule::samen14);
    // "alle Twentse gemeenten" and "14 Twentse gemeenten" name the group whole.
    CHECK(partner(6, "GM0168").basis == Basis::stated);
    CHECK(partner(6, "GM0168").rule == ProvenanceRule::named_group);
    CHECK(partner(8, "GM0168").basis == Basis::stated);
    // Named partners are stated.
    CHECK(partner(1, "uwv").basis == Basis::stated);
    CHECK(partner(10, "GM0262").basis == Basis::stated);  // Lochem
    CHECK(nr(4).has_stated_partner("stadsbank-oost-nederland"));
    CHECK(nr(4).has_stated_partner("GM1735"));
}

TEST_CASE("provenance: a count the source gives without names is kept") {
    REQUIRE(nr(19).partner_count_stated);
    CHECK(nr(19).partner_count_stated->count == 12);
    CHECK(nr(19).partner_count_stated->text == "met 12 Twentse gemeenten");
    CHECK(nr(19).partners == std::vector<std::string>{"GM1735"});
    REQUIRE(nr(4).partner_count_stated);
    CHECK(nr(4).partner_count_stated->count == 22);
    CHECK(nr(4).partner_count_stated->text == "Met 22 gemeenten");
    CHECK_FALSE(nr(9).partner_count_stated);  // nr 9 gives no count; it borrows nr 4's
}

TEST_CASE("provenance: dates in the fields that say what they mean") {
    // Nr 18: "in 2010 aangehaakt" is when Hof van Twente joined.
    CHECK(nr(18).start_date == std::nullopt);
    CHECK(nr(18).joined_date == std::optional<std::string>("2010"));
    // Nr 19: the date is the Kring gemeentesecretarissen's decision.
    CHECK(nr(19).start_date == std::nullopt);
    REQUIRE(nr(19).decisions.size() == 1);
    CHECK(nr(19).decisions[0].date == "2013-10-30");
    CHECK(nr(19).decisions[0].by == "Kring van gemeentesecretarissen");
    CHECK(nr(19).decisions[0].source_text == "Besluit Kring gemeentesecretariss en d.d. 30 oktober 2013");
    // Nr 32: the college decided to set up the research; nothing is stated
    // about the partnership's own form or decider.
    const Partnership& p = nr(32);
    CHECK(p.start_date == std::nullopt);
    REQUIRE(p.decisions.size() == 1);
    CHECK(p.decisions[0].date == "2014-08-12");
    CHECK(p.decisions[0].subject == "opzet onderzoek met Hengelo en SWB in projectvorm");
    CHECK(p.legal_form.category == LegalFormCategory::onbekend);
    CHECK(p.legal_form.text.empty());
    CHECK(p.decided_by.category == DecisionBody::onbekend);
    CHECK(p.decided_by.text.empty());
    CHECK(p.notes.find("'in projectvorm' is de vorm van het onderzoek") != std::string::npos);
    // Dates the source does give as the start stay.
    CHECK(nr(12).start_date == std::optional<std::string>("2007"));
    CHECK(nr(13).start_date == std::optional<std::string>("2006"));
}

TEST_CASE("provenance: legal forms classified to fit the overview's count are marked") {
    for (int n : {5, 11, 14, 16, 17, 29}) {
        INFO("nr. " << n);
        REQUIRE(nr(n).legal_form.provenance);
        CHECK_FALSE(nr(n).legal_form.provenance->is_stated());
        CHECK(nr(n).legal_form.provenance->rule == ProvenanceRule::fitted_to_overview);
        CHECK(nr(n).legal_form_counted(true) == LegalFormCategory::onbekend);
        CHECK(nr(n).legal_form_counted(false) == nr(n).legal_form.category);
    }
    for (int n : {1, 4, 8, 12, 19, 21, 25}) {
        INFO("nr. " << n);
        REQUIRE(nr(n).legal_form.provenance);
        CHECK(nr(n).legal_form.provenance->is_stated());
    }
}

TEST_CASE("provenance: the source never gives a task layer, so none is stated") {
    for (const auto& p : default_dataset().partnerships) {
        INFO("nr. " << p.number);
        REQUIRE(p.layer_provenance);
        CHECK_FALSE(p.layer_provenance->is_stated());
        CHECK_FALSE(p.layer_counted(true));
    }
    CHECK(nr(1).layer_provenance->rule == ProvenanceRule::strategy_item);  // 'Werkplein (Midden) Twente'
    CHECK(nr(12).layer_provenance->basis == Basis::chosen);                // the strategy does not name it
}

TEST_CASE("provenance: every inferred or chosen value in the default data carries a reason") {
    const Dataset& d = default_dataset();
    CHECK(validate_dataset(d).empty());
    for (const auto& p : d.partnerships) {
        INFO("nr. " << p.number);
        for (const auto& id : p.partners) {
            INFO(id);
            const Provenance* pv = p.provenance_of(id);
            REQUIRE(pv);  // every partner link has its provenance
            if (!pv->is_stated()) CHECK_FALSE(is_blank(pv->reason));
            if (!pv->is_stated()) CHECK(pv->rule);
        }
        CHECK(p.partner_provenance.size() == p.partners.size());
        if (p.legal_form.category != LegalFormCategory::onbekend) {
            REQUIRE(p.legal_form.provenance);
            if (!p.legal_form.provenance->is_stated()) CHECK_FALSE(is_blank(p.legal_form.provenance->reason));
        }
        REQUIRE(p.layer_provenance);
        CHECK_FALSE(is_blank(p.layer_provenance->reason));
        for (const auto& e : p.decisions) CHECK_FALSE(is_blank(e.source_text));
    }
    for (const auto& l : d.strategy.layers) {
        for (const auto* list : {&l.successes, &l.opportunities}) {
            for (const auto& item : *list) {
                INFO(item.text);
                CHECK_FALSE(is_blank(item.link_reason));
            }
        }
    }
}

TEST_CASE("provenance: the strategy's successes and opportunities link to the rows their notes name") {
    CHECK(strategy_item(TaskLayer::strategie, "Projecten in Euregioverband").partnerships == std::vector<int>{23});
    CHECK(strategy_item(TaskLayer::beleid, "Participatiebeleid").partnerships == std::vector<int>{21});
    CHECK(strategy_item(TaskLayer::bedrijfsvoering, "Twentse School").partnerships.empty());
    const Strategy& s = default_dataset().strategy;
    CHECK(s.source.rfind(s.title, 0) == 0);
    CHECK(s.source.find(s.subtitle) != std::string::npos);
    for (const auto& line : s.colofon) CHECK(s.source.find(line) != std::string::npos);
}

TEST_CASE("provenance: the overview's own first analysis is kept beside the figures") {
    const SourceCommentary& c = default_dataset().commentary;
    CHECK(c.title == "1e analyse overzichtsgegevens");
    REQUIRE(c.on("by_scale").size() == 1);
    const std::string& scale = c.on("by_scale")[0]->text;
    CHECK(scale.find("veelal zich afspeelt op het beleidsterrein van sociale zaken") != std::string::npos);
    CHECK(scale.find("beperkte samenwerking is met de Achterhoek") != std::string::npos);
    REQUIRE(c.on("by_decided_by").size() == 1);
    CHECK(c.on("by_decided_by")[0]->text.find("De vraag is hoe het staat met de democratische legitimiteit") !=
          std::string::npos);
    REQUIRE(c.on("by_legal_form").size() == 1);
    CHECK(c.on("by_legal_form")[0]->text == "Van de 29 samenwerkingsverbanden: 9 GR, 4 SOK, 2 convenant, 7 project en 5 overig");

    Dataset d = default_dataset();
    d.commentary.passages[0].topic = "by_colour";
    CHECK(has(validate_dataset(d), "commentary.passages[0].topic", "validation.unknown_topic"));
}

TEST_CASE("provenance: stated only changes the shares and counts where inferred data counted") {
    const Dataset& d = default_dataset();
    PartnershipFilter all;
    PartnershipFilter stated;
    stated.stated_only = true;
    const Analysis a = analyse(d, all);
    const Analysis s = analyse(d, stated);
    CHECK(s.stated_only);
    CHECK(s.total == a.total);  // no row is left out
    // Aalten: only ever a chosen Achterhoek name (nr 4, 9, 18).
    CHECK(share(a, "GM0197") == 3);
    CHECK(share(s, "GM0197") == 0);
    // Enschede: named at 10, 11, inferred at 2, 4, 5, ...; Hengelo the same kind of drop.
    CHECK(share(s, "GM0153") < share(a, "GM0153"));
    CHECK(share(s, "GM0153") >= 2);
    // UWV is only ever named.
    CHECK(share(s, "uwv") == share(a, "uwv"));
    // Legal forms: the six fitted rows count as onbekend; layers as not stated.
    CHECK(count_of(a.by_legal_form, "project") == 7);
    CHECK(count_of(s.by_legal_form, "project") == 4);
    CHECK(count_of(s.by_legal_form, "onbekend") == count_of(a.by_legal_form, "onbekend") + 10);
    CHECK(count_of(s.by_layer, "not_stated") == 33);
    CHECK(count_of(a.by_layer, "not_stated") == 0);
    CHECK(encode_analysis(s)["stated_only"] == true);

    // The organisation filter follows the switch too.
    PartnershipFilter aalten;
    aalten.organisations = {"GM0197"};
    CHECK(numbers(aalten) == std::vector<int>{4, 9, 18});
    aalten.stated_only = true;
    CHECK(numbers(aalten).empty());
    PartnershipFilter project;
    project.legal_forms = {LegalFormCategory::project};
    project.stated_only = true;
    CHECK(numbers(project) == std::vector<int>{12, 13, 15, 19});
}

TEST_CASE("provenance: the switch travels in the query, the view state and the link") {
    const Dataset& d = default_dataset();
    const ParsedFilter parsed = parse_filter({{"stated_only", "1"}, {"scale", "Tw"}}, &d);
    REQUIRE(parsed.errors.empty());
    CHECK(parsed.filter.stated_only);
    CHECK_FALSE(parsed.filter.empty());
    CHECK(to_query(parsed.filter).count("stated_only") == 1);
    CHECK(has(parse_filter({{"stated_only", "ja"}}, &d).errors, "stated_only", "validation.expected_flag"));

    const json filter = encode_filter(parsed.filter);
    CHECK(filter["stated_only"] == true);
    const auto back = decode_filter(filter);
    REQUIRE(back.ok());
    CHECK(back.value == parsed.filter);
    CHECK_FALSE(decode_filter(json{{"stated_only", "1"}}).ok());

    const ViewLink link = parse_view_link("#view=map&stated_only=1", d);
    REQUIRE(link.errors.empty());
    CHECK(link.state["filter"]["stated_only"] == true);
    CHECK(view_link(link.state) == "view=map&stated_only=1");
}

TEST_CASE("provenance: an export of the previous version decodes, with provenance not recorded") {
    json old = encode_partnership(nr(2));
    old.erase("partner_provenance");
    old.erase("partner_count_stated");
    old.erase("layer_provenance");
    old.erase("joined_date");
    old.erase("decisions");
    old["legal_form"].erase("provenance");
    const auto decoded = decode_partnership(old);
    REQUIRE(decoded.ok());
    const Partnership& p = decoded.value;
    CHECK(p.partners == nr(2).partners);
    CHECK(p.partner_provenance.empty());
    CHECK(p.provenance_of("GM0153") == nullptr);
    // Not recorded is not stated: stated only keeps just Hof van Twente.
    CHECK_FALSE(p.has_stated_partner("GM0153"));
    CHECK(p.has_stated_partner("GM1735"));
    CHECK_FALSE(p.legal_form.provenance);
    CHECK(p.legal_form_counted(true) == LegalFormCategory::onbekend);
    CHECK(validate_partnership(p, default_dataset(), 2).empty());
    // Written again, the new keys are there, empty.
    const json again = encode_partnership(p);
    CHECK(again["partner_provenance"] == json::object());
    CHECK(again["layer_provenance"].is_null());
    CHECK(again["decisions"] == json::array());
}

TEST_CASE("provenance: every new field survives the codec, and bad values are refused with their path") {
    Partnership p = nr(19);
    p.partner_provenance["GM1735"] = {Basis::stated, std::nullopt, ""};
    p.joined_date = "2014-01";
    p.decisions.push_back({"2014-02-03", "Raad", "Zoë's \"besluit\"", "Besluit\nraad"});
    const auto back = decode_partnership(encode_partnership(p));
    REQUIRE(back.ok());
    CHECK(back.value == p);

    json j = encode_partnership(nr(2));
    j["partner_provenance"]["GM0153"]["basis"] = "guessed";
    j["decisions"] = json::array({json{{"when", "2014"}}});
    const auto bad = decode_partnership(j);
    CHECK(has(bad.errors, "partner_provenance.GM0153.basis", "validation.unknown_basis"));
    CHECK(has(bad.errors, "decisions[0].date", "validation.missing_field"));
    CHECK(has(bad.errors, "decisions[0].when", "validation.unknown_field"));

    Partnership q = nr(2);
    q.partner_provenance["GM0153"].reason = " ";
    q.partner_provenance["uwv"] = {Basis::stated, std::nullopt, ""};
    q.legal_form.provenance = Provenance{Basis::chosen, std::nullopt, ""};
    q.decisions.push_back({"najaar 2014", "", "", ""});
    q.joined_date = "2001";
    q.start_date = "2005";
    const ValidationErrors errors = validate_partnership(q, default_dataset(), 2);
    CHECK(has(errors, "partner_provenance.GM0153.reason", "validation.reason_missing"));
    CHECK(has(errors, "partner_provenance.uwv", "validation.provenance_not_partner"));
    CHECK(has(errors, "legal_form.provenance.reason", "validation.reason_missing"));
    CHECK(has(errors, "decisions[0].date", "validation.date_malformed"));
    CHECK(has(errors, "decisions[0].source_text", "validation.source_text_missing"));
    CHECK(has(errors, "joined_date", "validation.joined_before_start"));

    const DatedEvent e{"2013-10-30", "Kring", "", "Besluit"};
    const auto event = decode_dated_event(encode_dated_event(e));
    REQUIRE(event.ok());
    CHECK(event.value == e);
}

TEST_CASE("provenance: partners grouped by what the source says, for the detail view and the report") {
    const auto groups = nr(4).partner_groups();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].provenance->is_stated());
    CHECK(groups[0].ids == std::vector<std::string>{"GM1735", "stadsbank-oost-nederland"});
    CHECK(groups[1].provenance->rule == ProvenanceRule::twentse_gemeenten);
    CHECK(groups[1].ids.size() == 13);
    CHECK(groups[2].provenance->basis == Basis::chosen);
    CHECK(groups[2].ids.size() == 8);
    Partnership old = nr(4);
    old.partner_provenance.clear();
    const auto unrecorded = old.partner_groups();
    REQUIRE(unrecorded.size() == 2);
    CHECK(unrecorded[0].ids == std::vector<std::string>{"GM1735"});
    CHECK_FALSE(unrecorded[1].provenance);
    CHECK(unrecorded[1].ids.size() == 22);
}

TEST_CASE("provenance: the export of release 0.1.0 decodes, and claims nothing it did not record") {
    const json old = swm::test::read_json("tests/fixtures/v0.1/export.json");
    const auto decoded = decode_dataset(old);
    INFO((decoded.ok() ? std::string() : decoded.errors.front().describe(Lang::en)));
    REQUIRE(decoded.ok());
    const Dataset& d = decoded.value;
    CHECK(d.commentary.passages.empty());
    const Partnership* p = d.partnership(2);
    REQUIRE(p);
    CHECK(p->partners.size() == 14);
    CHECK(p->partner_provenance.empty());
    CHECK(p->partners_counted(true) == std::vector<std::string>{"GM1735"});
    // That release still had nr 19's decision date as its start.
    REQUIRE(d.partnership(19));
    CHECK(d.partnership(19)->start_date == std::optional<std::string>("2013-10-30"));
    CHECK(d.partnership(19)->decisions.empty());
    PartnershipFilter stated;
    stated.stated_only = true;
    const Analysis a = analyse(d, stated);
    CHECK(count_of(a.by_legal_form, "onbekend") == a.total);  // no form recorded as stated
}
