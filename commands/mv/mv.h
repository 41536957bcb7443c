/*
 * mv.h - what mv.c needs from xdev.c.
 */
#ifndef MV_H
#define MV_H

/* Moves src to dst by copying and removing, for rename()'s EXDEV.
 * Reports its own errors; answers 0 or 1. */
int move_across(const char *src, const char *dst);

#endif
