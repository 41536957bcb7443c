/*
 * types.h - the basic types every protocol shares.
 */
#ifndef _MINIX_TYPES_H
#define _MINIX_TYPES_H

#include <stdint.h>
#include <stddef.h>

typedef int		endpoint_t;	/* a process's IPC address, see endpoint.h */
typedef int		proc_nr_t;	/* a process table slot */
typedef int		sys_id_t;	/* a privilege structure's index */
typedef int32_t		cp_grant_id_t;	/* index in a grant table */
typedef uint32_t	vir_bytes;	/* a virtual address or size */
typedef uint32_t	phys_bytes;	/* a physical address or size */
typedef uint32_t	bitchunk_t;	/* one word of a bitmap */
typedef uint8_t		u8_t;
typedef uint16_t	u16_t;
typedef uint32_t	u32_t;
typedef uint64_t	u64_t;
typedef int32_t		i32_t;

#define OK		0	/* success, in every status word */

#define BITCHUNK_BITS	32
#define BITMAP_CHUNKS(nbits)	(((nbits) + BITCHUNK_BITS - 1) / BITCHUNK_BITS)
#define MAP_CHUNK(map, bit)	((map)[(bit) / BITCHUNK_BITS])
#define CHUNK_OFFSET(bit)	((bit) % BITCHUNK_BITS)
#define GET_BIT(map, bit)	((MAP_CHUNK(map, bit) >> CHUNK_OFFSET(bit)) & 1)
#define SET_BIT(map, bit)	(MAP_CHUNK(map, bit) |= (1u << CHUNK_OFFSET(bit)))
#define UNSET_BIT(map, bit)	(MAP_CHUNK(map, bit) &= ~(1u << CHUNK_OFFSET(bit)))

#endif
