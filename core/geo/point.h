// A position in the plane. For geographic data x is the longitude and y the
// latitude (GeoJSON order), for RD New x is the easting and y the northing, in
// projected map space both are kilometres. Which one a value holds is said by
// the function that produces it, never by the type: the algorithms here are the
// same for all three.
#pragma once

namespace swm::geo {

struct Point {
    double x = 0.0;
    double y = 0.0;

    friend Point operator+(Point a, Point b) { return {a.x + b.x, a.y + b.y}; }
    friend Point operator-(Point a, Point b) { return {a.x - b.x, a.y - b.y}; }
    friend Point operator*(Point a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Point a, Point b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(Point a, Point b) { return !(a == b); }
};

inline double dot(Point a, Point b) { return a.x * b.x + a.y * b.y; }
// z of the 3-D cross product: > 0 when b is counter-clockwise from a.
inline double cross(Point a, Point b) { return a.x * b.y - a.y * b.x; }
// Twice the signed area of triangle abc: > 0 for a left turn (counter-clockwise).
inline double orient(Point a, Point b, Point c) { return cross(b - a, c - a); }

} // namespace swm::geo
