/*
 * exec.c - loading a program (PM_VFS_EXEC).
 *
 * Everything that can fail for an ordinary reason is checked while the
 * old image still exists: the path, the permissions, the ELF headers,
 * the argument frame.  Only then is the old address space cleared; the
 * segments are read by the file server straight into the new one (magic
 * grants), and the frame goes to the top of the new stack with its
 * pointers relocated.  A failure after the clear is reported with
 * EXEC_DEAD: PM then ends the process.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "vfs.h"

#define EI_NIDENT	16
#define ET_EXEC		2
#define EM_386		3
#define PT_LOAD		1
#define PF_W		2
#define MAX_PHDRS	16
#define PAGE		4096u
#define STACK_TOP	0xBFFFF000u	/* USER_STACK_TOP in the kernel */
#define STACK_MAX	(8u << 20)	/* the stack grows on demand to this */
#define FRAME_MAX	(128u * 1024)

struct elf_hdr {
	uint8_t e_ident[EI_NIDENT];
	uint16_t e_type, e_machine;
	uint32_t e_version, e_entry, e_phoff, e_shoff, e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum,
		e_shstrndx;
};

struct elf_phdr {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz,
		p_flags, p_align;
};

struct image {
	struct vnode *vp;
	struct elf_hdr eh;
	struct elf_phdr ph[MAX_PHDRS];
	char *frame;
	size_t frame_len;
};

/* Read the ELF and program headers and check that they make sense. */
static int read_headers(struct image *im)
{
	struct vnode *vp = im->vp;
	struct elf_hdr *eh = &im->eh;
	size_t phsize;
	int i, r;

	r = req_grant_io(vp->v_vmnt, REQ_READ, vp->v_ino, 0, SELF,
		(vir_bytes) eh, sizeof(*eh), CPF_WRITE, NULL);
	if (r < 0)
		return r;
	if (memcmp(eh->e_ident, "\177ELF", 4) != 0 || eh->e_ident[4] != 1
	    || eh->e_type != ET_EXEC || eh->e_machine != EM_386
	    || eh->e_phentsize != sizeof(struct elf_phdr)
	    || eh->e_phnum == 0 || eh->e_phnum > MAX_PHDRS)
		return -ENOEXEC;
	phsize = eh->e_phnum * sizeof(struct elf_phdr);
	r = req_grant_io(vp->v_vmnt, REQ_READ, vp->v_ino, eh->e_phoff, SELF,
		(vir_bytes) im->ph, phsize, CPF_WRITE, NULL);
	if (r < 0)
		return r;
	for (i = 0; i < eh->e_phnum; i++) {
		struct elf_phdr *ph = &im->ph[i];
		if (ph->p_type != PT_LOAD)
			continue;
		if (ph->p_filesz > ph->p_memsz
		    || ph->p_offset + ph->p_filesz < ph->p_offset
		    || ph->p_offset + ph->p_filesz > vp->v_size
		    || ph->p_vaddr + ph->p_memsz < ph->p_vaddr
		    || ph->p_vaddr + ph->p_memsz > STACK_TOP - STACK_MAX
		    || ph->p_vaddr < PAGE)
			return -ENOEXEC;
	}
	return OK;
}

/* Fetch the frame and check that every pointer in it stays inside. */
static int fetch_frame(struct image *im, endpoint_t ep, vir_bytes addr,
	size_t len)
{
	uint32_t *vec, argc, i, n;
	int r;

	if (len < 3 * sizeof(uint32_t) || len > FRAME_MAX || (len & 3))
		return -EINVAL;
	if ((im->frame = malloc(len)) == NULL)
		return -ENOMEM;
	im->frame_len = len;
	r = sys_vircopy(ep, addr, SELF, (vir_bytes) im->frame, len);
	if (r != OK)
		return -EFAULT;
	vec = (uint32_t *) im->frame;
	n = len / sizeof(uint32_t);
	argc = vec[0];
	if (argc >= n - 2)
		return -EINVAL;
	for (i = 1; i < n && vec[i] != 0; i++)		/* argv */
		if (vec[i] >= len)
			return -EINVAL;
	if (i != argc + 1)
		return -EINVAL;
	for (i++; i < n && vec[i] != 0; i++)		/* envp */
		if (vec[i] >= len)
			return -EINVAL;
	if (i >= n || im->frame[len - 1] != '\0')
		return -EINVAL;
	return OK;
}

/* Make every pointer of the frame absolute for a frame at base. */
static void relocate(struct image *im, vir_bytes base)
{
	uint32_t *vec = (uint32_t *) im->frame;
	uint32_t i;

	for (i = 1; vec[i] != 0; i++)
		vec[i] += base;
	for (i++; vec[i] != 0; i++)
		vec[i] += base;
}

static vir_bytes page_down(vir_bytes a) { return a & ~(PAGE - 1); }
static vir_bytes page_up(vir_bytes a) { return (a + PAGE - 1) & ~(PAGE - 1); }

/* Does a writable segment share a page with [start, end)? */
static bool writable_overlap(struct image *im, vir_bytes start, vir_bytes end)
{
	int i;

	for (i = 0; i < im->eh.e_phnum; i++) {
		struct elf_phdr *ph = &im->ph[i];
		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_W)
		    && page_down(ph->p_vaddr) < end
		    && page_up(ph->p_vaddr + ph->p_memsz) > start)
			return true;
	}
	return false;
}

