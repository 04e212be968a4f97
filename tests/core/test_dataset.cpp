#include "default_dataset.h"

#include "core/validation.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace swm;
using swm::test::default_dataset;

namespace {

const Partnership& nr(int number) {
    const Partnership* p = default_dataset().partnership(number);
    REQUIRE(p);
    return *p;
}

std::set<std::string> municipalities_in(Scale region) {
    std::set<std::string> out;
    for (const auto& o : default_dataset().organisations) {
        if (o.kind == OrganisationKind::gemeente && o.in_region(region)) out.insert(o.name);
    }
    return out;
}

} // namespace

TEST_CASE("dataset: the default files decode and pass every rule") {
    const auto decoded = decode_dataset_files(swm::test::register_json(), swm::test::strategy_json());
    for (const auto& e : decoded.errors) FAIL_CHECK(e.describe(Lang::en));
    CHECK(decoded.ok());
    for (const auto& e : validate_dataset(decoded.value)) FAIL_CHECK(e.describe(Lang::en));
    CHECK(decoded.value.peildatum == "2014-11");
}

TEST_CASE("dataset: 29 running partnerships of November 2014 and 4 under investigation") {
    const Dataset& d = default_dataset();
    REQUIRE(d.partnerships.size() == 33);
    for (std::size_t i = 0; i < d.partnerships.size(); ++i) {
        const Partnership& p = d.partnerships[i];
        CHECK(p.number == static_cast<int>(i) + 1);
        CHECK(p.status == (p.number <= 29 ? PartnershipStatus::lopend : PartnershipStatus::in_onderzoek));
        CHECK(p.revision == 1);
        CHECK(p.peildatum == "2014-11");
    }
    CHECK(nr(30).name == "Samenwerking ICT met Hengelo");
    CHECK(nr(31).name == "Gemeenschappelijk Belastingkantoor");
    CHECK(nr(33).partners == std::vector<std::string>{"GM1735", "regio-twente"});
}

TEST_CASE("dataset: Hof van Twente is a partner of every partnership, every partner exists") {
    const Dataset& d = default_dataset();
    for (const auto& p : d.partnerships) {
        INFO("nr. " << p.number);
        CHECK(p.partners.front() == "GM1735");
        for (const auto& id : p.partners) CHECK(d.organisation(id) != nullptr);
        CHECK(std::set<std::string>(p.partners.begin(), p.partners.end()).size() == p.partners.size());
    }
}

TEST_CASE("dataset: municipalities are identified by their CBS code") {
    const Dataset& d = default_dataset();
    const Organisation* hvt = d.organisation("GM1735");
    REQUIRE(hvt);
    CHECK(hvt->name == "Hof van Twente");
    CHECK(d.organisation("GM0164")->name == "Hengelo");
    CHECK(d.organisation("GM0262")->name == "Lochem");
    int municipalities = 0;
    for (const auto& o : d.organisations) {
        if (o.kind != OrganisationKind::gemeente) {
            CHECK_FALSE(o.cbs_code.has_value());
            continue;
        }
        ++municipalities;
        REQUIRE(o.cbs_code);
        CHECK(o.id == *o.cbs_code);
    }
    CHECK(municipalities == 14 + 8 + 1);
}

TEST_CASE("dataset: region memberships") {
    CHECK(municipalities_in(Scale::twente).size() == 14);
    CHECK(municipalities_in(Scale::achterhoek).size() == 8);
    CHECK(municipalities_in(Scale::midden_twente) == std::set<std::string>{"Borne", "Haaksbergen", "Hengelo", "Hof van Twente"});
    CHECK(municipalities_in(Scale::west_twente) == std::set<std::string>{"Rijssen-Holten", "Twenterand", "Wierden"});
    CHECK(municipalities_in(Scale::zuid_twente) ==
          std::set<std::string>{"Almelo", "Borne", "Enschede", "Haaksbergen", "Hengelo"});
    CHECK(municipalities_in(Scale::twente_achterhoek).size() == 22);
    CHECK_FALSE(default_dataset().organisation("GM0262")->in_region(Scale::twente));
}

