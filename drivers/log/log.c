/*
 * log.c - /dev/log: the system's message log.
 *
 * Everything the kernel and the system services print on the console is
 * kept in the kernel's ring (GET_KMESSAGES).  Reading /dev/log from
 * offset N gives the log from its N-th byte (counted from boot) as far as
 * the ring still holds it; writing appends a message (it also shows on
 * the console).
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include <minix/kinfo.h>

#define LOG_MINOR	0

static struct kmessages km;

static int log_open(int minor, int access, const struct driver_req *req)
{
	return minor == LOG_MINOR ? OK : -ENXIO;
}

static int log_close(int minor, const struct driver_req *req)
{
	return OK;
}

static ssize_t log_read(uint64_t pos, endpoint_t owner, cp_grant_id_t grant,
	size_t count)
{
	uint64_t oldest;
	size_t done = 0, at, n;
	int r;

	if ((r = sys_getinfo(GET_KMESSAGES, &km, sizeof(km), NONE)) != OK)
		return r;
	oldest = km.km_next > KMESS_SIZE ? km.km_next - KMESS_SIZE : 0;
	if (pos < oldest)
		pos = oldest;		/* what is older is gone */
	while (done < count && pos + done < km.km_next) {
		at = (pos + done) % KMESS_SIZE;
		n = KMESS_SIZE - at;
		if (n > count - done)
			n = count - done;
		if (n > km.km_next - (pos + done))
			n = km.km_next - (pos + done);
		r = sys_safecopyto(owner, grant, done, km.km_buf + at, n);
		if (r != OK)
			return done > 0 ? (ssize_t) done : r;
		done += n;
	}
	return done;
}

static ssize_t log_write(endpoint_t owner, cp_grant_id_t grant, size_t count)
{
	char buf[256];
	size_t done = 0, n;
	int r;

	while (done < count) {
		n = count - done < sizeof(buf) ? count - done : sizeof(buf);
		if ((r = sys_safecopyfrom(owner, grant, done, buf, n)) != OK)
			return done > 0 ? (ssize_t) done : r;
		(void) sys_diagctl(DIAG_PRINT, buf, n);
		done += n;
	}
	return done;
}

static ssize_t log_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	if (minor != LOG_MINOR)
		return -ENXIO;
	return write ? log_write(owner, grant, count)
		: log_read(pos, owner, grant, count);
}

static const struct driver log_driver = {
	.dr_name = "log",
	.dr_open = log_open,
	.dr_close = log_close,
	.dr_transfer = log_transfer,
};

int main(void)
{
	driver_startup(NULL);
	driver_task(&log_driver);
	return 0;
}
