#include "core/deck.h"

#include "core/json_fields.h"

namespace swm {

using nlohmann::json;

json encode_deck(const Deck& d) {
    json slides = json::array();
    for (const auto& s : d.slides) slides.push_back({{"title", s.title}, {"view_id", s.view_id}});
    return {{"slides", slides}};
}

Decoded<Deck> decode_deck(const json& j) {
    Decoded<Deck> out;
    {
        // Unknown keys are reported when `o` goes out of scope.
        jsonf::Object o(out.errors, j, "");
        o.objects("slides", out.value.slides, [](jsonf::Object& s, DeckSlide& slide) {
            s.text("title", slide.title, true);
            std::int64_t id = 0;
            if (const json* v = s.get("view_id", true)) {
                if (v->is_number_integer()) id = v->get<std::int64_t>();
                else s.error(s.path("view_id"), "validation.expected_integer");
            }
            slide.view_id = id;
        }, true);
    }
    return out;
}

} // namespace swm
