// The Algemene termijnenwet (Atw, BWBR0002448): which days are "algemeen
// erkende feestdagen" (art. 3) and how a statutory period that ends on one,
// or on a Saturday or Sunday, is extended (art. 1 lid 1). The P&C calendar
// applies it only to the periods the Wgr counts forward from an event; a
// period counted back from a moment is not extended (art. 1 lid 2).
//
// Sources, as read for this file (wording quoted on staatsrechtpraktijk.nl,
// wvhl.nl and debloggendedeurwaarder.nl; the consolidated text on
// wetten.overheid.nl was not reachable from here):
// - art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag,
//   zondag of algemeen erkende feestdag eindigt, wordt verlengd tot en met de
//   eerstvolgende dag die niet een zaterdag, zondag of algemeen erkende
//   feestdag is." Lid 2: not for periods "bepaald door terugrekening vanaf een
//   tijdstip of een gebeurtenis".
// - art. 3 lid 1: Nieuwjaarsdag, Christelijke tweede Paas- en Pinksterdag,
//   beide Kerstdagen, Hemelvaartsdag, the day the King's birthday is
//   celebrated, and "de vijfde mei" (every year, for this law). Lid 2: Goede
//   Vrijdag is equated with them. Lid 3: other days can be equated by decree
//   (published in the Staatscourant): those are not computable and are given
//   as `equated` dates with their decree.
// - Koningsdag: 27 April, or 26 April when 27 April is a Sunday (Koningsdag
//   decree of 2013, number not verified here); before 2014 Koninginnedag,
//   30 April, or 29 April when that was a Sunday.
// - art. 2 (a period of at least three days contains at least two working
//   days) is in secondary sources only and is not applied: every Wgr period
//   here is two weeks or longer.
#pragma once
#include "core/civil_date.h"

#include <string>
#include <string_view>
#include <vector>

namespace swm {

struct PublicHoliday {
    CivilDate date;
    std::string_view key;     // i18n key, "holiday.<code>"
    std::string_view source;  // the article that names it
};

// Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus.
CivilDate easter_sunday(int year);

// The days art. 3 lid 1 and 2 name, in date order.
std::vector<PublicHoliday> atw_holidays(int year);

// A day equated with a feestdag by decree (art. 3 lid 3), with the decree.
struct EquatedDay {
    CivilDate date;
    std::string source;

    friend bool operator==(const EquatedDay& a, const EquatedDay& b) {
        return a.date == b.date && a.source == b.source;
    }
    friend bool operator!=(const EquatedDay& a, const EquatedDay& b) { return !(a == b); }
};

// Saturday, Sunday, a feestdag of art. 3 or an equated day.
bool is_atw_rest_day(const CivilDate& d, const std::vector<EquatedDay>& equated);

// Art. 1 lid 1: the end of a period moved to the next day that is not a rest day.
CivilDate atw_extend(const CivilDate& end, const std::vector<EquatedDay>& equated);

} // namespace swm
