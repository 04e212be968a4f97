#include "core/dataset.h"

namespace swm {

std::vector<const SourcePassage*> SourceCommentary::on(std::string_view topic) const {
    std::vector<const SourcePassage*> out;
    for (const auto& p : passages) {
        if (p.topic == topic) out.push_back(&p);
    }
    return out;
}

const Organisation* Dataset::organisation(std::string_view id) const {
    for (const auto& o : organisations) {
        if (o.id == id) return &o;
    }
    return nullptr;
}

const Partnership* Dataset::partnership(int number) const {
    for (const auto& p : partnerships) {
        if (p.number == number) return &p;
    }
    return nullptr;
}

} // namespace swm
