>out echo redirected first
cat out
2>/dev/null >out2 echo x; cat out2