/* Map and read every segment, then make the read-only ones so (pages a
 * writable segment shares stay writable). */
static int load_segments(struct image *im, endpoint_t ep)
{
	struct vnode *vp = im->vp;
	vir_bytes start, end;
	int i, r;

	for (i = 0; i < im->eh.e_phnum; i++) {
		struct elf_phdr *ph = &im->ph[i];
		if (ph->p_type != PT_LOAD || ph->p_memsz == 0)
			continue;
		start = page_down(ph->p_vaddr);
		end = page_up(ph->p_vaddr + ph->p_memsz);
		r = sys_memmap(MM_ALLOC, ep, start, end - start, 0,
			MM_FLAG_WRITE);
		if (r != OK)
			return r;
		if (ph->p_filesz == 0)
			continue;
		r = req_grant_io(vp->v_vmnt, REQ_READ, vp->v_ino, ph->p_offset,
			ep, ph->p_vaddr, ph->p_filesz, CPF_WRITE, NULL);
		if (r < 0)
			return r;
		if ((uint32_t) r != ph->p_filesz)
			return -EIO;
	}
	for (i = 0; i < im->eh.e_phnum; i++) {
		struct elf_phdr *ph = &im->ph[i];
		if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W))
			continue;
		start = page_down(ph->p_vaddr);
		end = page_up(ph->p_vaddr + ph->p_memsz);
		if (!writable_overlap(im, start, end))
			(void) sys_memmap(MM_PROTECT, ep, start, end - start, 0, 0);
	}
	return OK;
}

static int build_stack(struct image *im, endpoint_t ep, vir_bytes *sp)
{
	vir_bytes base = (STACK_TOP - im->frame_len) & ~15u;
	vir_bytes low = base & ~(PAGE - 1);
	int r;

	if ((r = sys_memmap(MM_STACK, ep, STACK_TOP - STACK_MAX, 0, 0, 0)) != OK
	    || (r = sys_memmap(MM_ALLOC, ep, low, STACK_TOP - low, 0,
		MM_FLAG_WRITE)) != OK)
		return r;
	relocate(im, base);
	r = sys_vircopy(SELF, (vir_bytes) im->frame, ep, base, im->frame_len);
	*sp = base;
	return r;
}

/* The last component of path, for the process name. */
static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

static int check_file(struct fproc *rfp, struct image *im)
{
	int r;

	if (!S_ISREG(im->vp->v_mode))
		return -EACCES;
	if ((r = forbidden(rfp, im->vp, X_BIT)) != OK)
		return r;
	return read_headers(im);
}

int vfs_exec(struct fproc *rfp, message *m)
{
	struct m_pm_vfs_exec a = m->m_pm_vfs_exec;
	struct m_pm_vfs_exec_reply *out = &m->m_pm_vfs_exec_reply;
	char path[PATH_MAX];
	struct image im;
	uid_t euid = rfp->fp_euid;
	vir_bytes sp;
	int r, fd;

	memset(&im, 0, sizeof(im));
	memset(out, 0, sizeof(*out));
	if (a.path_len == 0 || a.path_len > PATH_MAX)
		return -ENAMETOOLONG;
	if (sys_vircopy(a.ep, a.path, SELF, (vir_bytes) path, a.path_len) != OK)
		return -EFAULT;
	path[a.path_len - 1] = '\0';
	rfp->fp_euid = a.uid;			/* PM's view is authoritative */
	r = lookup(rfp, path, LOOK_FOLLOW, &im.vp, NULL);
	rfp->fp_euid = euid;
	if (r != OK)
		return r;
	if ((r = check_file(rfp, &im)) != OK
	    || (r = fetch_frame(&im, a.ep, a.frame, a.frame_len)) != OK)
		goto done;
	/* The point of no return: the old image goes. */
	if ((r = sys_memmap(MM_CLEAR, a.ep, 0, 0, 0, 0)) != OK
	    || (r = load_segments(&im, a.ep)) != OK
	    || (r = build_stack(&im, a.ep, &sp)) != OK) {
		printf("vfs: exec of %s failed after its old image was gone: "
			"%d\n", path, r);
		out->flags = EXEC_DEAD;
		goto done;
	}
	for (fd = 0; fd < OPEN_MAX; fd++)
		if (rfp->fp_cloexec & (1ull << fd))
			close_fd(rfp, fd);
	out->pc = im.eh.e_entry;
	out->sp = sp;
	strncpy(out->name, base_name(path), sizeof(out->name) - 1);
	if (im.vp->v_mode & S_ISUID) {
		out->flags |= EXEC_SETUID;
		out->setuid = im.vp->v_uid;
		rfp->fp_euid = im.vp->v_uid;
	}
	if (im.vp->v_mode & S_ISGID) {
		out->flags |= EXEC_SETGID;
		out->setgid = im.vp->v_gid;
		rfp->fp_egid = im.vp->v_gid;
	}
done:
	free(im.frame);
	put_vnode(im.vp);
	return r;
}
