/*
 * copy.c - data and addresses between the driver and the user, through
 * the grants of a request.  Each returns OK or -EFAULT: a grant the
 * driver cannot use, or a copy past its end, is the user's bad pointer.
 *
 * Entry points: sockdriver_copyin(), sockdriver_copyout(),
 * sockdriver_copyin_addr(), sockdriver_copyout_addr().
 */
#include <minix/syslib.h>
#include <minix/sockdriver.h>

static int result(int r)
{
	return r == OK ? OK : -EFAULT;
}

int sockdriver_copyin(const struct sockdriver_req *req, size_t off,
	void *buf, size_t len)
{
	if (len == 0)
		return OK;
	if (req->sr_grant == GRANT_INVALID || off + len > req->sr_len)
		return -EFAULT;
	return result(sys_safecopyfrom(req->sr_caller, req->sr_grant, off,
		buf, len));
}

int sockdriver_copyout(const struct sockdriver_req *req, size_t off,
	const void *buf, size_t len)
{
	if (len == 0)
		return OK;
	if (req->sr_grant == GRANT_INVALID || off + len > req->sr_len)
		return -EFAULT;
	return result(sys_safecopyto(req->sr_caller, req->sr_grant, off, buf,
		len));
}

int sockdriver_copyin_addr(const struct sockdriver_req *req, void *buf,
	size_t len)
{
	if (req->sr_addr_grant == GRANT_INVALID || len > req->sr_addr_len)
		return -EFAULT;
	return result(sys_safecopyfrom(req->sr_caller, req->sr_addr_grant, 0,
		buf, len));
}

/* Copies at most the room the user gave (an address may be cut). */
int sockdriver_copyout_addr(const struct sockdriver_req *req,
	const void *buf, size_t len)
{
	if (req->sr_addr_grant == GRANT_INVALID || req->sr_addr_len == 0)
		return OK;
	if (len > req->sr_addr_len)
		len = req->sr_addr_len;
	return result(sys_safecopyto(req->sr_caller, req->sr_addr_grant, 0,
		buf, len));
}
