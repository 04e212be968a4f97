#include "core/version_info.h"

#include "core/json_fields.h"

namespace swm {

using nlohmann::json;

json encode_version_info(const VersionInfo& v) {
    json j = {{"name", v.name},
              {"version", v.version},
              {"commit", v.commit},
              {"build_date", v.build_date},
              {"read_only", v.read_only}};
    if (v.snapshot) j["snapshot"] = {{"made_at", v.snapshot->made_at}, {"peildatum", v.snapshot->peildatum}};
    return j;
}

Decoded<VersionInfo> decode_version_info(const json& j) {
    Decoded<VersionInfo> out;
    VersionInfo& v = out.value;
    {
        // Unknown keys are reported when `o` goes out of scope.
        jsonf::Object o(out.errors, j, "");
        o.text("name", v.name, true);
        o.text("version", v.version, true);
        o.text("commit", v.commit);
        o.text("build_date", v.build_date);
        o.boolean("read_only", v.read_only);
        o.object("snapshot", [&](jsonf::Object& s) {
            v.snapshot.emplace();
            s.text("made_at", v.snapshot->made_at, true);
            s.text("peildatum", v.snapshot->peildatum);
        });
    }
    return out;
}

} // namespace swm