TEST_CASE("dataset: group names are expanded into partners") {
    CHECK(nr(2).partners.size() == 14);                  // "Tw" without names
    CHECK(nr(4).partners.size() == 22 + 1);              // Twentse en Achterhoekse gemeenten + Stadsbank
    CHECK(nr(18).partners.size() == 1 + 8);              // Achterhoekse gemeenten
    CHECK(nr(19).partners == std::vector<std::string>{"GM1735"});  // "12 Twentse gemeenten": which is unknown
    CHECK(nr(17).has_partner("waterschap-vechtstromen"));
    CHECK(nr(10).partners == std::vector<std::string>{"GM1735", "GM0164", "GM0141", "GM0153", "GM0262"});
    CHECK(nr(12).has_partner("provincie-overijssel"));
    CHECK_FALSE(nr(28).has_partner("vng"));
}

TEST_CASE("dataset: original text is verbatim, without HTML") {
    const Dataset& d = default_dataset();
    for (const auto& p : d.partnerships) {
        INFO("nr. " << p.number);
        if (p.number <= 29) CHECK(p.original_text.rfind(std::to_string(p.number) + ". ", 0) == 0);
        for (const std::string* text : {&p.original_text, &p.legal_form.text, &p.motives.text, &p.decided_by.text}) {
            CHECK(text->find("<p>") == std::string::npos);
            CHECK(text->find("</p>") == std::string::npos);
            CHECK(text->find("<ul") == std::string::npos);
        }
    }
    CHECK(nr(1).original_text ==
          "1. MT: Werkplein Midden Twente; UWV, gemeente Hengelo en gemeente Borne: Doelgroep: mensen die klaar zijn "
          "voor werk en een gemeente uitkering ontvangen.");
    CHECK(nr(24).original_text == "24. MT: Procesmanagent huiselijk geweld; uitvoering namens ons door Hengelo");
    CHECK(nr(20).legal_form.text == "Besluit college van B7W.");
    CHECK(nr(27).motives.text.find("poule") != std::string::npos);
    CHECK(nr(20).motives.text.rfind("Kennis en kosten: - de verbetering", 0) == 0);
    CHECK(nr(8).legal_form.text == "Samenwerkings-overeenkomst");
    CHECK(nr(23).decided_by.text == "Regio Twente, raad en college van B&W");
}

TEST_CASE("dataset: structured fields derived from the rows") {
    CHECK(nr(4).scale == Scale::twente_achterhoek);
    CHECK(nr(4).legal_form.gr_kind == GrKind::openbaar_lichaam);
    CHECK(nr(5).legal_form.gr_kind == GrKind::centrumgemeente);
    CHECK(nr(26).legal_form.gr_kind == GrKind::regeling_zonder_meer);
    CHECK(nr(10).motives.categories == std::vector<Motive>{Motive::macht_en_kracht, Motive::kosten, Motive::kennis});
    CHECK(nr(19).decided_by.category == DecisionBody::kring_gemeentesecretarissen);
    CHECK(nr(28).decided_by.category == DecisionBody::raad_en_college);
    CHECK(nr(12).start_date == std::optional<std::string>("2007"));
    CHECK(nr(19).start_date == std::nullopt);  // 2013-10-30 is a decision date: see test_provenance
    for (int n : {5, 8, 17, 21}) CHECK(nr(n).decided_by.category == DecisionBody::onbekend);
}

TEST_CASE("dataset: task layers follow the strategy's examples") {
    CHECK(nr(20).layer == TaskLayer::bedrijfsvoering);  // Salarisadministratie
    CHECK(nr(17).layer == TaskLayer::bedrijfsvoering);  // SSNT
    CHECK(nr(1).layer == TaskLayer::uitvoering);        // Werkplein
    CHECK(nr(2).layer == TaskLayer::uitvoering);
    CHECK(nr(28).layer == TaskLayer::beleid);           // Samen14 Jeugd
    CHECK(nr(8).layer == TaskLayer::beleid);            // Integraal veiligheidsbeleid
    CHECK(nr(14).layer == TaskLayer::strategie);        // Pact van Twickel
    CHECK(nr(11).layer == TaskLayer::strategie);        // Groene Metropool
}

