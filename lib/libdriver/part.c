/*
 * part.c - a transfer between a client's grant and one partition of a
 * disk, for the disk drivers (at_wini, ahci): its bounds checked and cut
 * at the partition's end, then moved a bufferful at a time through the
 * driver's own buffer and its read-or-write of whole sectors.
 *
 * Entry points: part_transfer(), part_ioctl().
 */
#include <errno.h>
#include <minix/msg/bdev.h>
#include <minix/syslib.h>
#include <minix/partition.h>

ssize_t part_transfer(const struct part *p, const struct part_io *io,
	uint64_t pos, size_t count)
{
	uint64_t sector, left;
	size_t done = 0, n;
	int r = OK;

	if (pos % DISK_SECTOR != 0 || count % DISK_SECTOR != 0)
		return -EINVAL;
	sector = pos / DISK_SECTOR;
	if (sector >= p->p_sectors)
		return 0;
	left = p->p_sectors - sector;
	if (count / DISK_SECTOR > left)
		count = left * DISK_SECTOR;
	while (done < count && r == OK) {
		n = count - done < io->buf_size ? count - done : io->buf_size;
		if (io->write)
			r = sys_safecopyfrom(io->owner, io->grant,
				io->off + done, io->buf, n);
		if (r == OK)
			r = io->rw(io->disk, io->write, p->p_base + sector
				+ done / DISK_SECTOR, n / DISK_SECTOR, io->buf);
		if (r == OK && !io->write)
			r = sys_safecopyto(io->owner, io->grant,
				io->off + done, io->buf, n);
		if (r == OK)
			done += n;
	}
	return done > 0 ? (ssize_t) done : r;
}

int part_ioctl(const struct part *p, unsigned long request, int owner,
	int grant)
{
	uint64_t bytes = p->p_sectors * DISK_SECTOR;

	if (request != DIOCGETSIZE)
		return -ENOTTY;
	return sys_safecopyto(owner, grant, 0, &bytes, sizeof(bytes));
}
