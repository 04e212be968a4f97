#include "core/geo/label_layout.h"

namespace swm::geo {
namespace {

// Shifts in units of (width, height), nearest first: the name stays next to
// its area and reads as belonging to it.
constexpr Point kShifts[] = {{0, 0},     {0, -0.8},  {0, 0.8},  {0.35, 0}, {-0.35, 0},
                             {0, -1.5},  {0, 1.5},   {0.3, -0.8}, {-0.3, -0.8}, {0.3, 0.8}, {-0.3, 0.8}};

bool inside(const BBox& box, const BBox& view) {
    return box.min_x >= view.min_x && box.max_x <= view.max_x && box.min_y >= view.min_y && box.max_y <= view.max_y;
}

} // namespace

std::vector<LabelPlacement> layout_labels(const std::vector<LabelRequest>& requests, const std::vector<BBox>& obstacles,
                                          const BBox& view, const LabelLayoutOptions& options) {
    std::vector<LabelPlacement> out(requests.size());
    std::vector<BBox> taken;  // placed names, grown by the gap
    for (const BBox& o : obstacles) taken.push_back(o.expanded(options.gap));
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const LabelRequest& r = requests[i];
        for (const Point s : kShifts) {
            const Point c{r.anchor.x + s.x * r.width, r.anchor.y + s.y * r.height};
            const BBox box{c.x - r.width / 2, c.y - r.height / 2, c.x + r.width / 2, c.y + r.height / 2};
            if (!inside(box, view)) continue;
            bool clear = true;
            for (const BBox& t : taken)
                if (t.intersects(box)) {
                    clear = false;
                    break;
                }
            if (!clear) continue;
            out[i] = {true, box};
            taken.push_back(box.expanded(options.gap));
            break;
        }
    }
    return out;
}

} // namespace swm::geo
