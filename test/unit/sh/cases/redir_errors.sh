cat < /nonexistent/file 2>/dev/null || echo failed
echo x > /nonexistent/dir/f 2>/dev/null || echo failed
echo still
