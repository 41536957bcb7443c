/*
 * parse.h - the lexer and the parser, which share one state.
 *
 * The lexer turns characters into tokens; words come out already cut
 * into parts (tree.h).  A $(command) inside a word is parsed on the
 * spot by a nested parser reading the same input, so quoting, case
 * patterns and here-documents inside it work as at the top.
 */
#ifndef SH_PARSE_H
#define SH_PARSE_H

#include <stddef.h>
#include "input.h"
#include "mem.h"
#include "tree.h"

enum tok_type {
	T_EOF, T_NEWLINE, T_WORD, T_IONUM, T_SEMI, T_AMP, T_PIPE, T_AND,
	T_OR, T_DSEMI, T_LPAREN, T_RPAREN, T_LESS, T_GREAT, T_DLESS,
	T_DLESSDASH, T_DGREAT, T_LESSAND, T_GREATAND, T_LESSGREAT,
	T_CLOBBER, T_ERROR
};

struct token {
	enum tok_type type;
	struct word *word;
	const char *plain;	/* the text, if one unquoted literal */
	int ionum;
	int lineno;
	size_t start, end;	/* in the input's record */
};

/* A here-document whose body the next newline brings. */
struct heredoc {
	struct redir *redir;
	char *delim;
	int quoted;		/* delimiter was quoted: body is literal */
	int strip_tabs;		/* <<- */
	struct heredoc *next;
};

struct parser {
	struct input *in;
	struct arena *a;
	struct token look;
	int have_look;
	enum tok_type last;	/* type of the last token lexed */
	struct heredoc *heredocs;
	int error;
	size_t last_end;	/* record position after the last token */
};

/* How a word is read: where it ends and what quoting means in it. */
enum lex_mode {
	LM_WORD,	/* ends at a blank or an operator */
	LM_DQUOTE,	/* inside "...", ends at " */
	LM_ARG,		/* ${name-arg}, ends at } */
	LM_ARG_DQ,	/* the same inside "..." */
	LM_HEREDOC,	/* a here-document body: all of the string */
	LM_ARITH	/* the inside of $((...)) */
};

/* lex.c */
void lex_token(struct parser *p, struct token *t);
const char *tok_name(enum tok_type t);
void syntax_error(struct parser *p, int lineno, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* lexword.c */
struct word *lex_word(struct parser *p);
struct word *lex_string(struct parser *p, const char *s, size_t n,
	enum lex_mode mode);
struct word *word_literal(struct arena *a, const char *s, size_t n);

/* parse.c */
enum parse_result {
	PARSE_OK, PARSE_EMPTY, PARSE_EOF, PARSE_ERROR,
	PARSE_INTERRUPT		/* ^C while the line was typed */
};
struct node *parse_line(struct input *in, struct arena *a,
	enum parse_result *res);
struct node *parse_nested(struct parser *outer, struct input *in,
	enum tok_type end);

/* parsecmd.c */
struct node *parse_simple(struct parser *p);
struct node *parse_redirs(struct parser *p, struct node *n);

/* parsecomp.c */
struct node *parse_command(struct parser *p);

/* parse.c: helpers shared by the parser's files */
struct node *parse_list(struct parser *p, int toplevel);
struct node *parse_compound_list(struct parser *p, int allow_empty);
struct token *peek(struct parser *p);
void consume(struct parser *p);
int accept(struct parser *p, enum tok_type t);
int accept_rw(struct parser *p, const char *w);
int expect(struct parser *p, enum tok_type t);
int expect_rw(struct parser *p, const char *w);
void skip_newlines(struct parser *p);
void unexpected(struct parser *p);
int starts_command(struct token *t);
struct node *new_node(struct parser *p, enum node_type type);

#endif
