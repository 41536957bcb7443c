cat <<-EOF
	one tab
		two tabs
	EOF
cat <<EOF
	kept
EOF
