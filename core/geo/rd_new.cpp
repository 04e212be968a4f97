#include "core/geo/rd_new.h"

namespace swm::geo {
namespace {

struct Term {
    int p;
    int q;
    double c;
};

// Coefficients of Schreutelkamp & Strang van Hees. RD -> WGS84 works on
// dX, dY in units of 100 km and yields arc seconds.
constexpr Term kLat[] = {
    {0, 1, 3235.65389}, {2, 0, -32.58297}, {0, 2, -0.24750}, {2, 1, -0.84978},
    {0, 3, -0.06550},   {2, 2, -0.01709},  {1, 0, -0.00738}, {4, 0, 0.00530},
    {2, 3, -0.00039},   {4, 1, 0.00033},   {1, 1, -0.00012},
};
constexpr Term kLon[] = {
    {1, 0, 5260.52916}, {1, 1, 105.94684}, {1, 2, 2.45656},  {3, 0, -0.81885},
    {1, 3, 0.05594},    {3, 1, -0.05607},  {0, 1, 0.01199},  {3, 2, -0.00256},
    {1, 4, 0.00128},    {0, 2, 0.00022},   {2, 0, -0.00022}, {5, 0, 0.00026},
};
// WGS84 -> RD works on dPhi, dLambda in units of 10,000 arc seconds and
// yields metres.
constexpr Term kX[] = {
    {0, 1, 190094.945}, {1, 1, -11832.228}, {2, 1, -114.221}, {0, 3, -32.391},
    {1, 0, -0.705},     {3, 1, -2.340},     {1, 3, -0.608},   {0, 2, -0.008},
    {2, 3, 0.148},
};
constexpr Term kY[] = {
    {1, 0, 309056.544}, {0, 2, 3638.893}, {2, 0, 73.077}, {1, 2, -157.984},
    {3, 0, 59.788},     {0, 1, 0.433},    {2, 2, -6.439}, {1, 1, -0.032},
    {0, 4, 0.092},      {1, 4, -0.054},
};

double ipow(double v, int n) {
    double r = 1.0;
    for (int i = 0; i < n; ++i) r *= v;
    return r;
}

template <std::size_t N>
double series(const Term (&terms)[N], double a, double b) {
    double sum = 0.0;
    for (const Term& t : terms) sum += t.c * ipow(a, t.p) * ipow(b, t.q);
    return sum;
}

} // namespace

Point rd_to_wgs84(Point rd) {
    const double dx = (rd.x - kRdX0) * 1e-5;
    const double dy = (rd.y - kRdY0) * 1e-5;
    const double lat = kRdLat0 + series(kLat, dx, dy) / 3600.0;
    const double lon = kRdLon0 + series(kLon, dx, dy) / 3600.0;
    return {lon, lat};
}

Point wgs84_to_rd(Point lonlat) {
    const double dphi = 0.36 * (lonlat.y - kRdLat0);
    const double dlam = 0.36 * (lonlat.x - kRdLon0);
    return {kRdX0 + series(kX, dphi, dlam), kRdY0 + series(kY, dphi, dlam)};
}

} // namespace swm::geo
