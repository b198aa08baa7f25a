/* gazetteer_data.h - the built-in gazetteer, as plain tables.
 *
 * Lists inside a field are separated by '|'.  Years are those in office
 * (0: open or unknown); they only break ties between people who share a
 * short name ("Bush" in 1990 and in 2005). */
#ifndef TL_EXTRACT_GAZETTEER_DATA_H
#define TL_EXTRACT_GAZETTEER_DATA_H

#include <stddef.h>

typedef struct tl_country_row {
  const char *name;     /* canonical: "North Korea" */
  const char *aliases;  /* "DPRK|Democratic People's Republic of Korea" */
  const char *demonyms; /* "North Korean" */
  const char *capitals; /* "Pyongyang" */
} tl_country_row;

typedef struct tl_person_row {
  const char *name;    /* "Kim Jong Un" */
  const char *country; /* canonical country name, or an organization */
  unsigned char rank;  /* 1 head of state or government, 2 foreign
                          minister or head of a major body, 3 other */
  short from, to;
  const char *aliases; /* other full spellings */
  const char *shorts;  /* what a story calls them after the first mention */
} tl_person_row;

typedef struct tl_name_row {
  const char *name;
  const char *aliases;
  const char *country; /* places: the country they are in; buildings and
                          capitals named for a government: what they stand
                          for ("Kremlin" -> "Russia"); else NULL */
} tl_name_row;

extern const tl_country_row tl_builtin_countries[];
extern const size_t tl_builtin_country_count;
extern const tl_person_row tl_builtin_people[];
extern const size_t tl_builtin_person_count;
extern const tl_name_row tl_builtin_organizations[];
extern const size_t tl_builtin_organization_count;
extern const tl_name_row tl_builtin_agencies[];
extern const size_t tl_builtin_agency_count;
extern const tl_name_row tl_builtin_places[];
extern const size_t tl_builtin_place_count;
/* Names that stand for a government: "Kremlin", "White House". */
extern const tl_name_row tl_builtin_metonyms[];
extern const size_t tl_builtin_metonym_count;

#endif
