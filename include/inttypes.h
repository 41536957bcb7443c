/*
 * inttypes.h - printf and scanf conversions for <stdint.h>'s types, and
 * the calls on intmax_t.
 *
 * Which length modifier a type needs depends on the machine: int64_t is
 * long long on the i386 guest but long on a 64-bit host, where the unit
 * tests run.  GCC's width macros decide.
 */
#ifndef _INTTYPES_H
#define _INTTYPES_H

#include <stdint.h>

#if __SIZEOF_LONG__ == 8
#define __PRI64		"l"
#else
#define __PRI64		"ll"
#endif
#if __INTPTR_WIDTH__ == __LONG_WIDTH__ && __INT_WIDTH__ != __LONG_WIDTH__
#define __PRIPTR	"l"
#else
#define __PRIPTR	""
#endif

#define PRId8		"d"
#define PRId16		"d"
#define PRId32		"d"
#define PRId64		__PRI64 "d"
#define PRIi8		"i"
#define PRIi16		"i"
#define PRIi32		"i"
#define PRIi64		__PRI64 "i"
#define PRIo8		"o"
#define PRIo16		"o"
#define PRIo32		"o"
#define PRIo64		__PRI64 "o"
#define PRIu8		"u"
#define PRIu16		"u"
#define PRIu32		"u"
#define PRIu64		__PRI64 "u"
#define PRIx8		"x"
#define PRIx16		"x"
#define PRIx32		"x"
#define PRIx64		__PRI64 "x"
#define PRIX8		"X"
#define PRIX16		"X"
#define PRIX32		"X"
#define PRIX64		__PRI64 "X"

#define PRIdMAX		"jd"
#define PRIiMAX		"ji"
#define PRIoMAX		"jo"
#define PRIuMAX		"ju"
#define PRIxMAX		"jx"
#define PRIXMAX		"jX"

#define PRIdPTR		__PRIPTR "d"
#define PRIiPTR		__PRIPTR "i"
#define PRIoPTR		__PRIPTR "o"
#define PRIuPTR		__PRIPTR "u"
#define PRIxPTR		__PRIPTR "x"
#define PRIXPTR		__PRIPTR "X"

#define SCNd8		"hhd"
#define SCNd16		"hd"
#define SCNd32		"d"
#define SCNd64		__PRI64 "d"
#define SCNi8		"hhi"
#define SCNi16		"hi"
#define SCNi32		"i"
#define SCNi64		__PRI64 "i"
#define SCNo8		"hho"
#define SCNo16		"ho"
#define SCNo32		"o"
#define SCNo64		__PRI64 "o"
#define SCNu8		"hhu"
#define SCNu16		"hu"
#define SCNu32		"u"
#define SCNu64		__PRI64 "u"
#define SCNx8		"hhx"
#define SCNx16		"hx"
#define SCNx32		"x"
#define SCNx64		__PRI64 "x"

#define SCNdMAX		"jd"
#define SCNiMAX		"ji"
#define SCNoMAX		"jo"
#define SCNuMAX		"ju"
#define SCNxMAX		"jx"

#define SCNdPTR		__PRIPTR "d"
#define SCNiPTR		__PRIPTR "i"
#define SCNoPTR		__PRIPTR "o"
#define SCNuPTR		__PRIPTR "u"
#define SCNxPTR		__PRIPTR "x"

/*
 * The least and fast types: least-N is the N-bit type, fast-8 is char and
 * fast-64 the 64-bit type; fast-16 and fast-32 are as wide as GCC says.
 */
#if __INT_FAST16_WIDTH__ == 64
#define __PRIFAST16	__PRI64
#define __SCNFAST16	__PRI64
#elif __INT_FAST16_WIDTH__ == 32
#define __PRIFAST16	""
#define __SCNFAST16	""
#else
#define __PRIFAST16	""
#define __SCNFAST16	"h"
#endif
#if __INT_FAST32_WIDTH__ == 64
#define __PRIFAST32	__PRI64
#else
#define __PRIFAST32	""
#endif

