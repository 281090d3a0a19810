# 'await' outside function
import asyncio
await asyncio.sleep(0)
