print("before exit")
raise SystemExit
