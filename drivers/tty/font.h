/*
 * font.h - the framebuffer console's font: 8 pixels wide, FONT_HEIGHT
 * high, the glyphs of ASCII FONT_FIRST..FONT_LAST, one byte a pixel row
 * with the leftmost pixel in the top bit.  The data (font.c) is made at
 * build time by tools/psf2c from a console font Debian installs.
 */
#ifndef _TTY_FONT_H
#define _TTY_FONT_H

#define FONT_WIDTH	8
#define FONT_HEIGHT	16
#define FONT_FIRST	32
#define FONT_LAST	126

extern const unsigned char font_glyphs[FONT_LAST - FONT_FIRST + 1][FONT_HEIGHT];

#endif
