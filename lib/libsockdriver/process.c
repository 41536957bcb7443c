/*
 * process.c - one request of the socket protocol: unpacked, checked and
 * handed to the driver (see <minix/sockdriver.h>).
 *
 * Entry point: sockdriver_process().
 */
#include <string.h>
#include <sys/ioctl.h>
#include <minix/syslib.h>
#include <minix/sockdriver.h>

/* The fields every request has, and those of its kind. */
static void unpack(const message *m, struct sockdriver_req *req)
{
	const struct sdev_hdr *h = &m->m_sdev_create.h;

	memset(req, 0, sizeof(*req));
	req->sr_caller = m->m_source;
	req->sr_type = m->m_type;
	req->sr_id = h->id;
	req->sr_sock = h->sock;
	req->sr_user = h->user;
	req->sr_uid = h->uid;
	req->sr_flags = h->flags;
	req->sr_grant = req->sr_addr_grant = GRANT_INVALID;
	switch (m->m_type) {
	case SDEV_BIND: case SDEV_CONNECT: case SDEV_ACCEPT:
	case SDEV_GETSOCKNAME: case SDEV_GETPEERNAME:
		req->sr_addr_grant = m->m_sdev_addr.grant;
		req->sr_addr_len = m->m_sdev_addr.len;
		break;
	case SDEV_LISTEN:
		req->sr_param = m->m_sdev_listen.backlog;
		break;
	case SDEV_SHUTDOWN:
		req->sr_param = m->m_sdev_shutdown.how;
		break;
	case SDEV_SEND: case SDEV_RECV:
		req->sr_grant = m->m_sdev_io.grant;
		req->sr_len = m->m_sdev_io.len;
		req->sr_addr_grant = m->m_sdev_io.addr_grant;
		req->sr_addr_len = m->m_sdev_io.addr_len;
		break;
	case SDEV_SETSOCKOPT: case SDEV_GETSOCKOPT:
		req->sr_param = m->m_sdev_opt.level;
		req->sr_param2 = m->m_sdev_opt.name;
		req->sr_grant = m->m_sdev_opt.grant;
		req->sr_len = m->m_sdev_opt.len;
		break;
	case SDEV_IOCTL:
		req->sr_param = (int32_t) m->m_sdev_ioctl.request;
		req->sr_grant = m->m_sdev_ioctl.grant;
		req->sr_len = _IOC_SIZE(m->m_sdev_ioctl.request);
		break;
	case SDEV_SELECT:
		req->sr_ops = m->m_sdev_select.ops;
		break;
	}
}

static void select_reply(const struct sockdriver_req *req, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SDEV_SEL_REPLY;
	m.m_sdev_sel_reply.id = req->sr_id;
	m.m_sdev_sel_reply.sock = req->sr_sock;
	m.m_sdev_sel_reply.status = status;
	(void) asynsend3(req->sr_caller, &m, AMF_NOREPLY);
}

void sockdriver_process(const struct sockdriver *sd, const message *m)
{
	struct sockdriver_req req;
	int r;

	if (!IS_SDEV_REQUEST(m->m_type) || m->m_source != VFS_PROC_EP)
		return;			/* only VFS speaks this protocol */
	unpack(m, &req);
	switch (m->m_type) {
	case SDEV_CREATE:
		r = sd->sd_create(m->m_sdev_create.domain,
			m->m_sdev_create.type, m->m_sdev_create.protocol, &req);
		sockdriver_reply_full(&req, r < 0 ? r : OK, r < 0 ? -1 : r, 0,
			0);
		break;
	case SDEV_CLOSE:
		sd->sd_close(req.sr_sock);
		break;
	case SDEV_CANCEL:
		sd->sd_cancel(req.sr_caller, req.sr_id);
		break;
	case SDEV_SELECT:
		select_reply(&req, sd->sd_select(req.sr_sock, req.sr_ops,
			req.sr_caller));
		break;
	default:
		if ((r = sd->sd_request(&req)) != -EDONTREPLY)
			sockdriver_reply(&req, r);
	}
}
