/*
 * vnode.c - VFS's view of files: one vnode per inode in use.
 *
 * A vnode holds VFS's references (v_ref) and stands for the references
 * VFS holds at the file server (v_fs_refs: one per successful lookup or
 * create).  When the last VFS reference goes, the file server's go back
 * in one REQ_PUTNODE.  Pipes and sockets have vnodes with no file server
 * behind them.
 */
#include <string.h>
#include <stdlib.h>
#include "vfs.h"

struct vnode vnode[NR_VNODES];
struct vnode *root_vnode;

static struct vnode *find_vnode(struct vmnt *vmp, ino_nr_t ino)
{
	int i;

	for (i = 0; i < NR_VNODES; i++)
		if (vnode[i].v_ref > 0 && vnode[i].v_vmnt == vmp
		    && vnode[i].v_ino == ino)
			return &vnode[i];
	return NULL;
}

static struct vnode *free_vnode(void)
{
	int i;

	for (i = 0; i < NR_VNODES; i++)
		if (vnode[i].v_ref == 0)
			return &vnode[i];
	return NULL;
}

void update_vnode(struct vnode *vp, const struct m_fs_node *node)
{
	vp->v_mode = node->mode;
	vp->v_uid = node->uid;
	vp->v_gid = node->gid;
	vp->v_size = node->size;
	vp->v_rdev = node->rdev;
	vp->v_nlinks = node->nlinks;
}

/* The vnode for an inode the file server just gave us a reference to.
 * NULL (and the reference given back) when the table is full. */
struct vnode *get_vnode(struct vmnt *vmp, const struct m_fs_node *node)
{
	struct vnode *vp = find_vnode(vmp, node->ino);

	if (vp == NULL) {
		if ((vp = free_vnode()) == NULL) {
			(void) req_putnode(vmp, node->ino, 1);
			return NULL;
		}
		memset(vp, 0, sizeof(*vp));
		vp->v_vmnt = vmp;
		vp->v_ino = node->ino;
	}
	vp->v_ref++;
	vp->v_fs_refs++;
	update_vnode(vp, node);
	return vp;
}

/* A vnode for an anonymous pipe: no file server behind it. */
struct vnode *new_pipe_vnode(void)
{
	struct vnode *vp = free_vnode();

	if (vp == NULL)
		return NULL;
	memset(vp, 0, sizeof(*vp));
	if ((vp->v_pipe = new_pipe()) == NULL)
		return NULL;
	vp->v_ref = 1;
	vp->v_mode = S_IFIFO | 0600;
	return vp;
}

/* A vnode for a socket of domain dom (sdev.c): nothing behind it but
 * the socket driver, which names the socket once it has made it. */
struct vnode *new_sock_vnode(int dom)
{
	struct vnode *vp = free_vnode();

	if (vp == NULL)
		return NULL;
	memset(vp, 0, sizeof(*vp));
	vp->v_ref = 1;
	vp->v_mode = S_IFSOCK | 0777;
	vp->v_sock = -1;
	vp->v_sock_dom = dom;
	vp->v_sock_ep = NONE;
	return vp;
}

/* Another reference to a vnode in use. */
void dup_vnode(struct vnode *vp)
{
	assert(vp->v_ref > 0);
	vp->v_ref++;
}

/* Drop a reference; the last one frees the vnode (and the file
 * server's references).  NULL: nothing to drop. */
void put_vnode(struct vnode *vp)
{
	if (vp == NULL)
		return;
	assert(vp->v_ref > 0);
	if (--vp->v_ref > 0)
		return;
	if (vp->v_vmnt != NULL && vp->v_fs_refs > 0)
		(void) req_putnode(vp->v_vmnt, vp->v_ino, vp->v_fs_refs);
	free(vp->v_pipe);
	memset(vp, 0, sizeof(*vp));
}
