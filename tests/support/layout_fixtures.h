/* layout_fixtures.h - documents for layout tests, built in code. */
#ifndef TL_TEST_LAYOUT_FIXTURES_H
#define TL_TEST_LAYOUT_FIXTURES_H

#include "timeline.h"

/* China-North Korea, shaped like the project's sample: the Korean War as
 * an interval, the 1961 treaty, a decade (195X), approximate dates (2018~),
 * the 2018 summits, Hanoi (27-28 Feb 2019), a cluster in early September
 * 2025, an era band, decades of nothing in between. */
tl_doc *tl_fixture_sample(void);

/* n events of mixed precision (days, months, years, decades, intervals,
 * approximate and uncertain dates, a few eras), in dense clusters separated
 * by long gaps, with types, actors and tags, some planned, cancelled or
 * inferred; deterministic for a seed. */
tl_doc *tl_fixture_generated(size_t n, unsigned seed);

#endif