TEST_CASE("dataset: every ambiguous row explains the choice in its notes") {
    // Rows without scale, without decider, with a legal form outside the
    // seed's wording, or with an expanded group.
    for (int n : {2, 4, 5, 8, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 28, 29, 30, 31, 32, 33}) {
        INFO("nr. " << n);
        CHECK_FALSE(nr(n).notes.empty());
    }
    CHECK(nr(23).notes.find("Regio Twente") != std::string::npos);
    CHECK(nr(24).notes.find("Procesmanagent") != std::string::npos);
    CHECK(default_dataset().notes.size() >= 5);
}

TEST_CASE("dataset: the strategy") {
    const Strategy& s = default_dataset().strategy;
    REQUIRE(s.goals.size() == 10);
    REQUIRE(s.principles.size() == 10);
    for (const auto* list : {&s.goals, &s.principles}) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Statement& st = (*list)[i];
            CHECK(st.number == static_cast<int>(i) + 1);
            CHECK_FALSE(st.key_phrases.empty());
            CHECK(st.text.find("**") == std::string::npos);
            for (const auto& phrase : st.key_phrases) CHECK(st.text.find(phrase) != std::string::npos);
        }
    }
    CHECK(s.goals[0].key_phrases == std::vector<std::string>{"bestuurskrachtig"});
    CHECK(s.principles[4].key_phrases == std::vector<std::string>{"Politieke kaderstelling", "controle", "raad"});
    REQUIRE(s.layers.size() == 4);
    CHECK(s.layers[0].layer == TaskLayer::bedrijfsvoering);
    CHECK(s.layers[3].layer == TaskLayer::strategie);
    CHECK(s.layer(TaskLayer::bedrijfsvoering)->example == "salarisadministratie/ICT");
    CHECK(s.layer(TaskLayer::uitvoering)->successes[0].partnerships == std::vector<int>{1, 2});
    CHECK(s.layer(TaskLayer::strategie)->motives[0].motive == Motive::macht_en_kracht);
    REQUIRE(s.developments.size() == 4);
    CHECK(s.developments[1].key == "ssnt");
    CHECK(s.developments[1].points.size() == 4);  // the 4 K's
    CHECK(s.developments[2].points.size() == 3);
    CHECK(s.approach.axis == "Democratische legitimiteit");
    CHECK(s.goals_heading.emphasis == "zoekt");
    CHECK(s.colofon.size() == 2);
}

// The CBS codes checked against the municipal boundaries shared beside the
// repository; a fresh clone does not have them, so the check is skipped.
TEST_CASE("dataset: CBS codes and names match the CBS municipalities") {
#ifdef SWM_SHARED_GEO_DIR
    std::ifstream in(std::string(SWM_SHARED_GEO_DIR) + "/gemeenten-2024.wgs84.geojson");
    if (!in) {
        WARN("../shared/geo absent: CBS code check skipped");
        return;
    }
    const auto geo = nlohmann::json::parse(in);
    std::map<std::string, std::string> names;
    for (const auto& f : geo.at("features")) {
        names[f.at("properties").at("statcode").get<std::string>()] = f.at("properties").at("statnaam").get<std::string>();
    }
    for (const auto& o : default_dataset().organisations) {
        if (o.kind != OrganisationKind::gemeente) continue;
        INFO(o.id);
        REQUIRE(names.count(o.id) == 1);
        const bool alias = std::find(o.aliases.begin(), o.aliases.end(), names[o.id]) != o.aliases.end();
        CHECK((names[o.id] == o.name || alias));
    }
#else
    WARN("SWM_SHARED_GEO_DIR not defined: CBS code check skipped");
#endif
}
