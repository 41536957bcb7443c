/*
 * acpi.c - what the firmware's ACPI tables say about power control and
 * processors, read once at boot.
 *
 * The RSDP is the copy the boot loader gave (multiboot 2: under UEFI the
 * firmware keeps it in its own tables), or is found where the ACPI
 * specification puts it on a BIOS PC (the first KiB of the EBDA, or the
 * BIOS area 0xE0000-0xFFFFF); its RSDT (or XSDT)
 * lists the tables.  From the FADT we keep the PM1a/PM1b control ports,
 * the S5 sleep type (the \_S5 package of the DSDT's AML) and the reset
 * register; from the MADT, the number of processors.  The tables may lie
 * above the kernel's direct map (firmware puts them at the top of RAM),
 * so they are read through vm_window().
 *
 * Without ACPI (or with tables we do not understand) every value stays
 * unknown and power.c falls back on what PCs have always had.
 *
 * Entry points: acpi_init(); the results are in acpi_power and acpi_cpus.
 */
#include "kernel.h"

#define EBDA_SEG_PTR	0x40E		/* BIOS data area: EBDA segment */
#define BIOS_ROM_BASE	0xE0000
#define BIOS_ROM_END	0x100000
#define RSDP_SIG	"RSD PTR "

struct rsdp {
	char sig[8];
	uint8_t checksum;
	char oem[6];
	uint8_t revision;
	uint32_t rsdt;
	uint32_t length;		/* revision 2 and up */
	uint64_t xsdt;
} __attribute__((packed));

struct sdt_header {
	char sig[4];
	uint32_t length;
	uint8_t revision, checksum;
	char oem[6], oem_table[8];
	uint32_t oem_rev, creator, creator_rev;
} __attribute__((packed));

/* A generic address (the FADT's reset register). */
struct gas {
	uint8_t space, bit_width, bit_offset, access;
	uint64_t address;
} __attribute__((packed));

/* The FADT, up to the fields we read (offsets from the specification). */
struct fadt {
	struct sdt_header h;
	uint32_t facs, dsdt;		/* 36, 40 */
	uint8_t pad1[20];		/* 44 */
	uint32_t pm1a_cnt, pm1b_cnt;	/* 64, 68 */
	uint8_t pad2[40];		/* 72 */
	uint32_t flags;			/* 112 */
	struct gas reset_reg;		/* 116 */
	uint8_t reset_value;		/* 128 */
	uint8_t pad3[11];		/* 129 */
	uint64_t x_dsdt;		/* 140 */
} __attribute__((packed));
_Static_assert(sizeof(struct fadt) == 148, "FADT layout");

#define FADT_RESET_REG_SUP	(1u << 10)
#define GAS_IO			1
#define MADT_LAPIC		0
#define LAPIC_ENABLED		1
#define AML_PACKAGE_OP		0x12
#define AML_BYTE_PREFIX		0x0A
#define AML_ONE_OP		0x01

struct acpi_power acpi_power;
int acpi_cpus;

static bool checksum_ok(const void *p, uint32_t len)
{
	const uint8_t *b = p;
	uint8_t sum = 0;

	while (len-- > 0)
		sum += *b++;
	return sum == 0;
}

static phys_bytes scan_rsdp(phys_bytes from, phys_bytes to)
{
	phys_bytes a;

	for (a = from; a + sizeof(struct rsdp) <= to; a += 16)
		if (memcmp(phys_to_vir(a), RSDP_SIG, 8) == 0
		    && checksum_ok(phys_to_vir(a), 20))
			return a;
	return 0;
}

static phys_bytes find_rsdp(void)
{
	phys_bytes ebda = (phys_bytes) *(uint16_t *) phys_to_vir(EBDA_SEG_PTR)
		<< 4;
	phys_bytes a = 0;

	if (ebda >= 0x80000 && ebda < 0xA0000)
		a = scan_rsdp(ebda, ebda + 1024);
	return a != 0 ? a : scan_rsdp(BIOS_ROM_BASE, BIOS_ROM_END);
}

/* A copy of the table at pa (at most n bytes) in buf; its length, or 0
 * if it is not a valid table with that signature. */
static uint32_t read_table(phys_bytes pa, const char *sig, void *buf,
	uint32_t n)
{
	struct sdt_header *h = vm_window(pa);
	uint32_t len = h->length;

	if (memcmp(h->sig, sig, 4) != 0 || len < sizeof(*h)
	    || len > BIGPAGE_SIZE || !checksum_ok(h, len))
		return 0;
	memcpy(buf, h, MIN(len, n));
	return len;
}

/* The S5 sleep type from the DSDT's \_S5 package: Name(_S5_, Package()
 * { a, b, ... }), whose first element is SLP_TYPa. */
