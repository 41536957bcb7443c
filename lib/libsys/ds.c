/*
 * ds.c - the data store's client side.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>

static int ds_call(int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(DS_PROC_EP, m)) != OK)
		return r;
	return m->m_type;
}

/* A request for key; -EINVAL if the key does not fit. */
static int ds_start(message *m, const char *key, int flags)
{
	memset(m, 0, sizeof(*m));
	if (strlen(key) >= DS_MAX_KEYLEN)
		return -EINVAL;
	strcpy(m->m_ds_req.key, key);
	m->m_ds_req.flags = flags;
	m->m_ds_req.grant = GRANT_INVALID;
	return OK;
}

int ds_publish_u32(const char *key, uint32_t value, int flags)
{
	message m;
	int r;

	if ((r = ds_start(&m, key, DSF_TYPE_U32 | flags)) != OK)
		return r;
	m.m_ds_req.value = value;
	return ds_call(DS_PUBLISH, &m);
}

int ds_retrieve_u32(const char *key, uint32_t *value)
{
	message m;
	int r;

	if ((r = ds_start(&m, key, DSF_TYPE_U32)) != OK
	    || (r = ds_call(DS_RETRIEVE, &m)) != OK)
		return r;
	*value = m.m_ds_req.value;
	return OK;
}

static int publish_buf(const char *key, const void *buf, size_t len,
	int flags)
{
	cp_grant_id_t g;
	message m;
	int r;

	if ((r = ds_start(&m, key, flags)) != OK)
		return r;
	if (len > DS_MAX_VALLEN)
		return -EINVAL;
	g = cpf_grant_direct(DS_PROC_EP, (vir_bytes) buf, len, CPF_READ);
	if (g < 0)
		return g;
	m.m_ds_req.grant = g;
	m.m_ds_req.len = len;
	r = ds_call(DS_PUBLISH, &m);
	cpf_revoke(g);		/* ours: the answer overwrote the message */
	return r;
}

static int retrieve_buf(const char *key, void *buf, size_t *len, int type)
{
	cp_grant_id_t g;
	message m;
	int r;

	if ((r = ds_start(&m, key, type)) != OK)
		return r;
	g = cpf_grant_direct(DS_PROC_EP, (vir_bytes) buf, *len, CPF_WRITE);
	if (g < 0)
		return g;
	m.m_ds_req.grant = g;
	m.m_ds_req.len = *len;
	r = ds_call(DS_RETRIEVE, &m);
	cpf_revoke(g);		/* ours: the answer overwrote the message */
	if (r == OK)
		*len = m.m_ds_req.len;
	return r;
}

int ds_publish_mem(const char *key, const void *data, size_t len, int flags)
{
	return publish_buf(key, data, len, DSF_TYPE_MEM | flags);
}

int ds_retrieve_mem(const char *key, void *data, size_t *len)
{
	return retrieve_buf(key, data, len, DSF_TYPE_MEM);
}

int ds_delete(const char *key, int type)
{
	message m;
	int r;

	if ((r = ds_start(&m, key, type)) != OK)
		return r;
	return ds_call(DS_DELETE, &m);
}

int ds_publish_label(const char *label, endpoint_t ep, int flags)
{
	message m;
	int r;

	if ((r = ds_start(&m, label, DSF_TYPE_LABEL | flags)) != OK)
		return r;
	m.m_ds_req.value = ep;
	return ds_call(DS_PUBLISH, &m);
}

int ds_retrieve_label_endpt(const char *label, endpoint_t *ep)
{
	message m;
	int r;

	if ((r = ds_start(&m, label, DSF_TYPE_LABEL)) != OK
	    || (r = ds_call(DS_RETRIEVE, &m)) != OK)
		return r;
	*ep = m.m_ds_req.value;
	return OK;
}

int ds_subscribe(const char *pattern, int flags)
{
	message m;
	int r;

	if ((r = ds_start(&m, pattern, flags)) != OK)
		return r;
	return ds_call(DS_SUBSCRIBE, &m);
}

/* key must have room for DS_MAX_KEYLEN bytes. */
int ds_check(char *key, int *type, endpoint_t *owner)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	if ((r = ds_call(DS_CHECK, &m)) != OK)
		return r;
	m.m_ds_req.key[DS_MAX_KEYLEN - 1] = '\0';
	strcpy(key, m.m_ds_req.key);
	if (type != NULL)
		*type = m.m_ds_req.flags & DSF_TYPE_MASK;
	if (owner != NULL)
		*owner = m.m_ds_req.owner;
	return OK;
}
