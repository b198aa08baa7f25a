/* fake_measure.h - a fixed-metric text measurer, so layout tests need no
 * fonts: every code point is 7/12 of the font size wide (7 px at 12 px),
 * and a line is as tall as the font size. */
#ifndef TL_TEST_FAKE_MEASURE_H
#define TL_TEST_FAKE_MEASURE_H

#include "timeline.h"

/* The measurer; its context counts calls in *calls when not NULL. */
tl_measurer tl_fake_measurer(size_t *calls);

#endif
