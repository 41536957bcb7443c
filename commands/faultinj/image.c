/*
 * image.c - a driver's text and data, read from its binary
 * (/service/LABEL): the injector aims text faults at real instruction
 * bytes and data faults inside data and bss.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <minix/elf.h>
#include "faultinj.h"

static int read_at(int fd, off_t off, void *buf, size_t n)
{
	return lseek(fd, off, SEEK_SET) == off
	    && read(fd, buf, n) == (ssize_t) n ? 0 : -1;
}

/* Keep the executable segment's bytes, and the writable one's range. */
static int segment(int fd, const struct elf_phdr *ph, struct image *im)
{
	if (ph->p_type != PT_LOAD)
		return 0;
	if ((ph->p_flags & PF_X) && im->text == NULL) {
		if ((im->text = malloc(ph->p_filesz)) == NULL)
			return -1;
		im->text_va = ph->p_vaddr;
		im->text_len = ph->p_filesz;
		return read_at(fd, ph->p_offset, im->text, ph->p_filesz);
	}
	if ((ph->p_flags & PF_W) && im->data_len == 0) {
		im->data_va = ph->p_vaddr;
		im->data_len = ph->p_memsz;
	}
	return 0;
}

int image_load(const char *label, struct image *im)
{
	struct elf_hdr eh;
	struct elf_phdr ph;
	char path[64];
	int fd, i, r = 0;

	memset(im, 0, sizeof(*im));
	snprintf(path, sizeof(path), "/service/%s", label);
	if ((fd = open(path, O_RDONLY)) < 0)
		return -1;
	if (read_at(fd, 0, &eh, sizeof(eh)) != 0 || eh.e_phentsize != sizeof(ph))
		r = -1;
	for (i = 0; r == 0 && i < eh.e_phnum; i++)
		if (read_at(fd, eh.e_phoff + i * sizeof(ph), &ph, sizeof(ph)) != 0
		    || segment(fd, &ph, im) != 0)
			r = -1;
	close(fd);
	return r == 0 && im->text != NULL && im->data_len >= 4 ? 0 : -1;
}
