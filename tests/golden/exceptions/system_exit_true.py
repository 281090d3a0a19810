print("before exit")
raise SystemExit(True)