#define PRIdLEAST8	"d"
#define PRIiLEAST8	"i"
#define PRIoLEAST8	"o"
#define PRIuLEAST8	"u"
#define PRIxLEAST8	"x"
#define PRIXLEAST8	"X"
#define PRIdLEAST16	"d"
#define PRIiLEAST16	"i"
#define PRIoLEAST16	"o"
#define PRIuLEAST16	"u"
#define PRIxLEAST16	"x"
#define PRIXLEAST16	"X"
#define PRIdLEAST32	"d"
#define PRIiLEAST32	"i"
#define PRIoLEAST32	"o"
#define PRIuLEAST32	"u"
#define PRIxLEAST32	"x"
#define PRIXLEAST32	"X"
#define PRIdLEAST64	__PRI64 "d"
#define PRIiLEAST64	__PRI64 "i"
#define PRIoLEAST64	__PRI64 "o"
#define PRIuLEAST64	__PRI64 "u"
#define PRIxLEAST64	__PRI64 "x"
#define PRIXLEAST64	__PRI64 "X"
#define PRIdFAST8	"d"
#define PRIiFAST8	"i"
#define PRIoFAST8	"o"
#define PRIuFAST8	"u"
#define PRIxFAST8	"x"
#define PRIXFAST8	"X"
#define PRIdFAST16	__PRIFAST16 "d"
#define PRIiFAST16	__PRIFAST16 "i"
#define PRIoFAST16	__PRIFAST16 "o"
#define PRIuFAST16	__PRIFAST16 "u"
#define PRIxFAST16	__PRIFAST16 "x"
#define PRIXFAST16	__PRIFAST16 "X"
#define PRIdFAST32	__PRIFAST32 "d"
#define PRIiFAST32	__PRIFAST32 "i"
#define PRIoFAST32	__PRIFAST32 "o"
#define PRIuFAST32	__PRIFAST32 "u"
#define PRIxFAST32	__PRIFAST32 "x"
#define PRIXFAST32	__PRIFAST32 "X"
#define PRIdFAST64	__PRI64 "d"
#define PRIiFAST64	__PRI64 "i"
#define PRIoFAST64	__PRI64 "o"
#define PRIuFAST64	__PRI64 "u"
#define PRIxFAST64	__PRI64 "x"
#define PRIXFAST64	__PRI64 "X"
#define SCNdLEAST8	"hhd"
#define SCNiLEAST8	"hhi"
#define SCNoLEAST8	"hho"
#define SCNuLEAST8	"hhu"
#define SCNxLEAST8	"hhx"
#define SCNdLEAST16	"hd"
#define SCNiLEAST16	"hi"
#define SCNoLEAST16	"ho"
#define SCNuLEAST16	"hu"
#define SCNxLEAST16	"hx"
#define SCNdLEAST32	"d"
#define SCNiLEAST32	"i"
#define SCNoLEAST32	"o"
#define SCNuLEAST32	"u"
#define SCNxLEAST32	"x"
#define SCNdLEAST64	__PRI64 "d"
#define SCNiLEAST64	__PRI64 "i"
#define SCNoLEAST64	__PRI64 "o"
#define SCNuLEAST64	__PRI64 "u"
#define SCNxLEAST64	__PRI64 "x"
#define SCNdFAST8	"hhd"
#define SCNiFAST8	"hhi"
#define SCNoFAST8	"hho"
#define SCNuFAST8	"hhu"
#define SCNxFAST8	"hhx"
#define SCNdFAST16	__SCNFAST16 "d"
#define SCNiFAST16	__SCNFAST16 "i"
#define SCNoFAST16	__SCNFAST16 "o"
#define SCNuFAST16	__SCNFAST16 "u"
#define SCNxFAST16	__SCNFAST16 "x"
#define SCNdFAST32	__PRIFAST32 "d"
#define SCNiFAST32	__PRIFAST32 "i"
#define SCNoFAST32	__PRIFAST32 "o"
#define SCNuFAST32	__PRIFAST32 "u"
#define SCNxFAST32	__PRIFAST32 "x"
#define SCNdFAST64	__PRI64 "d"
#define SCNiFAST64	__PRI64 "i"
#define SCNoFAST64	__PRI64 "o"
#define SCNuFAST64	__PRI64 "u"
#define SCNxFAST64	__PRI64 "x"

typedef struct { intmax_t quot, rem; } imaxdiv_t;

intmax_t imaxabs(intmax_t j);
imaxdiv_t imaxdiv(intmax_t num, intmax_t den);
intmax_t strtoimax(const char *restrict s, char **restrict end, int base);
uintmax_t strtoumax(const char *restrict s, char **restrict end, int base);

#endif
