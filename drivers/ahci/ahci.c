/*
 * ahci.c - the AHCI SATA disk driver: the disks on ports 0-3 of the
 * first AHCI controller PCI reports (QEMU's q35 machine has one, ICH9),
 * as block devices with at_wini's names and minors.
 *
 * The disk on port d is minor d*5 as a whole (/dev/c0d<d>) and minors
 * d*5+1..d*5+4 for its MBR primary partitions (/dev/c0d<d>p0..p3).
 * Only one of at_wini and ahci serves the disks' major: /etc/rc starts
 * at_wini, which leaves (ENODEV) if PCI shows no IDE controller, and
 * then ahci, which leaves if it shows no AHCI one.  A controller without
 * disks keeps the driver, as at_wini keeps a channel without drives.
 *
 * The driver keeps no state a restart could lose: a new instance resets
 * the controller (a command of the dead one may be half done), probes
 * the ports and reads the partition tables again; the file servers send
 * their requests again.  A live update's new version resets nothing
 * (lu.c).  Data moves by DMA through one bounce buffer, copied to and
 * from the clients' grants.
 *
 * Entry points: main(), and the struct driver functions below.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include "ahci.h"

struct drive drives[NR_DRIVES];
uint8_t *dma_buf;			/* XFER_BYTES, for every command */
uint32_t dma_buf_phys;

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

/* Read the MBR again; a disk we cannot read keeps no partitions. */
static void read_partitions(struct drive *d)
{
	memset(&d->d_part[1], 0, NR_PARTS * sizeof(d->d_part[1]));
	if (ahci_rw(d, 0, 0, 1) != OK) {
		printf("ahci: %s: cannot read the partition table\n",
			d->d_name);
		return;
	}
	mbr_parse(dma_buf, d->d_sectors, &d->d_part[1]);
}

/* The first open of a drive reads its partition table again, so that a
 * table just written through the whole-disk minor takes effect. */
static int a_open(int minor, int access, const struct driver_req *req)
{
	struct drive *d;

	if (minor >= 0 && minor < NR_DRIVES * MINORS_PER_DRIVE) {
		d = &drives[minor / MINORS_PER_DRIVE];
		if (d->d_present && d->d_opens == 0)
			read_partitions(d);
	}
	if (minor_part(minor, &d) == NULL)
		return -ENXIO;
	d->d_opens++;
	return OK;
}

/* Closes may outnumber opens after a restart: clients opened the old
 * instance.  The last close flushes the disk's write cache. */
static int a_close(int minor, const struct driver_req *req)
{
	struct drive *d;

	if (minor_part(minor, &d) == NULL)
		return -ENXIO;
	if (d->d_opens > 0 && --d->d_opens == 0)
		ahci_flush(d);
	return OK;
}

static int rw_sectors(void *disk, int write, uint64_t sector, unsigned n,
	uint8_t *buf)
{
	(void) buf;			/* dma_buf: the commands' own */
	return ahci_rw(disk, write, sector, n);
}

/* Move count bytes at byte pos of minor through the grant, a command
 * (XFER_BYTES) at a time; cut short at the end of the partition. */
static ssize_t a_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	struct part_io io = { NULL, rw_sectors, dma_buf, XFER_BYTES, write,
		owner, grant, off };
	struct drive *d;
	struct part *p;

	if ((p = minor_part(minor, &d)) == NULL)
		return -ENXIO;
	io.disk = d;
	return part_transfer(p, &io, pos, count);
}

static int a_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	struct drive *d;
	struct part *p;

	if ((p = minor_part(minor, &d)) == NULL)
		return -ENXIO;
	return part_ioctl(p, request, owner, grant);
}

/* An interrupt while no command waits for one: acknowledge it, or the
 * line stays masked. */
static void a_intr(uint32_t mask)
{
	hba_ack();
}

static const struct driver ahci_driver = {
	.dr_name = "ahci",
	.dr_open = a_open,
	.dr_close = a_close,
	.dr_transfer = a_transfer,
	.dr_ioctl = a_ioctl,
	.dr_intr = a_intr,
	/* alarms that come while no command waits are stale */
};

/* Look at every implemented port: disks on ports 0-3 are ours. */
static int probe_ports(void)
{
	uint32_t pi = hba_rd(HBA_PI);
	int p, found = 0;

	for (p = 0; p < MAX_PORTS; p++) {
		if (!(pi & (1u << p)))
			continue;
		if (p < NR_DRIVES) {
			port_probe(p, &drives[p]);
			found += drives[p].d_present;
		} else if (SSTS_DET(px_rd(p, PX_SSTS)) == DET_PRESENT) {
			printf("ahci: port %d: a device, but only ports 0-%d "
				"have names; left alone\n", p, NR_DRIVES - 1);
		}
	}
	return found;
}

/* The bounce buffer. */
int dma_buf_alloc(void)
{
	phys_bytes phys;
	int r;

	if ((r = alloc_dma(XFER_BYTES, (void **) &dma_buf, &phys)) != OK)
		return r;
	dma_buf_phys = phys;
	return OK;
}

/* A fresh start and a restart are the same: find the controller, reset
 * it, probe.  A live update's new version takes over (lu.c). */
static int init(int type, sef_init_info_t *info)
{
	int i, irq, r;

	if (type == SEF_INIT_LU)
		return ahci_lu_init();
	memset(drives, 0, sizeof(drives));
	for (i = 0; i < NR_DRIVES; i++) {
		drives[i].d_port = i;
		snprintf(drives[i].d_name, sizeof(drives[i].d_name), "c0d%d", i);
	}
	if ((r = hba_find(&irq)) != OK || (r = hba_reset()) != OK)
		return r;
	if ((r = dma_buf_alloc()) != OK)
		return r;
	if (probe_ports() == 0)
		printf("ahci: no disk\n");
	for (i = 0; i < NR_DRIVES; i++)
		if (drives[i].d_present)
			read_partitions(&drives[i]);
	return OK;
}

int main(void)
{
	ahci_lu_register();
	driver_startup(init);
	driver_task(&ahci_driver);
	return 0;
}
