print("before exit")
raise SystemExit(3)