static void find_s5(phys_bytes dsdt)
{
	struct sdt_header *h = vm_window(dsdt);
	uint8_t *aml = (uint8_t *) h, *p;
	uint32_t len = h->length, i;

	if (memcmp(h->sig, "DSDT", 4) != 0 || len > BIGPAGE_SIZE)
		return;
	for (i = sizeof(*h); i + 12 < len; i++) {
		p = aml + i;
		if (memcmp(p, "_S5_", 4) != 0 || p[4] != AML_PACKAGE_OP)
			continue;
		p += 5;
		p += 1 + (*p >> 6);	/* PkgLength: its lead byte's count */
		p++;			/* NumElements */
		if (*p == AML_BYTE_PREFIX)
			p++;
		else if (*p > AML_ONE_OP)	/* Zero and One stand alone */
			return;
		acpi_power.s5_typ_a = *p;
		acpi_power.have_s5 = true;
		return;
	}
}

static void read_fadt(phys_bytes pa)
{
	struct fadt f;
	uint32_t len;

	memset(&f, 0, sizeof(f));
	if ((len = read_table(pa, "FACP", &f, sizeof(f))) == 0)
		return;
	acpi_power.pm1a_cnt = f.pm1a_cnt;
	acpi_power.pm1b_cnt = f.pm1b_cnt;
	if (len >= 129 && f.h.revision >= 2 && (f.flags & FADT_RESET_REG_SUP)
	    && f.reset_reg.space == GAS_IO && f.reset_reg.address < 0x10000) {
		acpi_power.reset_port = (uint16_t) f.reset_reg.address;
		acpi_power.reset_value = f.reset_value;
	}
	if (len >= sizeof(f) && f.x_dsdt != 0 && f.x_dsdt < 0x100000000ULL)
		find_s5((phys_bytes) f.x_dsdt);
	else if (f.dsdt != 0)
		find_s5(f.dsdt);
}

/* Count the enabled processors the MADT lists. */
static void read_madt(phys_bytes pa)
{
	struct sdt_header *h = vm_window(pa);
	uint8_t *p, *end;

	if (memcmp(h->sig, "APIC", 4) != 0 || h->length > BIGPAGE_SIZE)
		return;
	p = (uint8_t *) h + sizeof(*h) + 8;	/* after LAPIC address, flags */
	end = (uint8_t *) h + h->length;
	for (; p + 2 <= end && p[1] >= 2; p += p[1])
		if (p[0] == MADT_LAPIC && p[1] >= 8 && (p[4] & LAPIC_ENABLED))
			acpi_cpus++;
}

/* Each table the RSDT or XSDT lists: the FADT and MADT are read. */
static void read_tables(phys_bytes sdt, int entry_size)
{
	static uint8_t buf[4096];
	uint32_t len, i, n;
	uint64_t entry;
	char sig[4];

	len = read_table(sdt, entry_size == 8 ? "XSDT" : "RSDT", buf,
		sizeof(buf));
	if (len == 0)
		return;
	n = (MIN(len, sizeof(buf)) - sizeof(struct sdt_header)) / entry_size;
	for (i = 0; i < n; i++) {
		entry = 0;
		memcpy(&entry, buf + sizeof(struct sdt_header)
			+ i * entry_size, entry_size);
		if (entry == 0 || entry >= 0x100000000ULL)
			continue;
		memcpy(sig, vm_window((phys_bytes) entry), 4);
		if (memcmp(sig, "FACP", 4) == 0)
			read_fadt((phys_bytes) entry);
		else if (memcmp(sig, "APIC", 4) == 0)
			read_madt((phys_bytes) entry);
	}
}

/* The RSDP in r: the boot loader's copy, or the BIOS's.  False if
 * there is none. */
static bool get_rsdp(struct rsdp *r)
{
	phys_bytes a;

	memset(r, 0, sizeof(*r));
	if (boot_rsdp_len >= 20 && memcmp(boot_rsdp, RSDP_SIG, 8) == 0
	    && checksum_ok(boot_rsdp, 20)) {
		memcpy(r, boot_rsdp, MIN(boot_rsdp_len, sizeof(*r)));
		if (r->revision >= 2 && (boot_rsdp_len < sizeof(*r)
		    || !checksum_ok(boot_rsdp, MIN(r->length, boot_rsdp_len))))
			r->revision = 0;	/* only the RSDT is sure */
		return true;
	}
	if ((a = find_rsdp()) == 0)
		return false;
	memcpy(r, phys_to_vir(a), sizeof(*r));
	if (r->revision >= 2 && !checksum_ok(phys_to_vir(a),
	    MIN(r->length, sizeof(*r))))
		r->revision = 0;
	return true;
}

void acpi_init(void)
{
	struct rsdp r;

	if (!get_rsdp(&r)) {
		kprintf("acpi: no tables (power-off and reboot by the old "
			"ways)\n");
		return;
	}
	if (r.revision >= 2 && r.xsdt != 0 && r.xsdt < 0x100000000ULL)
		read_tables((phys_bytes) r.xsdt, 8);
	else
		read_tables(r.rsdt, 4);
	vm_window_close();
	kprintf("acpi: PM1a control 0x%x, S5 %s, reset %s, %d CPU%s\n",
		acpi_power.pm1a_cnt,
		acpi_power.have_s5 ? "found" : "not found",
		acpi_power.reset_port != 0 ? "register" : "by the keyboard "
		"controller", acpi_cpus, acpi_cpus == 1 ? "" : "s");
}
