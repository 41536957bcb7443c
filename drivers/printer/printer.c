/*
 * printer.c - the printer driver: /dev/lp, a character device for the
 * printer on the parallel port LPT1.
 *
 * Writes go to the printer byte by byte (lpt.c), queued and answered
 * when printed (job.c), so that a slow printer holds up nobody but its
 * writer.  Reading makes no sense: opening for reading is refused.  A
 * restart resets the printer; the writes queued at the dead instance
 * are not ours to finish.
 *
 * Entry points: main(), and the struct driver functions below.
 */
#include <stdio.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include "printer.h"

static int lp_open(int minor, int access, const struct driver_req *req)
{
	if (minor != PRINTER_MINOR)
		return -ENXIO;
	if (access & CDEV_R_BIT)
		return -EACCES;
	return OK;
}

static int lp_close(int minor, const struct driver_req *req)
{
	return OK;
}

static ssize_t lp_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	if (minor != PRINTER_MINOR)
		return -ENXIO;
	if (!write)
		return -EIO;
	if (count == 0)
		return 0;
	return job_submit(req, owner, grant, count, flags);
}

static int lp_cancel(int minor, endpoint_t user, uint32_t id)
{
	job_cancel(user, id);
	return OK;
}

/* The printer took a byte (ACK), or a tick passed: print on. */
static void lp_intr(uint32_t mask)
{
	job_intr();
}

static void lp_alarm(uint32_t stamp)
{
	job_tick();
}

static const struct driver printer_driver = {
	.dr_name = "printer",
	.dr_open = lp_open,
	.dr_close = lp_close,
	.dr_transfer = lp_transfer,
	.dr_cancel = lp_cancel,
	.dr_intr = lp_intr,
	.dr_alarm = lp_alarm,
};

/* No port is no reason to fail: writes then say so (EIO).  A live
 * update's new version resets nothing: the old one may be in the middle
 * of a job, which it hands over (lu.c). */
static int init(int type, sef_init_info_t *info)
{
	int hook = 0, r;

	if (type == SEF_INIT_LU)
		return OK;

	if (!lpt_init()) {
		printf("printer: no parallel port at 0x%x\n", LPT_BASE);
		return OK;
	}
	if ((r = sys_irqsetpolicy(LPT_IRQ, IRQ_REENABLE, &hook)) != OK)
		printf("printer: cannot hook IRQ %d (%d); polling\n",
			LPT_IRQ, r);
	return OK;
}

int main(void)
{
	sef_setcb_lu_state_save(lp_lu_save);
	sef_setcb_lu_state_restore(lp_lu_restore);
	driver_startup(init);
	driver_task(&printer_driver);
	return 0;
}
