print("before exit")
raise SystemExit("fatal: giving up")
