/*
 * at_wini.c - the ATA disk driver: up to four disks on the two legacy
 * IDE channels, as block devices.
 *
 * Drive d (0: primary master, 1: primary slave, 2: secondary master,
 * 3: secondary slave) is minor d*5 as a whole (/dev/c0d<d>) and minors
 * d*5+1..d*5+4 for its MBR primary partitions (/dev/c0d<d>p0..p3).
 *
 * It serves only where PCI shows an IDE controller (else ahci does).
 *
 * The driver keeps no state a restart could lose: a new instance resets
 * both channels (a command of the dead one may be half done), probes the
 * drives and reads the partition tables again; the file servers send
 * their requests again.  A live update's new version touches no device:
 * the old one hands it what it found (lu.c), between two requests.
 *
 * Entry points: main(), and the struct driver functions below.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/pci.h>
#include "at_wini.h"

struct channel channels[NR_CHANNELS] = {
	{ .c_base = 0x1F0, .c_ctl = 0x3F6, .c_irq = 14 },
	{ .c_base = 0x170, .c_ctl = 0x376, .c_irq = 15 },
};
struct drive drives[NR_DRIVES];

/* The bounce buffer of every command.  One is enough: requests that
 * arrive mid-command are queued (driver_mq_queue) and run only after the
 * command in hand has finished with it. */
static uint8_t buf[MAX_SECTORS * SECTOR_SIZE];

/* The partition (or whole disk) of minor, and its drive; NULL if none. */
static struct part *minor_part(int minor, struct drive **dp)
{
	struct drive *d;
	struct part *p;

	if (minor < 0 || minor >= NR_DRIVES * MINORS_PER_DRIVE)
		return NULL;
	d = &drives[minor / MINORS_PER_DRIVE];
	p = &d->d_part[minor % MINORS_PER_DRIVE];
	if (!d->d_present || p->p_sectors == 0)
		return NULL;
	*dp = d;
	return p;
}

/* The first open of a drive reads its partition table again, so that a
 * table just written through the whole-disk minor takes effect. */
static int w_open(int minor, int access, const struct driver_req *req)
{
	struct drive *d;

	if (minor >= 0 && minor < NR_DRIVES * MINORS_PER_DRIVE) {
		d = &drives[minor / MINORS_PER_DRIVE];
		if (d->d_present && d->d_opens == 0)
			read_partitions(d, buf);
	}
	if (minor_part(minor, &d) == NULL)
		return -ENXIO;
	d->d_opens++;
	return OK;
}

/* Closes may outnumber opens after a restart: clients opened the old
 * instance.  The last close flushes the drive's write cache. */
static int w_close(int minor, const struct driver_req *req)
{
	struct drive *d;

	if (minor_part(minor, &d) == NULL)
		return -ENXIO;
	if (d->d_opens > 0 && --d->d_opens == 0)
		ata_flush(d);
	return OK;
}

static int rw_sectors(void *disk, int write, uint64_t sector, unsigned n,
	uint8_t *sectors)
{
	return ata_rw(disk, write, sector, n, sectors);
}

/* Move count bytes at byte pos of minor through the grant, at most
 * MAX_SECTORS a command; cut short at the end of the partition. */
static ssize_t w_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	struct part_io io = { NULL, rw_sectors, buf, sizeof(buf), write,
		owner, grant, off };
	struct drive *d;
	struct part *p;

	if ((p = minor_part(minor, &d)) == NULL)
		return -ENXIO;
	io.disk = d;
	return part_transfer(p, &io, pos, count);
}

static int w_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	struct drive *d;
	struct part *p;

	if ((p = minor_part(minor, &d)) == NULL)
		return -ENXIO;
	return part_ioctl(p, request, owner, grant);
}

static const struct driver at_wini_driver = {
	.dr_name = "at_wini",
	.dr_open = w_open,
	.dr_close = w_close,
	.dr_transfer = w_transfer,
	.dr_ioctl = w_ioctl,
	/* interrupts and alarms that come while no command is in flight
	 * are stale: libdriver drops them for us */
};

/* Hook the channel's IRQ; our notification bit is the channel's index. */
static void hook_channel(struct channel *ch, int index)
{
	int r;

	ch->c_hook = index;
	if ((r = sys_irqsetpolicy(ch->c_irq, IRQ_REENABLE, &ch->c_hook)) != OK) {
		printf("at_wini: cannot hook IRQ %d: %d\n", ch->c_irq, r);
		return;
	}
	ch->c_present = true;
}

/* Does PCI show an IDE controller (system.conf lets at_wini see class
 * 01/01 only)?  A machine without one (QEMU's q35: its disks are on
 * AHCI) is ahci's.  If the PCI bus driver cannot be asked, the legacy
 * ports are probed anyway. */
static bool ide_controller(void)
{
	struct pci_info d;

	if (pci_first_dev(&d) != -ENODEV)
		return true;
	printf("at_wini: no IDE controller (PCI class 01/01)\n");
	return false;
}

static int init(int type, sef_init_info_t *info)
{
	struct drive *d;
	int c, i;

	if (type == SEF_INIT_LU)
		return OK;		/* lu.c has the tables */
	if (!ide_controller())
		return -ENODEV;		/* RS forgets us; rc starts ahci */
	memset(drives, 0, sizeof(drives));
	for (i = 0; i < NR_DRIVES; i++) {
		d = &drives[i];
		d->d_chan = &channels[i / 2];
		d->d_select = (i % 2) ? DEV_SLAVE : 0;
		snprintf(d->d_name, sizeof(d->d_name), "c0d%d", i);
	}
	for (c = 0; c < NR_CHANNELS; c++) {
		hook_channel(&channels[c], c);
		if (channels[c].c_present)
			probe_channel(&channels[c], &drives[2 * c],
				&drives[2 * c + 1], buf);
	}
	for (i = 0; i < NR_DRIVES; i++)
		if (drives[i].d_present)
			read_partitions(&drives[i], buf);
	return OK;
}

int main(void)
{
	sef_setcb_lu_state_save(at_lu_save);
	sef_setcb_lu_state_restore(at_lu_restore);
	driver_startup(init);
	driver_task(&at_wini_driver);
	return 0;
}
