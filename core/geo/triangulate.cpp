#include "core/geo/triangulate.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swm::geo {
namespace {

// Rings are kept as circular doubly linked lists in a node pool; indices
// instead of pointers so the pool can grow while we hold references.
struct Node {
    Point p;
    std::uint32_t idx;  // index into the flattened vertex list
    int prev = -1;
    int next = -1;
    // Second list, sorted by z-order, for the hashed ear test.
    std::uint32_t z = 0;
    int prev_z = -1;
    int next_z = -1;
};

bool inside_triangle(Point a, Point b, Point c, Point p) {
    // Inclusive: a point on an edge of the ear blocks it, which is the safe side.
    return orient(a, b, p) >= 0 && orient(b, c, p) >= 0 && orient(c, a, p) >= 0;
}

int sign(double v) { return (v > 0) - (v < 0); }

bool on_segment(Point p, Point q, Point r) {  // q on segment pr, given collinear
    return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
           q.y >= std::min(p.y, r.y);
}

bool segments_intersect(Point p1, Point q1, Point p2, Point q2) {
    const int o1 = sign(orient(p1, q1, p2));
    const int o2 = sign(orient(p1, q1, q2));
    const int o3 = sign(orient(p2, q2, p1));
    const int o4 = sign(orient(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && on_segment(p1, p2, q1)) return true;
    if (o2 == 0 && on_segment(p1, q2, q1)) return true;
    if (o3 == 0 && on_segment(p2, p1, q2)) return true;
    if (o4 == 0 && on_segment(p2, q1, q2)) return true;
    return false;
}

class EarClipper {
public:
    EarClipper(const Polygon& polygon, std::vector<std::uint32_t>& out) : out_(out) {
        std::uint32_t base = 0;
        int outer = add_ring(polygon.outer, base, true);
        base += static_cast<std::uint32_t>(polygon.outer.size());
        if (outer < 0 || nodes_[outer].next == nodes_[outer].prev) return;

        std::vector<int> holes;
        for (const auto& hole : polygon.holes) {
            int h = add_ring(hole, base, false);
            base += static_cast<std::uint32_t>(hole.size());
            if (h >= 0) holes.push_back(h);
        }

        BBox box = bbox(polygon.outer);
        min_x_ = box.min_x;
        min_y_ = box.min_y;
        double size = std::max(box.width(), box.height());
        inv_size_ = size > 0 ? 32767.0 / size : 0.0;

        if (!holes.empty()) outer = eliminate_holes(holes, outer);
        run(outer);
    }

private:
    std::vector<Node> nodes_;
    std::vector<std::uint32_t>& out_;
    double min_x_ = 0, min_y_ = 0, inv_size_ = 0;
    static constexpr std::size_t kHashThreshold = 64;

    Node& n(int i) { return nodes_[static_cast<std::size_t>(i)]; }
    Point pt(int i) { return nodes_[static_cast<std::size_t>(i)].p; }

    int insert_after(std::uint32_t idx, Point p, int last) {
        Node node;
        node.p = p;
        node.idx = idx;
        int i = static_cast<int>(nodes_.size());
        nodes_.push_back(node);
        if (last < 0) {
            n(i).prev = n(i).next = i;
        } else {
            n(i).next = n(last).next;
            n(i).prev = last;
            n(n(last).next).prev = i;
            n(last).next = i;
        }
        return i;
    }

    // Builds a ring list with the wanted orientation (outer counter-clockwise,
    // holes clockwise) whatever the input's; returns a node or -1.
    int add_ring(const Ring& ring, std::uint32_t base, bool ccw) {
        const std::size_t count = ring.size();
        if (count < 3) return -1;
        for (Point p : ring)
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) return -1;
        const bool is_ccw = signed_area(ring) > 0;
        int last = -1;
        for (std::size_t k = 0; k < count; ++k) {
            std::size_t i = (is_ccw == ccw) ? k : count - 1 - k;
            last = insert_after(base + static_cast<std::uint32_t>(i), ring[i], last);
        }
        return filter(last, -1);
    }

    void remove(int i) {
        Node& node = n(i);
        n(node.next).prev = node.prev;
        n(node.prev).next = node.next;
        if (node.prev_z >= 0) n(node.prev_z).next_z = node.next_z;
        if (node.next_z >= 0) n(node.next_z).prev_z = node.prev_z;
    }

    // Removes repeated and collinear points (including zero-width spikes)
    // between start and end; returns a node still in the ring, or -1 when the
    // ring degenerated below a triangle.
    int filter(int start, int end) {
        if (start < 0) return start;
        if (end < 0) end = start;
        int p = start;
        bool again;
        do {
            again = false;
            int nx = n(p).next;
            int pv = n(p).prev;
            if (pt(p) == pt(nx) || orient(pt(pv), pt(p), pt(nx)) == 0) {
                remove(p);
                p = end = pv;
                if (n(p).next == n(p).prev) return -1;  // fewer than 3 points left
                again = true;
            } else {
                p = nx;
            }
        } while (again || p != end);
        return end;
    }

    // --- holes -----------------------------------------------------------

    int eliminate_holes(std::vector<int>& holes, int outer) {
        std::vector<int> leftmost;
        for (int h : holes) {
            int best = h, p = h;
            do {
                if (pt(p).x < pt(best).x || (pt(p).x == pt(best).x && pt(p).y < pt(best).y)) best = p;
                p = n(p).next;
            } while (p != h);
            leftmost.push_back(best);
        }
        // Left to right, so each bridge goes to geometry that is already joined.
        std::sort(leftmost.begin(), leftmost.end(), [&](int a, int b) {
            return pt(a).x < pt(b).x || (pt(a).x == pt(b).x && pt(a).y < pt(b).y);
        });
        for (int h : leftmost) {
            int bridge = find_bridge(h, outer);
            if (bridge < 0) continue;  // a hole outside the outer ring: ignored
            int other = split(bridge, h);
            filter(other, n(other).next);
            outer = filter(bridge, n(bridge).next);
            if (outer < 0) return -1;
        }
        return outer;
    }

    // The outer vertex that the hole's leftmost point h can see: cast a ray
    // to the left, take the nearest edge it hits, then among the reflex
    // vertices that could block the view choose the one closest in angle.
    int find_bridge(int h, int outer) {
        const Point hp = pt(h);
        double qx = -std::numeric_limits<double>::infinity();
        int m = -1;
        int p = outer;
        do {
            const Point a = pt(p), b = pt(n(p).next);
            // Downward edges only: in a counter-clockwise ring those have the
            // interior on their right, towards h.
            if (hp.y <= a.y && hp.y >= b.y && b.y != a.y) {
                double x = a.x + (hp.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (x <= hp.x && x > qx) {
                    qx = x;
                    m = a.x < b.x ? p : n(p).next;
                    if (x == hp.x) return m;  // h lies on the edge
                }
            }
            p = n(p).next;
        } while (p != outer);
        if (m < 0) return -1;

        const Point mp = pt(m);
        const Point q{qx, hp.y};
        const int stop = m;
        double best_tan = std::numeric_limits<double>::infinity();
        p = m;
        do {
            const Point c = pt(p);
            if (hp.x >= c.x && c.x >= mp.x && hp.x != c.x &&
                (hp.y < mp.y ? inside_triangle(hp, mp, q, c) || inside_triangle(hp, q, mp, c)
                             : inside_triangle(q, mp, hp, c) || inside_triangle(hp, mp, q, c))) {
                double t = std::abs(hp.y - c.y) / (hp.x - c.x);
                if (locally_inside(p, h) && (t < best_tan || (t == best_tan && c.x > pt(m).x))) {
                    m = p;
                    best_tan = t;
                }
            }
            p = n(p).next;
        } while (p != stop);
        return m;
    }

    // Joins a and b with a two-way diagonal: splits one ring into two, or
    // merges two rings into one. Returns the copy of b.
    int split(int a, int b) {
        int a2 = static_cast<int>(nodes_.size());
        nodes_.push_back(Node{pt(a), n(a).idx});
        int b2 = static_cast<int>(nodes_.size());
        nodes_.push_back(Node{pt(b), n(b).idx});
        int an = n(a).next, bp = n(b).prev;
        n(a).next = b;
        n(b).prev = a;
        n(a2).next = an;
        n(an).prev = a2;
        n(b2).next = a2;
        n(a2).prev = b2;
        n(bp).next = b2;
        n(b2).prev = bp;
        return b2;
    }

    // --- tests on the ring ----------------------------------------------

    // Does the diagonal a->b start into the interior at a?
    bool locally_inside(int a, int b) {
        const Point ap = pt(a), pv = pt(n(a).prev), nx = pt(n(a).next), bp = pt(b);
        if (orient(pv, ap, nx) >= 0)  // convex corner: inside the wedge
            return orient(ap, nx, bp) > 0 && orient(ap, bp, pv) > 0;
        return orient(ap, nx, bp) >= 0 || orient(ap, bp, pv) >= 0;  // reflex corner
    }

    bool middle_inside(int a, int b) {
        const Point m{(pt(a).x + pt(b).x) / 2, (pt(a).y + pt(b).y) / 2};
        bool inside = false;
        int p = a;
        do {
            const Point u = pt(p), v = pt(n(p).next);
            if (((u.y > m.y) != (v.y > m.y)) && v.y != u.y &&
                m.x < (v.x - u.x) * (m.y - u.y) / (v.y - u.y) + u.x)
                inside = !inside;
            p = n(p).next;
        } while (p != a);
        return inside;
    }

    bool crosses_ring(int a, int b) {
        const std::uint32_t ia = n(a).idx, ib = n(b).idx;
        int p = a;
        do {
            int q = n(p).next;
            if (n(p).idx != ia && n(q).idx != ia && n(p).idx != ib && n(q).idx != ib &&
                segments_intersect(pt(p), pt(q), pt(a), pt(b)))
                return true;
            p = q;
        } while (p != a);
        return false;
    }

    bool valid_diagonal(int a, int b) {
        return n(n(a).next).idx != n(b).idx && n(n(a).prev).idx != n(b).idx && pt(a) != pt(b) &&
               !crosses_ring(a, b) && locally_inside(a, b) && locally_inside(b, a) && middle_inside(a, b);
    }

    // --- ears --------------------------------------------------------------

    bool blocks(int p, int a, int b, int c) {
        const Point pp = pt(p);
        // Copies of the ear's own corners (bridge ends) do not block it.
        if (pp == pt(a) || pp == pt(b) || pp == pt(c)) return false;
        // Only reflex (or flat) vertices can lie inside an ear of a simple ring.
        return orient(pt(n(p).prev), pp, pt(n(p).next)) <= 0 && inside_triangle(pt(a), pt(b), pt(c), pp);
    }

    bool is_ear(int ear) {
        const int a = n(ear).prev, c = n(ear).next;
        if (orient(pt(a), pt(ear), pt(c)) <= 0) return false;
        for (int p = n(c).next; p != a; p = n(p).next)
            if (blocks(p, a, ear, c)) return false;
        return true;
    }

    std::uint32_t z_of(Point p) const {
        auto spread = [](std::uint32_t v) {
            v = (v | (v << 8)) & 0x00FF00FFu;
            v = (v | (v << 4)) & 0x0F0F0F0Fu;
            v = (v | (v << 2)) & 0x33333333u;
            v = (v | (v << 1)) & 0x55555555u;
            return v;
        };
        auto cell = [&](double v) {
            double c = std::floor(v * inv_size_);
            return static_cast<std::uint32_t>(std::clamp(c, 0.0, 32767.0));
        };
        return spread(cell(p.x - min_x_)) | (spread(cell(p.y - min_y_)) << 1);
    }

    bool is_ear_hashed(int ear) {
        const int a = n(ear).prev, c = n(ear).next;
        const Point pa = pt(a), pb = pt(ear), pc = pt(c);
        if (orient(pa, pb, pc) <= 0) return false;
        const std::uint32_t zmin = z_of({std::min({pa.x, pb.x, pc.x}), std::min({pa.y, pb.y, pc.y})});
        const std::uint32_t zmax = z_of({std::max({pa.x, pb.x, pc.x}), std::max({pa.y, pb.y, pc.y})});
        // Every point inside the triangle's box has a z between zmin and zmax.
        for (int p = n(ear).next_z; p >= 0 && n(p).z <= zmax; p = n(p).next_z)
            if (p != a && p != c && blocks(p, a, ear, c)) return false;
        for (int p = n(ear).prev_z; p >= 0 && n(p).z >= zmin; p = n(p).prev_z)
            if (p != a && p != c && blocks(p, a, ear, c)) return false;
        return true;
    }

    // Orders the ring's nodes along the z-curve (a separate list).
    void index_curve(int start) {
        std::vector<int> ring;
        int p = start;
        do {
            n(p).z = z_of(pt(p));
            ring.push_back(p);
            p = n(p).next;
        } while (p != start);
        std::sort(ring.begin(), ring.end(), [&](int x, int y) { return n(x).z < n(y).z; });
        for (std::size_t i = 0; i < ring.size(); ++i) {
            n(ring[i]).prev_z = i > 0 ? ring[i - 1] : -1;
            n(ring[i]).next_z = i + 1 < ring.size() ? ring[i + 1] : -1;
        }
    }

    std::size_t ring_size(int start) {
        std::size_t count = 0;
        int p = start;
        do {
            ++count;
            p = n(p).next;
        } while (p != start && count <= kHashThreshold);
        return count;
    }

    void emit(int a, int b, int c) {
        out_.push_back(n(a).idx);
        out_.push_back(n(b).idx);
        out_.push_back(n(c).idx);
    }

    // Local self-intersection a-p-p.next-b where a-p crosses p.next-b: cut
    // the small triangle off and drop the two middle points.
    int cure_local_intersections(int start) {
        int p = start;
        do {
            int a = n(p).prev, b = n(n(p).next).next;
            if (pt(a) != pt(b) && segments_intersect(pt(a), pt(p), pt(n(p).next), pt(b)) &&
                locally_inside(a, b) && locally_inside(b, a)) {
                emit(a, p, b);
                remove(n(p).next);
                remove(p);
                p = start = b;
            }
            p = n(p).next;
        } while (p != start && n(p).next != n(p).prev);
        return filter(p, -1);
    }

    struct Job {
        int start;
        int pass;  // 0 plain, 1 after filtering, 2 after curing, then split
    };

    // An explicit job stack instead of recursion: hostile rings cannot grow
    // the call stack.
    void run(int start) {
        std::vector<Job> jobs{{start, 0}};
        while (!jobs.empty()) {
            Job job = jobs.back();
            jobs.pop_back();
            int ear = job.start;
            if (ear < 0) continue;
            const bool hashed = ring_size(ear) > kHashThreshold && inv_size_ > 0;
            if (hashed && job.pass == 0) index_curve(ear);
            int stop = ear;
            while (n(ear).prev != n(ear).next) {
                const int pv = n(ear).prev, nx = n(ear).next;
                if (hashed ? is_ear_hashed(ear) : is_ear(ear)) {
                    emit(pv, ear, nx);
                    remove(ear);
                    // Skipping one node avoids long thin fans from one vertex.
                    ear = n(nx).next;
                    stop = ear;
                    continue;
                }
                ear = nx;
                if (ear == stop) {
                    if (job.pass == 0) {
                        jobs.push_back({filter(ear, -1), 1});
                    } else if (job.pass == 1) {
                        jobs.push_back({cure_local_intersections(filter(ear, -1)), 2});
                    } else {
                        split_ring(ear, jobs);
                    }
                    break;
                }
            }
        }
    }

    void split_ring(int start, std::vector<Job>& jobs) {
        int a = start;
        do {
            for (int b = n(n(a).next).next; b != n(a).prev; b = n(b).next) {
                if (n(a).idx != n(b).idx && valid_diagonal(a, b)) {
                    int c = split(a, b);
                    jobs.push_back({filter(a, n(a).next), 0});
                    jobs.push_back({filter(c, n(c).next), 0});
                    return;
                }
            }
            a = n(a).next;
        } while (a != start);
        // No diagonal left: the rest is degenerate (zero area or crossing
        // itself beyond repair) and stays unfilled.
    }
};

} // namespace

std::vector<Point> flatten(const Polygon& polygon) {
    std::vector<Point> v(polygon.outer);
    for (const auto& hole : polygon.holes) v.insert(v.end(), hole.begin(), hole.end());
    return v;
}

std::vector<std::uint32_t> triangulate(const Polygon& polygon) {
    std::vector<std::uint32_t> out;
    if (polygon.outer.size() < 3) return out;
    out.reserve(3 * (vertex_count(polygon) + 2 * polygon.holes.size()));
    EarClipper clipper(polygon, out);
    return out;
}

double Triangulation::area() const {
    double sum = 0.0;
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3)
        sum += orient(vertices[indices[i]], vertices[indices[i + 1]], vertices[indices[i + 2]]) / 2.0;
    return sum;
}

Triangulation triangulate(const MultiPolygon& shape) {
    Triangulation t;
    for (const auto& part : shape.parts) {
        const auto base = static_cast<std::uint32_t>(t.vertices.size());
        std::vector<Point> v = flatten(part);
        t.vertices.insert(t.vertices.end(), v.begin(), v.end());
        for (std::uint32_t i : triangulate(part)) t.indices.push_back(base + i);
    }
    return t;
}

} // namespace swm::geo
