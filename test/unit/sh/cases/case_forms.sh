case x in (x) echo parens;; esac
case y in
	x) echo no ;;
	y)
		echo multi
		echo lines
		;;
esac
case z in z) echo last-no-dsemi
esac
case q in a) ;; esac; echo "status $?"
v='[ab]*'
case bcd in $v) echo var-pattern;; esac
case bcd in "$v") echo no;; *) echo quoted-var-literal;; esac
case '[ab]*' in "$v") echo literal-match;; esac
