#include "filter_summary.h"

#include "ui_text.h"

namespace swm::web {
namespace {

void add(std::string& out, const char* field_key, const std::string& values) {
    if (values.empty()) return;
    out += (out.empty() ? "" : "  ·  ") + std::string(t(field_key)) + ": " + values;
}

template <class E>
std::string labels(const std::vector<E>& values) {
    std::string out;
    for (E v : values) out += (out.empty() ? "" : ", ") + label_of(v);
    return out;
}

} // namespace

std::string describe_filter(const PartnershipFilter& f, const Dataset& d) {
    std::string out;
    std::string scales;
    for (const auto& s : f.scales) scales += (scales.empty() ? "" : ", ") + scale_label(s, ui_lang());
    add(out, "ui.field.scale", scales);
    add(out, "ui.field.layer", labels(f.layers));
    add(out, "ui.field.legal_form", labels(f.legal_forms));
    add(out, "ui.field.motives", labels(f.motives));
    add(out, "ui.field.status", labels(f.statuses));
    add(out, "ui.field.decided_by", labels(f.decided_by));
    std::string partners;
    for (const auto& id : f.organisations) {
        const Organisation* o = d.organisation(id);
        partners += (partners.empty() ? "" : ", ") + (o ? o->name : id);
    }
    add(out, "ui.field.partners", partners);
    if (!f.text.empty()) add(out, "ui.filter.search", "“" + f.text + "”");
    return out;
}

} // namespace swm::web
