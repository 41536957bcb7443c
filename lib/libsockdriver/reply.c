/*
 * reply.c - answers to VFS, never lost: an answer the kernel's table of
 * asynchronous messages has no room for waits here and is sent again by
 * sockdriver_flush().  Answers to one caller keep their order.
 *
 * Entry points: sockdriver_reply(), sockdriver_reply_full(),
 * sockdriver_notify(), sockdriver_flush(), sockdriver_announce().
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include <minix/sockdriver.h>

#define HELD_MAX	512		/* answers waiting for room */

struct held {
	endpoint_t h_dst;
	message h_msg;
};

static struct held held[HELD_MAX];
static int nheld;

/* Send m to dst, or keep it (also behind others kept for dst). */
static void send_or_keep(endpoint_t dst, const message *m)
{
	int r;

	if (nheld == 0) {
		r = asynsend3(dst, m, AMF_NOREPLY);
		if (r != -ENOSPC)
			return;		/* sent, or dst is gone */
	}
	if (nheld == HELD_MAX) {
		printf("sockdriver: %d answers wait for room; one is lost\n",
			nheld);
		return;
	}
	held[nheld].h_dst = dst;
	held[nheld].h_msg = *m;
	nheld++;
}

/* Send what was kept, in order, while there is room. */
void sockdriver_flush(void)
{
	int i = 0;

	while (i < nheld && asynsend3(held[i].h_dst, &held[i].h_msg,
	    AMF_NOREPLY) != -ENOSPC)
		i++;
	memmove(held, held + i, (nheld - i) * sizeof(held[0]));
	nheld -= i;
}

void sockdriver_reply_full(const struct sockdriver_req *req, int status,
	int32_t sock, uint32_t addr_len, uint32_t flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SDEV_REPLY;
	m.m_sdev_reply.id = req->sr_id;
	m.m_sdev_reply.status = status;
	m.m_sdev_reply.sock = sock;
	m.m_sdev_reply.addr_len = addr_len;
	m.m_sdev_reply.flags = flags;
	send_or_keep(req->sr_caller, &m);
}

void sockdriver_reply(const struct sockdriver_req *req, int status)
{
	sockdriver_reply_full(req, status, -1, 0, 0);
}

/* Watched ops of sock became ready: tell the watcher (VFS), once. */
void sockdriver_notify(endpoint_t watcher, int32_t sock, unsigned ops)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SDEV_SEL_NOTIFY;
	m.m_sdev_sel_notify.sock = sock;
	m.m_sdev_sel_notify.ops = ops;
	send_or_keep(watcher, &m);
}

/* The driver-up event: VFS sends this instance the new sockets, and
 * fails what waited at an earlier one. */
void sockdriver_announce(void)
{
	char key[DS_MAX_KEYLEN];
	const char *label = sef_self_label();
	int r;

	if (label[0] == '\0')
		return;			/* not started by RS */
	snprintf(key, sizeof(key), "%s%s", DS_DRV_VFS, label);
	if ((r = ds_publish_u32(key, DS_DRIVER_UP, DSF_OVERWRITE)) != OK)
		printf("%s: cannot announce myself: %d\n", label, r);
}
